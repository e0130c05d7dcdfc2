"""Store commands: exit codes and exact messages (read-only SQL, bad filters, no store)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import ingest, open_store
from store_fakes import FakeCoder, article

CORPUS = [
    article("a", "ASSAULT RUS UKR 2024-05-14 Kharkiv UKR", "AID USA UKR 2024-05-13"),
    article("b", "ASSAULT RUS UKR 2024-05-14", source="Beta News"),
    article("c", "ACCUSE UKR RUS 2024-06-02", "THREATEN RUS UKR 2024-06-03 hyp"),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli") / "store.duckdb"
    con = open_store(path)
    ingest(CORPUS, FakeCoder(), con)
    con.close()
    return str(path)


def run(*args: str):
    return CliRunner(mix_stderr=False).invoke(main, list(args))


def test_store_cli_query_jsonl_dyad(db) -> None:
    result = run("query", "--db", db, "--dyad", "RUS,UKR", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(r["event_type"], r["article_id"]) for r in records} == {
        ("ASSAULT", "a"), ("ASSAULT", "b"), ("THREATEN", "c")}


def test_store_cli_query_filters(db) -> None:
    result = run("query", "--db", db, "--type", "assault,accuse", "--since", "2024-05-14",
                 "--no-flagged", "--format", "csv")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 4  # header and three records
    result = run("query", "--db", db, "--quad", "2", "--format", "jsonl")
    assert [json.loads(line)["event_type"] for line in result.stdout.splitlines()] == ["AID"]
    result = run("query", "--db", db, "--text", "kharkiv", "--format", "jsonl", "--limit", "5")
    assert len(result.stdout.splitlines()) == 1


def test_store_cli_query_events(db) -> None:
    result = run("query", "--db", db, "--events", "--type", "ASSAULT", "--format", "jsonl")
    assert result.exit_code == 0
    (event,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (event["num_mentions"], event["num_articles"], event["date"]) == (2, 2, "2024-05-14")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--type", "FOO"], "Invalid value for '--type': unknown event type 'FOO'"),
        (["--quad", "5"], "Invalid value for '--quad': 5 is not in the range 1<=x<=4."),
        (["--since", "May 1"], "Invalid value for '--since': 'May 1' is not a date in "
                               "YYYY-MM-DD form"),
        (["--dyad", "JPN"], "Invalid value for '--dyad': 'JPN' is not a dyad: give "
                            "SOURCE,TARGET (e.g. JPN,USA)"),
        (["--source", "U$A"], "Invalid value for '--source': 'U$A' is not an actor code"),
        (["--limit", "-1"], "Invalid value for '--limit': -1 is not in the range x>=0."),
        (["--dyad", "JPN,USA", "--source", "CHN"],
         "--dyad cannot be combined with --source or --target"),
        (["--since", "2024-06-01", "--until", "2024-05-01"],
         "Invalid value for '--since': 2024-06-01 is after --until 2024-05-01"),
    ],
)
def test_store_cli_bad_filter_is_a_usage_error(db, args: list[str], message: str) -> None:
    result = run("query", "--db", db, *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_store_cli_sql_select(db) -> None:
    result = run("sql", "--db", db, "SELECT event_type, count(*) AS n FROM mentions "
                 "GROUP BY 1 ORDER BY 1", "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["event_type,n", "ACCUSE,1", "AID,1", "ASSAULT,2",
                                          "THREATEN,1"]


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("DELETE FROM mentions", "Error: the store is read-only here: DELETE statements are "
                                 "refused (only SELECT queries run)\n"),
        ("DROP TABLE events", "Error: the store is read-only here: DROP statements are "
                              "refused (only SELECT queries run)\n"),
        ("COPY mentions TO 'out.csv'", "Error: the store is read-only here: COPY statements "
                                       "are refused (only SELECT queries run)\n"),
        ("SELECT 1; DELETE FROM mentions", "Error: expected one SQL statement, found 2\n"),
    ],
)
def test_store_cli_sql_refuses_writes(db, statement: str, message: str) -> None:
    result = run("sql", "--db", db, statement)
    assert result.exit_code == 1
    assert result.stderr == message
    assert run("sql", "--db", db, "SELECT count(*) FROM mentions").stdout.split()[-1] == "5"


def test_store_cli_sql_error_is_clean(db) -> None:
    result = run("sql", "--db", db, "SELECT nope FROM mentions")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: Binder Error: ")


def test_store_cli_missing_store(tmp_path) -> None:
    missing = tmp_path / "none.duckdb"
    for command in ("query", "dyads"):
        result = run(command, "--db", str(missing))
        assert result.exit_code == 1
        assert result.stderr == (f"Error: no store at {missing} (create one with "
                                 "`eventwire ingest`)\n")
    assert not missing.exists()


def test_store_cli_dyads(db) -> None:
    result = run("dyads", "--db", db, "--dyad", "RUS,UKR", "--by", "month", "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "period,source,target,event_type,quad_class,count,goldstein_sum,goldstein_mean",
        "2024-05-01,RUS,UKR,ASSAULT,4,1,-10.0,-10.0",
    ]
    result = run("dyads", "--db", db, "--dyad", "RUS,UKR", "--mentions", "--format", "csv")
    assert "2024-05-01,RUS,UKR,ASSAULT,4,2,-20.0,-10.0" in result.stdout.splitlines()
    assert "2024-06-01,RUS,UKR,THREATEN,3,1,-7.5,-7.5" in result.stdout.splitlines()


def test_store_cli_export(db, tmp_path) -> None:
    out = tmp_path / "events.tsv"
    result = run("export", "--db", db, "--format", "gdelt", "-o", str(out))
    assert result.exit_code == 0
    assert result.stderr == f"eventwire: wrote 3 rows to {out} (gdelt)\n"
    assert out.read_text(encoding="utf-8").startswith("GLOBALEVENTID\tSQLDATE\t")
    result = run("export", "--db", db, "--format", "xml", "-o", str(out))
    assert result.exit_code == 2


def test_store_cli_commands_are_documented() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for command in ("ingest", "recode", "query", "sql", "dyads", "export"):
        assert f"eventwire {command}" in readme


def test_store_cli_ingest_twice_and_recode(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("eventwire.cli._build_coder", lambda **_: FakeCoder())
    corpus = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": a.id, "text": a.text, "published": "2024-05-14"})
             for a in CORPUS]
    corpus.write_text("\n".join(lines) + "\n{broken\n", encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    strict = run("ingest", str(corpus), "--db", str(tmp_path / "strict.duckdb"), "--quiet")
    assert strict.exit_code == 1
    assert strict.stderr.endswith("eventwire: 1 of 4 input records rejected (25.0%); "
                                  "--max-reject-rate is 0\n")
    first = run("ingest", str(corpus), "--db", db, "--quiet", "--max-reject-rate", "0.25")
    assert first.exit_code == 0, first.stderr
    assert first.stderr.startswith("eventwire: stored 3 articles (0 already stored), "
                                   "5 records, 1 rejections; 3 linked events; ")
    second = run("ingest", str(corpus), "--db", db, "--window-days", "40",
                 "--max-reject-rate", "0.25")
    assert second.exit_code == 0
    assert "eventwire: stored 0 articles (3 already stored), 0 records" in second.stderr
    rule = run("sql", "--db", db, "SELECT value FROM meta WHERE key = 'link_rule'",
               "--format", "jsonl")
    assert json.loads(json.loads(rule.stdout)["value"])["window_days"] == 40
    again = run("recode", "--db", db, "--all", "--quiet")
    assert again.exit_code == 0
    assert again.stderr.startswith("eventwire: re-coded 3 articles (0 already stored), "
                                   "5 records, 0 rejections; 3 linked events; ")
