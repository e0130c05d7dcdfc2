"""``eventwire actors``: look up, list, validate and import actor dictionaries.

Thin wrappers over :mod:`eventwire.actors.lookup`, :mod:`eventwire.actors.userdict`
and :mod:`eventwire.actors.petrarch_import`. Results go to stdout, problems and
summaries to stderr. Exit codes: 0 ok, 1 error (nothing found, an invalid dictionary),
2 usage.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from typing import Any

import click
import yaml

from eventwire.actors.kb import KnowledgeBase, KnowledgeBaseError
from eventwire.actors.schema import Known


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form",
                                 param_hint="'--date'") from exc


def _load(actors: tuple[str, ...]) -> KnowledgeBase:
    """The packaged KB plus --actors files (or EVENTWIRE_ACTORS when none are given)."""
    from eventwire.config import Settings

    joined = os.pathsep.join(actors) if actors else None
    try:
        return KnowledgeBase.load(Settings.from_env(actors=joined).actor_paths)
    except KnowledgeBaseError as exc:
        raise click.ClickException(str(exc)) from exc


def actors_option(f):  # noqa: ANN001, ANN201 - decorator
    return click.option("--actors", multiple=True, type=click.Path(exists=True),
                        help="User actor dictionary (YAML/CSV); repeatable; replaces "
                             "EVENTWIRE_ACTORS.")(f)


@click.group("actors")
def actors_group() -> None:
    """Look up, list, validate and import actor dictionaries."""


@actors_group.command("lookup")
@click.argument("name")
@click.option("--date", "day", default=None, metavar="YYYY-MM-DD",
              help="Show the role held on this date (default: the current one).")
@click.option("--country", default=None, metavar="CODE",
              help="With a title as NAME: who held it in this country (ISO3) or "
                   "organisation on the date.")
@actors_option
def lookup(name: str, day: str | None, country: str | None, actors: tuple[str, ...]) -> None:
    """What NAME refers to: people (with their role on --date), groups, countries ..."""
    from eventwire.actors.lookup import describe_role, find, office_holder

    kb, when = _load(actors), _date(day)
    if country:
        holder = office_holder(kb, name.removeprefix("the "), country.upper(), None, when)
        if holder is None:
            raise click.ClickException(f"no single holder of {name!r} for {country} on "
                                       f"{when or 'the current date'}")
        click.echo(f"person\t{holder.id}\t{holder.name}\t"
                   f"{describe_role(*holder.role_on(when))}")
        return
    matches = find(kb, name, when)
    if not matches:
        raise click.ClickException(f"no actor named {name!r} in the knowledge base")
    for m in matches:
        click.echo(f"{m.kind}\t{m.key}\t{m.name}\t{m.detail}")


@actors_group.command("list")
@click.option("--country", default=None, metavar="CODE",
              help="Only people with a role for this country (ISO3) or organisation, and "
                   "this country's groups.")
@click.option("--date", "day", default=None, metavar="YYYY-MM-DD",
              help="Only roles held on this date.")
@actors_option
def list_actors(country: str | None, day: str | None, actors: tuple[str, ...]) -> None:
    """People and their roles (and groups), one per line, tab-separated."""
    from eventwire.actors.lookup import describe_role, people_of

    kb, when = _load(actors), _date(day)
    if country is None:
        for person in kb.people:
            role, current = person.role_on(when)
            click.echo(f"person\t{person.id}\t{person.name}\t{describe_role(role, current)}")
        return
    code = country.upper() if country.upper() in kb.countries_by_iso3 else country
    rows = people_of(kb, code, when)
    groups = [g for g in kb.groups if g.country == code]
    if not rows and not groups and code not in kb.countries_by_iso3 | kb.organisations_by_code:
        raise click.ClickException(f"unknown country or organisation code {country!r}")
    for person, role in rows:
        current = role.end is None if when is None else True
        click.echo(f"person\t{person.id}\t{person.name}\t{describe_role(role, current)}")
    for group in groups:
        click.echo(f"group\t{group.id}\t{group.name}\t{group.country} {group.sector or '-'}")


@actors_group.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path())
def validate(files: tuple[str, ...]) -> None:
    """Check user dictionaries (YAML or CSV) against the schema and the packaged codes."""
    from eventwire.actors.userdict import check_dictionary, read_dictionary

    kb = KnowledgeBase.load()
    problems = 0
    for path in files:
        try:
            raw = read_dictionary(path)
        except KnowledgeBaseError as exc:
            click.echo(f"eventwire: {exc}", err=True)
            problems += 1
            continue
        known = Known(frozenset(kb.countries_by_iso3) | _own(raw.entries, "countries", "iso3"),
                      frozenset(kb.organisations_by_code) | _own(raw.entries, "igos", "code"))
        messages = check_dictionary(raw, known)
        for message in messages:
            click.echo(f"eventwire: {message}", err=True)
        problems += len(messages)
        counts = ", ".join(f"{k} {len(v)}" for k, v in raw.entries.items() if v)
        if not messages:
            click.echo(f"{path}: ok ({counts or 'no entries'})")
    if problems:
        raise click.ClickException(f"{problems} problem(s) found")


def _own(entries: dict[str, list[Any]], kind: str, key: str) -> frozenset[str]:
    return frozenset(str(e.get(key)) for e in entries.get(kind, ()) if isinstance(e, dict))


@actors_group.command("import-petrarch")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the user dictionary (YAML) here instead of stdout.")
def import_petrarch_command(files: tuple[str, ...], output: str | None) -> None:
    """Convert PETRARCH/TABARI actor and agent dictionaries into a user dictionary."""
    from eventwire.actors.petrarch_import import import_petrarch

    try:
        document, report = import_petrarch(files, KnowledgeBase.load())
    except OSError as exc:
        raise click.ClickException(f"cannot read {exc.filename}: {exc.strerror}") from exc
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    for line in report.lines():
        click.echo(f"eventwire: {line}", err=True)
    if not sum(report.converted.values()):
        raise click.ClickException("no entry could be converted")
