"""Validation of the actor knowledge-base data files (src/eventwire/actors/data/*.yaml)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "actors" / "data"

SECTORS = set(
    "GOV MIL REB UAF PTY OPP LEG JUD COP SPY BUS JRN CVL LAB REF CRM REL EDU MED ELI NGO IGO UNK"
    .split()
)

# The 193 UN member states (ISO 3166-1 alpha-3).
UN_MEMBERS = set(
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
    BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK
    DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
    GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
    LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM
    NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA
    KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
    SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
    ZWE
    """.split()
)
EXTRA = {"TWN", "PSE", "XKX", "VAT"}
# Dependent territories with their own ISO 3166-1 code; their capital is optional (many
# are common names elsewhere: "Hamilton", "Douglas").
TERRITORIES = set(
    """
    ABW AIA ASM BLM BMU CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF GUM HMD IMN MAF
    MNP MSR MTQ MYT NFK NIU PCN PRI PYF REU SHN SPM SXM TCA TKL VGB VIR WLF
    """.split()
)
# Territories that groups may belong to without being in countries.yaml.
GROUP_EXTRA_COUNTRIES: set[str] = set()


def load(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, list) and data, f"{name} must be a non-empty YAML list"
    for entry in data:
        assert isinstance(entry, dict), f"{name}: every entry must be a mapping"
    return data


@pytest.fixture(scope="module")
def countries():
    return load("countries.yaml")


@pytest.fixture(scope="module")
def igos():
    return load("igos.yaml")


@pytest.fixture(scope="module")
def groups():
    return load("groups.yaml")


@pytest.fixture(scope="module")
def agents():
    return load("agents.yaml")


@pytest.fixture(scope="module")
def people():
    return load("people.yaml")


def _strings(values) -> bool:
    return isinstance(values, list) and all(
        isinstance(v, str) and v.strip() == v and v for v in values
    )


def test_un_member_list_is_complete():
    assert len(UN_MEMBERS) == 193


def test_countries_exact_codes(countries):
    codes = [c["iso3"] for c in countries]
    assert len(codes) == len(set(codes)), [k for k, v in Counter(codes).items() if v > 1]
    assert set(codes) == UN_MEMBERS | EXTRA | TERRITORIES
    assert len(countries) >= 197


def test_country_fields(countries):
    for c in countries:
        if c["iso3"] in TERRITORIES:
            # adjectives, capital and metonyms optional: checked as if given empty or as
            # the territory's own name
            capital = c.get("capital", c["name"])
            c = {"adjectives": [], **c, "capital": capital,
                 "metonyms": {capital: "GOV", **c.get("metonyms", {})}}
        assert set(c) >= {
            "iso3",
            "name",
            "names",
            "adjectives",
            "capital",
            "metonyms",
            "lat",
            "lon",
        }, c["iso3"]
        assert len(c["iso3"]) == 3 and c["iso3"].isupper()
        assert _strings(c["names"]) and c["names"], c["iso3"]
        assert c["name"] in c["names"], c["iso3"]
        assert _strings(c["adjectives"]), c["iso3"]
        assert not any(n.lower().startswith("the ") for n in c["names"]), c["iso3"]
        assert isinstance(c["capital"], str) and c["capital"]
        assert isinstance(c["metonyms"], dict)
        assert c["metonyms"].get(c["capital"]) == "GOV", c["iso3"]
        for place, sector in c["metonyms"].items():
            assert isinstance(place, str) and place
            assert sector in SECTORS, (c["iso3"], place, sector)
        assert -90 <= c["lat"] <= 90 and -180 <= c["lon"] <= 180, c["iso3"]


def test_country_names_are_unambiguous(countries):
    owner: dict[str, str] = {}
    for c in countries:
        for n in c["names"] + c.get("adjectives", []):
            assert owner.setdefault(n, c["iso3"]) == c["iso3"], (n, owner[n], c["iso3"])


