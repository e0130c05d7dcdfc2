"""Entity and sentence lookups read once per Doc give spaCy's own answers (no model needed)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.nlp.docindex import entity_at, sentence_entities, sentence_of


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
