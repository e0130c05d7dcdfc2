"""The Ray engine: the same per-article coding function run by Ray Data.

`code_with_ray` reads sharded input (JSON Lines or Parquet, local paths or any
filesystem Ray reads), codes it with `map_batches` over an actor pool in which each
actor builds one `Coder` (`CodeBatch`), and streams the coded blocks back in input
order into Parquet shards (`eventwire.engines.shards`). `ingest_with_ray` then stores
the shards with the store's own writer (one writer), exactly as a local ingest would.

Ray is an optional extra (``pip install 'eventwire[ray]'``); it is imported only here,
and only when this engine runs. Without an address a local Ray is started (loopback
only, no dashboard) and stopped at the end; with ``address`` ("auto" or HOST:PORT)
the running cluster is used.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.config import Settings
from eventwire.engines import code_chunk
from eventwire.engines.shards import load_shards, parse_record, shard_table
from eventwire.pipeline import Coder
from eventwire.store.dedup import LinkRule
from eventwire.store.ingest import IngestReport, Progress

PARQUET = (".parquet", ".pq")


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


class CodeBatch:
    """A Ray Data callable class: each actor loads the coder once, then codes batches."""

    def __init__(self, settings: Settings, published: dt.date | None = None) -> None:
        self.coder = Coder(replace(settings, workers=1))
        self.published = published

    def __call__(self, batch: pa.Table) -> pa.Table:
        """Code one batch of input rows into shard rows (`SHARD_SCHEMA`)."""
        if "line" in batch.column_names:
            rows = batch.to_pylist()
            items = [parse_record(row["line"], row.get("path", "input"), self.published)
                     for row in rows]
        else:
            items = [parse_record(row, "input", self.published) for row in batch.to_pylist()]
        return shard_table(items, code_chunk(self.coder, items))


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
    if inputs[0].endswith(PARQUET):
        dataset = ray.data.read_parquet(inputs)
    else:
        dataset = ray.data.read_text(inputs, include_paths=True,
                                     file_extensions=["jsonl"])
        dataset = dataset.rename_columns({"text": "line"})
    return dataset.repartition(target_num_rows_per_block=rows_per_block)


def code_with_ray(inputs: list[str], settings: Settings, out_dir: str,
                  options: RayOptions, published: dt.date | None = None) -> list[str]:
    """Code the inputs on Ray into Parquet shards in `out_dir`.

    Returns:
        The shard files, in input order.
    """
    check_inputs(inputs)
    ray = import_ray()
    started = not ray.is_initialized()
    if started and options.address:
        ray.init(address=options.address)
    elif started:
        ray.init(num_cpus=options.local_cpus or options.workers + 1,
                 include_dashboard=False)
    try:
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = options.progress_bars
        if not options.progress_bars:
            logging.getLogger("ray.data").setLevel(logging.WARNING)
        dataset = read_inputs(ray, inputs, settings.batch_size).map_batches(
            CodeBatch, fn_constructor_args=(settings, published),
            batch_size=settings.batch_size, batch_format="pyarrow", num_cpus=1,
            compute=ray.data.ActorPoolStrategy(size=options.workers))
        return write_shards(dataset, out_dir)
    finally:
        if started:
            ray.shutdown()


def write_shards(dataset: Any, out_dir: str) -> list[str]:
    """Stream the coded blocks to the driver, in order, as numbered Parquet shards.

    The driver writes them (not the actors), so on a cluster the shards land where the
    store is, whatever node coded them; one block at a time is held.
    """
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    paths = []
    for number, block in enumerate(dataset.iter_batches(batch_size=None,
                                                        batch_format="pyarrow")):
        path = Path(out_dir) / f"shard-{number:06d}.parquet"
        pq.write_table(block, path)
        paths.append(str(path))
    return paths


def ingest_with_ray(inputs: list[str], settings: Settings, con: duckdb.DuckDBPyConnection,
                    options: RayOptions, batch_size: int, rule: LinkRule | None = None,
                    progress: Progress | None = None,
                    published: dt.date | None = None) -> IngestReport:
    """Code the inputs on Ray, then store the shards with the store's writer.

    Articles already stored with the same id and content are skipped when the shards
    are stored, as in a local ingest.
    """
    with tempfile.TemporaryDirectory(prefix="eventwire-shards-") as out_dir:
        shards = code_with_ray(inputs, settings, out_dir, options, published)
        return load_shards(shards, con, batch_size, rule=rule, progress=progress)
