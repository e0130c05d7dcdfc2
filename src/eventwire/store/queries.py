"""Read the store: filtered mentions, linked events, dyad time series, read-only SQL.

Every user value reaches DuckDB as a bound parameter (``?``); only fixed, validated
names (columns, a period from a closed list) are ever part of the SQL text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import duckdb

from eventwire.events.ontology import EVENT_TYPES
from eventwire.records import Event
from eventwire.store.rows import MENTION_COLUMNS, event_from_row

PERIODS = ("day", "week", "month", "year")
READ_STATEMENTS = frozenset({"SELECT", "EXPLAIN"})


class QueryError(ValueError):
    """A filter value or SQL statement the store refuses; the message says why."""


@dataclass(frozen=True)
class Filters:
    """What to select. Empty fields select everything.

    Attributes:
        source: source actor codes (country ISO3 or organisation); any of them.
        target: target actor codes; any of them.
        types: PLOVER event types; any of them.
        quad: quad classes 1-4; any of them.
        since: first event date included.
        until: last event date included.
        words: words that must all occur in the evidence sentence (case-insensitive).
        flagged: include negated and hypothetical records.
        limit: most rows returned (None: all).
    """

    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    quad: tuple[int, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    words: tuple[str, ...] = field(default=())
    flagged: bool = True
    limit: int | None = None

    def __post_init__(self) -> None:
        unknown = sorted(set(self.types) - set(EVENT_TYPES))
        if unknown:
            raise QueryError(f"unknown event type {unknown[0]!r} "
                             f"(one of: {', '.join(EVENT_TYPES)})")
        bad = [q for q in self.quad if q not in (1, 2, 3, 4)]
        if bad:
            raise QueryError(f"quad class must be 1, 2, 3 or 4, not {bad[0]}")
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"--since {self.since} is after --until {self.until}")
        if self.limit is not None and self.limit < 0:
            raise QueryError(f"limit must be >= 0, not {self.limit}")


def where_mentions(filters: Filters) -> tuple[str, list[Any]]:
    """The WHERE clause (and its parameters) over the ``mentions`` table."""
    clauses, params = _common(filters, "coalesce(source_country, source_org)",
                              "coalesce(target_country, target_org)", "event_date")
    for word in filters.words:
        clauses.append("sentence ILIKE ? ESCAPE '\\'")
        params.append("%" + _escape_like(word) + "%")
    if not filters.flagged:
        clauses.append("NOT (negated OR hypothetical)")
    return _join(clauses), params


def where_events(filters: Filters) -> tuple[str, list[Any]]:
    """The WHERE clause (and its parameters) over the ``events`` table."""
    if filters.words:
        raise QueryError("word filters apply to mentions, not linked events")
    clauses, params = _common(filters, "source_code", "target_code", "date")
    return _join(clauses), params


def _common(filters: Filters, source: str, target: str, day: str) -> tuple[list[str], list]:
    """Clauses shared by mentions and events; column expressions are fixed names."""
    clauses: list[str] = []
    params: list[Any] = []
    for column, values in ((source, filters.source), (target, filters.target),
                           ("event_type", filters.types), ("quad_class", filters.quad)):
        if values:
            clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)
    if filters.since:
        clauses.append(f"{day} >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"{day} <= ?")
        params.append(filters.until)
    return clauses, params


def query_mentions(con: duckdb.DuckDBPyConnection, filters: Filters) -> Iterator[Event]:
    """The stored event records matching `filters`, by date, article and order."""
    where, params = where_mentions(filters)
    sql = (f"SELECT {', '.join(MENTION_COLUMNS)} FROM mentions{where} "  # noqa: S608
           "ORDER BY event_date NULLS LAST, article_id, seq" + _limit(filters, params))
    reader = con.execute(sql, params).fetch_record_batch(1024)
    for batch in reader:
        for row in batch.to_pylist():
            yield event_from_row(row)


def query_events(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[dict[str, Any]]:
    """The linked events matching `filters` (``events`` rows), by date and id."""
    where, params = where_events(filters)
    sql = (f"SELECT * FROM events{where} ORDER BY date NULLS LAST, event_uid"  # noqa: S608
           + _limit(filters, params))
    return con.execute(sql, params).fetch_arrow_table().to_pylist()


def dyads(con: duckdb.DuckDBPyConnection, filters: Filters, by: str = "month",
          mentions: bool = False) -> list[dict[str, Any]]:
    """Counts per period, dyad, event type and quad class, with Goldstein sum and mean.

    Args:
        con: a store connection.
        filters: which events (or mentions) to count.
        by: "day", "week" (starting Monday), "month" or "year".
        mentions: count mentions (reports) instead of linked events.

    Returns:
        Rows of period, source, target, event_type, quad_class, count, goldstein_sum,
        goldstein_mean; undated events are left out.
    """
    if by not in PERIODS:
        raise QueryError(f"period must be one of {', '.join(PERIODS)}, not {by!r}")
    if mentions:
        where, params = where_mentions(filters)
        table, source, target, day = ("mentions", "coalesce(source_country, source_org)",
                                      "coalesce(target_country, target_org)", "event_date")
    else:
        where, params = where_events(filters)
        table, source, target, day = "events", "source_code", "target_code", "date"
    where = f"{where} AND {day} IS NOT NULL" if where else f" WHERE {day} IS NOT NULL"
    sql = (
        f"SELECT CAST(date_trunc(?, {day}) AS DATE) AS period, {source} AS source, "  # noqa: S608
        f"{target} AS target, event_type, quad_class, count(*) AS count, "
        "round(sum(goldstein), 3) AS goldstein_sum, round(avg(goldstein), 3) AS goldstein_mean "
        f"FROM {table}{where} GROUP BY ALL ORDER BY ALL"
    )
    return con.execute(sql, [by, *params]).fetch_arrow_table().to_pylist()


def run_sql(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple]]:
    """Run one read-only statement; refuse anything else before it runs.

    Args:
        con: a store connection opened read-only (the second line of defence).
        sql: a single SELECT (or WITH ... SELECT, or EXPLAIN) statement.

    Returns:
        The column names and the rows.

    Raises:
        QueryError: several statements, a statement that is not a read, or a SQL error.
    """
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(f"invalid SQL: {exc}") from exc
    if len(statements) != 1:
        raise QueryError(f"expected one SQL statement, found {len(statements)}")
    kind = _statement_kind(con, statements[0])
    if kind not in READ_STATEMENTS:
        raise QueryError(f"the store is read-only here: {kind} statements are refused "
                         "(only SELECT queries run)")
    try:
        result = con.execute(sql)
        return [d[0] for d in result.description or []], result.fetchall()
    except duckdb.Error as exc:
        raise QueryError(str(exc).split("\n")[0]) from exc


def _statement_kind(con: duckdb.DuckDBPyConnection, statement: Any) -> str:
    """The statement's type; for EXPLAIN [ANALYZE], the type of the statement explained
    (EXPLAIN ANALYZE runs it)."""
    kind = statement.type.name
    if kind != "EXPLAIN":
        return kind
    inner = re.sub(r"^\s*EXPLAIN\s+(ANALYZE\s+|\(.*?\)\s*)?", "", statement.query,
                   flags=re.IGNORECASE | re.DOTALL)
    try:
        explained = con.extract_statements(inner)
    except duckdb.Error:
        return kind
    return explained[0].type.name if len(explained) == 1 else kind


def _limit(filters: Filters, params: list[Any]) -> str:
    """A LIMIT clause bound as a parameter ("" when there is no limit)."""
    if filters.limit is None:
        return ""
    params.append(filters.limit)
    return " LIMIT ?"


def _join(clauses: list[str]) -> str:
    """" WHERE a AND b", or "" when there are no clauses."""
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def _escape_like(word: str) -> str:
    """Escape LIKE wildcards so a word matches literally."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
