"""The actor knowledge base: countries, organisations, groups, agent words and people.

The data ship as YAML files in ``eventwire/actors/data/`` (one list of entries per
file, schema below); users add their own dictionaries through ``extra_paths`` (YAML or
CSV, see :mod:`eventwire.actors.userdict`). User entries are validated and merged on
top of the packaged ones: an entry with the same key (iso3, code, id, phrase) replaces
the packaged entry, and a user person's or group's name or alias is taken away from
any packaged person or group that had it. Every entry may carry a ``source`` note;
roles may carry a ``note`` (e.g. "approximate date").

==============  ==========================================================================
file            entry keys
==============  ==========================================================================
countries.yaml  iso3, name, names, adjectives, demonyms, capital, metonyms {text: sector},
                lat, lon
igos.yaml       code, name, names, sector, part_of, seat
groups.yaml     id, name, names, adjectives, country, sector
agents.yaml     phrase, sector, kind (title | group | both | modifier)
people.yaml     id, name, aliases, gender (m | f), source, roles [{country or org, sector,
                title, start, end, note}]
==============  ==========================================================================

A person's last name may also be written alone ("Silva"); :func:`bare_surnames` lists
who each such surname may stand for, and a surname several people share becomes a
:class:`Namesake` in ``people_by_id`` (not in ``people``) that codes whoever holds
office on the story's date.

Example:
    >>> kb = KnowledgeBase.load()
    >>> kb.countries_by_iso3["JPN"].name
    'Japan'
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from eventwire.actors.schema import KnowledgeBaseError, Known
from eventwire.actors.userdict import UserDictionaryError, check_dictionary, read_dictionary

DATA_DIR = Path(__file__).parent / "data"
FILES = ("countries", "igos", "groups", "agents", "people")
AGENT_KINDS = ("title", "group", "both", "modifier")


@dataclass(frozen=True)
class Country:
    """A country with the words that name it."""

    iso3: str
    name: str
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capital: str | None = None
    metonyms: tuple[tuple[str, str], ...] = ()
    lat: float | None = None
    lon: float | None = None
    monarchy: bool = False
    # Provinces and regions inside the country ("Sindh", "Darfur"): they stand for it.
    regions: tuple[str, ...] = ()
    # Ethnic and regional peoples living mainly here ("Tamil", "Kurds"); a people may
    # be listed by several countries.
    peoples: tuple[str, ...] = ()
    # Nouns for its citizens that are not an adjective plus "s" ("Turks", "Britons").
    demonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organisation:
    """An international organisation (UN, NATO ...): actors carry its code as ``org``."""

    code: str
    name: str
    names: tuple[str, ...] = ()
    sector: str = "IGO"
    # The organisation an office belongs to and codes as: the UN's own offices are UN.
    part_of: str | None = None
    # The city it sits in, which stands for it in a story about it ("Brussels" -> EU).
    seat: str | None = None


@dataclass(frozen=True)
class Group:
    """A named non-state or sub-state group (party, militia, agency) of one country."""

    id: str
    name: str
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class Agent:
    """A role or group word and the sector it implies ("foreign minister" -> GOV)."""

    phrase: str
    sector: str
    kind: str = "title"


@dataclass(frozen=True)
class Role:
    """One office a person held, with its dates (end None: still in office)."""

    country: str | None
    org: str | None
    sector: str | None
    title: str | None
    start: date | None
    end: date | None
    note: str | None = None

    def active_on(self, day: date | None) -> bool:
        """Whether the role was held on ``day`` (None: whether it is current)."""
        if day is None:
            return self.end is None
        if self.start and day < self.start:
            return False
        return self.end is None or day <= self.end


@dataclass(frozen=True)
class Person:
    """A known office holder."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    gender: str | None = None
    roles: tuple[Role, ...] = ()
    source: str | None = None

    def role_on(self, day: date | None) -> tuple[Role | None, bool]:
        """The role to code the person with on ``day`` and whether it is current.

        Returns:
            (role, current): the role held on ``day``; else the latest role that
            started before ``day`` with ``current`` False; else (None, False).
        """
        for role in self.roles:
            if role.active_on(day):
                return role, True
        past = [r for r in self.roles if day is None or r.start is None or r.start <= day]
        if not past:
            return None, False
        return max(past, key=lambda r: r.end or r.start or date.min), False


