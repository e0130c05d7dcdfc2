"""One store, several processes: the dashboard and readers keep working while a real
`eventwire ingest` writes, and two ingests of the same corpus store it once."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.web.app import create_app
from test_store_kill import snapshot

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).parent.parent / "examples" / "articles.jsonl"


def write_corpus(path: Path, copies: int) -> int:
    """The bundled articles `copies` times under new ids; returns the article count."""
    articles = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for article in articles:
                out.write(json.dumps({**article, "id": f"{article['id']}-{copy}"}) + "\n")
    return copies * len(articles)


def ingest_command(corpus: Path, db: Path, batch_size: int = 2) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", "ingest", str(corpus), "--db", str(db),
            "--batch-size", str(batch_size), "--quiet"]


def test_dashboard_keeps_serving_while_an_ingest_writes(tmp_path) -> None:
    db = tmp_path / "store.duckdb"
    first = tmp_path / "first.jsonl"
    first.write_text(EXAMPLES.read_text(encoding="utf-8").splitlines()[0] + "\n",
                     encoding="utf-8")
    subprocess.run(ingest_command(first, db), check=True, capture_output=True, timeout=300)
    corpus = tmp_path / "corpus.jsonl"
    total = write_corpus(corpus, copies=3)

    statuses: list[int] = []
    counts: list[int] = []
    with TestClient(create_app(db)) as client:
        writer = subprocess.Popen(ingest_command(corpus, db), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True)
        try:
            while writer.poll() is None:
                response = client.get("/api/summary")
                statuses.append(response.status_code)
                if response.status_code == 200:
                    counts.append(response.json()["counts"]["articles"])
                records = client.get("/api/records", params={"page_size": 5})
                statuses.append(records.status_code)
                time.sleep(0.05)
        finally:
            stderr = writer.communicate(timeout=600)[1]
        assert writer.returncode == 0, stderr
        final = client.get("/api/summary").json()["counts"]["articles"]

    assert set(statuses) == {200}, "a request failed while the ingest wrote"
    assert counts == sorted(counts), "the article count went backwards"
    assert final == total + 1
    during = [c for c in counts if 1 < c < total + 1]
    assert during, f"no request saw the store mid-ingest (counts seen: {sorted(set(counts))})"


def test_cli_query_reads_while_an_ingest_writes(tmp_path) -> None:
    db = tmp_path / "store.duckdb"
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, copies=2)
    writer = subprocess.Popen(ingest_command(corpus, db), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    outcomes = []
    try:
        while writer.poll() is None:
            if db.exists():
                query = subprocess.run(
                    [sys.executable, "-m", "eventwire.cli", "sql", "--db", str(db),
                     "SELECT count(*) AS n FROM articles", "--format", "csv"],
                    capture_output=True, text=True, timeout=120)
                outcomes.append((query.returncode, query.stderr))
            time.sleep(0.2)
    finally:
        stderr = writer.communicate(timeout=600)[1]
    assert writer.returncode == 0, stderr
    assert outcomes, "the ingest finished before any query ran"
    # a query may find the store file before its tables exist; none may hit the lock
    assert all(code == 0 or "not an eventwire store" in err for code, err in outcomes), outcomes


def test_two_ingests_of_one_corpus_store_it_once(tmp_path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, copies=2)
    together, alone = tmp_path / "together.duckdb", tmp_path / "alone.duckdb"
    both = [subprocess.Popen(ingest_command(corpus, db, 3), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
            for db in (together, together)]
    for process in both:
        assert process.wait(timeout=600) == 0, process.stderr.read()
        process.stderr.close()
    subprocess.run(ingest_command(corpus, alone, 3), check=True, capture_output=True,
                   timeout=300)
    expected = snapshot(alone)
    assert len(expected["articles"]) == 34
    assert snapshot(together) == expected
