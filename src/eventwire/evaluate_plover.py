"""Score the coder on a PLOVER gold-standard file (sentence-level gold).

The Open Event Data Alliance's PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt) are
a JSON array of coded sentences; the first record documents the file (event
"DOCUMENT"). Each other record has the sentence (`text`), its event type (`event`,
PLOVER 0.5b1 names), and `source` / `target` lists of actors with a `code` (ISO3 country,
or IGO / NGO with the organisation in `actorText`) and an optional `sector`. Dates are
placeholders.

Each record becomes one gold "article" holding one sentence, so the usual scorer gives
P/R/F1; on top of that the sentence-level measures of the PLOVER literature:

- type accuracy: gold sentences whose gold type (or an accepted alternative) is among
  the types predicted for the sentence;
- source / target country accuracy, on the sentences whose type matched: a prediction of
  the matched type has a source (target) among the gold ones.

Negated and hypothetical predictions are not events here either.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.evaluate import (
    PLOVER_TYPES,
    SYMMETRIC_TYPES,
    GoldArticle,
    GoldEvent,
    Report,
    format_table,
    score,
)
from eventwire.records import Article

# PLOVER 0.5b1 names -> today's types (first is the type, the rest accepted alternatives).
OLD_TYPE_NAMES = {
    "DEMAND": ("REQUEST",),
    "DISAPPROVE": ("ACCUSE",),
    "INVESTIGATE": ("ACCUSE",),
    "FIGHT": ("ASSAULT",),
    "YIELD": ("CONCEDE", "RETREAT"),
}
# Codes in the file that are not ISO 3166-1 alpha-3.
CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# IGO / NGO actors: words of `actorText` -> the project's organisation code (first hit wins).
ORG_WORDS = (
    ("nato", "NATO"), ("european", "EU"), ("eu ", "EU"), ("atomic energy", "IAEA"),
    ("iaea", "IAEA"), ("osce", "OSCE"), ("arab league", "ARAB_LEAGUE"),
    ("asia-pacific economic", "APEC"), ("labor office", "ILO"), ("red crescent", "IFRC"),
    ("red cross", "ICRC"), ("amnesty", "AMNESTY"), ("refugee agency", "UNHCR"),
    ("security council", "UNSC"), ("u.n.", "UN"), ("un ", "UN"), ("united nations", "UN"),
    ("kofi annan", "UN"),
)  # fmt: skip
SECTORS = frozenset(
    "GOV MIL REB UAF PTY OPP LEG JUD COP SPY BUS JRN CVL LAB REF CRM REL EDU MED ELI NGO "
    "IGO UNK".split()
)
SECTOR_FIXES = {"CIV": "CVL"}


@dataclass(frozen=True)
class PloverSentence:
    """One gold-standard record as a one-sentence article with its gold.

    Attributes:
        id: the record id.
        text: the sentence.
        types: the gold type first, then accepted alternatives (old names mapped).
        sources: codes of the source actors (empty when the record names none).
        targets: codes of the target actors (empty when there is no addressee).
        gold: the sentence's gold events for the usual scorer (sources x targets).
    """

    id: str
    text: str
    types: tuple[str, ...]
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    gold: GoldArticle

    def article(self) -> Article:
        """The sentence as an article to code. It has no publication date (the file's
        dates are placeholders): people are coded by their latest office, not by the
        office they held on a made-up day."""
        return Article(id=self.id, text=self.text, published=None,
                       source="PLOVER gold standard")


# ---------------------------------------------------------------------------- loading


def is_plover_file(path: str | Path) -> bool:
    """Whether a gold file is a PLOVER JSON array (else it is the project's JSON Lines)."""
    with open(path, encoding="utf-8") as handle:
        head = handle.read(4096).lstrip("\ufeff \t\r\n")
    return head.startswith("[")


def load_plover(path: str | Path) -> list[PloverSentence]:
    """Read a PLOVER gold-standard file.

    Args:
        path: the JSON array of records; DOCUMENT records and records without text or
            with an unknown event type are skipped.

    Returns:
        One PloverSentence per coded record, in file order.

    Raises:
        ValueError: the file is not a JSON array.
    """
    with open(path, encoding="utf-8") as handle:
        records = json.load(handle)
    if not isinstance(records, list):
        raise ValueError(f"{path}: expected a JSON array of PLOVER records")
    sentences: list[PloverSentence] = []
    seen: set[str] = set()
    for record in records:
        sentence = plover_sentence(record) if isinstance(record, dict) else None
        if sentence is None:
            continue
        if sentence.id in seen:  # the file repeats an id: keep both sentences apart
            sentence = plover_sentence({**record, "id": f"{sentence.id}#{len(sentences)}"})
        seen.add(sentence.id)
        sentences.append(sentence)
    return sentences


def map_type(name: str) -> tuple[str, ...]:
    """A PLOVER type name, old or new, as (type, *alternatives); () if unknown."""
    name = (name or "").strip().upper()
    if name in OLD_TYPE_NAMES:
        return OLD_TYPE_NAMES[name]
    return (name,) if name in PLOVER_TYPES else ()


def plover_sentence(record: dict[str, Any]) -> PloverSentence | None:
    """One PLOVER record as a PloverSentence, or None for documentation and unusable ones."""
    types = map_type(str(record.get("event", "")))
    text = record.get("text")
    if not types or not isinstance(text, str) or not text.strip():
        return None
    record_id = str(record.get("id") or f"plover-{abs(hash(text))}")
    sources = _actors(record.get("source"))
    targets = _actors(record.get("target"))
    events = tuple(
        GoldEvent(type=types[0], alt_types=types[1:], source=src, source_sector=ssec,
                  target=tgt, target_sector=tsec, evidence=text)
        for (src, ssec), (tgt, tsec) in _pairs(sources, targets)
    )
    return PloverSentence(
        id=record_id,
        text=text,
        types=types,
        sources=tuple(dict.fromkeys(code for code, _ in sources)),
        targets=tuple(dict.fromkeys(code for code, _ in targets)),
        gold=GoldArticle(article_id=record_id, events=events, split="plover"),
    )


Side = tuple[str, str | None]


def _pairs(sources: list[Side], targets: list[Side]) -> list[tuple[Side, tuple[str | None, Any]]]:
    """(source, target) pairs: the product of the lists, or, with no target, pairs among
    several sources (a reciprocal "A and B agreed"), or a single source with no target."""
    if targets:
        return [(s, t) for s in sources for t in targets if s[0] != t[0] or s[1] != t[1]]
    if len(sources) > 1:
        return [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:] if a != b]
    return [(s, (None, None)) for s in sources]


