"""Attach quoted spans to the cue beside them: "“…,” said X", "X said: “…”", "“A,” said X. “B.”".

A cue verb belongs to a quotation when it sits within a short window before or after the marks, in the
same paragraph, and the parse does not give it content of its own elsewhere (its complement is the
quotation, or it has none). A quotation without such a cue continues the previous attributed quotation
of its paragraph (or of the paragraph before, when it opens its own); failing that it takes the speaker
of the nearest cue in its paragraph or the one before ("X wrote:" then a quoted paragraph); otherwise it
stays unattributed. A leading cue followed by the reporter's own words before the marks ("X says no
matter what happens, “…”") makes the quotation part of a mixed quote.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from newsevents.quotes.constants import MAX_LEADING_GAP, MAX_TRAILING_GAP, MIN_DIRECT_WORDS, MIN_LEAD_WORDS
from newsevents.quotes.marks import Quoted
from newsevents.quotes.parse import Attribution

SENTENCE_END = frozenset({".", "!", "?"})
#: Punctuation that introduces a pure quotation after its cue ("said: “…”").
LEAD_IN_PUNCT = frozenset({":", "—", "–"})
#: Words between cue and marks that do not make the quote mixed ("said that “…”", "told us “…”").
LEAD_IN_DEPS = frozenset(
    {"mark", "dative", "dobj", "prep", "pobj", "npadvmod", "advmod", "det", "compound", "amod"}
)


@dataclass(slots=True)
class DirectQuote:
    quoted: Quoted
    first: int  # first token inside the marks
    last: int
    words: int
    paragraph_start: bool  # the quotation opens its paragraph
    attribution: Attribution | None = None
    method: str = "direct_bare"
    note: str = ""
    mixed_from: int | None = None  # first token of reported words before the marks (a mixed quote)


def quote_tokens(sdoc: Any, quoted: list[Quoted]) -> list[int]:
    """For each token, the index of the quotation holding it, or -1: one merge pass over both lists."""
    owner = [-1] * len(sdoc)
    qi = 0
    for tok in sdoc:
        while qi < len(quoted) and quoted[qi].end <= tok.idx:
            qi += 1
        if qi < len(quoted) and quoted[qi].start <= tok.idx < quoted[qi].end:
            owner[tok.i] = qi
    return owner


def build(sdoc: Any, text: str, quoted: list[Quoted], owner: list[int]) -> list[DirectQuote]:
    firsts: dict[int, int] = {}
    lasts: dict[int, int] = {}
    words: dict[int, int] = {}
    for i, holder in enumerate(owner):
        if holder < 0:
            continue
        firsts.setdefault(holder, i)
        lasts[holder] = i
        if sdoc[i].is_alpha:
            words[holder] = words.get(holder, 0) + 1
    out = []
    for qi, q in enumerate(quoted):
        if qi not in firsts:
            continue
        line_start = text.rfind("\n", 0, q.start) + 1
        out.append(
            DirectQuote(
                q,
                firsts[qi],
                lasts[qi],
                words.get(qi, 0),
                paragraph_start=not text[line_start : q.start].strip(),
            )
        )
    return out


def _ends_with_comma(sdoc: Any, dq: DirectQuote) -> bool:
    """ "“…,” said X": a comma before the closing mark announces a trailing cue."""
    last = dq.last
    if sdoc[last].is_quote or sdoc[last].text in {"”", '"', "’"}:
        last -= 1
    return last >= dq.first and sdoc[last].text == ","


def _belongs(att: Attribution, dq: DirectQuote, owner: list[int]) -> bool:
    if att.speaker is not None and owner[att.speaker.i] == owner[dq.first]:
        return False  # the quotation is the cue's subject ("“Plan B” was published ...")
    if att.content is None:
        return True
    lo, hi = att.content
    return lo <= dq.last and hi >= dq.first


def _trailing(
    sdoc: Any, dq: DirectQuote, owner: list[int], cues: dict[int, Attribution]
) -> Attribution | None:
    n = len(sdoc)
    for j in range(dq.last + 1, min(n, dq.last + 1 + MAX_TRAILING_GAP)):
        tok = sdoc[j]
        if owner[j] >= 0 or "\n" in tok.text or (j > dq.last + 1 and "\n" in sdoc[j - 1].whitespace_):
            return None
        if tok.i in cues:
            att = cues[tok.i]
            return att if _belongs(att, dq, owner) else None
        if tok.text in SENTENCE_END:
            return None
    return None


def _leading(
    sdoc: Any, dq: DirectQuote, owner: list[int], cues: dict[int, Attribution]
) -> Attribution | None:
    for j in range(dq.first - 1, max(-1, dq.first - 1 - MAX_LEADING_GAP), -1):
        tok = sdoc[j]
        if owner[j] >= 0 and owner[j] != owner[dq.first]:
            return None
        if "\n" in tok.text or "\n" in tok.whitespace_:
            return None
        if tok.text in SENTENCE_END and j < dq.first - 1:
            return None
        if tok.i in cues:
            att = cues[tok.i]
            return att if _belongs(att, dq, owner) else None
    return None


def attach(sdoc: Any, dqs: list[DirectQuote], owner: list[int], cues: dict[int, Attribution]) -> None:
    """Give each quotation its cue, its predecessor's cue, or nothing; marks the method used."""
    prev: int | None = None  # last attributed quotation
    for k, dq in enumerate(dqs):
        first, second = (_trailing, _leading) if _ends_with_comma(sdoc, dq) else (_leading, _trailing)
        att = first(sdoc, dq, owner, cues) or second(sdoc, dq, owner, cues)
        if att is not None and att.speaker is None and att.cue.i > dq.last:
            att = _speaker_beside(sdoc, dq, att, owner)
        if att is not None:
            dq.attribution, dq.method = att, "direct_cue"
            side = "after" if att.cue.i > dq.last else "before"
            if side == "before":
                dq.mixed_from = _reported_lead(sdoc, dq, att)
            dq.note = f"cue {att.cue.text!r} {side} the quotation"
            prev = k
            continue
        if prev is not None and _continues(sdoc, dqs[prev], dq):
            dq.attribution, dq.method = dqs[prev].attribution, "direct_inherited"
            dq.note = "continues the quotation before it, which has a cue"
            prev = k
            continue
        carried = _preceding_cue(sdoc, dq, cues)
        if carried is not None:
            dq.attribution, dq.method = carried, "direct_carried"
            dq.note = f"no cue beside it; speaker carried from {carried.cue.text!r} just before"
            prev = k
            continue
        dq.note = "no cue beside the quotation"


