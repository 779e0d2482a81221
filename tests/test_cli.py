"""The command line, run in-process with ``main([...])``.

Query mechanics run on the two hand-built articles of ``handmade`` (the parser is
replaced by a stub), so they do not move when the parser improves; ``parse`` and
``summary`` run the real parser on the seeds and on small files of our own, with
assertions that hold whatever the parser finds.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import handmade
from migmodel import (
    Article,
    Corpus,
    CorpusEntity,
    Statement,
    TimelineEntry,
    cli,
    from_dict,
    from_json,
    load_jsonl,
    parse_corpus,
)

SEEDS = Path(__file__).parent.parent / "seeds"

GHANA_TEXT = (
    "Ghana Opens Migrant Resource Centre in Kumasi\n\n"
    "KUMASI, May 6 (GNA) - Ghana's Minister of the Interior, Kofi Asante, said on Monday "
    "that the new centre would inform young people about safe ways to work abroad.\n\n"
    '"Nobody should pay a smuggler to find a job," Asante told reporters.'
)

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``migmodel ARGS...`` in-process; return (status, stdout, stderr)."""

    def run(*args: str | Path) -> tuple[int, str, str]:
        status = cli.main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return run


@pytest.fixture
def handmade_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line sees the two hand-built articles, whatever paths it is given."""

    def fake_parse_many(
        paths: object, *, workers: int, on_error: Callable[[str, str], object]
    ) -> Iterator[Article]:
        yield from handmade.corpus().articles

    monkeypatch.setattr(cli, "parse_many", fake_parse_many)


@pytest.fixture
def ghana_file(tmp_path: Path) -> Path:
    """A short article of our own, written to a UTF-8 file."""
    path = tmp_path / "ghana.txt"
    path.write_text(GHANA_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def latin1_file(tmp_path: Path) -> Path:
    """A file that is not UTF-8 text."""
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"caf\xe9 \x80 bad")
    return path


# --- parse --------------------------------------------------------------------------------


def test_parse_json_is_a_corpus_loadable_by_from_json(run: Run) -> None:
    """`parse` prints one Corpus JSON object that from_json reads back."""
    _, out, _ = run("parse", SEEDS)
    assert len(from_json(out, Corpus).articles) == 2


def test_parse_json_has_an_articles_key(run: Run) -> None:
    """`parse --format json` prints an object with an ``articles`` list."""
    _, out, _ = run("parse", SEEDS, "--format", "json")
    assert isinstance(json.loads(out)["articles"], list)


def test_parse_jsonl_prints_one_article_a_line(run: Run) -> None:
    """`parse --format jsonl` prints one JSON object a line, one per article."""
    _, out, _ = run("parse", SEEDS, "--format", "jsonl")
    assert len(out.splitlines()) == 2


def test_parse_jsonl_round_trips_through_load_jsonl(run: Run) -> None:
    """JSON Lines from `parse` load back to the articles parse_corpus gives."""
    _, out, _ = run("parse", SEEDS, "--format", "jsonl")
    assert load_jsonl(io.StringIO(out)) == parse_corpus([SEEDS])


def test_parse_jsonld_is_a_list_of_news_articles(run: Run) -> None:
    """`parse --format jsonld` prints a list of schema.org NewsArticle objects."""
    _, out, _ = run("parse", SEEDS, "--format", "jsonld")
    assert [node["@type"] for node in json.loads(out)] == ["NewsArticle", "NewsArticle"]


def test_parse_output_option_writes_the_file(run: Run, tmp_path: Path) -> None:
    """`parse -o FILE` writes the JSON Lines to FILE."""
    target = tmp_path / "out.jsonl"
    run("parse", SEEDS, "--format", "jsonl", "-o", target)
    assert len(load_jsonl(target).articles) == 2


def test_parse_output_option_leaves_stdout_empty(run: Run, tmp_path: Path) -> None:
    """`parse -o FILE` prints nothing on standard output."""
    _, out, _ = run("parse", SEEDS, "-o", tmp_path / "out.json")
    assert out == ""


def test_parse_output_in_a_missing_directory_is_a_one_line_error(run: Run, tmp_path: Path) -> None:
    """An output file that cannot be created gives a one-line error naming it, status 1."""
    target = tmp_path / "no" / "such" / "dir" / "out.json"
    assert run("parse", SEEDS, "-o", target)[1:] == (
        "",
        f"migmodel: error: {target}: cannot write (No such file or directory)\n",
    )


def test_parse_with_two_workers_prints_the_same_as_one(run: Run, tmp_path: Path) -> None:
    """`--workers 2` gives byte for byte the output of `--workers 1`."""
    for index in range(3):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copy(seed, tmp_path / f"{index}_{seed.name}")
    one = run("parse", tmp_path, "--format", "jsonl", "--workers", "1")
    two = run("parse", tmp_path, "--format", "jsonl", "--workers", "2")
    assert two == one


# --- summary ------------------------------------------------------------------------------


def test_summary_of_seeds_prints_a_page_per_article_and_a_timeline(run: Run) -> None:
    """`summary seeds/` prints a page per article and the corpus timeline, each under a rule."""
    _, out, _ = run("summary", SEEDS)
    assert sum(line == "=" * 72 for line in out.splitlines()) == 3


def test_summary_of_seeds_ends_with_the_timeline(run: Run) -> None:
    """The summary's last section is the timeline."""
    _, out, _ = run("summary", SEEDS)
    assert out.rsplit("=" * 72, 1)[1].lstrip().startswith("Timeline (")


