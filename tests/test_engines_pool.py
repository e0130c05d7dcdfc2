"""The process pool survives a worker that dies: retry, then reject only what kills it.

The coders here are the store tests' `FakeCoder` (no model), built in each spawned
worker through `PoolCoder`'s ``coder_factory``; an article whose text says CRASH kills
its worker process with SIGKILL, as the out-of-memory killer would.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.config import Settings
from eventwire.engines import pool as pool_module
from eventwire.engines.pool import PoolCoder, WorkerDied
from eventwire.records import Article, Rejection
from eventwire.store import open_store
from store_fakes import FakeCoder, article


class CrashingCoder(FakeCoder):
    """A FakeCoder whose worker dies on an article with a CRASH line.

    ``CRASH`` kills the worker every time; ``CRASH-ONCE PATH`` only when PATH does not
    exist yet (it is created first, so the retry succeeds); ``POISON PATH`` creates PATH,
    which makes every later worker die while loading (see `crashing_coder`).
    """

    def code(self, items):
        for item in items:
            if isinstance(item, Article):
                words = item.text.split()
                if "CRASH" in words:
                    os.kill(os.getpid(), signal.SIGKILL)
                if words[:1] in (["CRASH-ONCE"], ["POISON"]):
                    marker = Path(words[1])
                    if words[0] == "POISON" or not marker.exists():
                        marker.touch()
                        os.kill(os.getpid(), signal.SIGKILL)
            yield from super().code([item])


def crashing_coder(settings: Settings) -> CrashingCoder:
    """The coder factory of the workers: dies loading when EVENTWIRE_TEST_DEAD exists."""
    dead = os.environ.get("EVENTWIRE_TEST_DEAD")
    if dead and Path(dead).exists():
        os.kill(os.getpid(), signal.SIGKILL)
    return CrashingCoder()


def corpus(bad: Article) -> list:
    return [
        article("a1", "ASSAULT RUS UKR 2024-05-14 Kharkiv UKR", "ACCUSE UKR RUS 2024-05-14"),
        article("a2", "CONSULT JPN USA 2024-05-13"),
        Rejection("in.jsonl:line 3", "read", "line 3: invalid JSON"),
        bad,
        article("a5", "AID USA UKR - "),
        article("a6", "FAIL"),
        article("a7", "ACCUSE UKR RUS 2024-05-14"),
    ]


def expected(items: list, rejected: str | None = None) -> list:
    """The one-process records, with `rejected` a code-stage rejection."""
    records = []
    for item in items:
        if isinstance(item, Article) and item.id == rejected:
            records.append(Rejection(item.id, "code", "?"))
        else:
            records.extend(FakeCoder().code([item]))
    return records


def without_reasons(records: list) -> list:
    return [Rejection(r.article_id, r.stage, "?") if isinstance(r, Rejection)
            and r.stage == "code" and "died" in r.reason else r for r in records]


@pytest.mark.parametrize("batch_size", [1, 3])
def test_engines_pool_rejects_only_the_article_that_kills_its_worker(batch_size) -> None:
    items = corpus(article("a4", "CONSULT JPN USA 2024-05-13", "CRASH"))
    pool = PoolCoder(Settings(batch_size=batch_size, workers=2),
                     coder_factory=crashing_coder)
    records = list(pool.code(items))
    assert without_reasons(records) == expected(items, rejected="a4")
    crash = [r for r in records if isinstance(r, Rejection) and r.article_id == "a4"]
    assert len(crash) == 1 and crash[0].stage == "code"
    assert "died (signal 9, SIGKILL)" in crash[0].reason
    assert (pool.stats.articles, pool.stats.rejected) == (4, 3)


def test_engines_pool_codes_a_lost_chunk_again_in_a_fresh_worker(tmp_path) -> None:
    items = corpus(article("a4", f"CRASH-ONCE {tmp_path / 'crashed'}", "AID USA UKR - "))
    pool = PoolCoder(Settings(batch_size=2, workers=2), coder_factory=crashing_coder)
    assert list(pool.code(items)) == expected(items)
    assert (tmp_path / "crashed").exists()


def test_engines_pool_stops_when_workers_cannot_load(tmp_path, monkeypatch) -> None:
    dead = tmp_path / "dead"
    monkeypatch.setenv("EVENTWIRE_TEST_DEAD", str(dead))
    items = corpus(article("a4", f"POISON {dead}"))
    pool = PoolCoder(Settings(batch_size=1, workers=1), coder_factory=crashing_coder)
    records = []
    with pytest.raises(WorkerDied) as error:
        for record in pool.code(items):
            records.append(record)
    assert "died (signal 9, SIGKILL) while loading the coder" in str(error.value)
    assert "while coding article a4" in str(error.value)
    assert records == expected(items[:3])  # everything before the lost chunk


def test_engines_pool_stops_when_workers_keep_dying(monkeypatch) -> None:
    monkeypatch.setattr(pool_module, "MAX_DEATHS_IN_A_ROW", 3)
    items = [article(f"c{n}", "CRASH") for n in range(4)]
    pool = PoolCoder(Settings(batch_size=2, workers=1), coder_factory=crashing_coder)
    with pytest.raises(WorkerDied, match=r"while coding article.* c[0-3].*3 workers died in a row"):
        list(pool.code(items))


def test_engines_cli_ingest_stops_cleanly_and_resumes(tmp_path, monkeypatch) -> None:
    from eventwire.cli import main

    lines = ['{"id": "a1", "text": "ASSAULT RUS UKR 2024-05-14", "published": "2024-05-14"}',
             '{"id": "a2", "text": "CONSULT JPN USA 2024-05-13", "published": "2024-05-14"}',
             '{"id": "a3", "text": "CRASH", "published": "2024-05-14"}',
             '{"id": "a4", "text": "AID USA UKR -", "published": "2024-05-14"}']
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    monkeypatch.setenv("EVENTWIRE_BATCH_SIZE", "1")
    monkeypatch.setattr(pool_module, "Coder", crashing_coder)
    # the first death stops the run: with two, the other worker may finish a4 between
    # a3's two deaths and reset the count (a timing race that made this test flaky)
    monkeypatch.setattr(pool_module, "MAX_DEATHS_IN_A_ROW", 1)
    command = ["ingest", str(source), "--db", db, "--workers", "2", "--batch-size", "1",
               "--quiet"]
    result = CliRunner(mix_stderr=False).invoke(main, command)
    assert result.exit_code == 1, result.stderr
    assert result.stderr.startswith(
        "Error: worker process ")
    assert ("died (signal 9, SIGKILL) while coding article a3; 1 worker died in a row, "
            "so the run stops") in result.stderr
    assert "run the same command again to resume" in result.stderr
    con = open_store(db, read_only=True)
    kept = [a for a, in con.execute("SELECT article_id FROM articles ORDER BY 1").fetchall()]
    con.close()
    # Complete articles before the lost one are stored (the store's ingest holds the
    # last article given out until it sees the next one, so a2 may wait for the rerun).
    assert kept in (["a1"], ["a1", "a2"])
    source.write_text("\n".join(lines).replace("CRASH", "no events") + "\n",
                      encoding="utf-8")
    result = CliRunner(mix_stderr=False).invoke(main, command)
    assert result.exit_code == 0, result.stderr
    assert f"stored {4 - len(kept)} articles ({len(kept)} already stored)" in result.stderr


def test_engines_cli_code_goes_on_past_an_article_that_kills_its_worker(tmp_path,
                                                                        monkeypatch) -> None:
    import json

    from eventwire.cli import main

    lines = ['{"id": "a1", "text": "ASSAULT RUS UKR 2024-05-14", "published": "2024-05-14"}',
             '{"id": "a2", "text": "CRASH", "published": "2024-05-14"}',
             '{"id": "a3", "text": "AID USA UKR -", "published": "2024-05-14"}']
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_BATCH_SIZE", "2")
    monkeypatch.setattr(pool_module, "Coder", crashing_coder)
    result = CliRunner(mix_stderr=False).invoke(
        main, ["code", str(source), "--workers", "2", "--max-reject-rate", "0.5"])
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == [
        "a1", "a3"]
    assert ("eventwire: rejected a2 (code): the worker process coding it died (signal 9, "
            "SIGKILL), also when coded again in a fresh worker") in result.stderr
    assert "coded 2 articles, 2 events, 1 rejected" in result.stderr
