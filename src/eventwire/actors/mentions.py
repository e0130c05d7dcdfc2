"""The actor-mention record: the contract between actor resolution and event extraction."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.records import Actor


@dataclass(frozen=True)
class ActorMention:
    """A stretch of tokens in a Doc that refers to one or more actors.

    Attributes:
        start: first token index in the Doc.
        end: token index one past the last.
        head: token index of the mention's syntactic head (the token a dependency
            arc from a predicate will land on, e.g. "Kamikawa" in "Japanese Foreign
            Minister Yoko Kamikawa", "forces" in "U.S. forces").
        actors: who it refers to; usually one, several for group descriptions such as
            "the two countries" or "both sides". Coordinated names ("Japan and the
            U.S.") are separate mentions, not one mention with two actors.
        kind: how it was resolved: "name" (KB name or alias), "title" (role word with
            a country), "alias" (a later surname/short form of an earlier mention),
            "pronoun", or "description" ("the island", "the two countries").
        confidence: 0..1, lower for guesses (pronouns, unknown bare names).
    """

    start: int
    end: int
    head: int
    actors: tuple[Actor, ...]
    kind: str = "name"
    confidence: float = 1.0
