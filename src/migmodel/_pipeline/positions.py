"""An article's mentions, dates and cue words, looked up by position, for the fact stages."""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

import attrs

from migmodel._lexicon import load_lines, load_rows
from migmodel._pipeline import scanning
from migmodel._pipeline.document import ActorMention, Actors, Document
from migmodel.model import (
    DateMention,
    EntityKind,
    EntityRef,
    OrganizationKind,
    Place,
    PlaceKind,
    Span,
)

__all__ = [
    "ANAPHOR",
    "DESCRIBED",
    "NAMED",
    "OBJECTIVE",
    "ORGANISER",
    "PARTICIPATION",
    "PRONOUN",
    "TRIGGER",
    "CueLexicons",
    "FactIndex",
    "FoundCues",
    "alternation",
    "fact_cues",
    "gapped_by",
    "governed_by_other",
    "is_bound",
    "matches_near",
]

_Spanned = TypeVar("_Spanned", ActorMention, DateMention)
_START = operator.attrgetter("span.start")


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


_PARTICIPLE_REACH = 5
"""How many words before a date or a place a participle governing it may stand."""
_OWN_PARTICIPLE_REACH = 40
"""How far after an anchor its own participle may stand (``the meeting, held in``)."""
_CLAUSE_TOKEN = re.compile(r"[\w'’.-]+|[,;:()]")
_PARTICIPLE_FOLLOWERS = frozenset(
    {"in", "on", "at", "since", "during", "by", "the", "a", "an", "its", "their", "last"}
)
"""Words after a participle that governs what follows (``held in``); after an adjective
a noun follows instead (``displaced people in``)."""
_OTHER_CLAUSE = re.compile(r",\s{1,3}[a-z]+ing\b|\b(?:since|after|replacing|than)\b")


@functools.cache
def _irregular_participles() -> frozenset[str]:
    return frozenset(load_lines("event_irregular_participles.txt"))


@functools.cache
def _reporting_words() -> frozenset[str]:
    """The reporting verbs that are speech on their own (``announced``), not those that
    are speech only before a clause (``concluded``, ``agreed``)."""
    return frozenset(row[0] for row in load_rows("reporting_verbs.tsv") if row[3] != "clause")


def _is_participle(word: str) -> bool:
    """A lower-case past participle: a word in -ed or one of the irregular ones (``held``),
    never a reporting verb (``, the ministry announced on Monday`` dates the news)."""
    regular = len(word) > 4 and word.isalpha() and word.islower() and word.endswith("ed")
    return (regular or word in _irregular_participles()) and word not in _reporting_words()


def _governing_participle(text: str, position: int, floor: int) -> re.Match[str] | None:
    """The participle nearest before ``position`` within five words of its clause."""
    words = list(_CLAUSE_TOKEN.finditer(text, max(floor, position - 80), position))[
        -_PARTICIPLE_REACH:
    ]
    for offset in range(len(words) - 1, -1, -1):
        word = words[offset].group()
        if not word[0].isalnum():
            return None  # a comma or a bracket closes the clause
        following = words[offset + 1].group().lower() if offset + 1 < len(words) else ""
        if _is_participle(word) and (not following or following in _PARTICIPLE_FOLLOWERS):
            return words[offset]
    return None


