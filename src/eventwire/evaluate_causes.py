"""Why a gold event was missed, or a predicted one is false: the error breakdown of `eval`.

Scores say how many events are wrong; a user checking the coder on their own sample (and a
developer choosing what to fix) needs to know which stage failed. Every miss and false event
is put in one class by looking at what else was coded, or annotated, in its sentence:

- a miss whose key was coded but flagged negated or hypothetical (the modality rules);
- a miss whose actors were coded there with another type (typing);
- a miss whose type was coded there with other actors (actor extraction or resolution);
- a miss with only unrelated events coded there, or nothing at all (no trigger found);

and the same classes for a false event against the gold events of its sentence, plus "no
gold event in its sentence" (a spurious trigger, or an event the annotator left out).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eventwire.evaluate import GoldEvent, Key

MISS_CAUSES = {
    "flagged": "coded, but flagged negated or hypothetical",
    "type": "its actors coded in its sentence with another type",
    "actors": "its type coded in its sentence with other actors",
    "other": "only other events coded in its sentence",
    "nothing": "no event coded in its sentence",
}
FALSE_CAUSES = {
    "type": "a gold event of its actors in its sentence has another type",
    "actors": "a gold event of its type in its sentence has other actors",
    "other": "its sentence's gold events differ in type and actors",
    "no gold": "no gold event in its sentence",
}


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def same_passage(evidence: str, sentence: str) -> bool:
    """Whether a gold evidence and a record's sentence are the same passage (the evidence is
    usually part of the sentence; a long one may hold the whole sentence)."""
    evidence, sentence = _flat(evidence), _flat(sentence)
    return bool(evidence and sentence) and (evidence in sentence or sentence in evidence)


def _pair(source: str | None, target: str | None) -> frozenset[str | None]:
    return frozenset((source, target))


def miss_cause(event: GoldEvent, records: Iterable[dict[str, Any]], key_of: Any) -> str:
    """The class of a missed core gold event, given all records of its article (flagged
    ones included) and the function that makes a record's scoring key."""
    in_sentence = [r for r in records if same_passage(event.evidence, r.get("sentence") or "")]
    keys = [(key_of(r), bool(r.get("negated") or r.get("hypothetical"))) for r in in_sentence]
    if any(flagged and event.match(key) for key, flagged in keys):
        return "flagged"
    types = {event.type, *event.alt_types}
    actors = _pair(event.source, event.target)
    unflagged = [key for key, flagged in keys if not flagged]
    if any(_pair(key[1], key[2]) == actors for key in unflagged):
        return "type"
    if any(key[0] in types for key in unflagged):
        return "actors"
    return "other" if unflagged else "nothing"


def false_cause(key: Key, sentence: str, gold: Iterable[GoldEvent]) -> str:
    """The class of a false predicted key against the gold events of its article."""
    here = [event for event in gold if same_passage(event.evidence, sentence)]
    if not here:
        return "no gold"
    if any(_pair(event.source, event.target) == _pair(key[1], key[2]) for event in here):
        return "type"
    if any(key[0] in (event.type, *event.alt_types) for event in here):
        return "actors"
    return "other"


def breakdown(causes: Iterable[str], names: dict[str, str]) -> list[tuple[str, int]]:
    """(class, count) for every class of names, in their order, zeros included."""
    counted = list(causes)
    return [(name, counted.count(name)) for name in names]
