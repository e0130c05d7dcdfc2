"""Find the building blocks of actor mentions in a Doc: KB names, agent words, candidates.

A :class:`Unit` is a short token span with what it contributes to an actor: a country
(name, adjective, capital, metonym), an organisation, a group, a known person, an agent
word ("foreign minister", "troops", "former"), an unknown proper-name run (a possible
person), or a description ("the two countries", "the island") that coreference
resolves later. :mod:`eventwire.actors.resolve` assembles units into mentions.

Matching rules:
    * Names, aliases, adjectives, capitals and metonyms match case-sensitively (token
      text), so "US" is not "us" and a surname the NER model calls GPE still matches.
    * Agent words match case-insensitively, singular or plural.
    * Overlaps: the longest span wins; on equal length, the more specific kind.
    * A leading "the" is not part of any pattern; the resolver adds it to the span.
    * A country or group word followed by "-backed", "-based", "-made" ... is a
      modifier, not an actor, and yields no unit.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from eventwire.actors.kb import NAMESAKE_PREFIX, KnowledgeBase, Namesake, bare_surnames
from eventwire.nlp.docindex import sentence_of, tokens_of

# Places whose names contain a country's name or adjective but stand for no actor.
GEOGRAPHIC_FEATURES = (
    "South China Sea", "East China Sea", "Sea of Japan", "Indian Ocean", "Arabian Sea",
    "Persian Gulf", "Gulf of Mexico", "Gulf of Oman", "Gulf of Aden", "Sea of Azov",
    "Arabian Peninsula", "Korean Peninsula", "Indian subcontinent", "Taiwan Strait",
    "New Mexico", "New South Wales", "New England", "Irish Sea", "English Channel",
    "Philippine Sea", "Yellow Sea", "Caspian Sea", "Black Sea", "Red Sea",
)
# Lower rank wins among equally long overlapping matches.
RANK = MappingProxyType({
    "feature": -1, "person": 0, "group": 1, "org": 2, "country": 3, "metonym": 4, "capital": 5,
    "region": 5, "group_adj": 6, "adjective": 7, "demonym": 8, "people": 8, "agent": 9,
    "surname": 10,
})
COUNTRY_KINDS = frozenset({"country", "capital", "metonym", "adjective", "demonym", "region",
                           "people"})
# Kinds that name people by nationality or ethnicity ("Albanians", "Kurds", "Tamil").
PEOPLE_KINDS = frozenset({"demonym", "people"})
NOT_ACTOR_SUFFIXES = frozenset({
    "backed", "based", "made", "built", "funded", "sponsored", "supported", "aligned",
    "allied", "born", "controlled", "held", "occupied", "annexed", "owned", "linked",
    "friendly", "bound", "style", "flagged",
})
SKIP_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
                       "QUANTITY", "LANGUAGE", "LAW", "WORK_OF_ART", "EVENT"})
PAIR_NOUNS = frozenset({"countries", "nations", "sides", "governments", "leaders",
                        "neighbors", "neighbours", "allies", "states", "powers"})
# Counted descriptions beyond two: "the three countries" -> the three most salient.
COUNT_WORDS = MappingProxyType({"three": 3, "four": 4})
# Descriptions of the sides of a conflict: "all sides", "the warring parties".
SIDE_NOUNS = frozenset({"sides", "parties", "factions"})
# Heads of names that a capital begins without standing for its government.
GROUPING_NAME_WORDS = frozenset({"group", "club", "process", "format", "protocol", "accord",
                                 "accords", "agreement", "agreements", "declaration",
                                 "convention", "consensus"})
SIDE_OPENERS = frozenset({"all", "warring"})
SINGLE_DESCRIPTIONS = MappingProxyType({
    "island": "island", "mainland": "mainland", "kingdom": "kingdom", "country": "country",
    "nation": "country", "alliance": "alliance", "allies": "pair", "group": "group",
    "movement": "group", "organization": "org", "organisation": "org",
    # "the agency" after "the IAEA", "the bloc" after "the EU": the organisation named last.
    "agency": "org", "watchdog": "org", "bloc": "org",
})


@dataclass(frozen=True)
class Unit:
    """A matched token span [start, end) and what it says about an actor.

    ``kind`` is one of RANK's keys, "candidate" (an unknown proper-name run) or
    "description" (``name`` then holds the description type: pair, island, ...).
    For agents, ``name`` is the agent kind (title, group, both, modifier).
    """

    start: int
    end: int
    kind: str
    key: str | None = None
    sector: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class _Pattern:
    kind: str
    key: str | None
    sector: str | None = None
    name: str | None = None


def _strip_the(text: str) -> str:
    text = text.strip()
    return text[4:] if text.lower().startswith("the ") else text


def plural(phrase: str) -> str:
    """A regular English plural of a phrase's last word ("minister" -> "ministers")."""
    if phrase.endswith(("s", "sh", "ch", "x")):
        return phrase + "es" if not phrase.endswith("s") else phrase
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    if phrase.endswith("man"):
        return phrase[:-3] + "men"
    return phrase + "s"