def governed_by_other(text: str, anchor: Span, position: int, floor: int) -> bool:
    """Whether a date or a place at ``position`` belongs to another verb than ``anchor``.

    Rule: a participle up to five words before it in its clause (``held in Cairo in``,
    ``concluded in``, ``adopted the Compact in``) governs it. The participle is the
    anchor's own when it is the anchor, or stands after it behind a form of *be*
    (``the meeting was held in``) or within 40 characters with no ``since``,
    ``after``, ``replacing`` or ``, -ing`` between (``the meeting, held in``); any other
    participle (one before the anchor, or one far behind it: ``signed a MoU ...,
    replacing the agreement concluded in October 2018``) makes it another's.

    >>> text = "They signed a deal replacing the pact concluded in 2018."
    >>> governed_by_other(text, Span(start=5, end=11), text.index("2018"), 0)
    True
    """
    participle = _governing_participle(text, position, floor)
    if participle is None or participle.start() < anchor.end:
        return False  # none, the anchor itself, or one whose object the anchor is
    before = text[max(floor, participle.start() - 12) : participle.start()].split()
    if before and before[-1].lower() in _passive_words():
        return False
    gap = text[anchor.end : participle.start()]
    return len(gap) > _OWN_PARTICIPLE_REACH or _OTHER_CLAUSE.search(gap) is not None


@functools.cache
def _passive_words() -> frozenset[str]:
    return frozenset(load_lines("event_passive_aux.txt"))


def _inside(
    items: Sequence[_Spanned], starts: Sequence[int], start: int, end: int
) -> list[_Spanned]:
    """The items (sorted by start) that lie wholly in ``[start, end)``, found by bisection."""
    found = []
    for position in range(bisect.bisect_left(starts, start), len(items)):
        item = items[position]
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
        org_kinds: each organisation's kind by id.
    """

    text: str
    mentions: tuple[ActorMention, ...]
    dates: tuple[DateMention, ...]
    places: dict[str, Place]
    org_countries: dict[str, str | None]
    org_kinds: dict[str, OrganizationKind] = attrs.Factory(dict)
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
            mentions=tuple(sorted(actors.mentions, key=_START)),
            dates=tuple(sorted(dates, key=_START)),
            places={place.id: place for place in actors.places},
            org_countries={org.id: org.country for org in actors.organizations},
            org_kinds={org.id: org.kind for org in actors.organizations},
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

_NONE: frozenset[str] = frozenset()


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches: a letter, a digit or ``_``."""
    return char.isalnum() or char == "_"


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
    return scanning.alternation(unique, space=r"\s{1,3}")


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

    def find(self, text: str) -> FoundCues:
        """Where the lexicons' phrases start in ``text``.

        With a character of ``FOLD_HAZARDS`` in the text nothing is searched.
        """
        if any(hazard in text for hazard in FOLD_HAZARDS):
            return FoundCues(text=text, everything=self.names, starts=None, lexicons=[])
        starts: list[int] = []
        found: list[frozenset[str]] = []
        for cue in self.pattern.finditer(" " + text.lower()):  # the space: a phrase at 0
            start, phrase = cue.start(1) - 1, cue.group(1)
            table = self.lexicons if text[start].isupper() else self.lower_lexicons
            names = table.get(phrase)
            if names is None:  # more than one space, or a line break, inside the phrase
                names = table.get(" ".join(phrase.split()), self.names)
            starts.append(start)
            found.append(names)
        return FoundCues(text=text, everything=self.names, starts=starts, lexicons=found)


@attrs.frozen
class FoundCues:
    """Where the cue phrases of some lexicons start in one text.

    Attributes:
        text: the text.
        everything: the names of all the lexicons.
        starts: where phrases start, in text order (``None``: the text holds one of
            ``FOLD_HAZARDS`` and was not searched).
        lexicons: for each of ``starts``, the lexicons its phrase counts for.
    """

    text: str
    everything: frozenset[str]
    starts: list[int] | None
    lexicons: list[frozenset[str]]

    def names_by_sentence(self, sentences: Sequence[Span]) -> list[frozenset[str]]:
        """For each sentence, the names of the lexicons with a phrase starting in it.

        Every name when the text was not searched, or when the sentence opens right
        after a word character (a token there starts a word only for the sentence).
        """
        if self.starts is None:
            return [self.everything] * len(sentences)
        found = []
        for sentence in sentences:
            if sentence.start > 0 and _is_word_char(self.text[sentence.start - 1]):
                found.append(self.everything)
                continue
            first = bisect.bisect_left(self.starts, sentence.start)
            last = bisect.bisect_left(self.starts, sentence.end, first)
            found.append(frozenset().union(*self.lexicons[first:last]) if last > first else _NONE)
        return found

    def starts_in(self, name: str, sentence: Span) -> list[int] | None:
        """Where the phrases of lexicon ``name`` start in a sentence; ``None`` if unknown
        (see ``names_by_sentence``)."""
        starts = self.starts
        if starts is None or (sentence.start > 0 and _is_word_char(self.text[sentence.start - 1])):
            return None
        first = bisect.bisect_left(starts, sentence.start)
        last = bisect.bisect_left(starts, sentence.end, first)
        return [
            start
            for start, names in zip(starts[first:last], self.lexicons[first:last], strict=True)
            if name in names
        ]


