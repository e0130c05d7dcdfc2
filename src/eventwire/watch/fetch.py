"""Polite HTTP fetching for the watcher: one `Fetcher` per run, standard library only.

Every request carries a User-Agent naming eventwire and its version, has a timeout (per
socket operation and for the whole body), is retried with exponential backoff on
connection errors, timeouts, 429 and 5xx answers (waiting as long as a Retry-After
header in seconds asks, up to `MAX_RETRY_AFTER`), follows at most `max_redirects`
redirects, refuses bodies larger than `max_bytes`, and waits `min_interval` seconds
between two requests to the same host. `Fetcher.allowed` reads each host's robots.txt
(again after `ROBOTS_TTL`) and says whether a page may be fetched. Conditional GET:
pass the validators of the last answer (ETag, Last-Modified) and a 304 comes back as
`Fetched(not_modified=True)`. Every failure is a `FetchError` whose message says what
went wrong.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from eventwire import __version__

USER_AGENT = f"eventwire/{__version__} (+https://github.com/eventwire/eventwire; news monitor)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
ROBOTS_TTL = 24 * 3600.0
"""Seconds a host's robots.txt is kept before it is read again."""
MAX_RETRY_AFTER = 120.0
"""Longest wait honoured from a Retry-After header, in seconds."""
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A URL that could not be fetched; the message is the reason reported."""


@dataclass(frozen=True)
class FetchOptions:
    """How politely and defensively to fetch.

    Attributes:
        timeout: seconds for each socket operation and for reading the whole body.
        retries: extra attempts after a retryable failure.
        backoff: seconds before the first retry; doubled for each further one.
        max_bytes: largest body accepted.
        max_redirects: most redirects followed for one request.
        min_interval: seconds between two requests to the same host.
        user_agent: the User-Agent header.
    """

    timeout: float = 20.0
    retries: int = 2
    backoff: float = 2.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    min_interval: float = 1.0
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Fetched:
    """One answer: the final URL, the body and the validators for the next request."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


class _Retryable(FetchError):
    """A failure worth another attempt (timeout, connection error, 429, 5xx).

    Attributes:
        wait: seconds the server asked us to wait (Retry-After), if it did.
    """

    def __init__(self, message: str, wait: float | None = None) -> None:
        super().__init__(message)
        self.wait = wait


def _redirect_handler(limit: int) -> urllib.request.HTTPRedirectHandler:
    """A redirect handler that follows at most `limit` redirects."""
    handler = urllib.request.HTTPRedirectHandler()
    handler.max_redirections = limit
    handler.max_repeats = min(handler.max_repeats, limit)
    return handler


