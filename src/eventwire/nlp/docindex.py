"""Entity lookups that spaCy recomputes on every access, read once per Doc.

`Doc.ents` (and so `Span.ents`, ``token.sent.ents``) walks the whole Doc and builds a
new Span per entity on every call; the date and place rules ask for the entities of a
word's sentence thousands of times per article. The answers here are the same as
spaCy's, read once per Doc.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class _Entities:
    ents: tuple[Span, ...]
    at: dict[int, Span]  # token index -> its entity, when that lies within one sentence


@functools.lru_cache(maxsize=4)
def _entities(doc: Doc) -> _Entities:
    # keyed by the Doc itself (identity): the cache holds the last few Docs coded, and
    # a Doc's entities and sentences are never changed once it is parsed
    ents = tuple(doc.ents)
    at: dict[int, Span] = {}
    for sentence in doc.sents:
        for ent in sentence_entities(sentence, ents):
            at.update((i, ent) for i in range(ent.start, ent.end))
    return _Entities(ents, at)


def sentence_entities(sentence: Span, ents: tuple[Span, ...] | None = None) -> list[Span]:
    """``sentence.ents``: the Doc's entities that lie wholly within the sentence."""
    if ents is None:
        ents = _entities(sentence.doc).ents
    return [e for e in ents if e.start >= sentence.start and e.end <= sentence.end]


def entity_at(token: Token) -> Span | None:
    """The entity of ``token.sent.ents`` that contains the token, if any."""
    return _entities(token.doc).at.get(token.i)
