"""The details the reports of one incident give differently are kept and shown, with who gave what;
nothing is averaged and a report that says less contradicts nothing. Model-free."""

from __future__ import annotations

from typing import Any

from rich.console import Console

from newsevents.cli.render import incidents_table
from newsevents.incidents.details import differences, killed_range


def member(outlet: str, **fields: Any) -> dict[str, Any]:
    return {"outlet": outlet, "event_type": "CONSULT", "date_value": None, "location_name": None, **fields}


def test_dates_a_day_apart_are_both_shown_with_their_outlets() -> None:
    found = differences(
        [
            member("qrius.com", date_value="2019-02-17", location_name="Delhi"),
            member("mercopress.com", date_value="2019-02-18", location_name="Delhi"),
            member("other.example", date_value="2019-02-18", location_name="Delhi"),
        ]
    )
    assert found == ["date: 2019-02-17 (qrius.com) / 2019-02-18 (mercopress.com, other.example)"]


def test_types_and_places_given_differently_are_shown_in_a_fixed_order() -> None:
    found = differences(
        [
            member("a.example", event_type="AGREE", location_name="Addis Ababa"),
            member("b.example", event_type="SUPPORT", location_name="Ethiopia"),
        ]
    )
    assert found == [
        "type: AGREE (a.example) / SUPPORT (b.example)",
        "place: Addis Ababa (a.example) / Ethiopia (b.example)",
    ]


def test_reports_that_agree_or_say_less_show_no_difference() -> None:
    assert differences([member("a.example", date_value="2019-02-18"), member("b.example")]) == []
    assert differences([member("a.example", date_value="2019-02-18")] * 2) == []
    assert differences([]) == []


def test_different_tolls_are_each_shown_with_their_outlets_in_numeric_order() -> None:
    members = [
        member("a.example", killed=40, injured=12),
        member("b.example", killed=9, injured=12),
        member("c.example", killed=40),  # tells no injured: contradicts nothing
        member("d.example"),  # tells no count at all
    ]
    found = differences(members)
    assert found == ["killed: 9 (b.example) / 40 (a.example, c.example)"]  # 9 before 40, not as text
    assert not any("injured" in d for d in found)  # the two that tell it agree
    assert not any("24.5" in d or "29" in d for d in found)  # nothing averaged
    assert killed_range(members) == (9, 40)


def test_no_killed_told_is_no_range() -> None:
    assert killed_range([member("a.example"), member("b.example", injured=3)]) == (None, None)
    assert killed_range([member("a.example", killed=0)]) == (0, 0)  # "no one was killed" is a figure


def test_the_incidents_table_shows_the_differences_beside_the_outlets() -> None:
    row = {"date_value": "2019-02-18", "event_type": "CONSULT", "incident_id": "i123456789", "n_reports": 2,
           "n_sources": 2, "sources": ["mercopress.com", "qrius.com"],
           "differences": ["place: Delhi (qrius.com) / New Delhi (mercopress.com)"]}  # fmt: skip
    console = Console(width=250, record=True)
    console.print(incidents_table([row]))
    text = console.export_text()
    assert "differences" in text and "place: Delhi (qrius.com) / New Delhi (mercopress.com)" in text
    console = Console(width=250, record=True)
    console.print(incidents_table([{**row, "differences": []}]))
    assert "qrius.com)" not in console.export_text()
