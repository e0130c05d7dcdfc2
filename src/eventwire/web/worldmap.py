"""Build the dashboard's offline world map data from the knowledge base's countries.

The map needs no tile server: ``static/world.json`` lists every country of
``eventwire/actors/data/countries.yaml`` with its ISO3 code, name and approximate
centroid, and the page draws them on an equirectangular projection. Run after editing
the countries file:

    .venv/bin/python -m eventwire.web.worldmap
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

COUNTRIES = Path(__file__).resolve().parent.parent / "actors" / "data" / "countries.yaml"
OUTPUT = Path(__file__).resolve().parent / "static" / "world.json"


def world(countries: Path = COUNTRIES) -> list[dict]:
    """Countries with a centroid, as ``{iso3, name, lat, lon}`` sorted by code."""
    entries = yaml.safe_load(countries.read_text(encoding="utf-8"))
    return sorted(
        ({"iso3": c["iso3"], "name": c["name"], "lat": c["lat"], "lon": c["lon"]}
         for c in entries if c.get("lat") is not None and c.get("lon") is not None),
        key=lambda c: c["iso3"],
    )


def main() -> None:
    """Write static/world.json."""
    data = world()
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                      encoding="utf-8")
    print(f"wrote {len(data)} countries to {OUTPUT}")


if __name__ == "__main__":
    main()
