"""Records to table rows and back: `Event` <-> a ``mentions`` row, `Article` -> a row.

The conversion is lossless: `event_from_row(mention_row(event, ...))` is the same
record (a Hypothesis test checks it). A missing target is a row whose target columns
are all NULL (an `Actor` always has text and name); a missing place is a NULL
``location_name``; a missing span is a NULL start and end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa

from eventwire.articles import content_id
from eventwire.records import Actor, Article, Event, Place, Spans
from eventwire.store.schema import ACTOR_COLUMNS

_ACTOR_FIELDS = [
    pa.field(f"{role}_{name}", pa.string()) for role in ("source", "target")
    for name in ACTOR_COLUMNS
]
MENTION_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string()), pa.field("seq", pa.int32()),
        pa.field("event_id", pa.string()), pa.field("event_type", pa.string()),
        pa.field("mode", pa.string()), pa.field("cameo", pa.string()),
        pa.field("quad_class", pa.int32()), pa.field("goldstein", pa.float64()),
        pa.field("intensity", pa.float64()), *_ACTOR_FIELDS,
        pa.field("date", pa.string()), pa.field("date_precision", pa.string()),
        pa.field("event_date", pa.date32()),
        pa.field("location_name", pa.string()), pa.field("location_country", pa.string()),
        pa.field("lat", pa.float64()), pa.field("lon", pa.float64()),
        pa.field("negated", pa.bool_()), pa.field("hypothetical", pa.bool_()),
        pa.field("sentence", pa.string()), pa.field("sentence_index", pa.int32()),
        pa.field("trigger", pa.string()),
        *(pa.field(f"{n}_{e}", pa.int32()) for n in ("trigger", "source", "target")
          for e in ("start", "end")),
        pa.field("attribution", pa.string()), pa.field("confidence", pa.float64()),
        pa.field("coder_version", pa.string()), pa.field("run_id", pa.string()),
    ]
)
MENTION_COLUMNS = tuple(MENTION_SCHEMA.names)

ARTICLE_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string()), pa.field("content_hash", pa.string()),
        pa.field("title", pa.string()), pa.field("published", pa.date32()),
        pa.field("source", pa.string()), pa.field("url", pa.string()),
        pa.field("text", pa.string()), pa.field("status", pa.string()),
        pa.field("coder_version", pa.string()), pa.field("run_id", pa.string()),
        pa.field("ingested_at", pa.timestamp("us")),
    ]
)

REJECTION_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string()), pa.field("stage", pa.string()),
        pa.field("reason", pa.string()), pa.field("run_id", pa.string()),
        pa.field("recorded_at", pa.timestamp("us")),
    ]
)


def article_hash(article: Article) -> str:
    """The content hash of an article: every field that can change how it is coded.

    Title, text, publication date, source and url are joined with a separator that
    cannot occur in them and hashed with `content_id` (line endings normalised).
    """
    parts = [article.title or "", article.text, str(article.published or ""),
             article.source or "", article.url or ""]
    return content_id("\x1f".join(parts))


def mention_row(event: Event, seq: int, coder_version: str, run_id: str) -> dict[str, Any]:
    """The ``mentions`` row of one event record (the `seq`-th record of its article)."""
    row: dict[str, Any] = {
        "article_id": event.article_id, "seq": seq, "event_id": event.event_id,
        "event_type": event.event_type, "mode": event.mode, "cameo": event.cameo,
        "quad_class": event.quad_class, "goldstein": event.goldstein,
        "intensity": event.intensity, "date": event.date,
        "date_precision": event.date_precision, "event_date": _as_date(event.date),
        "negated": event.negated, "hypothetical": event.hypothetical,
        "sentence": event.sentence, "sentence_index": event.sentence_index,
        "trigger": event.trigger, "attribution": event.attribution,
        "confidence": event.confidence, "coder_version": coder_version, "run_id": run_id,
    }
    for role in ("source", "target"):
        actor = getattr(event, role)
        for name in ACTOR_COLUMNS:
            row[f"{role}_{name}"] = getattr(actor, name) if actor else None
    place = event.location
    row.update(location_name=place.name if place else None,
               location_country=place.country if place else None,
               lat=place.lat if place else None, lon=place.lon if place else None)
    for name in ("trigger", "source", "target"):
        span = getattr(event.spans, name)
        row[f"{name}_start"], row[f"{name}_end"] = span if span else (None, None)
    return row


def event_from_row(row: Mapping[str, Any]) -> Event:
    """The `Event` record stored in one ``mentions`` row (the inverse of `mention_row`)."""
    return Event(
        article_id=row["article_id"], event_type=row["event_type"], mode=row["mode"],
        cameo=row["cameo"], quad_class=row["quad_class"], goldstein=row["goldstein"],
        intensity=row["intensity"], source=_actor(row, "source"),
        target=_actor(row, "target"), date=row["date"],
        date_precision=row["date_precision"], location=_place(row),
        negated=row["negated"], hypothetical=row["hypothetical"], sentence=row["sentence"],
        sentence_index=row["sentence_index"], trigger=row["trigger"],
        spans=Spans(trigger=_span(row, "trigger"), source=_span(row, "source"),
                    target=_span(row, "target")),
        attribution=row["attribution"], confidence=row["confidence"],
        event_id=row["event_id"],
    )


def article_row(article: Article, status: str, coder_version: str, run_id: str,
                now: dt.datetime) -> dict[str, Any]:
    """The ``articles`` row of one article."""
    return {
        "article_id": article.id, "content_hash": article_hash(article),
        "title": article.title, "published": article.published, "source": article.source,
        "url": article.url, "text": article.text, "status": status,
        "coder_version": coder_version, "run_id": run_id, "ingested_at": now,
    }


def article_from_row(row: Mapping[str, Any]) -> Article:
    """The `Article` stored in one ``articles`` row."""
    return Article(id=row["article_id"], text=row["text"], title=row["title"],
                   published=row["published"], source=row["source"], url=row["url"])


def to_table(rows: Sequence[Mapping[str, Any]], schema: pa.Schema) -> pa.Table:
    """Rows as an Arrow table with the given schema (column by column, no pandas)."""
    columns = {name: [row[name] for row in rows] for name in schema.names}
    return pa.table(columns, schema=schema)


def _actor(row: Mapping[str, Any], role: str) -> Actor | None:
    """The actor in `role` columns, or None when they are all NULL."""
    values = {name: row[f"{role}_{name}"] for name in ACTOR_COLUMNS}
    if values["text"] is None and values["name"] is None:
        return None
    return Actor(**values)


def _place(row: Mapping[str, Any]) -> Place | None:
    """The place in the location columns, or None."""
    if row["location_name"] is None:
        return None
    return Place(name=row["location_name"], country=row["location_country"],
                 lat=row["lat"], lon=row["lon"])


def _span(row: Mapping[str, Any], name: str) -> tuple[int, int] | None:
    """A (start, end) span, or None when the columns are NULL."""
    start, end = row[f"{name}_start"], row[f"{name}_end"]
    return None if start is None else (start, end)


def _as_date(value: str | None) -> dt.date | None:
    """The record's date as a date for queries; None when absent or not ISO."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
