"""Scaling of the coder from 1 to 2 workers, locally and on Ray, with peak memory.

Usage: .venv/bin/python bench/bench_scale.py [--copies N] [--engines local,pool,ray]

The bundled sample articles repeated N times (ids varied) are coded by each engine
with 1 and then 2 workers: the local engine as the CLI runs it (`make_coder`: in-process
`Coder` for 1, `PoolCoder` for 2), the process pool alone (`PoolCoder` for 1 and 2; its
workers run single-threaded math libraries, so this is the scaling of one unit of work)
and the Ray engine (`code_with_ray` on a local Ray, one actor per worker).

"articles/s" is wall time from the start of the run (worker start-up and model loading
included) to the last record; "steady" leaves out the start-up of a fresh coder process
(measured once); efficiency = steady rate / (workers x the engine's 1-worker steady
rate). "peak RSS" is the largest peak RSS (VmHWM) of a coding process: the main process
for 1 local worker, the pool workers or Ray actors otherwise. Prints one table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench_throughput import corpus

from eventwire.config import Settings
from eventwire.engines import make_coder
from eventwire.records import Article, Event

CODERS = ("spawn_main", "MapWorker", "CodeBatch")


@dataclass
class PeakMemory:
    """Samples the peak RSS of coding processes (this one and its descendants)."""

    include_self: bool
    peaks: dict[int, int] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        while not self.stop.wait(0.2):
            for pid, kib in coding_processes(self.include_self):
                self.peaks[pid] = max(self.peaks.get(pid, 0), kib)

    def largest_mib(self) -> float:
        return max(self.peaks.values(), default=0) / 1024


def coding_processes(include_self: bool) -> list[tuple[int, int]]:
    """(pid, VmHWM KiB) of pool workers and Ray actors, and of this process if asked."""
    import os

    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().decode(errors="replace")
            status = (entry / "status").read_text()
        except OSError:
            continue
        me = include_self and int(entry.name) == os.getpid()
        if not me and not any(c in cmdline for c in CODERS):
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                found.append((int(entry.name), int(line.split()[1])))
    return found


def run_local(articles: list[Article], workers: int) -> tuple[float, int]:
    """(seconds, events) of the local engine (the coder of 1 worker is built before)."""
    coder = make_coder(Settings(workers=workers))
    start = time.perf_counter()
    events = sum(isinstance(r, Event) for r in coder.code(articles))
    return time.perf_counter() - start, events


def run_pool(articles: list[Article], workers: int) -> tuple[float, int]:
    """(seconds, events) of the process pool, also for 1 worker (the unit that scales:
    a pool worker runs single-threaded math libraries, as Ray actors do)."""
    from eventwire.engines.pool import PoolCoder

    coder = PoolCoder(Settings(workers=workers))
    start = time.perf_counter()
    events = sum(isinstance(r, Event) for r in coder.code(articles))
    return time.perf_counter() - start, events


def run_ray(articles: list[Article], workers: int) -> tuple[float, int]:
    """(seconds, events) of the Ray engine on a running local Ray."""
    from eventwire.engines.ray_data import RayOptions, code_with_ray
    from eventwire.engines.shards import read_shards

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(json.dumps({"id": a.id, "title": a.title, "text": a.text,
                                     "published": str(a.published)}) + "\n")
        start = time.perf_counter()
        shards, _ = code_with_ray([str(path)], Settings(), str(Path(tmp) / "out"),
                                  RayOptions(workers=workers, progress_bars=False))
        seconds = time.perf_counter() - start
        events = sum(len(r) for _, r in read_shards(shards))
    return seconds, events


def startup() -> float:
    """Seconds for a fresh process to import eventwire and build a coder."""
    script = ("import time; t = time.perf_counter(); from eventwire.pipeline import Coder; "
              "Coder(); print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True,
                         text=True).stdout
    return float(out.split()[-1])


def measure(engine: str, articles: list[Article], workers: int, start_up: float) -> dict:
    memory = PeakMemory(include_self=engine == "local" and workers == 1)
    sampler = threading.Thread(target=memory.run, daemon=True)
    sampler.start()
    runner = {"local": run_local, "pool": run_pool, "ray": run_ray}[engine]
    seconds, events = runner(articles, workers)
    startup_s = 0.0 if engine == "local" and workers == 1 else start_up
    memory.stop.set()
    sampler.join()
    return {"engine": engine, "workers": workers, "seconds": seconds, "events": events,
            "rate": len(articles) / seconds,
            "steady": len(articles) / max(seconds - startup_s, 1e-9),
            "peak_mib": memory.largest_mib()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--engines", default="local,pool,ray")
    args = parser.parse_args()
    articles = corpus(args.copies)
    engines = args.engines.split(",")
    if "ray" in engines:
        import ray

        ray.init(address="local", num_cpus=3, include_dashboard=False, log_to_driver=False)
    start_up = startup()
    print(f"{len(articles)} articles; coder start-up in a fresh process {start_up:.1f}s")
    print("| engine | workers | seconds | events | articles/s | steady articles/s "
          "| efficiency (steady) | peak RSS per worker, MiB |")
    print("|---|---|---|---|---|---|---|---|", flush=True)
    rows: list[dict] = []
    for engine, workers in ((e, w) for e in engines for w in (1, 2)):
        rows.append(measure(engine, articles, workers, start_up))
        row = rows[-1]
        one = next(r for r in rows if r["engine"] == row["engine"] and r["workers"] == 1)
        eff = row["steady"] / (row["workers"] * one["steady"])
        print(f"| {row['engine']} | {row['workers']} | {row['seconds']:.1f} | "
              f"{row['events']} | {row['rate']:.1f} | {row['steady']:.1f} | {eff:.2f} | "
              f"{row['peak_mib']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
