"""The FastAPI application over one store, opened read-only: no endpoint writes."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from newsevents import __version__
from newsevents.api import actors, articles, error_responses, events, incidents, stats
from newsevents.api.formats import openapi_with_collections
from newsevents.api.reader import StoreReader

DESCRIPTION = (
    "Political event data extracted from news articles, read-only. Every list is paged (`limit`, "
    "`offset`) and says its `total`; errors carry the E-code and message of the CLI. "
    "Shapes: docs/API.md."
)


def create_app(db: str | Path) -> FastAPI:
    """The app serving the store ``db``, opened now (E212 when it is missing, E207 when it cannot be
    opened). The caller closes it when done (``app.state.reader.close()``): not at the app's
    shutdown, since a test client starts and shuts an app down once per use and would close it."""
    reader = StoreReader(Path(db))
    app = FastAPI(title="newsevents", version=__version__, description=DESCRIPTION)
    app.state.reader = reader
    error_responses.install(app)
    for module in (events, incidents, articles, actors, stats):
        app.include_router(module.router)
    app.openapi = lambda: openapi_with_collections(app)  # type: ignore[method-assign]
    return app
