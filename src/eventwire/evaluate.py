"""Score coded events against a hand-annotated gold standard (ANNOTATION.md, "Scoring").

Events are compared per article as keys (type, source code, target code), where a code
is the actor's country, else its organisation. Gold events are core (must be found) or
optional (finding one is never an error). CONSULT, AGREE and COOPERATE match in either
direction; a gold event's alternative types are accepted. Predictions flagged negated or
hypothetical are not events and are ignored; the same key predicted several times in one
article is one event.

The gold file is JSON Lines, one article per line::

    {"article_id": "...", "split": "dev", "events": [{"type": "CONSULT", "alt_types": [],
     "source": "JPN", "source_sector": "GOV", "target": "USA", "target_sector": "GOV",
     "date": "2024-01-12", "date_precision": "day", "location": "Washington",
     "core": true, "evidence": "..."}]}
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from eventwire.evaluate_causes import (
    FALSE_CAUSES,
    MISS_CAUSES,
    breakdown,
    false_cause,
    miss_cause,
)

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
DATE_PRECISIONS = {"day": 10, "month": 7, "year": 4}
# Equal-width confidence bins of the reliability table and the calibration error.
CALIBRATION_BINS = 10
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

Key = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class GoldEvent:
    """One hand-coded event.

    Attributes:
        type: PLOVER event type.
        source: country (ISO3) or organisation code of the source actor.
        target: code of the target actor, or None for events without an addressee.
        alt_types: other types accepted for this event.
        source_sector: POLECAT sector of the source, or None if not given.
        target_sector: POLECAT sector of the target, or None if not given.
        date: YYYY-MM-DD, YYYY-MM or YYYY, or None when the text gives no date.
        date_precision: day, month or year (None when date is None).
        location: where it happened, or None.
        core: True if a coder must find it; False if it is optional.
        evidence: exact text of the article that proves the event.
    """

    type: str
    source: str
    target: str | None
    alt_types: tuple[str, ...] = ()
    source_sector: str | None = None
    target_sector: str | None = None
    date: str | None = None
    date_precision: str | None = None
    location: str | None = None
    core: bool = True
    evidence: str = ""

    def match(self, key: Key) -> str | None:
        """How a predicted key matches this event.

        Args:
            key: (type, source code, target code) of a prediction.

        Returns:
            "same" for a match in the gold direction, "reversed" for a symmetric type
            coded the other way round, None for no match.
        """
        event_type, source, target = key
        if event_type != self.type and event_type not in self.alt_types:
            return None
        if (source, target) == (self.source, self.target):
            return "same"
        if event_type in SYMMETRIC_TYPES and (target, source) == (self.source, self.target):
            return "reversed"
        return None


@dataclass(frozen=True)
class GoldArticle:
    """The gold events of one article, and the split (dev or test) it belongs to."""

    article_id: str
    events: tuple[GoldEvent, ...]
    split: str | None = None


# ---------------------------------------------------------------------------- loading


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold file (JSON Lines, one article per line; blank lines are skipped).

    Args:
        path: the gold file.

    Returns:
        The articles in file order.

    Raises:
        ValueError: a line is not valid JSON or a field is missing or malformed; the
            message names the file, the line number, the event index and the field.
    """
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            article = _parse_article(line, where)
            if article.article_id in seen:
                raise ValueError(f"{where}: field 'article_id': duplicate {article.article_id!r}")
            seen.add(article.article_id)
            articles.append(article)
    return articles


