"""The local multi-process engine: one coder per worker process, ordered output.

The parent reads the input and cuts it into chunks of `Settings.batch_size` items; each
worker process builds a `Coder` once, when it starts, and codes whole chunks with
`code_chunk`: parse, actors, events, dates and places all run in the workers. Results
come back in input order, and at most ``2 * workers`` chunks are in flight, so memory
stays bounded for a corpus of any size while the input is read lazily.

A worker that dies (killed, or taken by the out-of-memory killer) does not stop or hang
the run: the parent sees it go (each worker has its own pipe and process sentinel, so
the parent knows which chunk was lost), starts a fresh worker and codes the lost chunk
again. If the chunk kills its worker a second time, its articles are coded one by one;
an article that kills a worker on its own is bad input and becomes a code-stage
rejection naming the crash, while every other article is coded. The run stops with a
`WorkerDied` error only when the workers cannot work at all: a worker dies while it
loads the coder, or workers die many times in a row. Records of the chunks coded
before that are still given out first, so a store keeps them and a rerun resumes.

Workers are started with the ``spawn`` method: they share nothing with the parent
(no open store connection, no threads) and import eventwire afresh.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Protocol

import spacy.util

from eventwire.actors.kb import KnowledgeBase
from eventwire.config import Settings
from eventwire.events.lexicon import Lexicon
from eventwire.nlp.loader import PipelineNotFound
from eventwire.pipeline import Coder, CodingStats
from eventwire.records import Article, Event, Rejection

log = logging.getLogger(__name__)

Chunk = list[Article | Rejection]
Records = list[Event | Rejection]

# Math-library thread pools that would each take every core: with one per worker the
# workers fight over the cores (measured: 2 workers 0.50 efficiency, 0.93 with this).
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")

# Worker deaths in a row (no chunk coded in between) after which the run stops: the
# machine, not an article, is the problem (e.g. memory too small for the model).
MAX_DEATHS_IN_A_ROW = 8


class WorkerDied(RuntimeError):
    """The pool's workers cannot work: one died loading the coder, or too many died."""


class ChunkCoder(Protocol):
    """What a worker needs from its coder: `code(items)` in input order (the `Coder`)."""

    def code(self, items: Iterable[Article | Rejection]) -> Iterator[Event | Rejection]:
        """Code a stream of articles; rejections pass through."""


CoderFactory = Callable[[Settings], ChunkCoder]


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


