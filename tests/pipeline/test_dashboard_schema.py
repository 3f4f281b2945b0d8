"""The dashboard's aggregates under the API's property-based schema checks (schemathesis), on the app
as ``newsevents serve`` builds it: no server error and nothing off-schema for generated parameters,
and on-schema answers over the examples for each layer and filter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from newsevents.api import create_app
from newsevents.dashboard.routes import mount_dashboard
from tests.pipeline.test_api_schema import CHECKS, EXAMPLES

PATHS = ("/dashboard/meta", "/dashboard/map", "/dashboard/network")


@pytest.fixture(scope="module")
def served_schema(examples_db: Path) -> Any:
    app = create_app(examples_db)
    mount_dashboard(app)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    app.state.reader.close()


def _operation(schema: Any, path: str) -> Any:
    return next(r.ok() for r in schema.get_all_operations() if r.ok().path == path)


@pytest.mark.parametrize("path", PATHS)
def test_no_server_error_and_nothing_off_schema(served_schema: Any, path: str) -> None:
    operation = _operation(served_schema, path)

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=CHECKS)

    check()


def test_the_examples_aggregates_are_on_schema(served_schema: Any) -> None:
    map_op = _operation(served_schema, "/dashboard/map")
    network_op = _operation(served_schema, "/dashboard/network")
    for case in (
        map_op.Case(query={}),
        map_op.Case(query={"layer": "incidents", "all": "true"}),
        network_op.Case(query={"all": "true"}),
        network_op.Case(query={"type": "ASSAULT", "since": "2025-11"}),
    ):
        response = case.call_and_validate(checks=CHECKS)
        assert response.status_code == 200 and response.json(), case.path
