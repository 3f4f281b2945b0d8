"""Calibrated constants of cross-article incident merging.

Most values were set by judgement on examples written for the purpose (tests/test_incidents*.py,
tests/unit/test_incident_text.py: one strike told by four outlets, a strike on another city the same
day, meetings in the same week) and on what a conflict analyst would accept; the text-similarity
threshold was set on the real-news development set's cross-report gold (benchmarks/incidents_eval.py),
which is small (7 stories, 21 gold pairs): read it as a first calibration.
Each comment says what the value trades off. Change ``RULES_VERSION`` whenever a rule or value
changes, so that stored incidents are rebuilt.
"""

from __future__ import annotations

from newsevents.event_dates.dating import PUBLICATION_FALLBACK

#: Part of the fingerprint of stored incidents: a store whose incidents were built by other rules
#: rebuilds them on the next read.
RULES_VERSION = 3  # 2: text similarity, compatible types, undated reports; 3: mates

#: Days two dates may lie apart and still be one event: reports filed around midnight, or in another
#: time zone, put the same strike on neighbouring days ("overnight into Sunday" vs "on Sunday").
#: Two days would join the nightly strikes of consecutive nights on the same city.
DAY_SLACK_DAYS = 1

#: A publication-date fallback (the article names no date for the event) stands for the days up to
#: and including publication: news of a strike is usually published the same or the next day, and
#: two days also covers a weekend edition. It is weak evidence: it never joins two reports alone.
FALLBACK_LOOKBACK_DAYS = 2

#: Event dates vaguer than this many days (a season, a year) never join anything: "Russia struck
#: Kharkiv this year" could be any of hundreds of strikes. A month still joins, with more evidence.
MAX_JOIN_SPAN_DAYS = 31

#: Kilometres within which two city- or point-precision locations are one place. Outlets name the
#: city, a district of it or a suburb ("Kharkiv", "Saltivka", "Pisochyn" are all within 15 km of
#: Kharkiv's centre; Brovary lies 20 km from Kyiv's). Two towns closer than this (Kramatorsk and
#: Sloviansk, 12 km) would merge on the same day: accepted, since both would have to be struck by the
#: same side on the same day for it to matter.
CITY_KM = 25.0

#: Kilometres from an admin1 area's point within which a city lies in it, used only when an admin1
#: code is missing on one side (codes are compared when both have them). Most Ukrainian oblasts and
#: Syrian governorates are less than 300 km across.
ADMIN1_KM = 150.0

#: Location precisions that say where, closely enough to tell two events apart and to join two
#: reports: a country or a region is not enough.
SPECIFIC_PRECISIONS = frozenset({"point", "city", "admin1"})

#: Date reason of the event_dates stage's publication-date fallback (event_dates/dating.py).
FALLBACK_REASON = PUBLICATION_FALLBACK

#: PLOVER types whose two sides are interchangeable ("Macron met Merz" is "Merz met Macron"): their
#: actors also match with the sides swapped.
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})

