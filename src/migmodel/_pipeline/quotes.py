"""Quotes: the quotations of the body paragraphs, with and without their marks.

Each paragraph is read once, left to right, mark by mark:

* double quotes: ``“...”``, ``„...“``, ``"..."`` and mixtures (``“...,"``). Straight
  quotes pair left to right; a curly opening mark inside an open quotation nests (only
  the outer quotation is kept) when it stands where an opening mark stands (after a
  space or an opening bracket, before a non-space); anywhere else (``“...,“ he said``,
  ``“... , “ he said``) it closes, as the typist meant.
  ``”`` standing where an opening mark stands opens, when nothing is open.
* guillemets: ``«...»`` and ``‹...›``, nesting the same way.
* single quotes ``‘...’`` (and straight ``'...'``) only when they are really a
  quotation: the opening mark follows a space, the start or an opening bracket and
  comes before a letter or digit; the closing mark follows a non-space and comes before
  a space, punctuation or the end; the words between are several (a space inside) and
  at most 400 characters. Otherwise the marks are apostrophes (``Morocco’s``,
  ``rock ’n’ roll``, ``’90s``, ``O’Brien``) and are skipped. Unclosed singles are not
  quotations.
* inside an open quotation, marks of the other families belong to it (a single quote
  within a double one is not a second quotation).

A double quote or guillemet left open at the end of its paragraph is a quotation with
``closed=False`` that runs to the paragraph's end. ``Quote.span`` holds the marks;
``Quote.inner`` the words between them, outer white space trimmed; a quotation with no
words is skipped. The work is linear in the number of marks.
"""

from __future__ import annotations

import enum
import re

import attrs

from migmodel._pipeline.document import Layout, Quote
from migmodel.model import Span

__all__ = ["quotes"]

_MARKS = re.compile("[\"'“”„‟«»‹›‘’‚]")
_SPACE = re.compile(r"\s")
_SINGLE_OPENERS = frozenset("‘'‚")
_SINGLE_CLOSERS = frozenset("’'")
_OPENING_CONTEXT = frozenset('([{—–-/“"«‹')
"""Characters after which a quotation mark stands where an opening mark stands."""
_SINGLE_MAX = 400


class _Family(enum.Enum):
    """Marks that pair with each other."""

    DOUBLE = "double"
    GUILLEMET = "guillemet"
    SINGLE_GUILLEMET = "single guillemet"


_OPENERS = {"“": _Family.DOUBLE, "„": _Family.DOUBLE, "‟": _Family.DOUBLE}
_OPENERS.update({"«": _Family.GUILLEMET, "‹": _Family.SINGLE_GUILLEMET})
_CLOSERS = {"”": _Family.DOUBLE, "»": _Family.GUILLEMET, "›": _Family.SINGLE_GUILLEMET}


@attrs.define
class _Open:
    """The quotation being read: its family, where it opened, how deep marks nest."""

    family: _Family
    start: int
    depth: int = 1


@attrs.frozen
class _Paragraph:
    """One paragraph's text, bounds and index, with the helpers that read its marks."""

    text: str
    start: int
    end: int
    index: int

    def opens(self, position: int) -> bool:
        """Whether a mark at ``position`` stands where an opening mark stands."""
        before = self.text[position - 1] if position > self.start else " "
        after = self.text[position + 1] if position + 1 < self.end else " "
        return (before.isspace() or before in _OPENING_CONTEXT) and not after.isspace()

    def closes(self, position: int) -> bool:
        """Whether a mark at ``position`` stands where a closing mark stands."""
        before = self.text[position - 1] if position > self.start else " "
        after = self.text[position + 1] if position + 1 < self.end else " "
        return not before.isspace() and not after.isalnum()

    def quote(self, start: int, end: int, *, closed: bool) -> Quote | None:
        """The quotation from ``start`` to ``end``, or None when it holds no words."""
        inner_start = start + 1
        inner_end = end - 1 if closed else end
        piece = self.text[inner_start:inner_end]
        stripped = piece.strip()
        if not stripped:
            return None
        inner_start += len(piece) - len(piece.lstrip())
        return Quote(
            span=Span(start=start, end=end),
            inner=Span(start=inner_start, end=inner_start + len(stripped)),
            closed=closed,
            paragraph=self.index,
        )


def _single_closers(paragraph: _Paragraph, marks: list[tuple[int, str]]) -> list[int]:
    """For each mark, the index of the first single closing mark at or after it (or -1)."""
    following = [-1] * (len(marks) + 1)
    for number in range(len(marks) - 1, -1, -1):
        position, char = marks[number]
        is_closer = char in _SINGLE_CLOSERS and paragraph.closes(position)
        following[number] = number if is_closer else following[number + 1]
    return following


def _paragraph_quotes(paragraph: _Paragraph) -> list[Quote]:
    """The quotations of one paragraph, read mark by mark (see the module docstring)."""
    text = paragraph.text
    marks = [
        (match.start(), match.group())
        for match in _MARKS.finditer(text, paragraph.start, paragraph.end)
    ]
    if not marks:
        return []
    closers = _single_closers(paragraph, marks)
    found: list[Quote | None] = []
    current: _Open | None = None
    number = 0
    while number < len(marks):
        position, char = marks[number]
        number += 1
        if current is None:
            if char in _OPENERS:
                current = _Open(_OPENERS[char], position)
            elif char == '"' or (char == "”" and paragraph.opens(position)):
                current = _Open(_Family.DOUBLE, position)
            elif char in _SINGLE_OPENERS and paragraph.opens(position):
                closer = closers[number]
                if closer < 0:
                    continue
                end = marks[closer][0]
                if end - position <= _SINGLE_MAX and _SPACE.search(text, position + 1, end):
                    found.append(paragraph.quote(position, end + 1, closed=True))
                    number = closer + 1
            continue
        current.depth += _nesting(paragraph, current, position, char)
        if current.depth <= 0:
            found.append(paragraph.quote(current.start, position + 1, closed=True))
            current = None
    if current is not None:
        found.append(paragraph.quote(current.start, paragraph.end, closed=False))
    return [quote for quote in found if quote is not None]


def _nesting(paragraph: _Paragraph, current: _Open, position: int, char: str) -> int:
    """How a mark inside an open quotation changes its depth: +1 opens, -1 closes, 0 neither."""
    family = current.family
    if char == '"':
        if family is not _Family.DOUBLE:
            return 0
        straight_open = paragraph.text[current.start] == '"'
        return 1 if not straight_open and paragraph.opens(position) else -1
    if _CLOSERS.get(char) is family:
        return -1
    if _OPENERS.get(char) is family:
        if family is _Family.DOUBLE and not paragraph.opens(position):
            return -1
        return 1
    return 0


def quotes(layout: Layout) -> tuple[Quote, ...]:
    """The quotations of the body paragraphs, in text order.

    >>> from migmodel._pipeline.segment import segment
    >>> layout = segment("“We will not wait,” she said of Morocco’s ‘new approach to returns’.")
    >>> [(quote.inner.of(layout.text), quote.closed) for quote in quotes(layout)]
    [('We will not wait,', True), ('new approach to returns', True)]
    """
    found: list[Quote] = []
    for paragraph in layout.paragraphs:
        found.extend(
            _paragraph_quotes(
                _Paragraph(layout.text, paragraph.span.start, paragraph.span.end, paragraph.index)
            )
        )
    return tuple(found)
