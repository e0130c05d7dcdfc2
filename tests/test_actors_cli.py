"""``eventwire actors ...``: exit codes and messages."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from eventwire.cli import main

PHOENIX = Path(__file__).resolve().parents[2] / "shared" / "data" / "phoenix"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner(mix_stderr=False)


def test_actors_cli_lookup_on_two_dates(runner):
    early = runner.invoke(main, ["actors", "lookup", "Kishida", "--date", "2024-03-01"])
    late = runner.invoke(main, ["actors", "lookup", "Kishida", "--date", "2025-03-01"])
    assert early.exit_code == 0 and late.exit_code == 0
    assert early.output == ("person\tfumio-kishida\tFumio Kishida\tJPN GOV prime minister "
                            "2021-10-04..2024-10-01 (current)\n")
    assert "(former: codes as ELI unless a title is given)" in late.output


def test_actors_cli_lookup_title_holder(runner):
    args = ["actors", "lookup", "the president", "--country", "USA", "--date"]
    assert "\tDonald Trump\t" in runner.invoke(main, [*args, "2019-05-02"]).output
    assert "\tJoe Biden\t" in runner.invoke(main, [*args, "2023-05-02"]).output


def test_actors_cli_lookup_other_kinds(runner):
    output = runner.invoke(main, ["actors", "lookup", "Hamas"]).output
    assert output.startswith("group\tHAMAS\tHamas\tPSE REB")
    assert "country\tJPN\tJapan" in runner.invoke(main, ["actors", "lookup", "Tokyo"]).output
    agent = runner.invoke(main, ["actors", "lookup", "foreign minister"]).output
    assert agent == "agent\tforeign minister\tforeign minister\tsector GOV (title)\n"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["lookup", "Zzyzxq"], 1, "Error: no actor named 'Zzyzxq' in the knowledge base\n"),
        (["lookup", "president", "--country", "USA", "--date", "1900-01-01"], 1,
         "Error: no single holder of 'president' for USA on 1900-01-01\n"),
        (["lookup", "Kerry", "--date", "2015-13-01"], 2,
         "'2015-13-01' is not a date in YYYY-MM-DD form"),
        (["list", "--country", "QQQ"], 1,
         "Error: unknown country or organisation code 'QQQ'\n"),
        (["lookup"], 2, "Missing argument 'NAME'"),
        (["validate"], 2, "Missing argument 'FILES...'"),
        (["bogus"], 2, "No such command 'bogus'"),
    ],
)
def test_actors_cli_errors(runner, args, code, message):
    result = runner.invoke(main, ["actors", *args])
    assert result.exit_code == code
    assert message in result.stderr


def test_actors_cli_list_country_on_date(runner):
    result = runner.invoke(main, ["actors", "list", "--country", "JPN", "--date", "2024-06-01"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert ("person\tfumio-kishida\tFumio Kishida\tJPN GOV prime minister "
            "2021-10-04..2024-10-01 (current)") in lines
    assert not any("shigeru-ishiba" in line and "prime minister" in line for line in lines)
    assert any(line.startswith("group\tLDP_JPN\t") for line in lines)


def test_actors_cli_list_all(runner, kb):
    result = runner.invoke(main, ["actors", "list"])
    assert result.exit_code == 0
    assert len(result.output.splitlines()) == len(kb.people)


def test_actors_cli_validate(runner, tmp_path):
    good = tmp_path / "people.yaml"
    good.write_text("- id: a\n  name: A\n  roles: [{country: JPN, sector: GOV}]\n",
                    encoding="utf-8")
    bad = tmp_path / "groups.yaml"
    bad.write_text("- {id: g, name: G, country: QQQ, sector: REB}\n", encoding="utf-8")
    ok = runner.invoke(main, ["actors", "validate", str(good)])
    assert (ok.exit_code, ok.output) == (0, f"{good}: ok (people 1)\n")
    result = runner.invoke(main, ["actors", "validate", str(good), str(bad)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"eventwire: {bad}: entry 0 (id 'g'): field 'country': unknown country code 'QQQ' "
        "(not in the knowledge base)\nError: 1 problem(s) found\n")


def test_actors_cli_validate_missing_file(runner, tmp_path):
    result = runner.invoke(main, ["actors", "validate", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 1
    assert "nope.yaml: no such knowledge-base file" in result.stderr


def test_actors_cli_lookup_with_user_dictionary(runner, tmp_path, monkeypatch):
    mine = tmp_path / "people.yaml"
    mine.write_text("- id: jane-doe\n  name: Jane Doe\n  aliases: [Doe]\n"
                    "  roles: [{country: GBR, sector: GOV, title: home secretary, "
                    "start: 2024-07-05}]\n", encoding="utf-8")
    result = runner.invoke(main, ["actors", "lookup", "Doe", "--actors", str(mine)])
    assert result.output.startswith("person\tjane-doe\tJane Doe\tGBR GOV home secretary")
    monkeypatch.setenv("EVENTWIRE_ACTORS", str(mine))
    assert runner.invoke(main, ["actors", "lookup", "Doe"]).exit_code == 0
    bad = tmp_path / "agents.yaml"
    bad.write_text("- {phrase: x}\n", encoding="utf-8")
    result = runner.invoke(main, ["actors", "lookup", "Doe", "--actors", str(bad)])
    assert result.exit_code == 1
    assert "agents.yaml: entry 0 (phrase 'x'): field 'sector': is required" in result.stderr


def test_actors_cli_import_petrarch_small(runner, tmp_path):
    source = tmp_path / "mine.actors.txt"
    source.write_text("JANE_DOE_\n+DOE_\n\t[GBRGOV 240705-250101]\nNOBODY_\n",
                      encoding="utf-8")
    out = tmp_path / "out.yaml"
    result = runner.invoke(main, ["actors", "import-petrarch", str(source), "-o", str(out)])
    assert result.exit_code == 0
    assert result.stderr == (
        "eventwire: read 2 entries; converted 1 (people 1); skipped 1\n"
        "eventwire:   skipped 1: no code (PETRARCH codes such entries from context)\n")
    doc = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert doc["people"][0]["name"] == "Jane Doe"
    check = runner.invoke(main, ["actors", "validate", str(out)])
    assert check.exit_code == 0, check.stderr


def test_actors_cli_import_petrarch_nothing_converted(runner, tmp_path):
    source = tmp_path / "empty.txt"
    source.write_text("# only a comment\n", encoding="utf-8")
    result = runner.invoke(main, ["actors", "import-petrarch", str(source)])
    assert result.exit_code == 1
    assert "Error: no entry could be converted" in result.stderr


@pytest.mark.skipif(not PHOENIX.is_dir(), reason="../shared/data/phoenix not present")
def test_actors_cli_import_petrarch_phoenix_summary(runner, tmp_path):
    files = [str(p) for p in sorted(PHOENIX.glob("Phoenix.*.txt"))]
    out = tmp_path / "phoenix.yaml"
    result = runner.invoke(main, ["actors", "import-petrarch", *files, "-o", str(out)])
    assert result.exit_code == 0
    first = result.stderr.splitlines()[0]
    assert first.startswith("eventwire: read ") and "converted" in first
    assert "skipped" in result.stderr and "country code not in the knowledge base" in \
        result.stderr
    assert out.stat().st_size > 1_000_000


@pytest.mark.slow
def test_actors_cli_code_with_user_dictionary(runner, tmp_path, monkeypatch):
    import json

    article = tmp_path / "story.txt"
    article.write_text("Zorblat Quenton condemned Russia on Tuesday over the attack.",
                       encoding="utf-8")
    mine = tmp_path / "people.csv"
    mine.write_text("id,name,aliases,country,sector,title,start\n"
                    "zq,Zorblat Quenton,Quenton,GBR,GOV,foreign secretary,2024-01-01\n",
                    encoding="utf-8")
    args = ["code", str(article), "--published", "2024-03-06"]
    result = runner.invoke(main, [*args, "--actors", str(mine)])
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.output.splitlines()]
    assert {(s["country"], s["sector"], s["kb_id"]) for s in sources} == {("GBR", "GOV", "zq")}
    monkeypatch.setenv("EVENTWIRE_ACTORS", str(mine))
    assert '"kb_id": "zq"' in runner.invoke(main, args).output
    monkeypatch.setenv("EVENTWIRE_ACTORS", str(tmp_path / "missing.yaml"))
    failed = runner.invoke(main, args)
    assert failed.exit_code == 1
    assert "missing.yaml: no such knowledge-base file or directory" in failed.stderr
