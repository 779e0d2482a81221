"""The scanning shortcuts of the dates and quantities stages find what the plain patterns find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmodel._pipeline import dates as date_stage
from migmodel._pipeline import quantities as quantity_stage
from migmodel._pipeline.scanning import WordScan, alternation

letters = st.text(alphabet="abAB -", min_size=1, max_size=4)


def _plain(words: set[str], space: str) -> str:
    """The alternation the trie replaces: the words escaped, longest first."""
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return "|".join(re.escape(word).replace(r"\ ", space) for word in ordered)


@given(st.sets(letters, min_size=1, max_size=8), st.text(alphabet="abAB -x", max_size=12))
def test_a_trie_matches_what_the_longest_first_alternation_matches(
    words: set[str], text: str
) -> None:
    """At every position, the trie matches the same words, the longest first."""
    trie = re.compile("(?:" + alternation(words, space=r"\s+") + ")")
    plain = re.compile("(?:" + _plain(words, r"\s+") + ")")
    for position in range(len(text) + 1):
        found, expected = trie.match(text, position), plain.match(text, position)
        assert (found and found.group()) == (expected and expected.group())


@given(st.sets(letters, min_size=1, max_size=8), st.text(alphabet="abAB -x", max_size=12))
def test_a_caseless_trie_matches_what_the_caseless_alternation_matches(
    words: set[str], text: str
) -> None:
    """Inside ``(?i:...)`` too, words that differ by case alone counted once."""
    trie = re.compile(f"(?i:{alternation(words, ignore_case=True)})")
    plain = re.compile("(?i:" + _plain({word.lower() for word in words}, r"\ ") + ")")
    for position in range(len(text) + 1):
        found, expected = trie.match(text, position), plain.match(text, position)
        assert (found and found.group()) == (expected and expected.group())


def test_caseless_tries_need_ascii_letters() -> None:
    """Caseless tries need ascii letters."""
    with pytest.raises(ValueError, match="ASCII"):
        alternation(["Zürich"], ignore_case=True)


def test_a_scan_of_words_outside_ascii_is_the_plain_finditer() -> None:
    """A scan of words outside ascii is the plain finditer."""
    scan = WordScan(re.compile(r"(?<!\w)(?i:zürich)"), ["Zürich"])
    assert [match.group() for match in scan.finditer("ZÜRICH, zürich", 0, 14)] == [
        "ZÜRICH",
        "zürich",
    ]


number_words = st.lists(
    st.one_of(
        st.sampled_from(quantity_stage._NUMBER_FIRST_WORDS),
        st.sampled_from(("3,500", "$3m", "€10", "12", "of", "people", "a", "the", "-", "%")),
        st.text(max_size=5),
    ),
    max_size=12,
)


@given(number_words, st.sampled_from((" ", "  ", "-", ", ", "\n", "")), st.booleans())
def test_number_scan_finds_what_the_full_pattern_finds(
    words: list[str], separator: str, upper: bool
) -> None:
    """The quantities stage's word scan yields exactly the matches of the full pattern."""
    text = separator.join(words)
    text = text.upper() if upper else text
    full = [match.span() for match in quantity_stage._NUMBER.finditer(text)]
    found = quantity_stage._NUMBER_SCAN.finditer(text, 0, len(text))
    assert [match.span() for match in found] == full


@given(st.text(max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_date_scan_within_bounds_finds_what_the_full_pattern_finds(
    text: str, start: int, end: int
) -> None:
    """Scopes inside a longer text: the pattern may look behind ``start``, never past ``end``."""
    full = [match.span() for match in date_stage._COMBINED.finditer(text, start, end)]
    found = date_stage._SCAN.finditer(text, start, end)
    assert [match.span() for match in found] == full


phrase_pattern = re.compile(r"(?<!\w)(?i:(?:in\s+excess\s+of|over)\s+)?(?:\d+|€\d+)")
phrase_words = st.lists(
    st.sampled_from(("in", "excess", "of", "over", "IN", "Over", "12", "€5", "x1", "é", "over3")),
    max_size=10,
)


@given(phrase_words, st.sampled_from((" ", "  ", "-", "\n", "")))
def test_a_scan_without_lead_words_finds_what_finditer_finds(
    words: list[str], separator: str
) -> None:
    """A scan without lead words finds what finditer finds."""
    text = separator.join(words)
    scan = WordScan(phrase_pattern, ["in excess of", "over"], symbols="€")
    found = [match.span() for match in scan.finditer(text, 0, len(text))]
    assert found == [match.span() for match in phrase_pattern.finditer(text)]
