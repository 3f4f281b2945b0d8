"""Publication dates: ISO dates and datetimes are read; anything else is refused, never guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.ingest.dates import parse_published


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
