"""Engines: run the same per-article coding function in one process, a pool or on Ray.

`code_chunk` is the one coding function every engine runs: a loaded `Coder` codes a
chunk of articles (read rejections pass through) and returns its records in input
order. `make_coder` picks the local engine from the settings: the in-process `Coder`
for one worker, a `PoolCoder` (one `Coder` per worker process) for more. The Ray
engine (`eventwire.engines.ray_data`) is imported only when asked for, since Ray is an
optional extra.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from eventwire.config import Settings
from eventwire.pipeline import Coder
from eventwire.records import Article, Event, Rejection

if TYPE_CHECKING:
    from eventwire.engines.pool import PoolCoder


def code_chunk(coder: Coder, items: Iterable[Article | Rejection]) -> list[Event | Rejection]:
    """Code a chunk of articles with a loaded coder.

    Args:
        coder: the coder of this process (or Ray actor).
        items: articles, and read rejections that pass through.

    Returns:
        The records of the articles in input order; an article whose coding failed gives
        a code-stage `Rejection` instead.
    """
    return list(coder.code(items))


def make_coder(settings: Settings) -> Coder | PoolCoder:
    """The local engine for these settings: one process, or a pool of `workers`.

    Returns:
        A `Coder` when `settings.workers` is 1, else a `PoolCoder` (same interface:
        ``code(items)`` and ``stats``).
    """
    if settings.workers <= 1:
        return Coder(settings)
    from eventwire.engines.pool import PoolCoder

    return PoolCoder(settings)
