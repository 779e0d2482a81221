"""Sentences: the title as one sentence, then each body paragraph cut into sentences.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (a run of them, maybe followed by closing
quotes or brackets) when white space and then a capital letter, a digit, an opening
quote or an opening bracket follow. A period does not end a sentence after an
abbreviation of ``abbreviations.txt`` (``Mr.``, ``Dr.``, ``Gen.``, ``Jan.``, ``No.``,
``e.g.``...), after an initial (``J.``) or after a dotted acronym (``U.S.``, ``U.N.``).
Since only a capital starts a sentence, ``etc.`` or ``Ltd.`` before a lower-case word
never ends one. A quotation holding several sentences is cut like any other text:
the statements stage works on quotations, not sentences.

Sentence spans are trimmed of surrounding white space and never cross a paragraph.
"""

from __future__ import annotations

import re

from migmodel._lexicon import load_lines
from migmodel._pipeline.document import Layout, Sentence
from migmodel.model import Span

__all__ = ["sentences"]

_ABBREVIATIONS = frozenset(load_lines("abbreviations.txt"))
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
"""Candidate sentence ends: final punctuation and closing marks before white space."""
_SPACE = re.compile(r"\s+")
_WORD_BEFORE = re.compile(r"[^\s(\[\"“‘'«]{1,30}\Z")
"""The word that ends at a period (searched with ``endpos`` just after the period)."""
_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")
_OPENERS = frozenset("\"'“‘«([")


def _is_abbreviation(text: str, period: int, start: int) -> bool:
    """Whether the period at ``period`` closes an abbreviation, initial or dotted acronym."""
    word = _WORD_BEFORE.search(text, max(start, period - 30), period + 1)
    if word is None:
        return False
    token = word.group()
    return token in _ABBREVIATIONS or _INITIALS.fullmatch(token) is not None


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence bounds of ``text[start:end]``, trimmed."""
    bounds: list[tuple[int, int]] = []
    sentence_start = start
    for boundary in _BOUNDARY.finditer(text, start, end):
        space = _SPACE.match(text, boundary.end(), end)
        following = space.end() if space is not None else boundary.end()
        if following >= end:
            break
        char = text[following]
        if not (char.isupper() or char.isdigit() or char in _OPENERS):
            continue
        punctuation = boundary.group()
        if (
            punctuation[0] == "."
            and not punctuation.startswith("..")
            and _is_abbreviation(text, boundary.start(), start)
        ):
            continue
        bounds.append((sentence_start, boundary.end()))
        sentence_start = following
    bounds.append((sentence_start, end))
    return [trimmed for first, last in bounds if (trimmed := _trim(text, first, last)) is not None]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``text[start:end]`` without the white space at its ends; None when it is all space."""
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    start += len(piece) - len(piece.lstrip())
    return start, start + len(stripped)


def sentences(layout: Layout) -> tuple[Sentence, ...]:
    """The title as one sentence (paragraph -1), then the sentences of each paragraph.

    >>> from migmodel._pipeline.segment import segment
    >>> layout = segment(
    ...     "Talks open in Rabat\\n\\nDr. Amina Yusuf of the U.N. spoke. Talks end today."
    ... )
    >>> [sentence.span.of(layout.text) for sentence in sentences(layout)]
    ['Talks open in Rabat', 'Dr. Amina Yusuf of the U.N. spoke.', 'Talks end today.']
    """
    text = layout.text
    found: list[Sentence] = []
    title = layout.title
    if title is not None and (bounds := _trim(text, title.start, title.end)) is not None:
        found.append(Sentence(span=Span(start=bounds[0], end=bounds[1]), paragraph=-1))
    for paragraph in layout.paragraphs:
        found.extend(
            Sentence(span=Span(start=first, end=last), paragraph=paragraph.index)
            for first, last in _split(text, paragraph.span.start, paragraph.span.end)
        )
    return tuple(found)
