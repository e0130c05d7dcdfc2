"""Resumable ingest: kill -9 a real `eventwire ingest` mid-run, rerun, compare with a clean run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.store import open_store

EXAMPLES = Path(__file__).parent.parent / "examples" / "articles.jsonl"
VOLATILE = {"run_id", "ingested_at", "recorded_at"}
ARTICLES = 10
TABLES = ("articles", "mentions", "events", "links", "actors", "rejections", "meta")


def write_corpus(path: Path) -> None:
    """Ten bundled articles, a malformed line and a duplicate id (two rejections)."""
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()[:ARTICLES]
    first = json.loads(lines[0])
    lines[3:3] = ["{not json", json.dumps(first)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def ingest_command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", "ingest", str(corpus), "--db", str(db),
            "--batch-size", "2", "--max-reject-rate", "0.5"]


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every stored row, volatile columns (run ids, timestamps) left out, sorted."""
    con = open_store(db, read_only=True)
    try:
        data = {}
        for table in TABLES:
            columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
            keep = ", ".join(c for c in columns if c not in VOLATILE)
            data[table] = con.execute(f"SELECT {keep} FROM {table} ORDER BY ALL").fetchall()
        return data
    finally:
        con.close()


def kill_after(command: list[str], lines: int) -> None:
    """Start `command`, SIGKILL it once it has reported `lines` committed batches."""
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               text=True)
    seen = 0
    try:
        for line in process.stderr:
            seen += "articles stored" in line
            if seen >= lines:
                os.kill(process.pid, signal.SIGKILL)
                break
    finally:
        process.wait(timeout=60)
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL, "the ingest ended before it was killed"


@pytest.mark.slow
def test_store_kill_9_then_rerun_equals_clean_run(tmp_path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"

    kill_after(ingest_command(corpus, killed), 2)
    partial = snapshot(killed)
    assert 0 < len(partial["articles"]) < ARTICLES
    assert {r[0] for r in partial["mentions"]} <= {r[0] for r in partial["articles"]}

    rerun = subprocess.run(ingest_command(corpus, killed), capture_output=True, text=True,
                           timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"({len(partial['articles'])} already stored)" in rerun.stderr
    subprocess.run(ingest_command(corpus, clean), capture_output=True, timeout=120, check=True)

    resumed, expected = snapshot(killed), snapshot(clean)
    assert len(expected["articles"]) == ARTICLES and len(expected["rejections"]) == 2
    assert resumed == expected
