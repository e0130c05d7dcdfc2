"""Engines: the process pool and Ray give the records of a one-process run."""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.articles import read_articles
from eventwire.config import Settings
from eventwire.engines.pool import _chunks
from eventwire.engines.shards import ShardReplay, load_shards, parse_record, shard_table
from eventwire.records import Article, Event, Rejection
from eventwire.store import ingest, open_store
from store_fakes import FakeCoder, article

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"
FAKE_CORPUS = [
    article("a1", "ASSAULT RUS UKR 2024-05-14 Kharkiv UKR", "ACCUSE UKR RUS 2024-05-14"),
    article("a2"),
    Rejection("in.jsonl:line 3", "read", "line 3: invalid JSON"),
    article("a3", "FAIL"),
    article("a4", "CONSULT JPN USA 2024-05-13", "AID USA UKR - ", published=None),
]


def sample(n: int) -> list[Article]:
    return list(itertools.islice(read_articles([str(SAMPLE)]), n))


def store_rows(con) -> dict[str, list[tuple]]:
    """The stored rows of each table, without run ids and timestamps."""
    skip = {"run_id", "ingested_at", "recorded_at"}
    rows = {}
    for table, order in (("articles", "article_id"), ("mentions", "article_id, seq"),
                         ("rejections", "article_id, stage, reason"),
                         ("events", "1"), ("links", "1, 2, 3")):
        columns = [c for c, in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position", [table]).fetchall() if c not in skip]
        rows[table] = con.execute(
            f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}").fetchall()
    return rows


def test_engines_chunks_are_read_lazily() -> None:
    pulled = []

    def items():
        for n in range(7):
            pulled.append(n)
            yield article(f"a{n}")

    chunks = _chunks(items(), 3)
    assert [a.id for a in next(chunks)] == ["a0", "a1", "a2"]
    assert pulled == [0, 1, 2]
    assert [len(c) for c in chunks] == [3, 1]


@pytest.mark.parametrize("value, expected", [
    ('{"id": "x", "text": "Talks.", "published": "2024-05-01"}', "x"),
    ({"id": 7, "text": "Talks.", "published": dt.date(2024, 5, 1)}, "7"),
])
def test_engines_parse_record_reads_lines_and_rows(value, expected) -> None:
    parsed = parse_record(value, "in.jsonl")
    assert isinstance(parsed, Article)
    assert (parsed.id, parsed.published) == (expected, dt.date(2024, 5, 1))


@pytest.mark.parametrize("value, rejected_id, reason", [
    ("{not json", "in.jsonl", "invalid JSON"),
    ('{"id": "x"}', "x", "missing required field 'text'"),
    ("[1, 2]", "in.jsonl", "expected a JSON object, found array"),
])
def test_engines_parse_record_rejects(value, rejected_id, reason) -> None:
    parsed = parse_record(value, "in.jsonl")
    assert isinstance(parsed, Rejection)
    assert (parsed.article_id, parsed.stage) == (rejected_id, "read")
    assert reason in parsed.reason


def test_engines_shards_round_trip(tmp_path) -> None:
    import pyarrow.parquet as pq

    records = list(FakeCoder().code(FAKE_CORPUS))
    pq.write_table(shard_table(FAKE_CORPUS, records), tmp_path / "0.parquet")
    replay = ShardReplay([str(tmp_path / "0.parquet")])
    assert list(replay.code(replay.items())) == records


def test_engines_loaded_shards_equal_a_local_ingest(tmp_path) -> None:
    import pyarrow.parquet as pq

    shard = tmp_path / "0.parquet"
    pq.write_table(shard_table(FAKE_CORPUS, FakeCoder().code(FAKE_CORPUS)), shard)
    local, shards = open_store(tmp_path / "l.duckdb"), open_store(tmp_path / "s.duckdb")
    ingest(FAKE_CORPUS, FakeCoder(), local, batch_size=2)
    report = load_shards([str(shard)], shards, batch_size=2)
    assert report.counts.articles_added == 4
    assert store_rows(shards) == store_rows(local)
    again = load_shards([str(shard)], shards, batch_size=2)
    assert again.counts.articles_skipped == 4 and again.counts.articles_added == 0


def test_engines_shards_of_skipped_articles_count_as_already_stored(tmp_path) -> None:
    import pyarrow.parquet as pq

    from eventwire.engines.shards import StoreChanged

    con = open_store(tmp_path / "s.duckdb")
    ingest(FAKE_CORPUS[:2], FakeCoder(), con, batch_size=2)
    before = store_rows(con)
    shard = tmp_path / "0.parquet"
    pq.write_table(shard_table(FAKE_CORPUS[:2], [], skipped={"a1", "a2"}), shard)
    report = load_shards([str(shard)], con, batch_size=2)
    assert (report.counts.articles_skipped, report.counts.articles_added) == (2, 0)
    assert store_rows(con) == before
    empty = open_store(tmp_path / "empty.duckdb")
    with pytest.raises(StoreChanged, match="article a1 was not coded because the store"):
        load_shards([str(shard)], empty, batch_size=2)


def test_engines_code_batch_skips_stored_articles_without_loading_a_coder() -> None:
    from eventwire.engines.ray_data import CodeBatch, CodingProgress
    from eventwire.store.index import StoredIndex
    from eventwire.store.rows import article_hash

    lines = [{"line": line, "path": "in.jsonl"} for line in (
        '{"id": "a1", "text": "Talks.", "published": "2024-05-01"}',
        '{"id": "a2", "text": "Talks.", "published": "2024-05-01"}',
        "{not json")]
    import pyarrow as pa

    batch = pa.Table.from_pylist(lines)
    stored_a1 = parse_record(lines[0]["line"], "in.jsonl")
    stored = {"a1": article_hash(stored_a1), "a2": "another content", "zz": "x"}
    actor = CodeBatch(Settings(), stored=StoredIndex.of_pairs(stored.items()))
    assert actor.already_stored([parse_record(r["line"], "x") for r in lines]) == {"a1"}
    actor.stored = StoredIndex.of_pairs({
        "a1": article_hash(stored_a1),
        "a2": article_hash(parse_record(lines[1]["line"], "x"))}.items())
    table = actor(batch)
    assert actor._coder is None  # nothing to code: no coder was loaded
    assert table.column("stage").to_pylist() == ["stored", "stored", "read"]
    progress = CodingProgress()
    progress.add(table)
    assert (progress.records, progress.coded, progress.skipped, progress.rejections,
            progress.events) == (3, 0, 2, 1, 0)


def test_engines_code_batch_codes_the_first_of_duplicate_ids() -> None:
    import pyarrow as pa

    from eventwire.engines.ray_data import CodeBatch
    from eventwire.store.index import StoredIndex
    from eventwire.store.rows import article_hash

    lines = ['{"id": "a1", "text": "ACCUSE UKR RUS 2024-05-14", "published": "2024-05-14"}',
             '{"id": "a1", "text": "Stored.", "published": "2024-05-14"}']
    stored = {"a1": article_hash(parse_record(lines[1], "x"))}
    actor = CodeBatch(Settings(), stored=StoredIndex.of_pairs(stored.items()))
    actor._coder = FakeCoder()
    table = actor(pa.Table.from_pylist([{"line": line, "path": "in.jsonl"}
                                        for line in lines]))
    assert actor._coder.coded == ["a1"]
    assert table.column("stage").to_pylist() == [None, "read"]
    assert table.column("reason").to_pylist() == [None, "duplicate id in the input"]
    assert [len(e) for e in table.column("events").to_pylist()] == [1, 0]


def test_engines_ray_missing_is_a_clear_error(monkeypatch) -> None:
    from eventwire.engines.ray_data import EngineError, import_ray

    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(EngineError, match=r"pip install 'eventwire\[ray\]'"):
        import_ray()


@pytest.mark.slow
def test_engines_pool_gives_the_records_of_one_process() -> None:
    from eventwire.engines.pool import PoolCoder
    from eventwire.pipeline import Coder

    items: list = sample(6)
    items.insert(3, Rejection("bad.jsonl:line 9", "read", "line 9: invalid JSON"))
    one = list(Coder(Settings(batch_size=2)).code(items))
    pool = PoolCoder(Settings(batch_size=2, workers=2), in_flight=2)
    assert list(pool.code(items)) == one
    assert sum(isinstance(r, Event) for r in one) > 10
    assert (pool.stats.articles, pool.stats.rejected) == (6, 1)


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray's own DataContext warnings
def test_engines_ray_store_equals_local_store(tmp_path) -> None:
    pytest.importorskip("ray.data")
    from eventwire.cli import main
    from eventwire.pipeline import Coder

    corpus = tmp_path / "six.jsonl"
    corpus.write_text("".join(SAMPLE.read_text(encoding="utf-8").splitlines(True)[:6]),
                      encoding="utf-8")
    local = open_store(tmp_path / "local.duckdb")
    ingest(read_articles([str(corpus)]), Coder(Settings()), local)
    db = str(tmp_path / "ray.duckdb")
    result = CliRunner(mix_stderr=False).invoke(
        main, ["ingest", str(corpus), "--db", db, "--engine", "ray", "--workers", "1",
               "--quiet"])
    assert result.exit_code == 0, result.stderr
    assert "stored 6 articles" in result.stderr
    ray_store = open_store(db, read_only=True)
    assert store_rows(ray_store) == store_rows(local)
    assert len(store_rows(local)["mentions"]) > 10
    ray_store.close()
    again = CliRunner(mix_stderr=False).invoke(
        main, ["ingest", str(corpus), "--db", db, "--engine", "ray", "--workers", "1"])
    assert again.exit_code == 0, again.stderr
    # Nothing is coded again (the progress lines of both phases say so), nothing changes.
    assert "eventwire: Ray coded 0 articles (0.0/s), 0 records, 0 rejections, " \
           "6 already stored, ETA 0s" in again.stderr
    assert "stored 0 articles (6 already stored), 0 records" in again.stderr
    ray_store = open_store(db, read_only=True)
    assert store_rows(ray_store) == store_rows(local)


@pytest.mark.parametrize("inputs", [["a.jsonl", "b.parquet"], ["-"], ["a.csv"]])
def test_engines_cli_ray_refuses_inputs_it_cannot_read(tmp_path, inputs) -> None:
    from eventwire.cli import main

    db = str(tmp_path / "s.duckdb")
    result = CliRunner(mix_stderr=False).invoke(
        main, ["ingest", *inputs, "--db", db, "--engine", "ray"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: the Ray engine reads JSON Lines or Parquet inputs "
                             "(files or folders of them, not stdin), one kind per run\n")


def test_engines_ray_pool_leaves_a_cpu_for_reading(caplog) -> None:
    from types import SimpleNamespace

    from eventwire.engines.ray_data import EngineError, _fit_workers

    def cluster(cpus: int) -> SimpleNamespace:
        return SimpleNamespace(cluster_resources=lambda: {"CPU": float(cpus)})

    assert _fit_workers(cluster(8), 4) == 4
    assert _fit_workers(cluster(3), 2) == 2
    assert _fit_workers(cluster(2), 2) == 1
    assert "coding with 1 actors instead of 2" in caplog.text
    with pytest.raises(EngineError, match="has 1 CPU"):
        _fit_workers(cluster(1), 1)


def test_engines_ray_unreachable_cluster_is_a_clear_error() -> None:
    from types import SimpleNamespace

    from eventwire.engines.ray_data import EngineError, _connect

    def refuse(address: str) -> None:
        raise ConnectionError(f"Failed to connect to Ray cluster at {address}.")

    with pytest.raises(EngineError, match="cannot connect to the Ray cluster at 10.0.0.9:6379"):
        _connect(SimpleNamespace(init=refuse), "10.0.0.9:6379")


@pytest.mark.slow
def test_engines_ray_cluster_started_apart_gives_the_local_store(tmp_path) -> None:
    """A Ray cluster started on its own (`ray start --head`, as on a real cluster) and
    joined with --address codes the same store as the local engine."""
    pytest.importorskip("ray.data")
    import os
    import shutil
    import socket
    import subprocess
    import sys
    import tempfile

    from eventwire.pipeline import Coder

    ray_cli = shutil.which("ray", path=str(Path(sys.executable).parent))
    if ray_cli is None:
        pytest.skip("the ray command is not installed next to this Python")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "RAY_AUTH_MODE": "token", "RAY_USAGE_STATS_ENABLED": "0"}
    # Ray's Unix sockets live under --temp-dir: keep it short (paths over 107 bytes fail)
    temp_dir = tempfile.mkdtemp(prefix="ewray", dir="/tmp")
    head = subprocess.Popen(
        [ray_cli, "start", "--head", "--block", f"--port={port}", "--num-cpus=2",
         "--node-ip-address=127.0.0.1", "--include-dashboard=false",
         f"--temp-dir={temp_dir}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_cluster(ray_cli, f"127.0.0.1:{port}", env)
        corpus = tmp_path / "four.jsonl"
        corpus.write_text("".join(SAMPLE.read_text(encoding="utf-8").splitlines(True)[:4]),
                          encoding="utf-8")
        db = tmp_path / "cluster.duckdb"
        result = subprocess.run(
            [sys.executable, "-m", "eventwire.cli", "ingest", str(corpus), "--db", str(db),
             "--engine", "ray", "--address", f"127.0.0.1:{port}", "--quiet"],
            env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr[-3000:]
        assert "stored 4 articles" in result.stderr
        # two CPUs: one coding actor, one CPU left to read the input
        assert "coding with 1 actors instead of 2" in result.stderr
    finally:
        head.terminate()
        head.wait(timeout=120)
        shutil.rmtree(temp_dir, ignore_errors=True)
    local = open_store(tmp_path / "local.duckdb")
    ingest(read_articles([str(corpus)]), Coder(Settings()), local)
    cluster = open_store(db, read_only=True)
    assert store_rows(cluster) == store_rows(local)
    cluster.close()


def _wait_for_cluster(ray_cli: str, address: str, env: dict, timeout: float = 180) -> None:
    """Wait until `ray status` answers for the cluster (a driver joining a head that is
    still starting can wait forever)."""
    import subprocess
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = subprocess.run([ray_cli, "status", f"--address={address}"], env=env,
                                capture_output=True, text=True, timeout=60)
        if status.returncode == 0 and "CPU" in status.stdout:
            return
        time.sleep(2)
    pytest.fail(f"the Ray cluster at {address} did not start within {timeout:.0f} s")
