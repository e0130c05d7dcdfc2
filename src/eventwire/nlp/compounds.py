"""Hyphenated words the event lexicon knows, kept as one token.

spaCy's English tokenizer splits every hyphenated word ("sit-in" -> sit / - / in), so
the parser makes "in" the noun and a lexicon entry for "sit-in" never matches. Tokenizer
special cases keep the lexicon's own hyphenated nouns whole, plural and capitalised too.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import ORTH
from spacy.language import Language


def keep_hyphenated(nlp: Language, words: Iterable[str]) -> None:
    """Make each hyphenated word in `words` ("sit-in", "pull-out") a single token."""
    for word in words:
        if "-" not in word or " " in word:
            continue
        for form in (word, f"{word}s"):
            for spelling in {form, form.capitalize(), form.upper()}:
                nlp.tokenizer.add_special_case(spelling, [{ORTH: spelling}])
