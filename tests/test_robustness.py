"""Robustness: no input, however odd, hangs ``parse_article``, crashes it or loses text.

``test_parse_invariants`` checks the invariants on the fixtures and on plausible mixes of
article fragments; this module throws adversarial input at the front door: any string
(control characters, bidirectional marks, emoji, very long lines), any bytes, any JSON,
and hand-made pathological texts that must still parse in linear time.

Timing tests never compare against a wall-clock constant: each measures the same kind of
text at two sizes, best of three runs, and asserts that four times the text costs less
than ten times as much (a quadratic scan would cost sixteen times as much), plus a small
allowance for noise on a loaded machine.
"""

from __future__ import annotations

import itertools
import json
import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal, cast

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmodel import (
    Article,
    DecodeError,
    SchemaError,
    Span,
    WarningCode,
    from_json,
    load_jsonl,
    parse_article,
    to_json,
)
from migmodel._pipeline import dates as date_stage

# --- what every parse must keep --------------------------------------------------------------


def _records(value: object) -> Iterator[object]:
    """Every attrs record reachable from ``value``, ``value`` included."""
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(cast(Any, type(value))):
            yield from _records(getattr(value, field.name))
    elif isinstance(value, tuple):
        for member in value:
            yield from _records(member)


def _span_problems(article: Article) -> list[str]:
    """Spans past the text, and records whose ``text`` is not the text their span covers."""
    problems = []
    for record in _records(article):
        span = getattr(record, "span", None)
        if isinstance(record, Span):
            span = record
        if not isinstance(span, Span):
            continue
        if span.end > len(article.text):
            problems.append(f"{type(record).__name__} span {span} runs past the text")
            continue
        text = getattr(record, "text", None)
        if isinstance(text, str) and record is not article and span.of(article.text) != text:
            problems.append(f"{type(record).__name__} {text!r} != text[{span.start}:{span.end}]")
    return problems


def _layout_problems(article: Article) -> list[str]:
    """Title, dateline, paragraphs and furniture that overlap, or leave text uncovered."""
    parts = [span for span in (article.title_span, article.dateline_span) if span is not None]
    parts += [paragraph.span for paragraph in article.paragraphs]
    parts += [piece.span for piece in article.furniture]
    parts.sort(key=lambda span: (span.start, span.end))
    problems = [
        f"{one} overlaps {other}" for one, other in itertools.pairwise(parts) if one.overlaps(other)
    ]
    covered = bytearray(len(article.text))
    for span in parts:
        covered[span.start : span.end] = b"\x01" * len(span)
    missed = sum(
        1 for index, char in enumerate(article.text) if not covered[index] and not char.isspace()
    )
    if missed:
        problems.append(f"{missed} non-whitespace characters outside the layout")
    return problems


def _failed_stages(article: Article) -> list[str]:
    """The messages of STAGE_FAILED warnings."""
    return [w.message for w in article.warnings if w.code is WarningCode.STAGE_FAILED]


# --- strategies ------------------------------------------------------------------------------

ODD_CHARACTERS = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\r\n\t\u2028\u2029"  # controls, separators
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2069"  # bidi
    "\ufeff\u00a0\u2009\u3000\u00ad\ufffd\ue000"  # spaces, soft hyphen, private use
    "\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb\"'()[]{}\u2014\u2013-.,;:!?%$\u20ac#/"
    "\u0301\u0308"  # combining accents with nothing to combine with
)
WORDS = (
    "ACCRA, ",
    "June 3 (GNA) - ",
    "Minister ",
    "Ama Owusu ",
    "said ",
    "the ECOWAS Commission ",
    "(ECOWAS) ",
    "signed a protocol on free movement ",
    "in 2019 ",
    "some 1,200 returnees ",
    "\u0627\u0644\u0647\u062c\u0631\u0629 ",  # Arabic: migration
    "\u05e4\u05dc\u05d9\u05d8\u05d9\u05dd ",  # Hebrew: refugees
    "\U0001f600",
    "\U0001f44d\U0001f3fd",
    "\U0001f1ec\U0001f1ed",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
)
NO_SURROGATES: tuple[Literal["Cs"]] = ("Cs",)
any_text = st.text(alphabet=st.characters(exclude_categories=NO_SURROGATES))
odd_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(ODD_CHARACTERS), st.characters(exclude_categories=NO_SURROGATES)
    )
)
mixed_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD_CHARACTERS), st.text(max_size=6)),
    max_size=40,
).map("".join)
long_lines = st.tuples(
    st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12)),
    st.integers(min_value=50, max_value=1_500),
).map(lambda pair: pair[0] * pair[1])
adversarial_text = st.one_of(any_text, odd_text, mixed_text, long_lines)


