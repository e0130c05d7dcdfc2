"""Throughput of the full coder next to spaCy's own parsing of the same texts.

Usage: .venv/bin/python bench/bench_throughput.py [--copies N] [--workers W]

The bundled sample articles are repeated N times (ids varied) and coded twice: once by
spaCy's `nlp.pipe` alone (the parse every coder needs; ``n_process=W``), once by the
full coder (parse + actors + events + dates + places) with W workers (one process, or
the process pool of `eventwire.engines.make_coder`, start-up included). Prints one
table.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path

from eventwire.articles import read_articles
from eventwire.config import Settings
from eventwire.engines import make_coder
from eventwire.nlp.loader import load_pipeline
from eventwire.records import Article, Event

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"


def corpus(copies: int) -> list[Article]:
    """The sample articles repeated `copies` times under distinct ids."""
    base = [a for a in read_articles([str(SAMPLE)]) if isinstance(a, Article)]
    return [replace(a, id=f"{a.id}-{n}") for n in range(copies) for a in base]


def timed(fn) -> tuple[float, object]:  # noqa: ANN001
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()

    settings = Settings(workers=args.workers)
    nlp = load_pipeline(settings.pipeline)
    coder = make_coder(settings)
    articles = corpus(args.copies)
    texts = [a.full_text for a in articles]  # the samples are shorter than max_chars
    nlp("warm up")
    parse_s, docs = timed(lambda: list(nlp.pipe(texts, batch_size=32,
                                                n_process=args.workers)))
    sentences = sum(len(list(d.sents)) for d in docs)
    code_s, out = timed(lambda: list(coder.code(articles)))
    events = sum(isinstance(e, Event) for e in out)

    rows = [
        ("articles", f"{len(articles)}"),
        ("sentences", f"{sentences}"),
        ("events", f"{events}"),
        ("spaCy nlp.pipe only", f"{sentences / parse_s:,.0f} sentences/s"),
        ("full coder", f"{sentences / code_s:,.0f} sentences/s "
                       f"({len(articles) / code_s:,.1f} articles/s)"),
        ("coder / spaCy ratio", f"{parse_s / code_s:.2f}"),
        ("workers", f"{args.workers}"),
    ]
    width = max(len(k) for k, _ in rows)
    print(json.dumps({"pipeline": settings.pipeline}))
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
