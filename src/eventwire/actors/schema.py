"""Validation of knowledge-base entries, with errors that name file, entry and field.

Every entry kind has required and optional fields (see :mod:`eventwire.actors.kb`).
:func:`check_entries` returns every problem it finds rather than stopping at the first,
so ``eventwire actors validate FILE`` can list them all. Codes are checked for form
(ISO3 country codes, POLECAT sectors, YYYY-MM-DD dates); when ``known`` codes are given,
country and organisation codes must also exist in the knowledge base.

Example:
    >>> check_entries("people", [{"id": "x", "name": "X", "roles": [{"sector": "GOV"}]}],
    ...               "mine.yaml")[0]
    "mine.yaml: entry 0 (id 'x'): field 'roles[0]': needs 'country' or 'org'"
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

SECTORS = frozenset(
    "GOV MIL REB UAF PTY OPP LEG JUD COP SPY BUS JRN CVL LAB REF CRM REL EDU MED ELI NGO "
    "IGO UNK".split())
AGENT_KINDS = ("title", "group", "both", "modifier")
GENDERS = ("m", "f")
ISO3 = re.compile(r"^[A-Z]{3}$")

# kind -> (required fields, optional fields)
FIELDS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = MappingProxyType({
    "countries": (("iso3", "name"), ("names", "adjectives", "capital", "metonyms", "lat",
                                     "lon", "monarchy", "regions", "peoples", "demonyms",
                                     "source")),
    "igos": (("code", "name"), ("names", "sector", "part_of", "seat", "source")),
    "groups": (("id", "name"), ("names", "adjectives", "country", "sector", "source")),
    "agents": (("phrase", "sector"), ("kind", "source")),
    "people": (("id", "name", "roles"), ("aliases", "gender", "source")),
})
ROLE_FIELDS = ("country", "org", "sector", "title", "start", "end", "note")
KEY_FIELD = MappingProxyType({"countries": "iso3", "igos": "code", "groups": "id",
                              "agents": "phrase", "people": "id"})


class KnowledgeBaseError(ValueError):
    """A knowledge-base file is malformed; the message names the file and entry."""


@dataclass(frozen=True)
class Known:
    """Codes an entry may refer to (None: do not check references)."""

    countries: frozenset[str] | None = None
    organisations: frozenset[str] | None = None


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _is_text_list(value: Any) -> bool:
    if isinstance(value, str):
        return True
    return isinstance(value, list) and all(_is_text(v) for v in value)


def _day(value: Any) -> date | None:
    """A date from a YAML date or a YYYY-MM-DD string; raises ValueError otherwise."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value).strip())


def _check_sector(value: Any, required: bool) -> str | None:
    if value is None:
        return "is required" if required else None
    if value not in SECTORS:
        return f"{value!r} is not a sector code (one of {' '.join(sorted(SECTORS))})"
    return None


def _check_country(value: Any, known: Known) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not ISO3.match(value):
        return f"{value!r} is not an ISO 3166-1 alpha-3 code (three capital letters)"
    if known.countries is not None and value not in known.countries:
        return f"unknown country code {value!r} (not in the knowledge base)"
    return None


def _check_org(value: Any, known: Known) -> str | None:
    if value is None:
        return None
    if not _is_text(value):
        return f"{value!r} is not an organisation code"
    if known.organisations is not None and value not in known.organisations:
        return f"unknown organisation code {value!r} (not in igos)"
    return None


def _check_role(role: Any, known: Known) -> list[tuple[str, str]]:
    """(field, problem) pairs for one role of a person."""
    if not isinstance(role, Mapping):
        return [("", "a role must be a mapping with country or org, sector, title, "
                     "start, end")]
    problems = [(k, f"unknown field; expected one of {', '.join(ROLE_FIELDS)}")
                for k in role if k not in ROLE_FIELDS]
    if role.get("country") is None and role.get("org") is None:
        problems.append(("", "needs 'country' or 'org'"))
    checks = {"sector": _check_sector(role.get("sector"), True),
              "country": _check_country(role.get("country"), known),
              "org": _check_org(role.get("org"), known)}
    problems += [(k, v) for k, v in checks.items() if v]
    days: dict[str, date | None] = {}
    for key in ("start", "end"):
        try:
            days[key] = _day(role.get(key))
        except ValueError:
            problems.append((key, f"{role.get(key)!r} is not a date (YYYY-MM-DD)"))
    start, end = days.get("start"), days.get("end")
    if start and end and end < start:
        problems.append(("end", f"{end} is before start {start}"))
    return problems


