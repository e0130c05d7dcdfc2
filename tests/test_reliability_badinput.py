"""Bad input loses nothing: every bad record is a stored rejection with a reason, every
good record of the same run is coded and stored (corpus: tests/badinput)."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from badinput import GOOD_IDS, build
from eventwire.articles import read_articles
from eventwire.cli import main
from eventwire.records import Article, Rejection
from eventwire.store import open_store
from store_fakes import FakeCoder

DOCS = Path(__file__).parent.parent / "docs" / "reliability.md"
MIN_KINDS = 25
PEAK_RSS_LIMIT_MB = 1500


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The inputs and kinds of the bad-input corpus (with the 20 MB article)."""
    return build(tmp_path_factory.mktemp("badinput"))


def expected(kinds) -> tuple[set[tuple[str, str, str]], set[str]]:
    """Expected rejections (id, stage, reason fragment) and stored article ids."""
    return ({r for k in kinds for r in k.rejected}, {a for k in kinds for a in k.stored})


def matches(rejections: list[tuple[str, str, str]], wanted: set[tuple[str, str, str]]) -> set:
    """The wanted rejections that no actual (id, stage, reason) matches."""
    return {w for w in wanted
            if not any(r[0] == w[0] and r[1] == w[1] and w[2] in r[2] for r in rejections)}


def test_reliability_badinput_has_enough_kinds(corpus) -> None:
    _, kinds = corpus
    assert len(kinds) >= MIN_KINDS
    assert len({k.name for k in kinds}) == len(kinds)


def test_reliability_badinput_read_never_raises_and_names_every_problem(corpus, caplog) -> None:
    inputs, kinds = corpus
    caplog.set_level(logging.WARNING)
    results = list(read_articles(inputs))
    rejections = [(r.article_id, r.stage, r.reason) for r in results if isinstance(r, Rejection)]
    articles = {r.id: r for r in results if isinstance(r, Article)}
    wanted, stored = expected(kinds)
    assert not matches(rejections, wanted)
    assert len(rejections) == len(wanted)
    assert set(articles) == stored
    assert articles["surrogate"].text.endswith(" \ufffd")
    assert "\x00" not in articles["nul-escape"].text
    assert "\u201cno\u201d \u2013 twice" in articles["smart-quotes"].text
    assert "café in Genève" in articles["latin1"].text
    assert "decoded as cp1252" in caplog.text


def test_reliability_badinput_ingest_keeps_every_good_record(corpus, tmp_path,
                                                             monkeypatch) -> None:
    inputs, kinds = corpus
    failing = tmp_path / "failing.jsonl"
    failing.write_text(json.dumps({"id": "fails", "text": "FAIL to code"}) + "\n")
    monkeypatch.setattr("eventwire.cli._build_coder", lambda **_: FakeCoder())
    db = str(tmp_path / "store.duckdb")
    runner = CliRunner(mix_stderr=False)
    result = runner.invoke(main, ["ingest", *inputs, str(failing), "--db", db, "--quiet"])
    wanted, stored = expected(kinds)
    total = len(stored) + 1 + len(wanted)
    assert result.exit_code == 1
    assert result.stderr.endswith(f"eventwire: {len(wanted) + 1} of {total} input records "
                                  f"rejected ({(len(wanted) + 1) / total:.1%}); "
                                  "--max-reject-rate is 0\n")
    con = open_store(db, read_only=True)
    try:
        status = dict(con.execute("SELECT article_id, status FROM articles").fetchall())
        rejections = con.execute("SELECT article_id, stage, reason FROM rejections").fetchall()
        mentions = con.execute("SELECT DISTINCT article_id FROM mentions").fetchall()
    finally:
        con.close()
    assert status == {**{a: "coded" for a in stored}, "fails": "rejected"}
    assert set(GOOD_IDS) <= {m[0] for m in mentions} <= stored
    assert not matches(rejections, wanted | {("fails", "code", "ValueError: cannot code")})
    assert len(rejections) == len(wanted) + 1
    again = runner.invoke(main, ["ingest", *inputs, "--db", db, "--max-reject-rate", "0.7"])
    assert again.exit_code == 0, again.stderr
    assert f"stored 0 articles ({len(stored)} already stored)" in again.stderr


def test_reliability_badinput_kinds_are_documented(corpus) -> None:
    _, kinds = corpus
    text = DOCS.read_text(encoding="utf-8")
    missing = [k.name for k in kinds if f"| {k.name} |" not in text]
    assert not missing, f"docs/reliability.md does not list: {missing}"


MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stderr.write(done.stderr)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(f"{done.returncode} {peak}")
"""


def peak_rss(command: list[str]) -> tuple[int, int, str]:
    """Run `command` in a fresh parent; its exit status, peak RSS in MB and stderr."""
    done = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True,
                          text=True, timeout=300)
    status, peak = done.stdout.split()
    return int(status), int(peak), done.stderr


@pytest.mark.slow
def test_reliability_badinput_real_coder_bounded_memory(corpus, tmp_path) -> None:
    """The real CLI and model over the whole corpus: good records stored, memory bounded."""
    inputs, kinds = corpus
    db = tmp_path / "real.duckdb"
    command = [sys.executable, "-m", "eventwire.cli", "ingest", *inputs, "--db", str(db),
               "--max-reject-rate", "1", "--quiet"]
    status, peak, stderr = peak_rss(command)
    assert status == 0, stderr
    assert re.search(r"article huge is \d+ characters; coding the first 19\d{4}", stderr)
    _, stored = expected(kinds)
    con = open_store(db, read_only=True)
    try:
        coded = {r[0] for r in con.execute(
            "SELECT article_id FROM articles WHERE status = 'coded'").fetchall()}
        huge = con.execute("SELECT length(text) FROM articles WHERE article_id = 'huge'"
                           ).fetchone()[0]
        events = {r[0] for r in con.execute("SELECT article_id FROM mentions").fetchall()}
    finally:
        con.close()
    assert coded == stored
    assert huge > 20_000_000
    assert set(GOOD_IDS) <= events
    print(f"peak RSS of the ingest with the 20 MB article: {peak} MB")
    assert peak < PEAK_RSS_LIMIT_MB
