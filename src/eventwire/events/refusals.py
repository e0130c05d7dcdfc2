"""Announced refusals are rejections: "the council said it will not hand him over",
"the governors said they would not ask for federal troops", "Syria won't accept more
refugees" (CAMEO 12, refuse; ANNOTATION.md's gold codes them REJECT).

An act negated under a future auxiliary ("will not", "would not") is a commitment not to
act, which is a REJECT by the would-be actor, aimed where the act would have been. A
negated act in the past ("did not attack") stays what it was, flagged negated: it did
not happen and is no event. Negated verbal conflict ("will not condemn") and refused
permission ("we will not allow anyone to ...", a prohibition) are left alone.

Failing to agree is a rejection too (CAMEO's verb FAIL is 120, reject): "the two sides
failed to reach agreement", "ministers failed to agree on a plan" are REJECT between
the parties, not a negated AGREE. Failing at any other act ("failed to stop the
attack") stays that act, negated.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.ontology import VERBAL_CONFLICT
from eventwire.events.predicates import REFUSAL, Predicate
from eventwire.events.threats import FUTURE_AUXILIARIES as THREAT_AUXILIARIES
from eventwire.events.threats import is_future
from eventwire.nlp.docindex import children

# Those of a threat, and "wo" of "won't" ("wo" + "n't").
FUTURE_AUXILIARIES = THREAT_AUXILIARIES | {"wo"}
NEGATIONS = frozenset({"not", "n't", "never"})
# A refused permission is a prohibition, not a refusal: "we will not allow anyone to ...".
PERMISSIONS = frozenset({"allow", "let", "permit", "tolerate"})
# Verbs of falling short whose complement, when an agreement, is a rejection.
FAILING_VERBS = frozenset({"fail"})


def reinterpret_refusals(predicates: list[Predicate]) -> tuple[list[Predicate], set[int]]:
    """Retype announced refusals as REJECT.

    Returns:
        The predicates with refusals retyped, and the anchors (token indices) of the
        refusals, whose records are to be kept unnegated: the refusal did happen.
    """
    out, refusals = [], set()
    for predicate in predicates:
        if (predicate.kind in ("verb", "light")
                and predicate.sense.quad_class != VERBAL_CONFLICT
                and (_refused(predicate.anchor) or (predicate.sense.event_type == "AGREE"
                                                    and failed_to(predicate.anchor)))):
            predicate = replace(predicate, sense=REFUSAL)
            refusals.add(predicate.anchor.i)
        out.append(predicate)
    return out, refusals


def _refused(verb: Token) -> bool:
    """ "will not hand over", "would never accept", "won't meet"."""
    if verb.lemma_.lower() in PERMISSIONS:
        return False
    negated = any(c.dep_ == "neg" and c.lower_ in NEGATIONS for c in children(verb))
    # "would no longer recognise": "no" hangs on the adverb "longer"
    negated = negated or any(c.dep_ == "advmod" and c.lower_ == "longer"
                             and any(n.lower_ == "no" for n in children(c))
                             for c in children(verb))
    return negated and is_future(verb, FUTURE_AUXILIARIES)


def failed_to(verb: Token) -> bool:
    """ "failed to (reach agreement)": the parties listed as subject reject each other."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILING_VERBS