def test_well_known_country_forms(countries):
    by = {c["iso3"]: c for c in countries}
    assert {"U.S.", "United States", "America"} <= set(by["USA"]["names"])
    assert {"Britain", "UK", "U.K."} <= set(by["GBR"]["names"])
    assert "British" in by["GBR"]["adjectives"]
    assert "Japanese" in by["JPN"]["adjectives"]
    assert "North Korea" in by["PRK"]["names"] and "South Korea" in by["KOR"]["names"]
    assert by["RUS"]["metonyms"]["Kremlin"] == "GOV"
    assert by["USA"]["metonyms"]["Pentagon"] == "MIL"
    assert by["CHN"]["capital"] == "Beijing"
    assert "Georgia" in by["GEO"]["names"]


def test_igos(igos):
    codes = [i["code"] for i in igos]
    assert len(codes) == len(set(codes))
    required = {
        "UN",
        "UNSC",
        "UNGA",
        "UNHCR",
        "UNICEF",
        "WFP",
        "UNRWA",
        "UNDP",
        "OCHA",
        "UNESCO",
        "IAEA",
        "WHO",
        "WTO",
        "IMF",
        "WB",
        "NATO",
        "EU",
        "ASEAN",
        "AU",
        "ARAB_LEAGUE",
        "GCC",
        "OSCE",
        "OAS",
        "ECOWAS",
        "SADC",
        "SCO",
        "BRICS",
        "G7",
        "G20",
        "OPEC",
        "OPEC_PLUS",
        "QUAD",
        "CSTO",
        "COMMONWEALTH",
        "ICC",
        "ICJ",
        "INTERPOL",
        "ICRC",
        "RED_CRESCENT",
        "AMNESTY",
        "HRW",
        "MSF",
        "OXFAM",
        "SAVE",
    }
    assert required <= set(codes), required - set(codes)
    for i in igos:
        assert set(i) >= {"code", "name", "names", "sector"}
        assert _strings(i["names"]) and i["name"] in i["names"]
        assert i["sector"] in SECTORS
    by = {i["code"]: i for i in igos}
    assert by["ICC"]["sector"] == "JUD" and by["ICJ"]["sector"] == "JUD"
    assert by["HRW"]["sector"] == "NGO"
    assert "European Commission" in by["EU"]["names"]


def test_groups(groups, countries):
    iso = {c["iso3"] for c in countries} | GROUP_EXTRA_COUNTRIES
    ids = [g["id"] for g in groups]
    assert len(ids) == len(set(ids)), [k for k, v in Counter(ids).items() if v > 1]
    for g in groups:
        assert set(g) >= {"id", "name", "names", "adjectives", "country", "sector"}, g.get("id")
        assert g["country"] in iso, (g["id"], g["country"])
        assert g["sector"] in SECTORS, g["id"]
        assert _strings(g["names"]) and g["name"] in g["names"], g["id"]
        assert _strings(g["adjectives"]), g["id"]
    sectors = Counter(g["sector"] for g in groups)
    assert sectors["REB"] + sectors["UAF"] + sectors["CRM"] >= 40
    assert sectors["PTY"] >= 40
    by = {g["id"]: g for g in groups}
    assert by["HAMAS"]["country"] == "PSE" and by["HOUTHIS"]["country"] == "YEM"
    assert "Houthi" in by["HOUTHIS"]["adjectives"]


def test_group_names_unambiguous(groups):
    owner: dict[str, str] = {}
    for g in groups:
        for n in g["names"] + g["adjectives"]:
            assert owner.setdefault(n, g["id"]) == g["id"], (n, owner[n], g["id"])


