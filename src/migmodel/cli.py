"""The ``migmodel`` command line: parse, summary and query.

Exit status: 0 when every source was read, 1 when some could not be (each reported
on standard error in one line, the others still processed) or when a query names
someone or somewhere the corpus does not know, 2 for bad usage (an unknown option, a
bad date, an option that does not apply to the question asked). A user's mistake
never prints a traceback. A progress line is drawn on standard error only when it is
a terminal.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from typing import IO, Any

from migmodel.convert import to_dict, to_json
from migmodel.errors import MigmodelError
from migmodel.export import records, to_jsonld
from migmodel.model import (
    Article,
    Corpus,
    CorpusEntity,
    Event,
    EventKind,
    FuzzyDate,
    Policy,
    PolicyKind,
    Statement,
    StatementKind,
    TimelineEntry,
    Topic,
)
from migmodel.model._summary import describe_role
from migmodel.parse import parse_many
from migmodel.query import speakers_named

__all__ = ["main"]

_EXAMPLES = {
    "parse": """examples:
  migmodel parse seeds/000_434f130cdb941773.txt
  migmodel parse seeds/ --format jsonl -o articles.jsonl
  migmodel parse archive/ --format jsonl --workers 2 -o archive.jsonl
  migmodel parse seeds/ --format jsonld""",
    "summary": """examples:
  migmodel summary seeds/
  migmodel summary seeds/003_eb7088fa0a3f303b.txt""",
    "query": """examples:
  migmodel query seeds/ --speaker "ambassador"
  migmodel query seeds/ --topic human_trafficking --format csv
  migmodel query seeds/ --what events --kind meeting
  migmodel query seeds/ --what policies --country MA --format json
  migmodel query seeds/ --what timeline --country Morocco
  migmodel query seeds/ --what events --between 2018-01-01 2018-12-31
  migmodel query seeds/ --what people --country MA --format csv""",
}

_KINDS: dict[str, type[StatementKind | EventKind | PolicyKind]] = {
    "statements": StatementKind,
    "events": EventKind,
    "policies": PolicyKind,
}
"""The enum ``--kind`` is read as, for each ``--what`` that has kinds."""

_FILTERS = {
    "statements": ("speaker", "topic", "cue", "kind", "country"),
    "events": ("kind", "place", "between"),
    "policies": ("kind", "country", "topic"),
    "people": ("speaker", "country"),
    "timeline": ("country", "between"),
}
"""The filters that apply to each ``--what``; any other one given is a usage error."""

_PROGRESS_EVERY = 50


class _Reporter:
    """Reports unreadable sources on standard error, one line each, and draws a progress
    line there when standard error is a terminal."""

    def __init__(self) -> None:
        self.errors = 0
        self.show_progress = sys.stderr.isatty()
        self._line_open = False

    def error(self, source: str, message: str) -> None:
        """Report that ``source`` could not be read; ``message`` names it."""
        self.errors += 1
        self._close_line()
        print(f"migmodel: error: {message}", file=sys.stderr)

    def progress(self, done: int, started: float) -> None:
        """Redraw the progress line after ``done`` articles (every 50th, on a terminal)."""
        if self.show_progress and done % _PROGRESS_EVERY == 0:
            rate = done / max(time.monotonic() - started, 1e-9)
            print(f"\r{done} articles, {rate:.0f}/s", end="", file=sys.stderr, flush=True)
            self._line_open = True

    def _close_line(self) -> None:
        if self._line_open:
            print(file=sys.stderr, flush=True)
            self._line_open = False

    def finish(self) -> None:
        """End the progress line, if one was drawn."""
        self._close_line()


def _articles(paths: Sequence[str], workers: int, reporter: _Reporter) -> Iterator[Article]:
    started = time.monotonic()
    articles = parse_many(paths, workers=workers, on_error=reporter.error)
    for done, article in enumerate(articles, start=1):
        reporter.progress(done, started)
        yield article
    reporter.finish()


def _corpus(options: argparse.Namespace, reporter: _Reporter) -> Corpus:
    return Corpus(articles=tuple(_articles(options.paths, options.workers, reporter)))


def _open_output(name: str | None) -> IO[str]:
    if name is None or name == "-":
        return sys.stdout
    try:
        return open(name, "w", encoding="utf-8")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise _UserError(f"{name}: cannot write ({reason})") from None


class _UserError(Exception):
    """A mistake of the user's that is not a usage error: reported in one line, exit 1."""


def _command_parse(options: argparse.Namespace, reporter: _Reporter) -> None:
    output = _open_output(options.output)
    try:
        articles = _articles(options.paths, options.workers, reporter)
        if options.format == "jsonl":
            for article in articles:
                output.write(to_json(article) + "\n")
        elif options.format == "jsonld":
            json.dump([to_jsonld(a) for a in articles], output, indent=2, ensure_ascii=False)
            output.write("\n")
        else:
            output.write(to_json(Corpus(articles=tuple(articles)), indent=2) + "\n")
    finally:
        if output is not sys.stdout:
            output.close()


