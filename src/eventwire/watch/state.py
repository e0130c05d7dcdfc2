"""The watcher's state, kept in the store next to the articles it describes.

Tables (created with CREATE TABLE IF NOT EXISTS; the store's own tables are untouched):

- ``watch_feeds``: per feed URL, the validators of the last answer (ETag,
  Last-Modified) for conditional GET, the feed title, when it was polled and how that
  went (``ok``, ``unchanged`` or ``failed`` with the reason).
- ``watch_items``: per feed item (feed URL and the item's guid/id or link), its URL,
  the article id it was stored under, and its status: ``stored``; ``rejected`` (the page
  holds no article text: not tried again); ``failed`` (the page could not be fetched:
  tried again at later polls, at most `MAX_ATTEMPTS` times in all).
- ``watch_files``: per file of a watched folder, the SHA-1 of the bytes last coded.
- ``watch_alerts``: the linked events already alerted on, so a restart does not repeat.

A restart reads these tables, so nothing done is fetched or coded again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

MAX_ATTEMPTS = 3

WATCH_DDL = (
    """CREATE TABLE IF NOT EXISTS watch_feeds (
        feed_url VARCHAR NOT NULL, title VARCHAR, etag VARCHAR, last_modified VARCHAR,
        last_polled TIMESTAMP, last_status VARCHAR, last_error VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS watch_items (
        feed_url VARCHAR NOT NULL, item_key VARCHAR NOT NULL, url VARCHAR,
        article_id VARCHAR, status VARCHAR NOT NULL, reason VARCHAR,
        attempts INTEGER NOT NULL, seen_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS watch_files (
        path VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, seen_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS watch_alerts (
        event_uid VARCHAR NOT NULL, alerted_at TIMESTAMP NOT NULL)""",
)


@dataclass(frozen=True)
class FeedState:
    """What the store remembers of a feed."""

    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the watcher's tables if missing."""
    for ddl in WATCH_DDL:
        con.execute(ddl)


def _now() -> dt.datetime:
    """The current UTC time, naive (as the store keeps timestamps)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def feed_state(con: duckdb.DuckDBPyConnection, url: str) -> FeedState:
    """The stored validators and title of a feed (empty for a new feed)."""
    row = con.execute("SELECT etag, last_modified, title FROM watch_feeds WHERE feed_url = ?",
                      [url]).fetchone()
    return FeedState(*row) if row else FeedState()


def record_feed(con: duckdb.DuckDBPyConnection, url: str, status: str,
                state: FeedState | None = None, error: str | None = None) -> None:
    """Remember a poll of a feed; validators and title are kept unless `state` is given."""
    state = state or feed_state(con, url)
    con.execute("DELETE FROM watch_feeds WHERE feed_url = ?", [url])
    con.execute("INSERT INTO watch_feeds VALUES (?, ?, ?, ?, ?, ?, ?)",
                [url, state.title, state.etag, state.last_modified, _now(), status, error])


def item_done(con: duckdb.DuckDBPyConnection, feed_url: str, key: str, url: str | None) -> bool:
    """True when the item (or its URL, from any feed) needs no further attempt."""
    row = con.execute(
        """SELECT count(*) FROM watch_items
           WHERE ((feed_url = ? AND item_key = ?) OR (url IS NOT NULL AND url = ?))
             AND (status <> 'failed' OR attempts >= ?)""",
        [feed_url, key, url, MAX_ATTEMPTS]).fetchone()
    return bool(row and row[0])


def record_item(con: duckdb.DuckDBPyConnection, feed_url: str, key: str, url: str | None,
                article_id: str | None, status: str, reason: str | None = None) -> None:
    """Remember what became of a feed item (failed attempts are counted)."""
    row = con.execute("SELECT attempts FROM watch_items WHERE feed_url = ? AND item_key = ?",
                      [feed_url, key]).fetchone()
    attempts = (row[0] if row else 0) + 1
    con.execute("DELETE FROM watch_items WHERE feed_url = ? AND item_key = ?", [feed_url, key])
    con.execute("INSERT INTO watch_items VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [feed_url, key, url, article_id, status, reason, attempts, _now()])


def file_done(con: duckdb.DuckDBPyConnection, path: str, content_hash: str) -> bool:
    """True when this file, with these bytes, was coded before."""
    row = con.execute("SELECT count(*) FROM watch_files WHERE path = ? AND content_hash = ?",
                      [path, content_hash]).fetchone()
    return bool(row and row[0])


def record_file(con: duckdb.DuckDBPyConnection, path: str, content_hash: str) -> None:
    """Remember the bytes of a folder file as coded."""
    con.execute("DELETE FROM watch_files WHERE path = ?", [path])
    con.execute("INSERT INTO watch_files VALUES (?, ?, ?)", [path, content_hash, _now()])


def alerted(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The linked events already alerted on."""
    return {row[0] for row in con.execute("SELECT event_uid FROM watch_alerts").fetchall()}


def record_alert(con: duckdb.DuckDBPyConnection, event_uid: str) -> None:
    """Remember that an event was alerted on."""
    con.execute("INSERT INTO watch_alerts VALUES (?, ?)", [event_uid, _now()])


def retry_items(con: duckdb.DuckDBPyConnection, feed_url: str) -> list[tuple[str, str]]:
    """(key, url) of the feed's items whose page failed and is due another attempt."""
    return con.execute(
        """SELECT item_key, url FROM watch_items
           WHERE feed_url = ? AND status = 'failed' AND attempts < ? AND url IS NOT NULL
           ORDER BY seen_at, item_key""", [feed_url, MAX_ATTEMPTS]).fetchall()
