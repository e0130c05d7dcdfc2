"""A local HTTP server (127.0.0.1, free port, own thread) serving feeds and pages for
the watch tests, and the documents it serves (written for these tests)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """What the server answers for one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0
    etag: str | None = None
    location: str | None = None
    send_length: bool = True
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Seen:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        """Clients that time out and hang up are expected here: stay quiet."""


@dataclass
class LocalServer:
    """Serves `routes` on 127.0.0.1; records every request in `requests`."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

            def do_GET(self) -> None:  # noqa: N802
                server.requests.append(Seen("GET", self.path, dict(self.headers)))
                server.answer(self)

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length", 0))
                server.requests.append(Seen("POST", self.path, dict(self.headers),
                                            self.rfile.read(length)))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,),
                                       daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        """The absolute URL of a path on this server."""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        """Send the route's answer (404 for an unknown path)."""
        route = self.routes.get(handler.path, Route(b"not found", status=404))
        time.sleep(route.delay)
        if route.etag and handler.headers.get("If-None-Match") == route.etag:
            handler.send_response(304)
            handler.end_headers()
            return
        handler.send_response(route.status)
        handler.send_header("Content-Type", route.content_type)
        if route.etag:
            handler.send_header("ETag", route.etag)
        if route.location:
            handler.send_header("Location", self.url(route.location))
        for name, value in route.headers.items():
            handler.send_header(name, value)
        if route.send_length:
            handler.send_header("Content-Length", str(len(route.body)))
        handler.end_headers()
        handler.wfile.write(route.body)

    def hits(self, path: str) -> list[Seen]:
        """The GET requests received for a path."""
        return [r for r in self.requests if r.path == path and r.method == "GET"]

    def close(self) -> None:
        """Stop serving."""
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(title: str, items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed; items are (guid, link, pubDate)."""
    entries = "".join(
        f"<item><title>Item {guid}</title><link>{link}</link><guid>{guid}</guid>"
        f"<pubDate>{date}</pubDate><description>About {guid}</description></item>"
        for guid, link, date in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>http://example.org/</link>{entries}"
            f"</channel></rss>").encode()


def atom(title: str, entries: list[tuple[str, str, str]]) -> bytes:
    """An Atom feed; entries are (id, href, published)."""
    body = "".join(
        f'<entry><id>{eid}</id><title>Entry {eid}</title><link rel="alternate" href="{href}"/>'
        f"<published>{date}</published><updated>{date}</updated></entry>"
        for eid, href, date in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{title}</title>{body}</feed>").encode()


STORIES = {
    "kharkiv": (
        "Strike on Kharkiv power plant",
        ["Officials in the northeastern city said repair crews were working through the "
         "night to restore electricity to hospitals, water pumps and several districts "
         "that lost heating after the overnight barrage.",
         "ASSAULT RUS UKR 2024-05-14",
         "The regional governor urged residents to limit their use of electrical "
         "appliances during the evening peak while engineers assessed the damaged "
         "turbines and transformers at the site."]),
    "tokyo": (
        "Japan and United States hold talks in Tokyo",
        ["The two delegations spent most of the afternoon on export controls for "
         "advanced chips and on the schedule of joint naval exercises planned for the "
         "autumn, according to a senior diplomat.",
         "CONSULT JPN USA 2024-05-13",
         "A joint statement released after the meeting promised closer coordination "
         "on supply chains for critical minerals and a second round of talks in "
         "Washington before the end of the year."]),
    "paris": (
        "Farmers protest in Paris",
        ["Hundreds of tractors blocked the ring road around the capital for several "
         "hours as farmers demanded lower fuel taxes, simpler rules and protection "
         "from cheap imports of grain and poultry.",
         "PROTEST FRA - 2024-05-12",
         "Police said the demonstration was largely peaceful, though traffic was "
         "disrupted across the region and several supermarkets closed early as a "
         "precaution against blockades."]),
}


def page(story: str, outlet: str, dateline: str = "", extra: str = "") -> bytes:
    """An HTML news page carrying one of `STORIES`, as printed by `outlet`."""
    title, paragraphs = STORIES[story]
    body = list(paragraphs)
    if dateline:
        body[0] = f"{dateline} - {body[0]}"
    if extra:
        body.append(extra)
    html = "".join(f"<p>{p}</p>" for p in body)
    return (f'<html><head><title>{title}</title><meta property="og:site_name" '
            f'content="{outlet}"></head><body><nav><a href="/">Home</a> <a href="/world">'
            f"World</a></nav><article><h1>{title}</h1>{html}</article>"
            f"<footer>Copyright {outlet}</footer></body></html>").encode()
