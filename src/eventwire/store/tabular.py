"""Write rows of any query (SQL results, dyad counts, linked events) as a table, CSV or
JSON Lines."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any, TextIO

ROW_FORMATS = ("table", "jsonl", "csv")
MAX_CELL = 40


def write_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str,
               stream: TextIO) -> int:
    """Write rows with their column names.

    Args:
        columns: the column names.
        rows: the rows, each in column order.
        fmt: "table" (aligned, cells cut to 40 characters), "jsonl" or "csv".
        stream: where to write.

    Returns:
        The number of rows written.
    """
    if fmt == "jsonl":
        for row in rows:
            record = dict(zip(columns, row, strict=True))
            stream.write(json.dumps(record, ensure_ascii=False, default=_json_value) + "\n")
    elif fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_text(v) for v in row] for row in rows])
    elif fmt == "table":
        _write_table(columns, rows, stream)
    else:
        raise ValueError(f"unknown format {fmt!r} (one of: {', '.join(ROW_FORMATS)})")
    return len(rows)


def _write_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], stream: TextIO) -> None:
    """Aligned columns: a header, then one line per row."""
    cells = [[_cut(_text(v)) for v in row] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    for line in ([list(columns)], cells):
        for row in line:
            stream.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True))
                         .rstrip() + "\n")


def _text(value: Any) -> str:
    """A cell: empty for None, ISO for dates, lowercase booleans, str otherwise."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _cut(text: str) -> str:
    """One line, at most `MAX_CELL` characters."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _json_value(value: Any) -> Any:
    """JSON for values json cannot write (dates, decimals ...)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
