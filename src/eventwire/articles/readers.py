"""Read articles from .txt, .html, .jsonl, .json, .csv files, directories and stdin.

`read_articles` streams: line-oriented files are read one line at a time, so a corpus
of any size can be coded in constant memory (apart from the set of ids seen, kept to
reject duplicates). Bad input never stops the run: each problem becomes a read-stage
`Rejection` with a specific reason.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any, TextIO

from eventwire.articles.fields import article_from_record, json_type, record_id
from eventwire.articles.html import article_from_html, decode_html
from eventwire.articles.language import not_english
from eventwire.articles.sources import Source, iter_sources
from eventwire.articles.text import (
    MAX_LINE_BYTES,
    Line,
    ReadError,
    clean_text,
    decode_bytes,
    iter_lines,
)
from eventwire.records import Article, Rejection

MAX_FILE_BYTES = MAX_LINE_BYTES
"""Largest one-document file (.txt, .html, .json) read; a larger one is rejected unread."""
CSV_FIELD_LIMIT = 64 * 1024 * 1024
"""Longest CSV field accepted, in characters (the csv module's default, 128 KiB, is
shorter than some articles)."""

Result = Article | Rejection
Located = tuple[Result, str]
"""A result with where it came from (a path, or "path:line N"), for duplicate messages."""


def read_articles(
    inputs: Sequence[str],
    published: dt.date | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Article | Rejection]:
    """Stream the articles of all inputs, in order, with a rejection for each bad record.

    Args:
        inputs: file paths, directory paths, or "-" for JSON Lines on stdin.
        published: publication date for articles whose input gives none.
        stdin: the stream read for "-" (default `sys.stdin`).

    Yields:
        An `Article` per good record, or a `Rejection` (stage "read") naming the file,
        the line ("path:line N") or the record's id, with the reason. Never raises for
        bad input. A second article with an id already seen is rejected, and so is
        an article that is not in English (`eventwire.articles.language`).
    """
    first_seen: dict[str, str] = {}
    for source in iter_sources(inputs):
        if isinstance(source, Rejection):
            yield source
            continue
        for result, where in _read_source(source, published, stdin):
            yield _unique(_english(result), where, first_seen)


def _english(result: Result) -> Result:
    """Reject an article that is not in English (`eventwire.articles.language`)."""
    if isinstance(result, Rejection):
        return result
    reason = not_english(result.full_text)
    return result if reason is None else _reject(result.id, reason)


def _unique(result: Result, where: str, first_seen: dict[str, str]) -> Result:
    """Reject an article whose id was seen before; remember the id otherwise."""
    if isinstance(result, Rejection):
        return result
    first = first_seen.get(result.id)
    if first is None:
        first_seen[result.id] = where
        return result
    return _reject(result.id, f"duplicate id in {where} (first seen in {first})")


def _read_source(
    source: Source, published: dt.date | None, stdin: TextIO | None
) -> Iterator[Located]:
    """Read one input; a problem with the input as a whole becomes one rejection."""
    try:
        if source.kind == "stdin":
            stream = sys.stdin if stdin is None else stdin
            yield from _read_jsonl(source.path, getattr(stream, "buffer", stream), published)
        elif source.kind in ("jsonl", "csv"):
            reader = _read_jsonl if source.kind == "jsonl" else _read_csv
            with open(source.path, "rb") as binary:
                yield from reader(source.path, binary, published)
        else:
            yield from _read_whole_file(source, published)
    except ReadError as error:
        yield _reject(source.path, error.reason), source.path
    except OSError as error:
        yield _reject(source.path, f"cannot read file ({error.strerror})"), source.path


def _read_whole_file(source: Source, published: dt.date | None) -> Iterator[Located]:
    """Read a one-document file: .txt, .html or .json."""
    with open(source.path, "rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(f"file larger than {MAX_FILE_BYTES // 2**20} MiB")
    if source.kind == "html":
        markup = decode_html(data, source.path)
        yield article_from_html(markup, source.default_id, published), source.path
    elif source.kind == "json":
        yield from _read_json(source.path, decode_bytes(data, name=source.path), published)
    else:
        text = decode_bytes(data, name=source.path)
        yield _article_from_txt(text, source.default_id, published), source.path


def _article_from_txt(text: str, article_id: str, published: dt.date | None) -> Article:
    """A plain-text article: the whole file is the text, kept as is (no title)."""
    text = clean_text(text)
    if not text.strip():
        raise ReadError("empty text")
    return Article(id=article_id, text=text, published=published)


def _read_jsonl(path: str, stream: IO[Any], published: dt.date | None) -> Iterator[Located]:
    """One article per line; blank lines are skipped, bad lines rejected one by one."""
    records = lines = 0
    for line in iter_lines(stream, path):
        lines += 1
        if not line.text.strip() and line.error is None:
            continue
        records += 1
        where = f"{path}:line {line.number}"
        if line.error is not None:
            yield _reject(where, f"line {line.number}: {line.error}"), where
            continue
        try:
            record = json.loads(line.text)
        except json.JSONDecodeError as error:
            reason = f"line {line.number}: invalid JSON ({error.msg} at column {error.colno})"
            yield _reject(where, reason), where
            continue
        yield _from_record(record, where, f"line {line.number}", published), where
    if not records:
        raise ReadError("no records (only blank lines)" if lines else "empty file")


def _read_json(path: str, text: str, published: dt.date | None) -> Iterator[Located]:
    """A .json file: one article object, or a list of them."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReadError(
            f"invalid JSON ({error.msg} at line {error.lineno} column {error.colno})"
        ) from None
    if isinstance(document, dict):
        yield _from_record(document, path, "", published), path
        return
    if not isinstance(document, list):
        raise ReadError(f"expected a JSON object or array, found {json_type(document)}")
    if not document:
        raise ReadError("no records (empty array)")
    if not any(isinstance(item, Mapping) for item in document):
        raise ReadError(f"expected an array of objects, found an array of {json_type(document[0])}")
    for number, record in enumerate(document, start=1):
        where = f"{path}:item {number}"
        yield _from_record(record, where, f"item {number}", published), where


