"""Polling feeds and folders into a store, against a local server, with a stand-in coder:
coded once, repeats skipped, 304 honoured, copies merged, failures reported, restarts
resume, alerts sent once."""

from __future__ import annotations

import json

import pytest

from eventwire.store import open_store
from eventwire.watch.alerts import AlertRule, webhook_sink
from eventwire.watch.fetch import Fetcher, FetchOptions
from eventwire.watch.runner import Watcher, article_id_for
from eventwire.watch.state import MAX_ATTEMPTS
from store_fakes import FakeCoder
from watch_server import LocalServer, Route, atom, page, rss

FAST = FetchOptions(timeout=0.5, retries=0, backoff=0.0, max_bytes=50_000,
                    max_redirects=3, min_interval=0.0)
GOOD = ["/alpha.xml", "/beta.xml"]
BAD = ["/slow.xml", "/err.xml", "/bad.xml", "/loop.xml"]


@pytest.fixture()
def server():
    local = LocalServer()
    r = local.routes
    r["/alpha.xml"] = Route(rss("Alpha feed", [
        ("k1", local.url("/alpha/kharkiv"), "Tue, 14 May 2024 08:00:00 GMT"),
        ("t1", local.url("/alpha/tokyo"), "Mon, 13 May 2024 09:00:00 GMT"),
        ("h1", local.url("/huge"), "Mon, 13 May 2024 09:00:00 GMT"),
    ]), content_type="application/rss+xml", etag='"alpha-1"')
    r["/beta.xml"] = Route(atom("Beta feed", [
        ("urn:b:1", "/beta/kharkiv-copy", "2024-05-14T10:00:00Z"),
        ("urn:b:2", "/beta/paris", "2024-05-12T10:00:00Z"),
    ]), content_type="application/atom+xml")
    r["/alpha/kharkiv"] = Route(page("kharkiv", "Alpha Wire"))
    r["/alpha/tokyo"] = Route(page("tokyo", "Alpha Wire"))
    r["/beta/kharkiv-copy"] = Route(page("kharkiv", "Beta News", dateline="KYIV (Alpha)",
                                         extra="Reporting by a Beta News correspondent."))
    r["/beta/paris"] = Route(page("paris", "Beta News"))
    r["/huge"] = Route(b"<html>" + b"<p>words</p>" * 20_000 + b"</html>")
    r["/slow.xml"] = Route(rss("Slow", []), delay=1.5)
    r["/err.xml"] = Route(b"oops", status=500)
    r["/bad.xml"] = Route(b"<rss><channel><item></channel>", content_type="text/xml")
    r["/loop.xml"] = Route(status=302, location="/loop2.xml")
    r["/loop2.xml"] = Route(status=302, location="/loop.xml")
    yield local
    local.close()


def watcher(server, tmp_path, coder=None, paths=GOOD + BAD, **kwargs) -> Watcher:
    messages: list[str] = []
    w = Watcher([server.url(p) for p in paths], coder or FakeCoder(),
                str(tmp_path / "w.duckdb"), fetcher=Fetcher(FAST), report=messages.append,
                **kwargs)
    w.messages = messages  # type: ignore[attr-defined]
    return w


def table(tmp_path, sql: str) -> list[tuple]:
    con = open_store(tmp_path / "w.duckdb")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_watch_runner_codes_new_items_and_reports_failures(server, tmp_path) -> None:
    w = watcher(server, tmp_path)
    report = w.poll()
    assert sorted(w.coder.coded) == sorted(article_id_for(server.url(p)) for p in (
        "/alpha/kharkiv", "/alpha/tokyo", "/beta/kharkiv-copy", "/beta/paris"))
    assert (report.feeds, report.feeds_failed, report.items_new, report.items_failed) == (
        6, 4, 5, 1)
    assert report.articles_added == 4
    failed = "\n".join(w.messages)
    for path, reason in [("/slow.xml", "timed out"), ("/err.xml", "HTTP 500"),
                         ("/bad.xml", "malformed XML"), ("/loop.xml", "redirect loop"),
                         ("/huge", "response too large")]:
        assert f"{server.url(path)} failed: " in failed and reason in failed
    stored = table(tmp_path, "SELECT source, published, url FROM articles "
                             "WHERE url LIKE '%/alpha/kharkiv'")
    assert stored == [("Alpha Wire", __import__("datetime").date(2024, 5, 14),
                       server.url("/alpha/kharkiv"))]


