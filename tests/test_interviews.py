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


TRANSCRIPT = (
    "Briefing on the harvest visas\n\n"
    "Joint briefing by Labour Minister Dana Whitcombe and Fijian Minister Sefo Ravula.\n\n"
    "MINISTER WHITCOMBE: Good afternoon. We signed the new seasonal work arrangement today.\n\n"
    "REPORTER (Coast FM): Minister Ravula, how many workers will come?\n\n"
    "MINISTER RAVULA: About four thousand in the first season.\n\n"
    "QUESTION: When does it start?\n\n"
    "WHITCOMBE: The first flights land in October."
)


def _turns(text: str) -> list[tuple[str | None, str]]:
    return [
        (s.speaker.name if s.speaker else None, s.text)
        for s in parse_article(text).statements
        if s.cue == "say" and s.kind is StatementKind.DIRECT
    ]


def test_transcript_turn_of_a_named_speaker_is_a_direct_statement() -> None:
    """A ``MINISTER SURNAME:`` turn is a direct statement of the person with that surname."""
    assert (
        "Dana Whitcombe",
        "Good afternoon. We signed the new seasonal work arrangement today.",
    ) in _turns(TRANSCRIPT)


def test_transcript_turn_label_may_be_the_surname_alone() -> None:
    """A label of the surname alone names the speaker too."""
    assert ("Dana Whitcombe", "The first flights land in October.") in _turns(TRANSCRIPT)


def test_transcript_turns_of_reporters_are_not_statements() -> None:
    """``REPORTER (Outlet):`` and ``QUESTION:`` turns give no statement."""
    assert [speaker for speaker, _ in _turns(TRANSCRIPT)] == [
        "Dana Whitcombe",
        "Sefo Ravula",
        "Dana Whitcombe",
    ]


def test_transcript_turn_keeps_the_label_as_speaker_mention() -> None:
    """The turn's speaker mention is the label without its colon."""
    first = parse_article(TRANSCRIPT).statements[0]
    mention = first.speaker_mention
    assert (mention.text if mention else None) == "MINISTER WHITCOMBE"


def test_a_single_capital_label_is_not_a_transcript() -> None:
    """One labelled paragraph alone is no transcript."""
    text = (
        "Visa news\n\nLabour Minister Dana Whitcombe visited Suva.\n\n"
        "WHITCOMBE: a profile of the minister follows below in full."
    )
    assert _turns(text) == []
