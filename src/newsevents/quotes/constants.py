"""Calibrated constants of the quotes area, each with how it was set.

"Measured on PolNeAR train" means: varied on every sixth polnear-train article (138 articles, 3,700 gold
quotes), scored with shared/eval/score_quotes.py, and the value kept that gave the best content F1
without lowering speaker accuracy; dev was scored only to report figures. The figures quoted are content
F1 / speaker accuracy at the time of measurement.
"""

from __future__ import annotations

#: A quoted span with fewer words than this and no cue of its own is a scare quote or a title
#: ("the so-called “peace plan”"), not speech. Measured on PolNeAR train: 2 → .674, 3 → .677,
#: 4 → .678, 5 → .677, 6 → .675.
MIN_DIRECT_WORDS = 4

#: How many tokens may separate the end of a quotation from its trailing cue ("…,” the minister of
#: foreign affairs said). Measured on PolNeAR train: F1 flat; speaker accuracy 4 → .871, 8 → .883,
#: 12 → .896, 16 → .898, 24 → .899; 16 kept, as longer windows reach into the next clause.
MAX_TRAILING_GAP = 16

#: How many tokens may separate a leading cue from the opening mark ("X said on Monday in a
#: statement: “…”"). Measured on PolNeAR train: 10, 15, 25 and 35 within .001 F1 / .002 speaker.
MAX_LEADING_GAP = 25

#: How far back (in sentences) a pronoun speaker looks for its antecedent when the actors stage gave
#: no resolution. News text names a speaker again within a few sentences; set by hand, checked on the
#: seed article and PolNeAR train.
PRONOUN_LOOKBACK_SENTENCES = 6

#: A "could not be independently verified" sentence marks quotes in itself and this many sentences
#: before it: the disclaimer follows the claim it qualifies. Set by hand from news style.
CLAIM_LOOKBACK_SENTENCES = 2

#: Reported words needed between a leading cue and the marks to call a quotation mixed ("says no
#: matter what happens, “…”"). Measured on PolNeAR train: 2, 3 and 4 within .001 F1.
MIN_LEAD_WORDS = 3

#: A cue's content holding a quotation is a mixed quote when this many characters lie outside the
#: marks; fewer is punctuation or "that". Measured on PolNeAR train: 5 → .678, 15 → .678, 25 → .674.
MIXED_MIN_OUTSIDE_CHARS = 15

#: A cue's content with at least this share of its characters inside one quotation is that quotation
#: (the parse hung the marks elsewhere), not a quote of its own. Measured on PolNeAR train: 0.5 → .677,
#: 0.65 → .678, 0.8 → .678, 0.9 → .678; 0.8 kept.
INSIDE_QUOTE_SHARE = 0.8

#: A parenthetical cue ("…, officials said") is short; a longer subtree is a clause of its own. Set by
#: hand ("a senior official of the ministry told reporters on Monday" is 10 tokens); PolNeAR train:
#: 8, 12 and 16 within .001 F1.
MAX_PARENTHETICAL_TOKENS = 12

#: How many heads the speaker search climbs from a cue without a subject ("…, adding that" → the
#: verb it hangs on → that verb's subject). Measured on PolNeAR train: speaker accuracy 1 → .885,
#: 2 → .896, 3 → .896, 4 → .897; 3 kept (each step is one parent lookup).
MAX_CLIMB = 3

#: How many heads a claim marker climbs to find "without" ("without providing any evidence").
MAX_WITHOUT_CLIMB = 3

#: A line-opening "Name: text" attribution: the name has at most this many tokens ("Former Gov. Jeb
#: Bush:") and the text at least this many words. Set by hand from headline style.
MAX_SPEAKER_TOKENS = 6
MIN_CONTENT_WORDS = 3

#: Confidence of each way a quote was found: the share of system quotes found that way that matched a
#: gold quote on the PolNeAR train sample above, rounded to .05 (counts in brackets).
CONFIDENCE = {
    "direct_cue": 0.95,  # quotation marks and a cue verb beside them (744)
    "direct_inherited": 0.95,  # continues an attributed quotation ("A," said X. "B.") (317)
    "direct_carried": 0.65,  # no cue beside it; the speaker of the attribution just before (48)
    "direct_bare": 0.65,  # quotation marks, no cue found (30)
    "indirect_clause": 0.85,  # cue verb with a complement clause (1076)
    "indirect_parenthetical": 0.8,  # "..., officials said" (51)
    "indirect_object": 0.65,  # cue verb with a noun-phrase content ("denied the report") (345)
    "according_to": 0.95,  # (79)
    "noun_clause": 0.65,  # "the claim that ..." (46)
    "colon": 0.7,  # headline style "Cruz: Trump would ..." (10)
}
