"""Tests of the calibrated record confidence (eventwire.events.confidence)."""

from __future__ import annotations

import json
import math
from dataclasses import replace

import pytest

from eventwire.events.confidence import (
    FEATURE_NAMES,
    ConfidenceModel,
    features,
    sentence_counts,
)
from eventwire.records import Actor, Event, Spans


def event(confidence: float = 0.9, sentence_index: int = 4, target: bool = True,
          event_type: str = "ACCUSE", attribution: str | None = None,
          date_precision: str | None = "lede") -> Event:
    return Event(
        article_id="a1", event_type=event_type, mode=None, cameo="112", quad_class=3,
        goldstein=-2.0, intensity=-2.0,
        source=Actor(name="Japan", country="JPN", org=None, sector="GOV", text="Japan"),
        target=Actor(name="Russia", country="RUS", org=None, sector="GOV", text="Russia")
        if target else None,
        date=None, date_precision=date_precision, location=None, negated=False,
        hypothetical=False, sentence="Japan criticised Russia.",
        sentence_index=sentence_index, trigger="criticised", spans=Spans((6, 16)),
        attribution=attribution, confidence=confidence)


def test_features_are_the_declared_ones():
    assert set(features(event(), 1)) == set(FEATURE_NAMES)


def test_features_describe_the_record():
    values = features(event(target=False, attribution="a spokesman", sentence_index=0,
                            date_precision="day"), 3)
    assert values["no_target"] == values["reported"] == 1.0
    assert values["early_sentence"] == values["own_date"] == 1.0
    assert values["crowded"] == pytest.approx(math.log(3))
    assert values["type_ACCUSE"] == 1.0 and values["type_ASSAULT"] == 0.0
    plain = features(event(), 1)
    assert plain["no_target"] == plain["reported"] == plain["crowded"] == 0.0
    assert plain["early_sentence"] == plain["own_date"] == 0.0


def test_calibrate_maps_raw_scores_through_the_logistic_model():
    model = ConfidenceModel({"bias": -1.0, "raw_logit": 0.5, "no_target": -2.0})
    sure, unsure, lone = model.calibrate([event(0.9), event(0.3), event(0.9, target=False)])
    expected = 1 / (1 + math.exp(-(-1.0 + 0.5 * math.log(0.9 / 0.1))))
    assert sure.confidence == pytest.approx(expected, abs=1e-3)
    assert unsure.confidence < sure.confidence  # the raw ranking is kept
    assert lone.confidence < sure.confidence    # a record without a target is less sure
    assert sure.event_id == event(0.9).event_id  # only the confidence changes


def test_crowded_sentences_are_counted_per_article_and_sentence():
    events = [event(), event(), replace(event(), sentence_index=5),
              replace(event(), article_id="a2")]
    counts = sentence_counts(events)
    assert counts["a1", 4] == 2 and counts["a1", 5] == 1 and counts["a2", 4] == 1


def test_unknown_feature_in_the_weights_file_is_named(tmp_path):
    path = tmp_path / "weights.json"
    path.write_text(json.dumps({"weights": {"bias": 0.1, "moon_phase": 1.0}}))
    with pytest.raises(ValueError, match="moon_phase"):
        ConfidenceModel.load(path)


def test_packaged_model_weighs_every_feature_and_gives_probabilities():
    model = ConfidenceModel.load()
    assert set(model.weights) == set(FEATURE_NAMES)
    assert all(math.isfinite(w) for w in model.weights.values())
    for calibrated in model.calibrate([event(c) for c in (0.05, 0.5, 1.0)]):
        assert 0.0 < calibrated.confidence < 1.0
