"""Context rules of disambiguation, each settled both ways by sentences written for these tests:
a named province pulls its own towns, a state's cities pull the state's name, an actor that is a place
name does not vote for that name, and a dateline votes for the country the story was filed in."""

from __future__ import annotations

import pytest

from newsevents.places.gazetteer import Gazetteer
from newsevents.places.gazetteer_file import cached_gazetteer
from newsevents.resources import Resources
from tests.places_helpers import actor, find, places_of

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return cached_gazetteer([], [])


def test_shipped_provinces_carry_the_admin1_code_of_their_towns(gaz: Gazetteer) -> None:
    sindh = next(c.place for c in gaz.lookup("Sindh") if c.place.precision == "admin1")
    karachi = max((c.place for c in gaz.lookup("Karachi")), key=lambda p: p.population)
    assert sindh.admin1 is not None and sindh.admin1 == karachi.admin1
    punjab_town = max((c.place for c in gaz.lookup("Lahore")), key=lambda p: p.population)
    assert sindh.admin1 != punjab_town.admin1


def test_named_province_pulls_its_own_town(resources: Resources) -> None:
    sindh = (
        "Farmers across Sindh say the canals have run dry. In Hyderabad, growers blocked a highway and "
        "blamed India, saying India's dams upstream had cut the flow that Sindh depends on."
    )
    india = [actor("India", sindh, "STATE", "IND"), actor("India", sindh, "STATE", "IND", nth=1)]
    # India takes as many votes as Pakistan here; the province named twice decides.
    assert find(places_of(resources, sindh, india), "Hyderabad").country == "PAK"
    telangana = (
        "Telangana announced new metro lines on Monday. Commuters in Hyderabad welcomed the plan, "
        "which Telangana officials said would open next year."
    )
    assert find(places_of(resources, telangana), "Hyderabad").country == "IND"


def test_state_named_with_its_cities_is_the_state(resources: Resources) -> None:
    us = (
        "Volunteers in Atlanta and Savannah handed out water on Saturday. Officials said the storm "
        "was the worst to hit Georgia in a decade, and Georgia asked for federal aid."
    )
    # The actor stage may read the second "Georgia" as the country's government; the state's cities
    # outweigh that guess.
    guess = [actor("Georgia", us, "STATE", "GEO", nth=1)]
    georgia = find(places_of(resources, us, guess), "Georgia")
    assert georgia.country == "USA" and georgia.admin1 == "GA"
    caucasus = (
        "Protesters filled the streets of Tbilisi and Batumi on Saturday. Officials said the protests "
        "were the largest Georgia had seen in a decade."
    )
    assert find(places_of(resources, caucasus), "Georgia").country == "GEO"


def test_actor_that_is_a_place_name_does_not_vote_for_it(resources: Resources) -> None:
    text = (
        "Clashes broke out overnight in Tripoli, north of Beirut, as Lebanon's army deployed troops. "
        "Residents of Tripoli said the fighting lasted until dawn, and Tripoli called for calm."
    )
    # The actor stage's guess at the governing "Tripoli" (Libya's capital) must not drag the city abroad.
    actors = [actor("Tripoli", text, "GOV", "LBY", nth=2), actor("Lebanon", text, "STATE", "LBN")]
    assert find(places_of(resources, text, actors), "Tripoli").country == "LBN"
    libya = (
        "Militias clashed overnight in Tripoli as Libya's rival governments traded blame. Residents "
        "of Tripoli said the fighting near the airport lasted until dawn."
    )
    assert (
        find(places_of(resources, libya, [actor("Libya", libya, "STATE", "LBY")]), "Tripoli").country == "LBY"
    )