# Name endings that are no surname ("Charles III", "Marcos Jr.").
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "II", "III", "IV", "VI"})
NAMESAKE_PREFIX = "namesake:"


@dataclass(frozen=True)
class Namesake(Person):
    """A bare surname several known people share ("Silva": Lula da Silva and Fernando
    Azevedo e Silva). It stands for whichever of them holds office on the story's date.

    ``name`` is the surname and ``id`` is ``"namesake:" + surname``; ``role_on`` gives
    the role of :meth:`holder_on`'s person, so a resolver that asks a person for its role
    on the publication date codes the surname date-aware.
    """

    candidates: tuple[Person, ...] = ()

    def holder_on(self, day: date | None, countries: Collection[str] = ()) -> Person | None:
        """The one candidate in office on ``day``; of several, the one whose office is
        of one of ``countries`` (those the story names: "Sánchez" in a story on Spain);
        if nobody is in office, the one whose last office before ``day`` ended latest;
        None when it stays ambiguous."""
        held = [p for p in self.candidates if any(r.active_on(day) for r in p.roles)]
        if len(held) > 1 and countries:
            held = [p for p in held if any(r.active_on(day) and (r.country or r.org)
                                           in countries for r in p.roles)] or held
        if held:
            return held[0] if len(held) == 1 else None
        past = [(role, p) for p in self.candidates
                for role, _ in [p.role_on(day)] if role is not None]
        if not past:
            return None
        return max(past, key=lambda item: item[0].end or item[0].start or date.min)[1]

    def role_on(self, day: date | None) -> tuple[Role | None, bool]:
        """The holder's role; with several holders, their shared role if all hold one
        office of the same country or organisation and sector, else (None, False)."""
        person = self.holder_on(day)
        if person is not None:
            return person.role_on(day)
        active = [r for p in self.candidates for r in p.roles if r.active_on(day)]
        if active and len({(r.country, r.org, r.sector) for r in active}) == 1:
            return active[0], True
        return None, False


def surname_of(person: Person) -> str | None:
    """The last word of a person's name, if it can stand alone as a surname."""
    parts = [p for p in person.name.split() if p not in NAME_SUFFIXES]
    if len(parts) < 2:
        return None
    last = parts[-1]
    if len(last) <= 2 or not last[0].isupper():
        return None
    return last


def bare_surnames(people: Iterable[Person]) -> dict[str, tuple[Person, ...]]:
    """Surname -> the people a bare mention of it may stand for.

    A surname is left out when some person has it as a hand-chosen alias (the alias
    decides) or when it is someone's given name ("Ahmed", "Jonathan"). A name written
    family name first ("Koo Yun-cheol": a hyphenated given name follows) shares its
    first word with the people whose name ends with it ("Wellington Koo").
    """
    people = list(people)
    aliases = {a for p in people for a in p.aliases}
    given: set[str] = set()
    family_first: dict[str, list[Person]] = {}
    found: dict[str, list[Person]] = {}
    for p in people:
        parts = p.name.split()
        if len(parts) > 1 and _korean_given_name(parts[1]):
            family_first.setdefault(parts[0], []).append(p)
        elif len(parts) > 1:
            given.add(parts[0])
        surname = surname_of(p)
        if surname is not None and surname not in aliases:
            found.setdefault(surname, []).append(p)
    return {surname: tuple(dict.fromkeys([*holders, *family_first.get(surname, ())]))
            for surname, holders in found.items() if surname not in given}


def _korean_given_name(word: str) -> bool:
    """"Yun-cheol", "Ing-wen": a hyphenated given name after a family name."""
    head, _, tail = word.partition("-")
    return bool(tail) and head[:1].isupper() and tail.islower()


def _namesakes(people: Iterable[Person]) -> list[Namesake]:
    return [Namesake(id=NAMESAKE_PREFIX + surname, name=surname, candidates=holders,
                     gender=genders.pop() if len(genders := {p.gender for p in holders}) == 1
                     else None)
            for surname, holders in bare_surnames(people).items() if len(holders) > 1]


