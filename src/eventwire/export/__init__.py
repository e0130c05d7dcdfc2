"""export stage: events and rejections as JSON Lines, CSV or a terminal table."""

from eventwire.export.table import format_table, write_table
from eventwire.export.writers import (
    CSV_COLUMNS,
    WRITERS,
    write_csv,
    write_jsonl,
    write_rejections_jsonl,
)

__all__ = [
    "CSV_COLUMNS",
    "WRITERS",
    "format_table",
    "write_csv",
    "write_jsonl",
    "write_rejections_jsonl",
    "write_table",
]
