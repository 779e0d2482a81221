"""Loads the lexicons and gazetteers in ``migmodel/data/`` once per process.

Data files are UTF-8. ``.txt`` files hold one entry a line; blank lines and lines
starting with ``#`` are comments. ``.tsv`` files hold tab-separated rows with the same
comment rules. ``.json`` files hold whatever structure their reader documents.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["load_json", "load_lines", "load_rows"]


def _read(name: str) -> str:
    return resources.files("migmodel.data").joinpath(name).read_text(encoding="utf-8")


@functools.cache
def load_lines(name: str) -> tuple[str, ...]:
    """The entries of a one-entry-a-line data file, comments and blanks skipped."""
    return tuple(
        line.strip()
        for line in _read(name).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


@functools.cache
def load_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file, each a tuple of stripped cells."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in load_lines(name))


@functools.cache
def load_json(name: str) -> Any:
    """The parsed content of a JSON data file."""
    return json.loads(_read(name))
