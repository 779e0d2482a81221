"""The gazetteer: countries, demonyms, cities and regions, and where a text names them.

The data are ``countries.tsv`` and ``cities.tsv`` (written by ``tools/make_gazetteer.py``),
``regions.tsv`` and ``place_stoplist.txt``, read once through ``migmodel._lexicon``.

Every name, other name and demonym is a *surface form*; the forms looked for in text are
each surface as written, its accent-free spelling (``Bogota``), its other apostrophe
(``Côte d’Ivoire``), its headline spelling (``Kingdom Of Morocco``), its spaced spelling
(``Guinea Bissau``) and, for forms of four characters or more, its upper-case spelling
(``RABAT``, ``MOROCCO``: datelines and shouted headlines). Matching is case-sensitive, so
``chad`` and ``nice`` are words, not places. A surface names one place: countries are
claimed first, then regions, then cities.

``place_stoplist.txt`` lists words the scanner reads but which name no place in free text:
English words and given names that a city shares (``Nice``, ``Victoria``, ``Split``), and
names of organisations or peoples whose place word is not a place (``European Union``,
``Inter-American``, ``Native American``). Being matched like places, a longer stop phrase
hides the shorter place inside it. ``lookup_place`` still knows stop-listed places.

All the forms are compiled into one regular expression shaped as a trie (a prefix tree of
nested alternations, longer continuations tried first), so one left-to-right scan finds,
at each position, the longest form that ends at a word boundary; the work per position is
bounded by the length of the longest form, never by the number of forms.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

import attrs

from migmodel._lexicon import load_lines, load_rows
from migmodel._pipeline.ids import fold, slugify
from migmodel.model import PlaceKind, Span

__all__ = [
    "PlaceEntry",
    "PlaceHit",
    "country_code",
    "country_name",
    "demonym_code",
    "find_places",
    "lookup_place",
    "official_name",
]

_FUNCTION_WORDS = frozenset({"of", "the", "and", "de", "del", "la", "el", "da", "du", "on", "upon"})
"""Lower-case words of names that headlines capitalise: ``Republic Of The Congo``."""

_UPPER_MIN_LENGTH = 4
"""Shorter forms get no upper-case spelling: ``GAO`` is an acronym more often than Gao."""

_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:['’]s?)$")
_ARTICLE = re.compile(r"^the\s", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class PlaceEntry:
    """A place the gazetteer knows.

    >>> lookup_place("GENEVA")
    PlaceEntry(place_id='place:geneva', name='Geneva', kind=<PlaceKind.CITY: 'city'>, country='CH')

    Attributes:
        place_id: ``place:`` and the ISO code for countries (``place:MA``), else ``place:``
            and a slug of the name (``place:rabat``, ``place:sub-saharan-africa``).
        name: the usual English name.
        kind: country, city, region or continent.
        country: the ISO alpha-2 code of the country it is or lies in; None for regions
            that span countries.
    """

    place_id: str
    name: str
    kind: PlaceKind
    country: str | None


@attrs.frozen(kw_only=True)
class PlaceHit:
    """One place named in a text.

    Attributes:
        span: where in the text.
        text: the words of the text, ``text[span.start:span.end]``.
        place_id: the place's id (see ``PlaceEntry``).
        name: the place's usual English name (``Morocco``, ``sub-Saharan Africa``).
        kind: country, city, region or continent.
        country: the ISO alpha-2 code of the country it is or lies in, if any.
        demonym: True when the words are an adjective or people noun (``Moroccan``,
            ``Filipinos``, ``sub-Saharan``) rather than the place's name.
    """

    span: Span
    text: str
    place_id: str
    name: str
    kind: PlaceKind
    country: str | None
    demonym: bool


@attrs.frozen
class _Form:
    entry: PlaceEntry
    demonym: bool


@attrs.frozen(kw_only=True, eq=False)
class _Gazetteer:
    pattern: re.Pattern[str]
    in_text: dict[str, _Form | None]
    """Every spelling looked for in text, as written, to its form (None: names no place)."""
    spelled: dict[str, _Form]
    """The same, stop-listed spellings included (for lookups by name)."""
    by_fold: dict[str, _Form]
    """Every surface, accent- and case-folded, to its form (for lookups by name)."""
    by_code: dict[str, PlaceEntry]
    official: dict[str, str]


def _cells(row: tuple[str, ...], count: int) -> tuple[str, ...]:
    return row + ("",) * (count - len(row))


def _split(cell: str) -> list[str]:
    return [name.strip() for name in cell.split("|") if name.strip()]


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", bare)


def _headline(name: str) -> str:
    """``Kingdom of the Netherlands`` -> ``Kingdom Of The Netherlands``."""
    first, *rest = name.split(" ")
    return " ".join([first, *(w.capitalize() if w in _FUNCTION_WORDS else w for w in rest)])


def _spellings(surface: str) -> set[str]:
    """The spellings of a surface form that a text may use.

    >>> sorted(_spellings("Guinea-Bissau"))
    ['GUINEA BISSAU', 'GUINEA-BISSAU', 'Guinea Bissau', 'Guinea-Bissau']
    """
    found = {surface, _strip_accents(surface)}
    found |= {name.replace("'", "’") for name in found} | {name.replace("’", "'") for name in found}
    found |= {_headline(name) for name in found}
    found |= {
        name.replace("-", " ")
        for name in found
        if "-" in name and all(part[:1].isupper() for part in name.split("-"))
    }
    found |= {name.upper() for name in found if len(name) >= _UPPER_MIN_LENGTH}
    return found


def _entries() -> Iterator[tuple[PlaceEntry, list[str], list[str], str]]:
    """Every place: its entry, its names, its demonyms, its official name (countries)."""
    for row in load_rows("countries.tsv"):
        code, name, official, others, demonyms = _cells(row, 5)
        entry = PlaceEntry(
            place_id=f"place:{code}", name=name, kind=PlaceKind.COUNTRY, country=code
        )
        yield entry, [name, official, *_split(others)], _split(demonyms), official
    for row in load_rows("regions.tsv"):
        name, kind, country, others, demonyms = _cells(row, 5)
        entry = PlaceEntry(
            place_id=f"place:{slugify(name)}",
            name=name,
            kind=PlaceKind.CONTINENT if kind == "CONTINENT" else PlaceKind.REGION,
            country=country or None,
        )
        yield entry, [name, *_split(others)], _split(demonyms), ""
    for row in load_rows("cities.tsv"):
        name, country, _, others = _cells(row, 4)
        entry = PlaceEntry(
            place_id=f"place:{slugify(name)}", name=name, kind=PlaceKind.CITY, country=country
        )
        yield entry, [name, *_split(others)], [], ""


class _Node:
    """A node of the prefix tree of forms."""

    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.end = False

    def render(self) -> str:
        """This node's continuations as nested alternations, longer ones tried first."""
        branches = [
            re.escape(char) + child.render() for char, child in sorted(self.children.items())
        ]
        if not branches:
            return ""
        if len(branches) == 1 and not self.end:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if self.end else group


