"""Tests for ``migmodel._pipeline.sentences``: the title and the body cut into sentences."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmodel._pipeline.document import Layout
from migmodel._pipeline.normalise import normalise
from migmodel._pipeline.segment import segment
from migmodel._pipeline.sentences import sentences

SEEDS = Path(__file__).parent.parent / "seeds"
TITLE = "Chad and Sudan open talks on refugee returns"


def _texts(text: str) -> list[str]:
    """The sentence texts of a segmented ``text``."""
    layout = segment(text)
    return [sentence.span.of(layout.text) for sentence in sentences(layout)]


def _body(paragraph: str) -> list[str]:
    """The sentence texts of one paragraph under a headline, headline left out."""
    return _texts(f"{TITLE}\n\n{paragraph}")[1:]


def test_title_is_the_first_sentence() -> None:
    """The headline comes first, as one sentence."""
    assert _texts(f"{TITLE}\n\nThe talks opened. They end today.")[0] == TITLE


def test_title_sentence_has_paragraph_minus_one() -> None:
    """The headline's sentence has paragraph -1."""
    layout = segment(f"{TITLE}\n\nThe talks opened.")
    assert sentences(layout)[0].paragraph == -1


def test_no_title_means_first_sentence_is_in_paragraph_zero() -> None:
    """Without a headline the first sentence belongs to paragraph 0."""
    layout = segment("The talks opened in N'Djamena. They end today.")
    assert sentences(layout)[0].paragraph == 0


def test_sentences_carry_their_paragraph_index() -> None:
    """Each sentence knows its paragraph."""
    layout = segment(f"{TITLE}\n\nThe talks opened.\n\nThey end today. Both sides agreed.")
    assert [sentence.paragraph for sentence in sentences(layout)] == [-1, 0, 1, 1]


def test_splits_after_a_period_before_a_capital() -> None:
    """``. The`` ends a sentence."""
    assert _body("The talks opened. The ministers met.") == [
        "The talks opened.",
        "The ministers met.",
    ]


def test_splits_after_question_and_exclamation_marks() -> None:
    """``?`` and ``!`` end sentences too."""
    assert _body("Will they return? Nobody knows! Talks go on.") == [
        "Will they return?",
        "Nobody knows!",
        "Talks go on.",
    ]


def test_splits_after_a_closing_quote() -> None:
    """A sentence ending inside a quotation ends after the closing mark."""
    assert _body('He said: "We will act." The talks ended.') == [
        'He said: "We will act."',
        "The talks ended.",
    ]


def test_splits_before_an_opening_quote() -> None:
    """A quotation opening after a stop starts a new sentence."""
    assert _body("The talks ended. “We will act,” he said.") == [
        "The talks ended.",
        "“We will act,” he said.",
    ]


def test_splits_before_a_digit() -> None:
    """A sentence may start with a number."""
    assert _body("The camp is full. 4,000 people arrived in May.") == [
        "The camp is full.",
        "4,000 people arrived in May.",
    ]


def test_question_inside_quote_before_lower_case_does_not_split() -> None:
    """``"Why now?" she asked.`` is one sentence."""
    assert _body('"Why now?" she asked the minister.') == ['"Why now?" she asked the minister.']


def test_no_split_before_a_lower_case_word() -> None:
    """A period before a lower-case word does not end a sentence."""
    assert _body("It cost 3 bn. euros in total.") == ["It cost 3 bn. euros in total."]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mr. Deby met Dr. Amina Yusuf in the capital.",
        "Gen. Hamdan and Sen. Ortiz visited the camp.",
        "The law took effect on Jan. 5 and was amended in Sept. 2023.",
        "Article No. 12 of the law covers returns.",
        "The U.S. and the U.N. agreed on the plan.",
        "A report by J. K. Mensah was published.",
        "Officials from St. Lucia attended the meeting.",
        "Several countries, e.g. Chad, hosted refugees.",
    ],
)
def test_no_split_after_abbreviations_and_initials(paragraph: str) -> None:
    """Titles, months, ``No.``, dotted acronyms, initials and ``e.g.`` end no sentence."""
    assert _body(paragraph) == [paragraph]