def _name_patterns(kb: KnowledgeBase) -> list[tuple[str, _Pattern]]:
    """(surface text, pattern) for every case-sensitive KB form."""
    out: list[tuple[str, _Pattern]] = []
    for c in kb.countries:
        out += [(n, _Pattern("country", c.iso3)) for n in (c.name, *c.names)]
        out += [(a, _Pattern("adjective", c.iso3)) for a in c.adjectives]
        out += [(a + "s", _Pattern("demonym", c.iso3, "CVL")) for a in c.adjectives
                if a.endswith(("an", "i"))]
        out += [(d, _Pattern("demonym", c.iso3, "CVL")) for d in c.demonyms]
        if c.capital:
            out.append((c.capital, _Pattern("capital", c.iso3)))
        out += [(m, _Pattern("metonym", c.iso3, s)) for m, s in c.metonyms]
        out += [(r, _Pattern("region", c.iso3)) for r in c.regions]
        # A people several countries list matches once per home; the resolver chooses.
        out += [(p, _Pattern("people", c.iso3, "CVL", p)) for p in c.peoples]
    for o in kb.organisations:
        out += [(n, _Pattern("org", o.code, o.sector)) for n in (o.name, *o.names)]
    for g in kb.groups:
        out += [(n, _Pattern("group", g.id, g.sector)) for n in (g.name, *g.names)]
        out += [(a, _Pattern("group_adj", g.id, g.sector)) for a in g.adjectives]
    out += [(f, _Pattern("feature", f)) for f in GEOGRAPHIC_FEATURES]
    for p in kb.people:
        out += [(n, _Pattern("person", p.id)) for n in (p.name, *p.aliases)]
    surnames = bare_surnames(kb.people)
    taken = {f for p in kb.people for f in (p.name, *p.aliases)} | set(surnames)
    for p in kb.people:
        # A surname spelled another way keeps the given name: "Volodymyr Zelenskiy"
        # for "Volodymyr Zelensky" with the alias "Zelenskiy".
        *given, surname = p.name.split()
        out += [(full, _Pattern("person", p.id)) for a in p.aliases
                if given and " " not in a and a != surname and a[:4] == surname[:4]
                and (full := " ".join([*given, a])) not in taken]
    for surname, holders in surnames.items():
        key = holders[0].id if len(holders) == 1 else NAMESAKE_PREFIX + surname
        out.append((surname, _Pattern("surname", key)))
        plain = ascii_fold(surname)
        if plain != surname and plain not in taken:  # "Guzman" for "Guzmán"
            out.append((plain, _Pattern("surname", key)))
    return out


