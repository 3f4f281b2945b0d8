"""Saved news pages: main text, title, date and URL through trafilatura, with no network."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsevents.ingest import IngestOptions, iter_items
from newsevents.model import Article, Failure

DATA = Path(__file__).parents[1] / "data" / "ingest"


def test_news_page_gives_text_title_date_and_url() -> None:
    [article] = list(iter_items([DATA / "harbour_talks.html"], IngestOptions(published=dt.date(2000, 1, 1))))
    assert isinstance(article, Article)
    assert article.title == "Port authority and dock workers agree to end strike"
    assert article.published == dt.date(2023, 11, 14)  # the page's own date beats the fallback
    assert article.url == "https://www.coastal-herald.example/business/2023/11/14/port-strike-ends"
    assert article.meta == {"format": "html"}
    assert article.text.startswith("VALMORA — The Valmora port authority")
    assert '"This is not everything we asked for, but it is a fair settlement," Reiner said.' in article.text
    assert article.text.count("\n") >= 3  # paragraphs stay on lines of their own
    for boilerplate in ("Subscribe", "Most read", "All rights reserved", "Home", "Storm closes"):
        assert boilerplate not in article.text
    assert not article.text.startswith("Port authority")  # the heading is the title, not text


def test_page_without_date_takes_the_fallback_not_a_date_from_its_text(tmp_path: Path) -> None:
    page = tmp_path / "talks.htm"
    page.write_text(
        "<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
        "<p>Negotiators met in Geneva on 3 March 2021 to discuss the ceasefire, officials said on"
        " Wednesday evening after the meeting ended.</p>"
        "<p>The delegations agreed to meet again next week, according to a statement released by the"
        " mediators.</p></article></body></html>"
    )
    [article] = list(iter_items([page], IngestOptions(published=dt.date(2021, 3, 10))))
    assert isinstance(article, Article)
    assert article.published == dt.date(2021, 3, 10)  # 3 March 2021 is the event, not publication
    [undated] = list(iter_items([page]))
    assert isinstance(undated, Article) and undated.published is None


def test_page_charset_declaration_is_honoured(tmp_path: Path) -> None:
    page = tmp_path / "legacy.html"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Caf\xe9 strike</title></head><body><article><p>Caf\xe9 owners in the old town closed"
        " their doors on Friday in protest at the new tax, the owners\u2019 association said.</p>"
        "</article></body></html>"
    )
    page.write_bytes(html.encode("cp1252"))
    [article] = list(iter_items([page]))
    assert isinstance(article, Article)
    assert "Café owners" in article.text and "owners’ association" in article.text


def test_page_without_article_text_is_a_failure(tmp_path: Path) -> None:
    # a page rendered by JavaScript: the saved HTML holds no text at all
    (tmp_path / "a_app.html").write_text(
        '<!doctype html><html><head><title>Daily News</title><script src="/app.js"></script></head>'
        '<body><div id="root"></div><script>window.__STATE__ = {"page": "story"}</script></body></html>'
    )
    (tmp_path / "b_story.html").write_bytes((DATA / "harbour_talks.html").read_bytes())
    items = list(iter_items([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Failure", "Article"]
    failure = items[0]
    assert isinstance(failure, Failure) and failure.code == "E106"
    assert failure.source.endswith("a_app.html")
