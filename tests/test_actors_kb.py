"""Tests for eventwire.actors.kb: loading, validation, lookups and date-aware roles."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from eventwire.actors.kb import KnowledgeBase, KnowledgeBaseError, Role

FIXTURE = {
    "countries": [
        {"iso3": "JPN", "name": "Japan", "names": ["Japan"], "adjectives": ["Japanese"],
         "capital": "Tokyo", "metonyms": {"Kantei": "GOV"}, "lat": 36.0, "lon": 138.0},
    ],
    "igos": [{"code": "NATO", "name": "North Atlantic Treaty Organization",
              "names": ["NATO"], "sector": "IGO"}],
    "groups": [{"id": "hamas", "name": "Hamas", "names": ["Hamas"], "adjectives": [],
                "country": "PSE", "sector": "REB"}],
    "agents": [{"phrase": "Foreign Minister", "sector": "GOV", "kind": "title"},
               {"phrase": "former", "sector": "ELI", "kind": "modifier"}],
    "people": [{"id": "kamikawa_yoko", "name": "Yoko Kamikawa", "aliases": ["Kamikawa"],
                "gender": "f", "roles": [
                    {"country": "JPN", "sector": "GOV", "title": "Foreign Minister",
                     "start": "2023-09-13", "end": None},
                    {"country": "JPN", "sector": "GOV", "title": "Justice Minister",
                     "start": "2017-08-03", "end": "2018-10-02"}]}],
}


@pytest.fixture()
def small_kb() -> KnowledgeBase:
    return KnowledgeBase.from_dicts(**FIXTURE)


def test_kb_from_dicts_counts(small_kb):
    assert small_kb.counts() == {"countries": 1, "organisations": 1, "groups": 1,
                                 "agents": 2, "people": 1}


def test_kb_from_dicts_lookups(small_kb):
    japan = small_kb.countries_by_iso3["JPN"]
    assert japan.adjectives == ("Japanese",)
    assert japan.metonyms == (("Kantei", "GOV"),)
    assert small_kb.groups_by_id["hamas"].country == "PSE"
    assert small_kb.organisations_by_code["NATO"].sector == "IGO"
    assert small_kb.agent("foreign minister").sector == "GOV"
    assert small_kb.agent("FOREIGN MINISTER").kind == "title"
    assert small_kb.agent("ambassador") is None


@pytest.mark.parametrize(
    ("day", "title", "current"),
    [
        (date(2024, 1, 13), "Foreign Minister", True),
        (date(2018, 1, 1), "Justice Minister", True),
        (date(2020, 5, 1), "Justice Minister", False),
        (None, "Foreign Minister", True),
    ],
)
def test_kb_person_role_on(small_kb, day, title, current):
    role, is_current = small_kb.people_by_id["kamikawa_yoko"].role_on(day)
    assert role is not None and role.title == title
    assert is_current is current


def test_kb_person_role_before_any_office(small_kb):
    assert small_kb.people_by_id["kamikawa_yoko"].role_on(date(2000, 1, 1)) == (None, False)


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2020, 1, 1), False), (date(2021, 1, 1), True), (date(2022, 6, 30), True),
     (date(2022, 7, 1), False), (None, False)],
)
def test_kb_role_active_on(day, expected):
    role = Role("USA", None, "GOV", "x", date(2021, 1, 1), date(2022, 6, 30))
    assert role.active_on(day) is expected


@pytest.mark.parametrize(
    ("kind", "entry", "message"),
    [
        ("countries", {"name": "Nowhere"}, "entry 0 is not a valid countries entry"),
        ("agents", {"phrase": "x", "sector": "GOV", "kind": "boss"}, "kind must be one of"),
        ("people", {"id": "x", "name": "X", "roles": [{"start": "soon"}]},
         "not a valid people entry"),
    ],
)
def test_kb_from_dicts_rejects_bad_entries(kind, entry, message):
    with pytest.raises(KnowledgeBaseError, match=message):
        KnowledgeBase.from_dicts(**{kind: [entry]})


def test_kb_from_dicts_rejects_unknown_kind():
    with pytest.raises(KnowledgeBaseError, match="unknown entry kinds"):
        KnowledgeBase.from_dicts(planets=[])


def test_kb_memo_builds_once(small_kb):
    calls = []
    first = small_kb.memo("k", lambda: calls.append(1) or object())
    assert small_kb.memo("k", lambda: calls.append(1) or object()) is first
    assert calls == [1]


def test_kb_load_packaged_has_well_known_entries(kb):
    japan = kb.countries_by_iso3["JPN"]
    assert japan.name == "Japan" and "Japanese" in japan.adjectives
    assert "NATO" in kb.organisations_by_code
    assert kb.agent("foreign minister").sector == "GOV"
    assert kb.agent("former").kind == "modifier"
    counts = kb.counts()
    assert set(counts) == {"countries", "organisations", "groups", "agents", "people"}
    assert counts["countries"] >= 190


def test_kb_load_is_cached():
    assert KnowledgeBase.load() is KnowledgeBase.load()


def test_kb_load_extra_file(tmp_path):
    extra = tmp_path / "people.yaml"
    extra.write_text(
        "- id: doe_jane\n  name: Jane Doe\n  gender: f\n  roles:\n"
        "    - {country: JPN, sector: GOV, title: mayor, start: 2020-01-01, end: null}\n",
        encoding="utf-8",
    )
    loaded = KnowledgeBase.load(extra_paths=[extra])
    assert loaded.people_by_id["doe_jane"].roles[0].start == date(2020, 1, 1)
    assert loaded.counts()["people"] == KnowledgeBase.load().counts()["people"] + 1


def test_kb_load_extra_directory(tmp_path):
    (tmp_path / "groups.yaml").write_text(
        "- {id: x_front, name: X Front, names: [X Front], country: JPN, sector: REB}\n",
        encoding="utf-8")
    assert "x_front" in KnowledgeBase.load(extra_paths=[tmp_path]).groups_by_id


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("planets.yaml", "[]", "file name must be one of"),
        ("agents.yaml", "phrase: x", "expected a list of entries"),
        ("agents.yaml", "- [unclosed", "not valid YAML"),
        ("agents.yaml", "- {phrase: x}", "agents.yaml: entry 0"),
    ],
)
def test_kb_load_rejects_bad_files(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=message):
        KnowledgeBase.load(extra_paths=[path])


def test_kb_load_rejects_missing_path(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="no such knowledge-base file"):
        KnowledgeBase.load(extra_paths=[tmp_path / "nope.yaml"])


def test_kb_pickles_without_memo(small_kb):
    small_kb.memo("k", lambda: 1)
    clone = pickle.loads(pickle.dumps(small_kb))
    assert clone.counts() == small_kb.counts()
    assert clone.memo("k", lambda: 2) == 2


@pytest.mark.parametrize("name", ["European Community", "European Economic Community", "EEC"])
def test_kb_eu_predecessors_code_as_the_eu(kb, name):
    # Older wire copy (and the PLOVER gold sentences) name the EU's predecessors.
    assert name in kb.organisations_by_code["EU"].names
