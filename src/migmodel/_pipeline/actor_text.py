"""The token view of an article that the actor rules read.

The title, the body paragraphs and the dateline's place words are cut into word and
punctuation tokens by one linear-time pattern; every rule of ``organizations``,
``persons`` and ``coreference`` then looks at a bounded window of tokens, so the whole
stage stays linear in the length of the text. This module also holds the lexicons the
rules share (titles, honorifics, stopwords) and the reader of capitalised name runs.
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import operator
import re
from collections.abc import Container, Iterable, Sequence
from typing import Any, Protocol

import attrs

from migmodel._lexicon import load_lines, load_rows
from migmodel.model import PlaceKind, Span

__all__ = [
    "Gender",
    "Lexicon",
    "PlaceLike",
    "TokenView",
    "honorific_firsts",
    "is_particle",
    "is_prefixed",
    "lexicon",
    "org_nouns",
]

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,5}(?![A-Za-z])"  # U.S., H.E., U.N.
    r"|['’]s\b"  # the possessive ending, a token of its own
    r"|[^\W\d_]\w*(?:(?:-|['’](?!s\b))\w+)*"  # a word, inner hyphens and apostrophes kept
    r"|\d+(?:[.,]\d+)*"  # a number
    r"|\S"  # any other single character
)
_SENTENCE_END = frozenset(".!?")
_CLOSERS = frozenset("\"'”’»)")
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)")
_PREFIXED = re.compile(r"(?:al|el|ad|as|ash|at|az|ar|an|ag|bin|ben|abu|ibn|d|o)[-'’][A-Z]")
_MAX_NAME_TOKENS = 6
_DATE_PREPOSITIONS = frozenset(
    {"in", "on", "since", "until", "till", "by", "from", "of", "last", "next", "early", "late"}
    | {"mid", "between", "before", "after", "during", "through", "throughout", "each", "every"}
)


class PlaceLike(Protocol):
    """What the actor rules read of a gazetteer hit (``gazetteer.PlaceHit``)."""

    @property
    def span(self) -> Span:
        """Where the place is named."""

    @property
    def place_id(self) -> str:
        """``place:MA`` for countries, ``place:<slug>`` for cities and regions."""

    @property
    def name(self) -> str:
        """The place's usual English name."""

    @property
    def kind(self) -> PlaceKind:
        """City, country, region or continent."""

    @property
    def country(self) -> str | None:
        """The country the place is or is in."""

    @property
    def demonym(self) -> bool:
        """Whether the text was an adjective or demonym (``Moroccan``)."""


class Gender(enum.Enum):
    """The grammatical gender a pronoun or a title points to."""

    MALE = "male"
    FEMALE = "female"


_OPENERS = frozenset("\"“‘'«")


