"""kill -9 at random points of real `ingest` processes, each killed run resumed (and the
resumed run killed again): the store ends equal to an uninterrupted run. The fake coder
(tests/badinput/fake_cli.py) keeps each process to a second or two, so kills land
anywhere: start-up, store creation, batches, event linking."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_store_kill import snapshot

FAKE_CLI = Path(__file__).parent / "badinput" / "fake_cli.py"
TRIALS = 3
KILLS = 2
"""Kills per trial: the first run is killed, then the run resuming it, then one finishes."""
ARTICLES = 24


def write_corpus(path: Path) -> None:
    """Articles with linkable events from four outlets, and two bad lines."""
    lines = [json.dumps({"id": f"k{i:02d}", "published": "2024-05-20", "source": f"S{i % 4}",
                         "text": f"ASSAULT RUS UKR 2024-05-{10 + i % 5}\n"
                                 f"AID USA UKR 2024-05-{12 + i % 3}"})
             for i in range(ARTICLES)]
    lines[7:7] = ["{broken", json.dumps({"id": "k03", "text": "duplicate id"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, str(FAKE_CLI), "ingest", str(corpus), "--db", str(db),
            "--batch-size", "2", "--max-reject-rate", "0.5", "--quiet"]


ENV = {**os.environ, "EVENTWIRE_FAKE_DELAY": "0.01"}


def kill_at(cmd: list[str], delay: float) -> bool:
    """Start `cmd` and SIGKILL it after `delay` seconds; False if it finished first."""
    process = subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + delay
    while process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    if process.poll() is not None:
        return False
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    return True


def finish(cmd: list[str]) -> None:
    done = subprocess.run(cmd, env=ENV, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_reliability_kill_9_at_random_points_then_rerun_equals_clean_run(tmp_path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    started = time.monotonic()
    finish(command(corpus, tmp_path / "clean.duckdb"))
    duration = time.monotonic() - started
    expected = snapshot(tmp_path / "clean.duckdb")
    assert len(expected["articles"]) == ARTICLES and len(expected["rejections"]) == 2
    seed = int(os.environ.get("EVENTWIRE_KILL_SEED", time.time_ns() % 2**32))
    rng = random.Random(seed)
    killed = 0
    for trial in range(TRIALS):
        db = tmp_path / f"trial{trial}.duckdb"
        delays = [rng.uniform(0.2, 1.0) * duration for _ in range(KILLS)]
        killed += sum(kill_at(command(corpus, db), delay) for delay in delays)
        finish(command(corpus, db))
        assert snapshot(db) == expected, f"trial {trial}, kills after {delays}, seed {seed}"
    print(f"{killed} of {TRIALS * KILLS} runs killed with SIGKILL (seed {seed}); every "
          "resumed store equals the clean run")
    assert killed >= TRIALS * KILLS // 2, f"only {killed} kills landed (seed {seed})"
