"""Tests for ``migmodel._pipeline.quotes``: quotations with and without their marks."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmodel._pipeline.document import Layout
from migmodel._pipeline.normalise import normalise
from migmodel._pipeline.quotes import quotes
from migmodel._pipeline.segment import segment

SEEDS = Path(__file__).parent.parent / "seeds"
TITLE = "Kenya and Qatar sign labour pact"


def _layout(paragraph: str) -> Layout:
    """The layout of ``paragraph`` under a headline."""
    return segment(f"{TITLE}\n\n{paragraph}")


def _inner(paragraph: str) -> list[str]:
    """The quoted words of each quotation of ``paragraph``."""
    layout = _layout(paragraph)
    return [quote.inner.of(layout.text) for quote in quotes(layout)]


def _whole(paragraph: str) -> list[str]:
    """Each quotation of ``paragraph``, marks included."""
    layout = _layout(paragraph)
    return [quote.span.of(layout.text) for quote in quotes(layout)]


def _closed(paragraph: str) -> list[bool]:
    """Whether each quotation of ``paragraph`` is closed."""
    return [quote.closed for quote in quotes(_layout(paragraph))]


def test_curly_double_quotes_make_a_quotation() -> None:
    """``“...”`` is a quotation."""
    assert _inner("“We will protect workers,” the minister said.") == ["We will protect workers,"]


def test_span_includes_the_marks() -> None:
    """``Quote.span`` runs from the opening to the closing mark."""
    assert _whole("The minister said “we will act” on Monday.") == ["“we will act”"]


def test_inner_excludes_marks_and_outer_spaces() -> None:
    """``Quote.inner`` leaves out the marks and the spaces inside them."""
    assert _inner("He said « nous agirons » on Monday.") == ["nous agirons"]


def test_closed_quotation_is_closed() -> None:
    """A quotation with its closing mark has ``closed=True``."""
    assert _closed("“We will act,” he said.") == [True]


def test_straight_quotes_pair_left_to_right() -> None:
    """Straight double quotes pair in order."""
    assert _inner('He called it "fair" and "long overdue" in Nairobi.') == ["fair", "long overdue"]


def test_odd_straight_quote_leaves_the_last_unclosed() -> None:
    """With an odd number of straight quotes the last opens an unclosed quotation."""
    assert _closed('He called it "fair" and said "we will act now.') == [True, False]


def test_unclosed_quotation_runs_to_the_paragraph_end() -> None:
    """An unclosed quotation ends where its paragraph ends."""
    assert _whole("“Migrants were pushed onto hidden tracks, he said.") == [
        "“Migrants were pushed onto hidden tracks, he said."
    ]


def test_unclosed_quotation_stays_in_its_paragraph() -> None:
    """An unclosed quotation does not run into the next paragraph."""
    layout = _layout("“We will act, he said.\n\nThe talks ended on Monday.")
    assert [quote.paragraph for quote in quotes(layout)] == [0]


def test_guillemets_make_a_quotation() -> None:
    """``«...»`` is a quotation."""
    assert _inner("« Le retour doit être un nouveau départ », a-t-elle dit.") == [
        "Le retour doit être un nouveau départ"
    ]


def test_single_guillemets_make_a_quotation() -> None:
    """``‹...›`` is a quotation."""
    assert _inner("She called it ‹ a new start › for returnees.") == ["a new start"]


def test_german_low_opening_mark() -> None:
    """``„...“`` is a quotation."""
    assert _inner("Er sagte „wir handeln jetzt“ in Berlin.") == ["wir handeln jetzt"]


def test_curly_opening_used_as_closing_mark_closes() -> None:
    """``“...“`` standing where a closing mark stands closes the quotation."""
    assert _closed("“We will act,“ he said on Monday.") == [True]


def test_curly_opening_mark_between_spaces_closes() -> None:
    """``“... , “ he said``: an opening mark between spaces closes the open quotation."""
    assert _inner("“We will act , “ he said on Monday.") == ["We will act ,"]


def test_mixed_curly_and_straight_marks_pair() -> None:
    """``“...,"`` is one closed quotation."""
    assert _inner('“We will act," he said on Monday.') == ["We will act,"]


def test_single_curly_quotes_with_several_words_make_a_quotation() -> None:
    """``‘...’`` holding several words is a quotation."""
    assert _inner("The deal was ‘a new chapter for workers’, he said.") == [
        "a new chapter for workers"
    ]


