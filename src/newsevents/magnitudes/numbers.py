"""Numbers in a sentence and what they say: a figure, a bound ("at least 40"), a range ("between 30
and 50") or a vague quantity ("dozens"), written in digits or in words ("twenty-five", "1.5 million",
"a dozen")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsevents.magnitudes.lexicon import MagnitudeLexicon

#: Digits as news writes them: "40", "1,200", "1.5" (before "million").
DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")
#: Entity labels of numbers that count no people: times, money, shares, ranks, measures. Dates are
#: not among them: the small model tags "between 30 and 50" a date; a number inside a date counts
#: a noun that names no people ("5 days", "12 March"), which leaves it out, or is a year (below).
NOT_COUNTS = frozenset({"TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
#: A year as a date writes it ("in 2014"): four digits, no thousands comma.
YEAR = re.compile(r"^(1[5-9]|2[01])\d\d$")
DATE_LABEL = "DATE"
#: The bounds that join the two ends of a range rather than bound a number.
JOINS = ("join", "range_join")
#: Kinds of number word that are a number by themselves ("a" and "half" only before a scale word).
COUNTING_WORDS = ("unit", "scale")
#: The bound of a count that is part of another ("including five girls"), which is no count of its own.
PART = "part"
#: The label of an article and the tag of a singular common noun: "a soldier" counts one.
DETERMINER = "det"
SINGULAR_NOUN = "NN"
#: A hyphen joins the words of one number ("twenty-five").
HYPHEN = "-"


@dataclass(frozen=True)
class Quantity:
    """A number phrase: tokens ``first`` to ``last`` (bound words included), ``head`` the token that
    stands for it in the parse, the values by UCDP's convention and how they were read."""

    first: int
    last: int
    head: int
    best: int | None
    low: int | None
    high: int | None
    how: str


def _is_number_word(tok: Any, lex: MagnitudeLexicon) -> bool:
    if tok.ent_type_ in NOT_COUNTS or (tok.ent_type_ == DATE_LABEL and YEAR.match(tok.text)):
        return False
    if DIGITS.match(tok.text):
        return True
    entry = lex.numbers.get(tok.lower_)
    return entry is not None and entry[1] in COUNTING_WORDS


def _value(words: list[str], lex: MagnitudeLexicon) -> int | None:
    """The value of number words in order ("two", "hundred", "fifty" → 250; "1.5", "million")."""
    total, current, divisor = 0.0, 0.0, 1
    for word in words:
        if DIGITS.match(word):
            current += float(word.replace(",", ""))
            continue
        entry = lex.numbers.get(word)
        if entry is None:
            return None
        value, kind = entry
        if kind == "fraction":  # "half a million": the scale word that follows is divided
            divisor = value
        elif kind == "article":
            continue
        elif kind == "scale":
            current = (current or 1.0) * value / divisor
            divisor = 1
            if value >= 1000:  # "two thousand five hundred": a thousand or more closes a group
                total, current = total + current, 0.0
        else:
            current += value
    result = total + current
    return int(result) if result == int(result) else None


def _run(tokens: list[Any], i: int, end: int, lex: MagnitudeLexicon) -> int:
    """The index after the number words starting at ``i`` (``i`` when none start there); an article
    counts before a scale word ("a dozen"), a hyphen between two number words."""
    j = i
    if j + 1 < end and lex.numbers.get(tokens[j].lower_, (0, ""))[1] == "fraction":
        j += 1  # "half a million", "half a dozen"
    if j < end and lex.numbers.get(tokens[j].lower_, (0, ""))[1] == "article":
        nxt = tokens[j + 1] if j + 1 < end else None
        if nxt is None or lex.numbers.get(nxt.lower_, (0, ""))[1] != "scale":
            return i
        j += 1
    while j < end:
        tok = tokens[j]
        joins_two = tok.text == HYPHEN and j + 1 < end and j > i and _is_number_word(tokens[j + 1], lex)
        if _is_number_word(tok, lex) or joins_two:
            j += 1
        else:
            break
    return j if any(_is_number_word(t, lex) for t in tokens[i:j]) else i