def _parse_article(line: str, where: str) -> GoldArticle:
    """One gold line as a GoldArticle; `where` prefixes every error message."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: not valid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise ValueError(f"{where}: expected a JSON object")
    article_id = record.get("article_id")
    if not isinstance(article_id, str) or not article_id:
        raise ValueError(f"{where}: field 'article_id': expected a non-empty string")
    split = _optional_str(record, "split", where)
    events = record.get("events")
    if not isinstance(events, list):
        raise ValueError(f"{where}: field 'events': expected a list")
    parsed = tuple(
        _parse_event(event, f"{where}: event {index}") for index, event in enumerate(events)
    )
    return GoldArticle(article_id=article_id, events=parsed, split=split)


def _parse_event(record: Any, where: str) -> GoldEvent:
    """One gold event object as a GoldEvent; `where` prefixes every error message."""
    if not isinstance(record, dict):
        raise ValueError(f"{where}: expected a JSON object")
    event_type = record.get("type")
    if event_type not in PLOVER_TYPES:
        raise ValueError(f"{where}: field 'type': {event_type!r} is not a PLOVER type")
    alt_types = record.get("alt_types") or []
    if not isinstance(alt_types, list) or any(t not in PLOVER_TYPES for t in alt_types):
        raise ValueError(f"{where}: field 'alt_types': expected a list of PLOVER types")
    source = record.get("source")
    if not isinstance(source, str) or not source:
        raise ValueError(f"{where}: field 'source': expected a country or organisation code")
    core = record.get("core", True)
    if not isinstance(core, bool):
        raise ValueError(f"{where}: field 'core': expected true or false")
    date, precision = _parse_date(record, where)
    return GoldEvent(
        type=event_type,
        source=source,
        target=_optional_str(record, "target", where),
        alt_types=tuple(alt_types),
        source_sector=_optional_str(record, "source_sector", where),
        target_sector=_optional_str(record, "target_sector", where),
        date=date,
        date_precision=precision,
        location=_optional_str(record, "location", where),
        core=core,
        evidence=_optional_str(record, "evidence", where) or "",
    )


def _parse_date(record: dict[str, Any], where: str) -> tuple[str | None, str | None]:
    """The (date, date_precision) of a gold event, checked against each other."""
    date = _optional_str(record, "date", where)
    precision = _optional_str(record, "date_precision", where)
    if date is None:
        if precision is not None:
            raise ValueError(f"{where}: field 'date_precision': given without a date")
        return None, None
    if not _DATE_RE.match(date):
        raise ValueError(f"{where}: field 'date': {date!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    if precision is None:
        precision = next(name for name, size in DATE_PRECISIONS.items() if size == len(date))
    if DATE_PRECISIONS.get(precision) != len(date):
        raise ValueError(f"{where}: field 'date_precision': {precision!r} does not fit {date!r}")
    return date, precision


def _optional_str(record: dict[str, Any], name: str, where: str) -> str | None:
    """A field that must be a string or null (missing counts as null)."""
    value = record.get(name)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{where}: field {name!r}: expected a string or null")
    return value


def load_predictions(path: str | Path) -> Iterator[dict[str, Any]]:
    """Read predicted events from a JSON Lines file as `eventwire code` writes it.

    Args:
        path: the predictions file, one event record per line.

    Yields:
        Each event record as a dict.
    """
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def select_split(gold: Iterable[GoldArticle], split: str | None) -> list[GoldArticle]:
    """The gold articles of one split ("dev", "test"), or all of them when split is None."""
    return [article for article in gold if split is None or article.split == split]


# ---------------------------------------------------------------------------- report


class _Rates:
    """Precision, recall and F1 from the counts gold, found, predicted, correct."""

    gold: int
    found: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float | None:
        """Correct distinct predicted keys / distinct predicted keys."""
        return _ratio(self.correct, self.predicted)

    @property
    def recall(self) -> float | None:
        """Core gold events found / core gold events."""
        return _ratio(self.found, self.gold)

    @property
    def f1(self) -> float | None:
        """F1 of precision and recall."""
        return _f1(self.precision, self.recall)


@dataclass(frozen=True)
class TypeScore(_Rates):
    """Counts for one event type: recall by gold type, precision by predicted type."""

    type: str
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0


@dataclass(frozen=True)
class Miss:
    """A core gold event that no prediction matched."""

    article_id: str
    type: str
    source: str
    target: str | None
    evidence: str
    # why it was missed: a key of evaluate_causes.MISS_CAUSES
    cause: str = ""


@dataclass(frozen=True)
class WrongDate:
    """A matched dated core gold event whose predicted date is not the gold date."""

    article_id: str
    type: str
    source: str
    target: str | None
    gold_date: str
    predicted_date: str | None
    evidence: str


@dataclass(frozen=True)
class FalseEvent:
    """A predicted key that matches no gold event of its article."""

    article_id: str
    type: str
    source: str | None
    target: str | None
    sentence: str
    # why it is false: a key of evaluate_causes.FALSE_CAUSES
    cause: str = ""


@dataclass(frozen=True)
class CalibrationBin:
    """Predicted keys whose confidence is in [low, high): how many, their mean
    confidence and the share of them that are right."""

    low: float
    high: float
    count: int
    mean_confidence: float
    precision: float


@dataclass(frozen=True)
class Report(_Rates):
    """The result of `score`: counts, rates and the lists of errors."""

    articles: int = 0
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    by_type: dict[str, TypeScore] = field(default_factory=dict)
    dated: int = 0
    date_correct: int = 0
    sectors: int = 0
    sector_correct: int = 0
    misses: tuple[Miss, ...] = ()
    false_events: tuple[FalseEvent, ...] = ()
    wrong_dates: tuple[WrongDate, ...] = ()
    countries: int = 0
    country_correct: int = 0
    # per side: {"source": [right, total], "target": [right, total]}
    country_sides: dict[str, tuple[int, int]] = field(default_factory=dict)
    sector_sides: dict[str, tuple[int, int]] = field(default_factory=dict)
    # (confidence, right) for every predicted key, for the calibration measures
    outcomes: tuple[tuple[float, bool], ...] = ()

    @property
    def brier(self) -> float | None:
        """Mean squared gap between a key's confidence and whether it was right."""
        if not self.outcomes:
            return None
        return sum((c - right) ** 2 for c, right in self.outcomes) / len(self.outcomes)

    @property
    def calibration_error(self) -> float | None:
        """Expected calibration error: the keys' mean |confidence - share right| over
        the bins of `reliability`, weighted by the keys in each bin."""
        if not self.outcomes:
            return None
        return sum(b.count * abs(b.mean_confidence - b.precision)
                   for b in self.reliability()) / len(self.outcomes)

    def reliability(self) -> list[CalibrationBin]:
        """Predicted keys binned by confidence: how sure the coder was, how often right."""
        bins: dict[int, list[tuple[float, bool]]] = {}
        for confidence, right in self.outcomes:
            index = min(int(confidence * CALIBRATION_BINS), CALIBRATION_BINS - 1)
            bins.setdefault(index, []).append((confidence, right))
        return [
            CalibrationBin(
                low=index / CALIBRATION_BINS, high=(index + 1) / CALIBRATION_BINS,
                count=len(items), mean_confidence=sum(c for c, _ in items) / len(items),
                precision=sum(r for _, r in items) / len(items))
            for index, items in sorted(bins.items())
        ]

    @property
    def miss_causes(self) -> list[tuple[str, int]]:
        """How many misses of each class (evaluate_causes.MISS_CAUSES)."""
        return breakdown((m.cause for m in self.misses), MISS_CAUSES)

    @property
    def false_causes(self) -> list[tuple[str, int]]:
        """How many false events of each class (evaluate_causes.FALSE_CAUSES)."""
        return breakdown((f.cause for f in self.false_events), FALSE_CAUSES)

    @property
    def date_accuracy(self) -> float | None:
        """Matched dated core events with the right date / matched dated core events."""
        return _ratio(self.date_correct, self.dated)

    @property
    def sector_accuracy(self) -> float | None:
        """Right actor sectors / gold sectors of matched events."""
        return _ratio(self.sector_correct, self.sectors)

    @property
    def country_accuracy(self) -> float | None:
        """Right actor codes (country, else organisation) / gold actors of the core
        events that have a prediction of their type in the article (see `score`)."""
        return _ratio(self.country_correct, self.countries)

    def side_accuracy(self, what: str, side: str) -> float | None:
        """Country or sector accuracy of the source or the target actors alone."""
        sides = self.country_sides if what == "country" else self.sector_sides
        right, total = sides.get(side, (0, 0))
        return _ratio(right, total)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data, ready for JSON (rates are None when undefined)."""
        rates = ("precision", "recall", "f1")
        return {
            "articles": self.articles,
            "gold": self.gold,
            "found": self.found,
            "predicted": self.predicted,
            "correct": self.correct,
            **{name: getattr(self, name) for name in rates},
            "by_type": {
                name: {**asdict(s), **{r: getattr(s, r) for r in rates}}
                for name, s in self.by_type.items()
            },
            "date_accuracy": self.date_accuracy,
            "dated": self.dated,
            "date_correct": self.date_correct,
            "sector_accuracy": self.sector_accuracy,
            "sectors": self.sectors,
            "sector_correct": self.sector_correct,
            "country_accuracy": self.country_accuracy,
            "countries": self.countries,
            "country_correct": self.country_correct,
            **{
                f"{side}_{what}_accuracy": self.side_accuracy(what, side)
                for what in ("country", "sector")
                for side in ("source", "target")
            },
            **{
                f"{side}_{what}": {"correct": n[0], "total": n[1]}
                for what, sides in (
                    ("countries", self.country_sides),
                    ("sectors", self.sector_sides),
                )
                for side, n in sides.items()
            },
            "calibration": {
                "brier": self.brier,
                "calibration_error": self.calibration_error,
                "bins": [asdict(b) for b in self.reliability()],
            },
            "miss_causes": dict(self.miss_causes),
            "false_causes": dict(self.false_causes),
            "misses": [asdict(m) for m in self.misses],
            "false_events": [asdict(f) for f in self.false_events],
            "wrong_dates": [asdict(w) for w in self.wrong_dates],
        }


def _ratio(part: int, whole: int) -> float | None:
    """part / whole, or None when whole is zero."""
    return part / whole if whole else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    """Harmonic mean of precision and recall (None if either is undefined)."""
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# ---------------------------------------------------------------------------- scoring


@dataclass
class _Tally:
    """Mutable counts while scoring; frozen into a Report at the end."""

    articles: int = 0
    gold: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)
    predicted: dict[str, int] = field(default_factory=dict)
    correct: dict[str, int] = field(default_factory=dict)
    dated: int = 0
    date_correct: int = 0
    sectors: int = 0
    sector_correct: int = 0
    misses: list[Miss] = field(default_factory=list)
    false_events: list[FalseEvent] = field(default_factory=list)
    wrong_dates: list[WrongDate] = field(default_factory=list)
    countries: int = 0
    country_correct: int = 0
    country_sides: dict[str, list[int]] = field(default_factory=dict)
    sector_sides: dict[str, list[int]] = field(default_factory=dict)
    outcomes: list[tuple[float, bool]] = field(default_factory=list)

    def side(self, what: str, side: str, right: bool) -> None:
        """Count one source or target actor for country or sector accuracy."""
        sides = self.country_sides if what == "country" else self.sector_sides
        counts = sides.setdefault(side, [0, 0])
        counts[0] += right
        counts[1] += 1


def score(gold: Iterable[GoldArticle], predicted: Iterable[Any]) -> Report:
    """Compare predicted events with the gold standard.

    Args:
        gold: the gold articles; only these articles are scored.
        predicted: event records as `Event.to_dict()` returns them (objects with a
            `to_dict` method are accepted too). Records of other articles are ignored.

    Returns:
        The report: precision, recall and F1 overall and per type, date and sector
        accuracy on matched events, country accuracy, the missed gold events and the
        false events.

    Sector accuracy is measured on matched events, whose actor codes are right by
    definition (they are part of the key). Country accuracy therefore looks at every
    core gold event with a prediction of its type (or an alternative type) in the same
    article: of those predictions the one with the most right actors is compared, and
    each gold actor (the source, and the target when there is one) counts as right when
    the predicted code (country, else organisation) is the gold one. Both are also
    reported for sources and targets separately.
    """
    gold_by_id = {article.article_id: article for article in gold}
    records = [r.to_dict() if hasattr(r, "to_dict") else r for r in predicted]
    by_article = _group_predictions(records, gold_by_id)
    every_record: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        every_record.setdefault(record.get("article_id"), []).append(record)
    tally = _Tally()
    for article_id, article in gold_by_id.items():
        _score_article(article, by_article.get(article_id, {}),
                       every_record.get(article_id, []), tally)
    return _freeze(tally)


def prediction_key(record: dict[str, Any]) -> Key:
    """The scoring key of a predicted event: (type, source code, target code).

    Symmetric types are put in a fixed order, so JPN->USA and USA->JPN are one key.
    """
    source = _code(record.get("source"))
    target = _code(record.get("target"))
    event_type = record.get("event_type") or record.get("type") or ""
    if event_type in SYMMETRIC_TYPES and source and target and target < source:
        source, target = target, source
    return event_type, source, target


def _code(actor: Any) -> str | None:
    """Country, else organisation, of an actor dict (None for a missing actor)."""
    if not isinstance(actor, dict):
        return None
    return actor.get("country") or actor.get("org")


def _group_predictions(
    predicted: Iterable[dict[str, Any]], gold_by_id: dict[str, GoldArticle]
) -> dict[str, dict[Key, list[dict[str, Any]]]]:
    """Distinct keys per gold article, each with its records (mentions of one key with
    different dates), in input order.

    Negated and hypothetical records and records of other articles are dropped.
    """
    grouped: dict[str, dict[Key, list[dict[str, Any]]]] = {}
    for record in predicted:
        article_id = record.get("article_id")
        if article_id not in gold_by_id or record.get("negated") or record.get("hypothetical"):
            continue
        grouped.setdefault(article_id, {}).setdefault(prediction_key(record), []).append(record)
    return grouped


def _record_for(event: GoldEvent, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Of the records of one key, the one that dates the gold event right if any: a
    coder that also found another event of the same actors and type on another day
    ("detained him on Tuesday"; "ordered him held on Wednesday") is not wrong on the
    date of either."""
    return next((r for r in records
                 if _same_date(event, r.get("date"), r.get("date_precision"))), records[0])


