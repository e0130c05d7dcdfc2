"""Promises of force are threats: "Putin vowed to intensify strikes", "Netanyahu has vowed
that Israel will resume its offensive".

A commitment verb (vow, pledge, promise, swear) coded AGREE whose complement clause is
material conflict (ASSAULT, COERCE, MOBILIZE, SANCTION ...) is a THREATEN event instead,
and the threatened act has not happened: it is flagged hypothetical.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.events.ontology import MATERIAL_CONFLICT, EventSense
from eventwire.events.predicates import Predicate

COMMITMENT_VERBS = frozenset({"vow", "pledge", "promise", "swear"})
COMPLEMENT_DEPS = ("xcomp", "ccomp")
THREAT = EventSense.of("THREATEN", cameo="130")


def reinterpret_threats(predicates: list[Predicate]) -> tuple[list[Predicate], dict[int, int]]:
    """Retype promises of force as THREATEN.

    Returns:
        The predicates, with such promises retyped, and a map from each threat's anchor
        to the anchor of the threatened act (its target is the threat's target; it is
        to be flagged hypothetical). Anchors are token indices.
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
    return out, threats


def _conflict_complement(predicate: Predicate, conflict_anchors: dict[int, Predicate]
                         ) -> int | None:
    verb = predicate.anchor
    if predicate.kind != "verb" or verb.lemma_.lower() not in COMMITMENT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in COMPLEMENT_DEPS and child.i in conflict_anchors:
            return child.i
    return None
