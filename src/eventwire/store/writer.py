"""Write batches of coded articles to the store: one transaction per batch, through Arrow.

A batch is the articles whose coding is complete, all their event records and the
rejections seen meanwhile. `StoreWriter.write_batch` commits it in one transaction:
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
from collections.abc import Iterable
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from eventwire.records import Article, Event, Rejection
from eventwire.store.rows import (
    ARTICLE_SCHEMA,
    MENTION_SCHEMA,
    REJECTION_SCHEMA,
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
    """Writes batches to an open store and records the run they belong to."""

    def __init__(self, con: duckdb.DuckDBPyConnection, coder_version: str) -> None:
        self.con = con
        self.coder_version = coder_version
        self.run_id = uuid.uuid4().hex[:16]
        self.counts = RunCounts()

    def stored_hashes(self) -> dict[str, str]:
        """The content hash of every stored article, by article id."""
        rows = self.con.execute("SELECT article_id, content_hash FROM articles").fetchall()
        return dict(rows)

    def start_run(self, command: str) -> None:
        """Record the start of a run (status ``running`` until `finish_run`)."""
        self.con.execute(
            "INSERT INTO runs (run_id, command, coder_version, started_at, status) "
            "VALUES (?, ?, ?, ?, 'running')",
            [self.run_id, command, self.coder_version, _now()],
        )

    def finish_run(self) -> None:
        """Record the end of the run with its counts."""
        c = self.counts
        self.con.execute(
            "UPDATE runs SET finished_at = ?, status = 'done', articles_added = ?, "
            "articles_skipped = ?, mentions_added = ?, rejections = ? WHERE run_id = ?",
            [_now(), c.articles_added, c.articles_skipped, c.mentions_added,
             c.rejections, self.run_id],
        )

    def write_batch(self, batch: Batch, replace: bool = False) -> None:
        """Store a batch in one transaction.

        Args:
            batch: the coded articles, their records and rejections.
            replace: delete the stored rows of these articles first (changed content,
                or re-coding).
        """
        now = _now()
        articles = to_table([self._article_row(a, batch.failed, now) for a in batch.articles],
                            ARTICLE_SCHEMA)
        mentions = to_table(self._mention_rows(batch.events), MENTION_SCHEMA)
        rejections = to_table(
            [{"article_id": r.article_id, "stage": r.stage, "reason": r.reason,
              "run_id": self.run_id, "recorded_at": now} for r in batch.rejections],
            REJECTION_SCHEMA,
        )
        self.con.begin()
        try:
            if replace:
                self._delete(articles.select(["article_id"]))
            self._insert("articles", articles)
            self._insert("mentions", mentions)
            self._insert_rejections(rejections)
            self.con.commit()
        except BaseException:
            _rollback(self.con)
            raise
        self.counts.articles_added += articles.num_rows
        self.counts.mentions_added += mentions.num_rows
        self.counts.rejections += rejections.num_rows
        self.counts.failed += len(batch.failed)

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

    def _insert(self, table: str, rows: pa.Table) -> None:
        """Insert an Arrow table into `table` (column names and order match)."""
        if rows.num_rows == 0:
            return
        self.con.register("_batch", rows)
        try:
            self.con.execute(f"INSERT INTO {table} SELECT * FROM _batch")  # noqa: S608
        finally:
            self.con.unregister("_batch")

    def _insert_rejections(self, rows: pa.Table) -> None:
        """Insert rejections not already stored (same article id, stage and reason)."""
        if rows.num_rows == 0:
            return
        self.con.register("_rejections", rows)
        try:
            self.con.execute(
                "INSERT INTO rejections SELECT DISTINCT ON (article_id, stage, reason) * "
                "FROM _rejections b WHERE NOT EXISTS (SELECT 1 FROM rejections r WHERE "
                "r.article_id = b.article_id AND r.stage = b.stage AND r.reason = b.reason)"
            )
        finally:
            self.con.unregister("_rejections")

    def _delete(self, ids: pa.Table) -> None:
        """Delete the stored rows (article, mentions, code rejections) of these ids."""
        self.con.register("_ids", ids)
        try:
            for table, extra in (("articles", ""), ("mentions", ""),
                                 ("rejections", " AND stage = 'code'")):
                self.con.execute(
                    f"DELETE FROM {table} WHERE article_id IN "  # noqa: S608
                    f"(SELECT article_id FROM _ids){extra}"
                )
        finally:
            self.con.unregister("_ids")


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