def test_summary_of_seeds_exits_zero(run: Run) -> None:
    """`summary seeds/` succeeds."""
    assert run("summary", SEEDS)[0] == 0


def test_summary_shows_the_people_of_a_file(run: Run, ghana_file: Path) -> None:
    """The summary page of an article lists its people."""
    _, out, _ = run("summary", ghana_file)
    assert "People:" in out


# --- query: statements --------------------------------------------------------------------


@pytest.mark.usefixtures("handmade_parser")
def test_query_statements_by_speaker_surname(run: Run) -> None:
    """`--speaker` finds a person's statements by surname, one line each."""
    _, out, _ = run("query", "news/", "--speaker", "ndiaye")
    assert [line.split(" [")[0] for line in out.splitlines()] == ["Awa Ndiaye", "Awa Ndiaye"]


@pytest.mark.usefixtures("handmade_parser")
def test_query_text_line_shows_cue_kind_and_paragraph(run: Run) -> None:
    """A statement's text line shows speaker, cue, kind, paragraph and words."""
    _, out, _ = run("query", "news/", "--kind", "direct")
    assert out == (
        "Awa Ndiaye [say, direct, paragraph 1]: "
        "No one should risk the Atlantic route to find work,\n"
    )


@pytest.mark.usefixtures("handmade_parser")
def test_query_statements_by_topic(run: Run) -> None:
    """`--topic` keeps the statements tagged with that topic."""
    _, out, _ = run("query", "news/", "--topic", "human_trafficking")
    assert out.startswith("ILO [say, reported, paragraph 0]: Madrid's cabinet adopted")


@pytest.mark.usefixtures("handmade_parser")
def test_query_statements_by_cue(run: Run) -> None:
    """`--cue say` keeps the statements whose reporting verb is say."""
    _, out, _ = run("query", "news/", "--cue", "say")
    assert len(out.splitlines()) == 3


@pytest.mark.usefixtures("handmade_parser")
def test_query_statements_by_country_code(run: Run) -> None:
    """`--country SN` keeps the statements of Senegalese speakers."""
    _, out, _ = run("query", "news/", "--country", "sn")
    assert len(out.splitlines()) == 2


@pytest.mark.usefixtures("handmade_parser")
def test_query_country_by_name_equals_country_by_code(run: Run) -> None:
    """`--country Senegal` means the same as `--country SN`."""
    assert run("query", "news/", "--country", "Senegal") == run("query", "news/", "--country", "SN")


