"""Sentence starts at paragraph breaks and after datelines (tokenizer only, no model)."""

from __future__ import annotations

import pytest
import spacy

from eventwire.nlp.paragraphs import COMPONENT, is_aside


@pytest.fixture(scope="module")
def nlp():
    blank = spacy.blank("en")
    blank.add_pipe(COMPONENT)
    return blank


def starts(doc) -> list[str]:
    return [t.text for t in doc if t.is_sent_start and not t.is_space]


def test_paragraphs_headline_is_its_own_sentence(nlp):
    doc = nlp("Japan, U.S. agree to work closely\n\nThe top diplomats met on Friday.")
    assert "The" in starts(doc)


def test_paragraphs_dateline_ends_before_the_lede(nlp):
    doc = nlp("SEOUL, July 13 (Agency) — North Korea fired a missile on Thursday.")
    north = next(t for t in doc if t.text == "North")
    assert north.is_sent_start
    assert all(t.is_sent_start is False for t in doc[1: north.i])


@pytest.mark.parametrize("text", [
    "U.S. forces struck Iraq - officials said.",
    "Seoul, July 13 — a lower-case dateline is not taken for one.",
])
def test_paragraphs_no_dateline_no_change(nlp, text):
    doc = nlp(text)
    assert starts(doc) == [doc[0].text]


def test_paragraphs_dateline_sentence_is_known(nlp):
    from eventwire.nlp.paragraphs import is_dateline

    doc = nlp("SEOUL, July 13 (Agency) — North Korea fired a missile on Thursday.")
    assert [is_dateline(s) for s in doc.sents] == [True, False]
    plain = nlp("North Korea fired a missile - officials said.")
    assert not is_dateline(plain[:])


def asides(nlp, text: str) -> list[str]:
    """The sentences of ``text`` (paragraphs split by blank lines) that are asides."""
    doc = nlp(text)
    return [p.strip() for p in text.split("\n\n")
            if any(is_aside(s) for s in doc.sents if s.text.strip() and s.text.strip() in p)]


@pytest.mark.parametrize("aside", [
    "Riot police guard the parliament in Lima on May 3. (AP Photo/Jane Roe)",
    "FILE - Troops parade in the capital, Jan. 9, 2023.",
    "Rescuers search the rubble in Gaza City, May 3, 2024. REUTERS/John Doe",
    "A soldier stands guard at a checkpoint. (Photo by John Doe / AFP)",
    "RELATED: Spain recalls its ambassador to Caracas",
    "Read more: Rebels seize second town in the east",
])
def test_paragraphs_captions_and_story_links_are_asides(nlp, aside):
    text = f"Police arrested two men on Monday.\n\n{aside}\n\nThe men were freed later."
    assert asides(nlp, text) == [aside]


def test_paragraphs_long_paragraph_with_a_credit_inside_is_story_text(nlp):
    long = " ".join(["The minister said the talks would go on."] * 8) + " (AP Photo/Jane Roe)"
    assert asides(nlp, f"Police arrested two men.\n\n{long}") == []
