"""Every export format on a small corpus, with its columns checked."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from eventwire.export import CSV_COLUMNS, gdelt, icews, polecat
from eventwire.store import Filters, ingest, open_store
from eventwire.store.export import FORMATS, export
from store_fakes import FakeCoder, article

CORPUS = [
    article("a", "ASSAULT RUS UKR 2024-05-14 Kharkiv UKR", "AID USA UKR 2024-05-13"),
    article("b", "ASSAULT RUS UKR 2024-05-14", source="Beta News"),
    article("c", "PROTEST FRA - 2024-05-12 France FRA", source=None),
    article("d", "CONSULT UN - 2024-05-10"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    con = open_store(tmp_path_factory.mktemp("export") / "store.duckdb")
    ingest(CORPUS, FakeCoder(), con)
    yield con
    con.close()


def tsv(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def header(path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return fh.readline().rstrip("\n").split("\t")


def test_store_export_formats_are_all_covered() -> None:
    assert set(FORMATS) == {"jsonl", "csv", "parquet", "gdelt", "polecat", "icews"}


def test_store_export_jsonl(store, tmp_path) -> None:
    path = tmp_path / "out.jsonl"
    assert export(store, "jsonl", path) == 5
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert list(records[0]) == ["event_id", "article_id", "event_type", "mode", "cameo",
                                "quad_class", "goldstein", "intensity", "source", "target",
                                "date", "date_precision", "location", "negated",
                                "hypothetical", "sentence", "sentence_index", "trigger",
                                "spans", "attribution", "confidence"]
    assert [r["date"] for r in records] == sorted(r["date"] for r in records)


def test_store_export_csv_with_filters(store, tmp_path) -> None:
    path = tmp_path / "out.csv"
    assert export(store, "csv", path, Filters(types=("ASSAULT",))) == 2
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert {r["article_id"] for r in rows} == {"a", "b"}


def test_store_export_parquet(store, tmp_path) -> None:
    path = tmp_path / "out.parquet"
    assert export(store, "parquet", path) == 5
    table = pq.read_table(path)
    assert table.column_names == list(CSV_COLUMNS)
    assert table.schema.field("quad_class").type == "int32"
    assert sorted(table.column("source_country").to_pylist(), key=repr) == [
        "FRA", "RUS", "RUS", "USA", None]


def test_store_export_gdelt_counts_events_not_reports(store, tmp_path) -> None:
    path = tmp_path / "out.gdelt.tsv"
    assert export(store, "gdelt", path) == 4
    assert header(path) == list(gdelt.COLUMNS) and len(gdelt.COLUMNS) == 61
    rows = {r["EventRootCode"]: r for r in tsv(path)}
    attack = rows["19"]
    assert (attack["NumMentions"], attack["NumArticles"], attack["NumSources"]) == ("2", "2", "2")
    assert attack["SQLDATE"] == "20240514" and attack["MonthYear"] == "202405"
    assert attack["Actor1Code"] == "RUSGOV" and attack["Actor2CountryCode"] == "UKR"
    assert attack["ActionGeo_FullName"] == "Kharkiv"
    assert attack["ActionGeo_CountryCode"] == "UP"  # FIPS 10-4 for Ukraine
    assert attack["SOURCEURL"] == "https://example.org/a"
    assert attack["AvgTone"] == "" and attack["IsRootEvent"] == ""
    protest = rows["14"]
    assert protest["Actor2Code"] == "" and protest["Actor2Name"] == ""
    assert rows["04"]["Actor1CountryCode"] == "" and rows["04"]["Actor1Type1Code"] == "IGO"


def test_store_export_polecat(store, tmp_path) -> None:
    path = tmp_path / "out.polecat.tsv"
    assert export(store, "polecat", path) == 5
    assert header(path) == list(polecat.COLUMNS)
    rows = tsv(path)
    attack = next(r for r in rows if r["Event Type"] == "ASSAULT" and r["Placename"])
    assert attack["Actor Country"] == "RUS" and attack["Recipient Country"] == "UKR"
    assert attack["Primary Actor Sector"] == "GOV" and attack["Quad Code"] == "4"
    assert attack["Publication Date"] == "2024-05-14" and attack["Source"] == "Alpha Wire"
    assert attack["Actor COW"] == "" and attack["Wikipedia Actor ID"] == ""
    protest = next(r for r in rows if r["Event Type"] == "PROTEST")
    assert protest["Recipient Name"] == "" and protest["Source"] == ""


def test_store_export_icews(store, tmp_path) -> None:
    path = tmp_path / "out.icews.tsv"
    assert export(store, "icews", path) == 5
    assert header(path) == list(icews.COLUMNS)
    rows = tsv(path)
    attack = next(r for r in rows if r["CAMEO Code"] == "190" and r["City"])
    assert attack["Source Country"] == "Russia" and attack["Target Country"] == "Ukraine"
    assert attack["City"] == "Kharkiv" and attack["Country"] == "Ukraine"
    assert attack["Story ID"] == "a" and attack["Sentence Number"] == "1"
    assert attack["Event Text"] == ""
    protest = next(r for r in rows if r["CAMEO Code"] == "140")
    assert protest["City"] == "" and protest["Country"] == "France"


def test_store_export_unknown_format(store, tmp_path) -> None:
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        export(store, "xml", tmp_path / "out.xml")
