"""People in noun groups: known office holders, titled unknowns and later surnames.

* A person from the KB takes the role held on the publication date (country or
  organisation and sector). A role that has ended gives sector ELI, unless the text
  itself gives a title ("Foreign Minister Kamikawa" -> the title's sector, "Hamas
  leader X" -> the group's sector). "former" in the phrase always gives ELI.
* An unknown name after a title ("Commerce Secretary Gina Raimondo") takes the title's
  sector and a country from, in order: the phrase itself ("U.S."), a group or
  organisation in the phrase, then the context (``context_country``, see
  :mod:`eventwire.actors.context`).
* An unknown person with a country but no title ("Britain's David Cameron", the NER
  model calling it a person) takes that country, no sector, confidence 0.7. With no
  country in the phrase either ("Jane Whitfield said ..."), the country comes from the
  document context (as for titled people), with confidence 0.4.
* Such a person is remembered, so a later bare surname ("Raimondo") resolves to the
  same actor (kind "alias").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from eventwire.actors.assemble import NounGroup
from eventwire.actors.coref import History
from eventwire.actors.kb import KnowledgeBase, Person
from eventwire.actors.matching import COUNTRY_KINDS, Unit
from eventwire.actors.mentions import ActorMention
from eventwire.records import Actor

ALIAS_CONFIDENCE = 0.9
UNTITLED_CONFIDENCE = 0.7
BARE_NAME_CONFIDENCE = 0.4

PersonResult = tuple[ActorMention, str | None]


def _is_person_name(doc: Doc, unit: Unit) -> bool:
    """Whether the NER model calls the whole run a person."""
    return all(t.ent_type_ == "PERSON" for t in doc[unit.start:unit.end])


def title_units(group: NounGroup) -> list[Unit]:
    """The group's title words, the one nearest the phrase head first."""
    titles = [u for u in group.of_kind("agent") if u.name in ("title", "both")]
    return sorted(titles, key=lambda u: abs(u.start - group.anchor))


def _title_sector(group: NounGroup) -> str | None:
    """ELI for former holders, else the sector of the title nearest the head."""
    if group.former:
        return "ELI"
    titles = title_units(group)
    return titles[0].sector if titles else group.sector


def _names_holder(doc: Doc, title: Unit, name: Unit, anchor: int) -> bool:
    """Whether a name run is the title holder's name: right after the title ("Commerce
    Secretary Gina Raimondo", "the spokesman, Wang Wenbin") or the phrase head with
    the title in apposition ("Antony Blinken, the U.S. secretary of state")."""
    if name.start <= anchor < name.end:
        return True
    gap = doc[title.end:name.start]
    return name.start >= title.end and all(t.text in (",", "-", "--") for t in gap)


