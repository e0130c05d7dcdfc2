"""Expand the command-line inputs (files, directories, "-") into the files to read.

Directories are walked recursively in sorted order, hidden entries skipped, symbolic
links to directories followed once: a link back to a directory already read (a loop, or
a second link to the same place) is reported instead of followed.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from eventwire.records import Rejection

STDIN = "-"
STDIN_NAME = "<stdin>"
SUFFIX_KINDS = MappingProxyType(
    {
        ".txt": "txt",
        ".html": "html",
        ".htm": "html",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".json": "json",
        ".csv": "csv",
    }
)
SUPPORTED_SUFFIXES = frozenset(SUFFIX_KINDS)


@dataclass(frozen=True)
class Source:
    """One input to read.

    Attributes:
        path: the path as the user will see it in rejections ("<stdin>" for "-").
        kind: "txt", "html", "jsonl", "json", "csv" or "stdin".
        default_id: id of a one-article file: its stem, or for a file found in a
            directory its path relative to that directory without the suffix (so
            a/index.html and b/index.html get different ids).
    """

    path: str
    kind: str
    default_id: str = ""


def iter_sources(inputs: Iterable[str]) -> Iterator[Source | Rejection]:
    """The files named by `inputs`, in order, each directory expanded in sorted order.

    Yields:
        A `Source` per readable input, or a read `Rejection` for a missing path, an
        unsupported file type, a broken link or a directory that cannot be listed.
    """
    seen_dirs: dict[str, str] = {}
    for name in inputs:
        if name == STDIN:
            yield Source(STDIN_NAME, "stdin")
            continue
        path = Path(name)
        if path.is_dir():
            seen_dirs[os.path.realpath(path)] = name
            yield from _walk(path, path, seen_dirs)
        elif path.exists():  # a regular file, or a named pipe / device streamed as one
            yield _file_source(path, path.stem)
        elif path.is_symlink():
            yield _rejection(name, "broken symbolic link")
        else:
            yield _rejection(name, "no such file or directory")


def suffix_kind(path: Path) -> str | None:
    """The input kind for a file name, by suffix (case-insensitive), or None."""
    return SUFFIX_KINDS.get(path.suffix.lower())


def _file_source(path: Path, default_id: str) -> Source | Rejection:
    """A `Source` for a file named explicitly, or a rejection of its type."""
    kind = suffix_kind(path)
    if kind is None:
        what = f"'{path.suffix}'" if path.suffix else "(no file name suffix)"
        return _rejection(str(path), f"unsupported file type {what}")
    return Source(str(path), kind, default_id)


def _walk(directory: Path, root: Path, seen_dirs: dict[str, str]) -> Iterator[Source | Rejection]:
    """Sources under `directory`, depth first, entries sorted by name."""
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as error:
        yield _rejection(str(directory), f"cannot read directory ({error.strerror})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = directory / entry.name
        kind = _entry_type(entry)
        if kind == "dir":
            yield from _enter(path, root, seen_dirs)
        elif suffix_kind(path) is None:
            continue
        elif kind == "file":
            yield Source(str(path), suffix_kind(path) or "", _relative_id(path, root))
        elif kind != "other":
            yield _rejection(str(path), kind)


def _entry_type(entry: os.DirEntry) -> str:
    """"dir", "file", "other" (a device, a socket ...), or why the entry cannot be read.

    A link to a link to itself makes `is_dir` raise (ELOOP); that and a dangling link
    are reasons, not crashes.
    """
    try:
        if entry.is_dir():
            return "dir"
        if entry.is_file():
            return "file"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself)"
        return f"cannot read ({error.strerror})"
    return "broken symbolic link" if entry.is_symlink() else "other"


def _enter(path: Path, root: Path, seen_dirs: dict[str, str]) -> Iterator[Source | Rejection]:
    """Walk a subdirectory unless its real path was read already."""
    real = os.path.realpath(path)
    first = seen_dirs.get(real)
    if first is None:
        seen_dirs[real] = str(path)
        yield from _walk(path, root, seen_dirs)
    elif Path(os.path.realpath(path.parent)).is_relative_to(real):
        yield _rejection(str(path), f"symbolic link loop (points back to {first})")
    else:
        yield _rejection(str(path), f"directory already read as {first}")


def _relative_id(path: Path, root: Path) -> str:
    """The path of a file relative to the walked directory, without suffix, with '/'."""
    return path.relative_to(root).with_suffix("").as_posix()


def _rejection(name: str, reason: str) -> Rejection:
    """A read-stage rejection."""
    return Rejection(article_id=name, stage="read", reason=reason)
