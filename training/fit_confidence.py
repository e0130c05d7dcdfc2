"""Fit the calibrated confidence of event records (src/eventwire/events/confidence.py).

The coder codes the dev splits of the project's two gold corpora (examples/ and
tests/gold/) and the PLOVER gold sentences (../shared/data/plover_gsr) with raw
confidences; every record that is scored (not negated, not hypothetical) is labelled
right when its (type, source, target) matches an event of its article's gold. A
logistic regression with a small L2 penalty over `eventwire.events.confidence.features`
is fitted to those labels (Newton's method, deterministic) and written as JSON.

The rules were developed on the dev splits, so their precision there is higher than on
new text; the PLOVER sentences (real wire copy from many sources, on which the rules
still miss much) pull the fit toward what new text gets. The test splits are never
read: they are where `eventwire eval` checks the calibration.

Usage (base install, no extras)::

    .venv/bin/python training/fit_confidence.py [--out PATH] [--l2 1.0]

Prints the dev log loss and calibration error of the raw scores and of the fitted
model, in-sample and by 5-fold cross-validation over articles.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np

from eventwire.articles import read_articles
from eventwire.evaluate import GoldArticle, load_gold, prediction_key
from eventwire.evaluate_plover import load_plover
from eventwire.events.confidence import DATA, FEATURE_NAMES, features, sentence_counts
from eventwire.pipeline import Coder
from eventwire.records import Event

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILES = (ROOT / "examples" / "gold.jsonl", ROOT / "tests" / "gold" / "gold.jsonl")
PLOVER_FILE = ROOT.parent / "shared" / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
SPLIT = "dev"
FOLDS = 5


def gold_sets() -> list[tuple[dict[str, GoldArticle], list]]:
    """(gold by article id, articles to code) for each fitting set."""
    sets = []
    for path in GOLD_FILES:
        gold = {g.article_id: g for g in load_gold(path) if g.split == SPLIT}
        articles = [a for a in read_articles([str(path.with_name("articles.jsonl"))])
                    if getattr(a, "id", None) in gold]
        sets.append((gold, articles))
    sentences = load_plover(PLOVER_FILE)
    sets.append(({s.gold.article_id: s.gold for s in sentences},
                 [s.article() for s in sentences]))
    return sets


def labelled_records() -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Feature rows, labels (1 right), raw confidences and article ids of the scored
    records of the fitting articles, coded with raw confidences."""
    coder = Coder()
    coder.confidence = None
    rows, labels, raws, article_ids = [], [], [], []
    for gold, articles in gold_sets():
        events = [e for e in coder.code(articles) if isinstance(e, Event)]
        counts = sentence_counts(events)
        for event in events:
            if event.negated or event.hypothetical:
                continue  # not scored, so no label
            key = prediction_key(event.to_dict())
            right = any(g.match(key) for g in gold[event.article_id].events)
            values = features(event, counts[event.article_id, event.sentence_index])
            rows.append([values[name] for name in FEATURE_NAMES])
            labels.append(float(right))
            raws.append(event.confidence)
            article_ids.append(event.article_id)
    return np.array(rows), np.array(labels), np.array(raws), article_ids


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Logistic regression weights by Newton's method; the bias is not penalised."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[FEATURE_NAMES.index("bias")] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def calibration_error(p: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error over equal-width bins (as `eventwire eval`)."""
    index = np.minimum((p * bins).astype(int), bins - 1)
    return float(sum(abs(p[index == b].mean() - y[index == b].mean()) * (index == b).sum()
                     for b in range(bins) if (index == b).any()) / len(p))


def cross_validated(x: np.ndarray, y: np.ndarray, articles: list[str], l2: float
                    ) -> np.ndarray:
    """Out-of-fold probabilities, folds by article so no article is in its own fit."""
    ids = sorted(set(articles))
    fold_of = {a: i % FOLDS for i, a in enumerate(ids)}
    folds = np.array([fold_of[a] for a in articles])
    p = np.zeros(len(y))
    for k in range(FOLDS):
        held = folds == k
        w = fit(x[~held], y[~held], l2)
        p[held] = 1 / (1 + np.exp(-x[held] @ w))
    return p


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args()
    x, y, raw, articles = labelled_records()
    w = fit(x, y, args.l2)
    fitted = 1 / (1 + np.exp(-x @ w))
    held_out = cross_validated(x, y, articles, args.l2)
    print(f"{len(y)} scored records from {len(set(articles))} articles, "
          f"{y.mean():.1%} right")
    for name, p in (("raw score", raw), ("fitted, in-sample", fitted),
                    ("fitted, 5-fold", held_out)):
        print(f"  {name:<18} log loss {log_loss(p, y):.3f}  "
              f"calibration error {calibration_error(p, y):.3f}")
    weights = {name: round(float(v), 4) for name, v in zip(FEATURE_NAMES, w, strict=True)}
    print("  weights:", json.dumps(weights))
    args.out.write_text(json.dumps({
        "about": "Logistic calibration of event confidence; fitted by "
                 "training/fit_confidence.py on the dev splits of examples/gold.jsonl "
                 "and tests/gold/gold.jsonl and the PLOVER gold sentences.",
        "records": len(y),
        "l2": args.l2,
        "weights": weights,
    }, indent=1) + "\n", encoding="utf-8")
    if not math.isfinite(sum(weights.values())):
        raise SystemExit("the fit diverged")


if __name__ == "__main__":
    main()
