"""A full disk or a read-only store file: a clear error, exit 1, and the store intact.

A real full disk and a real read-only file system are tmpfs mounts (root only; skipped
elsewhere); the full disk is also simulated in-process, and a read-only file by
permissions when not root.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import writer
from store_fakes import FakeCoder
from test_store_kill import snapshot

RESUME = ("The batch being written was not stored; earlier batches are intact. Fix the "
          "cause (disk space, permissions) and run the same command again to resume.\n")


@pytest.fixture(autouse=True)
def fake_coder(monkeypatch) -> None:
    monkeypatch.setattr("eventwire.cli._build_coder", lambda **_: FakeCoder())


def write_corpus(path: Path, prefix: str, count: int, padding: int = 0) -> Path:
    """`count` articles with one event each; `padding` characters of extra text."""
    lines = [json.dumps({"id": f"{prefix}{i}", "published": "2024-05-14",
                         "text": f"ASSAULT RUS UKR 2024-05-14\n{'x' * padding}{i}"})
             for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ingest(corpus: Path, db: Path, *args: str):
    return CliRunner(mix_stderr=False).invoke(
        main, ["ingest", str(corpus), "--db", str(db), "--quiet", *args])


@contextlib.contextmanager
def tmpfs(path: Path, size: str):
    """A tmpfs of `size` mounted at `path`; skips the test when mounting is not allowed."""
    path.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True).returncode == 0
    if not mounted:
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_reliability_full_disk_simulated(tmp_path, monkeypatch) -> None:
    db = tmp_path / "store.duckdb"
    assert ingest(write_corpus(tmp_path / "a.jsonl", "a", 3), db).exit_code == 0
    before = snapshot(db)
    insert = writer._insert

    def fill_up(con, table, rows):  # noqa: ANN001, ANN202 - the writer's signature
        if rows.num_rows and any(i.startswith("b3") for i in rows.column("article_id")
                                 .to_pylist()):
            raise duckdb.IOException('Could not write file "store.duckdb.wal": '
                                     "No space left on device")
        return insert(con, table, rows)

    monkeypatch.setattr(writer, "_insert", fill_up)
    corpus = write_corpus(tmp_path / "b.jsonl", "b", 6)
    result = ingest(corpus, db, "--batch-size", "2")
    assert result.exit_code == 1
    assert result.stderr == (f"Error: cannot write to the store {db}: Could not "
                             'write file "store.duckdb.wal": No space left on device. '
                             + RESUME)
    after = snapshot(db)
    ids = {row[0] for row in after["articles"]}
    assert ids == {"a0", "a1", "a2", "b0", "b1"}
    assert set(before["articles"]) <= set(after["articles"])
    monkeypatch.setattr(writer, "_insert", insert)
    assert ingest(corpus, db).exit_code == 0
    assert len(snapshot(db)["articles"]) == 9


def test_reliability_full_disk_tmpfs(tmp_path) -> None:
    with tmpfs(tmp_path / "disk", "2m") as disk:
        db = disk / "store.duckdb"
        assert ingest(write_corpus(tmp_path / "a.jsonl", "a", 5), db).exit_code == 0
        before = snapshot(db)
        big = write_corpus(tmp_path / "big.jsonl", "big", 60, padding=120_000)
        result = ingest(big, db, "--batch-size", "5")
        assert result.exit_code == 1
        assert result.stderr.startswith(f"Error: cannot write to the store {db}: ")
        assert "No space left on device" in result.stderr and result.stderr.endswith(RESUME)
        after = snapshot(db)
        assert set(before["articles"]) <= set(after["articles"])
        assert {r[0] for r in after["mentions"]} == {r[0] for r in after["articles"]}
        subprocess.run(["mount", "-o", "remount,size=64m", str(disk)], check=True)
        again = ingest(big, db)
        assert again.exit_code == 0, again.stderr
        assert len(snapshot(db)["articles"]) == 65


@pytest.fixture
def read_only_db(tmp_path):
    """A store holding three articles, made read-only (a read-only mount when root)."""
    corpus = write_corpus(tmp_path / "a.jsonl", "a", 3)
    if os.geteuid() != 0:
        db = tmp_path / "store.duckdb"
        assert ingest(corpus, db).exit_code == 0
        db.chmod(0o444)
        yield db
        return
    with tmpfs(tmp_path / "ro", "8m") as disk:
        assert ingest(corpus, disk / "store.duckdb").exit_code == 0
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        yield disk / "store.duckdb"


def test_reliability_read_only_store(read_only_db: Path, tmp_path: Path) -> None:
    db = read_only_db
    before = snapshot(db)
    result = ingest(write_corpus(tmp_path / "b.jsonl", "b", 2), db)
    assert result.exit_code == 1
    assert result.stderr == (f"Error: cannot write to the store {db}: the file is "
                             "read-only (make it writable, or read it with `eventwire "
                             "query`, `sql` or `export`)\n")
    query = CliRunner(mix_stderr=False).invoke(
        main, ["query", "--db", str(db), "--format", "jsonl"])
    assert query.exit_code == 0, query.stderr
    assert len(query.stdout.splitlines()) == 3
    assert snapshot(db) == before
