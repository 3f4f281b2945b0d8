"""Every toponym is kept with how it is used: a location, a government, a demonym or part of a name.

Only locations place events; the others are resolved too, so that a reader sees why a named place is
not on the map (GeoWebNews annotates toponyms the same way, with a literal flag).
"""

from __future__ import annotations

from newsevents.model import PlaceMention
from newsevents.resources import Resources
from tests.places_helpers import actor, find, places_of


def uses(places: list[PlaceMention]) -> dict[str, tuple[str, str | None]]:
    return {p.text: (p.use, p.country) for p in places}


def test_demonyms_are_kept_as_demonyms_not_locations(resources: Resources) -> None:
    text = "Russian warplanes and Syrian troops attacked the town, and the Kurds fled north."
    places = places_of(resources, text)
    assert uses(places)["Russian"] == ("demonym", "RUS")
    assert uses(places)["Syrian"] == ("demonym", "SYR")
    kurds = find(places, "Kurds")
    assert kurds.use == "demonym" and kurds.name == "Kurdistan"
    assert not [p for p in places if p.literal]


def test_a_demonym_on_the_ground_it_names_is_a_location(resources: Resources) -> None:
    text = "Shells fell on the Syrian-Turkish border and on Greek islands near the coast."
    places = places_of(resources, text)
    assert uses(places)["Turkish"] == ("location", "TUR")
    assert uses(places)["Greek"] == ("location", "GRC")
    syrian = find(places, "Syrian")
    assert syrian.literal and syrian.country == "SYR" and "border" in (syrian.prov.reason or "")


def test_a_language_is_no_toponym(resources: Resources) -> None:
    text = "The statement, issued in Russian, was translated from Arabic by the agency."
    names = [p.text for p in places_of(resources, text)]
    assert "Russian" not in names and "Arabic" not in names


def test_two_word_demonym_is_one_mention(resources: Resources) -> None:
    text = "South Korean officials met Latin American envoys."
    places = places_of(resources, text)
    assert uses(places)["South Korean"] == ("demonym", "KOR")
    assert find(places, "Latin American").name == "Latin America"
    assert "Korean" not in uses(places)


def test_toponym_inside_an_organisation_name_is_embedded(resources: Resources) -> None:
    text = "Students at Damascus University protested, the Syrian Observatory for Human Rights said."
    places = places_of(resources, text)
    damascus = find(places, "Damascus")
    assert damascus.use == "embedded" and not damascus.literal and damascus.country == "SYR"
    assert find(places, "Syrian").use == "embedded"


def test_a_persons_name_is_not_embedded(resources: Resources) -> None:
    text = "Jordan Henderson scored twice for the visitors on Saturday."
    assert "Jordan" not in [p.text for p in places_of(resources, text)]


def test_capitalised_dateline_is_a_location(resources: Resources) -> None:
    text = "By Jane Doe. BOSTON (Reuters) - A judge on Tuesday blocked the sale of the company."
    boston = find(places_of(resources, text), "BOSTON")
    assert boston.literal and boston.country == "USA" and "dateline" in (boston.prov.reason or "")


def test_country_name_is_the_country_not_a_city_alternate(resources: Resources) -> None:
    # Mexico City's alternate name "Mexico" must not win through the dateline's focus on that city.
    text = "MEXICO CITY (AP) - Mexico's Senate passed the bill on Thursday."
    places = places_of(resources, text)
    assert find(places, "MEXICO CITY").name == "Mexico City"
    mexico = find(places, "Mexico")
    assert mexico.precision == "country" and mexico.country == "MEX"


def test_a_capital_struck_or_shelled_is_the_place_not_its_government(resources: Resources) -> None:
    for text, name in [
        ("On Saturday night, drones struck Kiev.", "Kiev"),
        ("Russian missiles hit Kyiv overnight.", "Kyiv"),
        ("Kyiv was shelled overnight.", "Kyiv"),
        ("Rebels stormed Damascus at dawn.", "Damascus"),
    ]:
        capital = actor(name, text, "capital", "UKR" if name != "Damascus" else "SYR")
        place = find(places_of(resources, text, [capital]), name)
        assert place.use == "location", (text, place.prov.reason)


def test_a_capital_a_government_strikes_stays_that_government(resources: Resources) -> None:
    text = "Beijing hit Washington with new tariffs on Friday."
    actors = [actor("Beijing", text, "capital", "CHN"), actor("Washington", text, "capital", "USA")]
    assert uses(places_of(resources, text, actors)) == {
        "Beijing": ("government", "CHN"),
        "Washington": ("government", "USA"),
    }


def test_a_state_that_acts_is_its_government_a_state_that_is_ground_is_a_location(
    resources: Resources,
) -> None:
    acting = "Tamil Nadu on Saturday moved the Supreme Court, and Texas sued the administration."
    assert uses(places_of(resources, acting)) == {
        "Tamil Nadu": ("government", "IND"),
        "Texas": ("government", "USA"),
    }
    ground = "Farmers in Tamil Nadu protested as Florida saw record rainfall."
    assert uses(places_of(resources, ground)) == {
        "Tamil Nadu": ("location", "IND"),
        "Florida": ("location", "USA"),
    }


def test_a_country_owning_a_facility_or_unit_is_not_where_it_is(resources: Resources) -> None:
    text = (
        "A car bomb struck a checkpoint outside a U.S. airbase near Tikrit on Monday. Gunmen later "
        "attacked a U.S. military convoy, and Iraqi and U.S. troops sealed off the town."
    )
    places = places_of(resources, text)
    owners = [p for p in places if p.country == "USA"]
    assert len(owners) == 3
    assert all(p.use == "demonym" and not p.literal for p in owners)
    assert all("owner of the" in p.prov.reason for p in owners)


def test_a_country_modifying_ground_stays_a_location(resources: Resources) -> None:
    # a border, unlike a base or a convoy, is where the country is
    places = places_of(resources, "Migrants gathered at the U.S. border on Monday.")
    assert uses(places)["U.S."] == ("location", "USA")


def test_a_time_zone_is_a_clock_not_a_place_or_a_government(resources: Resources) -> None:
    text = "About 37 people were detained in Yerevan at 9:00 (10:00 Moscow time), police said."
    found = uses(places_of(resources, text))
    assert found["Moscow"][0] == "embedded", found
    assert found["Yerevan"] == ("location", "ARM"), found


def test_a_country_whose_possessive_names_ground_is_where_it_happens(resources: Resources) -> None:
    text = "Militants stormed a checkpoint in Pakistan's Bajaur district and in Congo's troubled east."
    states = [actor("Pakistan", text, "state", "PAK"), actor("Congo", text, "state", "COD")]
    found = uses(places_of(resources, text, states))
    assert found["Pakistan"] == ("location", "PAK"), found
    assert found["Congo"] == ("location", "COD"), found


def test_a_country_whose_possessive_names_a_body_stays_its_government(resources: Resources) -> None:
    text = "Pakistan's army said it killed 12 militants."
    found = uses(places_of(resources, text, [actor("Pakistan", text, "state", "PAK")]))
    assert found["Pakistan"] == ("government", "PAK"), found


def test_congo_alone_is_the_democratic_republic_as_news_writes_it(resources: Resources) -> None:
    found = uses(places_of(resources, "Fighting spread in eastern Congo on Monday."))
    assert found["Congo"] == ("location", "COD"), found
    found = uses(places_of(resources, "The Republic of Congo closed its border on Monday."))
    assert found["Republic of Congo"][1] == "COG", found
