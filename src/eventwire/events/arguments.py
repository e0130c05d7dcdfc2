"""Who did it and to whom: source and target actors of a predicate from the parse.

Arguments are found as tokens (subject, object, prepositional objects) and then mapped
to the actor mentions that the actor stage found. Coordination is expanded here: a
subject "Japan and the United States" yields both mentions through spaCy's conj arcs,
and "U.S. and British forces" yields both mentions that share the head "forces".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from eventwire.actors.mentions import ActorMention
from eventwire.events.obligations import CONTENT_CLAUSE_DEPS, MESSAGE_NOUNS
from eventwire.events.predicates import (
    CARRYING_VERBS,
    DETENTION,
    PEACEKEEPING,
    Predicate,
    compelled_subject,
    stance_object,
    stranded_particle,
)
from eventwire.nlp.docindex import children
from eventwire.records import Actor

SUBJECT_DEPS = ("nsubj", "csubj", "expl")
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}
# Clauses whose missing subject is the subject of the verb they hang from.
SUBJECT_INHERITING_DEPS = ("xcomp", "conj", "advcl", "pcomp", "acl", "ccomp")

# Types whose direct object is what is moved or given, not who it is aimed at.
MOVED_OBJECT_TYPES = frozenset({"MOBILIZE", "AID"})
# Types of a verdict on someone or their act, which may come after the verdict.
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# Types whose event noun names what is moved by "of" ("the withdrawal of forces").
MOVING_TYPES = frozenset({"RETREAT", "MOBILIZE", "AID"})
# Event nouns whose "of" names the doer, as the subject of their verb would: "the
# withdrawal of Russian forces", "the deployment of U.S. troops", "the visit of the
# premier"; other acts' "of" names whom they are done to ("the release of prisoners").
DOER_OF_SENSES = frozenset({("RETREAT", "withdraw"), ("RETREAT", None),  # resignation
                            ("CONSULT", "visit")})
DOER_OF_TYPES = frozenset({"MOBILIZE"})
# Acts that sides do together, whose noun names them after "between": "talks between
# Iran and Oman", "trade between Chile and Peru" (an event between them).
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Event nouns of a type whose "of" otherwise names no target, but whose "of" names
# whom they are done to: "the release of detained journalists".
PATIENT_OF_SENSES = frozenset({("RETREAT", "release")})
# Weapons and munitions: what an attack sends, never whom it is aimed at.
WEAPON_NOUNS = frozenset({
    "missile", "rocket", "drone", "shell", "bomb", "grenade", "mortar", "artillery",
    "munition", "ammunition", "bullet", "round", "torpedo", "warhead", "projectile",
    "gas", "cannon", "weapon", "arm",
})
# Words that count or group what follows "of": "dozens of drones", "a barrage of rockets".
QUANTITY_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand",
                            "thousands", "score", "scores", "barrage", "salvo", "wave",
                            "swarm", "volley", "number", "series", "string", "couple"})


def is_weapon(token: Token) -> bool:
    """A weapon, or a number of them: "missiles", "dozens of drones and missiles"."""
    if token.lemma_.lower() in WEAPON_NOUNS:
        return True
    return token.lemma_.lower() in QUANTITY_NOUNS and any(
        w.lemma_.lower() in WEAPON_NOUNS for p in children(token)
        if p.dep_ == "prep" and p.lower_ == "of" for w in p.subtree)


# Verbs whose object is what is talked about, not who with.
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "address", "examine", "negotiate",
                         "explore", "consider", "raise"})
# Speech acts and commitments whose target may sit in the clause they are about
# ("threatened to impose restrictions on German goods", "agreed to hand them over to
# Britain").
# Complaints made to someone are aimed at them: "protested to Albania", "complained to
# the ambassador"; other verbs' "to" is no addressee ("condemned the move to ...").
ADDRESSED_COMPLAINT_VERBS = frozenset({"protest", "complain", "object", "remonstrate"})
SPEECH_ACT_TYPES = frozenset({"THREATEN", "REQUEST", "ACCUSE", "REJECT", "AGREE", "CONCEDE"})

# Prepositions that introduce the target, by event type; earlier ones win.
TARGET_PREPS: dict[str, tuple[str, ...]] = {
    "CONSULT": ("with", "to", "in"),
    "AGREE": ("with",),
    # "extradited the suspects to Uganda": whom a handover is for
    "COOPERATE": ("with", "to"),
    # "apologised to Brazil for ...": the addressee before the reason
    "SUPPORT": ("to", "for", "of", "with"),
    "AID": ("to", "for", "into"),
    "CONCEDE": ("to", "for", "on", "into"),
    "RETREAT": ("from", "to"),
    "REQUEST": ("on", "of", "from", "to"),
    "ACCUSE": ("against", "of", "on", "with", "over", "about"),
    # "reneged on its promise to the unions": the promise names whom it was made to
    "REJECT": ("from", "of", "to", "on"),
    "THREATEN": ("against", "with", "to", "from", "on"),
    "PROTEST": ("against", "outside", "at"),
    "SANCTION": ("against", "on", "of", "to", "with"),
    "MOBILIZE": ("against", "near", "to", "toward", "towards", "around", "along", "into",
                 "inside"),
    # "hacked into the computers of the ministry": the intruded owner
    "COERCE": ("against", "on", "of", "around", "into"),
    "ASSAULT": ("against", "on", "of", "into", "inside", "in", "at"),
}
# Fighting between two sides names the other side with "with" ("clashed with police",
# "clashes with rebels"); other attacks use "with" for the weapon ("with drones").
COMBAT_WITH_LEMMAS = frozenset({"clash", "fight", "fighting", "battle", "skirmish", "scuffle",
                                "brawl", "tussle", "war", "hostility", "firefight",
                                "gunfight"})


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

    def __init__(self, mentions: list[ActorMention], others: frozenset[int] = frozenset()
                 ) -> None:
        # Possessive pronouns known to name another party than their clause's doer
        # ("gunmen attacked their patrol"): never the doer's own possession.
        self.others = others
        self._by_token: dict[int, list[ActorMention]] = {}
        for mention in mentions:
            for i in {*range(mention.start, mention.end), mention.head}:
                self._by_token.setdefault(i, []).append(mention)
        # (start, end) of a mention -> its words' conjuncts outside it (see `_conjuncts`)
        self._outside: dict[tuple[int, int], list[Token]] = {}

    def at(self, token: Token) -> list[ActorMention]:
        """Mentions covering the token or headed by it."""
        return self._by_token.get(token.i, [])

    def participants(self, token: Token, depth: int = 0, by_sector: bool = False
                     ) -> list[Participant]:
        """Actors an argument token stands for, with coordination expanded; with
        ``by_sector`` one country's sectors listed together stay apart (the sides of
        "police and protesters clashed")."""
        mentions = self.at(token)
        if not mentions and token.lemma_.lower() in QUANTITY_NOUNS:
            # "hundreds of his supporters": a count stands for what it counts, whose
            # owner is then one hop away, as for "his supporters"
            counted = next((o for p in children(token) if p.dep_ == "prep" and p.lower_ == "of"
                            for o in children(p) if o.dep_ == "pobj"), None)
            if counted is not None:
                return self.participants(counted, depth, by_sector)
        found = [Participant(a, m) for m in mentions for a in m.actors]
        for m in mentions:  # "the diplomats of Japan and the U.S.": conj inside a mention
            for child in self._conjuncts(m, token.doc):
                found.extend(self.participants(child, depth, by_sector))
            found.extend(self._owners_listed_after(m, token.doc))
        if not found and depth < MAX_CARRIER_HOPS:
            # Whose it is before where it belongs: "its arms deals with Russia" are the
            # possessor's, not Russia's.
            # Then the doer of what it names before whom it is done to: "the arrest of
            # reporters by the police" is the police's.
            for carriers in (OWNER_DEPS, ("agent",), ("prep",)):
                for child in children(token):
                    if _carrier_dep(child) in carriers and _carries_actor(child):
                        found.extend(self.participants(through_prep(child), depth + 1))
                    elif carriers == OWNER_DEPS and (leader := _leader(child)) is not None:
                        # "Saudi-led coalition air strikes": the leader's
                        found.extend(self.participants(leader, depth + 1))
                    elif carriers == ("agent",) and child.dep_ == "acl":
                        # "the steps taken by the council": the doer of a participle
                        found.extend(p for by in children(child) if by.dep_ == "agent"
                                     for p in self.participants(through_prep(by), depth + 1))
                if found:
                    break
        for child in children(token):
            # Lists: "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt" is parsed
            # as an apposition followed by conjuncts; an apposition naming the same actor
            # ("Hamas, the Palestinian militant group") adds nothing new.
            if child.dep_ == "conj":
                found.extend(self.participants(child, depth, by_sector))
            elif child.dep_ == "appos" and mentions and _listed(child):
                found.extend(self.participants(child, MAX_CARRIER_HOPS))
        return _unique(found, by_sector)


    def _conjuncts(self, mention: ActorMention, doc: Doc) -> list[Token]:
        """Conjuncts of the mention's words that lie outside it, in text order; read once
        per mention, as every argument on it asks again (the mentions are one Doc's)."""
        key = (mention.start, mention.end)
        if key not in self._outside:
            self._outside[key] = [child for inner in doc[mention.start: mention.end]
                                  for child in children(inner) if child.dep_ == "conj"
                                  and not mention.start <= child.i < mention.end]
        return self._outside[key]

    def _owners_listed_after(self, mention: ActorMention, doc: Doc) -> list[Participant]:
        """The other owners listed after a mention that took its country from the first
        ("the navies of India, Japan and Australia", read as India's navies): each
        listed country's, in the mention's sector."""
        found = []
        sector = mention.actors[0].sector if mention.actors else None
        for prep in children(doc[mention.head]):
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < mention.end:
                continue
            owner = through_prep(prep)
            if not ({a.country for m in self.at(owner) for a in m.actors}
                    & {a.country for a in mention.actors}):
                continue
            for listed in owner.subtree:
                if listed.dep_ == "conj":
                    found += [Participant(replace(a, sector=sector), m)
                              for m in self.at(listed) for a in m.actors if a.country]
        return found

    def prep_participants(self, token: Token) -> list[Participant]:
        """Actors a non-actor noun names by a preposition only, not by its possessor:
        "its border with Colombia" -> Colombia."""
        return _unique([p for child in children(token)
                        if child.dep_ == "prep" and child.lower_ in CARRIER_PREPS
                        for p in self.participants(through_prep(child), MAX_CARRIER_HOPS)])


# Prepositions after a non-actor noun that say whose it is or where it belongs:
# "the diplomats of Japan", "countries including Finland", "officials in Beijing",
# "targets in Yemen", "trade with India"; and whose word or deed it is: "rejected
# calls by the opposition", "accepted an offer from Kabul", "imports from China".
CARRIER_PREPS = ("of", "including", "in", "with", "by", "from", "to")
# How far a non-actor argument is followed to the actor it belongs to: "the diplomats
# of Japan" is one hop; "any involvement in Navalny's death" (two) is too far.
MAX_CARRIER_HOPS = 1


OWNER_DEPS = ("poss", "compound", "nmod", "appos")
# Possessives by which a state or body names what is its own ("its troops").
OWN_POSSESSIVES = frozenset({"its", "their"})


def _listed(appos: Token) -> bool:
    """An apposition that continues a list of names ("Saudi Arabia, the United Arab
    Emirates, Bahrain and Egypt"), not one that describes the head: "Russia, Assad's
    main ally" is Russia alone."""
    return appos.pos_ == "PROPN" or any(c.dep_ == "conj" for c in children(appos))


def _leader(child: Token) -> Token | None:
    """The leader named in an "X-led" modifier ("a US-led coalition"), else None."""
    if child.dep_ != "amod" or child.lower_ != "led":
        return None
    return next((c for c in children(child) if c.dep_ in ("npadvmod", "compound", "nmod")
                 and c.i < child.i), None)


def _carries_actor(child: Token) -> bool:
    """Children of a non-actor head that name who it is."""
    if child.dep_ in OWNER_DEPS or child.dep_ == "agent":
        return True
    return child.dep_ == "prep" and child.lower_ in CARRIER_PREPS


def _carrier_dep(child: Token) -> str:
    """A child's dependency, with "by" read as the agent it names."""
    return "agent" if child.dep_ == "prep" and child.lower_ == "by" else child.dep_


def through_prep(token: Token) -> Token:
    """The object of a preposition ("to" in "gave aid to Chad", which a parser may also
    label the verb's dative); any other token itself."""
    if token.dep_ in ("prep", "agent") or (token.dep_ == "dative" and token.pos_ == "ADP"):
        for child in children(token):
            if child.dep_ == "pobj":
                return child
        stray = _stray_object(token)
        if stray is not None:
            return stray
    return token


def _stray_object(prep: Token) -> Token | None:
    """A preposition's object the parser made the subject of the participle after it:
    "granted asylum to five officers holed up in the embassy" ("officers" hung on
    "holed" as its subject, "to" left bare; the participle often tagged past tense)."""
    following = prep.nbor() if prep.i + 1 < len(prep.doc) else None
    if following is None:
        return None
    for noun in following.head.subtree if following.head.i > prep.i else ():
        verb = noun.head
        if (noun.dep_ in ("nsubj", "nsubjpass") and noun.left_edge.i == prep.i + 1
                and verb.head.i == prep.head.i and verb.i > noun.i
                and verb.tag_ in ("VBN", "VBG", "VBD")):
            return noun
    return None


def _unique(participants: list[Participant], by_sector: bool = False) -> list[Participant]:
    """Participants without repeats of an actor (of a country and, with ``by_sector``,
    a sector)."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for p in participants:
        key = (p.actor.code or p.actor.name, p.actor.sector if by_sector else None)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


# Nouns of one's own act committed to, and the verbs by which their holder states them:
# "made a commitment to ease restrictions", "took the decision to expel the envoy". Not
# plans, offers or pledges ("announced a plan to invade"): those acts are yet to come.
INTENT_NOUNS = frozenset({"commitment", "decision"})
# Instruments that do what their clause says, by whoever issued or signed them: "issued an
# executive order imposing sanctions on ...", "signed a decree banning imports".
# (Not a law: "approved a law recognizing the victories" is what the law says, not
# what its makers do.)
DECREE_NOUNS = frozenset({"order", "decree", "directive", "proclamation", "ordinance",
                          "edict"})
INTENT_CARRIERS = frozenset({"make", "take", "announce", "reach", "adopt", "unveil", "give",
                             "reaffirm", "reiterate", "renew", "express", "outline"})


def subject_token(verb: Token, depth: int = 0) -> Token | None:
    """The clause subject of a verb, inherited from the governing clause if missing."""
    subjects = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
    if stance_object(verb) is not None:  # "Israel is opposed to ...": Israel opposes
        subjects = [c for c in children(verb) if c.dep_ == "nsubjpass"]
    # A parser may hang the subject on an auxiliary: "Prigozhin had for months accused".
    subjects = subjects or [c for aux in children(verb) if aux.dep_ == "aux"
                            for c in children(aux) if c.dep_ in SUBJECT_DEPS]
    if subjects:
        # Nearest to the verb: a parser may hang a stray noun on the verb as a second nsubj.
        before = [c for c in subjects if c.i < verb.i]
        child = before[-1] if before else subjects[0]
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return _described_subject(child)
    if is_passive(verb):
        return None
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in NOMINAL_POS:
        # A finite verb a parser hung on its own subject: "Kuwait's emir, Sheikh X,
        # spoke by telephone with ..." (a participle, "bases hosting troops", is left)
        return verb.head
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in MESSAGE_NOUNS | DECREE_NOUNS:
        return issuer(verb.head)
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in INTENT_NOUNS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        # "made a commitment to ease restrictions": who commits acts
        intent = verb.head
        owner = next((c for c in children(intent) if c.dep_ == "poss"), None)
        if owner is not None:
            return _described_subject(owner)
        if intent.dep_ in ("dobj", "obj") and intent.head.lemma_.lower() in INTENT_CARRIERS:
            return subject_token(intent.head, depth + 1)
    if verb.dep_ == "xcomp" or misread_control(verb):
        controller = _object_controller(verb.head)
        if controller is not None:
            return controller
    judged = _judged_doer(verb)
    if judged is not None:
        return judged
    if verb.dep_ in SUBJECT_INHERITING_DEPS and verb.head.i != verb.i and depth < 4:
        head = verb.head
        if finite_after_infinitive(verb):
            head = head.head  # "urged allies to send arms and accused Moscow": who urged
        if head.dep_ == "prep":  # "after visiting X": pcomp of a preposition
            head = head.head
        if head.dep_ in PREDICATIVE_DEPS and (
                head.pos_ == "ADJ" or (head.tag_ == "VBN" and head.head.pos_ == "AUX")):
            # "they are willing to forgive": the subject of "are"; so with a participle
            # read as an adjective, "they were concerned and called on Kenya to ..."
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            if verb.dep_ == "advcl" and is_passive(head):
                # "the camp was attacked by militiamen, killing 20": the agent acts
                return agent_token(head)
            if verb.dep_ in ("conj", "xcomp") and is_passive(head):
                # "the premier was indicted and will resign", "the envoy was ordered to
                # leave": the passive's subject does the next act
                return next((c for c in children(head) if c.dep_ == "nsubjpass"), None)
            return subject_token(head, depth + 1)
    return None


NOMINAL_POS = frozenset({"NOUN", "PROPN"})


def finite_after_infinitive(verb: Token) -> bool:
    """A past-tense verb the parser coordinated with an infinitive it cannot share a
    "to" with: in "called on allies to supply arms and accused Moscow of ...", "accused"
    goes with "called", not with "supply"."""
    head = verb.head
    return (verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VB"
            and head.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                             for c in children(head)))

# Verbs that credit or blame someone for a deed named by a gerund: "thanked Chile for
# hosting the talks", "blamed the rebels for shelling the town", "arrested two men for
# attacking a mosque" (the one praised or blamed did the deed, not the speaker). Not the
# verbs of alleging ("accused X of"), whose content is flagged hypothetical: giving it the
# accused as doer cost accuracy on the held-out gold (later reactions refer back to it).
JUDGED_DEED_VERBS = frozenset({
    "praise", "commend", "thank", "credit", "applaud", "laud", "congratulate", "reward",
    "blame", "condemn", "criticise", "criticize", "denounce", "fault", "slam", "rebuke",
    "censure", "punish", "sanction", "penalise", "penalize", "fine", "arrest", "detain",
    "jail", "imprison", "sentence", "convict", "indict", "prosecute", "sue", "expel",
    "investigate"})
JUDGED_DEED_PREPS = ("of", "for", "with", "on")


def _judged_doer(verb: Token) -> Token | None:
    """The one praised or blamed for the deed a gerund names, else None; the parser
    hangs the preposition on the verb or on its object ("blamed the rebels for ...")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in JUDGED_DEED_PREPS:
        return None
    judge = prep.head
    if judge.pos_ in NOMINAL_POS and judge.dep_ in ("dobj", "nsubjpass"):
        judged, judge = judge, judge.head
    elif judge.pos_ == "VERB":
        passive = is_passive(judge)
        judged = next((c for c in children(judge)
                       if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    else:
        return None
    if judge.lemma_.lower() not in JUDGED_DEED_VERBS or judge.pos_ != "VERB":
        return None
    return judged


def _described_subject(subject: Token) -> Token:
    """The noun of a subject a parser hung under its own participle: "the Red Cross
    operating in Iraq said ..." is parsed with "operating" as the subject and "Cross"
    as its subject; the noun is who speaks."""
    if subject.tag_ in ("VBG", "VBN") and subject.dep_ in ("nsubj", "csubj"):
        own = [c for c in children(subject)
               if c.dep_ in ("nsubj", "nsubjpass") and c.i < subject.i]
        if own:
            return own[-1]
    return subject


def issuer(message: Token) -> Token | None:
    """Who a message is by, for what its clause says ("passed a resolution calling on
    the government to ...", "a statement by the league urging ..."): its possessor or
    "by" agent, else whoever issued, passed or sent it."""
    for child in children(message):
        if child.dep_ == "poss":
            return child
    by = agent_token(message)
    if by is not None:
        return by
    if message.dep_ in ("dobj", "obj") and message.head.pos_ in ("VERB", "AUX"):
        return _clause_source(message.head)
    if message.dep_ == "nsubjpass":  # "a resolution ... was adopted by the council"
        return agent_token(message.head)
    return None


# How an adjective that governs an infinitive hangs off its copula ("are willing to").
PREDICATIVE_DEPS = ("acomp", "oprd")


# Verbs that name whom they ask to act by "on": "called on the government to expel".
CALLING_ON_VERBS = frozenset({"call", "prevail"})


def misread_control(verb: Token) -> bool:
    """An infinitive a parser hung as an adverbial clause on a verb of calling on
    someone: in "calling on the government to expel troops" the expelling is what the
    government is asked to do (an xcomp), not the caller's purpose."""
    head = verb.head
    return (verb.dep_ == "advcl" and verb.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))
            and head.lemma_.lower() in CALLING_ON_VERBS
            and any(c.dep_ == "prep" and c.lower_ == "on" for c in children(head)))


def _object_controller(verb: Token) -> Token | None:
    """Who is to do what a verb of asking or making names: "urged Venezuela to release",
    "called on both sides to agree" (object control)."""
    for child in children(verb):
        if child.dep_ in ("dobj", "obj"):
            return child
    for child in children(verb):
        if child.dep_ == "prep" and child.lower_ == "on":
            named = through_prep(child)
            if named.ent_type_ not in ("DATE", "TIME"):  # not "agreed on Saturday to ..."
                return named
    return None


def is_passive(verb: Token) -> bool:
    """Passive clause, or a passive participle with a "by" agent ("agreed by X"), or a
    bare participle sharing a passive ("was kidnapped and killed"); an active subject
    outweighs a stray agent arc ("X spoke by telephone with Y")."""
    deps = {c.dep_ for c in children(verb)}
    if stance_object(verb) is not None:
        return False
    if deps & {"nsubjpass", "auxpass"}:
        return True
    agents = [c for c in children(verb) if c.dep_ == "agent" and not _means(c)]
    return (bool(agents) and "nsubj" not in deps) or shared_passive(verb) is not None


# Verbs with no object, whose bare participle after a passive is active: "was indicted
# and resigned", "was wounded and died".
INTRANSITIVE_VERBS = frozenset({
    "resign", "die", "flee", "escape", "quit", "retire", "surrender", "return", "arrive",
    "leave", "disappear", "vanish", "collapse", "succumb", "recover", "remain", "stay",
    "defect", "abdicate", "step", "go", "come", "testify", "appear", "survive"})


def shared_passive(verb: Token) -> Token | None:
    """The passive verb whose subject and auxiliary a bare participle coordinated with it
    shares: "the aid worker was kidnapped and killed by gunmen" (the worker is killed,
    not the killer). Only a transitive verb with no object or subject of its own. In a
    longer list ("were abducted, tortured and killed") the parser may hang the middle
    participle as an adverbial clause and the last one on it; both reach the passive."""
    head = verb.head
    if (verb.dep_ not in ("conj", "advcl") or verb.tag_ != "VBN"
            or head.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in INTRANSITIVE_VERBS):
        return None
    if verb.dep_ == "advcl" and not _listed_participle(verb):
        return None
    if any(c.dep_ in (*SUBJECT_DEPS, "nsubjpass", "dobj", "obj") for c in children(verb)):
        return None
    if any(c.dep_ == "xcomp" for c in children(verb)) and _object_controller(verb) is not None:
        return None  # "... and called on protesters to go home": an object of its own
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in children(head)):
        return shared_passive(head) if head.dep_ in ("conj", "advcl") else None
    return head


