"""Normalise: bytes to text, and text to the one clean form every later stage reads.

``decode`` turns raw bytes into a ``str``: UTF-8 (with or without a byte-order mark),
or UTF-16/UTF-32 when a byte-order mark says so. ``normalise`` then makes the text
regular, so that spans found later index into a predictable string:

* line breaks: ``\\r\\n``, ``\\r``, U+0085, U+2028, vertical tab and form feed become
  ``\\n``; U+2029 (paragraph separator) becomes a blank line ``\\n\\n``;
* spaces: the tab, the no-break space U+00A0 and every other space separator
  (U+1680, U+2000-U+200A, U+202F, U+205F, U+3000) become a plain space;
* invisible characters are removed: zero-width space, joiners (U+200B-U+200D), word
  joiner U+2060, byte-order mark U+FEFF, soft hyphen U+00AD, bidirectional marks and
  every other format (Cf) or control (Cc) character;
* a lone surrogate (only possible in a ``str`` built by hand) becomes U+FFFD;
* trailing spaces on each line are stripped (leading ones are kept);
* the result is in Unicode NFC, so ``é`` is one character whatever the source did.

Quotation marks, guillemets, apostrophes and dashes are kept exactly: the quotes and
dateline rules need them. ``normalise`` is total and idempotent.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Literal

from migmodel.errors import DecodeError, ParseWarning, WarningCode

__all__ = ["decode", "normalise"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""Byte-order marks and their codecs; UTF-32-LE first, since its mark starts like UTF-16-LE's."""

_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028]")

_TRANSLATION: dict[int, str | None] = {
    ord("\t"): " ",
    0x00A0: " ",
    0x1680: " ",
    **dict.fromkeys(range(0x2000, 0x200B), " "),
    0x202F: " ",
    0x205F: " ",
    0x3000: " ",
    0x2029: "\n\n",
    0x00AD: None,
    **dict.fromkeys(range(0x200B, 0x2010)),
    **dict.fromkeys(range(0x202A, 0x202F)),
    **dict.fromkeys(range(0x2060, 0x2070)),
    0xFEFF: None,
}
"""The characters ``normalise`` maps directly: odd spaces to a space, invisibles to nothing."""
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(code)) for code in _TRANSLATION) + "]")
"""Any one character of ``_TRANSLATION``: ``str.translate`` looks up every character, the
regex finds the few mapped ones in C."""

_KEPT_UNPRINTABLE = frozenset({"Co", "Cn"})
"""Categories ``str.isprintable`` rejects but the text keeps: private use, unassigned."""


def decode(
    raw: bytes,
    *,
    errors: Literal["strict", "replace"] = "strict",
    source: str | None = None,
) -> tuple[str, tuple[ParseWarning, ...]]:
    """Decode ``raw`` bytes: UTF-32/UTF-16 when a byte-order mark says so, else UTF-8.

    The byte-order mark itself is dropped. With ``errors="strict"`` bytes that are not
    valid in the encoding raise ``DecodeError`` naming the byte offset (and ``source``);
    with ``errors="replace"`` they become U+FFFD and a ``REPLACED_CHARACTERS`` warning
    says how many.

    >>> decode("Genève".encode("utf-16"))
    ('Genève', ())
    >>> decode(b"Rabat \\xff")
    Traceback (most recent call last):
    ...
    migmodel.errors.DecodeError: invalid utf-8 byte 0xff (invalid start byte) at byte offset 6

    Raises:
        DecodeError: the bytes are not valid text and ``errors`` is ``"strict"``.
    """
    encoding, skip = "utf-8", 0
    for bom, name in _BOMS:
        if raw.startswith(bom):
            encoding, skip = name, len(bom)
            break
    body = raw[skip:]
    try:
        return body.decode(encoding), ()
    except UnicodeDecodeError as error:
        offset = skip + error.start
        if errors == "strict":
            bad = raw[offset : skip + error.end].hex()
            reason = f"invalid {encoding} byte 0x{bad} ({error.reason})"
            raise DecodeError(reason, offset=offset, source=source) from None
    text = body.decode(encoding, errors="replace")
    count = text.count("\ufffd") - body.decode(encoding, errors="ignore").count("\ufffd")
    where = f" in {source}" if source else ""
    warning = ParseWarning(
        code=WarningCode.REPLACED_CHARACTERS,
        message=f"{count} undecodable {encoding} byte sequence(s){where} replaced by U+FFFD, "
        f"the first at byte {offset}",
    )
    return text, (warning,)


def _clean_line(line: str) -> str:
    """Drop the format and control characters of one line; space separators become spaces."""
    kept: list[str] = []
    for char in line:
        if char.isprintable():
            kept.append(char)
            continue
        category = unicodedata.category(char)
        if category == "Zs":
            kept.append(" ")
        elif category == "Cs":
            kept.append("\ufffd")
        elif category in _KEPT_UNPRINTABLE:
            kept.append(char)
    return "".join(kept)


def _translated(match: re.Match[str]) -> str:
    """What ``_TRANSLATION`` maps the matched character to."""
    return _TRANSLATION[ord(match.group())] or ""


def normalise(text: str) -> str:
    """The clean form of ``text``: LF line breaks, plain spaces, no invisible characters, NFC.

    Trailing spaces of each line are stripped; quotes, guillemets and dashes are kept.

    >>> normalise("RABAT\\u00a0-\\u200b Talks\\r\\nopened.  \\r\\n")
    'RABAT - Talks\\nopened.\\n'
    >>> normalise("«\\u202fOui\\u202f»")
    '« Oui »'
    """
    text = _TRANSLATED.sub(_translated, _LINE_BREAKS.sub("\n", text))
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not line.isprintable():
            lines[index] = _clean_line(line)
    text = unicodedata.normalize("NFC", "\n".join(lines))
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))
