"""The quantities stage: numbers with the thing they count.

A quantity is a number (digits, number words, a vague amount such as "thousands of")
with its unit: a percentage, a currency, or the counted noun. Years, dates, ordinals,
identifiers ("Law No. 2015-36") and compound adjectives ("a three-year programme") are
not quantities.

The words are data: ``data/numbers.tsv`` (number words and scales),
``data/quantity_hedges.txt``, ``data/quantity_vague.tsv``, ``data/quantity_currencies.tsv``,
``data/quantity_count_nouns.txt``, ``data/quantity_stopwords.txt``,
``data/quantity_identifier_words.txt``, ``data/quantity_fractions.tsv``,
``data/quantity_half_blockers.txt`` and ``data/quantity_comparison_cues.txt``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

import attrs

from migmodel._lexicon import load_lines, load_rows
from migmodel._pipeline.dates import dates
from migmodel._pipeline.document import Document
from migmodel._pipeline.gazetteer import demonym_code
from migmodel._pipeline.scanning import WordScan, alternation
from migmodel.model import DateMention, Quantity, Span

__all__ = ["quantities"]

_MAX_WORDS = 4
"""How many words after a number are searched for the counted noun."""


def _fold(phrase: str) -> str:
    return " ".join(phrase.split()).casefold()


def _alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    return alternation(words, space=r"\s+", ignore_case=ignore_case)


_NUMBER_ROWS = load_rows("numbers.tsv")
_ABBREVIATION_KINDS = frozenset({"abbreviation", "money-abbreviation"})
_WORD_VALUES = {
    word: int(value) for word, value, kind in _NUMBER_ROWS if kind not in _ABBREVIATION_KINDS
}
_WORD_KINDS = {word: kind for word, _, kind in _NUMBER_ROWS if kind not in _ABBREVIATION_KINDS}
_ABBREVIATIONS = {word: int(value) for word, value, kind in _NUMBER_ROWS if kind == "abbreviation"}
_MONEY_ABBREVIATIONS = {
    word: int(value) for word, value, kind in _NUMBER_ROWS if kind in _ABBREVIATION_KINDS
}
_SCALES = {word: int(value) for word, value, kind in _NUMBER_ROWS if kind == "multiplier"}
_VAGUE = {_fold(phrase): int(value) for phrase, value in load_rows("quantity_vague.tsv")}
_CURRENCY_ROWS = load_rows("quantity_currencies.tsv")
_PREFIX_CURRENCIES = {token: unit for token, unit, where in _CURRENCY_ROWS if where != "suffix"}
_SCALED_CURRENCIES = frozenset(token for token, _, where in _CURRENCY_ROWS if where == "scaled")
_SUFFIX_CODES = {token: unit for token, unit, where in _CURRENCY_ROWS if where == "both"}
_SUFFIX_WORDS = {_fold(token): unit for token, unit, where in _CURRENCY_ROWS if where == "suffix"}
_COUNT_NOUNS = frozenset(word.casefold() for word in load_lines("quantity_count_nouns.txt"))
_STOPWORDS = frozenset(load_lines("quantity_stopwords.txt"))
_IDENTIFIER_WORDS = frozenset(load_lines("quantity_identifier_words.txt"))
_HEDGES = load_lines("quantity_hedges.txt")
_DENOMINATORS = {word: int(value) for word, value in load_rows("quantity_fractions.tsv")}
_NUMERATORS = {
    **{
        word: value
        for word, value in _WORD_VALUES.items()
        if 0 < value < max(_DENOMINATORS.values())
    },
    "a": 1,
    "an": 1,
}
_HALF_BLOCKERS = frozenset(load_lines("quantity_half_blockers.txt"))
_COMPARISON = re.compile(
    rf"(?<!\w)(?i:{_alternation(load_lines('quantity_comparison_cues.txt'), ignore_case=True)})"
    r"\s+$"
)

_NUMBER_WORD = _alternation(_WORD_VALUES, ignore_case=True)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_SCALE = rf"(?i:{_alternation(_SCALES, ignore_case=True)})(?!\w)"
_ABBREVIATION = rf"(?:{_alternation(_ABBREVIATIONS)})(?![A-Za-z])"
_MONEY_ABBREVIATION = rf"(?:{_alternation(_MONEY_ABBREVIATIONS)})(?![A-Za-z])"
_RATIO_TERM = rf"(?:\d{{1,3}}(?:,\d{{3}})?|(?i:{_alternation(_WORD_VALUES, ignore_case=True)}))"

_SYMBOLS = "$€£¥₱₦₹"
"""The characters other than letters and digits a number can start with."""
_NUMBER = re.compile(
    rf"(?<!\w)(?=[\w{_SYMBOLS}])(?:(?P<hedge>(?i:{_alternation(_HEDGES, ignore_case=True)}))\s+)?"
    r"(?:"
    rf"(?<!\w)(?P<vague>(?i:{_alternation(_VAGUE, ignore_case=True)}))(?!\w)"
    rf"|(?<![\w$€£¥])(?P<currency>{_alternation(_PREFIX_CURRENCIES)})\s?"
    rf"(?P<money>{_DIGITS})(?![\d,]\d|\.\d)"
    rf"(?:(?P<money_abbreviation>{_MONEY_ABBREVIATION})|\s+(?P<money_scale>{_SCALE}))?"
    rf"|(?<![\w.,/#:$€£¥₱₦₹+-])(?P<ratio>(?P<part>{_RATIO_TERM})\s+(?i:in|out\s+of)\s+"
    rf"(?P<whole>{_RATIO_TERM}))(?!\w|[.,]\d)(?=\s+[A-Za-z])"
    rf"|(?<![\w.,/#:$€£¥₱₦₹+-])(?P<digits>{_DIGITS})"
    rf"(?:(?P<abbreviation>{_ABBREVIATION})|\s+(?P<scale>{_SCALE})|(?!\w|[.,]\d))"
    rf"|(?<![\w-])(?P<fraction>(?i:{_alternation(_NUMERATORS, ignore_case=True)})[\s-]{{1,3}}"
    rf"(?i:{_alternation(_DENOMINATORS, ignore_case=True)}))(?=\s+(?i:of)\s)"
    r"|(?<![\w-])(?P<half>(?i:half))(?=\s+(?i:of|the)\s)"
    r"|(?<!\w)(?P<article>(?i:one\s+and\s+a\s+half|half\s+an?|an?))\s+"
    r"(?P<article_scale>(?i:dozen|hundred|thousand|million|billion))(?!\w)"
    rf"|(?<![\w-])(?P<words>(?i:{_NUMBER_WORD})(?:(?:\s+and\s+|\s+|-)(?i:{_NUMBER_WORD})){{0,6}})"
    r"(?!\w)"
    r")"
)
"""A number, with its hedge: digits, money, a vague amount, a fraction, or number words."""
_NUMBER_FIRST_WORDS = (
    *_HEDGES,
    *_VAGUE,
    *_PREFIX_CURRENCIES,
    *_WORD_VALUES,
    *_DENOMINATORS,
    *("one", "half", "a", "an"),
)
"""Every phrase a number or its hedge can start with."""
_NUMBER_SCAN = WordScan(_NUMBER, _NUMBER_FIRST_WORDS, symbols=_SYMBOLS, lead_words=("a", "an"))
"""``_NUMBER`` tried only where a number or its hedge can start: a hedge, a vague amount,
a currency or a number word in full; "a" and "an" only before a number word ("a dozen")
or a fraction ("a third")."""

_WORD = re.compile(r"[A-Za-z]+")
_NEXT_WORD = re.compile(r"[ \t\u00a0]{1,3}([A-Za-z][A-Za-z'’-]{0,40})")
_PERCENT = re.compile(r"[ \t\u00a0]?(?:%|(?i:percent|per\s+cent|pct|pc)(?!\w))")
_CURRENCY_AFTER = re.compile(
    rf"[ \t\u00a0]{{1,3}}(?:(?P<code>{_alternation(_SUFFIX_CODES)})"
    rf"|(?P<word>(?i:{_alternation(_SUFFIX_WORDS, ignore_case=True)})))(?!\w)"
)
_COMPOUND = re.compile(r"[-–][A-Za-z0-9]")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s{0,3}$")
_RATIO = re.compile(rf"(?:\d+|(?i:{_NUMBER_WORD}))\s+(?i:in|out\s+of)\s+$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s")
_SHARED_UNIT = re.compile(r"\s+(?i:and|to|or)\s+|\s*[-–]\s*")
_ARTICLE_VALUES = {"a": Decimal(1), "an": Decimal(1), "half a": Decimal("0.5")}


@attrs.frozen
class _Number:
    """A number found in the text, before its unit is known."""

    start: int
    number_start: int
    end: int
    value: Decimal
    approximate: bool
    unit: str | None = None


def _plain(value: Decimal) -> int | float:
    """An int when the value is whole, else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


