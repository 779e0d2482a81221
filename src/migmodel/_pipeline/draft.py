"""The ``Draft``: what the extraction stages have found so far, passed from stage to stage."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from migmodel._pipeline.document import Actors, Document
from migmodel.errors import ParseWarning
from migmodel.model import DateMention, Event, FuzzyDate, Policy, Quantity, Statement, Topic

__all__ = ["Draft", "Stage"]


@attrs.frozen(kw_only=True)
class Draft:
    """A document and the facts found in it so far; each stage returns a new draft.

    Attributes:
        document: the segmented article.
        dateline_date: the dateline's date, resolved.
        actors: people, organisations and places, with every mention.
        dates: the date expressions.
        quantities: numbers with what they count.
        statements: what was said, by whom.
        events: meetings, signings, launches.
        policies: strategies, laws, agreements.
        topics: the article's migration topics.
        warnings: problems noted by the stages.
    """

    document: Document
    dateline_date: FuzzyDate | None = None
    actors: Actors = attrs.Factory(Actors)
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    policies: tuple[Policy, ...] = ()
    topics: tuple[Topic, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()


Stage = Callable[[Draft], Draft]
"""An extraction stage: a pure function from a draft to a draft with more facts."""
