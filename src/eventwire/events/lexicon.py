"""The trigger lexicon: English words that name events, mapped to :class:`EventSense`.

The data is ``events/data/triggers.yaml``; its header documents the format. The lexicon has
these parts:

- verbs by lemma, each with rules optionally conditioned on a particle ("step down"), a
  preposition ("call on"), the direct object's lemma ("impose sanctions") or the object's
  modifiers ("joint exercises");
- light-verb constructions (verb, event noun) -> sense: "hold talks", "launch strikes";
- event nouns that name an event on their own ("meeting", "airstrike", "sanctions");
- reporting verbs (say, tell, announce ...), undergoer verbs ("faces sanctions") and
  modality cues (hypothetical, negation, empty complements such as "declined to comment").

Lookup (:meth:`Lexicon.verb_sense`): the most specific matching rule wins. A rule on the
object beats a light-verb pair, which beats a particle rule, which beats a preposition rule,
which beats the verb alone; a phrasal verb's rules ("call off") shadow the plain verb's.
A rule whose sense is ``NONE`` matches and returns None, so a specific reading can block a
general one ("warn" alone is not an event). Light verbs are folded into ``verb_sense`` when
``object_lemma`` is given and can be asked directly with :meth:`Lexicon.light_verb_sense`;
the data keeps both answers the same, so either may be asked first.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from eventwire.events.ontology import EVENT_TYPES, EventSense

NONE_SENSE = "NONE"
_RULE_KEYS = {"sense", "particle", "preps", "objects", "modifiers"}
_LIGHT_KEYS = {"verbs", "nouns", "sense", "preps", "modifiers"}
_MODALITY_KEYS = (
    "hypothetical",
    "hypothetical_governors",
    "negation",
    "negation_governors",
    "empty_complements",
)


class LexiconError(ValueError):
    """The trigger file is malformed; the message names the offending entry."""


@functools.lru_cache(maxsize=8192)
def noun_forms(lemma: str) -> tuple[str, ...]:
    """Spellings a noun lemma is looked up under (lower case, unhyphenated, singular).

    >>> noun_forms("Air-Strikes")
    ('air-strikes', 'airstrikes', 'air-strike', 'airstrike')
    >>> noun_forms("exercises")
    ('exercises', 'exercis', 'exercise')
    """
    # memoised: a pure function of a word, asked for every noun of every sentence
    base = lemma.strip().lower()
    forms = [base, base.replace("-", "").replace(" ", "")]
    for form in list(forms):
        if form.endswith("ies") and len(form) > 4:
            forms.append(form[:-3] + "y")
        if form.endswith(("ses", "xes", "ches", "shes")):
            forms.append(form[:-2])
        if form.endswith("s") and not form.endswith("ss") and len(form) > 3:
            forms.append(form[:-1])
    return tuple(dict.fromkeys(forms))


def parse_sense(spec: Any) -> EventSense | None:
    """Parse "TYPE[:cameo[:mode]]" (or "NONE") into a sense.

    Raises:
        ValueError: if the spec is not a string or names an invalid sense.
    """
    if not isinstance(spec, str) or not spec.strip():
        raise ValueError(f"sense must be a string like 'ACCUSE:111', got {spec!r}")
    parts = [p.strip() for p in spec.split(":")]
    if parts[0] == NONE_SENSE:
        return None
    if len(parts) > 3:
        raise ValueError(f"too many ':' in sense {spec!r}")
    event_type = parts[0]
    cameo = parts[1] if len(parts) > 1 and parts[1] else None
    mode = parts[2] if len(parts) > 2 and parts[2] else None
    return EventSense.of(event_type, mode, cameo)


def _words(value: Any, what: str) -> frozenset[str]:
    """A YAML scalar or list of words as a lower-case frozenset."""
    if value is None:
        return frozenset()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise ValueError(f"{what} must be a word or a list of words, got {value!r}")
    return frozenset(i.strip().lower() for i in items)


def _noun_set(value: Any, what: str) -> frozenset[str]:
    """Like :func:`_words` but every noun is stored under all its lookup forms."""
    return frozenset(f for w in _words(value, what) for f in noun_forms(w))


@dataclass(frozen=True)
class Rule:
    """One lexicon reading: a sense plus the conditions under which it applies.

    Empty condition sets mean "no condition". ``sense`` None blocks (not an event).
    """

    sense: EventSense | None
    particle: str | None = None
    preps: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        """Rank among matching rules: object 8, modifiers 4, particle 2, prep 1."""
        return (
            8 * bool(self.objects)
            + 4 * bool(self.modifiers)
            + 2 * bool(self.particle)
            + bool(self.preps)
        )

    def matches(
        self,
        particle: str | None,
        preps: frozenset[str],
        objects: tuple[str, ...],
        modifiers: frozenset[str],
    ) -> bool:
        """True if every condition of the rule holds for the given context."""
        if self.particle and self.particle != particle:
            return False
        if self.preps and not self.preps & preps:
            return False
        if self.objects and not self.objects.intersection(objects):
            return False
        return not (self.modifiers and not self.modifiers & modifiers)


def _best(
    rules: Iterable[Rule],
    particle: str | None = None,
    preps: Iterable[str] = (),
    objects: tuple[str, ...] = (),
    modifiers: Iterable[str] = (),
) -> Rule | None:
    """The most specific matching rule (first in file order on ties), or None.

    A phrasal verb shadows the plain verb: when the verb has rules for the given particle
    ("call off"), only those are considered; otherwise the particle is ignored.
    """
    prep_set = frozenset(p.lower() for p in preps)
    mod_set = frozenset(f for m in modifiers for f in noun_forms(m))
    part = particle.lower() if particle else None
    rules = list(rules)
    if part is None or not any(r.particle == part for r in rules):
        part = None
    rules = [r for r in rules if r.particle == part]
    found = [r for r in rules if r.matches(part, prep_set, objects, mod_set)]
    if not found:
        return None
    return max(found, key=lambda r: r.specificity)  # max keeps the first on ties


def _rule(raw: Any, where: str, particle: str | None = None) -> Rule:
    """Build a rule from a YAML value (a sense string or a mapping with conditions)."""
    if isinstance(raw, str):
        raw = {"sense": raw}
    if not isinstance(raw, dict) or "sense" not in raw:
        raise LexiconError(f"{where}: expected a sense string or a mapping with 'sense'")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
    try:
        return Rule(
            sense=parse_sense(raw["sense"]),
            particle=(raw.get("particle") or particle or None),
            preps=_words(raw.get("preps"), "preps"),
            objects=_noun_set(raw.get("objects"), "objects"),
            modifiers=_noun_set(raw.get("modifiers"), "modifiers"),
        )
    except ValueError as exc:
        raise LexiconError(f"{where}: {exc}") from exc


def _rule_list(key: str, raw: Any, section: str) -> list[Rule]:
    """All rules of one verb or noun entry; a phrasal key "step down" sets the particle."""
    words = key.strip().lower().split()
    if not words or len(words) > 2:
        raise LexiconError(f"{section} entry {key!r}: key must be one word or verb + particle")
    particle = words[1] if len(words) == 2 else None
    items = raw if isinstance(raw, list) else [raw]
    return [
        _rule(item, f"{section} entry {key!r} #{i + 1}", particle) for i, item in enumerate(items)
    ]


def _section_rules(data: Any, section: str, nouns: bool) -> dict[str, tuple[Rule, ...]]:
    """Parse the ``verbs`` or ``nouns`` mapping into lemma -> rules."""
    if not isinstance(data, dict):
        raise LexiconError(f"section {section!r} must be a mapping")
    table: dict[str, list[Rule]] = {}
    for key, raw in data.items():
        if nouns and len(str(key).split()) != 1:
            raise LexiconError(f"nouns entry {key!r}: one word; use 'modifiers' for compounds")
        rules = _rule_list(str(key), raw, section)
        lemma = str(key).strip().lower().split()[0]
        names = noun_forms(lemma) if nouns else (lemma,)
        for name in names:
            table.setdefault(name, []).extend(rules)
    return {k: tuple(v) for k, v in table.items()}


def _light_verbs(data: Any) -> dict[tuple[str, str], tuple[Rule, ...]]:
    """Parse the ``light_verbs`` list into (verb key, noun) -> rules."""
    if not isinstance(data, list):
        raise LexiconError("section 'light_verbs' must be a list")
    table: dict[tuple[str, str], list[Rule]] = {}
    for i, entry in enumerate(data):
        where = f"light_verbs entry #{i + 1}"
        if not isinstance(entry, dict) or set(entry) - _LIGHT_KEYS:
            raise LexiconError(f"{where}: expected keys among {sorted(_LIGHT_KEYS)}")
        rule = _rule({k: v for k, v in entry.items() if k in _RULE_KEYS}, where)
        try:
            verbs = _words(entry.get("verbs"), "verbs")
            nouns = _noun_set(entry.get("nouns"), "nouns")
        except ValueError as exc:
            raise LexiconError(f"{where}: {exc}") from exc
        if not verbs or not nouns:
            raise LexiconError(f"{where}: needs 'verbs' and 'nouns'")
        for verb in verbs:
            for noun in nouns:
                table.setdefault((" ".join(verb.split()), noun), []).append(rule)
    return {k: tuple(v) for k, v in table.items()}


def _modality(data: Any) -> dict[str, frozenset[str]]:
    """Parse the ``modality`` mapping of cue lists."""
    if not isinstance(data, dict) or set(data) - set(_MODALITY_KEYS):
        raise LexiconError(f"section 'modality' must be a mapping with keys {_MODALITY_KEYS}")
    try:
        return {k: _words(data.get(k), f"modality.{k}") for k in _MODALITY_KEYS}
    except ValueError as exc:
        raise LexiconError(str(exc)) from exc


DEFAULT_PATH = "data/triggers.yaml"
_SECTIONS = {"version", "verbs", "nouns", "light_verbs", "reporting", "undergoer_verbs", "modality"}


class _StrictLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses duplicate mapping keys (YAML keeps the last)."""


