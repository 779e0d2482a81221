"""Interview answers: the ``A:`` paragraphs of a question-and-answer article, as speech.

Rule: in an article with a question paragraph (``Q: ...`` or ``Question: ...``), each later
paragraph opening with ``A:`` or ``Answer:`` is a DIRECT statement with cue ``answer``. Its
text is the paragraph after the label; its speaker is the interviewee, the person mentioned
last before the first question (the introduction names them: ``X is the Regional Director
... She spoke to us``), or None when no person is mentioned there. An answer already read
as a statement (``A: ..., a spokesperson said``) is left to that statement.

Transcripts: on a page with at least two paragraphs opening with a speaker label in
capitals (one to four words, a bracketed outlet allowed, then a colon: ``MINISTER
HALLWORTH:``, ``REPORTER (Radio NZ):``), each labelled turn whose label ends with the
surname of a person of the article is a DIRECT statement of that person with cue ``say``;
its text is the paragraph after the label. Turns of unnamed speakers (``REPORTER:``,
``QUESTION:``) are not statements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from migmodel._pipeline.document import Actors, Document
from migmodel.model import (
    EntityKind,
    EntityRef,
    Mention,
    Paragraph,
    Span,
    Statement,
    StatementKind,
)

__all__ = ["interview_answers", "transcript_turns"]

_QUESTION = re.compile(r"(?:Q|Question) ?[:.] ?\S")
_ANSWER = re.compile(r"(?:A|Answer) ?: ?")
_CUE = "answer"
_TURN_LABEL = re.compile(
    r"(?P<label>[A-Z][A-Z'’.\-]{1,24}(?: [A-Z][A-Z'’.\-]{0,24}){0,3})(?: \([^()\n]{1,40}\))?: ?"
)
"""A transcript's speaker label: one to four words in capitals, an optional bracketed outlet."""
_MIN_TURNS = 2
_TURN_CUE = "say"


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
        answers.append(_direct(document.text, paragraph, span, speaker, cue=_CUE))
    return tuple(answers)


def _direct(
    text: str,
    paragraph: Paragraph,
    span: Span,
    speaker: EntityRef | None,
    *,
    cue: str,
    mention: Mention | None = None,
) -> Statement:
    """A direct statement of ``span``, the words of one answer or turn."""
    return Statement(
        speaker=speaker,
        kind=StatementKind.DIRECT,
        cue=cue,
        text=span.of(text),
        span=span,
        paragraph=paragraph.index,
        speaker_mention=mention,
    )


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


def transcript_turns(document: Document, actors: Actors) -> tuple[Statement, ...]:
    """The turns of a transcript spoken by a person the article names.

    >>> from migmodel._pipeline.document import Layout
    >>> from migmodel.model import Person
    >>> text = "MINISTER ROE: We open today.\\n\\nREPORTER: When?"
    >>> paragraphs = tuple(
    ...     Paragraph(index=i, span=Span(start=s, end=e), text=text[s:e])
    ...     for i, (s, e) in enumerate([(0, 28), (30, len(text))])
    ... )
    >>> document = Document(text=text, layout=Layout(text=text, paragraphs=paragraphs))
    >>> actors = Actors(persons=(Person(id="person:ann-roe", name="Ann Roe"),))
    >>> [(s.speaker.name, s.text) for s in transcript_turns(document, actors) if s.speaker]
    [('Ann Roe', 'We open today.')]
    """
    labelled = [
        (paragraph, label)
        for paragraph in document.layout.paragraphs
        if (label := _TURN_LABEL.match(paragraph.text)) is not None
    ]
    if len(labelled) < _MIN_TURNS:
        return ()
    surnames = _surnames(actors)
    turns = []
    for paragraph, label in labelled:
        speaker = surnames.get(label["label"].split()[-1].casefold())
        span = _answer_span(document.text, paragraph, label.end())
        if speaker is None or span is None:
            continue
        mention = Mention(span=_label_span(paragraph, label), text=label["label"])
        turns.append(
            _direct(document.text, paragraph, span, speaker, cue=_TURN_CUE, mention=mention)
        )
    return tuple(turns)


def _surnames(actors: Actors) -> dict[str, EntityRef]:
    """The persons of the article by the case-folded last word of their name (if unique)."""
    found: dict[str, EntityRef | None] = {}
    for person in actors.persons:
        surname = person.name.split()[-1].casefold()
        found[surname] = person.ref if surname not in found else None
    return {surname: ref for surname, ref in found.items() if ref is not None}


def _label_span(paragraph: Paragraph, label: re.Match[str]) -> Span:
    start = paragraph.span.start + label.start("label")
    return Span(start=start, end=paragraph.span.start + label.end("label"))