@dataclass
class Fetcher:
    """Fetches URLs under `FetchOptions`; remembers when each host was last asked."""

    options: FetchOptions = field(default_factory=FetchOptions)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _last: dict[str, float] = field(default_factory=dict, repr=False)
    _opener: Any = field(default=None, repr=False)
    _robots: dict[str, tuple[float, RobotFileParser]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._opener = urllib.request.build_opener(
            _redirect_handler(self.options.max_redirects))

    def get(self, url: str, etag: str | None = None,
            last_modified: str | None = None) -> Fetched:
        """GET a URL, conditionally when validators are given.

        Raises:
            FetchError: after the retries, with the last reason.
        """
        headers = {"Accept": "*/*"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._with_retries(url, lambda: self._once(url, headers, None))

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets eventwire fetch `url`.

        A missing robots.txt (or one that cannot be fetched) allows everything; one
        answered with 401 or 403 allows nothing.
        """
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        cached = self._robots.get(root)
        if cached is None or self.clock() - cached[0] > ROBOTS_TTL:
            cached = (self.clock(), self._read_robots(root))
            self._robots[root] = cached
        return cached[1].can_fetch(self.options.user_agent, url)

    def _read_robots(self, root: str) -> RobotFileParser:
        """The rules of one host's robots.txt."""
        rules = RobotFileParser(f"{root}/robots.txt")
        try:
            fetched = self.get(f"{root}/robots.txt")
        except FetchError as error:
            if str(error).startswith(("HTTP 401", "HTTP 403")):
                rules.disallow_all = True
            else:
                rules.allow_all = True
            return rules
        rules.parse(fetched.body.decode("utf-8", "replace").splitlines())
        return rules

    def post_json(self, url: str, payload: bytes) -> int:
        """POST a JSON body (an alert to a webhook); the answer's status.

        Raises:
            FetchError: after the retries, with the last reason.
        """
        headers = {"Content-Type": "application/json"}
        return self._with_retries(url, lambda: self._once(url, headers, payload)).status

    def _with_retries(self, url: str, attempt: Callable[[], Fetched]) -> Fetched:
        """Run `attempt`, retrying retryable failures with exponential backoff."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"not an http(s) URL: {url}")
        for number in range(self.options.retries + 1):
            try:
                return attempt()
            except _Retryable as error:
                if number == self.options.retries:
                    tries = self.options.retries + 1
                    raise FetchError(f"{error} (after {tries} attempts)") from None
                backoff = self.options.backoff * 2**number
                self.sleep(backoff if error.wait is None else min(error.wait, MAX_RETRY_AFTER))
        raise AssertionError("unreachable")

    def _wait_for_host(self, url: str) -> None:
        """Sleep until `min_interval` has passed since the last request to the host."""
        host = urlsplit(url).netloc.lower()
        last = self._last.get(host)
        if last is not None:
            wait = last + self.options.min_interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _once(self, url: str, headers: dict[str, str], data: bytes | None) -> Fetched:
        """One request; errors sorted into retryable and final."""
        self._wait_for_host(url)
        request = urllib.request.Request(url, data=data, headers=headers)
        request.add_header("User-Agent", self.options.user_agent)
        try:
            with self._opener.open(request, timeout=self.options.timeout) as response:
                body = self._read(response)
                return _fetched(response, body)
        except urllib.error.HTTPError as error:
            return _http_error(error, url)
        except urllib.error.URLError as error:
            raise _Retryable(f"cannot connect ({_reason(error.reason)})") from None
        except (TimeoutError, socket.timeout):
            raise _Retryable(f"timed out after {self.options.timeout:g}s") from None
        except (ConnectionError, OSError) as error:
            raise _Retryable(f"connection failed ({_reason(error)})") from None

    def _read(self, response: Any) -> bytes:
        """The body, refusing more than `max_bytes` and bodies slower than the timeout."""
        limit = self.options.max_bytes
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > limit:
            raise FetchError(f"response too large ({int(length)} bytes; limit {limit})")
        deadline = self.clock() + self.options.timeout
        chunks: list[bytes] = []
        size = 0
        while chunk := response.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise FetchError(f"response too large (over {limit} bytes)")
            if self.clock() > deadline:
                raise _Retryable(f"timed out after {self.options.timeout:g}s reading the body")
            chunks.append(chunk)
        return b"".join(chunks)


def _fetched(response: Any, body: bytes) -> Fetched:
    """A `Fetched` from a successful response."""
    headers = response.headers
    return Fetched(url=response.geturl(), status=response.status, body=body,
                   content_type=headers.get("Content-Type", ""), etag=headers.get("ETag"),
                   last_modified=headers.get("Last-Modified"))


def _http_error(error: urllib.error.HTTPError, url: str) -> Fetched:
    """A 304 as `not_modified`; anything else raised as a (retryable or final) error."""
    with error:
        if error.code == 304:
            return Fetched(url=url, status=304, not_modified=True,
                           etag=error.headers.get("ETag"),
                           last_modified=error.headers.get("Last-Modified"))
        if error.code in (301, 302, 303, 307, 308):
            raise FetchError("redirect loop or too many redirects")
        message = f"HTTP {error.code} {error.reason}".rstrip()
        if error.code in RETRY_STATUSES:
            raise _Retryable(message, _retry_after(error.headers.get("Retry-After")))
        raise FetchError(message)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header given in seconds (HTTP dates are ignored)."""
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


def _reason(reason: object) -> str:
    """A short text for a socket-level error."""
    if isinstance(reason, TimeoutError | socket.timeout):
        return "timed out"
    return str(getattr(reason, "strerror", None) or reason)
