"""Entity and sentence lookups read once per Doc give spaCy's own answers (no model needed)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.nlp.docindex import (
    children,
    entity_at,
    sentence_entities,
    sentence_of,
    tokens_of,
)


def _doc() -> Doc:
    # two sentences; "New York" runs across the break (a tagger's slip) and so belongs
    # to neither sentence's entities
    words = ["Ann", "met", "Bob", "on", "Monday", "in", "New", "York", "went", "home", "."]
    starts = [True] + [False] * 6 + [True] + [False] * 3
    ents = ["B-PERSON", "O", "B-PERSON", "O", "B-DATE", "O", "B-GPE", "I-GPE", "O", "O", "O"]
    return Doc(Vocab(), words=words, sent_starts=starts, ents=ents)


def test_docindex_sentence_entities_are_spacys():
    doc = _doc()
    for sentence in doc.sents:
        assert list(sentence_entities(sentence)) == list(sentence.ents)


def test_docindex_entity_at_is_the_sentence_entity_holding_the_token():
    doc = _doc()
    for token in doc:
        expected = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
        assert entity_at(token) == expected
    assert entity_at(doc[6]) is None  # the entity that crosses the break


def test_docindex_entities_are_read_once_per_doc():
    doc = _doc()
    assert entity_at(doc[4]) is entity_at(doc[4])  # spaCy builds a new Span each time


def test_docindex_sentence_entities_are_gathered_once_per_sentence():
    sentence = next(_doc().sents)
    assert sentence_entities(sentence) is sentence_entities(sentence)


def test_docindex_sentence_of_is_spacys_sentence_built_once():
    doc = _doc()
    for token in doc:
        assert sentence_of(token) == token.sent
    assert sentence_of(doc[0]) is sentence_of(doc[5])  # one Span per sentence
    assert (sentence_of(doc[7]).start, sentence_of(doc[10]).end) == (7, 11)


def _parsed() -> Doc:
    # "The envoy met rebels and left ." / "Talks resumed ." with a hand-made parse
    words = ["The", "envoy", "met", "rebels", "and", "left", ".", "Talks", "resumed", "."]
    heads = [1, 2, 2, 2, 2, 2, 2, 8, 8, 8]
    deps = ["det", "nsubj", "ROOT", "dobj", "cc", "conj", "punct", "nsubj", "ROOT", "punct"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_docindex_tokens_of_a_sentence_are_spacys_in_order():
    doc = _parsed()
    for sentence in doc.sents:
        assert list(tokens_of(sentence)) == list(sentence)
    assert list(tokens_of(doc)) == list(doc)
    first = next(doc.sents)
    assert tokens_of(first)[2] is tokens_of(doc)[2]  # one Token object per word and Doc


def test_docindex_children_are_spacys_in_text_order():
    doc = _parsed()
    for token in doc:
        assert list(children(token)) == list(token.children)
    assert [t.text for t in children(doc[2])] == ["envoy", "rebels", "and", "left", "."]
    assert children(doc[0]) == ()
    assert children(doc[2])[0] is children(doc[2])[0]  # read once per Doc