def _homes(countries: Iterable[Country]) -> dict[str, tuple[str, ...]]:
    homes: dict[str, list[str]] = {}
    for country in countries:
        for people in country.peoples:
            homes.setdefault(people, []).append(country.iso3)
    return {people: tuple(codes) for people, codes in homes.items()}


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _country(e: Mapping[str, Any]) -> Country:
    metonyms = tuple((str(k), str(v)) for k, v in (e.get("metonyms") or {}).items())
    return Country(
        iso3=e["iso3"], name=e["name"], names=_tuple(e.get("names")),
        adjectives=_tuple(e.get("adjectives")), capital=e.get("capital"),
        metonyms=metonyms, lat=e.get("lat"), lon=e.get("lon"),
        monarchy=bool(e.get("monarchy", False)),
        regions=_tuple(e.get("regions")), peoples=_tuple(e.get("peoples")),
        demonyms=_tuple(e.get("demonyms")),
    )


def _organisation(e: Mapping[str, Any]) -> Organisation:
    return Organisation(code=e["code"], name=e["name"], names=_tuple(e.get("names")),
                        sector=e.get("sector") or "IGO", part_of=e.get("part_of"),
                        seat=e.get("seat"))


def _group(e: Mapping[str, Any]) -> Group:
    return Group(id=e["id"], name=e["name"], names=_tuple(e.get("names")),
                 adjectives=_tuple(e.get("adjectives")), country=e.get("country"),
                 sector=e.get("sector"))


def _agent(e: Mapping[str, Any]) -> Agent:
    kind = e.get("kind") or "title"
    if kind not in AGENT_KINDS:
        raise KeyError(f"kind must be one of {AGENT_KINDS}, not {kind!r}")
    return Agent(phrase=str(e["phrase"]), sector=e["sector"], kind=kind)


def _person(e: Mapping[str, Any]) -> Person:
    roles = tuple(
        Role(country=r.get("country"), org=r.get("org"), sector=r.get("sector"),
             title=r.get("title"), start=_day(r.get("start")), end=_day(r.get("end")),
             note=r.get("note"))
        for r in e.get("roles") or ()
    )
    return Person(id=e["id"], name=e["name"], aliases=_tuple(e.get("aliases")),
                  gender=e.get("gender"), roles=roles, source=e.get("source"))


_BUILDERS: Mapping[str, Callable[[Mapping[str, Any]], Any]] = MappingProxyType({
    "countries": _country, "igos": _organisation, "groups": _group,
    "agents": _agent, "people": _person,
})


def _build(kind: str, entries: Iterable[Mapping[str, Any]], origin: str) -> list[Any]:
    """Turn raw entries into records, naming the file and entry on error."""
    built = []
    for index, entry in enumerate(entries):
        try:
            built.append(_BUILDERS[kind](entry))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise KnowledgeBaseError(
                f"{origin}: entry {index} is not a valid {kind} entry ({exc!r}); "
                f"see eventwire.actors.kb for the schema"
            ) from exc
    return built


def _read_yaml(path: Path) -> list[Mapping[str, Any]]:
    """Read one YAML list file; a missing file is an empty list."""
    if not path.exists():
        return []
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path}: not valid YAML ({exc})") from exc
    if data is None:
        return []
    if not isinstance(data, list):
        raise KnowledgeBaseError(f"{path}: expected a list of entries at the top level")
    return data


def _files_in(path: Path) -> dict[str, Path]:
    """Map file kinds to paths: a directory holds the five files, a file is one kind."""
    if path.is_dir():
        return {kind: path / f"{kind}.yaml" for kind in FILES}
    kind = path.stem
    if kind not in FILES:
        raise KnowledgeBaseError(f"{path}: file name must be one of {FILES} (.yaml)")
    return {kind: path}