def _words_value(text: str, start: int, end: int) -> tuple[Decimal, int] | None:
    """The value of the longest well-formed run of number words, and where it ends.

    "twenty-five" 25, "two hundred and fifty" 250, "one million two hundred thousand"
    1200000; "five six" stops after "five"; "and" only follows hundred/thousand/million.
    """
    total = current = 0
    last_kind = ""
    valid_end = -1
    for token in _WORD.finditer(text, start, end):
        word = token.group().casefold()
        if word == "and":
            if last_kind != "multiplier":
                break
            last_kind = "and"
            continue
        kind, value = _WORD_KINDS[word], _WORD_VALUES[word]
        if kind in {"small", "ten"}:
            if last_kind == "small" or (last_kind == "ten" and (kind == "ten" or value >= 10)):
                break
            current += value
        elif kind == "dozen" or value == 100:
            current = max(current, 1) * value
        else:
            total += max(current, 1) * value
            current = 0
        last_kind = kind
        valid_end = token.end()
    if valid_end < 0:
        return None
    return Decimal(total + current), valid_end


def _fraction_percent(match: re.Match[str]) -> tuple[Decimal, int, int] | None:
    """A fraction as a percentage: "half" 50, "a third" 33.3, "two-thirds" 66.7.

    A bare "half" after a word that makes it a part ("the first half of") is none, and
    neither is a fraction whose numerator is not below its denominator ("five thirds").
    """
    if match.group("half") is not None:
        start = match.start("half")
        if match.group("hedge") is None and _word_before(match.string, start) in _HALF_BLOCKERS:
            return None
        return Decimal(50), start, match.end("half")
    numerator, denominator = _WORD.findall(match.group("fraction"))
    over, under = _NUMERATORS[numerator.casefold()], _DENOMINATORS[denominator.casefold()]
    if over >= under:
        return None
    return Decimal(100) * over / under, match.start("fraction"), match.end("fraction")