def _continues(sdoc: Any, before: DirectQuote, dq: DirectQuote) -> bool:
    """Same paragraph, or the next paragraph when this quotation opens it."""
    gap = sdoc[before.last + 1 : dq.first].text_with_ws if dq.first > before.last + 1 else ""
    gap += sdoc[before.last].whitespace_
    if "\n" not in gap:
        return True
    # Only blank lines may lie between the paragraph of the first and the start of this one.
    return dq.paragraph_start and not any(part.strip() for part in gap.split("\n")[1:])


def is_speech(dq: DirectQuote) -> bool:
    """Scare quotes and titles (few words, no cue) are not quotations of speech."""
    att = dq.attribution
    if att is not None and dq.method == "direct_cue":
        # A short quotation needs a cue whose parse content is the quotation ("said “no way”").
        return dq.words >= MIN_DIRECT_WORDS or (att.content is not None and dq.words >= 1)
    return dq.words >= MIN_DIRECT_WORDS and not (dq.quoted.single and dq.attribution is None)


def _reported_lead(sdoc: Any, dq: DirectQuote, att: Attribution) -> int | None:
    """First token of the reporter's own words between a leading cue and the marks, if any.

    "X says no matter what happens, “…”": the words before the marks belong to the content; "X said on
    Tuesday: “…”" (a colon or dash just before the marks, or only adverbials) introduces a pure quotation.
    """
    speaker = set() if att.speaker is None else {t.i for t in att.speaker.subtree}
    gap = [sdoc[j] for j in range(att.cue.i + 1, dq.first) if j not in speaker]
    if not gap or gap[-1].text in LEAD_IN_PUNCT:
        return None
    words = [t for t in gap if t.is_alpha and t.dep_ not in LEAD_IN_DEPS]
    if len(words) < MIN_LEAD_WORDS:
        return None
    first: int = gap[0].i
    return first


def _preceding_cue(sdoc: Any, dq: DirectQuote, cues: dict[int, Attribution]) -> Attribution | None:
    """The nearest earlier cue with a speaker, in this paragraph or the one before (“X wrote:\n“…”)."""
    best: Attribution | None = None
    for i, att in cues.items():
        if i < dq.first and att.speaker is not None and (best is None or i > best.cue.i):
            best = att
    if best is None:
        return None
    gap = sdoc[best.cue.i : dq.first].text_with_ws
    lines = gap.split("\n")
    return best if not any(part.strip() for part in lines[1:-1]) else None


def _speaker_beside(sdoc: Any, dq: DirectQuote, att: Attribution, owner: list[int]) -> Attribution:
    """A trailing cue the parser left without subject: the name between the marks and the cue speaks.

    "“Yes,” Jane Roe, a founder of the group, tells the paper": the parse often breaks on the apposition.
    """
    for j in range(dq.last + 1, att.cue.i):
        tok = sdoc[j]
        if owner[j] < 0 and tok.pos_ in ("PROPN", "NOUN", "PRON") and tok.dep_ != "poss":
            head = tok
            while (
                head.head.i < att.cue.i
                and head.head.i > dq.last
                and head.head is not head
                and head.dep_
                in (
                    "compound",
                    "flat",
                    "amod",
                )
            ):
                head = head.head
            return replace(att, speaker=head, speaker_note="the name between the quotation and its cue")
    return att
