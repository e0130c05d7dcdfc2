"""The Ray engine: the same per-article coding function run by Ray Data.

`code_with_ray` reads sharded input (JSON Lines or Parquet, local paths or any
filesystem Ray reads), codes it with `map_batches` over an actor pool in which each
actor builds one `Coder` (`CodeBatch`), and streams the coded blocks back in input
order into Parquet shards (`eventwire.engines.shards`). `ingest_with_ray` then stores
the shards with the store's own writer (one writer), exactly as a local ingest would.

Articles already stored with the same id and content hash are not coded again: the
driver reads the stored articles once into a `StoredIndex` (16 bytes an article), puts
it in Ray's object store (shared by the actors of a node without a copy), and the actors
skip the articles they find there. The skipped articles still go into the shards,
marked, so the store's ingest counts them as it does in a local run.

Ray is an optional extra (``pip install 'eventwire[ray]'``); it is imported only here,
and only when this engine runs. Without an address a local Ray is started (loopback
only, no dashboard) and stopped at the end; with ``address`` ("auto" or HOST:PORT)
the running cluster is used.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from eventwire.config import Settings
from eventwire.engines import code_chunk
from eventwire.engines.shards import (
    SKIPPED,
    first_of_its_id,
    load_shards,
    parse_record,
    shard_table,
)
from eventwire.pipeline import Coder
from eventwire.records import Article, Rejection
from eventwire.store.access import Store, as_store
from eventwire.store.dedup import LinkRule
from eventwire.store.index import StoredIndex
from eventwire.store.ingest import IngestReport, Progress

PARQUET = (".parquet", ".pq")


log = logging.getLogger(__name__)


class EngineError(RuntimeError):
    """The Ray engine cannot run (Ray missing, or inputs it cannot read)."""


@dataclass(frozen=True)
class RayOptions:
    """How to run on Ray.

    Attributes:
        address: a running cluster ("auto" or HOST:PORT); None starts a local Ray.
        workers: actors in the pool, each with its own coder (one CPU each).
        local_cpus: CPUs of the local Ray started when there is no address (None: one
            per actor plus one for reading and writing, which Ray Data cannot schedule
            while the actors hold every CPU).
        progress_bars: show Ray Data's progress bars and log lines on stderr.
    """

    address: str | None = None
    workers: int = 2
    local_cpus: int | None = None
    progress_bars: bool = True


def import_ray() -> ModuleType:
    """Import Ray, or explain how to install it.

    Raises:
        EngineError: Ray is not installed.
    """
    try:
        import ray
        import ray.data  # noqa: F401 - the Data library comes with the "data" extra
    except ImportError as exc:
        raise EngineError(
            "the Ray engine needs Ray Data, which is not installed: install the extra "
            "with pip install 'eventwire[ray]' (or use the local engine, --engine local)"
        ) from exc
    return ray


@dataclass
class CodingProgress:
    """How far the Ray job is: input records seen and what became of them.

    Attributes:
        records: input records in the shards written so far.
        coded: articles given to the coder (the failed ones included).
        skipped: articles not coded because they are stored already.
        events: event records.
        rejections: read and code-stage rejections.
        elapsed: seconds since the job started.
    """

    records: int = 0
    coded: int = 0
    skipped: int = 0
    events: int = 0
    rejections: int = 0
    elapsed: float = 0.0

    @property
    def rate(self) -> float:
        """Input records per second of wall time."""
        return self.records / self.elapsed if self.elapsed else 0.0

    def add(self, block: pa.Table) -> None:
        """Count one shard block (`SHARD_SCHEMA` rows)."""
        read_failed = block["text"].null_count
        stages = block["stage"]
        skipped = pc.sum(pc.equal(stages, SKIPPED)).as_py() or 0
        self.records += block.num_rows
        self.skipped += skipped
        self.coded += block.num_rows - read_failed - skipped
        self.rejections += read_failed + (pc.sum(pc.equal(stages, "code")).as_py() or 0)
        self.events += pc.sum(pc.list_value_length(block["events"])).as_py() or 0


CodingCallback = Callable[[CodingProgress], None]


class CodeBatch:
    """A Ray Data callable class: each actor loads the coder once, then codes batches.

    Args:
        settings: the coder settings.
        published: publication date for records that carry none.
        stored: the `StoredIndex` of the articles already stored (or a Ray object
            reference to it), which are not coded; None when the store is empty.
    """

    def __init__(self, settings: Settings, published: dt.date | None = None,
                 stored: Any = None) -> None:
        self.settings = replace(settings, workers=1)
        self.published = published
        if stored is not None and not isinstance(stored, StoredIndex):
            import ray

            stored = ray.get(stored)
        self.stored = stored
        self._coder: Coder | None = None

    @property
    def coder(self) -> Coder:
        """The actor's coder, loaded on first use (a rerun that codes nothing loads none)."""
        if self._coder is None:
            self._coder = Coder(self.settings)
        return self._coder

    def __call__(self, batch: pa.Table) -> pa.Table:
        """Code one batch of input rows into shard rows (`SHARD_SCHEMA`)."""
        if "line" in batch.column_names:
            rows = batch.to_pylist()
            items = [parse_record(row["line"], row.get("path", "input"), self.published)
                     for row in rows]
        else:
            items = [parse_record(row, "input", self.published) for row in batch.to_pylist()]
        items = _unique(items)
        skipped = self.already_stored(items)
        todo = [item for item in items if isinstance(item, Article)
                and item.id not in skipped]  # read rejections go into the shard as they are
        records = code_chunk(self.coder, todo) if todo else []
        return shard_table(items, records, skipped)

    def already_stored(self, items: list) -> set[str]:
        """Ids of the articles among `items` stored with the same content."""
        if self.stored is None:
            return set()
        return self.stored.stored_ids([item for item in items if isinstance(item, Article)])