def _ratio_term(term: str) -> Decimal:
    folded = term.casefold()
    return Decimal(_WORD_VALUES[folded] if folded in _WORD_VALUES else term.replace(",", ""))


def _ratio_percent(match: re.Match[str]) -> tuple[Decimal, int, int] | None:
    """A proportion as a percentage: "1 in 5" 20, "three out of ten" 30; none when the
    part is not below the whole ("5 in 3")."""
    part, whole = _ratio_term(match.group("part")), _ratio_term(match.group("whole"))
    if not 0 < part < whole:
        return None
    return Decimal(100) * part / whole, match.start("ratio"), match.end("ratio")


def _number_value(match: re.Match[str]) -> tuple[Decimal, int, int] | None:
    """The value of a number match, with where the number starts and ends."""
    if match.group("vague") is not None:
        return Decimal(_VAGUE[_fold(match.group("vague"))]), match.start("vague"), match.end()
    if match.group("money") is not None:
        value = Decimal(match.group("money").replace(",", ""))
        abbreviation, scale = match.group("money_abbreviation"), match.group("money_scale")
        if abbreviation is not None:
            value *= _MONEY_ABBREVIATIONS[abbreviation]
        elif scale is not None:
            value *= _SCALES[scale.casefold()]
        elif match.group("currency") in _SCALED_CURRENCIES:
            return None
        return value, match.start("currency"), match.end()
    if match.group("ratio") is not None:
        return _ratio_percent(match)
    if match.group("digits") is not None:
        value = Decimal(match.group("digits").replace(",", ""))
        abbreviation, scale = match.group("abbreviation"), match.group("scale")
        if abbreviation is not None:
            value *= _ABBREVIATIONS[abbreviation]
        elif scale is not None:
            value *= _SCALES[scale.casefold()]
        return value, match.start("digits"), match.end()
    if match.group("fraction") is not None or match.group("half") is not None:
        return _fraction_percent(match)
    if match.group("article") is not None:
        article = _fold(match.group("article"))
        base = _ARTICLE_VALUES.get(article, Decimal("1.5"))
        return (
            base * _WORD_VALUES[match.group("article_scale").casefold()],
            match.start("article"),
            match.end(),
        )
    words = _words_value(match.string, match.start("words"), match.end("words"))
    if words is None:
        return None
    return words[0], match.start("words"), words[1]


