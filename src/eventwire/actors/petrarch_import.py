"""Convert parsed PETRARCH dictionary entries into user-dictionary entries.

See :mod:`eventwire.actors.petrarch` for the formats and the conversion rules;
:func:`import_petrarch` is what ``eventwire actors import-petrarch`` calls.

Example:
    >>> from eventwire.actors.kb import KnowledgeBase
    >>> doc, report = import_petrarch(["Phoenix.agents.txt"], KnowledgeBase.load())
    ... # doctest: +SKIP
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.petrarch import (
    CAMEO_SECTORS,
    NULL_CODE,
    Affiliation,
    ImportReport,
    RawEntry,
    Skip,
    as_yaml_document,
    chunks,
    decode,
    display_name,
    entry_acronyms,
    is_agent_file,
    parse_code,
    parse_entries,
    read_lines,
    slug,
    substitutions,
)

ID_PREFIX = "petrarch-"
TRAILING_WORDS = frozenset({"of", "in", "at", "for", "to", "from", "on", "with", "by"})
ParsedCode = tuple[str, date | None, date | None]

# Words that never start a person's name in the dictionaries but do start dated
# entries: honorifics and titles ("SIR_", "PRESIDENT_"), skipped before the first name.
TITLE_WORDS = frozenset(
    "SIR PRESIDENT GENERAL GEN COMMANDER EMIR SHEIKH SHAIKH SHEIK MULLAH DR PRIME MINISTER "
    "KING QUEEN PRINCE PRINCESS SENATOR MR MRS MS LT COL COLONEL MAJOR CAPTAIN ADMIRAL "
    "AYATOLLAH IMAM CHIEF SECRETARY SECRETARY-GENERAL FORMER LEADER EXTREMIST MILITANT REBEL "
    "JUDGE LORD LADY BISHOP CARDINAL POPE FATHER REV REVEREND ST SAINT".split())
# Words of organisation names: an entry with one of them is not a person.
ORG_WORDS = frozenset("""
    ARMY FRONT PARTY GROUP GROUPS BRIGADE BRIGADES BATTALION BATTALIONS MOVEMENT
    ORGANIZATION ORGANISATION INC INCORPORATED CORP CORPORATION CO COMPANY COUNCIL
    ASSOCIATION UNION LEAGUE COMMITTEE COMMISSION COMMAND FORCES FORCE NETWORK NETWORKS
    BANK BANCORP FOUNDATION INSTITUTE SOCIETY FUND CENTER CENTRE PROJECT HOLDINGS HOLDING
    LTD PLC LLC AG SA NV INTERNATIONAL NATIONAL MINISTRY DEPARTMENT AGENCY CHURCH MISSION
    FEDERATION ALLIANCE CONGRESS ASSEMBLY COMMANDOS COMMANDO CELL CELLS MUJAHIDEEN TALIBAN
    JIHAD LIBERATION REVOLUTIONARY REVOLUTIONARIES ISLAMIC MEDIA NEWS TIMES RADIO TV
    SERVICES SYSTEMS TECHNOLOGIES TECHNOLOGY AND OF FOR THE GOVERNMENT REGIME AUTHORITY
    TRUST CAPITAL FINANCIAL INDUSTRIES ENERGY RESOURCES GLOBAL WORLD WORLDWIDE PEOPLE
    PEOPLES PEOPLE'S DEMOCRATIC REPUBLIC STATE FACTION UNIT SQUAD REGIMENT DIVISION MILITIA
    GUARD GUARDS POLICE OFFICE COURT PARLIAMENT UNIVERSITY COLLEGE SCHOOL HOSPITAL RIGHTS
    WATCH FELLOWSHIP SOLIDARITY VOLUNTEERS RESISTANCE SENA CHAMBER AGENCY SECURITY
