"""``/articles/{id}``: an article's text and every span found in it."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from newsevents.api.deps import Reader
from newsevents.api.error_responses import ERROR_RESPONSES
from newsevents.api.models import ArticleRecord

router = APIRouter(tags=["articles"])


@router.get("/articles/{article_id}", response_model=ArticleRecord, responses=ERROR_RESPONSES)
def get_article(reader: Reader, article_id: str) -> Any:
    """The article (an id prefix naming one article is enough, as for `newsevents show`) with its
    events of every modality, actors, places with their use, time expressions and quotes; each span
    is a pair of character offsets into `text`."""
    with reader.store() as store:
        return store.article(article_id)
