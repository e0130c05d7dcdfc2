"""The ASGI app: the JSON API, its OpenAPI description and the dashboard's static pages.

`create_app(db)` serves the store at `db` read-only. Pages are a fixed set of files
from the package's ``static/`` folder; other assets go through Starlette's
`StaticFiles`, which refuses paths outside that folder. No CORS middleware is added, so
browsers refuse cross-origin reads; every response carries a Content-Security-Policy
that allows scripts, styles and requests from the app itself only (no inline script).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from eventwire import __version__
from eventwire.store.access import READ_WAIT
from eventwire.web.api import router

STATIC = Path(__file__).resolve().parent / "static"
PAGES = {"summary": "summary.html", "timeline": "timeline.html", "network": "network.html",
         "map": "map.html", "records": "records.html"}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
                               "style-src 'self'; script-src 'self'; connect-src 'self'; "
                               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(db: str | Path, read_wait: float = READ_WAIT) -> FastAPI:
    """The dashboard app over the store file `db` (opened read-only per request).

    Args:
        db: the DuckDB store written by `eventwire ingest`.
        read_wait: seconds a request waits while a writer holds the store (an ingest
            holds it for one batch at a time, or for relinking at the end of a run);
            after that the request answers 503 with a Retry-After header.

    Returns:
        A FastAPI app: ``/api/...`` (JSON, described at ``/openapi.json``), the pages
        ``/``, ``/timeline``, ``/network``, ``/map``, ``/records`` and ``/static/...``.
    """
    app = FastAPI(title="eventwire", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only API over an eventwire event store.")
    app.state.db = str(db)
    app.state.read_wait = read_wait
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.middleware("http")(_security_headers)

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/summary")

    @app.get("/{page}", include_in_schema=False)
    def page(page: str) -> FileResponse:
        if page not in PAGES:
            raise HTTPException(404, "no such page")
        return FileResponse(STATIC / PAGES[page], media_type="text/html")

    return app


async def _security_headers(request: Request,
                            call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Add the security headers to every response."""
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
