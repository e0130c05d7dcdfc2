"""Write batches of coded articles to the store: one transaction per batch, through Arrow.

A batch is the articles whose coding is complete, all their event records and the
rejections seen meanwhile. `StoreWriter.write_batch` opens the store, commits the batch
in one transaction and closes the store again:
the article rows, their mention rows and the rejections appear together or not at all,
so a run killed at any moment leaves only whole articles behind, and a rerun (which
skips stored articles) ends with exactly the data of an uninterrupted run.

Rows go in as Arrow tables registered with DuckDB (``INSERT INTO t SELECT * FROM
batch``), which is orders of magnitude faster than ``executemany``.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from eventwire.records import Article, Event, Rejection
from eventwire.store.access import Store, as_store
from eventwire.store.dedup import LinkRule, rebuild_events
from eventwire.store.rows import (
    ARTICLE_SCHEMA,
    MENTION_SCHEMA,
    REJECTION_SCHEMA,
    article_hash,
    article_row,
    mention_row,
    to_table,
)

log = logging.getLogger(__name__)


@dataclass
class Batch:
    """Coded articles ready to be stored together.

    Attributes:
        articles: the articles, in input order.
        events: their event records, in order (article by article).
        rejections: rejections seen while coding them (read or code stage).
        failed: ids of articles in `articles` whose coding failed (stored as rejected).
    """

    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    failed: set[str] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.articles)


@dataclass
class RunCounts:
    """What a run added to the store."""

    articles_added: int = 0
    articles_skipped: int = 0
    mentions_added: int = 0
    rejections: int = 0
    failed: int = 0
    """Articles stored as rejected because their coding failed (counted in `rejections`)."""

    @property
    def records_read(self) -> int:
        """Input records this run saw: articles (stored, failed or skipped) and read rejections."""
        return self.articles_added + self.articles_skipped + self.rejections - self.failed


class StoreWriter:
    """Writes batches to a store and records the run they belong to.

    Every method opens its own session on the store (`eventwire.store.access`), so the
    file is held only while something is written and readers get in between batches.
    """

    def __init__(self, store: Store | duckdb.DuckDBPyConnection, coder_version: str) -> None:
        self.store = as_store(store)
        self.coder_version = coder_version
        self.run_id = uuid.uuid4().hex[:16]
        self.counts = RunCounts()

    def stored_hashes(self) -> dict[str, str]:
        """The content hash of every stored article, by article id."""
        with self.store.session() as con:
            rows = con.execute("SELECT article_id, content_hash FROM articles").fetchall()
        return dict(rows)

    def start_run(self, command: str) -> None:
        """Record the start of a run (status ``running`` until `finish_run`)."""
        with self.store.session() as con:
            con.execute(
                "INSERT INTO runs (run_id, command, coder_version, started_at, status) "
                "VALUES (?, ?, ?, ?, 'running')",
                [self.run_id, command, self.coder_version, _now()],
            )

    def finish_run(self, rule: LinkRule | None = None) -> int:
        """Relink the events and record the end of the run with its counts.

        Returns:
            The number of linked events in the store.
        """
        c = self.counts
        with self.store.session() as con:
            linked = rebuild_events(con, rule)
            con.execute(
                "UPDATE runs SET finished_at = ?, status = 'done', articles_added = ?, "
                "articles_skipped = ?, mentions_added = ?, rejections = ? WHERE run_id = ?",
                [_now(), c.articles_added, c.articles_skipped, c.mentions_added,
                 c.rejections, self.run_id],
            )
        return linked

    def write_batch(self, batch: Batch, replace: bool = False) -> None:
        """Store a batch in one transaction.

        An article stored meanwhile with other content is replaced; one stored with the
        same content (by another writer since this run started) is skipped, unless
        `replace` is set.

        Args:
            batch: the coded articles, their records and rejections.
            replace: replace the stored rows of these articles even when their content
                is unchanged (re-coding).
        """
        now = _now()
        with self.store.session() as con:
            con.begin()
            try:
                if not replace:
                    batch = self._drop_stored(con, batch)
                articles = to_table([self._article_row(a, batch.failed, now)
                                     for a in batch.articles], ARTICLE_SCHEMA)
                mentions = to_table(self._mention_rows(batch.events), MENTION_SCHEMA)
                rejections = to_table(
                    [{"article_id": r.article_id, "stage": r.stage, "reason": r.reason,
                      "run_id": self.run_id, "recorded_at": now} for r in batch.rejections],
                    REJECTION_SCHEMA,
                )
                _delete(con, articles.select(["article_id"]))
                _insert(con, "articles", articles)
                _insert(con, "mentions", mentions)
                _insert_rejections(con, rejections)
                con.commit()
            except BaseException:
                _rollback(con)
                raise
        self.counts.articles_added += articles.num_rows
        self.counts.mentions_added += mentions.num_rows
        self.counts.rejections += rejections.num_rows
        self.counts.failed += len(batch.failed)

    def _drop_stored(self, con: duckdb.DuckDBPyConnection, batch: Batch) -> Batch:
        """The batch without the articles already stored with the same content."""
        ids = pa.table({"article_id": [a.id for a in batch.articles]})
        with _registered(con, "_ids", ids):
            stored = dict(con.execute(
                "SELECT article_id, content_hash FROM articles "
                "WHERE article_id IN (SELECT article_id FROM _ids)").fetchall())
        same = {a.id for a in batch.articles if stored.get(a.id) == article_hash(a)}
        if not same:
            return batch
        self.counts.articles_skipped += len(same)
        return Batch(
            articles=[a for a in batch.articles if a.id not in same],
            events=[e for e in batch.events if e.article_id not in same],
            rejections=batch.rejections,
            failed=batch.failed - same,
        )

    def _article_row(self, article: Article, failed: set[str], now: dt.datetime) -> dict:
        status = "rejected" if article.id in failed else "coded"
        return article_row(article, status, self.coder_version, self.run_id, now)

    def _mention_rows(self, events: Iterable[Event]) -> list[dict]:
        """Mention rows, numbering the records of each article from 0."""
        seqs: dict[str, int] = {}
        rows = []
        for event in events:
            seq = seqs.get(event.article_id, 0)
            seqs[event.article_id] = seq + 1
            rows.append(mention_row(event, seq, self.coder_version, self.run_id))
        return rows


@contextmanager
def _registered(con: duckdb.DuckDBPyConnection, name: str,
                rows: pa.Table) -> Iterator[None]:
    """`rows` visible to SQL as the view `name` for the duration of the block."""
    con.register(name, rows)
    try:
        yield
    finally:
        con.unregister(name)


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table) -> None:
    """Insert an Arrow table into `table` (column names and order match)."""
    if rows.num_rows == 0:
        return
    with _registered(con, "_batch", rows):
        con.execute(f"INSERT INTO {table} SELECT * FROM _batch")  # noqa: S608


def _insert_rejections(con: duckdb.DuckDBPyConnection, rows: pa.Table) -> None:
    """Insert rejections not already stored (same article id, stage and reason)."""
    if rows.num_rows == 0:
        return
    with _registered(con, "_rejections", rows):
        con.execute(
            "INSERT INTO rejections SELECT DISTINCT ON (article_id, stage, reason) * "
            "FROM _rejections b WHERE NOT EXISTS (SELECT 1 FROM rejections r WHERE "
            "r.article_id = b.article_id AND r.stage = b.stage AND r.reason = b.reason)"
        )


def _delete(con: duckdb.DuckDBPyConnection, ids: pa.Table) -> None:
    """Delete the stored rows (article, mentions, code rejections) of these ids."""
    if ids.num_rows == 0:
        return
    with _registered(con, "_ids", ids):
        for table, extra in (("articles", ""), ("mentions", ""),
                             ("rejections", " AND stage = 'code'")):
            con.execute(
                f"DELETE FROM {table} WHERE article_id IN "  # noqa: S608
                f"(SELECT article_id FROM _ids){extra}"
            )


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction; when DuckDB already aborted it (a failed write,
    a full disk), log that instead of hiding the error that caused it."""
    try:
        con.rollback()
    except duckdb.Error as exc:
        log.warning("rollback after a failed batch: %s", exc)


def _now() -> dt.datetime:
    """The current UTC time without time zone (DuckDB TIMESTAMP)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
