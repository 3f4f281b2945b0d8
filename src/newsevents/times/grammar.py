"""The recognition grammar: one compiled regular expression per rule, built once from the lexicon.

Each rule runs once over a document's text (``finditer``); the recogniser keeps the longest
non-overlapping matches. Named groups carry the parts the normaliser reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsevents.times.lexicon import Lexicon

# Word boundaries that also treat a hyphen before a word as a boundary ("mid-1990s").
_B = r"(?<![\w])"
_E = r"(?![\w])"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
#: Bare four-digit years: the span of years news text talks about.
BARE_YEAR = r"(?:1[5-9]\d\d|20[0-9]\d)"
#: "before"/"after" closing a clause make "two days before" a date; followed by a noun phrase
#: ("ten days before the shooting") the words are a duration and a preposition.
_CLAUSE_END = r"""(?=\s*(?:[.,;:!?)"\u201d\u2019']|$|\s+(?:and|but|when|while|as)\b))"""
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"


def alt(words: Iterable[str]) -> str:
    """An alternation of words, longest first, matching any whitespace between their parts."""
    parts = sorted({w for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts) + ")"


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    priority: int  # lower wins between matches of equal length


def build_rules(lex: Lexicon) -> list[Rule]:
    """All rules, compiled; case-insensitive, so capital-only words are checked by the recogniser."""
    month = alt(lex.category("month"))
    # Alone, a month must be written in full or with its period: "Jan" is more often a name.
    month_alone = alt([w for w in lex.category("month") if w not in lex.flagged("abbr")])
    wday = alt(lex.category("weekday"))
    unit = alt(lex.category("unit"))
    part = alt(lex.category("part_of_day"))
    season = alt(lex.category("season"))
    ordinal = alt(lex.category("ordinal"))
    approx = alt(lex.category("approx"))
    modifier = alt(lex.category("modifier"))
    deictic = alt(lex.category("deictic"))
    holiday = alt(lex.category("holiday"))
    tz = alt(lex.category("timezone"))
    decade_words = alt(lex.category("decade_word"))
    clockword = alt(lex.category("clockword"))
    tens = alt(lex.category("tens"))
    numword = alt(lex.category("number"))
    num = rf"(?:{DIGITS}|{tens}(?:[\s-]+{numword})?|{numword})(?:\s+(?:and\s+a\s+half|1/2))?"
    mod = rf"(?:{modifier}(?:\s+|-|\s*-\s*))"
    rel = alt(lex.category("relative"))
    # a direction marked "clause_end" ("two days before") counts only where the clause ends
    directions = lex.category("direction")
    anywhere = alt([w for w in directions if w not in lex.marked("direction", "clause_end")])
    direction = rf"(?:{anywhere}|{alt(lex.marked('direction', 'clause_end'))}{_CLAUSE_END})"
    lead = alt(lex.category("vague_lead"))
    day_word = rf"(?:{wday}|today|yesterday|tomorrow)"
    date_md = rf"(?:(?P<m1>{month})\s*(?P<d1>{DAY})|(?:the\s+)?(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{month}))"
    sources: list[tuple[str, str]] = [
        (
            "date",
            rf"(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?(?:(?P<wd>{wday}),?\s+)?{date_md}{_E}(?:,?\s+(?P<y>{YEAR}){_E})?",
        ),
        ("iso", rf"(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d){_E}"),
        ("slash", rf"(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>{YEAR}|\d\d){_E}"),
        ("month_year", rf"(?:{mod})?(?P<m>{month}),?\s+(?:of\s+)?(?P<y>{YEAR}){_E}"),
        (
            "month_rel_year",
            rf"(?P<m>{month})\s+(?P<rel>last|this|next)\s+year{_E}",
        ),
        (
            "month",
            rf"(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past)\s+)?(?:{mod})?(?P<m>{month_alone}){_E}",
        ),
        (
            "year",
            rf"(?:(?:{mod})|(?:the\s+)?(?:fiscal|calendar|the\s+year|model)(?:\s+year)?\s+)?(?P<y>{BARE_YEAR}){_E}(?!\s*(?:%|percent|per\s+cent))",
        ),
        (
            "decade",
            rf"(?:the\s+)?(?:{mod})?(?:(?P<dec>1[0-9]\d0|20\d0)'?s|'(?P<short>\d0)s|(?P<word>{decade_words})){_E}",
        ),
        (
            "century",
            rf"(?:the\s+)?(?:{mod})?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<rel>this|last|next|the\s+last|the\s+next|the\s+past))[\s-]+century{_E}",
        ),
        (
            # "the night of Thursday to Friday", "Thursday night into Friday": a night is the day it
            # begins on, so the expression is its first weekday's night (the second is read in it)
            "weekday",
            rf"(?:the\s+)?(?P<part>{part})\s+(?:of|from)\s+(?P<wd>{wday})\s+(?:to|into)\s+{wday}{_E}",
        ),
        ("weekday", rf"(?P<wd>{wday})\s+(?P<part>{part})\s+(?:to|into)\s+{wday}{_E}"),
        (
            "weekday",
            rf"(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past|the\s+previous|the\s+following|the\s+next|that)\s+)?(?:{mod})?(?P<wd>{wday})(?:\s+(?P<part>{part}))?(?:'s)?{_E}",
        ),
        ("weekdays", rf"(?:(?:on|every|each)\s+)?(?P<wd>{wday})s(?:\s+(?P<part>{part})s?)?{_E}"),
        ("deictic", rf"(?:{mod})?(?P<dx>{deictic}){_E}"),
        (
            "relunit",
            rf"(?:{mod})?(?P<rel>{rel})\s+(?:fiscal\s+)?(?P<u>week|weekend|month|year|quarter|period|day|night|evening|morning|afternoon|{season}|season|decade){_E}",
        ),
        (
            "quarter",
            rf"(?:(?:the|its|a|this|that)\s+)?(?:(?P<y1>{YEAR})\s+|(?P<rely>this|last|next)\s+year's\s+|(?:the\s+)?(?:fiscal|year-earlier|year-ago|year\s+earlier|year\s+ago|comparable|flat|same)[\s-]+)*(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal[\s-]+|calendar[\s-]+)?(?P<qh>quarter|half)(?:\s+of\s+(?:(?P<y2>{YEAR})|(?:fiscal\s+)?(?P<rely2>this|last|next)\s+year|the\s+year))?{_E}(?!\s+of\s+(?:a|the|his|her|its|their|all)\b)",
        ),
        (
            "year_period",
            rf"(?:the\s+)?(?P<y>{YEAR})\s+(?:(?P<ord>{ordinal})\s+)?(?:fiscal\s+)?(?P<what>quarter|period|half){_E}",
        ),
        (
            "year_end",
            rf"(?:(?:the|this|last|next)\s+)?(?:(?P<end>(?:fiscal\s+)?year[\s-]+end|year's\s+end|end\s+of\s+the\s+year)|(?:full|whole|entire|current)\s+(?:fiscal\s+|calendar\s+)?year){_E}",
        ),
        (
            "spelled_year",
            rf"(?:the\s+year\s+)?(?:(?P<c>nineteen|eighteen|twenty)\s+(?P<rest>{tens}(?:[\s-]+{numword})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|two\s+thousand(?:\s+and)?(?:\s+(?P<rest2>{numword}|{tens}(?:[\s-]+{numword})?))?){_E}",
        ),
        (
            "year_ago_period",
            rf"(?:(?:the|a)\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?:year-earlier|year-ago|year\s+earlier|year\s+ago|prior-year|last\s+year's)(?:\s+(?:{ordinal}\s+)?(?:fiscal\s+)?(?P<what>quarter|period|nine\s+months|six\s+months))?{_E}|(?:the\s+)?(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year){_E}",
        ),
        (
            "ago",
            rf"(?:{approx}\s+)?(?:(?P<num>{num})[\s-]+)?(?P<u>{unit})\s+(?:or\s+so\s+)?(?P<dir>{direction}){_E}",
        ),
        (
            "duration",
            rf"(?:(?:the|these|those|its|their|his|her|our|each\s+of\s+the|all)\s+)?(?:(?P<rel>past|last|next|first|coming|previous|following|latest|final|remaining|initial|ensuing|other)\s+)?(?:{approx}\s+)?(?P<num>{num})(?:\s+to\s+{num})?(?:\s+(?:more|additional|straight|consecutive|full|long|trading|business|working|calendar))?[\s-]+(?P<u>{unit})(?:[\s-]+(?:old|long))?(?:\s+or\s+so)?{_E}(?!-\w)",
        ),
        (
            "vague",
            rf"(?:(?P<lead>{lead})\s+)(?P<core>(?:(?:few|several|many)\s+)?(?:years|months|weeks|days|decades|hours|minutes|centuries|quarters)){_E}",
        ),
        (
            "clock",
            rf"(?:(?:around|about|approximately)\s+)?(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)(?:\s+(?P<tz>{tz}){_E})?(?:,?\s+(?:on\s+)?(?P<day>{day_word}){_E})?",
        ),
        (
            "clock24",
            rf"(?:(?:around|about|approximately)\s+)?(?<![\d:.,])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d){_E}(?![:.,]\d)(?:\s+(?P<tz>{tz}){_E})?(?:,?\s+(?:on\s+)?(?P<day>{day_word}){_E})?",
        ),
        (
            "clockword",
            rf"(?:(?:around|about|approximately)\s+)?(?P<cw>{clockword})(?:\s+(?P<tz>{tz}){_E})?(?:,?\s+(?:on\s+)?(?P<day>{day_word}){_E})?",
        ),
        ("oclock", rf"(?P<hw>{num})\s+o'clock(?:\s+in\s+the\s+(?P<part>{part}))?{_E}"),
        ("clock_part", rf"(?P<h>1[0-2]|0?[1-9])\s+in\s+the\s+(?P<part>morning|afternoon|evening){_E}"),
        (
            "set",
            rf"(?:{alt(lex.category('set'))}|(?:every|each)\s+(?:other\s+)?(?:(?P<num>{num})\s+)?(?P<u>{unit})|(?:every|each)\s+(?P<m>{month}|{wday})|(?:every|each)\s+(?P<s>{season})|(?:once|twice|thrice|(?:{num})\s+times)\s+(?:a|an|per|each|every)\s+(?P<u2>{unit})|per\s+(?P<u3>{unit})){_E}",
        ),
        ("ref", rf"{alt(lex.category('ref'))}{_E}"),
        ("holiday", rf"(?:(?P<rel>last|this|next)\s+)?(?P<hd>{holiday})(?:,?\s+(?P<y>{YEAR}))?{_E}"),
        (
            "season",
            rf"(?:{mod})?(?:(?P<rel>last|this|next|this\s+past|the\s+past|the)\s+)?(?P<s>{season})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?{_E}",
        ),
    ]
    return [
        Rule(name, re.compile(_B + src, re.IGNORECASE), priority)
        for priority, (name, src) in enumerate(sources)
    ]
