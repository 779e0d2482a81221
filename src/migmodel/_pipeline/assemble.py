"""The last stage: everything the stages found, put together as an ``Article``."""

from __future__ import annotations

import hashlib
import itertools

from migmodel._pipeline.draft import Draft
from migmodel.errors import ParseWarning, WarningCode
from migmodel.model import Article, EntityKind, EntityRef

__all__ = ["article_id", "assemble"]


def article_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its BLAKE2b digest.

    >>> article_id("Morocco and Peru signed a memorandum.")
    '6570f78d951a1644'
    """
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def _dateline_place(draft: Draft) -> EntityRef | None:
    dateline = draft.document.layout.dateline
    if dateline is None or dateline.place is None:
        return None
    for mention in draft.actors.within(dateline.place):
        if mention.ref.kind is EntityKind.PLACE:
            return mention.ref
    return None


_OPENING_MARKS = ("“", '"', "«", "„", "‘", "‹")
"""Marks that reopen a quotation at the start of its next paragraph: a quotation left
open at a paragraph's end and reopened in the next is one quotation in two paragraphs,
not an unclosed one (the English convention for long quotations)."""


def _fact_warnings(draft: Draft) -> tuple[ParseWarning, ...]:
    found: list[ParseWarning] = []
    paragraphs = draft.document.layout.paragraphs
    continued = {
        paragraph.index
        for paragraph, following in itertools.pairwise(paragraphs)
        if following.text.startswith(_OPENING_MARKS)
    }
    found.extend(
        ParseWarning(
            code=WarningCode.UNCLOSED_QUOTE,
            message=f"quotation in paragraph {quote.paragraph} is never closed",
            span=quote.span,
        )
        for quote in draft.document.quotes
        if not quote.closed and quote.paragraph not in continued
    )
    found.extend(
        ParseWarning(
            code=WarningCode.UNATTRIBUTED_QUOTE,
            message=f"no speaker found for a {statement.kind.value} statement "
            f"in paragraph {statement.paragraph}",
            span=statement.span,
        )
        for statement in draft.statements
        if statement.speaker is None
    )
    found.extend(
        ParseWarning(
            code=WarningCode.UNRESOLVED_DATE,
            message=f"date expression {mention.text!r} could not be resolved",
            span=mention.span,
        )
        for mention in draft.dates
        if mention.value is None
    )
    actors = draft.actors
    if draft.document.layout.paragraphs and not (
        actors.persons or actors.organizations or actors.places or draft.statements
    ):
        found.append(
            ParseWarning(
                code=WarningCode.NOTHING_FOUND,
                message="no person, organisation, place or statement was recognised",
            )
        )
    return tuple(found)


def assemble(draft: Draft, *, source: str | None = None) -> Article:
    """Build the ``Article`` from a finished draft; ids are derived from the text alone."""
    document = draft.document
    layout = document.layout
    title = layout.title.of(document.text) if layout.title is not None else None
    dateline_date = draft.dateline_date
    return Article(
        id=article_id(document.text),
        source=source,
        text=document.text,
        title=title,
        title_span=layout.title,
        page_date=layout.page_date,
        dateline_place=_dateline_place(draft),
        dateline_date=dateline_date,
        dateline_span=layout.dateline.span if layout.dateline is not None else None,
        paragraphs=layout.paragraphs,
        furniture=layout.furniture,
        persons=draft.actors.persons,
        organizations=draft.actors.organizations,
        places=draft.actors.places,
        statements=draft.statements,
        events=draft.events,
        policies=draft.policies,
        dates=draft.dates,
        quantities=draft.quantities,
        topics=draft.topics,
        warnings=(*layout.warnings, *draft.warnings, *_fact_warnings(draft)),
    )
