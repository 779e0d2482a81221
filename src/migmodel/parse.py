"""Parse scraped article text into an ``Article``."""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Literal

from migmodel._pipeline.assemble import article_id, assemble
from migmodel._pipeline.draft import Draft
from migmodel._pipeline.normalise import decode, normalise
from migmodel._pipeline.run import extract, make_document
from migmodel.errors import MigmodelError, ParseWarning, SourceError, WarningCode
from migmodel.model import Article, Corpus
from migmodel.sources import Item, expand_paths, read_source

__all__ = ["parse_article", "parse_corpus", "parse_many"]


def parse_article(
    text: str | bytes,
    *,
    source: str | None = None,
    reference_date: dt.date | None = None,
    errors: Literal["strict", "replace"] = "strict",
) -> Article:
    """Turn one scraped article, page furniture and all, into an ``Article``.

    Never raises on a ``str``: problems with the text are recorded in ``Article.warnings``.

    >>> article = parse_article("GENEVA, May 2 (IOM) - The agency said it would help.")
    >>> article.dateline_place.name
    'Geneva'

    Args:
        text: the article as text, or as bytes (UTF-8, or UTF-16/32 with a BOM).
        source: where the text came from, kept in ``Article.source``.
        reference_date: the date that relative expressions ("on Tuesday") are
            resolved against; by default the page date, else the dateline's date.
        errors: for bytes, ``"replace"`` turns undecodable bytes into U+FFFD
            (with a warning) instead of raising.

    Raises:
        DecodeError: ``text`` is bytes that are not valid text, and ``errors="strict"``.
    """
    warnings: tuple[ParseWarning, ...] = ()
    if isinstance(text, bytes):
        text, warnings = decode(text, errors=errors, source=source)
    document, dateline_date, front_warnings = make_document(
        normalise(text), reference_date=reference_date
    )
    draft = Draft(
        document=document,
        dateline_date=dateline_date,
        warnings=(*warnings, *front_warnings),
    )
    return assemble(extract(draft), source=source)


def _failed_article(source: str, error: MigmodelError) -> Article:
    """An empty article standing for a source that could not be read or decoded."""
    return Article(
        id=article_id(f"unreadable:{source}"),
        source=source,
        text="",
        warnings=(ParseWarning(code=WarningCode.UNREADABLE_SOURCE, message=str(error)),),
    )


def _parse_item(item: Item | SourceError, reference_date: dt.date | None) -> Article:
    """Parse one batch item; a source that cannot be read becomes a failed article."""
    if isinstance(item, SourceError):
        return _failed_article(item.source, item)
    if isinstance(item, tuple):
        source, text = item
    else:
        source = os.fspath(item)
        try:
            text = read_source(item)
        except SourceError as error:
            return _failed_article(source, error)
    try:
        return parse_article(text, source=source, reference_date=reference_date)
    except MigmodelError as error:
        return _failed_article(source, error)


def _parse_chunk(chunk: list[Item | SourceError], reference_date: dt.date | None) -> list[Article]:
    return [_parse_item(item, reference_date) for item in chunk]


def _items(items: Iterable[Item]) -> Iterator[Item | SourceError]:
    for item in items:
        if isinstance(item, tuple):
            yield item
        else:
            yield from expand_paths([item])


def _chunks(items: Iterator[Item | SourceError], size: int) -> Iterator[list[Item | SourceError]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def parse_many(
    items: Iterable[Item],
    *,
    workers: int = 1,
    chunksize: int = 16,
    reference_date: dt.date | None = None,
    on_error: Callable[[str, str], object] | None = None,
) -> Iterator[Article]:
    """Parse many articles lazily, in input order, in constant memory.

    Items are paths (a directory stands for its ``*.txt`` files) or ``(source, text)``
    pairs. With ``workers > 1`` the work is spread over that many processes, with at
    most ``2 * workers`` chunks in flight. A source that cannot be read or decoded is
    yielded as an empty article with an ``UNREADABLE_SOURCE`` warning, or, when
    ``on_error`` is given, reported as ``on_error(source, message)`` and skipped.

    >>> [a.title for a in parse_many([("a", "Spain Opens Visa Office\\n\\nIt opened.")])]
    ['Spain Opens Visa Office']
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    chunks = _chunks(_items(items), chunksize)
    if workers == 1:
        results: Iterator[list[Article]] = (_parse_chunk(c, reference_date) for c in chunks)
    else:
        results = _in_processes(chunks, workers, reference_date)
    for batch in results:
        for article in batch:
            failure = next(
                (w for w in article.warnings if w.code is WarningCode.UNREADABLE_SOURCE), None
            )
            if failure is not None and on_error is not None:
                on_error(article.source or "", failure.message)
                continue
            yield article


def _in_processes(
    chunks: Iterator[list[Item | SourceError]], workers: int, reference_date: dt.date | None
) -> Iterator[list[Article]]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: collections.deque[Future[list[Article]]] = collections.deque()
        for chunk in chunks:
            pending.append(pool.submit(_parse_chunk, chunk, reference_date))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def parse_corpus(
    sources: Iterable[Item], *, workers: int = 1, reference_date: dt.date | None = None
) -> Corpus:
    """Parse paths (files, or directories of ``*.txt``) or ``(source, text)`` pairs into
    a ``Corpus``, in input order (a directory's files sorted by name).

    Sources that cannot be read are kept as empty articles with a warning.
    """
    return Corpus(
        articles=tuple(parse_many(sources, workers=workers, reference_date=reference_date))
    )
