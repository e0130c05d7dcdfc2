"""Calibrated confidence: a record's `confidence` is the probability that it is a right
event (its type, source and target match an event of the article's gold standard).

The extractor scores how directly the parse ties a trigger to its actors (a verb more
than a noun, a named actor more than a pronoun or an implied one). That raw score ranks
records but is not a probability: a verb event with two named actors scores 0.9 and is
right about four times in five. A logistic model over the raw score and a few facts
about the record (its event type, whether it has a target, whether it is reported
speech, how many other events its sentence carries, whether it is in the lede, whether
its own sentence dates it) turns it into one (Platt scaling with covariates).

The weights are fitted by ``training/fit_confidence.py`` on the dev splits of the
project's gold corpora and the PLOVER gold sentences, and stored in
``events/data/confidence.json``; ``eventwire eval`` reports how well the confidences are
calibrated (Brier score, expected calibration error, a reliability table) on any gold
file, so the held-out test splits check the fit.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from eventwire.events.ontology import EVENT_TYPES
from eventwire.records import Event

DATA = Path(__file__).parent / "data" / "confidence.json"
# Raw scores are clipped into (0, 1) before the logit so a 1.0 stays finite.
RAW_FLOOR, RAW_CEILING = 0.01, 0.99
PLOVER_TYPES = tuple(EVENT_TYPES)
FEATURE_NAMES = ("bias", "raw_logit", *(f"type_{t}" for t in PLOVER_TYPES), "no_target",
                 "reported", "crowded", "early_sentence", "own_date")
# Date precisions that come from the event's own words, not from the lede or the
# publication date: an event dated in its sentence is usually told, not inferred.
OWN_DATE_PRECISIONS = frozenset({"day", "week", "month", "year"})
# Sentences before this index are the headline and lede, where a story's main events are.
EARLY_SENTENCES = 3


def features(event: Event, events_in_sentence: int) -> dict[str, float]:
    """The facts about one record the model weighs (names as in FEATURE_NAMES)."""
    raw = min(max(event.confidence, RAW_FLOOR), RAW_CEILING)
    values = {
        "bias": 1.0,
        "raw_logit": math.log(raw / (1 - raw)),
        "no_target": float(event.target is None),
        "reported": float(event.attribution is not None),
        # A sentence that yields many events holds more wrong ones among them.
        "crowded": math.log(events_in_sentence),
        "early_sentence": float(event.sentence_index < EARLY_SENTENCES),
        "own_date": float(event.date_precision in OWN_DATE_PRECISIONS),
    }
    values.update({f"type_{t}": float(event.event_type == t) for t in PLOVER_TYPES})
    return values


def sentence_counts(events: Iterable[Event]) -> Counter[tuple[str, int]]:
    """Events per (article, sentence): the ``events_in_sentence`` of `features`."""
    return Counter((e.article_id, e.sentence_index) for e in events)


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic weights by feature name; `calibrate` rewrites records' confidence."""

    weights: dict[str, float]

    @classmethod
    def load(cls, path: str | Path | None = None) -> ConfidenceModel:
        """The packaged weights (or those in ``path``), cached per path.

        Raises:
            ValueError: if the file names a feature `features` does not compute.
        """
        return _load_cached(str(path or DATA))

    def probability(self, values: dict[str, float]) -> float:
        """P(right) for one record's features."""
        z = sum(self.weights.get(name, 0.0) * value for name, value in values.items())
        return 1 / (1 + math.exp(-z))

    def calibrate(self, events: list[Event]) -> list[Event]:
        """The events with their raw confidence replaced by the calibrated one."""
        counts = sentence_counts(events)
        return [
            replace(e, confidence=round(self.probability(
                features(e, counts[e.article_id, e.sentence_index])), 3))
            for e in events
        ]


@cache
def _load_cached(path: str) -> ConfidenceModel:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    unknown = sorted(set(weights) - set(FEATURE_NAMES))
    if unknown:
        raise ValueError(f"{path}: unknown confidence features {', '.join(unknown)}")
    return ConfidenceModel(weights)
