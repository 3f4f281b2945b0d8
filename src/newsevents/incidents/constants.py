"""Calibrated constants of cross-article incident merging.

There is no development set of merged incidents: every value here was set by judgement on examples
written for the purpose (tests/test_incidents*.py: one strike told by four outlets, a strike on
another city the same day, meetings in the same week) and on what a conflict analyst would accept.
Each comment says what the value trades off. Change ``RULES_VERSION`` whenever a rule or value
changes, so that stored incidents are rebuilt.
"""

from __future__ import annotations

from newsevents.event_dates.dating import PUBLICATION_FALLBACK

#: Part of the fingerprint of stored incidents: a store whose incidents were built by other rules
#: rebuilds them on the next read.
RULES_VERSION = 1

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

#: Strength of a link between two reports; stronger links are applied first, so that an ambiguous
#: report joins the incident it matches best. IDENTICAL: two events of one article equal in every
#: field the rules read. LOCATED_EXACT: same place, same day ±slack. LOCATED: same place, a coarser or
#: fallback date, and shared actors. UNLOCATED: same day and shared actors, no place on one side; such
#: a report joins an incident only when exactly one located incident fits it.
IDENTICAL = 4
LOCATED_EXACT = 3
LOCATED = 2
UNLOCATED = 1
