"""User dictionaries: YAML and CSV forms, override of packaged entries, validation."""

from __future__ import annotations

import os
from datetime import date

import pytest

from eventwire.actors.kb import KnowledgeBase, KnowledgeBaseError, overlay
from eventwire.actors.schema import Known, check_entries
from eventwire.actors.userdict import (
    UserDictionaryError,
    check_dictionary,
    read_dictionary,
)
from eventwire.config import Settings

MAPPING = """\
source: our coders, 2024
people:
- id: jane-doe
  name: Jane Doe
  aliases: [Doe, Kerry]
  gender: f
  roles:
  - {country: GBR, sector: GOV, title: home secretary, start: 2024-07-05, end: null}
- id: john-kerry
  name: John Kerry
  aliases: [Kerry]
  roles:
  - {country: USA, sector: ELI, title: statesman, start: 2017-01-20, end: null}
  source: our own note
agents:
- {phrase: regional governor, sector: GOV, kind: title}
groups:
- {id: x_front, name: X Liberation Front, names: [XLF], country: JPN, sector: REB}
"""

PEOPLE_CSV = """\
id,name,aliases,gender,country,org,sector,title,start,end,note
jane-roe,Jane Roe,Roe;J. Roe,f,FRA,,GOV,interior minister,2022-05-20,2024-01-11,
jane-roe,Jane Roe,,f,,UN,IGO,special envoy,2024-02-01,,approximate date
"""


