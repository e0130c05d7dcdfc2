"""Coverage of the actor knowledge base's office holders (people.yaml), 2015-2026.

For each country of the audit list (the G20 members plus 40 countries common in
international news, issue #5) and each post (head of state, head of government,
foreign, defence, interior/home and finance minister, army/armed forces chief), a
year counts as covered when some person in people.yaml holds the post on at least
90% of the year's days (short gaps between holders and acting ministers are
tolerated). Years after the current one are counted up to today.

Usage::

    python scripts/kb_coverage.py                 # table of gaps, then the summary
    python scripts/kb_coverage.py --all           # every row, covered or not
    python scripts/kb_coverage.py --country JPN   # one country
    python scripts/kb_coverage.py --summary       # only the totals
    python scripts/kb_coverage.py --parties       # party leaders instead (see below)

Each row is ``country  post  covered/years  gaps``; "-" marks a fully covered row.

Party leaders (``--parties``): for the G7 and other large democracies (PARTY_COUNTRIES),
the two largest parliamentary parties of 2015-2026 (for the United States the
congressional leaders instead: Senate majority and minority leader, House speaker and
minority leader). A party's leadership roles are recognised by their title (people.yaml
titles them after the party, sector OPP or PTY); a year counts for a party when someone
led it on at least half of the year's days (PARTY_THRESHOLD), and a country-year is
covered when both parties (all four US posts) count.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "actors" / "data"
YEARS = range(2015, 2027)
THRESHOLD = 0.9

G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split()
NEWS40 = (
    "UKR ISR IRN SYR IRQ AFG PAK PRK TWN EGY ETH SDN NGA VEN COL MMR PHL YEM LBN QAT "
    "ARE POL HUN ESP NLD SWE FIN PSE LBY VNM THA KEN SOM COD BLR JOR BGD MYS CUB SRB"
).split()
COUNTRIES = G20 + NEWS40

POSTS = ("HOS", "HOG", "FM", "DEF", "INT", "FIN", "ARMY")
POST_NAMES = {
    "HOS": "head of state",
    "HOG": "head of government",
    "FM": "foreign minister",
    "DEF": "defence minister",
    "INT": "interior/home minister",
    "FIN": "finance minister",
    "ARMY": "army/armed forces chief",
}

# Countries whose president also heads the government (no prime minister), with the
# date from which that holds: the head-of-government post is covered by the head of
# state there. Turkey abolished its prime minister in July 2018.
PRESIDENTIAL = {
    **{c: dt.date(1900, 1, 1) for c in "USA MEX BRA ARG IDN COL VEN PHL NGA KEN IRN ZAF".split()},
    "TUR": dt.date(2018, 7, 9),
    # Afghanistan's chief executive post ended in March 2020; Syria has had no prime
    # minister since the transitional government of March 2025.
    "AFG": dt.date(2020, 3, 9),
    "SYR": dt.date(2025, 3, 29),
}
# Countries whose president also headed the government until a date: Sudan had no prime
# minister until March 2017, Cuba none until December 2019, Myanmar's president led the
# government until the State Counsellor post (April 2016).
PRESIDENTIAL_UNTIL = {
    "SDN": dt.date(2017, 3, 2),
    "CUB": dt.date(2019, 12, 21),
    "MMR": dt.date(2016, 4, 6),
}

_TITLES: dict[str, tuple[str, ...]] = {
    "HOS": (
        r"(acting |transitional |interim )?president",
        r"king|queen|emperor|emir|supreme leader|taliban supreme leader",
        r"chairman of the sovereignty council",
        r"chairman of the presidential leadership council",
        r"chairman of the presidential council",  # Libya's Government of National Accord
        r"chairman of the state administration council",
        r"de facto leader",
    ),
    "HOG": (
        r"(acting |caretaker |interim |taliban )?prime minister",
        r"premier|chancellor|state counsellor|chief adviser|chief executive",
        r"head of the military government",
        r"de facto leader",
    ),
    "FM": (
        r"(acting |caretaker |taliban )?foreign (minister|secretary)",
        r"external affairs minister|international relations minister",
    ),
    "DEF": (r"(acting |caretaker |taliban )?(defen[cs]e) (minister|secretary)",),
    "INT": (
        r"(acting |taliban )?interior (minister|secretary)",
        r"home (secretary|minister|affairs minister)",
        r"public (safety|security) minister",
        r"(acting )?homeland security secretary|internal affairs minister",
        r"chairman of the national public safety commission",
    ),
    "FIN": (
        r"(acting |caretaker )?finance (minister|secretary)|chancellor of the exchequer",
        r"treasury secretary",
        r"treasurer|economy and finance minister",
    ),
    "ARMY": (
        r"army (chief|commander)|chief of (the )?army staff",
        r"chief of (the )?defen[cs]e (staff|force|forces)",
        r"chief of (the )?general staff|chief of staff of the (armed forces|joint staff)",
        r"chief of staff",
        r"armed forces commander|commander-in-chief|commander of the armed forces",
        r"chairman of the joint chiefs of staff|inspector general of the bundeswehr",
        r"chief of (the )?joint staff|chief of staff of the army|taliban army chief of staff",
        r"chief of the joint (general )?staff|chief of the joint staff department",
        r"ground force commander|supreme commander|chief of defence",
    ),
}
_RES = {post: re.compile("^(" + "|".join(pats) + ")$") for post, pats in _TITLES.items()}
# Country-specific titles: France's defence minister is "minister of the armed forces",
# its finance minister the "economy and finance minister"; the US foreign minister is
# the secretary of state.
_SPECIAL = {
    ("FRA", "armed forces minister"): "DEF",
    ("USA", "secretary of state"): "FM",
}
# Argentina's "security minister" heads the federal forces (the interior post proper
# is political affairs); counted as interior since news calls it so.
_SPECIAL[("ARG", "security minister")] = "INT"
_SPECIAL[("ARG", "interior minister")] = "INT"
# Argentina's finance post is the economy ministry (Economía) for most of the period.
_SPECIAL[("ARG", "economy minister")] = "FIN"
# Brazil's justice (and public security) minister commands the federal police: the
# interior post in news terms.
_SPECIAL[("BRA", "justice minister")] = "INT"
# Sweden has had no interior minister since October 2022: the justice minister heads the
# police. Ethiopia's Ministry of Peace took over the federal police from Federal Affairs
# in 2018.
_SPECIAL[("SWE", "justice minister")] = "INT"
_SPECIAL[("ETH", "peace minister")] = "INT"
# Roles that count for a second post: Mexico has no armed forces chief besides the
# defence secretary, an active general who commands the army (and air force).
_ALSO = {("MEX", "defence secretary"): "ARMY"}


def post_of(country: str, sector: str, title: str) -> str | None:
    """The audited post a role belongs to, or None."""
    title = title.strip().lower()
    special = _SPECIAL.get((country, title))
    if special:
        return special
    for post, regex in _RES.items():
        if regex.match(title):
            if post == "ARMY" and sector != "MIL":
                continue
            if post != "ARMY" and sector == "MIL":
                continue
            return post
    return None


def intervals(people: list[dict]) -> dict[tuple[str, str], list[tuple[dt.date, dt.date]]]:
    """(country, post) -> the date ranges some person held the post."""
    out: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for person in people:
        for role in person.get("roles") or ():
            country = role.get("country")
            if not country or not role.get("start"):
                continue
            post = post_of(country, role.get("sector") or "", role.get("title") or "")
            if post is None:
                continue
            end = role.get("end") or dt.date(2100, 1, 1)
            out[(country, post)].append((role["start"], end))
            also = _ALSO.get((country, (role.get("title") or "").lower()))
            if also:
                out[(country, also)].append((role["start"], end))
            if post == "HOS" and country in PRESIDENTIAL:
                out[(country, "HOG")].append((max(role["start"], PRESIDENTIAL[country]), end))
            if post == "HOS" and country in PRESIDENTIAL_UNTIL:
                until = PRESIDENTIAL_UNTIL[country]
                if role["start"] < until:
                    out[(country, "HOG")].append((role["start"], min(end, until)))
    return out


def year_share(ranges: list[tuple[dt.date, dt.date]], year: int, today: dt.date) -> float:
    """The share of ``year``'s days (up to ``today``) that ``ranges`` cover."""
    first, last = dt.date(year, 1, 1), min(dt.date(year, 12, 31), today)
    if last < first:
        return 1.0
    days = (last - first).days + 1
    covered = [False] * days
    for start, end in ranges:
        lo, hi = max(start, first), min(end, last)
        for i in range((lo - first).days, (hi - first).days + 1):
            covered[i] = True
    return sum(covered) / days


