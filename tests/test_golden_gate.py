"""The golden gate: accuracy on the annotated corpora must not fall below pinned floors.

Floors live in tests/accuracy_baseline.json, per gold file and split. The corpora are
coded with the real pipeline and scored by ANNOTATION.md's rules (eventwire.evaluate).
The PLOVER gold-standard sentences (read from ../shared/data, never copied here) have
floors of their own: type accuracy and F1, source and target country accuracy.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.articles import read_articles
from eventwire.config import Settings
from eventwire.evaluate import load_gold, score, select_split
from eventwire.evaluate_plover import load_plover, score_plover
from eventwire.pipeline import Coder
from eventwire.records import Article, Event

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
BASELINE = json.loads((Path(__file__).parent / "accuracy_baseline.json").read_text())
CASES = [(gold, split, floors) for gold, splits in BASELINE.items() if gold.endswith(".jsonl")
         for split, floors in splits.items()]
PLOVER = "../shared/data/plover_gsr/PLOVER_GSR_CAMEO.txt"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


@pytest.fixture(scope="module")
def predictions(coder):
    """Coded events per gold file, coded once for all splits."""
    cache: dict[str, list[dict]] = {}

    def predict(gold_path: Path) -> list[dict]:
        if gold_path not in cache:
            items = read_articles([str(gold_path.with_name("articles.jsonl"))])
            articles = [a for a in items if isinstance(a, Article)]
            cache[gold_path] = [e.to_dict() for e in coder.code(articles)
                                if isinstance(e, Event)]
        return cache[gold_path]

    return predict


@pytest.mark.parametrize("gold, split, floors", CASES, ids=[f"{g}:{s}" for g, s, _ in CASES])
def test_golden_gate_accuracy_floors(predictions, gold, split, floors):
    gold_path = ROOT / gold
    report = score(select_split(load_gold(gold_path), split), predictions(gold_path))
    measured = {"f1": report.f1, "date_accuracy": report.date_accuracy}
    for metric, floor in floors.items():
        assert measured[metric] is not None and measured[metric] >= floor, (
            f"{gold} {split}: {metric} {measured[metric]} fell below the floor {floor}")


@pytest.mark.skipif(not (ROOT / PLOVER).exists(), reason="shared PLOVER GSR file not present")
def test_golden_gate_plover_floors(coder):
    sentences = load_plover(ROOT / PLOVER)
    coded = [e for e in coder.code(s.article() for s in sentences) if isinstance(e, Event)]
    report = score_plover(sentences, coded)
    measured = {"type_accuracy": report.type_accuracy, "f1": report.events.f1,
                "source_country": report.source_accuracy,
                "target_country": report.target_accuracy}
    for metric, floor in BASELINE[PLOVER].items():
        assert measured[metric] is not None and measured[metric] >= floor, (
            f"PLOVER gold standard: {metric} {measured[metric]} fell below the floor {floor}")
