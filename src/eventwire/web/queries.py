"""The dashboard's reads of the store: filtered, paged and capped, parameterised only.

Every user value reaches DuckDB as a bound parameter (``?``). Column names in the SQL
text come from fixed tables in this module (sort keys are looked up, never copied from
the request). Two views of the data: ``events`` (linked events: events, not reports)
for counts, series, the network and the map; ``mentions`` (event records with their
evidence) for the records table and articles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import duckdb

from eventwire.store.rows import article_from_row

MAX_PAGE_SIZE = 500
MAX_OFFSET = 1_000_000
PERIODS = ("day", "week", "month", "year")

# Column expressions per table: actor codes and the event day.
_COLUMNS = {
    "events": {"source": "source_code", "target": "target_code", "day": "date"},
    "mentions": {"source": "coalesce(source_country, source_org)",
                 "target": "coalesce(target_country, target_org)", "day": "event_date"},
}
RECORD_SORTS = {
    "date": "event_date", "type": "event_type", "quad": "quad_class",
    "goldstein": "goldstein", "source": "source_name", "target": "target_name",
    "article": "article_id", "confidence": "confidence", "place": "location_name",
}
EVENT_SORTS = {
    "date": "date", "type": "event_type", "quad": "quad_class", "goldstein": "goldstein",
    "source": "source_code", "target": "target_code", "mentions": "num_mentions",
    "articles": "num_articles", "place": "location_name",
}


@dataclass(frozen=True)
class WebFilters:
    """The dashboard's filters (already validated by the API). Empty selects everything.

    Attributes:
        since: first event date included.
        until: last event date included.
        actors: actor codes on either side of the event.
        source: source actor codes.
        target: target actor codes.
        types: PLOVER event types.
        quad: quad classes 1-4.
        text: words that must all occur in the evidence sentence (of a linked event:
            in one of its mentions' sentences).
    """

    since: dt.date | None = None
    until: dt.date | None = None
    actors: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    quad: tuple[int, ...] = ()
    text: str = ""


def where(filters: WebFilters, table: str) -> tuple[str, list[Any]]:
    """The WHERE clause and its parameters for `table` ("events" or "mentions")."""
    cols = _COLUMNS[table]
    clauses: list[str] = []
    params: list[Any] = []
    for column, values in ((cols["source"], filters.source), (cols["target"], filters.target),
                           ("event_type", filters.types), ("quad_class", filters.quad)):
        if values:
            clauses.append(f"{column} IN ({_marks(values)})")
            params.extend(values)
    if filters.actors:
        clauses.append(f"({cols['source']} IN ({_marks(filters.actors)}) "
                       f"OR {cols['target']} IN ({_marks(filters.actors)}))")
        params.extend([*filters.actors, *filters.actors])
    for op, value in ((">=", filters.since), ("<=", filters.until)):
        if value:
            clauses.append(f"{cols['day']} {op} ?")
            params.append(value)
    words = [w.lower() for w in filters.text.split()]
    if words and table == "mentions":
        clauses.extend("contains(lower(sentence), ?)" for _ in words)
        params.extend(words)
    elif words:
        # A linked event matches when one of its mentions' sentences has every word.
        inner = " AND ".join("contains(lower(m.sentence), ?)" for _ in words)
        clauses.append("event_uid IN (SELECT l.event_uid FROM links l JOIN mentions m "
                       f"ON m.article_id = l.article_id AND m.seq = l.seq WHERE {inner})")
        params.extend(words)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def records(con: duckdb.DuckDBPyConnection, filters: WebFilters, page: int, size: int,
            sort: str = "date", desc: bool = False) -> dict[str, Any]:
    """One page of event records (mentions) with their evidence, and the total count."""
    clause, params = where(filters, "mentions")
    order = _order(RECORD_SORTS, sort, desc) + ", article_id, seq"
    total = con.execute(f"SELECT count(*) FROM mentions{clause}", params).fetchone()[0]
    size, offset = _page(page, size)
    sql = (f"SELECT m.*, a.title, a.url, a.source AS outlet, a.published "  # noqa: S608
           f"FROM (SELECT * FROM mentions{clause} ORDER BY {order} LIMIT ? OFFSET ?) m "
           f"LEFT JOIN articles a USING (article_id) ORDER BY {order}")
    rows = _rows(con, sql, [*params, size, offset])
    return {"total": total, "page": page, "size": size, "rows": rows}


def events(con: duckdb.DuckDBPyConnection, filters: WebFilters, page: int, size: int,
           sort: str = "date", desc: bool = False) -> dict[str, Any]:
    """One page of linked events, and the total count."""
    clause, params = where(filters, "events")
    total = con.execute(f"SELECT count(*) FROM events{clause}", params).fetchone()[0]
    size, offset = _page(page, size)
    sql = (f"SELECT * FROM events{clause} "  # noqa: S608
           f"ORDER BY {_order(EVENT_SORTS, sort, desc)}, event_uid LIMIT ? OFFSET ?")
    return {"total": total, "page": page, "size": size,
            "rows": _rows(con, sql, [*params, size, offset])}


def timeline(con: duckdb.DuckDBPyConnection, filters: WebFilters,
             by: str = "month") -> list[dict[str, Any]]:
    """Linked events per period: counts per quad class, total and Goldstein mean.

    Args:
        con: a store connection.
        filters: which events.
        by: "day", "week" (starting Monday), "month" or "year".

    Returns:
        One row per period in order: period (YYYY-MM-DD of its first day), start, end
        (last day), count, q1..q4 (verbal/material cooperation, verbal/material
        conflict) and goldstein_mean. Undated events are left out.
    """
    if by not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    clause, params = where(filters, "events")
    clause = f"{clause} AND date IS NOT NULL" if clause else " WHERE date IS NOT NULL"
    quads = ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))
    sql = (f"SELECT CAST(date_trunc(?, date) AS DATE) AS period, count(*) AS count, "  # noqa: S608
           f"{quads}, round(avg(goldstein), 3) AS goldstein_mean "
           f"FROM events{clause} GROUP BY 1 ORDER BY 1")
    rows = _rows(con, sql, [by, *params])
    for row in rows:
        row["end"] = _period_end(dt.date.fromisoformat(row["period"]), by).isoformat()
    return rows


def network(con: duckdb.DuckDBPyConnection, filters: WebFilters,
            limit: int = 100) -> dict[str, Any]:
    """The actor network: edges (source -> target) by count, with Goldstein means.

    Args:
        con: a store connection.
        filters: which events.
        limit: most edges (the heaviest), capped at `MAX_PAGE_SIZE`.

    Returns:
        ``{"nodes": [{id, name, count}], "edges": [{source, target, count,
        goldstein_mean}]}``; nodes are the actors of the edges returned.
    """
    clause, params = where(filters, "events")
    extra = "source_code IS NOT NULL AND target_code IS NOT NULL"
    clause = f"{clause} AND {extra}" if clause else f" WHERE {extra}"
    sql = (f"SELECT source_code AS source, target_code AS target, count(*) AS count, "  # noqa: S608
           f"round(avg(goldstein), 3) AS goldstein_mean, any_value(source_name) AS sname, "
           f"any_value(target_name) AS tname FROM events{clause} "
           "GROUP BY 1, 2 ORDER BY count DESC, 1, 2 LIMIT ?")
    edges = _rows(con, sql, [*params, min(max(limit, 1), MAX_PAGE_SIZE)])
    nodes: dict[str, dict[str, Any]] = {}
    for edge in edges:
        for end in ("source", "target"):
            name = edge.pop("sname" if end == "source" else "tname")
            node = nodes.setdefault(edge[end], {"id": edge[end], "name": name, "count": 0})
            node["count"] += edge["count"]
    return {"nodes": sorted(nodes.values(), key=lambda n: (-n["count"], n["id"])),
            "edges": edges}


def places(con: duckdb.DuckDBPyConnection, filters: WebFilters,
           limit: int = MAX_PAGE_SIZE) -> dict[str, Any]:
    """Event locations (named places with coordinates) and event counts per country."""
    clause, params = where(filters, "events")
    located = f"{clause} AND lat IS NOT NULL" if clause else " WHERE lat IS NOT NULL"
    points = _rows(con, (
        f"SELECT location_name AS name, location_country AS country, "  # noqa: S608
        f"round(avg(lat), 4) AS lat, round(avg(lon), 4) AS lon, count(*) AS count "
        f"FROM events{located} GROUP BY 1, 2 ORDER BY count DESC, 1 LIMIT ?"),
        [*params, min(max(limit, 1), MAX_PAGE_SIZE)])
    countried = (f"{clause} AND location_country IS NOT NULL" if clause
                 else " WHERE location_country IS NOT NULL")
    countries = _rows(con, (
        f"SELECT location_country AS country, count(*) AS count "  # noqa: S608
        f"FROM events{countried} GROUP BY 1 ORDER BY count DESC, 1"), params)
    unplaced = con.execute(f"SELECT count(*) FROM events{clause}{' AND' if clause else ' WHERE'} "
                           "location_country IS NULL AND lat IS NULL", params).fetchone()[0]
    return {"places": points, "countries": countries, "unplaced": unplaced}


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One stored article with its coded text and its event records (None if unknown).

    Each record carries ``sentence_start``: where its evidence sentence starts in the
    coded text (title, blank line, body), so spans can be highlighted; -1 when the
    sentence is not found (a text cut by the parser's length limit).
    """
    found = _rows(con, "SELECT * FROM articles WHERE article_id = ?", [article_id])
    if not found:
        return None
    row = found[0]
    coded = article_from_row(row).full_text
    mentions = _rows(con, "SELECT * FROM mentions WHERE article_id = ? ORDER BY seq",
                     [article_id])
    for mention in mentions:
        near = max(0, (mention["trigger_start"] or 0) - len(mention["sentence"]))
        start = coded.find(mention["sentence"], near)
        mention["sentence_start"] = start if start >= 0 else coded.find(mention["sentence"])
    row.pop("content_hash", None)
    return {"article": row, "coded_text": coded, "records": mentions}


def summary(con: duckdb.DuckDBPyConnection, filters: WebFilters, top: int = 10) -> dict[str, Any]:
    """Counts of the store, top dyads and event types, rejections and recent runs."""
    clause, params = where(filters, "events")
    m_clause, m_params = where(filters, "mentions")
    counts = {
        "articles": _one(con, "SELECT count(*) FROM articles"),
        "records": _one(con, f"SELECT count(*) FROM mentions{m_clause}", m_params),
        "events": _one(con, f"SELECT count(*) FROM events{clause}", params),
        "actors": _one(con, "SELECT count(*) FROM actors"),
        "rejections": _one(con, "SELECT count(*) FROM rejections"),
    }
    span = con.execute(f"SELECT min(date), max(date) FROM events{clause}", params).fetchone()
    dyads = _rows(con, (
        f"SELECT source_code AS source, target_code AS target, count(*) AS count, "  # noqa: S608
        f"round(avg(goldstein), 3) AS goldstein_mean FROM events{clause} "
        "GROUP BY 1, 2 ORDER BY count DESC, 1 NULLS LAST, 2 NULLS LAST LIMIT ?"),
        [*params, top])
    types = _rows(con, (
        f"SELECT event_type, any_value(quad_class) AS quad_class, count(*) AS count "  # noqa: S608
        f"FROM events{clause} GROUP BY 1 ORDER BY count DESC, 1 LIMIT ?"), [*params, top])
    stages = _rows(con, "SELECT stage, count(*) AS count FROM rejections "
                        "GROUP BY 1 ORDER BY 2 DESC, 1")
    recent = _rows(con, "SELECT article_id, stage, reason, recorded_at FROM rejections "
                        "ORDER BY recorded_at DESC, article_id LIMIT ?", [top])
    runs = _rows(con, "SELECT run_id, command, status, started_at, finished_at, articles_added, "
                      "mentions_added, rejections FROM runs ORDER BY started_at DESC LIMIT 5")
    return {"counts": counts, "first_date": _iso(span[0]), "last_date": _iso(span[1]),
            "top_dyads": dyads, "top_types": types, "rejections_by_stage": stages,
            "recent_rejections": recent, "runs": runs}


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> int:
    """The single value of a count query."""
    return con.execute(sql, params or []).fetchone()[0]


def _rows(con: duckdb.DuckDBPyConnection, sql: str,
          params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts (dates and timestamps as ISO strings)."""
    result = con.execute(sql, params or [])
    names = [d[0] for d in result.description]
    return [{k: _iso(v) for k, v in zip(names, row, strict=True)} for row in result.fetchall()]


def _iso(value: Any) -> Any:
    """Dates and datetimes as ISO strings; anything else unchanged."""
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _marks(values: tuple) -> str:
    """One placeholder per value."""
    return ", ".join("?" for _ in values)


def _order(sorts: dict[str, str], sort: str, desc: bool) -> str:
    """An ORDER BY list from a fixed sort key (unknown keys raise ValueError)."""
    if sort not in sorts:
        raise ValueError(f"sort must be one of {', '.join(sorts)}")
    return f"{sorts[sort]} {'DESC' if desc else 'ASC'} NULLS LAST"


def _page(page: int, size: int) -> tuple[int, int]:
    """The capped page size and the offset of a 1-based page."""
    size = min(max(size, 1), MAX_PAGE_SIZE)
    return size, min((max(page, 1) - 1) * size, MAX_OFFSET)


def _period_end(start: dt.date, by: str) -> dt.date:
    """The last day of the period starting on `start`."""
    if by == "day":
        return start
    if by == "week":
        return start + dt.timedelta(days=6)
    if by == "month":
        nxt = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(start.year, 12, 31)
