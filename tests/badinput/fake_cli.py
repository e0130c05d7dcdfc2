"""Run the `eventwire` CLI with the store tests' fake coder (no model), for subprocess tests.

``python tests/badinput/fake_cli.py ingest ...`` behaves like ``eventwire ingest ...``
except that articles are coded by `store_fakes.FakeCoder` (events spelled out in the
text). ``EVENTWIRE_FAKE_DELAY`` (seconds per coded record, default 0) slows it down so a
test can kill a run at a random point.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import eventwire.cli as cli  # noqa: E402
from eventwire.records import Article, Event, Rejection  # noqa: E402
from store_fakes import FakeCoder  # noqa: E402


class SlowFakeCoder(FakeCoder):
    """The fake coder, sleeping ``EVENTWIRE_FAKE_DELAY`` seconds per record it emits."""

    def code(self, items: Iterable[Article | Rejection]) -> Iterator[Event | Rejection]:
        """The fake coder's records, each after a delay."""
        delay = float(os.environ.get("EVENTWIRE_FAKE_DELAY", "0"))
        for record in super().code(items):
            time.sleep(delay)
            yield record


if __name__ == "__main__":
    cli._build_coder = lambda **_: SlowFakeCoder()
    cli.main()
