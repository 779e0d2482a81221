"""Fast scans for lexicon patterns: alternations as tries, and word-start prefilters.

Two things keep the lexicon scans of the stages (dates, quantities, the furniture
words of ``segment``, the cue words of ``attribution`` and ``positions``) cheap, both
in the regex engine:

* ``alternation``: ``a|about|above|after`` makes the engine try every word in turn at
  each position it tests; the same words as a trie, ``a(?:bo(?:ut|ve)|fter)?``, let it
  try only the words that share the text's first letters. The trie matches what the
  plain alternation, longest words first, matches, with the same preference.
* ``WordScan``: a pattern that can only start where one of a few known phrases stands
  is tried only there; one regex skips every other word in C.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["WordScan", "alternation"]

_Trie = dict[str, "_Trie"]
_NON_LETTER = re.compile(r"[^a-z]")
_END = ""
"""The key that marks the end of a word in a trie node."""


def alternation(words: Iterable[str], *, space: str = r"\ ", ignore_case: bool = False) -> str:
    """A regex that matches any of ``words``, preferring the longest, as a trie.

    It matches what ``"|".join(words sorted longest first)`` matches, each word escaped
    and each space written as ``space`` (such as ``\\s+``), and prefers the same word:
    the words that match at one position each begin the next (two branches of a node
    never match the same character), and the trie tries a word's continuations before
    stopping at its end, so it tries them longest first, as the sorted alternation does.
    With ``ignore_case`` (for use inside ``(?i:...)``) the words, whose letters must be
    ASCII, are folded to lower case so that no two branches differ by case alone.

    >>> alternation(["a", "about", "above", "after"])
    'a(?:bo(?:ut|ve)|fter)?'
    >>> alternation(["Last week", "last"], space=r"\\s+", ignore_case=True)
    'last(?:\\\\s+week)?'
    """
    unique = set(words)
    if ignore_case:
        if not all(_ascii_letters(word) for word in unique):
            raise ValueError(f"ignore_case needs ASCII letters: {sorted(unique)}")
        unique = {word.lower() for word in unique}
    trie: _Trie = {}
    for word in unique:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _branches(trie, space)


def _ascii_letters(word: str) -> bool:
    """Whether every letter of ``word`` is ASCII (other characters have no case)."""
    return all(char.isascii() or char.lower() == char.upper() for char in word)


def _branches(node: _Trie, space: str) -> str:
    """The regex of a trie node: its continuations, then the end of a word, if one ends here."""
    continuations = [
        (space if char == " " else re.escape(char)) + _branches(child, space)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not continuations:
        return ""
    if len(continuations) > 1:
        body = f"(?:{'|'.join(continuations)})"
        return body + "?" if _END in node else body
    return f"(?:{continuations[0]})?" if _END in node else continuations[0]


class WordScan:
    r"""``pattern.finditer`` for a pattern that starts only at a few phrases, found faster.

    ``pattern`` must match only where no word character precedes (it opens with
    ``(?<!\w)``), never match the empty string, and start either at a character of
    ``symbols`` or at a word; when the word is made of ASCII letters alone, one of
    ``first_words`` (phrases, their words apart by white space) must stand there in
    full, whatever its case, before a character that is not a letter. A word of
    ``lead_words`` (``the``) may stand alone, but only before white space and a word
    that can start a match. One regex then skips the words and characters where no
    match can start, and ``pattern`` is tried at the other positions only, left to
    right, never inside an earlier match: the matches are those of ``pattern.finditer``.

    >>> pattern = re.compile(r"(?<!\w)(?i:(?:the\s+)?last\s+week|\d+\s+days)")
    >>> scan = WordScan(pattern, ["last week", "the"], lead_words=["the"])
    >>> text = "The last week, the 3 days, last year, the end"
    >>> [match.group() for match in scan.finditer(text, 0, len(text))]
    ['The last week', '3 days']
    """

    def __init__(
        self,
        pattern: re.Pattern[str],
        first_words: Iterable[str],
        *,
        symbols: str = "",
        lead_words: Iterable[str] = (),
    ):
        self.pattern = pattern
        phrases = {" ".join(words.lower().split()) for words in first_words}
        leads = {word.lower() for word in lead_words}
        self._skip: re.Pattern[str] | None = None
        self._pass: re.Pattern[str] | None = None
        # Case folding of other scripts varies: the test is exact for ASCII words only
        # (and words that open with a symbol, which is never skipped).
        if not all(phrase.isascii() or phrase[:1] in symbols for phrase in phrases | leads):
            return
        openings = {_leading_letters(phrase) for phrase in phrases}
        symbol = f"|[{re.escape(symbols)}]" if symbols else ""
        in_full = alternation(phrases - leads, space=r"\s+", ignore_case=True)
        can_start = rf"(?i:{in_full})(?![A-Za-z])"
        if leads:
            can_start += (
                rf"|(?i:{alternation(leads, ignore_case=True)})\s+"
                rf"(?:(?i:{alternation(openings, ignore_case=True)})(?![A-Za-z])"
                r"|[A-Za-z]*[^\WA-Za-z]" + symbol + ")"
            )
        skip = rf"(?:[^\w{re.escape(symbols)}]++|(?!{can_start})[A-Za-z]++(?!\w))*+"
        self._skip = re.compile(skip)
        self._pass = re.compile(rf"(?:\w++|.){skip}", re.DOTALL)

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in ``text[start:end]``, as ``finditer`` gives them."""
        if self._skip is None or self._pass is None:
            yield from self.pattern.finditer(text, start, end)
            return
        skip, past, pattern = self._skip, self._pass, self.pattern
        position = _end_of(skip, text, start, end)
        while position < end:
            match = pattern.match(text, position, end)
            if match is None:
                position = _end_of(past, text, position, end)
            else:
                yield match
                position = _end_of(skip, text, match.end(), end)


def _leading_letters(word: str) -> str:
    """The ASCII letters ``word`` starts with, in lower case."""
    return _NON_LETTER.split(word.lower(), maxsplit=1)[0]


def _end_of(pattern: re.Pattern[str], text: str, position: int, end: int) -> int:
    """Where ``pattern``, which matches at any position before ``end``, ends."""
    match = pattern.match(text, position, end)
    return end if match is None else match.end()
