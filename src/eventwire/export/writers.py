"""Write events and rejections as JSON Lines, flat CSV or a terminal table.

Every writer takes an iterable of records and a text stream, writes as it goes (nothing
is collected) and returns the number of records written. Every format is a view of
`Event.to_dict()`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from types import MappingProxyType
from typing import Any, TextIO

from eventwire.export.table import write_table
from eventwire.records import Actor, Event, Rejection

ACTOR_FIELDS = ("text", "name", "country", "org", "sector", "kb_id")
SCALAR_FIELDS = (
    "event_id",
    "article_id",
    "date",
    "date_precision",
    "event_type",
    "mode",
    "cameo",
    "quad_class",
    "goldstein",
    "intensity",
    "negated",
    "hypothetical",
    "attribution",
    "confidence",
    "trigger",
    "sentence_index",
    "sentence",
)
CSV_COLUMNS = (
    "event_id",
    "article_id",
    "date",
    "date_precision",
    "event_type",
    "mode",
    "cameo",
    "quad_class",
    "goldstein",
    "intensity",
    *(f"source_{name}" for name in ACTOR_FIELDS),
    *(f"target_{name}" for name in ACTOR_FIELDS),
    "location_name",
    "location_country",
    "lat",
    "lon",
    "negated",
    "hypothetical",
    "attribution",
    "confidence",
    "trigger",
    "trigger_start",
    "trigger_end",
    "source_start",
    "source_end",
    "target_start",
    "target_end",
    "sentence_index",
    "sentence",
)


def write_jsonl(events: Iterable[Event], stream: TextIO) -> int:
    """Write one JSON object per line: exactly `Event.to_dict()`, UTF-8 text kept as is.

    Returns:
        The number of events written.
    """
    return _write_json_lines((event.to_dict() for event in events), stream)


def write_rejections_jsonl(rejections: Iterable[Rejection], stream: TextIO) -> int:
    """Write one JSON object per rejection: article_id, stage, reason.

    Returns:
        The number of rejections written.
    """
    return _write_json_lines((rejection.to_dict() for rejection in rejections), stream)


def write_csv(events: Iterable[Event], stream: TextIO) -> int:
    """Write a header and one flat row per event (columns `CSV_COLUMNS`).

    Missing values are empty cells; booleans are "true"/"false". Open a file
    with newline="" so the csv module controls line endings.

    Returns:
        The number of events written (the header is not counted).
    """
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for event in events:
        row = flat_row(event)
        writer.writerow([_cell(row[name]) for name in CSV_COLUMNS])
        count += 1
    return count


def flat_row(event: Event) -> dict[str, Any]:
    """The event as one flat mapping of `CSV_COLUMNS` to values (None when missing)."""
    location, spans = event.location, event.spans
    row: dict[str, Any] = {name: getattr(event, name) for name in SCALAR_FIELDS}
    row.update(_actor_columns("source", event.source))
    row.update(_actor_columns("target", event.target))
    row.update(
        location_name=location.name if location else None,
        location_country=location.country if location else None,
        lat=location.lat if location else None,
        lon=location.lon if location else None,
    )
    for name in ("trigger", "source", "target"):
        span = getattr(spans, name)
        row[f"{name}_start"], row[f"{name}_end"] = span if span else (None, None)
    return row


def _actor_columns(role: str, actor: Actor | None) -> dict[str, Any]:
    """The actor's fields prefixed by its role; all None when there is no actor."""
    return {f"{role}_{name}": getattr(actor, name) if actor else None for name in ACTOR_FIELDS}


def _cell(value: Any) -> Any:
    """A CSV cell: empty for None, lowercase for booleans, the value otherwise."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _write_json_lines(records: Iterable[dict[str, Any]], stream: TextIO) -> int:
    """Write each mapping as one line of JSON; return how many were written."""
    count = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


Writer = Callable[[Iterable[Event], TextIO], int]
WRITERS: MappingProxyType[str, Writer] = MappingProxyType(
    {"jsonl": write_jsonl, "csv": write_csv, "table": write_table}
)
"""Output format name (the CLI's --format) to its writer."""
