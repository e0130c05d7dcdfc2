"""Negation, hypotheticals and reported speech around a predicate.

The flags are read off the anchor's clause and the clauses it is embedded in through
control and coordination (xcomp, conj): "did not attack", "could take place",
"if the party wins", "agreed to work" (firm). A reporting verb above the predicate
("Kamikawa said ...") gives the attribution and stops the climb: what a speaker
reports is coded as the reported event, with the speaker kept as attribution.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events.arguments import finite_after_infinitive, misread_control, subject_token
from eventwire.events.lexicon import Lexicon
from eventwire.events.predicates import direct_object, particle_of
from eventwire.events.threats import condition_marks
from eventwire.nlp.docindex import children, sentence_of, tokens_of

# Arcs through which a clause inherits its governor's modality. Not "relcl": a relative
# clause tells a fact about its noun ("if the party, which rejects unification, wins").
MODAL_CLIMB_DEPS = ("xcomp", "conj", "acl", "pcomp", "dobj", "nsubj", "nsubjpass", "pobj")
REPORTED_FUTURE = frozenset({"would", "'d"})
REPORT_DEPS = ("ccomp", "parataxis", "xcomp", "conj", "advcl")
# Verbs whose "of"/"for" complement is what is alleged, not reported as happening:
# "accused Qatar of supporting terrorism", "suspected of spying".
ALLEGING_VERBS = frozenset({"accuse", "suspect", "charge", "allege"})
# An attempted attack or seizure is an act that happened, as CAMEO codes an attempted
# assassination (186): "tried to hack into", "attempted to assassinate". An attempt to
# talk or to agree is not yet the talk or the agreement.
ATTEMPT_GOVERNORS = frozenset({"try", "attempt"})
ATTEMPTED_ACT_TYPES = frozenset({"ASSAULT", "COERCE"})
# Verbs of asking whose object noun is what is asked, not done: "demanded his release",
# "sought the extradition of the suspect", "proposed a ceasefire". Not "order" ("ordered
# the release of the protesters" releases them) nor "discuss" or "negotiate".
ASKING_FOR_OBJECT = frozenset({"demand", "request", "seek", "want", "ask", "urge",
                               "propose", "suggest", "recommend", "advocate", "wish"})
# A conditional warning's own modal is part of the threat: "may halt its aid if the
# fighting goes on" threatens (threats.CONDITIONAL_AUXILIARIES); "may threaten to" is
# still speculation.
THREAT_MODALS = frozenset({"may"})


@dataclass(frozen=True)
class Modality:
    """Flags and attribution of one predicate."""

    negated: bool
    hypothetical: bool
    attribution: Token | None


def read_modality(trigger: Token, anchor: Token, lexicon: Lexicon,
                  event_type: str | None = None) -> Modality:
    """Negation, hypothetical and attribution for an event anchored at `anchor`; an
    attempt at an act of `event_type` counts as the act when ATTEMPTED_ACT_TYPES has it."""
    negated = _negated(trigger, lexicon) or _negated(anchor, lexicon)
    reporter = reporting_verb(anchor, lexicon)
    attribution = subject_token(reporter) if reporter is not None else _according_to(anchor)
    # Under a reporting verb "would" is the reported future ("said it would impose").
    ignored = REPORTED_FUTURE if reporter is not None else frozenset()
    if event_type in ATTEMPTED_ACT_TYPES:
        ignored = ignored | ATTEMPT_GOVERNORS
    if event_type == "THREATEN" and condition_marks(anchor):
        ignored = ignored | THREAT_MODALS
    hypothetical = _asked_for(trigger) or _asked_for(anchor)
    node = anchor
    for _ in range(6):
        negated = negated or _kept_from(node, lexicon)
        hypothetical = (hypothetical or _hypothetical_clause(node, lexicon, ignored)
                        or _alleged(node) or _purpose(node, lexicon)
                        or _requested(node, lexicon) or _stray_request(node, lexicon)
                        or _asked(node))
        if node.dep_ not in MODAL_CLIMB_DEPS or node.head.i == node.i:
            break
        own_tense = _finite_conjunct(node)
        # "called on allies to supply arms and accused Moscow": not under the infinitive
        node = node.head.head if finite_after_infinitive(node) else node.head
        if node.pos_ in ("VERB", "AUX") and lexicon.is_reporting(node.lemma_.lower()):
            break
        negated = negated or (node.pos_ == "VERB" and not own_tense
                              and _negated(node, lexicon))
    return Modality(negated, hypothetical, attribution)


def _asked(verb: Token) -> bool:
    """A yes-no question asks whether the event happens, it does not report it: "Will
    Beijing invade Taiwan?", "Did the army fire first?" (the auxiliary comes before the
    subject). A wh-question ("Why did Russia attack?") takes the event as given."""
    sentence = sentence_of(verb)
    if not sentence[-1].text == "?" or any(
            t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in tokens_of(sentence)):
        return False
    subjects = [c.i for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and any(c.dep_ in ("aux", "auxpass") and c.i < min(subjects)
                                  for c in children(verb))


def _finite_conjunct(verb: Token) -> bool:
    """A conjunct with a tense of its own after a bare verb: in "would not change course
    and vowed a response", "vowed" is not under the "not" of "would not change"."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    head = verb.head
    # "had not been notified and welcomed the move": an active past tense with its own
    # object cannot share the passive's "had not been"
    passive_head = head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children(head))
    return head.tag_ == "VB" or (passive_head and any(c.dep_ == "dobj" for c in children(verb)))