TRIGGER = "trigger"
ORGANISER = "organiser"
PARTICIPATION = "participation"
NAMED = "named"
DESCRIBED = "described"
ANAPHOR = "anaphor"
PRONOUN = "pronoun"
OBJECTIVE = "objective"


def gapped_by(words: Sequence[str]) -> bool:
    """Whether an organiser phrase ends in a ``by`` that may stand a few words later."""
    return len(words) > 1 and words[-1] == "by"


def _organiser_openings() -> list[str]:
    """The words that open an organiser phrase (``hosted by``, ``released ... by``) or verb."""
    found = []
    for phrase in load_lines("event_organiser_cues.txt"):
        words = phrase.lower().split()
        found.append(" ".join(words[:-1] if gapped_by(words) else words))
    found.extend(line.lower() for line in load_lines("event_active_organiser_verbs.txt"))
    return found


@functools.cache
def fact_cues() -> CueLexicons:
    """The cue words of the events and instruments stages, found in one search per article.

    Each lexicon holds the words without which a sentence has no match of one of the
    stages' patterns, each of which matches its word at the start of a word: a trigger
    (``data/event_triggers.tsv``); the opening words of an organiser phrase or verb; a
    participation cue; a capitalised head noun for instrument names and a head noun
    for descriptions (``data/instrument_heads.tsv``); a general noun for anaphors
    (``This vision``) and a pronoun (``It``) for back-references; an objective cue
    (``objectives``, ``aims to``).
    """
    heads = [(row[0].lower(), row[2]) for row in load_rows("instrument_heads.tsv")]
    return CueLexicons.build(
        {
            TRIGGER: [row[0].lower() for row in load_rows("event_triggers.tsv")],
            ORGANISER: _organiser_openings(),
            PARTICIPATION: [line.lower() for line in load_lines("event_participation_cues.txt")],
            NAMED: [head for head, where in heads if where != "described"],
            DESCRIBED: [head for head, where in heads if where in {"both", "described"}],
            ANAPHOR: [line.lower() for line in load_lines("instrument_anaphors.txt")],
            PRONOUN: [line.lower() for line in load_lines("instrument_pronouns.txt")],
            OBJECTIVE: [row[0].lower() for row in load_rows("instrument_objective_cues.tsv")],
        },
        capitalised=[NAMED],
    )


def matches_near(
    pattern: re.Pattern[str], text: str, span: Span, cues: Sequence[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text, span.start, span.end)`` yields, searched near cues.

    ``cues`` are (position, floor) pairs, both in increasing order: every match of the
    pattern holds a cue at or after its start and starts at or after that cue's floor
    (for a trigger word, its own position; for a head noun, the start of the few words
    that may come before it). A search that would find nothing before a cue's floor
    starts there, so only the words near cues are searched. The pattern never matches
    an empty string.
    """
    position = span.start
    index = 0
    while True:
        while index < len(cues) and cues[index][0] < position:
            index += 1
        if index == len(cues):
            return
        match = pattern.search(text, max(position, cues[index][1]), span.end)
        if match is None:
            return
        yield match
        position = match.end()