class KnowledgeBase:
    """Actor knowledge in memory, with lookups by code and by phrase.

    Build one with :meth:`load` (packaged data plus user files) or :meth:`from_dicts`
    (tests, programmatic use). Treat instances as read-only; :meth:`memo` keeps derived
    objects (such as phrase matchers) with the instance.
    """

    def __init__(self, countries: Iterable[Country] = (), organisations: Iterable[
            Organisation] = (), groups: Iterable[Group] = (), agents: Iterable[Agent] = (),
            people: Iterable[Person] = ()) -> None:
        self.countries = tuple(countries)
        self.organisations = tuple(organisations)
        self.groups = tuple(groups)
        self.agents = tuple(agents)
        self.people = tuple(people)
        self.countries_by_iso3 = {c.iso3: c for c in self.countries}
        self.organisations_by_code = {o.code: o for o in self.organisations}
        self.groups_by_id = {g.id: g for g in self.groups}
        self.people_by_id: dict[str, Person] = {p.id: p for p in self.people}
        # Shared bare surnames resolve like people (see Namesake); not in ``people``.
        self.namesakes = {n.id: n for n in _namesakes(self.people)}
        self.people_by_id.update(self.namesakes)
        self.agents_by_phrase = {a.phrase.lower(): a for a in self.agents}
        self._memo: dict[Any, Any] = {}

    @classmethod
    def from_dicts(cls, origin: str = "<dicts>", **entries: Iterable[Mapping[str, Any]]
                   ) -> KnowledgeBase:
        """Build from raw entries keyed by file kind (countries=[{...}], people=[...]).

        Raises:
            KnowledgeBaseError: an unknown kind or a malformed entry.
        """
        unknown = set(entries) - set(FILES)
        if unknown:
            raise KnowledgeBaseError(f"unknown entry kinds {sorted(unknown)}; use {FILES}")
        built = {kind: _build(kind, entries.get(kind, ()), f"{origin}:{kind}")
                 for kind in FILES}
        return cls(built["countries"], built["igos"], built["groups"], built["agents"],
                   built["people"])

    @classmethod
    def load(cls, extra_paths: Iterable[str | Path] = ()) -> KnowledgeBase:
        """Load the packaged data plus user dictionaries (cached per path set).

        Args:
            extra_paths: user dictionaries (YAML or CSV files, see
                :mod:`eventwire.actors.userdict`) or directories of such files,
                merged in order on top of the packaged data (later ones win).

        Raises:
            KnowledgeBaseError: a file is malformed or wrongly named.
        """
        resolved = tuple(str(Path(p).resolve()) for p in extra_paths)
        return _load_cached(str(DATA_DIR), resolved)

    def counts(self) -> dict[str, int]:
        """Entry counts for ``eventwire info``."""
        return {"countries": len(self.countries), "organisations": len(self.organisations),
                "groups": len(self.groups), "agents": len(self.agents),
                "people": len(self.people)}

    def country_of_capital(self, city: str) -> str | None:
        """ISO3 of the country whose capital is `city` ("Caracas" -> "VEN"), or None."""
        capitals = self.memo("capitals", lambda: {
            c.capital.lower(): c.iso3 for c in self.countries if c.capital})
        return capitals.get(city.lower())

    def country_of_city(self, city: str) -> str | None:
        """ISO3 of the country of a city the place gazetteer knows ("Toronto" -> "CAN"),
        or None; the gazetteer is built once, on first use."""
        from eventwire.places import Gazetteer  # places reads the parse; kb stays light

        place = Gazetteer.load().lookup(city, alternates=False)
        return place.country if place is not None else None

    def org_code(self, code: str | None) -> str | None:
        """The code an organisation is coded as: its parent's for an office ("OHCHR" ->
        "UN"), else its own."""
        org = self.organisations_by_code.get(code or "")
        return org.part_of if org is not None and org.part_of else code

    def homes_of(self, people: str) -> tuple[str, ...]:
        """ISO3 codes of the countries that list ``people`` ("Kurds") among their peoples."""
        homes = self.memo("homes", lambda: _homes(self.countries))
        return homes.get(people, ())

    def agent(self, phrase: str) -> Agent | None:
        """The agent entry for a phrase (case-insensitive), or None."""
        return self.agents_by_phrase.get(phrase.lower())

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without memoised objects (matchers are rebuilt where unpickled)."""
        state = self.__dict__.copy()
        state["_memo"] = {}
        return state

    def memo(self, key: Any, factory: Callable[[], Any]) -> Any:
        """Return the object cached under ``key``, building it once with ``factory``."""
        if key not in self._memo:
            self._memo[key] = factory()
        return self._memo[key]


_KEYS: Mapping[str, Callable[[Any], str]] = MappingProxyType({
    "countries": lambda c: c.iso3, "igos": lambda o: o.code, "groups": lambda g: g.id,
    "agents": lambda a: a.phrase.lower(), "people": lambda p: p.id,
})


def _strip_forms(kind: str, kept: list[Any], extra: list[Any]) -> list[Any]:
    """Take the user's names and aliases away from other people and groups."""
    if kind == "people":
        forms = {f for p in extra for f in (p.name, *p.aliases)}
        return [replace(p, aliases=tuple(a for a in p.aliases if a not in forms))
                if forms.intersection(p.aliases) else p for p in kept if p.name not in forms]
    if kind == "groups":
        forms = {f for g in extra for f in (g.name, *g.names, *g.adjectives)}
        return [replace(g, names=tuple(n for n in g.names if n not in forms),
                        adjectives=tuple(a for a in g.adjectives if a not in forms))
                if forms.intersection((*g.names, *g.adjectives)) else g
                for g in kept if g.name not in forms]
    return kept