def _looks_plural(word: str) -> bool:
    folded = word.casefold()
    return (
        len(folded) >= 3
        and folded.endswith("s")
        and not folded.endswith(("ss", "us", "is", "'s", "’s"))
        and folded not in _STOPWORDS
    )


def _is_head(word: str) -> bool:
    """Whether ``word`` can be the counted noun: a known count noun, a plural, or a
    people's name in the plural ("Bangladeshis", "Filipinos", "Sudanese": the names in
    -ese are the same in the plural)."""
    return (
        word.casefold() in _COUNT_NOUNS
        or _looks_plural(word)
        or (word.endswith(("s", "ese")) and demonym_code(word) is not None)
    )


def _compound_head(text: str, word: str, position: int, end: int) -> tuple[str, int]:
    """A count noun that is not plural in form may modify the real head: "police officers"."""
    if _looks_plural(word):
        return word, position
    following = _NEXT_WORD.match(text, position, end)
    if following is not None and _looks_plural(following.group(1)):
        return following.group(1), following.end()
    return word, position


def _unit_after(text: str, position: int, end: int, *, single: bool) -> tuple[str, int] | None:
    """The unit right after a number, and where it ends.

    A percent sign or word gives "percent"; a currency code or word gives its code (or
    the word, when several currencies share it); otherwise the counted noun is the first
    known count noun or plural among the next few words, adjectives kept out of it
    ("27 specific objectives" counts "objectives"), the search ending at a function word
    or punctuation. A count of one takes its first word ("one year").
    """
    percent = _PERCENT.match(text, position, end)
    if percent is not None:
        return "percent", percent.end()
    currency = _CURRENCY_AFTER.match(text, position, end)
    if currency is not None:
        code = currency.group("code")
        unit = (
            _SUFFIX_CODES[code]
            if code is not None
            else _SUFFIX_WORDS[_fold(currency.group("word"))]
        )
        return unit, currency.end()
    first: tuple[str, int] | None = None
    for _ in range(_MAX_WORDS):
        following = _NEXT_WORD.match(text, position, end)
        if following is None or following.group(1).casefold() in _STOPWORDS:
            break
        word = following.group(1)
        if word.endswith(("'", "’")):  # a possessive ends the phrase: "two countries' leaders"
            return (word[:-1], following.end() - 1) if _is_head(word[:-1]) else None
        if _is_head(word):
            return _compound_head(text, word, following.end(), end)
        if first is None and not word[0].isupper():
            first = (word, following.end())
        position = following.end()
    return first if single else None


def _word_before(text: str, position: int) -> str:
    """The word right before ``position``, in lower case ("" if none)."""
    before = _WORD_BEFORE.search(text, max(0, position - 24), position)
    return before.group(1).casefold() if before is not None else ""


