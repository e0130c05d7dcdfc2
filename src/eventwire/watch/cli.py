"""The `eventwire watch` command: follow feeds and folders into the store.

A thin wrapper over `eventwire.watch.runner.Watcher`. Alerts go to stdout as JSON
Lines (or to a webhook); problems and one summary line per poll go to stderr. Exit
codes: 0 ok (a failing feed is reported, not fatal), 1 every feed failed (with
``--once``) or the store cannot be opened, 2 usage.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import click

from eventwire.store.schema import DEFAULT_DB

_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*([smh]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600}


def parse_interval(text: str) -> float:
    """Seconds in "90", "30s", "15m" or "1h".

    Raises:
        ValueError: not such an interval, or zero.
    """
    match = _INTERVAL.fullmatch(text.strip().lower())
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"{text!r} is not an interval such as 30s, 15m or 1h")
    return float(match.group(1)) * _UNITS[match.group(2)]


def expand_sources(feeds: tuple[str, ...]) -> list[str]:
    """Feed URLs and folders from the arguments; a file lists more (one a line, # notes).

    Raises:
        ValueError: an argument that is neither a URL, a folder nor a readable file.
    """
    from eventwire.watch.runner import is_url

    sources: list[str] = []
    for name in feeds:
        path = Path(name)
        if is_url(name) or path.is_dir():
            sources.append(name)
        elif path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            listed = [line.split("#", 1)[0].strip() for line in lines]
            sources.extend(expand_sources(tuple(s for s in listed if s)))
        else:
            raise ValueError(f"{name!r} is not a feed URL, a folder or a file listing feeds")
    return list(dict.fromkeys(sources))


def _interval(ctx: click.Context, param: click.Parameter, value: str) -> float:
    try:
        return parse_interval(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _rules(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> list:
    from eventwire.watch.alerts import AlertError, AlertRule

    try:
        return [AlertRule.parse(text) for text in value]
    except AlertError as exc:
        raise click.BadParameter(str(exc)) from None


def _say(message: str) -> None:
    click.echo(f"eventwire: {message}", err=True)


def _poll_line(report: Any) -> None:
    """The summary of one poll, with its UTC time, on stderr."""
    import datetime as dt

    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")
    _say(f"poll {now}: {report.summary()}")


@click.command()
@click.argument("feeds", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, envvar="EVENTWIRE_DB",
              type=click.Path(dir_okay=False), help="The store file (or EVENTWIRE_DB).")
@click.option("--every", default="15m", show_default=True, callback=_interval,
              help="Time between polls: 90 (seconds), 30s, 15m, 1h.")
@click.option("--once", is_flag=True, help="Poll once and exit.")
@click.option("--alert", "rules", multiple=True, callback=_rules,
              help='Alert on new events matching "key=value ..." (type, source, target, '
                   'country, quad, text); repeatable.')
@click.option("--alert-webhook", default=None, help="POST alerts as JSON to this URL.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
              help="Seconds before a request is given up.")
@click.option("--host-interval", type=click.FloatRange(min=0.0), default=1.0,
              show_default=True, help="Seconds between two requests to the same host.")
@click.option("--settle", type=click.FloatRange(min=0.0), default=2.0, show_default=True,
              help="Seconds a folder file must be untouched before it is read.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="spaCy processes (n_process); default 1.")
@click.option("--pipeline", default=None, help="spaCy pipeline package.")
def watch(feeds: tuple[str, ...], db: str, every: float, once: bool, rules: list,
          alert_webhook: str | None, timeout: float, host_interval: float, settle: float,
          workers: int | None, pipeline: str | None) -> None:
    """Follow FEEDS (RSS/Atom URLs, files listing them, or folders) into --db.

    Each poll codes the new feed items (the page text, extracted with trafilatura) and
    the new or changed files of watched folders; items and files already done are not
    fetched or coded again, even after a restart. Wire copies reprinted by several
    outlets are linked into one story (see the story_events view).
    """
    try:
        sources = expand_sources(feeds)
    except (ValueError, OSError) as exc:
        raise click.BadParameter(str(exc), param_hint="FEEDS") from None
    if alert_webhook and not rules:
        raise click.UsageError("--alert-webhook needs at least one --alert rule")
    watcher = _watcher(sources, db, rules, alert_webhook, timeout, host_interval, settle,
                       workers, pipeline)
    from eventwire.store.schema import StoreError

    try:
        last = watcher.run(every, once=once, after_poll=_poll_line)
    except KeyboardInterrupt:
        _say("stopped")
        return
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    if last.all_failed:
        sys.exit(1)


def _watcher(sources: list[str], db: str, rules: list, webhook: str | None, timeout: float,
             host_interval: float, settle: float, workers: int | None,
             pipeline: str | None) -> Any:
    """The configured watcher; a store that cannot be opened is a clean error."""
    from eventwire.cli import _build_coder
    from eventwire.store.access import open_store
    from eventwire.store.schema import StoreError
    from eventwire.watch.alerts import print_sink, webhook_sink
    from eventwire.watch.fetch import Fetcher, FetchOptions
    from eventwire.watch.runner import Watcher

    try:
        open_store(db).close()
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    fetcher = Fetcher(FetchOptions(timeout=timeout, min_interval=host_interval))
    sink = None
    if rules:
        sink = (webhook_sink(fetcher.post_json, webhook, _say) if webhook
                else print_sink(click.echo))
    return Watcher(sources, _build_coder(pipeline=pipeline, workers=workers), db,
                   fetcher=fetcher, rules=rules, sink=sink, report=_say, settle=settle)