def _listed_participle(verb: Token) -> bool:
    """A participle parsed as an adverbial clause that is really the middle of a list:
    it follows a comma and leads "... and killed" ("abducted, tortured and killed")."""
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return after_comma and any(c.dep_ == "cc" for c in children(verb)) and any(
        c.dep_ == "conj" and c.tag_ == "VBN" for c in children(verb))


def passive_agent(verb: Token) -> Token | None:
    """The "by" agent of a passive verb, shared across bare participles: in "was
    kidnapped and killed by gunmen" the gunmen kidnapped too."""
    by = agent_token(verb)
    if by is not None:
        return by
    passive = shared_passive(verb) or verb  # the list's head: the agent may sit on any item
    if (by := agent_token(passive)) is not None:
        return by
    by = next((by for c in _sharing_participles(passive)
               if (by := agent_token(c)) is not None), None)
    return by if by is not None else _agent_on_gerund(verb)


def _agent_on_gerund(verb: Token) -> Token | None:
    """A passive's "by" agent a parser hung on the active gerund of its complement:
    "was accused of stealing funds by officials" (an active gerund takes no agent).
    Not a means ("by selling arms") or a deadline ("by Friday")."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb)):
        return None
    for prep in children(verb):
        if prep.dep_ != "prep":
            continue
        for gerund in children(prep):
            if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG":
                continue
            for by in children(gerund):
                named = through_prep(by)
                if (by.dep_ == "prep" and by.lower_ == "by" and named is not by
                        and named.pos_ in ("NOUN", "PROPN")
                        and named.ent_type_ not in ("DATE", "TIME") and not _means(by)):
                    return named
    return None


def _sharing_participles(verb: Token) -> Iterator[Token]:
    """The bare participles down a list that share this passive verb."""
    for c in children(verb):
        if c.dep_ in ("conj", "advcl") and shared_passive(c) is not None:
            yield c
            yield from _sharing_participles(c)


# What "by" names when it is the channel, not an agent: "spoke by telephone with X".
MEANS_OF_CONTACT = frozenset({"phone", "telephone", "video", "videolink", "letter", "email",
                              "e-mail", "radio", "satellite", "teleconference", "mail"})


def _means(by: Token) -> bool:
    """A "by" phrase naming a channel of contact ("by phone"), which no agent is."""
    return through_prep(by).lemma_.lower() in MEANS_OF_CONTACT


def channel_partners(verb: Token) -> list[Token]:
    """Whom a contact is with when the parser hangs "with" on the channel: "discussed
    the incident by phone with the chancellor" -> the chancellor."""
    return [p for c in children(verb) if c.dep_ in ("prep", "agent") and _means(c)
            for p in prep_objects(through_prep(c), ("with",))]