def test_agents(agents):
    phrases = [a["phrase"].lower() for a in agents]
    assert len(phrases) == len(set(phrases)), [k for k, v in Counter(phrases).items() if v > 1]
    assert len(agents) >= 200
    for a in agents:
        assert set(a) >= {"phrase", "sector", "kind"}
        assert a["sector"] in SECTORS, a
        assert a["kind"] in {"title", "group", "both", "modifier"}, a
        assert a["phrase"] == a["phrase"].strip() and a["phrase"]
    by = {a["phrase"]: a for a in agents}
    assert by["foreign minister"]["sector"] == "GOV"
    assert by["troops"]["sector"] == "MIL"
    assert by["police"]["sector"] == "COP"
    assert by["protesters"]["sector"] == "CVL"
    assert by["lawmakers"]["sector"] == "LEG"
    assert by["former"] == {"phrase": "former", "sector": "ELI", "kind": "modifier"}


def test_people(people, countries, igos):
    iso = {c["iso3"] for c in countries}
    orgs = {i["code"] for i in igos}
    ids = [p["id"] for p in people]
    assert len(ids) == len(set(ids)), [k for k, v in Counter(ids).items() if v > 1]
    assert len(people) >= 250
    for p in people:
        assert set(p) >= {"id", "name", "aliases", "gender", "roles"}, p.get("id")
        assert p["gender"] in {"m", "f"}, p["id"]
        assert _strings(p["aliases"]), p["id"]
        assert p["roles"], p["id"]
        for r in p["roles"]:
            assert ("country" in r) != ("org" in r), (p["id"], r)
            if "country" in r:
                assert r["country"] in iso, (p["id"], r)
            else:
                assert r["org"] in orgs, (p["id"], r)
            assert r["sector"] in SECTORS, (p["id"], r)
            assert isinstance(r["title"], str) and r["title"], p["id"]
            assert isinstance(r["start"], dt.date), (p["id"], r)
            assert r["end"] is None or isinstance(r["end"], dt.date), (p["id"], r)
            if r["end"] is not None:
                assert r["start"] <= r["end"], (p["id"], r)
            assert r["start"] <= dt.date(2026, 12, 31), (p["id"], r)


def test_people_spot_checks(people):
    by = {p["id"]: p for p in people}
    blinken = by["antony-blinken"]["roles"][0]
    assert (blinken["country"], blinken["start"], blinken["end"]) == (
        "USA",
        dt.date(2021, 1, 26),
        dt.date(2025, 1, 20),
    )
    kamikawa = by["yoko-kamikawa"]
    assert kamikawa["gender"] == "f" and "Kamikawa" in kamikawa["aliases"]
    assert any(
        r.get("org") == "UN" and r["title"] == "secretary-general"
        for r in by["antonio-guterres"]["roles"]
    )


def test_people_roles_do_not_overlap_same_post(people):
    for p in people:
        seen: dict[tuple, list] = {}
        for r in p["roles"]:
            key = (r.get("country") or r.get("org"), r["title"])
            end = r["end"] or dt.date.max
            for s, e in seen.get(key, []):
                assert end <= s or r["start"] >= e, (p["id"], key)
            seen.setdefault(key, []).append((r["start"], end))


def _holder(people, country, titles, day):
    """Ids of the people holding one of ``titles`` in ``country`` on ``day``."""
    return {
        p["id"]
        for p in people
        for r in p["roles"]
        if r.get("country") == country
        and r["title"] in titles
        and r["start"] <= day
        and (r["end"] is None or day <= r["end"])
    }


