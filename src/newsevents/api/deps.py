"""The reader of the app a request came to."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from newsevents.api.reader import StoreReader


def _reader(request: Request) -> StoreReader:
    reader: StoreReader = request.app.state.reader
    return reader


Reader = Annotated[StoreReader, Depends(_reader)]
