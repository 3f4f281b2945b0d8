"""Calibrated constants of the event coder, in one place.

Confidence is a score in [0, 1]; downstream it ranks events and the sentence scorer keeps the most
confident event of a sentence, so the numbers encode "which trigger states the sentence's main event".
They were set by hand on the project's own golden sentences (tests/test_events*.py) and then checked,
never fitted, on the PLV development sentences: the ordering verb > nominal, main clause > subordinate,
actor-bearing > bare is what matters; the absolute values were moved in steps of 0.05 until the main
clause verb won in the golden sentences.
"""

from __future__ import annotations

#: Starting confidence of a verbal trigger and of a nominal one (nominals are more often background).
BASE_VERB = 0.55
BASE_NOUN = 0.40
#: A nominal event carried by a support verb ("held talks") is as central as a verb.
BASE_SUPPORTED_NOUN = 0.55
#: Bonus when the event's anchor is the root of its sentence.
ROOT_BONUS = 0.15
#: Penalty per dependency step between the anchor and the root, capped at MAX_DEPTH steps.
DEPTH_PENALTY = 0.04
MAX_DEPTH = 5
#: Bonuses for found arguments.
SOURCE_BONUS = 0.10
TARGET_BONUS = 0.05
#: Penalty for an event the sentence does not assert: the asserted one is the sentence's news.
NONFACTUAL_PENALTY = 0.10
#: Bonus per extra word a multiword pattern matched ("call off" is surer than "call").
SPECIFICITY_BONUS = 0.05
#: Lexicon entries weighted below this are vague words ("help", "send", "leave"): they make an
#: event only with an actor as recipient. Set at the weight given to the vaguest clear-cut words.
VAGUE_WEIGHT = 0.55
#: How far the modality walk climbs from the trigger towards the root.
MAX_PATH_STEPS = 10
#: How many sentences back a pronoun may find its antecedent.
PRONOUN_WINDOW = 2
#: Confidence given to actor mentions the event stage creates for unresolved noun phrases.
NP_ACTOR_CONFIDENCE = 0.5
#: Confidence of a pronoun linked to its most recent person antecedent.
PRONOUN_CONFIDENCE = 0.6
#: Clamp for event confidence.
MIN_CONFIDENCE = 0.05
#: Confidence of an act told only through what was done to its doers (``events/implied.py``).
IMPLIED_CONFIDENCE = 0.5
MAX_CONFIDENCE = 0.99
#: How many sentences back a definite event noun ("the strike", "the accusation") and a generic act
#: noun ("the move") may find the act it refers to, and how far back "the two ministers" / "both
#: sides" may find its parties. Set by hand from news style: a reaction follows the act within a
#: paragraph or two, a generic noun within the next sentence or two.
ACT_ANAPHORA_WINDOW = 8
GENERIC_ACT_WINDOW = 3
GROUP_ANAPHORA_WINDOW = 3
#: How many phrases deep a noun phrase's extent follows its of-phrases, names in apposition and
#: by-phrases ("the head of the office of the UN envoy for Syria"); deeper nesting is a clause's
#: business. Set by hand: news names rarely nest more than three phrases.
NP_NEST_DEPTH = 3
#: How many sentences back the unstated agent of a passive ("twelve people were detained") may be
#: found: as the source of an earlier event, and as an actor merely named. Set by hand from news
#: style: a passive report of arrests or deaths follows the sentence that names the force within a
#: paragraph; a bare mention must be closer, or it is as likely a bystander of another scene.
IMPLICIT_AGENT_WINDOW = 3
AGENT_MENTION_WINDOW = 2
#: PLOVER sectors of armed bodies, and actor kinds that name one person: a trigger with the "forces"
#: role flag ("left the city", "retreated") is a military retreat only when its source is an armed
#: body (troops, rebels, police), not a person travelling or a crowd falling back. From the PLOVER
#: sector codes (MIL, COP, REB, PRM paramilitaries, UAF unidentified armed forces, SPY).
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "PRM", "UAF", "SPY"})
INDIVIDUAL_KINDS = frozenset({"person", "role"})
#: Kinds of an actor without a sector that may still be an armed body ("the final convoy of a Chadian
#: contingent"): a body or group, never a person, a state or an unresolved name.
UNSECTORED_BODY_KINDS = frozenset({"organisation", "group", "demonym"})
#: The mode of crowd-control weapons and tactics, used on a crowd: with no recipient in the clause, the
#: civilian group the sentence names is it ("Police fired tear gas as protesters gathered"). Crowds
#: are civilians, protesters or opposition supporters (PLOVER sectors CVL and OPP).
CROWD_MODE = "crowd-control"
#: The PLOVER mode of talks held through a mediator: the types that have it take the mediator as a
#: target ("negotiating under the mediation of IGAD").
THIRD_PARTY_MODE = "third-party"
#: The type a forceful act stated for later becomes (``future_as`` in plover_types.tsv); a forceful act
#: pledged on a condition becomes it too.
THREAT_TYPE = "THREATEN"
#: Sectors of a crowd: civilians and the opposition, and the farmers, workers and students who march,
#: strike and block roads as crowds too ("protesting farmers blockaded highways").
CROWD_SECTORS = frozenset({"CVL", "OPP", "AGR", "LAB", "EDU"})
#: Type, mode and CAMEO code of the act of a trigger flagged "riot" when a civilian crowd does it
#: (triggers.tsv: "protesters stormed the parliament" is a violent protest, CAMEO 145).
RIOT_CODING = ("PROTEST", "riot", "145")
#: Likewise for a trigger flagged "obstruct": a civilian crowd blockading or barricading protests by
#: obstructing (PLOVER PROTEST obstruct, CAMEO 144: "farmers launched a highway blockade").
OBSTRUCT_CODING = ("PROTEST", "obstruct", "144")
#: The trigger flags that make a civilian crowd's act a protest, each with its coding and how the
#: reason says it.
CROWD_CODINGS = {
    "riot": (RIOT_CODING, "a violent protest"),
    "obstruct": (OBSTRUCT_CODING, "a protest that obstructs"),
}
#: Penn tags of plural nouns: "soldiers" is a unit even where the dictionary files it as a role, and
#: "the presidents of Venezuela and Colombia" are one per country.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: The type of talks whose third party (mediation.tsv) is their target, and the mode it takes
#: (THIRD_PARTY_MODE).
MEDIATED_TYPE = "CONSULT"
