"""Calibrated constants of the actor stage. Each says how it was set.

Confidences were set by hand on the seed article and on hand-written examples (not on the
development sets): exact dictionary matches are near-certain, each heuristic step lowers them.
"""

from __future__ import annotations

#: Exact, unambiguous dictionary match of a name.
CONF_DICTIONARY = 0.95
#: Dictionary match whose alias is shared by several entries; one was chosen by date or order.
CONF_AMBIGUOUS = 0.7
#: Person matched through the consonant skeleton of a multi-token name (spelling variant).
CONF_FUZZY = 0.75
#: Country or capital judged an actor by its syntactic role (metonymy).
CONF_METONYMY = 0.8
#: Demonym standing for its country ("Israeli incursions").
CONF_DEMONYM = 0.7
#: Role whose holder was looked up by country and publication date ("the US president").
CONF_ROLE_HOLDER = 0.8
#: Role or body with its country from a modifier but no holder ("the Russian army").
CONF_ROLE = 0.8
#: Role or body with no country in reach.
CONF_ROLE_NO_COUNTRY = 0.5
#: Name that spaCy found but the dictionary lacks.
CONF_UNKNOWN = 0.6
#: Later mention linked to an earlier one by surname or definite role ("the minister").
CONF_COREF = 0.7
#: Pronoun linked to the nearest compatible antecedent.
CONF_PRONOUN = 0.55

#: Longest run of adjectives allowed between a country modifier and a role ("Russia's new ... envoy").
MAX_ADJ_GAP = 2
#: Pronouns look back at most this many sentences for an antecedent.
PRONOUN_WINDOW = 3
#: Definite roles ("the minister") look back at most this many sentences.
ROLE_WINDOW = 6
#: An unqualified security body ("the soldiers") looks back at most this many sentences for the force
#: it stands for: news names a force again within a sentence or two, and further back another force
#: (troops sent by neighbours) is as likely. Set by hand on hand-written examples.
DISCOURSE_BODY_WINDOW = 2

#: Sectors whose institutions are domestic, so "police in Kenya" or "authorities in Pakistan" are
#: Kenyan police and Pakistani authorities; troops in a country are not that country's troops.
LOCAL_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
