"""A pipeline component that starts a sentence at every paragraph break.

News text separates the headline and paragraphs by blank lines; the parser alone often
runs a headline into the first sentence. Sentence starts set before the parser are
respected by it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "eventwire_paragraphs"


@Language.component(COMPONENT)
def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Set a sentence start after each whitespace token holding a blank line."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc
