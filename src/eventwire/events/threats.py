"""Promises, warnings and conditional announcements of force are threats: "Putin vowed
to intensify strikes", "Netanyahu has vowed that Israel will resume its offensive", "Iran
warned that it would respond severely", "will boycott the vote unless ...". A readiness
to act is an intent: "is willing to send troops" (AGREE), "is prepared to impose martial
law" (THREATEN).

A commitment verb (vow, pledge, promise, swear) coded AGREE whose complement clause is
material conflict (ASSAULT, COERCE, MOBILIZE, SANCTION ...) is a THREATEN event instead,
and the threatened act has not happened: it is flagged hypothetical.

Announcements of one's own next act are intents besides the act: of cooperation ("will
allow inspectors back", "will visit Chad": AGREE), of new coercion or protest ("would
blockade the capital": THREATEN).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from eventwire.dates import resolve_date_expression
from eventwire.events.arguments import PREDICATIVE_DEPS, is_passive
from eventwire.events.ontology import (
    MATERIAL_CONFLICT,
    MATERIAL_COOPERATION,
    VERBAL_COOPERATION,
    EventSense,
)
from eventwire.events.predicates import Predicate, goes_on
from eventwire.nlp.docindex import children, tokens_of

# Verbs whose complement of force is a threat aimed where the act would be; "threaten"
# is one already, but its target is still the act's ("threatened to ban rights
# groups": the groups, or the people a ban falls on when it names none of its own).
COMMITMENT_VERBS = frozenset({"vow", "pledge", "promise", "swear", "threaten"})
WARNING_VERBS = frozenset({"warn"})
# What a warning says will be done in return: "warned it would respond severely".
RETALIATION_VERBS = frozenset({"respond", "retaliate", "react", "strike", "hit"})
FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "shall"})
# Words by which a warning speaks of what the warned will suffer, naming no act: "warned
# that any interference would bring consequences", "warned that its patience had
# limits", "warned that its response would be far harsher" (CAMEO 13).
CONSEQUENCE_WORDS = frozenset({
    "consequence", "repercussion", "retaliation", "reprisal", "retribution", "revenge",
    "patience",
})
# Words that speak of consequences only in what will be: "its response would be far
# harsher", not "warned that the government's response had been slow".
FUTURE_CONSEQUENCE_WORDS = frozenset({"response", "punishment", "countermeasure", "regret",
                                      "price"})
COMPLEMENT_DEPS = ("xcomp", "ccomp")
# Permissions whose warned refusal is a threat: "warned that police will no longer
# tolerate rallies", "warned it would not allow any attack on its soil".
PERMISSION_VERBS = frozenset({"tolerate", "allow", "permit", "let"})
# Conjunctions of a condition: "will boycott the vote unless ...", "would strike if ...".
CONDITIONS = frozenset({"if", "unless"})
# Auxiliaries of an act announced on a condition; "may" too: "may halt its mediation if
# the fighting goes on" is a warning, where "could" and "might" only speculate.
CONDITIONAL_AUXILIARIES = FUTURE_AUXILIARIES | {"may"}
THREAT = EventSense.of("THREATEN", cameo="130")
# Adjectives of readiness that announce an act of one's own: "is ready to send troops",
# "is willing to withdraw", "is prepared to impose martial law".
READINESS_WORDS = frozenset({"ready", "willing", "prepared", "eager"})
INTENT = EventSense.of("AGREE", cameo="030")
# Verbs of getting ready: "the army prepared to resume shelling" is a show of military
# readiness (CAMEO 15, MOBILIZE 150); the attack has not happened yet.
PREPARING_VERBS = frozenset({"prepare"})
PREPARATION = EventSense.of("MOBILIZE", cameo="150")
# Unnamed measures announced against someone: "will take action against those who ...",
# "would take resolute measures against Japan" (CAMEO 13, threaten, not specified).
MEASURE_VERBS = frozenset({"take", "adopt"})
MEASURE_NOUNS = frozenset({"action", "measure", "step", "countermeasure"})
# Cooperative acts whose announcement for the future is also a pledge (CAMEO 03,
# "express intent to"): "Finland will give Tanzania a grant", "Iraq said it would allow
# the inspectors back".
PLEDGED_TYPES = frozenset({"AID", "CONCEDE", "SUPPORT", "COOPERATE", "RETREAT", "CONSULT"})
# An announced meeting or visit is an intent to meet (CAMEO 036): "will visit Chad".
MEETING_INTENT = EventSense.of("AGREE", cameo="036")
COOPERATION = (VERBAL_COOPERATION, MATERIAL_COOPERATION)
# Verbs that keep up what is already done: "will continue sanctions" is the act, no threat.
CONTINUING_VERBS = frozenset({"continue", "keep", "maintain", "sustain", "uphold", "remain"})
# Verbs by which a doer announces its own next act: "plans to impose restrictions".
PLANNING_VERBS = frozenset({"plan", "intend"})
# Raising the prospect of one's own act: "raised the possibility of bans" (see
# _raised_prospects).
PROSPECT_VERBS = frozenset({"raise", "float", "moot"})
PROSPECT_NOUNS = frozenset({"possibility", "prospect", "spectre", "specter", "option",
                            "potential", "idea", "likelihood"})
# Verbs by which a doer tells of its own next act.
ANNOUNCING_VERBS = frozenset({"say", "tell", "announce", "confirm", "declare", "state",
                              "add", "insist", "stress", "reiterate", "affirm"})
# Acts whose announcement threatens: "would blockade the capital", "will extend the
# curfew". Sanctions and deployments announced are coded as such (ANNOTATION.md: "will
# continue sanctions" is SANCTION; a deployment is itself the show of force).
THREATENED_TYPES = frozenset({"PROTEST", "COERCE", "ASSAULT"})


def reinterpret_threats(predicates: list[Predicate], sentence: Span | None = None
                        ) -> tuple[list[Predicate], dict[int, int]]:
    """Retype promises and conditional announcements of force as THREATEN, and make
    warnings of force and declared readiness announcements of their own.

    A warning ("warn" is no event of its own) whose clausal complement is material
    conflict or a retaliation ("warned that it would respond severely", "warned that
    troops would open fire") is a THREATEN event anchored at "warned". A future act of
    force on a condition ("will boycott the vote unless ...") is retyped THREATEN
    (:func:`_conditional_harm`). A readiness to act ("is willing to send aid", "is
    prepared to impose martial law") is an AGREE or THREATEN event anchored at the
    copula (:func:`_readiness`); preparing an attack ("prepared to resume shelling") is
    MOBILIZE (:func:`_preparations`); unnamed measures announced against someone ("will
    take action against X") are a THREATEN (:func:`_announced_measures`).

    Returns:
        The predicates, with such promises retyped and such warnings and readiness
        added, and a map from each threat's (or readiness's) anchor to the anchor of
        the act it announces (its target is the announcement's target; it is to be
        flagged hypothetical). Anchors are token indices.
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
        elif _conditional_harm(predicate):
            predicate = replace(predicate, sense=THREAT)
        elif _agreed_harm(predicate, conflict_anchors):
            continue  # "EU leaders agreed to ban X's airlines": the ban, no cooperation
        out.append(predicate)
    if sentence is not None:
        claimed = {p.anchor.i for p in out} | {p.trigger.i for p in out}
        acts = {p.anchor.i: p for p in predicates}
        for readiness, act in [*_readiness(sentence, acts), *_preparations(sentence, acts)]:
            if readiness.anchor.i not in claimed:
                claimed.add(readiness.anchor.i)
                threats[readiness.anchor.i] = act.i
                out.append(readiness)
        for warning, act in _warnings(sentence, conflict_anchors):
            if warning.i not in claimed:
                claimed.add(warning.i)
                threats[warning.i] = act.i
                out.append(Predicate(trigger=warning, anchor=warning, sense=THREAT,
                                     kind="verb"))
        for verb, act in _raised_prospects(sentence, conflict_anchors):
            if verb.i not in claimed:
                claimed.add(verb.i)
                threats[verb.i] = act.i
                out.append(Predicate(trigger=verb, anchor=verb, sense=THREAT, kind="verb"))
        for verb, measure in _announced_measures(sentence):
            if verb.i not in claimed:
                claimed.add(verb.i)
                out.append(Predicate(trigger=measure, anchor=verb, sense=THREAT, kind="light"))
        out.sort(key=lambda p: p.trigger.i)
    return out, threats


def _warnings(sentence: Span, conflict_anchors: dict[int, Predicate]
              ) -> list[tuple[Token, Token]]:
    """(warning verb, threatened act) pairs: "warned that X would <conflict act>", "that
    X plans to <conflict act>"."""
    found = []
    for verb in tokens_of(sentence):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in WARNING_VERBS:
            continue
        for clause in children(verb):
            if clause.dep_ != "ccomp":
                continue
            planned = _planned_act(clause, conflict_anchors)
            if planned is not None:
                found.append((verb, planned))  # "warned Peru that it plans to invade"
            elif clause.i in conflict_anchors or (
                    clause.lemma_.lower() in RETALIATION_VERBS and is_future(clause)
            ) or _speaks_of_consequences(clause) or _refused_permission(clause):
                found.append((verb, clause))
    return found


def _planned_act(clause: Token, conflict_anchors: dict[int, Predicate]) -> Token | None:
    """The act of force a warned clause says is planned: "that it plans to invade"."""
    if clause.lemma_.lower() not in PLANNING_VERBS:
        return None
    return next((c for c in children(clause)
                 if c.dep_ == "xcomp" and c.i in conflict_anchors), None)


def _raised_prospects(sentence: Span, conflict_anchors: dict[int, Predicate]
                      ) -> list[tuple[Token, Token]]:
    """(verb, act) pairs raising the prospect of an act of force of one's own: "raised
    the possibility of banning opposition parties", "floated the prospect of sanctions".
    An act with a doer of its own ("the possibility of an attack by rebels") is only
    foreseen, no threat."""
    found = []
    for verb in tokens_of(sentence):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in PROSPECT_VERBS:
            continue
        for obj in children(verb):
            if obj.dep_ not in ("dobj", "obj") or obj.lemma_.lower() not in PROSPECT_NOUNS:
                continue
            acts = [a for p in children(obj) if p.dep_ == "prep" and p.lower_ == "of"
                    for a in children(p) if a.dep_ in ("pobj", "pcomp")
                    and a.i in conflict_anchors
                    and not any(c.dep_ in ("nsubj", "poss", "agent") for c in children(a))]
            if acts:
                found.append((verb, acts[0]))
                break
    return found


def _announced_measures(sentence: Span) -> list[tuple[Token, Token]]:
    """(verb, measure) pairs announcing unnamed measures against someone for the
    future: "will take action against X". Taken measures ("took action against the
    protesters") are no threat, nor refused ones ("will not take action")."""
    found = []
    for verb in tokens_of(sentence):
        if (verb.pos_ != "VERB" or verb.lemma_.lower() not in MEASURE_VERBS
                or not is_future(verb) or any(c.dep_ == "neg" for c in children(verb))):
            continue
        for obj in children(verb):
            if obj.dep_ in ("dobj", "obj") and obj.lemma_.lower() in MEASURE_NOUNS and any(
                    p.dep_ == "prep" and p.lower_ == "against"
                    for p in (*children(obj), *children(verb))):
                found.append((verb, obj))
                break
    return found


def _speaks_of_consequences(clause: Token) -> bool:
    """Whether a warned clause speaks of consequences or lost patience, or of a
    response or a price to pay to come ("would pay a heavy price", not "would pay
    higher prices")."""
    words = {t.lemma_.lower() for t in clause.subtree
             if t.lemma_.lower() != "price" or (t.tag_ == "NN" and t.head.lemma_.lower() == "pay")}
    return bool(words & CONSEQUENCE_WORDS) or (
        bool(words & FUTURE_CONSEQUENCE_WORDS) and is_future(clause))


def _refused_permission(clause: Token) -> bool:
    """ "will no longer tolerate", "would not allow": a prohibition announced."""
    negations = [c for c in children(clause) if c.dep_ == "neg"]
    negations += [n for c in children(clause) if c.dep_ == "advmod"  # "no longer"
                  for n in children(c) if n.dep_ == "neg"]
    return clause.lemma_.lower() in PERMISSION_VERBS and is_future(clause) and bool(negations)


def is_future(verb: Token, auxiliaries: frozenset[str] = FUTURE_AUXILIARIES) -> bool:
    """Whether a verb has a future auxiliary: "will respond", "would strike"."""
    return any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in children(verb))


def _conflict_complement(predicate: Predicate, conflict_anchors: dict[int, Predicate]
                         ) -> int | None:
    verb = predicate.anchor
    if predicate.kind != "verb" or verb.lemma_.lower() not in COMMITMENT_VERBS:
        return None
    for child in children(verb):
        if (child.dep_ in COMPLEMENT_DEPS and child.i in conflict_anchors
                and child.lemma_.lower() not in CONTINUING_VERBS and not goes_on(child)):
            return child.i  # "vowed to continue the offensive": the act, no threat
    return None


def _agreed_harm(predicate: Predicate, conflict_anchors: dict[int, Predicate]) -> bool:
    """Whether an agreement is one to do harm ("agreed to impose sanctions on X",
    "agreed to expel the diplomats"): the act is coded, and the agreement is none of
    CAMEO 03's intents to cooperate."""
    verb = predicate.anchor
    return (predicate.kind == "verb" and predicate.sense.event_type == "AGREE"
            and any(c.dep_ == "xcomp" and c.i in conflict_anchors for c in children(verb)))


def _conditional_harm(predicate: Predicate) -> bool:
    """A harm announced for the future on a condition is a threat, not the act: "will
    boycott the elections unless the president resigns", "would impose sanctions if
    the law passes" (ANNOTATION.md: conditional statements are threats). Only with a
    future auxiliary ("will", "would"), not with speculation ("could", "might"), and
    for material conflict, or a withdrawal on an "unless" condition ("will withdraw
    its troops unless a ceasefire is arranged")."""
    anchor = predicate.anchor
    if predicate.kind == "noun" or not is_future(anchor, CONDITIONAL_AUXILIARIES):
        return False
    marks = condition_marks(anchor)
    if predicate.sense.quad_class == MATERIAL_CONFLICT:
        return bool(marks)
    return predicate.sense.event_type == "RETREAT" and "unless" in marks


def condition_marks(verb: Token) -> set[str]:
    """The conjunctions of the conditions set on a verb: {"if"} for "would strike if"."""
    return {m.lower_ for c in children(verb) if c.dep_ == "advcl"
            for m in children(c) if m.dep_ == "mark"} & CONDITIONS


def _readiness(sentence: Span, acts: dict[int, Predicate]) -> list[tuple[Predicate, Token]]:
    """(announcement, act) pairs for a readiness to act: "Norway is willing to send
    equipment" announces aid (AGREE 030, express intent to cooperate), "the government
    is prepared to impose martial law" a coercion (THREATEN). The announcement is
    anchored at the copula, whose subject is the one ready; the act has not happened
    (the caller flags it hypothetical). Readiness for verbal conflict ("ready to
    reject") is neither."""
    found = []
    for word in tokens_of(sentence):
        if word.lower_ not in READINESS_WORDS or word.dep_ not in PREDICATIVE_DEPS:
            continue
        copula = word.head
        act = next((acts[c.i] for c in children(word) if c.dep_ == "xcomp" and c.i in acts),
                   None)
        if act is None or copula.pos_ not in ("AUX", "VERB"):
            continue
        quad = act.sense.quad_class
        sense = (THREAT if quad == MATERIAL_CONFLICT else INTENT if quad in (1, 2)
                 else None)
        if sense is not None:
            found.append((Predicate(trigger=word, anchor=copula, sense=sense, kind="verb"),
                          act.anchor))
    return found


def _preparations(sentence: Span, acts: dict[int, Predicate]
                  ) -> list[tuple[Predicate, Token]]:
    """(preparation, attack) pairs: "the army prepared to resume shelling the town" is
    military mobilisation by the army, aimed where the attack would be; the attack is
    yet to come (the caller flags it hypothetical). Preparing anything else ("prepared
    to sign the deal") is left to the act itself."""
    found = []
    for verb in tokens_of(sentence):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in PREPARING_VERBS:
            continue
        act = next((acts[t.i] for t in _prepared(verb) if t.i in acts), None)
        if act is not None and act.sense.event_type == "ASSAULT":
            found.append((Predicate(trigger=verb, anchor=verb, sense=PREPARATION, kind="verb"),
                          act.anchor))
    return found


def _prepared(verb: Token) -> list[Token]:
    """What a verb of preparing gets ready for: its infinitive, looked through aspectual
    verbs ("prepared to resume shelling"), or the object of "for" ("prepared for an
    offensive")."""
    found = []
    for child in children(verb):
        if child.dep_ == "xcomp":
            found.append(child)
            found += [c for c in children(child) if c.dep_ == "xcomp"]
        elif child.dep_ == "prep" and child.lower_ == "for":
            found += [c for c in children(child) if c.dep_ == "pobj"]
    return found


def agreed_acts(predicates: list[Predicate]) -> dict[int, int]:
    """Map each agreement verb (AGREE: "agreed", "promised", "is committed") to the
    cooperative act its clause commits to: "agreed to reopen its border to Chad",
    "promised to release the prisoners", "is committed to opening its market to Chinese
    firms". The commitment's clause names whom it is for only through the act, whose
    target the agreement then takes (CAMEO 03, express intent to cooperate). Anchors
    are token indices."""
    acts = {p.anchor.i: p for p in predicates if p.sense.quad_class in COOPERATION}
    found = {}
    for predicate in predicates:
        verb = predicate.anchor
        if predicate.kind != "verb" or predicate.sense.event_type != "AGREE":
            continue
        # one's own act: an infinitive, or a that-clause of one's own ("promised that
        # it would ..."), not "proposed that the government give ..."
        clauses = [c for c in children(verb) if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(
            s.dep_ == "nsubj" and s.pos_ == "PRON" for s in children(c)))]
        clauses += [c for p in children(verb) if p.dep_ == "prep" and p.lower_ == "to"
                    for c in children(p) if c.dep_ == "pcomp"]  # "committed to opening"
        act = next((c.i for c in clauses if c.i in acts and c.i != verb.i), None)
        if act is not None:
            found[verb.i] = act
    return found