def _no_duplicates(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    """Construct a mapping, raising LexiconError on a repeated key."""
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise LexiconError(f"duplicate key {key!r} (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


@functools.lru_cache(maxsize=8)
def _load_cached(path: str | None) -> Lexicon:
    """Read and validate the trigger file once per path."""
    if path is None:
        text = resources.files("eventwire.events").joinpath(DEFAULT_PATH).read_text("utf-8")
        origin = "eventwire.events/" + DEFAULT_PATH
    else:
        text = Path(path).read_text(encoding="utf-8")
        origin = path
    try:
        return Lexicon.from_data(yaml.load(text, Loader=_StrictLoader))  # safe: SafeLoader
    except yaml.YAMLError as exc:
        raise LexiconError(f"{origin}: not valid YAML: {exc}") from exc
    except LexiconError as exc:
        raise LexiconError(f"{origin}: {exc}") from exc


@dataclass(frozen=True)
class Lexicon:
    """Trigger words -> event senses, reporting verbs and modality cues (immutable)."""

    verbs: Mapping[str, tuple[Rule, ...]]
    nouns: Mapping[str, tuple[Rule, ...]]
    light_verbs: Mapping[tuple[str, str], tuple[Rule, ...]]
    reporting: frozenset[str]
    undergoer_verbs: frozenset[str]
    modality: Mapping[str, frozenset[str]]

    @classmethod
    def load(cls, path: str | Path | None = None) -> Lexicon:
        """The lexicon from the packaged triggers.yaml (or ``path``), cached per path.

        Raises:
            LexiconError: if the file is malformed or names an unknown type, mode or
                CAMEO code; the message names the entry.
        """
        return _load_cached(None if path is None else str(path))

    @classmethod
    def from_data(cls, data: Any) -> Lexicon:
        """Build and validate a lexicon from the parsed YAML mapping.

        Raises:
            LexiconError: naming the offending entry.
        """
        if not isinstance(data, dict):
            raise LexiconError("top level must be a mapping")
        unknown = set(data) - _SECTIONS
        if unknown:
            raise LexiconError(f"unknown sections {sorted(unknown)}")
        try:
            reporting = _words(data.get("reporting"), "reporting")
            undergoers = _words(data.get("undergoer_verbs"), "undergoer_verbs")
        except ValueError as exc:
            raise LexiconError(str(exc)) from exc
        return cls(
            verbs=MappingProxyType(_section_rules(data.get("verbs") or {}, "verbs", False)),
            nouns=MappingProxyType(_section_rules(data.get("nouns") or {}, "nouns", True)),
            light_verbs=MappingProxyType(_light_verbs(data.get("light_verbs") or [])),
            reporting=reporting,
            undergoer_verbs=undergoers,
            modality=MappingProxyType(_modality(data.get("modality") or {})),
        )

    def verb_sense(
        self,
        lemma: str,
        particle: str | None = None,
        preps: Iterable[str] = (),
        object_lemma: str | None = None,
        object_modifiers: Iterable[str] = (),
    ) -> EventSense | None:
        """The sense of a verb in context, or None if it names no event.

        Args:
            lemma: the verb's lemma ("impose").
            particle: its particle, if any ("down" in "step down").
            preps: prepositions attached to the verb ("on" in "call on").
            object_lemma: lemma of the direct object ("sanction"); enables light verbs.
            object_modifiers: lemmas of the object's modifiers ("joint" in "joint drills").

        Returns:
            The most specific matching reading: verb+object rule, light-verb pair,
            particle rule, preposition rule, verb alone. None if nothing matches or the
            winning rule is a NONE block.
        """
        preps = tuple(preps)
        objects = noun_forms(object_lemma) if object_lemma else ()
        rule = _best(
            self.verbs.get(lemma.strip().lower(), ()), particle, preps, objects, object_modifiers
        )
        if object_lemma and (rule is None or not rule.objects):
            light = self._light_rule(lemma, object_lemma, particle, preps, object_modifiers)
            if light is not None:
                return light.sense
        return rule.sense if rule else None

    def light_verb_sense(
        self,
        verb_lemma: str,
        noun_lemma: str,
        particle: str | None = None,
        preps: Iterable[str] = (),
        modifiers: Iterable[str] = (),
    ) -> EventSense | None:
        """The sense of a light-verb construction ("hold" + "talks"), or None."""
        rule = self._light_rule(verb_lemma, noun_lemma, particle, tuple(preps), modifiers)
        return rule.sense if rule else None

    def _light_rule(
        self,
        verb: str,
        noun: str,
        particle: str | None,
        preps: tuple[str, ...],
        modifiers: Iterable[str],
    ) -> Rule | None:
        """Best light-verb rule; "carry out" is tried before "carry"."""
        verb = verb.strip().lower()
        keys = ([f"{verb} {particle.lower()}"] if particle else []) + [verb]
        for key in keys:
            for form in noun_forms(noun):
                rules = self.light_verbs.get((key, form))
                if rules:
                    return _best(rules, None, preps, (), modifiers)
        return None

    def noun_sense(
        self, lemma: str, modifiers: Iterable[str] = (), preps: Iterable[str] = ()
    ) -> EventSense | None:
        """The sense of an event noun ("meeting", "airstrike"), or None.

        Args:
            lemma: the noun's lemma; plural and hyphenated spellings are also tried.
            modifiers: lemmas of its compound/adjective modifiers ("hunger" strike).
            preps: prepositions attached to the noun.
        """
        for form in noun_forms(lemma):
            rules = self.nouns.get(form)
            if rules:
                rule = _best(rules, None, preps, (), modifiers)
                return rule.sense if rule else None
        return None

    def is_reporting(self, lemma: str) -> bool:
        """True for reporting/cognitive verbs whose clausal complement is reported content."""
        return lemma.strip().lower() in self.reporting

    def is_undergoer(self, lemma: str) -> bool:
        """True for verbs whose subject undergoes the event they carry ("faces sanctions")."""
        return lemma.strip().lower() in self.undergoer_verbs

    def has_verb(self, lemma: str) -> bool:
        """True if the verb lemma has any rule (a cheap pre-filter for the extractor)."""
        return lemma.strip().lower() in self.verbs

    def has_noun(self, lemma: str) -> bool:
        """True if the noun (any lookup form) is an event noun or a light-verb noun."""
        return any(f in self.nouns for f in noun_forms(lemma))

    @property
    def hyphenated_nouns(self) -> frozenset[str]:
        """Event nouns spelled with a hyphen ("sit-in"), which a tokenizer may split."""
        nouns = set(self.nouns) | {noun for _, noun in self.light_verbs}
        return frozenset(n for n in nouns if "-" in n and " " not in n)

    @property
    def hypothetical_cues(self) -> frozenset[str]:
        """Words that make a clause hypothetical (modals, "if", "possible" ...)."""
        return self.modality["hypothetical"]

    @property
    def hypothetical_governors(self) -> frozenset[str]:
        """Verbs whose complement event has not happened ("threaten to", "urge to" ...)."""
        return self.modality["hypothetical_governors"]

    @property
    def negation_cues(self) -> frozenset[str]:
        """Words that negate their head ("not", "n't", "never", "no" ...)."""
        return self.modality["negation"]

    @property
    def negation_governors(self) -> frozenset[str]:
        """Verbs whose complement event did not happen ("refuse to", "fail to" ...).

        Phrasal entries are "lemma particle" ("rule out", "call off").
        """
        return self.modality["negation_governors"]

    @property
    def empty_complements(self) -> frozenset[str]:
        """xcomp lemmas that leave their governor without an event ("declined to comment")."""
        return self.modality["empty_complements"]

    def counts(self) -> dict[str, int]:
        """Entry counts for ``eventwire info``: sections, then rules per PLOVER type.

        Keys: verbs, verb_rules, light_verb_pairs, noun_rules, reporting,
        hypothetical_cues, negation_cues, and "<TYPE> rules" for each of the 16 types.
        """
        verb_rules = [r for rules in self.verbs.values() for r in rules]
        light_rules = {id(r): r for rules in self.light_verbs.values() for r in rules}
        noun_rules = {id(r): r for rules in self.nouns.values() for r in rules}
        every = verb_rules + list(light_rules.values()) + list(noun_rules.values())
        by_type = Counter(r.sense.event_type for r in every if r.sense is not None)
        counts = {
            "verbs": len(self.verbs),
            "verb_rules": len(verb_rules),
            "light_verb_pairs": len(self.light_verbs),
            "noun_rules": len(noun_rules),
            "reporting": len(self.reporting),
            "hypothetical_cues": len(self.hypothetical_cues),
            "negation_cues": len(self.negation_cues),
        }
        counts.update({f"{name} rules": by_type[name] for name in sorted(EVENT_TYPES)})
        return counts
