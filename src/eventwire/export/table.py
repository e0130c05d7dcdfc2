"""A compact fixed-width table of events for the terminal (readable at 120 columns).

Columns: date, type, source and target (country or organisation code, then sector),
trigger, flags (N negated, H hypothetical), location, and the evidence sentence cut to
the room left, centred on the trigger when the trigger is far into the sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from eventwire.records import Actor, Event

DEFAULT_WIDTH = 120
MIN_EVIDENCE = 20
ELLIPSIS = "…"
COLUMNS = (
    ("DATE", 10),
    ("TYPE", 11),
    ("SOURCE", 10),
    ("TARGET", 10),
    ("TRIGGER", 10),
    ("FL", 2),
    ("LOCATION", 9),
)


def format_table(events: Iterable[Event], width: int = DEFAULT_WIDTH) -> str:
    """The events as a table: a header line, then one line per event.

    Args:
        events: the events to show.
        width: total line width; the evidence column takes what the others leave.

    Returns:
        The table, lines joined by "\\n", no trailing newline.
    """
    return "\n".join(table_lines(events, width))


def write_table(events: Iterable[Event], stream: TextIO, width: int = DEFAULT_WIDTH) -> int:
    """Write the table line by line (the columns are fixed, so nothing is collected).

    Returns:
        The number of events written (the header is not counted).
    """
    lines = table_lines(events, width)
    stream.write(next(lines) + "\n")
    count = 0
    for line in lines:
        stream.write(line + "\n")
        count += 1
    return count


def table_lines(events: Iterable[Event], width: int = DEFAULT_WIDTH) -> Iterator[str]:
    """The header line, then one line per event."""
    evidence = _evidence_width(width)
    yield _join([name for name, _ in COLUMNS], "EVIDENCE")
    for event in events:
        yield _join(_cells(event), _evidence(event.sentence, event.trigger, evidence))


def _cells(event: Event) -> list[str]:
    """The fixed-width cells of one event, in `COLUMNS` order (not yet padded)."""
    flags = ("N" if event.negated else "") + ("H" if event.hypothetical else "")
    location = event.location
    place = (location.name or location.country or "") if location else ""
    return [
        event.date or "",
        event.event_type,
        actor_label(event.source),
        actor_label(event.target) if event.target else "-",
        _one_line(event.trigger),
        flags,
        place,
    ]


def actor_label(actor: Actor) -> str:
    """Country (or organisation) code and sector, e.g. "USA GOV"; the name if no code."""
    parts = [actor.code or _one_line(actor.name)]
    if actor.sector:
        parts.append(actor.sector)
    return " ".join(parts)


def _join(cells: list[str], evidence: str) -> str:
    """Pad or cut each cell to its column and append the evidence."""
    fitted = [_fit(cell, size).ljust(size) for cell, (_, size) in zip(cells, COLUMNS, strict=True)]
    return " ".join([*fitted, evidence]).rstrip()


def _evidence(sentence: str, trigger: str, width: int) -> str:
    """The sentence on one line, cut to `width`, keeping the trigger in view."""
    text = _one_line(sentence)
    if len(text) <= width:
        return text
    position = text.find(_one_line(trigger)) if trigger else -1
    end = position + len(trigger)
    if position < 0 or end <= width - 1:
        return _fit(text, width)
    start = max(0, min(position - width // 3, len(text) - width + 1))
    return _fit(ELLIPSIS + text[start + 1 :], width)


def _evidence_width(width: int) -> int:
    """Room left for the evidence column once the fixed columns and gaps are placed."""
    fixed = sum(size + 1 for _, size in COLUMNS)
    return max(MIN_EVIDENCE, width - fixed)


def _fit(text: str, size: int) -> str:
    """Cut `text` to `size` characters, marking the cut with an ellipsis."""
    return text if len(text) <= size else text[: size - 1] + ELLIPSIS


def _one_line(text: str) -> str:
    """Collapse all whitespace (newlines included) to single spaces."""
    return " ".join(text.split())