def _read_csv(path: str, stream: IO[Any], published: dt.date | None) -> Iterator[Located]:
    """One article per CSV row; the header names the fields (id and text required)."""
    rows = _csv_rows(stream, path)
    header = next(rows, None)
    if header is None:
        raise ReadError("no records (only blank lines)")
    if header[2] is not None:
        raise ReadError(f"line {header[0]}: {header[2]}")
    columns = [name.strip().lower() for name in header[1]]
    for name in ("id", "text"):
        if name not in columns:
            raise ReadError(f"missing required column {name!r}")
    records = 0
    for number, row, error in rows:
        records += 1
        where = f"{path}:line {number}"
        if error is not None:
            yield _reject(where, f"line {number}: {error}"), where
        elif len(row) != len(columns):
            reason = f"line {number}: expected {len(columns)} fields, found {len(row)}"
            yield _reject(where, reason), where
        else:
            record = dict(zip(columns, row, strict=True))
            yield _from_record(record, where, f"line {number}", published), where
    if not records:
        raise ReadError("no records (header only)")


def _csv_rows(stream: IO[Any], path: str) -> Iterator[tuple[int, list[str], str | None]]:
    """Non-blank CSV rows as (first line number, fields, error or None).

    The CSV is parsed strictly. A record with broken quoting (a quote never closed, text
    after a closing quote) is reported at its first line with no fields, and parsing
    starts again on the line after it, so a broken quote swallows no later record.
    """
    # The limit is interpreter-wide; it is only ever raised, so other csv users are unaffected.
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    lines = _Rewindable(iter_lines(stream, path))
    while True:
        try:
            for row in csv.reader(lines, strict=True):
                taken, lines.taken = lines.taken, []
                bad = next((line.error for line in taken if line.error is not None), None)
                if any(field.strip() for field in row) or bad:
                    yield taken[0].number, row, bad
            return
        except csv.Error as error:
            first = lines.taken[0].number
            lines.rewind(1)
            yield first, [], f"invalid CSV ({error})"


class _Rewindable:
    """Lines fed to `csv.reader`, remembering those of the record being parsed.

    Attributes:
        taken: the lines read since the last complete record.
    """

    def __init__(self, lines: Iterator[Line]) -> None:
        self._lines = lines
        self._back: deque[Line] = deque()
        self.taken: list[Line] = []

    def __iter__(self) -> _Rewindable:
        return self

    def __next__(self) -> str:
        line = self._back.popleft() if self._back else next(self._lines)
        self.taken.append(line)
        return line.text

    def rewind(self, skip: int) -> None:
        """Read the taken lines again, except the first `skip` of them."""
        self._back.extendleft(reversed(self.taken[skip:]))
        self.taken = []


def _from_record(record: Any, where: str, label: str, published: dt.date | None) -> Result:
    """Validate one parsed record; a rejection is named by the record's id if it has one."""
    prefix = f"{label}: " if label else ""
    if not isinstance(record, Mapping):
        return _reject(where, f"{prefix}expected a JSON object, found {json_type(record)}")
    try:
        return article_from_record(record, published)
    except ReadError as error:
        return _reject(_id_or(record, where), prefix + error.reason)


def _id_or(record: Mapping[str, Any], where: str) -> str:
    """The record's id if it has a valid one, else its location."""
    try:
        return record_id(record)
    except ReadError:
        return where


def _reject(article_id: str, reason: str) -> Rejection:
    """A read-stage rejection."""
    return Rejection(article_id=article_id, stage="read", reason=reason)