def test_etc_before_a_capital_ends_a_sentence() -> None:
    """``etc.`` before a capital ends the sentence."""
    assert _body("They need food, water, etc. The agency will help.") == [
        "They need food, water, etc.",
        "The agency will help.",
    ]


def test_etc_before_a_lower_case_word_does_not_split() -> None:
    """``etc.`` before a lower-case word is inside the sentence."""
    assert _body("Food, water, etc. were delivered.") == ["Food, water, etc. were delivered."]


def test_decimal_point_does_not_split() -> None:
    """``3.5`` is a number, not a stop."""
    assert _body("Remittances rose 3.5 percent in 2023.") == [
        "Remittances rose 3.5 percent in 2023."
    ]


def test_ellipsis_before_a_capital_splits() -> None:
    """``...`` before a capital ends a sentence."""
    assert _body("They waited... Then the boat came.") == ["They waited...", "Then the boat came."]


def test_sentences_never_cross_paragraphs() -> None:
    """A paragraph without final stop still ends its last sentence."""
    layout = segment(
        f"{TITLE}\n\nThe talks opened without a deal being reached so far\n\nThey resume in May."
    )
    assert [sentence.paragraph for sentence in sentences(layout)] == [-1, 0, 1]


def test_sentence_spans_are_trimmed() -> None:
    """Sentence spans start and end on non-space characters."""
    assert all(text == text.strip() for text in _body("The talks opened.   The ministers met.  "))


def test_seed_000_first_sentence_is_the_title() -> None:
    """Seed 000's first sentence is its headline."""
    path = next(SEEDS.glob("000_*.txt"))
    layout = segment(normalise(path.read_text(encoding="utf-8")))
    assert sentences(layout)[0].span == layout.title


def test_seed_003_last_paragraph_has_two_sentences() -> None:
    """Seed 003's last paragraph holds two sentences."""
    path = next(SEEDS.glob("003_*.txt"))
    layout = segment(normalise(path.read_text(encoding="utf-8")))
    assert [sentence.paragraph for sentence in sentences(layout)].count(7) == 2


_WORDS = st.sampled_from(
    ["The", "minister", "Mr.", "U.S.", "said", ".", "?", "!", "“", "”", '"', "4,000", "etc.", "\n"]
)


def _inside_paragraphs(layout: Layout) -> bool:
    """Whether every body sentence lies within its paragraph."""
    return all(
        layout.paragraphs[sentence.paragraph].span.contains(sentence.span)
        for sentence in sentences(layout)
        if sentence.paragraph >= 0
    )


@given(st.lists(_WORDS, max_size=60).map(" ".join))
def test_sentences_lie_inside_their_paragraphs(text: str) -> None:
    """Every body sentence lies within the paragraph it names."""
    assert _inside_paragraphs(segment(text))


@given(st.lists(_WORDS, max_size=60).map(" ".join))
def test_sentences_are_ordered_and_disjoint(text: str) -> None:
    """Sentences come in text order and never overlap."""
    spans = [sentence.span for sentence in sentences(segment(text))]
    assert all(left.end <= right.start for left, right in itertools.pairwise(spans))


@given(st.text())
def test_sentences_cover_every_paragraph_character(text: str) -> None:
    """Outside sentences a paragraph has only white space."""
    layout = segment(text)
    spans = [sentence.span for sentence in sentences(layout) if sentence.paragraph >= 0]
    covered = sum(len(span) for span in spans)
    body = sum(len("".join(paragraph.text.split())) for paragraph in layout.paragraphs)
    assert covered >= body


def _best_time(layout: Layout) -> float:
    """The best of two timings of ``sentences(layout)``."""
    timings = []
    for _ in range(2):
        start = time.perf_counter()
        sentences(layout)
        timings.append(time.perf_counter() - start)
    return min(timings)


def test_long_paragraph_takes_linear_time() -> None:
    """A 0.5 MB paragraph of stops and abbreviations takes about four times 0.125 MB's time."""
    chunk = "Mr. Ali met Dr. Sow. The U.S. agreed... Why? 4,000 came. "
    small = _best_time(segment(chunk * 2_250))
    full = _best_time(segment(chunk * 9_000))
    assert full < 10 * small + 0.1