def compress(years: list[int]) -> str:
    """[2015, 2016, 2017, 2020] -> '2015-2017,2020'."""
    parts: list[str] = []
    for y in years:
        if parts and int(parts[-1].split("-")[-1]) == y - 1:
            parts[-1] = parts[-1].split("-")[0] + f"-{y}"
        else:
            parts.append(str(y))
    return ",".join(parts)


def coverage(people: list[dict], countries: list[str], today: dt.date):
    """{(country, post): [uncovered years]} for the audit list."""
    ranges = intervals(people)
    gaps = {}
    for country in countries:
        for post in POSTS:
            rs = ranges.get((country, post), [])
            gaps[(country, post)] = [y for y in YEARS if year_share(rs, y, today) < THRESHOLD]
    return gaps


# Party leaders: country -> [(party, title pattern)], the two largest parties first.
PARTY_THRESHOLD = 0.5
PARTIES: dict[str, tuple[tuple[str, str], ...]] = {
    "USA": (("Senate majority leader", r"senate majority leader"),
            ("Senate minority leader", r"senate minority leader"),
            ("House speaker", r"speaker of the house"),
            ("House minority leader", r"house minority leader")),
    "GBR": (("Conservative", r"(acting |interim )?conservative party leader"),
            ("Labour", r"(acting |interim )?labour party leader")),
    "FRA": (("National Rally", r"national rally (leader|president)"),
            ("Renaissance", r"(renaissance|la république en marche) leader")),
    "DEU": (("CDU", r"cdu leader"), ("SPD", r"(acting )?spd (co-)?leader")),
    "ITA": (("Democratic Party", r"democratic party leader"),
            ("Five Star Movement", r"(acting )?five star movement leader")),
    "JPN": (("LDP", r"ldp president"),
            ("CDP (DPJ/DP before 2017)", r"(constitutional )?democratic party leader")),
    "CAN": (("Liberal", r"liberal party leader"),
            ("Conservative", r"(interim )?conservative party leader")),
    "IND": (("BJP", r"bjp president"), ("Congress", r"(interim )?congress president")),
    "BRA": (("PT", r"workers' party president"), ("PL", r"liberal party president")),
    "IDN": (("PDI-P", r"pdi-p chair(man|woman)"), ("Golkar", r"golkar chairman")),
    "MEX": (("Morena", r"morena president"), ("PAN", r"pan president")),
    "ZAF": (("ANC", r"anc president"), ("DA", r"(interim )?democratic alliance leader")),
    "KOR": (("Democratic Party", r"democratic party (interim )?leader"),
            ("PPP (Saenuri, LKP before)",
             r"(saenuri|liberty korea|united future|people power) party (interim )?leader")),
    "AUS": (("Liberal", r"liberal party leader"), ("Labor", r"labor party leader")),
    "ESP": (("PSOE", r"psoe (leader|secretary-general)"), ("PP", r"people's party leader")),
    "POL": (("PiS", r"law and justice leader"), ("PO", r"civic platform leader")),
    "TUR": (("AKP", r"akp (leader|chairman)"), ("CHP", r"chp leader")),
    "ISR": (("Likud", r"likud leader"), ("Yesh Atid", r"yesh atid leader")),
}
G7 = "USA GBR FRA DEU ITA JPN CAN".split()
PARTY_COUNTRIES = list(PARTIES)


