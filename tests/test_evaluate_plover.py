"""Tests of the PLOVER gold-standard loader and scorer, and of `eventwire eval` on it.

The inline records are written for these tests in the shape of the PLOVER GSR file; the
real file is read from ../shared/data/plover_gsr only, never copied into the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.evaluate_plover import (
    actor_code,
    is_plover_file,
    load_plover,
    map_type,
    normalise_sector,
    score_plover,
)

ROOT = Path(__file__).resolve().parents[1]
PLOVER_FILE = ROOT.parent / "shared" / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"

SAMPLE = [
    {"id": "T-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "notes about this file"},
    {
        "id": "T-DEMAND-0001", "date": "2000-01-01", "event": "DEMAND",
        "text": "Chile asked Peru on Monday to return the fishing boats it seized.",
        "source": [{"actorText": "Chile", "code": "CHL", "sector": "GOV"}],
        "target": [{"actorText": "Peru", "code": "PER"}],
    },
    {
        "id": "T-AGREE-0001", "date": "2000-01-01", "event": "AGREE",
        "text": "Kenyan and Ugandan ministers agreed to build a new railway link.",
        "source": [{"actorText": "Kenyan", "code": "KEN", "sector": "GOV"},
                   {"actorText": "Ugandan", "code": "UGA", "sector": "GOV"}],
        "target": "",
    },
    {
        "id": "T-YIELD-0001", "date": "2000-01-01", "event": "YIELD",
        "text": "Tokyo lifted its ban on beef imports from the European Union.",
        "source": [{"actorText": "Tokyo", "code": "JAP"}],
        "target": [{"actorText": "European Union", "code": "IGO"}],
    },
    {
        "id": "T-DISAPPROVE-0001", "date": "2000-01-01", "event": "DISAPPROVE",
        "text": "Albanian villagers denounced the police raid.",
        "source": [{"actorText": "Albanian villagers", "code": "ALB", "sector": "CVLalb"}],
        "target": [{"actorText": "police", "code": "ALB", "sector": "COP"}],
    },
    {
        "id": "T-FIGHT-0001", "date": "2000-01-01", "event": "FIGHT",
        "text": "Unknown gunmen shelled the market.",
        "target": [{"actorText": "market", "code": "SOM", "sector": "***"}],
    },
    {"id": "T-HUG-0001", "event": "HUG", "text": "Not a PLOVER type."},
]  # fmt: skip


@pytest.fixture()
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample_gsr.txt"
    path.write_text(json.dumps(SAMPLE, indent=1), encoding="utf-8")
    return path


def pred(article_id: str, event_type: str, source: str | None, target: str | None,
         **extra: object) -> dict:
    """A predicted event record (only the fields the scorers read)."""
    def actor(code: str | None) -> dict | None:
        if code is None:
            return None
        return {"country": code if len(code) == 3 else None,
                "org": None if len(code) == 3 else code, "sector": None}

    return {"article_id": article_id, "event_type": event_type, "source": actor(source),
            "target": actor(target), "negated": False, "hypothetical": False,
            "sentence": "", **extra}


def test_old_type_names_are_mapped():
    assert map_type("DEMAND") == ("REQUEST",)
    assert map_type("DISAPPROVE") == ("ACCUSE",)
    assert map_type("INVESTIGATE") == ("ACCUSE",)
    assert map_type("FIGHT") == ("ASSAULT",)
    assert map_type("YIELD") == ("CONCEDE", "RETREAT")
    assert map_type("consult") == ("CONSULT",)
    assert map_type("DOCUMENT") == () and map_type("HUG") == ()


def test_actor_codes_and_sectors_are_normalised():
    assert actor_code("JAP", "Japan") == "JPN"
    assert actor_code("IGO", "U.N. Secretary-General") == "UN"
    assert actor_code("IGO", "European Community") == "EU"
    assert actor_code("IGO", "NATO peacekeepers") == "NATO"
    assert actor_code("IGO", "some regional body") == "IGO"
    assert normalise_sector("CVLalb") == "CVL"
    assert normalise_sector("***") is None and normalise_sector(None) is None


def test_loader_makes_one_sentence_article_per_record(sample_file):
    sentences = load_plover(sample_file)
    assert [s.id for s in sentences] == [
        "T-DEMAND-0001", "T-AGREE-0001", "T-YIELD-0001", "T-DISAPPROVE-0001", "T-FIGHT-0001"
    ]
    by_id = {s.id: s for s in sentences}
    demand = by_id["T-DEMAND-0001"]
    article = demand.article()
    assert article.text == demand.text and article.published is None
    event = demand.gold.events[0]
    assert (event.type, event.source, event.target) == ("REQUEST", "CHL", "PER")
    assert event.source_sector == "GOV" and event.target_sector is None and event.core
    agree = by_id["T-AGREE-0001"].gold.events
    assert [(e.source, e.target) for e in agree] == [("KEN", "UGA")]
    yield_event = by_id["T-YIELD-0001"].gold.events[0]
    assert (yield_event.type, yield_event.alt_types) == ("CONCEDE", ("RETREAT",))
    assert (yield_event.source, yield_event.target) == ("JPN", "EU")
    domestic = by_id["T-DISAPPROVE-0001"].gold.events[0]
    assert (domestic.source_sector, domestic.target_sector) == ("CVL", "COP")
    assert by_id["T-FIGHT-0001"].gold.events == ()  # no source: not coded


def test_repeated_record_ids_are_kept_apart(tmp_path):
    records = [SAMPLE[1], SAMPLE[1]]
    path = tmp_path / "twice.txt"
    path.write_text(json.dumps(records), encoding="utf-8")
    ids = [s.id for s in load_plover(path)]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_format_detection(sample_file):
    assert is_plover_file(sample_file)
    assert not is_plover_file(ROOT / "examples" / "gold.jsonl")


def test_type_and_actor_accuracy(sample_file):
    sentences = load_plover(sample_file)
    predictions = [
        pred("T-DEMAND-0001", "REQUEST", "CHL", "ECU"),  # type and source right, target wrong
        pred("T-AGREE-0001", "AGREE", "UGA", "KEN"),  # symmetric: either direction
        pred("T-YIELD-0001", "RETREAT", "JPN", "EU"),  # accepted alternative
        pred("T-DISAPPROVE-0001", "ACCUSE", "ALB", "ALB", negated=True),  # not an event
        pred("T-FIGHT-0001", "PROTEST", "SOM", None),  # wrong type
    ]
    report = score_plover(sentences, predictions)
    assert (report.sentences, report.type_correct) == (5, 3)
    assert report.type_accuracy == pytest.approx(3 / 5)
    assert (report.source_checked, report.source_correct) == (3, 3)
    assert (report.target_checked, report.target_correct) == (2, 1)
    assert report.events.gold == 4 and report.events.found == 2
    data = json.loads(json.dumps(report.to_dict()))
    assert data["type_accuracy"] == pytest.approx(0.6) and "by_type" in data["events"]


def test_cli_eval_scores_plover_predictions(sample_file, tmp_path):
    events = tmp_path / "pred.jsonl"
    events.write_text(json.dumps(pred("T-DEMAND-0001", "REQUEST", "CHL", "PER")) + "\n",
                      encoding="utf-8")
    runner = CliRunner(mix_stderr=False)
    result = runner.invoke(main, ["eval", str(sample_file), "--events", str(events)])
    assert result.exit_code == 0, result.stderr
    assert "type accuracy" in result.stdout and "1/5" in result.stdout
    as_json = runner.invoke(main, ["eval", str(sample_file), "--events", str(events),
                                   "--format", "json"])
    assert json.loads(as_json.stdout)["type_correct"] == 1


def test_cli_eval_accepts_several_gold_files_and_a_split(tmp_path):
    gold_files = [ROOT / "examples" / "gold.jsonl", ROOT / "tests" / "gold" / "gold.jsonl"]
    events = tmp_path / "none.jsonl"
    events.write_text("", encoding="utf-8")
    runner = CliRunner(mix_stderr=False)
    args = ["eval", *map(str, gold_files), "--events", str(events), "--split", "test",
            "--format", "json"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.stderr
    expected = sum(1 for path in gold_files for line in path.read_text().splitlines()
                   if json.loads(line)["split"] == "test")
    assert json.loads(result.stdout)["articles"] == expected


@pytest.mark.slow
@pytest.mark.skipif(not PLOVER_FILE.exists(), reason="shared PLOVER GSR file not present")
def test_smoke_eval_on_the_real_plover_file():
    sentences = load_plover(PLOVER_FILE)
    assert len(sentences) >= 300 and len({s.id for s in sentences}) == len(sentences)
    assert all(s.types for s in sentences)
    result = CliRunner(mix_stderr=False).invoke(
        main, ["eval", str(PLOVER_FILE), "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["sentences"] == len(sentences)
    assert 0.0 <= data["type_accuracy"] <= 1.0