def _score_article(
    article: GoldArticle, predictions: dict[Key, list[dict[str, Any]]],
    records: list[dict[str, Any]], tally: _Tally,
) -> None:
    """Add one article's recall, precision, date and sector counts to the tally.

    `records` are all the article's records, flagged ones too, to tell why an event was
    missed."""
    tally.articles += 1
    for event in article.events:
        matches = [key for key in predictions if event.match(key)]
        if event.core:
            _bump(tally.gold, event.type)
            _check_countries(event, predictions, tally)
            if not matches:
                tally.misses.append(Miss(
                    article.article_id, event.type, event.source, event.target,
                    event.evidence, miss_cause(event, records, prediction_key)))
                continue
            _bump(tally.found, event.type)
        if matches:
            best = next((k for k in matches if k[0] == event.type), matches[0])
            record = _record_for(event, predictions[best])
            _check_attributes(article.article_id, event, best, record, tally)
    for key, records in predictions.items():
        record = records[0]
        _bump(tally.predicted, key[0])
        right = any(event.match(key) for event in article.events)
        tally.outcomes.append((_key_confidence(records), right))
        if right:
            _bump(tally.correct, key[0])
        else:
            sentence = record.get("sentence") or ""
            tally.false_events.append(FalseEvent(
                article.article_id, key[0], key[1], key[2], sentence,
                false_cause(key, sentence, article.events)))


