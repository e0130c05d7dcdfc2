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
from eventwire.nlp.docindex import children, tokens_of

OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
# The active subject of a clause is the one the obligation falls on; a passive one
# ("Y must be punished") is not: the obligation is on whoever is to act.
CLAUSE_SUBJECT_DEPS = ("nsubj",)
# Pronouns that stand for the speaker's own side.
SPEAKER_PRONOUNS = frozenset({"i", "we", "us", "me"})
DEMAND = EventSense.of("REQUEST", cameo="100")
# Verbs of pronouncing that are no reporting verbs but lay down what another must do:
# "declared that China must drop its barriers", "the court ruled that the state must pay".
DECLARING_VERBS = frozenset({"declare", "conclude", "rule"})
# Nouns of a message whose content clause may lay an obligation on someone: "issued a
# reminder to Iraq that it must cooperate", "sent a message that Kyiv must ...".
MESSAGE_NOUNS = frozenset({"reminder", "statement", "declaration", "message", "note",
                           "letter", "communique", "resolution"})
# How a parser hangs a noun's content clause ("a reminder that it must ...").
CONTENT_CLAUSE_DEPS = ("acl", "relcl", "ccomp")
# How the parts of a demanded act hang on it: "must ensure security to allow aid in",
# "must withdraw and disarm". A relative clause tells a fact ("must return the
# helicopter that was captured"), and a clause with a tense of its own is no part.
OBLIGED_PART_DEPS = ("xcomp", "advcl", "conj", "ccomp")
# Verbs that tell their object to act: "told Putin to refrain from ...", "ordered the
# junta to stand down", "instructed Kyiv to ...": the teller demands the act of the one
# told (REQUEST), when that is another actor. (One's own forces ordered to act: no
# request; the ordered act is told by the order, see predicates' _compelled.)
DIRECTING_VERBS = frozenset({"tell", "order", "instruct", "direct", "command"})
# Told to leave is sent away, an expulsion, not asked: "ordered the advisers to leave
# the country", "told the envoy to depart within 72 hours".
LEAVING_ACTS = frozenset({"leave", "depart", "exit", "quit"})
# How the parser hangs the infinitive told: "told X to refrain" (xcomp, or advcl when a
# date stands between: "told X on Tuesday to refrain").
DIRECTED_DEPS = ("xcomp", "advcl", "ccomp")
# Conjunctions of a clause that waits on the demanded act: "must agree to changes
# before they disarm" (the disarming is not done either).
WAITING_MARKS = frozenset({"before", "until", "unless"})


@dataclass(frozen=True)
class Obligation:
    """A request read off an obligation: who is obliged, and to do what."""

    request: Predicate
    addressee: Token
    act: Token
    # told to act ("told Putin to refrain"), not obliged in a reported clause: a request
    # only of an actor other than the speaker; else no event (one's own troops ordered)
    directive: bool = False


def find_obligations(predicates: list[Predicate], sentence: Span, lexicon: Lexicon
                     ) -> list[Obligation]:
    """Obligations stated under a reporting or declaring verb, or in a message a verb
    issues ("issued a reminder that ..."), that no predicate claims yet.

    Args:
        predicates: the sentence's predicates so far (their anchors are not reused).
        sentence: the parsed sentence.
        lexicon: for the reporting verbs.

    Returns:
        One Obligation per (stating verb, obliged clause): a REQUEST predicate at the
        verb (or at the message noun it carries), the clause subject (the addressee)
        and the clause's verb (the act demanded).
    """
    claimed = {p.anchor.i for p in predicates} | {p.trigger.i for p in predicates}
    found = []
    for verb in tokens_of(sentence):
        if (verb.i in claimed or verb.pos_ not in ("VERB", "AUX")
                or not _pronounces(verb, lexicon)):
            continue
        for clause in children(verb):
            if clause.dep_ != "ccomp" or not _obliged(clause):
                continue
            obligation = _obligation(verb, verb, clause)
            if obligation is not None:
                found.append(obligation)
                claimed.add(verb.i)
                break
    for verb in tokens_of(sentence):
        # "told Putin to refrain from ...": a demand of the one told
        if (verb.i in claimed or verb.pos_ != "VERB"
                or verb.lemma_.lower() not in DIRECTING_VERBS):
            continue
        told = next((c for c in children(verb) if c.dep_ in ("dobj", "obj")
                     and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        act = next((c for c in children(verb) if c.dep_ in DIRECTED_DEPS and c.tag_ == "VB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))),
                   None)
        if (told is None or act is None or _speaker_pronoun(told)
                or act.lemma_.lower() in LEAVING_ACTS):
            continue
        request = Predicate(trigger=verb, anchor=verb, sense=DEMAND, kind="verb")
        found.append(Obligation(request, told, act, directive=True))
        claimed.add(verb.i)
    for noun in tokens_of(sentence):
        # "issued a reminder to Iraq that it must cooperate": the issuer demands it
        verb = noun.head
        if (noun.lemma_.lower() not in MESSAGE_NOUNS or noun.dep_ not in ("dobj", "obj")
                or verb.i in claimed or verb.pos_ not in ("VERB", "AUX")):
            continue
        for clause in children(noun):
            if (clause.dep_ in CONTENT_CLAUSE_DEPS and _obliged(clause)
                    and any(c.dep_ == "mark" for c in children(clause))):
                obligation = _obligation(noun, verb, clause, _recipient(verb, noun))
                if obligation is not None:
                    found.append(obligation)
                    claimed.add(verb.i)
                    break
    return found


def _pronounces(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb states content another may be obliged by: a reporting verb or a
    verb of declaring."""
    lemma = verb.lemma_.lower()
    return lexicon.is_reporting(lemma) or lemma in DECLARING_VERBS


def _obligation(trigger: Token, anchor: Token, clause: Token,
                recipient: Token | None = None) -> Obligation | None:
    """The request an obliged clause makes of its subject, unless the speaker obliges
    itself ("we must respond"). A pronoun subject stands for the message's recipient
    when there is one: "a reminder to Iraq that it must ..." -> Iraq."""
    subject = next((c for c in children(clause) if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
    if subject is None or _speaker_pronoun(subject):
        return None
    if subject.pos_ == "PRON" and recipient is not None:
        subject = recipient
    kind = "verb" if trigger.i == anchor.i else "light"
    request = Predicate(trigger=trigger, anchor=anchor, sense=DEMAND, kind=kind)
    return Obligation(request, subject, clause)


def _speaker_pronoun(subject: Token) -> bool:
    """ "we must ...", not "the US must ...", which names the United States."""
    return subject.lower_ in SPEAKER_PRONOUNS and subject.pos_ == "PRON"


def _recipient(verb: Token, noun: Token) -> Token | None:
    """To whom a message is sent: the object of "to" on the message or its verb."""
    for prep in (*children(noun), *children(verb)):
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
            return next((c for c in children(prep) if c.dep_ == "pobj"), None)
    return None


def _obliged(clause: Token) -> bool:
    """Whether a clause states an obligation: "Y must act", "Y should be punished"."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in OBLIGATION_MODALS
               for c in children(clause))


def obliged_acts(obligation: Obligation) -> set[int]:
    """Token indices of the demanded act and of the bare-verb clauses under it (its
    purposes, its conjuncts) or waiting on it: none of them is reported as happening."""
    found, todo = set(), [obligation.act]
    while todo:
        verb = todo.pop()
        found.add(verb.i)
        todo += [c for c in children(verb) if c.i not in found and (
            c.dep_ in OBLIGED_PART_DEPS and c.tag_ == "VB"
            or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in WAITING_MARKS
                                         for m in children(c)))]
    return found
