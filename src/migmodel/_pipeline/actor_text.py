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
import re
from collections.abc import Iterable, Sequence
from typing import Protocol

import attrs

from migmodel._lexicon import load_lines, load_rows
from migmodel.model import PlaceKind, Span

__all__ = [
    "Gender",
    "Lexicon",
    "PlaceLike",
    "Token",
    "TokenView",
    "is_particle",
    "is_prefixed",
    "lexicon",
    "org_nouns",
    "read_name",
    "tokenize",
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


@attrs.frozen(kw_only=True)
class Token:
    """One word or punctuation mark of a region of the article.

    Attributes:
        start: offset of the first character in the article text.
        end: offset after the last character.
        text: ``article_text[start:end]``.
        region: which region (title, paragraph, dateline) the token belongs to.
        sentence: a running sentence number across the whole article.
        sentence_start: whether the token opens its sentence.
    """

    start: int
    end: int
    text: str
    region: int
    sentence: int
    sentence_start: bool

    @property
    def span(self) -> Span:
        """The token's span in the article text."""
        return Span(start=self.start, end=self.end)

    @property
    def is_word(self) -> bool:
        """Whether the token is a word (starts with a letter)."""
        return self.text[0].isalpha()

    @property
    def is_capitalised(self) -> bool:
        """Whether the token is a word starting with an upper-case letter."""
        return self.text[0].isupper()

    @property
    def is_upper(self) -> bool:
        """Whether the token is an all-capitals word of two letters or more (``IOM``)."""
        return _is_upper(self.text)

    @property
    def lower(self) -> str:
        """The token in lower case."""
        return self.text.lower()


@functools.lru_cache(maxsize=4096)
def _is_upper(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def tokenize(text: str, regions: Iterable[Span]) -> tuple[Token, ...]:
    """Cut each region of ``text`` into tokens, numbering regions and sentences.

    A sentence ends at ``.``, ``!`` or ``?`` (closing quotes and brackets may follow)
    when the next token starts with an upper-case letter, a quotation mark or a digit,
    unless the period follows an honorific, an initial or a short abbreviation.

    >>> [
    ...     token.text
    ...     for token in tokenize("Mr. Doe's team met the U.N. envoy.", [Span(start=0, end=34)])
    ... ]
    ['Mr', '.', 'Doe', "'s", 'team', 'met', 'the', 'U.N.', 'envoy', '.']
    """
    tokens: list[Token] = []
    sentence = 0
    for region_index, region in enumerate(regions):
        sentence += 1
        pending_end = False
        first = True
        previous = ""
        for match in _TOKEN.finditer(text, region.start, region.end):
            word = match.group()
            opens = first
            if pending_end and (word[0].isupper() or word[0].isdigit() or word in "\"“‘'«"):
                sentence += 1
                opens = True
            if pending_end and word not in _CLOSERS:
                pending_end = False
            if word in _SENTENCE_END and not _is_abbreviation(previous):
                pending_end = True
            tokens.append(
                Token(
                    start=match.start(),
                    end=match.end(),
                    text=word,
                    region=region_index,
                    sentence=sentence,
                    sentence_start=opens,
                )
            )
            first = False
            previous = word
    return tuple(tokens)


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
        cues: lower-case words that mark a neighbouring capitalised run as a name.
        abbreviations: lower-case words after which a period does not end a sentence.
        longest_title: the most tokens a title phrase has.
        title_starts: the first words of the title phrases.
    """

    titles: dict[tuple[str, ...], frozenset[str]]
    title_gender: dict[tuple[str, ...], Gender]
    title_realm: dict[tuple[str, ...], str]
    modifiers: frozenset[str]
    honorifics: dict[tuple[str, ...], Gender | None]
    stopwords: frozenset[str]
    first_stopwords: frozenset[str]
    cues: frozenset[str]
    abbreviations: frozenset[str]
    longest_title: int
    title_starts: frozenset[str]


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
    for row in load_rows("person_stopwords.tsv"):
        where = row[1] if len(row) > 1 else "any"
        (first_stopwords if where == "first" else stopwords).add(row[0].lower())
    abbreviations = {words[0].lower() for words in honorifics if len(words) == 1}
    abbreviations.update({"no", "st", "jr", "sr", "inc", "ltd", "co", "vs", "etc", "gov"})
    return Lexicon(
        titles={phrase: frozenset(kinds) for phrase, kinds in titles.items()},
        title_gender=title_gender,
        title_realm=title_realm,
        modifiers=frozenset(modifiers),
        honorifics=honorifics,
        stopwords=frozenset(stopwords),
        first_stopwords=frozenset(first_stopwords),
        cues=frozenset(line.lower() for line in load_lines("person_cues.txt")),
        abbreviations=frozenset(abbreviations),
        longest_title=max((len(phrase) for phrase in titles), default=1),
        title_starts=frozenset(phrase[0] for phrase in titles),
    )


class TokenView:
    """Tokens of an article with the lookups the rules need.

    Attributes:
        text: the article text.
        tokens: the tokens, in text order.
    """

    def __init__(self, text: str, tokens: Sequence[Token]) -> None:
        self.text = text
        self.tokens = tuple(tokens)
        self._starts = {token.start: index for index, token in enumerate(self.tokens)}
        self._ends = {token.end: index for index, token in enumerate(self.tokens)}
        self._offsets = [token.start for token in self.tokens]
        self._texts = [token.text for token in self.tokens]
        self._lowers = [text.lower() for text in self._texts]
        self._name_words = [self._check_name_word(index, first=False) for index in self._range()]
        self._first_words = [
            self._name_words[index] and self._check_name_word(index, first=True)
            for index in self._range()
        ]

    def _range(self) -> range:
        return range(len(self.tokens))

    def __len__(self) -> int:
        return len(self.tokens)

    def word(self, index: int) -> str:
        """The text of token ``index``, or ``""`` past either end."""
        if 0 <= index < len(self._texts):
            return self._texts[index]
        return ""

    def lower(self, index: int) -> str:
        """The lower-case text of token ``index``, or ``""`` past either end."""
        if 0 <= index < len(self._lowers):
            return self._lowers[index]
        return ""

    def same_region(self, first: int, last: int) -> bool:
        """Whether tokens ``first`` and ``last`` exist and share a region."""
        if first < 0 or last >= len(self.tokens) or first > last:
            return False
        return self.tokens[first].region == self.tokens[last].region

    def span(self, first: int, end: int) -> Span:
        """The span from token ``first`` to the token before ``end``."""
        return Span(start=self.tokens[first].start, end=self.tokens[end - 1].end)

    def text_of(self, first: int, end: int) -> str:
        """The article text from token ``first`` to the token before ``end``."""
        return self.text[self.tokens[first].start : self.tokens[end - 1].end]

    def token_at(self, offset: int) -> int | None:
        """The index of the token starting at character ``offset``, if any."""
        return self._starts.get(offset)

    def token_ending_at(self, offset: int) -> int | None:
        """The index of the token ending at character ``offset``, if any."""
        return self._ends.get(offset)

    def index_after(self, offset: int) -> int:
        """The index of the first token starting at or after character ``offset``."""
        return bisect.bisect_left(self._offsets, offset)

    def match(self, index: int, phrase: Sequence[str], *, fold: bool = True) -> bool:
        """Whether the tokens from ``index`` spell ``phrase`` within one region."""
        end = index + len(phrase)
        if not self.same_region(index, end - 1):
            return False
        for offset, wanted in enumerate(phrase):
            got = self.tokens[index + offset].text
            if (got.lower() if fold else got) != wanted:
                return False
        return True

    def title_at(self, index: int) -> tuple[int, frozenset[str]] | None:
        """The longest title phrase starting at ``index``: its end and classes."""
        words = lexicon()
        if self.lower(index) not in words.title_starts:
            return None
        titles = words.titles
        for size in range(words.longest_title, 0, -1):
            phrase = tuple(self.lower(index + offset) for offset in range(size))
            kinds = titles.get(phrase)
            if kinds is not None and self.same_region(index, index + size - 1):
                return index + size, kinds
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
        if not 0 <= index < len(self.tokens):
            return False
        return self._first_words[index] if first else self._name_words[index]

    def _check_name_word(self, index: int, *, first: bool) -> bool:
        token = self.tokens[index]
        word = token.text
        if not token.is_word:
            return False
        if not token.is_capitalised and not _PREFIXED.match(word):
            return False
        if token.is_upper:
            return False
        lower = word.lower()
        words = lexicon()
        if lower in words.stopwords or lower in words.modifiers:
            return False
        if first and (lower in words.first_stopwords or (lower,) in words.titles):
            return False
        if (word,) in words.honorifics:
            return False
        return lower not in _name_blockers()


@functools.cache
def _honorifics_by_first() -> dict[str, tuple[tuple[tuple[str, ...], Gender | None], ...]]:
    grouped: dict[str, list[tuple[tuple[str, ...], Gender | None]]] = {}
    for phrase, gender in sorted(lexicon().honorifics.items(), key=lambda item: -len(item[0])):
        grouped.setdefault(phrase[0], []).append((phrase, gender))
    return {first: tuple(entries) for first, entries in grouped.items()}


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


def read_name(view: TokenView, index: int) -> int:
    """The end of the person name that starts at token ``index``, or ``index`` if none.

    A name is one to six name words: capitalised words, initials with their period
    (``J.``), lower-case particles between name words (``de``, ``de la``, ``bin``, ``al``),
    and a closing regnal number (``VI``). A run of more than six name words is not a name
    (title-case noise), nor is a run of initials alone.
    """
    end = index
    count = 0
    full_words = 0
    while count < _MAX_NAME_TOKENS and view.same_region(index, end):
        word = view.word(end)
        initial = len(word) == 1 and word.isupper() and view.word(end + 1) == "."
        if initial and view.is_name_word(end + 2):
            end += 2
            count += 1
            continue
        if (
            count
            and (_ROMAN.fullmatch(word) or word in ("Jr", "Sr"))
            and not view.is_name_word(end + 1)
        ):
            end += 1
            count += 1
            break
        if len(word) == 1 and word.isupper():
            break
        if view.is_name_word(end, first=count == 0):
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