def ascii_fold(text: str) -> str:
    """``text`` without accents ("Guzmán" -> "Guzman"), as English copy often writes it."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _agent_patterns(kb: KnowledgeBase) -> list[tuple[str, _Pattern]]:
    out: list[tuple[str, _Pattern]] = []
    for a in kb.agents:
        pattern = _Pattern("agent", a.phrase.lower(), a.sector, a.kind)
        forms = {a.phrase.lower(), plural(a.phrase.lower())}
        out += [(form, pattern) for form in forms]
    return out


class UnitMatcher:
    """Phrase matchers over one vocabulary for one knowledge base."""

    def __init__(self, kb: KnowledgeBase, vocab: Vocab) -> None:
        self.vocab = vocab
        self.tokenizer = spacy.blank("en", vocab=vocab).tokenizer
        self.payloads: dict[int, _Pattern] = {}
        self.names = self._build(_name_patterns(kb), "ORTH")
        self.agents = self._build(_agent_patterns(kb), "LOWER")

    @classmethod
    def for_doc(cls, kb: KnowledgeBase, doc: Doc) -> UnitMatcher:
        """The matcher for ``doc``'s vocabulary, built once per knowledge base."""
        key = ("unit-matcher", id(doc.vocab))
        matcher: UnitMatcher = kb.memo(key, lambda: cls(kb, doc.vocab))
        return matcher

    def _build(self, patterns: list[tuple[str, _Pattern]], attr: str) -> PhraseMatcher:
        matcher = PhraseMatcher(self.vocab, attr=attr)
        seen: set[tuple[str, _Pattern]] = set()
        for text, payload in patterns:
            text = _strip_the(text)
            if not text or (text, payload) in seen:
                continue
            seen.add((text, payload))
            label = f"{payload.kind}|{payload.key}|{payload.sector}|{payload.name}"
            match_id = self.vocab.strings.add(label)
            self.payloads[match_id] = payload
            matcher.add(label, [self.tokenizer(text)])
        return matcher

    def matches(self, doc: Doc) -> list[Unit]:
        """All KB and agent units, before overlap resolution."""
        found = []
        for matcher in (self.names, self.agents):
            for match_id, start, end in matcher(doc):
                p = self.payloads[match_id]
                found.append(Unit(start, end, p.kind, p.key, p.sector, p.name))
        return found


def _is_modifier_only(doc: Doc, unit: Unit) -> bool:
    """"Iranian-backed", "London-based", "anti-American": the name qualifies something
    else.

    An agent word used as an adjective ("military assertiveness") is no agent either.
    """
    if unit.kind == "agent":
        if unit.name == "modifier":
            return False
        last = doc[unit.end - 1]
        return last.pos_ == "ADJ" and last.dep_ == "amod"
    before = [t.lower_ for t in doc[max(unit.start - 2, 0):unit.start]]
    if before[-1:] in (["anti-"], ["pro-"]) or before in (["anti", "-"], ["pro", "-"]):
        return True  # "anti-Syria journalist", "pro-Tibet demonstrators": a stance
    if unit.end >= len(doc):
        return False
    nxt = doc[unit.end]
    if nxt.text in ("-", "–") and unit.end + 1 < len(doc):
        return doc[unit.end + 1].lower_ in NOT_ACTOR_SUFFIXES
    return False