def _command_summary(options: argparse.Namespace, reporter: _Reporter) -> None:
    corpus = _corpus(options, reporter)
    if corpus.articles:
        print(corpus.summary())


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _country_code(corpus: Corpus, text: str) -> str:
    """An ISO code as given (``ma`` -> ``MA``), else the country of a place the corpus names."""
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    place = corpus.place(text)
    if place.country is None:
        raise _UserError(f"{place.name!r} is not a country; give an ISO code such as MA")
    return place.country


def _facts(corpus: Corpus, options: argparse.Namespace) -> tuple[Any, ...]:
    what = options.what
    country = _country_code(corpus, options.country) if options.country else None
    if (
        options.speaker
        and what == "statements"
        and not speakers_named(corpus.entities, options.speaker)
    ):
        raise _UserError(f"no person or organisation is known as {options.speaker!r}")
    if what == "statements":
        return corpus.statements(
            speaker=options.speaker,
            topic=options.topic,
            cue=options.cue,
            kind=options.kind,
            country=country,
        )
    if what == "events":
        return corpus.events(kind=options.kind, place=options.place, between=options.between)
    if what == "policies":
        return corpus.policies(country=country, kind=options.kind, topic=options.topic)
    if what == "people":
        people = corpus.people()
        if options.speaker:
            wanted = corpus.person(options.speaker)
            people = tuple(person for person in people if person == wanted)
        if country:
            people = tuple(person for person in people if person.country == country)
        return people
    entries = corpus.timeline(country=country)
    if options.between:
        window = FuzzyDate.between(*options.between)
        entries = tuple(entry for entry in entries if entry.date.overlaps(window))
    return entries


def _text_line(fact: object) -> str:
    if isinstance(fact, Statement):
        speaker = fact.speaker.name if fact.speaker else "(unattributed)"
        return f"{speaker} [{fact.cue}, {fact.kind.value}, paragraph {fact.paragraph}]: {fact.text}"
    if isinstance(fact, Event):
        where = f" in {fact.place.name}" if fact.place else ""
        when = f" on {fact.date}" if fact.date else ""
        return f"{fact.kind.value}{where}{when}: {fact.theme or fact.description}"
    if isinstance(fact, Policy):
        extras = ", ".join(str(x) for x in (fact.kind.value, fact.country, fact.date) if x)
        return f"{fact.name} ({extras})"
    if isinstance(fact, CorpusEntity):
        roles = "; ".join(describe_role(role) for role in fact.roles)
        country = f" [{fact.country}]" if fact.country else ""
        return f"{fact.name}{country}" + (f": {roles}" if roles else "")
    assert isinstance(fact, TimelineEntry)
    return f"{fact.date!s:<22} {fact.kind:<14} {fact.description}"


def _command_query(options: argparse.Namespace, reporter: _Reporter) -> None:
    corpus = _corpus(options, reporter)
    facts = _facts(corpus, options)
    if options.format == "json":
        rows = [to_dict(fact) for fact in facts]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif options.format == "csv":
        _write_csv(corpus, options.what, facts)
    else:
        for fact in facts:
            print(_text_line(fact))


def _date_columns(date: FuzzyDate | None) -> dict[str, str | None]:
    return {
        "date": str(date) if date else None,
        "date_earliest": date.earliest.isoformat() if date else None,
        "date_latest": date.latest.isoformat() if date else None,
        "date_precision": date.precision.value if date else None,
    }


def _entity_row(entity: CorpusEntity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "aliases": "; ".join(entity.aliases),
        "country": entity.country,
        "roles": "; ".join(describe_role(role) for role in entity.roles),
        "article_ids": "; ".join(entity.article_ids),
        "mentions": entity.mention_count,
    }


def _timeline_row(entry: TimelineEntry) -> dict[str, Any]:
    return {
        **_date_columns(entry.date),
        "kind": entry.kind,
        "description": entry.description,
        "article_id": entry.article_id,
        "start": entry.span.start,
        "end": entry.span.end,
    }


