"""Who did it and to whom: source and target actors of a predicate from the parse.

Arguments are found as tokens (subject, object, prepositional objects) and then mapped
to the actor mentions that the actor stage found. Coordination is expanded here: a
subject "Japan and the United States" yields both mentions through spaCy's conj arcs,
and "U.S. and British forces" yields both mentions that share the head "forces".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.actors.mentions import ActorMention
from eventwire.events.predicates import Predicate
from eventwire.records import Actor

SUBJECT_DEPS = ("nsubj", "csubj", "expl")
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}
# Clauses whose missing subject is the subject of the verb they hang from.
SUBJECT_INHERITING_DEPS = ("xcomp", "conj", "advcl", "pcomp", "acl", "ccomp")

# Types whose direct object is what is moved or given, not who it is aimed at.
MOVED_OBJECT_TYPES = frozenset({"MOBILIZE", "AID"})
# Weapons and munitions: what an attack sends, never whom it is aimed at.
WEAPON_NOUNS = frozenset({
    "missile", "rocket", "drone", "shell", "bomb", "grenade", "mortar", "artillery",
    "munition", "ammunition", "bullet", "round", "torpedo", "warhead", "projectile",
    "gas", "cannon", "weapon", "arm",
})
# Verbs whose object is what is talked about, not who with.
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "address", "examine", "negotiate",
                         "explore", "consider", "raise"})
# Speech acts whose target may sit in the clause they are about.
SPEECH_ACT_TYPES = frozenset({"THREATEN", "REQUEST", "ACCUSE", "REJECT"})

# Prepositions that introduce the target, by event type; earlier ones win.
TARGET_PREPS: dict[str, tuple[str, ...]] = {
    "CONSULT": ("with", "to", "in"),
    "AGREE": ("with",),
    "COOPERATE": ("with",),
    "SUPPORT": ("for", "to", "of", "with"),
    "AID": ("to", "for", "into"),
    "CONCEDE": ("to", "for", "on", "into"),
    "RETREAT": ("from", "to"),
    "REQUEST": ("on", "of", "from", "to"),
    "ACCUSE": ("against", "of", "on", "with"),
    "REJECT": ("from", "of"),
    "THREATEN": ("against", "with", "to"),
    "PROTEST": ("against", "outside", "at"),
    "SANCTION": ("against", "on", "of", "to", "with"),
    "MOBILIZE": ("against", "near", "to", "toward", "towards", "around", "along", "into"),
    "COERCE": ("against", "on", "of", "around"),
    "ASSAULT": ("against", "on", "of", "into", "in", "at"),
}


@dataclass(frozen=True)
class Participant:
    """One actor in an argument role, with the mention that evidences it.

    `implied` marks an actor the text does not name but a coding convention supplies
    (the government a protest is addressed to); its mention is the source's.
    """

    actor: Actor
    mention: ActorMention
    implied: bool = False


class MentionIndex:
    """Looks up the actor mentions that cover or are headed by a token."""

    def __init__(self, mentions: list[ActorMention]) -> None:
        self._by_token: dict[int, list[ActorMention]] = {}
        for mention in mentions:
            for i in {*range(mention.start, mention.end), mention.head}:
                self._by_token.setdefault(i, []).append(mention)

    def at(self, token: Token) -> list[ActorMention]:
        """Mentions covering the token or headed by it."""
        return self._by_token.get(token.i, [])

    def participants(self, token: Token, depth: int = 0) -> list[Participant]:
        """Actors an argument token stands for, with coordination expanded."""
        mentions = self.at(token)
        found = [Participant(a, m) for m in mentions for a in m.actors]
        for m in mentions:  # "the diplomats of Japan and the U.S.": conj inside a mention
            for inner in token.doc[m.start: m.end]:
                for child in inner.children:
                    if child.dep_ == "conj" and not m.start <= child.i < m.end:
                        found.extend(self.participants(child, depth))
        if not found and depth < MAX_CARRIER_HOPS:
            for child in token.children:
                if _carries_actor(child):
                    found.extend(self.participants(_through_prep(child), depth + 1))
        for child in token.children:
            # Lists: "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt" is parsed
            # as an apposition followed by conjuncts; an apposition naming the same actor
            # ("Hamas, the Palestinian militant group") adds nothing new.
            if child.dep_ == "conj" or (child.dep_ == "appos" and mentions):
                found.extend(self.participants(child, depth))
        return _unique(found)


# Prepositions after a non-actor noun that say whose it is or where it belongs:
# "the diplomats of Japan", "countries including Finland", "officials in Beijing",
# "targets in Yemen", "trade with India".
CARRIER_PREPS = ("of", "including", "in", "with")
# How far a non-actor argument is followed to the actor it belongs to: "the diplomats
# of Japan" is one hop; "any involvement in Navalny's death" (two) is too far.
MAX_CARRIER_HOPS = 1


def _carries_actor(child: Token) -> bool:
    """Children of a non-actor head that name who it is."""
    if child.dep_ in ("poss", "compound", "nmod", "appos"):
        return True
    return child.dep_ == "prep" and child.lower_ in CARRIER_PREPS


def _through_prep(token: Token) -> Token:
    if token.dep_ in ("prep", "agent"):
        for child in token.children:
            if child.dep_ == "pobj":
                return child
    return token


def _unique(participants: list[Participant]) -> list[Participant]:
    seen: set[str] = set()
    out = []
    for p in participants:
        key = p.actor.code or p.actor.name
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def subject_token(verb: Token, depth: int = 0) -> Token | None:
    """The clause subject of a verb, inherited from the governing clause if missing."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        # Nearest to the verb: a parser may hang a stray noun on the verb as a second nsubj.
        before = [c for c in subjects if c.i < verb.i]
        child = before[-1] if before else subjects[0]
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return child
    if is_passive(verb):
        return None
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "xcomp":
        controller = _object_controller(verb.head)
        if controller is not None:
            return controller
    if verb.dep_ in SUBJECT_INHERITING_DEPS and verb.head.i != verb.i and depth < 4:
        head = verb.head
        if head.dep_ == "prep":  # "after visiting X": pcomp of a preposition
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return subject_token(head, depth + 1)
    return None