def edit_distance(a: str, b: str) -> int:
    """Edits between two words: insertions, deletions, substitutions and swaps of two
    neighbouring letters ("Isreal") count one each."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


# Courtesy titles before a name, which say nothing of the given name ("Dr al-Maliki").
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam"})


def _same_given_name(word: str, names: set[str]) -> bool:
    """Whether ``word`` is one of ``names`` or a spelling of one ("Riad", "Riyad")."""
    word = ascii_fold(word).lower()
    return any(word == n or (word[:1] == n[:1] and edit_distance(word, n) <= 2)
               for n in names)


def _other_given_name(doc: Doc, unit: Unit, kb: KnowledgeBase,
                      agent_tokens: set[int]) -> bool:
    """A person's surname-only alias after other given names: "Nouri al-Maliki" is
    not Riyad al-Maliki, whose alias "al-Maliki" matched (the NER model reads the
    given name and the alias as one person); "Omar Hassan al-Bashir" is Omar al-Bashir."""
    person = kb.people_by_id.get(unit.key or "")
    if person is None or person.name.split()[0] in doc[unit.start:unit.end].text.split():
        return False  # the match gives the given name itself
    given = []
    i = unit.start - 1
    while (i >= 0 and i not in agent_tokens and doc[i].is_alpha and doc[i].text[0].isupper()
           and doc[i].lower_ not in COURTESY_TITLES
           and doc[i].ent_type_ == "PERSON" and doc[i].sent.start == doc[unit.start].sent.start):
        given.append(doc[i].text)
        i -= 1
    if not given or doc[unit.start].ent_type_ != "PERSON":
        return False
    names = {ascii_fold(w).lower() for n in (person.name, *person.aliases) for w in n.split()}
    return not any(_same_given_name(word, names) for word in given)


def _is_false_name(doc: Doc, unit: Unit, agent_tokens: set[int],
                   kb: KnowledgeBase | None = None) -> bool:
    """A person name that is not that person here.

    A one-word name is a date or no proper noun ("in May"), or part of a longer name: a
    proper-noun neighbour that is no role word ("Ahmed" in "Ahmed Ben Bella" is not Abiy
    Ahmed). A longer one is an alias after a different given name
    (:func:`_other_given_name`).
    """
    if unit.kind == "person" and unit.end - unit.start > 1 and kb is not None:
        return _other_given_name(doc, unit, kb, agent_tokens)
    if unit.kind not in ("person", "surname") or unit.end - unit.start > 1:
        return False
    token = doc[unit.start]
    if token.ent_type_ in SKIP_ENTS or token.pos_ not in ("PROPN", "NOUN", "X", ""):
        return True
    if (unit.start >= 2 and unit.end < len(doc) and doc[unit.start - 1].text == "("
            and doc[unit.end].text == ")" and doc[unit.start - 2].pos_ == "PROPN"):
        return True  # "the Miners Federation (AKK)": initials that abbreviate the name
    neighbours = [doc[i] for i in (unit.start - 1, unit.start + 1) if 0 <= i < len(doc)]
    return any(n.pos_ == "PROPN" and n.i not in agent_tokens and n.ent_type_ not in SKIP_ENTS
               and sentence_of(n).start == sentence_of(token).start for n in neighbours)


def _is_title_case(sentence: Span) -> bool:
    """A headline in Title Case, where capitals say nothing about names."""
    words = [t for t in tokens_of(sentence) if t.is_alpha]
    return len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.6 * len(words)


def _is_hyphenated(doc: Doc, unit: Unit) -> bool:
    """"Díaz" in "Díaz-Canel": a surname joined by a hyphen to another name part."""
    before = unit.start >= 2 and doc[unit.start - 1].text == "-" and not (
        doc[unit.start - 2].whitespace_ or doc[unit.start - 1].whitespace_)
    after = (unit.end + 1 < len(doc) and doc[unit.end].text == "-"
             and not doc[unit.end - 1].whitespace_ and not doc[unit.end].whitespace_)
    return before or after


def _in_longer_name(doc: Doc, unit: Unit, covered: set[int]) -> bool:
    """A bare surname inside a longer run of capitalised words that no other unit
    explains: "Guardia" in "Guardia Civil officers", "Young" in "Young Pioneers"."""
    token = doc[unit.start]
    sentence = token.sent
    if _is_hyphenated(doc, unit):
        return True
    if _is_title_case(sentence):
        return False
    for i in (unit.start - 1, unit.end):
        if not sentence.start <= i < sentence.end or i in covered:
            continue
        n = doc[i]
        if n.ent_type_ in SKIP_ENTS or not n.is_alpha or not n.text[0].isupper():
            continue
        if n.pos_ == "PROPN" or i != sentence.start:
            return True
    return False


def _earlier_other_name(doc: Doc, unit: Unit, covered: set[int]) -> bool:
    """Whether the article named someone else with this surname before ("Stephen
    Miller ... Miller said"): a capitalised word, no KB name, directly before the same
    surname earlier on."""
    surname = ascii_fold(doc[unit.start].text)
    for tok in doc[:unit.start]:
        if ascii_fold(tok.text) != surname or tok.i in covered or tok.i == 0:
            continue
        prev = doc[tok.i - 1]
        if (prev.is_alpha and prev.text[0].isupper() and prev.i not in covered
                and prev.sent.start == tok.sent.start):
            return True
    return False


# Prepositions after which a lone capitalised word is a place, not a person: "in Bergen",
# "near Guerrero" (but "in Putin's Russia").
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "across"})


def _after_place_preposition(doc: Doc, unit: Unit) -> bool:
    before = doc[unit.start - 1] if unit.start > 0 else None
    after = doc[unit.end] if unit.end < len(doc) else None
    return (before is not None and before.lower_ in PLACE_PREPOSITIONS
            and not (after is not None and after.tag_ == "POS"))


def _bare_surname(doc: Doc, unit: Unit, people: list[Unit], covered: set[int],
                  kb: KnowledgeBase, published: date | None,
                  named: frozenset[str] = frozenset()) -> Unit | None:
    """A bare-surname unit resolved to one person, or None when it names nobody known.

    In order: a surname inside a longer capitalised name or after "in" is no surname; one whose
    holder was named in full (or by alias) earlier in the article is that person (the
    latest such); one after an earlier, different full name ("Stephen Miller") is left
    to the resolver's article memory; a shared surname ("Silva") stays a
    :class:`~eventwire.actors.kb.Namesake`, which codes the person in office on the
    story's date, or, when ``published`` is given, becomes that person here (of several
    in office, the one of a country or organisation the story names, ``named``).
    """
    if _in_longer_name(doc, unit, covered) or _after_place_preposition(doc, unit):
        return None
    namesake = kb.namesakes.get(unit.key or "")
    holders = {p.id for p in namesake.candidates} if namesake else {unit.key}
    earlier = [u for u in people if u.end <= unit.start and u.key in holders]
    if earlier:
        return replace(unit, key=earlier[-1].key)
    if _earlier_other_name(doc, unit, covered):
        return None
    if isinstance(namesake, Namesake) and published is not None:
        person = namesake.holder_on(published, named)
        return replace(unit, key=person.id) if person else None
    return unit


def _select(units: list[Unit]) -> list[Unit]:
    """Longest match wins; ties go to the lower RANK; result sorted by start."""
    ordered = sorted(units, key=lambda u: (u.start - u.end, RANK.get(u.kind, 99), u.start))
    taken: set[int] = set()
    chosen = []
    for unit in ordered:
        span = set(range(unit.start, unit.end))
        if span & taken:
            continue
        taken |= span
        chosen.append(unit)
    return sorted(chosen, key=lambda u: u.start)


def _is_name_token(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ not in SKIP_ENTS and token.is_alpha


def candidate_units(doc: Doc, covered: set[int]) -> list[Unit]:
    """Runs of uncovered proper nouns (hyphens inside allowed): possible person names."""
    runs: list[Unit] = []
    i = 0
    while i < len(doc):
        if i in covered or not _is_name_token(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in covered:
            if _is_name_token(doc[j]) and sentence_of(doc[j]).start == sentence_of(doc[i]).start:
                j += 1
            elif (doc[j].text == "-" and j + 1 < len(doc) and j + 1 not in covered
                  and _is_name_token(doc[j + 1]) and not doc[j].whitespace_):
                j += 2
            else:
                break
        runs.append(Unit(i, j, "candidate", name=doc[i:j].text))
        i = j
    return runs


def _counts_two(tok: Token, nxt: Token) -> bool:
    """"the two foreign ministers", "both defence chiefs": a pair if a role word follows
    (the resolver checks the role word)."""
    if tok.lower_ == "the" and nxt.lower_ != "two":
        return False
    counted = nxt if tok.lower_ == "the" else tok
    return counted.head.tag_ in ("NNS", "NNPS") and counted.head.i > counted.i


def description_units(doc: Doc, covered: set[int]) -> list[Unit]:
    """"the two countries", "both sides", "the island", "the country" ..."""
    found = []
    for tok in tokens_of(doc):
        if tok.lower_ in SIDE_OPENERS and tok.i + 1 < len(doc) and (
                tok.i == 0 or doc[tok.i - 1].lower_ != "the") and (
                doc[tok.i + 1].lower_ in SIDE_NOUNS):  # "urged all sides", "warring parties"
            found.append(Unit(tok.i, tok.i + 2, "description", name="pair"))
            continue
        if tok.lower_ not in ("the", "both") or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        if tok.lower_ == "both" and nxt.lower_ in PAIR_NOUNS | SIDE_NOUNS:
            found.append(Unit(tok.i, tok.i + 2, "description", name="pair"))
        elif (nxt.lower_ in COUNT_WORDS and tok.lower_ == "the" and tok.i + 2 < len(doc)
              and doc[tok.i + 2].lower_ in PAIR_NOUNS):
            found.append(Unit(tok.i, tok.i + 3, "description", name="pair",
                              key=str(COUNT_WORDS[nxt.lower_])))
        elif (nxt.lower_ in SIDE_OPENERS and tok.i + 2 < len(doc)
              and doc[tok.i + 2].lower_ in SIDE_NOUNS):
            found.append(Unit(tok.i, tok.i + 3, "description", name="pair"))
        elif nxt.lower_ == "two" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in PAIR_NOUNS:
            found.append(Unit(tok.i, tok.i + 3, "description", name="pair"))
        elif (tok.lower_ == "the" and nxt.lower_ == "militant" and tok.i + 2 < len(doc)
              and doc[tok.i + 2].lower_ == "group"):
            found.append(Unit(tok.i, tok.i + 3, "description", name="group"))
        elif tok.lower_ == "the" and nxt.lower_ in SINGLE_DESCRIPTIONS:
            found.append(Unit(tok.i, tok.i + 2, "description",
                              name=SINGLE_DESCRIPTIONS[nxt.lower_]))
        elif _counts_two(tok, nxt):
            end = tok.i + (2 if tok.lower_ == "the" else 1)
            found.append(Unit(tok.i, end, "description", name="pair_agent"))
    return [u for u in found if not set(range(u.start, u.end)) & covered]


def _city_modifiers(doc: Doc, chosen: list[Unit], covered: set[int],
                    kb: KnowledgeBase) -> list[Unit]:
    """A city the KB does not list, named right before a role word, says whose the
    person is, as a capital would: "a Toronto businessman", "two Mumbai residents"."""
    found = []
    for agent in (u for u in chosen if u.kind == "agent"):
        head = doc[agent.end - 1]
        for child in head.children:
            if (child.dep_ != "compound" or child.i >= agent.start or child.i in covered
                    or child.ent_type_ != "GPE"):
                continue
            start = child.i
            while start > 0 and doc[start].ent_iob_ == "I":  # "Sao Paulo"
                start -= 1
            name = doc[start:child.i + 1]
            if any(t.i in covered for t in name) or doc[child.i + 1].ent_type_ == "GPE":
                continue
            country = kb.country_of_city(name.text)
            if country:
                found.append(Unit(start, child.i + 1, "capital", key=country))
    return found


def _is_first_name(doc: Doc, unit: Unit, agent_tokens: set[int]) -> bool:
    """A one-word capital that begins a person's name: "Sofia" in "Sofia Sapega"."""
    if unit.kind not in ("capital", "metonym") or unit.end - unit.start > 1 or unit.end >= len(doc):
        return False
    token, nxt = doc[unit.start], doc[unit.end]
    return (nxt.pos_ == "PROPN" and nxt.is_alpha and nxt.text[0].isupper()
            and nxt.i not in agent_tokens and nxt.sent.start == token.sent.start
            and "PERSON" in (token.ent_type_, nxt.ent_type_))


