"""Parse RSS 2.0, RSS 1.0 (RDF) and Atom feeds into `FeedItem`s, standard library only.

Feeds are untrusted input: a document declaring a DTD or entities (the door to
"billion laughs" and external-entity attacks) is refused before parsing, and anything
`xml.etree` cannot parse is a `FeedError` naming the line and column. Elements are
matched by local name, so namespaced variants (``dc:date``, ``atom:link``) work.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from urllib.parse import urljoin
from xml.etree import ElementTree as ET

_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT_START = re.compile(rb"<[A-Za-z_]")
_ITEM_NAMES = ("item", "entry")
_DATE_NAMES = ("pubDate", "published", "date", "issued", "updated", "modified")


class FeedError(Exception):
    """A feed that cannot be parsed; the message is the reason reported."""


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed.

    Attributes:
        key: the item's identity in its feed: its guid/id, else its link.
        url: the article's absolute URL (None when the item has no link).
        title: the item's title, whitespace-collapsed.
        published: its publication date, when the feed gives one.
    """

    key: str
    url: str | None
    title: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True)
class Feed:
    """A parsed feed: its title and items in document order."""

    title: str | None
    items: tuple[FeedItem, ...]


def parse_feed(data: bytes, base_url: str = "") -> Feed:
    """Parse an RSS or Atom document.

    Args:
        data: the raw bytes (the XML declaration gives the encoding).
        base_url: the feed's URL, against which relative links are resolved.

    Raises:
        FeedError: the document declares a DTD or entities, is not well-formed XML, or
            is neither RSS nor Atom.
    """
    if _declares_dtd(data):
        raise FeedError("refused: the feed declares a DTD or entities")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        line, column = error.position
        raise FeedError(f"malformed XML (line {line}, column {column})") from None
    if _local(root.tag) not in ("rss", "feed", "RDF"):
        raise FeedError(f"not an RSS or Atom feed (root element <{_local(root.tag)}>)")
    items = tuple(item for element in root.iter() if _local(element.tag) in _ITEM_NAMES
                  if (item := _item(element, base_url)) is not None)
    return Feed(title=_feed_title(root), items=items)


def _declares_dtd(data: bytes) -> bool:
    """True when the prolog (before the root element) declares a DTD or entities.

    NUL bytes are dropped first, so a UTF-16 document is checked too.
    """
    text = data.replace(b"\x00", b"")
    root = _ROOT_START.search(text)
    return bool(_DTD.search(text[: root.start()] if root else text))


def _local(tag: object) -> str:
    """An element's name without its namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element: ET.Element, *names: str) -> str | None:
    """The collapsed text of the first direct child with one of `names`, in that order."""
    for name in names:
        for child in element:
            if _local(child.tag) == name:
                text = " ".join("".join(child.itertext()).split())
                if text:
                    return text
    return None


def _feed_title(root: ET.Element) -> str | None:
    """The channel's (RSS) or feed's (Atom) title."""
    for element in root.iter():
        if _local(element.tag) in ("channel", "feed"):
            return _child_text(element, "title")
    return None


def _item(element: ET.Element, base_url: str) -> FeedItem | None:
    """One item or entry; None when it has neither an id nor a link."""
    link = _link(element)
    url = urljoin(base_url, link) if link else None
    key = _child_text(element, "guid", "id") or url
    if key is None:
        return None
    return FeedItem(key=key, url=url, title=_child_text(element, "title"),
                    published=parse_date(_child_text(element, *_DATE_NAMES)))


def _link(element: ET.Element) -> str | None:
    """The item's link: RSS <link>text</link>, or Atom's alternate <link href=...>."""
    fallback = None
    for child in element:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")
        if href is None:
            text = (child.text or "").strip()
            if text:
                return text
            continue
        if child.get("rel", "alternate") == "alternate":
            return href.strip()
        fallback = fallback or href.strip()
    guid = next((c for c in element if _local(c.tag) == "guid"), None)
    if guid is not None and guid.get("isPermaLink", "true") == "true":
        text = (guid.text or "").strip()
        if text.startswith(("http://", "https://")):
            return text
    return fallback


def parse_date(value: str | None) -> dt.date | None:
    """A feed date: RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core); None if unreadable."""
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None
