"""The bad-input corpus: a generator of dirty inputs and what eventwire does with each."""

from badinput.corpus import GOOD_IDS, Kind, build

__all__ = ["GOOD_IDS", "Kind", "build"]
