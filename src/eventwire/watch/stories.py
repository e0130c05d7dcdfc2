"""Stories: near-duplicate articles (one wire story, several outlets) linked together.

Tables and views (created if missing; the store's own tables are untouched):

- ``stories``: one row per story: its id (the id of its first article), title, and
  when it was first seen.
- ``story_articles``: which story each watched article belongs to, with its estimated
  similarity to the story's closest earlier copy and its MinHash signature.
- ``story_bands``: the signature's band keys, to find candidate copies fast.
- view ``story_events``: the store's linked ``events`` with ``num_stories`` (distinct
  stories reporting the event: syndicated copies count once; an article that is not
  in any story counts as its own) and ``outlets`` (the distinct sources reporting it).
- view ``story_sources``: per story, its articles, outlets and first publication date.
"""

from __future__ import annotations

import datetime as dt

import duckdb

from eventwire.records import Article
from eventwire.watch.dedup import THRESHOLD, bands, signature, similarity

STORIES_DDL = (
    """CREATE TABLE IF NOT EXISTS stories (
        story_id VARCHAR NOT NULL, title VARCHAR, first_article_id VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS story_articles (
        article_id VARCHAR NOT NULL, story_id VARCHAR NOT NULL, similarity DOUBLE,
        signature UBIGINT[] NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS story_bands (
        band_key VARCHAR NOT NULL, article_id VARCHAR NOT NULL)""",
    """CREATE OR REPLACE VIEW story_events AS
       SELECT e.event_uid,
              count(DISTINCT coalesce(s.story_id, 'article:' || l.article_id)) AS num_stories,
              list_sort(list(DISTINCT coalesce(a.source, 'article:' || a.article_id)))
                  AS outlets
       FROM events e JOIN links l USING (event_uid) JOIN articles a USING (article_id)
            LEFT JOIN story_articles s USING (article_id)
       GROUP BY e.event_uid""",
    """CREATE OR REPLACE VIEW story_sources AS
       SELECT s.story_id, any_value(st.title) AS title, count(*) AS num_articles,
              list_sort(list(DISTINCT coalesce(a.source, 'article:' || a.article_id)))
                  AS outlets,
              min(a.published) AS first_published
       FROM story_articles s JOIN articles a USING (article_id)
            JOIN stories st USING (story_id)
       GROUP BY s.story_id""",
)


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the story tables and views if missing."""
    for ddl in STORIES_DDL:
        con.execute(ddl)


def assign_story(con: duckdb.DuckDBPyConnection, article: Article) -> str:
    """Link an article to the story of its closest near-duplicate, or start a story.

    An article assigned before is re-assigned (its text may have changed).

    Args:
        con: a writable store connection (the caller manages the transaction).
        article: the stored article.

    Returns:
        The story id.
    """
    sig = signature(article.full_text)
    keys = bands(sig)
    con.execute("DELETE FROM story_articles WHERE article_id = ?", [article.id])
    con.execute("DELETE FROM story_bands WHERE article_id = ?", [article.id])
    best, score = _closest(con, sig, keys)
    if best is None:
        best, score = article.id, None
        con.execute("DELETE FROM stories WHERE story_id = ?", [best])
        con.execute("INSERT INTO stories VALUES (?, ?, ?, ?)",
                    [best, article.title, article.id, _now()])
    con.execute("INSERT INTO story_articles VALUES (?, ?, ?, ?)",
                [article.id, best, score, list(sig)])
    con.executemany("INSERT INTO story_bands VALUES (?, ?)", [[k, article.id] for k in keys])
    return best


def _closest(con: duckdb.DuckDBPyConnection, sig: tuple[int, ...],
             keys: list[str]) -> tuple[str | None, float | None]:
    """The story of the most similar earlier article at or above the threshold."""
    rows = con.execute(
        """SELECT s.article_id, s.story_id, s.signature FROM story_articles s
           WHERE s.article_id IN (SELECT article_id FROM story_bands
                                  WHERE band_key IN (SELECT unnest(?)))
           ORDER BY s.article_id""", [keys]).fetchall()
    best: tuple[str | None, float | None] = (None, None)
    for _, story_id, other in rows:
        score = similarity(sig, other)
        if score >= THRESHOLD and (best[1] is None or score > best[1]):
            best = (story_id, score)
    return best


def _now() -> dt.datetime:
    """The current UTC time, naive (as the store keeps timestamps)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
