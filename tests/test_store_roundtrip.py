"""Hypothesis round trip: an event record written to the store reads back unchanged."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.events.ontology import EVENT_TYPES
from eventwire.records import Actor, Article, Event, Place, Spans
from eventwire.store import Filters, open_store, query_mentions
from eventwire.store.rows import event_from_row, mention_row
from eventwire.store.writer import Batch, StoreWriter

INT32 = st.integers(min_value=0, max_value=2**31 - 1)
FLOATS = st.floats(allow_nan=False, allow_infinity=False)
TEXT = st.text(max_size=40)
MAYBE = st.none() | TEXT
SPAN = st.tuples(INT32, INT32)

actors = st.builds(Actor, text=TEXT, name=TEXT, country=MAYBE, org=MAYBE, sector=MAYBE,
                   kb_id=MAYBE)
places = st.builds(Place, name=TEXT, country=MAYBE, lat=st.none() | FLOATS,
                   lon=st.none() | FLOATS)
dates = st.none() | st.dates().map(dt.date.isoformat) | TEXT
events = st.builds(
    Event,
    article_id=st.just("art-1"),
    event_type=st.sampled_from(sorted(EVENT_TYPES)),
    mode=MAYBE, cameo=st.text(min_size=1, max_size=4), quad_class=st.integers(1, 4),
    goldstein=FLOATS, intensity=FLOATS, source=actors, target=st.none() | actors,
    date=dates, date_precision=MAYBE, location=st.none() | places,
    negated=st.booleans(), hypothetical=st.booleans(), sentence=st.text(max_size=200),
    sentence_index=INT32, trigger=TEXT,
    spans=st.builds(Spans, trigger=SPAN, source=st.none() | SPAN, target=st.none() | SPAN),
    attribution=MAYBE, confidence=FLOATS,
    event_id=st.just("") | st.text(min_size=1, max_size=16),
)


@settings(database=None)
@given(event=events)
def test_store_roundtrip_row(event: Event) -> None:
    assert event_from_row(mention_row(event, 0, "v", "run")) == event


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    con = open_store(tmp_path_factory.mktemp("roundtrip") / "store.duckdb")
    yield con
    con.close()


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(events, min_size=1, max_size=3))
def test_store_roundtrip_through_duckdb(store, batch: list[Event]) -> None:
    store.execute("DELETE FROM articles")
    store.execute("DELETE FROM mentions")
    writer = StoreWriter(store, "test-version")
    writer.write_batch(Batch(articles=[Article(id="art-1", text="text")], events=batch))
    rows = store.execute("SELECT * FROM mentions ORDER BY seq").fetch_arrow_table()
    assert [event_from_row(row) for row in rows.to_pylist()] == batch
    assert len(list(query_mentions(store, Filters()))) == len(batch)