def _names_a_grouping(doc: Doc, unit: Unit) -> bool:
    """A one-word capital that begins the name of a grouping or accord: "the Lima Group",
    "the Paris Club", "the Astana Process" stand for no government of that city."""
    if unit.kind not in ("capital", "metonym") or unit.end - unit.start > 1 or unit.end >= len(doc):
        return False
    nxt = doc[unit.end]
    return nxt.text[:1].isupper() and nxt.lower_ in GROUPING_NAME_WORDS


# A word this long, one edit from a country's name or demonym, may be a misspelling of it
# ("Afganistan", "Quatar"); from this length, two edits ("Phillipines").
MISSPELT_MIN, MISSPELT_TWO_EDITS = 6, 10


def _country_forms(kb: KnowledgeBase) -> dict[str, tuple[str, str]]:
    """One-word country names, adjectives and demonyms -> (kind, ISO3)."""
    forms: dict[str, tuple[str, str]] = {}
    for c in kb.countries:
        words = [("country", n) for n in (c.name, *c.names)]
        words += [("adjective", a) for a in c.adjectives]
        words += [("demonym", d) for d in (*c.demonyms, *(a + "s" for a in c.adjectives
                                                          if a.endswith(("an", "i"))))]
        for kind, word in words:
            if word.isalpha() and len(word) >= MISSPELT_MIN - 1:
                forms.setdefault(word, (kind, c.iso3))
    return forms


