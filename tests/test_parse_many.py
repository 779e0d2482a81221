"""Batch parsing from paths: ``parse_corpus`` and ``parse_many`` on files and directories.

Assertions are on which articles come out, in which order, and how unreadable sources
are reported: never on what the parser finds inside an article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from migmodel import WarningCode, parse_corpus, parse_many

NIAMEY = (
    "Niger and IOM Open Return Centre in Agadez\n\n"
    "AGADEZ, Feb 12 (ANP) - The International Organization for Migration and Niger's "
    "Ministry of the Interior opened a centre for migrants who wish to return home, "
    "an official said on Monday."
)

BANJUL = (
    "Gambia Signs Readmission Arrangement\n\n"
    "BANJUL, March 3 - The Gambia's Foreign Minister said the government had agreed "
    "a working arrangement on readmission with the European Union."
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _sources(paths: list[str | Path]) -> list[str | None]:
    return [article.source for article in parse_corpus(paths).articles]


def _warning_codes(path: Path) -> list[WarningCode]:
    (article,) = parse_corpus([path]).articles
    return [warning.code for warning in article.warnings]


def test_directory_gives_its_txt_files_sorted_by_name(tmp_path: Path) -> None:
    """A directory stands for its *.txt files, in name order."""
    second = _write(tmp_path, "b_banjul.txt", BANJUL)
    first = _write(tmp_path, "a_niamey.txt", NIAMEY)
    assert _sources([tmp_path]) == [str(first), str(second)]


def test_directory_ignores_other_files(tmp_path: Path) -> None:
    """Files that do not end in .txt are not read from a directory."""
    _write(tmp_path, "notes.md", "# not an article")
    kept = _write(tmp_path, "niamey.txt", NIAMEY)
    assert _sources([tmp_path]) == [str(kept)]


def test_directory_is_not_searched_recursively(tmp_path: Path) -> None:
    """Articles in sub-directories are not read."""
    nested = tmp_path / "older"
    nested.mkdir()
    _write(nested, "banjul.txt", BANJUL)
    kept = _write(tmp_path, "niamey.txt", NIAMEY)
    assert _sources([tmp_path]) == [str(kept)]


def test_file_path_keeps_the_order_given(tmp_path: Path) -> None:
    """Files given one by one come out in the order given, not in name order."""
    niamey = _write(tmp_path, "a.txt", NIAMEY)
    banjul = _write(tmp_path, "b.txt", BANJUL)
    assert _sources([banjul, niamey]) == [str(banjul), str(niamey)]


def test_paths_and_text_pairs_mix_in_order(tmp_path: Path) -> None:
    """Paths and (source, text) pairs can be mixed; input order is kept."""
    niamey = _write(tmp_path, "niamey.txt", NIAMEY)
    corpus = parse_corpus([("wire/banjul", BANJUL), niamey])
    assert [article.source for article in corpus.articles] == ["wire/banjul", str(niamey)]


def test_file_text_is_read_as_utf8(tmp_path: Path) -> None:
    """A file's UTF-8 text, accents included, is the article's text."""
    path = tmp_path / "accents.txt"
    path.write_text("Sénégal : la Ministre a parlé.", encoding="utf-8")
    assert parse_corpus([path]).articles[0].text == "Sénégal : la Ministre a parlé."


def test_utf16_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """A UTF-16 file that starts with a byte order mark is decoded, not rejected."""
    path = tmp_path / "utf16.txt"
    path.write_bytes(NIAMEY.encode("utf-16"))
    assert parse_corpus([path]).articles[0].text.startswith("Niger and IOM")


def test_missing_path_becomes_an_unreadable_article(tmp_path: Path) -> None:
    """A missing path is kept as an empty article with an UNREADABLE_SOURCE warning."""
    assert _warning_codes(tmp_path / "missing.txt") == [WarningCode.UNREADABLE_SOURCE]


def test_missing_path_warning_names_the_path(tmp_path: Path) -> None:
    """The warning of a missing path names it."""
    missing = tmp_path / "missing.txt"
    (article,) = parse_corpus([missing]).articles
    assert article.warnings[0].message == f"{missing}: no such file or directory"


def test_missing_path_does_not_stop_the_others(tmp_path: Path) -> None:
    """Sources after a missing path are still parsed."""
    niamey = _write(tmp_path, "niamey.txt", NIAMEY)
    corpus = parse_corpus([tmp_path / "missing.txt", niamey])
    assert corpus.articles[1].text == NIAMEY


def test_empty_directory_becomes_an_unreadable_article(tmp_path: Path) -> None:
    """A directory without *.txt files is reported as one unreadable source."""
    assert _warning_codes(tmp_path) == [WarningCode.UNREADABLE_SOURCE]


def test_empty_directory_warning_names_the_directory(tmp_path: Path) -> None:
    """The warning of an empty directory names it."""
    (article,) = parse_corpus([tmp_path]).articles
    assert article.warnings[0].message == f"{tmp_path}: directory has no *.txt articles"


def test_non_utf8_file_becomes_an_unreadable_article(tmp_path: Path) -> None:
    """A file that is not UTF-8 is kept as an empty article with an UNREADABLE_SOURCE warning."""
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"caf\xe9 \x80 bad")
    assert _warning_codes(path) == [WarningCode.UNREADABLE_SOURCE]


def test_non_utf8_warning_names_the_file_and_the_offset(tmp_path: Path) -> None:
    """The warning of a non-UTF-8 file names it and the offset of the first bad byte."""
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"caf\xe9 \x80 bad")
    (article,) = parse_corpus([path]).articles
    assert article.warnings[0].message.startswith(f"{path}: invalid utf-8 byte 0xe9")


def test_non_utf8_file_does_not_stop_the_others(tmp_path: Path) -> None:
    """A good file after a non-UTF-8 one is still parsed."""
    bad = tmp_path / "a_latin1.txt"
    bad.write_bytes(b"caf\xe9 \x80 bad")
    _write(tmp_path, "b_banjul.txt", BANJUL)
    assert parse_corpus([tmp_path]).articles[1].text == BANJUL


def test_on_error_reports_and_skips_unreadable_sources(tmp_path: Path) -> None:
    """With on_error, an unreadable source is reported as (source, message) and skipped."""
    reported: list[tuple[str, str]] = []
    niamey = _write(tmp_path, "niamey.txt", NIAMEY)
    missing = tmp_path / "missing.txt"
    articles = list(parse_many([missing, niamey], on_error=lambda *pair: reported.append(pair)))
    assert (reported, [a.source for a in articles]) == (
        [(str(missing), f"{missing}: no such file or directory")],
        [str(niamey)],
    )


def test_parse_many_is_lazy(tmp_path: Path) -> None:
    """parse_many reads nothing until it is iterated: a missing path is not an error yet."""
    reported: list[tuple[str, str]] = []
    parse_many([tmp_path / "missing.txt"], on_error=lambda *pair: reported.append(pair))
    assert reported == []


def test_two_workers_give_the_same_corpus_as_one(tmp_path: Path) -> None:
    """parse_corpus with two processes gives the corpus one process gives."""
    for index in range(4):
        _write(tmp_path, f"{index}_niamey.txt", NIAMEY)
        _write(tmp_path, f"{index}_banjul.txt", BANJUL)
    assert parse_corpus([tmp_path], workers=2) == parse_corpus([tmp_path])


@pytest.mark.parametrize("workers", [0, -1])
def test_workers_below_one_are_refused(workers: int) -> None:
    """parse_many refuses fewer than one worker with a ValueError."""
    with pytest.raises(ValueError, match=f"workers must be at least 1, got {workers}"):
        list(parse_many([], workers=workers))
