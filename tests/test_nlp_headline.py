"""Title Case headlines recased for the tagger, judged by the article's own body."""

from __future__ import annotations

import spacy

from eventwire.nlp.headline import (
    is_title_case,
    leading_headline_end,
    recase_title,
    restore_text,
    trigger_forms,
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
