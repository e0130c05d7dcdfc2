"""Hypothesis: no generated input makes the readers or the date resolver raise, and
articles survive the store round trip unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from eventwire.articles import read_articles
from eventwire.articles.language import not_english
from eventwire.dates import EARLIEST, LATEST, resolve_date_expression
from eventwire.records import Article, Rejection
from eventwire.store import open_store
from eventwire.store.rows import article_from_row, article_hash
from eventwire.store.writer import Batch, StoreWriter

FILES = settings(max_examples=150, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture])
NASTY = st.sampled_from(["\ud800", "\udc00", "\x00", "\x1b", "\r", "\r\n", "\u2028", "\ufeff",
                         '"', ",", "\\", "{", "\n"])
TEXT = st.lists(st.characters(blacklist_categories=()) | NASTY, max_size=60).map("".join)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def check(items: list) -> None:
    """Every item is a well-formed article or a read rejection with a reason."""
    for item in items:
        if isinstance(item, Rejection):
            assert item.stage == "read" and item.reason and item.article_id
            continue
        assert isinstance(item, Article)
        assert item.id and item.text.strip()
        assert not CONTROL.search(item.text) and not CONTROL.search(item.id)
        item.full_text.encode("utf-8")


@FILES
@given(data=st.binary(max_size=3000),
       suffix=st.sampled_from([".txt", ".jsonl", ".csv", ".json", ".ndjson"]))
def test_reliability_readers_any_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    check(list(read_articles([str(path)])))


@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(markup=st.binary(max_size=2000) | TEXT.map(lambda t: f"<p>{t}</p>".encode("utf-8",
                                                                           "surrogatepass")))
def test_reliability_readers_any_html(tmp_path: Path, markup: bytes) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(markup)
    check(list(read_articles([str(path)])))


VALUES = st.none() | st.booleans() | st.integers() | st.floats() | TEXT | st.lists(st.integers())
RECORDS = st.fixed_dictionaries(
    {}, optional={"id": VALUES, "text": VALUES, "published": VALUES | st.dates().map(str),
                  "title": VALUES, "source": VALUES, "url": VALUES})


def jsonl_line(record: object, ascii_only: bool) -> str:
    """A JSON line; with surrogates and ensure_ascii=False, fall back to escapes."""
    try:
        return json.dumps(record, ensure_ascii=ascii_only).encode("utf-8").decode()
    except UnicodeEncodeError:
        return json.dumps(record)


@FILES
@given(records=st.lists(RECORDS | st.lists(st.integers()) | TEXT, max_size=8),
       ascii_only=st.booleans())
def test_reliability_readers_any_jsonl_records(tmp_path: Path, records: list,
                                               ascii_only: bool) -> None:
    path = tmp_path / "records.jsonl"
    lines = [jsonl_line(r, ascii_only) if not isinstance(r, str) else r for r in records]
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
    check(list(read_articles([str(path)])))


@FILES
@given(rows=st.lists(st.lists(TEXT, max_size=4), max_size=6), raw=TEXT,
       header=st.sampled_from(["id,text", "id,text,published", "text", ""]))
def test_reliability_readers_any_csv(tmp_path: Path, rows: list, raw: str, header: str) -> None:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path = tmp_path / "sheet.csv"
    path.write_bytes(f"{header}\n{out.getvalue()}{raw}".encode("utf-8", "surrogatepass"))
    check(list(read_articles([str(path)])))


WORDS = st.sampled_from(
    "ago day days week weeks month months year years last next this past previous the on in "
    "of late early mid- weekend today yesterday tomorrow tonight morning night friday monday "
    "january feb oct. december 7 7th 31st 29 0 1800 1799 2100 2101 1999 2024-02-29 "
    "9999-12-31 0001-01-01 , . a one twelve".split()
) | st.integers(min_value=0, max_value=10**30).map(str)
PHRASES = st.lists(WORDS, max_size=5).map(" ".join) | TEXT


@settings(max_examples=500, deadline=None, database=None)
@given(text=PHRASES, published=st.dates())
@example(text="the 7th", published=dt.date(2101, 2, 1))  # a bare ordinal past 2100
@example(text="overnight into Sunday", published=dt.date(1, 1, 2))
def test_reliability_dates_resolver_never_raises(text: str, published: dt.date) -> None:
    resolved = resolve_date_expression(text, published)
    if resolved is not None:
        day = dt.date.fromisoformat(resolved.date)
        assert EARLIEST <= day <= LATEST
        assert resolved.precision in ("day", "week", "month", "year")


CLEAN = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80)
ARTICLES = st.builds(
    Article, id=CLEAN.map(str.strip).filter(bool), text=st.text(max_size=400) | CLEAN,
    title=st.none() | CLEAN, published=st.none() | st.dates(),
    source=st.none() | CLEAN, url=st.none() | CLEAN,
)


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(ARTICLES, min_size=1, max_size=4, unique_by=lambda a: a.id))
def test_reliability_store_article_roundtrip(tmp_path: Path, batch: list[Article]) -> None:
    con = open_store(tmp_path / "articles.duckdb")
    try:
        con.execute("DELETE FROM articles")
        writer = StoreWriter(con, "v")
        writer.write_batch(Batch(articles=batch))
        rows = con.execute("SELECT * FROM articles").fetch_arrow_table().to_pylist()
        assert writer.stored_hashes() == {a.id: article_hash(a) for a in batch}
    finally:
        con.close()
    assert sorted((article_from_row(r) for r in rows), key=lambda a: a.id) == sorted(
        batch, key=lambda a: a.id)


@FILES
@given(article=ARTICLES)
def test_reliability_readers_jsonl_roundtrip(tmp_path: Path, article: Article) -> None:
    """An article as readers produce it (clean text, plausible date) reads back unchanged."""
    assume(article.text.strip() and not CONTROL.search(article.text + article.id))
    assume(not_english(article.full_text) is None and "\r" not in article.text)
    assume(article.published is None or dt.date(1800, 1, 1) <= article.published
           <= dt.date.today())
    for name in ("title", "source", "url"):
        value = getattr(article, name)
        assume(value is None or value == " ".join(value.split()))
    record = {"id": article.id, "text": article.text, "title": article.title,
              "published": article.published and article.published.isoformat(),
              "source": article.source, "url": article.url}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert list(read_articles([str(path)])) == [article]
