"""PETRARCH/TABARI dictionary import: the parser on small samples, then the Phoenix files.

The Phoenix dictionaries are read from ../shared/data/phoenix (never copied into the
repository); those tests are skipped when the folder is absent.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.petrarch import (
    Skip,
    decode,
    display_name,
    entry_acronyms,
    is_agent_file,
    parse_code,
    parse_entries,
    substitutions,
)
from eventwire.actors.petrarch_import import import_petrarch

PHOENIX = Path(__file__).resolve().parents[2] / "shared" / "data" / "phoenix"
COUNTRIES = frozenset({"USA", "PSE", "RUS", "GRC", "TLS"})
ORGS = frozenset({"UN", "WHO", "ICRC", "EU"})

ACTORS = """\
# a comment line
JOHN_Q_PUBLIC_  # CountryInfo.txt
+PUBLIC_
+SENATOR_PUBLIC_
\t[USALEG 050103-130201]
\t[USAGOV >130201]
\t[USAELI]
<SOME_MARKUP>
ANARCHIST_CELL_ [GRCREB] # kkl 21 Mar 13
+CELL_OF_ANARCHISTS_

NOBODY_
EUROPE_ [EUR]
"""

AGENTS = """\
!PERSON! = MAN, WOMAN
FOREIGN_MINISTER_ [~GOV]
DAIRY!PERSON! [~AGR]
THIEF {THIEVES} [~CRM]
EMBASSY_IN {}  [~GOV]
"""


def test_actors_petrarch_parse_entries():
    entries = list(parse_entries(ACTORS.splitlines()))
    assert [e.phrase for e in entries] == ["JOHN_Q_PUBLIC_", "ANARCHIST_CELL_", "NOBODY_",
                                           "EUROPE_"]
    public = entries[0]
    assert public.synonyms == ["PUBLIC_", "SENATOR_PUBLIC_"]
    assert public.codes == ["USALEG 050103-130201", "USAGOV >130201", "USAELI"]
    assert entries[1].codes == ["GRCREB"] and entries[1].line == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USAGOV 090120-121231", ("USAGOV", date(2009, 1, 20), date(2012, 12, 31))),
        ("USAELI 640101-930120", ("USAELI", date(1964, 1, 1), date(1993, 1, 20))),
        ("USAGOV >090120", ("USAGOV", date(2009, 1, 20), None)),
        ("HTIOPP <061231", ("HTIOPP", None, date(2006, 12, 31))),
        ("USAELI 19170101-530120", ("USAELI", date(1917, 1, 1), date(1953, 1, 20))),
        ("IGOUNO", ("IGOUNO", None, None)),
        ("IGOUNO  >070201", ("IGOUNO", date(2007, 2, 1), None)),
    ],
)
def test_actors_petrarch_parse_code(text, expected):
    assert parse_code(text) == expected


@pytest.mark.parametrize("text", ["USAGOV 1920030320-20060520", "USAGOV 090120", "USAGOV 091320-"])
def test_actors_petrarch_parse_code_rejects_bad_dates(text):
    with pytest.raises(Skip, match="unreadable date"):
        parse_code(text)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USAGOV", ("USA", None, "GOV")),
        ("USAGOVMIL", ("USA", None, "GOV")),
        ("PSEREB", ("PSE", None, "REB")),
        ("USAMED", ("USA", None, "JRN")),
        ("TMPGOV", ("TLS", None, "GOV")),
        ("IGOUNOHLHWHO", (None, "WHO", "IGO")),
        ("IGOUNO", (None, "UN", "IGO")),
        ("NGOHLHIRC", (None, "ICRC", "NGO")),
        ("MNCUSA", ("USA", None, "BUS")),
        ("USA", ("USA", None, None)),
        ("IMGMUS", (None, None, "REB")),
    ],
)
def test_actors_petrarch_decode(code, expected):
    affiliation = decode(code, COUNTRIES, ORGS)
    assert (affiliation.country, affiliation.org, affiliation.sector) == expected


@pytest.mark.parametrize(("code", "reason"), [
    ("---", "null"), ("EURGOV", "country code not in the knowledge base"),
    ("IGOXYZ", "IGO code names no organisation")])
def test_actors_petrarch_decode_skips(code, reason):
    with pytest.raises(Skip, match=reason):
        decode(code, COUNTRIES, ORGS)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("BASHAR_AL-ASSAD_", "Bashar Al-Assad"), ("WILLIAM_A._O'NEIL_", "William A. O'Neil"),
     ("PEOPLE'S_LIBERATION_ARMY", "People's Liberation Army"),
     ("OFFICE_OF_THE_SPLM_", "Office of the SPLM"),
     ("U.N._MONITOR_", "U.N. Monitor")],
)
def test_actors_petrarch_display_name(phrase, name):
    assert display_name(phrase) == name


@pytest.mark.parametrize(
    ("phrase", "acronyms", "name"),
    [("PLA_NAVY", frozenset({"PLA"}), "PLA Navy"),
     ("PLA_UNIT_61398", frozenset({"PLA"}), "PLA Unit 61398"),
     ("GROUP_OF_8_(G8)", frozenset(), "Group of 8 (G8)"),
     ("PEOPLES_LIBERATION_ARMY_(PLA)_", frozenset({"PLA"}), "Peoples Liberation Army (PLA)"),
     ("UN_Secy_Gen", frozenset(), "UN Secy Gen"),
     ("WARRIORS_OF_THE_16TH_OF_JUNE_", frozenset(), "Warriors of the 16th of June"),
     ("MI5", frozenset(), "MI5"),
     ("WD-40_COMPANY", frozenset(), "WD-40 Company"),
     ("OMEGA-7", frozenset(), "Omega-7"),
     ("JOHN_KERRY_", frozenset({"PLA"}), "John Kerry")],
)
def test_actors_petrarch_display_name_keeps_acronyms(phrase, acronyms, name):
    assert display_name(phrase, acronyms) == name


def test_actors_petrarch_entry_acronyms():
    names = ["PEOPLE'S_LIBERATION_ARMY", "PLA", "PLA_NAVY", "CHINESE_ARMY"]
    assert entry_acronyms(names) == {"PLA"}
    # a person's short name words are not initials of the entry's other names
    assert entry_acronyms(["JOHN_Q_PUBLIC_", "PUBLIC_", "SENATOR_PUBLIC_"]) == frozenset()
    # only a whole one-word name or a word in parentheses: not "AS" in a longer name,
    # nor small words, nor excluded words (country names)
    assert entry_acronyms(["ANWAR_AS_SADAT_", "ANWAR_SADAT_"]) == frozenset()
    assert entry_acronyms(["MAY_15_ORGANIZATION_FOR_THE_LIBERATION_OF_PALESTINE",
                           "OF"]) == frozenset()
    assert entry_acronyms(["ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_"]) == {"AAIA"}
    assert entry_acronyms(["LIBERATION_ARMY_(KENYA)_"], frozenset({"KENYA"})) == frozenset()


UNDATED = """\
JANE_DOE_ [USAGOV 090101-121231]
JANE_FROBISHER_ [USAOPP]
+FROBISHER_
ACME_HOLDINGS_ [USABUS]
JOHN_SMALLWOOD_ [MNCUSA]
ERNST_PLOTZ_ [IMGMUS] # senior leader
ZARKOV_ [GRCREB] # co-founder of the cell
PEOPLE'S_LIBERATION_ARMY [CHNMIL]
+PLA
+PLA_NAVY
"""


def test_actors_petrarch_undated_people(tmp_path, kb):
    path = tmp_path / "undated.actors.txt"
    path.write_text(UNDATED, encoding="utf-8")
    doc, report = import_petrarch([path], kb)
    people = {p["name"]: p for p in doc["people"]}
    groups = {g["name"]: g for g in doc["groups"]}
    # name shape (first name known from a dated entry): a person with an undated role
    assert people["Jane Frobisher"]["roles"] == [
        {"country": "USA", "sector": "OPP", "start": None, "end": None}]
    assert people["Jane Frobisher"]["aliases"] == ["Frobisher"]
    # flagged by the dictionary's comment, even with a single name
    assert people["Zarkov"]["roles"] == [
        {"country": "GRC", "sector": "REB", "start": None, "end": None}]
    # organisations and companies stay groups
    assert {"Acme Holdings", "John Smallwood"} <= set(groups)
    # a person whose code gives no country (IMGMUS: Muslim militants) stays a group
    assert groups["Ernst Plotz"]["sector"] == "REB" and "country" not in groups["Ernst Plotz"]
    assert report.notes["person without dates: converted with undated roles"] == 2
    assert report.notes["person-like entry kept as a group (no code gives the country or "
                        "organisation a role needs)"] == 1
    assert groups["People's Liberation Army"]["names"] == ["PLA", "PLA Navy"]
    assert any(line.startswith("  note 2: person without dates") for line in report.lines())
    # the output is a valid user dictionary: undated roles are allowed
    out = tmp_path / "undated.yaml"
    out.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    loaded = KnowledgeBase.load([out])
    role = loaded.people_by_id["petrarch-jane-frobisher"].roles[0]
    assert (role.country, role.sector, role.start, role.end) == ("USA", "OPP", None, None)


def test_actors_petrarch_agent_file_and_substitutions():
    lines = AGENTS.splitlines()
    assert is_agent_file(lines) and not is_agent_file(ACTORS.splitlines())
    assert substitutions(lines) == {"!PERSON!": ["MAN", "WOMAN"]}


def test_actors_petrarch_import_small_files(tmp_path, kb):
    (tmp_path / "x.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "x.agents.txt").write_text(AGENTS, encoding="utf-8")
    doc, report = import_petrarch([tmp_path / "x.actors.txt", tmp_path / "x.agents.txt"], kb)
    person = doc["people"][0]
    assert person["name"] == "John Q Public"
    assert person["aliases"] == ["Public", "Senator Public"]
    assert [(r["sector"], r["start"], r["end"]) for r in person["roles"]] == [
        ("LEG", date(2005, 1, 3), date(2013, 2, 1)), ("GOV", date(2013, 2, 1), None)]
    assert doc["groups"] == [{"id": "petrarch-anarchist-cell", "name": "Anarchist Cell",
                              "names": ["Cell of Anarchists"], "sector": "REB",
                              "country": "GRC"}]
    phrases = {a["phrase"]: a["sector"] for a in doc["agents"]}
    # "thieves" is a packaged agent with the same sector: only "thief" is new
    assert phrases == {"dairyman": "CVL", "dairywoman": "CVL", "thief": "CRM"}
    assert report.read == 8
    assert report.skipped["country code not in the knowledge base (regions, former "
                          "states ...)"] == 1
    assert dict(report.converted) == {"people": 1, "groups": 1, "agents": 2}
    assert report.skipped["no code (PETRARCH codes such entries from context)"] == 1
    assert report.skipped["same phrase and sector as a packaged agent"] == 1
    assert report.skipped["agent phrase ending in a preposition (a TABARI pattern "
                          "fragment)"] == 1
    assert sum(report.skipped.values()) == 8 - 4


@pytest.fixture(scope="module")
def phoenix():
    if not PHOENIX.is_dir():
        pytest.skip(f"{PHOENIX} not present")
    files = sorted(PHOENIX.glob("Phoenix.*.txt"))
    return import_petrarch(files, KnowledgeBase.load())


def test_actors_petrarch_phoenix_counts(phoenix):
    doc, report = phoenix
    assert report.read > 29_000
    assert report.converted["people"] > 17_000
    assert report.converted["groups"] > 6_500
    assert report.converted["agents"] > 1_900
    assert sum(report.converted.values()) / report.read > 0.9
    assert sum(report.converted.values()) + sum(report.skipped.values()) == report.read
    assert report.lines()[0].startswith(f"read {report.read} entries; converted ")


def test_actors_petrarch_phoenix_well_known_entries(phoenix):
    doc, _ = phoenix
    people = {p["id"]: p for p in doc["people"]}
    kerry = people["petrarch-john-kerry"]
    assert {"country": "USA", "sector": "GOV", "start": date(2013, 2, 1), "end": None} in \
        kerry["roles"]
    annan = people["petrarch-kofi-annan"]
    assert annan["roles"] == [{"org": "UN", "sector": "IGO", "start": date(1997, 1, 1),
                               "end": date(2006, 12, 31)}]
    assert "Obama" in people["petrarch-barack-obama"]["aliases"]
    groups = {g["id"]: g for g in doc["groups"]}
    assert (groups["petrarch-hamas"]["country"], groups["petrarch-hamas"]["sector"]) == (
        "PSE", "REB")
    assert groups["petrarch-taliban"]["country"] == "AFG"
    agents = {a["phrase"]: a["sector"] for a in doc["agents"]}
    # (farmers are packaged, so the import leaves them out)
    assert "farmer" not in agents
    assert agents["peasant"] == "CVL" and agents["thief"] == "CRM"
    # acronyms stay in capitals; undated people become people, not groups
    names = {n for g in doc["groups"] for n in (g["name"], *g["names"])}
    assert "PLA Navy" in names and "Pla Navy" not in names
    assert people["petrarch-deng-xiaoping"]["roles"] == [
        {"country": "CHN", "sector": "ELI", "start": None, "end": None}]
    assert "petrarch-deng-xiaoping" not in groups


def test_actors_petrarch_phoenix_output_loads_as_user_dictionary(phoenix, tmp_path):
    doc, _ = phoenix
    small = {"source": doc["source"], "people": doc["people"][:300],
             "groups": doc["groups"][:300], "agents": doc["agents"][:300]}
    path = tmp_path / "phoenix.yaml"
    path.write_text(yaml.safe_dump(small, sort_keys=False), encoding="utf-8")
    kb = KnowledgeBase.load([path])
    first = kb.people_by_id[doc["people"][0]["id"]]
    assert first.source.startswith("imported from PETRARCH dictionaries")
