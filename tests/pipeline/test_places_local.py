"""Local and regional news: US counties, state abbreviations, namesake towns of capitals, unions of
states, split compound names and seas. Sentences written for these tests."""

from __future__ import annotations

from newsevents.model import PlaceMention
from newsevents.places.disambiguate import distance_km
from newsevents.resources import Resources
from tests.places_helpers import actor, find, places_of


def near(place: PlaceMention, lat: float, lon: float, km: float) -> bool:
    assert place.lat is not None and place.lon is not None
    return distance_km(place.lat, place.lon, lat, lon) <= km


def test_a_county_is_a_second_level_division_placed_at_the_articles_town(resources: Resources) -> None:
    text = (
        "Sheriff's deputies in Kanawha County searched the riverbank near Charleston, W.Va., on "
        "Monday after a boat overturned."
    )
    places = places_of(resources, text)
    county = find(places, "Kanawha County")
    assert (county.precision, county.country, county.admin1) == ("admin2", "USA", "WV")
    charleston = find(places, "Charleston")
    assert (county.lat, county.lon) == (charleston.lat, charleston.lon)
    assert "no point of its own" in (county.prov.reason or "")
    assert county.prov.confidence <= 0.5  # the point is a stand-in
    # not "Kanawha" the word read as some town elsewhere
    assert not [p for p in places if p.text == "Kanawha"]


def test_a_county_alone_stands_at_a_town_of_its_name_or_its_state(resources: Resources) -> None:
    places = places_of(resources, "Voters in Cuyahoga County approved the health levy on Tuesday.")
    county = find(places, "Cuyahoga County")
    assert (county.precision, county.admin1) == ("admin2", "OH")
    assert near(county, 40.25, -82.75, 1.0)  # Ohio's point: no town of that name
    assert "its state's point" in (county.prov.reason or "")


def test_a_county_name_inside_an_office_is_kept_as_embedded(resources: Resources) -> None:
    text = "The Tarrant County Medical Examiner identified the driver, police in Fort Worth said."
    county = find(places_of(resources, text), "Tarrant County")
    assert county.use == "embedded" and county.admin1 == "TX"


def test_same_named_counties_follow_the_articles_state(resources: Resources) -> None:
    text = "A fire destroyed a barn in Madison County, and crews from Huntsville, Ala., helped."
    county = find(places_of(resources, text), "Madison County")
    assert county.admin1 == "AL"


def test_a_capital_read_as_a_government_is_the_namesake_town_in_a_local_story(resources: Resources) -> None:
    text = (
        "PARIS, Tenn. - The Paris police arrested a man on Tuesday after a chase through Henry "
        "County. Officers said the man had fled from Murray, Ky., earlier in the day."
    )
    # the actor dictionary reads "Paris" as France's government
    actors = [actor("Paris", text, "capital", "FRA", actor_id="FRA.GOV.paris")]
    places = places_of(resources, text, actors)
    paris = [p for p in places if p.text == "Paris"]
    assert paris and all(p.country == "USA" and p.admin1 == "TN" for p in paris)
    assert all(p.use != "government" for p in paris)


def test_a_capital_read_as_a_government_stays_one_in_foreign_news(resources: Resources) -> None:
    text = "Paris and Berlin agreed on Friday to send more aid, French and German officials said."
    actors = [
        actor("Paris", text, "capital", "FRA", actor_id="FRA.GOV.paris"),
        actor("Berlin", text, "capital", "DEU", actor_id="DEU.GOV.berlin"),
    ]
    places = places_of(resources, text, actors)
    paris = find(places, "Paris")
    assert (paris.use, paris.country) == ("government", "FRA")
    assert find(places, "Berlin").country == "DEU"


def test_the_eu_is_the_union_not_a_french_town(resources: Resources) -> None:
    text = "The EU said on Monday that it would extend the sanctions for six months."
    actors = [actor("EU", text, "organisation", "IGO", actor_id="IGO.eu")]
    eu = find(places_of(resources, text, actors), "EU")
    assert eu.name == "European Union" and eu.country is None
    assert eu.use == "government" and not eu.literal


def test_a_compound_name_the_parser_split_is_one_place(resources: Resources) -> None:
    text = "Police in Jammu and Kashmir detained three men near Srinagar on Sunday."
    places = places_of(resources, text)
    whole = find(places, "Jammu and Kashmir")
    assert whole.country == "IND" and whole.precision == "admin1"
    assert not [p for p in places if p.text in ("Jammu", "Kashmir")]


def test_a_town_before_a_state_abbreviation_is_a_place(resources: Resources) -> None:
    text = "The Greer, S.C., company said the plant would stay open through the summer."
    greer = find(places_of(resources, text), "Greer")
    assert (greer.country, greer.admin1, greer.use) == ("USA", "SC", "location")


def test_a_surname_before_a_comma_is_not_made_a_place(resources: Resources) -> None:
    text = "The company hired Greer, a former banker, to run the plant."
    assert not [p for p in places_of(resources, text) if p.text == "Greer"]


def test_seas_rivers_and_shoals_have_points(resources: Resources) -> None:
    text = (
        "Warships fired missiles from the Caspian Sea, coast guard vessels blocked boats at "
        "Scarborough Shoal, and shelling was reported along the Litani River."
    )
    places = places_of(resources, text)
    assert near(find(places, "Caspian Sea"), 42.0, 50.5, 300)
    assert near(find(places, "Scarborough Shoal"), 15.15, 117.76, 50)
    litani = find(places, "Litani River")
    assert litani.country == "LBN" and near(litani, 33.4, 35.5, 60)


def test_demonyms_of_regions_and_breakaway_territories(resources: Resources) -> None:
    text = "South Ossetian officials and Abkhaz militia met West African envoys in the capital."
    places = places_of(resources, text)
    assert find(places, "South Ossetian").name == "South Ossetia"
    assert find(places, "Abkhaz").name == "Abkhazia"
    west = find(places, "West African")
    assert west.name == "West Africa" and west.use == "demonym"


def test_a_town_modifying_a_local_noun_is_a_place(resources: Resources) -> None:
    text = (
        "A Berea man was charged with robbery on Friday near Lexington. The arrest was made by "
        "Berea police, who said Task Force officers and the Smith family helped."
    )
    places = places_of(resources, text)
    berea = [p for p in places if p.text == "Berea"]
    assert len(berea) == 2 and all(p.admin1 == "KY" and p.use == "location" for p in berea)
    names = {p.text for p in places}
    assert "Force" not in names and "Smith" not in names  # a name's last word, a surname


def test_a_dotted_state_abbreviation_is_the_state(resources: Resources) -> None:
    text = "The storm moved from Wichita, Kan., into farm towns across Kan. on Sunday."
    abbrevs = [p for p in places_of(resources, text) if p.text == "Kan."]
    assert abbrevs and all((p.name, p.precision) == ("Kansas", "admin1") for p in abbrevs)