def _single(tok: Any, lex: MagnitudeLexicon) -> bool:
    """Whether ``tok`` is an article that counts one person: "a police officer was stabbed", "a
    fifth soldier was wounded" (UCDP counts a single named victim as one, and an ordinal adds one to
    a count already told). Only before a singular noun naming people: "a family of five" counts its
    members, "a number of" is no count, "a civilian convoy" counts no one."""
    if lex.numbers.get(tok.lower_, (0, ""))[1] != "article" or tok.dep_ != DETERMINER:
        return False
    noun = tok.head
    words = (noun.lower_, noun.lemma_.lower())
    if noun.tag_ != SINGULAR_NOUN or any(w in lex.groups for w in words):
        return False
    return any(w in lex.persons or w in lex.sides for w in words)


def _phrase_at(tokens: list[Any], i: int, end: int, table: dict[tuple[str, ...], Any]) -> int:
    """The length of the longest phrase of ``table`` starting at ``i`` (0 when none)."""
    word = tokens[i].lower_
    if not any(phrase[0] == word for phrase in table):  # most words start no phrase: answer at once
        return 0
    best = 0
    for phrase in table:
        n = len(phrase)
        if n > best and i + n <= end and tuple(t.lower_ for t in tokens[i : i + n]) == phrase:
            best = n
    return best


def _bound_before(tokens: list[Any], first: int, start: int, lex: MagnitudeLexicon) -> tuple[int, str | None]:
    """The bound phrase ending just before ``first``, as (its first token, its bound)."""
    for n in range(3, 0, -1):
        i = first - n
        if i >= start:
            bound = lex.bounds.get(tuple(t.lower_ for t in tokens[i:first]))
            if bound is not None and bound not in JOINS:
                return i, bound
    return first, None


def _head_of(tokens: list[Any], first: int, last: int) -> int:
    """The token of ``first..last`` whose syntactic head lies outside the phrase (the last when none)."""
    for k in range(last, first - 1, -1):
        head = tokens[k].head.i
        if not first <= head <= last or head == tokens[k].i:
            return k
    return last


def quantities(tokens: list[Any], start: int, end: int, lex: MagnitudeLexicon) -> list[Quantity]:
    """The number phrases of ``tokens[start:end]`` (one sentence), in text order."""
    out: list[Quantity] = []
    i = start
    while i < end:
        n = _phrase_at(tokens, i, end, lex.vague)
        if n:
            low, high = lex.vague[tuple(t.lower_ for t in tokens[i : i + n])]
            first, bound = _bound_before(tokens, i, start, lex)
            # "hundreds of miles away", "dozens of hours": a measure, as digits are (NOT_COUNTS)
            if bound == PART or tokens[i].ent_type_ in NOT_COUNTS:
                i += n
                continue
            out.append(Quantity(first, i + n - 1, _head_of(tokens, i, i + n - 1), None, low, high, "vague"))
            i += n
            continue
        j = _run(tokens, i, end, lex)
        if j == i:
            if _single(tokens[i], lex):
                out.append(Quantity(i, i, i, 1, 1, 1, "single"))
            i += 1
            continue
        value = _value([t.lower_ for t in tokens[i:j] if t.text != HYPHEN], lex)
        if value is None:
            i = j
            continue
        first, bound = _bound_before(tokens, i, start, lex)
        if bound == PART:  # "six villagers, including five girls": the five are among the six
            i = j
            continue
        last, head = j - 1, _head_of(tokens, i, j - 1)
        # "between 30 and 50", "30 to 50": a join word and a second number make a range
        join = lex.bounds.get((tokens[j].lower_,)) if j < end else None
        k = j + 1 if join == "join" or (join == "range_join" and bound == "range") else j
        k_end = _run(tokens, k, end, lex) if k > j else k
        second = _value([t.lower_ for t in tokens[k:k_end] if t.text != HYPHEN], lex) if k_end > k else None
        if second is not None and second > value and (bound == "range" or bound is None):
            head = _head_of(tokens, k, k_end - 1)
            out.append(Quantity(first, k_end - 1, head, None, value, second, "range"))
            i = k_end
            continue
        if bound == "low":
            out.append(Quantity(first, last, head, value, value, None, "lower bound"))
        elif bound == "high":
            out.append(Quantity(first, last, head, value, None, value, "upper bound"))
        elif bound == "about":
            out.append(Quantity(first, last, head, value, None, None, "approximate"))
        else:
            out.append(Quantity(i, last, head, value, value, value, "exact"))
        i = j
    return out
