"""Event records as Parquet: the flat columns of the CSV writer, typed.

The columns are `eventwire.export.CSV_COLUMNS` (a view of `Event.to_dict()`, actors,
place and spans flattened) with Arrow types: integers for quad class, sentence index and
span offsets, doubles for scores, confidence and coordinates, booleans for the flags,
strings for the rest. Rows are written in row groups as they come (constant memory).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.export.writers import CSV_COLUMNS, flat_row
from eventwire.records import Event

_INTS = {"quad_class", "sentence_index", "trigger_start", "trigger_end", "source_start",
         "source_end", "target_start", "target_end"}
_FLOATS = {"goldstein", "intensity", "confidence", "lat", "lon"}
_BOOLS = {"negated", "hypothetical"}


def _type(name: str) -> pa.DataType:
    """The Arrow type of one flat column."""
    if name in _INTS:
        return pa.int32()
    if name in _FLOATS:
        return pa.float64()
    return pa.bool_() if name in _BOOLS else pa.string()


PARQUET_SCHEMA = pa.schema([pa.field(name, _type(name)) for name in CSV_COLUMNS])
"""The Parquet file's schema."""


def write_parquet(events: Iterable[Event], path: str | Path, group_size: int = 10_000) -> int:
    """Write event records to a Parquet file.

    Args:
        events: the records.
        path: the file to write (replaced if it exists).
        group_size: records per row group.

    Returns:
        The number of records written.
    """
    count = 0
    with pq.ParquetWriter(str(path), PARQUET_SCHEMA) as writer:
        rows: list[dict] = []
        for event in events:
            rows.append(flat_row(event))
            if len(rows) >= group_size:
                writer.write_table(pa.Table.from_pylist(rows, schema=PARQUET_SCHEMA))
                count += len(rows)
                rows = []
        if rows or count == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=PARQUET_SCHEMA))
            count += len(rows)
    return count
