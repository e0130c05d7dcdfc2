"""Bytes to clean text: decoding with exact error messages, line streaming, cleaning.

Every problem is raised as `ReadError` whose message is the rejection reason, so the
readers can turn it into a `Rejection` without rewording it.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, TextIO

log = logging.getLogger(__name__)

SNIFF_BYTES = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
LEGACY_ENCODING = "cp1252"
"""Encoding of text that is not UTF-8 (Windows-1252: Latin-1's letters plus smart quotes,
dashes and the euro sign; what browsers use for pages labelled latin-1)."""
MAX_LINE_BYTES = 64 * 1024 * 1024
"""Longest line of a line-oriented file (JSONL, CSV) read; longer lines are rejected
without being held in memory."""
_LINE_BREAKS = re.compile(r"\r\n?")


class ReadError(Exception):
    """An input that cannot be read; the message is the rejection reason."""

    @property
    def reason(self) -> str:
        """The rejection reason (the exception message)."""
        return str(self)


@dataclass(frozen=True)
class Line:
    """One decoded line of a line-oriented file.

    Attributes:
        number: 1-based line number.
        text: the line with its end-of-line characters normalised to a single "\\n".
        error: why the line could not be decoded (then `text` holds a lossy decoding).
    """

    number: int
    text: str
    error: str | None = None


def content_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of the SHA-1 of its UTF-8 bytes.

    Line endings are normalised first, so the same article saved on Windows and on
    Unix gets the same id.

    Args:
        text: the article text.

    Returns:
        16 lowercase hexadecimal characters.
    """
    normalised = _LINE_BREAKS.sub("\n", text)
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:16]


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR line endings into LF."""
    return _LINE_BREAKS.sub("\n", text)


def clean_text(text: str) -> str:
    """Normalise line endings and drop control characters other than newline and tab.

    Unpaired surrogates (from JSON escapes such as "\\ud800", which cannot be stored
    as UTF-8) become U+FFFD, one character for one. Nothing else is touched, so
    character offsets stay meaningful to the user.
    """
    return _SURROGATES.sub("\ufffd", _CONTROL_CHARS.sub("", normalise_newlines(text)))


def utf8_error(data: bytes, error: UnicodeDecodeError, base: int = 0) -> str:
    """The reason for a UTF-8 decoding failure, naming the byte and its offset.

    Args:
        data: the bytes that failed to decode.
        error: the error raised by `bytes.decode`.
        base: offset of `data` in the file, so the reported offset is file-relative.
    """
    byte = data[error.start]
    return f"not valid UTF-8 (byte 0x{byte:02x} at offset {base + error.start})"


def decode_bytes(data: bytes, fallback: str | None = None, name: str = "") -> str:
    """Decode a whole file: UTF-8 with or without BOM, or UTF-16 with BOM.

    Bytes that are not UTF-8 are decoded with `fallback` (an HTML page's declared
    charset) when given, else line by line: UTF-8 lines as UTF-8, the others as
    `LEGACY_ENCODING` (Windows-1252, which covers Latin-1 text and "smart quotes"),
    with a warning naming the first bad byte. Bytes that fit neither are rejected.

    Args:
        data: the file's bytes.
        fallback: the encoding to use when the bytes are not UTF-8.
        name: the file, for the warning.

    Returns:
        The text with line endings normalised to "\\n".

    Raises:
        ReadError: "empty file", "binary file", or a decoding failure.
    """
    if not data or data in (codecs.BOM_UTF8, *_UTF16_BOMS):
        raise ReadError("empty file")
    if data.startswith(_UTF16_BOMS):
        try:
            return normalise_newlines(data.decode("utf-16"))
        except UnicodeDecodeError as error:
            raise ReadError(f"not valid UTF-16 ({error.reason} at offset {error.start})") from None
    if b"\x00" in data:
        raise ReadError("binary file")
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return normalise_newlines(data[bom:].decode("utf-8"))
    except UnicodeDecodeError as error:
        reason = utf8_error(data[bom:], error, base=bom)
    encoding = fallback or LEGACY_ENCODING
    try:
        if fallback:
            text = data.decode(fallback)
        else:
            text = "".join(_legacy_line(line) for line in data[bom:].splitlines(keepends=True))
    except UnicodeDecodeError:
        raise ReadError(f"{reason}; not valid {encoding} either") from None
    if not fallback:  # a guess, unlike a page's declared charset
        log.warning("%s: %s; decoded as %s", name or "input", reason, encoding)
    return normalise_newlines(text)


def _legacy_line(line: bytes) -> str:
    """A line decoded as UTF-8, or else as `LEGACY_ENCODING` (which may raise)."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode(LEGACY_ENCODING)


