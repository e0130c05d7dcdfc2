"""Tests for eventwire.export: JSON Lines, CSV and the terminal table."""

from __future__ import annotations

import csv
import io
import json

import pytest

from eventwire.export import (
    CSV_COLUMNS,
    WRITERS,
    format_table,
    write_csv,
    write_jsonl,
    write_rejections_jsonl,
)
from eventwire.records import Actor, Event, Place, Rejection, Spans

SENTENCE_1 = "Russian forces shelled Kharkiv on Tuesday, Ukrainian officials said."
SENTENCE_2 = (
    "In a statement issued late on Friday after a long meeting of the cabinet, the "
    "government of Iran said it would not threaten Israel."
)


def make_events() -> list[Event]:
    """Two events: a plain assault and a negated, hypothetical threat with no location."""
    assault = Event(
        article_id="a1",
        event_type="ASSAULT",
        mode="aerial",
        cameo="195",
        quad_class=4,
        goldstein=-10.0,
        intensity=-9.0,
        source=Actor(text="Russian forces", name="Russia", country="RUS", sector="MIL"),
        target=Actor(text="Kharkiv", name="Ukraine", country="UKR", sector="CVL", kb_id="UKR"),
        date="2024-03-05",
        date_precision="day",
        location=Place(name="Kharkiv", country="UKR", lat=49.99, lon=36.23),
        negated=False,
        hypothetical=False,
        sentence=SENTENCE_1,
        sentence_index=0,
        trigger="shelled",
        spans=Spans(trigger=(15, 22), source=(0, 14), target=(23, 30)),
        attribution="Ukrainian officials",
        confidence=0.9,
    )
    threat = Event(
        article_id="a2",
        event_type="THREATEN",
        mode=None,
        cameo="13",
        quad_class=3,
        goldstein=-4.4,
        intensity=-3.0,
        source=Actor(text="the government of Iran", name="Iran", country="IRN", sector="GOV"),
        target=None,
        date=None,
        date_precision=None,
        location=None,
        negated=True,
        hypothetical=True,
        sentence=SENTENCE_2,
        sentence_index=3,
        trigger="threaten",
        spans=Spans(trigger=(120, 128)),
    )
    return [assault, threat]


def test_export_writers_jsonl_round_trip() -> None:
    events = make_events()
    stream = io.StringIO()
    assert write_jsonl(iter(events), stream) == 2
    lines = stream.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [event.to_dict() for event in events]


def test_export_writers_jsonl_keeps_unicode() -> None:
    event = make_events()[0]
    stream = io.StringIO()
    write_jsonl([Event(**{**event.__dict__, "sentence": "Erdoğan met Pézeshkian."})], stream)
    assert "Erdoğan met Pézeshkian." in stream.getvalue()


def test_export_writers_rejections_jsonl() -> None:
    rejections = [Rejection("f.txt", "read", "empty file"), Rejection("x", "nlp", "too long")]
    stream = io.StringIO()
    assert write_rejections_jsonl(rejections, stream) == 2
    assert [json.loads(line) for line in stream.getvalue().splitlines()] == [
        {"article_id": "f.txt", "stage": "read", "reason": "empty file"},
        {"article_id": "x", "stage": "nlp", "reason": "too long"},
    ]


def test_export_writers_csv_header_and_rows() -> None:
    stream = io.StringIO(newline="")
    assert write_csv(make_events(), stream) == 2
    stream.seek(0)
    rows = list(csv.reader(stream))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 3
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)


def test_export_writers_csv_values() -> None:
    stream = io.StringIO(newline="")
    write_csv(make_events(), stream)
    stream.seek(0)
    assault, threat = csv.DictReader(stream)
    assert assault["event_id"] == make_events()[0].event_id
    assert (assault["source_country"], assault["source_sector"]) == ("RUS", "MIL")
    assert (assault["target_country"], assault["target_kb_id"]) == ("UKR", "UKR")
    location = (assault["location_name"], assault["lat"], assault["lon"])
    assert location == ("Kharkiv", "49.99", "36.23")
    assert (assault["trigger_start"], assault["trigger_end"]) == ("15", "22")
    assert (assault["negated"], assault["goldstein"]) == ("false", "-10.0")
    assert assault["sentence"] == SENTENCE_1
    assert (threat["target_name"], threat["location_name"], threat["date"]) == ("", "", "")
    assert (threat["negated"], threat["hypothetical"]) == ("true", "true")
    assert (threat["source_start"], threat["target_end"]) == ("", "")


def test_export_writers_csv_empty_has_header_only() -> None:
    stream = io.StringIO(newline="")
    assert write_csv([], stream) == 0
    assert stream.getvalue() == ",".join(CSV_COLUMNS) + "\r\n"


def test_export_writers_table_columns() -> None:
    table = format_table(make_events())
    header, assault, threat = table.split("\n")
    assert header.split() == [
        "DATE",
        "TYPE",
        "SOURCE",
        "TARGET",
        "TRIGGER",
        "FL",
        "LOCATION",
        "EVIDENCE",
    ]
    assert assault.startswith("2024-03-05 ASSAULT     RUS MIL    UKR CVL    shelled")
    assert "Kharkiv" in assault and SENTENCE_1[:40] in assault
    assert "THREATEN" in threat and "IRN GOV" in threat and " NH " in threat
    assert all(len(line) <= 120 for line in (header, assault, threat))


@pytest.mark.parametrize(
    ("tail", "ending"),
    [("", "threaten Israel"), (" or its allies in the region, officials added.", "…")],
)
def test_export_writers_table_long_sentence_keeps_trigger_visible(tail: str, ending: str) -> None:
    threat = make_events()[1]
    threat = Event(**{**threat.__dict__, "sentence": SENTENCE_2[:-1] + tail})
    line = format_table([threat]).split("\n")[1]
    evidence = line[header_offset() :]
    assert evidence.startswith("…") and evidence.endswith(ending)
    assert "would not threaten Israel" in evidence
    assert len(line) <= 120


def header_offset() -> int:
    """Where the evidence column starts."""
    return format_table([]).index("EVIDENCE")


@pytest.mark.parametrize("name", ["jsonl", "csv", "table"])
def test_export_writers_registry(name: str) -> None:
    stream = io.StringIO(newline="")
    assert WRITERS[name](make_events(), stream) == 2
    assert "THREATEN" in stream.getvalue()
