"""The evaluation gate on a clone without ../shared: a notice, exit 0, but exit 1 under CI=true.

The gate runs as ``make test`` runs it, from a copy of benchmarks/ whose clone has no ../shared beside it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture
def bare_gate(tmp_path: Path) -> Path:
    copy = tmp_path / "clone" / "benchmarks"
    copy.mkdir(parents=True)
    for name in ("gate.py", "eval.py", "floors.toml"):
        shutil.copy(BENCHMARKS / name, copy / name)
    return copy / "gate.py"


def _run(gate: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, str(gate)], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_gate_without_shared_data_says_no_floor_was_checked_and_passes(bare_gate: Path) -> None:
    result = _run(bare_gate, ci=None)
    assert result.returncode == 0
    assert "NOTICE" in result.stderr and "no accuracy floor" in result.stderr
    assert str(bare_gate.parents[2] / "shared") in result.stderr


def test_gate_without_shared_data_fails_under_ci(bare_gate: Path) -> None:
    result = _run(bare_gate, ci="true")
    assert result.returncode == 1
    assert "no accuracy floor" in result.stderr and "CI=true" in result.stderr


def test_gate_without_shared_data_passes_when_ci_is_not_true(bare_gate: Path) -> None:
    assert _run(bare_gate, ci="false").returncode == 0