def _trie_pattern(words: Iterable[str]) -> str:
    r"""One alternation of ``words`` shaped as a prefix tree, between word boundaries.

    The left boundary sits after each first character, ``(?<!\w.)``, so the pattern
    starts with a set of literals and the regex engine skips quickly to a possible start.

    >>> print(_trie_pattern(["Niger", "Nigeria", "Oman"]))
    (?:N(?<!\w.)iger(?:ia)?|O(?<!\w.)man)(?!\w)
    """
    root = _Node()
    for word in words:
        node = root
        for char in word:
            node = node.children.setdefault(char, _Node())
        node.end = True
    firsts = [
        re.escape(char) + r"(?<!\w.)" + child.render()
        for char, child in sorted(root.children.items())
    ]
    return "(?:" + "|".join(firsts) + r")(?!\w)"


@functools.cache
def _gazetteer() -> _Gazetteer:
    stop = load_lines("place_stoplist.txt")
    spelled: dict[str, _Form] = {}
    by_fold: dict[str, _Form] = {}
    by_code: dict[str, PlaceEntry] = {}
    official: dict[str, str] = {}
    for entry, names, demonyms, official_name in _entries():
        if entry.kind is PlaceKind.COUNTRY and entry.country is not None:
            by_code[entry.country] = entry
            official[entry.country] = official_name or entry.name
        surfaces = [(name, False) for name in names if name] + [(name, True) for name in demonyms]
        for surface, demonym in surfaces:
            form = _Form(entry, demonym)
            by_fold.setdefault(fold(surface), form)
            for spelling in _spellings(surface):
                spelled.setdefault(spelling, form)
    blocked = {word.casefold() for word in stop}
    in_text: dict[str, _Form | None] = {
        spelling: None if spelling.casefold() in blocked else form
        for spelling, form in spelled.items()
    }
    for word in load_lines("place_stoplist.txt"):
        for spelling in _spellings(word):
            in_text.setdefault(spelling, None)
    return _Gazetteer(
        pattern=re.compile(_trie_pattern(in_text)),
        in_text=in_text,
        spelled=spelled,
        by_fold=by_fold,
        by_code=by_code,
        official=official,
    )


