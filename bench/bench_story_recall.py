"""Event recall on text the rules were never tuned on: the synthetic NGEC stories.

Each of the 4,500 synthetic stories in ../shared/data/ngec_synthetic (Halterman 2023;
read from there, never copied into the repo) is labelled with one PLOVER type. A fixed
sample (every Nth story, title and text as one article) is coded with the full coder; a
story counts as found when a record of its labelled type (not negated, not
hypothetical) is coded anywhere in it. Actors are ignored: the stories invent them.

The labels follow NGEC's reading of PLOVER, not always ANNOTATION.md's (a ceasefire is
CONCEDE there, RETREAT here), so 100% is out of reach; the number is a proxy for how
many events of new text the rules find, to compare before and after a change.

Usage::

    .venv/bin/python bench/bench_story_recall.py [--every 9] [--offset 0] [--misses FILE]

Slices with different offsets do not overlap: rules are developed on one slice (e.g.
``--offset 2``) and checked on another nobody looked at (``--offset 5``).
"""

from __future__ import annotations

import argparse
import csv
import io
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

from eventwire.pipeline import Coder
from eventwire.records import Article, Event

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT.parent / "shared" / "data" / "ngec_synthetic"
# NGEC's labels in older PLOVER spellings.
LABEL_FIXES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
# The stories are undated; a fixed day keeps relative dates resolvable.
PUBLISHED = date(2023, 10, 19)


def sample(every: int, offset: int = 0) -> list[tuple[Article, str]]:
    """(article, labelled type) for every ``every``-th story from ``offset``, in file order."""
    archive = next(STORIES.glob("*.zip"))
    with zipfile.ZipFile(archive) as zf:
        with zf.open(zf.namelist()[0]) as raw:
            rows = list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")))
    chosen = []
    for number, row in enumerate(rows):
        if number % every != offset % every:
            continue
        title = row["prompt"].strip().split("\n", 1)[0].strip()
        label = row["label"].strip()
        article = Article(id=str(number), text=row["text"], title=title, published=PUBLISHED)
        chosen.append((article, LABEL_FIXES.get(label, label)))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=int, default=9, help="code every Nth story")
    parser.add_argument("--offset", type=int, default=0,
                        help="start at this story (0 <= offset < every); picks a disjoint slice")
    parser.add_argument("--misses", type=Path, help="write the missed stories' titles here")
    args = parser.parse_args()
    stories = sample(args.every, args.offset)
    coded: dict[str, set[str]] = {}
    for record in Coder().code(a for a, _ in stories):
        if isinstance(record, Event) and not (record.negated or record.hypothetical):
            coded.setdefault(record.article_id, set()).add(record.event_type)
    found, total = Counter(), Counter()
    missed = []
    for article, label in stories:
        total[label] += 1
        if label in coded.get(article.id, set()):
            found[label] += 1
        else:
            missed.append(f"{label}\t#{article.id}\t{article.title}")
    for label in sorted(total):
        print(f"{label:<10} {found[label]:>4}/{total[label]:<4} {found[label] / total[label]:.3f}")
    all_found, all_total = sum(found.values()), sum(total.values())
    macro = sum(found[t] / total[t] for t in total) / len(total)
    print(f"{'ALL':<10} {all_found:>4}/{all_total:<4} {all_found / all_total:.3f}  "
          f"(macro {macro:.3f})")
    if args.misses:
        args.misses.write_text("\n".join(missed) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