@pytest.fixture()
def mapping_file(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(MAPPING, encoding="utf-8")
    return path


def test_actors_userdict_mapping_file(mapping_file):
    kb = KnowledgeBase.load([mapping_file])
    doe = kb.people_by_id["jane-doe"]
    assert doe.source == "our coders, 2024"
    assert doe.roles[0].title == "home secretary"
    assert kb.people_by_id["john-kerry"].source == "our own note"
    assert kb.agent("Regional Governor").sector == "GOV"
    assert kb.groups_by_id["x_front"].country == "JPN"


def test_actors_userdict_overrides_same_id_and_alias(mapping_file):
    packaged = KnowledgeBase.load()
    kb = KnowledgeBase.load([mapping_file])
    kerry = kb.people_by_id["john-kerry"]
    assert kerry.roles[0].sector == "ELI"  # the user's entry replaced the packaged one
    assert len(kb.people) == len(packaged.people) + 1  # one replaced, one added
    assert sum(p.name == "John Kerry" for p in kb.people) == 1
    holders = [p.id for p in kb.people if "Kerry" in p.aliases]
    assert sorted(holders) == ["jane-doe", "john-kerry"]


def test_actors_userdict_user_name_replaces_packaged_person_with_that_name(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("- id: my-blinken\n  name: Antony Blinken\n  aliases: [Blinken]\n"
                    "  roles: [{country: USA, sector: ELI, start: 2025-01-21}]\n",
                    encoding="utf-8")
    kb = KnowledgeBase.load([path])
    assert "antony-blinken" not in kb.people_by_id
    assert kb.people_by_id["my-blinken"].role_on(date(2025, 6, 1))[0].sector == "ELI"


def test_actors_userdict_csv_people_rows_merge(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE_CSV, encoding="utf-8")
    kb = KnowledgeBase.load([path])
    roe = kb.people_by_id["jane-roe"]
    assert roe.aliases == ("Roe", "J. Roe")
    assert [(r.country, r.org, r.sector) for r in roe.roles] == [
        ("FRA", None, "GOV"), (None, "UN", "IGO")]
    assert roe.roles[1].note == "approximate date"


def test_actors_userdict_csv_kind_column(tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("kind,phrase,sector,id,name,country\n"
                    "agent,harbour master,GOV,,,\n"
                    "group,,REB,y_front,Y Front,KEN\n", encoding="utf-8")
    kb = KnowledgeBase.load([path])
    assert kb.agent("harbour master").sector == "GOV"
    assert kb.groups_by_id["y_front"].sector == "REB"


def test_actors_userdict_directory_of_files(tmp_path):
    (tmp_path / "people.csv").write_text(PEOPLE_CSV, encoding="utf-8")
    (tmp_path / "more.yaml").write_text("agents:\n- {phrase: zookeeper, sector: CVL}\n",
                                        encoding="utf-8")
    kb = KnowledgeBase.load([tmp_path])
    assert "jane-roe" in kb.people_by_id and kb.agent("zookeeper") is not None


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("people.yaml",
         "- id: a\n  name: A\n  roles: [{country: XXQ, sector: GOV}]\n",
         "people.yaml: entry 0 (id 'a'): field 'roles[0].country': unknown country code "
         "'XXQ' (not in the knowledge base)"),
        ("people.yaml",
         "- id: a\n  name: A\n  roles: [{country: JPN, sector: BOSS}]\n",
         "people.yaml: entry 0 (id 'a'): field 'roles[0].sector': 'BOSS' is not a sector"),
        ("people.yaml",
         "- id: a\n  name: A\n  roles: [{country: JPN, sector: GOV, start: 2024-02-30}]\n",
         "people.yaml: entry 0 (id 'a'): field 'roles[0].start': '2024-02-30' is not a date"),
        ("people.yaml",
         "- id: a\n  name: A\n  roles: [{country: JPN, sector: GOV, start: 2024-02-01, "
         "end: 2023-01-01}]\n",
         "people.yaml: entry 0 (id 'a'): field 'roles[0].end': 2023-01-01 is before start"),
        ("people.yaml", "- id: a\n  name: A\n  roles: []\n",
         "people.yaml: entry 0 (id 'a'): field 'roles': is required"),
        ("people.yaml", "- id: a\n  name: A\n  rolez: []\n  roles: [{org: UN, sector: IGO}]\n",
         "people.yaml: entry 0 (id 'a'): field 'rolez': unknown field"),
        ("groups.yaml", "- {id: g, name: G, country: jpn}\n",
         "groups.yaml: entry 0 (id 'g'): field 'country': 'jpn' is not an ISO 3166-1"),
        ("agents.yaml", "- {phrase: x, sector: GOV}\n- {phrase: X, sector: MIL}\n",
         "agents.yaml: entry 1 (phrase 'X'): field 'phrase': duplicate of entry 0"),
        ("mine.yaml", "peoples: []\n", "unknown section 'peoples'"),
        ("people.csv", "id,name,sector\na,A,GOV\n",
         "people.csv: row 2: field 'roles[0]': needs 'country' or 'org'"),
        ("mine.txt", "x", "actor dictionaries are .yaml, .yml or .csv files"),
    ],
)
def test_actors_userdict_validation_messages(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([path])
    assert message in str(info.value)
    assert str(tmp_path) in str(info.value)


def test_actors_userdict_reports_every_problem(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("- {id: a, name: A, roles: [{country: JPN}]}\n"
                    "- {id: b, roles: [{country: JPN, sector: GOV}], gender: x}\n",
                    encoding="utf-8")
    with pytest.raises(UserDictionaryError) as info:
        KnowledgeBase.load([path])
    fields = [m.split("field ")[1].split(":")[0] for m in info.value.messages]
    assert fields == ["'roles[0].sector'", "'name'", "'gender'"]


def test_actors_userdict_check_without_known_codes(mapping_file):
    assert check_dictionary(read_dictionary(mapping_file)) == []
    problems = check_entries("groups", [{"id": "g", "name": "G", "country": "ZZZ"}], "f",
                             Known(frozenset({"JPN"})))
    assert problems == ["f: entry 0 (id 'g'): field 'country': unknown country code 'ZZZ' "
                        "(not in the knowledge base)"]


def test_actors_packaged_data_passes_validation(kb):
    from pathlib import Path

    import yaml

    data = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "actors" / "data"
    known = Known(frozenset(kb.countries_by_iso3) | {"ESH"},
                  frozenset(kb.organisations_by_code))
    for kind in ("countries", "igos", "groups", "agents", "people"):
        entries = yaml.safe_load((data / f"{kind}.yaml").read_text(encoding="utf-8"))
        assert check_entries(kind, entries, kind, known) == []


def test_actors_packaged_people_have_a_source(kb):
    assert all(p.source for p in kb.people)


def test_actors_overlay_keeps_order_and_replaces_by_key(small_records):
    base, extra = small_records
    merged = overlay(base, extra)
    assert [a.phrase.lower() for a in merged["agents"]] == ["minister", "president"]
    assert merged["agents"][1].sector == "ELI"


@pytest.fixture()
def small_records():
    kb = KnowledgeBase.from_dicts(agents=[{"phrase": "president", "sector": "GOV"},
                                          {"phrase": "minister", "sector": "GOV"}])
    extra = KnowledgeBase.from_dicts(agents=[{"phrase": "President", "sector": "ELI"}])
    return {"agents": list(kb.agents)}, {"agents": list(extra.agents)}


def test_actors_setting_is_a_path_list():
    settings = Settings.from_env({"EVENTWIRE_ACTORS": os.pathsep.join(["a.yaml", "b.csv"])})
    assert settings.actor_paths == ("a.yaml", "b.csv")
    assert Settings.from_env({}).actor_paths == ()
    assert Settings.from_env({"EVENTWIRE_ACTORS": "a.yaml"}, actors="c.yaml").actor_paths == (
        "c.yaml",)
