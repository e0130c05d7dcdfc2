"""Export the store: event records (jsonl, csv, parquet, polecat, icews) or linked
events (gdelt), filtered like `eventwire query`.

| format | one row per | columns |
|---|---|---|
| jsonl | event record | `Event.to_dict()` |
| csv | event record | `eventwire.export.CSV_COLUMNS` |
| parquet | event record | the CSV columns, typed (`eventwire.export.parquet`) |
| gdelt | linked event | GDELT 2.0 event table (`eventwire.export.gdelt`), TSV |
| polecat | event record | POLECAT's columns (`eventwire.export.polecat`), TSV |
| icews | event record | ICEWS's columns (`eventwire.export.icews`), TSV |

The tab-separated formats carry a header line; missing values are empty cells.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import duckdb

from eventwire.export import gdelt, icews, polecat
from eventwire.export.parquet import write_parquet
from eventwire.export.writers import write_csv, write_jsonl
from eventwire.store.queries import Filters, query_mentions, where_events, where_mentions

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "polecat", "icews")

_GDELT_SQL = """
SELECT e.*, m.source_country, m.target_country, a.url, a.ingested_at
FROM events e
JOIN mentions m ON m.article_id = e.first_article_id AND m.seq = e.first_seq
JOIN articles a ON a.article_id = e.first_article_id
"""

_MENTION_SQL = """
SELECT m.*, a.source AS publisher, a.published
FROM mentions m JOIN articles a USING (article_id)
"""


def export(con: duckdb.DuckDBPyConnection, fmt: str, path: str | Path,
           filters: Filters | None = None) -> int:
    """Write the store's records or events matching `filters` to `path` in `fmt`.

    Args:
        con: a store connection.
        fmt: one of `FORMATS`.
        path: the output file (replaced).
        filters: which records (default: all).

    Returns:
        The number of rows written (the header is not counted).
    """
    filters = filters or Filters()
    if fmt == "parquet":
        return write_parquet(query_mentions(con, filters), path)
    with open(path, "w", encoding="utf-8", newline="") as stream:
        if fmt == "jsonl":
            return write_jsonl(query_mentions(con, filters), stream)
        if fmt == "csv":
            return write_csv(query_mentions(con, filters), stream)
        if fmt == "gdelt":
            return write_tsv(_rows(con, _GDELT_SQL, where_events(filters), "date, event_uid",
                                   filters), gdelt.COLUMNS, gdelt.gdelt_row, stream)
        mapper = {"polecat": (polecat.COLUMNS, polecat.polecat_row),
                  "icews": (icews.COLUMNS, icews.icews_row)}.get(fmt)
        if mapper is None:
            raise ValueError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
        rows = _rows(con, _MENTION_SQL, where_mentions(filters),
                     "event_date, article_id, seq", filters)
        return write_tsv(rows, mapper[0], mapper[1], stream)


def write_tsv(rows: Iterator[Mapping[str, Any]], columns: tuple[str, ...],
              to_row: Callable[[Mapping[str, Any]], dict[str, Any]], stream: Any) -> int:
    """Write a header and one tab-separated line per row mapped by `to_row`."""
    writer = csv.writer(stream, delimiter="\t", lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        mapped = to_row(row)
        writer.writerow([mapped[name] for name in columns])
        count += 1
    return count


def _rows(con: duckdb.DuckDBPyConnection, select: str, where: tuple[str, list[Any]],
          order: str, filters: Filters) -> Iterator[dict[str, Any]]:
    """Stream the rows of `select` with a filter clause, an order and a limit."""
    clause, params = where
    sql = f"SELECT * FROM ({select}){clause} ORDER BY {order} NULLS LAST"  # noqa: S608
    if filters.limit is not None:
        sql += " LIMIT ?"
        params = [*params, filters.limit]
    for batch in con.execute(sql, params).fetch_record_batch(1024):
        yield from batch.to_pylist()
