"""The values the pipeline's stages hand to each other.

``normalise`` gives the text; ``segment`` gives its ``Layout``; ``sentences`` and
``quotes`` complete a ``Document``, which every later stage reads. ``actors`` gives
``Actors``: the people, organisations and places with every mention of them,
pronouns and role nouns resolved, which ``statements`` and ``events`` look up.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum

import attrs

from migmodel.errors import ParseWarning
from migmodel.model import EntityRef, Furniture, Organization, Paragraph, Person, Place, Span

__all__ = [
    "ActorMention",
    "Actors",
    "Dateline",
    "Document",
    "Layout",
    "MentionVia",
    "Quote",
    "Sentence",
]


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline that opens a wire story (``RABAT, April 23 (MAP) -``), a press
    release's place-and-date line (``Kathmandu, 8 August 2024``) or, with no other, the
    city ending a byline (``By Jane Doe, Abuja``: place only).

    Attributes:
        span: the whole dateline, separator included.
        place: the place words (``RABAT``), if any.
        date: the date words (``April 23``), if any.
        agency: the wire agency in brackets (``MAP``), if any.
    """

    span: Span
    place: Span | None = None
    date: Span | None = None
    agency: str | None = None


@attrs.frozen(kw_only=True)
class Layout:
    """What ``segment`` finds: the article's parts, and the furniture set aside.

    Paragraph spans never include the title, the dateline or furniture; the first
    paragraph starts after the dateline when there is one.

    Attributes:
        text: the normalised text.
        title: the headline's span, if any.
        page_date: the standalone page date, if any (its line is also furniture).
        dateline: the dateline, if any.
        paragraphs: the body paragraphs.
        furniture: the set-aside lines, in text order.
        warnings: problems noted while segmenting.
    """

    text: str
    title: Span | None = None
    page_date: dt.date | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence of a body paragraph (or the title, with ``paragraph`` -1)."""

    span: Span
    paragraph: int


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation in the body.

    Attributes:
        span: the quotation with its marks.
        inner: the quoted words, marks excluded, outer whitespace trimmed.
        closed: False when the closing mark is missing (the quote then runs to the
            end of its paragraph).
        paragraph: the index of the paragraph it is in.
    """

    span: Span
    inner: Span
    closed: bool
    paragraph: int


@attrs.frozen(kw_only=True)
class Document:
    """A segmented article, ready for extraction.

    Attributes:
        text: the normalised text.
        layout: what ``segment`` found.
        sentences: the body's sentences, in order (the title's first, if any).
        quotes: the body's quotations, in order.
        reference_date: the date relative expressions are resolved against.
    """

    text: str
    layout: Layout
    sentences: tuple[Sentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    reference_date: dt.date | None = None
    _starts: tuple[int, ...] = attrs.field(
        init=False,
        repr=False,
        eq=False,
        default=attrs.Factory(
            lambda self: tuple(sentence.span.start for sentence in self.sentences),
            takes_self=True,
        ),
    )
    """The sentences' start offsets, computed once for ``sentence_at``."""

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains character ``offset``, if any (a binary search)."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].span.end:
            return self.sentences[index]
        return None


class MentionVia(enum.StrEnum):
    """How a mention names its entity."""

    NAME = "name"
    """The full name, or an acronym defined in the text."""
    PARTIAL_NAME = "partial_name"
    """Part of the name: a surname, an acronym used alone."""
    PRONOUN = "pronoun"
    """``he``, ``she``, ``it``."""
    ROLE_NOUN = "role_noun"
    """``the ambassador``, ``the minister``, ``the organization``, ``the Kingdom``."""
    DEMONYM = "demonym"
    """``Moroccan``, ``Peruvian``: a country named by its adjective."""


@attrs.frozen(kw_only=True)
class ActorMention:
    """One mention of a person, organisation or place, resolved to its entity."""

    span: Span
    ref: EntityRef
    via: MentionVia


@attrs.frozen(kw_only=True)
class Actors:
    """The entities of an article and every resolved mention of them.

    Attributes:
        persons: the people, with their mentions (pronouns and role nouns included).
        organizations: the organisations, with their mentions.
        places: the places, with their mentions.
        mentions: every resolved mention, sorted by span.
    """

    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    mentions: tuple[ActorMention, ...] = ()
    _starts: tuple[int, ...] = attrs.field(
        init=False,
        repr=False,
        eq=False,
        default=attrs.Factory(
            lambda self: tuple(mention.span.start for mention in self.mentions),
            takes_self=True,
        ),
    )
    """The mentions' start offsets, computed once for ``within``."""

    def within(self, span: Span) -> tuple[ActorMention, ...]:
        """The mentions that lie wholly inside ``span``, in text order (a binary search)."""
        index = bisect.bisect_left(self._starts, span.start)
        found = []
        for mention in self.mentions[index:]:
            if mention.span.start >= span.end:
                break
            if mention.span.end <= span.end:
                found.append(mention)
        return tuple(found)