def iter_lines(stream: IO[Any], name: str = "") -> Iterator[Line]:
    """Stream the lines of a file or of stdin, decoded, one at a time.

    A binary stream is decoded as UTF-8 (with or without BOM) line by line, so one bad
    line does not stop the file (a line that is not UTF-8 is decoded as Windows-1252
    with a warning naming `name`, or reported as an error when it is not that either);
    a UTF-16 stream (BOM) is decoded as a whole stream.
    A text stream is used as is.

    Raises:
        ReadError: "empty file" or "binary file" (checked on the first bytes).
    """
    if not isinstance(stream, (io.RawIOBase, io.BufferedIOBase)):
        yield from _text_lines(stream)  # type: ignore[arg-type]
        return
    if not isinstance(stream, io.BufferedReader):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    if not head or head in (codecs.BOM_UTF8, *_UTF16_BOMS):
        raise ReadError("empty file")
    if head.startswith(_UTF16_BOMS):
        yield from _text_lines(io.TextIOWrapper(stream, encoding="utf-16", newline=""))
        return
    if b"\x00" in head:
        raise ReadError("binary file")
    yield from _utf8_lines(stream, name)


def _utf8_lines(stream: BinaryIO, name: str) -> Iterator[Line]:
    """Decode a binary stream line by line (UTF-8, else Windows-1252), errors per line."""
    offset = 0
    for number, raw in enumerate(_bounded_lines(stream), start=1):
        if raw is None:
            yield Line(number, "", f"line longer than {MAX_LINE_BYTES // 2**20} MiB")
            continue
        data = raw[3:] if number == 1 and raw.startswith(codecs.BOM_UTF8) else raw
        base = offset + len(raw) - len(data)
        offset += len(raw)
        try:
            yield Line(number, _strip_eol(data.decode("utf-8")))
        except UnicodeDecodeError as error:
            yield _legacy_or_error(number, data, utf8_error(data, error, base), name)


def _legacy_or_error(number: int, data: bytes, reason: str, name: str) -> Line:
    """A line that is not UTF-8: decoded as `LEGACY_ENCODING` with a warning, or an error."""
    try:
        text = data.decode(LEGACY_ENCODING)
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        return Line(number, _strip_eol(text), f"{reason}; not valid {LEGACY_ENCODING} either")
    log.warning("%s line %d: %s; decoded as %s", name or "input", number, reason,
                LEGACY_ENCODING)
    return Line(number, _strip_eol(text))


def _bounded_lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The raw lines of a stream; None for a line over `MAX_LINE_BYTES`, which is skipped
    in chunks so it is never held in memory whole."""
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        if len(raw) <= MAX_LINE_BYTES or raw.endswith(b"\n"):
            yield raw
            continue
        while raw and not raw.endswith(b"\n"):
            raw = stream.readline(SNIFF_BYTES * 128)
        yield None


def _text_lines(stream: TextIO) -> Iterator[Line]:
    """Number the lines of a text stream; a decoding failure ends the stream."""
    number = 0
    try:
        for number, raw in enumerate(stream, start=1):
            yield Line(number, _strip_eol(raw))
    except UnicodeDecodeError as error:
        yield Line(number + 1, "", f"not valid {error.encoding} ({error.reason})")


def _strip_eol(line: str) -> str:
    """Replace the line's end-of-line characters with a single newline."""
    stripped = line.rstrip("\r\n")
    return stripped + "\n" if len(stripped) != len(line) else stripped
