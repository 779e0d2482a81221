"""``max_width`` agrees with the regex engine's own parser on every pattern it reads."""

from __future__ import annotations

import re
import re._parser as sre_parse  # the engine's parser: private, used here as the oracle only

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmodel._lexicon import load_rows
from migmodel._pipeline import segment
from migmodel._pipeline.segment_width import UNBOUNDED, max_width

FURNITURE = [row[2].replace("{agency}", segment._AGENCY) for row in load_rows("furniture.tsv")]
OTHERS = [
    r"(?<=ab)c{2,}",
    r"(?i)x|yz{,3}",
    r"[]a]b[^\]x]",
    r"(?#a comment)x",
    r"\x41\u2019\U0001F600\N{BULLET}y",
    r"(?:a|bc)+?d*+e{3}",
    r"\bword\B(?=s)(?!x)(?<!y)\Z",
    r"(?P<name>a{2,5})?",
]


def _engine_width(pattern: str) -> int:
    width = sre_parse.parse(pattern).getwidth()[1]
    return UNBOUNDED if width >= sre_parse.MAXREPEAT else width


@pytest.mark.parametrize("pattern", FURNITURE + OTHERS)
def test_max_width_is_the_engine_s(pattern: str) -> None:
    """``max_width`` is the longest match the regex engine's own parser reports."""
    assert max_width(pattern) == _engine_width(pattern)


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?P<x>a)(?P=x)", r"(a", r"a)"])
def test_unsupported_or_broken_patterns_raise(pattern: str) -> None:
    """Unsupported or broken patterns raise."""
    with pytest.raises(ValueError, match=r"supported|parenthesis|group"):
        max_width(pattern)


ALL_RULES = re.compile(
    "|".join(f"(?P<r{number}>{pattern})" for number, pattern in enumerate(FURNITURE)),
    re.IGNORECASE,
)
"""Every furniture rule in one alternation, as ``segment`` matched lines before."""

furniture_like = st.builds(
    lambda head, tail, repeat: (head + " " + tail) * repeat,
    st.sampled_from(("Photo: AFP", "Getty Images", "Share this:", "Home > World", "© 2024", "By")),
    st.text(max_size=30),
    st.integers(1, 40),
)


@given(st.one_of(st.text(max_size=700), furniture_like))
def test_lines_take_the_kind_the_whole_alternation_gives(line: str) -> None:
    """Trying only the rules that can match a line that long finds the same first rule."""
    line = line.strip()
    whole = ALL_RULES.fullmatch(line) if len(line) <= segment._FURNITURE_MAX else None
    expected = segment._RULES[int(whole.lastgroup[1:])] if whole and whole.lastgroup else None
    assert segment._lexicon_kind(line) == expected
