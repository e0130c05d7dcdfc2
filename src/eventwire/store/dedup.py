"""Events, not reports: link mentions of the same real-world event into one event.

The rule (`LinkRule`, configurable):

1. Only mentions that count as events are linked: negated and hypothetical records are
   kept as mentions but belong to no event (``include_flagged=True`` links them too).
2. Mentions are grouped by a key: event type, source and target at the chosen actor
   level. ``actor_level="country"`` uses the actor's code (country, else organisation,
   else its lower-cased name); ``"sector"`` adds the sector ("USA/GOV").
3. Each mention has a day: its event date, else its article's publication date. A
   mention with neither is an event of its own article only (the key gets the article).
4. Within a group, mentions are taken in order (day, published, article id, record
   order) and each joins the first open event whose *first* day is at most
   ``window_days`` before its own and whose place is compatible; otherwise it starts a
   new event. Places are compatible when either is unknown, or (``place_level=
   "country"``) both countries are equal (or unknown and the names are equal), or
   (``place_level="name"``) the place names are equal.

The result is a deterministic function of the stored mentions and the rule: the same
mentions always give the same events with the same ids, whatever order they were
ingested in. `rebuild_events` recomputes ``events``, ``links`` and ``actors`` in one
transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.store.schema import get_meta, set_meta

ACTOR_LEVELS = ("country", "sector")
PLACE_LEVELS = ("country", "name")
RULE_KEY = "link_rule"


@dataclass(frozen=True)
class LinkRule:
    """How mentions are linked into events (see the module docstring).

    Attributes:
        window_days: largest gap in days between an event's first day and a mention's.
        actor_level: "country" (code only) or "sector" (code and sector).
        place_level: "country" or "name": what makes two known places compatible.
        include_flagged: link negated and hypothetical records too.
    """

    window_days: int = 1
    actor_level: str = "country"
    place_level: str = "country"
    include_flagged: bool = False

    def __post_init__(self) -> None:
        if self.window_days < 0:
            raise ValueError(f"window_days must be >= 0, not {self.window_days}")
        if self.actor_level not in ACTOR_LEVELS:
            raise ValueError(f"actor_level must be one of {', '.join(ACTOR_LEVELS)}")
        if self.place_level not in PLACE_LEVELS:
            raise ValueError(f"place_level must be one of {', '.join(PLACE_LEVELS)}")

    def to_json(self) -> str:
        """The rule as JSON (stored in the meta table)."""
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> LinkRule:
        """The rule from its JSON form."""
        return cls(**json.loads(text))


@dataclass
class _Cluster:
    """An event being built: its mentions (rows) in order."""

    first_day: dt.date | None
    place: tuple[str | None, str | None]
    rows: list[dict[str, Any]] = field(default_factory=list)


_MENTIONS_SQL = """
SELECT m.article_id, m.seq, m.event_id, m.event_type, m.mode, m.cameo, m.quad_class,
       m.goldstein, m.source_country, m.source_org, m.source_name, m.source_sector,
       m.target_country, m.target_org, m.target_name, m.target_sector,
       m.event_date, m.date_precision, m.location_name, m.location_country, m.lat, m.lon,
       a.published, coalesce(a.source, 'article:' || a.article_id) AS outlet
FROM mentions m JOIN articles a USING (article_id)
WHERE ? OR NOT (m.negated OR m.hypothetical)
"""


def actor_key(code: str | None, name: str | None, sector: str | None, level: str) -> str:
    """The linking key of an actor at `level` ("" for no actor)."""
    if code is None and name is None:
        return ""
    key = code or f"~{(name or '').lower()}"
    return f"{key}/{sector or ''}" if level == "sector" else key


def link(rows: Iterable[dict[str, Any]], rule: LinkRule) -> list[list[dict[str, Any]]]:
    """Group mention rows into events.

    Args:
        rows: mention rows with at least the columns of ``_MENTIONS_SQL``.
        rule: the linking rule.

    Returns:
        The events, each a list of its mention rows (first is the representative), in
        a deterministic order.
    """
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for row in rows:
        row["day"] = row["event_date"] or row["published"]
        groups.setdefault(_group_key(row, rule), []).append(row)
    events: list[list[dict[str, Any]]] = []
    for key in sorted(groups):
        events.extend(_cluster(sorted(groups[key], key=_order), rule))
    return events


def _group_key(row: dict[str, Any], rule: LinkRule) -> tuple:
    """Type, source key, target key; plus the article when the mention has no day."""
    source = actor_key(row["source_country"] or row["source_org"], row["source_name"],
                       row["source_sector"], rule.actor_level)
    target = actor_key(row["target_country"] or row["target_org"], row["target_name"],
                       row["target_sector"], rule.actor_level)
    undated = row["article_id"] if row["day"] is None else ""
    return (row["event_type"], source, target, undated)


def _order(row: dict[str, Any]) -> tuple:
    """Sort key of a mention inside its group."""
    return (row["day"] or dt.date.min, row["published"] or dt.date.min,
            row["article_id"], row["seq"])


def _cluster(rows: list[dict[str, Any]], rule: LinkRule) -> Iterator[list[dict[str, Any]]]:
    """Greedy, order-fixed clustering of one group's mentions (see the module rule)."""
    open_: list[_Cluster] = []
    for row in rows:
        place = (row["location_name"], row["location_country"])
        for cluster in open_:
            if _near(cluster.first_day, row["day"], rule.window_days) and _compatible(
                cluster.place, place, rule.place_level
            ):
                cluster.rows.append(row)
                if cluster.place == (None, None):
                    cluster.place = place
                break
        else:
            open_.append(_Cluster(row["day"], place, [row]))
    for cluster in open_:
        yield cluster.rows


