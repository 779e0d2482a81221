"""An article's mentions, dates and cue words, looked up by position, for the fact stages."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

import attrs

from migmodel._pipeline.document import ActorMention, Actors, Document
from migmodel.model import DateMention, EntityKind, EntityRef, Place, PlaceKind, Span

__all__ = ["CueLexicons", "FactIndex"]

_Spanned = TypeVar("_Spanned", ActorMention, DateMention)


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


FOLD_HAZARDS = frozenset("\u0130\u0131\u017f")
"""The characters for which ``str.lower`` and a case-insensitive pattern disagree.

``İ`` lowers to two characters; ``ı`` and ``ſ`` lower to themselves yet match ``i``
and ``s``. A text holding one cannot be searched through its lower case
(tests/test_positions.py finds this set by trying every character).
"""

_HAZARD = re.compile("[" + "".join(sorted(FOLD_HAZARDS)) + "]")
_WORD_CHAR = re.compile(r"\w")

_Trie = dict[str, "_Trie"]


def _trie_pattern(node: _Trie) -> str:
    branches = [
        (r"\s{1,3}" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if "" in node:
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def alternation(phrases: Iterable[str]) -> str:
    """A pattern for lower-case phrases, nested by shared prefixes (``me(?:et(?:ing)?|t)``).

    It matches what the plain alternation of the phrases, longest first, matches, with
    the same preference: among the phrases that fit at a position the longest wins,
    and a shorter one is tried when the rest of the pattern fails after it. A space
    matches one to three whitespace characters. Nesting lets the engine give up on a
    position after a character or two instead of trying every phrase in turn; it keeps
    the preference only when every phrase is words joined by single spaces (a space
    then takes all the whitespace or fails), so other phrases get the plain alternation.
    With no phrase, the pattern matches nothing.
    """
    unique = set(phrases)
    if not unique:
        return "(?!)"
    if any(" ".join(phrase.split()) != phrase for phrase in unique):
        ordered = sorted(unique, key=len, reverse=True)
        plain = "|".join(re.escape(phrase).replace(r"\ ", r"\s{1,3}") for phrase in ordered)
        return f"(?:{plain})"
    root: _Trie = {}
    for phrase in unique:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(root)


@attrs.frozen
class CueLexicons:
    """Named lexicons of cue phrases, searched all at once to tell which sentences hold which.

    A stage runs its costly patterns only over the sentences that hold one of their cue
    phrases: a pattern whose every match contains a phrase of a lexicon, at the start of
    a word, cannot match in a sentence without one.

    Attributes:
        pattern: every phrase of every lexicon after a character that is not part of a
            word, the phrase in a lookahead so that phrases starting inside another are
            found too; it runs on the lower case.
        lexicons: for each phrase, the lexicons of the phrases it starts with (itself
            included): the pattern reports only the longest phrase at a position.
        lower_lexicons: the same for a phrase found with a lower-case first letter,
            leaving out the lexicons whose phrases count only when capitalised.
        names: the names of all the lexicons.
    """

    pattern: re.Pattern[str]
    lexicons: dict[str, frozenset[str]]
    lower_lexicons: dict[str, frozenset[str]]
    names: frozenset[str]

    @classmethod
    def build(
        cls, lexicons: Mapping[str, Iterable[str]], *, capitalised: Iterable[str] = ()
    ) -> CueLexicons:
        """The lexicons' phrases (lower-case words joined by single spaces) under their names.

        The lexicons named in ``capitalised`` count only where the phrase's first letter
        is upper case in the text (a capitalised head noun: ``Strategy``).
        """
        owners: dict[str, set[str]] = {}
        for name, phrases in lexicons.items():
            for phrase in phrases:
                if " ".join(phrase.split()) != phrase or phrase != phrase.lower():
                    raise ValueError(f"not lower-case words joined by single spaces: {phrase!r}")
                owners.setdefault(phrase, set()).add(name)
        closed = {
            phrase: frozenset(
                name
                for prefix, names in owners.items()
                if phrase.startswith(prefix)
                for name in names
            )
            for phrase in owners
        }
        cased = frozenset(capitalised)
        return cls(
            pattern=re.compile(rf"\W(?=({alternation(owners)}))"),
            lexicons=closed,
            lower_lexicons={phrase: names - cased for phrase, names in closed.items()},
            names=frozenset(lexicons),
        )

    def _hits(self, text: str) -> tuple[list[int], list[frozenset[str]]]:
        """Where phrases start in ``text`` (with no hazard) and the lexicons each counts for."""
        starts: list[int] = []
        found: list[frozenset[str]] = []
        for cue in self.pattern.finditer(" " + text.lower()):  # the space: a phrase at 0
            start = cue.start(1) - 1
            table = self.lexicons if text[start].isupper() else self.lower_lexicons
            starts.append(start)
            found.append(table.get(" ".join(cue.group(1).split()), self.names))
        return starts, found

    def by_sentence(self, text: str, sentences: Sequence[Span]) -> list[frozenset[str]]:
        """For each sentence, the names of the lexicons with a phrase starting in it.

        A sentence gets every name when the text holds a character of ``FOLD_HAZARDS`` or
        when the sentence opens right after a word character (a token there starts a word
        only for the sentence).
        """
        if _HAZARD.search(text) is not None:
            return [self.names] * len(sentences)
        starts, found = self._hits(text)
        by_sentence = []
        for sentence in sentences:
            if sentence.start > 0 and _WORD_CHAR.match(text, sentence.start - 1):
                by_sentence.append(self.names)
                continue
            first = bisect.bisect_left(starts, sentence.start)
            last = bisect.bisect_left(starts, sentence.end, first)
            by_sentence.append(frozenset().union(*found[first:last]))
        return by_sentence