def test_watch_runner_second_poll_adds_nothing_and_uses_304(server, tmp_path) -> None:
    watcher(server, tmp_path).poll()
    pages = len([r for r in server.requests if "/alpha/" in r.path or "/beta/" in r.path])
    second = watcher(server, tmp_path)
    report = second.poll()
    assert second.coder.coded == []
    assert report.articles_added == 0
    assert (report.items_new, report.items_failed) == (1, 1)  # the huge page, tried again
    assert report.feeds_unchanged == 1
    assert server.hits("/alpha.xml")[-1].headers["If-None-Match"] == '"alpha-1"'
    assert pages == len([r for r in server.requests
                         if "/alpha/" in r.path or "/beta/" in r.path])
    status = table(tmp_path, "SELECT feed_url, last_status FROM watch_feeds ORDER BY 1")
    assert dict(status)[server.url("/alpha.xml")] == "unchanged"
    assert dict(status)[server.url("/err.xml")] == "failed"


def test_watch_runner_syndicated_copies_are_one_story(server, tmp_path) -> None:
    report = watcher(server, tmp_path).poll()
    assert report.merged == 1
    story = table(tmp_path, """
        SELECT s.story_id, count(*), list_sort(list(a.source))
        FROM story_articles s JOIN articles a USING (article_id)
        GROUP BY 1 HAVING count(*) > 1""")
    assert story == [(article_id_for(server.url("/alpha/kharkiv")), 2,
                      ["Alpha Wire", "Beta News"])]
    counted = table(tmp_path, """
        SELECT e.event_type, e.num_articles, se.num_stories, se.outlets
        FROM events e JOIN story_events se USING (event_uid) ORDER BY 1""")
    assert counted == [("ASSAULT", 2, 1, ["Alpha Wire", "Beta News"]),
                       ("CONSULT", 1, 1, ["Alpha Wire"]),
                       ("PROTEST", 1, 1, ["Beta News"])]
    assert table(tmp_path, "SELECT count(*) FROM story_sources") == [(3,)]


def test_watch_runner_restart_resumes_and_retries_failed_pages(server, tmp_path) -> None:
    watcher(server, tmp_path).poll()
    server.routes["/alpha.xml"].etag = '"alpha-2"'  # the feed changes: items listed again
    for _ in range(MAX_ATTEMPTS + 1):
        again = watcher(server, tmp_path, paths=GOOD)
        again.poll()
        assert again.coder.coded == []
    assert len(server.hits("/huge")) == MAX_ATTEMPTS
    assert len(server.hits("/alpha/kharkiv")) == 1
    row = table(tmp_path, "SELECT status, attempts FROM watch_items WHERE url LIKE '%/huge'")
    assert row == [("failed", MAX_ATTEMPTS)]


def test_watch_runner_failed_page_retried_after_304_and_stored(server, tmp_path) -> None:
    watcher(server, tmp_path, paths=["/alpha.xml"]).poll()
    server.routes["/huge"] = Route(page("paris", "Alpha Wire"))
    later = watcher(server, tmp_path, paths=["/alpha.xml"])
    report = later.poll()
    assert report.feeds_unchanged == 1
    assert later.coder.coded == [article_id_for(server.url("/huge"))]


def test_watch_runner_new_item_in_feed_is_coded(server, tmp_path) -> None:
    watcher(server, tmp_path, paths=["/beta.xml"]).poll()
    server.routes["/beta.xml"] = Route(atom("Beta feed", [
        ("urn:b:3", "/beta/tokyo", "2024-05-13T10:00:00Z"),
        ("urn:b:2", "/beta/paris", "2024-05-12T10:00:00Z"),
    ]))
    server.routes["/beta/tokyo"] = Route(page("tokyo", "Beta News"))
    later = watcher(server, tmp_path, paths=["/beta.xml"])
    later.poll()
    assert later.coder.coded == [article_id_for(server.url("/beta/tokyo"))]


def test_watch_runner_alerts_once_per_event(server, tmp_path) -> None:
    alerts: list[dict] = []
    rules = [AlertRule.parse("type=ASSAULT,PROTEST country=UKR")]
    w = watcher(server, tmp_path, paths=GOOD, rules=rules, sink=alerts.append)
    assert w.poll().alerts == 1
    alert = alerts[0]
    assert alert["alert"] == "type=ASSAULT,PROTEST country=UKR"
    assert alert["event"]["event_type"] == "ASSAULT"
    assert alert["event"]["sentence"] == "ASSAULT RUS UKR 2024-05-14"
    assert alert["outlets"] == ["Alpha Wire", "Beta News"] and alert["num_stories"] == 1
    restarted = watcher(server, tmp_path, paths=GOOD, rules=rules, sink=alerts.append)
    server.routes["/alpha.xml"].etag = '"alpha-2"'
    assert restarted.poll().alerts == 0 and len(alerts) == 1