#: Specificity of date and location precisions when choosing an incident's representative report:
#: lower is more specific.
DATE_RANK = {"time": 0, "day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "decade": 5, "century": 6}
PLACE_RANK = {"point": 0, "city": 1, "admin1": 2, "country": 3, "region": 4}

#: Cosine (TF-IDF, incidents/similarity.py) from which the evidence of two reports tells the same
#: act in other words: with shared actor countries and nothing contradicting, it joins two reports
#: whatever their dates and places leave open (no date, no place), and it is what two reports of
#: compatible types (knowledge/incidents/compatible_types.tsv) need to be read as one act. Set on the
#: real-news development set (devset/realnews/CROSS_REPORTS.md, benchmarks/incidents_eval.py):
#: retellings of one report score 0.35 to 0.99 ("imposed sanctions Friday on Iran's interior
#: minister": 0.43; "Alpha Condé was arrested on Sunday" / "Alpha Conde was detained on Sunday": 0.42),
#: reports of one kind of act in different places ("tear gas in Colombo" / "tear gas in Islamabad")
#: 0.28. Lower joins those; higher loses the retellings with long sentences of their own.
TEXT_ALIKE = 0.35

#: Cosine from which two dated reports of one type whose source and target countries both agree are
#: alike enough to be mates (MATE): joined when each is the only report of its article that fits the
#: other. Set on the real-news development set: the prosecutors' accusation told by two outlets the
#: same day ("Authorities accuse the suspects of preparing..." / "The suspects are accused of
#: plotting...") scores 0.32; two tear-gassings in two capitals 0.28, and the arrests of 25 people and
#: of two judges in one story 0.25 and 0.26 (two arrests in each article: never the only fit). Reports
#: of different stories with the same actors scored at most 0.18.
TEXT_MATE = 0.30

#: Strength of a link between two reports; stronger links are applied first, so that an ambiguous
#: report joins the incident it matches best. IDENTICAL: two events of one article equal in every
#: field the rules read. LOCATED_EXACT: same place, same day ±slack. TEXT: alike evidence sentences
#: and shared actors, nothing contradicting. LOCATED: same place, a coarser or fallback date, and
#: shared actors. Weak links, which join a report only to the one incident that fits it: UNLOCATED,
#: same day and shared actors, no place on one side; UNDATED, same place and shared actors, no date
#: on one side.
IDENTICAL = 6
LOCATED_EXACT = 5
TEXT = 4
LOCATED = 3
UNLOCATED = 2
UNDATED = 1
#: MATE: the same type, modes not different, shared actors and nothing contradicting, and either
#: articles already found to tell one story (they share an incident joined by a link above the weak
#: ones) or, both dated and all actor sides shared, moderately alike sentences (TEXT_MATE); joins only
#: where each is the only report of its article that fits the other. Applied last.
MATE = 0

#: The weak strengths: a report lacking a place (UNLOCATED) or a date (UNDATED) joins only the one
#: incident that fits it; a mate (MATE) only the one report of the other article that fits it.
WEAK = (UNLOCATED, UNDATED, MATE)

#: Days around the incidents an undated article's other reports joined within which its undated
#: reports may join by place and actors alone (UNDATED links). News retells the events of the last
#: weeks ("since Friday", "this month"); an undated report of a Colombo rally must not join the storming
#: of Colombo's presidential palace four years later.
UNDATED_ARTICLE_DAYS = 31

#: A report with no date is compared (no day can block it) only with the reports sharing one of its
#: this many most telling words (incidents/similarity.py): two sentences with a cosine of TEXT_ALIKE
#: share some of their heaviest words (names, numbers, the rare verb), so ten loses next to no pair
#: and keeps a store whose articles lack publication dates from comparing all pairs.
SALIENT_WORDS = 10

#: A word found in more reports of a type group than this is no key to an undated report's candidates
#: (in a short sentence the most telling words may include "forces" or "city"): two reports alike
#: enough to join share rarer words too, and such a word would bring every report of the group.
COMMON_WORD_REPORTS = 100

#: At most this many reports sharing a type group, a day and one key (an article, a place's country, an
#: actor's country) are all compared with each other. A development set of a hundred articles, or an
#: outlet's archive, has blocks of a few reports; a store at wire-service scale has blocks of hundreds
#: (Syria's attacks of one day), where comparing all pairs is quadratic (100,000 synthetic articles,
#: 1.4 million events over one year: ~440 million pairs). There only reports alike in words or place
#: are compared (cluster._crowded_pairs), as for undated reports (COMMON_WORD_REPORTS).
DATED_MAX_BLOCK = 50

#: In such a crowded block, each report is compared with at most this many others, those sharing the
#: most of its telling words or its place: two reports of one event told in alike sentences share
#: several of them, so the one that fits ranks near the top, and each report costs a bounded number
#: of comparisons however many reports a day brings (wire scale: ~1,000 a day and country).
CROWDED_MAX_NEIGHBOURS = 20

#: Degrees of the grid cells an undated report's place is looked up in (its cell and the eight around
#: it): 0.5° is 55 km of latitude and, up to 60° of latitude, at least 28 km of longitude, so two places
#: within CITY_KM of each other always lie in the same or neighbouring cells there.
CELL_DEGREES = 0.5

#: At most this many reports of its type group at its place (its grid cells) for an undated report to
#: be joined by place and actors alone: it joins only the one incident that fits, and among more
#: reports than this (a city struck every day) one never fits, so they are not compared at all.
UNDATED_MAX_NEIGHBOURS = 50
