"""Ingest and re-code: code articles and store them batch by batch, then link events.

`ingest` skips every article already stored with the same id and content hash (so
re-ingesting adds nothing and a killed run resumes where it stopped), codes the rest
with `Coder.code` (one streaming pass, spaCy batching and workers included), cuts the
output into batches of complete articles and commits each batch in one transaction
(opening the store file only for that, so the dashboard reads it while articles are
coded; see `eventwire.store.access`).
`recode` does the same over stored articles, replacing their mentions. Both end by
rebuilding the linked events (`eventwire.store.dedup.rebuild_events`).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

import duckdb

from eventwire.records import Article, Event, Rejection
from eventwire.store.access import Store
from eventwire.store.dedup import LinkRule
from eventwire.store.index import StoredIndex
from eventwire.store.rows import article_from_row
from eventwire.store.schema import coder_version
from eventwire.store.writer import Batch, RunCounts, StoreWriter

DEFAULT_BATCH = 256
Items = Iterable[Article | Rejection]
Progress = Callable[["IngestReport"], None]


class CodesStream(Protocol):
    """Anything with `code(items) -> Event | Rejection` in input order (the `Coder`)."""

    def code(self, items: Items) -> Iterator[Event | Rejection]:
        """Code a stream of articles; rejections pass through."""


@dataclass
class IngestReport:
    """The outcome (and, during the run, the progress) of an ingest or recode."""

    counts: RunCounts
    events: int = 0
    started: float = 0.0
    elapsed: float = 0.0
    store_seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Articles stored per second of wall time."""
        return self.counts.articles_added / self.elapsed if self.elapsed else 0.0


def batches(coded: Iterator[Event | Rejection], pending: deque[Article],
            size: int) -> Iterator[Batch]:
    """Cut the coder's output into batches of complete articles.

    `pending` holds the articles handed to the coder, in order, not yet complete. The
    coder emits each article's records before the next article's, so a record (or a
    code-stage rejection) of article k completes every article before k; the end of the
    stream completes the rest. Articles without records are complete all the same. The
    records of the article being coded are held until it is complete, so a batch always
    holds whole articles with all their records.

    Args:
        coded: the coder's output stream.
        pending: filled by the input side as the coder pulls articles.
        size: articles per batch.
    """
    batch, held = Batch(), _Held()
    for item in coded:
        if isinstance(item, Rejection) and item.stage != "code":
            batch.rejections.append(item)
            continue
        held.complete_before(item.article_id, pending, batch)
        if isinstance(item, Rejection):
            held.complete_before(None, pending, batch, upto=item.article_id)
            batch.failed.add(item.article_id)
            batch.rejections.append(item)
        else:
            held.events.append(item)
        if len(batch) >= size:
            yield batch
            batch = Batch()
    held.complete_before(None, pending, batch)
    if len(batch) or batch.rejections:
        yield batch


@dataclass
class _Held:
    """The records of the article at the head of `pending` (being coded)."""

    events: list[Event] = field(default_factory=list)

    def complete_before(self, article_id: str | None, pending: deque[Article],
                        batch: Batch, upto: str | None = None) -> None:
        """Move articles before `article_id` (all, when None) into the batch.

        With `upto`, stop after moving the article with that id instead.
        """
        if article_id is not None and not any(a.id == article_id for a in pending):
            raise RuntimeError(f"coder output for {article_id!r}, which is not being coded")
        while pending and pending[0].id != article_id:
            article = pending.popleft()
            batch.articles.append(article)
            batch.events.extend(self.events)
            self.events = []
            if article.id == upto:
                return


def _feed(items: Items, pending: deque[Article], stored: StoredIndex,
          counts: RunCounts) -> Iterator[Article | Rejection]:
    """The items to code: new or changed articles, and rejections; counts skips."""
    for item in items:
        if isinstance(item, Article):
            if stored.holds(item):
                counts.articles_skipped += 1
                continue
            pending.append(item)
        yield item