def _fixed_for_a_day(verb: Token) -> bool:
    """Whether a meeting is set for a day ("will meet the envoy on Monday"): a
    scheduled meeting is reported as the consultation itself, not as an intent to meet
    ("will visit Chad in June", "would meet the envoy if ...")."""
    dates = [e.text for e in verb.doc.ents if e.label_ == "DATE" and _in_clause(e.root, verb)]
    # only the precision is asked: any reference day will do
    return any((d := resolve_date_expression(text, date.today())) is not None
               and d.precision == "day" for text in dates)


def _in_clause(token: Token, verb: Token) -> bool:
    """Whether a token belongs to the verb's own clause, not to a clause under it ("on
    Sunday" in "would convene the leaders on Sunday to coordinate a response")."""
    while token.i != verb.i:
        if token.head.i == token.i or token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return True


def announced_intents(predicates: list[Predicate]) -> list[Predicate]:
    """The pledges that announcements of cooperation make: "will give aid", "would
    allow inspectors" are also AGREE (030, express intent to cooperate) with the act's
    actors. The act itself stays what it is (ANNOTATION.md: what is firmly committed is
    coded); the pledge is anchored at the act's verb and triggered by its auxiliary.
    Not for refusals ("will not allow": REJECT) nor for the agreement verbs themselves.
    An announced meeting ("will visit Chad in June") is an intent to meet (036), unless
    set for a day (:func:`_fixed_for_a_day`).
    """
    found = []
    for predicate in predicates:
        verb = predicate.anchor
        if (predicate.kind != "verb" or predicate.sense.event_type not in PLEDGED_TYPES
                or any(c.dep_ == "neg" for c in children(verb))):
            continue
        auxiliary = next((c for c in children(verb)
                          if c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES), None)
        if auxiliary is not None:
            if predicate.sense.event_type != "CONSULT":
                found.append(replace(predicate, trigger=auxiliary, sense=INTENT))
            elif not _fixed_for_a_day(verb) and _announced(verb):
                found.append(replace(predicate, trigger=auxiliary, sense=MEETING_INTENT))
    return found