def test_watch_runner_alerts_to_webhook(server, tmp_path) -> None:
    problems: list[str] = []
    sink = webhook_sink(Fetcher(FAST).post_json, server.url("/hook"), problems.append)
    w = watcher(server, tmp_path, paths=["/alpha.xml"],
                rules=[AlertRule.parse("source=JPN")], sink=sink)
    assert w.poll().alerts == 1
    posted = [json.loads(r.body) for r in server.requests if r.method == "POST"]
    assert [p["event"]["event_type"] for p in posted] == ["CONSULT"]
    assert problems == []


def test_watch_runner_folder_codes_files_as_they_arrive(tmp_path) -> None:
    incoming = tmp_path / "incoming"
    (incoming / "a").mkdir(parents=True)
    (incoming / "a" / "one.txt").write_text("ASSAULT RUS UKR 2024-05-14\n")
    (incoming / ".hidden.txt").write_text("PROTEST FRA - 2024-05-12\n")
    (incoming / "notes.md").write_text("ignored\n")

    def poll() -> list[str]:
        coder = FakeCoder()
        Watcher([str(incoming)], coder, str(tmp_path / "w.duckdb"), settle=0.0).poll()
        return coder.coded

    assert poll() == ["a/one"]
    assert poll() == []
    (incoming / "b.jsonl").write_text(
        '{"id": "j1", "text": "CONSULT JPN USA 2024-05-13"}\n')
    assert poll() == ["j1"]
    (incoming / "a" / "one.txt").write_text("ASSAULT RUS UKR 2024-05-15\n")
    assert poll() == ["a/one"]
    assert table(tmp_path, "SELECT count(*) FROM watch_files") == [(2,)]


def test_watch_runner_folder_waits_for_files_being_written(tmp_path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "new.txt").write_text("PROTEST FRA - 2024-05-12\n")
    coder = FakeCoder()
    Watcher([str(tmp_path / "in")], coder, str(tmp_path / "w.duckdb"), settle=60).poll()
    assert coder.coded == []


def test_watch_runner_run_once_returns_last_report(server, tmp_path) -> None:
    seen = []
    report = watcher(server, tmp_path, paths=["/err.xml"]).run(
        60, once=True, after_poll=seen.append)
    assert seen == [report] and report.all_failed


def test_watch_runner_loop_polls_every_interval(tmp_path) -> None:
    (tmp_path / "in").mkdir()
    w = Watcher([str(tmp_path / "in")], FakeCoder(), str(tmp_path / "w.duckdb"), settle=0.0)
    polls: list = []
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:
            raise KeyboardInterrupt
        (tmp_path / "in" / "late.txt").write_text("PROTEST FRA - 2024-05-12\n")

    with pytest.raises(KeyboardInterrupt):
        w.run(900, after_poll=polls.append, sleep=sleep)
    assert [p.articles_added for p in polls] == [0, 1]
    assert all(0 < s <= 900 for s in waits)


def test_watch_runner_locked_store_skips_the_poll(tmp_path, monkeypatch) -> None:
    from eventwire.store import StoreError

    messages: list[str] = []
    w = Watcher([str(tmp_path)], FakeCoder(), str(tmp_path / "w.duckdb"),
                report=messages.append)

    def locked() -> None:
        raise StoreError("cannot open store w.duckdb: locked")

    monkeypatch.setattr(w, "poll", locked)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        w.run(60, sleep=sleep)
    assert messages == ["poll skipped, will try again: cannot open store w.duckdb: locked"]
    with pytest.raises(StoreError):
        w.run(60, once=True)


def test_watch_runner_item_without_web_link_is_skipped(server, tmp_path) -> None:
    server.routes["/odd.xml"] = Route(rss("Odd", [("x1", "file:///etc/passwd", "")]))
    w = watcher(server, tmp_path, paths=["/odd.xml"])
    w.poll()
    assert w.coder.coded == []
    assert w.messages == [f"item x1 of {server.url('/odd.xml')} skipped: no http(s) link"]
    assert table(tmp_path, "SELECT status FROM watch_items") == [("rejected",)]


def test_watch_runner_robots_txt_is_honoured(server, tmp_path) -> None:
    server.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /beta/\n",
                                         content_type="text/plain")
    w = watcher(server, tmp_path, paths=["/beta.xml"])
    w.poll()
    assert w.coder.coded == []
    assert server.hits("/beta/paris") == []
    assert f"item {server.url('/beta/paris')} failed: disallowed by the site's robots.txt" \
        in w.messages
    statuses = table(tmp_path, "SELECT DISTINCT status FROM watch_items")
    assert statuses == [("rejected",)]
