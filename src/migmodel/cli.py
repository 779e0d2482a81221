"""The ``migmodel`` command line: parse, summary and query.

Exit status: 0 when every source was read, 1 when some could not be (each reported
on standard error in one line, the others still processed), 2 for bad usage.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import time
from collections.abc import Iterator, Sequence
from typing import IO, Any

from migmodel.convert import to_dict, to_json
from migmodel.export import records, to_jsonld
from migmodel.model import Article, Corpus, EventKind, PolicyKind, StatementKind, Topic
from migmodel.parse import parse_many

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
  migmodel query seeds/ --what timeline --country MA
  migmodel query seeds/ --what events --between 2018-01-01 2018-12-31""",
}


class _Errors:
    """Collects unreadable sources, reporting each on standard error in one line."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, source: str, message: str) -> None:
        self.count += 1
        print(f"migmodel: error: {message}", file=sys.stderr)


def _articles(paths: Sequence[str], workers: int, errors: _Errors) -> Iterator[Article]:
    started = time.monotonic()
    show = sys.stderr.isatty()
    done = 0
    for article in parse_many(paths, workers=workers, on_error=errors):
        done += 1
        if show and done % 50 == 0:
            rate = done / max(time.monotonic() - started, 1e-9)
            print(f"\r{done} articles, {rate:.0f}/s", end="", file=sys.stderr, flush=True)
        yield article
    if show and done >= 50:
        print(file=sys.stderr)


def _open_output(name: str | None) -> IO[str]:
    if name is None or name == "-":
        return sys.stdout
    return open(name, "w", encoding="utf-8")


def _command_parse(options: argparse.Namespace, errors: _Errors) -> None:
    output = _open_output(options.output)
    try:
        articles = _articles(options.paths, options.workers, errors)
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


def _command_summary(options: argparse.Namespace, errors: _Errors) -> None:
    corpus = Corpus(articles=tuple(_articles(options.paths, options.workers, errors)))
    if corpus.articles:
        print(corpus.summary())


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _facts(corpus: Corpus, options: argparse.Namespace) -> tuple[Any, ...]:
    what = options.what
    if what == "statements":
        return corpus.statements(
            speaker=options.speaker,
            topic=options.topic,
            cue=options.cue,
            kind=options.kind,
            country=options.country,
        )
    if what == "events":
        return corpus.events(kind=options.kind, place=options.place, between=options.between)
    if what == "policies":
        return corpus.policies(country=options.country, kind=options.kind, topic=options.topic)
    if what == "people":
        people = corpus.people()
        if options.speaker:
            people = tuple(p for p in people if p in (corpus.person(options.speaker),))
        if options.country:
            people = tuple(p for p in people if p.country == options.country.upper())
        return people
    return corpus.timeline(country=options.country)


def _text_line(fact: Any) -> str:
    if what := getattr(fact, "cue", None):
        speaker = fact.speaker.name if fact.speaker else "(unattributed)"
        return f"{speaker} [{what}, {fact.kind.value}, paragraph {fact.paragraph}]: {fact.text}"
    if hasattr(fact, "organizers"):
        where = f" in {fact.place.name}" if fact.place else ""
        when = f" on {fact.date}" if fact.date else ""
        return f"{fact.kind.value}{where}{when}: {fact.theme or fact.description}"
    if hasattr(fact, "objectives"):
        extras = ", ".join(str(x) for x in (fact.kind.value, fact.country, fact.date) if x)
        return f"{fact.name} ({extras})"
    if hasattr(fact, "occurrences"):
        roles = "; ".join(role.title for role in fact.roles)
        country = f" [{fact.country}]" if fact.country else ""
        return f"{fact.name}{country}" + (f": {roles}" if roles else "")
    return f"{fact.date!s:<22} {fact.kind:<14} {fact.description}"


def _command_query(options: argparse.Namespace, errors: _Errors) -> None:
    corpus = Corpus(articles=tuple(_articles(options.paths, options.workers, errors)))
    facts = _facts(corpus, options)
    if options.format == "json":
        rows = [to_dict(fact) for fact in facts]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif options.format == "csv":
        _write_csv(corpus, options.what, facts)
    else:
        for fact in facts:
            print(_text_line(fact))


def _write_csv(corpus: Corpus, what: str, facts: tuple[Any, ...]) -> None:
    if what in ("people", "timeline"):
        rows = [_flat(to_dict(fact)) for fact in facts]
    else:
        chosen = {id(fact) for fact in facts}
        rows = list(records(corpus, what, only=chosen))
    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        for key, value in row.items()
    }


def _choices(*enums: type[StatementKind | EventKind | PolicyKind]) -> list[str]:
    return sorted({member.value for enum in enums for member in enum})


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="migmodel",
        description="Turn news articles on migration policy and diplomacy into typed facts.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=summary,
            description=summary,
            epilog=_EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument(
            "paths", nargs="+", metavar="PATH", help="article files or directories of *.txt"
        )
        sub.add_argument(
            "--workers", type=int, default=1, help="processes to parse with (default 1)"
        )
        return sub

    parse = command("parse", "parse articles and print them as JSON, JSON Lines or JSON-LD")
    parse.add_argument("--format", choices=("json", "jsonl", "jsonld"), default="json")
    parse.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of standard output"
    )

    command("summary", "print a readable page per article, then the corpus timeline")

    query = command(
        "query", "ask the corpus a question: statements, events, policies, people, timeline"
    )
    query.add_argument(
        "--what",
        choices=("statements", "events", "policies", "people", "timeline"),
        default="statements",
    )
    query.add_argument(
        "--speaker", metavar="NAME", help="statements by this person or organisation"
    )
    query.add_argument("--topic", choices=[topic.value for topic in Topic], help="about this topic")
    query.add_argument(
        "--cue", metavar="LEMMA", help="statements with this reporting verb (say, stress)"
    )
    query.add_argument(
        "--kind",
        choices=_choices(StatementKind, EventKind, PolicyKind),
        help="statement, event or policy kind",
    )
    query.add_argument("--country", metavar="CC", help="ISO 3166-1 alpha-2 code, e.g. MA")
    query.add_argument(
        "--place", metavar="NAME", help="events at this place (a name, or a country code)"
    )
    query.add_argument(
        "--between",
        nargs=2,
        type=_date,
        metavar=("FROM", "TO"),
        help="events overlapping these ISO dates",
    )
    query.add_argument("--format", choices=("text", "json", "csv"), default="text")
    return parser


_COMMANDS = {"parse": _command_parse, "summary": _command_summary, "query": _command_query}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    options = _parser().parse_args(argv)
    if options.workers < 1:
        print("migmodel: error: --workers must be at least 1", file=sys.stderr)
        return 2
    errors = _Errors()
    try:
        _COMMANDS[options.command](options, errors)
    except (LookupError, ValueError) as error:
        message = error.args[0] if error.args else str(error)
        print(f"migmodel: error: {message}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"migmodel: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
    return 1 if errors.count else 0
