"""The command line: exit codes, messages, formats, bad input next to good input."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire.cli import main

pytestmark = pytest.mark.slow

GOOD = (
    "Chinese troops fired on protesters in Hong Kong on Tuesday, witnesses said. "
    "Japan condemned China on Wednesday over the shooting."
)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner(mix_stderr=False)


@pytest.fixture()
def corpus(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bytes.txt").write_bytes(b"Japan \x81\x8d condemned China.")
    lines = [
        json.dumps({"id": "j1", "text": GOOD, "published": "2024-03-07"}),
        "{not json",
        json.dumps({"id": "j2", "published": "2024-03-07"}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_cli_code_txt_gives_jsonl_records(runner, corpus):
    result = runner.invoke(main, ["code", str(corpus / "good.txt"), "--published", "2024-03-07"])
    assert result.exit_code == 0, result.stderr
    events = records(result.stdout)
    assert {(e["event_type"], e["source"]["country"], e["target"]["country"])
            for e in events} >= {("ACCUSE", "JPN", "CHN")}
    accuse = next(e for e in events if e["event_type"] == "ACCUSE")
    assert accuse["article_id"] == "good"
    assert accuse["date"] == "2024-03-06"
    assert "coded 1 articles" in result.stderr


def test_cli_code_bad_records_are_named_and_good_ones_still_coded(runner, corpus):
    result = runner.invoke(main, ["code", str(corpus), "--published", "2024-03-07"])
    assert result.exit_code == 1
    ids = {e["article_id"] for e in records(result.stdout)}
    assert ids == {"good", "j1"}
    assert "rejected" in result.stderr
    assert "empty.txt" in result.stderr and "empty" in result.stderr
    assert "bytes.txt" in result.stderr and "UTF-8" in result.stderr
    assert "batch.jsonl:2" in result.stderr or "line 2" in result.stderr
    assert "'text'" in result.stderr
    assert "coded 2 articles" in result.stderr and "4 rejected" in result.stderr


def test_cli_code_reject_rate_allows_partial_success(runner, corpus):
    result = runner.invoke(main, ["code", str(corpus), "--published", "2024-03-07",
                                  "--max-reject-rate", "0.8"])
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("args, message", [
    (["code"], "Missing argument"),
    (["code", "x.txt", "--published", "13/01/2024"], "not a date in YYYY-MM-DD form"),
    (["code", "x.txt", "--format", "xml"], "Invalid value for '--format'"),
])
def test_cli_usage_errors_exit_2(runner, args, message):
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_cli_code_table_and_csv_formats(runner, corpus):
    table = runner.invoke(main, ["code", str(corpus / "good.txt"), "--published", "2024-03-07",
                                 "--format", "table"])
    assert table.exit_code == 0 and "ACCUSE" in table.stdout and "JPN" in table.stdout
    csv_out = runner.invoke(main, ["code", str(corpus / "good.txt"), "--published",
                                   "2024-03-07", "--format", "csv"])
    header = csv_out.stdout.splitlines()[0].split(",")
    assert {"event_id", "event_type", "source_country", "target_country"} <= set(header)


def test_cli_code_reads_jsonl_from_stdin(runner):
    line = json.dumps({"id": "s1", "text": GOOD, "published": "2024-03-07"})
    result = runner.invoke(main, ["code", "-"], input=line + "\n")
    assert result.exit_code == 0, result.stderr
    assert {e["article_id"] for e in records(result.stdout)} == {"s1"}


def test_cli_unknown_pipeline_is_a_clear_error(runner, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(main, ["code", str(tmp_path / "a.txt"), "--pipeline", "no_such_model"])
    assert result.exit_code == 1
    assert "spaCy pipeline 'no_such_model' is not installed" in result.stderr


def test_cli_info_lists_pipeline_and_counts(runner):
    result = runner.invoke(main, ["info"])
    assert result.exit_code == 0, result.stderr
    assert "eventwire 0.1.0" in result.stdout
    assert "en_core_web_sm 3.8.0" in result.stdout or "core_web_sm" in result.stdout
    assert "kb countries: " in result.stdout
    assert "ontology: PLOVER" in result.stdout


def test_cli_code_progress_lines(runner, tmp_path, monkeypatch):
    import eventwire.cli

    monkeypatch.setattr(eventwire.cli, "PROGRESS_EVERY", 0.0)  # a line after every record
    lines = [json.dumps({"id": f"p{n}", "text": GOOD, "published": "2024-03-07"})
             for n in range(3)]
    (tmp_path / "three.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["code", str(tmp_path / "three.jsonl"), "--progress"])
    assert result.exit_code == 0, result.stderr
    progress = [line for line in result.stderr.splitlines() if "articles coded (" in line]
    assert progress, result.stderr
    assert "events" in progress[-1] and "0 rejected" in progress[-1]
    assert "ETA" in progress[-1]  # JSON Lines input: the total is known
    quiet = runner.invoke(main, ["code", str(tmp_path / "three.jsonl"), "--no-progress"])
    assert "articles coded (" not in quiet.stderr
    assert records(quiet.stdout) == records(result.stdout)