def overlay(base: Mapping[str, list[Any]], extra: Mapping[str, list[Any]]
            ) -> dict[str, list[Any]]:
    """Records of ``extra`` merged on top of ``base`` (both keyed by file kind).

    An extra record replaces a base record with the same key (iso3, code, id, agent
    phrase) and a base person or group whose name it uses; its names and aliases are
    removed from the remaining base people and groups, so a user's "Kerry" is the
    user's person only.
    """
    merged = {}
    for kind in FILES:
        key = _KEYS[kind]
        added = list(extra.get(kind, ()))
        replaced = {key(r) for r in added}
        kept = [r for r in base.get(kind, ()) if key(r) not in replaced]
        merged[kind] = _strip_forms(kind, kept, added) + added
    return merged


def _user_files(path: Path) -> list[Path]:
    """The dictionary files a user path stands for (a file, or a directory's files)."""
    if path.is_dir():
        return sorted(p for p in path.iterdir()
                      if p.suffix.lower() in (".yaml", ".yml", ".csv"))
    if not path.exists():
        raise KnowledgeBaseError(f"{path}: no such knowledge-base file or directory")
    return [path]


def user_records(path: Path, base: Mapping[str, list[Any]]) -> dict[str, list[Any]]:
    """Validated records of one user dictionary path, keyed by file kind.

    Raises:
        KnowledgeBaseError: with every problem found, naming file, entry and field.
    """
    raws = [read_dictionary(file) for file in _user_files(path)]
    countries = {c.iso3 for c in base.get("countries", ())}
    orgs = {o.code for o in base.get("igos", ())}
    for raw in raws:
        countries |= {str(e.get("iso3")) for e in raw.entries.get("countries", ())
                      if isinstance(e, Mapping)}
        orgs |= {str(e.get("code")) for e in raw.entries.get("igos", ())
                 if isinstance(e, Mapping)}
    known = Known(frozenset(countries), frozenset(orgs))
    messages = [m for raw in raws for m in check_dictionary(raw, known)]
    if messages:
        raise UserDictionaryError(messages)
    records: dict[str, list[Any]] = {kind: [] for kind in FILES}
    for raw in raws:
        for kind, entries in raw.entries.items():
            records[kind].extend(_build(kind, entries, str(raw.path)))
    return records


@lru_cache(maxsize=8)
def _load_cached(data_dir: str, extra_paths: tuple[str, ...]) -> KnowledgeBase:
    """Read the packaged files, then merge the user dictionaries on top."""
    built: dict[str, list[Any]] = {kind: [] for kind in FILES}
    for kind, file in _files_in(Path(data_dir)).items():
        built[kind].extend(_build(kind, _read_yaml(file), str(file)))
    for source in extra_paths:
        built = overlay(built, user_records(Path(source), built))
    return KnowledgeBase(built["countries"], built["igos"], built["groups"],
                         built["agents"], built["people"])
