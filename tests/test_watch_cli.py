"""The `eventwire watch` command: usage errors, and one real-model run over a local feed."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.watch.cli import expand_sources, parse_interval
from watch_server import LocalServer, Route, rss

# Written for this test.
PARAGRAPHS = [
    "Russian forces shell Ukrainian positions near Kharkiv",
    "Russian forces attacked Ukrainian troops near Kharkiv on Tuesday, the Ukrainian "
    "military said, in the heaviest fighting in the region for several weeks.",
    "Ukrainian Foreign Minister Dmytro Kuleba condemned Russia for the attack and urged "
    "allies to send more air defence systems before the summer.",
]


def news_page(outlet: str, dateline: str, extra: str = "") -> bytes:
    title, *body = PARAGRAPHS
    body[0] = f"{dateline} - {body[0]}"
    paragraphs = "".join(f"<p>{p}</p>" for p in [*body, extra] if p)
    return (f'<html><head><title>{title}</title><meta property="og:site_name" '
            f'content="{outlet}"></head><body><article><h1>{title}</h1>{paragraphs}'
            f"</article></body></html>").encode()


@pytest.mark.parametrize(("text", "seconds"), [("90", 90), ("30s", 30), ("15m", 900),
                                                ("1h", 3600), ("0.5m", 30)])
def test_watch_cli_parse_interval(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


def test_watch_cli_expand_sources(tmp_path) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"# my feeds\nhttps://a.example/rss  # wire\n\n{tmp_path}\n"
                       "https://a.example/rss\n")
    assert expand_sources((str(listing), "http://b.example/atom")) == [
        "https://a.example/rss", str(tmp_path), "http://b.example/atom"]


@pytest.mark.parametrize(("args", "message"), [
    (["http://127.0.0.1:9/x", "--every", "soon"],
     "'soon' is not an interval such as 30s, 15m or 1h"),
    (["http://127.0.0.1:9/x", "--alert", "kind=ASSAULT"],
     "unknown alert key 'kind' (one of: type, source, target, country, quad, text)"),
    (["http://127.0.0.1:9/x", "--alert", "type=BOMB"],
     "unknown event type 'BOMB' in alert 'type=BOMB'"),
    (["http://127.0.0.1:9/x", "--alert-webhook", "http://127.0.0.1:9/hook"],
     "--alert-webhook needs at least one --alert rule"),
    (["no/such/thing"], "'no/such/thing' is not a feed URL, a folder or a file listing feeds"),
])
def test_watch_cli_usage_errors(args: list[str], message: str) -> None:
    result = CliRunner(mix_stderr=False).invoke(main, ["watch", *args])
    assert result.exit_code == 2
    assert message in result.stderr


@pytest.mark.slow
def test_watch_cli_real_model_codes_merges_and_alerts(tmp_path) -> None:
    server = LocalServer()
    try:
        server.routes["/feed.xml"] = Route(rss("Wire", [
            ("w1", server.url("/alpha/story"), "Tue, 14 May 2024 08:00:00 GMT"),
            ("w2", server.url("/beta/story"), "Tue, 14 May 2024 09:30:00 GMT"),
        ]))
        server.routes["/alpha/story"] = Route(news_page("Alpha Wire", "KYIV, May 14"))
        server.routes["/beta/story"] = Route(news_page(
            "Beta News", "KYIV, May 14 (Alpha Wire)", "Reporting by the Beta News desk."))
        args = ["watch", server.url("/feed.xml"), "--db", str(tmp_path / "w.duckdb"),
                "--once", "--host-interval", "0", "--alert", "type=ASSAULT country=UKR"]
        runner = CliRunner(mix_stderr=False)
        first = runner.invoke(main, args)
        assert first.exit_code == 0, first.stderr
        alerts = [json.loads(line) for line in first.stdout.splitlines()]
        assert len(alerts) == 1
        assert alerts[0]["event"]["event_type"] == "ASSAULT"
        assert alerts[0]["event"]["source"]["country"] == "RUS"
        assert alerts[0]["outlets"] == ["Alpha Wire", "Beta News"]
        assert alerts[0]["num_stories"] == 1
        assert "2 articles stored, 1 joined an earlier story" in first.stderr
        second = runner.invoke(main, args)
        assert second.exit_code == 0 and second.stdout == ""
        assert "0 articles stored" in second.stderr
        assert len(server.hits("/alpha/story")) == 1
    finally:
        server.close()