def ingest(items: Items, coder: CodesStream, store: Store | duckdb.DuckDBPyConnection,
           batch_size: int = DEFAULT_BATCH, rule: LinkRule | None = None,
           progress: Progress | None = None) -> IngestReport:
    """Code and store articles; skip the ones already stored; relink events.

    Args:
        items: articles and read rejections (`read_articles` output).
        coder: the coder.
        store: a `StoreFile` (opened for each batch, so readers get in while articles
            are coded) or a writable connection kept open by the caller.
        batch_size: articles per transaction.
        rule: the linking rule (None: the store's current rule).
        progress: called after each batch with the report so far.

    Returns:
        What the run added, with timings.
    """
    tick = time.perf_counter()
    writer = StoreWriter(store, coder_version())
    writer.start_run("ingest")
    stored = StoredIndex.read(writer.store)
    lookup = time.perf_counter() - tick
    pending: deque[Article] = deque()
    feed = _feed(items, pending, stored, writer.counts)
    report = _run(writer, coder.code(feed), pending, batch_size, rule, progress,
                  replace=False)
    report.store_seconds += lookup
    report.elapsed += lookup
    return report


def recode(coder: CodesStream, store: Store | duckdb.DuckDBPyConnection,
           everything: bool = False,
           batch_size: int = DEFAULT_BATCH, rule: LinkRule | None = None,
           progress: Progress | None = None) -> IngestReport:
    """Re-code stored articles and replace their mentions.

    Args:
        coder: the coder.
        store: a `StoreFile` or a writable connection (as for `ingest`).
        everything: re-code all articles; by default only those coded by another coder
            version (or rejected).
        batch_size: articles per transaction.
        rule: the linking rule (None: the store's current rule).
        progress: called after each batch with the report so far.
    """
    writer = StoreWriter(store, coder_version())
    writer.start_run("recode")
    pending: deque[Article] = deque()

    def feed() -> Iterator[Article]:
        for article in stored_articles(writer.store,
                                       None if everything else writer.coder_version,
                                       page=batch_size):
            pending.append(article)
            yield article

    return _run(writer, coder.code(feed()), pending, batch_size, rule, progress,
                replace=True)


def stored_articles(store: Store, current: str | None,
                    page: int = 500) -> Iterator[Article]:
    """Stored articles in id order: all, or those not coded (successfully) by `current`.

    Read a page at a time (keyset on the article id, one short session per page), so a
    store of any size is re-coded in bounded memory and writers get in between pages.
    """
    sql = "SELECT * FROM articles WHERE article_id > ?"
    if current is not None:
        sql += " AND (coder_version <> ? OR status <> 'coded')"
    sql += " ORDER BY article_id LIMIT ?"
    last = ""
    while True:
        params: list[object] = [last] + ([current] if current is not None else []) + [page]
        with store.session() as con:
            rows = con.execute(sql, params).fetch_arrow_table().to_pylist()
        yield from (article_from_row(row) for row in rows)
        if len(rows) < page:
            return
        last = rows[-1]["article_id"]


def _run(writer: StoreWriter, coded: Iterator[Event | Rejection], pending: deque[Article],
         batch_size: int, rule: LinkRule | None, progress: Progress | None,
         replace: bool) -> IngestReport:
    """Write batches as they complete, relink, and finish the run."""
    report = IngestReport(writer.counts, started=time.perf_counter())
    for batch in batches(coded, pending, batch_size):
        tick = time.perf_counter()
        writer.write_batch(batch, replace=replace)
        report.store_seconds += time.perf_counter() - tick
        report.elapsed = time.perf_counter() - report.started
        if progress:
            progress(report)
    tick = time.perf_counter()
    report.events = writer.finish_run(rule)
    report.store_seconds += time.perf_counter() - tick
    report.elapsed = time.perf_counter() - report.started
    return report