def _purpose(token: Token, lexicon: Lexicon) -> bool:
    """An infinitive of purpose after an act that is an event of its own states that
    act's aim, not a second act: "dispatched forces to defend the island". After a verb
    that is no event the purpose is the event ("shunned work to protest")."""
    if not (token.dep_ == "advcl" and token.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(token))):
        return False
    governor = token.head
    if governor.pos_ != "VERB":
        return False
    obj = direct_object(governor)
    return lexicon.verb_sense(
        governor.lemma_.lower(), particle=particle_of(governor),
        object_lemma=obj.lemma_.lower() if obj is not None else None) is not None


def _alleged(token: Token) -> bool:
    """A clause that is the content of an accusation: "accusing it of supporting"; also
    a later item of the list, which a parser may hang on the verb as an adverbial
    clause: "accused it of arming rebels, ignoring the law and ..."."""
    if (token.dep_ == "advcl" and token.tag_ == "VBG"
            and not any(c.dep_ in ("nsubj", "mark") for c in children(token))):
        return any(_alleged(item) for prep in children(token.head)
                   if prep.dep_ == "prep" and prep.i < token.i for item in children(prep))
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ not in ("of", "for", "with"):
        return False
    # "charged the minister with ordering"; the parser may hang the preposition on the
    # accused: "accused the rebels of shelling".
    accuser = prep.head.head if prep.head.dep_ in ("dobj", "obj") else prep.head
    return accuser.lemma_.lower() in ALLEGING_VERBS


def _requested(token: Token, lexicon: Lexicon) -> bool:
    """What is asked "for" (or warned against) is not done: "called for the withdrawal of
    troops", "a UN appeal for deploying peacekeepers", "pressed for Israel to withdraw"."""
    asking = lexicon.hypothetical_governors
    if token.dep_ in ("advcl", "ccomp"):  # "for Israel to withdraw": a marked clause
        return (token.head.lemma_.lower() in asking
                and any(c.dep_ == "mark" and c.lower_ == "for" for c in children(token)))
    prep = token.head
    return prep.head.lemma_.lower() in asking and (
        (token.dep_ in ("pcomp", "pobj") and prep.lower_ == "for")
        or (token.dep_ == "pcomp" and prep.lower_ == "against"))  # "warned against attacking"


