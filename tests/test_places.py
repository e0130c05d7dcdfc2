"""Gazetteer lookups and the place of the event a trigger denotes."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.places import Gazetteer, GazetteerEntry, attach_place, normalize
from eventwire.records import Place


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_load_is_built_once() -> None:
    assert Gazetteer.load() is Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Washington", "USA", 38.9, -77.0),
        ("Washington, D.C.", "USA", 38.9, -77.0),
        ("Tokyo", "JPN", 35.7, 139.7),
        ("Yemen", "YEM", None, None),
        ("Gaza", "PSE", 31.4, 34.4),
        ("the Gaza Strip", "PSE", 31.4, 34.4),
        ("West Bank", "PSE", 31.9, 35.2),
        ("Kiev", "UKR", 50.5, 30.5),
        ("Kyiv", "UKR", 50.5, 30.5),
        ("Geneva", "CHE", 46.2, 6.1),
        ("London", "GBR", 51.5, -0.1),
        ("New York", "USA", 40.7, -74.0),
        ("Sao Paulo", "BRA", -23.5, -46.6),
        ("U.S.", "USA", None, None),
        ("Britain", "GBR", None, None),
        ("Red Sea", None, 20.0, 38.5),
    ],
)
def test_lookup(gazetteer: Gazetteer, name: str, country: str | None, lat, lon) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert place.country == country
    if lat is not None:
        assert place.lat == pytest.approx(lat, abs=0.3)
        assert place.lon == pytest.approx(lon, abs=0.3)
    else:
        assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize("name", ["Atlantis-upon-Thames", "Hamas", "UN", "Biden", ""])
def test_unknown_names(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) is None


def test_alternates_can_be_excluded(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Kiev", alternates=False) is None
    assert gazetteer.lookup("Kyiv", alternates=False).country == "UKR"


def test_heaviest_entry_wins() -> None:
    small = Place("Springfield", "USA", 1.0, 1.0)
    big = Place("Springfield", "GBR", 2.0, 2.0)
    gazetteer = Gazetteer(
        [GazetteerEntry("Springfield", small, 10), GazetteerEntry("Springfield", big, 20)]
    )
    assert gazetteer.lookup("springfield") == big


def test_normalize() -> None:
    assert normalize("the  Gaza Strip") == "gaza strip"
    assert normalize("Washington, D.C.") == "washington dc"
    assert normalize("São Paulo's") == "sao paulo"


# --- attach_place (model-backed) --------------------------------------------------


def _token(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "name", "country"),
    [
        # the place in the object's chain: "strikes against targets in Yemen"
        (
            "The United States and Britain carried out strikes against 60 targets in "
            "Yemen on Thursday night.",
            "strikes",
            "Yemen",
            "YEM",
        ),
        # a light verb shares its event noun's place
        ("Biden held talks with Xi in San Francisco in November.", "held", "San Francisco", "USA"),
        ("Biden held talks with Xi in San Francisco in November.", "talks", "San Francisco", "USA"),
        # the place belongs to the framing event noun, not to the main verb
        (
            "Following a meeting in Washington on Friday, Blinken told reporters that the "
            "talks were productive.",
            "meeting",
            "Washington",
            "USA",
        ),
        (
            "Following a meeting in Washington on Friday, Blinken told reporters that the "
            "talks were productive.",
            "told",
            None,
            None,
        ),
        # "in the city of X"
        (
            "Officials said the strike in the city of Kharkiv killed five people.",
            "strike",
            "Kharkiv",
            "UKR",
        ),
        # other clauses keep their places
        (
            "Officials said the strike in the city of Kharkiv killed five people.",
            "said",
            None,
            None,
        ),
        # a reacting verb does not take the place of the event it reacts to
        ("The minister condemned the attack in Gaza.", "condemned", None, None),
        ("The minister condemned the attack in Gaza.", "attack", "Gaza", "PSE"),
        ("Houthi rebels attacked a ship in the Red Sea.", "attacked", "the Red Sea", None),
        ("Russia agreed to meet in Geneva next week.", "meet", "Geneva", "CHE"),
    ],
)
def test_attach_place(nlp, gazetteer, sentence: str, trigger: str, name, country) -> None:
    doc = nlp(sentence)
    found = attach_place(_token(doc, trigger), gazetteer)
    if name is None:
        assert found is None
        return
    assert found is not None
    place, (start, end) = found
    assert doc.text[start:end] == name
    assert place.country == country


def test_attach_place_trusts_a_place_noun_over_a_misread_name_tag(gazetteer) -> None:
    # "A bomb near the town of Fallujah killed ...", the town's name tagged NORP: the
    # place noun vouches for it, so its alternate spelling is looked up as a place.
    words = ["A", "bomb", "near", "the", "town", "of", "Fallujah", "killed", "two", "men"]
    heads = [1, 7, 1, 4, 2, 4, 5, 7, 9, 7]
    deps = ["det", "nsubj", "prep", "det", "pobj", "prep", "pobj", "ROOT", "nummod", "dobj"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "VERB", "NUM", "NOUN"]
    lemmas = [w.lower() for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas, ents=["O"] * 6 + ["B-NORP"] + ["O"] * 3)
    found = attach_place(doc[7], gazetteer)
    assert found is not None and found[0].country == "IRQ"
