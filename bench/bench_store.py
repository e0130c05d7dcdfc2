"""Benchmark the store: ingest a corpus of N articles and report where the time goes.

The corpus is the bundled examples/articles.jsonl replicated N times over with new
ids, shifted publication dates, varied outlets and one varied closing line per copy, so
every copy has its own content hash. One table is printed: articles/s of the whole
ingest (coding + store) and the share of that time spent in the store (batch writes
and the final event linking), then the same for a second ingest of the same corpus
(everything skipped).

    .venv/bin/python bench/bench_store.py --articles 2000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from pathlib import Path

from eventwire.articles import read_articles
from eventwire.pipeline import Coder
from eventwire.store import StoreFile, ingest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles.jsonl"
OUTLETS = ("Alpha Wire", "Beta News", "Gamma Times", "Delta Post", "Epsilon Daily")


def make_corpus(path: Path, count: int) -> None:
    """Write `count` varied copies of the bundled articles as JSON Lines."""
    originals = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    with open(path, "w", encoding="utf-8") as out:
        for n in range(count):
            record = dict(originals[n % len(originals)])
            copy = n // len(originals)
            record["id"] = f"{record['id']}-r{copy:04d}"
            if record.get("published"):
                day = dt.date.fromisoformat(record["published"]) + dt.timedelta(days=copy % 9)
                record["published"] = day.isoformat()
            record["source"] = OUTLETS[copy % len(OUTLETS)]
            record["text"] = f"{record['text']}\n\n(Filed by desk {copy % 13}, edition {copy}.)"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def run(corpus: Path, db: Path, batch_size: int, workers: int) -> list[tuple]:
    """Ingest the corpus twice; return one result row per pass."""
    from eventwire.config import Settings

    coder = Coder(Settings.from_env(workers=workers))
    rows = []
    for label in ("ingest", "re-ingest (all skipped)"):
        start = time.perf_counter()
        report = ingest(read_articles([str(corpus)]), coder, StoreFile(db),
                        batch_size=batch_size)
        wall = time.perf_counter() - start
        c = report.counts
        done = c.articles_added or c.articles_skipped
        rows.append((label, done, c.mentions_added, report.events, wall, done / wall,
                     report.store_seconds, 100 * report.store_seconds / wall))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "corpus.jsonl", Path(tmp) / "bench.duckdb"
        make_corpus(corpus, args.articles)
        rows = run(corpus, db, args.batch_size, args.workers)
        size = db.stat().st_size / 2**20
    header = ("pass", "articles", "records", "events", "seconds", "articles/s",
              "store s", "store %")
    print(" | ".join(header))
    for label, done, records, events, wall, rate, store, share in rows:
        print(f"{label} | {done} | {records} | {events} | {wall:.1f} | {rate:.1f} | "
              f"{store:.2f} | {share:.1f}")
    print(f"(batch size {args.batch_size}, workers {args.workers}, store file {size:.1f} MiB)")


if __name__ == "__main__":
    main()
