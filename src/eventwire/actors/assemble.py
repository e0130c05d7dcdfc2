"""Group units into noun phrases by the dependency parse.

Every unit climbs from its syntactic root to the head of the noun phrase it belongs to
(its *anchor*): through compound, amod, nmod, poss and similar arcs; through "of" after
a title or person ("the president of France"); through an apposition next to a person,
title or named group ("Taiwan's leader Tsai Ing-wen", "Blinken, the U.S. secretary of
state", "Hamas, the Palestinian militant group"); and through a conjunction whose first
conjunct is itself a modifier ("U.S. and British forces": both climb to "forces"). Units
sharing an anchor form one :class:`NounGroup`. A group made only of descriptive words
directly followed by a group with a name is merged with it ("the Palestinian militant
group | Hamas" when the parser splits them); the merged group keeps the name's anchor.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.actors.matching import Unit

NP_DEPS = frozenset({"compound", "amod", "nmod", "poss", "flat", "nummod", "npadvmod", "det",
                     "predet", "preconj"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
NOUNS = frozenset({"NOUN", "PROPN"})
NAMED_KINDS = frozenset({"person", "surname", "group", "org", "candidate", "country",
                         "capital", "metonym"})


@dataclass(frozen=True)
class NounGroup:
    """Units that share one noun-phrase head (``anchor``, a token index)."""

    anchor: int
    units: tuple[Unit, ...]

    @property
    def start(self) -> int:
        """First token of the group (units only; the resolver may add "the")."""
        return min(u.start for u in self.units)

    @property
    def end(self) -> int:
        """One past the last token, including the anchor."""
        return max(max(u.end for u in self.units), self.anchor + 1)

    def of_kind(self, *kinds: str) -> list[Unit]:
        """The group's units of the given kinds, in text order."""
        return [u for u in self.units if u.kind in kinds]

    @property
    def agent(self) -> Unit | None:
        """The role word that sets the sector: the one at the head, else the last one."""
        agents = [u for u in self.of_kind("agent") if u.name != "modifier"]
        for unit in agents:
            if unit.start <= self.anchor < unit.end:
                return unit
        return agents[-1] if agents else None

    @property
    def former(self) -> bool:
        """Whether a "former"-type modifier marks past office holders (sector ELI)."""
        return any(u.name == "modifier" for u in self.of_kind("agent"))

    @property
    def sector(self) -> str | None:
        """The sector the role words give: ELI for former holders, else the agent's."""
        if self.former:
            return "ELI"
        agent = self.agent
        return agent.sector if agent else None


def unit_root(doc: Doc, unit: Unit) -> Token:
    """The unit token whose head lies outside the unit.

    If the parser split a long name into several pieces, the first noun among them
    (else the last piece) stands for the unit.
    """
    return _span_root(doc, unit.start, unit.end)


@functools.lru_cache(maxsize=4096)
def _span_root(doc: Doc, start: int, end: int) -> Token:
    # memoised: the country context asks for the same units' roots for every mention;
    # keyed by the Doc itself (identity), which is never changed once parsed
    roots = [t for t in doc[start:end]
             if t.head.i < start or t.head.i >= end or t.head.i == t.i]
    nouns = [t for t in roots if t.pos_ in NOUNS]
    if nouns:
        return nouns[0]
    return roots[-1] if roots else doc[end - 1]


def _climb_once(t: Token, roles: set[int]) -> Token | None:
    """The next token up the noun phrase from ``t``, or None at the phrase head."""
    h = t.head
    if h.i == t.i:
        return None
    if t.dep_ in NP_DEPS and h.pos_ in NOUNS:
        return h
    if t.dep_ == "conj" and h.dep_ in MODIFIER_DEPS and h.head.pos_ in NOUNS:
        return h
    if t.dep_ == "appos" and (t.i in roles or h.i in roles) and not _carried(t, roles):
        return h
    if t.dep_ == "pobj" and h.lower_ == "of" and h.head.i in roles:
        return h.head
    return None


def _carried(appos: Token, roles: set[int]) -> bool:
    """An apposition that tells what people carry, not who they are: in "protesters,
    many waving Palestinian flags," (a participle the parser hangs on "flags") the flags
    are no actor of the protesters' phrase."""
    return appos.i not in roles and any(c.dep_ == "amod" and c.tag_ == "VBG"
                                        for c in appos.children)


def anchor_of(doc: Doc, unit: Unit, roles: set[int],
              owner: dict[int, Unit] | None = None) -> int:
    """The token index of the noun-phrase head that ``unit`` belongs to.

    Args:
        roles: token indices of titles, person and group names (they license the
            climbs through "of" and through appositions).
        owner: token index -> unit covering it; a climb that lands inside another
            unit continues from that unit's root.
    """
    owner = owner or {}
    t = unit_root(doc, unit)
    for _ in range(12):
        up = _climb_once(t, roles)
        if up is None:
            break
        t = up
        other = owner.get(t.i)
        if other is not None and other is not unit:
            t = unit_root(doc, other)
    return t.i


def _role_tokens(units: list[Unit]) -> set[int]:
    kinds = {"person", "surname", "candidate", "group", "org"}
    roles = set()
    for u in units:
        if u.kind in kinds or (u.kind == "agent" and u.name in ("title", "both")):
            roles.update(range(u.start, u.end))
    return roles


def _mergeable(first: NounGroup, second: NounGroup) -> bool:
    """A descriptive group directly before a named one: "the militant group | Hamas"."""
    if first.end != second.start:
        return False
    if any(u.kind in NAMED_KINDS for u in first.units):
        return False
    if not first.of_kind("agent"):
        return False
    return any(u.kind in ("person", "surname", "group", "org", "candidate")
               for u in second.units)


def group_units(doc: Doc, units: list[Unit]) -> list[NounGroup]:
    """Group units by anchor, merge split name phrases; sorted by start."""
    roles = _role_tokens(units)
    owner = {i: u for u in units for i in range(u.start, u.end)}
    by_anchor: dict[int, list[Unit]] = {}
    for unit in units:
        by_anchor.setdefault(anchor_of(doc, unit, roles, owner), []).append(unit)
    groups = sorted((NounGroup(a, tuple(us)) for a, us in by_anchor.items()),
                    key=lambda g: g.start)
    merged: list[NounGroup] = []
    for group in groups:
        if merged and _mergeable(merged[-1], group):
            group = NounGroup(group.anchor, merged.pop().units + group.units)
        merged.append(group)
    return merged
