"""User dictionaries: YAML or CSV files of actors merged on top of the packaged ones.

A user dictionary uses the packaged schema (:mod:`eventwire.actors.kb`) in one of
three forms:

* a YAML list named like a packaged file (``people.yaml``, ``groups.yaml`` ...);
* a YAML mapping of any name with one list per kind, and an optional file-wide
  ``source`` note given to every entry that has none::

      source: my project's coders, 2024
      people:
      - id: jane-doe
        name: Jane Doe
        aliases: [Doe]
        roles: [{country: GBR, sector: GOV, title: home secretary, start: 2024-07-05}]
      agents:
      - {phrase: regional governor, sector: GOV, kind: title}

* a CSV file, one entry per row, the kind given by the file name (``people.csv``) or by
  a ``kind`` column; list fields (aliases, names, adjectives) are separated by ``;``.
  People take one row per role (columns country, org, sector, title, start, end, note);
  rows with the same id are one person.

Entries are validated (:mod:`eventwire.actors.schema`) and every problem is reported
with file, entry and field.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eventwire.actors.schema import (
    FIELDS,
    ROLE_FIELDS,
    KnowledgeBaseError,
    Known,
    check_entries,
    duplicate_keys,
)

KINDS = tuple(FIELDS)
KIND_NAMES = {**{k: k for k in KINDS}, "country": "countries", "igo": "igos",
              "organisation": "igos", "organization": "igos", "group": "groups",
              "agent": "agents", "person": "people"}
LIST_FIELDS = ("names", "adjectives", "aliases", "regions", "peoples")
MAX_MESSAGES = 25


class UserDictionaryError(KnowledgeBaseError):
    """A user dictionary cannot be read or is invalid; ``messages`` lists every problem."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        shown = messages[:MAX_MESSAGES]
        more = len(messages) - len(shown)
        text = "\n".join(shown) + (f"\n... and {more} more problems" if more else "")
        super().__init__(text)


@dataclass
class RawDictionary:
    """Raw entries of one file by kind, with the label of each entry for messages."""

    path: Path
    entries: dict[str, list[Any]] = field(default_factory=dict)
    labels: dict[str, list[str]] = field(default_factory=dict)

    def count(self) -> int:
        """Number of entries of all kinds."""
        return sum(len(v) for v in self.entries.values())


class _TextDateLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe YAML loader (libyaml when present) that leaves dates as text, so that a
    bad date is reported with its entry and field rather than as a YAML error."""


_TextDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_TextDateLoader)  # noqa: S506
    except yaml.YAMLError as exc:
        raise UserDictionaryError([f"{path}: not valid YAML ({exc})"]) from exc
    except UnicodeDecodeError as exc:
        raise UserDictionaryError([f"{path}: not UTF-8 text ({exc.reason})"]) from exc


def _from_mapping(path: Path, data: Mapping[Any, Any]) -> RawDictionary:
    unknown = [str(k) for k in data if k not in (*KINDS, "source")]
    if unknown:
        raise UserDictionaryError([
            f"{path}: expected a list of entries, or a mapping with sections "
            f"{', '.join(KINDS)} (lists of entries) and source (text); unknown section "
            f"{', '.join(map(repr, unknown))}"])
    raw = RawDictionary(path)
    source = data.get("source")
    for kind in KINDS:
        entries = data.get(kind) or []
        if not isinstance(entries, list):
            raise UserDictionaryError([f"{path}: section '{kind}' must be a list of entries"])
        if source is not None:
            entries = [{**e, "source": e.get("source", source)} if isinstance(e, Mapping)
                       else e for e in entries]
        raw.entries[kind] = list(entries)
    return raw


def read_yaml(path: Path) -> RawDictionary:
    """Raw entries of a YAML user dictionary (a kind-named list or a mapping of kinds)."""
    data = _yaml(path)
    if data is None:
        return RawDictionary(path)
    if isinstance(data, Mapping):
        return _from_mapping(path, data)
    kind = KIND_NAMES.get(path.stem)
    if not isinstance(data, list):
        raise UserDictionaryError([f"{path}: expected a list of entries or a mapping of "
                                   f"{', '.join(KINDS)}"])
    if kind is None:
        raise UserDictionaryError([
            f"{path}: file name must be one of {', '.join(k + '.yaml' for k in KINDS)} "
            f"for a list of entries; or write a mapping with sections {', '.join(KINDS)}"])
    return RawDictionary(path, {kind: data})


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(";") if v.strip()]


def _row_entry(kind: str, row: Mapping[str, str]) -> dict[str, Any]:
    """A raw entry from a CSV row: empty cells dropped, list fields split on ';'."""
    entry: dict[str, Any] = {}
    for key, value in row.items():
        if key is None or key == "kind" or value is None or not value.strip():
            continue
        entry[key] = _split(value) if key in LIST_FIELDS else value.strip()
    if kind == "people":
        role = {k: entry.pop(k) for k in ROLE_FIELDS if k in entry}
        entry["roles"] = [role] if role else []
    return entry


def _add_row(raw: RawDictionary, kind: str, entry: dict[str, Any], label: str) -> None:
    """Append an entry; a person row with a known id adds a role to that person."""
    entries = raw.entries.setdefault(kind, [])
    labels = raw.labels.setdefault(kind, [])
    if kind == "people":
        for earlier in entries:
            if earlier.get("id") is not None and earlier.get("id") == entry.get("id"):
                earlier["roles"] += entry["roles"]
                earlier["aliases"] = list(dict.fromkeys(
                    [*earlier.get("aliases", []), *entry.get("aliases", [])]))
                return
    entries.append(entry)
    labels.append(f"row {label}")


def read_csv(path: Path) -> RawDictionary:
    """Raw entries of a CSV user dictionary (see the module docstring)."""
    raw = RawDictionary(path)
    default = KIND_NAMES.get(path.stem)
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            for number, row in enumerate(reader, start=2):
                kind = KIND_NAMES.get((row.get("kind") or "").strip().lower(), default)
                if kind is None:
                    raise UserDictionaryError([
                        f"{path}: row {number}: field 'kind': {row.get('kind')!r} is not "
                        f"one of {', '.join(KINDS)} (or name the file after its kind)"])
                _add_row(raw, kind, _row_entry(kind, row), str(number))
    except UnicodeDecodeError as exc:
        raise UserDictionaryError([f"{path}: not UTF-8 text ({exc.reason})"]) from exc
    except csv.Error as exc:
        raise UserDictionaryError([f"{path}: not valid CSV ({exc})"]) from exc
    return raw


def read_dictionary(path: str | Path) -> RawDictionary:
    """Raw entries of one user dictionary file (.yaml, .yml or .csv).

    Raises:
        UserDictionaryError: the file is missing, unreadable or of an unknown form.
    """
    path = Path(path)
    if not path.is_file():
        raise UserDictionaryError([f"{path}: no such knowledge-base file"])
    if path.suffix.lower() in (".yaml", ".yml"):
        return read_yaml(path)
    if path.suffix.lower() == ".csv":
        return read_csv(path)
    raise UserDictionaryError([f"{path}: actor dictionaries are .yaml, .yml or .csv files"])


def check_dictionary(raw: RawDictionary, known: Known | None = None) -> list[str]:
    """Every problem in a raw dictionary (empty list: valid)."""
    messages = []
    for kind, entries in raw.entries.items():
        labels = raw.labels.get(kind) or None
        messages += check_entries(kind, entries, str(raw.path), known, labels)
        messages += duplicate_keys(kind, entries, str(raw.path))
    return messages
