"""Watch a folder: the files that arrived or changed since they were last coded.

Files are found recursively (hidden entries skipped) and read with the project's
readers (`eventwire.articles.read_articles`); a file is tracked by its path and the
SHA-1 of its bytes, so an unchanged file is never read twice and an edited one is
coded again. A file modified less than `settle` seconds ago may still be being written
and waits for the next poll. One-article files (.txt, .html) get their path relative to
the folder, without suffix, as id (as `eventwire code FOLDER` does).
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from eventwire.articles import SUPPORTED_SUFFIXES, read_articles
from eventwire.articles.sources import suffix_kind
from eventwire.records import Article, Rejection
from eventwire.watch import state


@dataclass(frozen=True)
class NewFile:
    """A file to code: where it is, the hash of its bytes and what it holds."""

    path: str
    content_hash: str
    items: tuple[Article | Rejection, ...]


def new_files(con: duckdb.DuckDBPyConnection, folder: Path,
              settle: float = 2.0) -> Iterator[NewFile]:
    """The folder's files not coded yet with their current bytes, in path order."""
    now = time.time()
    for path in _files(folder):
        try:
            if now - path.stat().st_mtime < settle:
                continue
            digest = hashlib.sha1(path.read_bytes()).hexdigest()
        except OSError:
            continue  # vanished or unreadable between listing and reading: next poll
        if state.file_done(con, str(path), digest):
            continue
        yield NewFile(str(path), digest, tuple(_read(path, folder)))


def _files(folder: Path) -> list[Path]:
    """Supported, non-hidden files under the folder, sorted."""
    found = []
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        if any(p.startswith(".") for p in parts) or not path.is_file():
            continue
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            found.append(path)
    return found


def _read(path: Path, folder: Path) -> Iterator[Article | Rejection]:
    """The file's articles; one-article files take their id from the relative path."""
    one_article = suffix_kind(path) in ("txt", "html")
    article_id = path.relative_to(folder).with_suffix("").as_posix()
    for item in read_articles([str(path)]):
        if one_article and isinstance(item, Article):
            yield dataclasses.replace(item, id=article_id)
        else:
            yield item