def _doer_of(noun: Token) -> Token | None:
    """Who did what an object noun names, by the participle that describes it: "backed
    the steps taken by the military council", "condemned the raid carried out by X"."""
    if noun.pos_ != "NOUN":
        return None
    for child in children(noun):
        if child.dep_ == "acl" and child.tag_ == "VBN":
            by = agent_token(child)
            if by is not None:
                return by
    return None


# Proposals and messages whose "from" names their author: "an offer from Kabul".
PROPOSAL_NOUNS = frozenset({"offer", "proposal", "plan", "appeal", "call", "demand",
                            "request", "invitation", "initiative", "bid", "ultimatum",
                            "suggestion", "overture", "draft", "resolution", "motion"})


def _author(noun: Token) -> Token | None:
    """Who put forward a proposal named as an object: "a resolution drafted by the
    US", "calls by the opposition", "an offer from Kabul"."""
    by = _doer_of(noun)
    if by is None and noun.pos_ == "NOUN":
        by = agent_token(noun)
    if by is None and noun.lemma_.lower() in PROPOSAL_NOUNS:
        by = next(iter(prep_objects(noun, ("from",))), None)
    return by


# Attacks told as the doers of the harm they did: "a cyberattack knocked out Ukraine's
# power grid": what the verb put out of action is the target. Verbs that are attacks
# themselves ("hit", "destroy") are coded as such and are not listed.
STRIKING_TYPES = frozenset({"ASSAULT", "COERCE"})
IMPACT_VERBS = frozenset({"disable", "disrupt", "cripple", "paralyse", "paralyze", "knock",
                          "take", "shut", "bring", "affect", "crash", "halt"})


