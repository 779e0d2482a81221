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

# Strategies are built once: building them inside every draw costs more than drawing.
_SLUGS = st.text(alphabet=string.ascii_lowercase + string.digits + "-", min_size=1, max_size=12)
_ARTICLE_IDS = st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)
_NAMES = st.text(min_size=1, max_size=24).filter(lambda value: bool(value.strip()))
"""Strings with something other than whitespace, as ``non_empty`` fields need."""
_SHORT_TEXTS = st.text(max_size=24)
_COUNTRY_CODES = st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=2)
_ACRONYMS = st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=6)
_CUES = st.sampled_from(("say", "stress", "recall", "announce", "note", "tell"))
_BOOLEANS = st.booleans()
_OFFSETS = st.integers(min_value=0, max_value=2_000)
_VALUES = st.integers(min_value=0, max_value=10**12) | st.floats(
    min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False
)
_DAYS = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9989, 12, 31))
_DATE_SHAPES = st.sampled_from(("day", "month", "year", "between", "interval"))
_TOPICS = st.sampled_from(Topic)
_TOPIC_TUPLES = st.lists(_TOPICS, max_size=_MAX_MEMBERS, unique=True).map(tuple)
_ALIASES = st.lists(_NAMES, max_size=2).map(tuple)
_OBJECTIVES = st.lists(st.text(max_size=30), max_size=2).map(tuple)


def _count(draw: st.DrawFn, most: int = _MAX_MEMBERS) -> int:
    return draw(st.integers(min_value=0, max_value=most))


def _maybe(draw: st.DrawFn) -> bool:
    """Whether to fill an optional field."""
    return draw(_BOOLEANS)


def texts(max_size: int = _MAX_TEXT) -> st.SearchStrategy[str]:
    """Any text (no lone surrogates), newlines, quotation marks and accents included."""
    return st.text(max_size=max_size)