def _key_confidence(records: list[dict[str, Any]]) -> float:
    """The confidence of a predicted key: that of its surest record (records without
    one, as from other coders, count as 0.5)."""
    values = [r.get("confidence") for r in records]
    return max((float(v) for v in values if isinstance(v, int | float)), default=0.5)


def _bump(counts: dict[str, int], name: str) -> None:
    """Add one to the count of name."""
    counts[name] = counts.get(name, 0) + 1


def _check_attributes(
    article_id: str, event: GoldEvent, key: Key, record: dict[str, Any], tally: _Tally
) -> None:
    """Date (core events only) and sector agreement of a matched gold event."""
    if event.core and event.date is not None:
        tally.dated += 1
        if _same_date(event, record.get("date"), record.get("date_precision")):
            tally.date_correct += 1
        else:
            tally.wrong_dates.append(WrongDate(
                article_id, event.type, event.source, event.target, event.date,
                record.get("date"), event.evidence))
    source, target = record.get("source"), record.get("target")
    if event.match(key) == "reversed":
        source, target = target, source
    for side, gold_sector, actor in (
        ("source", event.source_sector, source),
        ("target", event.target_sector, target),
    ):
        if gold_sector is None:
            continue
        tally.sectors += 1
        right = isinstance(actor, dict) and actor.get("sector") == gold_sector
        tally.sector_correct += right
        tally.side("sector", side, right)


