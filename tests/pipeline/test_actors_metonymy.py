"""Country and capital names: actor when they act or are acted upon, place when locative."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.model import Document

Run = Callable[..., Document]


def kinds_of(doc: Document, name: str) -> list[str | None]:
    start = doc.text.index(name)
    return [m.kind for m in doc.actors if m.start == start]


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        ("Turkey accused Greece of violating its airspace.", "Turkey", True),
        ("Turkey accused Greece of violating its airspace.", "Greece", True),
        ("The ceasefire was brokered by Qatar last week.", "Qatar", True),
        ("Kenya signed a defence pact with Somalia.", "Somalia", True),
        ("Protests against Beijing spread through the city.", "Beijing", True),
        ("Ukraine's request for air defence was approved.", "Ukraine", True),
        ("Seoul and Tokyo agreed to share intelligence.", "Tokyo", True),
        ("The envoy arrived in Cairo late on Tuesday.", "Cairo", False),
        ("Fighting spread across Sudan during the rainy season.", "Sudan", False),
        ("The minister visited Baghdad twice this year.", "Baghdad", False),
        ("Her first visit to Kyiv lasted four hours.", "Kyiv", False),
        ("Refugees fled from Myanmar by boat.", "Myanmar", False),
        ("Drones struck the north of Syria overnight.", "Syria", False),
        ("The new US sanctions hit Iranian banks.", "US", True),
        ("The U.S.-led coalition struck Raqqa on Monday.", "U.S.", True),
        ("The US-led coalition struck Raqqa on Monday.", "US", True),
        ("Pakistan's Bajaur district lies near the border.", "Pakistan", False),
        ("Flights resumed at Damascus airport on Monday.", "Damascus", False),
        ("Troops were deployed to Lebanon after the vote.", "Lebanon", False),
        ("The United Nations sent food aid to Yemen.", "Yemen", True),
        ("Analysts see an informal understanding between Cairo and Riyadh.", "Riyadh", True),
        ("Closer cooperation between Japan and India was agreed.", "India", True),
        ("Ottawa imposed new tariffs on Beijing.", "Beijing", True),
        ("She held talks in Hanoi and Vientiane.", "Vientiane", False),
        # destinations after motion and transfer words
        ("Wheat exports to Egypt doubled last spring.", "Egypt", False),
        ("The airline will fly to Nairobi three times a week.", "Nairobi", False),
        ("The family was facing deportation to Albania.", "Albania", False),
        ("He served two tours on operations to Iraq.", "Iraq", False),
        ("The delegation left for Brussels on Friday morning.", "Brussels", False),
        ("Her brother wants to bring her back to Lebanon.", "Lebanon", False),
        ("The grant went to Ghana after a long review.", "Ghana", False),
        ("Oslo handed the files to Stockholm.", "Stockholm", True),
        ("The minister appealed to Tokyo for restraint.", "Tokyo", True),
        # "from": the giver of support or pressure, otherwise an origin
        ("The plan won cautious backing from Germany last week.", "Germany", True),
        ("Miners need permission from Mongolia to dig there.", "Mongolia", True),
        ("Imports from Vietnam rose sharply.", "Vietnam", False),
        ("The withdrawal from Mali ended in June.", "Mali", False),
        # "between" and "with" after spatial and relational nouns
        ("Ferries between Athens and Rome were cancelled.", "Rome", False),
        ("Ferries between Athens and Rome were cancelled.", "Athens", False),
        ("Guards patrol the border with Venezuela day and night.", "Venezuela", False),
        ("Relations between Ankara and Athens have thawed.", "Ankara", True),
        ("Relations between Ankara and Athens have thawed.", "Athens", True),
        ("An agreement between Peru and Chile was signed.", "Chile", True),
        ("The ministers discussed tensions with Caracas.", "Caracas", True),
        # names given with a place noun
        ("Shelling hit the Libyan capital Tripoli overnight.", "Tripoli", False),
        ("Aid reached the Yemeni capital Sanaa on Monday.", "Sanaa", False),
        ("Fighting resumed around the city of Aleppo.", "Aleppo", False),
        ("Nigeria's economy grew by two percent.", "Nigeria", False),
        ("Nigeria's refusal angered the donors.", "Nigeria", True),
        ("The company still operates out of Cyprus.", "Cyprus", False),
        ("Her long journey took her from Chile to Canada.", "Canada", False),
        ("Chile's unemployment rate fell in May.", "Chile", False),
        ("Chile's refusal to sign surprised the delegates.", "Chile", True),
        # "Town, Country" addresses
        ("The summit took place in Doha, Qatar, on Monday.", "Qatar", False),
        ("The ministers met in Geneva, Switzerland.", "Switzerland", False),
        ("After talks in Lima, Peru agreed to the plan.", "Peru", True),
        ("Britain, France and Germany signed the letter.", "France", True),
        # examples take the role of the noun they illustrate
        ("Workers moved to countries such as Canada and Australia.", "Canada", False),
        ("Several countries, including Norway, condemned the strike.", "Norway", True),
    ],
)
def test_metonymy(run_stages: Run, text: str, name: str, actor: bool) -> None:
    doc = run_stages(text, stages=["nlp", "actors"])
    kinds = kinds_of(doc, name)
    if actor:
        assert kinds and kinds[0] in ("state", "capital"), (text, [(m.text, m.kind) for m in doc.actors])
        assert all(m.sector == "GOV" for m in doc.actors if m.text == name)
    else:
        assert kinds == [], (text, [(m.text, m.kind, m.prov.reason) for m in doc.actors])


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        ("LIMA, Peru – Protesters blocked roads near the airport on Sunday.", "LIMA", False),
        ("LIMA, Peru – Protesters blocked roads near the airport on Sunday.", "Peru", False),
        ("ROME, May 4 — Italy said it would reopen its ports.", "ROME", False),
        ("ROME, May 4 — Italy said it would reopen its ports.", "Italy", True),
        ("Nairobi (AFP) – Kenya recalled its envoy from Kampala.", "Nairobi", False),
        ("Nairobi (AFP) – Kenya recalled its envoy from Kampala.", "Kenya", True),
        ("Photo by a staff writer. CAIRO, Egypt – Egypt reopened the crossing.", "CAIRO", False),
        ("Report by our correspondent.\n\nBerlin: The chancellor spoke on Monday.", "Berlin", False),
        ("By MADRID, Spain, June 2 – Spain expelled two diplomats.", "MADRID", False),
        ("The talks between Seoul and the DPRK-Japan panel went on.", "Seoul", True),
        ("Berlin, Paris and Rome agreed on a common position.", "Paris", True),
        ("Russia – a close ally of Serbia – blocked the resolution.", "Russia", True),
        ("An earlier note.\nMoscow warned Kyiv against new strikes.", "Moscow", True),
    ],
)
def test_dateline(run_stages: Run, text: str, name: str, actor: bool) -> None:
    test_metonymy(run_stages, text, name, actor)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Trump praised Syria during a White House meeting with President Ahmed al-Sharaa.",
            "White House",
            "USA",
        ),
        ("A Kremlin statement said the talks had been useful.", "Kremlin", "RUS"),
    ],
)
def test_seat_of_government_modifying_a_meeting_is_its_host(
    run_stages: Callable[..., Document], text: str, name: str, country: str
) -> None:
    doc = run_stages(text, stages=["nlp", "actors"])
    hosts = [a for a in doc.actors if name in a.text]
    assert hosts and hosts[0].country == country and hosts[0].sector == "GOV"


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        ("Cargo ships crossed the Indian Ocean towards Mombasa.", "Indian", False),
        ("Tankers waited in the Persian Gulf for a week.", "Persian", False),
        ("Indian troops patrolled the coast after the storm.", "Indian", True),
        ("The Indian navy sailed into the Arabian Sea.", "Indian", True),
    ],
)  # fmt: skip
def test_a_demonym_inside_a_feature_name_is_no_actor(
    run_stages: Run, text: str, name: str, actor: bool
) -> None:
    doc = run_stages(text, stages=["nlp", "actors"])
    assert bool(kinds_of(doc, name)) is actor, [(m.text, m.kind) for m in doc.actors]
