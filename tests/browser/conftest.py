"""The dashboard in a real browser: Debian's Chromium driven by Playwright (never a browser Playwright
downloads) against ``newsevents serve`` run as a subprocess on a free port, over a store of the bundled
example articles (built once per session with the real model) and, for the timings, a synthetic store
of 100,000 events (``benchmarks/dashboard_store.py``).

Every request the page makes is recorded; one that leaves the server's own address is aborted and
fails the test that made it.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, Route, sync_playwright

from tests.conftest import ROOT

#: The OS browser (`apt-get install chromium`; .ci/run installs it when missing).
CHROMIUM = Path("/usr/bin/chromium")
#: A headless browser that reaches nothing by itself: no GPU, no QUIC, no first-run pages, no
#: background fetches of updates, components or sync.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = ROOT / "docs" / "screenshots"
#: How long the server may take to open the store and listen (the first import of spaCy included).
SERVER_START_S = 60
#: How long the page may take to draw every view (a slow shared machine, the 100,000-event store).
READY_MS = 60_000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.parent.name == "browser":
            item.add_marker(pytest.mark.browser)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsevents.cli.app", *args]


def cli_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def serve(db: Path) -> Iterator[str]:
    """``newsevents serve --db DB`` on a free loopback port until the generator is closed; yields the URL."""
    port = _free_port()
    process = subprocess.Popen(
        _cli("serve", "--db", str(db), "--port", str(port)),
        env=cli_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_S
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read() if process.stdout else ""
                    raise RuntimeError(f"newsevents serve did not start: {output}") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the bundled example articles, made by ``newsevents demo`` (the real pipeline)."""
    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    subprocess.run(_cli("demo", "--db", str(db)), env=cli_env(), check=True, capture_output=True)
    return db


@pytest.fixture(scope="session")
def examples_url(examples_db: Path) -> Iterator[str]:
    yield from serve(examples_db)


@dataclass
class Browser:
    """One Chromium with a fresh profile, and what its pages did."""

    context: BrowserContext
    base: str
    console_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)

    def open(self, path: str = "/") -> Page:
        page = self.context.new_page()
        page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        page.goto(self.base + path)
        wait_ready(page)
        return page


def wait_ready(page: Page) -> None:
    """Until every view has drawn what the last filter change asked for."""
    page.wait_for_selector("body[data-ready=true]", timeout=READY_MS)


def launch_chromium(playwright: Playwright, profile: Path, base: str) -> Browser:
    if not CHROMIUM.is_file():
        message = f"{CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    context = playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=str(CHROMIUM),
        headless=True,
        args=CHROMIUM_ARGS,
        viewport={"width": 1400, "height": 1100},
    )
    browser = Browser(context, base)
    own = re.compile(rf"^({re.escape(base)}/|data:|blob:)")

    def guard(route: Route) -> None:
        if own.match(route.request.url):
            route.continue_()
        else:
            browser.outside_requests.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    return browser


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture
def browser(playwright: Playwright, examples_url: str, tmp_path: Path) -> Iterator[Browser]:
    """A fresh Chromium on the examples' dashboard; the test fails if a page logged an error or asked
    for anything but the server's own address."""
    b = launch_chromium(playwright, tmp_path / "profile", examples_url)
    yield b
    b.context.close()
    assert b.console_errors == []
    assert b.outside_requests == []


def screenshot(page: Page, name: str, selector: str | None = None) -> None:
    """Saves docs/screenshots/NAME.png: the whole page, or the element ``selector``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = page.locator(selector) if selector else page
    # The status line says how long the last redraw took; masked so that a screenshot changes only
    # when the page does.
    target.screenshot(path=str(SCREENSHOTS / f"{name}.png"), mask=[page.locator("#status")])


def brush(page: Page, start: float, end: float) -> None:
    """Drags the timeline's brush from ``start`` to ``end`` (fractions of its width) and waits for the
    views to redraw."""
    box = page.locator("#timeline svg .brush .overlay").bounding_box()
    assert box is not None, "the timeline has no brush"
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * start, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * end, y, steps=8)
    page.mouse.up()
    wait_ready(page)


def api_get(base: str, path: str) -> Any:
    """What the server answers to GET ``path``, as JSON: what the page should be showing."""
    with urllib.request.urlopen(base + path) as response:
        return json.load(response)


def table_total(page: Page) -> int:
    """The count of matching events the table says it pages through."""
    return int(page.inner_text("#table-count").split()[0].replace(",", ""))
