"""The stage order, as data, and the function that runs it.

``parse_article(text)`` is ``assemble(extract(document(normalise(text))))``: the text
is normalised, segmented into a ``Layout``, split into sentences and quotations to
make a ``Document``; then each extraction stage of ``STAGES`` adds its facts to a
``Draft``; ``assemble`` builds the ``Article``.

A stage that fails on some odd input must not cost the user the whole article: its
error is recorded as a ``STAGE_FAILED`` warning and the draft goes on without its facts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from migmodel._pipeline.actors import actors
from migmodel._pipeline.dates import dates, find_dates, parse_date_text
from migmodel._pipeline.document import Document, Layout
from migmodel._pipeline.draft import Draft, Stage
from migmodel._pipeline.events import events
from migmodel._pipeline.instruments import instruments
from migmodel._pipeline.quantities import quantities
from migmodel._pipeline.quotes import quotes
from migmodel._pipeline.segment import segment
from migmodel._pipeline.sentences import sentences
from migmodel._pipeline.statements import statements
from migmodel._pipeline.topics import topics
from migmodel.errors import ParseWarning, WarningCode
from migmodel.model import FurnitureKind, FuzzyDate, Paragraph, Span

__all__ = ["STAGES", "extract", "make_document"]


def _actors(draft: Draft) -> Draft:
    return attrs.evolve(draft, actors=actors(draft.document))


def _dates(draft: Draft) -> Draft:
    return attrs.evolve(draft, dates=dates(draft.document))


def _quantities(draft: Draft) -> Draft:
    found = quantities(draft.document, found_dates=draft.dates)
    return attrs.evolve(draft, quantities=found)


def _statements(draft: Draft) -> Draft:
    return attrs.evolve(draft, statements=statements(draft.document, draft.actors, draft.dates))


def _events(draft: Draft) -> Draft:
    found = events(draft.document, draft.actors, draft.dates, draft.statements)
    return attrs.evolve(draft, events=found)


def _instruments(draft: Draft) -> Draft:
    found = instruments(draft.document, draft.actors, draft.dates, draft.quantities)
    return attrs.evolve(draft, policies=found)


def _topics(draft: Draft) -> Draft:
    tagged_statements, tagged_events, tagged_policies, article_topics = topics(
        draft.document, draft.statements, draft.events, draft.policies
    )
    return attrs.evolve(
        draft,
        statements=tagged_statements,
        events=tagged_events,
        policies=tagged_policies,
        topics=article_topics,
    )


STAGES: tuple[tuple[str, Stage], ...] = (
    ("actors", _actors),
    ("dates", _dates),
    ("quantities", _quantities),
    ("statements", _statements),
    ("events", _events),
    ("instruments", _instruments),
    ("topics", _topics),
)
"""The extraction stages in the order they run; each reads what earlier ones found."""


def _failure(stage: str, error: Exception) -> ParseWarning:
    return ParseWarning(
        code=WarningCode.STAGE_FAILED,
        message=f"the {stage} stage failed ({type(error).__name__}: {error}); "
        "its facts are missing from this article",
    )


def _fallback_layout(text: str) -> Layout:
    """The whole text as one paragraph, for when segmentation fails."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if end <= start:
        return Layout(text=text)
    span = Span(start=start, end=end)
    return Layout(text=text, paragraphs=(Paragraph(index=0, span=span, text=span.of(text)),))


def _dateline_date(layout: Layout, reference: dt.date | None) -> FuzzyDate | None:
    if layout.dateline is None or layout.dateline.date is None:
        return None
    return parse_date_text(layout.dateline.date.of(layout.text), reference=reference)


_DATED_FURNITURE = frozenset(
    {FurnitureKind.WIRE_CREDIT, FurnitureKind.DATE, FurnitureKind.TIMESTAMP, FurnitureKind.BYLINE}
)


def _furniture_day(layout: Layout) -> dt.date | None:
    """The last full date that page furniture gives (``(APS 03.06.2024)``, ``Updated: ...``)."""
    for piece in reversed(layout.furniture):
        if piece.kind in _DATED_FURNITURE:
            for mention in reversed(find_dates(piece.text)):
                if mention.value is not None and mention.value.days == 1:
                    return mention.value.earliest
    return None


_In = TypeVar("_In")
_Out = TypeVar("_Out")


def _nothing(layout: Layout) -> tuple[Any, ...]:
    """No sentences or quotations: the fallback of a stage that failed."""
    return ()


def _guarded(
    name: str,
    stage: Callable[[_In], _Out],
    given: _In,
    fallback: Callable[[_In], _Out],
    warnings: list[ParseWarning],
) -> _Out:
    """``stage(given)``, or ``fallback(given)`` with a ``STAGE_FAILED`` warning when it raises."""
    try:
        return stage(given)
    except Exception as error:  # noqa: BLE001 - a failed stage is recorded, never raised
        warnings.append(_failure(name, error))
        return fallback(given)


def make_document(
    text: str, *, reference_date: dt.date | None = None
) -> tuple[Document, FuzzyDate | None, tuple[ParseWarning, ...]]:
    """Segment normalised ``text`` into a ``Document``; also the dateline date and warnings.

    The reference date for relative expressions is ``reference_date`` if given, else
    the page date, else the last full date of dated furniture (a wire credit such as
    ``(APS 03.06.2024)``, a timestamp), else the dateline's date when it is a known day.
    """
    warnings: list[ParseWarning] = []
    layout = _guarded("segment", segment, text, _fallback_layout, warnings)
    reference = reference_date or layout.page_date or _furniture_day(layout)
    dateline_date = _dateline_date(layout, reference)
    if reference is None and dateline_date is not None and dateline_date.days == 1:
        reference = dateline_date.earliest
    found_sentences = _guarded("sentences", sentences, layout, _nothing, warnings)
    found_quotes = _guarded("quotes", quotes, layout, _nothing, warnings)
    document = Document(
        text=text,
        layout=layout,
        sentences=found_sentences,
        quotes=found_quotes,
        reference_date=reference,
    )
    return document, dateline_date, tuple(warnings)


def extract(draft: Draft) -> Draft:
    """Run every stage of ``STAGES`` over the draft, recording the failures of any."""
    for name, stage in STAGES:
        try:
            draft = stage(draft)
        except Exception as error:  # noqa: BLE001 - a failed stage is recorded, never raised
            draft = attrs.evolve(draft, warnings=(*draft.warnings, _failure(name, error)))
    return draft
