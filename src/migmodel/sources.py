"""Reading articles from files and directories, and batches of them."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from migmodel.errors import SourceError

__all__ = ["Item", "expand_paths", "read_source"]

Item = str | os.PathLike[str] | tuple[str, str | bytes]
"""What a batch parser takes: a path, or a ``(source, text)`` pair."""


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | SourceError]:
    """Each path as given; a directory as its ``*.txt`` files, sorted by name.

    A missing path, or a directory without ``*.txt`` files, gives a ``SourceError``
    in its place (not raised), so one bad path does not stop the others.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(child for child in path.glob("*.txt") if child.is_file())
            if not files:
                yield SourceError("directory has no *.txt articles", source=str(path))
            yield from files
        elif path.exists():
            yield path
        else:
            yield SourceError("no such file or directory", source=str(path))


def read_source(path: str | os.PathLike[str]) -> bytes:
    """The bytes of an article file.

    Raises:
        SourceError: the file cannot be read; the message names it and says why.
    """
    try:
        return Path(path).read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise SourceError(f"cannot read ({reason})", source=str(path)) from error
