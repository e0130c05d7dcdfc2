"""Store commands of the `eventwire` CLI: ingest, recode, query, sql, dyads, export.

Thin wrappers over `eventwire.store`. Every command takes ``--db PATH`` (default
``./eventwire.duckdb``, or ``EVENTWIRE_DB``). Results go to stdout (or ``-o FILE``);
progress and summaries go to stderr. Exit codes: 0 ok, 1 error (including a refused
SQL statement, a missing, read-only or full store, and an ingest rejecting more than
``--max-reject-rate`` of its input records), 2 usage (including a bad filter value).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, TextIO

import click

from eventwire.cli_progress import echo_progress, end_progress, expected_records
from eventwire.events.ontology import EVENT_TYPES
from eventwire.store.schema import DEFAULT_DB
from eventwire.store.tabular import ROW_FORMATS, write_rows


def _db_option(f: Callable) -> Callable:
    return click.option("--db", default=DEFAULT_DB, show_default=True, envvar="EVENTWIRE_DB",
                        type=click.Path(dir_okay=False),
                        help="The store file (or EVENTWIRE_DB).")(f)


def _codes(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple:
    """Split comma-separated actor codes; each must look like a code (USA, NATO ...)."""
    codes = tuple(c.strip().upper() for v in value for c in v.split(",") if c.strip())
    for code in codes:
        if not re.fullmatch(r"[A-Z][A-Z0-9_]{1,39}", code):
            raise click.BadParameter(f"{code!r} is not an actor code (ISO3 country or "
                                     "organisation, e.g. USA, NATO, G7)")
    return codes


def _types(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple:
    """Split comma-separated PLOVER types and check them."""
    names = tuple(t.strip().upper() for v in value for t in v.split(",") if t.strip())
    for name in names:
        if name not in EVENT_TYPES:
            raise click.BadParameter(f"unknown event type {name!r} "
                                     f"(one of: {', '.join(EVENT_TYPES)})")
    return names


def _dyad(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple | None:
    """SOURCE,TARGET as two actor codes."""
    if value is None:
        return None
    parts = _codes(ctx, param, (value,))
    if len(parts) != 2:
        raise click.BadParameter(f"{value!r} is not a dyad: give SOURCE,TARGET (e.g. JPN,USA)")
    return parts


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """A YYYY-MM-DD date."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def filter_options(f: Callable) -> Callable:
    """The filters shared by query, dyads and export."""
    options = [
        click.option("--source", multiple=True, callback=_codes,
                     help="Source actor code(s), e.g. JPN or JPN,KOR (repeatable)."),
        click.option("--target", multiple=True, callback=_codes,
                     help="Target actor code(s) (repeatable)."),
        click.option("--dyad", callback=_dyad, help="SOURCE,TARGET, e.g. JPN,USA."),
        click.option("--type", "types", multiple=True, callback=_types,
                     help="PLOVER event type(s), e.g. ASSAULT or ACCUSE,THREATEN."),
        click.option("--quad", multiple=True, type=click.IntRange(1, 4),
                     help="Quad class 1-4 (repeatable)."),
        click.option("--since", callback=_date, help="First event date (YYYY-MM-DD)."),
        click.option("--until", callback=_date, help="Last event date (YYYY-MM-DD)."),
        click.option("--limit", type=click.IntRange(min=0), default=None,
                     help="At most this many rows."),
        click.option("--no-flagged", is_flag=True,
                     help="Leave out negated and hypothetical records."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _filters(words: tuple[str, ...] = (), **opts: Any) -> Any:
    """A `Filters` from the shared options (a dyad sets source and target)."""
    from eventwire.store.queries import Filters

    source, target = opts["source"], opts["target"]
    if opts["dyad"]:
        if source or target:
            raise click.UsageError("--dyad cannot be combined with --source or --target")
        source, target = (opts["dyad"][0],), (opts["dyad"][1],)
    if opts["since"] and opts["until"] and opts["since"] > opts["until"]:
        raise click.BadParameter(f"{opts['since']} is after --until {opts['until']}",
                                 param_hint="'--since'")
    return Filters(source=source, target=target, types=opts["types"], quad=opts["quad"],
                   since=opts["since"], until=opts["until"], words=words,
                   flagged=not opts["no_flagged"], limit=opts["limit"])


def link_options(f: Callable) -> Callable:
    """Options of the event-linking rule (default: the store's current rule)."""
    options = [
        click.option("--window-days", type=click.IntRange(min=0), default=None,
                     help="Link mentions whose dates are at most this many days apart "
                          "(default 1, or the store's setting)."),
        click.option("--actor-level", type=click.Choice(["country", "sector"]), default=None,
                     help="Link on actor country (default) or country and sector."),
        click.option("--place-level", type=click.Choice(["country", "name"]), default=None,
                     help="Known places must share their country (default) or name."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _rule(con: Any, window_days: int | None, actor_level: str | None,
          place_level: str | None) -> Any:
    """The store's linking rule with the given options applied."""
    from dataclasses import replace

    from eventwire.store.dedup import stored_rule

    changes = {k: v for k, v in (("window_days", window_days), ("actor_level", actor_level),
                                 ("place_level", place_level)) if v is not None}
    return replace(stored_rule(con), **changes)


def _open(db: str, read_only: bool = False) -> Any:
    """Open the store (waiting while another process writes a batch), turning a store
    error into a clean CLI error."""
    from eventwire.store.access import READ_WAIT, WRITE_WAIT, open_store
    from eventwire.store.schema import StoreError

    try:
        return open_store(db, read_only=read_only, wait=READ_WAIT if read_only else WRITE_WAIT)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def _writable(db: str, link: dict[str, Any]) -> tuple[Any, Any]:
    """The store file for a writing command and its linking rule with the `link`
    options applied. The file is opened (and created) now, so a locked, read-only or
    foreign file is a clean CLI error before any coding starts."""
    from eventwire.store.access import StoreFile

    con = _open(db)
    try:
        rule = _rule(con, **link)
    finally:
        _close(con)
    return StoreFile(db), rule


def _progress(total: int | None) -> Callable[[Any], None]:
    """A progress reporter: one line on stderr per batch (rewritten on a terminal)."""

    def report_line(report: Any) -> None:
        c = report.counts
        line = (f"eventwire: {c.articles_added} articles stored ({report.rate:.1f}/s), "
                f"{c.mentions_added} records, {c.rejections} rejections, "
                f"{c.articles_skipped} already stored")
        done = c.articles_added + c.articles_skipped
        if total and report.rate:
            line += f", ETA {max(0, total - done) / report.rate:.0f}s"
        echo_progress(line)

    return report_line


def _summary(verb: str, report: Any) -> None:
    """The end-of-run summary line on stderr."""
    c = report.counts
    end_progress()
    share = 100 * report.store_seconds / report.elapsed if report.elapsed else 0.0
    click.echo(f"eventwire: {verb} {c.articles_added} articles ({c.articles_skipped} already "
               f"stored), {c.mentions_added} records, {c.rejections} rejections; "
               f"{report.events} linked events; {report.elapsed:.1f}s "
               f"({share:.1f}% in the store)", err=True)


def _coding_options(f: Callable) -> Callable:
    """Options shared by the commands that code articles into the store."""
    options = [
        click.option("--batch-size", type=click.IntRange(min=1), default=256,
                     show_default=True, help="Articles per store transaction."),
        click.option("--workers", type=click.IntRange(min=1), default=None,
                     help="Worker processes, each with its own coder (Ray: actors); "
                          "default 1."),
        click.option("--pipeline", default=None, help="spaCy pipeline package."),
        click.option("--quiet", is_flag=True, help="No progress lines."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@_db_option
@click.option("--published", callback=_date,
              help="Publication date for articles that carry none (YYYY-MM-DD).")
@_coding_options
@click.option("--max-reject-rate", type=click.FloatRange(0.0, 1.0), default=0.0,
              show_default=True,
              help="Exit 1 when more than this share of input records is rejected "
                   "(everything good is stored all the same).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local",
              show_default=True, help="Code on this machine, or with Ray Data (JSONL or "
                                      "Parquet inputs; needs the 'ray' extra).")
@click.option("--address", default=None,
              help="Ray cluster (auto or HOST:PORT); default: start a local Ray.")
@link_options
def ingest(inputs: tuple[str, ...], db: str, published: dt.date | None, batch_size: int,
           workers: int | None, pipeline: str | None, quiet: bool, max_reject_rate: float,
           engine: str, address: str | None, **link: Any) -> None:
    """Code INPUT files and store articles, records, events and rejections in --db.

    Articles already stored with the same id and content are skipped, so running the
    same command again adds nothing, and a killed run picks up where it stopped.
    """
    from eventwire.articles import read_articles
    from eventwire.cli import _build_coder, worker_errors
    from eventwire.store.ingest import ingest as run_ingest

    if engine == "ray" or address:
        report = _ingest_ray(inputs, db, published, batch_size, workers, pipeline, quiet,
                             address, link)
        _summary("stored", report)
        _check_reject_rate(report.counts, max_reject_rate)
        return
    coder = _build_coder(pipeline=pipeline, workers=workers)
    store, rule = _writable(db, link)
    items = read_articles(list(inputs), published=published, stdin=sys.stdin)
    progress = None if quiet else _progress(expected_records(inputs))
    with _store_write_errors(db), worker_errors(_RESUME):
        report = run_ingest(items, coder, store, batch_size=batch_size, rule=rule,
                            progress=progress)
    _summary("stored", report)
    _check_reject_rate(report.counts, max_reject_rate)


_RESUME = ("Articles stored before it are kept; run the same command again to resume "
           "after them.")


def _check_reject_rate(counts: Any, max_rate: float) -> None:
    """Exit 1 when no record was read or more than `max_rate` of them were rejected."""
    total = counts.records_read
    if total and counts.rejections / total <= max_rate:
        return
    if not total:
        click.echo("eventwire: no input records read", err=True)
    else:
        click.echo(f"eventwire: {counts.rejections} of {total} input records rejected "
                   f"({counts.rejections / total:.1%}); --max-reject-rate is {max_rate:g}",
                   err=True)
    sys.exit(1)


def _ingest_ray(inputs: tuple[str, ...], db: str, published: dt.date | None,
                batch_size: int, workers: int | None, pipeline: str | None, quiet: bool,
                address: str | None, link: dict[str, Any]) -> Any:
    """`ingest --engine ray`: code with Ray Data, then store with the store's writer."""
    from eventwire.config import Settings
    from eventwire.engines.ray_data import EngineError, RayOptions, ingest_with_ray
    from eventwire.engines.shards import StoreChanged

    settings = Settings.from_env(pipeline=pipeline)
    options = RayOptions(address=address, workers=workers or 2, progress_bars=not quiet)
    total = None if quiet else expected_records(inputs)
    store, rule = _writable(db, link)
    try:
        with _store_write_errors(db):
            report = ingest_with_ray(list(inputs), settings, store, options, batch_size,
                                     rule=rule, published=published,
                                     progress=None if quiet else _progress(total),
                                     coding_progress=None if quiet else
                                     _coding_progress(total))
    except (EngineError, StoreChanged) as exc:
        raise click.ClickException(str(exc)) from exc
    return report


def _coding_progress(total: int | None) -> Callable[[Any], None]:
    """A progress reporter for the Ray coding phase: one line on stderr per shard."""

    def report_line(counts: Any) -> None:
        rate = counts.coded / counts.elapsed if counts.elapsed else 0.0
        line = (f"eventwire: Ray coded {counts.coded} articles ({rate:.1f}/s), "
                f"{counts.events} records, {counts.rejections} rejections, "
                f"{counts.skipped} already stored")
        if total and counts.rate:
            line += f", ETA {max(0, total - counts.records) / counts.rate:.0f}s"
        echo_progress(line)

    return report_line


@contextlib.contextmanager
def _store_write_errors(db: str) -> Iterator[None]:
    """Turn a failed store write (full disk, read-only file) into a clean CLI error.

    The batch being written is rolled back; everything committed before it stays, and
    the same command run again resumes after it.
    """
    import duckdb

    from eventwire.store.schema import StoreError

    try:
        yield
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    except (duckdb.Error, OSError) as exc:
        detail = str(exc).split("\n")[0]
        raise click.ClickException(
            f"cannot write to the store {db}: {detail}. The batch being written was not "
            "stored; earlier batches are intact. Fix the cause (disk space, permissions) "
            "and run the same command again to resume.") from exc


def _close(con: Any) -> None:
    """Close a store connection; a failure to close (a store already broken) is logged."""
    import duckdb

    try:
        con.close()
    except duckdb.Error as exc:
        logging.getLogger(__name__).warning("closing the store failed: %s", exc)


@click.command()
@_db_option
@click.option("--all", "everything", is_flag=True,
              help="Re-code every article, not only those coded by another coder version.")
@_coding_options
@link_options
def recode(db: str, everything: bool, batch_size: int, workers: int | None,
           pipeline: str | None, quiet: bool, **link: Any) -> None:
    """Re-code stored articles with the current coder and replace their records.

    By default only articles coded by another coder version (package version plus
    knowledge base and lexicon) or rejected are re-coded; events are relinked (with
    the link options given, if any).
    """
    from eventwire.cli import _build_coder, worker_errors
    from eventwire.store.ingest import recode as run_recode

    store, rule = _writable(db, link)
    coder = _build_coder(pipeline=pipeline, workers=workers)
    with _store_write_errors(db), worker_errors(_RESUME):
        report = run_recode(coder, store, everything=everything, batch_size=batch_size,
                            rule=rule, progress=None if quiet else _progress(None))
    _summary("re-coded", report)


@click.command()
@_db_option
@filter_options
@click.option("--text", "words", multiple=True,
              help="Words the evidence sentence must contain (all of them).")
@click.option("--events", "linked", is_flag=True,
              help="Show linked events (with counts) instead of event records.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here instead of stdout.")
def query(db: str, words: tuple[str, ...], linked: bool, fmt: str, output: TextIO,
          **opts: Any) -> None:
    """Event records (or linked events) of the store matching the filters."""
    from eventwire.export import WRITERS
    from eventwire.store.queries import query_events, query_mentions

    split = tuple(w for text in words for w in text.split())
    if linked and split:
        raise click.UsageError("--text filters event records; it cannot be used with --events")
    filters = _filters(split, **opts)
    con = _open(db, read_only=True)
    try:
        if linked:
            rows = query_events(con, filters)
            columns = list(rows[0]) if rows else []
            write_rows(columns, [tuple(r.values()) for r in rows], fmt, output)
        else:
            WRITERS[fmt](query_mentions(con, filters), output)
    finally:
        con.close()


@click.command()
@_db_option
@click.argument("statement")
@click.option("--format", "fmt", type=click.Choice(ROW_FORMATS), default="table",
              show_default=True)
@click.option("--allow-files", is_flag=True,
              help="Let the query read other files too (read_csv, read_parquet, ...); off "
                   "by default, so a pasted query cannot read more than the store.")
def sql(db: str, statement: str, fmt: str, allow_files: bool) -> None:
    """Run one read-only SQL STATEMENT (SELECT ...) on the store; writes are refused."""
    from eventwire.store.queries import QueryError, run_sql

    con = _open(db, read_only=True)
    try:
        if not allow_files:
            con.execute("SET enable_external_access = false")
        columns, rows = run_sql(con, statement)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        con.close()
    write_rows(columns, rows, fmt, sys.stdout)


@click.command()
@_db_option
@filter_options
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month",
              show_default=True, help="Period of the time series (weeks start on Monday).")
@click.option("--mentions", is_flag=True, help="Count event records (reports), not events.")
@click.option("--format", "fmt", type=click.Choice(ROW_FORMATS), default="table",
              show_default=True)
def dyads(db: str, by: str, mentions: bool, fmt: str, **opts: Any) -> None:
    """Events per period, dyad, type and quad class, with Goldstein sum and mean."""
    from eventwire.store.queries import dyads as count_dyads

    filters = _filters(**opts)
    con = _open(db, read_only=True)
    try:
        rows = count_dyads(con, filters, by=by, mentions=mentions)
    finally:
        con.close()
    columns = ["period", "source", "target", "event_type", "quad_class", "count",
               "goldstein_sum", "goldstein_mean"]
    write_rows(columns, [tuple(r[c] for c in columns) for r in rows], fmt, sys.stdout)


@click.command()
@_db_option
@filter_options
@click.option("--format", "fmt", required=True,
              type=click.Choice(["jsonl", "csv", "parquet", "gdelt", "polecat", "icews"]),
              help="jsonl/csv/parquet/polecat/icews: one row per event record; gdelt: one "
                   "row per linked event.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The file to write.")
def export(db: str, fmt: str, output: str, **opts: Any) -> None:
    """Export the store's records (or linked events, for gdelt) to a file."""
    from eventwire.store.export import export as run_export

    filters = _filters(**opts)
    con = _open(db, read_only=True)
    try:
        count = run_export(con, fmt, output, filters)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror}") from exc
    finally:
        con.close()
    click.echo(f"eventwire: wrote {count} rows to {output} ({fmt})", err=True)


COMMANDS = (ingest, recode, query, sql, dyads, export)


def register(group: click.Group) -> None:
    """Add the store commands to the `eventwire` command group."""
    for command in COMMANDS:
        group.add_command(command)