def _unique(items: list[Article | Rejection]) -> list[Article | Rejection]:
    """The items with a later article of an id already in the batch rejected (the store
    keeps the first one anyway: `ShardReplay` rejects a later duplicate the same way)."""
    seen: set[str] = set()
    return [first_of_its_id(item, seen) for item in items]


def check_inputs(inputs: list[str]) -> None:
    """Refuse inputs the Ray engine cannot read in one run.

    Raises:
        EngineError: no inputs, stdin, a file that is neither JSON Lines nor Parquet, or
            both kinds in one run (folders are read for their .jsonl files).
    """
    parquet = [p for p in inputs if p.endswith(PARQUET)]
    other = [p for p in inputs if PurePosixPath(p).suffix not in ("", ".jsonl", *PARQUET)]
    if not inputs or "-" in inputs or other or (parquet and len(parquet) != len(inputs)):
        raise EngineError("the Ray engine reads JSON Lines or Parquet inputs (files or "
                          "folders of them, not stdin), one kind per run")


def read_inputs(ray: ModuleType, inputs: list[str], rows_per_block: int) -> Any:
    """The input records as a Ray dataset, cut into blocks of `rows_per_block` rows.

    JSON Lines inputs give a ``line`` column (parsed by the actors, so a bad line is a
    read rejection, not a failed run); Parquet inputs give their columns.

    Raises:
        EngineError: no inputs, or JSON Lines and Parquet mixed.
    """
    check_inputs(inputs)
    inputs = [_absolute(path) for path in inputs]  # Ray workers do not share our cwd
    if inputs[0].endswith(PARQUET):
        dataset = ray.data.read_parquet(inputs)
    else:
        dataset = ray.data.read_text(inputs, include_paths=True,
                                     file_extensions=["jsonl"])
        dataset = dataset.rename_columns({"text": "line"})
    return dataset.repartition(target_num_rows_per_block=rows_per_block)


def code_with_ray(inputs: list[str], settings: Settings, out_dir: str,
                  options: RayOptions, published: dt.date | None = None,
                  stored: StoredIndex | None = None,
                  progress: CodingCallback | None = None) -> tuple[list[str], CodingProgress]:
    """Code the inputs on Ray into Parquet shards in `out_dir`.

    Args:
        inputs: JSON Lines or Parquet files or folders (paths Ray reads).
        settings: the coder settings.
        out_dir: where the shards go.
        options: how to run on Ray.
        published: publication date for records that carry none.
        stored: the articles already stored (id and content): they are not coded
            (marked as such in the shards).
        progress: called after each shard with the counts so far.

    Returns:
        The shard files, in input order, and what they hold.
    """
    check_inputs(inputs)
    ray = import_ray()
    started = not ray.is_initialized()
    if started and options.address:
        _connect(ray, options.address)
    elif started:  # "local": a new Ray of our own, even if `ray start` runs one here
        ray.init(address="local", num_cpus=options.local_cpus or options.workers + 1,
                 include_dashboard=False)
    try:
        workers = _fit_workers(ray, options.workers)
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = options.progress_bars
        if not options.progress_bars:
            logging.getLogger("ray.data").setLevel(logging.WARNING)
        keys = ray.put(stored) if stored is not None and len(stored) else None  # once
        try:
            dataset = read_inputs(ray, inputs, settings.batch_size).map_batches(
                CodeBatch, fn_constructor_args=(settings, published, keys),
                batch_size=settings.batch_size, batch_format="pyarrow", num_cpus=1,
                compute=ray.data.ActorPoolStrategy(size=workers))
            return write_shards(dataset, out_dir, progress)
        except ray.exceptions.RayError as exc:
            raise EngineError(f"the Ray job failed: {_first_line(exc)}") from exc
        except OSError as exc:  # an input Ray cannot open, or no room for the shards
            raise EngineError(f"the Ray job failed: {exc.__class__.__name__}: {exc}") from exc
    finally:
        if started:
            ray.shutdown()


