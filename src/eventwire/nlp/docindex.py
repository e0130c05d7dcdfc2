"""Entity, sentence and token lookups that spaCy recomputes on every access, read once
per Doc.

`Doc.ents` (and so `Span.ents`, ``token.sent.ents``) walks the whole Doc and builds a
new Span per entity on every call; the date and place rules ask for the entities of a
word's sentence thousands of times per article. Iterating a Span builds a new Token
object per word on every pass, and the rule modules pass over each sentence a dozen
times. The answers here are the same as spaCy's, read once per Doc.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class _Entities:
    ents: tuple[Span, ...]
    at: dict[int, Span]  # token index -> its entity, when that lies within one sentence
    within: dict[tuple[int, int], tuple[Span, ...]]  # (start, end) -> entities within


@functools.lru_cache(maxsize=4)
def _entities(doc: Doc) -> _Entities:
    # keyed by the Doc itself (identity): the cache holds the last few Docs coded, and
    # a Doc's entities and sentences are never changed once it is parsed
    found = _Entities(tuple(doc.ents), {}, {})
    for sentence in doc.sents:
        for ent in sentence_entities(sentence, found):
            found.at.update((i, ent) for i in range(ent.start, ent.end))
    return found


def sentence_entities(sentence: Span, found: _Entities | None = None) -> tuple[Span, ...]:
    """``sentence.ents``: the Doc's entities that lie wholly within the sentence."""
    found = found or _entities(sentence.doc)
    key = (sentence.start, sentence.end)
    if key not in found.within:
        found.within[key] = tuple(e for e in found.ents
                                  if e.start >= sentence.start and e.end <= sentence.end)
    return found.within[key]


@functools.lru_cache(maxsize=4)
def _sentences(doc: Doc) -> tuple[Span, ...]:
    # token index -> its sentence; cached like `_entities` (a Doc's sentence starts are
    # never changed once it is parsed), so each sentence Span is built once
    return tuple(sentence for sentence in doc.sents for _ in range(len(sentence)))


def sentence_of(token: Token) -> Span:
    """``token.sent``: spaCy scans the Doc and builds a new Span on every access."""
    return _sentences(token.doc)[token.i]


def entity_at(token: Token) -> Span | None:
    """The entity of ``token.sent.ents`` that contains the token, if any."""
    return _entities(token.doc).at.get(token.i)


@functools.lru_cache(maxsize=4)
def _tokens(doc: Doc) -> tuple[Token, ...]:
    # cached like `_entities`: a Token reads its Doc's arrays, so the objects stay valid
    return tuple(doc)


def tokens_of(span: Doc | Span) -> tuple[Token, ...]:
    """The tokens of ``span`` (a Doc or a Span of one), in order: ``tuple(span)``."""
    if isinstance(span, Doc):
        return _tokens(span)
    return _tokens(span.doc)[span.start:span.end]


@functools.lru_cache(maxsize=4)
def _children(doc: Doc) -> tuple[tuple[Token, ...], ...]:
    # token index -> its syntactic children in text order; cached like `_tokens`
    tokens = _tokens(doc)
    found: list[list[Token]] = [[] for _ in tokens]
    for token in tokens:
        head = token.head.i
        if head != token.i:
            found[head].append(token)
    return tuple(tuple(kids) for kids in found)


def children(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)``: spaCy walks the token's subtree edges and builds a new
    Token per child on every access."""
    return _children(token.doc)[token.i]
