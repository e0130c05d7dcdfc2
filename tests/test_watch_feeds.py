"""Feed parsing: RSS 2.0, Atom, RDF; dates, links; hostile and broken documents refused."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.watch.feeds import FeedError, parse_date, parse_feed
from watch_server import atom, rss


def test_watch_feeds_rss_items_in_order() -> None:
    data = rss("Alpha Wire", [("a1", "http://h/a1", "Tue, 14 May 2024 08:00:00 GMT"),
                              ("a2", "http://h/a2", "not a date")])
    feed = parse_feed(data)
    assert feed.title == "Alpha Wire"
    assert [(i.key, i.url, i.title, i.published) for i in feed.items] == [
        ("a1", "http://h/a1", "Item a1", dt.date(2024, 5, 14)),
        ("a2", "http://h/a2", "Item a2", None),
    ]


def test_watch_feeds_atom_alternate_link_resolved_against_base() -> None:
    data = atom("Beta", [("urn:b1", "/news/b1", "2024-05-13T23:30:00Z")])
    feed = parse_feed(data, "http://news.example/feed.xml")
    item = feed.items[0]
    assert (feed.title, item.key, item.url) == ("Beta", "urn:b1", "http://news.example/news/b1")
    assert item.published == dt.date(2024, 5, 13)


def test_watch_feeds_rdf_and_dublin_core_date() -> None:
    data = b"""<?xml version="1.0"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
             xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Gamma</title></channel>
      <item><title>One</title><link>http://g/1</link><dc:date>2024-05-12</dc:date></item>
    </rdf:RDF>"""
    item = parse_feed(data).items[0]
    assert (item.key, item.url, item.published) == ("http://g/1", "http://g/1",
                                                    dt.date(2024, 5, 12))


def test_watch_feeds_item_without_id_or_link_is_skipped() -> None:
    data = b"<rss><channel><item><title>Lost</title></item></channel></rss>"
    assert parse_feed(data).items == ()


@pytest.mark.parametrize("data", [
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><rss>&lol;</rss>',
    b'<!doctype rss SYSTEM "http://evil/x.dtd"><rss/>',
    '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE x><rss/>'.encode("utf-16"),
])
def test_watch_feeds_dtd_and_entities_refused(data: bytes) -> None:
    with pytest.raises(FeedError, match="refused: the feed declares a DTD or entities"):
        parse_feed(data)


def test_watch_feeds_malformed_xml_names_position() -> None:
    with pytest.raises(FeedError, match=r"malformed XML \(line 1, column \d+\)"):
        parse_feed(b"<rss><channel><item></channel></rss>")


def test_watch_feeds_html_is_not_a_feed() -> None:
    with pytest.raises(FeedError, match=r"not an RSS or Atom feed \(root element <html>\)"):
        parse_feed(b"<html><body>hi</body></html>")


@pytest.mark.parametrize(("text", "expected"), [
    ("Tue, 14 May 2024 08:00:00 +0000", dt.date(2024, 5, 14)),
    ("2024-05-14T08:00:00+02:00", dt.date(2024, 5, 14)),
    ("2024-05-14", dt.date(2024, 5, 14)),
    ("yesterday", None),
    (None, None),
])
def test_watch_feeds_parse_date(text: str | None, expected: dt.date | None) -> None:
    assert parse_date(text) == expected
