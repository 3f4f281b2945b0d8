"""Errors as HTTP answers: an error of the catalogue (and a parameter that fails FastAPI's own checks,
as E209) becomes a JSON body with its code and the message the CLI prints."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from newsevents.api.models import ErrorBody
from newsevents.errors import NewsEventsError

#: Codes that say "no such thing" (404); every other error a request meets is a bad parameter (422).
NOT_FOUND = frozenset({"E208", "E213"})

#: The error answers every endpoint may give, for its OpenAPI entry.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No such id (E208, E213)."},
    422: {"model": ErrorBody, "description": "A bad parameter (E209, E132)."},
}


def error_response(exc: NewsEventsError) -> JSONResponse:
    body = ErrorBody(code=exc.code, message=exc.message, hint=exc.hint, detail=str(exc))
    return JSONResponse(body.model_dump(), status_code=404 if exc.code in NOT_FOUND else 422)


async def _catalogue_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, NewsEventsError)
    return error_response(exc)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's own check of a parameter (a number that is not one, a page too large) as E209."""
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0]
    what = str(first["loc"][-1]) if first.get("loc") else "parameter"
    return error_response(
        NewsEventsError("E209", what=what, value=first.get("input"), hint=first["msg"] + ".")
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(NewsEventsError, _catalogue_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
