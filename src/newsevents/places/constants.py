"""Calibrated constants of toponym recognition and disambiguation, in one place.

Scores are additive: a candidate's score is the sum of the terms below and the highest score wins.
Unless said otherwise a value was set by reasoning about the scale of the other terms, then checked
on samples of the GeoWebNews (50 articles) and LGL (150 articles) development sets with
shared/eval/score_geo.py, so that it moved acc@161km up or left it level. The sets were used for
measurement only: no name or sentence from them is used anywhere.
"""

from __future__ import annotations

#: Score per decade of population (log10). The prior every other term is weighed against: a city ten
#: times larger gets one point.
POPULATION_WEIGHT = 1.0
#: Stand-in populations for entries without one, so the population prior can rank them: a first-level
#: division or region is named in news about as often as a city of a few million.
ADMIN1_POPULATION = 3_000_000
REGION_POPULATION = 5_000_000
#: A US county: named in local news about as often as a town of this size; the value matters only
#: against same-named entries of other kinds, which the word "County" rarely shares.
COUNTY_POPULATION = 100_000
#: The mention equals the entry's main name rather than one of its alternate names. Alternate names
#: include many transliterations that collide with other places' main names.
PRIMARY_NAME_BONUS = 1.5
#: A national capital: far more often meant than namesakes ("Paris", "Moscow"). Set so that a capital
#: of 2M beats a same-named town of 25k in the article's focus country unless that country holds
#: nearly all of the article's votes, the same state is named, or a qualifier decides.
CAPITAL_BONUS = 2.0
#: A country name: "Georgia" the country against the US state is left to the focus terms.
COUNTRY_BONUS = 1.0
#: Article focus: a candidate in a country the article names gets FOCUS_PRESENCE plus FOCUS_WEIGHT
#: times that country's share of the article's country votes. Set so that a focus share of 0.5
#: outweighs a 30-fold population difference (Alexandria, Egypt vs Alexandria, Virginia).
FOCUS_PRESENCE = 1.0
FOCUS_WEIGHT = 3.0
#: Same first-level division as other places in the article: a presence term plus a weight times that
#: division's share; it also counts for a division itself ("Georgia" the state in a story naming
#: Athens and Atlanta in it). Set so that a town in the article's own state beats a foreign capital of the
#: same name (Vienna, Virginia in a Virginia story) but a town elsewhere in the country does not.
ADMIN1_FOCUS_PRESENCE = 1.0
ADMIN1_FOCUS_WEIGHT = 3.0
#: The actor stage read the name as a government of this country ("Paris" as France's): a focus-sized
#: preference, not a filter. The dictionary's reading knows only that the name is a capital, which
#: CAPITAL_BONUS already counts; the article's own focus must still be able to make it a namesake
#: town ("the Paris police" in a Tennessee story). Set at FOCUS_PRESENCE by that reasoning.
GOVERNMENT_COUNTRY_BONUS = 1.0
#: An explicit qualifier ("Paris, Texas", "Alexandria, Va."): decisive when it contains the candidate.
QUALIFIER_BONUS = 20.0
#: Proximity: a city within PROXIMITY_NEAR_KM of another city the article names (resolved with the
#: focus terms) gets PROXIMITY_WEIGHT, within PROXIMITY_FAR_KM half of it. Local news names places
#: near each other; the ranges are a county and a metropolitan region. Set on the LGL sample.
PROXIMITY_WEIGHT = 2.0
PROXIMITY_NEAR_KM = 50.0
PROXIMITY_FAR_KM = 200.0
#: A city resolution counts as a proximity anchor from this confidence up.
ANCHOR_MIN_CONFIDENCE = 0.3
#: Weights of the votes that make up the article's focus: a resolved country or region mention, a
#: resolved city mention, and a country carried by an actor mention (demonyms, governments).
VOTE_COUNTRY = 1.0
VOTE_CITY = 0.7
VOTE_ACTOR = 0.5
#: A place named in the dateline votes this many times its ordinary vote: the story was filed there.
#: Set so that a dateline city outweighs two mentions of a neighbouring country the story is about.
VOTE_DATELINE = 3.0

