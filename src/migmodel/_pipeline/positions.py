"""An article's mentions and dates, looked up by position, for the fact-finding stages."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from typing import TypeVar

import attrs

from migmodel._lexicon import load_lines
from migmodel._pipeline.document import ActorMention, Actors, Document
from migmodel.model import DateMention, EntityKind, EntityRef, Place, PlaceKind

__all__ = ["FactIndex", "is_bound"]

_Spanned = TypeVar("_Spanned", ActorMention, DateMention)


@functools.cache
def _bound_opening() -> re.Pattern[str]:
    words = sorted(load_lines("dates_bound_words.txt"), key=len, reverse=True)
    return re.compile(rf"(?i:{'|'.join(re.escape(word) for word in words)})\s")


def is_bound(mention: DateMention) -> bool:
    """Whether a date mention is a bound (``by 2030``, ``until June``), not an occasion.

    >>> from migmodel.model import Span
    >>> is_bound(DateMention(text="by 2030", value=None, span=Span(start=0, end=7)))
    True
    """
    return _bound_opening().match(mention.text) is not None


def _inside(
    items: Sequence[_Spanned], starts: Sequence[int], start: int, end: int
) -> list[_Spanned]:
    """The items (sorted by start) that lie wholly in ``[start, end)``, found by bisection."""
    found = []
    for item in items[bisect.bisect_left(starts, start) :]:
        if item.span.start >= end:
            break
        if item.span.end <= end:
            found.append(item)
    return found


@attrs.frozen(kw_only=True)
class FactIndex:
    """Mentions and dates sorted by position, looked up in O(log n).

    Attributes:
        text: the article's text.
        mentions: every resolved mention, by start.
        dates: every date expression, by start.
        places: the article's places by id.
        org_countries: each organisation's country by id.
    """

    text: str
    mentions: tuple[ActorMention, ...]
    dates: tuple[DateMention, ...]
    places: dict[str, Place]
    org_countries: dict[str, str | None]
    _mention_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _date_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_mention_starts", tuple(m.span.start for m in self.mentions))
        object.__setattr__(self, "_date_starts", tuple(d.span.start for d in self.dates))

    @classmethod
    def build(cls, document: Document, actors: Actors, dates: Iterable[DateMention]) -> FactIndex:
        """The index of one article's actors and dates."""
        return cls(
            text=document.text,
            mentions=tuple(sorted(actors.mentions, key=lambda mention: mention.span.start)),
            dates=tuple(sorted(dates, key=lambda mention: mention.span.start)),
            places={place.id: place for place in actors.places},
            org_countries={org.id: org.country for org in actors.organizations},
        )

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        """The mentions wholly inside ``[start, end)``, in text order."""
        return _inside(self.mentions, self._mention_starts, start, end)

    def overlapping(self, start: int, end: int) -> list[ActorMention]:
        """The mentions that share a character with ``[start, end)`` (a short window)."""
        index = max(0, bisect.bisect_left(self._mention_starts, start) - 1)
        return [
            mention
            for mention in self.mentions[index : index + 8]
            if mention.span.start < end and start < mention.span.end
        ]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        """The date expressions wholly inside ``[start, end)``, in text order."""
        return _inside(self.dates, self._date_starts, start, end)

    def place_kind(self, ref: EntityRef) -> PlaceKind | None:
        """The kind of the place ``ref`` points at, if it is one of the article's places."""
        place = self.places.get(ref.id)
        return place.kind if place is not None else None

    def country_of(self, mention: ActorMention) -> str | None:
        """The country a mention names: a country or its demonym; an organisation's country."""
        if mention.ref.kind is EntityKind.PLACE:
            place = self.places.get(mention.ref.id)
            if place is not None and place.kind is PlaceKind.COUNTRY:
                return place.country
            return None
        if mention.ref.kind is EntityKind.ORGANIZATION:
            return self.org_countries.get(mention.ref.id)
        return None
