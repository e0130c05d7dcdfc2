"""Checking helpers shared by the whole-article date tests (test_dates_articles*.py):
expected events written as (types "A|B", source, target, date, precision)."""

from __future__ import annotations

from datetime import date

from eventwire.records import Article
from fresh_support import SYMMETRIC


def _matches(spec: str | None, code: str | None) -> bool:
    return spec is None or code in spec.split("|")


def _precision(event) -> str:
    """A day taken from the story (precision "lede") is a day."""
    return "day" if event.date_precision == "lede" else event.date_precision


def coded_events(coder, published: str, text: str) -> list:
    article = Article("dates", text, published=date.fromisoformat(published))
    return [e for e in coder.code_text(article) if not e.negated and not e.hypothetical]


def candidates(events: list, types: str, source: str | None, target: str | None) -> list:
    """The coded events of the expected type and actors (either way when symmetric)."""
    def code(actor):
        return actor.code if actor else None

    return [e for e in events if e.event_type in types.split("|")
            and ((_matches(source, code(e.source)) and _matches(target, code(e.target)))
                 or (e.event_type in SYMMETRIC and _matches(target, code(e.source))
                     and _matches(source, code(e.target))))]


def wrong_dates(coder, name: str, published: str, text: str, expected: list,
                xfail: dict[tuple[str, int], str]) -> tuple[list[str], list]:
    """(expected events whose date came out otherwise than listed, coded events) of an
    article; an expected event listed in ``xfail`` must still be wrong."""
    events = coded_events(coder, published, text)
    coded = [(e.event_type, e.source and e.source.code, e.target and e.target.code, e.date,
              e.date_precision) for e in events]
    wrong = []
    for index, (types, source, target, when, precision) in enumerate(expected):
        found = candidates(events, types, source, target)
        right = any(e.date == when and _precision(e) == precision for e in found)
        if right == ((name, index) in xfail):
            wrong.append(f"{types} {source}->{target} {when} {precision}: "
                         f"{'found' if right else 'missing'}")
    return wrong, coded
