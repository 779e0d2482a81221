"""Hypothesis strategies for every public model type, drawing values that pass the validators.

One plural-named strategy per type: ``spans()``, ``persons()``, ``articles()``... Strategies
for things that point into a text (mentions, paragraphs, statements...) take an optional
``text``: given one, every span they draw lies inside it and every ``text`` field equals
the part of it the span covers; without one, they draw a text of their own. ``articles()``
draws the article's text first and then everything inside it. Sizes are kept small so
property tests stay fast.

This module imports hypothesis, a test dependency; ``migmodel/__init__`` never imports it.

>>> from hypothesis import given, settings
>>> @settings(max_examples=5)
... @given(articles())
... def check(article):
...     assert all(part.span.of(article.text) == part.text for part in article.paragraphs)
>>> check()
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence
from typing import TypeVar

from hypothesis import strategies as st

from migmodel.model import (
    Article,
    ArticleMentions,
    Cooccurrence,
    Corpus,
    CorpusEntity,
    DateMention,
    EntityKind,
    EntityRef,
    Event,
    EventKind,
    Furniture,
    FurnitureKind,
    FuzzyDate,
    Mention,
    Organization,
    OrganizationKind,
    Paragraph,
    ParseWarning,
    Person,
    Place,
    PlaceKind,
    Policy,
    PolicyKind,
    Precision,
    Quantity,
    Role,
    Span,
    Statement,
    StatementKind,
    TimelineEntry,
    Topic,
    WarningCode,
)

__all__ = [
    "article_mentions",
    "articles",
    "cooccurrences",
    "corpora",
    "corpus_entities",
    "country_codes",
    "date_mentions",
    "entity_refs",
    "events",
    "furniture",
    "fuzzy_dates",
    "mentions",
    "organizations",
    "paragraphs",
    "parse_warnings",
    "persons",
    "places",
    "policies",
    "quantities",
    "roles",
    "spans",
    "statements",
    "texts",
    "timeline_entries",
    "topics",
]

T = TypeVar("T")

_MAX_MEMBERS = 3
"""The most members a drawn tuple field gets."""

_MAX_TEXT = 160
"""The longest article text drawn."""

_ID_PREFIXES = {
    EntityKind.PERSON: "person:",
    EntityKind.ORGANIZATION: "org:",
    EntityKind.PLACE: "place:",
}

_slugs = st.text(alphabet=string.ascii_lowercase + string.digits + "-", min_size=1, max_size=12)


def _tuples(
    members: st.SearchStrategy[T], max_size: int = _MAX_MEMBERS
) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(members, max_size=max_size).map(tuple)


def texts(max_size: int = _MAX_TEXT) -> st.SearchStrategy[str]:
    """Any text (no lone surrogates), newlines, quotation marks and accents included."""
    return st.text(max_size=max_size)


def _names(max_size: int = 24) -> st.SearchStrategy[str]:
    """Strings with something other than whitespace, as ``non_empty`` fields need."""
    return st.text(min_size=1, max_size=max_size).filter(lambda value: bool(value.strip()))


def country_codes() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-2 shaped codes: two capital letters."""
    return st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=2)


def topics() -> st.SearchStrategy[Topic]:
    """Any migration topic."""
    return st.sampled_from(Topic)


@st.composite
def spans(draw: st.DrawFn, *, max_end: int = 1_000) -> Span:
    """A span with ``0 <= start <= end <= max_end``."""
    start = draw(st.integers(min_value=0, max_value=max_end))
    end = draw(st.integers(min_value=start, max_value=max_end))
    return Span(start=start, end=end)


@st.composite
def _excerpts(draw: st.DrawFn, text: str | None) -> tuple[Span, str]:
    """A span and the words it covers: inside ``text``, or a fresh text at some offset."""
    if text is None:
        words = draw(st.text(max_size=24))
        start = draw(st.integers(min_value=0, max_value=2_000))
        return Span(start=start, end=start + len(words)), words
    span = draw(spans(max_end=len(text)))
    return span, span.of(text)


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> FuzzyDate:
    """A date of any precision: a day, a month, a year, or an interval of up to ten years."""
    inferred = draw(st.booleans())
    day = draw(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9989, 12, 31)))
    shape = draw(st.sampled_from(("day", "month", "year", "between", "interval")))
    if shape == "day":
        return FuzzyDate.of(day, inferred=inferred)
    if shape == "month":
        return FuzzyDate.month(day.year, day.month, inferred=inferred)
    if shape == "year":
        return FuzzyDate.year(day.year, inferred=inferred)
    latest = draw(st.dates(min_value=day, max_value=day + dt.timedelta(days=3_650)))
    if shape == "between":
        return FuzzyDate.between(day, latest, inferred=inferred)
    return FuzzyDate(
        earliest=day, latest=latest, precision=draw(st.sampled_from(Precision)), inferred=inferred
    )