def country_codes() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-2 shaped codes: two capital letters."""
    return _COUNTRY_CODES


def topics() -> st.SearchStrategy[Topic]:
    """Any migration topic."""
    return _TOPICS


@st.composite
def spans(draw: st.DrawFn, *, max_end: int = 1_000) -> Span:
    """A span with ``0 <= start <= end <= max_end``."""
    return _draw_span(draw, max_end)


def _draw_span(draw: st.DrawFn, max_end: int) -> Span:
    start = draw(st.integers(min_value=0, max_value=max_end))
    end = draw(st.integers(min_value=start, max_value=max_end))
    return Span(start=start, end=end)


def _draw_excerpt(draw: st.DrawFn, text: str | None) -> tuple[Span, str]:
    """A span and the words it covers: inside ``text``, or a fresh text at some offset."""
    if text is None:
        words = draw(_SHORT_TEXTS)
        start = draw(_OFFSETS)
        return Span(start=start, end=start + len(words)), words
    span = _draw_span(draw, len(text))
    return span, span.of(text)


def _draw_fuzzy_date(draw: st.DrawFn) -> FuzzyDate:
    inferred = draw(_BOOLEANS)
    day = draw(_DAYS)
    shape = draw(_DATE_SHAPES)
    if shape == "day":
        return FuzzyDate.of(day, inferred=inferred)
    if shape == "month":
        return FuzzyDate.month(day.year, day.month, inferred=inferred)
    if shape == "year":
        return FuzzyDate.year(day.year, inferred=inferred)
    latest = draw(st.dates(min_value=day, max_value=day + dt.timedelta(days=3_650)))
    if shape == "between":
        return FuzzyDate.between(day, latest, inferred=inferred)
    precision = draw(st.sampled_from(Precision))
    return FuzzyDate(earliest=day, latest=latest, precision=precision, inferred=inferred)


def _draw_optional_date(draw: st.DrawFn) -> FuzzyDate | None:
    return _draw_fuzzy_date(draw) if _maybe(draw) else None


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> FuzzyDate:
    """A date of any precision: a day, a month, a year, or an interval of up to ten years."""
    return _draw_fuzzy_date(draw)


def _draw_ref(draw: st.DrawFn, kind: EntityKind | None = None) -> EntityRef:
    chosen = kind if kind is not None else draw(st.sampled_from(EntityKind))
    if chosen is EntityKind.PLACE and draw(_BOOLEANS):
        identifier = _ID_PREFIXES[chosen] + draw(_COUNTRY_CODES)
    else:
        identifier = _ID_PREFIXES[chosen] + draw(_SLUGS)
    return EntityRef(id=identifier, kind=chosen, name=draw(_NAMES))


@st.composite
def entity_refs(draw: st.DrawFn, kind: EntityKind | None = None) -> EntityRef:
    """A reference to a person, organisation or place, with an id of the right prefix."""
    return _draw_ref(draw, kind)


def _draw_known_ref(
    draw: st.DrawFn, kind: EntityKind | None, refs: Sequence[EntityRef]
) -> EntityRef:
    """One of ``refs`` (of ``kind``, if given) when there are some, else a new reference."""
    known = [ref for ref in refs if kind is None or ref.kind is kind]
    return draw(st.sampled_from(known)) if known else _draw_ref(draw, kind)


def _draw_refs(draw: st.DrawFn, refs: Sequence[EntityRef], most: int = 2) -> tuple[EntityRef, ...]:
    return tuple(_draw_known_ref(draw, None, refs) for _ in range(_count(draw, most)))


def _draw_mention(draw: st.DrawFn, text: str | None) -> Mention:
    span, words = _draw_excerpt(draw, text)
    return Mention(span=span, text=words)


def _draw_mentions(
    draw: st.DrawFn, text: str | None, most: int = _MAX_MEMBERS
) -> tuple[Mention, ...]:
    return tuple(_draw_mention(draw, text) for _ in range(_count(draw, most)))


@st.composite
def mentions(draw: st.DrawFn, text: str | None = None) -> Mention:
    """A mention whose text is the part of ``text`` its span covers."""
    return _draw_mention(draw, text)


def _draw_role(draw: st.DrawFn, refs: Sequence[EntityRef]) -> Role:
    organization = _draw_known_ref(draw, EntityKind.ORGANIZATION, refs) if _maybe(draw) else None
    country = draw(_COUNTRY_CODES) if _maybe(draw) else None
    return Role(title=draw(_NAMES), organization=organization, country=country)


@st.composite
def roles(draw: st.DrawFn, refs: Sequence[EntityRef] = ()) -> Role:
    """A position: a title, perhaps an organisation (one of ``refs`` if any) and a country."""
    return _draw_role(draw, refs)


def _draw_person(draw: st.DrawFn, text: str | None, refs: Sequence[EntityRef]) -> Person:
    return Person(
        id=_ID_PREFIXES[EntityKind.PERSON] + draw(_SLUGS),
        name=draw(_NAMES),
        honorific=draw(_NAMES) if _maybe(draw) else None,
        aliases=draw(_ALIASES),
        roles=tuple(_draw_role(draw, refs) for _ in range(_count(draw, 2))),
        nationality=draw(_COUNTRY_CODES) if _maybe(draw) else None,
        mentions=_draw_mentions(draw, text),
    )


@st.composite
def persons(draw: st.DrawFn, text: str | None = None, refs: Sequence[EntityRef] = ()) -> Person:
    """A person with roles, aliases and mentions inside ``text``."""
    return _draw_person(draw, text, refs)


def _draw_organization(draw: st.DrawFn, text: str | None) -> Organization:
    acronym = draw(_ACRONYMS) if _maybe(draw) else None
    slug = acronym.lower() if acronym is not None else draw(_SLUGS)
    return Organization(
        id=_ID_PREFIXES[EntityKind.ORGANIZATION] + slug,
        name=draw(_NAMES),
        acronym=acronym,
        kind=draw(st.sampled_from(OrganizationKind)),
        country=draw(_COUNTRY_CODES) if _maybe(draw) else None,
        mentions=_draw_mentions(draw, text),
    )


@st.composite
def organizations(draw: st.DrawFn, text: str | None = None) -> Organization:
    """An organisation with an acronym, a kind, a country and mentions inside ``text``."""
    return _draw_organization(draw, text)


def _draw_place(draw: st.DrawFn, text: str | None) -> Place:
    kind = draw(st.sampled_from(PlaceKind))
    country: str | None = None
    if kind is PlaceKind.COUNTRY or (kind is PlaceKind.CITY and _maybe(draw)):
        country = draw(_COUNTRY_CODES)
    slug = country if kind is PlaceKind.COUNTRY and country is not None else draw(_SLUGS)
    return Place(
        id=_ID_PREFIXES[EntityKind.PLACE] + slug,
        name=draw(_NAMES),
        kind=kind,
        country=country,
        mentions=_draw_mentions(draw, text),
    )


@st.composite
def places(draw: st.DrawFn, text: str | None = None) -> Place:
    """A place: countries have ``place:CC`` ids, other places a slug."""
    return _draw_place(draw, text)


def _draw_statement(
    draw: st.DrawFn, text: str | None, refs: Sequence[EntityRef], paragraphs: int
) -> Statement:
    span, words = _draw_excerpt(draw, text)
    return Statement(
        speaker=_draw_known_ref(draw, EntityKind.PERSON, refs) if _maybe(draw) else None,
        kind=draw(st.sampled_from(StatementKind)),
        cue=draw(_CUES),
        text=words,
        span=span,
        paragraph=draw(st.integers(min_value=0, max_value=max(paragraphs - 1, 0))),
        topics=draw(_TOPIC_TUPLES),
        speaker_mention=_draw_mention(draw, text) if _maybe(draw) else None,
        date=_draw_optional_date(draw),
    )


@st.composite
def statements(
    draw: st.DrawFn, text: str | None = None, refs: Sequence[EntityRef] = (), paragraphs: int = 1
) -> Statement:
    """A statement by a speaker among ``refs`` (or a new one, or none), inside ``text``."""
    return _draw_statement(draw, text, refs, paragraphs)


def _draw_event(draw: st.DrawFn, text: str | None, refs: Sequence[EntityRef]) -> Event:
    span, words = _draw_excerpt(draw, text)
    return Event(
        id=f"event:{draw(st.integers(min_value=1, max_value=99))}",
        kind=draw(st.sampled_from(EventKind)),
        description=words,
        date=_draw_optional_date(draw),
        place=_draw_known_ref(draw, EntityKind.PLACE, refs) if _maybe(draw) else None,
        organizers=_draw_refs(draw, refs),
        participants=_draw_refs(draw, refs),
        span=span,
        theme=draw(_SHORT_TEXTS) if _maybe(draw) else None,
        topics=draw(_TOPIC_TUPLES),
    )


@st.composite
def events(draw: st.DrawFn, text: str | None = None, refs: Sequence[EntityRef] = ()) -> Event:
    """An event with organisers and participants among ``refs``, inside ``text``."""
    return _draw_event(draw, text, refs)


def _draw_quantity(draw: st.DrawFn, text: str | None) -> Quantity:
    span, words = _draw_excerpt(draw, text)
    value: int | float = draw(_VALUES)
    return Quantity(
        value=value, approximate=draw(_BOOLEANS), unit=draw(_SHORT_TEXTS), text=words, span=span
    )


@st.composite
def quantities(draw: st.DrawFn, text: str | None = None) -> Quantity:
    """A count, exact or approximate, int or finite float, inside ``text``."""
    return _draw_quantity(draw, text)


def _draw_policy(draw: st.DrawFn, text: str | None, refs: Sequence[EntityRef]) -> Policy:
    span, _ = _draw_excerpt(draw, text)
    return Policy(
        id=f"policy:{draw(_SLUGS)}",
        name=draw(_NAMES),
        kind=draw(st.sampled_from(PolicyKind)),
        country=draw(_COUNTRY_CODES) if _maybe(draw) else None,
        parties=_draw_refs(draw, refs),
        date=_draw_optional_date(draw),
        objectives=draw(_OBJECTIVES),
        topics=draw(_TOPIC_TUPLES),
        span=span,
        quantities=tuple(_draw_quantity(draw, text) for _ in range(_count(draw, 2))),
        mentions=_draw_mentions(draw, text, 2),
    )


@st.composite
def policies(draw: st.DrawFn, text: str | None = None, refs: Sequence[EntityRef] = ()) -> Policy:
    """A policy instrument with parties among ``refs``, inside ``text``."""
    return _draw_policy(draw, text, refs)


def _draw_date_mention(draw: st.DrawFn, text: str | None) -> DateMention:
    span, words = _draw_excerpt(draw, text)
    return DateMention(text=words, value=_draw_optional_date(draw), span=span)


@st.composite
def date_mentions(draw: st.DrawFn, text: str | None = None) -> DateMention:
    """A date expression inside ``text``, resolved or not."""
    return _draw_date_mention(draw, text)


@st.composite
def paragraphs(draw: st.DrawFn, text: str | None = None, index: int | None = None) -> Paragraph:
    """A paragraph whose text is the part of ``text`` its span covers."""
    span, words = _draw_excerpt(draw, text)
    number = index if index is not None else draw(st.integers(min_value=0, max_value=50))
    return Paragraph(index=number, span=span, text=words)


@st.composite
def furniture(draw: st.DrawFn, text: str | None = None) -> Furniture:
    """A set-aside piece of page inside ``text``."""
    span, words = _draw_excerpt(draw, text)
    return Furniture(span=span, text=words, kind=draw(st.sampled_from(FurnitureKind)))


def _draw_warning(draw: st.DrawFn, text: str | None) -> ParseWarning:
    span = _draw_excerpt(draw, text)[0] if _maybe(draw) else None
    return ParseWarning(
        code=draw(st.sampled_from(WarningCode)), message=draw(_SHORT_TEXTS), span=span
    )


@st.composite
def parse_warnings(draw: st.DrawFn, text: str | None = None) -> ParseWarning:
    """A parse warning, with a span inside ``text`` or none."""
    return _draw_warning(draw, text)


def _draw_ordered_spans(draw: st.DrawFn, text: str, most: int) -> tuple[Span, ...]:
    """Up to ``most`` non-overlapping spans of ``text``, in text order."""
    offsets = st.integers(min_value=0, max_value=len(text))
    cuts = sorted(draw(offsets) for _ in range(2 * _count(draw, most)))
    return tuple(
        Span(start=start, end=end) for start, end in zip(cuts[::2], cuts[1::2], strict=True)
    )


def _draw_article(draw: st.DrawFn) -> Article:
    text = draw(texts())
    title_span = _draw_span(draw, len(text)) if _maybe(draw) else None
    title = title_span.of(text) if title_span is not None else None
    body = _draw_ordered_spans(draw, text, 4)
    set_aside = _draw_ordered_spans(draw, text, 2)
    organization_list = tuple(_draw_organization(draw, text) for _ in range(_count(draw, 2)))
    place_list = tuple(_draw_place(draw, text) for _ in range(_count(draw, 2)))
    refs = [organization.ref for organization in organization_list]
    refs.extend(place.ref for place in place_list)
    person_list = tuple(_draw_person(draw, text, refs) for _ in range(_count(draw, 2)))
    refs.extend(person.ref for person in person_list)
    return Article(
        id=draw(_ARTICLE_IDS),
        source=draw(_SHORT_TEXTS) if _maybe(draw) else None,
        text=text,
        title=title,
        title_span=title_span,
        page_date=draw(_DAYS) if _maybe(draw) else None,
        dateline_place=_draw_known_ref(draw, EntityKind.PLACE, refs) if _maybe(draw) else None,
        dateline_date=_draw_optional_date(draw),
        dateline_span=_draw_span(draw, len(text)) if _maybe(draw) else None,
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
        statements=tuple(
            _draw_statement(draw, text, refs, len(body)) for _ in range(_count(draw, 2))
        ),
        events=tuple(_draw_event(draw, text, refs) for _ in range(_count(draw, 2))),
        policies=tuple(_draw_policy(draw, text, refs) for _ in range(_count(draw, 1))),
        dates=tuple(_draw_date_mention(draw, text) for _ in range(_count(draw, 2))),
        quantities=tuple(_draw_quantity(draw, text) for _ in range(_count(draw, 2))),
        topics=draw(_TOPIC_TUPLES),
        warnings=tuple(_draw_warning(draw, text) for _ in range(_count(draw, 2))),
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """An article: its text first, then every part and fact drawn inside that text.

    Paragraphs and furniture are in text order without overlaps; statements, events and
    roles point at the article's own people, organisations and places when it has some.
    """
    return _draw_article(draw)


@st.composite
def corpora(draw: st.DrawFn) -> Corpus:
    """A corpus of up to two articles."""
    return Corpus(articles=tuple(_draw_article(draw) for _ in range(_count(draw, 2))))


@st.composite
def article_mentions(draw: st.DrawFn) -> ArticleMentions:
    """Where one article mentions a corpus entity."""
    return ArticleMentions(
        article_id=draw(_ARTICLE_IDS),
        entity_id=_draw_ref(draw).id,
        mentions=_draw_mentions(draw, None),
    )


@st.composite
def corpus_entities(draw: st.DrawFn) -> CorpusEntity:
    """A person, organisation or place resolved across a corpus."""
    ref = _draw_ref(draw)
    is_person = ref.kind is EntityKind.PERSON
    return CorpusEntity(
        id=ref.id,
        kind=ref.kind,
        name=ref.name,
        aliases=draw(_ALIASES),
        country=draw(_COUNTRY_CODES) if _maybe(draw) else None,
        roles=tuple(_draw_role(draw, ()) for _ in range(_count(draw, 2))) if is_person else (),
        occurrences=tuple(draw(article_mentions()) for _ in range(_count(draw, 2))),
    )


_TIMELINE_KINDS = st.sampled_from(
    [member.value for member in (*EventKind, *PolicyKind)] + ["statement"]
)


@st.composite
def timeline_entries(draw: st.DrawFn) -> TimelineEntry:
    """A dated fact on a corpus timeline."""
    return TimelineEntry(
        date=_draw_fuzzy_date(draw),
        kind=draw(_TIMELINE_KINDS),
        description=draw(_SHORT_TEXTS),
        article_id=draw(_ARTICLE_IDS),
        span=_draw_span(draw, 1_000),
    )


@st.composite
def cooccurrences(draw: st.DrawFn) -> Cooccurrence:
    """Two entities named in the same articles."""
    article_ids = tuple(draw(_ARTICLE_IDS) for _ in range(_count(draw)))
    return Cooccurrence(
        first=_draw_ref(draw).id,
        second=_draw_ref(draw).id,
        count=len(article_ids),
        article_ids=article_ids,
    )


def __dir__() -> list[str]:
    return list(__all__)