@pytest.mark.usefixtures("handmade_parser")
def test_query_unknown_country_name_is_a_one_line_error(run: Run) -> None:
    """A country name the articles do not know gives a one-line error, status 1."""
    assert run("query", "news/", "--country", "Atlantis") == (
        1,
        "",
        "migmodel: error: no place is known as 'Atlantis'\n",
    )


@pytest.mark.usefixtures("handmade_parser")
def test_query_unknown_speaker_is_a_one_line_error(run: Run) -> None:
    """A speaker nobody answers to gives a one-line error and status 1, no output."""
    assert run("query", "news/", "--speaker", "Nobody Atall") == (
        1,
        "",
        "migmodel: error: no person or organisation is known as 'Nobody Atall'\n",
    )


@pytest.mark.usefixtures("handmade_parser")
def test_query_json_statements_load_as_statements(run: Run) -> None:
    """`--format json` prints a list that from_dict turns back into the statements."""
    _, out, _ = run("query", "news/", "--speaker", "ndiaye", "--format", "json")
    loaded = tuple(from_dict(row, Statement) for row in json.loads(out))
    assert loaded == handmade.corpus().statements(speaker="ndiaye")


@pytest.mark.usefixtures("handmade_parser")
def test_query_csv_statements_have_a_header_and_a_row_each(run: Run) -> None:
    """`--format csv` prints a header and one flat row per statement."""
    _, out, _ = run("query", "news/", "--format", "csv")
    assert [row["speaker"] for row in csv.DictReader(io.StringIO(out))] == [
        "Awa Ndiaye",
        "Awa Ndiaye",
        "ILO",
    ]


@pytest.mark.usefixtures("handmade_parser")
def test_query_csv_keeps_only_the_chosen_statements(run: Run) -> None:
    """`--format csv` with a filter prints only the rows the filter keeps."""
    _, out, _ = run("query", "news/", "--kind", "direct", "--format", "csv")
    assert [row["kind"] for row in csv.DictReader(io.StringIO(out))] == ["direct"]


@pytest.mark.usefixtures("handmade_parser")
def test_query_csv_with_no_match_prints_nothing(run: Run) -> None:
    """A csv query that matches nothing prints nothing, not even a header."""
    assert run("query", "news/", "--kind", "partial", "--format", "csv") == (0, "", "")


# --- query: events, policies, people, timeline --------------------------------------------


@pytest.mark.usefixtures("handmade_parser")
def test_query_events_text_line(run: Run) -> None:
    """`--what events` prints kind, place, date and description."""
    _, out, _ = run("query", "news/", "--what", "events")
    assert out == "signing in Dakar on 2024-03-11: Senegal and Spain Sign Labour Mobility Deal\n"


@pytest.mark.usefixtures("handmade_parser")
def test_query_events_of_another_kind_print_nothing(run: Run) -> None:
    """`--kind meeting` leaves out a signing."""
    assert run("query", "news/", "--what", "events", "--kind", "meeting") == (0, "", "")


@pytest.mark.usefixtures("handmade_parser")
def test_query_events_between_dates_that_overlap(run: Run) -> None:
    """`--between` keeps an event whose date falls in the interval."""
    _, out, _ = run("query", "news/", "--what", "events", "--between", "2024-03-01", "2024-03-31")
    assert len(out.splitlines()) == 1


@pytest.mark.usefixtures("handmade_parser")
def test_query_events_between_dates_that_do_not_overlap(run: Run) -> None:
    """`--between` leaves out an event outside the interval."""
    _, out, _ = run("query", "news/", "--what", "events", "--between", "2023-01-01", "2023-12-31")
    assert out == ""


@pytest.mark.usefixtures("handmade_parser")
def test_query_events_at_a_country_by_code(run: Run) -> None:
    """`--place SN` keeps events at a place in Senegal."""
    _, out, _ = run("query", "news/", "--what", "events", "--place", "SN")
    assert out.startswith("signing in Dakar")


