"""The longest text a regular expression can match, read from its source.

``segment`` matches every line of a page against every furniture rule; a rule that can
match at most 60 characters cannot match a prose line of 200, and need not be tried
there. ``max_width`` reads that bound from a pattern: literals, escapes, classes and
``.`` match one character, anchors and lookarounds none, alternatives the most of
their branches, and a quantifier multiplies by its upper bound (``*``, ``+`` and
``{m,}`` have none). Back-references are not supported (the rules have no capturing
groups).
"""

from __future__ import annotations

import re

__all__ = ["UNBOUNDED", "max_width"]

UNBOUNDED = 1 << 30
"""The width of a pattern with no upper bound (``\\s+``, ``.*``)."""

_QUANTIFIER = re.compile(r"(?:([?*+])|\{(\d*)(?:(,)(\d*))?\})[?+]?")
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_ESCAPE_LENGTHS = {"x": 2, "u": 4, "U": 8}
"""Escapes that name a character by its hexadecimal code, and the digits they take."""
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def max_width(pattern: str) -> int:
    """The most characters ``pattern`` can match, or ``UNBOUNDED``.

    >>> max_width(r"(?:by|from)\\s?:?\\s[^\\n]{1,80}(?=\\.)")
    87
    >>> max_width(r"\\d+ comments?") == UNBOUNDED
    True
    """
    width, position = _alternatives(pattern, 0)
    if position != len(pattern):
        raise ValueError(f"unbalanced parenthesis at {position} in {pattern!r}")
    return width


def _alternatives(pattern: str, position: int) -> tuple[int, int]:
    """The width of the branches from ``position`` to an unmatched ``)`` or the end."""
    widest = 0
    while True:
        width, position = _sequence(pattern, position)
        widest = max(widest, width)
        if position >= len(pattern) or pattern[position] != "|":
            return widest, position
        position += 1


def _sequence(pattern: str, position: int) -> tuple[int, int]:
    """The width of one branch: its atoms, each times its quantifier's upper bound."""
    total = 0
    while position < len(pattern) and pattern[position] not in "|)":
        width, position = _atom(pattern, position)
        times, position = _repeats(pattern, position)
        total = min(UNBOUNDED, total + width * times)
    return total, position


def _repeats(pattern: str, position: int) -> tuple[int, int]:
    """The upper bound of the quantifier at ``position`` (1 when there is none)."""
    match = _QUANTIFIER.match(pattern, position)
    if match is None:
        return 1, position
    symbol, low, comma, high = match.groups()
    if symbol == "?":
        return 1, match.end()
    if symbol is not None or (comma and not high):
        return UNBOUNDED, match.end()
    return int(high if comma else low), match.end()


def _atom(pattern: str, position: int) -> tuple[int, int]:
    """The width of the atom at ``position``, and where it ends."""
    char = pattern[position]
    if char == "\\":
        return _escape(pattern, position)
    if char == "[":
        return 1, _class_end(pattern, position)
    if char == "(":
        return _group(pattern, position)
    if char in "^$":
        return 0, position + 1
    return 1, position + 1


def _escape(pattern: str, position: int) -> tuple[int, int]:
    escaped = pattern[position + 1]
    if escaped in _ZERO_WIDTH_ESCAPES:
        return 0, position + 2
    if escaped.isdigit():
        raise ValueError(f"back-references and octal escapes are not supported: {pattern!r}")
    if escaped == "N":
        return 1, pattern.index("}", position) + 1
    return 1, position + 2 + _ESCAPE_LENGTHS.get(escaped, 0)


def _class_end(pattern: str, position: int) -> int:
    """Where the character class opening at ``position`` ends."""
    position += 1
    if pattern.startswith("^", position):
        position += 1
    if pattern.startswith("]", position):  # a first "]" is a literal
        position += 1
    while pattern[position] != "]":
        position += 2 if pattern[position] == "\\" else 1
    return position + 1


def _group(pattern: str, position: int) -> tuple[int, int]:
    """The width of the group opening at ``position`` (lookarounds match no text)."""
    lookaround = pattern.startswith(_LOOKAROUNDS, position)
    if pattern.startswith(("(?P=", "(?("), position):
        raise ValueError(f"back-references are not supported: {pattern!r}")
    if pattern.startswith("(?#", position):
        return 0, pattern.index(")", position) + 1
    if pattern.startswith("(?P<", position):
        start = pattern.index(">", position) + 1
    elif pattern.startswith("(?", position):
        start = position + 2
        while pattern[start] not in ":=!<)":
            start += 1
        if pattern[start] == ")":  # flags alone: "(?i)"
            return 0, start + 1
        start += 2 if pattern.startswith(("<=", "<!"), start) else 1
    else:
        start = position + 1
    width, end = _alternatives(pattern, start)
    if not pattern.startswith(")", end):
        raise ValueError(f"unclosed group at {position} in {pattern!r}")
    return (0 if lookaround else width), end + 1
