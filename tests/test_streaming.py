"""Streaming and parallel parsing: ``parse_many`` and ``migmodel parse --workers``.

``parse_many`` is lazy (it pulls items only as far as the articles asked for need),
keeps input order, gives the same articles in one process or several, never aborts on
an unreadable item, and keeps a bounded amount of work in flight.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import cast

import pytest

from migmodel import Article, WarningCode, from_json, parse_article, parse_many, to_json
from migmodel.cli import main
from migmodel.sources import Item

STORIES = (
    (
        "Ghana Receives Returnees From Libya\n\n"
        "ACCRA, March 12 (GNA) - Ghana on Tuesday received 143 nationals returned from Libya "
        "with the help of the International Organization for Migration (IOM), the Ministry of "
        "Foreign Affairs said."
    ),
    (
        "NIAMEY, Feb 3 (ANP) - Niger and the European Union agreed on Monday to review their "
        "cooperation on border management.\n\n"
        "\u201cWe want safe and legal routes,\u201d Interior Minister Hamadou Souley told "
        "reporters."
    ),
    (
        "Ecuador and Chile sign labour mobility memorandum\n\n"
        "QUITO - Ecuador and Chile signed a memorandum of understanding on labour mobility on "
        "Friday, opening 2,000 seasonal work permits a year."
    ),
    (
        "MANILA (PNA) - The Department of Migrant Workers said some 3,000 overseas Filipino "
        "workers were repatriated from Kuwait in 2023."
    ),
)


def _pairs(count: int) -> list[tuple[str, str]]:
    """``count`` (source, text) pairs cycling through the stories."""
    return [(f"inbox/{index:03d}.txt", STORIES[index % len(STORIES)]) for index in range(count)]


class _Counted:
    """An iterable of (source, text) pairs that counts how far it has been pulled."""

    def __init__(self, total: int, *, limit: int) -> None:
        self.total = total
        self.limit = limit
        self.pulled = 0

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for index in range(self.total):
            if self.pulled >= self.limit:
                raise AssertionError(f"pulled more than {self.limit} items")
            self.pulled += 1
            yield f"stream/{index:06d}.txt", STORIES[index % len(STORIES)]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A directory of three story files (b, a, c) and a non-UTF-8 file."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for name, story in zip(("b.txt", "a.txt", "c.txt"), STORIES, strict=False):
        (folder / name).write_text(story, encoding="utf-8")
    (folder / "d.txt").write_bytes(b"DAKAR - S\xe9n\xe9gal")
    return folder


def test_articles_come_in_input_order() -> None:
    """Articles are yielded in the order of their items."""
    pairs = _pairs(9)
    sources = [article.source for article in parse_many(pairs, chunksize=2)]
    assert sources == [source for source, _ in pairs]


def test_articles_come_in_input_order_with_two_workers() -> None:
    """With two workers the articles still come in the order of their items."""
    pairs = _pairs(9)
    sources = [article.source for article in parse_many(pairs, workers=2, chunksize=2)]
    assert sources == [source for source, _ in pairs]


def test_two_workers_give_the_same_articles_as_one() -> None:
    """Two worker processes give the same JSON as one process."""
    pairs = _pairs(8)
    reference = dt.date(2024, 3, 15)
    one = [to_json(a) for a in parse_many(pairs, reference_date=reference, chunksize=3)]
    two = [to_json(a) for a in parse_many(pairs, workers=2, reference_date=reference, chunksize=3)]
    assert two == one


def test_a_batch_article_equals_a_single_parse() -> None:
    """An article from parse_many equals parse_article on the same text and source."""
    (article,) = parse_many([("inbox/one.txt", STORIES[1])])
    assert article == parse_article(STORIES[1], source="inbox/one.txt")


def test_paths_directories_and_pairs_mix(archive: Path) -> None:
    """Files, directories (their *.txt sorted by name) and pairs are taken in one batch."""
    items: list[Item] = [archive / "c.txt", archive, ("pasted", STORIES[3])]
    sources = [Path(a.source or "").name for a in parse_many(items)]
    assert sources == ["c.txt", "a.txt", "b.txt", "c.txt", "d.txt", "pasted"]


def test_a_file_parses_like_its_text(archive: Path) -> None:
    """A path item gives the article of the file's text, with the path as source."""
    (article,) = parse_many([archive / "a.txt"])
    assert article == parse_article(STORIES[1], source=str(archive / "a.txt"))


def test_a_missing_file_gives_an_unreadable_source_article(tmp_path: Path) -> None:
    """A missing file is yielded as an empty article with an UNREADABLE_SOURCE warning."""
    (article,) = parse_many([tmp_path / "gone.txt"])
    assert [w.code for w in article.warnings] == [WarningCode.UNREADABLE_SOURCE]


def test_a_missing_file_keeps_its_place(tmp_path: Path) -> None:
    """The article standing for a missing file comes where the file was in the input."""
    items: list[Item] = [("first", STORIES[0]), tmp_path / "gone.txt", ("last", STORIES[2])]
    sources = [article.source for article in parse_many(items)]
    assert sources == ["first", str(tmp_path / "gone.txt"), "last"]


def test_a_non_utf8_file_gives_an_unreadable_source_article(archive: Path) -> None:
    """A file that is not UTF-8 is yielded with an UNREADABLE_SOURCE warning."""
    (article,) = parse_many([archive / "d.txt"])
    assert [w.code for w in article.warnings] == [WarningCode.UNREADABLE_SOURCE]


def test_an_undecodable_bytes_pair_gives_an_unreadable_source_article() -> None:
    """A (source, bytes) pair that is not UTF-8 is yielded with an UNREADABLE_SOURCE warning."""
    (article,) = parse_many([("pasted", b"Lom\xe9, Togo")])
    assert [w.code for w in article.warnings] == [WarningCode.UNREADABLE_SOURCE]