def _actors(value: Any) -> list[Side]:
    """(code, sector) of each actor of a source or target field (a list, or "" / null)."""
    if not isinstance(value, list):
        return []
    actors = []
    for actor in value:
        if isinstance(actor, dict) and actor.get("code"):
            code = actor_code(str(actor["code"]), str(actor.get("actorText") or ""))
            actors.append((code, normalise_sector(actor.get("sector"))))
    return actors


def actor_code(code: str, text: str) -> str:
    """The project's code for a PLOVER actor: ISO3 country or organisation code."""
    code = code.strip().upper()
    code = CODE_FIXES.get(code, code)
    if code not in ("IGO", "NGO"):
        return code
    words = f" {text.lower()} "
    return next((org for word, org in ORG_WORDS if word in words), code)


def normalise_sector(value: Any) -> str | None:
    """A POLECAT sector from a PLOVER one ("CVLalb" -> CVL, "***" -> None)."""
    if not isinstance(value, str):
        return None
    head = SECTOR_FIXES.get(value[:3].upper(), value[:3].upper())
    return head if head in SECTORS else None


# ---------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class PloverReport:
    """Sentence-level accuracy on a PLOVER file, and the usual event report."""

    sentences: int = 0
    type_correct: int = 0
    source_checked: int = 0
    source_correct: int = 0
    target_checked: int = 0
    target_correct: int = 0
    events: Report = field(default_factory=Report)

    @property
    def type_accuracy(self) -> float | None:
        """Sentences whose gold type was predicted / sentences."""
        return _ratio(self.type_correct, self.sentences)

    @property
    def source_accuracy(self) -> float | None:
        """Right source country on type-matched sentences with a gold source."""
        return _ratio(self.source_correct, self.source_checked)

    @property
    def target_accuracy(self) -> float | None:
        """Right target country on type-matched sentences with a gold target."""
        return _ratio(self.target_correct, self.target_checked)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data for JSON."""
        counts = ("sentences", "type_correct", "source_checked", "source_correct",
                  "target_checked", "target_correct")
        rates = ("type_accuracy", "source_accuracy", "target_accuracy")
        return {**{name: getattr(self, name) for name in counts + rates},
                "events": self.events.to_dict()}


def _ratio(part: int, whole: int) -> float | None:
    """part / whole, or None when whole is zero."""
    return part / whole if whole else None


def score_plover(sentences: Iterable[PloverSentence], predicted: Iterable[Any]) -> PloverReport:
    """Compare predicted events with PLOVER sentence gold.

    Args:
        sentences: the gold sentences (from `load_plover`).
        predicted: event records (`Event.to_dict()` shape, or objects with `to_dict`).

    Returns:
        Type, source and target accuracy per sentence, and the usual event report.
    """
    sentences = list(sentences)
    records = [r.to_dict() if hasattr(r, "to_dict") else r for r in predicted]
    keys: dict[str, list[tuple[str, str | None, str | None]]] = {}
    for record in records:
        if not (record.get("negated") or record.get("hypothetical")):
            keys.setdefault(record.get("article_id"), []).append(_raw_key(record))
    counts = [0, 0, 0, 0, 0]
    for sentence in sentences:
        _count_sentence(sentence, keys.get(sentence.id, []), counts)
    return PloverReport(len(sentences), *counts,
                        events=score([s.gold for s in sentences], records))


def _raw_key(record: dict[str, Any]) -> tuple[str, str | None, str | None]:
    """(type, source code, target code) of a prediction, in its own direction."""
    codes = []
    for side in ("source", "target"):
        actor = record.get(side)
        codes.append((actor.get("country") or actor.get("org")) if isinstance(actor, dict)
                     else None)
    return record.get("event_type") or record.get("type") or "", codes[0], codes[1]


def _count_sentence(sentence: PloverSentence, keys: list[tuple[str, Any, Any]],
                    counts: list[int]) -> None:
    """Add one sentence's type, source and target hits to counts (in field order).

    A prediction of a symmetric type (CONSULT, AGREE, COOPERATE) finds a gold actor on
    either of its sides.
    """
    typed = [k for k in keys if k[0] in sentence.types]
    if not typed:
        return
    counts[0] += 1
    for side, index, gold in ((1, 1, sentence.sources), (2, 3, sentence.targets)):
        if not gold:
            continue
        counts[index] += 1
        counts[index + 1] += any(
            k[side] in gold or (k[0] in SYMMETRIC_TYPES and bool({k[1], k[2]} & set(gold)))
            for k in typed
        )


def format_plover(report: PloverReport, max_items: int | None = None) -> str:
    """A plain-text view: sentence-level accuracies, then the usual event table."""
    def pct(value: float | None) -> str:
        return "   -  " if value is None else f"{value:6.1%}"

    head = [
        f"PLOVER gold standard: {report.sentences} sentences",
        f"type accuracy   {pct(report.type_accuracy)}  "
        f"({report.type_correct}/{report.sentences} sentences with the gold type predicted)",
        f"source country  {pct(report.source_accuracy)}  "
        f"({report.source_correct}/{report.source_checked} type-matched sentences)",
        f"target country  {pct(report.target_accuracy)}  "
        f"({report.target_correct}/{report.target_checked} type-matched sentences)",
        "",
    ]
    return "\n".join(head) + format_table(report.events, max_items)
