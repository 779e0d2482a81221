"""Tests for the position helpers the fact-finding stages share: phrase alternations and
the cue lexicons that tell a stage which sentences to search."""

from __future__ import annotations

import itertools
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmodel._pipeline.positions import (
    FOLD_HAZARDS,
    CueLexicons,
    alternation,
    fact_cues,
    governed_by_other,
    matches_near,
)
from migmodel.model import Span

_PHRASES = st.lists(st.text(alphabet="abA ", min_size=1, max_size=4), min_size=1, max_size=6)
_TEXTS = st.text(alphabet="abAB -.\u017f", max_size=40)


def _every_character() -> str:
    return "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)


def _cue_characters() -> set[str]:
    return {char for phrase in fact_cues().lexicons for char in phrase}


def test_fold_hazards_are_the_characters_lower_case_gets_wrong() -> None:
    """Every other character lowers to one character, keeps its class, and matches a cue
    character case-insensitively exactly when it lowers to it."""
    every = _every_character()
    long_lower = {char for char in every if len(char.lower()) != 1}
    assert long_lower <= FOLD_HAZARDS
    word, space = re.compile(r"\w"), re.compile(r"\s")
    for char in every:
        if char not in FOLD_HAZARDS:
            assert bool(word.match(char)) == bool(word.match(char.lower()))
            assert bool(space.match(char)) == bool(space.match(char.lower()))
    folded = set()
    for cue_char in _cue_characters() - {" "}:
        for char in re.findall(re.escape(cue_char), every, re.IGNORECASE):
            if char.lower() != cue_char:
                folded.add(char)
    assert folded | long_lower == FOLD_HAZARDS


@given(phrases=_PHRASES, text=_TEXTS)
def test_alternation_matches_what_the_longest_first_alternation_matches(
    phrases: list[str], text: str
) -> None:
    """Alternation matches what the longest first alternation matches."""
    ordered = sorted({phrase.lower() for phrase in phrases}, key=len, reverse=True)
    plain = "|".join(re.escape(phrase).replace(r"\ ", r"\s{1,3}") for phrase in ordered)
    for suffix in ("", "(?![ab])", "b"):
        nested = re.compile(alternation(ordered) + suffix, re.IGNORECASE)
        flat = re.compile(f"(?:{plain}){suffix}", re.IGNORECASE)
        assert [m.span() for m in nested.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_alternation_nests_shared_prefixes() -> None:
    """Alternation nests shared prefixes."""
    assert alternation(["meet", "meeting", "met"]) == "me(?:et(?:ing)?|t)"


@given(
    phrases=_PHRASES,
    text=_TEXTS,
    cuts=st.lists(st.integers(min_value=0, max_value=40), max_size=4),
)
def test_a_sentence_with_a_match_has_its_lexicon(
    phrases: list[str], text: str, cuts: list[int]
) -> None:
    """A sentence with a match has its lexicon."""
    words = [" ".join(phrase.lower().split()) for phrase in phrases]
    words = [word for word in words if word]
    lexicons = CueLexicons.build({"cue": words, "named": words}, capitalised=["named"])
    bounds = sorted({0, len(text), *(min(cut, len(text)) for cut in cuts)})
    sentences = [Span(start=start, end=end) for start, end in itertools.pairwise(bounds)]
    cue = re.compile(rf"(?<![\w-])(?:{alternation(words)})", re.IGNORECASE) if words else None
    found = lexicons.find(text)
    for sentence, names in zip(sentences, found.names_by_sentence(sentences), strict=True):
        matches = list(cue.finditer(text, sentence.start, sentence.end)) if cue else []
        if matches:
            assert "cue" in names
        if any(match.group()[:1].isupper() for match in matches):
            assert "named" in names


def test_sentences_without_a_cue_are_left_out() -> None:
    """Sentences without a cue are left out."""
    lexicons = CueLexicons.build({"meeting": ["meeting"], "named": ["act"]}, capitalised=["named"])
    text = "A meeting was held. The act was passed. The Act was passed. Nothing."
    sentences = [Span(start=0, end=19), Span(start=20, end=39), Span(start=40, end=59)]
    sentences.append(Span(start=60, end=len(text)))
    assert lexicons.find(text).names_by_sentence(sentences) == [
        frozenset({"meeting"}),
        frozenset(),
        frozenset({"named"}),
        frozenset(),
    ]


def test_a_hazard_or_a_cut_inside_a_word_searches_every_sentence() -> None:
    """A hazard or a cut inside a word searches every sentence."""
    lexicons = CueLexicons.build({"meeting": ["meeting"]})
    everything = frozenset({"meeting"})
    sentences = [Span(start=0, end=5), Span(start=5, end=9)]
    hazard, cut = lexicons.find("Dakar ıs"), lexicons.find("Dakarian")
    assert hazard.names_by_sentence(sentences) == [everything, everything]
    assert cut.names_by_sentence(sentences) == [frozenset(), everything]


def test_cue_phrases_must_be_lower_case_single_spaced_words() -> None:
    """Cue phrases must be lower case single spaced words."""
    for phrase in ("two  spaces", " leading", "Capital"):
        with pytest.raises(ValueError, match="single spaces"):
            CueLexicons.build({"cue": [phrase]})


def test_the_word_class_is_what_backslash_w_matches() -> None:
    """The word class is what backslash w matches."""
    every = _every_character()
    assert {char for char in every if char.isalnum() or char == "_"} == set(
        re.findall(r"\w", every)
    )


def test_a_cue_phrase_is_found_where_it_starts() -> None:
    """A lexicon phrase is found at the offset of its first letter."""
    lexicons = CueLexicons.build({"meeting": ["meeting"]})
    text = "A meeting."
    assert lexicons.find(text).starts_in("meeting", Span(start=0, end=len(text))) == [2]


def test_matches_near_cues_are_the_matches_of_the_whole_span() -> None:
    """Matches near cues are the matches of the whole span."""
    pattern = re.compile(r"(?<!\w)(?:\w+ )?policy")
    text = "a policy and the new policy, policy"
    span = Span(start=0, end=len(text))
    cues = [(match.start(), max(0, match.start() - 4)) for match in re.finditer("policy", text)]
    near = [match.span() for match in matches_near(pattern, text, span, cues)]
    assert near == [match.span() for match in pattern.finditer(text)]


def test_participle_far_after_the_anchor_governs_the_date() -> None:
    """``signed ..., replacing the pact concluded in 2018``: ``concluded`` owns 2018."""
    text = "They signed a new deal on seasonal work, replacing the pact concluded in 2018."
    assert governed_by_other(text, Span(start=5, end=11), text.index("2018"), 0)


def test_anchor_own_participle_does_not_govern_elsewhere() -> None:
    """``The forum, held in Rabat in 2019``: the forum's own participle."""
    text = "The forum, held in Rabat in 2019, closed."
    assert not governed_by_other(text, Span(start=4, end=9), text.index("2019"), 0)


def test_adjective_in_ed_is_no_governing_participle() -> None:
    """``a workshop ... for displaced people in Goma``: ``displaced`` modifies a noun."""
    text = "A workshop on the rights of internally displaced people in Goma on Monday."
    assert not governed_by_other(text, Span(start=2, end=10), text.index("Monday"), 0)
