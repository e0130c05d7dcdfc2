"""Validate one structured record (a JSONL object or a CSV row) into an `Article`.

Every problem raises `ReadError` with a sentence that names the field and the value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from eventwire.articles.text import ReadError, clean_text
from eventwire.records import Article

EARLIEST_PUBLISHED = dt.date(1800, 1, 1)
"""Publication dates before this are placeholders or typos (0001-01-01, 1900 typed 0900)."""
FUTURE_GRACE = dt.timedelta(days=1)
"""How far past today (UTC) a publication date may lie: time zones ahead of UTC."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")

REQUIRED_FIELDS = ("id", "text")
OPTIONAL_FIELDS = ("published", "title", "source", "url")
FIELDS = REQUIRED_FIELDS + OPTIONAL_FIELDS


def article_from_record(record: Mapping[str, Any], published: dt.date | None = None) -> Article:
    """Build an `Article` from a mapping with at least `id` and `text`.

    Args:
        record: field name to value; unknown fields are ignored. Empty strings count
            as absent (CSV has no null).
        published: publication date used when the record has none.

    Returns:
        The article; text keeps its content, with line endings normalised and control
        characters other than newline and tab removed.

    Raises:
        ReadError: a required field is missing or a field has the wrong type or value.
    """
    article_id = record_id(record)
    text = record.get("text")
    if text is None or text == "":
        raise ReadError("missing required field 'text'")
    text = clean_text(_expect_str("text", text))
    if not text.strip():
        raise ReadError("empty text")
    date = parse_published(record.get("published"))
    return Article(
        id=article_id,
        text=text,
        title=_optional_str(record, "title"),
        published=date or published,
        source=_optional_str(record, "source"),
        url=_optional_str(record, "url"),
    )


def record_id(record: Mapping[str, Any]) -> str:
    """The record's id as a string (integers are accepted and converted).

    Raises:
        ReadError: the id is missing, blank, or neither a string nor an integer.
    """
    value = record.get("id")
    if value is None or value == "":
        raise ReadError("missing required field 'id'")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise ReadError(f"field 'id' must be a string or an integer, not {json_type(value)}")
    article_id = value.strip()
    if not article_id:
        raise ReadError("field 'id' is blank")
    if _CONTROL.search(article_id):
        raise ReadError(f"field 'id' contains control characters: {article_id!r}")
    return article_id


def parse_published(value: Any) -> dt.date | None:
    """Parse a publication date given as YYYY-MM-DD or an ISO 8601 date-time.

    A date-time keeps its own calendar day (no conversion between time zones).

    Returns:
        The date, or None when the value is None or an empty string.

    Raises:
        ReadError: the value is not a string or not a valid date.
    """
    if value is None or value == "":
        return None
    text = _expect_str("published", value).strip()
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
        else:
            day = dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise ReadError(f"field 'published' is not a date: {text!r}") from None
    problem = implausible_date(day)
    if problem:
        raise ReadError(f"field 'published' {problem}")
    return day


def implausible_date(day: dt.date, today: dt.date | None = None) -> str | None:
    """Why a publication date cannot be right, or None when it is plausible.

    Args:
        day: the date.
        today: the current date (default: today in UTC).

    Returns:
        "is in the future: 2031-01-01" or "is before 1800: 0001-01-01", or None.
    """
    today = today or dt.datetime.now(dt.timezone.utc).date()
    if day > today + FUTURE_GRACE:
        return f"is in the future: {day.isoformat()}"
    if day < EARLIEST_PUBLISHED:
        return f"is before {EARLIEST_PUBLISHED.year}: {day.isoformat()}"
    return None


def _optional_str(record: Mapping[str, Any], name: str) -> str | None:
    """An optional string field, stripped; None when absent or blank."""
    value = record.get(name)
    if value is None:
        return None
    cleaned = " ".join(clean_text(_expect_str(name, value)).split())
    return cleaned or None


def _expect_str(name: str, value: Any) -> str:
    """Return `value` if it is a string, else raise a `ReadError` naming its JSON type."""
    if isinstance(value, str):
        return value
    raise ReadError(f"field {name!r} must be a string, not {json_type(value)}")


def json_type(value: Any) -> str:
    """The JSON name of a parsed value's type ("string", "number", "array" ...), for messages."""
    names = {
        bool: "boolean",
        int: "number",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
    }
    return "null" if value is None else names.get(type(value), type(value).__name__)
