"""SQL injection: CLI filter values are bound parameters or refused; `sql` is read-only."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import ingest, open_store
from store_fakes import FakeCoder, article
from test_store_kill import snapshot

HOSTILE = "ASSAULT RUS UKR 2024-05-14 '); DROP TABLE mentions; -- 100% _x_"
CORPUS = [
    article("a", "ASSAULT RUS UKR 2024-05-14 Kharkiv UKR"),
    article("b'; DELETE FROM articles; --", HOSTILE),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("sql") / "store.duckdb"
    con = open_store(path)
    ingest(CORPUS, FakeCoder(), con)
    con.close()
    return path


def run(*args: str):
    return CliRunner(mix_stderr=False).invoke(main, list(args))


def records(result) -> list[dict]:
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_reliability_sql_hostile_text_is_stored_and_matched_literally(db) -> None:
    found = records(run("query", "--db", str(db), "--text", "'); DROP TABLE", "--format",
                        "jsonl"))
    assert [(r["article_id"], r["sentence"]) for r in found] == [(CORPUS[1].id, HOSTILE)]
    for wildcard in ("%", "_", "100%_"):
        hits = records(run("query", "--db", str(db), "--text", wildcard, "--format", "jsonl"))
        assert {r["article_id"] for r in hits} <= {CORPUS[1].id}
    assert records(run("query", "--db", str(db), "--text", "' OR '1'='1", "--format",
                       "jsonl")) == []


@pytest.mark.parametrize("command", ["query", "export", "dyads"])
@pytest.mark.parametrize(
    "args",
    [
        ["--source", "USA' OR '1'='1"],
        ["--target", "UKR);DROP TABLE events;--"],
        ["--dyad", "RUS,UKR' --"],
        ["--type", "ASSAULT' OR 1=1 --"],
        ["--since", "2024-01-01' OR '1'='1"],
        ["--until", "2024-01-01; DELETE FROM mentions"],
        ["--quad", "1 OR 1=1"],
        ["--limit", "1; DROP TABLE events"],
    ],
)
def test_reliability_sql_injection_in_filters_is_a_usage_error(db, tmp_path, command: str,
                                                                args: list[str]) -> None:
    before = snapshot(db)
    extra = ["--format", "csv", "-o", str(tmp_path / "out.csv")] if command == "export" else []
    result = run(command, "--db", str(db), *args, *extra)
    assert result.exit_code == 2, result.output
    assert "Invalid value" in result.stderr or "No such option" in result.stderr
    assert snapshot(db) == before


def test_reliability_sql_dyads_period_is_a_closed_list(db) -> None:
    result = run("dyads", "--db", str(db), "--by", "month'; DROP TABLE events; --")
    assert result.exit_code == 2
    assert "Invalid value for '--by'" in result.stderr


@pytest.mark.parametrize(
    "statement",
    [
        "EXPLAIN ANALYZE DELETE FROM mentions",
        "EXPLAIN DELETE FROM mentions",
        "WITH x AS (SELECT 1) DELETE FROM mentions",
        "INSERT INTO meta VALUES ('k', 'v')",
        "UPDATE articles SET text = ''",
        "CREATE TABLE evil AS SELECT * FROM mentions",
        "ATTACH 'other.duckdb' AS other",
        "PRAGMA enable_profiling",
        "SET threads = 1",
        "INSTALL httpfs",
        "LOAD httpfs",
        "CHECKPOINT",
        "EXPORT DATABASE 'dump'",
        "COPY (SELECT * FROM articles) TO 'leak.csv'",
        "CALL pragma_version()",
        "SELECT 1; DROP TABLE events",
        "SELECT * FROM mentions;; DELETE FROM articles",
    ],
)
def test_reliability_sql_command_is_read_only(db, statement: str) -> None:
    before = snapshot(db)
    result = run("sql", "--db", str(db), statement)
    assert result.exit_code == 1, result.output
    assert ("statements are refused (only SELECT queries run)" in result.stderr
            or "expected one SQL statement" in result.stderr), result.stderr
    assert snapshot(db) == before


def test_reliability_sql_reads_other_files_only_when_allowed(db, tmp_path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("secret\n42\n", encoding="utf-8")
    statement = f"SELECT * FROM read_csv('{other}')"
    refused = run("sql", "--db", str(db), statement)
    assert refused.exit_code == 1
    assert "disabled by configuration" in refused.stderr
    allowed = run("sql", "--db", str(db), "--allow-files", "--format", "csv", statement)
    assert allowed.exit_code == 0, allowed.stderr
    assert allowed.stdout.split() == ["secret", "42"]
    stored = run("sql", "--db", str(db), "--format", "csv", "SELECT count(*) > 0 FROM articles")
    assert stored.stdout.split()[-1] == "true"
