"""The `eventwire serve` command: the dashboard and JSON API over a store."""

from __future__ import annotations

import sys

import click

from eventwire.store.schema import DEFAULT_DB


@click.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, envvar="EVENTWIRE_DB",
              type=click.Path(dir_okay=False), help="The store file (or EVENTWIRE_DB).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind (127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--get", "path", default=None, metavar="PATH",
              help="Print the response to one GET (e.g. /api/summary) and exit; no server.")
def serve(db: str, host: str, port: int, path: str | None) -> None:
    """Serve the dashboard and the JSON API over the store (read-only).

    Open http://HOST:PORT/ in a browser; the API is described at /openapi.json.
    Exit codes with --get: 0 for a 2xx/3xx response, 1 otherwise.
    """
    from pathlib import Path

    from eventwire.web.app import create_app

    if not Path(db).exists():
        raise click.ClickException(f"no store at {db} (create one with `eventwire ingest`)")
    app = create_app(db)
    if path is not None:
        _get_once(app, path)
        return
    import uvicorn

    click.echo(f"eventwire: serving {db} at http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _get_once(app: object, path: str) -> None:
    """Send one GET through the ASGI test client and print the body."""
    from fastapi.testclient import TestClient

    if not path.startswith("/"):
        raise click.BadParameter("the path must start with /", param_hint="'--get'")
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get(path)
    click.echo(response.text)
    if response.status_code >= 400:
        click.echo(f"eventwire: HTTP {response.status_code}", err=True)
        sys.exit(1)
