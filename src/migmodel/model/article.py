"""The article: its text, its layout, and everything found in it."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any

import attrs

from migmodel.model._validate import non_empty, non_negative_integer, string, tuple_of
from migmodel.model.actors import EntityRef, Organization, Person, Place
from migmodel.model.dates import DateMention, FuzzyDate
from migmodel.model.facts import Event, Policy, Quantity, Statement
from migmodel.model.span import Mention, Span
from migmodel.model.topics import Topic
from migmodel.model.warnings import ParseWarning

__all__ = ["Article", "Furniture", "FurnitureKind", "Paragraph"]

SCHEMA_VERSION = 1
"""The version of the JSON layout of ``Article``; raised when a field changes meaning."""


def _text_matches_span(
    instance: Paragraph | Furniture, attribute: attrs.Attribute[str], value: str
) -> None:
    if type(value) is not str:
        string(instance, attribute, value)
    if len(value) != len(instance.span):
        raise ValueError(
            f"{type(instance).__name__} text has {len(value)} characters "
            f"but its span {instance.span.start}:{instance.span.end} has {len(instance.span)}"
        )


def _past_end(span: Span, size: int) -> ValueError:
    """The error for a span that runs past the end of a text of ``size`` characters."""
    return ValueError(
        f"Article span {span.start}:{span.end} runs past the end of the text ({size} characters)"
    )


def _day(value: dt.date | None) -> dt.date | None:
    """Drop the time of a ``datetime``: a page date is a day."""
    return value.date() if isinstance(value, dt.datetime) else value


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of the article's body.

    Attributes:
        index: its position among the body paragraphs, from 0.
        span: where it stands in ``Article.text``.
        text: its words, equal to ``span.of(article.text)``.
    """

    index: int = attrs.field(validator=non_negative_integer)
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    text: str = attrs.field(validator=_text_matches_span)


class FurnitureKind(enum.StrEnum):
    """What sort of page furniture a set-aside line is."""

    WEATHER = "weather"
    DATE = "date"
    TIMESTAMP = "timestamp"
    BYLINE = "byline"
    SECTION = "section"
    CAPTION = "caption"
    CREDIT = "credit"
    ADVERTISEMENT = "advertisement"
    NAVIGATION = "navigation"
    SHARE = "share"
    RELATED = "related"
    COMMENTS = "comments"
    NEWSLETTER = "newsletter"
    COOKIES = "cookies"
    WIRE_CREDIT = "wire_credit"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Furniture:
    """A piece of the page that is not the article (a menu, an advert, a comment form).

    Attributes:
        span: where it stands in ``Article.text``.
        text: its words, equal to ``span.of(article.text)``.
        kind: what sort of furniture it is.
    """

    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    text: str = attrs.field(validator=_text_matches_span)
    kind: FurnitureKind = attrs.field(
        default=FurnitureKind.OTHER, validator=attrs.validators.instance_of(FurnitureKind)
    )


_optional = attrs.validators.optional