def _check_countries(
    event: GoldEvent, predictions: dict[Key, list[dict[str, Any]]], tally: _Tally
) -> None:
    """Actor-code agreement of a core gold event with its best same-type prediction."""
    pairs = []
    for key in predictions:
        if key[0] != event.type and key[0] not in event.alt_types:
            continue
        pairs.append((key[1], key[2]))
        if key[0] in SYMMETRIC_TYPES:
            pairs.append((key[2], key[1]))
    if not pairs:
        return
    gold = [("source", event.source)]
    if event.target is not None:
        gold.append(("target", event.target))

    def right(pair: tuple[str | None, str | None]) -> list[bool]:
        return [pair[0 if side == "source" else 1] == code for side, code in gold]

    best = max((right(pair) for pair in pairs), key=sum)
    for (side, _), ok in zip(gold, best, strict=True):
        tally.countries += 1
        tally.country_correct += ok
        tally.side("country", side, ok)


def _same_date(event: GoldEvent, date: Any, precision: Any) -> bool:
    """Whether a predicted date is the gold date.

    Equal strings match. A month or year gold date also matches a longer predicted date
    of the same precision that starts with it ("2024-03" and "2024-03-01" at month).
    """
    if not isinstance(date, str) or event.date is None:
        return False
    if date == event.date:
        return True
    return (
        event.date_precision in ("month", "year")
        and precision == event.date_precision
        and date.startswith(event.date)
    )


