"""Look-ups in the knowledge base: who is NAME, who held TITLE in COUNTRY on a date.

These back the ``eventwire actors`` commands and the resolver's office holders ("the
president" in a 2019 U.S. story is Donald Trump, in a 2023 one Joe Biden: the same
code, USA GOV, but different people).

Example:
    >>> from datetime import date
    >>> kb = KnowledgeBase.load()
    >>> office_holder(kb, "president", "USA", None, date(2019, 6, 1)).name
    'Donald Trump'
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from eventwire.actors.kb import KnowledgeBase, Person, Role

# Different words for the same office, so "the British foreign minister" finds the
# foreign secretary.
TITLE_SYNONYMS = MappingProxyType({
    "defense": "defence", "foreign secretary": "foreign minister",
    "external affairs minister": "foreign minister", "defence secretary": "defence minister",
    "home secretary": "interior minister", "home minister": "interior minister",
    "minister of the interior": "interior minister", "chancellor of the exchequer":
    "finance minister", "treasury secretary": "finance minister",
    "vice-president": "vice president", "treasurer": "finance minister",
    "home affairs minister": "interior minister", "public safety minister":
    "interior minister", "public security minister": "interior minister",
    "international relations minister": "foreign minister", "armed forces minister":
    "defence minister", "secretary of defence": "defence minister",
    "police minister": "interior minister",
})


def normalise_title(title: str) -> str:
    """A title in the form the office index uses ("Defense Secretary" -> "defence minister")."""
    text = " ".join(title.lower().replace("defense", "defence").split())
    return TITLE_SYNONYMS.get(text, text)


def _office_index(kb: KnowledgeBase) -> dict[tuple[str, str], list[tuple[Person, Role]]]:
    index: dict[tuple[str, str], list[tuple[Person, Role]]] = {}
    for person in kb.people:
        for role in person.roles:
            where = role.country or role.org
            if role.title and where:
                index.setdefault((normalise_title(role.title), where), []).append(
                    (person, role))
    return index


def office_holder(kb: KnowledgeBase, title: str, country: str | None, org: str | None,
                  day: date | None) -> Person | None:
    """The one person holding ``title`` for ``country`` (or ``org``) on ``day``.

    Args:
        day: the story's date; None means "as the knowledge base was written".

    Returns:
        The person, or None when nobody or more than one person matches (two holders
        on a hand-over day, or a title such as "minister" that many hold).
    """
    where = country or org
    if not where:
        return None
    index = kb.memo("office-index", lambda: _office_index(kb))
    holders = {p.id: p for p, role in index.get((normalise_title(title), where), ())
               if role.active_on(day)}
    return next(iter(holders.values())) if len(holders) == 1 else None


@dataclass(frozen=True)
class Match:
    """One knowledge-base entry a name refers to."""

    kind: str
    key: str
    name: str
    detail: str


def describe_role(role: Role | None, current: bool) -> str:
    """"USA GOV president 2021-01-20..2025-01-20 (former)"."""
    if role is None:
        return "no role on that date"
    where = role.country or role.org or "-"
    span = f"{role.start or '?'}..{role.end or ''}"
    state = "current" if current else "former: codes as ELI unless a title is given"
    note = f"; {role.note}" if role.note else ""
    return f"{where} {role.sector or '-'} {role.title or ''} {span} ({state}{note})"


def _name_forms(name: str) -> set[str]:
    return {name.lower(), name.lower().removeprefix("the ")}


def _people(kb: KnowledgeBase, wanted: set[str], day: date | None) -> Iterator[Match]:
    for person in kb.people:
        forms = {f.lower() for f in (person.name, *person.aliases, person.name.split()[-1])}
        if forms & wanted:
            role, current = person.role_on(day)
            yield Match("person", person.id, person.name, describe_role(role, current))


def find(kb: KnowledgeBase, name: str, day: date | None = None) -> list[Match]:
    """Every person, group, organisation, country and agent word ``name`` can mean.

    People match on name, alias or surname, case-insensitively; the detail shows the
    role held on ``day`` (None: the current one).
    """
    wanted = _name_forms(name)
    found = list(_people(kb, wanted, day))
    for group in kb.groups:
        if {f.lower() for f in (group.name, *group.names, *group.adjectives)} & wanted:
            found.append(Match("group", group.id, group.name,
                               f"{group.country or '-'} {group.sector or '-'}"))
    for org in kb.organisations:
        if {f.lower() for f in (org.name, *org.names)} & wanted:
            found.append(Match("organisation", org.code, org.name, f"org {org.code} "
                                                                   f"{org.sector}"))
    for country in kb.countries:
        forms = (country.name, *country.names, *country.adjectives, country.capital or "")
        if {f.lower() for f in forms if f} & wanted:
            found.append(Match("country", country.iso3, country.name, f"{country.iso3} GOV"))
    agent = kb.agent(name.lower().removeprefix("the "))
    if agent is not None:
        found.append(Match("agent", agent.phrase, agent.phrase,
                           f"sector {agent.sector} ({agent.kind})"))
    return found


def people_of(kb: KnowledgeBase, country: str, day: date | None = None
              ) -> list[tuple[Person, Role]]:
    """People with a role for ``country`` (or organisation code), with that role.

    With ``day``, only roles held on that day; otherwise every role, latest first.
    """
    out = []
    for person in kb.people:
        roles = [r for r in person.roles if country in (r.country, r.org)
                 and (day is None or r.active_on(day))]
        out += [(person, r) for r in roles]
    return sorted(out, key=lambda pr: (pr[1].start or date.min), reverse=True)
