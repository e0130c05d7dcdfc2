"""The lexicon's hyphenated nouns stay one token (a blank English tokenizer, no model)."""

from __future__ import annotations

import spacy

from eventwire.events.lexicon import Lexicon
from eventwire.nlp.compounds import keep_hyphenated


def test_compounds_lexicon_hyphenated_nouns_stay_whole():
    nlp = spacy.blank("en")
    keep_hyphenated(nlp, Lexicon.load().hyphenated_nouns)
    words = [t.text for t in nlp("Sit-ins spread after nurses staged a sit-in, then a walk-on.")]
    assert "Sit-ins" in words and "sit-in" in words
    assert "walk-on" not in words  # a word the lexicon does not know is split as before


def test_compounds_lexicon_lists_its_hyphenated_nouns():
    assert "sit-in" in Lexicon.load().hyphenated_nouns