@given(adversarial_text)
def test_any_string_gives_an_article(text: str) -> None:
    """``parse_article`` returns an Article for any string."""
    assert isinstance(parse_article(text), Article)


@given(adversarial_text)
def test_no_stage_fails_on_any_string(text: str) -> None:
    """No stage gives up (STAGE_FAILED) on any string."""
    assert _failed_stages(parse_article(text)) == []


@given(adversarial_text)
def test_every_span_covers_its_text_on_any_string(text: str) -> None:
    """Every span lies in the text, and every record's text is what its span covers."""
    assert _span_problems(parse_article(text)) == []


@given(adversarial_text)
def test_layout_partitions_any_string(text: str) -> None:
    """Title, dateline, paragraphs and furniture never overlap and cover all but whitespace."""
    assert _layout_problems(parse_article(text)) == []


@given(adversarial_text)
def test_any_string_survives_json(text: str) -> None:
    """The article of any string comes back equal from its JSON."""
    article = parse_article(text)
    assert from_json(to_json(article), Article) == article


@given(mixed_text)
def test_parsing_any_string_is_deterministic(text: str) -> None:
    """Parsing the same string twice gives the same JSON."""
    assert to_json(parse_article(text)) == to_json(parse_article(text))


# --- linear time on pathological texts -------------------------------------------------------


