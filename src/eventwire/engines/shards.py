"""Coded articles as Parquet shards, and shards back into the store.

A shard row is one input record: the article (or the read rejection that stands for
it), the code-stage rejection if its coding failed, and its event records as a list of
``mentions`` rows (`eventwire.store.rows.MENTION_SCHEMA`). Engines that code away from
the store (Ray) write shards; `load_shards` then feeds them through the store's own
`ingest`, so one writer stores them exactly as a local run would: same skip rule
(same id and content hash), same batches, same linking. An article the engine did not
code because the store already held it has stage ``stored`` (`SKIPPED`): the store's
`ingest` skips and counts it when the shards are loaded.

This module does not import Ray.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.articles.fields import article_from_record, json_type, record_id
from eventwire.articles.text import ReadError
from eventwire.records import Article, Event, Rejection
from eventwire.store.access import Store
from eventwire.store.dedup import LinkRule
from eventwire.store.ingest import IngestReport, Progress, ingest
from eventwire.store.rows import MENTION_SCHEMA, event_from_row, mention_row, to_table

SHARD_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string()), pa.field("title", pa.string()),
        pa.field("text", pa.string()), pa.field("published", pa.date32()),
        pa.field("source", pa.string()), pa.field("url", pa.string()),
        pa.field("stage", pa.string()), pa.field("reason", pa.string()),
        pa.field("events", pa.list_(pa.struct(list(MENTION_SCHEMA)))),
    ]
)
Item = Article | Rejection
SKIPPED = "stored"
"""The stage of a shard row whose article was not coded: it is stored already."""


class StoreChanged(RuntimeError):
    """An article skipped as stored is no longer in the store with the same content."""


def parse_record(value: str | Mapping[str, Any], where: str,
                 published: dt.date | None = None) -> Item:
    """One input record (a JSONL line or a Parquet row) as an `Article` or a read rejection.

    Args:
        value: the JSON text of the record, or the record as a mapping.
        where: where it came from, the rejection's id when the record has no usable id.
        published: publication date for records that carry none.
    """
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as error:
            return Rejection(where, "read", f"invalid JSON ({error.msg} at column {error.colno})")
    if not isinstance(value, Mapping):
        return Rejection(where, "read", f"expected a JSON object, found {json_type(value)}")
    record = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in value.items()}
    try:
        return article_from_record(record, published)
    except ReadError as error:
        try:
            where = record_id(record)
        except ReadError:
            pass
        return Rejection(where, "read", error.reason)


def shard_table(items: Sequence[Item], records: Iterable[Event | Rejection],
                skipped: Collection[str] = ()) -> pa.Table:
    """The shard rows of coded items: one row per item, its records attached.

    Args:
        items: the articles and read rejections, in order.
        records: what the coder returned for them (`eventwire.engines.code_chunk`).
        skipped: ids of articles not given to the coder, as they are stored already.
    """
    events: dict[str, list[dict]] = {}
    failed: dict[str, Rejection] = {}
    for record in records:
        if isinstance(record, Event):
            rows = events.setdefault(record.article_id, [])
            rows.append(mention_row(record, len(rows), "", ""))
        elif record.stage == "code":
            failed[record.article_id] = record
    return to_table([_shard_row(item, events, failed, skipped) for item in items],
                    SHARD_SCHEMA)


def _shard_row(item: Item, events: dict[str, list[dict]], failed: dict[str, Rejection],
               skipped: Collection[str]) -> dict[str, Any]:
    """The shard row of one item."""
    if isinstance(item, Rejection):
        return {"article_id": item.article_id, "title": None, "text": None,
                "published": None, "source": None, "url": None, "stage": item.stage,
                "reason": item.reason, "events": []}
    rejection = failed.get(item.id)
    return {"article_id": item.id, "title": item.title, "text": item.text,
            "published": item.published, "source": item.source, "url": item.url,
            "stage": SKIPPED if item.id in skipped and not rejection
            else rejection.stage if rejection else None,
            "reason": rejection.reason if rejection else None,
            "events": events.get(item.id, [])}


ShardRecords = list[Event | Rejection] | None
"""An article's records; None for an article skipped as stored (`SKIPPED`)."""


def read_shards(paths: Iterable[str]) -> Iterator[tuple[Item, ShardRecords]]:
    """Each shard row as (article or read rejection, its records), file by file, in order."""
    for path in paths:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
            for row in batch.to_pylist():
                yield _from_shard_row(row)


def _from_shard_row(row: Mapping[str, Any]) -> tuple[Item, ShardRecords]:
    """One shard row back as records."""
    if row["text"] is None:
        return Rejection(row["article_id"], row["stage"], row["reason"]), []
    article = Article(id=row["article_id"], text=row["text"], title=row["title"],
                      published=row["published"], source=row["source"], url=row["url"])
    if row["stage"] == SKIPPED:
        return article, None
    if row["stage"] is not None:
        return article, [Rejection(article.id, row["stage"], row["reason"])]
    return article, [event_from_row(mention) for mention in row["events"]]


def first_of_its_id(item: Item, seen: set[str]) -> Item:
    """The item, or a read rejection when an article of its id was seen before (which
    `seen` records): a shard row holds the records of one article id."""
    if not isinstance(item, Article):
        return item
    if item.id in seen:
        return Rejection(item.id, "read", "duplicate id in the input")
    seen.add(item.id)
    return item


class ShardReplay:
    """Replays shard records as a coder, for the store's `ingest` (one writer).

    `items` yields the articles of the shards (a later duplicate id is rejected, as the
    local reader does); `code` yields the stored records of each article it is given.
    Only the current item's records are held, so memory stays bounded.
    """

    def __init__(self, paths: Iterable[str]) -> None:
        self.paths = paths
        self._records: dict[str, ShardRecords] = {}

    def items(self) -> Iterator[Item]:
        """The shards' articles and read rejections, in shard order."""
        seen: set[str] = set()
        for item, records in read_shards(self.paths):
            item = first_of_its_id(item, seen)
            key = item.article_id if isinstance(item, Rejection) else item.id
            self._records = {key: records}
            yield item

    def code(self, items: Iterable[Item]) -> Iterator[Event | Rejection]:
        """The stored records of each article; rejections pass through.

        Raises:
            StoreChanged: an article the engine skipped as stored is to be stored (the
                store lost it or its content since the engine looked).
        """
        for item in items:
            if isinstance(item, Rejection):
                yield item
                continue
            records = self._records.pop(item.id, [])
            if records is None:
                raise StoreChanged(
                    f"article {item.id} was not coded because the store held it, but the "
                    "store no longer holds it with the same content (it changed during "
                    "the run); run the same command again to code it")
            yield from records


def load_shards(paths: Iterable[str], store: Store | duckdb.DuckDBPyConnection,
                batch_size: int, rule: LinkRule | None = None,
                progress: Progress | None = None) -> IngestReport:
    """Store coded shards with the store's writer: the same result as a local ingest.

    Args:
        paths: Parquet shard files, in input order.
        store: the store (a `StoreFile`, opened per batch) or a writable connection.
        batch_size: articles per transaction.
        rule: the linking rule (None: the store's current rule).
        progress: called after each batch with the report so far.
    """
    replay = ShardReplay(paths)
    return ingest(replay.items(), replay, store, batch_size=batch_size, rule=rule,
                  progress=progress)

