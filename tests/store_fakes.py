"""A stand-in coder for store tests: events spelled out in the article text, no model.

Each line of an article's text that starts with a PLOVER type is one event record:

    TYPE SOURCE TARGET|- DATE|- [PLACE PLACE_COUNTRY] [neg|hyp]

e.g. "ASSAULT RUS UKR 2024-05-14 Kharkiv UKR". An article whose text contains FAIL is a
code-stage rejection. Read rejections pass through, as with the real coder.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from eventwire.events.ontology import EVENT_TYPES
from eventwire.records import Actor, Article, Event, Place, Rejection, Spans


def actor(code: str) -> Actor:
    """A government actor of a country, or an organisation when the code is long."""
    if len(code) == 3:
        return Actor(text=code.title(), name=f"name of {code}", country=code, sector="GOV",
                     kb_id=code)
    return Actor(text=code, name=code, org=code, sector="IGO", kb_id=code)


def spec_event(article_id: str, index: int, line: str) -> Event:
    """The event a spec line describes (the line is its own evidence sentence)."""
    parts = line.split()
    kind, source, target, date = parts[:4]
    rest = parts[4:]
    flags = {rest.pop()} if rest and rest[-1] in ("neg", "hyp") else set()
    place = Place(rest[0], rest[1], 50.0, 36.25) if len(rest) >= 2 else None
    spec = EVENT_TYPES[kind]
    return Event(
        article_id=article_id, event_type=kind, mode=None, cameo=spec.cameo_root + "0",
        quad_class=spec.quad_class, goldstein=-2.5 * spec.quad_class, intensity=-1.0,
        source=actor(source), target=None if target == "-" else actor(target),
        date=None if date == "-" else date, date_precision=None if date == "-" else "day",
        location=place, negated="neg" in flags, hypothetical="hyp" in flags,
        sentence=line, sentence_index=index, trigger=kind.lower(),
        spans=Spans(trigger=(0, len(kind)), source=(len(kind) + 1, len(kind) + 4)),
        attribution=None, confidence=0.75,
    )


class FakeCoder:
    """Codes spec lines; counts the articles it was given."""

    def __init__(self) -> None:
        self.coded: list[str] = []

    def code(self, items: Iterable[Article | Rejection]) -> Iterator[Event | Rejection]:
        """Events of each article's spec lines, in order; rejections pass through."""
        for item in items:
            if isinstance(item, Rejection):
                yield item
                continue
            self.coded.append(item.id)
            if "FAIL" in item.text:
                yield Rejection(item.id, "code", "ValueError: cannot code")
                continue
            for index, line in enumerate(item.text.splitlines()):
                if line.split() and line.split()[0] in EVENT_TYPES:
                    yield spec_event(item.id, index, line)


def article(article_id: str, *lines: str, published: str | None = "2024-05-14",
            source: str | None = "Alpha Wire") -> Article:
    """An article whose text is the given spec lines."""
    import datetime as dt

    return Article(id=article_id, text="\n".join(lines) or "no events here",
                   published=dt.date.fromisoformat(published) if published else None,
                   source=source, url=f"https://example.org/{article_id}")
