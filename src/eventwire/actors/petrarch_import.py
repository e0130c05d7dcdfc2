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

    @classmethod
    def for_kb(cls, kb: KnowledgeBase) -> Converter:
        """A converter that checks codes against ``kb`` and takes its acronyms."""
        return cls(frozenset(kb.countries_by_iso3), frozenset(kb.organisations_by_code),
                   {a.phrase.lower(): a.sector for a in kb.agents},
                   acronyms=_acronyms(kb))

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
        name = display_name(entry.phrase, self.acronyms)
        if not name:
            raise Skip("empty phrase")
        parsed = self._codes(entry)
        dated = [p for p in parsed if p[1] or p[2]]
        aliases = [a for a in dict.fromkeys(display_name(s, self.acronyms)
                                            for s in entry.synonyms)
                   if a and a != name]
        if dated:
            return "people", {"id": ID_PREFIX + slug(name), "name": name,
                              "aliases": aliases, "roles": self._roles(dated)}
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
    for path in names:
        lines = read_lines(path)
        if is_agent_file(lines):
            sets = substitutions(lines)
            for entry in parse_entries(lines):
                converter.agent(entry, sets)
        else:
            for entry in parse_entries(lines):
                converter.actor(entry)
    return as_yaml_document(names, converter.out), converter.report
