"""Title Case headlines recased for the tagger, judged by the article's own body."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.nlp.headline import (
    is_title_case,
    leading_headline_end,
    recase_title,
    restore_text,
    trigger_forms,
    verbal_headline,
)


def recase(title: str, body: str, triggers: frozenset[str] = frozenset()) -> str:
    text = recase_title(f"{title}\n\n{body}", len(title), triggers.__contains__)
    assert len(text) == len(title) + 2 + len(body)
    return text[: len(title)]


def test_headline_ordinary_words_are_lowered_names_kept():
    body = "Officials in Lisbon said on Friday that Portugal would recall its envoys."
    assert recase("Portugal Will Recall Envoys From Lisbon Mission", body) == \
        "Portugal will recall envoys from Lisbon Mission"


def test_headline_word_the_body_capitalises_mid_sentence_stays():
    body = "The lawmakers will meet the Speaker on Tuesday; the speaker's office declined comment."
    assert recase("Lawmakers Meet Speaker On Budget Deadline", body) == \
        "Lawmakers meet Speaker on Budget Deadline"


def test_headline_trigger_word_is_lowered_without_the_body():
    body = "Police said the crowd dispersed by evening."
    assert recase("Police Detain Dozens at Harbour Protest", body,
                  frozenset({"detain", "protest"})) == "Police detain Dozens at Harbour protest"


def test_headline_sentence_case_and_acronyms_are_left_alone():
    body = "The NATO allies said they would send more troops to the eastern flank."
    assert recase("NATO allies agree to send more troops east", body) == \
        "NATO allies agree to send more troops east"
    assert recase("UK And US Send Troops To NATO Drill", body) == \
        "UK and US send troops to NATO Drill"


def test_headline_title_case_needs_most_words_capitalised():
    assert is_title_case("Ghana Bans Imports From Its Neighbours")
    assert not is_title_case("Ghana bans imports from Togo and Benin")
    assert not is_title_case("Ghana Votes")


def test_headline_trigger_forms_guess_the_lemma():
    assert "expel" in trigger_forms("expels")
    assert "seize" in trigger_forms("seized")
    assert "threaten" in trigger_forms("threatens")


def test_headline_restore_text_keeps_parse_and_original_spelling():
    nlp = spacy.blank("en")
    doc = nlp("Ghana bans imports")
    doc[1].tag_ = "VBZ"
    restored = restore_text(doc, "Ghana Bans imports")
    assert restored.text == "Ghana Bans imports"
    assert restored[1].tag_ == "VBZ"
    assert [t.idx for t in restored] == [t.idx for t in doc]


def test_headline_inflected_form_in_the_body_counts():
    body = "Each observer was told to leave by the weekend, a spokesman said."
    assert recase("Togo Orders Foreign Observers Out", body) == "Togo Orders Foreign observers out"


def test_headline_words_of_a_known_name_keep_their_capitals():
    title = "Rebels In Western Sahara Call For Talks"
    text = recase_title(f"{title}\n\nNo one was hurt.", len(title),
                        {"rebels", "western", "sahara", "call", "talks"}.__contains__,
                        {"Western Sahara", "Sahara", "For"}.__contains__)
    assert text.startswith("Rebels in Western Sahara call for talks")


def test_headline_two_word_predicate_is_title_case():
    assert is_title_case("Chile Recalls Ambassador")
    assert not is_title_case("Putin meets Xi")


def test_headline_days_and_months_stay_capitalised():
    body = "Talks ended without agreement on the main issue."
    known = frozenset({"talks", "resume", "monday"})
    assert recase("Talks Resume On Monday Amid Strain", body, known) == \
        "Talks resume on Monday amid Strain"


def test_headline_plain_text_first_line_is_a_headline_when_it_stands_alone():
    text = "Kenya Closes Border Crossings After Raids\n\nNAIROBI — The crossings shut at dawn."
    assert text[:leading_headline_end(text)] == "Kenya Closes Border Crossings After Raids"
    # a first line that is a sentence, a whole one-line file, or a long paragraph is no title
    assert leading_headline_end("Kenya closed its border.\nMore follows.") is None
    assert leading_headline_end("Kenya Closes Border Crossings") is None
    assert leading_headline_end(" ".join(["Word"] * 25) + "\nBody text.") is None


def test_headline_place_the_body_capitalises_only_at_a_sentence_start_stays():
    title = "Police Arrest Teenagers in Mobile"
    body = "MOBILE, Alabama - Officers detained four youths late on Friday."
    words = {"police", "arrest", "teenagers", "mobile"}.__contains__
    text = recase_title(f"{title}\n\n{body}", len(title), words, None, {"mobile"}.__contains__)
    assert text.startswith("Police arrest teenagers in Mobile")
    body = "Officers seized a mobile phone on Friday. Mobile networks were down."
    text = recase_title(f"{title}\n\n{body}", len(title), words, None, {"mobile"}.__contains__)
    assert text.startswith("Police arrest teenagers in mobile")


VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str],
         lemmas: list[str] | None = None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words])


# (headline words, the noun reading the tagger gives, the verb's index, its past tense,
# the verb reading of the headline with that past tense)
NOUN_READ_HEADLINES = [
    (["Police", "detain", "protesters", "in", "Tbilisi"],
     ([2, 2, 2, 2, 3], ["nmod", "amod", "ROOT", "prep", "pobj"],
      ["NOUN", "NOUN", "NOUN", "ADP", "PROPN"]),
     1, "detained",
     ([1, 1, 1, 1, 3], ["nsubj", "ROOT", "dobj", "prep", "pobj"],
      ["NOUN", "VERB", "NOUN", "ADP", "PROPN"])),
    (["Army", "shells", "rebel", "positions"],
     ([1, 1, 3, 1], ["compound", "ROOT", "compound", "appos"],
      ["PROPN", "NOUN", "VERB", "NOUN"]),
     1, "shelled",
     ([1, 1, 3, 1], ["nsubj", "ROOT", "compound", "dobj"], ["PROPN", "VERB", "NOUN", "NOUN"])),
    (["Senegal", "and", "Gambia", "ratify", "border", "pact"],
     ([5, 0, 0, 5, 5, 5], ["nmod", "cc", "conj", "compound", "compound", "ROOT"],
      ["PROPN", "CCONJ", "PROPN", "NOUN", "NOUN", "NOUN"]),
     3, "ratified",
     ([3, 0, 0, 3, 5, 3], ["nsubj", "cc", "conj", "ROOT", "compound", "dobj"],
      ["PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "NOUN"])),
]


@pytest.mark.parametrize(("words", "noun", "at", "past", "verb"), NOUN_READ_HEADLINES)
def test_headline_verb_read_as_a_noun_is_parsed_again_as_a_verb(words, noun, at, past, verb):
    body = ["\n\n", "Officials", "spoke", "."]
    n = len(words)
    doc = _doc(words + body, [*noun[0], n - 1, n + 2, n + 2, n + 2],
               [*noun[1], "dep", "nsubj", "ROOT", "punct"],
               [*noun[2], "SPACE", "NOUN", "VERB", "PUNCT"])
    asked = []

    def parse(text: str) -> Doc:
        asked.append(text)
        again = words[:at] + [past] + words[at + 1:]
        return _doc(again, *verb)

    fixed = verbal_headline(doc, 0, len(" ".join(words)), parse,
                            lambda lemma, obj: lemma in ("detain", "shell", "ratify"))
    assert asked == [" ".join(words[:at] + [past] + words[at + 1:])]
    token = fixed[at]
    assert (token.text, token.pos_, token.dep_) == (words[at], "VERB", "ROOT")
    assert token.lemma_ == past.removesuffix("ed").removesuffix("d").replace("ifi", "ify")
    assert token.tag_ == ("VBZ" if words[at].endswith("s") else "VBP")
    assert [c.dep_ for c in token.children if c.i < at][0] == "nsubj"
    assert [t.dep_ for t in fixed[n:]] == ["dep", "nsubj", "ROOT", "punct"]  # body kept


def test_headline_with_a_verb_is_not_parsed_again():
    # "Police arrest opposition leader": the tagger found the verb.
    doc = _doc(["Police", "arrest", "opposition", "leader"], [1, 1, 3, 1],
               ["nsubj", "ROOT", "compound", "dobj"], ["NOUN", "VERB", "NOUN", "NOUN"])
    assert verbal_headline(doc, 0, len(doc.text), pytest.fail, lambda *_: True) is doc


def test_headline_reparse_without_a_subject_opening_it_is_dropped():
    # "Four dead in militia attacks overnight": "attacked" would take "militia" alone
    # as its subject, not the headline's opening words.
    words = ["Four", "dead", "in", "militia", "attacks", "overnight"]
    doc = _doc(words, [1, 1, 1, 4, 2, 1], ["nummod", "ROOT", "prep", "compound", "pobj",
                                          "npadvmod"],
               ["NUM", "ADJ", "ADP", "NOUN", "NOUN", "ADV"])

    def parse(text: str) -> Doc:
        return _doc(text.split(), [1, 4, 1, 4, 4, 4],
                    ["nummod", "npadvmod", "prep", "nsubj", "ROOT", "npadvmod"],
                    ["NUM", "ADJ", "ADP", "NOUN", "VERB", "ADV"])

    assert verbal_headline(doc, 0, len(doc.text), parse, lambda *_: True) is doc
