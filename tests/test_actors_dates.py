"""Date-aware actor knowledge: office holders on a date, former holders, bare names."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.lookup import find, normalise_title, office_holder, people_of
from eventwire.actors.resolve import resolve_actors


@pytest.mark.parametrize(
    ("title", "where", "day", "expected"),
    [
        ("president", "USA", date(2019, 6, 1), "donald-trump"),
        ("president", "USA", date(2023, 6, 1), "joe-biden"),
        ("president", "USA", date(2025, 6, 1), "donald-trump"),
        ("prime minister", "JPN", date(2024, 3, 1), "fumio-kishida"),
        ("prime minister", "GBR", date(2017, 6, 1), "theresa-may"),
        ("secretary of state", "USA", date(2015, 6, 1), "john-kerry"),
        ("Defense Secretary", "USA", date(2016, 6, 1), "ash-carter"),
        ("foreign minister", "GBR", date(2017, 6, 1), "boris-johnson"),
        ("secretary-general", "UN", date(2019, 6, 1), "antonio-guterres"),
    ],
)
def test_actors_office_holder_on_date(kb, title, where, day, expected):
    org = where if where in kb.organisations_by_code else None
    country = None if org else where
    assert office_holder(kb, title, country, org, day).id == expected


def test_actors_office_holder_none_for_unknown_or_many(kb):
    assert office_holder(kb, "president", "USA", None, date(1950, 1, 1)) is None
    assert office_holder(kb, "minister", "JPN", None, date(2024, 1, 1)) is None
    assert office_holder(kb, "president", None, None, date(2024, 1, 1)) is None


def test_actors_normalise_title():
    assert normalise_title("Defense  Secretary") == "defence minister"
    assert normalise_title("Foreign Secretary") == "foreign minister"
    assert normalise_title("president") == "president"


@pytest.mark.parametrize(
    ("day", "sector", "current"),
    [(date(2024, 3, 1), "GOV", True), (date(2025, 3, 1), "GOV", False)],
)
def test_actors_person_role_on_date(kb, day, sector, current):
    role, is_current = kb.people_by_id["fumio-kishida"].role_on(day)
    assert (role.country, role.sector, is_current) == ("JPN", sector, current)


def test_actors_find_by_surname_shows_role_on_date(kb):
    matches = find(kb, "Kerry", date(2015, 1, 1))
    assert [m.key for m in matches if m.kind == "person"] == ["john-kerry"]
    assert "secretary of state" in matches[0].detail and "(current" in matches[0].detail
    assert "former" in find(kb, "Kerry", date(2019, 1, 1))[0].detail


def test_actors_people_of_country_on_date(kb):
    ids = {p.id for p, _ in people_of(kb, "JPN", date(2024, 6, 1))}
    assert {"fumio-kishida", "yoko-kamikawa"} <= ids
    assert "shigeru-ishiba" not in {p.id for p, r in people_of(kb, "JPN", date(2024, 6, 1))
                                    if r.title == "prime minister"}


def _actor(nlp, kb, text, published, word):
    doc = nlp(text)
    for mention in resolve_actors(doc, kb, published):
        if word in doc[mention.start:mention.end].text:
            return mention
    raise AssertionError(f"no mention with {word!r} in {text!r}")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("day", "name", "kb_id"),
    [(date(2019, 5, 2), "Donald Trump", "donald-trump"),
     (date(2023, 5, 2), "Joe Biden", "joe-biden")],
)
def test_actors_same_title_two_dates_two_people(nlp, kb, day, name, kb_id):
    text = "The U.S. president threatened Iran with new sanctions on Tuesday."
    mention = _actor(nlp, kb, text, day, "president")
    actor = mention.actors[0]
    assert (actor.country, actor.sector, actor.name, actor.kb_id) == ("USA", "GOV", name,
                                                                      kb_id)


@pytest.mark.slow
def test_actors_titled_known_person_in_2024(nlp, kb):
    text = "Prime Minister Kishida met Chinese President Xi Jinping in San Francisco."
    actor = _actor(nlp, kb, text, date(2024, 3, 1), "Kishida").actors[0]
    assert (actor.country, actor.sector, actor.kb_id) == ("JPN", "GOV", "fumio-kishida")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "day"),
    [("Kishida criticised the government's budget on Monday.", date(2025, 3, 3)),
     ("Former Prime Minister Kishida criticised the budget on Monday.", date(2024, 3, 4))],
)
def test_actors_former_office_holder_is_eli(nlp, kb, text, day):
    actor = _actor(nlp, kb, text, day, "Kishida").actors[0]
    assert (actor.country, actor.sector) == ("JPN", "ELI")


@pytest.mark.slow
def test_actors_unknown_bare_name_takes_context_with_low_confidence(nlp, kb):
    text = ("Russia and Ukraine held talks in Istanbul on Monday. "
            "John Smithers said the talks were useful.")
    mention = _actor(nlp, kb, text, date(2024, 3, 4), "Smithers")
    assert mention.actors[0].country in ("RUS", "UKR")
    assert mention.actors[0].sector is None
    assert mention.confidence < 0.5
