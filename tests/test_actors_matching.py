"""Tests for bare-surname matching: shared surnames, longer names, earlier mentions."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.actors.kb import KnowledgeBase, Namesake, bare_surnames
from eventwire.actors.matching import find_units
from eventwire.actors.resolve import resolve_actors


def _person(pid, name, country, start, end, aliases=(), title="minister", sector="GOV"):
    return {"id": pid, "name": name, "aliases": list(aliases), "roles": [
        {"country": country, "sector": sector, "title": title, "start": start, "end": end}]}


PEOPLE = [
    _person("lula", "Luiz Lula da Silva", "BRA", "2023-01-01", None, ["Lula"]),
    _person("azevedo", "Fernando Azevedo e Silva", "BRA", "2019-01-01", "2021-03-30"),
    _person("guardia", "Eduardo Guardia", "BRA", "2018-04-06", "2019-01-01"),
    _person("wkoo", "Wellington Koo", "TWN", "2024-05-20", None),
    _person("kkoo", "Koo Yun-cheol", "KOR", "2025-07-01", None),
    _person("salam-n", "Nawaf Salam", "LBN", "2025-02-08", None),
    _person("salam-t", "Tammam Salam", "LBN", "2014-02-15", "2016-12-18"),
    _person("ahmed", "Abiy Ahmed", "ETH", "2018-04-02", None),
    _person("ahmed-s", "Ahmed Shah", "AFG", "2001-01-01", None),
    _person("ahmed-k", "Ahmed Khalifa", "EGY", "2024-07-03", None),
    _person("miller", "Christopher Miller", "USA", "2020-11-09", "2021-01-20"),
]
KB = KnowledgeBase.from_dicts(people=PEOPLE)


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make_doc(vocab, words, pos=None):
    pos = pos or ["PROPN" if w[:1].isupper() else "VERB" for w in words]
    return Doc(vocab, words=words, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))


def units_of(doc, kind, published=None):
    return [(doc[u.start:u.end].text, u.key) for u in find_units(doc, KB, published)
            if u.kind == kind]


def test_kb_bare_surnames_keep_shared_and_family_first_names():
    surnames = bare_surnames(KB.people)
    assert [p.id for p in surnames["Silva"]] == ["lula", "azevedo"]
    assert [p.id for p in surnames["Koo"]] == ["wkoo", "kkoo"]  # "Koo Yun-cheol"
    assert "Ahmed" not in surnames  # a given name too ("Ahmed Shah")
    assert [p.id for p in surnames["Guardia"]] == ["guardia"]


@pytest.mark.parametrize(("surname", "day", "holder"), [
    ("Silva", date(2020, 5, 1), "azevedo"),
    ("Silva", date(2024, 5, 1), "lula"),
    ("Salam", date(2015, 5, 1), "salam-t"),
    ("Salam", date(2025, 5, 1), "salam-n"),
    ("Salam", date(2020, 5, 1), "salam-t"),  # nobody in office: the latest to leave
    ("Koo", date(2024, 8, 1), "wkoo"),
    ("Koo", date(2025, 9, 1), None),  # two in office, two countries
])
def test_kb_namesake_holder_on(surname, day, holder):
    namesake = KB.namesakes["namesake:" + surname]
    assert isinstance(namesake, Namesake) and namesake.name == surname
    person = namesake.holder_on(day)
    assert (person.id if person else None) == holder
    role, _ = namesake.role_on(day)
    assert (role is None) == (holder is None)


def test_kb_namesake_is_found_by_id_but_not_listed():
    assert KB.people_by_id["namesake:Silva"].name == "Silva"
    assert all(not isinstance(p, Namesake) for p in KB.people)


def test_matching_shared_surname_by_date(vocab):
    doc = make_doc(vocab, ["Silva", "met", "Xi", "."])
    assert units_of(doc, "surname") == [("Silva", "namesake:Silva")]
    assert units_of(doc, "surname", date(2020, 5, 1)) == [("Silva", "azevedo")]
    assert units_of(doc, "surname", date(2024, 5, 1)) == [("Silva", "lula")]


def test_matching_ambiguous_surname_on_the_date_is_no_unit(vocab):
    doc = make_doc(vocab, ["Koo", "spoke", "."])
    assert units_of(doc, "surname", date(2025, 9, 1)) == []
    assert units_of(doc, "surname", date(2024, 9, 1)) == [("Koo", "wkoo")]


@pytest.mark.parametrize(("words", "holder"), [
    (["Koo", "met", "Taiwan", "officials", "."], "wkoo"),
    (["Koo", "spoke", "in", "South", "Korea", "."], "kkoo"),
])
def test_matching_ambiguous_surname_takes_the_story_s_country(vocab, words, holder):
    """Of two people in office who share a surname, the one of the country the story
    names."""
    kb = KnowledgeBase.from_dicts(countries=[
        {"iso3": "TWN", "name": "Taiwan"}, {"iso3": "KOR", "name": "South Korea"}],
        people=PEOPLE)
    doc = make_doc(vocab, words)
    found = [(doc[u.start:u.end].text, u.key)
             for u in find_units(doc, kb, date(2025, 9, 1)) if u.kind == "surname"]
    assert found == [("Koo", holder)]


def test_matching_earlier_full_name_beats_the_date(vocab):
    words = ["Fernando", "Azevedo", "e", "Silva", "spoke", ".", "Silva", "left", "."]
    doc = make_doc(vocab, words, pos=["PROPN", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT",
                                      "PROPN", "VERB", "PUNCT"])
    assert units_of(doc, "surname", date(2024, 5, 1)) == [("Silva", "azevedo")]


def test_matching_earlier_other_name_leaves_the_surname_to_coreference(vocab):
    words = ["Stephen", "Miller", "spoke", ".", "Miller", "left", "."]
    doc = make_doc(vocab, words, pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB",
                                      "PUNCT"])
    assert units_of(doc, "surname") == []


@pytest.mark.parametrize(("words", "pos"), [
    (["Guardia", "Civil", "officers", "arrested", "men", "."],
     ["PROPN", "ADJ", "NOUN", "VERB", "NOUN", "PUNCT"]),
    (["the", "Miller", "Institute", "said", "."], ["DET", "PROPN", "PROPN", "VERB", "PUNCT"]),
    (["Miller", "-", "Smith", "said", "."], ["PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"]),
])
def test_matching_surname_inside_longer_name_is_no_unit(vocab, words, pos):
    spaces = [w not in ("Miller", "-") or words[1] != "-" for w in words]
    doc = Doc(vocab, words=words, pos=pos, spaces=spaces,
              sent_starts=[True] + [False] * (len(words) - 1))
    assert units_of(doc, "surname") == []


def test_matching_surname_alone_is_a_unit(vocab):
    doc = make_doc(vocab, ["Guardia", "said", "Brazil", "would", "cut", "spending"],
                   pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "NOUN"])
    assert units_of(doc, "surname") == [("Guardia", "guardia")]


def test_matching_surname_without_accents(vocab):
    kb = KnowledgeBase.from_dicts(people=[
        _person("guzman", "Martín Guzmán", "ARG", "2019-12-10", "2022-07-02")])
    doc = make_doc(vocab, ["Guzman", "said", "."], pos=["PROPN", "VERB", "PUNCT"])
    assert [(u.kind, u.key) for u in find_units(doc, kb)] == [("surname", "guzman")]


def test_matching_capital_starting_a_person_name_is_no_unit(vocab):
    kb = KnowledgeBase.from_dicts(countries=[
        {"iso3": "BGR", "name": "Bulgaria", "capital": "Sofia"}])
    words = ["his", "companion", ",", "Sofia", "Sapega", ",", "and", "Sofia", "."]
    doc = Doc(vocab, words=words, pos=["PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT",
                                       "CCONJ", "PROPN", "PUNCT"],
              ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"],
              sent_starts=[True] + [False] * 8)
    capitals = [u.start for u in find_units(doc, kb) if u.kind in ("capital", "metonym")]
    assert capitals == [7]


def test_matching_capital_starting_a_grouping_name_is_no_unit(vocab):
    kb = KnowledgeBase.from_dicts(countries=[
        {"iso3": "ECU", "name": "Ecuador", "capital": "Quito"}])
    words = ["members", "of", "the", "Quito", "Group", "met", "in", "Quito", "."]
    doc = Doc(vocab, words=words, pos=["NOUN", "ADP", "DET", "PROPN", "PROPN", "VERB",
                                       "ADP", "PROPN", "PUNCT"],
              sent_starts=[True] + [False] * 8)
    capitals = [u.start for u in find_units(doc, kb) if u.kind in ("capital", "metonym")]
    assert capitals == [7]


# Model-backed checks on the packaged knowledge base.

@pytest.mark.slow
@pytest.mark.parametrize(("text", "day", "span", "expected"), [
    ("Silva met Xi Jinping in Beijing on Tuesday.", "2024-05-01", "Silva", ("BRA", "GOV")),
    ("Salam met French President Emmanuel Macron.", "2015-05-01", "Salam", ("LBN", "GOV")),
    ("Suzuki said Japan would act on the yen.", "2022-05-01", "Suzuki", ("JPN", "GOV")),
    ("Koo said China was a threat.", "2024-08-01", "Koo", ("TWN", "GOV")),
    ("Guardia said Brazil would cut spending.", "2018-06-01", "Guardia", ("BRA", "GOV")),
    ("Miller said the Pentagon would cut troops in Afghanistan.", "2020-12-01", "Miller",
     ("USA", "GOV")),
    ("China's Taiwan Affairs Office condemned the visit on Wednesday.", "2024-05-01",
     "China's Taiwan Affairs Office", ("CHN", "GOV")),
    ("Ryanair chief executive Michael O'Leary called it state-sponsored hijacking.",
     "2021-05-25", "Ryanair chief executive Michael O'Leary", ("IRL", "BUS")),
    ("Guardia Civil officers arrested three men in Madrid.", "2024-05-01",
     "Guardia Civil officers", ("ESP", "COP")),
])
def test_resolve_bare_surnames_and_named_bodies(nlp, kb, text, day, span, expected):
    doc = nlp(text)
    mentions = resolve_actors(doc, kb, date.fromisoformat(day))
    found = {doc[m.start:m.end].text: (m.actors[0].code, m.actors[0].sector)
             for m in mentions}
    assert found.get(span) == expected, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent"), [
    ("Young Pioneers marched in Pyongyang on Monday.", "Young"),
    ("Young people protested in Lagos on Monday.", "Young"),
    ("Torres Strait islanders protested in Canberra.", "Torres"),
    ("Guardia Civil officers arrested three men in Madrid.", "Guardia"),
])
def test_resolve_common_word_surnames_are_not_people(nlp, kb, text, absent):
    doc = nlp(text)
    mentions = resolve_actors(doc, kb, date(2021, 6, 1))
    assert not any(a.kb_id and a.kb_id in kb.people_by_id
                   for m in mentions if absent in doc[m.start:m.end].text for a in m.actors)


@pytest.mark.slow
def test_resolve_surname_after_another_full_name_is_that_person(nlp, kb):
    doc = nlp("White House adviser Stephen Miller spoke on Monday. Miller said the border "
              "was closed.")
    mentions = resolve_actors(doc, kb, date(2025, 3, 1))
    later = [m for m in mentions if doc[m.start:m.end].text == "Miller"]
    assert later and later[0].actors[0].name == "Stephen Miller"


@pytest.mark.parametrize(("words", "expected"), [
    (["Protesters", "gathered", "in", "Guardia", "."], []),
    (["Guardia", "spoke", "in", "Brasilia", "."], [("Guardia", "guardia")]),
    (["Life", "in", "Guardia", "'s", "Brazil", "."], [("Guardia", "guardia")]),
])
def test_matching_surname_after_in_is_a_place(vocab, words, expected):
    doc = make_doc(vocab, words)
    if "'s" in words:
        doc[words.index("'s")].tag_ = "POS"
    assert units_of(doc, "surname", date(2018, 6, 1)) == expected


def test_matching_given_name_with_a_surname_spelled_another_way(vocab):
    # An alias spelling the surname another way keeps the given name before it.
    kb = KnowledgeBase.from_dicts(people=[
        _person("kostenko", "Oleksandr Kostenko", "UKR", "2020-01-01", None, ["Kostenkov"])])
    doc = make_doc(vocab, ["Oleksandr", "Kostenkov", "said", "."],
                   pos=["PROPN", "PROPN", "VERB", "PUNCT"])
    assert [(doc[u.start:u.end].text, u.key) for u in find_units(doc, kb)
            if u.kind == "person"] == [("Oleksandr Kostenkov", "kostenko")]
