"""Obligations laid on others are requests: "Russia said Sudan must return the
helicopter", "the minister insisted that Tehran should halt enrichment".

A reporting verb whose clausal complement is an obligation (a clause with the modal
"must", "should" or "ought") whose subject is someone other than the speaker is a
REQUEST by the speaker, addressed to that subject (CAMEO 10: demand, urge). The act
the speaker demands is not reported as happening: it is to be flagged hypothetical, and
it is the addressee's, not the speaker's. Whether the subject is another actor is
decided by the extractor, which knows the actors; a speaker obliging itself ("we must
respond") or a group it belongs to ("the three countries should jointly resist
protectionism") makes no request.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.events.lexicon import Lexicon
from eventwire.events.ontology import EventSense
from eventwire.events.predicates import Predicate

OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
# The active subject of a clause is the one the obligation falls on; a passive one
# ("Y must be punished") is not: the obligation is on whoever is to act.
CLAUSE_SUBJECT_DEPS = ("nsubj",)
# Pronouns that stand for the speaker's own side.
SPEAKER_PRONOUNS = frozenset({"i", "we", "us", "me"})
DEMAND = EventSense.of("REQUEST", cameo="100")


@dataclass(frozen=True)
class Obligation:
    """A request read off an obligation: who is obliged, and to do what."""

    request: Predicate
    addressee: Token
    act: Token


def find_obligations(predicates: list[Predicate], sentence: Span, lexicon: Lexicon
                     ) -> list[Obligation]:
    """Obligations stated under a reporting verb that no predicate claims yet.

    Args:
        predicates: the sentence's predicates so far (their anchors are not reused).
        sentence: the parsed sentence.
        lexicon: for the reporting verbs.

    Returns:
        One Obligation per (reporting verb, obliged clause): a REQUEST predicate at the
        reporting verb, the clause subject (the addressee) and the clause's verb (the
        act demanded).
    """
    claimed = {p.anchor.i for p in predicates} | {p.trigger.i for p in predicates}
    found = []
    for verb in sentence:
        if (verb.i in claimed or verb.pos_ not in ("VERB", "AUX")
                or not lexicon.is_reporting(verb.lemma_.lower())):
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not _obliged(clause):
                continue
            subject = next((c for c in clause.children if c.dep_ in CLAUSE_SUBJECT_DEPS),
                           None)
            if subject is None or subject.lower_ in SPEAKER_PRONOUNS:
                continue
            request = Predicate(trigger=verb, anchor=verb, sense=DEMAND, kind="verb")
            found.append(Obligation(request, subject, clause))
            claimed.add(verb.i)
            break
    return found


def _obliged(clause: Token) -> bool:
    """Whether a clause states an obligation: "Y must act", "Y should be punished"."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in OBLIGATION_MODALS
               for c in clause.children)
