"""An event record as a row of the ICEWS coded event data (tab-separated, with a header).

ICEWS (Boschee et al., Harvard Dataverse doi:10.7910/DVN/28075) publishes one row per
coded story sentence event with the 20 columns below. One row per stored event record
(mention). The mapping (empty when eventwire does not know the value; never invented):

| ICEWS column | eventwire value |
|---|---|
| Event ID | event_id |
| Event Date | date (YYYY-MM-DD) |
| Source Name, Target Name | the resolved actor names |
| Source Sectors, Target Sectors | the POLECAT sector code (ICEWS uses sector names) |
| Source Country, Target Country | the actor's country name (from its ISO3 code) |
| Event Text | empty (the CAMEO event name; eventwire keeps codes, not names) |
| CAMEO Code | cameo |
| Intensity | Goldstein score (ICEWS's intensity is the CAMEO Goldstein scale) |
| Story ID | article_id |
| Sentence Number | sentence_index + 1 (ICEWS counts from 1) |
| Publisher | the article's source |
| City | the place name, unless the place is a whole country |
| District, Province | empty |
| Country | the place's country name |
| Latitude, Longitude | the place's coordinates |
"""

from __future__ import annotations

from typing import Any, Mapping

from eventwire.export.countries import country_name

COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
    "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
    "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
    "Province", "Country", "Latitude", "Longitude",
)
"""The ICEWS event columns, in order."""


def icews_row(mention: Mapping[str, Any]) -> dict[str, Any]:
    """The ICEWS columns of one stored event record.

    Args:
        mention: a ``mentions`` row joined with its article's ``publisher`` (source).

    Returns:
        A mapping of every name in `COLUMNS` to a value ("" when unknown).
    """
    row = dict.fromkeys(COLUMNS, "")
    row.update({
        "Event ID": mention["event_id"], "Event Date": mention["date"] or "",
        "CAMEO Code": mention["cameo"], "Intensity": mention["goldstein"],
        "Story ID": mention["article_id"], "Sentence Number": mention["sentence_index"] + 1,
        "Publisher": mention["publisher"] or "",
    })
    for party, role in (("Source", "source"), ("Target", "target")):
        if mention[f"{role}_name"] is not None:
            row[f"{party} Name"] = mention[f"{role}_name"]
            row[f"{party} Sectors"] = mention[f"{role}_sector"] or ""
            row[f"{party} Country"] = country_name(mention[f"{role}_country"])
    if mention["location_name"] is not None:
        country = country_name(mention["location_country"])
        name = mention["location_name"]
        row.update({"City": "" if name == country else name, "Country": country,
                    "Latitude": _blank(mention["lat"]), "Longitude": _blank(mention["lon"])})
    return row


def _blank(value: Any) -> Any:
    """"" for None, the value otherwise."""
    return "" if value is None else value