def _overlaps(spans: list[Span], starts: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_right(starts, start) - 1
    if index >= 0 and spans[index].end > start:
        return True
    return index + 1 < len(spans) and spans[index + 1].start < end


def _excluded(text: str, floor: int, start: int, end: int) -> bool:
    """An identifier ("No. 2015"), a compound ("three-year"), a time, or the whole of a
    ratio ("five" in "two in five")."""
    before = _WORD_BEFORE.search(text, max(floor, start - 24), start)
    if before is not None and before.group(1).casefold() in _IDENTIFIER_WORDS:
        return True
    if _COMPOUND.match(text, end) or text.startswith((":", "/"), end):
        return True
    return _RATIO.search(text, max(floor, start - 24), start) is not None


def _numbers(
    text: str, start: int, end: int, spans: list[Span], starts: list[int]
) -> list[_Number]:
    found: list[_Number] = []
    for match in _NUMBER_SCAN.finditer(text, start, end):
        parsed = _number_value(match)
        if parsed is None:
            continue
        value, number_start, number_end = parsed
        if _overlaps(spans, starts, number_start, number_end):
            continue
        if _excluded(text, start, number_start, number_end):
            continue
        hedge = match.group("hedge")
        first = match.start() if hedge is not None else number_start
        currency = match.group("currency")
        unit = _PREFIX_CURRENCIES[currency] if currency is not None else None
        if any(match.group(name) is not None for name in ("fraction", "half", "ratio")):
            unit = "percent"
        last = number_end
        if unit is None:
            after = _unit_after(text, number_end, end, single=value == 1)
            if after is not None:
                unit, last = after
        found.append(
            _Number(
                start=first,
                number_start=number_start,
                end=last,
                value=value,
                approximate=hedge is not None or match.group("vague") is not None,
                unit=unit,
            )
        )
    return found


def _share_units(text: str, found: list[_Number]) -> list[_Number]:
    """ "between 5,000 and 12,000 dollars": a number without unit takes the next one's."""
    shared = list(found)
    for index in range(len(shared) - 2, -1, -1):
        current, following = shared[index], shared[index + 1]
        if (
            current.unit is None
            and following.unit is not None
            and _SHARED_UNIT.fullmatch(text, current.end, following.start)
        ):
            shared[index] = attrs.evolve(current, unit=following.unit)
    return shared


def _compared_units(text: str, found: list[_Number]) -> list[_Number]:
    """ "6,000 visas, compared with 9,500 a year earlier": a number without unit after a
    comparison cue takes the unit of the last number before it in its sentence."""
    compared = list(found)
    for index, current in enumerate(compared):
        cue = _COMPARISON.search(text, max(0, current.start - 24), current.start)
        if current.unit is not None or cue is None:
            continue
        earlier = next(
            (number for number in reversed(compared[:index]) if number.unit is not None), None
        )
        if earlier is not None and not _SENTENCE_END.search(text, earlier.end, cue.start()):
            compared[index] = attrs.evolve(current, unit=earlier.unit)
    return compared


def quantities(
    document: Document, *, found_dates: Sequence[DateMention] | None = None
) -> tuple[Quantity, ...]:
    """Every counted number of the title and body paragraphs, in text order.

    A number is digits ("3,500", "1.2 million", "$3m", "$362M"), number words ("twenty-five",
    "two hundred and fifty", "a dozen", "half a million") or a vague amount ("thousands
    of", "dozens of", "several hundred": the least it can mean, approximate). A hedge
    before it ("some", "about", "more than", "at least", "up to") is kept in the text
    and makes it approximate. Its unit is "percent" ("40 percent", "40%", "40 per
    cent"), a currency ("$3 million" and "10 million dollars" USD, "€10 million" and
    "EUR 10 million" EUR, "12 million euros" EUR), or the counted noun ("27 specific
    objectives" counts "objectives", as written). "between 5,000 and 12,000 dollars"
    gives both numbers the unit. A number with no unit is dropped, as are years and
    other dates ("2011", "27 April"), ordinals ("27th"), identifiers ("Law No. 2015-36",
    "Article 16"), compounds ("a three-year programme") and times. A proportion ("1 in 5
    employers", "three out of ten") is a percentage.

    >>> from migmodel.model import Paragraph, Span
    >>> from migmodel._pipeline.document import Layout
    >>> text = "Since 2019 the fund has helped some 3,500 returnees across four regions."
    >>> layout = Layout(
    ...     text=text,
    ...     paragraphs=(Paragraph(index=0, span=Span(start=0, end=len(text)), text=text),),
    ... )
    >>> [(q.value, q.unit, q.approximate) for q in quantities(Document(text=text, layout=layout))]
    [(3500, 'returnees', True), (4, 'regions', False)]

    ``found_dates`` are the document's date mentions when the caller already has them
    (the dates stage's output); they are found afresh when not given.
    """
    text = document.text
    if found_dates is None:
        found_dates = dates(document)
    spans = sorted(
        (mention.span for mention in found_dates), key=lambda span: (span.start, span.end)
    )
    starts = [span.start for span in spans]
    layout = document.layout
    scopes = [paragraph.span for paragraph in layout.paragraphs]
    if layout.title is not None:
        scopes.insert(0, layout.title)
    result: list[Quantity] = []
    for scope in scopes:
        start, end = max(0, scope.start), min(len(text), scope.end)
        found = _share_units(text, _numbers(text, start, end, spans, starts))
        for number in _compared_units(text, found):
            if number.unit is None:
                continue
            result.append(
                Quantity(
                    value=_plain(number.value),
                    approximate=number.approximate,
                    unit=number.unit,
                    text=text[number.start : number.end],
                    span=Span(start=number.start, end=number.end),
                )
            )
    result.sort(key=lambda quantity: (quantity.span.start, quantity.span.end))
    return tuple(result)
