"""The cookbook's examples still print what docs/queries.md says they print."""

from __future__ import annotations

import contextlib
import io
import itertools
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)


def _examples(name: str) -> list[tuple[str, str]]:
    """The (code, printed output) pairs of a document: a python block, then a text block."""
    blocks = _BLOCK.findall((ROOT / "docs" / name).read_text(encoding="utf-8"))
    return [
        (code, following[1])
        for (language, code), following in itertools.pairwise(blocks)
        if language == "python" and following[0] == "text" and not code.lstrip().startswith(">>>")
    ]


def _clean(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().splitlines())


def test_queries_cookbook_prints_what_it_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every recipe of docs/queries.md, run in order, prints the output pasted under it."""
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    mismatched = []
    for code, expected in _examples("queries.md"):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(code, namespace)
        if _clean(printed.getvalue()) != _clean(expected):
            mismatched.append(code.splitlines()[0])
    assert mismatched == []
