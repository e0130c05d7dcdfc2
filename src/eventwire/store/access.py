"""Sharing one store file between a writer and readers.

DuckDB lets one process write a file, and no other process may even read it meanwhile.
eventwire therefore never holds a store open for longer than one piece of work:

- writers (ingest, recode, watch, the Ray loader) open the file for each batch they
  write and close it straight after, so the file is free while articles are coded
  (nearly all of a run's time; the store takes about 1% of it);
- readers (the dashboard, `query`, `export`) open it read-only for one request or one
  command;
- both sides wait for the other instead of failing at once: `open_store(wait=...)`
  retries a locked file with a short back-off until the wait runs out.

`StoreFile` is a store reached by its path (opened per session); `HeldStore` wraps a
connection the caller keeps open (in-memory stores, tests, one-off scripts). Writers take
either through `as_store`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import duckdb

from eventwire.store.schema import StoreError, create_tables, has_tables

WRITE_WAIT = float(os.environ.get("EVENTWIRE_WRITE_WAIT", "600"))
"""Seconds a writer waits for a locked store (readers hold it for milliseconds; another
writer for one batch or one relinking at a time)."""
READ_WAIT = float(os.environ.get("EVENTWIRE_READ_WAIT", "30"))
"""Seconds a reader waits for a locked store (a writer holds it for one batch, or for
the relinking at the end of a run)."""


def open_store(path: str | Path, read_only: bool = False,
               wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """Open (and for writing, create) a store file with all its tables.

    Args:
        path: the DuckDB file.
        read_only: open without write access (the file must exist).
        wait: seconds to keep retrying while another process holds the file.

    Returns:
        A DuckDB connection; the caller closes it.

    Raises:
        StoreError: the file is missing (read-only), read-only (for writing), still
            locked by another process after `wait`, or not a DuckDB database.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"no store at {path} (create one with `eventwire ingest`)")
    if not read_only and path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"cannot write to the store {path}: the file is read-only (make it "
                         "writable, or read it with `eventwire query`, `sql` or `export`)")
    con = connect_waiting(path, read_only, wait)
    if not read_only:
        create_tables(con)
    elif not has_tables(con):
        con.close()
        raise StoreError(f"{path} is not an eventwire store (no articles table)")
    return con


class Store(Protocol):
    """Where a writer gets a connection for one piece of work."""

    def session(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
        """A writable connection for one piece of work (closed or kept by the store)."""


@dataclass(frozen=True)
class StoreFile:
    """A store reached by its path: every session opens the file and closes it after.

    Attributes:
        path: the DuckDB file (created with its tables on the first session).
        wait: seconds to wait while another process holds the file.
    """

    path: str | Path
    wait: float = WRITE_WAIT

    @contextmanager
    def session(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Open the file for writing (waiting for a lock), yield, close (checkpoints)."""
        con = open_store(self.path, wait=self.wait)
        try:
            yield con
        finally:
            con.close()


@dataclass(frozen=True)
class HeldStore:
    """A connection the caller keeps open; sessions reuse it and leave it open."""

    con: duckdb.DuckDBPyConnection

    @contextmanager
    def session(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The held connection."""
        yield self.con


def as_store(store: Store | duckdb.DuckDBPyConnection) -> Store:
    """A `Store` for a store object or an open connection."""
    if isinstance(store, duckdb.DuckDBPyConnection):
        return HeldStore(store)
    return store


def is_lock_conflict(exc: BaseException) -> bool:
    """True when DuckDB refused a file because another process holds its lock."""
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def connect_waiting(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """`duckdb.connect`, retrying for up to `wait` seconds while the file is locked.

    Raises:
        StoreError: still locked after the wait (naming the holder DuckDB reports), or
            the file cannot be opened for another reason.
    """
    deadline = time.monotonic() + wait
    pause = 0.01
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            if not is_lock_conflict(exc):
                raise StoreError(f"cannot open store {path}: {exc}") from exc
            if time.monotonic() + pause > deadline:
                raise StoreError(
                    f"store {path} is busy: another process has held it for {wait:g} s "
                    f"({_holder(exc)}); try again when it is done"
                ) from exc
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def _holder(exc: BaseException) -> str:
    """The part of DuckDB's lock message naming the process that holds the file."""
    text = str(exc)
    start = text.find("Conflicting lock")
    if start < 0:
        return "lock conflict"
    return text[start:].split(". ")[0].rstrip(".")
