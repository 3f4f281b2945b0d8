"""The dashboard as an analyst uses it, in Chromium, over the example articles: it loads with no error
and reaches nothing outside its server, the map shows markers, a marker opens the evidence with the
trigger highlighted, the timeline's brush narrows the table, the modality toggles add non-facts, an
actor of the network filters the table. Each view is saved to docs/screenshots/."""

from __future__ import annotations

import urllib.request

from playwright.sync_api import Page

from tests.browser.conftest import Browser, api_get, brush, screenshot, table_total, wait_ready


def _column(page: Page, index: int) -> list[str]:
    return page.locator(f"#events tbody tr td:nth-child({index})").all_inner_texts()


def test_the_page_draws_every_view_without_errors_or_outside_requests(browser: Browser) -> None:
    page = browser.open()
    # The table is the API's first page of facts, with the total of every page.
    facts = api_get(browser.base, "/events?limit=1")["total"]
    assert table_total(page) == facts > 0
    assert page.locator("#events tbody tr").count() == min(facts, 50)
    assert set(_column(page, 6)) <= {"asserted", "reported"}
    assert page.locator("#timeline svg .series rect").count() > 0
    assert page.locator("#network .node").count() > 0
    assert page.locator("#map .ne-marker, #map .ne-cluster").count() > 0
    assert page.locator("#map-legend").inner_text().count("country-level") == 1
    screenshot(page, "dashboard")
    screenshot(page, "network", "#network-panel")
    # The fixture checks, after the test, that no console error was logged and no request left.


def test_a_country_level_location_is_drawn_as_the_country_not_a_pin(browser: Browser) -> None:
    page = browser.open()
    countries = [p for p in api_get(browser.base, "/dashboard/map") if p["precision"] == "country"]
    assert countries, "the examples have country-level locations"
    drawn = page.locator('#map .ne-marker[data-precision="country"]')
    # Each is a dashed 'country-level' square (or sits in a cluster), never a filled place marker.
    assert drawn.count() + page.locator("#map .ne-cluster").count() > 0
    for i in range(drawn.count()):
        assert "country-level" in (drawn.nth(i).get_attribute("class") or "")
    # ... and the country's own shape is tinted on the map (the basemap is drawn as SVG paths).
    assert page.locator("#map path[stroke-dasharray]").count() >= 1


def _unhidden_marker(page: Page) -> int:
    """The index of a place marker that no cluster covers, so that a click lands on it."""
    index: int = page.evaluate(
        """() => [...document.querySelectorAll('#map .ne-marker')].findIndex((m) => {
             const r = m.getBoundingClientRect();
             return m.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
           })"""
    )
    return index


def test_clicking_a_marker_opens_the_evidence_with_the_trigger_highlighted(browser: Browser) -> None:
    page = browser.open()
    screenshot(page, "map", "#map-panel")
    index = _unhidden_marker(page)
    assert index >= 0, "no place marker can be clicked"
    page.locator("#map .ne-marker").nth(index).click()
    trigger = page.locator("#evidence .text mark.trigger").first
    trigger.wait_for()
    event = api_get(browser.base, "/events/" + page.get_attribute("#evidence", "data-event-id"))
    assert trigger.inner_text() == event["trigger_text"]
    # What decided it is shown beside the text: the reason and confidence of the trigger and place.
    facts = page.inner_text("#evidence dl")
    assert f"confidence {event['confidence']:.2f}" in facts
    assert "place" in facts and "date" in facts
    # The popup lists what happened at that place.
    assert page.locator(".leaflet-popup-content li").count() >= 1
    screenshot(page, "evidence", "#evidence-panel")


def test_a_timeline_brush_narrows_the_table_to_its_period(browser: Browser) -> None:
    page = browser.open()
    before = table_total(page)
    brush(page, 0.66, 0.99)  # the right third, where the examples' recent events are
    period = page.inner_text("#period")
    since, until = period.split(" – ")
    after = table_total(page)
    assert 0 < after < before
    # Every row is inside the period, compared at the precision of its date, as the API compares.
    for date in _column(page, 1):
        assert since[: len(date)] <= date <= until[: len(date)], (date, period)
    screenshot(page, "timeline", "#timeline-panel")


def test_the_timeline_shows_the_killed_each_period_is_told_with(browser: Browser) -> None:
    page = browser.open()
    stats = api_get(browser.base, "/stats?interval=month&by=type")
    killed: dict[str, int] = {}
    for b in stats["buckets"]:
        if "killed" in b["magnitudes"]:
            killed[b["period"]] = killed.get(b["period"], 0) + b["magnitudes"]["killed"]
    assert killed, "the examples tell tolls (El Fasher: 23)"
    points = page.locator("#timeline svg .killed circle")
    assert points.count() == len(killed)  # only periods that tell a toll: no made-up zeros
    titles = sorted(points.locator("title").all_text_contents())  # SVG: no inner text
    assert titles == sorted(f"{n:,} killed (the events' own counts)" for n in killed.values())
    # Hovering a point's period shows its events and their killed (the brush takes the pointer).
    box = points.first.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tip = page.locator("#timeline svg .brush .overlay title").text_content() or ""
    assert " killed" in tip and "event" in tip
    assert page.locator("#timeline svg .killed-axis").count() == 1


def test_modality_toggles_add_non_facts_on_request(browser: Browser) -> None:
    page = browser.open()
    before = table_total(page)
    page.check("input[name=modality][value=hypothetical]")
    wait_ready(page)
    after = table_total(page)
    hypothetical = api_get(browser.base, "/events?limit=1&modality=hypothetical")["total"]
    assert after == before + hypothetical
    page.uncheck("input[name=modality][value=asserted]")
    page.uncheck("input[name=modality][value=reported]")
    wait_ready(page)
    assert set(_column(page, 6)) == {"hypothetical"}
    screenshot(page, "table", "#table-panel")


def test_clicking_an_actor_in_the_network_filters_the_table_to_its_events(browser: Browser) -> None:
    page = browser.open()
    before = table_total(page)
    node = page.locator("#network .node").first
    actor = node.get_attribute("data-actor") or ""
    node.dispatch_event("click")  # nodes may sit under others' labels; the click is what is tested
    wait_ready(page)
    assert page.input_value("input[name=actor]") == actor
    after = table_total(page)
    assert 0 < after <= before
    assert after == api_get(browser.base, "/events?limit=1&actor=" + urllib.request.quote(actor))["total"]
    assert page.locator(f'#network .node.chosen[data-actor="{actor}"]').count() == 1


def test_an_events_incident_lists_every_report_of_it(browser: Browser) -> None:
    page = browser.open()
    row = page.locator("#events tbody tr:has(td.incident)").first
    cell = row.locator("td.incident")
    event = api_get(browser.base, "/events/" + (row.get_attribute("data-event-id") or ""))
    cell.click()
    wait_ready(page)
    incident = api_get(browser.base, "/incidents/" + event["incident_id"])
    assert table_total(page) == len(incident["members"]) >= 1
    shown = set(page.locator("#events tbody tr").evaluate_all("rows => rows.map((r) => r.dataset.eventId)"))
    assert shown == {m["event_id"] for m in incident["members"]}
    page.click("#incident")  # the chip takes the incident filter away again
    wait_ready(page)
    assert table_total(page) == api_get(browser.base, "/events?limit=1")["total"]
