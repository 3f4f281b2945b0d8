"""CI evaluation gate: score the development data and fail when a metric falls below its floor.

Floors and sample sizes are pinned in benchmarks/floors.toml. Raise a floor when a stage improves;
never lower one without saying why in the issue note. Skips (exit 0, saying so) when ../shared/datasets
is absent, as on a machine without the shared data.
"""

from __future__ import annotations

import sys
import tempfile
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval as evaluation  # benchmarks/eval.py, beside this file

FLOORS = Path(__file__).resolve().parent / "floors.toml"


def main() -> int:
    if not evaluation.DATA.is_dir():
        print(f"gate: {evaluation.DATA} not found; evaluation gate skipped")
        return 0
    floors = tomllib.loads(FLOORS.read_text(encoding="utf-8"))
    out_dir = evaluation.ROOT / "out" / "gate"
    out_dir.mkdir(parents=True, exist_ok=True)
    failed: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, spec in floors.items():
            started = time.perf_counter()
            sample = spec.get("sample")
            result = evaluation.run(name, int(sample) if sample else None, out_dir, Path(tmp))
            metrics = result["metrics"]
            assert isinstance(metrics, dict)
            for key, floor in spec.get("floors", {}).items():
                value = evaluation.metric(metrics, key)
                ok = isinstance(value, int | float) and value >= floor
                status = "ok  " if ok else "FAIL"
                print(f"gate {status} {name:10s} {key:22s} {value!s:>8.8} >= {floor}")
                if not ok:
                    failed.append(f"{name}.{key}")
            print(f"gate      {name:10s} ({time.perf_counter() - started:.0f} s, sample={sample or 'all'})")
    if failed:
        print(f"gate: {len(failed)} metric(s) below their floors: {', '.join(failed)}")
        return 1
    print("gate: all metrics at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
