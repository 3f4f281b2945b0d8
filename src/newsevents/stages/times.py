"""The times stage: time expressions, normalised to TIMEX3 values anchored on the publication date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from newsevents.model import TIME_ANCHOR, TIME_ANCHOR_REASON, DatePrecision, Document, Provenance, TimeMention
from newsevents.pipeline import Stage, register_stage
from newsevents.times import TimeTagger, load_lexicon
from newsevents.times.anchor import Anchor, url_date


@dataclass(frozen=True)
class TimesSettings:
    extra_lexicons: tuple[str, ...] = ()  # user time-word files (TSV, like knowledge/times/lexicon.tsv)
    today: str = ""  # "YYYY-MM-DD" fixes the date year inference may not pass; "" = the real date


@register_stage
class TimesStage(Stage):
    name = "times"
    requires = ("spacy", "sentences")
    # A publication date the text states on its top lines becomes the article's, with its reason.
    assigns = ("times", "article")
    Settings = TimesSettings
    settings: TimesSettings

    @property
    def tagger(self) -> TimeTagger:
        extra = tuple(Path(p) for p in self.settings.extra_lexicons)
        return self.resources.get(f"time_tagger:{extra}", lambda: TimeTagger(load_lexicon(extra)))

    def today(self) -> dt.date:
        """The real date, unless the config fixes one (``today = "YYYY-MM-DD"``, for tests and replays)."""
        fixed = self.settings.today
        return dt.date.fromisoformat(fixed) if fixed else dt.date.today()

    def __call__(self, doc: Document) -> Document:
        filed = (
            None
            if doc.article.published is not None
            else url_date(doc.article.url, self.today(), self.tagger.lex)
        )
        if filed is not None and filed[1] == "day":
            doc.article.published = dt.date.fromisoformat(filed[0])
            doc.article.meta["published_reason"] = f"publication date from the article's address ({filed[0]})"
        tagged, anchor = self.tagger.tag(
            doc.text,
            doc.article.published,
            sdoc=doc.spacy,
            sentence_of=doc.sentence_at if doc.sentences else None,
            today=self.today(),
        )
        doc.times = [
            TimeMention(
                start=t.candidate.start,
                end=t.candidate.end,
                text=doc.text[t.candidate.start : t.candidate.end],
                sentence=t.sentence,
                prov=Provenance(self.name, t.resolution.confidence, t.resolution.reason),
                type=t.resolution.type,
                value=t.resolution.value,
                precision=t.resolution.precision,
            )
            for t in tagged
        ]
        if anchor.published and anchor.date is not None:
            doc.article.published = anchor.date
            doc.article.meta["published_reason"] = anchor.reason
        elif doc.article.published is None:
            _record_anchor(doc, filed, anchor)
        return doc


def _record_anchor(doc: Document, filed: tuple[str, DatePrecision] | None, anchor: Anchor) -> None:
    """Without a publication date, what the article still tells of when it was written, for the
    event dates to fall back on (``TIME_ANCHOR``): the month its address files it under, else the
    date the text itself is anchored on."""
    if filed is not None:
        doc.article.meta[TIME_ANCHOR] = filed[0]
        doc.article.meta[TIME_ANCHOR_REASON] = f"publication month from the article's address ({filed[0]})"
    elif anchor.date is not None and anchor.reason is not None:
        doc.article.meta[TIME_ANCHOR] = anchor.date.isoformat()
        doc.article.meta[TIME_ANCHOR_REASON] = anchor.reason
