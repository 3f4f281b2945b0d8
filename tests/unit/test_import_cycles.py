"""No newsevents module imports, directly or through others, a module that imports it back.

The graph is read from the source with ``ast``, so that imports inside functions (the usual way of
hiding a cycle) count as much as those at the top of a module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import newsevents

PACKAGE = Path(newsevents.__file__).resolve().parent
ROOT_NAME = "newsevents"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: set[str]) -> set[str]:
    """The newsevents modules an import statement loads: ``from pkg import sub`` loads ``pkg.sub``
    when that is a module, else ``pkg`` (whose ``__init__`` defines the name)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name.split(".")[0] == ROOT_NAME}
    base = node.module or ""
    if node.level:
        anchor = module.split(".") if is_package else module.split(".")[:-1]
        anchor = anchor[: len(anchor) - (node.level - 1)]
        base = ".".join([*anchor, base] if base else anchor)
    if base.split(".")[0] != ROOT_NAME:
        return set()
    return {f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names}


def module_imports(source: str, module: str, is_package: bool, known: set[str]) -> set[str]:
    """The newsevents modules that ``source`` (of ``module``) imports anywhere, functions included.

    Importing ``pkg.sub`` first runs ``pkg/__init__.py``, so ``pkg`` counts as imported too, unless
    ``module`` lies inside ``pkg``: Python has then already started ``pkg`` before reaching it.
    """
    targets: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import | ast.ImportFrom):
            targets |= _imported(node, module, is_package, known)
    inside = {module.rsplit(".", n)[0] for n in range(module.count(".") + 1)}
    parents = {t.rsplit(".", n)[0] for t in targets for n in range(1, t.count(".") + 1)}
    return {t for t in targets | (parents - inside) if t in known and t != module}


def import_graph() -> dict[str, set[str]]:
    """Each newsevents module and the newsevents modules it imports."""
    modules = _modules()
    known = set(modules)
    return {
        name: module_imports(path.read_text(encoding="utf-8"), name, path.name == "__init__.py", known)
        for name, path in modules.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as the modules along it (first repeated at the end), or None."""
    done: set[str] = set()
    for start in sorted(graph):
        if start in done:
            continue
        path: list[str] = []
        on_path: set[str] = set()
        stack = [(start, iter(sorted(graph[start])))]
        path.append(start)
        on_path.add(start)
        while stack:
            node, successors = stack[-1]
            following = next(successors, None)
            if following is None:
                stack.pop()
                path.pop()
                on_path.discard(node)
                done.add(node)
            elif following in on_path:
                return [*path[path.index(following) :], following]
            elif following not in done:
                stack.append((following, iter(sorted(graph[following]))))
                path.append(following)
                on_path.add(following)
    return None


def test_newsevents_modules_import_no_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_finder_names_the_modules_along_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_imports_inside_functions_and_relative_imports_are_edges() -> None:
    known = {"newsevents.pkg", "newsevents.pkg.sub", "newsevents.model", "newsevents.errors"}
    source = (
        "from . import sub\n"
        "def build():\n"
        "    from newsevents.model import Article\n"
        "    import newsevents.errors\n"
    )
    found = module_imports(source, "newsevents.pkg", is_package=True, known=known)
    assert found == {"newsevents.pkg.sub", "newsevents.model", "newsevents.errors"}


def test_importing_a_submodule_imports_its_package_from_outside_only() -> None:
    known = {"newsevents.pkg", "newsevents.pkg.sub", "newsevents.pkg.other", "newsevents.model"}
    source = "from newsevents.pkg.sub import name\n"
    outside = module_imports(source, "newsevents.model", is_package=False, known=known)
    assert outside == {"newsevents.pkg.sub", "newsevents.pkg"}
    inside = module_imports(source, "newsevents.pkg.other", is_package=False, known=known)
    assert inside == {"newsevents.pkg.sub"}