def struck_by(noun: Token) -> list[Token]:
    """What an attack noun's verb of impact hit: its object when the attack is the
    subject ("a cyberattack took down the bank's network"), its subject when the attack
    is the passive's agent ("the ministry's servers were hit by a cyberattack")."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") and noun.dep_ != "pobj":
        return []
    if noun.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ in ("agent", "prep"):
        verb = verb.head
        wanted = ("nsubjpass",)
    elif noun.dep_ == "nsubj":
        wanted = ("dobj", "obj")
    else:
        return []
    if verb.lemma_.lower() not in IMPACT_VERBS:
        return []
    return [c for c in children(verb) if c.dep_ in wanted]


def agent_token(verb: Token) -> Token | None:
    """The "by X" agent of a passive verb or event noun."""
    for child in children(verb):
        if (child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by")) and (
                not _means(child)):
            return through_prep(child)
    return None


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the given prepositions under a token (or under its stranded particle:
    "walked out of the talks"), in preference order."""
    found = []
    stranded = stranded_particle(token)
    kids = [*children(token), *(children(stranded) if stranded is not None else ())]
    for prep in preps:
        for child in kids:
            if child.dep_ in ("prep", "dative") and child.lower_ == prep:
                found.append(through_prep(child))
    return found


# Stances a protest is made in, and verbs of its purpose clause, that name what it is
# against: "in defiance of the authorities", "to show their anger at Canada's policy",
# "a strike to protest against the ruling".
STANCE_NOUNS = frozenset({"defiance", "protest", "opposition", "disapproval", "anger",
                          "outrage", "fury", "rejection", "condemnation", "displeasure"})
STANCE_VERBS = frozenset({"protest", "show", "express", "voice", "vent", "register",
                          "denounce", "oppose", "condemn", "defy", "decry"})
STANCE_PREPS = ("of", "against", "at", "over", "to", "for", "with")
PURPOSE_DEPS = ("advcl", "xcomp", "relcl", "acl")


def protested(token: Token) -> list[Token]:
    """What a protest is against when a stance phrase or a purpose clause says it: the
    owner or doer of the thing protested is then the target (:meth:`MentionIndex.
    participants` follows "Canada's decision", "abuses by the army" to them)."""
    found = []
    for child in children(token):
        if child.dep_ == "prep" and child.lower_ == "in":
            stance = through_prep(child)
            if stance.lemma_.lower() in STANCE_NOUNS:
                found += prep_objects(stance, STANCE_PREPS)
        elif child.dep_ in PURPOSE_DEPS and child.lemma_.lower() in STANCE_VERBS:
            for obj in children(child):
                if obj.dep_ != "dobj":
                    continue
                if obj.lemma_.lower() in STANCE_NOUNS:  # "show their anger at X"
                    found += prep_objects(obj, STANCE_PREPS)
                elif child.lemma_.lower() != "show":  # "to protest the ruling"
                    found.append(obj)
            found += prep_objects(child, ("against", "at", "over"))
    return found


# Prepositions of the reason someone is reproached or rewarded for.
REASON_PREPS = ("over", "for")


def reproached(noun: Token) -> list[Token]:
    """Whom "its" / "their" refers to on a deed named as the reason a verb's object is
    reproached or thanked: "hit out at Iran over its support for Russia" -> Iran's,
    "thanked Chile for their help" -> Chile's; not the reproaching subject's."""
    reason = noun.head
    if (noun.dep_ != "pobj" or reason.dep_ != "prep" or reason.lower_ not in REASON_PREPS
            or not any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES
                       for c in children(noun))):
        return []
    verb = reason.head
    if verb.pos_ != "VERB":
        return []
    return ([c for c in children(verb) if c.dep_ == "dobj"] + prep_objects(verb, ("at",)))[:1]