def _freeze(tally: _Tally) -> Report:
    """The final report from the running tally."""
    names = [t for t in PLOVER_TYPES if t in tally.gold or t in tally.predicted]
    names += sorted(set(tally.predicted) - set(PLOVER_TYPES) - set(names))
    by_type = {
        name: TypeScore(
            type=name,
            gold=tally.gold.get(name, 0),
            found=tally.found.get(name, 0),
            predicted=tally.predicted.get(name, 0),
            correct=tally.correct.get(name, 0),
        )
        for name in names
    }
    return Report(
        articles=tally.articles,
        gold=sum(tally.gold.values()),
        found=sum(tally.found.values()),
        predicted=sum(tally.predicted.values()),
        correct=sum(tally.correct.values()),
        by_type=by_type,
        dated=tally.dated,
        date_correct=tally.date_correct,
        sectors=tally.sectors,
        sector_correct=tally.sector_correct,
        misses=tuple(tally.misses),
        false_events=tuple(tally.false_events),
        wrong_dates=tuple(tally.wrong_dates),
        countries=tally.countries,
        country_correct=tally.country_correct,
        country_sides={k: (v[0], v[1]) for k, v in tally.country_sides.items()},
        sector_sides={k: (v[0], v[1]) for k, v in tally.sector_sides.items()},
        outcomes=tuple(tally.outcomes),
    )


# ---------------------------------------------------------------------------- table


