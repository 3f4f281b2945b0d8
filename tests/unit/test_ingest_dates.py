"""Publication dates: ISO dates and datetimes are read; anything else is refused, never guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.dates import parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", dt.date(2024, 3, 5)),
        (" 2024-03-05 ", dt.date(2024, 3, 5)),
        ("2024-03-05T08:30:00Z", dt.date(2024, 3, 5)),
        ("2024-03-05T23:30:00-05:00", dt.date(2024, 3, 5)),  # the date where it was published
        ("2024-03-05 08:30", dt.date(2024, 3, 5)),
        ("2024-03-05T08:30:00.250+01:00", dt.date(2024, 3, 5)),
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_iso_dates_and_datetimes(value: object, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value", ["March 5, 2024", "05/03/2024", "2024-13-01", "yesterday", 20240305, ["2024"]]
)
def test_other_values_are_refused(value: object) -> None:
    with pytest.raises(ValueError):
        parse_published(value)


def test_an_article_built_by_a_library_caller_takes_an_iso_string_or_datetime() -> None:
    from newsevents.model import Article

    assert Article(id="a", text="x", published="2025-11-16").published == dt.date(2025, 11, 16)  # type: ignore[arg-type]
    stamped = Article(id="a", text="x", published=dt.datetime(2025, 11, 16, 23, 30))
    assert stamped.published == dt.date(2025, 11, 16)


def test_an_article_with_a_date_that_is_no_date_is_e107() -> None:
    from newsevents.errors import NewsEventsError
    from newsevents.model import Article

    with pytest.raises(NewsEventsError) as err:
        Article(id="a", text="x", published="16/11/2025")  # type: ignore[arg-type]
    assert err.value.code == "E107" and "16/11/2025" in str(err.value)