def _judged_for(noun: Token) -> list[Token]:
    """Who is praised or blamed for the deed a noun names: "condemned Russia for the
    strike on Kyiv", "thanked Chile for its help" -> Russia, Chile."""
    prep, verb = noun.head, noun.head.head
    if (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in JUDGED_DEED_PREPS
            and verb.pos_ == "VERB" and verb.lemma_.lower() in JUDGED_DEED_VERBS):
        return [c for c in children(verb) if c.dep_ == "dobj"][:1]
    return []


def _possessed_patient(noun: Token) -> list[Token]:
    """The possessor of a release with no "of" object is who is released: "ordered his
    release", "the journalist's release" (but "Iran's release of the sailors" is Iran's)."""
    if prep_objects(noun, ("of",)):
        return []
    return [c for c in children(noun) if c.dep_ == "poss"]


def noun_doers(predicate: Predicate) -> list[Token]:
    """Who does what an event noun names, by its own words: "by X", a possessor or
    modifier, the "of" phrase of a noun whose "of" names its doer, or the "from" phrase
    of what an undergoer gets."""
    trigger = predicate.trigger
    patient = (_possessed_patient(trigger)
               if (predicate.sense.event_type, predicate.sense.mode) in PATIENT_OF_SENSES
               else [])
    own = [c for c in children(trigger) if c.dep_ in ("poss", "compound", "amod", "nmod")
           and c not in patient]
    # Any word before the noun inside its phrase: "Israel's air and ground offensive".
    own += [t for c in trigger.lefts for t in c.subtree if t not in own
            and t not in patient]  # not "his" of "his release" again
    by = agent_token(trigger)
    if by is None:
        # "the release of 50 prisoners by Israel": the parser hangs the agent on
        # the "of" object, which names no agent of its own
        by = next((a for o in prep_objects(trigger, ("of",))
                   if (a := agent_token(o)) is not None), None)
    candidates = ([by] if by is not None else []) + own + fight_between(predicate)
    candidates += _judged_for(trigger)
    if predicate.undergoer is not None:
        # "Peru received aid from Chile", "faced criticism from the UN": what the
        # undergoer gets comes from the doer
        candidates += prep_objects(trigger, ("from",)) + prep_objects(
            predicate.undergoer.head, ("from",))
    sense = predicate.sense
    if (sense.event_type in DOER_OF_TYPES or sense == PEACEKEEPING
            or (sense.event_type, sense.mode) in DOER_OF_SENSES):
        candidates += prep_objects(trigger, ("of",))
    if sense.event_type in JOINT_TYPES and sense.mode != "third-party" and sense.cameo != "045":
        # named sides only: "between the two sides" leans on a description's guess
        candidates += [o for o in prep_objects(trigger, ("between",)) if o.pos_ == "PROPN"]
    return candidates


def source_tokens(predicate: Predicate) -> list[Token]:
    """Candidate tokens for the event's source, best first."""
    anchor, trigger = predicate.anchor, predicate.trigger
    if predicate.kind == "noun":
        candidates = noun_doers(predicate)
        if predicate.governor is not None:
            if predicate.governor.lemma_.lower() in COMMANDING_VERBS:
                # "Maduro ordered the deployment of troops": who orders it does it
                candidates.insert(0, _clause_source(predicate.governor))
            else:
                candidates.append(_clause_source(predicate.governor))
        return [t for t in candidates if t is not None]
    own = _clause_source(anchor)
    if own is None and predicate.kind == "light" and trigger.dep_ == "nsubjpass":
        # "the withdrawal of Russian forces was completed": the passive names no agent,
        # the noun may
        return noun_doers(predicate)
    if own is None:
        return []
    fallbacks = governing_subjects(anchor)
    if anchor.dep_ == "xcomp" and own.head.i == anchor.head.i and own.dep_ in ("dobj", "obj"):
        # Object control read off a means, not an agent: "police used tear gas to
        # disperse the crowd" -> the police, if "tear gas" names no actor.
        controller_verb_subject = subject_token(anchor.head)
        if controller_verb_subject is not None:
            fallbacks.append(controller_verb_subject)
    # "was hit by water cannon fired by the coast guard": who used the means named
    doer = _doer_of(own)
    if doer is not None:
        fallbacks.insert(0, doer)
    return [own, *(t for t in fallbacks if t.i != own.i)]


# Verbs by which a commander makes its forces act.
COMMANDING_VERBS = frozenset({"order", "command"})


# Clauses into which a parser wrongly hangs a verb coordinated with their governor.
EMBEDDED_DEPS = ("ccomp", "relcl", "acl")


# Auxiliaries that stand for a whole clause after "as": "..., as did Estonia", "...,
# as was Canada", "as have several EU states".
ELLIPTIC_AUXILIARIES = frozenset({"do", "be", "have", "will", "would"})
# Clause links a doer shares with the verb below them: "were ready to fund",
# "condemned the attack and demanded ..."
SHARED_CLAUSE_DEPS = ("xcomp", "acomp", "conj")


def elided_subjects(verb: Token) -> list[Token]:
    """Subjects of an elliptic "as did X" clause on the verb or a clause it completes:
    "Lithuania condemned the attack, as did Estonia" -> Estonia also condemned it."""
    found = []
    for _ in range(4):
        for clause in children(verb):
            if (clause.dep_ == "advcl" and clause.lemma_.lower() in ELLIPTIC_AUXILIARIES
                    and any(c.dep_ == "mark" and c.lower_ == "as" for c in children(clause))
                    and not any(c.dep_ in ("dobj", "obj", "xcomp", "ccomp", "acomp", "attr")
                                for c in children(clause))):
                found += [c for c in children(clause) if c.dep_ == "nsubj" and c.i > clause.i]
        if verb.dep_ not in SHARED_CLAUSE_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
    return found


def governing_subjects(verb: Token) -> list[Token]:
    """The fallback source of a coordinated verb without a subject of its own that the
    parser hung inside an embedded clause: "Borrell said the election had been unfair
    and urged the authorities ..." ("urged" is parsed as coordinated with "had been",
    whose subject "election" names no actor) -> the governing clause's "Borrell"."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in children(verb)):
        return []
    embedded = verb.head
    if embedded.dep_ not in EMBEDDED_DEPS:
        return []
    governor = embedded.head
    while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
        governor = governor.head
    if governor.pos_ not in ("VERB", "AUX") or governor.i == embedded.i:
        return []
    subject = _clause_source(governor)
    return [subject] if subject is not None else []


def _clause_source(verb: Token) -> Token | None:
    if is_passive(verb):
        return passive_agent(verb)
    return subject_token(verb)


def is_fight(predicate: Predicate) -> bool:
    """An attack both sides make: "clashed", "fighting", "a war"."""
    return (predicate.sense.event_type == "ASSAULT"
            and predicate.trigger.lemma_.lower() in COMBAT_WITH_LEMMAS)


def combat_sides(predicate: Predicate, word: Token) -> list[Token]:
    """The other side of a fight: "clashed with police", "clashes with rebels", and
    the second of the sides it is "between"."""
    if not is_fight(predicate):
        return []
    return prep_objects(word, ("with",)) + [
        c for side in fight_between(predicate)[:1] for c in side.conjuncts]


def fight_between(predicate: Predicate) -> list[Token]:
    """The first side a fight is "between": "clashes between troops and rebels",
    "fighting erupted between X and Y" (the parser hangs "between" on the verb)."""
    if not is_fight(predicate):
        return []
    trigger = predicate.trigger
    holders = [trigger] + ([trigger.head] if trigger.dep_ in ("nsubj", "nsubjpass") else [])
    return [side for h in holders for side in prep_objects(h, ("between",))][:1]


def _sides_listed(predicate: Predicate) -> bool:
    """Whether a fight's subject lists its sides ("Chile and Peru clashed")."""
    if predicate.kind != "verb":
        return False
    subject = subject_token(predicate.anchor)
    return subject is not None and any(c.dep_ == "conj" for c in children(subject))


# Verbs of people harmed, whose object is a victim: "an attack that killed 80 people".
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "maim"})


# Participles by which a charge names whom it blames: "allegations linking Moscow to the
# poisoning", "reports tying the militia to the massacre".
LINKING_VERBS = frozenset({"link", "tie", "connect", "implicate"})