def _counterfactual(verb: Token) -> bool:
    """ "would have banned": what was not done, no announcement."""
    auxiliaries = [c.lower_ for c in children(verb) if c.dep_ == "aux"]
    return "have" in auxiliaries and any(a in FUTURE_AUXILIARIES for a in auxiliaries)


def _announced(verb: Token) -> bool:
    """Whether a clause is told as the doer's announcement: the sentence's own clause
    or what is said ("said they would boycott", "announced he will extend the curfew");
    not a fear, a description or a relative clause ("worried that an influx would put
    pressure on", "the offensive in which the army will target the rebels")."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp"
                                   and verb.head.lemma_.lower() in ANNOUNCING_VERBS)


def announced_harms(predicates: list[Predicate], threatened: set[int]) -> list[Predicate]:
    """The threats that announcements of new force or coercion make (CAMEO 13): "said
    they would boycott all contact with Chad", "plans to impose restrictions on Kenyan
    goods" are also THREATEN with the act's actors; the act itself is still coded
    (ANNOTATION.md). Not for keeping up what is done ("will continue sanctions": the
    act), speculation ("could", "might") or refusals, nor for acts another threat
    already announces. Anchored at the act's verb, triggered by its auxiliary or by the
    verb of planning."""
    found = []
    for predicate in predicates:
        verb = predicate.anchor
        if (predicate.kind == "noun" or predicate.sense.event_type not in THREATENED_TYPES
                or verb.i in threatened or verb.lemma_.lower() in CONTINUING_VERBS
                or is_passive(verb)  # "the bases will be occupied": its doer says nothing
                or _counterfactual(verb) or any(c.dep_ == "neg" for c in children(verb))):
            continue
        clause = verb
        announcer = next((c for c in children(verb)
                          if c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES), None)
        if (announcer is None and verb.dep_ == "xcomp"
                and verb.head.lemma_.lower() in PLANNING_VERBS):
            announcer = clause = verb.head  # "plans to impose restrictions"
        if announcer is not None and _announced(clause):
            found.append(replace(predicate, trigger=announcer, sense=THREAT))
    return found
