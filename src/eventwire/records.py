"""The record types every stage shares: articles in, events and rejections out.

All records are frozen dataclasses. Every output format (JSONL, CSV, table, later the
store and the GDELT/POLECAT views) is a view of `Event.to_dict()`.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Article:
    """One news article as read from the input."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None

    @property
    def full_text(self) -> str:
        """Title and body as the coder sees them (title first, as its own paragraph)."""
        if self.title and not self.text.lstrip().startswith(self.title.strip()):
            return f"{self.title.strip()}\n\n{self.text}"
        return self.text


@dataclass(frozen=True)
class Actor:
    """A resolved actor: what the text says and who that is.

    country is ISO 3166-1 alpha-3 or None; org is an international organisation code
    (UN, NATO, EU ...) or None; sector is a POLECAT sector code (GOV, MIL, REB ...).
    """

    text: str
    name: str
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    kb_id: str | None = None

    @property
    def code(self) -> str | None:
        """The scoring key of ANNOTATION.md: country, else organisation."""
        return self.country or self.org


@dataclass(frozen=True)
class Place:
    """Where an event happened."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Spans:
    """Character offsets [start, end) into the article's coded text."""

    trigger: tuple[int, int]
    source: tuple[int, int] | None = None
    target: tuple[int, int] | None = None


@dataclass(frozen=True)
class Event:
    """One (event type, source, target) record with its evidence."""

    article_id: str
    event_type: str
    mode: str | None
    cameo: str
    quad_class: int
    goldstein: float
    intensity: float
    source: Actor
    target: Actor | None
    date: str | None
    date_precision: str | None
    location: Place | None
    negated: bool
    hypothetical: bool
    sentence: str
    sentence_index: int
    trigger: str
    spans: Spans
    attribution: str | None = None
    confidence: float = 0.5
    event_id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.event_id:
            object.__setattr__(self, "event_id", self.stable_id())

    def stable_id(self) -> str:
        """Hash of (article_id, sentence index, type, source, target): stable across runs."""
        target = self.target.code if self.target else ""
        key = "|".join(
            [
                self.article_id,
                str(self.sentence_index),
                self.event_type,
                self.source.code or self.source.name,
                target or (self.target.name if self.target else ""),
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The record as DESIGN.md defines it, ready for JSON."""
        record = asdict(self)
        record["spans"] = {k: list(v) if v else None for k, v in record["spans"].items()}
        ordered = {"event_id": record.pop("event_id")}
        ordered.update(record)
        return ordered


@dataclass(frozen=True)
class Rejection:
    """An input record that could not be coded, and why. Counted, never dropped silently."""

    article_id: str
    stage: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