def _check_roles(roles: Any, known: Known) -> list[tuple[str, str]]:
    if not isinstance(roles, list) or not roles:
        return [("roles", "must be a non-empty list of roles")]
    out = []
    for i, role in enumerate(roles):
        for key, problem in _check_role(role, known):
            out.append((f"roles[{i}]" + (f".{key}" if key else ""), problem))
    return out


def _check_fields(kind: str, entry: Mapping[str, Any], known: Known) -> list[tuple[str, str]]:
    """(field, problem) pairs for one entry of ``kind``."""
    required, optional = FIELDS[kind]
    problems = [(k, "is required") for k in required if entry.get(k) in (None, "", [])]
    problems += [(str(k), f"unknown field; expected one of {', '.join(required + optional)}")
                 for k in entry if k not in required + optional]
    for key in ("name", "id", "code", "phrase", "capital", "source"):
        if entry.get(key) is not None and not _is_text(entry[key]):
            problems.append((key, f"{entry[key]!r} must be text"))
    for key in ("names", "adjectives", "aliases", "regions", "peoples", "demonyms"):
        if entry.get(key) is not None and not _is_text_list(entry[key]):
            problems.append((key, "must be a list of names"))
    if kind in ("groups", "agents", "igos"):
        problem = _check_sector(entry.get("sector"), kind == "agents")
        problems += [("sector", problem)] if problem else []
    if kind == "groups":
        problem = _check_country(entry.get("country"), known)
        problems += [("country", problem)] if problem else []
    if kind == "agents" and entry.get("kind", "title") not in AGENT_KINDS:
        problems.append(("kind", f"{entry['kind']!r} is not one of {', '.join(AGENT_KINDS)}"))
    if kind == "countries" and not ISO3.match(str(entry.get("iso3", ""))):
        problems.append(("iso3", f"{entry.get('iso3')!r} is not three capital letters"))
    if kind == "people":
        if entry.get("gender") is not None and entry["gender"] not in GENDERS:
            problems.append(("gender", f"{entry['gender']!r} is not one of m, f"))
        if entry.get("roles") is not None:
            problems += _check_roles(entry["roles"], known)
    return problems


def entry_label(kind: str, index: int, entry: Any) -> str:
    """"entry 3 (id 'john-kerry')": position (from 0, as the loader counts) and key."""
    if isinstance(entry, Mapping):
        key = KEY_FIELD[kind]
        if entry.get(key) is not None:
            return f"entry {index} ({key} {entry[key]!r})"
    return f"entry {index}"


def check_entries(kind: str, entries: Sequence[Any], origin: str,
                  known: Known | None = None, labels: Sequence[str] | None = None
                  ) -> list[str]:
    """Every problem in ``entries`` of ``kind``, as "FILE: entry N (key): field F: ...".

    Args:
        kind: countries, igos, groups, agents or people.
        entries: raw entries (mappings) as read from a file.
        origin: the file name to report.
        known: codes that references must resolve to (default: form checks only).
        labels: per-entry labels to use instead of "entry N" (e.g. CSV row numbers).

    Returns:
        Messages, in file order; empty when the entries are valid.
    """
    known = known or Known()
    messages = []
    for index, entry in enumerate(entries):
        label = labels[index] if labels else entry_label(kind, index, entry)
        if not isinstance(entry, Mapping):
            messages.append(f"{origin}: {label}: must be a mapping of fields, "
                            f"not {type(entry).__name__}")
            continue
        for key, problem in _check_fields(kind, entry, known):
            where = f"field '{key}': " if key else ""
            messages.append(f"{origin}: {label}: {where}{problem}")
    return messages


def duplicate_keys(kind: str, entries: Iterable[Any], origin: str) -> list[str]:
    """Messages for entries of one file that share a key (id, code, phrase ...)."""
    seen: dict[str, int] = {}
    messages = []
    key = KEY_FIELD[kind]
    for index, entry in enumerate(entries):
        if not isinstance(entry, Mapping) or entry.get(key) is None:
            continue
        value = str(entry[key]).lower() if kind == "agents" else str(entry[key])
        if value in seen:
            messages.append(f"{origin}: {entry_label(kind, index, entry)}: field '{key}': "
                            f"duplicate of entry {seen[value]}")
        seen.setdefault(value, index)
    return messages
