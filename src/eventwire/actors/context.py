"""Countries from context, for people and role words whose own phrase names none.

Two cases need a guess, and both guesses carry a lower confidence:

* a titled person unknown to the KB ("Commerce Secretary Jane Whitfield"): a country
  word elsewhere in the sentence (modifiers such as "the first U.S. cabinet visit"
  first, places last; a state named as the object of the person's own verb, as in
  "President X threatened Russia" or "called on Washington", is the other party and is
  skipped), confidence 0.7; else the dominant country of the other sentences (of
  states named as often, a state official takes the one the last sentences were
  about), confidence 0.5;
* a role word alone ("police", "the government", "protesters"): a country attached to
  it by a preposition ("police in Pakistan", 0.6) or naming its leader ("Hamas-led
  gunmen", 0.6); else, for state organs, the most
  salient state of this or the previous sentence (0.4); else the document's dominant
  country (0.3); international roles ("the international community") get none. Neither
  guess is a state the role word's own verb acts on ("The Senate voted to send arms to
  Egypt" is not Egypt's Senate).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventwire.actors.assemble import MODIFIER_DEPS, NounGroup, unit_root
from eventwire.actors.coref import History, dominant_country
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.matching import COUNTRY_KINDS, PEOPLE_KINDS, Unit
from eventwire.nlp.docindex import children, sentence_of, tokens_of
from eventwire.nlp.paragraphs import is_dateline

SENTENCE_COUNTRY_CONFIDENCE = 0.7
DOMINANT_COUNTRY_CONFIDENCE = 0.5
ONLY_COUNTRY_CONFIDENCE = 0.4
# A role word given only the story's dominant country (the last resort of for_role).
STORY_ROLE_CONFIDENCE = 0.3
STATELESS_SECTORS = frozenset({"IGO", "NGO"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Armed role words, whose state is where they act when their phrase names none.
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF"})
# Country words that name a place ("in Syria", "in Caracas", "in Idlib province").
PLACE_KINDS = frozenset({"country", "capital", "metonym", "region"})
# Organs that act at home: "police", "the courts", "parliament" belong to the story's
# country rather than to whichever state was named last.
DOMESTIC_SECTORS = frozenset({"COP", "JUD", "LEG"})
CIVIL_SECTORS = DOMESTIC_SECTORS | {"GOV"}
PARTY_SECTORS = frozenset({"PTY", "OPP"})
# Role words that name the state the story is about ("the authorities detained ...",
# "urged the authorities to release ...", "the soldiers fired on ..."), not whichever
# state was named last.
STORY_ROLE_WORDS = frozenset({"authority", "army", "military", "soldier", "troop"})
# How many mentions the dateline city's country is worth when finding the story's country,
# when the story names that country too.
DATELINE_WEIGHT = 3
# Country words that name a state as a party: "Russia", "Moscow", "Washington".
COUNTERPART_KINDS = frozenset({"country", "capital", "metonym"})
# Possessive pronouns on a role word that name its owner ("its forces", "her government").
OWNER_PRONOUNS = frozenset({"its", "his", "her"})
ATTACHED_PREPOSITIONS = frozenset({"in", "from", "of"})
# Participles of a hyphenated modifier that make a role word the named side's own:
# "Hamas-led gunmen", "army-run militias", "rebel-controlled".
SIDE_PARTICIPLES = frozenset({"lead", "led", "run", "command", "commanded"})
# Participles of a hyphenated modifier of a place that name the state running it: "a
# court in Russian-annexed Crimea" is Russia's, "police in Israeli-occupied" Israel's.
CONTROL_PARTICIPLES = frozenset({"annexed", "occupied", "controlled", "held", "run"})
# Prepositions of where an act happens ("arrested in Cairo"), not whom it is aimed at.
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside", "across",
                                   "around", "within", "throughout"})
PLACE_PREPOSITIONS = frozenset({"in", "to", "at", "from", "near", "into", "across", "around",
                                "inside", "outside", "toward", "towards", "through"})


def is_place(token: Token) -> bool:
    """Whether a token is the object of a place preposition ("in Abidjan")."""
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS


def _is_where(token: Token) -> bool:
    """Whether a token is the object of a preposition of where something is ("in Syria",
    not "into Iraq")."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


