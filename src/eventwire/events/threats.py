"""Promises and warnings of force are threats: "Putin vowed to intensify strikes",
"Netanyahu has vowed that Israel will resume its offensive", "Iran warned that it would
respond severely".

A commitment verb (vow, pledge, promise, swear) coded AGREE whose complement clause is
material conflict (ASSAULT, COERCE, MOBILIZE, SANCTION ...) is a THREATEN event instead,
and the threatened act has not happened: it is flagged hypothetical.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.events.ontology import MATERIAL_CONFLICT, EventSense
from eventwire.events.predicates import Predicate

COMMITMENT_VERBS = frozenset({"vow", "pledge", "promise", "swear"})
WARNING_VERBS = frozenset({"warn"})
# What a warning says will be done in return: "warned it would respond severely".
RETALIATION_VERBS = frozenset({"respond", "retaliate", "react", "strike", "hit"})
FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "shall"})
COMPLEMENT_DEPS = ("xcomp", "ccomp")
THREAT = EventSense.of("THREATEN", cameo="130")


def reinterpret_threats(predicates: list[Predicate], sentence: Span | None = None
                        ) -> tuple[list[Predicate], dict[int, int]]:
    """Retype promises of force as THREATEN, and make warnings of force threats.

    A warning ("warn" is no event of its own) whose clausal complement is material
    conflict or a retaliation ("warned that it would respond severely", "warned that
    troops would open fire") is a THREATEN event anchored at "warned".

    Returns:
        The predicates, with such promises retyped and such warnings added, and a map
        from each threat's anchor to the anchor of the threatened act (its target is
        the threat's target; it is to be flagged hypothetical). Anchors are token
        indices.
    """
    conflict_anchors = {p.anchor.i: p for p in predicates
                        if p.sense.quad_class == MATERIAL_CONFLICT}
    threats: dict[int, int] = {}
    out = []
    for predicate in predicates:
        complement = _conflict_complement(predicate, conflict_anchors)
        if complement is not None:
            threats[predicate.anchor.i] = complement
            predicate = replace(predicate, sense=THREAT)
        out.append(predicate)
    if sentence is not None:
        claimed = {p.anchor.i for p in out} | {p.trigger.i for p in out}
        for warning, act in _warnings(sentence, conflict_anchors):
            if warning.i not in claimed:
                claimed.add(warning.i)
                threats[warning.i] = act.i
                out.append(Predicate(trigger=warning, anchor=warning, sense=THREAT,
                                     kind="verb"))
        out.sort(key=lambda p: p.trigger.i)
    return out, threats


def _warnings(sentence: Span, conflict_anchors: dict[int, Predicate]
              ) -> list[tuple[Token, Token]]:
    """(warning verb, threatened act) pairs: "warned that X would <conflict act>"."""
    found = []
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in WARNING_VERBS:
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES
                         for c in clause.children)
            if clause.i in conflict_anchors or (
                    future and clause.lemma_.lower() in RETALIATION_VERBS):
                found.append((verb, clause))
    return found


def _conflict_complement(predicate: Predicate, conflict_anchors: dict[int, Predicate]
                         ) -> int | None:
    verb = predicate.anchor
    if predicate.kind != "verb" or verb.lemma_.lower() not in COMMITMENT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in COMPLEMENT_DEPS and child.i in conflict_anchors:
            return child.i
    return None