def _absolute(path: str) -> str:
    """A local path made absolute; a URI (s3://, gs://, ...) as it is."""
    return path if "://" in path else str(Path(path).resolve())


def _first_line(exc: BaseException) -> str:
    """The last line of a Ray task error that says what went wrong (not the traceback)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    causes = [line for line in lines if "Error:" in line or "Exception:" in line]
    return (causes or lines or [type(exc).__name__])[-1]


def _connect(ray: ModuleType, address: str) -> None:
    """Join a running Ray cluster, or say clearly why not.

    Raises:
        EngineError: the cluster cannot be reached (wrong address, not running, or an
            authentication token missing: Ray reads it from RAY_AUTH_TOKEN or its token
            file, with RAY_AUTH_MODE=token).
    """
    try:
        ray.init(address=address)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise EngineError(f"cannot connect to the Ray cluster at {address}: {exc} (is it "
                          "running, and if it uses token authentication, are RAY_AUTH_MODE"
                          "=token and its token set here?)") from exc


def _fit_workers(ray: ModuleType, wanted: int) -> int:
    """The actor pool size the cluster can run next to Ray Data's read and write tasks.

    Each actor holds a CPU for the whole job; Ray Data also needs a CPU to read the
    input and hand blocks on, so a pool that takes every CPU waits forever. A cluster
    with fewer than `wanted` + 1 CPUs gets one actor fewer than its CPUs (with a warning).

    Raises:
        EngineError: the cluster has fewer than 2 CPUs.
    """
    cpus = int(ray.cluster_resources().get("CPU", 0))
    if cpus < 2:
        raise EngineError(f"the Ray cluster has {cpus} CPU(s); the Ray engine needs at "
                          "least 2 (one per coding actor plus one to read the input)")
    if wanted + 1 <= cpus:
        return wanted
    log.warning("the Ray cluster has %d CPUs: coding with %d actors instead of %d (one CPU "
                "stays free to read the input)", cpus, cpus - 1, wanted)
    return cpus - 1


def write_shards(dataset: Any, out_dir: str, progress: CodingCallback | None = None,
                 ) -> tuple[list[str], CodingProgress]:
    """Stream the coded blocks to the driver, in order, as numbered Parquet shards.

    The driver writes them (not the actors), so on a cluster the shards land where the
    store is, whatever node coded them; one block at a time is held.

    Returns:
        The shard files and the counts of what they hold.
    """
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    paths = []
    counts, started = CodingProgress(), time.perf_counter()
    for number, block in enumerate(dataset.iter_batches(batch_size=None,
                                                        batch_format="pyarrow")):
        path = Path(out_dir) / f"shard-{number:06d}.parquet"
        pq.write_table(block, path)
        paths.append(str(path))
        counts.add(block)
        counts.elapsed = time.perf_counter() - started
        if progress:
            progress(counts)
    return paths, counts


def ingest_with_ray(inputs: list[str], settings: Settings,
                    store: Store | duckdb.DuckDBPyConnection,
                    options: RayOptions, batch_size: int, rule: LinkRule | None = None,
                    progress: Progress | None = None,
                    published: dt.date | None = None,
                    coding_progress: CodingCallback | None = None) -> IngestReport:
    """Code the inputs on Ray, then store the shards with the store's writer.

    Articles already stored with the same id and content are not coded, and are
    counted as skipped when the shards are stored, as in a local ingest.

    Args:
        progress: called after each stored batch with the report so far.
        coding_progress: called after each coded shard with the counts so far.
    """
    started = time.perf_counter()
    stored = StoredIndex.read(as_store(store))
    with tempfile.TemporaryDirectory(prefix="eventwire-shards-") as out_dir:
        shards, _ = code_with_ray(inputs, settings, out_dir, options, published,
                                  stored=stored, progress=coding_progress)
        del stored
        coding = time.perf_counter() - started
        report = load_shards(shards, store, batch_size, rule=rule, progress=progress)
    report.elapsed += coding  # the summary gives the time of the whole run
    return report
