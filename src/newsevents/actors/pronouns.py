"""English personal pronouns, what each may stand for, and the agreement rule of antecedents.

The table is data (``knowledge/actors/pronouns.tsv``); the actors, events and quotes stages read it
once through ``Resources`` and choose the pronouns they handle from it by referent and form.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from newsevents.errors import NewsEventsError
from newsevents.knowledge import packaged, read_tsv

PRONOUN_FILE = "actors/pronouns.tsv"
REFERENTS = ("male", "female", "plural", "thing", "speaker")
FORMS = ("subject", "object", "possessive", "independent", "reflexive")
#: Third-person referents: what the stages resolve to an earlier actor.
PERSONAL = ("male", "female")
GROUPS = ("plural", "thing")
#: Referents of more than one ("they"), whoever they are.
PLURAL = ("plural",)
#: Forms that stand for a participant or its owner; "hers", "themselves" are left alone.
ARGUMENT_FORMS = ("subject", "object", "possessive")


@dataclass(frozen=True, slots=True)
class Pronouns:
    #: pronoun → referent (one of ``REFERENTS``)
    referent: Mapping[str, str]
    #: pronoun → its forms (of ``FORMS``)
    forms: Mapping[str, frozenset[str]]

    def select(self, referents: Collection[str], forms: Collection[str] = FORMS) -> frozenset[str]:
        """The pronouns of any of ``referents`` in any of ``forms``."""
        return frozenset(
            word for word, ref in self.referent.items() if ref in referents and self.forms[word] & set(forms)
        )

    def agrees(self, word: str, *, personal: bool, group: bool, gender: str | None = None) -> bool:
        """Whether pronoun ``word`` (lower case) can refer to a candidate that is a single person
        (``personal``) of ``gender`` ("m", "f" or unknown), or a plural actor or group (``group``):
        he/him take a person not known to be female, she/her one not known to be male, any other
        pronoun a plural actor or group."""
        referent = self.referent.get(word)
        if referent == "male":
            return personal and gender != "f"
        if referent == "female":
            return personal and gender != "m"
        return group


def load_pronouns() -> Pronouns:
    """The packaged pronoun table."""
    path = packaged(PRONOUN_FILE)
    referent: dict[str, str] = {}
    forms: dict[str, frozenset[str]] = {}
    for row in read_tsv(path, ("pronoun", "referent", "forms")):
        word, these = row["pronoun"].lower(), frozenset(row["forms"].split("|"))
        if row["referent"] not in REFERENTS or not these or not these <= set(FORMS):
            raise NewsEventsError("E205", path=path, detail=f"bad referent or forms of {word!r}")
        referent[word], forms[word] = row["referent"], these
    return Pronouns(referent, forms)