def _object_controller(verb: Token) -> Token | None:
    """Who is to do what a verb of asking or making names: "urged Venezuela to release",
    "called on both sides to agree" (object control)."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            return child
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "on":
            return _through_prep(child)
    return None


def is_passive(verb: Token) -> bool:
    """Passive clause, or a passive participle with a "by" agent ("agreed by X")."""
    return any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)


def agent_token(verb: Token) -> Token | None:
    """The "by X" agent of a passive verb or event noun."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return _through_prep(child)
    return None


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the given prepositions under a token, in preference order."""
    found = []
    for prep in preps:
        for child in token.children:
            if child.dep_ in ("prep", "dative") and child.lower_ == prep:
                found.append(_through_prep(child))
    return found


def source_tokens(predicate: Predicate) -> list[Token]:
    """Candidate tokens for the event's source, best first."""
    anchor, trigger = predicate.anchor, predicate.trigger
    if predicate.kind == "noun":
        own = [c for c in trigger.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        # Any word before the noun inside its phrase: "Israel's air and ground offensive".
        own += [t for c in trigger.lefts for t in c.subtree if t not in own]
        by = agent_token(trigger)
        candidates = ([by] if by is not None else []) + own
        if predicate.governor is not None:
            candidates.append(_clause_source(predicate.governor))
        return [t for t in candidates if t is not None]
    return [t for t in [_clause_source(anchor)] if t is not None]


def _clause_source(verb: Token) -> Token | None:
    if is_passive(verb):
        return agent_token(verb)
    return subject_token(verb)


def target_tokens(predicate: Predicate) -> list[Token]:
    """Candidate tokens for the event's target, best first."""
    preps = TARGET_PREPS.get(predicate.sense.event_type, ())
    anchor, trigger = predicate.anchor, predicate.trigger
    candidates: list[Token] = []
    if predicate.kind == "verb":
        objects = ("nsubjpass", "dobj", "obj", "dative")
        if predicate.sense.event_type in MOVED_OBJECT_TYPES:
            objects = ("nsubjpass", "dative")  # "deployed troops": the troops are no target
        elif anchor.lemma_.lower() in TOPIC_VERBS:
            objects = ()  # "discussed North Korea's programmes": a topic, not a party
        candidates += [c for c in anchor.children if c.dep_ in objects]
        candidates += [c for c in anchor.children if c.dep_ == "oprd"]  # "called X a ..."
        candidates += prep_objects(anchor, preps)
        if predicate.sense.event_type in SPEECH_ACT_TYPES:
            candidates += complement_targets(anchor)
    else:
        if predicate.undergoer is not None:
            candidates.append(predicate.undergoer)
        candidates += prep_objects(trigger, preps)
        if anchor.i != trigger.i:
            candidates += prep_objects(anchor, preps)
            # "hit Russia with sanctions": the verb's object, when it is not the noun
            candidates += [c for c in anchor.children
                           if c.dep_ in ("dobj", "dative") and c.i != trigger.i]
    # "launched drones at Israel": a weapon sent is the means, not the target
    return [c for c in candidates if c.lemma_.lower() not in WEAPON_NOUNS]


def complement_targets(verb: Token) -> list[Token]:
    """Objects inside the clause a speech act is about: "threatened that the military
    would shoot down U.S. aircraft", "denied that U.S. aircraft had entered North Korean
    airspace"."""
    found: list[Token] = []
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and clause.pos_ in ("VERB", "AUX"):
            found += [c for c in clause.children if c.dep_ in ("dobj", "obj", "dative")]
            found += [_through_prep(c) for c in clause.children if c.dep_ == "prep"]
    return found


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


def bound_possessor(noun: Token) -> Token | None:
    """The clause subject a possessive pronoun on an event noun refers to: "Iran
    launched drones in its first direct attack on Israel" -> "Iran"."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children):
        return None
    head = noun.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            subject = subject_token(head)
            return subject if subject is not None and subject.i != noun.i else None
        if head.head.i == head.i:
            return None
        head = head.head
    return None
