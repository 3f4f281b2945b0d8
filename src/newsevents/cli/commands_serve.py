"""``newsevents serve``: the HTTP API over one database, read-only, under uvicorn."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from newsevents.cli.shell import DbOption, app, console, err_console, fail
from newsevents.errors import NewsEventsError

#: Names that always mean this machine; any other host name may be reachable from elsewhere.
_LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}/"


@app.command(epilog="Example: `newsevents serve --db events.duckdb --port 8000`")
def serve(
    db: DbOption,
    host: Annotated[str, typer.Option(help="Address to listen on; anything but loopback is reachable.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
) -> None:
    """Serve the database read-only over HTTP: the dashboard at /, the API (OpenAPI at /openapi.json,
    docs at /docs)."""
    # Imported here, not at the top: every command loads this module to register itself, and the
    # web stack (FastAPI, pydantic models, uvicorn) would add about half a second to `extract`.
    import uvicorn

    from newsevents.api import create_app
    from newsevents.dashboard.routes import mount_dashboard

    try:
        api = create_app(db)
        mount_dashboard(api)  # the dashboard at /, beside the API (it reads the API's endpoints)
    except NewsEventsError as exc:
        raise fail(exc) from exc
    if not is_loopback(host):
        err_console.print(
            f"[bold yellow]warning[/] listening on {host}: other machines can read this database "
            "(the API has no authentication); use --host 127.0.0.1 to keep it local"
        )
    base = url(host, port)
    # soft_wrap: the URL stays on one line, whatever the terminal's width, so that it can be clicked
    console.print(f"serving {db} read-only at {base} (API docs {base}docs); Ctrl+C stops", soft_wrap=True)
    try:
        uvicorn.run(api, host=host, port=port, log_level="warning")
    finally:
        api.state.reader.close()