def _is_upper(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _sentence_openers(words: Sequence[str], regions: Sequence[int]) -> list[int]:
    """The tokens that open a sentence other than the first of their region.

    A sentence ends at ``.``, ``!`` or ``?`` (closing quotes and brackets may follow)
    when the next token of the region starts with an upper-case letter, a quotation mark
    or a digit, unless the mark follows an honorific, an initial or a short abbreviation.
    Only the tokens after an ending mark are read: it stays pending over closers alone.
    """
    openers: list[int] = []
    for index in [index for index, word in enumerate(words) if word in _SENTENCE_END]:
        region = regions[index]
        previous = words[index - 1] if index and regions[index - 1] == region else ""
        if _is_abbreviation(previous):
            continue
        for following in range(index + 1, len(words)):
            after = words[following]
            if regions[following] != region:
                break
            if after[0].isupper() or after[0].isdigit() or after in _OPENERS:
                openers.append(following)
            if after not in _CLOSERS:
                break
    return openers


def _is_abbreviation(word: str) -> bool:
    if len(word) == 1 and word.isupper():
        return True
    return word.lower().rstrip(".") in lexicon().abbreviations


@attrs.frozen(kw_only=True)
class Lexicon:
    """The word lists the actor rules share, loaded once from ``migmodel/data``.

    Attributes:
        titles: title phrases (lower-case token tuples) to their classes.
        title_gender: title phrases to the gender they imply.
        title_realm: monarch titles to the word of their realm's official name.
        modifiers: words that go before a title or in its portfolio.
        honorifics: honorific token tuples to their gender (None when neutral).
        stopwords: lower-case words never part of a name.
        first_stopwords: lower-case words that never start a name.
        month_names: month words that are also first names (``Jan``, ``May``): they start
            a name only before another name word, and not after a date preposition.
        cues: lower-case words that mark a neighbouring capitalised run as a name.
        abbreviations: lower-case words after which a period does not end a sentence.
        titles_by_first: the title phrases by their first word, longest first.
    """

    titles: dict[tuple[str, ...], frozenset[str]]
    title_gender: dict[tuple[str, ...], Gender]
    title_realm: dict[tuple[str, ...], str]
    modifiers: frozenset[str]
    honorifics: dict[tuple[str, ...], Gender | None]
    stopwords: frozenset[str]
    first_stopwords: frozenset[str]
    month_names: frozenset[str]
    cues: frozenset[str]
    abbreviations: frozenset[str]
    titles_by_first: dict[str, tuple[tuple[str, ...], ...]]


def words_of(phrase: str) -> tuple[str, ...]:
    """The token texts of a lexicon phrase.

    >>> words_of("chargé d'affaires")
    ('chargé', "d'affaires")
    """
    return tuple(match.group() for match in _TOKEN.finditer(phrase))


@functools.cache
def lexicon() -> Lexicon:
    """The shared word lists, read from the data files once per process."""
    titles: dict[tuple[str, ...], set[str]] = {}
    title_gender: dict[tuple[str, ...], Gender] = {}
    title_realm: dict[tuple[str, ...], str] = {}
    modifiers: set[str] = set()
    for row in load_rows("titles.tsv"):
        phrase = words_of(row[0].lower())
        kind = row[1] if len(row) > 1 else "official"
        if kind == "modifier":
            modifiers.update(phrase)
            continue
        titles.setdefault(phrase, set()).add(kind)
        if len(row) > 2 and row[2] in ("male", "female"):
            title_gender[phrase] = Gender(row[2])
        if len(row) > 3 and row[3] not in ("", "-"):
            title_realm[phrase] = row[3]
    honorifics: dict[tuple[str, ...], Gender | None] = {}
    for row in load_rows("honorifics.tsv"):
        gender = Gender(row[1]) if len(row) > 1 and row[1] in ("male", "female") else None
        honorifics[words_of(row[0])] = gender
    stopwords: set[str] = set()
    first_stopwords: set[str] = set()
    month_names: set[str] = set()
    for row in load_rows("person_stopwords.tsv"):
        where = row[1] if len(row) > 1 else "any"
        (first_stopwords if where in ("first", "month") else stopwords).add(row[0].lower())
        if where == "month":
            month_names.add(row[0].lower())
    abbreviations = {  # "Dr.", "Engr.": short honorifics; "the police chief." ends a sentence
        words[0].lower() for words in honorifics if len(words) == 1 and len(words[0]) <= 4
    }
    abbreviations.update({"no", "st", "jr", "sr", "inc", "ltd", "co", "vs", "etc", "gov"})
    return Lexicon(
        titles={phrase: frozenset(kinds) for phrase, kinds in titles.items()},
        title_gender=title_gender,
        title_realm=title_realm,
        modifiers=frozenset(modifiers),
        honorifics=honorifics,
        stopwords=frozenset(stopwords),
        first_stopwords=frozenset(first_stopwords),
        month_names=frozenset(month_names),
        cues=frozenset(line.lower() for line in load_lines("person_cues.txt")),
        abbreviations=frozenset(abbreviations),
        titles_by_first=_by_first(titles),
    )


def _by_first(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` grouped by their first word, longest first."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        grouped.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in grouped.items()}


class TokenView:
    """The tokens of some regions of an article, as flat parallel lists, with the lookups
    the rules need.

    Each region of ``text`` is cut into word and punctuation tokens; regions are numbered
    in order, and sentences run across the whole article (see ``_sentence_openers``). The
    regions come in text order and do not overlap (a ``Layout``'s spans never do), so the
    tokens' offsets increase.

    >>> view = TokenView("Mr. Doe's team met the U.N. envoy.", [Span(start=0, end=34)])
    >>> view.words
    ['Mr', '.', 'Doe', "'s", 'team', 'met', 'the', 'U.N.', 'envoy', '.']

    Attributes:
        text: the article text.
        size: the number of tokens.
        words: each token's text; ``lowers`` the same in lower case.
        starts: each token's first character offset; ``ends`` the offset after its last.
        regions: the region each token belongs to.
        sentences: a running sentence number across the whole article.
        is_word: whether the token is a word (starts with a letter).
        capitalised: whether the token starts with an upper-case letter.
        upper: whether the token is an all-capitals word of two letters or more (``IOM``).
    """

    def __init__(self, text: str, regions: Iterable[Span]) -> None:
        self.text = text
        self.words: list[str] = []
        self.starts: list[int] = []
        self.regions: list[int] = []
        firsts: list[int] = []
        for region_index, region in enumerate(regions):
            first = len(self.words)
            for match in _TOKEN.finditer(text, region.start, region.end):
                self.words.append(match.group())
                self.starts.append(match.start())
            if len(self.words) > first:
                firsts.append(first)
            self.regions.extend([region_index] * (len(self.words) - first))
        self.ends: list[int] = list(map(operator.add, self.starts, map(len, self.words)))
        self.size = len(self.words)
        steps = [0] * self.size
        for index in (*firsts, *_sentence_openers(self.words, self.regions)):
            steps[index] = 1
        self.sentences = list(itertools.accumulate(steps))
        facts = list(map(_word_facts, self.words))
        columns: tuple[tuple[Any, ...], ...] = (
            tuple(zip(*facts, strict=True)) if facts else ((),) * _FACT_COUNT
        )
        self.lowers: tuple[str, ...] = columns[0]
        self.is_word: tuple[bool, ...] = columns[1]
        self.capitalised: tuple[bool, ...] = columns[2]
        self.upper: tuple[bool, ...] = columns[3]
        self._name_words: tuple[bool, ...] = columns[4]
        self._first_words: tuple[bool, ...] = columns[5]
        self._name_ends: dict[int, int] = {}

    def __len__(self) -> int:
        return self.size

    def where(self, words: Container[str]) -> list[int]:
        """The indices of the tokens whose text is one of ``words``, in order."""
        return [index for index, word in enumerate(self.words) if word in words]

    def where_lower(self, words: Container[str]) -> list[int]:
        """The indices of the tokens whose lower-case text is one of ``words``, in order."""
        return [index for index, lower in enumerate(self.lowers) if lower in words]

    def word(self, index: int) -> str:
        """The text of token ``index``, or ``""`` past either end."""
        return self.words[index] if 0 <= index < self.size else ""

    def lower(self, index: int) -> str:
        """The lower-case text of token ``index``, or ``""`` past either end."""
        return self.lowers[index] if 0 <= index < self.size else ""

    def same_region(self, first: int, last: int) -> bool:
        """Whether tokens ``first`` and ``last`` exist and share a region."""
        return 0 <= first <= last < self.size and self.regions[first] == self.regions[last]

    def span(self, first: int, end: int) -> Span:
        """The span from token ``first`` to the token before ``end``."""
        return Span(start=self.starts[first], end=self.ends[end - 1])

    def text_of(self, first: int, end: int) -> str:
        """The article text from token ``first`` to the token before ``end``."""
        return self.text[self.starts[first] : self.ends[end - 1]]

    def token_at(self, offset: int) -> int | None:
        """The index of the token starting at character ``offset``, if any."""
        index = bisect.bisect_left(self.starts, offset)
        return index if index < self.size and self.starts[index] == offset else None

    def token_ending_at(self, offset: int) -> int | None:
        """The index of the token ending at character ``offset``, if any."""
        index = bisect.bisect_left(self.ends, offset)
        return index if index < self.size and self.ends[index] == offset else None

    def index_after(self, offset: int) -> int:
        """The index of the first token starting at or after character ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def match(self, index: int, phrase: Sequence[str], *, fold: bool = True) -> bool:
        """Whether the tokens from ``index`` spell ``phrase`` within one region."""
        end = index + len(phrase)
        if not self.same_region(index, end - 1):
            return False
        return tuple((self.lowers if fold else self.words)[index:end]) == tuple(phrase)

    def title_at(self, index: int) -> tuple[int, frozenset[str]] | None:
        """The longest title phrase starting at ``index``: its end and classes."""
        words = lexicon()
        for phrase in words.titles_by_first.get(self.lower(index), ()):
            if self.match(index, phrase):
                return index + len(phrase), words.titles[phrase]
        return None

    def honorific_at(self, index: int) -> tuple[int, Gender | None] | None:
        """The honorific starting at ``index`` (its end past any period) and its gender."""
        for phrase, gender in _honorifics_by_first().get(self.word(index), ()):
            if self.match(index, phrase, fold=False):
                end = index + len(phrase)
                if self.word(end) == "." and self.same_region(index, end):
                    end += 1
                return end, gender
        return None

    def honorifics_at(self, index: int) -> tuple[int, Gender | None] | None:
        """A chain of up to three honorifics from ``index`` (``His Highness Sheikh``).

        Returns the end of the chain and the first gender any of them implies.
        """
        found = self.honorific_at(index)
        if found is None:
            return None
        end, gender = found
        for _ in range(2):
            more = self.honorific_at(end) if self.same_region(index, end) else None
            if more is None:
                break
            end = more[0]
            gender = gender or more[1]
        return end, gender

    def is_name_word(self, index: int, *, first: bool = False) -> bool:
        """Whether token ``index`` can be a word of a person's name.

        A name word is capitalised (or an Arabic-style prefixed word such as ``al-Sharaa``),
        not all capitals, and not a stopword, title modifier, honorific or organisation
        head noun; a title word can end a name (``Amy Pope``) but not start one.
        """
        if not 0 <= index < self.size:
            return False
        return self._first_words[index] if first else self._name_words[index]

    def name_end(self, index: int) -> int:
        """The end of the person name that starts at token ``index``, or ``index`` if none.

        A name is one to six name words: capitalised words, initials with their period
        (``J.``), lower-case particles between name words (``de``, ``de la``, ``bin``, ``al``),
        and a closing regnal number (``VI``). A run of more than six name words is not a name
        (title-case noise), nor is a run of initials alone.
        """
        end = self._name_ends.get(index)
        if end is None:
            end = self._name_ends[index] = _read_name(self, index)
        return end


_FACT_COUNT = 6
"""How many facts ``_word_facts`` tells of a word."""


@functools.lru_cache(maxsize=16384)
def _word_facts(word: str) -> tuple[str, bool, bool, bool, bool, bool]:
    """What the rules ask of a token's text, in the order of ``TokenView``'s lists:
    lower case, is a word, capitalised, all capitals, name word, name's first word."""
    capitalised = word[0].isupper()
    name_word, first_word = _name_word_flags(word)
    return (
        word.lower(),
        word[0].isalpha(),
        capitalised,
        capitalised and _is_upper(word),
        name_word,
        first_word,
    )


def _name_word_flags(word: str) -> tuple[bool, bool]:
    """Whether ``word`` can be a word of a person's name, and whether it can start one.

    See ``TokenView.is_name_word``.
    """
    if not word[0].isalpha():
        return False, False
    if not word[0].isupper() and not _PREFIXED.match(word):
        return False, False
    if _is_upper(word):
        return False, False
    lower = word.lower()
    words = lexicon()
    if lower in words.stopwords or lower in words.modifiers:
        return False, False
    if (word,) in words.honorifics or lower in _name_blockers():
        return False, False
    return True, lower not in words.first_stopwords and (lower,) not in words.titles


@functools.cache
def _honorifics_by_first() -> dict[str, tuple[tuple[tuple[str, ...], Gender | None], ...]]:
    grouped: dict[str, list[tuple[tuple[str, ...], Gender | None]]] = {}
    for phrase, gender in sorted(lexicon().honorifics.items(), key=lambda item: -len(item[0])):
        grouped.setdefault(phrase[0], []).append((phrase, gender))
    return {first: tuple(entries) for first, entries in grouped.items()}


@functools.cache
def honorific_firsts() -> frozenset[str]:
    """The first words of the honorifics (``Mr``, ``His``, ``H.E.``)."""
    return frozenset(_honorifics_by_first())


@functools.cache
def org_nouns() -> frozenset[str]:
    """One-word role nouns that refer to organisations (``agency``, ``ministry``)."""
    return frozenset(
        row[0].lower() for row in load_rows("role_nouns.tsv") if len(row) > 1 and row[1] == "org"
    )


@functools.cache
def _particles() -> frozenset[str]:
    return frozenset(load_lines("person_particles.txt"))


def is_particle(word: str) -> bool:
    """Whether ``word`` is a name particle (``de``, ``bin``, ``van``)."""
    return word in _particles()


def is_prefixed(word: str) -> bool:
    """Whether ``word`` is a name word with a lower-case prefix (``al-Qudah``, ``d'Souza``)."""
    return _PREFIXED.match(word) is not None


@functools.cache
def _name_blockers() -> frozenset[str]:
    blockers = {row[0].lower() for row in load_rows("org_heads.tsv") if " " not in row[0]}
    return frozenset(blockers)


def _month_first_name(view: TokenView, index: int) -> bool:
    """Whether the month word at ``index`` is a first name: ``Jan Novak``, ``May Lin``.

    It must be followed by a name word, and not follow a date preposition (``in May
    Parliament``); a month before a number (``Jan 5``, ``May 2024``) is a date.
    """
    if view.lower(index) not in lexicon().month_names:
        return False
    if not view.same_region(index, index + 1) or not view.is_name_word(index + 1):
        return False
    before = view.lower(index - 1) if view.same_region(index - 1, index) else ""
    return before not in _DATE_PREPOSITIONS


def _read_name(view: TokenView, index: int) -> int:
    """The end of the name from ``index`` (see ``TokenView.name_end``)."""
    month_first = False
    if not view.is_name_word(index, first=True):
        word = view.word(index)
        month_first = _month_first_name(view, index)
        if not month_first and (len(word) != 1 or not word.isupper()):
            return index  # neither a name's first word nor an initial
    words = view.words
    regions = view.regions
    region = regions[index]
    end = index
    count = 0
    full_words = 0
    while count < _MAX_NAME_TOKENS and end < view.size and regions[end] == region:
        word = words[end]
        single = len(word) == 1 and word.isupper()
        if single and view.word(end + 1) == "." and view.is_name_word(end + 2):
            end += 2  # an initial and its period
            count += 1
            continue
        if (
            count
            and word[0] in "IVXJS"
            and (_ROMAN.fullmatch(word) or word in ("Jr", "Sr"))
            and not view.is_name_word(end + 1)
        ):
            end += 1
            count += 1
            break
        if single:
            break
        if view.is_name_word(end, first=count == 0) or (count == 0 and month_first):
            end += 1
            count += 1
            full_words += 1
            continue
        if count and word in _particles() and view.same_region(index, end + 2):
            if view.is_name_word(end + 1):
                end += 1
                continue
            if view.word(end + 1) in _particles() and view.is_name_word(end + 2):
                end += 2
                continue
        break
    if count >= _MAX_NAME_TOKENS and view.is_name_word(end) and view.same_region(index, end):
        return index
    if full_words == 0:
        return index
    return end
