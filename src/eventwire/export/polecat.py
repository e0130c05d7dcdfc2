"""An event record as a row of POLECAT's event table (tab-separated, with a header).

POLECAT (the PLOVER-coded successor of ICEWS) publishes one row per coded event with
the column names below (as eventwire's authors know them from the released weekly
files; check against the codebook of the release you compare with). One row per
stored event record (mention); eventwire's PLOVER fields map one to one, the rest is
empty (never invented):

| POLECAT column | eventwire value |
|---|---|
| Event ID | event_id |
| Event Date | date (YYYY-MM-DD) |
| Event Type, Event Mode | PLOVER type and mode |
| Event Intensity | PLOVER intensity |
| Quad Code | quad class 1-4 |
| Actor Name, Actor Country | source name, source country (ISO3) |
| Primary Actor Sector, Actor Sectors | source sector (POLECAT code) |
| Actor Name Raw | the source text in the sentence |
| Recipient Name, Recipient Country | target name, target country |
| Primary Recipient Sector, Recipient Sectors, Recipient Name Raw | the same for the target |
| Placename, Country, Latitude, Longitude | the place: name, country (ISO3), coordinates |
| Source, Publication Date | the article's outlet and publication date |
| Language | "en" |
| Version | the coder version that produced the record |

Empty: Contexts, Actor/Recipient COW, Title, Wikipedia IDs, City, District, Province,
GeoNames ID, Raw Placename, Feature Type, Story People/Organizations/Locations.
"""

from __future__ import annotations

from typing import Any, Mapping

_PARTY = ("Name", "Country", "COW", "Primary {} Sector", "{} Sectors", "{} Title",
          "Name Raw", "Wikipedia {} ID")
COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code",
    "Contexts",
    *(f"Actor {c}" if "{}" not in c else c.format("Actor") for c in _PARTY),
    *(f"Recipient {c}" if "{}" not in c else c.format("Recipient") for c in _PARTY),
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
    "Story People", "Story Organizations", "Story Locations", "Language", "Version",
)
"""POLECAT's event table columns, in order."""


def polecat_row(mention: Mapping[str, Any]) -> dict[str, Any]:
    """The POLECAT columns of one stored event record.

    Args:
        mention: a ``mentions`` row joined with its article's ``publisher`` (source)
            and ``published``.

    Returns:
        A mapping of every name in `COLUMNS` to a value ("" when unknown).
    """
    row = dict.fromkeys(COLUMNS, "")
    row.update({
        "Event ID": mention["event_id"], "Event Date": mention["date"] or "",
        "Event Type": mention["event_type"], "Event Mode": mention["mode"] or "",
        "Event Intensity": mention["intensity"], "Quad Code": mention["quad_class"],
        "Source": mention["publisher"] or "", "Language": "en",
        "Publication Date": mention["published"] or "",
        "Version": mention["coder_version"],
    })
    for party, role in (("Actor", "source"), ("Recipient", "target")):
        if mention[f"{role}_name"] is None:
            continue
        sector = mention[f"{role}_sector"] or ""
        row.update({
            f"{party} Name": mention[f"{role}_name"],
            f"{party} Country": mention[f"{role}_country"] or "",
            f"Primary {party} Sector": sector, f"{party} Sectors": sector,
            f"{party} Name Raw": mention[f"{role}_text"],
        })
    if mention["location_name"] is not None:
        row.update({"Placename": mention["location_name"],
                    "Country": mention["location_country"] or "",
                    "Latitude": _blank(mention["lat"]), "Longitude": _blank(mention["lon"])})
    return row


def _blank(value: Any) -> Any:
    """"" for None, the value otherwise."""
    return "" if value is None else value