def party_ranges(people: list[dict]) -> dict[tuple[str, str], list[tuple[dt.date, dt.date]]]:
    """(country, party) -> the date ranges someone led the party (any sector)."""
    patterns = {(c, party): re.compile(f"^({pat})$")
                for c, parties in PARTIES.items() for party, pat in parties}
    out: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for person in people:
        for role in person.get("roles") or ():
            country, title = role.get("country"), (role.get("title") or "").strip().lower()
            for (c, party), regex in patterns.items():
                if c == country and role.get("start") and regex.match(title):
                    out[(c, party)].append((role["start"], role.get("end") or dt.date(2100, 1, 1)))
    return out


def party_coverage(people: list[dict], countries: list[str], today: dt.date
                   ) -> dict[str, dict[str, list[int]]]:
    """{country: {party: [years without a recorded leader]}}."""
    ranges = party_ranges(people)
    return {c: {party: [y for y in YEARS
                        if year_share(ranges.get((c, party), []), y, today) < PARTY_THRESHOLD]
                for party, _ in PARTIES[c]}
            for c in countries if c in PARTIES}


def party_report(people: list[dict], countries: list[str], today: dt.date,
                 summary: bool = False) -> None:
    """Print party-leader coverage: per party, per country, and totals."""
    gaps = party_coverage(people, countries, today)
    if not summary:
        print(f"{'country':7} {'party':26} {'years':>6}  gaps")
        for c, parties in gaps.items():
            for party, missing in parties.items():
                covered = len(YEARS) - len(missing)
                print(f"{c:7} {party:26} {covered:>3}/{len(YEARS)}  {compress(missing) or '-'}")
        print()
    print(f"{'country':7} years with leaders of both parties (USA: all four posts)")
    totals = {"G7": [0, 0], "others": [0, 0]}
    for c, parties in gaps.items():
        missing = set().union(*parties.values())
        covered = len(YEARS) - len(missing)
        print(f"{c:7} {covered:>3}/{len(YEARS)}  {compress(sorted(missing)) or '-'}")
        key = "G7" if c in G7 else "others"
        totals[key][0] += covered
        totals[key][1] += len(YEARS)
    for key, (covered, total) in totals.items():
        if total:
            print(f"{key} country-years with both party leaders: "
                  f"{100 * covered / total:5.1f}% ({covered}/{total})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(DATA / "people.yaml"))
    parser.add_argument("--country", action="append", help="only these countries (ISO3)")
    parser.add_argument("--all", action="store_true", help="show covered rows too")
    parser.add_argument("--summary", action="store_true", help="only the totals")
    parser.add_argument("--today", default=None, help="YYYY-MM-DD (default: today)")
    parser.add_argument("--parties", action="store_true",
                        help="party-leader coverage of PARTY_COUNTRIES instead of posts")
    args = parser.parse_args(argv)
    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    with open(args.file, encoding="utf-8") as fh:
        people = yaml.safe_load(fh)
    if args.parties:
        party_report(people, args.country or PARTY_COUNTRIES, today, args.summary)
        return 0
    countries = args.country or COUNTRIES
    gaps = coverage(people, countries, today)
    if not args.summary:
        print(f"{'country':7} {'post':5} {'years':>6}  gaps")
        for (country, post), missing in gaps.items():
            if missing or args.all:
                covered = len(YEARS) - len(missing)
                print(f"{country:7} {post:5} {covered:>3}/{len(YEARS)}  {compress(missing) or '-'}")
        print()

    def pct(keys) -> str:
        keys = list(keys)
        total = len(keys) * len(YEARS)
        missing = sum(len(gaps[k]) for k in keys)
        return f"{100 * (total - missing) / total:5.1f}% ({total - missing}/{total})"

    print("post   " + "  ".join(f"{p:>5}" for p in POSTS))
    for name, group in (("G20", G20), ("NEWS40", NEWS40), ("all", countries)):
        group = [c for c in group if c in countries]
        if not group:
            continue
        cells = []
        for post in POSTS:
            keys = [(c, post) for c in group]
            total = len(keys) * len(YEARS)
            cells.append(f"{100 * (total - sum(len(gaps[k]) for k in keys)) / total:5.1f}")
        print(f"{name:6} " + "  ".join(cells))
    print()
    g20 = [c for c in G20 if c in countries]
    news = [c for c in NEWS40 if c in countries]
    if g20:
        print("G20 country-post-years covered:   ", pct((c, p) for c in g20 for p in POSTS))
    if news:
        print("NEWS40 country-post-years covered:", pct((c, p) for c in news for p in POSTS))
    print("All country-post-years covered:   ", pct((c, p) for c in countries for p in POSTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