def linked_to(noun: Token) -> list[Token]:
    """Whom an accusation noun's participle links to a deed: "allegations linking Moscow
    to the attack" -> Moscow."""
    return [o for c in children(noun) if c.dep_ == "acl" and c.lemma_.lower() in LINKING_VERBS
            for o in children(c) if o.dep_ in ("dobj", "obj")]


def target_tokens(predicate: Predicate) -> list[Token]:
    """Candidate tokens for the event's target, best first."""
    preps = TARGET_PREPS.get(predicate.sense.event_type, ())
    if predicate.sense.event_type == "CONSULT" and predicate.sense.mode != "visit":
        # "arrived in Amman" names the host, "met in Brussels" only the place
        preps = tuple(p for p in preps if p != "in")
    anchor, trigger = predicate.anchor, predicate.trigger
    if is_fight(predicate) and _sides_listed(predicate):
        # "Chile and Peru clashed in Lima": both sides are named, "in" is only where
        preps = tuple(p for p in preps if p not in ("in", "at", "inside"))
    candidates: list[Token] = []
    if predicate.sense.event_type == "PROTEST":
        # the stated stance names the protest's target before what was blocked or where
        candidates += protested(trigger) + (protested(anchor) if anchor.i != trigger.i else [])
    if predicate.kind == "verb":
        objects = ("nsubjpass", "dobj", "obj", "dative")
        late: list[Token] = []
        if predicate.undergoer is not None:
            # a reported verdict: what is judged, not whom it is told ("told parliament
            # that the hackers were responsible")
            candidates.append(predicate.undergoer)
            objects = ()
        elif (predicate.sense.event_type in MOVED_OBJECT_TYPES
              and anchor.lemma_.lower() not in RECIPIENT_OBJECT_VERBS):
            objects = ("nsubjpass", "dative")  # "deployed troops": the troops are no target
        elif anchor.lemma_.lower() in TOPIC_VERBS:
            objects = ()  # "discussed North Korea's programmes": a topic, not a party
        stance = stance_object(anchor)
        if stance is not None:
            objects, candidates = (), [stance]  # "is opposed to X": X, not the subject
        candidates += [through_prep(c) for c in children(anchor) if c.dep_ in objects]
        shared = shared_passive(anchor) if "nsubjpass" in objects else None
        if shared is not None:  # "was kidnapped and killed": the one kidnapped is killed
            candidates += [c for c in children(shared) if c.dep_ == "nsubjpass"]
        if not candidates and predicate.sense.event_type in JUDGING_TYPES:
            # "denounced as a crime Russia's seizure of ...": the object moved past the
            # verdict is parsed as the object of "as"
            candidates += [through_prep(c) for c in children(anchor)
                           if c.dep_ == "prep" and c.lower_ == "as"]
        if predicate.sense.event_type == "REJECT":
            # "vetoed a UN resolution drafted by the US", "rejected a plan from Egypt":
            # a refusal answers the proposal's author before the body it belongs to
            candidates = [a for c in candidates if (a := _author(c)) is not None] + candidates
            # "denied permits for the construction of a mosque": refused to whom it is for
            candidates += [o for c in list(candidates) for o in prep_objects(c, ("for",))]
        else:
            candidates += [a for c in list(candidates) if (a := _doer_of(c)) is not None]
        if "dobj" in objects:
            candidates += quantified_objects(anchor)
            # "closed its borders with Syria", "recalled its envoy from Kigali": the
            # parser may hang the "with" or "from" of the source's own object on the
            # verb; it names the other side, after all else
            owned = [c for c in children(anchor) if c.dep_ == "dobj" and any(
                p.dep_ == "poss" and p.lower_ in OWN_POSSESSIVES for p in children(c))]
            late = prep_objects(anchor, ("with", "from")) if owned else []
            # "recalled its ambassador to Ethiopia", "its envoy in Kabul": or on the
            # object itself, where the post it is in names the other side
            late += [o for c in owned for o in prep_objects(c, ("with", "from", "to", "in"))]
        if not candidates:
            # "called X a ...", parsed without an object; with one ("called the visit a
            # violation of the one-China principle"), the verdict names no target
            candidates += [c for c in children(anchor) if c.dep_ == "oprd"]
        if anchor.lemma_.lower() in PERMITTING_VERBS:
            candidates += permitted(anchor)
        if predicate.sense == DETENTION:
            # "ordered him held": the one held is the subject of the ordered clause
            candidates += [s for c in children(anchor) if c.dep_ in ("xcomp", "ccomp")
                           and (s := compelled_subject(c)) is not None]
        # the other side of a fight before where it was: "clashed with Japan in Doha"
        candidates += combat_sides(predicate, anchor) + prep_objects(anchor, preps)
        if (predicate.sense.event_type == "ACCUSE"
                and anchor.lemma_.lower() in ADDRESSED_COMPLAINT_VERBS):
            candidates += prep_objects(anchor, ("to",))  # "protested to Albania"
        if predicate.sense.event_type == "CONSULT":
            candidates += channel_partners(anchor)
        if predicate.sense.event_type in SPEECH_ACT_TYPES:
            candidates += complement_targets(anchor, predicate.sense.event_type)
        if predicate.sense.event_type == "REQUEST":
            candidates += requested_targets(anchor)
        if predicate.sense.event_type in GIVING_TYPES:
            candidates += recipients(anchor)
        if predicate.sense.event_type in REQUESTED_TYPES:
            candidates += requesters(anchor)
        if predicate.sense.event_type in EASING_TYPES:
            candidates += eased_targets(anchor)
        if predicate.sense.event_type == "MOBILIZE":
            candidates += purpose_targets(anchor)
        if predicate.sense.event_type in MEASURE_TYPES:
            # "threatened new tariffs on Canada", "imposed duties on Canadian canola":
            # whom the measure is aimed at
            candidates += [o for c in children(anchor) if c.dep_ in ("dobj", "obj")
                           for o in measure_aims(c)]
        if "dobj" in objects and not is_passive(anchor):
            # "blamed exercises by Seoul and Washington": the parser hangs the doer of
            # the object on the active verb, whose own doer is its subject
            candidates += prep_objects(anchor, ("by",))
        candidates += late
    else:
        if predicate.undergoer is not None:
            candidates.append(predicate.undergoer)
        if predicate.sense.event_type == "ACCUSE":
            candidates += linked_to(trigger)
            # "accusations of war crimes against Russian forces": the parser hangs the
            # accused on the deed charged
            candidates += [o for deed in prep_objects(trigger, ("of",))
                           for o in prep_objects(deed, ("against",))]
        candidates += combat_sides(predicate, trigger) + prep_objects(trigger, preps)
        if predicate.sense.event_type in MEASURE_TYPES:
            candidates += [o for o in measure_aims(trigger) if o not in candidates]
        if predicate.sense.event_type in CONTENT_SUBJECT_TYPES:
            candidates += content_subjects(trigger)
        if predicate.sense.event_type == "ASSAULT":
            # "launched an offensive that killed 80 soldiers": whom the attack's own
            # relative clause says it killed or wounded (people; a place hit is left
            # to the verb's own reading)
            candidates += [o for r in children(trigger) if r.dep_ == "relcl"
                           and r.lemma_.lower() in CASUALTY_VERBS
                           and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which")
                                   for c in children(r))
                           for o in children(r) if o.dep_ in ("dobj", "obj")]
        if (predicate.sense.event_type, predicate.sense.mode) in PATIENT_OF_SENSES:
            candidates += prep_objects(trigger, ("of",)) + _possessed_patient(trigger)
        sense = predicate.sense
        if sense.event_type in MOVING_TYPES or (sense.event_type, sense.mode) in DOER_OF_SENSES:
            # "the withdrawal of forces from Panama": where what is moved goes or leaves
            candidates += [t for moved in prep_objects(trigger, ("of",))
                           for t in prep_objects(moved, preps)]
        by = agent_token(trigger)
        if by is not None:
            # "the visit by the prime minister to Seoul": the parser hangs the
            # destination on the agent
            candidates += prep_objects(by, preps)
        if anchor.i != trigger.i:
            candidates += prep_objects(anchor, preps)
            # "hit Russia with sanctions": the verb's object, when it is not the noun;
            # in the passive its subject ("he was put under investigation"), unless it
            # is what is moved ("extra troops were deployed")
            passive = () if predicate.sense.event_type in MOVED_OBJECT_TYPES else ("nsubjpass",)
            candidates += [c for c in children(anchor)
                           if c.dep_ in ("dobj", "dative", *passive) and c.i != trigger.i]
            if predicate.sense.event_type in GIVING_TYPES:
                candidates += recipients(anchor)
            if predicate.sense.event_type in SPEECH_ACT_TYPES:
                # "reiterated its demand that Israel ease restrictions"
                candidates += complement_targets(anchor, predicate.sense.event_type)
        if predicate.sense.event_type in REQUESTED_TYPES:
            candidates += requesters(anchor)
        candidates += struck_by(trigger) if predicate.sense.event_type in STRIKING_TYPES else []
    if predicate.sense.mode == "third-party" or predicate.sense.cameo in MEDIATION_CAMEOS:
        # "mediated between Mali and Niger": a mediator's counterparts are both sides,
        # also when it stops mediating ("ended its mediation between the militias")
        candidates += prep_objects(trigger, MEDIATED_PREPS)
        if anchor.i != trigger.i:
            candidates += prep_objects(anchor, MEDIATED_PREPS)
    candidates += [t for c in candidates for t in aimed_at(c)]
    candidates = [o for c in candidates for o in (*occupants(c), c)]
    # "launched drones at Israel": a weapon sent is the means, not the target
    return [c for c in candidates if not is_weapon(c)]