@pytest.mark.usefixtures("handmade_parser")
def test_query_policies_of_a_country(run: Run) -> None:
    """`--what policies --country ES` prints the Spanish plan with kind, owner and date."""
    _, out, _ = run("query", "news/", "--what", "policies", "--country", "ES")
    assert out == "National Plan against Human Trafficking (programme, ES, 2023-03)\n"


@pytest.mark.usefixtures("handmade_parser")
def test_query_policies_csv_has_date_bounds(run: Run) -> None:
    """A policy's csv row gives its date as an interval."""
    _, out, _ = run("query", "news/", "--what", "policies", "--format", "csv")
    row = next(csv.DictReader(io.StringIO(out)))
    assert (row["date_earliest"], row["date_latest"]) == ("2023-03-01", "2023-03-31")


@pytest.mark.usefixtures("handmade_parser")
def test_query_people_lists_names_countries_and_roles(run: Run) -> None:
    """`--what people` prints a person once across articles, with every role."""
    _, out, _ = run("query", "news/", "--what", "people")
    assert out == "Awa Ndiaye [SN]: Minister of Labour (SN); Minister (SN)\n"


@pytest.mark.usefixtures("handmade_parser")
def test_query_people_json_loads_as_corpus_entities(run: Run) -> None:
    """`--what people --format json` prints corpus entities that from_dict reads back."""
    _, out, _ = run("query", "news/", "--what", "people", "--format", "json")
    loaded = [from_dict(row, CorpusEntity) for row in json.loads(out)]
    assert loaded == list(handmade.corpus().people())


@pytest.mark.usefixtures("handmade_parser")
def test_query_people_csv_lists_the_articles(run: Run) -> None:
    """A person's csv row lists the articles naming them."""
    _, out, _ = run("query", "news/", "--what", "people", "--format", "csv")
    assert next(csv.DictReader(io.StringIO(out)))["article_ids"] == "dakar01; madrid01"


@pytest.mark.usefixtures("handmade_parser")
def test_query_people_unknown_name_is_a_one_line_error(run: Run) -> None:
    """`--what people --speaker` with an unknown name: one-line error, status 1."""
    assert run("query", "news/", "--what", "people", "--speaker", "Nobody") == (
        1,
        "",
        "migmodel: error: no person is known as 'Nobody'\n",
    )


@pytest.mark.usefixtures("handmade_parser")
def test_query_timeline_is_oldest_first(run: Run) -> None:
    """`--what timeline` prints dated facts oldest first."""
    _, out, _ = run("query", "news/", "--what", "timeline")
    assert [line.split()[0] for line in out.splitlines()] == ["2023-03", "2024-03-11", "2024-03-11"]


@pytest.mark.usefixtures("handmade_parser")
def test_query_timeline_of_a_country(run: Run) -> None:
    """`--what timeline --country ES` keeps the facts about Spain."""
    _, out, _ = run("query", "news/", "--what", "timeline", "--country", "ES")
    assert [line.split()[1] for line in out.splitlines()] == ["programme"]


@pytest.mark.usefixtures("handmade_parser")
def test_query_timeline_between_dates(run: Run) -> None:
    """`--what timeline --between` keeps the entries overlapping the interval."""
    _, out, _ = run("query", "news/", "--what", "timeline", "--between", "2023-01-01", "2023-12-31")
    assert len(out.splitlines()) == 1


@pytest.mark.usefixtures("handmade_parser")
def test_query_timeline_json_loads_as_entries(run: Run) -> None:
    """`--what timeline --format json` prints entries that from_dict reads back."""
    _, out, _ = run("query", "news/", "--what", "timeline", "--format", "json")
    loaded = tuple(from_dict(row, TimelineEntry) for row in json.loads(out))
    assert loaded == handmade.corpus().timeline()


