"""The local multi-process engine: one `Coder` per worker process, ordered output.

The parent reads the input and cuts it into chunks of `Settings.batch_size` items; each
worker process builds a `Coder` once (on its first chunk) and codes whole chunks with
`code_chunk`: parse, actors, events, dates and places all run in the workers. Results
come back in input order, and at most ``2 * workers`` chunks are in flight, so memory
stays bounded for a corpus of any size while the input is read lazily.

Workers are started with the ``spawn`` method: they share nothing with the parent
(no open store connection, no threads) and import eventwire afresh.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from multiprocessing.pool import AsyncResult
from pathlib import Path

import spacy.util

from eventwire.actors.kb import KnowledgeBase
from eventwire.config import Settings
from eventwire.events.lexicon import Lexicon
from eventwire.nlp.loader import PipelineNotFound
from eventwire.pipeline import Coder, CodingStats
from eventwire.records import Article, Event, Rejection

Chunk = list[Article | Rejection]


# Math-library thread pools that would each take every core: with one per worker the
# workers fight over the cores (measured: 2 workers 0.50 efficiency, 0.93 with this).
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@contextmanager
def _one_thread_per_worker() -> Iterator[None]:
    """Spawned workers start with single-threaded math libraries; the parent's own
    environment is restored afterwards (its libraries are already loaded)."""
    saved = {name: os.environ.get(name) for name in THREAD_VARIABLES}
    os.environ.update({name: "1" for name in THREAD_VARIABLES})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@lru_cache(maxsize=1)
def _worker_coder(settings: Settings) -> Coder:
    """The coder of this worker process, built on first use and kept (one per process)."""
    return Coder(settings)


def _code_in_worker(settings: Settings, chunk: Chunk) -> list[Event | Rejection]:
    """Runs in a worker: code one chunk with the worker's coder."""
    from eventwire.engines import code_chunk

    return code_chunk(_worker_coder(settings), chunk)


def check_settings(settings: Settings) -> None:
    """Fail in the parent, before any worker starts, on a setting no worker could use.

    Raises:
        PipelineNotFound: the spaCy pipeline is neither an installed package nor a path.
        KnowledgeBaseError, LexiconError: a data file cannot be loaded.
    """
    name = settings.pipeline
    if not spacy.util.is_package(name) and not Path(name).exists():
        raise PipelineNotFound(
            f"spaCy pipeline {name!r} is not installed; install it with pip or set "
            "EVENTWIRE_PIPELINE / --pipeline to an installed one"
        )
    KnowledgeBase.load(settings.actor_paths)
    Lexicon.load()


class PoolCoder:
    """Codes a stream of articles in `settings.workers` processes, in input order.

    Has the `Coder` interface the front ends use: ``code(items)`` and ``stats``.
    """

    def __init__(self, settings: Settings, in_flight: int | None = None) -> None:
        check_settings(settings)
        self.settings = settings
        self.workers = settings.workers
        self.in_flight = in_flight or 2 * settings.workers
        self.stats = CodingStats()

    def code(self, items: Iterable[Article | Rejection]) -> Iterator[Event | Rejection]:
        """Code a stream of articles; records come out in input order.

        Each worker codes with the same settings in one process (spaCy ``n_process``
        1), so the records are those of a one-process run.
        """
        inner = replace(self.settings, workers=1)
        context = multiprocessing.get_context("spawn")
        pending: deque[tuple[int, AsyncResult]] = deque()
        with _one_thread_per_worker(), context.Pool(self.workers) as pool:
            for chunk in _chunks(items, self.settings.batch_size):
                articles = sum(isinstance(item, Article) for item in chunk)
                pending.append((articles, pool.apply_async(_code_in_worker, (inner, chunk))))
                if len(pending) >= self.in_flight:
                    yield from self._results(*pending.popleft())
            while pending:
                yield from self._results(*pending.popleft())

    def _results(self, articles: int, result: AsyncResult) -> Iterator[Event | Rejection]:
        """Wait for one chunk's records, count them and pass them on."""
        records = result.get()
        failed = sum(isinstance(r, Rejection) and r.stage == "code" for r in records)
        self.stats.articles += articles - failed
        self.stats.events += sum(isinstance(r, Event) for r in records)
        self.stats.rejected += sum(isinstance(r, Rejection) for r in records)
        yield from records


def _chunks(items: Iterable[Article | Rejection], size: int) -> Iterator[Chunk]:
    """The items in lists of at most `size`, read lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