def test_dateline_votes_for_the_country_of_filing(resources: Resources) -> None:
    beirut = (
        "BEIRUT (Reuters) — A drone struck a car near Tripoli on Sunday, Israeli officials said, "
        "and Israeli media reported two dead. The Israeli army and Israeli police declined to comment."
    )
    others = [
        actor("Israeli", beirut, "STATE", "ISR"),
        actor("Israeli", beirut, "STATE", "ISR", nth=1),
        actor("Israeli", beirut, "MIL", "ISR", nth=2),
        actor("Israeli", beirut, "POLICE", "ISR", nth=3),
    ]
    places = places_of(resources, beirut, others)
    assert find(places, "BEIRUT").country == "LBN"
    assert find(places, "Tripoli").country == "LBN"
    cairo = "CAIRO (Reuters) — A drone struck a car near Tripoli on Sunday, security sources said."
    assert find(places_of(resources, cairo), "Tripoli").country == "LBY"


def test_country_name_keeps_its_actors_votes_in_a_local_story(resources: Resources) -> None:
    text = (
        "Farmers in Austin and Houston said sales to China had collapsed. Texas growers want China to "
        "resume soybean purchases before the harvest."
    )
    china = [actor("China", text, "STATE", "CHN"), actor("China", text, "STATE", "CHN", nth=1)]
    assert find(places_of(resources, text, china), "China").country == "CHN"


def test_city_keeps_its_own_division_focus_against_the_division(resources: Resources) -> None:
    text = "Commuters in Brooklyn and Queens faced delays as New York subway workers went on strike."
    new_york = find(places_of(resources, text), "New York")
    assert new_york.precision == "city" and new_york.admin1 == "NY"


def test_capital_after_a_locative_preposition_is_a_place(resources: Resources) -> None:
    text = (
        "The minister flew to Brussels on Monday, and the convoy stopped 40 miles southwest of Athens "
        "before reaching a camp on the outskirts of Vienna."
    )
    actors = [
        actor("Brussels", text, "capital", "BEL"),
        actor("Athens", text, "capital", "GRC"),
        actor("Vienna", text, "capital", "AUT"),
    ]
    places = places_of(resources, text, actors)
    assert find(places, "Brussels").country == "BEL"
    assert find(places, "Athens").country == "GRC"
    assert find(places, "Vienna").country == "AUT"
    said = "Brussels warned Moscow on Monday that new sanctions were ready."
    brussels = find(places_of(resources, said, [actor("Brussels", said, "capital", "BEL")]), "Brussels")
    assert brussels.use == "government" and not brussels.literal and brussels.country == "BEL"


def test_a_town_qualified_by_a_named_region_is_not_a_namesake_abroad(resources: Resources) -> None:
    text = (
        "Two fighter jets bombed a village in the south of Kani Township, Sagaing Region, before "
        "ground troops raided the settlement."
    )
    kani = find(places_of(resources, text), "Kani Township")
    assert kani.country == "MMR"
    assert "Sagaing Region" in kani.prov.reason


def test_a_list_of_places_is_no_qualifier(resources: Resources) -> None:
    text = "Delegates flew in from Kani, Sagaing Region and Osaka for the talks."
    assert find(places_of(resources, text), "Kani").country != "MMR"


def test_a_country_opening_the_next_clause_is_no_qualifier(resources: Resources) -> None:
    text = "In Springfield, Canada's envoy met the mayor on Monday."
    assert find(places_of(resources, text), "Springfield").country == "USA"


def test_a_town_placed_by_its_region_keeps_that_place_when_named_again_bare(
    resources: Resources,
) -> None:
    text = (
        "Jets bombed a village in Kani Township, Sagaing Region, on Wednesday. Since May, more than "
        "13,000 Kani residents have fled their homes."
    )
    places = places_of(resources, text)
    bare = [p for p in places if p.text == "Kani"]
    assert bare and all(p.country == "MMR" for p in bare)
    assert all("placed by the area named after it" in p.prov.reason for p in bare)


def test_a_bare_town_with_no_qualified_mention_keeps_its_own_reading(resources: Resources) -> None:
    text = "More than 13,000 Kani residents attended the festival in Gifu Prefecture."
    assert find(places_of(resources, text), "Kani").country == "JPN"
