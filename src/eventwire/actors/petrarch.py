"""Import TABARI/PETRARCH actor and agent dictionaries into the user dictionary format.

Actor dictionaries hold one entry per actor: a phrase in capitals with words joined by
``_`` (``BARACK_OBAMA_``), synonyms on ``+`` lines, and CAMEO codes in brackets, on the
same line or on indented lines below, optionally date-ranged::

    BARACK_OBAMA_                # comment
    +PRESIDENT_OBAMA_
        [USAELI 780101-000101]
        [USAGOV >090120]

``[CODE YYMMDD-YYMMDD]`` holds between two dates, ``>YYMMDD`` from, ``<YYMMDD`` until
(two-digit years below 30 are 20xx; eight-digit years are also read). ``[---]`` is a
null code. Agent dictionaries map role nouns to codes that start with ``~``
(``PRESIDENT_ [~GOV]``), may list irregular plurals in braces (``THIEF {THIEVES}``)
and use substitution sets (``!MINIST! = MINISTER, MINISTRY``).

How entries convert:

* an actor with dated codes becomes a person, one role per dated code (a trailing
  undated code, PETRARCH's fallback, is dropped: an ended role codes as ELI anyway);
* an actor with undated codes becomes a named group (country and sector of its first
  code): parties, armed groups, NGOs, companies; unless it looks like a person (see
  :func:`eventwire.actors.petrarch_import.looks_like_person`): then it becomes a person
  with undated roles (start and end empty), or stays a group when no code gives the
  country or organisation a role needs;
* an agent becomes an agent entry of kind "both".

Country codes are CAMEO's (ISO 3166 alpha-3 with a few exceptions, mapped here); the
sector is the first three-letter part with a POLECAT equivalent. Entries that cannot
be converted are counted by reason in an :class:`ImportReport`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

CAMEO_SECTORS = MappingProxyType({
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "PTY": "PTY", "COP": "COP",
    "JUD": "JUD", "LEG": "LEG", "SPY": "SPY", "BUS": "BUS", "MNC": "BUS", "MED": "JRN",
    "HLH": "MED", "EDU": "EDU", "CVL": "CVL", "LAB": "LAB", "REF": "REF", "CRM": "CRM",
    "ELI": "ELI", "UAF": "UAF", "IGO": "IGO", "NGO": "NGO", "NGM": "NGO", "HRI": "NGO",
    "ENV": "NGO", "DEV": "NGO", "AGR": "CVL", "SET": "CVL", "RAD": "OPP", "IMG": "REB",
    "REL": "REL", "CHR": "REL", "CTH": "REL", "MUS": "REL", "JEW": "REL", "BUD": "REL",
    "HIN": "REL", "SHI": "REL", "SUN": "REL",
})
CAMEO_COUNTRIES = MappingProxyType({"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD"})
CAMEO_ORGS = MappingProxyType({
    "UNO": "UN", "EEC": "EU", "NAT": "NATO", "WBK": "WB", "IAE": "IAEA", "WHO": "WHO",
    "KID": "UNICEF", "ASN": "ASEAN", "OPC": "OPEC", "ILO": "ILO", "HCH": "OHCHR",
    "HCR": "UNHCR", "EBR": "EBRD", "EAC": "EAC", "ADB": "ADB", "AFU": "AU", "OAU": "AU",
    "IMF": "IMF", "OAS": "OAS", "ARL": "ARAB_LEAGUE", "ICC": "ICC", "ITP": "INTERPOL",
    "WAS": "ECOWAS", "WTO": "WTO", "ICJ": "ICJ", "WFP": "WFP", "COE": "COE",
    "SAD": "SADC", "GCC": "GCC", "IRC": "ICRC",
})
NO_COUNTRY_PREFIXES = frozenset({"NGO", "MNC", "INT", "IMG", "UIS"})
SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to", "de", "du", "da",
                         "del", "la", "le", "van", "von", "bin", "ibn"})
CODE = re.compile(r"\[([^\]]*)\]")
SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
NULL_CODE = "---"


class Skip(ValueError):
    """An entry (or code) that cannot be converted; the message is the reason."""


@dataclass
class RawEntry:
    """One dictionary entry as read: phrase, synonyms, bracketed codes, line number."""

    phrase: str
    line: int
    synonyms: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    plurals: list[str] = field(default_factory=list)
    comment: str = ""


@dataclass
class ImportReport:
    """What an import converted and what it skipped, by reason (and notes on how)."""

    read: int = 0
    converted: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    notes: Counter[str] = field(default_factory=Counter)

    def lines(self) -> list[str]:
        """The summary printed by ``eventwire actors import-petrarch``."""
        done = ", ".join(f"{kind} {n}" for kind, n in sorted(self.converted.items()))
        out = [f"read {self.read} entries; converted {sum(self.converted.values())} "
               f"({done or 'none'}); skipped {sum(self.skipped.values())}"]
        out += [f"  skipped {n}: {reason}" for reason, n in self.skipped.most_common()]
        out += [f"  note {n}: {note}" for note, n in self.notes.most_common()]
        return out


@dataclass(frozen=True)
class Affiliation:
    """What one CAMEO code says: country or organisation, and sector."""

    country: str | None
    org: str | None
    sector: str | None


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _phrase_and_codes(text: str) -> tuple[str, list[str], list[str]]:
    """(phrase, codes, plurals) of an entry line: codes in [], plurals in {}."""
    codes = [c.strip() for c in CODE.findall(text)]
    rest = CODE.sub(" ", text)
    plurals = [p.strip() for group in re.findall(r"\{([^}]*)\}", rest)
               for p in group.split(",") if p.strip()]
    phrase = re.sub(r"\{[^}]*\}", " ", rest).strip()
    return phrase, codes, plurals


def parse_entries(lines: Iterable[str]) -> Iterator[RawEntry]:
    """Entries of a TABARI/PETRARCH dictionary (actors or agents), in file order.

    Comments (``#`` to the end of the line), blank lines, ``<...>`` markup lines and
    substitution-set definitions are not entries.
    """
    current: RawEntry | None = None
    for number, raw in enumerate(lines, start=1):
        text = _strip_comment(raw)
        stripped = text.strip()
        if not stripped or stripped.startswith("<") or SUBSTITUTION.match(stripped):
            continue
        if stripped.startswith("+") and current is not None:
            current.synonyms.append(_phrase_and_codes(stripped[1:])[0])
        elif stripped.startswith("[") and current is not None:
            current.codes += _phrase_and_codes(stripped)[1]
        else:
            if current is not None:
                yield current
            phrase, codes, plurals = _phrase_and_codes(stripped)
            comment = raw.split("#", 1)[1].strip() if "#" in raw else ""
            current = RawEntry(phrase, number, codes=codes, plurals=plurals, comment=comment)
    if current is not None:
        yield current


def substitutions(lines: Iterable[str]) -> dict[str, list[str]]:
    """Substitution sets of an agent dictionary: ``!PERSON! = MAN, MEN`` -> {...}."""
    sets = {}
    for raw in lines:
        match = SUBSTITUTION.match(_strip_comment(raw).strip())
        if match:
            sets[match.group(1)] = [v.strip() for v in match.group(2).split(",") if v.strip()]
    return sets


def _read_date(text: str) -> date:
    """A YYMMDD or YYYYMMDD date (two-digit years below 30 are 20xx)."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise Skip(f"unreadable date {text!r} in a code")
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError as exc:
        raise Skip(f"unreadable date {text!r} in a code") from exc


def parse_code(text: str) -> tuple[str, date | None, date | None]:
    """(code, start, end) of a bracketed code such as ``USAGOV 090120-121231``."""
    parts = text.split()
    if not parts:
        raise Skip("empty code []")
    code, span = parts[0], "".join(parts[1:])
    if not span:
        return code, None, None
    if span.startswith(">"):
        return code, _read_date(span[1:]), None
    if span.startswith("<"):
        return code, None, _read_date(span[1:])
    start, sep, end = span.partition("-")
    if not sep:
        raise Skip(f"unreadable date range {span!r} in a code")
    return code, _read_date(start), _read_date(end)


def chunks(code: str) -> list[str]:
    """Three-letter parts of a CAMEO code."""
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def _org(parts: list[str], orgs: frozenset[str]) -> str:
    """The most specific known organisation in an IGO code (``IGOUNOHLHWHO`` -> WHO)."""
    for chunk in reversed(parts[1:]):
        org = CAMEO_ORGS.get(chunk)
        if org in orgs:
            return org
    raise Skip("IGO code names no organisation in the knowledge base")


def decode(code: str, countries: frozenset[str], orgs: frozenset[str]) -> Affiliation:
    """Country or organisation and sector of a CAMEO actor code.

    Raises:
        Skip: a null code, an unknown country, or an organisation not in the KB.
    """
    if code.startswith(NULL_CODE) or not code.isalpha():
        raise Skip("null or malformed code (e.g. [---])")
    parts = chunks(code.upper())
    first = parts[0]
    sector = next((CAMEO_SECTORS[c] for c in parts[1:] if c in CAMEO_SECTORS), None)
    if first == "IGO":
        return Affiliation(None, _org(parts, orgs), "IGO")
    if first in NO_COUNTRY_PREFIXES:
        # a religion or sector after the prefix is no country (IMGMUS: Muslim militants,
        # not Mauritius)
        country = (CAMEO_COUNTRIES.get(parts[1], parts[1])
                   if len(parts) > 1 and parts[1] not in CAMEO_SECTORS else None)
        own = CAMEO_SECTORS.get(first)
        if country in countries:
            return Affiliation(country, None, own or sector)
        org = next((CAMEO_ORGS[c] for c in reversed(parts[1:])
                    if CAMEO_ORGS.get(c) in orgs), None)
        return Affiliation(None, org, own or sector)
    if first in CAMEO_SECTORS and len(code) == 3:
        return Affiliation(None, None, CAMEO_SECTORS[first])
    country = CAMEO_COUNTRIES.get(first, first)
    if country not in countries:
        raise Skip("country code not in the knowledge base (regions, former states ...)")
    return Affiliation(country, None, sector)


def _title_word(word: str) -> str:
    """"AL-ASSAD" -> "Al-Assad", "O'NEIL" -> "O'Neil", "PEOPLE'S" -> "People's"."""
    parts = []
    for part in word.lower().split("-"):
        head, apostrophe, tail = part.partition("'")
        if apostrophe and len(head) == 1:
            parts.append(head.upper() + "'" + tail.capitalize())
        else:
            parts.append(part.capitalize())
    return "-".join(parts)


def _initials(words: list[str]) -> set[str]:
    """Runs of two or more initials of ``words``, with and without the small words."""
    out: set[str] = set()
    for kept in (words, [w for w in words if w.lower() not in SMALL_WORDS]):
        letters = "".join(w[0] for w in kept if w[:1].isalpha()).upper()
        out.update(letters[i:j] for i in range(len(letters))
                   for j in range(i + 2, len(letters) + 1))
    return out


def entry_acronyms(names: Iterable[str], exclude: frozenset[str] = frozenset()
                   ) -> frozenset[str]:
    """Short words of an entry's names that are acronyms by the entry's own evidence.

    The dictionaries are written in capitals, so an acronym is known by what it
    abbreviates: a name of one word of two to six letters that is the initials of
    another name of the entry (``+PLA`` under ``PEOPLE'S_LIBERATION_ARMY``), or a word
    of two to six letters in parentheses (``..._ARMY_(AAIA)_``). Words in ``exclude``
    (country names, say) and small words ("OF") never are.
    """
    split = [n.replace("_", " ").split() for n in names]
    runs = set().union(*(_initials(w) for w in split if len(w) > 1)) if split else set()
    out = set()
    for words in split:
        for word in words:
            bare = word.strip("().,").upper()
            if (not bare.isalpha() or not 2 <= len(bare) <= 6 or bare in exclude
                    or bare.lower() in SMALL_WORDS):
                continue
            if word.startswith("(") and word.endswith(")"):
                out.add(bare)
            elif len(words) == 1 and bare in runs:
                out.add(bare)
    return frozenset(out)


_ORDINAL = re.compile(r"^(\d+)(ST|ND|RD|TH|S)$", re.IGNORECASE)


def _code_like(word: str) -> bool:
    """A word with digits whose letter runs are short ("MI5", "T4CD", "WD-40")."""
    return any(c.isdigit() for c in word) and all(
        len(run) <= 3 for run in re.findall(r"[A-Za-z]+", word))


def display_name(phrase: str, acronyms: frozenset[str] = frozenset()) -> str:
    """A name in normal case: "BASHAR_AL-ASSAD_" -> "Bashar Al-Assad".

    Words in ``acronyms`` (e.g. "NATO", "US", "PLA"), abbreviations with dots ("U.N.")
    and words without vowels ("UNHCR") stay in capitals, words with digits and short
    letter runs as written ("MI5", "WD-40", "61398"; ordinals and decades in lower case:
    "7th", "1920s"; "OMEGA-7" -> "Omega-7"). In a phrase written in mixed case
    ("UN_Secy_Gen") all-caps words of up to three letters stay in capitals.
    """
    words = phrase.replace("_", " ").split()
    mixed = any(c.islower() for c in phrase)
    out = []
    for i, word in enumerate(words):
        bare = word.strip("().,")
        ordinal = _ORDINAL.match(bare)
        if ordinal:
            out.append(word.replace(bare, ordinal.group(1) + ordinal.group(2).lower()))
        elif (bare.upper() in acronyms or ("." in word and len(word) <= 4 and word[1] == ".")
                or _code_like(word)
                or (mixed and bare.isupper() and bare.isalpha() and len(bare) <= 3)):
            out.append(word)
        elif bare.isalpha() and not re.search(r"[AEIOUY]", bare.upper()) and len(bare) > 2:
            out.append(word)
        elif i and word.lower() in SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append(_title_word(word))
    return " ".join(out)


def slug(name: str) -> str:
    """An id from a name: "Bashar Al-Assad" -> "bashar-al-assad"."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def read_lines(path: str | Path) -> list[str]:
    """Lines of a dictionary file (UTF-8, else Latin-1, as the old files often are)."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        return data.decode("latin-1").splitlines()


def is_agent_file(lines: list[str]) -> bool:
    """Whether a dictionary holds agents (codes starting with ``~``)."""
    codes = [c for line in lines for c in CODE.findall(_strip_comment(line))]
    return bool(codes) and sum(c.strip().startswith("~") for c in codes) > len(codes) / 2


def as_yaml_document(sources: list[str], converted: dict[str, list[dict[str, Any]]]
                     ) -> dict[str, Any]:
    """The user-dictionary document (a mapping of kinds with a source note)."""
    names = ", ".join(Path(s).name for s in sources)
    doc: dict[str, Any] = {"source": f"imported from PETRARCH dictionaries ({names}) "
                                     f"by eventwire actors import-petrarch"}
    doc.update({kind: entries for kind, entries in converted.items() if entries})
    return doc