""".split())
# Articles that start Arabic organisation names ("AL_QAEDA_", "EL_RUKN_").
ARTICLE_WORDS = frozenset({"AL", "EL", "AS", "AD", "AN", "AR", "AT", "AZ"})
# Comments that mark an entry as a person ("# senior leader jma", "# CountryInfo.txt").
PERSON_COMMENT = re.compile(
    r"\b(leader|member|co-founder|founder|commander|spokes(?:man|woman)|head of|alias of|"
    r"bomb maker|fought in|CountryInfo)")


def _role(affiliation: Affiliation, start: date | None, end: date | None) -> dict[str, Any]:
    role: dict[str, Any] = {"country": affiliation.country} if affiliation.country else {
        "org": affiliation.org}
    role.update({"sector": affiliation.sector, "start": start, "end": end})
    return role


@dataclass
class Converter:
    """Accumulates converted entries and the report for one import."""

    countries: frozenset[str]
    orgs: frozenset[str]
    packaged_agents: dict[str, str]
    report: ImportReport = field(default_factory=ImportReport)
    out: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {"people": [], "groups": [], "agents": []})
    ids: set[str] = field(default_factory=set)
    acronyms: frozenset[str] = frozenset()
    imported_agents: set[str] = field(default_factory=set)
    first_names: frozenset[str] = frozenset()
    known_names: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()

    @classmethod
    def for_kb(cls, kb: KnowledgeBase) -> Converter:
        """A converter that checks codes against ``kb`` and takes its acronyms."""
        known = [n for o in kb.organisations for n in (o.name, *o.names)]
        known += [n for g in kb.groups for n in (g.name, *g.names)]
        return cls(frozenset(kb.countries_by_iso3), frozenset(kb.organisations_by_code),
                   {a.phrase.lower(): a.sector for a in kb.agents},
                   acronyms=_acronyms(kb),
                   first_names=frozenset(p.name.split()[0].upper() for p in kb.people
                                         if len(p.name.split()) > 1),
                   known_names=frozenset(n.lower() for n in known),
                   adjectives=frozenset(a.upper() for c in kb.countries for a in
                                        (*c.adjectives, *c.names)))

    def learn_first_names(self, entries: Iterable[RawEntry]) -> None:
        """Take the first names of the dated (person) entries of the dictionaries."""
        names = set(self.first_names)
        for entry in entries:
            if any(len(c.split()) > 1 for c in entry.codes):
                words = _name_words(entry.phrase)
                if len(words) > 1:
                    names.add(words[0])
        self.first_names = frozenset(names)

    def looks_like_person(self, entry: RawEntry, name: str) -> bool:
        """Whether an undated entry names a person rather than a group.

        A person is flagged by the dictionary (a comment such as "senior leader" or
        "CountryInfo.txt", the file of office holders), or has a person's name shape:
        two to four words, none of them an organisation word, the first (after titles)
        a first name of the dictionaries' dated person entries. Company codes (MNC),
        names that start with an Arabic article and the names of packaged groups and
        organisations are never taken for people unless flagged.
        """
        words = entry.phrase.replace("_", " ").split()
        if not words or any(not re.fullmatch(r"[A-Z][A-Z.'-]*", w) for w in words):
            return False
        every = {w.strip(".()") for n in (entry.phrase, *entry.synonyms)
                 for w in n.replace("_", " ").upper().split()}
        if every & ORG_WORDS or name.lower() in self.known_names:
            return False
        if PERSON_COMMENT.search(entry.comment):
            return True
        codes = [c.strip().upper() for c in entry.codes]
        if words[0] in ARTICLE_WORDS or any(c.startswith("MNC") for c in codes):
            return False
        words = _name_words(entry.phrase)
        return (2 <= len(words) <= 4 and words[0] in self.first_names
                and words[0] not in self.adjectives)

    def _skip(self, reason: str) -> None:
        self.report.skipped[reason] += 1

    def actor(self, entry: RawEntry) -> None:
        """Convert one actor entry (or count why not)."""
        self.report.read += 1
        try:
            kind, record = self._actor_record(entry)
        except Skip as exc:
            self._skip(str(exc))
            return
        if record["id"] in self.ids:
            self._skip("duplicate (an earlier entry has the same name)")
            return
        self.ids.add(record["id"])
        self.out[kind].append(record)
        self.report.converted[kind] += 1

    def _codes(self, entry: RawEntry) -> list[ParsedCode]:
        codes = [c for c in entry.codes if c.strip() != NULL_CODE]
        if not entry.codes:
            raise Skip("no code (PETRARCH codes such entries from context)")
        if not codes:
            raise Skip("null code [---] only")
        parsed, errors = [], []
        for code in codes:
            try:
                parsed.append(parse_code(code))
            except Skip as exc:
                errors.append(exc)
        if not parsed:
            raise errors[0]
        return parsed

    def _actor_record(self, entry: RawEntry) -> tuple[str, dict[str, Any]]:
        acronyms = self.acronyms | entry_acronyms([entry.phrase, *entry.synonyms],
                                                  self.adjectives)
        name = display_name(entry.phrase, acronyms)
        if not name:
            raise Skip("empty phrase")
        parsed = self._codes(entry)
        dated = [p for p in parsed if p[1] or p[2]]
        aliases = [a for a in dict.fromkeys(display_name(s, acronyms)
                                            for s in entry.synonyms)
                   if a and a != name]
        if dated:
            return "people", {"id": ID_PREFIX + slug(name), "name": name,
                              "aliases": aliases, "roles": self._roles(dated)}
        if self.looks_like_person(entry, name):
            try:
                roles = self._roles(parsed)
            except Skip:
                self.report.notes["person-like entry kept as a group (no code gives the "
                                  "country or organisation a role needs)"] += 1
            else:
                self.report.notes["person without dates: converted with undated roles"] += 1
                return "people", {"id": ID_PREFIX + slug(name), "name": name,
                                  "aliases": aliases, "roles": roles}
        return "groups", self._group(name, aliases, parsed[0][0])

    def _roles(self, dated: list[ParsedCode]) -> list[dict[str, Any]]:
        roles, errors = [], []
        for code, start, end in dated:
            try:
                affiliation = decode(code, self.countries, self.orgs)
            except Skip as exc:
                errors.append(exc)
                continue
            if affiliation.sector is None:
                errors.append(Skip("dated code without a sector (a state's regimes; "
                                   "packaged countries are kept)"))
                continue
            if affiliation.country is None and affiliation.org is None:
                errors.append(Skip("code with neither a known country nor organisation"))
                continue
            if start and end and end < start:
                errors.append(Skip("date range ending before it starts"))
                continue
            roles.append(_role(affiliation, start, end))
        if not roles:
            raise errors[0]
        return roles

    def _group(self, name: str, aliases: list[str], code: str) -> dict[str, Any]:
        affiliation = decode(code, self.countries, self.orgs)
        if affiliation.org:
            raise Skip("undated IGO code (an organisation or its staff; packaged "
                       "organisations are kept)")
        if affiliation.sector is None:
            raise Skip("a country's own name (packaged countries are kept)")
        group = {"id": ID_PREFIX + slug(name), "name": name, "names": aliases,
                 "sector": affiliation.sector}
        if affiliation.country:
            group["country"] = affiliation.country
        return group

    def agent(self, entry: RawEntry, sets: dict[str, list[str]]) -> None:
        """Convert one agent entry (with its substitutions and plurals)."""
        self.report.read += 1
        try:
            sector = self._agent_sector(entry)
            phrases = self._agent_phrases(entry, sets, sector)
        except Skip as exc:
            self._skip(str(exc))
            return
        self.out["agents"] += [{"phrase": p, "sector": sector, "kind": "both"}
                               for p in phrases]
        self.imported_agents.update(phrases)
        self.report.converted["agents"] += 1

    def _agent_sector(self, entry: RawEntry) -> str:
        codes = [c.strip() for c in entry.codes if c.strip().startswith("~")]
        if not codes:
            raise Skip("agent without a ~ code")
        code = codes[0][1:].upper()
        sectors = [CAMEO_SECTORS[c] for c in chunks(code) if c in CAMEO_SECTORS]
        if not sectors:
            raise Skip("agent code with no POLECAT sector equivalent")
        return sectors[0]

    def _agent_phrases(self, entry: RawEntry, sets: dict[str, list[str]],
                       sector: str) -> list[str]:
        forms = [f for text in (entry.phrase, *entry.plurals) for f in _expand(text, sets)]
        forms = [f for f in dict.fromkeys(forms) if f]
        if any(f.split()[-1] in TRAILING_WORDS for f in forms):
            raise Skip("agent phrase ending in a preposition (a TABARI pattern fragment)")
        new = [f for f in forms if f not in self.imported_agents]
        if not new:
            raise Skip("duplicate (an earlier entry has the same phrase)")
        # a phrase the packaged agents have with another sector: the user's sector wins
        new = [f for f in new if self.packaged_agents.get(f) != sector]
        if not new:
            raise Skip("same phrase and sector as a packaged agent")
        return new


def _name_words(phrase: str) -> list[str]:
    """Words of a phrase without leading titles ("SIR_JOHN_MAJOR_" -> JOHN, MAJOR)."""
    words = phrase.replace("_", " ").split()
    while words and words[0] in TITLE_WORDS:
        words = words[1:]
    return words


def _acronyms(kb: KnowledgeBase) -> frozenset[str]:
    """Words written in capitals in the KB's names ("US", "NATO", "PLA")."""
    names = [n for c in kb.countries for n in (c.name, *c.names)]
    names += [n for o in kb.organisations for n in (o.name, *o.names)]
    names += [n for g in kb.groups for n in (g.name, *g.names)]
    return frozenset(w for n in names for w in n.split()
                     if w.isalpha() and w.isupper() and len(w) > 1) | {"US", "UK"}


