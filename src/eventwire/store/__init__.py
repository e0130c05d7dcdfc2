"""store stage: a DuckDB file of articles, mentions (event records) and linked events.

See `eventwire.store.schema` for the tables, `eventwire.store.access` for how writers
and readers share the file, `eventwire.store.ingest` for how corpora go in (idempotent,
resumable), `eventwire.store.dedup` for how mentions of one real-world event are
linked, and `eventwire.store.queries` for reading it back.
"""

from eventwire.store.access import HeldStore, StoreFile, open_store
from eventwire.store.dedup import LinkRule, rebuild_events
from eventwire.store.ingest import IngestReport, ingest, recode
from eventwire.store.queries import Filters, QueryError, dyads, query_events, query_mentions
from eventwire.store.schema import DEFAULT_DB, StoreError, coder_version

__all__ = [
    "DEFAULT_DB",
    "Filters",
    "HeldStore",
    "IngestReport",
    "LinkRule",
    "QueryError",
    "StoreError",
    "StoreFile",
    "coder_version",
    "dyads",
    "ingest",
    "open_store",
    "query_events",
    "query_mentions",
    "rebuild_events",
    "recode",
]