@st.composite
def entity_refs(draw: st.DrawFn, kind: EntityKind | None = None) -> EntityRef:
    """A reference to a person, organisation or place, with an id of the right prefix."""
    chosen = kind if kind is not None else draw(st.sampled_from(EntityKind))
    if chosen is EntityKind.PLACE and draw(st.booleans()):
        identifier = _ID_PREFIXES[chosen] + draw(country_codes())
    else:
        identifier = _ID_PREFIXES[chosen] + draw(_slugs)
    return EntityRef(id=identifier, kind=chosen, name=draw(_names()))


@st.composite
def mentions(draw: st.DrawFn, text: str | None = None) -> Mention:
    """A mention whose text is the part of ``text`` its span covers."""
    span, words = draw(_excerpts(text))
    return Mention(span=span, text=words)


def _optional(values: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | values


def _refs(kind: EntityKind, refs: Sequence[EntityRef]) -> st.SearchStrategy[EntityRef]:
    """One of ``refs`` of that kind when there are some, else a new reference."""
    known = [ref for ref in refs if ref.kind is kind]
    return st.sampled_from(known) if known else entity_refs(kind)


def _any_refs(refs: Sequence[EntityRef]) -> st.SearchStrategy[EntityRef]:
    return st.sampled_from(refs) if refs else entity_refs()


@st.composite
def roles(draw: st.DrawFn, refs: Sequence[EntityRef] = ()) -> Role:
    """A position: a title, perhaps an organisation (one of ``refs`` if any) and a country."""
    return Role(
        title=draw(_names()),
        organization=draw(_optional(_refs(EntityKind.ORGANIZATION, refs))),
        country=draw(_optional(country_codes())),
    )


@st.composite
def persons(draw: st.DrawFn, text: str | None = None, refs: Sequence[EntityRef] = ()) -> Person:
    """A person with roles, aliases and mentions inside ``text``."""
    return Person(
        id=_ID_PREFIXES[EntityKind.PERSON] + draw(_slugs),
        name=draw(_names()),
        honorific=draw(_optional(_names(12))),
        aliases=draw(_tuples(_names(12))),
        roles=draw(_tuples(roles(refs), max_size=2)),
        nationality=draw(_optional(country_codes())),
        mentions=draw(_tuples(mentions(text))),
    )


@st.composite
def organizations(draw: st.DrawFn, text: str | None = None) -> Organization:
    """An organisation with an acronym, a kind, a country and mentions inside ``text``."""
    acronym = draw(_optional(st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=6)))
    slug = acronym.lower() if acronym is not None else draw(_slugs)
    return Organization(
        id=_ID_PREFIXES[EntityKind.ORGANIZATION] + slug,
        name=draw(_names()),
        acronym=acronym,
        kind=draw(st.sampled_from(OrganizationKind)),
        country=draw(_optional(country_codes())),
        mentions=draw(_tuples(mentions(text))),
    )


@st.composite
def places(draw: st.DrawFn, text: str | None = None) -> Place:
    """A place: countries have ``place:CC`` ids, other places a slug."""
    kind = draw(st.sampled_from(PlaceKind))
    country = draw(country_codes()) if kind is PlaceKind.COUNTRY else None
    if kind is PlaceKind.CITY:
        country = draw(_optional(country_codes()))
    slug = country if kind is PlaceKind.COUNTRY and country is not None else draw(_slugs)
    return Place(
        id=_ID_PREFIXES[EntityKind.PLACE] + slug,
        name=draw(_names()),
        kind=kind,
        country=country,
        mentions=draw(_tuples(mentions(text))),
    )


