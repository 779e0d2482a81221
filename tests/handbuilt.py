"""Hand-built documents, actors and dates for the tests of the fact-finding stages.

Each helper finds every span with ``str.find`` so that mention texts equal ``text[span]``;
the tests' texts are written in our own words.
"""

from __future__ import annotations

import datetime as dt
import re

from migmodel._pipeline.document import (
    ActorMention,
    Actors,
    Dateline,
    Document,
    Layout,
    MentionVia,
    Sentence,
)
from migmodel.model import (
    DateMention,
    EntityKind,
    EntityRef,
    FuzzyDate,
    Organization,
    Paragraph,
    Person,
    Place,
    PlaceKind,
    Span,
)

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
NAME = MentionVia.NAME


def find_spans(text: str, words: str) -> list[Span]:
    """Every whole-word occurrence of ``words`` in ``text``."""
    found = []
    start = text.find(words)
    while start != -1:
        end = start + len(words)
        before = text[start - 1 : start]
        after = text[end : end + 1]
        if not before.isalnum() and not after.isalnum():
            found.append(Span(start=start, end=end))
        start = text.find(words, start + 1)
    return found


def document(
    text: str, *, reference: dt.date | None = None, dateline: str | None = None
) -> Document:
    """A document whose paragraphs are the text's lines, split into sentences."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    offset = 0
    body_start = 0
    line_dateline = None
    if dateline is not None:
        place = find_spans(text, dateline)[0]
        body_start = text.index("- ") + 2
        line_dateline = Dateline(span=Span(start=0, end=body_start), place=place)
    for line in text[body_start:].split("\n"):
        start = text.index(line, max(offset, body_start))
        offset = start + len(line)
        if not line.strip():
            continue
        span = Span(start=start, end=start + len(line))
        paragraph = Paragraph(index=len(paragraphs), span=span, text=line)
        paragraphs.append(paragraph)
        position = start
        for piece in _SENTENCE_BREAK.split(line):
            piece_start = text.index(piece, position)
            position = piece_start + len(piece)
            sentences.append(
                Sentence(span=Span(start=piece_start, end=position), paragraph=paragraph.index)
            )
    layout = Layout(text=text, paragraphs=tuple(paragraphs), dateline=line_dateline)
    return Document(text=text, layout=layout, sentences=tuple(sentences), reference_date=reference)


def person(name: str) -> EntityRef:
    """A reference to a person."""
    return EntityRef(
        id="person:" + name.lower().replace(" ", "-"), kind=EntityKind.PERSON, name=name
    )


def org(name: str, acronym: str | None = None) -> EntityRef:
    """A reference to an organisation."""
    slug = (acronym or name).lower().replace(" ", "-")
    return EntityRef(id="org:" + slug, kind=EntityKind.ORGANIZATION, name=name)


def place(name: str, code: str | None = None) -> EntityRef:
    """A reference to a place: a country when it has a code."""
    slug = code or name.lower().replace(" ", "-")
    return EntityRef(id="place:" + slug, kind=EntityKind.PLACE, name=name)


def actors(text: str, *entities: tuple[EntityRef, tuple[tuple[str, MentionVia], ...]]) -> Actors:
    """Actors with a mention for every occurrence of each surface form given."""
    mentions: list[ActorMention] = []
    persons: list[Person] = []
    organizations: list[Organization] = []
    places: list[Place] = []
    for ref, surfaces in entities:
        for words, via in surfaces:
            mentions.extend(
                ActorMention(span=span, ref=ref, via=via) for span in find_spans(text, words)
            )
        if ref.kind is EntityKind.PERSON:
            persons.append(Person(id=ref.id, name=ref.name))
        elif ref.kind is EntityKind.ORGANIZATION:
            organizations.append(Organization(id=ref.id, name=ref.name))
        else:
            code = ref.id.removeprefix("place:")
            is_country = len(code) == 2 and code.isupper()
            places.append(
                Place(
                    id=ref.id,
                    name=ref.name,
                    kind=PlaceKind.COUNTRY if is_country else PlaceKind.CITY,
                    country=code if is_country else None,
                )
            )
    mentions.sort(key=lambda mention: mention.span.start)
    return Actors(
        persons=tuple(persons),
        organizations=tuple(organizations),
        places=tuple(places),
        mentions=tuple(mentions),
    )


def named(
    ref: EntityRef, *extra: tuple[str, MentionVia]
) -> tuple[EntityRef, tuple[tuple[str, MentionVia], ...]]:
    """An entity mentioned by its name (and any extra surface forms)."""
    return ref, ((ref.name, NAME), *extra)


def dates(text: str, *found: tuple[str, FuzzyDate | None]) -> tuple[DateMention, ...]:
    """Date mentions at every occurrence of each expression given."""
    mentions = [
        DateMention(text=words, value=value, span=span)
        for words, value in found
        for span in find_spans(text, words)
    ]
    return tuple(sorted(mentions, key=lambda mention: mention.span.start))