@attrs.frozen(kw_only=True)
class Article:
    """One news article and everything migmodel found in it.

    Every ``Span`` in the article indexes into ``text``.

    Attributes:
        id: a stable identifier derived from the text.
        source: where the text came from (a path, a URL), if known.
        text: the normalised text of the whole page.
        title: the headline, or None when the page has none.
        title_span: where the headline stands in ``text``.
        page_date: the date the page shows, if any.
        dateline_place: the place of the dateline (``RABAT, April 23 (MAP) -``), if any.
        dateline_date: the date of the dateline, if it has one.
        dateline_span: where the dateline stands in ``text``.
        paragraphs: the body paragraphs, in order.
        furniture: the page furniture that was set aside, in order.
        persons: the people named.
        organizations: the organisations named.
        places: the places named.
        statements: what was said, and by whom.
        events: meetings, signings, launches and the like.
        policies: strategies, laws, agreements and other instruments.
        dates: every date expression, resolved where possible.
        quantities: numbers with what they count.
        topics: the migration topics of the article as a whole.
        warnings: problems noted while parsing.
    """

    id: str = attrs.field(validator=non_empty)
    source: str | None = attrs.field(
        default=None, validator=_optional(attrs.validators.instance_of(str))
    )
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    title: str | None = attrs.field(
        default=None, validator=_optional(attrs.validators.instance_of(str))
    )
    title_span: Span | None = attrs.field(
        default=None, validator=_optional(attrs.validators.instance_of(Span))
    )
    page_date: dt.date | None = attrs.field(
        converter=_day, default=None, validator=_optional(attrs.validators.instance_of(dt.date))
    )
    dateline_place: EntityRef | None = attrs.field(
        default=None, validator=_optional(attrs.validators.instance_of(EntityRef))
    )
    dateline_date: FuzzyDate | None = attrs.field(
        default=None, validator=_optional(attrs.validators.instance_of(FuzzyDate))
    )
    dateline_span: Span | None = attrs.field(
        default=None, validator=_optional(attrs.validators.instance_of(Span))
    )
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), validator=tuple_of(Paragraph))
    furniture: tuple[Furniture, ...] = attrs.field(default=(), validator=tuple_of(Furniture))
    persons: tuple[Person, ...] = attrs.field(default=(), validator=tuple_of(Person))
    organizations: tuple[Organization, ...] = attrs.field(
        default=(), validator=tuple_of(Organization)
    )
    places: tuple[Place, ...] = attrs.field(default=(), validator=tuple_of(Place))
    statements: tuple[Statement, ...] = attrs.field(default=(), validator=tuple_of(Statement))
    events: tuple[Event, ...] = attrs.field(default=(), validator=tuple_of(Event))
    policies: tuple[Policy, ...] = attrs.field(default=(), validator=tuple_of(Policy))
    dates: tuple[DateMention, ...] = attrs.field(default=(), validator=tuple_of(DateMention))
    quantities: tuple[Quantity, ...] = attrs.field(default=(), validator=tuple_of(Quantity))
    topics: tuple[Topic, ...] = attrs.field(default=(), validator=tuple_of(Topic))
    warnings: tuple[ParseWarning, ...] = attrs.field(default=(), validator=tuple_of(ParseWarning))

    def __attrs_post_init__(self) -> None:
        """Every span lies within the text, and every quoted record's text is the text at
        its span; a span past the end is reported first (title, dateline, quoted records,
        then the others), a text that differs after."""
        text = self.text
        size = len(text)
        mismatch: Mention | Paragraph | Furniture | DateMention | Quantity | None = None
        for optional in (self.title_span, self.dateline_span):
            if optional is not None and optional.end > size:
                raise _past_end(optional, size)
        for quoted in self._quoted():  # one walk checks both the bounds and the text
            span = quoted.span
            if span.end > size:
                raise _past_end(span, size)
            if mismatch is None and text[span.start : span.end] != quoted.text:
                mismatch = quoted
        for span in self._unquoted_spans():
            if span.end > size:
                raise _past_end(span, size)
        if mismatch is not None:
            raise ValueError(
                f"Article {type(mismatch).__name__} text {mismatch.text!r:.60} is not the text "
                f"at its span {mismatch.span.start}:{mismatch.span.end}"
            )

    def _quoted(self) -> Iterable[Mention | Paragraph | Furniture | DateMention | Quantity]:
        """Every record whose ``text`` must equal the article text at its ``span``."""
        yield from self.paragraphs
        yield from self.furniture
        yield from self.dates
        yield from self.quantities
        for person in self.persons:
            yield from person.mentions
        for organization in self.organizations:
            yield from organization.mentions
        for place in self.places:
            yield from place.mentions
        for statement in self.statements:
            if statement.speaker_mention is not None:
                yield statement.speaker_mention
        for policy in self.policies:
            yield from policy.quantities
            yield from policy.mentions

    def _unquoted_spans(self) -> Iterable[Span]:
        """The spans of the records that carry no text of their own."""
        yield from (statement.span for statement in self.statements)
        yield from (event.span for event in self.events)
        yield from (policy.span for policy in self.policies)
        yield from (warning.span for warning in self.warnings if warning.span is not None)

    def __repr__(self) -> str:
        title = self.title if self.title is not None else (self.source or "untitled")
        shown = repr(title)  # cut after quoting: escapes such as \x00 lengthen a title
        if len(shown) > 62:
            shown = shown[:58] + "..." + shown[-1]
        return (
            f"<Article {self.id} {shown}: {len(self.paragraphs)} paragraphs, "
            f"{len(self.persons)} persons, {len(self.statements)} statements, "
            f"{len(self.events)} events, {len(self.policies)} policies>"
        )

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self) if cycle else self.summary())

    def summary(self) -> str:
        """A readable page about the article: title, dates, people, quotes, events, policies."""
        from migmodel.model._summary import summarise_article  # noqa: PLC0415 - cycle

        return summarise_article(self)

    def entity(self, ref: EntityRef) -> Person | Organization | Place:
        """The person, organisation or place an ``EntityRef`` points at.

        Raises:
            LookupError: when the article has no entity with that id.
        """
        entities: tuple[Person | Organization | Place, ...] = (
            *self.persons,
            *self.organizations,
            *self.places,
        )
        for entity in entities:
            if entity.id == ref.id:
                return entity
        raise LookupError(f"article {self.id} has no entity {ref.id!r}")