def _asked_for(token: Token) -> bool:
    """An event noun that a verb of asking takes as its object: "demanded his release",
    "sought the extradition of ..." (the release, the extradition are not done)."""
    return (token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj")
            and token.head.pos_ == "VERB"
            and token.head.lemma_.lower() in ASKING_FOR_OBJECT)


def _kept_from(token: Token, lexicon: Lexicon) -> bool:
    """What one refrains or is prevented from is not done: "refrained from attacking",
    "stopped them from leaving"."""
    prep = token.head
    return (token.dep_ == "pcomp" and prep.lower_ == "from"
            and bool(_phrasal(prep.head) & lexicon.negation_governors))


# Arcs of the material between a verb of asking and an infinitive the parser hung on
# it: "urged Cubans through a radio message (aired on TV) to take to the streets".
STRAY_DEPS = ("relcl", "acl", "advcl", "pobj", "prep")


def _stray_request(token: Token, lexicon: Lexicon) -> bool:
    """An infinitive after a verb of asking that has no clause of its own, hung by the
    parser on a noun or participle in between, is still what is asked."""
    if not (token.dep_ in ("relcl", "acl", "advcl") and token.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(token))):
        return False
    node = token.head
    for _ in range(6):
        if node.pos_ == "VERB" and node.lemma_.lower() in lexicon.hypothetical_governors:
            return node is not token.head and not any(
                c.dep_ in ("xcomp", "ccomp") for c in children(node))
        if node.dep_ not in STRAY_DEPS or node.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return False
        node = node.head
    return False


def _negated(token: Token, lexicon: Lexicon) -> bool:
    cues = lexicon.negation_cues
    if token.dep_ == "xcomp" and _phrasal(token.head) & lexicon.negation_governors:
        return True  # "refused to meet", "failed to reach", "ruled out talks"
    for child in children(token):
        if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and child.lower_ in cues):
            return True
    return False


def _phrasal(verb: Token) -> set[str]:
    """The verb's lemma, and with its particle ("rule out") when it has one."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in children(verb) if c.dep_ == "prt"]
    return {lemma} | {f"{lemma} {p}" for p in particles}


def _hypothetical_clause(token: Token, lexicon: Lexicon, ignored: frozenset[str]) -> bool:
    cues = lexicon.hypothetical_cues - ignored
    for child in children(token):
        if child.dep_ in ("aux", "auxpass", "mark", "advmod") and child.lower_ in cues:
            return True
    governor = token.head.lemma_.lower()
    governs = governor in cues or governor in lexicon.hypothetical_governors - ignored
    if token.dep_ == "xcomp" or misread_control(token):
        return governs
    # What is demanded is not done: "demanded that the government end curbs", "its
    # demand that Israel ease restrictions" (a that-clause of a verb or noun of asking).
    if token.dep_ not in ("ccomp", "acl") or governor not in lexicon.hypothetical_governors:
        return False
    return (any(c.dep_ == "mark" and c.lower_ == "that" for c in children(token))
            or (token.dep_ == "ccomp" and _subjunctive(token)))


def _subjunctive(clause: Token) -> bool:
    """A bare-verb clause after a verb of asking: "urged (that) Kyiv withdraw"."""
    return clause.tag_ == "VB" and not any(c.dep_ == "aux" for c in children(clause))


def reporting_verb(anchor: Token, lexicon: Lexicon) -> Token | None:
    """The reporting verb ("said", "told") the event is reported under, if any."""
    node = anchor
    for _ in range(6):
        if node.head.i == node.i:
            break
        came_by, node = node.dep_, node.head
        if node.pos_ in ("VERB", "AUX") and lexicon.is_reporting(node.lemma_.lower()):
            return node if came_by in REPORT_DEPS or came_by in ("dobj", "nsubj") else None
    return None


def _according_to(anchor: Token) -> Token | None:
    """X in "according to X" anywhere in the sentence."""
    for token in sentence_of(anchor):
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            for pobj in children(token.doc[token.i + 1]):
                if pobj.dep_ == "pobj":
                    return pobj
    return None