@pytest.mark.parametrize(
    ("country", "titles", "day", "expected"),
    [
        ("KOR", {"defence minister"}, dt.date(2016, 6, 1), "han-min-koo"),
        ("ARG", {"defence minister"}, dt.date(2018, 6, 1), "oscar-aguad"),
        ("ARG", {"defence minister"}, dt.date(2022, 6, 1), "jorge-taiana"),
        ("BRA", {"defence minister"}, dt.date(2020, 6, 1), "fernando-azevedo-e-silva"),
        ("BRA", {"army commander"}, dt.date(2017, 6, 1), "eduardo-villas-boas"),
        ("BRA", {"justice minister"}, dt.date(2019, 6, 1), "sergio-moro"),
        ("JPN", {"internal affairs minister"}, dt.date(2018, 1, 10), "seiko-noda"),
        ("JPN", {"internal affairs minister"}, dt.date(2024, 12, 1), "seiichiro-murakami"),
        ("SAU", {"chief of the general staff"}, dt.date(2020, 1, 1), "fayyad-al-ruwaili"),
        ("ZAF", {"chief of the defence force"}, dt.date(2019, 1, 1), "solly-shoke"),
        ("ZAF", {"home affairs minister"}, dt.date(2022, 1, 1), "aaron-motsoaledi"),
        ("CHN", {"chief of the Joint Staff Department"}, dt.date(2020, 1, 1), "li-zuocheng"),
        ("MEX", {"defence secretary"}, dt.date(2021, 1, 1), "luis-cresencio-sandoval"),
        # Office holders once left out for their common-word surnames.
        ("BRA", {"finance minister"}, dt.date(2018, 6, 1), "eduardo-guardia"),
        ("BRA", {"justice minister"}, dt.date(2022, 1, 1), "anderson-torres"),
        ("BRA", {"justice minister"}, dt.date(2025, 1, 1), "ricardo-lewandowski"),
        ("ARG", {"finance minister"}, dt.date(2021, 1, 1), "martin-guzman"),
        ("USA", {"acting defense secretary"}, dt.date(2020, 12, 1), "christopher-miller"),
        ("USA", {"acting homeland security secretary"}, dt.date(2020, 6, 1), "chad-wolf"),
        ("AUS", {"prime minister"}, dt.date(2015, 3, 1), "tony-abbott"),
        ("ESP", {"chief of defence staff"}, dt.date(2019, 1, 1), "fernando-alejandre"),
        ("IRQ", {"army chief"}, dt.date(2022, 1, 1), "abdul-amir-yarallah"),
        ("TWN", {"chief of the general staff"}, dt.date(2022, 1, 1), "chen-pao-yu"),
    ],
)
def test_people_issue5_gaps_filled(people, country, titles, day, expected):
    assert _holder(people, country, titles, day) == {expected}


def test_people_japan_interior_post_is_explained(people):
    by = {p["id"]: p for p in people}
    assert "Internal Affairs and Communications" in by["seiko-noda"]["source"]


