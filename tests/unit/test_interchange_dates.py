"""Event dates in the interchange format: FORMAT.md has days, months and years, but no weeks."""

from __future__ import annotations

import pytest

from newsevents.interchange import date_record


@pytest.mark.parametrize(
    ("monday", "value", "week"),
    [
        ("2026-01-05", "2026-01", "2026-W02"),  # inside one month
        ("2026-02-23", "2026-02", "2026-W09"),  # Monday 23 Feb to Sunday 1 Mar: most days in February
        ("2025-12-29", "2026-01", "2026-W01"),  # its Thursday is 1 January: ISO week 1 of 2026
    ],
)
def test_a_week_is_the_month_of_most_of_its_days(monday: str, value: str, week: str) -> None:
    assert date_record(monday, "week") == {"value": value, "precision": "week", "week": week}


def test_a_weekend_is_the_month_of_its_saturday() -> None:
    assert date_record("2026-01-31", "week")["value"] == "2026-01"


@pytest.mark.parametrize(
    ("value", "precision"), [("2025-11-16", "day"), ("2025-11", "month"), ("2017", "year")]
)
def test_other_dates_pass_unchanged(value: str, precision: str) -> None:
    assert date_record(value, precision) == {"value": value, "precision": precision}