def _write_csv(corpus: Corpus, what: str, facts: tuple[Any, ...]) -> None:
    if what == "people":
        rows = [_entity_row(fact) for fact in facts]
    elif what == "timeline":
        rows = [_timeline_row(fact) for fact in facts]
    else:
        chosen = {id(fact) for fact in facts}
        rows = list(records(corpus, what, only=chosen))
    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The top-level parser, and the parser of each command (for usage errors)."""
    parser = argparse.ArgumentParser(
        prog="migmodel",
        description="Turn news articles on migration policy and diplomacy into typed facts.",
        epilog="Run 'migmodel COMMAND --help' for a command's options and examples.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    subparsers: dict[str, argparse.ArgumentParser] = {}

    def command(name: str, summary: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=summary,
            description=summary,
            epilog=_EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        subparsers[name] = sub
        sub.add_argument(
            "paths", nargs="+", metavar="PATH", help="article files or directories of *.txt"
        )
        sub.add_argument(
            "--workers",
            type=int,
            default=1,
            metavar="N",
            help="processes to parse with (default 1)",
        )
        return sub

    parse = command("parse", "parse articles and print them as JSON, JSON Lines or JSON-LD")
    parse.add_argument(
        "--format",
        choices=("json", "jsonl", "jsonld"),
        default="json",
        help="json: one corpus object (default); jsonl: one article a line; "
        "jsonld: schema.org NewsArticle objects",
    )
    parse.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of standard output"
    )

    command("summary", "print a readable page per article, then the corpus timeline")

    query = command(
        "query", "ask the corpus a question: statements, events, policies, people, timeline"
    )
    query.add_argument(
        "--what",
        choices=tuple(_FILTERS),
        default="statements",
        help="what to list (default statements)",
    )
    query.add_argument(
        "--speaker",
        metavar="NAME",
        help="statements by this person or organisation (any name, alias or word of it); "
        "with --what people, that one person",
    )
    topics = [topic.value for topic in Topic]
    query.add_argument(
        "--topic", choices=topics, metavar="TOPIC", help="about this topic: " + ", ".join(topics)
    )
    query.add_argument(
        "--cue", metavar="LEMMA", help="statements with this reporting verb (say, stress)"
    )
    kinds = "; ".join(
        f"{what}: " + ", ".join(member.value for member in enum) for what, enum in _KINDS.items()
    )
    query.add_argument(
        "--kind",
        choices=sorted({member.value for enum in _KINDS.values() for member in enum}),
        metavar="KIND",
        help=f"statement, event or policy kind ({kinds})",
    )
    query.add_argument(
        "--country",
        metavar="COUNTRY",
        help="an ISO 3166-1 alpha-2 code (MA) or a country the articles name (Morocco): "
        "the speaker's, the policy's owner or party, the person's, the timeline's",
    )
    query.add_argument(
        "--place", metavar="NAME", help="events at this place (a name, or a country code)"
    )
    query.add_argument(
        "--between",
        nargs=2,
        type=_date,
        metavar=("FROM", "TO"),
        help="events (or timeline entries) whose date overlaps these ISO dates, both included",
    )
    query.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        default="text",
        help="text: one line a fact (default); json: a list of objects; csv: flat rows",
    )
    return parser, subparsers


def _check_query(parser: argparse.ArgumentParser, options: argparse.Namespace) -> None:
    """Reject, as usage errors, filters that do not apply to ``--what`` and bad values."""
    what = options.what
    for name in ("speaker", "topic", "cue", "kind", "country", "place", "between"):
        if getattr(options, name) is not None and name not in _FILTERS[what]:
            parser.error(f"--{name} does not apply to --what {what}")
    if options.kind is not None:
        enum = _KINDS[what]
        if options.kind not in {member.value for member in enum}:
            known = ", ".join(member.value for member in enum)
            parser.error(f"--kind {options.kind!r} is not a kind of {what} (choose from {known})")
    if options.between is not None and options.between[0] > options.between[1]:
        start, end = (day.isoformat() for day in options.between)
        parser.error(f"--between: FROM {start} is after TO {end}")


_COMMANDS = {"parse": _command_parse, "summary": _command_summary, "query": _command_query}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``); return the exit status.

    0: every source read; 1: some source unreadable, or a name the corpus does not
    know; 2: bad usage, after argparse has printed the usage and a one-line error.
    """
    parser, subparsers = _parser()
    try:
        options, unknown = parser.parse_known_args(argv)
        command = subparsers[options.command]
        if unknown:  # reported with the command's usage, not the top-level one
            command.error(f"unrecognized arguments: {' '.join(unknown)}")
        if options.workers < 1:
            command.error(f"--workers must be at least 1, got {options.workers}")
        if options.command == "query":
            _check_query(command, options)
    except SystemExit as done:  # argparse's usage errors (2) and --help (0)
        return done.code if isinstance(done.code, int) else 2
    reporter = _Reporter()
    try:
        _COMMANDS[options.command](options, reporter)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from
        # complaining again when it flushes standard output at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        reporter.finish()
        print("migmodel: interrupted", file=sys.stderr)
        return 130
    except (_UserError, LookupError, MigmodelError) as error:
        reporter.finish()
        message = error.args[0] if error.args else str(error)
        print(f"migmodel: error: {message}", file=sys.stderr)
        return 1
    return 1 if reporter.errors else 0