# Mediating (CAMEO 045) and halting a mediation (165), which fall on the sides mediated.
MEDIATION_CAMEOS = frozenset({"045", "165"})
MEDIATED_PREPS = ("between", "among")


# Prepositions by which a weapon fired names what it is aimed at.
AIM_PREPS = frozenset({"at", "toward", "towards", "on", "into", "against"})


def aimed_at(thing: Token) -> list[Token]:
    """What a weapon sent is aimed at, when the parser hangs it on the weapon: "fired
    artillery shells toward the island", "a barrage of rockets at the town"."""
    weapons = [thing] + [through_prep(c) for c in children(thing)
                         if c.dep_ == "prep" and c.lower_ == "of"]
    if not any(w.lemma_.lower() in WEAPON_NOUNS for w in weapons):
        return []
    return [through_prep(c) for w in weapons for c in children(w)
            if c.dep_ == "prep" and c.lower_ in AIM_PREPS]


# Verbs by which a place names who is stationed in it.
HOSTING_VERBS = frozenset({"host", "house"})


def occupants(place: Token) -> list[Token]:
    """Who is in a place the act falls on: "fired missiles at two Iraqi bases hosting
    U.S. troops" -> the troops, before the bases' country."""
    return [o for c in children(place) if c.dep_ in ("acl", "relcl")
            and c.lemma_.lower() in HOSTING_VERBS
            for o in children(c) if o.dep_ in ("dobj", "obj")]


def quantified_objects(verb: Token) -> list[Token]:
    """The object of "up to" read as a particle and a preposition: "kidnapped up to 16
    advisers" is parsed as kidnapped -prt-> up -prep-> to -pobj-> advisers."""
    return [through_prep(prep) for prt in children(verb)
            if prt.dep_ == "prt" and prt.lower_ == "up"
            for prep in children(prt) if prep.dep_ == "prep" and prep.lower_ == "to"]


# Verbs whose permission falls on who is let do the act (object control).
PERMITTING_VERBS = frozenset({"allow", "permit", "let", "enable"})


def permitted(verb: Token) -> list[Token]:
    """Who is let do something, parsed as the subject of the permitted clause: "Egypt
    will allow Sudanese refugees to cross the border" -> the refugees, not the border."""
    return [c for clause in children(verb) if clause.dep_ in ("ccomp", "xcomp")
            for c in children(clause) if c.dep_ == "nsubj"]


# Of those, the types whose complement's object may be the target ("threatened to
# shoot down U.S. aircraft"); for commitments it is what is given or moved ("agreed to
# pull back troops"), and only a preposition names the target ("... to Britain").
OBJECT_COMPLEMENT_TYPES = frozenset({"THREATEN", "REQUEST", "ACCUSE", "REJECT"})
# Of those, the types of a verdict on what a copular clause names (its subject).
VERDICT_TYPES = frozenset({"ACCUSE", "REJECT"})
# The prepositions by which a commitment's clause names whom it is for ("agreed to hand
# them over to Britain", "to cooperate with Japan", "to provide aid for Romania").
COMMITMENT_TARGET_PREPS = ("to", "with", "for")


def complement_targets(verb: Token, event_type: str | None = None) -> list[Token]:
    """Objects inside the clause a speech act is about: "threatened that the military
    would shoot down U.S. aircraft", "denied that U.S. aircraft had entered North Korean
    airspace"; for a request, first the one asked to act: "demanded that India
    withdraw its troops"."""
    found: list[Token] = []
    for clause in children(verb):
        if (event_type in VERDICT_TYPES and clause.dep_ in ("ccomp", "oprd")
                and clause.pos_ == "ADJ"):
            # a verdict's small clause: "holds Putin responsible for the death"
            found += [c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")]
        if (clause.dep_ in ("ccomp", "xcomp") or _for_clause(clause)) and (
                clause.pos_ in ("VERB", "AUX")):
            if event_type == "REQUEST":
                found += [c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")]
            objects = [through_prep(c) for c in children(clause)
                       if c.dep_ in ("dobj", "obj", "dative")]
            preps = [c for c in children(clause) if c.dep_ == "prep"
                     or (c.dep_ == "dative" and c.pos_ == "ADP")]
            if event_type is None or event_type in OBJECT_COMPLEMENT_TYPES:
                found += objects
                # "condemned what he called an unprovoked attack": the attack
                found += [c for c in children(clause) if c.dep_ == "oprd"
                          and any(o.lower_ == "what" for o in objects)]
            else:  # a commitment: "agreed to work on China issues" is about a topic
                preps = [c for c in preps if c.lower_ in COMMITMENT_TARGET_PREPS]
            found += [through_prep(c) for c in preps]
            # "impose import restrictions against German goods"
            found += [through_prep(c) for o in objects for c in children(o)
                      if c.dep_ == "prep" and c.lower_ in OBJECT_TARGET_PREPS]
            if event_type == "THREATEN":
                found += threatened_subjects(clause)
            elif event_type == "REJECT":
                # "refused to respond to a demand from Egypt": the request's author
                found += [through_prep(a) for p in preps for a in children(through_prep(p))
                          if a.dep_ in ("prep", "agent") and a.lower_ in ("from", "by")]
                if clause.lemma_.lower() in PERMITTING_VERBS:
                    # "refused to let foreign ships dock": refused to those not let in
                    found += permitted(clause)
    return found


def _for_clause(clause: Token) -> bool:
    """A clause opened by "for", which a parser hangs as an adverbial clause: in
    "pressed for the UN to act" it is what is asked, like a complement."""
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in children(clause))


# Demands and accusations whose "that" clause names, as its subject, who is asked to
# act or accused: "its demand that Peru withdraw", "the charge that Chile armed rebels".
CONTENT_SUBJECT_TYPES = frozenset({"REQUEST", "ACCUSE"})


def content_subjects(noun: Token) -> list[Token]:
    """The subject of a noun's "that" clause, which a parser hangs on the noun: "insisted
    on its demand that Peru withdraw its troops" -> Peru."""
    return [s for clause in children(noun) if clause.dep_ in CONTENT_CLAUSE_DEPS
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(clause))
            for s in children(clause) if s.dep_ in ("nsubj", "nsubjpass")]


def threatened_subjects(clause: Token) -> list[Token]:
    """Whom a warned clause threatens when it names no object: the one whose act is the
    condition ("warned that if Israel struck again, the response would be harsher"),
    else the clause's subject ("warned that Syria would pay a heavy price")."""
    conditions = [c for c in children(clause) if c.dep_ == "advcl"
                  and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children(c))]
    return [s for c in [*conditions, clause] for s in children(c)
            if s.dep_ in ("nsubj", "nsubjpass")]