def _worker_main(conn: Connection, settings: Settings, factory: CoderFactory) -> None:
    """Runs in a worker: build the coder once, then code chunks until told to stop.

    Messages to the parent: ``("ready", None)`` once the coder is built, ``("done",
    records)`` per chunk, ``("error", exception)`` when the coder cannot be built or a
    chunk raised (the coder turns an article's failure into a rejection itself).
    """
    from eventwire.engines import code_chunk

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        coder = factory(settings)
    except Exception as exc:  # noqa: BLE001 - handed to the parent, which raises it
        conn.send(("error", _sendable(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            chunk = conn.recv()
        except EOFError:
            return
        if chunk is None:
            return
        try:
            records = code_chunk(coder, chunk)
        except Exception as exc:  # noqa: BLE001 - handed to the parent, which raises it
            conn.send(("error", _sendable(exc)))
            return
        conn.send(("done", records))


def _sendable(exc: Exception) -> Exception:
    """The exception itself when it pickles, else a RuntimeError with its text."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any pickling failure
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


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

    Args:
        settings: the coder settings (``workers`` processes).
        in_flight: chunks read ahead of the one being given out (default 2 per worker).
        coder_factory: builds the coder of a worker from the settings (default: `Coder`);
            it must pickle (a class or a module-level function), as workers are spawned.
    """

    def __init__(self, settings: Settings, in_flight: int | None = None,
                 coder_factory: CoderFactory | None = None) -> None:
        check_settings(settings)
        self.settings = settings
        self.workers = settings.workers
        self.in_flight = in_flight or 2 * settings.workers
        self.coder_factory = coder_factory or Coder
        self.stats = CodingStats()

    def code(self, items: Iterable[Article | Rejection]) -> Iterator[Event | Rejection]:
        """Code a stream of articles; records come out in input order.

        Each worker codes with the same settings in one process (spaCy ``n_process``
        1), so the records are those of a one-process run.

        Raises:
            WorkerDied: a worker died while loading the coder, or workers kept dying;
                the records of the chunks before the lost one are given out first.
            Exception: what a worker's coder raised (not an article's failure, which is
                a code-stage rejection).
        """
        run = _PoolRun(replace(self.settings, workers=1), self.coder_factory, self.workers)
        try:
            for records, articles in run.records(_chunks(items, self.settings.batch_size),
                                                 self.in_flight):
                self._count(records, articles)
                yield from records
        finally:
            run.close()

    def _count(self, records: Records, articles: int) -> None:
        """Count one chunk's records."""
        failed = sum(isinstance(r, Rejection) and r.stage == "code" for r in records)
        self.stats.articles += articles - failed
        self.stats.events += sum(isinstance(r, Event) for r in records)
        self.stats.rejected += sum(isinstance(r, Rejection) for r in records)


@dataclass
class _Slot:
    """One input chunk: its records when coded (whole, or article by article)."""

    chunk: Chunk
    records: Records | None = None
    parts: list[Records | None] | None = None

    @property
    def done(self) -> bool:
        if self.parts is not None:
            return all(part is not None for part in self.parts)
        return self.records is not None

    def put(self, part: int | None, records: Records) -> None:
        """Store the records of the whole chunk (`part` None) or of one article."""
        if part is None:
            self.records = records
        else:
            self.parts[part] = records

    def result(self) -> Records:
        if self.parts is not None:
            return [record for part in self.parts if part is not None for record in part]
        return self.records or []


@dataclass
class _Task:
    """Work for one worker: a whole chunk (`part` None) or one article of it."""

    index: int
    items: Chunk
    part: int | None = None
    attempt: int = 1


@dataclass
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    task: _Task | None = None


@dataclass
class _PoolRun:
    """The worker processes of one `PoolCoder.code` call and the chunks they code."""

    settings: Settings
    factory: CoderFactory
    size: int
    workers: list[_Worker] = field(default_factory=list)
    queue: deque[_Task] = field(default_factory=deque)
    slots: dict[int, _Slot] = field(default_factory=dict)
    deaths_in_a_row: int = 0
    last_death: str = ""
    draining: bool = False
    finished: bool = False

    def records(self, chunks: Iterator[Chunk],
                in_flight: int) -> Iterator[tuple[Records, int]]:
        """Each chunk's records (with its article count), in input order."""
        numbered = enumerate(chunks)
        next_out, read_all = 0, False
        failure: WorkerDied | None = None
        while True:
            while not read_all and len(self.slots) < in_flight:
                item = next(numbered, None)
                if item is None:
                    read_all = True
                    break
                index, chunk = item
                self.slots[index] = _Slot(chunk)
                self.queue.append(_Task(index, chunk))
            while next_out in self.slots and self.slots[next_out].done:
                yield self._give(next_out)
                next_out += 1
            if failure is not None and not any(w.task for w in self.workers):
                raise failure
            if read_all and not self.slots:
                break
            try:
                self._step()
            except WorkerDied as exc:
                # Stop: read and hand out nothing more, let the busy workers finish
                # their chunks, give out what was coded before the loss, then raise.
                failure, read_all, self.draining = exc, True, True
                self.queue.clear()
                for worker in [w for w in self.workers if w.task is None]:
                    self._stop(worker)
        self.finished = True

    def _give(self, index: int) -> tuple[Records, int]:
        slot = self.slots.pop(index)
        return slot.result(), sum(isinstance(item, Article) for item in slot.chunk)

    def _step(self) -> None:
        """Start missing workers, hand out tasks, and handle what the workers report."""
        for worker in [w for w in self.workers if w.ready and w.task is None]:
            if not worker.process.is_alive():
                self._died(worker)  # died idle: nothing lost, it is replaced
        while len(self.workers) < self.size and not self.draining:
            self._start_worker()
        for worker in self.workers:
            if worker.ready and worker.task is None and self.queue:
                self._send(worker, self.queue.popleft())
        busy = [w for w in self.workers if w.task is not None or not w.ready]
        if not busy:
            return
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
        for worker in busy:
            if worker.conn in ready and self._receive(worker):
                continue
            if worker.process.sentinel in ready or worker.conn in ready:
                self._died(worker)

    def _start_worker(self) -> None:
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(target=_worker_main, args=(child, self.settings,
                                                             self.factory),
                                  name="eventwire-worker", daemon=True)
        with _one_thread_per_worker():
            process.start()
        child.close()
        self.workers.append(_Worker(process, parent))

    def _send(self, worker: _Worker, task: _Task) -> None:
        worker.task = task
        try:
            worker.conn.send(task.items)
        except (BrokenPipeError, ConnectionError):
            pass  # it died; its sentinel says so and the task is handled then

    def _receive(self, worker: _Worker) -> bool:
        """Handle one message of a worker; False when it has none (it died)."""
        try:
            kind, value = worker.conn.recv()
        except (EOFError, ConnectionError):
            return False
        if kind == "error":
            raise value
        if kind == "ready":
            worker.ready = True
            return True
        task, worker.task = worker.task, None
        self.deaths_in_a_row, self.last_death = 0, ""
        self.slots[task.index].put(task.part, value)
        return True

    def _died(self, worker: _Worker) -> None:
        """A worker is gone: retry, split or reject its task; raise when hopeless."""
        worker.process.join()
        worker.conn.close()
        self.workers.remove(worker)
        how = _exit_description(worker.process.exitcode)
        pid = worker.process.pid
        if self.draining:
            log.warning("worker process %s died (%s) while the run was stopping", pid, how)
            return
        if not worker.ready:
            raise WorkerDied(f"worker process {pid} died ({how}) while loading the coder"
                             f"{self.last_death}; is there enough memory for one coder per "
                             "worker? (try fewer --workers)")
        task = worker.task
        if task is None:
            log.warning("worker process %s died (%s) while idle; starting another", pid, how)
            return
        ids = _describe(task.items)
        self.last_death = f", after worker process {pid} died ({how}) while coding {ids}"
        self.deaths_in_a_row += 1
        if self.deaths_in_a_row >= MAX_DEATHS_IN_A_ROW:
            raise WorkerDied(f"worker process {pid} died ({how}) while coding {ids}; "
                             f"{_count(self.deaths_in_a_row, 'worker')} died in a row, so the run "
                             "stops (is the machine out of memory?)")
        articles = [item for item in task.items if isinstance(item, Article)]
        if task.part is None and task.attempt == 1:
            log.warning("worker process %s died (%s) while coding %s; coding them again "
                        "in a fresh worker", pid, how, ids)
            self.queue.appendleft(replace(task, attempt=2))
        elif task.part is None and len(articles) > 1:
            log.warning("worker process %s died (%s) again while coding %s; coding them "
                        "one by one", pid, how, ids)
            slot = self.slots[task.index]
            slot.parts = [None] * len(task.items)
            singles = []
            for part, item in enumerate(task.items):
                if isinstance(item, Rejection):
                    slot.parts[part] = [item]
                else:
                    singles.append(_Task(task.index, [item], part))
            self.queue.extendleft(reversed(singles))
        else:
            reason = (f"the worker process coding it died ({how}), also when coded "
                      "again in a fresh worker")
            log.warning("worker process %s died (%s) while coding %s; rejected", pid, how,
                        ids)
            records: Records = [item if isinstance(item, Rejection)
                                else Rejection(item.id, "code", reason)
                                for item in task.items]
            self.slots[task.index].put(task.part, records)

    def _stop(self, worker: _Worker) -> None:
        """End a worker that is loading or idle (no task is lost)."""
        worker.process.terminate()
        worker.process.join(timeout=10)
        worker.conn.close()
        self.workers.remove(worker)

    def close(self) -> None:
        """Stop the workers: ask them to leave after a complete run, else end them."""
        for worker in self.workers:
            if self.finished and worker.ready and worker.task is None:
                try:
                    worker.conn.send(None)
                except (BrokenPipeError, ConnectionError):
                    pass
            else:
                worker.process.terminate()
        for worker in self.workers:
            worker.process.join(timeout=10)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers.clear()


def _exit_description(code: int | None) -> str:
    """How a process ended, e.g. "signal 9, SIGKILL" or "exit status 1"."""
    if code is not None and code < 0:
        try:
            return f"signal {-code}, {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit status {code}"


def _describe(items: Chunk) -> str:
    """The articles of a task for a message: "article X" or "articles X..Y (N)"."""
    ids = [item.id for item in items if isinstance(item, Article)]
    if len(ids) == 1:
        return f"article {ids[0]}"
    return f"articles {ids[0]}..{ids[-1]} ({len(ids)} articles)" if ids else "no articles"


def _chunks(items: Iterable[Article | Rejection], size: int) -> Iterator[Chunk]:
    """The items in lists of at most `size`, read lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _count(number: int, noun: str) -> str:
    """"1 worker", "2 workers"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