def test_people_coverage_floor():
    """The audit script's coverage (scripts/kb_coverage.py) does not fall back."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "kb_coverage.py"
    spec = importlib.util.spec_from_file_location("kb_coverage", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    people = load("people.yaml")
    gaps = module.coverage(people, module.COUNTRIES, dt.date(2026, 11, 27))

    def share(countries):
        keys = [(c, p) for c in countries for p in module.POSTS]
        years = len(module.YEARS) * len(keys)
        return 1 - sum(len(gaps[k]) for k in keys) / years

    assert share(module.G20) >= 0.99
    assert share(module.NEWS40) >= 0.93
    assert module.post_of("FRA", "GOV", "armed forces minister") == "DEF"
    assert module.post_of("USA", "MIL", "chairman of the joint chiefs of staff") == "ARMY"
    assert module.post_of("GBR", "GOV", "chief of staff") is None


# Party leaders (issue #5): a party role (sector PTY or OPP) comes after the government
# roles it overlaps, so that the first role active on a date, the one the resolver codes
# with (Person.role_on), is the government office.


def test_party_roles_lose_to_government_roles(people):
    for p in people:
        for i, party in enumerate(p["roles"]):
            if party["sector"] not in ("PTY", "OPP"):
                continue
            p_end = party["end"] or dt.date.max
            for j, gov in enumerate(p["roles"]):
                g_end = gov["end"] or dt.date.max
                overlap = gov["start"] < p_end and party["start"] < g_end
                if gov["sector"] == "GOV" and overlap:
                    assert j < i, (p["id"], party["title"], gov["title"])


@pytest.fixture(scope="module")
def kb():
    from eventwire.actors.kb import KnowledgeBase

    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("person", "day", "country", "sector", "title"),
    [
        # Heads of government who lead their party code GOV while in office ...
        ("rishi-sunak", dt.date(2023, 5, 1), "GBR", "GOV", "prime minister"),
        ("keir-starmer", dt.date(2025, 1, 1), "GBR", "GOV", "prime minister"),
        ("fumio-kishida", dt.date(2023, 1, 1), "JPN", "GOV", "prime minister"),
        ("giorgia-meloni", dt.date(2024, 1, 1), "ITA", "GOV", "prime minister"),
        ("angela-merkel", dt.date(2017, 6, 1), "DEU", "GOV", "chancellor"),
        ("friedrich-merz", dt.date(2025, 7, 1), "DEU", "GOV", "chancellor"),
        ("justin-trudeau", dt.date(2020, 1, 1), "CAN", "GOV", "prime minister"),
        ("recep-tayyip-erdogan", dt.date(2020, 1, 1), "TUR", "GOV", "president"),
        ("sigmar-gabriel", dt.date(2016, 1, 1), "DEU", "GOV", "vice chancellor"),
        # ... and their party's sector outside it.
        ("rishi-sunak", dt.date(2024, 9, 1), "GBR", "OPP", "Conservative Party leader"),
        ("keir-starmer", dt.date(2022, 1, 1), "GBR", "OPP", "Labour Party leader"),
        ("giorgia-meloni", dt.date(2020, 1, 1), "ITA", "OPP", "Brothers of Italy leader"),
        ("benjamin-netanyahu", dt.date(2022, 1, 1), "ISR", "OPP", "Likud leader"),
        ("jeremy-corbyn", dt.date(2018, 3, 1), "GBR", "OPP", "Labour Party leader"),
        ("pierre-poilievre", dt.date(2023, 6, 1), "CAN", "OPP", "Conservative Party leader"),
        ("matteo-salvini", dt.date(2020, 6, 1), "ITA", "OPP", "Lega leader"),
        # Leaders of a governing party without a government office are PTY.
        ("saskia-esken", dt.date(2023, 6, 1), "DEU", "PTY", "SPD co-leader"),
        ("lars-klingbeil", dt.date(2023, 6, 1), "DEU", "PTY", "SPD co-leader"),
        ("luigi-di-maio", dt.date(2019, 12, 1), "ITA", "GOV", "foreign minister"),
        # US congressional leaders are LEG.
        ("chuck-schumer", dt.date(2019, 6, 1), "USA", "LEG", "senate minority leader"),
        ("hakeem-jeffries", dt.date(2024, 6, 1), "USA", "LEG", "house minority leader"),
        ("kevin-mccarthy", dt.date(2021, 6, 1), "USA", "LEG", "house minority leader"),
    ],
)
def test_party_leaders_date_aware(kb, person, day, country, sector, title):
    role, current = kb.people_by_id[person].role_on(day)
    assert current and (role.country, role.sector, role.title) == (country, sector, title)


def test_party_leader_coverage_floor():
    """Party-leader coverage (scripts/kb_coverage.py --parties) does not fall back."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "kb_coverage.py"
    spec = importlib.util.spec_from_file_location("kb_coverage", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gaps = module.party_coverage(load("people.yaml"), module.PARTY_COUNTRIES,
                                 dt.date(2026, 11, 27))
    g7 = [set().union(*gaps[c].values()) for c in module.G7]
    assert 1 - sum(len(m) for m in g7) / (len(g7) * len(module.YEARS)) >= 0.95
    others = [set().union(*gaps[c].values()) for c in module.PARTY_COUNTRIES
              if c not in module.G7]
    assert 1 - sum(len(m) for m in others) / (len(others) * len(module.YEARS)) >= 0.95
    for country in ("USA", "GBR", "DEU", "JPN"):
        assert not set().union(*gaps[country].values()), country