def _expand(text: str, sets: dict[str, list[str]]) -> list[str]:
    """Lower-case phrases of an agent pattern, substitution sets expanded."""
    parts = re.split(r"(![A-Z]+!)", text)
    choices = [sets.get(p, [p]) if p.startswith("!") else [p] for p in parts]
    return [re.sub(r"\s+", " ", "".join(c).replace("_", " ")).strip().lower()
            for c in itertools.product(*choices)]


def import_petrarch(paths: Iterable[str | Path], kb: KnowledgeBase
                    ) -> tuple[dict[str, Any], ImportReport]:
    """Convert PETRARCH actor and agent dictionaries into one user-dictionary document.

    Args:
        paths: dictionary files; each is read as an agent file if most of its codes
            start with ``~``, else as an actor file.
        kb: the knowledge base codes are checked against (and agents compared with).

    Returns:
        (document, report): the document is a mapping with ``source``, ``people``,
        ``groups`` and ``agents``, ready to be written as YAML.
    """
    converter = Converter.for_kb(kb)
    names = [str(p) for p in paths]
    files = []
    for path in names:
        lines = read_lines(path)
        agents = is_agent_file(lines)
        files.append((agents, substitutions(lines) if agents else {},
                      list(parse_entries(lines))))
    # first names come from every actor file's dated entries before any is converted
    converter.learn_first_names(e for agents, _, entries in files if not agents
                                for e in entries)
    for agents, sets, entries in files:
        for entry in entries:
            if agents:
                converter.agent(entry, sets)
            else:
                converter.actor(entry)
    return as_yaml_document(names, converter.out), converter.report
