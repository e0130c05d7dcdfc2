"""Bytes to clean text: decoding with exact error messages, line streaming, cleaning.

Every problem is raised as `ReadError` whose message is the rejection reason, so the
readers can turn it into a `Rejection` without rewording it.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, TextIO

SNIFF_BYTES = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
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

    Nothing else is touched, so character offsets stay meaningful to the user.
    """
    return _CONTROL_CHARS.sub("", normalise_newlines(text))


def utf8_error(data: bytes, error: UnicodeDecodeError, base: int = 0) -> str:
    """The reason for a UTF-8 decoding failure, naming the byte and its offset.

    Args:
        data: the bytes that failed to decode.
        error: the error raised by `bytes.decode`.
        base: offset of `data` in the file, so the reported offset is file-relative.
    """
    byte = data[error.start]
    return f"not valid UTF-8 (byte 0x{byte:02x} at offset {base + error.start})"


def decode_bytes(data: bytes, fallback: str | None = None) -> str:
    """Decode a whole file: UTF-8 with or without BOM, or UTF-16 with BOM.

    Args:
        data: the file's bytes.
        fallback: an encoding to try when the bytes are not UTF-8 (an HTML page's
            declared charset); None to reject non-UTF-8 input.

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
        if fallback is None:
            raise ReadError(reason) from None
        try:
            return normalise_newlines(data.decode(fallback))
        except UnicodeDecodeError:
            raise ReadError(f"{reason}; not valid {fallback} either") from None


def iter_lines(stream: IO[Any]) -> Iterator[Line]:
    """Stream the lines of a file or of stdin, decoded, one at a time.

    A binary stream is decoded as UTF-8 (with or without BOM) line by line, so one bad
    line does not stop the file; a UTF-16 stream (BOM) is decoded as a whole stream.
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
    yield from _utf8_lines(stream)


def _utf8_lines(stream: BinaryIO) -> Iterator[Line]:
    """Decode a binary stream line by line, reporting bad bytes per line."""
    offset = 0
    for number, raw in enumerate(stream, start=1):
        data = raw[3:] if number == 1 and raw.startswith(codecs.BOM_UTF8) else raw
        base = offset + len(raw) - len(data)
        offset += len(raw)
        try:
            yield Line(number, _strip_eol(data.decode("utf-8")))
        except UnicodeDecodeError as error:
            text = _strip_eol(data.decode("utf-8", errors="replace"))
            yield Line(number, text, utf8_error(data, error, base))


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
