"""The JSON API: events, records, time series, network, places, one article, summary.

Read-only: each request opens the store read-only (one DuckDB thread: concurrent
requests run side by side, no access to other files) and closes it when done, so the
file is held only while a request runs. While an ingest writes a batch, a request waits
for it (`eventwire.store.access`). Filter parameters are validated here (actor
codes, PLOVER types, quad classes, ISO dates, sort keys, capped page sizes) and bound
as SQL parameters in `eventwire.web.queries`; a bad value is a 422 with a message.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Annotated, Any, Literal

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from eventwire.events.ontology import EVENT_TYPES
from eventwire.store.access import open_store
from eventwire.store.schema import StoreError
from eventwire.web import queries
from eventwire.web.queries import MAX_PAGE_SIZE, WebFilters

CODE = re.compile(r"[A-Z][A-Z0-9_]{1,39}")
router = APIRouter(prefix="/api")


def store(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the app's store for one request."""
    try:
        con = open_store(request.app.state.db, read_only=True,
                         wait=request.app.state.read_wait)
    except StoreError as exc:
        raise HTTPException(503, f"store unavailable: {exc}",
                            headers={"Retry-After": "5"}) from exc
    try:
        con.execute("SET threads = 1")  # one core per request; requests run side by side
        con.execute("SET enable_external_access = false")  # the store file, nothing else
        yield con
    finally:
        con.close()


def _split(value: str | None) -> list[str]:
    """Comma-separated values, stripped, empty ones dropped."""
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _codes(value: str | None, name: str) -> tuple[str, ...]:
    """Actor codes (ISO3 countries or organisations), upper-cased and checked."""
    codes = tuple(v.upper() for v in _split(value))
    for code in codes:
        if not CODE.fullmatch(code):
            raise HTTPException(422, f"{name}: {code[:40]!r} is not an actor code "
                                     "(e.g. USA, NATO)")
    return codes


def _date(value: str | None, name: str) -> dt.date | None:
    """An ISO date (YYYY-MM-DD) or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: {value[:40]!r} is not a date (YYYY-MM-DD)") from None


def filters(
    since: Annotated[str | None, Query(description="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="Last event date, YYYY-MM-DD.")] = None,
    actor: Annotated[str | None, Query(description="Actor codes on either side, "
                                                   "comma-separated (USA,NATO).")] = None,
    source: Annotated[str | None, Query(description="Source actor codes.")] = None,
    target: Annotated[str | None, Query(description="Target actor codes.")] = None,
    type: Annotated[str | None, Query(description="PLOVER event types, "  # noqa: A002
                                                  "comma-separated.")] = None,
    quad: Annotated[str | None, Query(description="Quad classes 1-4, comma-separated.")] = None,
    text: Annotated[str, Query(max_length=200,
                               description="Words the evidence sentence must all contain.")] = "",
) -> WebFilters:
    """The shared filters of every view, validated."""
    types = tuple(t.upper() for t in _split(type))
    for name in types:
        if name not in EVENT_TYPES:
            raise HTTPException(422, f"type: {name[:40]!r} is not a PLOVER event type "
                                     f"(one of {', '.join(EVENT_TYPES)})")
    quads = _split(quad)
    if any(q not in ("1", "2", "3", "4") for q in quads):
        raise HTTPException(422, "quad: quad classes are 1, 2, 3 and 4")
    first, last = _date(since, "since"), _date(until, "until")
    if first and last and first > last:
        raise HTTPException(422, f"since {first} is after until {last}")
    return WebFilters(since=first, until=last, actors=_codes(actor, "actor"),
                      source=_codes(source, "source"), target=_codes(target, "target"),
                      types=types, quad=tuple(int(q) for q in quads), text=text)


Store = Annotated[duckdb.DuckDBPyConnection, Depends(store)]
Filters = Annotated[WebFilters, Depends(filters)]
Page = Annotated[int, Query(ge=1, le=100_000, description="1-based page number.")]
Size = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Rows per page.")]
RecordSort = Literal[tuple(queries.RECORD_SORTS)]  # type: ignore[valid-type]
EventSort = Literal[tuple(queries.EVENT_SORTS)]  # type: ignore[valid-type]
Period = Literal[queries.PERIODS]  # type: ignore[valid-type]


@router.get("/records", summary="Event records (reports) with their evidence, paged")
def get_records(con: Store, f: Filters, page: Page = 1, size: Size = 50,
                sort: RecordSort = "date",
                desc: bool = False) -> dict[str, Any]:
    """Event records matching the filters, one page, sorted, with the article's title
    and url; ``total`` counts all matches."""
    return queries.records(con, f, page, size, sort, desc)


@router.get("/events", summary="Linked events (events, not reports), paged")
def get_events(con: Store, f: Filters, page: Page = 1, size: Size = 50,
               sort: EventSort = "date",
               desc: bool = False) -> dict[str, Any]:
    """Linked events matching the filters with their mention, article and source
    counts; ``first_article_id`` and ``first_seq`` point at the first report."""
    return queries.events(con, f, page, size, sort, desc)


@router.get("/timeline", summary="Events per period by quad class, with the Goldstein mean")
def get_timeline(con: Store, f: Filters,
                 by: Period = "month"
                 ) -> list[dict[str, Any]]:
    """The dyad (or actor) time series: q1 verbal cooperation, q2 material cooperation,
    q3 verbal conflict, q4 material conflict. Use source and target for a dyad."""
    return queries.timeline(con, f, by)


@router.get("/network", summary="Actor network: nodes and weighted edges")
def get_network(con: Store, f: Filters,
                limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 100) -> dict[str, Any]:
    """The heaviest source -> target edges (count, Goldstein mean) and their nodes."""
    return queries.network(con, f, limit)


@router.get("/places", summary="Event locations and country totals")
def get_places(con: Store, f: Filters,
               limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = MAX_PAGE_SIZE
               ) -> dict[str, Any]:
    """Named places with coordinates and counts, and events per country (ISO3)."""
    return queries.places(con, f, limit)


@router.get("/summary", summary="Counts, top dyads, top types, rejections")
def get_summary(con: Store, f: Filters) -> dict[str, Any]:
    """An overview of the store (event counts follow the filters)."""
    return queries.summary(con, f)


@router.get("/articles/{article_id:path}", summary="One article with its event records")
def get_article(con: Store,
                article_id: Annotated[str, Path(max_length=1000)]) -> dict[str, Any]:
    """The article (metadata and the coded text) and every record coded from it, with
    character spans into the coded text and where each evidence sentence starts."""
    found = queries.article(con, article_id)
    if found is None:
        raise HTTPException(404, "no such article")
    return found