def _near(first: dt.date | None, day: dt.date | None, window: int) -> bool:
    """True when `day` is within `window` days after the event's first day."""
    if first is None or day is None:
        return first is None and day is None
    return (day - first).days <= window


def _compatible(a: tuple[str | None, str | None], b: tuple[str | None, str | None],
                level: str) -> bool:
    """Whether two places (name, country) can be the same event's place."""
    if a == (None, None) or b == (None, None):
        return True
    if level == "name":
        return a[0] == b[0]
    if a[1] and b[1]:
        return a[1] == b[1]
    return a[0] == b[0]


EVENT_SCHEMA = pa.schema(
    [
        pa.field("event_uid", pa.string()), pa.field("event_type", pa.string()),
        pa.field("mode", pa.string()), pa.field("cameo", pa.string()),
        pa.field("quad_class", pa.int32()), pa.field("goldstein", pa.float64()),
        pa.field("source_code", pa.string()), pa.field("source_sector", pa.string()),
        pa.field("source_name", pa.string()), pa.field("target_code", pa.string()),
        pa.field("target_sector", pa.string()), pa.field("target_name", pa.string()),
        pa.field("date", pa.date32()), pa.field("date_precision", pa.string()),
        pa.field("location_name", pa.string()), pa.field("location_country", pa.string()),
        pa.field("lat", pa.float64()), pa.field("lon", pa.float64()),
        pa.field("num_mentions", pa.int32()), pa.field("num_articles", pa.int32()),
        pa.field("num_sources", pa.int32()), pa.field("first_report", pa.date32()),
        pa.field("last_report", pa.date32()), pa.field("first_article_id", pa.string()),
        pa.field("first_seq", pa.int32()),
    ]
)
LINK_SCHEMA = pa.schema([pa.field("event_uid", pa.string()),
                         pa.field("article_id", pa.string()), pa.field("seq", pa.int32())])

_ACTORS_SQL = """
INSERT INTO actors
SELECT name, country, org, sector, kb_id, count(*), sum(src), sum(tgt) FROM (
    SELECT source_name AS name, source_country AS country, source_org AS org,
           source_sector AS sector, source_kb_id AS kb_id, 1 AS src, 0 AS tgt FROM mentions
    UNION ALL
    SELECT target_name, target_country, target_org, target_sector, target_kb_id, 0, 1
    FROM mentions WHERE target_name IS NOT NULL
) GROUP BY ALL
"""


def event_row(rows: list[dict[str, Any]], rule: LinkRule) -> dict[str, Any]:
    """The ``events`` row of one linked event (its first mention is representative).

    The representative mention supplies type, mode, CAMEO code, Goldstein score, actor
    codes, names and sectors, and the date; the place is the first known place among
    the mentions; counts and report dates cover all mentions.
    """
    rep = rows[0]
    key = "|".join(str(part) for part in (*_group_key(rep, rule), rep["article_id"],
                                           rep["seq"]))
    place = next((r for r in rows if r["location_name"] is not None), None)
    published = [r["published"] for r in rows if r["published"] is not None]
    return {
        "event_uid": hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        "event_type": rep["event_type"], "mode": rep["mode"], "cameo": rep["cameo"],
        "quad_class": rep["quad_class"], "goldstein": rep["goldstein"],
        "source_code": rep["source_country"] or rep["source_org"],
        "source_sector": rep["source_sector"], "source_name": rep["source_name"],
        "target_code": rep["target_country"] or rep["target_org"],
        "target_sector": rep["target_sector"], "target_name": rep["target_name"],
        "date": rep["event_date"], "date_precision": rep["date_precision"],
        "location_name": place["location_name"] if place else None,
        "location_country": place["location_country"] if place else None,
        "lat": place["lat"] if place else None, "lon": place["lon"] if place else None,
        "num_mentions": len(rows), "num_articles": len({r["article_id"] for r in rows}),
        "num_sources": len({r["outlet"] for r in rows}),
        "first_report": min(published, default=None),
        "last_report": max(published, default=None),
        "first_article_id": rep["article_id"], "first_seq": rep["seq"],
    }


def stored_rule(con: duckdb.DuckDBPyConnection) -> LinkRule:
    """The rule the store was last linked with (the default rule for a new store)."""
    text = get_meta(con, RULE_KEY)
    return LinkRule.from_json(text) if text else LinkRule()


def rebuild_events(con: duckdb.DuckDBPyConnection, rule: LinkRule | None = None) -> int:
    """Recompute ``events``, ``links`` and ``actors`` from the mentions, atomically.

    Args:
        con: a writable store connection.
        rule: the linking rule; None keeps the store's current rule.

    Returns:
        The number of events.
    """
    rule = rule or stored_rule(con)
    rows = con.execute(_MENTIONS_SQL, [rule.include_flagged]).fetch_arrow_table().to_pylist()
    clusters = link(rows, rule)
    events = pa.Table.from_pylist([event_row(c, rule) for c in clusters], schema=EVENT_SCHEMA)
    links = pa.Table.from_pylist(
        [{"event_uid": uid, "article_id": r["article_id"], "seq": r["seq"]}
         for uid, cluster in zip(events.column("event_uid").to_pylist(), clusters, strict=True)
         for r in cluster],
        schema=LINK_SCHEMA,
    )
    con.begin()
    try:
        for table in ("events", "links", "actors"):
            con.execute(f"DELETE FROM {table}")  # noqa: S608
        con.register("_events", events)
        con.register("_links", links)
        con.execute("INSERT INTO events SELECT * FROM _events")
        con.execute("INSERT INTO links SELECT * FROM _links")
        con.execute(_ACTORS_SQL)
        set_meta(con, RULE_KEY, rule.to_json())
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        con.unregister("_events")
        con.unregister("_links")
    return events.num_rows