def test_a_utf16_bytes_pair_parses_like_its_text() -> None:
    """A (source, bytes) pair in UTF-16 with a byte-order mark parses like the string."""
    (article,) = parse_many([("pasted", STORIES[2].encode("utf-16"))])
    assert article == parse_article(STORIES[2], source="pasted")


def test_the_unreadable_warning_gives_the_byte_offset(archive: Path) -> None:
    """The warning for an undecodable file says at which byte offset it fails."""
    (article,) = parse_many([archive / "d.txt"])
    assert "byte offset 9" in article.warnings[0].message


def test_on_error_receives_the_unreadable_source(archive: Path) -> None:
    """With on_error, an unreadable source is reported as (source, message)."""
    reported: list[tuple[str, str]] = []
    list(parse_many([archive / "d.txt"], on_error=lambda s, m: reported.append((s, m))))
    assert [source for source, _ in reported] == [str(archive / "d.txt")]


def test_on_error_skips_the_unreadable_source(archive: Path, tmp_path: Path) -> None:
    """With on_error, unreadable sources are left out and the others still come."""
    items = [tmp_path / "gone.txt", archive]
    articles = list(parse_many(items, on_error=lambda source, message: None))
    assert [Path(a.source or "").name for a in articles] == ["a.txt", "b.txt", "c.txt"]


def test_on_error_works_with_two_workers(archive: Path) -> None:
    """With two workers, unreadable sources still reach on_error in the parent."""
    reported: list[str] = []
    articles = list(
        parse_many([archive], workers=2, chunksize=1, on_error=lambda s, m: reported.append(s))
    )
    assert (len(articles), reported) == (3, [str(archive / "d.txt")])


def test_an_empty_directory_is_reported(tmp_path: Path) -> None:
    """A directory without *.txt files is yielded as an UNREADABLE_SOURCE article."""
    (tmp_path / "empty").mkdir()
    (article,) = parse_many([tmp_path / "empty"])
    assert [w.code for w in article.warnings] == [WarningCode.UNREADABLE_SOURCE]


def test_nothing_in_gives_nothing_out() -> None:
    """An empty batch yields no article."""
    assert list(parse_many([])) == []


def test_the_first_article_pulls_only_the_first_chunk() -> None:
    """Taking the first article of a huge stream pulls one chunk of items, no more."""
    stream = _Counted(10**9, limit=1_000)
    next(iter(parse_many(stream, chunksize=4)))
    assert stream.pulled == 4


def test_items_are_pulled_as_articles_are_taken() -> None:
    """In one process, the items pulled never run ahead of the articles taken by a chunk."""
    stream = _Counted(10**9, limit=1_000)
    ahead = 0
    for taken, _ in enumerate(parse_many(stream, chunksize=3), start=1):
        ahead = max(ahead, stream.pulled - taken)
        if taken == 20:
            break
    assert ahead < 3


def test_two_workers_keep_bounded_work_in_flight() -> None:
    """With two workers at most 2 x workers chunks are in flight beyond the one being read."""
    stream = _Counted(10**9, limit=1_000)
    ahead = 0
    articles = cast(Generator[Article, None, None], parse_many(stream, workers=2, chunksize=2))
    for taken, _ in enumerate(articles, start=1):
        ahead = max(ahead, stream.pulled - taken)
        if taken == 24:
            break
    articles.close()
    assert ahead <= 2 * 2 * 2


def test_zero_workers_is_rejected() -> None:
    """workers below 1 raises ValueError."""
    with pytest.raises(ValueError, match="workers must be at least 1, got 0"):
        next(parse_many(_pairs(1), workers=0))


def test_zero_chunksize_is_rejected() -> None:
    """chunksize below 1 raises ValueError."""
    with pytest.raises(ValueError, match="chunksize must be at least 1, got 0"):
        next(parse_many(_pairs(1), chunksize=0))


# --- the command line ------------------------------------------------------------------------


def test_cli_streams_one_json_line_per_readable_file(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``migmodel parse DIR --format jsonl --workers 2`` writes one article a line."""
    main(["parse", str(archive), "--format", "jsonl", "--workers", "2"])
    lines = capsys.readouterr().out.splitlines()
    assert [Path(from_json(line, Article).source or "").name for line in lines] == [
        "a.txt",
        "b.txt",
        "c.txt",
    ]


def test_cli_reports_the_unreadable_file_on_stderr(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI names an undecodable file on standard error and goes on."""
    main(["parse", str(archive), "--format", "jsonl"])
    assert str(archive / "d.txt") in capsys.readouterr().err


def test_cli_exits_1_when_a_file_is_unreadable(archive: Path) -> None:
    """The CLI's exit status is 1 when some source could not be read."""
    assert main(["parse", str(archive), "--format", "jsonl", "-o", str(archive / "out")]) == 1


def test_cli_output_lines_are_json_objects(archive: Path, tmp_path: Path) -> None:
    """Each line the CLI writes with -o is a JSON object of one article."""
    target = tmp_path / "out.jsonl"
    main(["parse", str(archive / "a.txt"), "--format", "jsonl", "-o", str(target)])
    assert [type(json.loads(line)) for line in target.read_text().splitlines()] == [dict]


def test_cli_is_quiet_on_stderr_when_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With stderr not a terminal and every file readable, nothing is written to stderr."""
    folder = tmp_path / "clean"
    folder.mkdir()
    for index, story in enumerate(STORIES):
        (folder / f"{index}.txt").write_text(story, encoding="utf-8")
    main(["parse", str(folder), "--format", "jsonl"])
    assert capsys.readouterr().err == ""
