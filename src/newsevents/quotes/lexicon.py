"""The attribution lexicon: cue words, claim markers, line labels and the closed-class words the stage
reads syntax with, loaded from versioned TSV knowledge files.

Lookups are by spaCy lemma in plain dicts, so the per-token cost of the quotes stage is one dict probe.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.actors.pronouns import GROUPS, PERSONAL, Pronouns, load_pronouns
from newsevents.knowledge import malformed, packaged, read_tsv, read_tsv_numbered, read_word_lists
from newsevents.nlp.dateline import load_marks

CUE_FILE = "quotes/cues.tsv"
CLAIM_FILE = "quotes/claim_markers.tsv"
LABEL_FILE = "quotes/colon_labels.tsv"
WORD_FILE = "quotes/function_words.tsv"
#: The kinds of ``function_words.tsv``, documented in its header.
WORD_KINDS = ("relative_pronoun", "complementiser", "role_prep", "quoted_as_verb", "negating_head", "this")
CUE_POS = ("VERB", "NOUN", "ADP")
MARKER_TYPES = ("hedge", "unverified", "verify", "without", "article")


@dataclass(frozen=True, slots=True)
class Cue:
    """How one cue word introduces reported content."""

    lemma: str
    pos: str  # VERB, NOUN or ADP
    kind: str  # say, claim, deny, accuse, pledge, warn, ask, ...
    np_content: bool = False  # a direct object is the reported content
    preps: frozenset[str] = frozenset()  # prepositions whose object is the content
    particle: str = ""  # a particle the verb must carry ("point out")


@dataclass(slots=True)
class QuoteLexicon:
    verbs: dict[str, Cue] = field(default_factory=dict)
    nouns: dict[str, Cue] = field(default_factory=dict)
    adps: dict[str, Cue] = field(default_factory=dict)
    #: claim marker lemma -> type (hedge, unverified, verify, without, article)
    markers: dict[str, str] = field(default_factory=dict)
    #: first words of line-opening "Label:" that name no speaker ("update", "watch")
    labels: set[str] = field(default_factory=set)
    #: closed-class words by kind (one of ``WORD_KINDS``)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    #: punctuation that ends a dateline (``nlp.dateline.load_marks``): a dateline is not reported.
    dateline_marks: frozenset[str] = frozenset()
    #: the pronoun table (``actors/pronouns.py``) and the pronouns a speaker may be ("he said")
    pronouns: Pronouns = field(default_factory=lambda: Pronouns({}, {}))
    speaker_pronouns: frozenset[str] = frozenset()

    def add_cue(self, cue: Cue) -> None:
        table = {"VERB": self.verbs, "NOUN": self.nouns, "ADP": self.adps}[cue.pos]
        table[cue.lemma] = cue


def _yes(value: str) -> bool:
    return value.strip().lower() in {"yes", "y", "true", "1"}


def read_cues(path: Path) -> Iterable[Cue]:
    for line, row in read_tsv_numbered(path, ("cue", "pos", "kind")):
        pos = row["pos"].upper()
        if pos not in CUE_POS or not row["cue"] or not row["kind"]:
            raise malformed(path, line, f"bad cue row {row!r}; pos must be one of {CUE_POS}")
        preps = frozenset(p.strip().lower() for p in row.get("preps", "").split(",") if p.strip())
        yield Cue(
            lemma=row["cue"].lower(),
            pos=pos,
            kind=row["kind"],
            np_content=_yes(row.get("np_content", "")),
            preps=preps,
            particle=row.get("particle", "").lower(),
        )


def read_markers(path: Path) -> Iterable[tuple[str, str]]:
    for line, row in read_tsv_numbered(path, ("marker", "type")):
        if row["type"] not in MARKER_TYPES or not row["marker"]:
            raise malformed(path, line, f"bad marker row {row!r}; type must be one of {MARKER_TYPES}")
        yield row["marker"].lower(), row["type"]


def load_lexicon(
    extra_cues: Iterable[str | Path] = (),
    extra_markers: Iterable[str | Path] = (),
    extra_labels: Iterable[str | Path] = (),
    kinds: Iterable[str] = (),
    dateline_marks: frozenset[str] | None = None,
    pronouns: Pronouns | None = None,
) -> QuoteLexicon:
    """The packaged lexicon with the user's files merged over it (a user row replaces a packaged one).

    ``kinds``, when given, keeps only cues of those kinds (say "say,claim,deny" for speech only).
    The packaged dateline marks and pronouns are read unless the caller passes the ones it shares
    with other stages.
    """
    keep = frozenset(kinds)
    pronouns = load_pronouns() if pronouns is None else pronouns
    lex = QuoteLexicon(
        dateline_marks=load_marks() if dateline_marks is None else dateline_marks,
        pronouns=pronouns,
        speaker_pronouns=pronouns.select((*PERSONAL, *GROUPS), ("subject", "object")),
    )
    for path in (packaged(CUE_FILE), *map(Path, extra_cues)):
        for cue in read_cues(path):
            if not keep or cue.kind in keep:
                lex.add_cue(cue)
    for path in (packaged(CLAIM_FILE), *map(Path, extra_markers)):
        for lemma, kind in read_markers(path):
            lex.markers[lemma] = kind
    for path in (packaged(LABEL_FILE), *map(Path, extra_labels)):
        lex.labels.update(row["label"].lower() for row in read_tsv(path, ("label",)) if row["label"])
    lists = read_word_lists(packaged(WORD_FILE), "word", "kind", WORD_KINDS)
    lex.words = {kind: frozenset(words) for kind, words in lists.items()}
    return lex