@pytest.mark.usefixtures("handmade_parser")
def test_query_timeline_csv_has_flat_dates(run: Run) -> None:
    """A timeline csv row gives the date as text, not as a nested object."""
    _, out, _ = run("query", "news/", "--what", "timeline", "--format", "csv")
    assert next(csv.DictReader(io.StringIO(out)))["date"] == "2023-03"


# --- progress -----------------------------------------------------------------------------


class _Terminal(io.StringIO):
    """A standard error that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _many_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_parse_many(
        paths: object, *, workers: int, on_error: Callable[[str, str], object]
    ) -> Iterator[Article]:
        yield from handmade.corpus().articles * 30

    monkeypatch.setattr(cli, "parse_many", fake_parse_many)


def test_progress_is_drawn_when_stderr_is_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal, standard error shows a progress count every 50 articles."""
    _many_articles(monkeypatch)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    cli.main(["summary", "news/"])
    assert "\r50 articles, " in terminal.getvalue()


def test_no_progress_when_stderr_is_not_a_terminal(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When standard error is a file or pipe, nothing is written there on success."""
    _many_articles(monkeypatch)
    assert run("summary", "news/")[2] == ""


# --- unreadable sources -------------------------------------------------------------------


def test_missing_path_is_a_one_line_error_naming_it(run: Run, tmp_path: Path) -> None:
    """A missing path: one line on standard error naming it."""
    missing = tmp_path / "missing.txt"
    _, _, err = run("summary", missing)
    assert err == f"migmodel: error: {missing}: no such file or directory\n"


def test_missing_path_exits_one(run: Run, tmp_path: Path, ghana_file: Path) -> None:
    """A missing path among good ones makes the status 1."""
    assert run("summary", tmp_path / "missing.txt", ghana_file)[0] == 1


def test_missing_path_does_not_stop_the_others(run: Run, tmp_path: Path, ghana_file: Path) -> None:
    """The files after a missing path are still processed."""
    _, out, _ = run("parse", tmp_path / "missing.txt", ghana_file, "--format", "jsonl")
    assert [article.source for article in load_jsonl(io.StringIO(out)).articles] == [
        str(ghana_file)
    ]


def test_directory_without_articles_is_a_one_line_error(run: Run, tmp_path: Path) -> None:
    """A directory with no *.txt: one line naming it, status 1."""
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("not an article", encoding="utf-8")
    assert run("summary", empty) == (
        1,
        "",
        f"migmodel: error: {empty}: directory has no *.txt articles\n",
    )


def test_non_utf8_file_is_a_one_line_error_naming_it(run: Run, latin1_file: Path) -> None:
    """A file that is not UTF-8: one line naming the file and the bad byte's offset."""
    _, _, err = run("summary", latin1_file)
    assert err == (
        f"migmodel: error: {latin1_file}: invalid utf-8 byte 0xe9 (invalid continuation byte) "
        "at byte offset 3\n"
    )


def test_non_utf8_file_does_not_stop_the_others(
    run: Run, latin1_file: Path, ghana_file: Path
) -> None:
    """A good file after a non-UTF-8 one is still parsed, and the status is 1."""
    status, out, _ = run("parse", latin1_file, ghana_file, "--format", "jsonl")
    assert (status, len(out.splitlines())) == (1, 1)


def test_unreadable_sources_never_print_a_traceback(
    run: Run, tmp_path: Path, latin1_file: Path
) -> None:
    """Bad sources print one line each, never a traceback."""
    empty = tmp_path / "empty"
    empty.mkdir()
    _, _, err = run("query", tmp_path / "missing.txt", latin1_file, empty)
    assert (len(err.splitlines()), "Traceback" in err) == (3, False)


# --- bad usage ----------------------------------------------------------------------------

BAD_USAGE = {
    "unknown option": ("query", "news/", "--colour", "red"),
    "no command": (),
    "unknown command": ("translate", "news/"),
    "no path": ("summary",),
    "bad --between date": (
        "query",
        "news/",
        "--what",
        "events",
        "--between",
        "2024-13-01",
        "2024-12-31",
    ),
    "--between backwards": (
        "query",
        "news/",
        "--what",
        "events",
        "--between",
        "2024-12-31",
        "2024-01-01",
    ),
    "--workers 0": ("parse", "news/", "--workers", "0"),
    "--workers not a number": ("parse", "news/", "--workers", "two"),
    "unknown topic": ("query", "news/", "--topic", "tourism"),
    "event kind for statements": ("query", "news/", "--kind", "meeting"),
    "--topic with events": ("query", "news/", "--what", "events", "--topic", "integration"),
    "--speaker with policies": ("query", "news/", "--what", "policies", "--speaker", "Ndiaye"),
    "unknown format": ("parse", "news/", "--format", "xml"),
}


@pytest.mark.usefixtures("handmade_parser")
@pytest.mark.parametrize("args", BAD_USAGE.values(), ids=BAD_USAGE.keys())
def test_bad_usage_exits_two(run: Run, args: tuple[str, ...]) -> None:
    """Bad usage gives status 2."""
    assert run(*args)[0] == 2


@pytest.mark.usefixtures("handmade_parser")
@pytest.mark.parametrize("args", BAD_USAGE.values(), ids=BAD_USAGE.keys())
def test_bad_usage_ends_with_a_one_line_error(run: Run, args: tuple[str, ...]) -> None:
    """Bad usage prints the usage, then one ``error:`` line, and no traceback."""
    _, _, err = run(*args)
    assert (
        err.splitlines()[-1].split(": error: ")[0].startswith("migmodel"),
        "Traceback" in err,
    ) == (
        True,
        False,
    )


@pytest.mark.usefixtures("handmade_parser")
def test_bad_usage_prints_nothing_on_stdout(run: Run) -> None:
    """A usage error writes nothing to standard output."""
    assert run("query", "news/", "--what", "events", "--cue", "say")[1] == ""


def test_option_that_does_not_apply_is_named(run: Run) -> None:
    """The error for an option that does not apply names it and the question."""
    _, _, err = run("query", "news/", "--what", "events", "--cue", "say")
    assert err.splitlines()[-1] == "migmodel query: error: --cue does not apply to --what events"


def test_kind_of_the_wrong_question_lists_the_right_kinds(run: Run) -> None:
    """The error for a kind that does not fit --what lists the kinds that do."""
    _, _, err = run("query", "news/", "--what", "policies", "--kind", "meeting")
    assert err.splitlines()[-1].startswith(
        "migmodel query: error: --kind 'meeting' is not a kind of policies (choose from "
    )


# --- help ---------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["parse", "summary", "query"])
def test_help_of_each_command_shows_examples(run: Run, command: str) -> None:
    """`COMMAND --help` ends with examples of that command."""
    _, out, _ = run(command, "--help")
    assert f"examples:\n  migmodel {command} " in out


@pytest.mark.parametrize("command", ["parse", "summary", "query"])
def test_help_exits_zero(run: Run, command: str) -> None:
    """`COMMAND --help` exits with status 0."""
    assert run(command, "--help")[0] == 0


def test_python_dash_m_migmodel_help_lists_the_commands() -> None:
    """`python -m migmodel --help` runs and lists the three commands."""
    done = subprocess.run(
        [sys.executable, "-m", "migmodel", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, [word in done.stdout for word in ("parse", "summary", "query")]) == (
        0,
        [True, True, True],
    )


def test_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    """A reader that closes the pipe early (``| head``) gets no error message or traceback."""
    for index in range(4):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copy(seed, tmp_path / f"{index}_{seed.name}")
    with subprocess.Popen(
        [sys.executable, "-m", "migmodel", "parse", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()
        err = process.stderr.read()
        process.wait(timeout=30)
    assert err == b""


def test_unknown_option_is_reported_by_the_command(run: Run) -> None:
    """An unknown option is reported with the command's name and usage."""
    _, _, err = run("query", "news/", "--colour", "red")
    assert err.splitlines()[-1] == "migmodel query: error: unrecognized arguments: --colour red"
