"""Page furniture: the headlines a page lists (after a "Related" line, or as a run of headline-shaped
lines once the article has begun) and captions with a photo credit are found as lines, each with its
reason; the article's own title, standfirst, paragraphs and subheadings are not. Lines written for
these tests."""

from __future__ import annotations

from newsevents.events.furniture import Furniture, furniture_lines
from newsevents.events.lexicon import load_lexicon

WORDS = load_lexicon().furniture

LEDE = "Police arrested 12 protesters in the capital on Friday after a march turned violent.\n\n"


def found(text: str) -> list[Furniture]:
    return furniture_lines(text, WORDS)


def lines_of(text: str) -> list[str]:
    return [text[f.start : f.end] for f in found(text)]


def test_headlines_listed_after_a_related_line_are_furniture() -> None:
    text = (
        "The minister resigned on Monday.\n"
        "Related Stories\n"
        "Parliament Votes to Dissolve Cabinet, Sources Say\n"
        "Opposition Leader Returns From Exile\n"
    )
    lines = lines_of(text)
    assert "Parliament Votes to Dissolve Cabinet, Sources Say" in lines
    assert "Opposition Leader Returns From Exile" in lines
    assert "The minister resigned on Monday." not in lines


def test_a_sentence_after_the_list_ends_it() -> None:
    text = (
        "Read more:\n\nTroops Enter Border Town\n\nPolice arrested 12 protesters in the capital on Friday.\n"
    )
    lines = lines_of(text)
    assert "Troops Enter Border Town" in lines
    assert "Police arrested 12 protesters in the capital on Friday." not in lines


def test_a_headline_on_the_openers_own_line_is_furniture() -> None:
    text = LEDE + "SEE ALSO: Former leader says he may not return from exile\n" + LEDE
    assert lines_of(text) == ["SEE ALSO: Former leader says he may not return from exile"]


def test_a_caption_ending_in_a_photo_credit_is_furniture() -> None:
    text = (
        "Protesters march towards parliament in the capital [Jane Roe/AFP]\n"
        "Protesters marched towards parliament (the third march this month).\n"
    )
    assert lines_of(text) == ["Protesters march towards parliament in the capital [Jane Roe/AFP]"]
    assert found(text)[0].caption


def test_credits_after_the_captions_last_full_stop_are_found() -> None:
    captions = [
        "Riot police fire tear gas at protesters in the capital on Sunday. Jane Roe /AFP",
        "Supporters cheer as the convoy passes in the capital on May 2. REUTERS/Jane Roe",
        "The envoy speaks to reporters after the talks. Picture: Jane Roe",
        "The two ministers exchange the agreement after their talks. (Photo: Xinhua)",
        "The minister arrives for the meeting in the capital. (AP Photo/Jane Roe)AP",
    ]
    for caption in captions:
        assert [f.caption for f in found(caption + "\n")] == [True], caption


def test_a_copy_of_a_caption_without_its_credit_is_a_caption_too() -> None:
    text = (
        "File picture of rescuers searching a building destroyed in an air strike\n\n"
        "File picture of rescuers searching a building destroyed in an air strike | Photo Credit: AP\n\n"
        + LEDE
    )
    reasons = [f.reason for f in found(text)]
    assert reasons == ["a copy of a photo caption", "a photo caption ending in a credit"]
    assert all(f.caption for f in found(text))


def test_a_wire_sign_off_and_a_slash_in_prose_are_no_credit() -> None:
    text = (
        "Troops were stationed nearby but did not respond, residents said. (AFP)\n"
        "The council voted 12/3 in favour of the motion on Monday.\n"
        "The vote follows weeks of talks, said Jane Roe, a spokeswoman for the Labour/Green alliance.\n"
    )
    assert lines_of(text) == []


def test_a_run_of_headlines_after_the_first_paragraph_is_a_list_of_other_stories() -> None:
    text = (
        LEDE + "Rebels seize border town after heavy fighting\n\n"
        "Army chief denies talks with opposition\n\n"
        "The government said the march had not been authorised by the city council.\n"
    )
    listed = ["Rebels seize border town after heavy fighting", "Army chief denies talks with opposition"]
    assert lines_of(text) == listed
    assert {f.reason for f in found(text)} == {"one of a run of headlines of other stories"}


def test_running_times_between_listed_videos_do_not_break_the_run() -> None:
    text = LEDE + "01:00\nPresident Wins Second Term\n02:14\nOpposition leader rejects early count\n"
    assert lines_of(text) == ["President Wins Second Term", "Opposition leader rejects early count"]


def test_a_teaser_between_listed_headlines_is_furniture() -> None:
    text = (
        LEDE + "How border war began\n\nHow border war began\n\n"
        "Ten years on, we look back at the fighting that split the region.\n\n"
        "Inside rebel training camps\n\nInside rebel training camps\n"
    )
    assert "Ten years on, we look back at the fighting that split the region." in lines_of(text)


def test_a_photo_gallery_written_with_articles_is_no_list_of_headlines() -> None:
    text = (
        LEDE + "Protesters gather inside the compound of the palace\n\n"
        "Police use a water cannon to disperse the crowd outside the gates\n"
    )
    assert lines_of(text) == []


def test_one_subheading_is_no_list() -> None:
    text = LEDE + "Talks stall\n\nThe two sides failed to agree on a date for new elections.\n"
    assert lines_of(text) == []


def test_the_title_and_standfirst_before_the_first_paragraph_are_no_list() -> None:
    text = (
        "Rebels seize border town\n\n"
        "Army chief denies talks with opposition, despite arrests\n\n" + LEDE + "Officials gave no figures.\n"
    )
    assert lines_of(text) == []


def test_a_title_ending_in_a_quote_does_not_open_the_article() -> None:
    text = (
        "Plot suspects may be charged 'within days' by prosecutors in the capital\n"
        "Unusually high anxiety remains within security circles despite arrests\n"
        "This article is more than ten years old\n" + LEDE
    )
    assert lines_of(text) == []


def test_a_title_case_line_without_a_marker_is_no_furniture() -> None:
    assert lines_of("Army Seizes Power in Capital\nSoldiers detained the president.\n") == []
