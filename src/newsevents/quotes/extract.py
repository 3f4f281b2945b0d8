"""Quotes of one document: direct quotations, indirect attributions, mixed ones, speakers and claims.

1. One pass over the text finds quoted spans (:mod:`marks`).
2. One pass over the tokens looks every lemma up in the cue dicts; each cue gets its content and
   speaker from short parse walks (:mod:`parse`).
3. Quoted spans take the cue beside them (:mod:`direct`); a cue whose content holds a quotation and
   reaches well beyond it makes a mixed quote ("said the plan was “dead on arrival”"): one indirect quote
   whose content covers the whole clause.
4. Speakers are linked to actor mentions (:mod:`speakers`) and claim flags set (:mod:`claims`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsevents.model import Document, Provenance, Quote, Span
from newsevents.nlp.dateline import dateline_end
from newsevents.quotes import claims, direct, parse
from newsevents.quotes.colon import colon_attributions
from newsevents.quotes.constants import (
    CONFIDENCE,
    INSIDE_QUOTE_SHARE,
    MIN_DIRECT_WORDS,
    MIXED_MIN_OUTSIDE_CHARS,
)
from newsevents.quotes.lexicon import QuoteLexicon
from newsevents.quotes.marks import scan_quotes
from newsevents.quotes.speakers import SpeakerIndex, resolve
from newsevents.quotes.tokens import trimmed_chars
from newsevents.span_index import SpanIndex

STAGE = "quotes"
#: Speaker phrases end before these dependents of their head (relative clauses and the like).
SPEAKER_STOP_DEPS = frozenset({"relcl", "acl", "advcl", "cc", "prep"})


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    direct: bool
    att: parse.Attribution | None
    method: str
    note: str


def find_cues(sdoc: Any, lex: QuoteLexicon, owner: list[int]) -> dict[int, parse.Attribution]:
    """Every cue outside quotation marks, by token index, with its parse analysis."""
    cues: dict[int, parse.Attribution] = {}
    verbs, nouns, adps = lex.verbs, lex.nouns, lex.adps
    for tok in sdoc:
        if owner[tok.i] >= 0:
            continue  # speech reported inside a quotation belongs to the quoted speaker
        pos = tok.pos_
        att: parse.Attribution | None = None
        adp = adps.get(tok.lower_)
        if adp is not None:
            att = parse.analyse_according(tok, adp)
        elif pos == "VERB":
            entry = verbs.get(tok.lemma_.lower())
            if entry is None or tok.dep_ == "amod" or (tok.tag_ == "VBN" and tok.dep_ == "acl"):
                continue  # "the so-called plan", "a class called “Perception”": modifiers, not speech
            if entry.particle and not any(
                c.dep_ == "prt" and c.lower_ == entry.particle for c in tok.children
            ):
                continue
            att = parse.analyse_verb(tok, entry, lex)
        elif pos == "NOUN":
            entry = nouns.get(tok.lemma_.lower())
            if entry is None:
                continue
            att = parse.analyse_noun(tok, entry, lex)
        if att is not None:
            cues[tok.i] = att
    return cues


def candidates(doc: Document, lex: QuoteLexicon) -> list[Candidate]:
    sdoc, text = doc.spacy, doc.text
    quoted = scan_quotes(text)
    owner = direct.quote_tokens(sdoc, quoted)
    cues = find_cues(sdoc, lex, owner)
    # toponyms the places stage read: a dateline before a colon ("CAIRO: Police said …") is no speaker
    places = [(p.start, p.end) for p in doc.places if p.literal]
    for att in colon_attributions(sdoc, owner, lex.labels, lex.dateline_marks, places):
        cues[att.cue.i] = att
    dqs = direct.build(sdoc, text, quoted, owner)
    direct.attach(sdoc, dqs, owner, cues)
    speech = [dq for dq in dqs if direct.is_speech(dq)]
    out = _indirect(sdoc, cues, dqs, speech, lex.dateline_marks)
    out += _direct(sdoc, speech, out)
    out.sort(key=lambda c: (c.start, -c.end))
    return out


def _indirect(
    sdoc: Any,
    cues: dict[int, parse.Attribution],
    dqs: list[direct.DirectQuote],
    speech: list[direct.DirectQuote],
    marks: frozenset[str],
) -> list[Candidate]:
    """One candidate per cue with content, unless a quotation already carries that content."""
    taken = {
        dq.attribution.cue.i for dq in speech if dq.attribution is not None and dq.method == "direct_cue"
    }
    # Each cue looks only at the quotations around its content: scanning all of them for every cue
    # made the stage quadratic in the length of the text (issue 10).
    quoted = SpanIndex((dq.quoted.start, dq.quoted.end) for dq in dqs)
    opening = SpanIndex((dq.quoted.start, dq.quoted.start + 1) for dq in speech)
    out: list[Candidate] = []
    for att in cues.values():
        if att.content is None or (att.method == "indirect_object" and att.speaker is None):
            continue  # a bare noun phrase with nobody saying it is an action, not a quote
        span = _without_cue(sdoc, att, marks)
        if span is None:
            continue
        start, end = span
        opened = [speech[k] for k in opening.overlapping(start + 1, end)]  # start < opening < end
        end = _before_other_speech(sdoc, att, opened, start, end)
        if end <= start:
            continue
        inside = [dqs[k] for k in quoted.overlapping(start, end)]
        for dq in inside:  # the parse often hangs the marks elsewhere: take the whole quotation
            start, end = min(start, dq.quoted.start), max(end, dq.quoted.end)
        if any(_within(start, end, dq.quoted.start, dq.quoted.end) for dq in inside):
            continue  # the content is (part of) a quotation: the direct quote carries it
        outside = (end - start) - sum(min(end, dq.quoted.end) - max(start, dq.quoted.start) for dq in inside)
        if att.cue.i in taken and outside < MIXED_MIN_OUTSIDE_CHARS:
            continue
        note = f"{att.cue.text!r} reports this; speaker: {att.speaker_note}"
        out.append(
            Candidate(start, end, False, att, att.method, f"mixed quotation: {note}" if inside else note)
        )
    return out


def _direct(sdoc: Any, speech: list[direct.DirectQuote], indirect: list[Candidate]) -> list[Candidate]:
    """Quotations not already inside a mixed quote of the same cue; some become mixed quotes themselves."""
    spans = SpanIndex((c.start, c.end) for c in indirect)  # a look-up per quotation, not a scan
    out: list[Candidate] = []
    for dq in speech:
        att = dq.attribution
        holder = next(
            (
                c
                for c in (indirect[k] for k in spans.holding(dq.quoted.start))
                if att is not None and _same_cue(c, att)
            ),
            None,
        )
        if holder is not None and dq.quoted.end <= holder.end:
            continue  # inside a mixed quote
        if att is not None and dq.mixed_from is not None and dq.method == "direct_cue" and holder is None:
            span = trimmed_chars(sdoc, dq.mixed_from, dq.last)
            if span is not None:
                note = f"mixed quotation: {att.cue.text!r} reports this; speaker: {att.speaker_note}"
                out.append(Candidate(span[0], span[1], False, att, "indirect_clause", note))
                continue
        note = f"direct quotation; {dq.note}"
        if att is not None:
            note += f"; speaker: {att.speaker_note}"
        out.append(Candidate(dq.quoted.start, dq.quoted.end, True, att, dq.method, note))
    return out


def _without_cue(sdoc: Any, att: parse.Attribution, marks: frozenset[str]) -> tuple[int, int] | None:
    """The content's characters; a relative clause can wrap the cue ("which activists said came
    from ..."), and then only the words after the cue are reported; a dateline (ended by one of
    ``marks``) opening the content is not reported."""
    if att.content is None:
        return None
    lo, hi = att.content
    cue = att.cue.i
    if lo <= cue <= hi and att.method != "indirect_parenthetical":  # "The talks, he said, failed" spans it
        lo, hi = (cue + 1, hi) if hi - cue >= cue - lo else (lo, cue - 1)
    lo = dateline_end(sdoc, lo, marks)  # "PRISTINA, Sept. 24 (AP) — Police said ..."
    return trimmed_chars(sdoc, lo, hi) if lo <= hi else None


def _before_other_speech(
    sdoc: Any, att: parse.Attribution, speech: list[direct.DirectQuote], start: int, end: int
) -> int:
    """Cut a content that runs into a quotation another cue attributes ("... during a meeting, where he
    pledged: “…”"): that quotation, its speaker and its cue are not this cue's content. ``speech``: the
    quotations opening inside the content."""
    for dq in speech:
        other = dq.attribution
        if (
            other is None
            or dq.method != "direct_cue"
            or other.cue.i == att.cue.i
            or dq.words < MIN_DIRECT_WORDS
        ):
            continue  # a few quoted words inside a reported clause are part of it (mixed)
        words = sdoc.char_span(start, end, alignment_mode="expand")
        if words is None:
            return end
        first = min(
            other.cue.i, dq.first, other.speaker.left_edge.i if other.speaker is not None else dq.first
        )
        cut = trimmed_chars(sdoc, words.start, first - 1) if first > words.start else None
        return cut[1] if cut is not None else start
    return end


def _same_cue(c: Candidate, att: parse.Attribution) -> bool:
    return c.att is not None and c.att.cue.i == att.cue.i


def _within(start: int, end: int, qs: int, qe: int) -> bool:
    """Nearly all of [start, end) lies inside the quotation [qs, qe)."""
    inter = min(end, qe) - max(start, qs)
    return inter > 0 and inter >= INSIDE_QUOTE_SHARE * (end - start)


def speaker_span(sdoc: Any, head: Any) -> tuple[int, int]:
    lo = head.left_edge.i
    hi = head.i
    for child in head.rights:
        if child.dep_ == "punct":
            continue  # the commas around an apposition: "A spokesman, Jane Roe, said"
        if child.dep_ in SPEAKER_STOP_DEPS:
            break
        hi = child.right_edge.i
    span = trimmed_chars(sdoc, lo, hi)
    return span if span is not None else (head.idx, head.idx + len(head.text))


def extract_quotes(doc: Document, lex: QuoteLexicon) -> list[Quote]:
    sdoc, text = doc.spacy, doc.text
    index = SpeakerIndex(doc, lex.pronouns, lex.speaker_pronouns)
    quotes: list[Quote] = []
    kinds: list[str | None] = []
    for c in candidates(doc, lex):
        q = Quote(
            content=Span(c.start, c.end),
            sentence=doc.sentence_at(c.start),
            prov=Provenance(STAGE, CONFIDENCE[c.method], c.note),
            direct=c.direct,
        )
        att = c.att
        if att is not None:
            q.cue = Span(att.cue.idx, att.cue.idx + len(att.cue.text))
        if att is not None and att.speaker is not None:
            s, e = speaker_span(sdoc, att.speaker_word or att.speaker)
            q.speaker, q.speaker_text = Span(s, e), text[s:e]
            res = resolve(index, att.speaker, s, e)
            q.speaker_actor, q.speaker_name = res.actor, res.name
            q.speaker_country, q.speaker_sector = res.country, res.sector
            if res.note:
                q.prov.reason = f"{q.prov.reason}; {res.note}"
        else:
            q.prov.reason = f"{q.prov.reason}; speaker unresolved: no speaker phrase found"
        quotes.append(q)
        kinds.append(att.entry.kind if att is not None else None)
    claims.flag(doc, quotes, kinds, claims.find_markers(doc, lex))
    return quotes
