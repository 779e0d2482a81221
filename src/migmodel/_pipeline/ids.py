"""Stable identifiers for entities and facts."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "slugify"]

_NON_WORD = re.compile(r"[^a-z0-9]+")
_UNDECOMPOSED = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)
"""Letters that Unicode does not decompose into a base letter and an accent."""


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its accents, for matching names.

    >>> fold("Joaquín  NÚÑEZ")
    'joaquin  nunez'
    >>> fold("Helena Sørensen")
    'helena sorensen'
    """
    if text.isascii():  # no accents to strip: the same as the general case, faster
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def slugify(text: str) -> str:
    """A lower-case, accent-free, hyphen-joined form of ``text`` for ids.

    >>> slugify("Mohammed VI")
    'mohammed-vi'
    >>> slugify("Ministry of Foreign Affairs, African Cooperation")
    'ministry-of-foreign-affairs-african-cooperation'
    """
    return _NON_WORD.sub("-", fold(text)).strip("-") or "x"
