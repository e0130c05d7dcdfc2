"""Alerts: new linked events matching a rule, with their evidence, printed or posted.

A rule is a list of ``key=value`` terms, all of which must hold; a value may list
alternatives separated by commas. Keys: ``type`` (PLOVER type), ``source``, ``target``
(actor code: country, else organisation), ``country`` (either actor's code, or the
event's place country), ``quad`` (1-4), ``text`` (a word of the evidence sentence).
Example: ``type=ASSAULT,COERCE country=TWN``. Negated and hypothetical records are
not events and never alert. Each linked event alerts once, even across restarts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import duckdb

from eventwire.events.ontology import EVENT_TYPES
from eventwire.records import Event
from eventwire.store.rows import event_from_row
from eventwire.watch import state

KEYS = ("type", "source", "target", "country", "quad", "text")
Sink = Callable[[dict[str, Any]], None]


class AlertError(ValueError):
    """An alert rule that cannot be understood; the message says why."""


@dataclass(frozen=True)
class AlertRule:
    """A parsed ``--alert`` rule: key -> allowed values (upper-cased, text lower-cased)."""

    text: str
    terms: tuple[tuple[str, frozenset[str]], ...]

    @classmethod
    def parse(cls, text: str) -> AlertRule:
        """Parse "key=value[,value] ..." terms.

        Raises:
            AlertError: an unknown key, a term without "=", an unknown event type.
        """
        terms = []
        for term in text.split():
            key, sep, value = term.partition("=")
            key = key.lower()
            if not sep or not value:
                raise AlertError(f"alert term {term!r} is not key=value")
            if key not in KEYS:
                raise AlertError(f"unknown alert key {key!r} (one of: {', '.join(KEYS)})")
            values = {v.strip() for v in value.split(",") if v.strip()}
            values = {v.lower() if key == "text" else v.upper() for v in values}
            unknown = sorted(values - set(EVENT_TYPES)) if key == "type" else []
            if unknown:
                raise AlertError(f"unknown event type {unknown[0]!r} in alert {text!r}")
            terms.append((key, frozenset(values)))
        if not terms:
            raise AlertError("empty alert rule")
        return cls(text=text, terms=tuple(terms))

    def matches(self, event: Event) -> bool:
        """True when every term holds for the event record."""
        return all(_term(key, values, event) for key, values in self.terms)


def _term(key: str, values: frozenset[str], event: Event) -> bool:
    """Whether one term holds."""
    source = event.source.code if event.source else None
    target = event.target.code if event.target else None
    if key == "type":
        return event.event_type in values
    if key == "source":
        return source in values
    if key == "target":
        return target in values
    if key == "country":
        place = event.location.country if event.location else None
        return bool({source, target, place} & values)
    if key == "quad":
        return str(event.quad_class) in values
    words = {w.lower() for w in re.findall(r"\w+", event.sentence)}
    return bool(words & values)


_NEW_SQL = """
SELECT m.*, l.event_uid, a.url, a.title AS article_title, a.source AS outlet,
       s.story_id, se.outlets, se.num_stories
FROM mentions m JOIN links l USING (article_id, seq) JOIN articles a USING (article_id)
     LEFT JOIN story_articles s USING (article_id)
     LEFT JOIN story_events se USING (event_uid)
WHERE m.article_id IN (SELECT unnest(?))
ORDER BY m.article_id, m.seq
"""


def raise_alerts(con: duckdb.DuckDBPyConnection, article_ids: list[str],
                 rules: list[AlertRule], sink: Sink) -> int:
    """Send an alert for each new linked event of these articles that a rule matches.

    Args:
        con: a writable store connection.
        article_ids: the articles stored by this poll.
        rules: the alert rules (an event alerts when any matches).
        sink: called with each alert's JSON-ready payload.

    Returns:
        How many alerts were sent.
    """
    if not rules or not article_ids:
        return 0
    done = state.alerted(con)
    sent = 0
    for row in con.execute(_NEW_SQL, [article_ids]).fetch_arrow_table().to_pylist():
        if row["event_uid"] in done:
            continue
        event = event_from_row(row)
        rule = next((r for r in rules if r.matches(event)), None)
        if rule is None:
            continue
        done.add(row["event_uid"])
        state.record_alert(con, row["event_uid"])
        sink(_payload(rule, event, row))
        sent += 1
    return sent


def _payload(rule: AlertRule, event: Event, row: dict[str, Any]) -> dict[str, Any]:
    """The alert as sent: the rule, the event record (with its evidence) and where from."""
    return {
        "alert": rule.text, "event_uid": row["event_uid"], "event": event.to_dict(),
        "url": row["url"], "title": row["article_title"], "outlet": row["outlet"],
        "story_id": row["story_id"], "outlets": row["outlets"] or [],
        "num_stories": row["num_stories"],
    }


def print_sink(write: Callable[[str], None]) -> Sink:
    """A sink writing each alert as one JSON line."""
    return lambda payload: write(json.dumps(payload, ensure_ascii=False, default=str))


def webhook_sink(post: Callable[[str, bytes], int], url: str,
                 report: Callable[[str], None]) -> Sink:
    """A sink POSTing each alert as JSON to `url`; a failed POST is reported, not fatal.

    Args:
        post: ``Fetcher.post_json``-like: (url, body) -> status; raises on failure.
        url: the webhook URL.
        report: called with a message when a POST fails.
    """
    from eventwire.watch.fetch import FetchError

    def send(payload: dict[str, Any]) -> None:
        """POST one alert."""
        body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
        try:
            post(url, body)
        except FetchError as error:
            report(f"alert webhook {url} failed: {error}")

    return send
