"""Main text and metadata of a saved news page, extracted with trafilatura (offline)."""

from __future__ import annotations

import codecs
import datetime as dt
import re

import trafilatura
from lxml import etree
from trafilatura.settings import set_date_params

from eventwire.articles.fields import implausible_date
from eventwire.articles.text import ReadError, clean_text, decode_bytes
from eventwire.records import Article

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CHARSET_SNIFF_BYTES = 4096
MIN_WORDS = 5
"""Fewest words of extracted text that make an article (a page of menus yields "Home")."""


def decode_html(data: bytes, name: str = "") -> str:
    """Decode a page: UTF-8 or UTF-16 with BOM, else the charset its <meta> declares
    (else Windows-1252, see `decode_bytes`); `name` is the file, for warnings.

    Raises:
        ReadError: empty, binary, or not decodable.
    """
    return decode_bytes(data, fallback=declared_charset(data), name=name)


def declared_charset(data: bytes) -> str | None:
    """The charset declared in the page's first bytes, if Python knows it."""
    match = _CHARSET.search(data[:_CHARSET_SNIFF_BYTES])
    if not match:
        return None
    name = match.group(1).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def article_from_html(markup: str, article_id: str, published: dt.date | None = None) -> Article:
    """Extract the article body, title, date, site name and URL from a page.

    Boilerplate (navigation, footers, comments, tables) is left out; paragraphs are
    separated by a blank line. Nothing is fetched from the network.

    Args:
        markup: the page's HTML.
        article_id: id of the article.
        published: date used when the page declares none.

    Raises:
        ReadError: "no article text found in HTML" (fewer than `MIN_WORDS` words once
            boilerplate is left out), or the page cannot be parsed.
    """
    try:
        document = trafilatura.bare_extraction(
            markup,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            date_extraction_params=set_date_params(extensive=False),
        )
    except (ValueError, TypeError, etree.LxmlError) as error:
        raise ReadError(f"HTML could not be parsed ({error})") from None
    body = clean_text(getattr(document, "text", None) or "").strip()
    if len(body.split()) < MIN_WORDS:
        raise ReadError("no article text found in HTML")
    return Article(
        id=article_id,
        text=re.sub(r"\n+", "\n\n", body),
        title=_metadata(document, "title"),
        published=_page_date(_metadata(document, "date")) or published,
        source=_metadata(document, "sitename"),
        url=_metadata(document, "url"),
    )


def _metadata(document: object, name: str) -> str | None:
    """One metadata field of trafilatura's document, whitespace-collapsed, or None."""
    value = getattr(document, name, None)
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _page_date(value: str | None) -> dt.date | None:
    """The page's date (trafilatura gives YYYY-MM-DD); None when absent, invalid or
    implausible (in the future, or before 1800)."""
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return None if implausible_date(day) else day