def _windows(regions: Iterable[Span] | None, size: int) -> list[tuple[int, int]]:
    """The regions as sorted, merged ``(start, end)`` pairs clipped to the text."""
    if regions is None:
        return [(0, size)]
    pairs = sorted(
        (min(max(region.start, 0), size), min(max(region.end, 0), size)) for region in regions
    )
    merged: list[tuple[int, int]] = []
    for start, end in pairs:
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def find_places(text: str, regions: Iterable[Span] | None = None) -> tuple[PlaceHit, ...]:
    """All the places the text names inside ``regions`` (default: the whole text), in order.

    The rule: a known spelling of a country, demonym, region or city (see the module
    docstring), case as written, not preceded or followed by a letter or digit; where
    several start at the same place the longest wins, and hits never overlap.

    >>> [(hit.text, hit.place_id, hit.demonym) for hit in find_places("Moroccan envoy in Lima")]
    [('Moroccan', 'place:MA', True), ('Lima', 'place:lima', False)]
    >>> [hit.name for hit in find_places("migrants from sub-Saharan Africa and Guinea-Bissau")]
    ['sub-Saharan Africa', 'Guinea-Bissau']
    """
    gazetteer = _gazetteer()
    hits = []
    for start, end in _windows(regions, len(text)):
        for match in gazetteer.pattern.finditer(text, start, end):
            form = gazetteer.in_text[match.group()]
            if form is None:
                continue
            entry = form.entry
            hits.append(
                PlaceHit(
                    span=Span(start=match.start(), end=match.end()),
                    text=match.group(),
                    place_id=entry.place_id,
                    name=entry.name,
                    kind=entry.kind,
                    country=entry.country,
                    demonym=form.demonym,
                )
            )
    return tuple(hits)


def _candidates(name: str) -> Iterator[str]:
    """``name`` with spacing normalised, then without ``the`` and a possessive ``'s``."""
    cleaned = _SPACES.sub(" ", name).strip()
    bare = _POSSESSIVE.sub("", cleaned) if len(cleaned) > 2 else cleaned
    yield from dict.fromkeys((cleaned, _ARTICLE.sub("", cleaned), bare, _ARTICLE.sub("", bare)))


def _form(name: str) -> _Form | None:
    """The form a name stands for: an exact spelling, or (for four characters or more) the
    same letters in another case or without accents. ``us`` is not ``US``, ``GAO`` not Gao.
    """
    gazetteer = _gazetteer()
    for candidate in _candidates(name):
        exact = gazetteer.spelled.get(candidate)
        if exact is not None:
            return exact
    for candidate in _candidates(name):
        if len(candidate) >= _UPPER_MIN_LENGTH:
            folded = gazetteer.by_fold.get(fold(candidate))
            if folded is not None:
                return folded
    return None


def country_code(name: str) -> str | None:
    """The ISO code of the country a name or demonym stands for, else None.

    Accepts any name the gazetteer has for a country, in any case, with or without
    ``the`` and a possessive ``'s``; cities and regions give None.

    >>> [country_code(n) for n in ("Morocco", "the Kingdom of Morocco", "MOROCCO", "U.S.")]
    ['MA', 'MA', 'MA', 'US']
    >>> country_code("Moroccan"), country_code("Rabat"), country_code("us")
    ('MA', None, None)
    """
    form = _form(name)
    if form is None or form.entry.kind is not PlaceKind.COUNTRY:
        return None
    return form.entry.country


def demonym_code(word: str) -> str | None:
    """The ISO code of the country a demonym or adjective belongs to, else None.

    Names of countries are not demonyms; region adjectives (``African``) have no country.

    >>> demonym_code("Peruvian"), demonym_code("Filipinos"), demonym_code("Peru")
    ('PE', 'PH', None)
    """
    form = _form(word)
    if form is None or not form.demonym or form.entry.kind is not PlaceKind.COUNTRY:
        return None
    return form.entry.country


def country_name(code: str) -> str | None:
    """The usual English name of the country with ISO alpha-2 code ``code``, else None.

    >>> country_name("MA"), country_name("CI"), country_name("ZZ")
    ('Morocco', 'Ivory Coast', None)
    """
    entry = _gazetteer().by_code.get(code.strip().upper())
    return entry.name if entry is not None else None


def official_name(code: str) -> str | None:
    """The official long name of the country with code ``code``, else None.

    >>> official_name("MA"), official_name("JO")
    ('Kingdom of Morocco', 'Hashemite Kingdom of Jordan')
    """
    return _gazetteer().official.get(code.strip().upper())


def lookup_place(name: str) -> PlaceEntry | None:
    """The place a name stands for (a dateline's ``GENEVA``, ``Rabat``, ``the Sahel``), else None.

    Demonyms are not names of places: ``lookup_place("Moroccan")`` is None.

    >>> lookup_place("the Kingdom of Morocco").place_id
    'place:MA'
    >>> lookup_place("sub-Saharan Africa").kind
    <PlaceKind.REGION: 'region'>
    """
    form = _form(name)
    if form is None or form.demonym:
        return None
    return form.entry