@dataclass
class CountryContext:
    """Country guesses from a document's country words.

    Attributes:
        claimed: starts of country units that belong to a titled person's or named
            group's phrase; they do not lend their country to other people.
        named: starts of country units in a phrase naming a person ("South African
            leader F.W. de Klerk"): the last resort of :meth:`for_person` skips them.
    """

    doc: Doc
    units: list[Unit]
    claimed: set[int]
    history: History
    named: set[int] = field(default_factory=set)
    countries: list[Unit] = field(init=False)
    dominant: str | None = field(init=False)
    story_keys: list[str] = field(init=False)
    sent_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.countries = [u for u in self.units if u.kind in COUNTRY_KINDS and u.key]
        self.sent_starts = [sent.start for sent in self.doc.sents]
        home = dateline_country(self.doc, self.history.kb)
        # A people several countries list ("Kurds") says nothing of the story's country,
        # nor does the dateline's own place ("NAIROBI, Kenya (AP) —"): where it was filed.
        filed = dateline_tokens(self.doc)
        keys = [u.key for u in self.countries
                if u.key and u.kind != "people" and u.start not in filed]
        # The dateline city's country weighs as the story's home when the story names it
        # too; else it was only filed there ("PARIS (Agency) - Iran's foreign minister
        # said ...") and the dateline only breaks a tie or stands in for no country.
        if home in keys:
            self.story_keys = [home] * DATELINE_WEIGHT + keys
        else:
            self.story_keys = keys + ([home] if home else [])
        self.dominant = dominant_country(self.story_keys)

    def for_person(self, index: int, sector: str | None = None) -> tuple[str | None, float]:
        """(country, confidence) for an unknown titled person whose head is ``index``
        and whose title has ``sector``."""
        sent = self.doc[index].sent
        own_verb = self.doc[index].head if self.doc[index].dep_ == "nsubj" else None
        based = self._based_in(index)
        near = [u for u in self.countries if sent.start <= u.start < sent.end
                and u.start not in self.claimed
                and not self._is_counterpart(u, own_verb, metonyms=True)
                and u.key not in based]
        if sector in PARTY_SECTORS and self.dominant and not any(
                unit_root(self.doc, u).dep_ in MODIFIER_DEPS for u in near):
            # "opposition leader X was freed ... after the premier fled to India":
            # party figures act at home, in the story's country, not in a place named
            return self.dominant, DOMINANT_COUNTRY_CONFIDENCE
        if near:
            best = min(near, key=lambda u: (
                unit_root(self.doc, u).dep_ not in MODIFIER_DEPS,
                is_place(unit_root(self.doc, u)), abs(u.start - index)))
            return best.key, SENTENCE_COUNTRY_CONFIDENCE
        elsewhere = [u.key for u in self.countries
                     if u.key and not sent.start <= u.start < sent.end and u.key not in based]
        if elsewhere:
            counts = Counter(elsewhere)
            if sector in STATE_SECTORS:
                # "Israeli jets struck Damascus, Syria's government said. The government
                # condemned ... Foreign Minister X called on ...": of the states the
                # story names most, an official with no country of his own speaks for
                # the one the last sentences were about (their subjects weigh most)
                number = bisect_right(self.sent_starts, index) - 1
                recent = self.history.salient_state(number, frozenset(based),
                                                    recent_only=True)
                if recent and counts[recent] == max(counts.values()):
                    return recent, DOMINANT_COUNTRY_CONFIDENCE
            return dominant_country(elsewhere), DOMINANT_COUNTRY_CONFIDENCE
        # Last resort: the one country the story names, even in another person's phrase
        # ("Judge X opened investigations against Chilean officials").
        only = {u.key for u in self.countries if u.key not in based
                and u.start not in self.named and not self._is_counterpart(u, own_verb)}
        if len(only) == 1:
            return only.pop(), ONLY_COUNTRY_CONFIDENCE
        if not only:
            # No country word at all: the one country of the named groups the story
            # deals with ("President X conceded to demands from UNITA" -> Angola).
            groups = self.history.kb.groups_by_id
            homes = {groups[u.key].country for u in self.units
                     if u.kind == "group" and u.key in groups and groups[u.key].country}
            if len(homes) == 1:
                return homes.pop(), ONLY_COUNTRY_CONFIDENCE
        return None, DOMINANT_COUNTRY_CONFIDENCE

    def for_people(self, homes: tuple[str, ...], index: int) -> tuple[str, float] | None:
        """(country, confidence) for a people several countries are home to ("Kurds"):
        the nearest home named in the sentence (as a place first), else the home the
        story names most."""
        if len(homes) == 1:
            return homes[0], 1.0
        named = [u for u in self.countries if u.key in homes and u.kind != "people"]
        sent = self.doc[index].sent
        near = [u for u in named if sent.start <= u.start < sent.end]
        if near:
            # where they are comes first: "Turkey shelled Kurdish positions in Syria" are
            # Syria's (not a destination: "militants crossed into Iraq")
            nearest = min(near, key=lambda u: (not _is_where(unit_root(self.doc, u)),
                                               abs(u.start - index)))
            return nearest.key or "", SENTENCE_COUNTRY_CONFIDENCE
        home = dominant_country([u.key for u in named if u.key])
        return (home, DOMINANT_COUNTRY_CONFIDENCE) if home else None

    def place_in_sentence(self, index: int, exclude: str | None) -> str | None:
        """Another country the sentence of ``index`` names, places ("in Serbia") first:
        where an ethnic minority named there lives."""
        sent = self.doc[index].sent
        near = [u for u in self.countries if sent.start <= u.start < sent.end
                and u.key != exclude and u.kind not in PEOPLE_KINDS]
        if not near:
            return None
        return min(near, key=lambda u: (not is_place(unit_root(self.doc, u)),
                                        abs(u.start - index))).key

    def _based_in(self, index: int) -> set[str]:
        """Countries an "X-based" modifier of the phrase ending at ``index`` names: "the
        U.S.-based cleric" lives in the U.S. and, as a rule, is not American (the
        phrase would say so), so neither the U.S. nor Washington is his country."""
        head = self.doc[index]
        kb = self.history.kb
        places = kb.memo("place-countries", lambda: {
            name: c.iso3 for c in kb.countries
            for name in (c.name, *c.names, c.capital or "") if name})
        based = set()
        for token in self.doc[head.left_edge.i:index]:
            if token.lower_.endswith("-based"):  # one token: "U.S.-based"
                words = [token.text[:-len("-based")]]
            elif token.lower_ == "based":
                words = [t.text for t in token.subtree if t.i < token.i and t.text != "-"]
            else:
                continue
            country = places.get(" ".join(words).removeprefix("the ").strip())
            if country:
                based.add(country)
        return based

    def _is_counterpart(self, unit: Unit, verb: Token | None, metonyms: bool = False) -> bool:
        """A bare state name under ``verb`` (the person's own verb): the other party;
        with ``metonyms`` a capital standing for its government counts too ("X called
        on Washington to ..."), unless it is where the act happens."""
        root = unit_root(self.doc, unit)
        kinds = COUNTERPART_KINDS if metonyms else COUNTERPART_KINDS - {"metonym"}
        if verb is None or unit.kind not in kinds or root.dep_ in MODIFIER_DEPS:
            return False
        if unit.kind == "metonym" and _is_where(root):
            return False  # "a curfew in Algiers": where, not whom
        return verb in root.ancestors

    def for_role(self, group: NounGroup, sentence: int) -> tuple[str | None, float]:
        """(country, confidence) for a role word without a country of its own."""
        if group.sector in STATELESS_SECTORS:
            return None, 0.3
        # "Turkey's ministry said its forces had killed ...": Turkey's; "its diplomats in
        # Ottawa" are not Canada's
        owner = self._pronoun_owner(group.anchor, sentence)
        if owner:
            return owner, 0.6
        attached = self.attached(group.anchor) or self._led_by(group.anchor)
        if attached:
            return attached, 0.6
        co_side = self._co_side(group.anchor)
        if co_side:
            return co_side, 0.5
        if self.dominant and any(u.sector in PARTY_SECTORS for u in group.of_kind("agent")):
            # "ruling party leaders", "opposition lawmakers": parties act at home, in the
            # story's country, not in the state named last
            return self.dominant, 0.4
        # "its jets struck positions in Lebanon": an owner named by a pronoun is no
        # stateless role word; the place they strike is not theirs
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON"
                    for c in children(self.doc[group.anchor]))
        place = None if owned else self._act_place(group.anchor)
        if place and group.sector in ARMED_SECTORS:
            return place, 0.5  # "the rebels attacked a base in Idlib": Syria's rebels
        fought = self._fought_by(group) if group.sector in ("REB", "UAF") else None
        if fought:
            return fought, 0.5  # "the junta has been battling rebel groups": its own
        region = self._region_in_sentence(group.anchor)
        if region and group.sector in STATE_SECTORS:
            return region, 0.5  # "... in the Kashmir valley, and troops were deployed"
        story_role = self.doc[group.anchor].lemma_.lower() in STORY_ROLE_WORDS
        if group.sector in CIVIL_SECTORS and not (story_role and self.dominant):
            # "Iraq's parliament called on the government to ...": organs that act only
            # at home (courts, police, parliaments) set the sentence in their state, for
            # its civil organs (not for forces, which may be foreign)
            homes = {a.country for e in self.history.entries
                     if e.sentence == sentence and not e.person
                     for a in e.mention.actors if a.sector in DOMESTIC_SECTORS and a.country}
            if len(homes) == 1:
                return homes.pop(), 0.5
        # "The Senate agreed to send aid to Egypt", "the administration said China must
        # ...": the state the role word acts on is the other party, not its own state.
        against = self._counterparts(group.anchor)
        if (group.sector in STATE_SECTORS and group.sector not in DOMESTIC_SECTORS
                and not (story_role and self.dominant)):
            state = self.history.salient_state(sentence, frozenset(against))
            if state:
                return state, 0.4
        if self.dominant in against:
            return (dominant_country([k for k in self.story_keys if k not in against]),
                    STORY_ROLE_CONFIDENCE)
        return self.dominant, STORY_ROLE_CONFIDENCE

    def _pronoun_owner(self, anchor: int, sentence: int) -> str | None:
        """The country of the actor an "its" on the role word refers to (the pronoun
        rules of :class:`History`), when it has exactly one; "his"/"her" stand for a
        person, whose state it is ("Sheinbaum ... her government" is Mexico's, not the
        state named last). ("their" is left out: a
        plural subject of the same clause, "Burkina Faso and Niger withdrew their
        envoys", is remembered only after the sentence.)"""
        pronoun = next((c for c in children(self.doc[anchor])
                        if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
        if pronoun is None:
            return None
        # like a subject pronoun it continues the main subject ("Pakistan has urged its
        # citizens"), not the last state named ("... in Iraq")
        countries = {a.country for a in self.history.pronoun(pronoun.lower_, sentence,
                                                             subject=True)}
        return countries.pop() if len(countries) == 1 else None

    def _counterparts(self, anchor: int) -> set[str]:
        """States named as arguments of the verb a subject role word governs (its
        objects, complements and clauses, not places where it acts: "in Cairo")."""
        token = self.doc[anchor]
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        return {u.key for u in self.countries if u.key and self._is_counterpart(u, token.head)
                and unit_root(self.doc, u).head.lower_ not in LOCATIVE_PREPOSITIONS}

    def _co_side(self, anchor: int) -> str | None:
        """The state of the other side of "between X and <role word>": "war between the
        country's army and a paramilitary force" is a war within that state."""
        token = self.doc[anchor]
        first = token.head
        if token.dep_ != "conj" or first.dep_ != "pobj" or first.head.lower_ != "between":
            return None
        for entry in reversed(self.history.entries):
            mention = entry.mention
            if mention.head == first.i and len(mention.actors) == 1:
                return mention.actors[0].country
        return None

    def _act_place(self, anchor: int) -> str | None:
        """The one state where a subject role word's act happens ("fired on protesters
        in Caracas", "fighting erupted in Khartoum between the army and ..."): the
        forces acting there are, as a rule, its own."""
        token = self.doc[anchor]
        if token.dep_ == "pobj" and token.head.lower_ == "between":
            token = token.head
        if token.dep_ not in ("nsubj", "nsubjpass", "prep"):
            return None
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        # places of this clause, not of a clause within it ("said they would ... in X")
        preps = [t for t in verb.subtree if t.dep_ == "prep"
                 and t.lower_ in LOCATIVE_PREPOSITIONS and next(
                     a for a in t.ancestors if a.pos_ in ("VERB", "AUX")) == verb]
        found = {u.key for u in self.countries if u.kind in PLACE_KINDS
                 and unit_root(self.doc, u).head in preps}
        return found.pop() if len(found) == 1 else None

    def _fought_by(self, group: NounGroup) -> str | None:
        """The state whose government or forces (the clause's subject) fight or act on
        the unnamed rebels that are the object: "the army attacked rebel positions",
        "the junta has been battling rebel groups" are that state's rebels, not the
        story's (or the dateline's) country."""
        token = self.doc[group.anchor]
        while token.dep_ in ("compound", "amod") and token.head.i != token.i:
            token = token.head
        if token.dep_ == "pobj":
            token = token.head
        if token.dep_ not in ("dobj", "obj", "prep"):
            return None
        verb = token.head
        subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        for entry in reversed(self.history.entries):
            mention = entry.mention
            if mention.start <= subject.i < mention.end and len(mention.actors) == 1:
                actor = mention.actors[0]
                if actor.country and actor.sector in ("GOV", "MIL"):
                    return actor.country
                return None
        return None

    def _region_in_sentence(self, anchor: int) -> str | None:
        """The country of the one region of a country (a province, a valley) that the
        sentence of ``anchor`` names: its state's forces are the ones acting there."""
        sent = sentence_of(self.doc[anchor])
        found = {u.key for u in self.countries
                 if u.kind == "region" and sent.start <= u.start < sent.end}
        return found.pop() if len(found) == 1 else None

    def attached(self, anchor: int) -> str | None:
        """A country in a phrase attached to the role word ("police in Pakistan")."""
        for child in children(self.doc[anchor]):
            if child.dep_ != "prep" or child.lower_ not in ATTACHED_PREPOSITIONS:
                continue
            controller = next((c for t in children(child) if t.dep_ == "pobj"
                               if (c := self._controller(t))), None)
            if controller:
                return controller
            for unit in self.countries:
                if any(t.head.i == child.i for t in self.doc[unit.start:unit.end]):
                    return unit.key
        return None

    def attached_all(self, anchor: int) -> list[str]:
        """Every country coordinated in the phrase attached to the role word: "troops
        from Iraq and Chad" are both states' troops."""
        for child in children(self.doc[anchor]):
            if child.dep_ != "prep" or child.lower_ not in ATTACHED_PREPOSITIONS:
                continue
            tokens = {t.i for o in children(child) if o.dep_ == "pobj"
                      for t in (o, *o.conjuncts)}
            keys = [u.key for u in self.countries
                    if u.key and unit_root(self.doc, u).i in tokens]
            if keys:
                return list(dict.fromkeys(keys))
        return []

    def _controller(self, place: Token) -> str | None:
        """The state an "X-annexed", "X-occupied" modifier of ``place`` names."""
        kb = self.history.kb
        words = kb.memo("state-words", lambda: {
            w: c.iso3 for c in kb.countries
            for w in (c.name, *c.names, *c.adjectives, c.capital) if w})
        for modifier in children(place):
            if modifier.dep_ != "amod" or modifier.lower_ not in CONTROL_PARTICIPLES:
                continue
            for leader in children(modifier):
                if leader.dep_ in ("npadvmod", "compound", "nmod", "amod") and leader.text in words:
                    return words[leader.text]
        return None


    def _led_by(self, anchor: int) -> str | None:
        """The side named in a hyphenated "X-led" modifier of the role word: "Hamas-led
        gunmen" are Hamas's, "Kurdish-led forces" Kurdish; not "X-backed" or "X-based"
        (supported by or located in X, another actor)."""
        for child in children(self.doc[anchor]):
            if child.dep_ != "amod" or child.lemma_.lower() not in SIDE_PARTICIPLES:
                continue
            for leader in children(child):
                if leader.dep_ not in ("npadvmod", "compound", "nmod", "amod"):
                    continue
                for unit in self.countries:
                    if unit.start <= leader.i < unit.end:
                        return unit.key
                for entry in reversed(self.history.entries):
                    mention = entry.mention
                    if mention.start <= leader.i < mention.end and mention.actors:
                        return mention.actors[0].country
        return None


def dateline_country(doc: Doc, kb: KnowledgeBase) -> str | None:
    """The country of the dateline city ("CARACAS, Aug 24 (Agency) —", "PARIS (Agency)
    -"), if the story has one: the first sentence of a paragraph that starts with an
    upper-case city name followed by a comma, or a dateline sentence of its own."""
    for sent in list(doc.sents)[:3]:
        words = [t for t in tokens_of(sent) if not t.is_space]
        end = next((i for i, t in enumerate(words[:5]) if t.text == ","), None)
        if end is None and is_dateline(sent):
            # the city ends at the agency's bracket or a spaced dash, not a hyphen inside
            # its name ("PORT-AU-PRINCE")
            end = next((i for i, t in enumerate(words)
                        if t.text == "(" or (t.is_punct and t.whitespace_)), None)
        if not end or not all(t.is_upper for t in words[:end] if t.is_alpha):
            continue
        city = " ".join(t.text for t in words[:end]).title()
        country = kb.country_of_capital(city)
        if country:
            return country
    return None


def dateline_tokens(doc: Doc) -> range:
    """Token positions of the story's dateline sentence ("NAIROBI, Kenya (AP) —"), if
    one of the first sentences is one."""
    for sent in list(doc.sents)[:3]:
        if is_dateline(sent):
            return range(sent.start, sent.end)
    return range(0)
