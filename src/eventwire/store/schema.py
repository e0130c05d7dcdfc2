"""The store's tables, opening a store file, and the coder version stamped on every row.

One DuckDB file holds everything (no server). Tables:

- ``articles``: one row per stored article (id, content hash, title, published, source,
  url, text, status ``coded`` or ``rejected``, coder version, run, time ingested).
- ``mentions``: one row per coded `Event` record (a report of an event): the article,
  the order of the record in the article (``seq``), every field of the record flattened
  (actors, place, flags, evidence sentence, character spans) and the coder version.
- ``events``: de-duplicated real-world events linked from the mentions (see
  `eventwire.store.dedup`): type, actors at the linking level, date, place, counts of
  mentions, articles and sources, first and last report.
- ``links``: which mention belongs to which event (event_uid, article_id, seq).
- ``actors``: one row per distinct resolved actor with how often it is source or target.
- ``rejections``: every input record or article that could not be read or coded.
- ``runs``: one row per ingest/recode run, with its counts and status.
- ``meta``: key/value settings of the store (schema version, the linking rule in use).

``events``, ``links`` and ``actors`` are derived: they are rebuilt from ``mentions``
and ``articles`` at the end of every ingest or recode, so they never disagree with them.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import duckdb

from eventwire import __version__

SCHEMA_VERSION = "1"
DEFAULT_DB = "eventwire.duckdb"

ACTOR_COLUMNS = ("text", "name", "country", "org", "sector", "kb_id")

ARTICLES_DDL = """
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, title VARCHAR,
    published DATE, source VARCHAR, url VARCHAR, text VARCHAR NOT NULL,
    status VARCHAR NOT NULL, coder_version VARCHAR NOT NULL, run_id VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL
)"""

_ACTOR_DDL = ", ".join(
    f"{role}_{name} VARCHAR" for role in ("source", "target") for name in ACTOR_COLUMNS
)

MENTIONS_DDL = f"""
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL, seq INTEGER NOT NULL, event_id VARCHAR NOT NULL,
    event_type VARCHAR NOT NULL, mode VARCHAR, cameo VARCHAR NOT NULL,
    quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL, intensity DOUBLE NOT NULL,
    {_ACTOR_DDL},
    date VARCHAR, date_precision VARCHAR, event_date DATE,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    negated BOOLEAN NOT NULL, hypothetical BOOLEAN NOT NULL,
    sentence VARCHAR NOT NULL, sentence_index INTEGER NOT NULL, trigger VARCHAR NOT NULL,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER,
    attribution VARCHAR, confidence DOUBLE NOT NULL,
    coder_version VARCHAR NOT NULL, run_id VARCHAR NOT NULL
)"""

EVENTS_DDL = """
CREATE TABLE IF NOT EXISTS events (
    event_uid VARCHAR NOT NULL, event_type VARCHAR NOT NULL, mode VARCHAR,
    cameo VARCHAR NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL,
    source_code VARCHAR, source_sector VARCHAR, source_name VARCHAR,
    target_code VARCHAR, target_sector VARCHAR, target_name VARCHAR,
    date DATE, date_precision VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    num_mentions INTEGER NOT NULL, num_articles INTEGER NOT NULL,
    num_sources INTEGER NOT NULL, first_report DATE, last_report DATE,
    first_article_id VARCHAR NOT NULL, first_seq INTEGER NOT NULL
)"""

LINKS_DDL = """
CREATE TABLE IF NOT EXISTS links (
    event_uid VARCHAR NOT NULL, article_id VARCHAR NOT NULL, seq INTEGER NOT NULL
)"""

ACTORS_DDL = """
CREATE TABLE IF NOT EXISTS actors (
    name VARCHAR NOT NULL, country VARCHAR, org VARCHAR, sector VARCHAR, kb_id VARCHAR,
    num_mentions INTEGER NOT NULL, as_source INTEGER NOT NULL, as_target INTEGER NOT NULL
)"""

REJECTIONS_DDL = """
CREATE TABLE IF NOT EXISTS rejections (
    article_id VARCHAR NOT NULL, stage VARCHAR NOT NULL, reason VARCHAR NOT NULL,
    run_id VARCHAR NOT NULL, recorded_at TIMESTAMP NOT NULL
)"""

RUNS_DDL = """
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR NOT NULL, command VARCHAR NOT NULL, coder_version VARCHAR NOT NULL,
    started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP, status VARCHAR NOT NULL,
    articles_added INTEGER, articles_skipped INTEGER, mentions_added INTEGER,
    rejections INTEGER
)"""

META_DDL = "CREATE TABLE IF NOT EXISTS meta (key VARCHAR NOT NULL, value VARCHAR NOT NULL)"

ALL_DDL = (
    ARTICLES_DDL, MENTIONS_DDL, EVENTS_DDL, LINKS_DDL, ACTORS_DDL, REJECTIONS_DDL,
    RUNS_DDL, META_DDL,
)
TABLES = ("articles", "mentions", "events", "links", "actors", "rejections", "runs", "meta")


class StoreError(Exception):
    """A store that cannot be opened or used; the message says what to do."""


def create_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables and record the schema version."""
    for ddl in ALL_DDL:
        con.execute(ddl)
    found = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if found is None:
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
    elif found[0] != SCHEMA_VERSION:
        raise StoreError(f"store schema version {found[0]} is not {SCHEMA_VERSION}")


def has_tables(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the connected database has the store's articles table."""
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'articles'"
    ).fetchone()
    return bool(row and row[0])


def get_meta(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    """A value from the meta table, or None."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    """Set a value in the meta table (the caller manages the transaction)."""
    con.execute("DELETE FROM meta WHERE key = ?", [key])
    con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])


@lru_cache(maxsize=1)
def coder_version() -> str:
    """The version of the coder: package version plus a hash of its data files.

    The knowledge base and lexicon YAML files shipped in the package are hashed (path
    and bytes, in path order), so editing an actor or a trigger changes the version
    and `eventwire recode` knows which stored articles are stale.

    Returns:
        e.g. "0.1.0+3f9a0c1d2e".
    """
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha1()
    for sub in ("actors/data", "events/data"):
        for path in sorted((root / sub).glob("*.yaml")):
            digest.update(f"{sub}/{path.name}\n".encode())
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"
