"""Benchmark the dashboard's JSON API over a synthetic store of about 100,000 events.

The store is built without the coder: synthetic articles and event records (random
types, dyads among 60 countries, dates over three years, places for a third of them)
go in through the store's own writer (`StoreWriter.write_batch`, Arrow) and are linked
by `rebuild_events`, as an ingest would. Each API view is then requested through the
ASGI test client (a read-only connection opened per request, as served) and the median
and 95th percentile response times are printed as a Markdown table.

    .venv/bin/python bench/bench_api.py --events 100000 --repeat 20
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from eventwire.events.ontology import EVENT_TYPES
from eventwire.records import Actor, Article, Event, Place, Spans
from eventwire.store import open_store
from eventwire.store.writer import Batch, StoreWriter
from eventwire.web.app import create_app

COUNTRIES = ("USA", "CHN", "RUS", "UKR", "JPN", "KOR", "PRK", "IND", "PAK", "IRN", "ISR",
             "PSE", "SYR", "TUR", "DEU", "FRA", "GBR", "ITA", "ESP", "POL", "BRA", "ARG",
             "MEX", "VEN", "COL", "ZAF", "NGA", "EGY", "ETH", "KEN", "SDN", "SAU", "ARE",
             "QAT", "IRQ", "AFG", "PHL", "VNM", "IDN", "AUS", "CAN", "TWN", "GEO", "ARM",
             "AZE", "BLR", "SRB", "HUN", "NLD", "BEL", "SWE", "NOR", "FIN", "MMR", "THA",
             "MYS", "LBY", "YEM", "LBN", "CUB")
PER_ARTICLE = 5
START = dt.date(2022, 1, 1)


def synthetic_event(rng: random.Random, article_id: str, index: int) -> Event:
    """One random event record whose evidence sentence spells it out."""
    kind = rng.choice(list(EVENT_TYPES))
    spec = EVENT_TYPES[kind]
    src, tgt = rng.sample(COUNTRIES, 2)
    day = START + dt.timedelta(days=rng.randrange(3 * 365))
    sentence = f"{src} officials said {kind.lower()} against {tgt} took place."
    place = (Place(f"City {tgt}", tgt, rng.uniform(-50, 60), rng.uniform(-120, 140))
             if rng.random() < 0.33 else None)
    return Event(
        article_id=article_id, event_type=kind, mode=None, cameo=spec.cameo_root + "0",
        quad_class=spec.quad_class, goldstein=round(rng.uniform(-10, 10), 1), intensity=0.0,
        source=Actor(text=src, name=src, country=src, sector="GOV", kb_id=src),
        target=Actor(text=tgt, name=tgt, country=tgt, sector="GOV", kb_id=tgt),
        date=day.isoformat(), date_precision="day", location=place, negated=False,
        hypothetical=False, sentence=sentence, sentence_index=index, trigger=kind.lower(),
        spans=Spans(trigger=(0, 1), source=(0, 3)), confidence=0.8,
    )


def build_store(path: Path, events: int, seed: int = 7) -> dict[str, float]:
    """Write `events` synthetic records (PER_ARTICLE per article) and link them."""
    rng = random.Random(seed)
    con = open_store(path)
    writer = StoreWriter(con, "bench")
    writer.start_run("bench")
    started = time.perf_counter()
    batch = Batch()
    for n in range(0, events, PER_ARTICLE):
        aid = f"a{n // PER_ARTICLE:06d}"
        records = [synthetic_event(rng, aid, i) for i in range(min(PER_ARTICLE, events - n))]
        text = " ".join(r.sentence for r in records)
        batch.articles.append(Article(id=aid, text=text, title=f"Story {aid}",
                                      published=START, source="Bench Wire",
                                      url=f"https://example.org/{aid}"))
        batch.events.extend(records)
        if len(batch) == 2000:
            writer.write_batch(batch)
            batch = Batch()
    writer.write_batch(batch)
    written = time.perf_counter() - started
    linked = writer.finish_run()  # relinks the events
    con.close()
    return {"write_s": written, "link_s": time.perf_counter() - started - written,
            "events": linked}


VIEWS = (
    ("summary", "/api/summary"),
    ("events, page 1", "/api/events"),
    ("events, page 500, sorted by mentions", "/api/events?page=500&sort=mentions&desc=true"),
    ("records, page 1", "/api/records"),
    ("records, actor+type filter", "/api/records?actor=RUS&type=ASSAULT,COERCE"),
    ("records, words filter", "/api/records?text=against%20UKR"),
    ("records, 500 rows sorted by Goldstein", "/api/records?size=500&sort=goldstein&desc=true"),
    ("timeline, all, by month", "/api/timeline?by=month"),
    ("timeline, all, by day", "/api/timeline?by=day"),
    ("timeline, dyad, by week", "/api/timeline?by=week&source=RUS&target=UKR"),
    ("network (100 edges)", "/api/network"),
    ("places", "/api/places"),
    ("one article", "/api/articles/a001000"),
)


def measure(db: Path, repeat: int) -> list[tuple[str, float, float, float, int]]:
    """Median and p95 wall milliseconds, median CPU milliseconds and the response size."""
    results = []
    with TestClient(create_app(db)) as client:
        for label, path in VIEWS:
            times, cpu = [], []
            for _ in range(repeat):
                start, start_cpu = time.perf_counter(), time.process_time()
                response = client.get(path)
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
                assert response.status_code == 200, (path, response.text[:200])
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            results.append((label, statistics.median(times), p95, statistics.median(cpu),
                            len(response.content)))
    return results


def main() -> None:
    """Build the store, time the views, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        built = build_store(db, args.events)
        size = db.stat().st_size / 2**20
        print(f"store: {args.events} records -> {built['events']} linked events, "
              f"{size:.1f} MiB; written in {built['write_s']:.1f}s, linked in "
              f"{built['link_s']:.1f}s")
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"load average before timing: {load} ({os.cpu_count()} CPUs)")
        print("\n| view | median ms | p95 ms | CPU ms | response KiB |\n|---|---|---|---|---|")
        for label, median, p95, cpu, nbytes in measure(db, args.repeat):
            print(f"| {label} | {median:.1f} | {p95:.1f} | {cpu:.1f} | {nbytes / 1024:.1f} |")


if __name__ == "__main__":
    main()
