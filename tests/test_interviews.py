"""Tests for ``migmodel._pipeline.interviews``: the answers of question-and-answer articles."""

from __future__ import annotations

from migmodel import StatementKind, parse_article

INTERVIEW = (
    "Talking returns with the envoy\n\n"
    "Maria Lopes is the special envoy for migration of Cape Verde. She spoke to us in Praia.\n\n"
    "Q: Will the new visa scheme open soon?\n\n"
    "A: We expect the first visas in March, once the partner countries have signed.\n\n"
    "Question: And for seasonal workers?\n\n"
    "Answer: They will have their own channel, with shorter waits."
)


def test_answers_are_direct_statements() -> None:
    """Each ``A:`` paragraph is a direct statement."""
    kinds = [s.kind for s in parse_article(INTERVIEW).statements]
    assert kinds == [StatementKind.DIRECT, StatementKind.DIRECT]


def test_answer_text_leaves_out_the_label() -> None:
    """The answer's text starts after ``A:``."""
    first = parse_article(INTERVIEW).statements[0]
    assert (
        first.text == "We expect the first visas in March, once the partner countries have signed."
    )


def test_answer_speaker_is_the_person_introduced_before_the_questions() -> None:
    """The interviewee is the person mentioned last before the first question."""
    speakers = {s.speaker.name if s.speaker else None for s in parse_article(INTERVIEW).statements}
    assert speakers == {"Maria Lopes"}


def test_answer_cue_is_answer() -> None:
    """An answer's cue is ``answer``."""
    assert {s.cue for s in parse_article(INTERVIEW).statements} == {"answer"}


def test_answer_labels_without_questions_are_not_an_interview() -> None:
    """``A:`` with no question before it is no interview answer."""
    text = "Plan agreed\n\nA: list of points follows.\n\nThe ministry published the plan."
    assert parse_article(text).statements == ()
