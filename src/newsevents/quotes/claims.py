"""Flag quotes whose content is contested or unverified.

* The cue itself contests: "X claimed", "X alleged" (cue kind ``claim``).
* A hedge inside the content or on the cue: "allegedly", "reportedly".
* An "unverified"-type adjective in the quote's sentence: "unconfirmed reports say ...".
* "without evidence" in the quote's sentence.
* A negated verification verb ("could not be independently verified", "was unable to confirm") marks the
  quotes of its own sentence and of the few sentences before it, which it qualifies.
* Article-level disclaimer: when that negated verification concerns "this story/article/piece"
  ("The Observer has not verified the content of this story"), the publisher disowns everything the
  article reports, so EVERY quote of the article gets ``claim=True`` with that phrase as ``claim_cue``
  and the disclaimer named in its provenance reason. Readers filtering on ``claim`` then see the whole
  article as unverified, which is what the disclaimer says.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsevents.model import Document, Quote
from newsevents.quotes.constants import CLAIM_LOOKBACK_SENTENCES, MAX_WITHOUT_CLIMB
from newsevents.quotes.lexicon import QuoteLexicon


@dataclass(slots=True)
class Marker:
    start: int
    end: int
    text: str
    sentence: int
    scope: str  # "quote" (inside content), "sentence", "lookback" or "article"


def find_markers(doc: Document, lex: QuoteLexicon) -> list[Marker]:
    """Every claim marker of the document, in one pass over the tokens."""
    out: list[Marker] = []
    sdoc = doc.spacy
    for tok in sdoc:
        kind = lex.markers.get(tok.lemma_.lower())
        if kind is None:
            continue
        sent = doc.sentence_at(tok.idx)
        if kind == "hedge":
            out.append(Marker(tok.idx, tok.idx + len(tok.text), tok.text, sent, "quote"))
        elif kind == "unverified" and tok.pos_ == "ADJ":
            out.append(Marker(tok.idx, tok.idx + len(tok.text), tok.text, sent, "sentence"))
        elif kind == "without" and _under_without(tok):
            out.append(Marker(tok.idx, tok.idx + len(tok.text), f"without {tok.text}", sent, "sentence"))
        elif kind == "verify" and tok.pos_ == "VERB" and _negated(tok, lex):
            lo = min([c.i for c in tok.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")] + [tok.i])
            if tok.head.lemma_.lower() in lex.words["negating_head"]:
                lo = min(lo, tok.head.i)
            text = sdoc[lo : tok.i + 1].text
            scope = "article" if _about_article(tok, lex) else "lookback"
            out.append(Marker(sdoc[lo].idx, tok.idx + len(tok.text), text, sent, scope))
    return out


def _negated(tok: Any, lex: QuoteLexicon) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    head = tok.head
    return head is not tok and head.lemma_.lower() in lex.words["negating_head"]


def _under_without(tok: Any) -> bool:
    cur = tok
    for _ in range(MAX_WITHOUT_CLIMB):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.lower_ == "without":
            return True
    return False


def _about_article(tok: Any, lex: QuoteLexicon) -> bool:
    for t in tok.subtree:
        if lex.markers.get(t.lemma_.lower()) == "article" and any(
            c.lower_ in lex.words["this"] for c in t.children
        ):
            return True
    return False


def flag(doc: Document, quotes: list[Quote], kinds: list[str | None], markers: list[Marker]) -> None:
    """Set ``claim`` and ``claim_cue`` on ``quotes`` (``kinds`` holds each quote's cue kind)."""
    article = next((m for m in markers if m.scope == "article"), None)
    for q, kind in zip(quotes, kinds, strict=True):
        cue = _claim_cue(doc, q, kind, markers)
        if cue is None and article is not None:
            cue = article.text
            note = (
                f"unverified: the article disclaims its content ({doc.text[article.start : article.end]!r})"
            )
            q.prov.reason = f"{q.prov.reason}; {note}" if q.prov.reason else note
        if cue is not None:
            q.claim, q.claim_cue = True, cue


def _claim_cue(doc: Document, q: Quote, kind: str | None, markers: list[Marker]) -> str | None:
    if kind == "claim" and q.cue is not None:
        return doc.text[q.cue.start : q.cue.end]
    lo, hi = q.content.start, q.content.end
    for extra in (q.cue, q.speaker):  # "X allegedly said": the hedge sits between speaker and cue
        if extra is not None:
            lo, hi = min(lo, extra.start), max(hi, extra.end)
    for m in markers:
        if m.scope == "quote" and lo <= m.start < hi:
            return m.text
        if m.scope == "sentence" and m.sentence == q.sentence:
            return m.text
        if m.scope == "lookback" and 0 <= m.sentence - q.sentence <= CLAIM_LOOKBACK_SENTENCES:
            return m.text
    return None
