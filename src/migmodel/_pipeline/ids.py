"""Stable identifiers for entities and facts."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "slugify"]

_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its accents, for matching names.

    >>> fold("Joaquín  NÚÑEZ")
    'joaquin  nunez'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def slugify(text: str) -> str:
    """A lower-case, accent-free, hyphen-joined form of ``text`` for ids.

    >>> slugify("Mohammed VI")
    'mohammed-vi'
    >>> slugify("Ministry of Foreign Affairs, African Cooperation")
    'ministry-of-foreign-affairs-african-cooperation'
    """
    return _NON_WORD.sub("-", fold(text)).strip("-") or "x"