def _best_time(text: str, runs: int = 3) -> float:
    """The fastest of ``runs`` parses of ``text``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        parse_article(text)
        best = min(best, time.perf_counter() - started)
    return best


def _growth(make: Callable[[int], str], size: int) -> tuple[float, float]:
    """The best parse times of ``make(size)`` and ``make(4 * size)``."""
    parse_article(make(size))  # warm up: lexicons and pattern caches
    return _best_time(make(size)), _best_time(make(4 * size))


def _is_linear(times: tuple[float, float]) -> bool:
    """Four times the text costs under ten times as much (quadratic would be sixteen)."""
    small, large = times
    return large < 10 * small + 0.05


def _quotation_marks(count: int) -> str:
    """``count`` straight quotation marks, then words between curly ones."""
    return '"' * count + "\u201cwe will\u201d " * (count // 200)


def _one_line(size: int) -> str:
    """``size`` characters of wire-story sentences with no line break."""
    sentence = (
        "Officials of Ghana and the International Organization for Migration (IOM) met in "
        "Accra on 3 May 2023 to discuss the return of 1,200 nationals, the ministry said. "
    )
    return (sentence * (size // len(sentence) + 1))[:size]


CAPITALISED = (
    "Accra",
    "Lagos",
    "Ministry",
    "Minister",
    "Ambassador",
    "President",
    "Union",
    "Republic",
    "Kingdom",
    "National",
    "Council",
    "Foreign",
    "Interior",
    "Labour",
    "Migration",
    "Commission",
    "Secretary",
    "General",
    "High",
    "Commissioner",
    "Refugees",
    "Federal",
    "Democratic",
)


def _capitalised_words(size: int) -> str:
    """``size`` characters of capitalised words, no punctuation at all."""
    rng = random.Random(17)
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(CAPITALISED)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:size]


def _nested_parentheses(depth: int) -> str:
    """``depth`` opening parentheses, each before a word, then as many closing ones."""
    return "(ECOWAS " * depth + "migrants" + ")" * depth


FURNITURE_LINES = (
    "Share this article",
    "Advertisement",
    "Read more",
    "Follow us on X",
    "Subscribe to our newsletter",
    "Related Articles",
    "Updated: 12/03/2024 10:15",
    "By Kofi Mensah",
)


def _furniture_lines(count: int) -> str:
    """``count`` lines of page furniture and nothing else."""
    return "\n".join(FURNITURE_LINES[index % len(FURNITURE_LINES)] for index in range(count))


NUMBERS_AND_DATES = (
    "12",
    "3,500",
    "2019",
    "April 4",
    "2024-01-01",
    "1/2/2020",
    "4.5",
    "the 1990s",
    "Q1 2024",
    "May 2021",
    "mid-2023",
    "2015-2020",
    "47%",
    "$3m",
    "10,000",
    "Tuesday",
    "two years ago",
)


def _numbers_and_dates(size: int) -> str:
    """``size`` characters of numbers and date expressions, no other words."""
    rng = random.Random(5)
    tokens: list[str] = []
    length = 0
    while length < size:
        token = rng.choice(NUMBERS_AND_DATES)
        tokens.append(token)
        length += len(token) + 1
    return " ".join(tokens)[:size]


OPENING_MARKS = ("\u201cWe will ", '"they said ', "\u2018not ", "\u00ab non ", "\u201eja ", "'so ")


def _unclosed_quotes(size: int) -> str:
    """``size`` characters of curly and straight quotes that open and never close."""
    rng = random.Random(9)
    pieces: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(OPENING_MARKS)
        pieces.append(piece)
        length += len(piece)
    return "".join(pieces)[:size]


def test_quotation_marks_parse_in_linear_time() -> None:
    """Quotation marks parse in time linear in their number."""
    assert _is_linear(_growth(_quotation_marks, 6_250))


def test_a_text_without_newline_parses_in_linear_time() -> None:
    """A long text on one line parses in time linear in its length."""
    assert _is_linear(_growth(_one_line, 5_000))


def test_capitalised_words_parse_in_linear_time() -> None:
    """A run of capitalised words, which name finders chew on, parses in linear time."""
    assert _is_linear(_growth(_capitalised_words, 5_000))


def test_nested_parentheses_parse_in_linear_time() -> None:
    """10,000 nested parentheses parse in time linear in the depth."""
    assert _is_linear(_growth(_nested_parentheses, 2_500))


def test_furniture_lines_parse_in_linear_time() -> None:
    """50,000 lines of page furniture parse in time linear in their number."""
    assert _is_linear(_growth(_furniture_lines, 1_000))


def test_numbers_and_dates_parse_in_linear_time() -> None:
    """A text of nothing but numbers and dates parses in linear time."""
    assert _is_linear(_growth(_numbers_and_dates, 4_000))


def test_unclosed_quotes_parse_in_linear_time() -> None:
    """Curly and straight quotes that never close parse in linear time."""
    assert _is_linear(_growth(_unclosed_quotes, 5_000))


def test_a_hundred_thousand_quotation_marks_keep_the_invariants() -> None:
    """100,000 quotation marks give an article with sound spans and layout."""
    article = parse_article(_quotation_marks(100_000))
    assert _span_problems(article) + _layout_problems(article) == []


def test_ten_thousand_nested_parentheses_keep_the_invariants() -> None:
    """10,000 nested parentheses give an article with sound spans and layout."""
    article = parse_article(_nested_parentheses(10_000))
    assert _span_problems(article) + _layout_problems(article) == []


def test_fifty_thousand_furniture_lines_are_all_kept() -> None:
    """50,000 lines of furniture lose no text: each is furniture, a title or a paragraph."""
    article = parse_article(_furniture_lines(50_000))
    assert _layout_problems(article) == []


def test_a_megabyte_of_quotes_never_closed_keeps_the_invariants() -> None:
    """A megabyte of quotation marks with no word and no newline parses soundly."""
    article = parse_article("\u201c\"\u2018'\u00ab" * 200_000)
    assert _span_problems(article) + _layout_problems(article) == []


# --- bytes -----------------------------------------------------------------------------------

STORY = (
    "DAKAR, May 2 (APS) - Senegal and Mauritania on Thursday agreed to ease the return "
    "of 800 fishermen, the foreign ministry said.\n\nThe talks took place in Nouakchott."
)


def test_invalid_utf8_raises_decode_error() -> None:
    """Bytes that are not UTF-8 raise DecodeError."""
    with pytest.raises(DecodeError):
        parse_article(STORY.encode("utf-8")[:20] + b"\xff" + STORY.encode("utf-8")[20:])


def test_decode_error_gives_the_offset_of_the_bad_byte() -> None:
    """The DecodeError's offset is the index of the first bad byte."""
    raw = b"Nouakchott, Mauritanie. \xc3\x28 rest"
    with pytest.raises(DecodeError) as error:
        parse_article(raw)
    assert error.value.offset == raw.index(b"\xc3")


def test_decode_error_message_names_source_and_offset() -> None:
    """The DecodeError's message names the source and the byte offset."""
    with pytest.raises(DecodeError, match=r"^inbox/story\.txt: .* at byte offset 6$"):
        parse_article(b"DAKAR \xfe", source="inbox/story.txt")


