"""Interview answers: the ``A:`` paragraphs of a question-and-answer article, as speech.

Rule: in an article with a question paragraph (``Q: ...`` or ``Question: ...``), each later
paragraph opening with ``A:`` or ``Answer:`` is a DIRECT statement with cue ``answer``. Its
text is the paragraph after the label; its speaker is the interviewee, the person mentioned
last before the first question (the introduction names them: ``X is the Regional Director
... She spoke to us``), or None when no person is mentioned there. An answer already read
as a statement (``A: ..., a spokesperson said``) is left to that statement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from migmodel._pipeline.document import Actors, Document
from migmodel.model import EntityKind, EntityRef, Paragraph, Span, Statement, StatementKind

__all__ = ["interview_answers"]

_QUESTION = re.compile(r"(?:Q|Question) ?[:.] ?\S")
_ANSWER = re.compile(r"(?:A|Answer) ?: ?")
_CUE = "answer"


def interview_answers(
    document: Document, actors: Actors, found: Sequence[Statement]
) -> tuple[Statement, ...]:
    """The answers of an interview that no statement of ``found`` already covers.

    >>> from migmodel._pipeline.document import Layout
    >>> text = "Q: Will the border reopen?\\n\\nA: Yes, next week."
    >>> paragraphs = tuple(
    ...     Paragraph(index=i, span=Span(start=s, end=e), text=text[s:e])
    ...     for i, (s, e) in enumerate([(0, 26), (28, len(text))])
    ... )
    >>> document = Document(text=text, layout=Layout(text=text, paragraphs=paragraphs))
    >>> [(s.kind.value, s.text) for s in interview_answers(document, Actors(), ())]
    [('direct', 'Yes, next week.')]
    """
    paragraphs = document.layout.paragraphs
    first_question = next(
        (paragraph for paragraph in paragraphs if _QUESTION.match(paragraph.text)), None
    )
    if first_question is None:
        return ()
    speaker = _interviewee(actors, first_question.span.start)
    answers = []
    for paragraph in paragraphs:
        if paragraph.span.start <= first_question.span.start:
            continue
        label = _ANSWER.match(paragraph.text)
        if label is None or _covered(paragraph, found):
            continue
        span = _answer_span(document.text, paragraph, label.end())
        if span is None:
            continue
        answers.append(
            Statement(
                speaker=speaker,
                kind=StatementKind.DIRECT,
                cue=_CUE,
                text=span.of(document.text),
                span=span,
                paragraph=paragraph.index,
            )
        )
    return tuple(answers)


def _interviewee(actors: Actors, before: int) -> EntityRef | None:
    """The person mentioned last before ``before``."""
    people = [
        mention
        for mention in actors.mentions
        if mention.ref.kind is EntityKind.PERSON and mention.span.end <= before
    ]
    return max(people, key=lambda mention: mention.span.end).ref if people else None


def _covered(paragraph: Paragraph, found: Sequence[Statement]) -> bool:
    return any(
        statement.span.start < paragraph.span.end and paragraph.span.start < statement.span.end
        for statement in found
    )


def _answer_span(text: str, paragraph: Paragraph, offset: int) -> Span | None:
    """The answer's words: the paragraph after its label, without surrounding spaces."""
    start = paragraph.span.start + offset
    end = paragraph.span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end) if end > start else None