# Acts of giving or promising, whose recipient may hang off what is given.
GIVING_TYPES = frozenset({"AGREE", "AID"})
# Aid verbs whose object is who gets the aid, not what is given: "arming Kyiv",
# "trained Ukrainian pilots", "funds the rebels".
RECIPIENT_OBJECT_VERBS = frozenset({"arm", "rearm", "equip", "fund", "finance", "bankroll",
                                    "train", "assist", "help", "resupply"})
RECIPIENT_PREPS = ("to", "for")


def recipients(verb: Token) -> list[Token]:
    """Who receives what a verb gives or promises, named inside its object: "pledged
    500 million euros in aid to Ukraine", "promised funds for Nepal"."""
    objects = [c for c in children(verb) if c.dep_ in ("dobj", "obj")]
    # "offered its troops to Lebanon": with something given, "to" names who gets it
    # (not in "agreed to a ceasefire", which gives nothing)
    found = prep_objects(verb, RECIPIENT_PREPS[:1]) if objects else []
    for obj in objects:
        nouns = [obj] + [through_prep(p) for p in children(obj) if p.dep_ == "prep"]
        # "sent planes carrying tents to the Philippines": the "to" hung on the cargo
        carriers = [c for n in nouns for c in children(n)
                    if c.dep_ == "acl" and c.lemma_.lower() in CARRYING_VERBS]
        # "a ship loaded with 2,000 tonnes of flour to Lebanon": or on the cargo itself
        nouns += carriers + [through_prep(p) for c in carriers for p in children(c)
                             if p.dep_ == "prep" and p.lower_ == "with"]
        found += [through_prep(p) for noun in nouns for p in children(noun)
                  if p.dep_ == "prep" and p.lower_ in RECIPIENT_PREPS]
    return found


# Acts done for whoever asked for them: the requester is the counterpart.
REQUESTED_TYPES = frozenset({"CONSULT", "AID", "COOPERATE", "CONCEDE"})
# Nouns by which an act says who asked for it: "at Turkey's request", "at the
# invitation of the chancellor", "at the behest of Moscow".
REQUEST_NOUNS = frozenset({"request", "invitation", "behest", "urging"})


def requesters(verb: Token) -> list[Token]:
    """Who asked for what the verb does: "held an emergency meeting at Turkey's request",
    "sent aid at the request of the opposition leader" -> Turkey, the leader."""
    found = []
    for prep in children(verb):
        noun = through_prep(prep)
        if prep.dep_ == "prep" and prep.lower_ in ("at", "on") and (
                noun.lemma_.lower() in REQUEST_NOUNS):
            found += [c for c in children(noun) if c.dep_ == "poss"]
            found += [through_prep(c) for c in children(noun)
                      if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    return found


# Acts whose object is a measure that names whom it is aimed at ("tariffs on Canada").
MEASURE_TYPES = frozenset({"THREATEN", "SANCTION"})
# Acts that lift or ease a measure, which names whom it weighed on.
EASING_TYPES = frozenset({"RETREAT", "CONCEDE"})


def measure_aims(measure: Token) -> list[Token]:
    """Whom a measure noun is aimed at ("duties on Canadian canola"), also when the parser
    hangs the "on" on a word that sizes it: "duties totalling 80% on Australian barley",
    "tariffs worth $34 billion on Chinese goods"."""
    sizers = [a for a in children(measure) if (a.dep_ == "acl" and a.tag_ in ("VBG", "VBN"))
              or (a.dep_ == "amod" and a.lower_ == "worth")]
    return [o for t in (measure, *sizers) for o in prep_objects(t, ("on", "against"))]


def eased_targets(verb: Token) -> list[Token]:
    """Whom a lifted measure was aimed at: "lifted a blockade on Palestinian lorries",
    "eased restrictions against the province" -> the lorries, the province."""
    return [through_prep(c) for obj in children(verb) if obj.dep_ in ("dobj", "obj")
            for c in children(obj) if c.dep_ == "prep" and c.lower_ in ("on", "against")]


def purpose_targets(verb: Token) -> list[Token]:
    """Whom a mobilisation is for: "mobilised reservists for a possible war against
    Iraq" -> Iraq."""
    return [through_prep(c) for p in children(verb) if p.dep_ == "prep" and p.lower_ == "for"
            for c in children(through_prep(p)) if c.dep_ == "prep" and c.lower_ == "against"]


# Nouns that ask for an act to stop; with no "of"/"to" they mean the act just told.
HALT_NOUNS = frozenset({"halt", "end", "stop", "cessation"})


# Prepositions by which something requested ("for") or demanded (object) is asked of.
REQUESTED_PREPS = ("for",)


def requested_targets(verb: Token) -> list[Token]:
    """Whom a requested measure is aimed at, when the request names no addressee: "called
    for sanctions against Nigeria", "demanded an embargo on arms sales to Iraq" ->
    Nigeria, arms sales (an actor only if it carries one). Searched after the
    addressee ("called on Japan to ...") and the requested clause."""
    things = [c for c in children(verb) if c.dep_ in ("dobj", "obj")]
    things += [through_prep(c) for c in children(verb)
               if c.dep_ == "prep" and c.lower_ in REQUESTED_PREPS]
    # "sought refuge in Turkey": asked of the state that is to shelter them
    hosts = [through_prep(c) for thing in (*things, verb) for c in children(thing)
             if c.dep_ == "prep" and c.lower_ == "in"] if any(
        t.lemma_.lower() in REFUGE_NOUNS for t in things) else []
    # "called for the resignation of the minister": asked of who is to leave
    leavers = [o for t in things if t.lemma_.lower() in LEAVING_NOUNS
               for o in prep_objects(t, ("of",))]
    # "appealed for peace in Sudan", "called for elections in Venezuela": asked of the
    # place where it is to happen, after all else
    places = [] if hosts else [through_prep(c) for thing in things for c in children(thing)
                               if c.dep_ == "prep" and c.lower_ == "in"]
    # "called for an immediate halt": a halt of what was just told (see anaphora)
    return leavers + [through_prep(c) for thing in things for c in children(thing)
                      if c.dep_ == "prep" and c.lower_ in OBJECT_TARGET_PREPS] + hosts + [
        t for t in things if t.lemma_.lower() in HALT_NOUNS
        and not any(c.dep_ == "prep" for c in children(t))] + places


# Prepositions by which the object of a complement clause names whom it is aimed at.
OBJECT_TARGET_PREPS = ("against", "on", "to", "with")
# Acts of leaving, whose "of" names who is to leave: "the pullout of foreign troops".
LEAVING_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "drawdown", "retreat",
                           "departure", "resignation", "exit"})
# Shelter asked of a state, which "in" names: "sought asylum in Sweden".
REFUGE_NOUNS = frozenset({"refuge", "asylum", "sanctuary", "shelter"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


def bound_possessor(noun: Token) -> Token | None:
    """The clause subject a possessive pronoun on an event noun refers to: "Iran
    launched drones in its first direct attack on Israel" -> "Iran"."""
    possessive = next((c for c in children(noun)
                       if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if possessive is None:
        return None
    judged = reproached(noun)
    if judged and _agrees(possessive, judged[0]):
        return judged[0]
    head = noun.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            subject = subject_token(head)
            if subject is None or subject.i == noun.i:
                return None
            # "They condemned its arms deals": "its" is not "they".
            return subject if _agrees(possessive, subject) else None
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _agrees(possessive: Token, subject: Token) -> bool:
    """Whether a possessive pronoun can stand for a subject: "its" for a singular,
    "their" for a plural or coordinated one, "his"/"her" for a person-like noun."""
    plural = (subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we")
              or any(c.dep_ == "conj" for c in children(subject)))
    if possessive.lower_ == "its":
        return not plural
    if possessive.lower_ == "their":
        return plural or subject.lower_ not in ("he", "she", "it")
    return not plural
