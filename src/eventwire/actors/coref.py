"""Discourse memory for actor resolution: aliases, pronouns and descriptions.

The resolver walks the document in order and records every mention it makes in a
:class:`History`. Later references look back through it:

* a bare surname of a person introduced earlier ("Raimondo" after "Commerce Secretary
  Gina Raimondo") -> the same actor, kind "alias";
* he/his/him -> the most recent person who is not known to be female, she/her -> not
  known to be male, its -> the most recent non-person singular actor, they/their/them ->
  the most recent plural mention (a coordinated pair, "the two countries", "Chinese
  troops") or, failing that, the most recent named group; looked up within the last
  three sentences; kind "pronoun", confidence 0.6;
* descriptions: "the two countries"/"both sides" -> the countries the current sentence
  named before it when exactly that many, else the last group of exactly that many named
  together (or so described) earlier in the story, else the most salient countries of
  the current and two previous sentences (see :meth:`History.pair_actors`); "the two
  leaders" -> the story's most salient people (:meth:`History.salient_people`); "the island"
  -> Taiwan once Taiwan was mentioned; "the mainland" -> China once China or Taiwan was
  mentioned; "the kingdom" -> the most recent monarchy; "the group"/"the movement" ->
  the most recent named group; "the organization" -> the most recent organisation; "the
  rebels", "the militants" (role words of sector REB, UAF) -> the most recent named
  group of that sector; "the country"/"the nation" (and "the government" without a
  country) -> the most salient country standing as a state in this or the previous
  sentence ("Poland", not "a Russian diplomat"; main-clause subjects weigh most); "the
  alliance" -> NATO once NATO was mentioned.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.mentions import ActorMention
from eventwire.records import Actor

PRONOUN_WINDOW = 3
# Entry weight of a clause subject (resolve.SUBJECT_WEIGHT), which a subject "it" prefers.
SUBJECT_SALIENCE = 1.5
PAIR_WINDOW = 2
# How many sentences back "the leaders" may look for the people they stand for.
PEOPLE_WINDOW = 3
PAIR_DECAY = 0.7
# Weight of a mention older than PAIR_WINDOW sentences in the salience of a pair.
STORY_WEIGHT = 0.15
MALE = frozenset({"he", "his", "him"})
FEMALE = frozenset({"she", "her"})
PLURAL = frozenset({"they", "their", "them"})
NEUTER = frozenset({"its", "it"})
PRONOUNS = MALE | FEMALE | PLURAL | NEUTER
# Heads of role phrases that stand for a whole state's government.
STATE_WORDS = frozenset({"government", "rulers", "junta", "regime", "authorities",
                         "administration", "leadership", "cabinet"})
COUNTRY_DESCRIPTIONS = frozenset({"island", "mainland", "kingdom", "country"})


@dataclass(frozen=True)
class Entry:
    """One remembered mention with what pronouns need to know about it."""

    mention: ActorMention
    sentence: int
    person: bool = False
    gender: str | None = None
    plural: bool = False
    weight: float = 1.0
    subject: bool = False  # the subject of its sentence's main clause
    filed: bool = False  # in the dateline ("ABUJA, Nigeria (Reuters) -"): no acting state


@dataclass
class History:
    """What the resolver has seen so far in one document."""

    kb: KnowledgeBase
    entries: list[Entry] = field(default_factory=list)
    surnames: dict[str, Actor] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    groups: dict[str, Actor] = field(default_factory=dict)
    people: set[str] = field(default_factory=set)

    def add(self, entry: Entry) -> None:
        """Remember a mention (and its countries, organisations, people)."""
        self.entries.append(entry)
        for actor in entry.mention.actors:
            if actor.country and entry.mention.kind != "pronoun":
                self.countries.append(actor.country)
            if (actor.country and not entry.person and actor.sector == "GOV"
                    and not entry.filed and _names_state(entry)):
                self.states.append(actor.country)
            if actor.org:
                self.orgs.append(actor.org)
            if actor.country and actor.kb_id in self.kb.groups_by_id and not entry.person:
                self.groups[actor.country] = actor
            if entry.person and actor.kb_id:
                self.people.add(actor.kb_id)

    def add_group(self, members: Sequence[Entry], subject: bool = False) -> None:
        """Remember coordinated mentions ("Japan and China", "the leaders of the United
        States, Japan and South Korea") as one plural antecedent; ``subject`` when they
        are one noun phrase that is a main-clause subject ("Japanese and South Korean
        officials met ...")."""
        first, last = members[0], members[-1]
        actors = tuple(a for m in members for a in m.mention.actors)
        group = ActorMention(first.mention.start, last.mention.end, last.mention.head, actors)
        self.entries.append(Entry(group, last.sentence, plural=True, weight=0.0,
                                  subject=subject))

    def introduce(self, name: str, actor: Actor) -> None:
        """Let later surname-only mentions of ``name`` resolve to ``actor``.

        Both the last and the first part of the name are registered (family names
        come first in "Mao Ning", "Kim Jong Un"); a first part never displaces an
        earlier registration.
        """
        parts = [p for p in name.replace("-", " ").split() if len(p) > 1]
        if parts:
            self.surnames[parts[-1]] = actor
            self.surnames.setdefault(parts[0], actor)
        self.surnames[name] = actor

    def alias(self, text: str) -> Actor | None:
        """The actor introduced earlier under this surname or full name."""
        return self.surnames.get(text) or self.surnames.get(text.split()[-1])

    def pronoun(self, word: str, sentence: int, exclude: frozenset[tuple] = frozenset(),
                subject: bool = False) -> tuple[Actor, ...]:
        """The antecedent actors of a pronoun, or () when none fits.

        ``exclude`` holds actors (:func:`actor_identity`) the pronoun cannot refer to:
        the subject of its own clause, for an object pronoun ("Saudi Arabia ... accusing
        it" is not Saudi Arabia; a non-reflexive object is not bound by its own subject).
        """
        word = word.lower()
        recent = [e for e in reversed(self.entries)
                  if sentence - e.sentence <= PRONOUN_WINDOW
                  and not (exclude and {actor_identity(a) for a in e.mention.actors}
                           & exclude)]
        if subject and word in NEUTER:
            # A subject "it" continues the subject of this or the last sentence ("The
            # Commission said the vote was an internal matter for Spain, but it urged
            # ..."), not the last thing named.
            for entry in recent:
                if (sentence - entry.sentence <= 1 and entry.weight >= SUBJECT_SALIENCE
                        and self._fits(word, entry)):
                    return entry.mention.actors
        if subject and word in MALE | FEMALE:
            # Likewise a subject "he" continues the person who was the main subject of
            # this or the last sentence ("Maduro ... called Duque a 'devil'. He denies
            # ..."), not the last person named.
            for entry in recent:
                if (sentence - entry.sentence <= 1 and entry.subject
                        and self._fits(word, entry)):
                    return entry.mention.actors
        if subject and word in PLURAL:
            # A subject "they" continues a plural main-clause subject of this or the
            # last sentence ("The two ministers reaffirmed ... beyond Israel and Gaza.
            # She said they discussed ..."), not the pair named last.
            for entry in recent:
                if (sentence - entry.sentence <= 1 and entry.subject
                        and self._fits(word, entry)):
                    return entry.mention.actors
        for entry in recent:
            if self._fits(word, entry):
                return entry.mention.actors
        if word in PLURAL:
            for entry in recent:
                if not entry.person and entry.mention.actors[0].kb_id:
                    return entry.mention.actors
        return ()

    @staticmethod
    def _fits(word: str, entry: Entry) -> bool:
        if word in MALE:
            return entry.person and entry.gender != "f"
        if word in FEMALE:
            return entry.person and entry.gender != "m"
        if word in PLURAL:
            return entry.plural
        return not entry.person and not entry.plural

    def recent_named(self, kind: str, sector: str | None = None) -> Actor | None:
        """The most recent KB group (kind "group") or organisation (kind "org")."""
        for entry in reversed(self.entries):
            for actor in entry.mention.actors:
                if entry.person or entry.mention.kind == "pronoun":
                    continue
                if kind == "org" and actor.org:
                    return actor
                if (kind == "group" and actor.kb_id in self.kb.groups_by_id
                        and (sector is None or actor.sector == sector)):
                    return actor
        return None

    def recent_people(self, sentence: int) -> list[Actor]:
        """People of this and the previous sentence, one per country, in order: what
        "the leaders" or "the ministers" refer to."""
        found: dict[str, Actor] = {}
        # Widen the look-back until several people are found: "Biden hosted Kishida and
        # Yoon ... (a sentence on the venue) ... The leaders condemned ...".
        for reach in range(1, PEOPLE_WINDOW + 1):
            found = {}
            for entry in self.entries:
                if entry.person and sentence - reach <= entry.sentence <= sentence:
                    for actor in entry.mention.actors:
                        if actor.country:
                            found.setdefault(actor.country, actor)
            if len(found) > 1:
                break
        return list(found.values())

    def salient_people(self, sentence: int, count: int) -> list[Actor]:
        """The ``count`` most salient people of the story so far, one per country, in
        order of first mention: who "the two leaders" are when the sentences just
        before name none ("Xi ... Macron ... (three sentences on trade) ... The two
        leaders ..."). Empty unless that many are found."""
        scores: dict[str, float] = {}
        first: dict[str, int] = {}
        people: dict[str, Actor] = {}
        for order, entry in enumerate(self.entries):
            distance = sentence - entry.sentence
            if not entry.person or distance < 0:
                continue
            weight = PAIR_DECAY ** distance if distance <= PAIR_WINDOW else STORY_WEIGHT
            for actor in entry.mention.actors:
                if actor.country:
                    key = actor.kb_id or actor.name
                    scores[key] = scores.get(key, 0.0) + weight
                    first.setdefault(key, order)
                    people[key] = actor
        best: dict[str, str] = {}  # country -> its most salient person
        for key, actor in people.items():
            held = best.get(actor.country or "")
            if held is None or scores[key] > scores[held]:
                best[actor.country or ""] = key
        ranked = sorted(best.values(), key=scores.__getitem__, reverse=True)[:count]
        if len(ranked) < count:
            return []
        return [people[key] for key in sorted(ranked, key=first.__getitem__)]

    def recent_countries(self, count: int) -> list[str]:
        """Up to ``count`` distinct countries, most recent first."""
        found: list[str] = []
        for iso3 in reversed(self.countries):
            if iso3 not in found:
                found.append(iso3)
            if len(found) == count:
                break
        return found

    def salient_state(self, sentence: int, exclude: frozenset[str] = frozenset(),
                      recent_only: bool = False) -> str | None:
        """The country standing as a state with the most salience in the current and
        previous sentence (main-clause subjects weigh most), else (unless
        ``recent_only``) the most recent one; never one of ``exclude``."""
        scores: dict[str, float] = {}
        for order, entry in enumerate(self.entries):
            distance = sentence - entry.sentence
            if distance > 1 or entry.person or entry.filed or not _names_state(entry):
                continue
            for actor in entry.mention.actors:
                if actor.country and actor.sector == "GOV" and actor.country not in exclude:
                    scores[actor.country] = (scores.get(actor.country, 0.0)
                                             + entry.weight * PAIR_DECAY ** distance
                                             + order * 1e-6)
        if scores:
            return max(scores, key=lambda c: scores[c])
        if recent_only:
            return None
        recent = [c for c in self.states[-1:] or self.recent_countries(1) if c not in exclude]
        return recent[0] if recent else None

    def pair_actors(self, sentence: int, count: int = 2,
                    exclude: frozenset[str] = frozenset(),
                    opposed: list[str] | None = None,
                    opposed_first: bool = False) -> list[tuple[str, Actor | None]]:
        """The two (or ``count``) countries a counted description stands for, in order of
        mention: a group named as such (:meth:`named_group`), else the most salient
        countries of the last sentences.

        Salience sums entry weights (people and subjects count more than places),
        decayed by sentence distance, over the current and two previous sentences;
        ties go to the more recent. ``opposed``, the two sides the story sets against
        each other, comes before salience (and before the named group when
        ``opposed_first``: mediators named last are no "sides"). Each country comes with
        the named group that stood for it when one did (Hamas in "Israel and Hamas ... both sides").
        """
        scores: dict[str, float] = {}
        first: dict[str, int] = {}
        last: dict[str, int] = {}
        for order, entry in enumerate(self.entries):
            distance = sentence - entry.sentence
            if entry.weight == 0:
                continue
            # Recent mentions weigh most; the story's earlier ones still count a little.
            weight = entry.weight * (PAIR_DECAY ** distance if distance <= PAIR_WINDOW
                                     else STORY_WEIGHT)
            for code in {a.country for a in entry.mention.actors
                         if a.country and a.country not in exclude}:
                scores[code] = scores.get(code, 0.0) + weight
                first.setdefault(code, order)
                last[code] = order
        ranked = sorted(scores, key=lambda c: (scores[c], last[c]), reverse=True)
        named = ((opposed_first and opposed) or self.named_group(sentence, count, exclude)
                 or opposed)
        if named:
            ranked = named
        if len(ranked) >= count:
            pair = ranked[:count]
        else:
            recent = self.recent_countries(count + len(exclude))
            pair = list(reversed([c for c in recent if c not in exclude][:count]))
        if len(pair) < count:
            return []
        pair.sort(key=lambda c: first.get(c, 0))
        return [(iso3, self.groups.get(iso3)) for iso3 in pair]

    def named_group(self, sentence: int, count: int,
                    exclude: frozenset[str] = frozenset()) -> list[str] | None:
        """The countries of the latest plural mention of exactly ``count`` countries in
        the story ("the United States, Japan and South Korea", or an earlier "the three
        countries"): what a later "the three countries" stands for, however much the
        sentences between say about others."""
        here = list(dict.fromkeys(a.country for e in self.entries if e.sentence == sentence
                                  for a in e.mention.actors
                                  if a.country and a.country not in exclude))
        if len(here) == count:  # "the US and Britain will help Australia ..., and the
            return here         # three countries will share ..."
        for entry in reversed(self.entries):
            if entry.sentence > sentence or not entry.plural:
                continue
            codes = list(dict.fromkeys(a.country for a in entry.mention.actors if a.country))
            if len(codes) == count and not set(codes) & exclude:
                return codes
        return None

    def describe(self, kind: str, sentence: int = 0) -> tuple[list[str], str | None]:
        """Resolve a description type to (countries, org)."""
        if kind == "country":
            state = self.salient_state(sentence)
            return ([state] if state else []), None
        if kind == "island":
            return (["TWN"] if "TWN" in self.countries else []), None
        if kind == "mainland":
            seen = {"TWN", "CHN"} & set(self.countries)
            return (["CHN"] if seen else []), None
        if kind == "alliance":
            return [], ("NATO" if "NATO" in self.orgs else None)
        if kind == "kingdom":
            return self._monarchy(), None
        return [], None

    def _monarchy(self) -> list[str]:
        for iso3 in reversed(self.countries):
            country = self.kb.countries_by_iso3.get(iso3)
            if country and (country.monarchy or any(
                    "Kingdom" in n for n in (country.name, *country.names))):
                return [iso3]
        return []


def _names_state(entry: Entry) -> bool:
    """Whether a mention stands for a state: a name or description, or a role word for
    a whole government ("Niger's military rulers", and "the interim government" with
    the state it was resolved to, which a later "the country" or official continues)."""
    mention = entry.mention
    if mention.kind in ("name", "description"):
        return True
    # a whole government ("Syria's interim government"), not one of its offices ("the
    # U.S. Treasury", "the French ambassador"): it stands for the state
    words = mention.actors[0].text.lower().split() if len(mention.actors) == 1 else []
    return mention.kind == "title" and bool(words) and words[-1] in STATE_WORDS


def actor_identity(actor: Actor) -> tuple:
    """What makes two mentions the same actor: the army and the president of one
    country are two actors."""
    return (actor.code, actor.sector, actor.kb_id or actor.name)


def dominant_country(codes: list[str]) -> str | None:
    """The most frequent country code (first seen wins ties), or None."""
    if not codes:
        return None
    counts = Counter(codes)
    best = max(counts.values())
    return next(c for c in codes if counts[c] == best)