def test_straight_single_quotes_with_several_words_make_a_quotation() -> None:
    """``'...'`` holding several words is a quotation."""
    assert _inner("The deal was 'a new chapter for workers', he said.") == [
        "a new chapter for workers"
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kenya’s labour ministry signed the pact with Qatar’s ministry.",
        "The band played rock ’n’ roll at the migrants’ festival.",
        "Arrivals have not been this high since the ’90s, officials said.",
        "Siobhan O’Brien of the agency welcomed the pact.",
        "The workers' union said the workers' rights were at stake.",
        "Officials called it a ‘milestone’ for the region.",
    ],
)
def test_apostrophes_are_not_quotations(paragraph: str) -> None:
    """Apostrophes, and single quotes around one word, make no quotation."""
    assert _inner(paragraph) == []


def test_single_quote_inside_double_belongs_to_the_outer_one() -> None:
    """A single-quoted phrase inside a double quotation is not a second quotation."""
    assert _inner("“They call it ‘the long walk home’ now,” she said.") == [
        "They call it ‘the long walk home’ now,"
    ]


def test_nested_double_quotes_keep_the_outer_one() -> None:
    """A curly quotation inside a curly quotation is part of the outer one."""
    assert _inner("“He told us “go home” and left,” she said.") == [
        "He told us “go home” and left,"
    ]


def test_empty_quotation_is_skipped() -> None:
    """``""`` holds no words and is no quotation."""
    assert _inner('The form had an empty "" field, officials said.') == []


def test_stray_closing_mark_is_ignored() -> None:
    """A closing mark with nothing open makes no quotation."""
    assert _inner("The talks ended” without a deal on Monday.") == []


def test_quotation_paragraph_index() -> None:
    """Each quotation knows its paragraph."""
    layout = _layout("The talks opened.\n\n“We will act,” she said.")
    assert [quote.paragraph for quote in quotes(layout)] == [1]


def test_title_quotes_are_not_body_quotations() -> None:
    """Quotation marks in the headline make no quotation."""
    layout = segment('Kenya launches "Opportunity Visa" for nurses\n\nThe visa opens in May.')
    assert quotes(layout) == ()


def test_seed_000_has_two_quotations() -> None:
    """Seed 000 quotes a meeting title and the official's opening remarks."""
    path = next(SEEDS.glob("000_*.txt"))
    assert len(quotes(segment(normalise(path.read_text(encoding="utf-8"))))) == 2


def test_seed_003_partial_quotation() -> None:
    """Seed 003's paragraph 5 holds the partial quotation ``a driver of ...``."""
    path = next(SEEDS.glob("003_*.txt"))
    layout = segment(normalise(path.read_text(encoding="utf-8")))
    assert [quote.paragraph for quote in quotes(layout)] == [1, 4, 5]


_PIECES = st.sampled_from(
    ["said", "the", "“", "”", '"', "'", "‘", "’", "«", "»", "„", "‹", "›", ",", ".", "\n\n"]
)


def _spans_ok(layout: Layout) -> bool:
    """Whether every quotation lies in its paragraph, holds its inner span, and none overlap."""
    found = quotes(layout)
    inside = all(
        layout.paragraphs[quote.paragraph].span.contains(quote.span)
        and quote.span.contains(quote.inner)
        and len(quote.inner) > 0
        for quote in found
    )
    ordered = all(left.span.end <= right.span.start for left, right in itertools.pairwise(found))
    return inside and ordered


@given(st.lists(_PIECES, max_size=80).map(" ".join))
def test_quotations_lie_in_paragraphs_without_overlap(text: str) -> None:
    """Quotations lie within their paragraphs, hold their inner words, and never overlap."""
    assert _spans_ok(segment(f"{TITLE}\n\n{text}"))


@given(st.text())
def test_any_text_gives_well_formed_quotations(text: str) -> None:
    """Any text gives well-formed quotations."""
    assert _spans_ok(segment(text))


def _best_time(layout: Layout) -> float:
    """The best of two timings of ``quotes(layout)``."""
    timings = []
    for _ in range(2):
        start = time.perf_counter()
        quotes(layout)
        timings.append(time.perf_counter() - start)
    return min(timings)


def test_many_quotation_marks_take_linear_time() -> None:
    """100,000 unpaired and mixed marks take about four times as long as 25,000 (not 16)."""
    chunk = "“a ‘b ' c « d „ e ‹ f ’ g” h"
    small = _best_time(_layout("Talks opened. " + chunk * 3_125))
    full = _best_time(_layout("Talks opened. " + chunk * 12_500))
    assert full < 10 * small + 0.1