def _name_words(kb: KnowledgeBase) -> frozenset[str]:
    """Every word of a KB name (a person's, place's, group's, organisation's): real
    names, never misspellings (an exact country word left uncovered is a modifier,
    "Iranian-made")."""
    names = [n for p in kb.people for n in (p.name, *p.aliases)]
    names += [n for c in kb.countries for n in (c.name, *c.names, *c.adjectives, *c.demonyms,
                                                  *c.regions, *c.peoples, c.capital or "")]
    names += [n for g in kb.groups for n in (g.name, *g.names)]
    names += [n for o in kb.organisations for n in (o.name, *o.names)]
    return frozenset(w for n in names for w in n.split())


def _misspelt_country(doc: Doc, token: Token, kb: KnowledgeBase) -> Unit | None:
    """A capitalised word no name explains that is a misspelling of one country's name
    or demonym: "Afganistan", "Quatar's emir", "the Phillipines".

    Conservative: a proper noun (or a proper adjective inside a sentence) standing
    alone, not a person's name, a region ("the Americas") nor a known place or name,
    with the same first and last letter as the country word (typos fall inside words;
    "Roland" is no Poland, "Frances" no France), close to one country only, and used as
    its kind of word is.
    """
    text = token.text
    if (len(text) < MISSPELT_MIN or not text.isalpha() or not text[0].isupper()
            or text.isupper() or token.ent_type_ in SKIP_ENTS | {"PERSON", "LOC"}
            or not (token.pos_ == "PROPN"
                    or (token.pos_ == "ADJ" and token.i != sentence_of(token).start))):
        return None
    for i in (token.i - 1, token.i + 1):
        if 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[0].isupper() and (
                doc[i].pos_ == "PROPN") and i != sentence_of(token).start:
            return None  # part of a longer name ("Angela Rayner")
    if text in kb.memo("name-words", lambda: _name_words(kb)):
        return None
    forms: dict[str, tuple[str, str]] = kb.memo("misspelt-forms", lambda: _country_forms(kb))
    limit = 2 if len(text) >= MISSPELT_TWO_EDITS else 1
    near = {form: found for form, found in forms.items()
            if form[0] == text[0] and form[-1] == text[-1] and abs(len(form) - len(text)) <= limit
            and edit_distance(form, text) <= limit}
    if len({iso3 for _, iso3 in near.values()}) != 1 or kb.country_of_city(text):
        return None
    kind, iso3 = min(near.items(), key=lambda item: edit_distance(item[0], text))[1]
    if (kind == "adjective") != (token.dep_ in ("amod", "compound")):
        return None  # an adjective modifies ("Ukranian army"); a name heads ("Syriza party")
    return Unit(token.i, token.i + 1, kind, iso3, "CVL" if kind == "demonym" else None)