def test_replace_gives_an_article_instead_of_raising() -> None:
    """With errors="replace" undecodable bytes become U+FFFD in the article text."""
    article = parse_article(b"Accra \xff\xfe migrants said.", errors="replace")
    assert "\ufffd" in article.text


def test_replace_warns_about_replaced_characters() -> None:
    """With errors="replace" the article carries a REPLACED_CHARACTERS warning."""
    article = parse_article(b"Accra \xff migrants said.", errors="replace")
    assert WarningCode.REPLACED_CHARACTERS in {warning.code for warning in article.warnings}


def test_utf16_with_a_byte_order_mark_parses_like_the_string() -> None:
    """UTF-16 bytes with a byte-order mark give the same article as the string."""
    assert parse_article(STORY.encode("utf-16")) == parse_article(STORY)


def test_utf8_with_a_byte_order_mark_parses_like_the_string() -> None:
    """UTF-8 bytes with a byte-order mark give the same article as the string."""
    assert parse_article(b"\xef\xbb\xbf" + STORY.encode("utf-8")) == parse_article(STORY)


@given(st.binary(max_size=300))
def test_any_bytes_with_replace_give_an_article(raw: bytes) -> None:
    """With errors="replace" any bytes give an Article."""
    assert isinstance(parse_article(raw, errors="replace"), Article)


@given(st.binary(max_size=300))
def test_any_bytes_either_parse_or_raise_decode_error(raw: bytes) -> None:
    """Strictly decoded, any bytes give an Article or raise DecodeError, nothing else."""
    try:
        result: object = parse_article(raw)
    except DecodeError as error:
        result = error
    assert isinstance(result, Article | DecodeError)


# --- JSON ------------------------------------------------------------------------------------

STORED = to_json(parse_article(STORY, source="inbox/dakar.txt"))


@given(st.integers(min_value=0, max_value=len(STORED) - 1))
def test_truncated_article_json_raises_schema_error(cut: int) -> None:
    """Article JSON cut short anywhere raises SchemaError."""
    with pytest.raises(SchemaError):
        from_json(STORED[:cut], Article)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(json_values)
def test_any_json_value_is_an_article_or_a_schema_error(value: object) -> None:
    """Any JSON value gives an Article or raises SchemaError, never another exception."""
    try:
        result: object = from_json(json.dumps(value), Article)
    except SchemaError as error:
        result = error
    assert isinstance(result, Article | SchemaError)


@given(st.sampled_from(sorted(json.loads(STORED))), json_values.filter(lambda v: v is not None))
def test_a_mistyped_field_raises_schema_error_naming_it(field: str, value: object) -> None:
    """Replacing a field of stored article JSON by a value of another type names the field."""
    data = json.loads(STORED)
    if data[field] is None or type(value) is type(data[field]) or value == data[field]:
        value = [value, value]  # never the right type (a null field may hold a string)
    data[field] = value
    with pytest.raises(SchemaError) as error:
        from_json(json.dumps(data), Article)
    assert field in str(error.value)


def test_a_jsonl_file_cut_mid_line_names_the_last_line(tmp_path: Path) -> None:
    """A JSON Lines file cut short by a crash reports the number of its broken last line."""
    path = tmp_path / "archive.jsonl"
    path.write_text(f"{STORED}\n{STORED}\n{STORED[:40]}", encoding="utf-8")
    with pytest.raises(SchemaError, match=r", line 3: invalid JSON"):
        load_jsonl(path)


# --- the date stage's shortcut ----------------------------------------------------------------

date_words = st.lists(
    st.one_of(
        st.sampled_from(date_stage._FIRST_WORDS),
        st.sampled_from(("2019", "3rd", "Q1", "mid-2020", "1990s", "ago", "years", "of", "the")),
        st.text(max_size=5),
    ),
    max_size=12,
)


@given(date_words, st.sampled_from((" ", "  ", "-", ", ", "\n", "")), st.booleans())
def test_date_prefilter_finds_what_the_full_pattern_finds(
    words: list[str], separator: str, upper: bool
) -> None:
    """The dates stage's word prefilter yields exactly the matches of the full pattern."""
    text = separator.join(words)
    text = text.upper() if upper else text
    full = [(m.start(), m.end()) for m in date_stage._COMBINED.finditer(text)]
    assert [(m.start(), m.end()) for m in date_stage._matches(text, 0, len(text))] == full
