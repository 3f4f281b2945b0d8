"""The places stage on sentences written for these tests: recognition, resolution, disambiguation."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import NewsEventsError
from newsevents.resources import Resources
from tests.places_helpers import actor, find, places_of

pytestmark = pytest.mark.slow


def test_damascus_in_a_syria_story_is_the_syrian_capital(resources: Resources) -> None:
    text = "Fighting resumed in Syria on Monday. Residents of Damascus said shells hit the old city."
    damascus = find(places_of(resources, text), "Damascus")
    assert damascus.country == "SYR"
    assert damascus.precision == "city"
    assert damascus.lat is not None and abs(damascus.lat - 33.5) < 0.2
    assert damascus.prov.reason


def test_alexandria_follows_the_article_country(resources: Resources) -> None:
    egypt = "Egypt's economy grew. Dock workers in Alexandria went on strike over pay in Egypt's ports."
    assert find(places_of(resources, egypt), "Alexandria").country == "EGY"
    virginia = "The council met in Alexandria, Va., on Tuesday to discuss school budgets."
    places = places_of(resources, virginia)
    alexandria = find(places, "Alexandria")
    assert alexandria.country == "USA" and alexandria.admin1 == "VA"
    assert find(places, "Va.").precision == "admin1"


def test_paris_texas_versus_paris_france(resources: Resources) -> None:
    texas = "A tornado damaged homes in Paris, Texas, late on Sunday."
    paris = find(places_of(resources, texas), "Paris")
    assert paris.country == "USA" and paris.admin1 == "TX"
    france = "French unions marched through Paris as strikes spread across France."
    assert find(places_of(resources, france), "Paris").country == "FRA"


@pytest.mark.parametrize(
    ("spelling", "country", "lat"),
    [("Deraa", "SYR", 32.6), ("Dar'a", "SYR", 32.6), ("Sweida", "SYR", 32.7), ("Kiev", "UKR", 50.45)],
)
def test_transliteration_variants(resources: Resources, spelling: str, country: str, lat: float) -> None:
    text = f"Protesters gathered in {spelling} on Friday, witnesses said."
    place = find(places_of(resources, text), spelling)
    assert place.country == country
    assert place.lat is not None and abs(place.lat - lat) < 0.3


@pytest.mark.parametrize(
    ("text", "spelling"),
    [
        # the model tags it ORG in this context; a curated spelling, object of an attack
        ("Troops shelled Deraa on Sunday, a day after rebels attacked Kuneitra.", "Kuneitra"),
        # the model tags it PERSON; the article starts the name in lower case
        ("Fighting also hit Sweida and al-Qunaytirah last week.", "al-Qunaytirah"),
        # the parser reads the article "As" as a preposition
        ("Earlier this month, troops entered As-Suwayda.", "As-Suwayda"),
        ("Clashes broke out near Qunaitra and in Deir Ezzor.", "Deir Ezzor"),
    ],
)
def test_news_spellings_in_any_syntax(resources: Resources, text: str, spelling: str) -> None:
    place = find(places_of(resources, text), spelling)
    assert place.country == "SYR" and place.use == "location" and place.geonameid is not None


def test_without_place_syntax_a_spelling_of_a_small_town_is_no_place(resources: Resources) -> None:
    # "Suwaida" is a curated spelling, but a surname in this sentence; nothing places it
    places = places_of(resources, "Ahmed Suwaida told reporters the plan was sound.")
    assert all(p.text != "Suwaida" for p in places)


def test_user_spellings_from_config(resources: Resources, tmp_path: Path) -> None:
    path = tmp_path / "spellings.tsv"
    path.write_text("country\tname\tvariants\nSYR\tHoms\tHumsville\n")
    text = "Artillery pounded the outskirts of Humsville overnight."
    place = find(places_of(resources, text, gazetteer={"extra_spellings": [str(path)]}), "Humsville")
    assert place.country == "SYR" and place.name == "Homs"


def test_spelling_of_an_unknown_place_is_e205(tmp_path: Path) -> None:
    path = tmp_path / "spellings.tsv"
    path.write_text("country\tname\tvariants\nSYR\tNowhere-on-Orontes\tNowhere\n")
    with pytest.raises(NewsEventsError) as err:
        places_of(
            Resources(nlp=_shared_nlp()), "Rain fell in Oslo.", gazetteer={"extra_spellings": [str(path)]}
        )
    assert err.value.code == "E205" and "Nowhere-on-Orontes" in str(err.value)


def test_names_the_model_mislabels_are_found_by_the_gazetteer(resources: Resources) -> None:
    text = "Syrian officials toured the provinces of Daraa, Quneitra and Suweida last week."
    places = places_of(resources, text)
    for name in ("Daraa", "Quneitra", "Suweida"):
        assert find(places, name).country == "SYR"
    syrian = find(places, "Syrian")
    assert syrian.use == "demonym" and not syrian.literal and syrian.country == "SYR"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the small model tags Togo NORP here, Niger DATE and Malawi (a visit's object) PERSON
        (
            "The Ghanaian foreign minister on Monday evening arrived in Togo for a two-day visit.",
            "Togo",
            "TGO",
        ),
        (
            "Leaders want to restore constitutional rule in Niger. Of the 15 members, four sent troops.",
            "Niger",
            "NER",
        ),
        ("The Brazilian president visited Malawi on Tuesday.", "Malawi", "MWI"),
    ],
)
def test_a_country_is_a_place_whatever_label_the_model_gives_it(
    resources: Resources, text: str, name: str, country: str
) -> None:
    place = find(places_of(resources, text), name)
    assert place.literal and place.country == country


def test_a_capital_tagged_person_after_a_compass_word_is_a_place(resources: Resources) -> None:
    # the small model tags "Sanaa" PERSON here
    text = "Gunmen attacked a checkpoint in the Arhab district, north of Sanaa, the agency reported."
    sanaa = find(places_of(resources, text), "Sanaa")
    assert sanaa.literal and sanaa.country == "YEM" and "north of" in (sanaa.prov.reason or "")


def test_a_list_of_countries_the_model_tags_as_one_organisation_is_the_countries(
    resources: Resources,
) -> None:
    text = "The mission was later expanded to include Chad, Niger, Burkina Faso and Mauritania."
    places = places_of(resources, text)
    for name, country in (("Chad", "TCD"), ("Niger", "NER"), ("Burkina Faso", "BFA"), ("Mauritania", "MRT")):
        place = find(places, name)
        assert place.literal and place.country == country


def test_peoples_names_days_persons_and_longer_names_keep_the_models_reading(resources: Resources) -> None:
    text = (
        "Christian and Muslim leaders met on Monday. Scouts visited Jordan Henderson in May. "
        "The Niger Delta Development Commission signed a deal."
    )
    places = places_of(resources, text)
    assert not {"Christian", "Muslim", "Monday", "Jordan", "May"} & {p.text for p in places}
    assert find(places, "Niger").use == "embedded"


def test_regions_file(resources: Resources) -> None:
    text = "Israel has held the occupied Golan since 1967, while the Gaza Strip remains under blockade."
    places = places_of(resources, text)
    golan = next(p for p in places if "Golan" in p.text)
    assert golan.name == "Golan Heights" and golan.country == "SYR" and golan.precision == "region"
    assert find(places, "Gaza Strip").country == "PSE"


def test_metonymic_capitals_are_not_places(resources: Resources) -> None:
    text = "It is assumed that Moscow informed Tel Aviv of the plan. Earlier, talks were held in Moscow."
    actors = [actor("Moscow", text, "capital", "RUS"), actor("Tel Aviv", text, "capital", "ISR")]
    places = places_of(resources, text, actors)
    literal = [p for p in places if p.literal]
    assert [p.text for p in literal] == ["Moscow"], "only the Moscow of the second sentence is a location"
    assert literal[0].start == text.rindex("Moscow") and literal[0].country == "RUS"
    governments = [(p.text, p.use, p.country) for p in places if not p.literal]
    assert governments == [("Moscow", "government", "RUS"), ("Tel Aviv", "government", "ISR")]


def test_unidentified_actor_does_not_hide_a_place(resources: Resources) -> None:
    # The actors stage records the model's ORG/PERSON names it cannot identify; such a mention must
    # not stop the gazetteer from finding the place, but an identified actor does.
    text = "Syrian officials toured the provinces of Daraa, Quneitra and Suweida last week."
    actors = [
        actor("Daraa", text, "organisation", None),
        actor("Quneitra", text, "person", "SYR", actor_id="SYR.person.test"),
    ]
    names = {p.text for p in places_of(resources, text, actors)}
    assert "Daraa" in names
    assert "Quneitra" not in names


def test_street_is_placed_in_the_articles_city(resources: Resources) -> None:
    text = (
        "Police in Houston, Texas, closed Westheimer Road after a water main burst. "
        "Traffic in Houston was diverted for hours."
    )
    places = places_of(resources, text)
    road = find(places, "Westheimer Road")  # not in the gazetteer: placed in the article's city
    assert road.country == "USA" and road.admin1 == "TX" and road.precision == "city"
    assert "facility" in (road.prov.reason or "") and road.prov.confidence < 0.5
    assert find(places, "Houston").admin1 == "TX"


def test_user_gazetteer_from_config(resources: Resources, tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(
        "name\tvariants\tlat\tlon\tcountry\tprecision\nZubara Basin\tZubara\t25.9\t51.0\tQAT\tregion\n"
    )
    text = "Drilling began in the Zubara Basin this spring."
    place = find(places_of(resources, text, gazetteer={"extra_gazetteers": [str(path)]}), "Zubara Basin")
    assert place.country == "QAT" and place.precision == "region" and place.lat == 25.9


@pytest.mark.parametrize(
    "body",
    [
        "name\tlat\tlon\nSomewhere\tnorth\t51.0\n",
        "name\tlat\tlon\tprecision\nSomewhere\t10\t20\tvillage\n",
        "name\tlat\nSomewhere\t10\n",
        "name\tlat\tlon\nSomewhere\t95\t20\n",
    ],
)
def test_malformed_user_gazetteer_is_e205(tmp_path: Path, body: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(body)
    with pytest.raises(NewsEventsError) as err:
        places_of(
            Resources(nlp=_shared_nlp()), "Rain fell in Oslo.", gazetteer={"extra_gazetteers": [str(path)]}
        )
    assert err.value.code == "E205" and "bad.tsv" in str(err.value)


def _shared_nlp() -> object:
    from newsevents.nlp.spacy_model import load_model

    global _NLP
    if _NLP is None:
        _NLP = load_model()
    return _NLP


_NLP: object | None = None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen attacked a convoy in eastern Nangarhar province on Monday.", "Nangarhar", "AFG"),
        ("Fighting displaced thousands in North Kivu.", "North Kivu", "COD"),
        ("Militants struck a checkpoint in Salahuddin.", "Salahuddin", "IRQ"),
        ("Aid reached camps in North Darfur.", "North Darfur", "SDN"),
    ],
)
def test_first_level_divisions_of_conflict_news(
    resources: Resources, text: str, name: str, country: str
) -> None:
    place = find(places_of(resources, text), name)
    assert place.country == country and place.precision == "admin1" and place.use == "location"