@dataclass
class PersonResolver:
    """Resolves the person in a noun group, if there is one.

    Attributes:
        context_country: (token index, title sector) -> (country, confidence) from the
            context, for titled people whose own phrase names no country.
    """

    kb: KnowledgeBase
    published: date | None
    history: History
    context_country: Callable[[int, str | None], tuple[str | None, float]]

    def resolve(self, group: NounGroup, span: tuple[int, int], doc: Doc) -> PersonResult | None:
        """(mention, gender) for the group's person, or None if it names no person."""
        known = group.of_kind("person", "surname")
        if known:
            return self._known(group, known[0], span, doc)
        candidates = group.of_kind("candidate")
        for title in title_units(group):
            named = [u for u in candidates if _names_holder(doc, title, u, group.anchor)]
            if named:
                return self._titled(group, named[0], title, span, doc)
        heads = [u for u in candidates if u.start <= group.anchor < u.end]
        if not heads or group.agent is not None:
            return None
        earlier = self._alias(group, heads[0], span, doc)
        if earlier is not None or not _is_person_name(doc, heads[0]):
            return earlier
        return self._with_country(group, heads[0], span, doc)

    def _with_country(self, group: NounGroup, unit: Unit, span: tuple[int, int],
                      doc: Doc) -> PersonResult | None:
        """"Britain's David Cameron": an unknown person with a country and no title; "Kofi
        Annan, UN secretary-general" (an organisation in the phrase): of the organisation."""
        countries = [u.key for u in group.units if u.kind in COUNTRY_KINDS and u.key]
        orgs = [self.kb.organisations_by_code[u.key] for u in group.units
                if u.kind == "org" and u.key in self.kb.organisations_by_code]
        country, org, sector, confidence = None, None, None, UNTITLED_CONFIDENCE
        if countries:
            country = countries[0]
        elif orgs:
            org, sector = orgs[0].code, orgs[0].sector
        else:
            country, confidence = self.context_country(group.anchor, None)[0], BARE_NAME_CONFIDENCE
            if country is None:
                return None
        name = doc[unit.start:unit.end].text
        actor = Actor(doc[span[0]:span[1]].text, name, country, org, sector, None)
        self.history.introduce(name, actor)
        mention = ActorMention(span[0], span[1], group.anchor, (actor,), "name",
                               confidence)
        return mention, None

    def _known(self, group: NounGroup, unit: Unit, span: tuple[int, int],
               doc: Doc) -> PersonResult:
        person = self.kb.people_by_id[unit.key or ""]
        country, org, sector = self._role(person, group)
        text = doc[span[0]:span[1]].text
        actor = Actor(text, person.name, country, org, sector, person.id)
        seen = person.id in self.history.people
        short = doc[unit.start:unit.end].text != person.name
        kind = "alias" if seen and short else "name"
        confidence = 1.0 if unit.kind == "person" or seen else ALIAS_CONFIDENCE
        self.history.introduce(person.name, actor)
        mention = ActorMention(span[0], span[1], group.anchor, (actor,), kind, confidence)
        return mention, person.gender

    def _role(self, person: Person, group: NounGroup) -> tuple[str | None, str | None,
                                                                str | None]:
        """(country, org, sector) of a known person in this phrase."""
        role, current = person.role_on(self.published)
        text_countries = [u.key for u in group.units if u.kind in COUNTRY_KINDS]
        if role is None:
            # Named before any office of theirs (an opposition leader who later
            # governs): still of the country of their first national office.
            later = sorted((r for r in person.roles if r.country),
                           key=lambda r: r.start or date.max)
            country = text_countries[0] if text_countries else (
                later[0].country if later else None)
            return country, None, _title_sector(group)
        country = role.country
        if not country and not role.org and text_countries:
            country = text_countries[0]
        return country, role.org, self._person_sector(group, role.sector, current)

    def _person_sector(self, group: NounGroup, role_sector: str | None,
                       current: bool) -> str | None:
        """Former -> ELI; a current role's sector; else a title in the text; else ELI."""
        if group.former:
            return "ELI"
        if current:
            return role_sector
        named = group.of_kind("group", "group_adj")
        kb_group = self.kb.groups_by_id.get(named[0].key or "") if named else None
        if kb_group is not None:
            return kb_group.sector
        return _title_sector(group) or "ELI"

    def _titled(self, group: NounGroup, unit: Unit, title: Unit, span: tuple[int, int],
                doc: Doc) -> PersonResult:
        name = doc[unit.start:unit.end].text
        country, org, sector, confidence = self._affiliation(group, unit)
        if country is None and org is None:
            country, confidence = self.context_country(group.anchor, sector or title.sector)
        sector = "ELI" if group.former else (sector or title.sector)
        actor = Actor(doc[span[0]:span[1]].text, name, country, org, sector, None)
        self.history.introduce(name, actor)
        mention = ActorMention(span[0], span[1], group.anchor, (actor,), "title", confidence)
        return mention, None

    def _affiliation(self, group: NounGroup, person: Unit
                     ) -> tuple[str | None, str | None, str | None, float]:
        """(country, org, sector, confidence) from the phrase's own words.

        A group or organisation before the name sets the sector ("Hamas leader X");
        one after it ("X of the Democratic Progressive Party") gives a country only.
        """
        countries = [u.key for u in group.units if u.kind in COUNTRY_KINDS]
        country = countries[0] if countries else None
        org = sector = None
        for unit in group.of_kind("group", "group_adj", "org"):
            before = unit.start < person.start
            if unit.kind == "org":
                org, sector = unit.key, (unit.sector if before else None)
                continue
            kb_group = self.kb.groups_by_id.get(unit.key or "")
            if kb_group is not None:
                country = country or kb_group.country
                sector = kb_group.sector if before else sector
        return country, org, sector, 0.95

    def _alias(self, group: NounGroup, unit: Unit, span: tuple[int, int],
               doc: Doc) -> PersonResult | None:
        text = doc[unit.start:unit.end].text
        earlier = self.history.alias(text)
        if earlier is None:
            return None
        actor = Actor(doc[span[0]:span[1]].text, earlier.name, earlier.country,
                      earlier.org, earlier.sector, earlier.kb_id)
        mention = ActorMention(span[0], span[1], group.anchor, (actor,), "alias",
                               ALIAS_CONFIDENCE)
        return mention, None
