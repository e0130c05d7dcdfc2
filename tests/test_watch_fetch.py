"""The polite HTTP client against a local server: headers, 304, timeouts, retries,
redirect loops, size limits, per-host rate limit."""

from __future__ import annotations

import pytest

from eventwire import __version__
from eventwire.watch.fetch import Fetcher, FetchError, FetchOptions
from watch_server import LocalServer, Route

FAST = FetchOptions(timeout=0.5, retries=1, backoff=0.0, max_bytes=10_000,
                    max_redirects=3, min_interval=0.0)


@pytest.fixture()
def server():
    local = LocalServer()
    yield local
    local.close()


def test_watch_fetch_user_agent_and_body(server) -> None:
    server.routes["/p"] = Route(b"hello", etag='"v1"')
    fetched = Fetcher(FAST).get(server.url("/p"))
    assert (fetched.status, fetched.body, fetched.etag) == (200, b"hello", '"v1"')
    agent = server.hits("/p")[0].headers["User-Agent"]
    assert agent.startswith(f"eventwire/{__version__} ")


def test_watch_fetch_conditional_get_304(server) -> None:
    server.routes["/feed"] = Route(b"<rss/>", etag='"v1"')
    fetched = Fetcher(FAST).get(server.url("/feed"), etag='"v1"')
    assert fetched.not_modified and fetched.body == b""
    assert server.hits("/feed")[0].headers["If-None-Match"] == '"v1"'


def test_watch_fetch_last_modified_sent_back(server) -> None:
    server.routes["/feed"] = Route(b"<rss/>")
    Fetcher(FAST).get(server.url("/feed"), last_modified="Tue, 14 May 2024 08:00:00 GMT")
    headers = server.hits("/feed")[0].headers
    assert headers["If-Modified-Since"] == "Tue, 14 May 2024 08:00:00 GMT"
    assert "If-None-Match" not in headers


def test_watch_fetch_slow_server_times_out_after_retries(server) -> None:
    server.routes["/slow"] = Route(b"late", delay=1.5)
    with pytest.raises(FetchError, match=r"timed out.* \(after 2 attempts\)"):
        Fetcher(FAST).get(server.url("/slow"))
    assert len(server.hits("/slow")) == 2


def test_watch_fetch_500_is_retried_then_reported(server) -> None:
    server.routes["/err"] = Route(b"oops", status=500)
    with pytest.raises(FetchError, match=r"^HTTP 500 Internal Server Error \(after 2 attempts\)$"):
        Fetcher(FAST).get(server.url("/err"))
    assert len(server.hits("/err")) == 2


def test_watch_fetch_404_is_not_retried(server) -> None:
    with pytest.raises(FetchError, match=r"^HTTP 404 Not Found$"):
        Fetcher(FAST).get(server.url("/missing"))
    assert len(server.hits("/missing")) == 1


def test_watch_fetch_redirect_loop_refused(server) -> None:
    server.routes["/a"] = Route(status=302, location="/b")
    server.routes["/b"] = Route(status=302, location="/a")
    with pytest.raises(FetchError, match="redirect loop or too many redirects"):
        Fetcher(FAST).get(server.url("/a"))
    assert len(server.requests) <= 2 * (FAST.max_redirects + 1)


def test_watch_fetch_redirect_followed(server) -> None:
    server.routes["/old"] = Route(status=301, location="/new")
    server.routes["/new"] = Route(b"moved here")
    fetched = Fetcher(FAST).get(server.url("/old"))
    assert (fetched.url, fetched.body) == (server.url("/new"), b"moved here")


@pytest.mark.parametrize("send_length", [True, False])
def test_watch_fetch_huge_page_refused(server, send_length: bool) -> None:
    server.routes["/huge"] = Route(b"x" * 200_000, send_length=send_length)
    with pytest.raises(FetchError, match=r"response too large .*limit|over 10000 bytes"):
        Fetcher(FAST).get(server.url("/huge"))
    assert len(server.hits("/huge")) == 1


def test_watch_fetch_connection_refused_is_reported(server) -> None:
    url = server.url("/x")
    server.close()
    with pytest.raises(FetchError, match=r"cannot connect .* \(after 2 attempts\)"):
        Fetcher(FAST).get(url)


def test_watch_fetch_not_http_refused() -> None:
    with pytest.raises(FetchError, match="not an http"):
        Fetcher(FAST).get("file:///etc/passwd")


def test_watch_fetch_waits_between_requests_to_one_host(server) -> None:
    server.routes["/p"] = Route(b"ok")
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    fetcher = Fetcher(FetchOptions(min_interval=2.0, timeout=5), sleep=sleep,
                      clock=lambda: now[0])
    fetcher.get(server.url("/p"))
    fetcher.get(server.url("/p"))
    assert slept == [2.0]


def test_watch_fetch_post_json(server) -> None:
    assert Fetcher(FAST).post_json(server.url("/hook"), b'{"a": 1}') == 200
    seen = [r for r in server.requests if r.method == "POST"][0]
    assert seen.body == b'{"a": 1}' and seen.headers["Content-Type"] == "application/json"


@pytest.mark.parametrize(("headers", "waits"), [
    ({}, [0.5, 1.0]),
    ({"Retry-After": "7"}, [7.0, 7.0]),
    ({"Retry-After": "100000"}, [120.0, 120.0]),
])
def test_watch_fetch_backoff_doubles_or_follows_retry_after(server, headers, waits) -> None:
    server.routes["/busy"] = Route(b"busy", status=503, headers=headers)
    slept: list[float] = []
    options = FetchOptions(timeout=2, retries=2, backoff=0.5, min_interval=0.0)
    with pytest.raises(FetchError, match=r"^HTTP 503 Service Unavailable \(after 3 attempts\)$"):
        Fetcher(options, sleep=slept.append).get(server.url("/busy"))
    assert slept == waits


@pytest.mark.parametrize(("robots", "status", "expected"), [
    (b"User-agent: *\nDisallow: /private/\n", 200, (True, False)),
    (b"User-agent: eventwire\nDisallow: /\n\nUser-agent: *\nAllow: /\n", 200, (False, False)),
    (b"User-agent: otherbot\nDisallow: /\n", 200, (True, True)),
    (b"no", 404, (True, True)),
    (b"no", 403, (False, False)),
])
def test_watch_fetch_robots_txt(server, robots: bytes, status: int, expected) -> None:
    server.routes["/robots.txt"] = Route(robots, status=status, content_type="text/plain")
    fetcher = Fetcher(FAST)
    got = (fetcher.allowed(server.url("/news/1")), fetcher.allowed(server.url("/private/2")))
    assert got == expected
    assert len(server.hits("/robots.txt")) == 1