@st.composite
def statements(
    draw: st.DrawFn, text: str | None = None, refs: Sequence[EntityRef] = (), paragraphs: int = 1
) -> Statement:
    """A statement by a speaker among ``refs`` (or a new one, or none), inside ``text``."""
    span, words = draw(_excerpts(text))
    return Statement(
        speaker=draw(_optional(_refs(EntityKind.PERSON, refs))),
        kind=draw(st.sampled_from(StatementKind)),
        cue=draw(st.sampled_from(("say", "stress", "recall", "announce", "note"))),
        text=words,
        span=span,
        paragraph=draw(st.integers(min_value=0, max_value=max(paragraphs - 1, 0))),
        topics=draw(_tuples(topics())),
        speaker_mention=draw(_optional(mentions(text))),
        date=draw(_optional(fuzzy_dates())),
    )


@st.composite
def events(draw: st.DrawFn, text: str | None = None, refs: Sequence[EntityRef] = ()) -> Event:
    """An event with organisers and participants among ``refs``, inside ``text``."""
    span, words = draw(_excerpts(text))
    return Event(
        id=f"event:{draw(st.integers(min_value=1, max_value=99))}",
        kind=draw(st.sampled_from(EventKind)),
        description=words,
        date=draw(_optional(fuzzy_dates())),
        place=draw(_optional(_refs(EntityKind.PLACE, refs))),
        organizers=draw(_tuples(_any_refs(refs), max_size=2)),
        participants=draw(_tuples(_any_refs(refs), max_size=2)),
        span=span,
        theme=draw(_optional(st.text(max_size=30))),
        topics=draw(_tuples(topics())),
    )


@st.composite
def quantities(draw: st.DrawFn, text: str | None = None) -> Quantity:
    """A count, exact or approximate, int or finite float, inside ``text``."""
    span, words = draw(_excerpts(text))
    value: int | float = draw(
        st.integers(min_value=0, max_value=10**12)
        | st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False)
    )
    return Quantity(
        value=value,
        approximate=draw(st.booleans()),
        unit=draw(st.text(max_size=16)),
        text=words,
        span=span,
    )


@st.composite
def policies(draw: st.DrawFn, text: str | None = None, refs: Sequence[EntityRef] = ()) -> Policy:
    """A policy instrument with parties among ``refs``, inside ``text``."""
    span, _ = draw(_excerpts(text))
    return Policy(
        id=f"policy:{draw(_slugs)}",
        name=draw(_names(40)),
        kind=draw(st.sampled_from(PolicyKind)),
        country=draw(_optional(country_codes())),
        parties=draw(_tuples(_any_refs(refs), max_size=2)),
        date=draw(_optional(fuzzy_dates())),
        objectives=draw(_tuples(st.text(max_size=30))),
        topics=draw(_tuples(topics())),
        span=span,
        quantities=draw(_tuples(quantities(text), max_size=2)),
        mentions=draw(_tuples(mentions(text), max_size=2)),
    )


@st.composite
def date_mentions(draw: st.DrawFn, text: str | None = None) -> DateMention:
    """A date expression inside ``text``, resolved or not."""
    span, words = draw(_excerpts(text))
    return DateMention(text=words, value=draw(_optional(fuzzy_dates())), span=span)


@st.composite
def paragraphs(draw: st.DrawFn, text: str | None = None, index: int | None = None) -> Paragraph:
    """A paragraph whose text is the part of ``text`` its span covers."""
    span, words = draw(_excerpts(text))
    number = index if index is not None else draw(st.integers(min_value=0, max_value=50))
    return Paragraph(index=number, span=span, text=words)


@st.composite
def furniture(draw: st.DrawFn, text: str | None = None) -> Furniture:
    """A set-aside piece of page inside ``text``."""
    span, words = draw(_excerpts(text))
    return Furniture(span=span, text=words, kind=draw(st.sampled_from(FurnitureKind)))


@st.composite
def parse_warnings(draw: st.DrawFn, text: str | None = None) -> ParseWarning:
    """A parse warning, with a span inside ``text`` or none."""
    span = draw(_optional(_excerpts(text).map(lambda excerpt: excerpt[0])))
    return ParseWarning(
        code=draw(st.sampled_from(WarningCode)), message=draw(st.text(max_size=40)), span=span
    )