#: A capitalised word the parser did not call a place becomes one on a gazetteer hit alone when the
#: hit is a country, division or region, or a city at least this large; smaller towns need a locative
#: context ("in X", "X, Texas", coordinated with a place). Set from how often towns of 1,000-100,000
#: share their name with English surnames and words.
UNLABELLED_CITY_MIN_POPULATION = 100_000
#: A shipped first-level division without a GeoNames admin1 code takes the code that a strict majority
#: of the ADMIN1_INFER_NEIGHBOURS towns of at least ADMIN1_INFER_MIN_POPULATION nearest its centre
#: carry. Set by checking the inferred codes of the shipped Indian, Pakistani and Chinese provinces by
#: hand: five towns outvote one across a nearby border; smaller towns add nothing but time.
ADMIN1_INFER_NEIGHBOURS = 5
ADMIN1_INFER_MIN_POPULATION = 20_000
#: Alternate names are indexed only for cities at least this large: smaller places' alternate names
#: are mostly colliding transliterations, and skipping them halves the index build time.
ALTERNATE_NAMES_MIN_POPULATION = 5_000

#: Confidence of a resolution: margin over the runner-up mapped through margin / (margin + this).
CONFIDENCE_MARGIN_SCALE = 2.0
#: Confidence of a name with a single gazetteer entry: nothing to confuse it with, but the name may
#: still be a place the gazetteer lacks (a village sharing a city's name). Set by judgement.
SOLE_ENTRY_CONFIDENCE = 0.9

#: Confidence of a facility or street the gazetteer lacks, placed at the article's main city (right
#: city, wrong point: half-trusted at best), and of a place name left without coordinates.
FACILITY_CONFIDENCE = 0.3
#: The most confidence a place with a stand-in point (a county placed at a town of its state) gets:
#: which county is meant may be sure, but its point is not. Set by judgement.
APPROXIMATE_POINT_CONFIDENCE = 0.5
UNRESOLVED_CONFIDENCE = 0.2

#: Confidence of an event location by how the place attaches to the trigger, times the place's own
#: resolution confidence (floored, below). A locative or destination phrase on the trigger is explicit;
#: a direct object ("shelled Daraa") is usually the target's location but sometimes a government; a
#: hosting subject stands for its capital city. Set by judgement, not fitted.
EVENT_LOCATION_CONFIDENCE: dict[str, float] = {
    "locative": 0.85,
    "destination": 0.85,
    "origin": 0.8,  # "withdrew from Kherson": explicit, but "from" also names a route's start
    "object": 0.7,
    "patient": 0.7,  # "Kyiv was shelled": the same argument as the object of the active verb
    # a locative phrase on one of the trigger's arguments ("attacked a checkpoint in Daraa", "Police in
    # Damascus arrested"): the argument is usually where the act was, but a subject may be where its
    # actor is based ("officials in Washington condemned"); by judgement, under the direct attachments
    "argument": 0.6,
    # no place in the clause, but the story was filed in the dateline's city and the event's source
    # is of that country: a fallback, right about the country far more often than about the city
    "dateline": 0.35,
    # nothing attaches, but the event's sentence names exactly one place, where news sentences put
    # their act ("Shelling ... killed 18 people in El-Fasher"): below every syntactic attachment
    "sentence": 0.45,
    # nothing in the sentence: the article's home, its places' one country, for an event among that
    # country's own parties; right about the country far more often than about the town
    "scene": 0.3,
    "host": 0.75,
    # a literal place modifying the event noun ("the Doha talks"): as sure as a locative phrase less
    # the chance that the noun names a series held elsewhere too; by judgement, like the others
    "modifier": 0.75,
}
#: The share of a visit's location confidence that a visitor's next act (same source, in the sentence
#: telling the visit or the next one) takes with the visit's place: usually there, but it may be a
#: call home or a statement from elsewhere. Set by judgement, not fitted.
EVENT_LOCATION_VISITING_SHARE = 0.7
#: Acts of saying (PLOVER's verbal types but CONSULT, whose object's place is where the meeting was):
#: a place inside their object or complement is what was said about somewhere ("accused India of
#: building dams in Kashmir"), so only the actor's own phrase places them ("officials in Washington
#: accused"). Set by the PLOVER manual's definitions, not fitted.
SAYING_EVENT_TYPES = frozenset(
    {"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"}
)
#: The floor on the place's own confidence in that product: an attachment the syntax shows is evidence
#: of a location even when which same-named place is meant stays uncertain. Set by judgement.
EVENT_LOCATION_PLACE_FLOOR = 0.5

#: How many dependency steps a demonym may climb to the noun it modifies: two covers "the Syrian
#: and Turkish border" (conj, then amod) without reaching a clause's other nouns.
DEMONYM_MAX_HOPS = 2
