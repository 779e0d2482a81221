"""Tests for ``migmodel._pipeline.normalise``: decoding bytes and normalising text."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmodel._pipeline.normalise import decode, normalise
from migmodel.errors import DecodeError, WarningCode

SENTENCE = "Niger’s «new» law on “smuggling” was repealed in Niamey."


def test_decode_reads_plain_utf8() -> None:
    """UTF-8 bytes without a mark decode to the same text."""
    assert decode(SENTENCE.encode("utf-8"))[0] == SENTENCE


def test_decode_drops_the_utf8_byte_order_mark() -> None:
    """A UTF-8 byte-order mark is not part of the text."""
    assert decode(codecs.BOM_UTF8 + SENTENCE.encode("utf-8"))[0] == SENTENCE


def test_decode_reads_utf16_little_endian_with_a_mark() -> None:
    """UTF-16-LE bytes with their byte-order mark decode."""
    assert decode(codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"))[0] == SENTENCE


def test_decode_reads_utf16_big_endian_with_a_mark() -> None:
    """UTF-16-BE bytes with their byte-order mark decode."""
    assert decode(codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"))[0] == SENTENCE


def test_decode_reads_utf32_with_a_mark() -> None:
    """UTF-32 bytes with their byte-order mark decode (not mistaken for UTF-16)."""
    assert decode(SENTENCE.encode("utf-32"))[0] == SENTENCE


def test_decode_gives_no_warning_for_valid_bytes() -> None:
    """Valid bytes decode without warnings."""
    assert decode(SENTENCE.encode("utf-8"))[1] == ()


def test_decode_rejects_invalid_utf8() -> None:
    """Bytes that are not UTF-8 raise ``DecodeError`` by default."""
    with pytest.raises(DecodeError):
        decode(b"Dakar \xff talks")


def test_decode_error_is_a_value_error() -> None:
    """``DecodeError`` can be caught as a ``ValueError``."""
    with pytest.raises(ValueError, match="byte offset"):
        decode(b"Dakar \xff talks")


def test_decode_error_names_the_byte_offset() -> None:
    """The error carries the offset of the first bad byte."""
    with pytest.raises(DecodeError) as caught:
        decode(b"Dakar \xff talks")
    assert caught.value.offset == 6


def test_decode_error_message_names_source_byte_and_offset() -> None:
    """The message says which file, which byte and where."""
    with pytest.raises(DecodeError) as caught:
        decode(b"Dakar \xff talks", source="wire/dakar.txt")
    assert str(caught.value) == (
        "wire/dakar.txt: invalid utf-8 byte 0xff (invalid start byte) at byte offset 6"
    )


def test_decode_error_offset_counts_the_byte_order_mark() -> None:
    """The offset is into the raw bytes, byte-order mark included."""
    with pytest.raises(DecodeError) as caught:
        decode(codecs.BOM_UTF8 + b"ab\xfe")
    assert caught.value.offset == 5


def test_decode_replace_puts_a_replacement_character() -> None:
    """With ``errors="replace"`` a bad byte becomes U+FFFD."""
    assert decode(b"Dakar \xff talks", errors="replace")[0] == "Dakar \ufffd talks"


def test_decode_replace_warns_about_replaced_characters() -> None:
    """With ``errors="replace"`` a ``REPLACED_CHARACTERS`` warning is recorded."""
    warnings = decode(b"Dakar \xff talks", errors="replace")[1]
    assert [warning.code for warning in warnings] == [WarningCode.REPLACED_CHARACTERS]


def test_decode_replace_warning_counts_the_replacements() -> None:
    """The warning says how many sequences were replaced and where the first was."""
    warning = decode(b"\xffa\xfeb", errors="replace", source="x.txt")[1][0]
    assert warning.message.startswith("2 undecodable utf-8 byte sequence(s) in x.txt")


def test_normalise_turns_crlf_into_lf() -> None:
    """Windows line ends become ``\\n``."""
    assert normalise("Rabat\r\nGeneva") == "Rabat\nGeneva"


def test_normalise_turns_a_lone_cr_into_lf() -> None:
    """Old Mac line ends become ``\\n``."""
    assert normalise("Rabat\rGeneva") == "Rabat\nGeneva"


def test_normalise_turns_line_separator_into_lf() -> None:
    """U+2028 is a line break."""
    assert normalise("Rabat\u2028Geneva") == "Rabat\nGeneva"


def test_normalise_turns_paragraph_separator_into_a_blank_line() -> None:
    """U+2029 separates paragraphs with a blank line."""
    assert normalise("Rabat.\u2029Geneva.") == "Rabat.\n\nGeneva."


@pytest.mark.parametrize(
    "space", ["\u00a0", "\u2002", "\u2009", "\u202f", "\u205f", "\u3000", "\t"]
)
def test_normalise_turns_odd_spaces_into_a_plain_space(space: str) -> None:
    """No-break, thin, narrow, ideographic spaces and tabs become a plain space."""
    assert normalise(f"IOM{space}Niger") == "IOM Niger"


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_normalise_removes_invisible_characters(invisible: str) -> None:
    """Zero-width characters, the word joiner, the BOM and the soft hyphen vanish."""
    assert normalise(f"migra{invisible}tion") == "migration"


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069"])
def test_normalise_removes_bidirectional_marks(mark: str) -> None:
    """Left-to-right and right-to-left marks and embeddings vanish."""
    assert normalise(f"Amman{mark} talks") == "Amman talks"


def test_normalise_removes_control_characters() -> None:
    """C0 and C1 control characters other than line breaks vanish."""
    assert normalise("Lima\x00\x07\x1b\x9b talks") == "Lima talks"


def test_normalise_replaces_a_lone_surrogate() -> None:
    """A lone surrogate (only in hand-made strings) becomes U+FFFD."""
    assert normalise("Quito \ud800 talks") == "Quito \ufffd talks"


def test_normalise_strips_trailing_spaces_of_each_line() -> None:
    """Spaces at the end of a line are dropped."""
    assert normalise("Tunis   \nSfax \u00a0\n") == "Tunis\nSfax\n"


def test_normalise_keeps_leading_spaces() -> None:
    """Indentation is kept (segment trims its spans itself)."""
    assert normalise("  Tunis") == "  Tunis"


def test_normalise_keeps_quotes_guillemets_and_dashes() -> None:
    """Quotation marks, guillemets, apostrophes and dashes are untouched."""
    assert normalise(SENTENCE + " — ‘yes’ – „ja“ ‹oui›") == SENTENCE + " — ‘yes’ – „ja“ ‹oui›"


def test_normalise_composes_accents() -> None:
    """Decomposed accents are composed (NFC): ``e`` + U+0300 is ``è``."""
    assert normalise("Gene\u0300ve") == "Genève"


def test_normalise_keeps_emoji() -> None:
    """Emoji are printable text and are kept."""
    assert normalise("Welcome 🇲🇦 home 🙂") == "Welcome 🇲🇦 home 🙂"


def test_normalise_keeps_private_use_characters() -> None:
    """Private-use characters (icon fonts) are not format characters; they are kept."""
    assert normalise("Share \ue000") == "Share \ue000"


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    """Normalising twice gives what normalising once gives."""
    once = normalise(text)
    assert normalise(once) == once


@given(st.text(alphabet=st.characters(codec=None)))
def test_normalise_leaves_no_control_or_format_character(text: str) -> None:
    """The result has no control (except ``\\n``), format or surrogate character."""
    result = normalise(text)
    assert not any(
        unicodedata.category(char) in {"Cc", "Cf", "Cs"} and char != "\n" for char in result
    )


@given(st.text())
def test_normalise_leaves_no_trailing_space(text: str) -> None:
    """No line of the result ends with a space."""
    assert not any(line.endswith(" ") for line in normalise(text).split("\n"))