@st.composite
def _ordered_spans(draw: st.DrawFn, text: str, max_size: int) -> tuple[Span, ...]:
    """Up to ``max_size`` non-overlapping spans of ``text``, in text order."""
    cuts = sorted(
        draw(
            st.lists(
                st.integers(min_value=0, max_value=len(text)),
                max_size=2 * max_size,
            )
        )
    )
    return tuple(
        Span(start=start, end=end) for start, end in zip(cuts[::2], cuts[1::2], strict=False)
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """An article: its text first, then every part and fact drawn inside that text.

    Paragraphs and furniture are in text order without overlaps; statements, events and
    roles point at the article's own people, organisations and places when it has some.
    """
    text = draw(texts())
    title_span = draw(_optional(spans(max_end=len(text))))
    title = title_span.of(text) if title_span is not None else draw(_optional(st.text(max_size=30)))
    body = draw(_ordered_spans(text, max_size=4))
    set_aside = draw(_ordered_spans(text, max_size=2))
    organization_list = draw(_tuples(organizations(text), max_size=2))
    place_list = draw(_tuples(places(text), max_size=2))
    refs: list[EntityRef] = [entity.ref for entity in (*organization_list, *place_list)]
    person_list = draw(_tuples(persons(text, refs), max_size=2))
    refs.extend(person.ref for person in person_list)
    dateline_place = draw(_optional(_refs(EntityKind.PLACE, refs)))
    return Article(
        id=draw(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)),
        source=draw(_optional(st.text(max_size=30))),
        text=text,
        title=title,
        title_span=title_span,
        page_date=draw(_optional(st.dates())),
        dateline_place=dateline_place,
        dateline_date=draw(_optional(fuzzy_dates())),
        dateline_span=draw(_optional(spans(max_end=len(text)))),
        paragraphs=tuple(
            Paragraph(index=index, span=span, text=span.of(text)) for index, span in enumerate(body)
        ),
        furniture=tuple(
            Furniture(span=span, text=span.of(text), kind=draw(st.sampled_from(FurnitureKind)))
            for span in set_aside
        ),
        persons=person_list,
        organizations=organization_list,
        places=place_list,
        statements=draw(_tuples(statements(text, refs, len(body)), max_size=2)),
        events=draw(_tuples(events(text, refs), max_size=2)),
        policies=draw(_tuples(policies(text, refs), max_size=1)),
        dates=draw(_tuples(date_mentions(text), max_size=2)),
        quantities=draw(_tuples(quantities(text), max_size=2)),
        topics=draw(_tuples(topics())),
        warnings=draw(_tuples(parse_warnings(text), max_size=2)),
    )


def corpora() -> st.SearchStrategy[Corpus]:
    """A corpus of up to three articles."""
    return st.builds(Corpus, articles=_tuples(articles()))


@st.composite
def article_mentions(draw: st.DrawFn) -> ArticleMentions:
    """Where one article mentions a corpus entity."""
    return ArticleMentions(
        article_id=draw(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)),
        entity_id=draw(entity_refs()).id,
        mentions=draw(_tuples(mentions())),
    )


@st.composite
def corpus_entities(draw: st.DrawFn) -> CorpusEntity:
    """A person, organisation or place resolved across a corpus."""
    ref = draw(entity_refs())
    return CorpusEntity(
        id=ref.id,
        kind=ref.kind,
        name=ref.name,
        aliases=draw(_tuples(_names(12))),
        country=draw(_optional(country_codes())),
        roles=draw(_tuples(roles(), max_size=2)) if ref.kind is EntityKind.PERSON else (),
        occurrences=draw(_tuples(article_mentions(), max_size=2)),
    )


@st.composite
def timeline_entries(draw: st.DrawFn) -> TimelineEntry:
    """A dated fact on a corpus timeline."""
    kinds = [member.value for member in (*EventKind, *PolicyKind)] + ["statement"]
    return TimelineEntry(
        date=draw(fuzzy_dates()),
        kind=draw(st.sampled_from(kinds)),
        description=draw(st.text(max_size=40)),
        article_id=draw(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)),
        span=draw(spans()),
    )


@st.composite
def cooccurrences(draw: st.DrawFn) -> Cooccurrence:
    """Two entities named in the same articles."""
    article_ids = draw(
        st.lists(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16), max_size=3)
    )
    return Cooccurrence(
        first=draw(entity_refs()).id,
        second=draw(entity_refs()).id,
        count=len(article_ids),
        article_ids=tuple(article_ids),
    )


def __dir__() -> list[str]:
    return list(__all__)
