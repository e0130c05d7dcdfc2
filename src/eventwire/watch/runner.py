"""One poll of every watched feed and folder, and the loop that repeats it.

A poll opens the store read-only and collects what is new (feed items not seen before,
and failed ones due another attempt; folder files with new bytes): it downloads each
item's page (when the site's robots.txt allows) and extracts its text with
`eventwire.articles.html.article_from_html`. It then opens the store for writing, codes
and stores everything through `eventwire.store.ingest` in one run, links
near-duplicates into stories, records what was done (items, files, feed validators)
and sends alerts. Other processes can read the store while pages are downloaded and
while the watcher sleeps between polls. A feed or page that fails is reported and
skipped; the others go on.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import duckdb

from eventwire.articles.html import article_from_html, decode_html
from eventwire.articles.text import ReadError
from eventwire.records import Article, Rejection
from eventwire.store.access import READ_WAIT, StoreFile, open_store
from eventwire.store.ingest import CodesStream, ingest
from eventwire.store.schema import StoreError
from eventwire.watch import state, stories
from eventwire.watch.alerts import AlertRule, Sink, raise_alerts
from eventwire.watch.feeds import FeedError, FeedItem, parse_feed
from eventwire.watch.fetch import Fetcher, FetchError
from eventwire.watch.folder import new_files

Report = Callable[[str], None]
log = logging.getLogger(__name__)
_PAGE_TYPES = ("html", "xml", "text/plain")


@dataclass
class PollReport:
    """What one poll did."""

    feeds: int = 0
    feeds_unchanged: int = 0
    feeds_failed: int = 0
    folders: int = 0
    items_new: int = 0
    items_failed: int = 0
    files_new: int = 0
    articles_added: int = 0
    merged: int = 0
    alerts: int = 0
    events: int = 0

    @property
    def all_failed(self) -> bool:
        """True when there were feeds and every one failed (and no folders)."""
        return self.feeds > 0 and self.feeds_failed == self.feeds and not self.folders

    def summary(self) -> str:
        """One line for stderr."""
        return (f"{self.feeds} feeds ({self.feeds_unchanged} unchanged, "
                f"{self.feeds_failed} failed), {self.folders} folders; "
                f"{self.items_new} new items ({self.items_failed} failed), "
                f"{self.files_new} new files; {self.articles_added} articles stored, "
                f"{self.merged} joined an earlier story; {self.alerts} alerts; "
                f"{self.events} linked events")


@dataclass
class _Work:
    """What a poll collected, applied to the store after ingest."""

    items: list[Article | Rejection] = field(default_factory=list)
    marks: list[tuple] = field(default_factory=list)
    files: list[tuple[str, str]] = field(default_factory=list)
    feeds: list[tuple[str, str, state.FeedState, str | None]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)


def article_id_for(url: str) -> str:
    """The id of a fetched article: its URL without scheme, fragment or trailing slash."""
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}{query}" or url


@dataclass
class Watcher:
    """Polls feeds (URLs) and folders into a store.

    Attributes:
        sources: feed URLs and folder paths.
        coder: the coder (`eventwire.pipeline.Coder` or a stand-in).
        db: the store file.
        fetcher: the HTTP client (its options set timeouts, retries, limits).
        rules: alert rules.
        sink: where alerts go (None: no alerts).
        report: called with each problem worth telling the user.
        settle: seconds a folder file must be left untouched before it is read.
    """

    sources: list[str]
    coder: CodesStream
    db: str
    fetcher: Fetcher = field(default_factory=Fetcher)
    rules: list[AlertRule] = field(default_factory=list)
    sink: Sink | None = None
    report: Report = log.warning
    settle: float = 2.0

    def poll(self) -> PollReport:
        """Poll every source once; see the module docstring."""
        result = PollReport()
        work = _Work()
        store = StoreFile(self.db)
        with store.session() as con:
            state.ensure_tables(con)
            stories.ensure_tables(con)
        # others may read while we fetch; the coding below opens the store per batch
        con = open_store(self.db, read_only=True, wait=READ_WAIT)
        try:
            for source in self.sources:
                if is_url(source):
                    self._collect_feed(con, source, work, result)
                else:
                    self._collect_folder(con, Path(source), work, result)
        finally:
            con.close()
        if work.items:
            ingested = ingest(work.items, self.coder, store)
            result.articles_added = ingested.counts.articles_added
        with store.session() as con:
            result.events = con.execute("SELECT count(*) FROM events").fetchone()[0]
            coded = self._finish(con, work, result)
            if self.sink is not None:
                result.alerts = raise_alerts(con, coded, self.rules, self.sink)
        return result

    def run(self, every: float, once: bool = False,
            after_poll: Callable[[PollReport], None] | None = None,
            sleep: Callable[[float], None] = time.sleep) -> PollReport:
        """Poll now and then every `every` seconds (only once with `once`).

        A store that cannot be opened (locked by another writer) skips that poll, except
        with `once`.

        Returns:
            The last poll's report (the loop ends only with `once`, or an exception
            such as KeyboardInterrupt).

        Raises:
            StoreError: with `once`, the store cannot be opened.
        """
        while True:
            started = time.monotonic()
            try:
                result = self.poll()
            except StoreError as error:
                if once:
                    raise
                self.report(f"poll skipped, will try again: {error}")
            else:
                if after_poll is not None:
                    after_poll(result)
                if once:
                    return result
            sleep(max(0.0, every - (time.monotonic() - started)))

    def _collect_feed(self, con: duckdb.DuckDBPyConnection, url: str, work: _Work,
                      result: PollReport) -> None:
        """Fetch a feed (conditionally) and the pages of its new items."""
        result.feeds += 1
        known = state.feed_state(con, url)
        try:
            fetched = self.fetcher.get(url, known.etag, known.last_modified)
            feed = None if fetched.not_modified else parse_feed(fetched.body, fetched.url)
        except (FetchError, FeedError) as error:
            result.feeds_failed += 1
            self.report(f"feed {url} failed: {error}")
            work.feeds.append((url, "failed", known, str(error)))
            return
        items = list(feed.items) if feed else []
        listed = {item.key for item in items}
        items += [FeedItem(key, item_url) for key, item_url in state.retry_items(con, url)
                  if key not in listed]
        title = feed.title if feed else known.title
        if feed is None:
            result.feeds_unchanged += 1
        new_state = state.FeedState(fetched.etag or known.etag,
                                    fetched.last_modified or known.last_modified, title)
        work.feeds.append((url, "unchanged" if feed is None else "ok", new_state, None))
        for item in dict((item.key, item) for item in items).values():
            self._collect_item(con, url, title, item, work, result)

    def _collect_item(self, con: duckdb.DuckDBPyConnection, feed_url: str,
                      feed_title: str | None, item: FeedItem, work: _Work,
                      result: PollReport) -> None:
        """Download and extract one new item's page (a failure is remembered)."""
        if state.item_done(con, feed_url, item.key, item.url):
            return
        if item.url is None or not is_url(item.url):
            self.report(f"item {item.key} of {feed_url} skipped: no http(s) link")
            work.marks.append((feed_url, item.key, item.url, None, "rejected", "no link"))
            return
        article_id = article_id_for(item.url)
        if article_id in work.ids:
            work.marks.append((feed_url, item.key, item.url, article_id, "stored", None))
            return
        result.items_new += 1
        outcome = self._page(item, item.url, article_id, feed_title)
        if isinstance(outcome, Article):
            work.ids.add(article_id)
            work.marks.append((feed_url, item.key, item.url, article_id, "stored", None))
        else:
            result.items_failed += 1
            self.report(f"item {item.url} failed: {outcome.reason}")
            status = "failed" if outcome.stage == "fetch" else "rejected"
            work.marks.append((feed_url, item.key, item.url, article_id, status,
                               outcome.reason))
        work.items.append(outcome)

    def _page(self, item: FeedItem, url: str, article_id: str,
              feed_title: str | None) -> Article | Rejection:
        """The item's article, or a rejection (stage "fetch" or "read") saying why."""
        try:
            if not self.fetcher.allowed(url):
                return Rejection(article_id, "robots", "disallowed by the site's robots.txt")
            fetched = self.fetcher.get(url)
        except FetchError as error:
            return Rejection(article_id, "fetch", str(error))
        kind = fetched.content_type.split(";")[0].strip().lower()
        if kind and not any(t in kind for t in _PAGE_TYPES):
            return Rejection(article_id, "read", f"not a web page ({kind})")
        try:
            article = article_from_html(decode_html(fetched.body), article_id, item.published)
        except ReadError as error:
            return Rejection(article_id, "read", error.reason)
        return dataclasses.replace(
            article, published=item.published or article.published,
            title=article.title or item.title, url=url,
            source=article.source or feed_title or urlsplit(url).netloc)

    def _collect_folder(self, con: duckdb.DuckDBPyConnection, folder: Path, work: _Work,
                        result: PollReport) -> None:
        """The folder's new or changed files."""
        result.folders += 1
        if not folder.is_dir():
            self.report(f"folder {folder} failed: not a directory")
            return
        for new in new_files(con, folder, self.settle):
            result.files_new += 1
            for item in new.items:
                if isinstance(item, Rejection):
                    self.report(f"file {new.path}: rejected {item.article_id}: {item.reason}")
                elif item.id in work.ids:
                    continue
                else:
                    work.ids.add(item.id)
                work.items.append(item)
            work.files.append((new.path, new.content_hash))

    def _finish(self, con: duckdb.DuckDBPyConnection, work: _Work,
                result: PollReport) -> list[str]:
        """Link stories and record items, files and feeds in one transaction.

        Returns:
            The ids of this poll's articles that are stored as coded.
        """
        ids = [a.id for a in work.items if isinstance(a, Article)]
        coded = {row[0] for row in con.execute(
            "SELECT article_id FROM articles WHERE status = 'coded' "
            "AND article_id IN (SELECT unnest(?))", [ids]).fetchall()}
        con.begin()
        try:
            for article in work.items:
                if isinstance(article, Article) and article.id in coded:
                    result.merged += stories.assign_story(con, article) != article.id
            for mark in work.marks:
                state.record_item(con, *mark)
            for path, digest in work.files:
                state.record_file(con, path, digest)
            for url, status, feed_state, error in work.feeds:
                state.record_feed(con, url, status, feed_state, error)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return [i for i in ids if i in coded]


def is_url(source: str) -> bool:
    """True for an http(s) URL (a feed), False for a path (a folder)."""
    return urlsplit(source).scheme in ("http", "https")