def _resolve_surnames(doc: Doc, units: list[Unit], kb: KnowledgeBase,
                      published: date | None) -> list[Unit]:
    """Units with each bare surname resolved by :func:`_bare_surname` (or dropped)."""
    people = sorted((u for u in units if u.kind == "person"), key=lambda u: u.start)
    covered = {i for u in units if u.kind != "surname" for i in range(u.start, u.end)}
    named = frozenset(u.key for u in units if u.kind in COUNTRY_KINDS | {"org"} and u.key)
    kept = []
    for unit in units:
        if unit.kind == "surname":
            resolved = _bare_surname(doc, unit, people, covered, kb, published, named)
            if resolved is None:
                continue
            unit = resolved
        kept.append(unit)
    return kept


def find_units(doc: Doc, kb: KnowledgeBase, published: date | None = None) -> list[Unit]:
    """Every unit of ``doc``, sorted by start and non-overlapping.

    Descriptions ("the two leaders") take precedence over agent words inside them;
    KB names take precedence over descriptions. ``published`` (the story's date)
    resolves shared bare surnames to the person in office on that day; without it they
    stay :class:`~eventwire.actors.kb.Namesake` units, which the resolver codes
    date-aware through the namesake's ``role_on``.
    """
    found = UnitMatcher.for_doc(kb, doc).matches(doc)
    agent_tokens = {i for u in found if u.kind == "agent" for i in range(u.start, u.end)}
    matched = [u for u in found
               if not _is_modifier_only(doc, u)
               and not _is_false_name(doc, u, agent_tokens, kb)]
    matched = _resolve_surnames(doc, matched, kb, published)
    matched = [u for u in matched if not _is_first_name(doc, u, agent_tokens)
               and not _names_a_grouping(doc, u)]
    names = _select([u for u in matched if u.kind != "agent"])
    covered = {i for u in names for i in range(u.start, u.end)}
    descriptions = description_units(doc, covered)
    in_descriptions = {i for u in descriptions for i in range(u.start, u.end)}
    agents = [u for u in matched if u.kind == "agent"
              and not set(range(u.start, u.end)) & in_descriptions]
    chosen = _select(names + agents)
    covered = {i for u in chosen + descriptions for i in range(u.start, u.end)}
    chosen = [u for u in chosen if u.kind != "feature"]  # they only block other names
    chosen += _city_modifiers(doc, chosen, covered, kb)
    covered |= {i for u in chosen for i in range(u.start, u.end)}
    misspelt = [u for t in tokens_of(doc)
                if t.i not in covered and (u := _misspelt_country(doc, t, kb))]
    chosen += misspelt
    covered |= {u.start for u in misspelt}
    extra = descriptions + candidate_units(doc, covered)
    return sorted(chosen + extra, key=lambda u: u.start)
