"""Sentence starts that the parser gets wrong in news text, set before it runs.

News separates the headline and paragraphs by blank lines, and opens the story with a
dateline ("SEOUL, July 13 (Agency) — North Korea said ..."). The parser alone runs a
headline into the first sentence and a dateline's date into the lede, where it would be
taken for the date of the lede's event. Sentence starts set before the parser are
respected by it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

COMPONENT = "eventwire_paragraphs"
DASHES = frozenset({"—", "–", "--", "-"})
# A dateline is short: the dash comes within this many tokens of the paragraph start.
DATELINE_MAX_TOKENS = 14
# Paragraphs that are not the story: a photo caption carries the photo's credit or opens
# with "FILE -"; a link to another story opens with a label. Both repeat or advertise
# events told (and dated) elsewhere.
_PHOTO_CREDIT = re.compile(
    r"^FILE(?: PHOTO)?\s*[-–—:]"  # AP/Reuters archive photos
    r"|\((?:AP|AFP|EPA|Reuters|Xinhua)?\s*Photos?\s*(?:/|by\b|:)"  # (AP Photo/Name)
    r"|\bREUTERS/\s*[A-Z]"  # REUTERS/Name
    r"|\b(?:AFP|AP|EPA|Anadolu) via Getty Images\b"
    r"|/\s*(?:AFP|Getty Images|EPA|AP)\)\s*$")
_LINK_LABEL = re.compile(
    r"^(?:RELATED|Related|READ MORE|Read more|Read More|READ ALSO|Read also|SEE ALSO"
    r"|See also|ALSO READ|Also read|WATCH|MORE)\s*:")
# A caption is short; a long paragraph with a credit inside is story text.
CAPTION_MAX_WORDS = 60


@Language.component(COMPONENT)
def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after each blank line and after a paragraph's dateline."""
    starts = [0] + [t.i + 1 for t in doc[:-1] if t.is_space and t.text.count("\n") >= 2]
    for start in starts:
        if start >= len(doc):
            continue
        if start > 0:
            doc[start].is_sent_start = True
        dash = _dateline_dash(doc, start)
        if dash is not None and dash.i + 1 < len(doc):
            for inside in doc[start + 1: dash.i + 1]:
                inside.is_sent_start = False
            doc[dash.i + 1].is_sent_start = True
    return doc


def _dateline_dash(doc: Doc, start: int) -> Token | None:
    """The dash closing a dateline that opens the paragraph at `start`, if any."""
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) > 1):
        return None
    for token in doc[start: start + DATELINE_MAX_TOKENS]:
        if token.is_space and "\n" in token.text:
            return None
        if token.text in DASHES and token.i > start + 1:
            return token
    return None


def is_dateline(sentence: Span) -> bool:
    """Whether a sentence is a story's dateline ("SEOUL, July 13 (Agency) —"), whose date
    is the day of writing, not of an event (:func:`mark_paragraph_breaks` makes it a
    sentence of its own)."""
    dash = _dateline_dash(sentence.doc, sentence.start)
    return dash is not None and dash.i == sentence.end - 1


def is_aside(sentence: Span) -> bool:
    """Whether a sentence sits in a paragraph that is no part of the story: a photo
    caption ("Police stand guard in Lagos, May 2. REUTERS/Name") or a link to another
    story ("RELATED: ..."). Their events are the photo's or the other story's."""
    doc = sentence.doc
    asides = doc.user_data.get(_ASIDES_KEY)
    if asides is None:  # found once per Doc: the Doc's text is rebuilt on every access
        asides = doc.user_data[_ASIDES_KEY] = _aside_starts(doc)
    return sentence.start in asides


_ASIDES_KEY = "eventwire_aside_sentences"


def _aside_starts(doc: Doc) -> tuple[int, ...]:
    """Token starts of the sentences in caption or link paragraphs."""
    text = doc.text
    found = set()
    aside: dict[tuple[int, int], bool] = {}  # paragraph bounds -> verdict, read once
    for sentence in doc.sents:
        start = text.rfind("\n\n", 0, sentence.start_char) + 1
        # the sentence's text sliced from the Doc's, not rebuilt token by token
        own = text[sentence.start_char:sentence.end_char]
        end = text.find("\n\n", sentence.start_char + len(own.rstrip()))
        if (start, end) not in aside:
            paragraph = text[start: end if end >= 0 else len(text)].strip()
            aside[start, end] = bool(_LINK_LABEL.match(paragraph) or (
                len(paragraph.split()) <= CAPTION_MAX_WORDS
                and _PHOTO_CREDIT.search(paragraph)))
        if aside[start, end]:
            found.add(sentence.start)
    return tuple(sorted(found))  # a plain tuple: user_data goes with Doc.to_bytes
