"""Progress lines of long CLI runs on stderr: rewritten in place on a terminal, one line
each in a log; and the input size the ETA is computed from."""

from __future__ import annotations

import sys
from pathlib import Path

import click


def echo_progress(line: str) -> None:
    """Write one progress line (over the previous one on a terminal)."""
    if sys.stderr.isatty():
        click.echo("\r" + line, nl=False, err=True)
    else:
        click.echo(line, err=True)


def end_progress() -> None:
    """End the rewritten line on a terminal before the next message."""
    if sys.stderr.isatty():
        click.echo("", err=True)


def expected_records(inputs: tuple[str, ...]) -> int | None:
    """How many records the inputs hold, when they are all JSON Lines files (for the ETA)."""
    paths = [Path(i) for i in inputs]
    if not all(p.suffix == ".jsonl" and p.is_file() for p in paths):
        return None
    total = 0
    for path in paths:
        with open(path, "rb") as fh:
            total += sum(1 for line in fh if line.strip())
    return total
