"""Ingest and recode: idempotence, whole-article batches, rejections, replacement."""

from __future__ import annotations

from collections import deque

import pytest

from eventwire.records import Rejection
from eventwire.store import Filters, ingest, open_store, query_mentions, recode
from eventwire.store.ingest import batches
from eventwire.store.schema import coder_version
from store_fakes import FakeCoder, article


def corpus():
    return [
        article("a1", "ASSAULT RUS UKR 2024-05-14", "ACCUSE UKR RUS 2024-05-14"),
        article("a2"),
        Rejection("in.jsonl:line 3", "read", "line 3: invalid JSON"),
        article("a3", "FAIL"),
        article("a4", "CONSULT JPN USA 2024-05-13", "CONSULT JPN USA 2024-05-13",
                "AID USA UKR - "),
        article("a5", "PROTEST FRA - 2024-05-12"),
    ]


def counts(con) -> dict[str, int]:
    tables = ("articles", "mentions", "events", "links", "actors", "rejections")
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


@pytest.fixture()
def con(tmp_path):
    connection = open_store(tmp_path / "store.duckdb")
    yield connection
    connection.close()


def test_store_ingest_stores_articles_records_and_rejections(con) -> None:
    report = ingest(corpus(), FakeCoder(), con, batch_size=2)
    assert report.counts.articles_added == 5
    assert report.counts.mentions_added == 6
    assert counts(con)["rejections"] == 2
    status = dict(con.execute("SELECT article_id, status FROM articles").fetchall())
    assert status == {"a1": "coded", "a2": "coded", "a3": "rejected", "a4": "coded",
                      "a5": "coded"}
    versions = con.execute("SELECT DISTINCT coder_version FROM mentions").fetchall()
    assert versions == [(coder_version(),)]


def test_store_ingest_twice_adds_nothing(con) -> None:
    ingest(corpus(), FakeCoder(), con, batch_size=2)
    before = counts(con)
    second = FakeCoder()
    report = ingest(corpus(), second, con, batch_size=2)
    assert counts(con) == before
    assert second.coded == []
    assert report.counts.articles_added == 0
    assert report.counts.articles_skipped == 5


def test_store_ingest_changed_article_is_replaced(con) -> None:
    ingest(corpus(), FakeCoder(), con)
    changed = article("a1", "SANCTION USA RUS 2024-05-14")
    report = ingest([changed], FakeCoder(), con)
    assert report.counts.articles_added == 1
    records = list(query_mentions(con, Filters()))
    assert [e.event_type for e in records if e.article_id == "a1"] == ["SANCTION"]
    assert counts(con)["articles"] == 5


@pytest.mark.parametrize("size", [1, 2, 3, 4, 100])
def test_store_batches_hold_whole_articles(size: int) -> None:
    pending: deque = deque()

    def feed():
        for item in corpus():
            if not isinstance(item, Rejection):
                pending.append(item)
            yield item

    found = list(batches(FakeCoder().code(feed()), pending, size))
    assert [a.id for b in found for a in b.articles] == ["a1", "a2", "a3", "a4", "a5"]
    for batch in found:
        ids = {a.id for a in batch.articles}
        assert {e.article_id for e in batch.events} <= ids
    assert all(len(batch) >= size for batch in found[:-1])
    assert sum(len(b.events) for b in found) == 6
    assert {r.article_id for b in found for r in b.rejections} == {"in.jsonl:line 3", "a3"}


def test_store_recode_replaces_stale_articles_only(con) -> None:
    ingest(corpus(), FakeCoder(), con)
    con.execute("UPDATE articles SET coder_version = 'old' WHERE article_id = 'a4'")
    coder = FakeCoder()
    report = recode(coder, con)
    assert sorted(coder.coded) == ["a3", "a4"]  # the stale one and the rejected one
    assert report.counts.articles_added == 2
    assert counts(con)["mentions"] == 6
    assert con.execute("SELECT count(*) FROM articles WHERE coder_version = 'old'"
                       ).fetchone()[0] == 0


def test_store_recode_everything_keeps_the_same_data(con) -> None:
    ingest(corpus(), FakeCoder(), con)
    before = counts(con)
    events = con.execute("SELECT * EXCLUDE (event_uid) FROM events ORDER BY ALL").fetchall()
    recode(FakeCoder(), con, everything=True)
    assert counts(con) == before
    assert con.execute("SELECT * EXCLUDE (event_uid) FROM events ORDER BY ALL"
                       ).fetchall() == events


def test_store_ingest_runs_are_recorded(con) -> None:
    ingest(corpus(), FakeCoder(), con)
    ingest(corpus(), FakeCoder(), con)
    runs = con.execute("SELECT command, status, articles_added, articles_skipped FROM runs "
                       "ORDER BY started_at").fetchall()
    assert runs == [("ingest", "done", 5, 0), ("ingest", "done", 0, 5)]


def test_store_recode_reads_stale_articles_page_by_page(tmp_path) -> None:
    from eventwire.store import StoreFile
    from eventwire.store.ingest import stored_articles

    store = StoreFile(tmp_path / "paged.duckdb")
    many = [article(f"p{n:03d}", f"CONSULT JPN USA 2024-05-{1 + n % 28:02d}")
            for n in range(23)]
    ingest(many, FakeCoder(), store, batch_size=4)
    with store.session() as con:
        con.execute("UPDATE articles SET coder_version = 'old' WHERE article_id >= 'p010'")
    stale = [a.id for a in stored_articles(store, coder_version(), page=5)]
    assert stale == [f"p{n:03d}" for n in range(10, 23)]
    coder = FakeCoder()
    report = recode(coder, store, batch_size=4)  # pages of 4 while batches are replaced
    assert sorted(coder.coded) == stale  # every stale article once, nothing else
    assert report.counts.articles_added == 13
    assert [a.id for a in stored_articles(store, coder_version(), page=5)] == []
    assert len(list(stored_articles(store, None, page=5))) == 23


def test_store_index_holds_exactly_the_stored_pairs(tmp_path) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from eventwire.records import Article
    from eventwire.store import StoreFile
    from eventwire.store.index import StoredIndex
    from eventwire.store.rows import article_hash

    store = StoreFile(tmp_path / "indexed.duckdb")
    ingest(corpus(), FakeCoder(), store)
    index = StoredIndex.read(store)
    assert len(index) == 5
    stored = [a for a in corpus() if isinstance(a, Article)]
    assert index.stored_ids(stored) == {"a1", "a2", "a3", "a4", "a5"}
    changed = Article(id="a1", text="other text", published=stored[0].published)
    assert not index.holds(changed)
    assert not index.holds(Article(id="zz", text=stored[0].text,
                                   published=stored[0].published))

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.tuples(st.text(min_size=1), st.text(min_size=1)), unique=True,
                    max_size=40), st.text(min_size=1), st.text(min_size=1))
    def check(pairs, other_id, other_text):
        articles = [Article(id=i, text=t) for i, t in pairs]
        index = StoredIndex.of_pairs((a.id, article_hash(a)) for a in articles)
        assert index.stored_ids(articles) == {a.id for a in articles}
        probe = Article(id=other_id, text=other_text)
        assert index.holds(probe) == any((a.id, a.text) == (other_id, other_text)
                                         for a in articles)

    check()
