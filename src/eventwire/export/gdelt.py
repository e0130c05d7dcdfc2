"""A linked event as a row of the GDELT 2.0 event table (tab-separated, with a header).

One row per linked event of the store (events, not reports), with GDELT's 61 column
names in GDELT's order. What eventwire knows fills its column; everything else is empty
(never invented). The mapping:

| GDELT column | eventwire value |
|---|---|
| GLOBALEVENTID | event_uid's first 15 hex digits as an integer (stable) |
| SQLDATE, MonthYear, Year | the event date as YYYYMMDD, YYYYMM, YYYY |
| FractionDate | year + day of year / 365, 4 decimals |
| Actor1Code | CAMEO actor code: country ISO3 + CAMEO role of the sector (e.g. USAGOV) |
| Actor1Name | the actor's resolved name |
| Actor1CountryCode | the actor's country (ISO3, as CAMEO country codes) |
| Actor1Type1Code | the sector as a CAMEO role code (`CAMEO_ROLES`; JRN->MED, MED->HLH) |
| Actor2* | the same for the target; empty when there is none |
| EventCode, EventBaseCode, EventRootCode | CAMEO code, its first 3 and 2 digits |
| QuadClass, GoldsteinScale | quad class, Goldstein score |
| NumMentions, NumArticles, NumSources | from the linked event (mentions, articles, outlets) |
| ActionGeo_FullName, _CountryCode, _Lat, _Long | the place: name, FIPS 10-4 code, coordinates |
| DATEADDED | when the first reporting article was stored, YYYYMMDDHHMMSS (UTC) |
| SOURCEURL | the url of the first reporting article |

Empty: Actor*KnownGroupCode, EthnicCode, Religion*Code, Type2/Type3Code, IsRootEvent,
AvgTone, Actor1Geo_* and Actor2Geo_* (eventwire does not place actors), ActionGeo_Type,
ADM1/ADM2 codes and FeatureID (the gazetteer does not give them).
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import Any, Mapping

from eventwire.export.countries import fips

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
        "FeatureID")
COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR), *(f"Actor2{name}" for name in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{name}" for who in ("Actor1", "Actor2", "Action") for name in _GEO),
    "DATEADDED", "SOURCEURL",
)
"""The GDELT 2.0 event table columns, in order (61)."""

CAMEO_ROLES: Mapping[str, str] = MappingProxyType({
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "UAF": "UAF", "OPP": "OPP", "LEG": "LEG",
    "JUD": "JUD", "COP": "COP", "SPY": "SPY", "BUS": "BUS", "CVL": "CVL", "LAB": "LAB",
    "REF": "REF", "CRM": "CRM", "REL": "REL", "EDU": "EDU", "ELI": "ELI", "NGO": "NGO",
    "IGO": "IGO", "JRN": "MED", "MED": "HLH",
})
"""POLECAT sector -> CAMEO role code; PTY and UNK have no CAMEO role and stay empty."""


def gdelt_row(event: Mapping[str, Any]) -> dict[str, Any]:
    """The GDELT columns of one linked event.

    Args:
        event: an ``events`` row joined with its representative mention's
            ``source_country``/``target_country`` and the first article's ``url`` and
            ``ingested_at``.

    Returns:
        A mapping of every name in `COLUMNS` to a value ("" when unknown).
    """
    row = dict.fromkeys(COLUMNS, "")
    row["GLOBALEVENTID"] = int(event["event_uid"][:15], 16)
    row.update(_dates(event["date"]))
    row.update(_actor("Actor1", event["source_country"], event["source_name"],
                      event["source_sector"]))
    if event["target_name"] is not None:
        row.update(_actor("Actor2", event["target_country"], event["target_name"],
                          event["target_sector"]))
    cameo = event["cameo"]
    row.update(EventCode=cameo, EventBaseCode=cameo[:3], EventRootCode=cameo[:2],
               QuadClass=event["quad_class"], GoldsteinScale=event["goldstein"],
               NumMentions=event["num_mentions"], NumSources=event["num_sources"],
               NumArticles=event["num_articles"], SOURCEURL=event["url"] or "")
    if event["location_name"] is not None:
        row.update(ActionGeo_FullName=event["location_name"],
                   ActionGeo_CountryCode=fips(event["location_country"]),
                   ActionGeo_Lat=_blank(event["lat"]), ActionGeo_Long=_blank(event["lon"]))
    if event["ingested_at"] is not None:
        row["DATEADDED"] = event["ingested_at"].strftime("%Y%m%d%H%M%S")
    return row


def _dates(day: dt.date | None) -> dict[str, Any]:
    """SQLDATE, MonthYear, Year and FractionDate of a date (empty when None)."""
    if day is None:
        return {}
    fraction = day.year + day.timetuple().tm_yday / 365
    return {"SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"),
            "Year": day.year, "FractionDate": f"{fraction:.4f}"}


def _actor(prefix: str, country: str | None, name: str | None,
           sector: str | None) -> dict[str, Any]:
    """Code, name, country and role columns of one actor."""
    role = CAMEO_ROLES.get(sector or "", "")
    return {f"{prefix}Code": (country or "") + role,
            f"{prefix}Name": name or "", f"{prefix}CountryCode": country or "",
            f"{prefix}Type1Code": role}


def _blank(value: Any) -> Any:
    """"" for None, the value otherwise."""
    return "" if value is None else value