def format_table(report: Report, max_items: int | None = None) -> str:
    """A plain-text view of a report for the terminal.

    Args:
        report: the result of `score`.
        max_items: show at most this many misses and false events (None: all).

    Returns:
        Overall and per-type P/R/F1, date and sector accuracy, then the misses and the
        false events, one per line.
    """
    lines = [
        f"{report.articles} articles, {report.gold} core gold events, "
        f"{report.predicted} predicted events",
        "",
        f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'found':>6} "
        f"{'pred':>5} {'right':>6}",
    ]
    lines.append(_row("overall", report))
    lines.extend(_row(name, s) for name, s in report.by_type.items())
    lines += [
        "",
        f"date accuracy   {_pct(report.date_accuracy)}  "
        f"({report.date_correct}/{report.dated} matched dated core events)",
        f"sector accuracy {_pct(report.sector_accuracy)}  "
        f"({report.sector_correct}/{report.sectors} actor sectors on matched events)",
        f"  source sector  {_pct(report.side_accuracy('sector', 'source'))}  "
        f"target sector  {_pct(report.side_accuracy('sector', 'target'))}",
        f"country accuracy {_pct(report.country_accuracy)}  "
        f"({report.country_correct}/{report.countries} actor countries on core events "
        f"with a prediction of their type)",
        f"  source country {_pct(report.side_accuracy('country', 'source'))}  "
        f"target country {_pct(report.side_accuracy('country', 'target'))}",
    ]
    lines += _calibration_lines(report)
    lines += _cause_lines("misses by cause", report.miss_causes, MISS_CAUSES)
    lines += _cause_lines("false events by cause", report.false_causes, FALSE_CAUSES)
    lines += _listing("misses", report.misses, "evidence", max_items)
    lines += _listing("false events", report.false_events, "sentence", max_items)
    lines += ["", f"wrong dates ({len(report.wrong_dates)})"]
    for wrong in report.wrong_dates[:max_items]:
        text = " ".join(wrong.evidence.split())
        lines.append(f"  {wrong.article_id}  {wrong.type} {wrong.source} -> "
                     f"{wrong.target or '-'}  {wrong.gold_date} coded "
                     f"{wrong.predicted_date or '-'}  \"{text}\"")
    return "\n".join(lines)


def _calibration_lines(report: Report) -> list[str]:
    """Calibration error, Brier score and the reliability table of the confidences."""
    if not report.outcomes:
        return []
    lines = [
        f"confidence calibration error {report.calibration_error:.3f}  "
        f"Brier {report.brier:.3f}  (predicted events by confidence: share right)",
    ]
    lines += [
        f"  {b.low:.1f}-{b.high:.1f}  {b.count:>4} events  mean confidence "
        f"{b.mean_confidence:.2f}  right {b.precision:.2f}"
        for b in report.reliability()
    ]
    return lines


def _row(name: str, counts: Report | TypeScore) -> str:
    """One table row: rates then counts."""
    return (
        f"{name:<10} {_num(counts.precision):>6} {_num(counts.recall):>6} "
        f"{_num(counts.f1):>6} {counts.gold:>5} {counts.found:>6} "
        f"{counts.predicted:>5} {counts.correct:>6}"
    )


def _cause_lines(title: str, counts: list[tuple[str, int]], names: dict[str, str]) -> list[str]:
    """A titled count of errors per class, with what each class means."""
    lines = ["", title]
    lines += [f"  {count:>4}  {name:<8} {names[name]}" for name, count in counts]
    return lines


def _listing(title: str, items: tuple[Any, ...], text_field: str, limit: int | None) -> list[str]:
    """A titled list of misses or false events, with the text that explains each."""
    lines = ["", f"{title} ({len(items)})"]
    for item in items[:limit]:
        target = item.target or "-"
        text = " ".join(getattr(item, text_field).split())
        lines.append(f"  {item.article_id}  {item.type} {item.source or '?'} -> {target}  "
                     f"[{item.cause}]  \"{text}\"")
    if limit is not None and len(items) > limit:
        lines.append(f"  ... and {len(items) - limit} more")
    return lines


def _num(value: float | None) -> str:
    """A rate with three decimals, or "-" when undefined."""
    return "-" if value is None else f"{value:.3f}"


def _pct(value: float | None) -> str:
    """A rate as a percentage, or "-" when undefined."""
    return "   -  " if value is None else f"{value:6.1%}"
