"""The dates stage: every date expression of the title and body, resolved to an interval.

Absolute expressions need nothing but the text; relative ones ("on Tuesday", "last
year", "less than a year ago") are resolved against ``Document.reference_date`` and
marked ``inferred``; without a reference they are still reported, with value None.
Every value is an honest interval (``FuzzyDate``): a day, a month, a year, or a looser
``APPROXIMATE`` span.

The words are data (``data/dates_*.tsv``, ``data/dates_*.txt``, ``data/numbers.tsv``):
month and weekday names, parts of a period ("mid", "the end of", "spring", "Q1"), the
modifiers kept in a mention ("since", "as early as"), fixed relative phrases, named eras,
hedges of "N years ago", and the cues that point a bare weekday to the future.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator

import attrs
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from migmodel._lexicon import load_lines, load_rows
from migmodel._pipeline.document import Document
from migmodel._pipeline.scanning import WordScan, alternation
from migmodel.model import DateMention, FuzzyDate, Precision, Span

__all__ = ["dates", "find_dates", "parse_date_text"]

_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
_AHEAD_WEIGHT = 2
"""A year-less date is put after the reference only when that is this many times closer."""
_LOOK_BACK = 80
"""How far before a date the future cues are looked for."""


# --- lexicons -------------------------------------------------------------------------


def _fold(phrase: str) -> str:
    return " ".join(phrase.replace("-", " ").split()).casefold()


def _alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    return alternation(words, space=r"\s+", ignore_case=ignore_case)


def _cased(words: Iterable[str]) -> list[str]:
    """Each name as written (Title case) and in UPPER case."""
    return [form for word in words for form in (word, word.upper())]


_MONTHS = {name.casefold(): int(number) for name, number, _ in load_rows("dates_months.tsv")}
_MONTH_FULL = [name for name, _, kind in load_rows("dates_months.tsv") if kind == "full"]
_MONTH_ABBR = [name for name, _, kind in load_rows("dates_months.tsv") if kind == "abbr"]
_DAYS = {name.casefold(): int(number) for name, number, _ in load_rows("dates_weekdays.tsv")}
_DAY_FULL = [name for name, _, kind in load_rows("dates_weekdays.tsv") if kind == "full"]
_DAY_ABBR = [name for name, _, kind in load_rows("dates_weekdays.tsv") if kind == "abbr"]


def _range(cell: str) -> tuple[int, int] | None:
    if cell == "-":
        return None
    first, last = cell.split("-")
    return int(first), int(last)


@attrs.frozen
class _Part:
    """What part of a year, a month and a decade a phrase like "mid" or "spring" denotes."""

    months: tuple[int, int] | None
    days: tuple[int, int] | None
    years: tuple[int, int] | None


_PARTS = {
    _fold(phrase): _Part(months=_range(months), days=_range(days), years=_range(years))
    for phrase, months, days, years in load_rows("dates_parts.tsv")
}
_MODIFIERS = {_fold(phrase): kind for phrase, kind in load_rows("dates_modifiers.tsv")}
_RELATIVE = {
    _fold(phrase): (kind, int(amount)) for phrase, kind, amount in load_rows("dates_relative.tsv")
}
_ERAS = {
    _fold(phrase): (int(first), int(last)) for phrase, first, last in load_rows("dates_eras.tsv")
}
_HEDGES = {_fold(phrase): kind for phrase, kind in load_rows("dates_ago_hedges.tsv")}
_NUMBERS = {
    word: int(value) for word, value, kind in load_rows("numbers.tsv") if kind in {"small", "ten"}
}
_YEAR_PREPOSITIONS = frozenset(load_lines("dates_year_prepositions.txt"))
_COUNT_NOUNS = frozenset(word.casefold() for word in load_lines("quantity_count_nouns.txt"))
_IDENTIFIER_WORDS = frozenset(load_lines("quantity_identifier_words.txt"))
_CURRENCY_WORDS = frozenset(row[0].casefold() for row in load_rows("quantity_currencies.tsv"))
_MAY_PREPOSITIONS = _YEAR_PREPOSITIONS | {"of", "to", "and"}
_VAGUE_COUNTS = frozenset({"a few", "few", "several", "many", "some", "a number of"})


# --- patterns -------------------------------------------------------------------------

_MON = (
    rf"(?<![A-Za-z])(?:{_alternation(_cased(_MONTH_FULL))}"
    rf"|(?:{_alternation(_cased(_MONTH_ABBR))})\.?)(?![A-Za-z])"
)
_MON_FULL = rf"(?<![A-Za-z])(?:{_alternation(_cased(_MONTH_FULL))})(?![A-Za-z])"
_WD = (
    rf"(?<![A-Za-z])(?:{_alternation(_cased(_DAY_FULL))}"
    rf"|(?:{_alternation(_cased(_DAY_ABBR))})\.?)(?![A-Za-z])"
)
_WD_FULL = rf"(?<![A-Za-z])(?:{_alternation(_cased(_DAY_FULL))})(?![A-Za-z])"
_D = r"(?<![\w.,])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)"
_Y = r"(?:1[5-9]|20|21)\d\d(?!\w)"
_YEAR = r"(?<![\w$€£¥#/.,:-])(?:19\d\d|20\d\d|2100)(?!\w|[.,:]\d|%)"
_NUMBER_WORD = _alternation(_NUMBERS, ignore_case=True)
_COUNT = (
    rf"\d{{1,3}}|(?:{_NUMBER_WORD})(?:[\s-](?:{_NUMBER_WORD}))?"
    rf"|an?\s+couple\s+of|a\s+few|few|several|many|some|an?"
)
_UNIT = r"day|week|month|year|decade"
_PART = _alternation(_PARTS, ignore_case=True)
_JOIN = r"(?:\s*-\s*|\s+)(?:of\s+)?"
_YEAR_RELATION = r"\s+(?:of\s+)?(?P<yrel>(?i:last|this|next))\s+(?i:year)(?!\w)"
"""A relative year after a month or day: "May last year", "June of next year"."""
_YEAR_AFTER = rf"(?:,?\s+(?P<y>{_Y})|{_YEAR_RELATION})"
"""A year after a month or day: written out ("May 2024") or relative ("May last year")."""
_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}

_PATTERNS = {
    "era": rf"(?<!\w)(?i:{_alternation(_ERAS, ignore_case=True)})(?!\w)",
    "ago": (
        rf"(?<!\w)(?i:(?:(?P<hedge>{_alternation(_HEDGES, ignore_case=True)})\s+)?"
        rf"(?P<count>{_COUNT})\s+(?P<unit>{_UNIT})s?\s+ago)(?!\w)"
    ),
    "relative": rf"(?<!\w)(?i:{_alternation(_RELATIVE, ignore_case=True)})(?!\w)",
    "span": (
        r"(?<!\w)(?i:(?:the\s+)?(?P<direction>past|last|previous|next|coming|following)"
        rf"\s+(?:(?P<count>{_COUNT})\s+)?(?P<unit>{_UNIT})s?)(?!\w)"
    ),
    "range_month_days": (
        rf"(?P<mon>{_MON})\s+(?P<d1>{_D})\s*[-–—]\s*(?P<d2>{_D})(?:,?\s+(?P<y>{_Y}))?"
    ),
    "month_day": rf"(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MON})\s+(?P<d>{_D}){_YEAR_AFTER}?",
    "month_year": rf"(?P<mon>{_MON})(?:,?\s+|\s+of\s+)(?P<y>{_Y})",
    "range_days_month": (
        rf"(?P<d1>{_D})\s*[-–—]\s*(?P<d2>{_D})\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<y>{_Y}))?"
    ),
    "day_month": (rf"(?:(?P<wd>{_WD}),?\s+)?(?P<d>{_D})(?:\s+of)?\s+(?P<mon>{_MON}){_YEAR_AFTER}?"),
    "iso": (
        r"(?<![\w.,/-])(?P<y>(?:1[5-9]|20|21)\d\d)[-/.](?P<m>0?[1-9]|1[0-2])[-/.]"
        r"(?P<d>3[01]|[12]\d|0?[1-9])(?!(?!T\d)\w|[-/.]\d)"
    ),
    "numeric": (
        r"(?<![\w.,/-])(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>(?:1[5-9]|20|21)\d\d)"
        r"(?![\w]|[-/.]\d)"
    ),
    "year_range": (
        r"(?<![\w$€£¥#/.,:-])(?P<y1>(?:19|20)\d\d)\s*[-–—/]\s*(?P<y2>(?:19|20)\d\d|\d\d)"
        r"(?!\w|[-/.,:]\d|%)"
    ),
    "decade": (
        r"(?:(?i:the)\s+)?(?:(?P<part>(?i:early|mid|late))(?:\s*-\s*|\s+))?"
        r"(?<![\w$€£#/.,:])(?P<decade>(?:1[5-9]|20)\d0)s(?!\w)"
    ),
    "part_month": (
        rf"(?:(?i:the)\s+)?(?P<part>(?i:{_PART})){_JOIN}(?P<mon>{_MON})"
        rf"(?:,?\s+(?P<y>{_Y}))?(?!\s*\d)"
    ),
    "part_year": rf"(?:(?i:the)\s+)?(?P<part>(?i:{_PART})){_JOIN}(?P<y>{_Y})",
    "part_relative": (
        rf"(?:(?i:the)\s+)?(?P<part>(?i:{_PART})){_JOIN}"
        r"(?P<rel>(?i:the|this|last|next))\s+(?P<unit>(?i:year|month))(?!\w)"
    ),
    "season": (
        r"(?:(?<=(?i:in)\s)(?i:the)|(?P<rel>(?i:this|last|next)))\s+"
        r"(?P<season>spring|summer|autumn|fall|winter)(?!\w|\s*-?\s*(?:of\b|\d))"
    ),
    "ordinal_day": (
        r"(?<=(?i:on)\s)(?i:the)\s+(?P<d>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))"
        r"(?=\s*(?:[.,;:!?)]|[-–—]\s|$)|\s+(?:and|or|but|when|at|in|with)\s)"
    ),
    "weekday": (
        r"(?:(?P<rel>(?i:this\s+past|this\s+coming|last|this|next|past|coming))\s+)?"
        rf"(?P<wd>{_WD_FULL})"
    ),
    "month": (
        r"(?:(?P<rel>(?i:last|this|next))\s+)?"
        rf"(?P<mon>{_MON_FULL})(?!\s*\d)(?:{_YEAR_RELATION})?"
    ),
    "year": rf"(?P<y>{_YEAR})",
}
"""One linear-time pattern per kind of expression, tried in this order at each position."""

_MODIFIER = rf"(?<!\w)(?P<mod>(?i:{_alternation(_MODIFIERS, ignore_case=True)}))\s+"
_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_COMBINED = re.compile(
    rf"(?<!\w)(?=\w)(?:{_MODIFIER})?(?:"
    + "|".join(f"(?P<{name}>{_GROUP_NAME.sub('(?:', body)})" for name, body in _PATTERNS.items())
    + ")"
)
_COMPILED = {name: re.compile(body) for name, body in _PATTERNS.items()}

_FIRST_WORDS = (
    *_MODIFIERS,
    *_ERAS,
    *_HEDGES,
    *_NUMBERS,
    *_RELATIVE,
    *_PARTS,
    *_MONTHS,
    *_DAYS,
    *("a", "an", "few", "several", "many", "some", "the", "this", "early", "mid", "late"),
    *("past", "last", "previous", "next", "coming", "following"),
)
"""Every phrase an expression of ``_COMBINED`` (its modifier included) can start with.

Each of those phrases is followed in its pattern by a non-letter (a space, a hyphen, a
full stop, a word boundary), so a word of ASCII letters alone can start a match only
where one of these stands, whatever its case: ``_SCAN`` tries the pattern only there.
"""
_SCAN = WordScan(_COMBINED, _FIRST_WORDS, lead_words=("the",))
"""``the`` starts an expression only before a word that can start one (``the 1990s``,
``the past year``, ``the early 2000s``) or that follows it in an era or a relative
phrase (``the turn of the century``, ``the day before yesterday``)."""

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s{0,3}$")
_AFTER_YEAR = re.compile(
    r"[ \t]*(?P<percent>%|(?i:per\s?cent)\b)"
    r"|\s{1,3}(?P<first>[A-Za-z][A-Za-z'-]{0,40})(?:\s{1,3}(?P<second>[A-Za-z][A-Za-z'-]{0,40}))?"
)
_FUTURE = re.compile(
    rf"(?<![\w'’])(?i:{_alternation(load_lines('dates_future_cues.txt'), ignore_case=True)})(?!\w)"
)
_PAST_VERB = re.compile(
    rf"(?<![\w'’])(?:[a-z]{{2,20}}[a-df-z]ed|{_alternation(load_lines('dates_past_verbs.txt'))})(?!\w)"
)
_LAST_VERB = re.compile(
    rf"(?:(?<![\w'’])(?i:{_alternation(load_lines('dates_last_verb_cues.txt'), ignore_case=True)})"
    r"|n['’]t)\s+$"
)
"""What before "last" makes it the verb: "will last 90 days", "won't last"."""
_SENTENCE_END = re.compile(r"[.!?]\s")
_RANGE_JOIN = re.compile(r"\s*(?:(?P<word>(?i:to|until|till|through|and))\s+|[-–—]\s*)")
_RANGE_OPEN = re.compile(r"(?<!\w)(?P<open>(?i:from|between))\s+$")
_LABEL = re.compile(
    r"(?:[A-Za-z][A-Za-z ]{0,24}:|(?i:published|updated|posted|last\s+updated|modified)"
    r"(?:\s+on)?)\s*"
)
_TIME = re.compile(
    r"(?:\s*[-|,•·–—@]\s*|\s+(?:at\s+)?|T)?\d{1,2}[:h.]\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:\s?[AaPp]\.?\s?[Mm]\.?)?"
    r"(?:\s*\(?(?:Z|[A-Z]{2,5})?(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?\)?)?"
)


# --- found dates ----------------------------------------------------------------------


@attrs.frozen
class _Context:
    """What a rule may look at besides its match: the text, the reference, the scope."""

    text: str
    reference: dt.date | None
    floor: int


@attrs.frozen
class _Found:
    """A date expression at ``start:end``; ``yearless`` keeps (month, day) of a date
    whose year came from the reference, so a range can give it its partner's year."""

    start: int
    end: int
    value: FuzzyDate | None
    yearless: tuple[int, int | None] | None = None


_Resolve = Callable[[re.Match[str], _Context], "_Found | None"]


def _approximate(earliest: dt.date, latest: dt.date, *, inferred: bool = False) -> FuzzyDate:
    return FuzzyDate(
        earliest=earliest, latest=latest, precision=Precision.APPROXIMATE, inferred=inferred
    )


def _month_last(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _word_before(context: _Context, position: int) -> str:
    match = _WORD_BEFORE.search(context.text, max(context.floor, position - 24), position)
    return match.group(1).casefold() if match else ""


def _future_cue(context: _Context, position: int) -> bool:
    """Whether a future cue ("will", "scheduled") precedes ``position`` in its sentence."""
    start = max(context.floor, position - _LOOK_BACK)
    window = context.text[start:position]
    ends = [match.end() for match in _SENTENCE_END.finditer(window)]
    if ends:
        window = window[ends[-1] :]
    cues = list(_FUTURE.finditer(window))
    if not cues:
        return False
    # "will grant visas under an agreement signed on Thursday": a past verb after the cue
    # puts the date in the past again.
    return _PAST_VERB.search(window, cues[-1].end()) is None


def _count(words: str) -> int | None:
    """The number a count word gives: "two" 2, "twenty-five" 25, "a" 1; vague words None."""
    folded = _fold(words)
    if folded.isdigit():
        return int(folded)
    if folded in {"a", "an"}:
        return 1
    if folded.endswith("couple of"):
        return 2
    if folded in _VAGUE_COUNTS:
        return None
    return sum(_NUMBERS.get(part, 0) for part in folded.split()) or None


def _unit_delta(unit: str, count: int) -> relativedelta:
    unit = unit.casefold()
    if unit == "day":
        return relativedelta(days=count)
    if unit == "week":
        return relativedelta(weeks=count)
    if unit == "month":
        return relativedelta(months=count)
    if unit == "year":
        return relativedelta(years=count)
    return relativedelta(years=10 * count)


_HALF_UNIT = {
    "day": relativedelta(days=1),
    "week": relativedelta(days=3),
    "month": relativedelta(days=15),
    "year": relativedelta(months=6),
    "decade": relativedelta(years=2),
}


# --- year-less dates ------------------------------------------------------------------


def _in_year(year: int, month: int, day: int | None) -> FuzzyDate | None:
    try:
        if day is None:
            return FuzzyDate.month(year, month, inferred=True)
        return FuzzyDate.day(year, month, day, inferred=True)
    except ValueError:
        return None


def _resolve_yearless(
    month: int, day: int | None, context: _Context, position: int, *, weekday: int | None = None
) -> FuzzyDate | None:
    """A month or a day without a year, placed in the year the reference suggests.

    The most recent occurrence on or before the reference (the month that contains it
    counts), unless a future cue precedes it in its sentence or the next occurrence is
    more than twice as close ("in September" in mid-July is this September, "on October
    1" in late April last October); a weekday given with the date picks the year it fits.
    """
    reference = context.reference
    if reference is None:
        return None
    candidates = [
        found
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if (found := _in_year(year, month, day)) is not None
    ]
    if weekday is not None:
        fitting = [found for found in candidates if found.earliest.weekday() == weekday]
        if fitting:
            return min(fitting, key=lambda found: abs((found.earliest - reference).days))
    past = [found for found in candidates if found.earliest <= reference]
    future = [found for found in candidates if found.latest >= reference]
    if not future:
        return past[-1] if past else None
    if not past or _future_cue(context, position):
        return future[0]
    behind = max(0, (reference - past[-1].latest).days)
    ahead = max(0, (future[0].earliest - reference).days)
    return future[0] if _AHEAD_WEIGHT * ahead < behind else past[-1]


def _with_year(found: _Found, partner: FuzzyDate) -> FuzzyDate | None:
    """Re-date a year-less ``found`` in the year of the range's explicit ``partner``."""
    if found.yearless is None:
        return found.value
    month, day = found.yearless
    for year in (partner.latest.year, partner.latest.year - 1):
        value = _in_year(year, month, day)
        if value is not None and value.earliest <= partner.latest:
            return attrs.evolve(value, inferred=False)
    return None


# --- rules ----------------------------------------------------------------------------


def _resolve_era(match: re.Match[str], context: _Context) -> _Found | None:
    first, last = _ERAS[_fold(match.group())]
    value = FuzzyDate.between(FuzzyDate.year(first), FuzzyDate.year(last))
    return _Found(start=match.start(), end=match.end(), value=value)


def _resolve_ago(match: re.Match[str], context: _Context) -> _Found | None:
    found = _Found(start=match.start(), end=match.end(), value=None)
    count = _count(match.group("count"))
    hedge = _HEDGES.get(_fold(match.group("hedge") or ""), "")
    reference = context.reference
    if reference is None or count is None or hedge == "more":
        return found
    unit = match.group("unit").casefold()
    point = reference - _unit_delta(unit, count)
    if hedge == "less":
        value = _approximate(point, reference, inferred=True)
    elif hedge == "about":
        half = _HALF_UNIT[unit]
        value = _approximate(point - half, min(point + half, reference), inferred=True)
    elif unit == "day":
        value = FuzzyDate.of(point, inferred=True)
    elif unit == "week":
        value = _approximate(point - _HALF_UNIT["week"], point + _HALF_UNIT["week"], inferred=True)
    elif unit == "month":
        value = FuzzyDate.month(point.year, point.month, inferred=True)
    elif unit == "year":
        value = FuzzyDate.year(point.year, inferred=True)
    else:
        value = _approximate(
            dt.date(point.year - 1, 1, 1), dt.date(point.year + 1, 12, 31), inferred=True
        )
    return attrs.evolve(found, value=value)


def _resolve_relative(match: re.Match[str], context: _Context) -> _Found | None:
    found = _Found(start=match.start(), end=match.end(), value=None)
    kind, amount = _RELATIVE[_fold(match.group())]
    reference = context.reference
    if reference is None or kind == "vague":
        return found
    monday = reference - dt.timedelta(days=reference.weekday())
    month_start = reference.replace(day=1)
    month_end = _month_last(reference.year, reference.month)
    year_start = dt.date(reference.year, 1, 1)
    year_end = dt.date(reference.year, 12, 31)
    value: FuzzyDate
    if kind == "day":
        value = FuzzyDate.of(reference + dt.timedelta(days=amount), inferred=True)
    elif kind == "week":
        start = monday + dt.timedelta(weeks=amount)
        value = _approximate(start, start + dt.timedelta(days=6), inferred=True)
    elif kind == "month":
        shifted = reference + relativedelta(months=amount)
        value = FuzzyDate.month(shifted.year, shifted.month, inferred=True)
    elif kind == "year":
        value = FuzzyDate.year(reference.year + amount, inferred=True)
    else:
        start, end = {
            "week_to_date": (monday, reference),
            "week_rest": (reference, monday + dt.timedelta(days=6)),
            "month_to_date": (month_start, reference),
            "month_rest": (reference, month_end),
            "year_to_date": (year_start, reference),
            "year_rest": (reference, year_end),
        }[kind]
        value = _approximate(start, end, inferred=True)
    return attrs.evolve(found, value=value)


def _resolve_span(match: re.Match[str], context: _Context) -> _Found | None:
    found = _Found(start=match.start(), end=match.end(), value=None)
    direction = match.group("direction").casefold()
    if match.group().casefold().startswith("last") and _LAST_VERB.search(
        context.text, max(context.floor, match.start() - 24), match.start()
    ):
        return None  # "the process will last 90 days": a duration, not a date
    words = match.group("count")
    count = 1 if words is None else _count(words)
    reference = context.reference
    if reference is None or count is None or direction in {"previous", "following"}:
        return found
    delta = _unit_delta(match.group("unit"), count)
    if direction in {"past", "last"}:
        value = _approximate(reference - delta, reference, inferred=True)
    else:
        value = _approximate(reference, reference + delta, inferred=True)
    return attrs.evolve(found, value=value)


def _relative_year(match: re.Match[str], context: _Context) -> int | None:
    """The year of "last year", "this year", "next year" after a month or day, if any."""
    relation = match.groupdict().get("yrel")
    if relation is None or context.reference is None:
        return None
    return context.reference.year + _YEAR_OFFSETS[relation.casefold()]


def _day_found(
    match: re.Match[str], context: _Context, month: int, day: int, year: str | None
) -> _Found | None:
    weekday = match.groupdict().get("wd")
    if match.groupdict().get("yrel") is not None:
        relative = _relative_year(match, context)
        value = _in_year(relative, month, day) if relative is not None else None
        return _Found(start=match.start(), end=match.end(), value=value)
    if year is not None:
        exact = FuzzyDate.day(int(year), month, day)
        return _Found(start=match.start(), end=match.end(), value=exact)
    if _in_year(2000, month, day) is None:  # no such day in any year (2000 is a leap year)
        return None
    weekday_number = _DAYS[weekday.rstrip(".").casefold()] if weekday else None
    value = _resolve_yearless(month, day, context, match.start(), weekday=weekday_number)
    return _Found(start=match.start(), end=match.end(), value=value, yearless=(month, day))


def _resolve_month_day(match: re.Match[str], context: _Context) -> _Found | None:
    month = _MONTHS[match.group("mon").rstrip(".").casefold()]
    day = int(match.group("d").rstrip("stndrh"))
    return _day_found(match, context, month, day, match.group("y"))


def _resolve_day_range(match: re.Match[str], context: _Context) -> _Found | None:
    month = _MONTHS[match.group("mon").rstrip(".").casefold()]
    first = int(match.group("d1").rstrip("stndrh"))
    last = int(match.group("d2").rstrip("stndrh"))
    if last <= first:
        return None
    year = match.group("y")
    if year is not None:
        value = _approximate(dt.date(int(year), month, first), dt.date(int(year), month, last))
        return _Found(start=match.start(), end=match.end(), value=value)
    start = _resolve_yearless(month, first, context, match.start())
    if start is None:
        return _Found(start=match.start(), end=match.end(), value=None)
    end = start.earliest.replace(day=last)
    return _Found(
        start=match.start(), end=match.end(), value=_approximate(start.earliest, end, inferred=True)
    )


def _resolve_month_year(match: re.Match[str], context: _Context) -> _Found | None:
    month = _MONTHS[match.group("mon").rstrip(".").casefold()]
    value = FuzzyDate.month(int(match.group("y")), month)
    return _Found(start=match.start(), end=match.end(), value=value)


def _resolve_iso(match: re.Match[str], context: _Context) -> _Found | None:
    year, month, day = (int(match.group(name)) for name in ("y", "m", "d"))
    value = FuzzyDate.day(year, month, day)
    return _Found(start=match.start(), end=match.end(), value=value)


def _resolve_numeric(match: re.Match[str], context: _Context) -> _Found | None:
    """Day first ("03.06.2024" is 3 June), month first only when day first is impossible."""
    first, second, year = (int(match.group(name)) for name in ("a", "b", "y"))
    day, month = (second, first) if second > 12 >= first else (first, second)
    value = FuzzyDate.day(year, month, day)
    return _Found(start=match.start(), end=match.end(), value=value)


def _is_identifier(context: _Context, position: int) -> bool:
    return _word_before(context, position) in _IDENTIFIER_WORDS


def _resolve_year_range(match: re.Match[str], context: _Context) -> _Found | None:
    if _is_identifier(context, match.start()):
        return None
    first = int(match.group("y1"))
    second_text = match.group("y2")
    second = int(second_text)
    if len(second_text) == 2:
        second += first - first % 100
        if not 0 < second - first <= 10:
            return None
    if second <= first:
        return None
    value = FuzzyDate.between(FuzzyDate.year(first), FuzzyDate.year(second))
    return _Found(start=match.start(), end=match.end(), value=value)


def _resolve_decade(match: re.Match[str], context: _Context) -> _Found | None:
    decade = int(match.group("decade"))
    first, last = 0, 9
    if match.group("part"):
        years = _PARTS[_fold(match.group("part"))].years
        if years is not None:
            first, last = years
    value = _approximate(dt.date(decade + first, 1, 1), dt.date(decade + last, 12, 31))
    return _Found(start=match.start(), end=match.end(), value=value)


def _resolve_part_month(match: re.Match[str], context: _Context) -> _Found | None:
    days = _PARTS[_fold(match.group("part"))].days
    if days is None:
        return None
    month = _MONTHS[match.group("mon").rstrip(".").casefold()]
    year = match.group("y")
    found = _Found(start=match.start(), end=match.end(), value=None)
    if year is not None:
        whole: FuzzyDate | None = FuzzyDate.month(int(year), month)
    else:
        whole = _resolve_yearless(month, None, context, match.start())
    if whole is None:
        return found
    first = whole.earliest.replace(day=days[0])
    last = whole.earliest.replace(day=min(days[1], whole.latest.day))
    return attrs.evolve(found, value=_approximate(first, last, inferred=whole.inferred))


def _part_of_year(months: tuple[int, int], year: int, *, inferred: bool = False) -> FuzzyDate:
    """Months ``first``-``last`` of ``year``; months above 12 run into the next year."""
    last_year, last_month = year + (months[1] - 1) // 12, (months[1] - 1) % 12 + 1
    return _approximate(
        dt.date(year, months[0], 1), _month_last(last_year, last_month), inferred=inferred
    )


def _resolve_part_year(match: re.Match[str], context: _Context) -> _Found | None:
    months = _PARTS[_fold(match.group("part"))].months
    if months is None:
        return None
    value = _part_of_year(months, int(match.group("y")))
    return _Found(start=match.start(), end=match.end(), value=value)


def _resolve_part_relative(match: re.Match[str], context: _Context) -> _Found | None:
    """A part of the reference's year or month, or of the one before or after it:
    "the end of the year" (October to December of R's year), "early next year",
    "the middle of last month" (days 11-20 of the month before R's)."""
    part = _PARTS[_fold(match.group("part"))]
    unit = match.group("unit").casefold()
    bounds = part.months if unit == "year" else part.days
    if bounds is None:
        return None
    found = _Found(start=match.start(), end=match.end(), value=None)
    reference = context.reference
    if reference is None:
        return found
    offset = _YEAR_OFFSETS.get(match.group("rel").casefold(), 0)
    if unit == "year":
        value = _part_of_year(bounds, reference.year + offset, inferred=True)
    else:
        month = reference.replace(day=1) + relativedelta(months=offset)
        last = min(bounds[1], _month_last(month.year, month.month).day)
        value = _approximate(month.replace(day=bounds[0]), month.replace(day=last), inferred=True)
    return attrs.evolve(found, value=value)


def _resolve_season(match: re.Match[str], context: _Context) -> _Found | None:
    """A season without a year: "in the fall" and "this fall" are the season of the
    reference's year, "last spring" the last one that ended before the reference and
    "next spring" the first that starts after it (winter runs into the next year)."""
    found = _Found(start=match.start(), end=match.end(), value=None)
    reference = context.reference
    months = _PARTS[match.group("season")].months
    if reference is None or months is None:
        return found
    seasons = [
        _part_of_year(months, year, inferred=True)
        for year in (reference.year - 1, reference.year, reference.year + 1)
    ]
    relation = (match.group("rel") or "").casefold()
    if relation == "last":
        value = [season for season in seasons if season.latest < reference][-1]
    elif relation == "next":
        value = next(season for season in seasons if season.earliest > reference)
    else:
        value = seasons[1]
    return attrs.evolve(found, value=value)


def _resolve_ordinal_day(match: re.Match[str], context: _Context) -> _Found | None:
    """ "on the 5th": that day of the reference's month, or of the month before (after,
    with a future cue) when the day is past (still ahead) in it."""
    found = _Found(start=match.start(), end=match.end(), value=None)
    reference = context.reference
    if reference is None:
        return found
    day = int(match.group("d").rstrip("stndrh"))
    future = _future_cue(context, match.start())
    if future and day < reference.day:
        month = reference.replace(day=1) + relativedelta(months=1)
    elif not future and day > reference.day:
        month = reference.replace(day=1) - relativedelta(months=1)
    else:
        month = reference.replace(day=1)
    return attrs.evolve(found, value=_in_year(month.year, month.month, day))


def _resolve_weekday(match: re.Match[str], context: _Context) -> _Found | None:
    """Most recent such day on or before the reference (the reference itself counts);
    "last" strictly before, "next" strictly after, on or after after a future cue."""
    found = _Found(start=match.start(), end=match.end(), value=None)
    reference = context.reference
    if reference is None:
        return found
    weekday = _WEEKDAYS[_DAYS[match.group("wd").casefold()]]
    relation = _fold(match.group("rel") or "")
    if relation == "last":
        day = reference + relativedelta(days=-1, weekday=weekday(-1))
    elif relation == "next":
        day = reference + relativedelta(days=1, weekday=weekday(1))
    elif relation in {"this past", "past"}:
        day = reference + relativedelta(weekday=weekday(-1))
    elif relation in {"this coming", "coming"} or _future_cue(context, match.start()):
        day = reference + relativedelta(weekday=weekday(1))
    else:
        day = reference + relativedelta(weekday=weekday(-1))
    return attrs.evolve(found, value=FuzzyDate.of(day, inferred=True))


def _resolve_month(match: re.Match[str], context: _Context) -> _Found | None:
    """A bare month: "May" only after a preposition or "last"/"this"/"next"."""
    name = match.group("mon")
    relation = (match.group("rel") or "").casefold()
    if (
        name.casefold() == "may"
        and not relation
        and _word_before(context, match.start()) not in _MAY_PREPOSITIONS
    ):
        return None
    month = _MONTHS[name.casefold()]
    if match.group("yrel") is not None:
        year = _relative_year(match, context)
        value = FuzzyDate.month(year, month, inferred=True) if year is not None else None
        return _Found(start=match.start(), end=match.end(), value=value)
    found = _Found(start=match.start(), end=match.end(), value=None, yearless=(month, None))
    reference = context.reference
    if reference is None:
        return found
    if relation == "this":
        return attrs.evolve(found, value=FuzzyDate.month(reference.year, month, inferred=True))
    if relation == "last":
        year = reference.year if month < reference.month else reference.year - 1
        return attrs.evolve(found, value=FuzzyDate.month(year, month, inferred=True))
    if relation == "next":
        year = reference.year if month > reference.month else reference.year + 1
        return attrs.evolve(found, value=FuzzyDate.month(year, month, inferred=True))
    return attrs.evolve(found, value=_resolve_yearless(month, None, context, match.start()))


def _is_count(match: re.Match[str], context: _Context) -> bool:
    """Whether a four-digit number counts something ("2000 migrants", "1990 euros")."""
    if _word_before(context, match.start()) in _YEAR_PREPOSITIONS:
        return False
    after = _AFTER_YEAR.match(context.text, match.end())
    if after is None:
        return False
    if after.group("percent"):
        return True
    words = [
        word.casefold()
        for word in (after.group("first"), after.group("second"))
        if word is not None
    ]
    if words and words[0] in _CURRENCY_WORDS:
        return True
    return any(word in _COUNT_NOUNS for word in words)


def _resolve_year(match: re.Match[str], context: _Context) -> _Found | None:
    if _is_identifier(context, match.start()) or _is_count(match, context):
        return None
    if _word_before(context, match.start()) in _CURRENCY_WORDS:
        return None
    value = FuzzyDate.year(int(match.group("y")))
    return _Found(start=match.start(), end=match.end(), value=value)


_RESOLVERS: dict[str, _Resolve] = {
    "era": _resolve_era,
    "ago": _resolve_ago,
    "relative": _resolve_relative,
    "span": _resolve_span,
    "range_month_days": _resolve_day_range,
    "month_day": _resolve_month_day,
    "month_year": _resolve_month_year,
    "range_days_month": _resolve_day_range,
    "day_month": _resolve_month_day,
    "iso": _resolve_iso,
    "numeric": _resolve_numeric,
    "year_range": _resolve_year_range,
    "decade": _resolve_decade,
    "part_month": _resolve_part_month,
    "part_year": _resolve_part_year,
    "part_relative": _resolve_part_relative,
    "season": _resolve_season,
    "ordinal_day": _resolve_ordinal_day,
    "weekday": _resolve_weekday,
    "month": _resolve_month,
    "year": _resolve_year,
}


# --- scanning -------------------------------------------------------------------------


def _apply_modifier(found: _Found, modifier: str, start: int) -> _Found:
    """Keep the modifier in the mention; "around 2015" widens a year by one each side."""
    value = found.value
    if (
        _MODIFIERS.get(_fold(modifier)) == "approximate"
        and value is not None
        and value.precision is Precision.YEAR
    ):
        value = _approximate(
            value.earliest.replace(year=value.earliest.year - 1),
            value.latest.replace(year=value.latest.year + 1),
            inferred=value.inferred,
        )
    return attrs.evolve(found, start=start, value=value)


def _resolve(match: re.Match[str], context: _Context, end: int) -> _Found | None:
    name = match.lastgroup
    if name is None or name not in _RESOLVERS:
        return None
    pattern, resolve = _COMPILED[name], _RESOLVERS[name]
    modifier_start = match.start("mod")
    if modifier_start >= 0:
        own = pattern.match(context.text, modifier_start, end)
        if own is not None and own.end() == match.end():  # the rule reads these words itself
            return resolve(own, context)
    own = pattern.match(context.text, match.start(name), end)
    if own is None:
        return None
    found = resolve(own, context)
    if found is None or modifier_start < 0:
        return found
    if _MODIFIERS.get(_fold(match.group("mod"))) == "past":
        found = _in_the_past(found, context)
    return _apply_modifier(found, match.group("mod"), modifier_start)


def _in_the_past(found: _Found, context: _Context) -> _Found:
    """A year-less date after "since" is its last occurrence that began by the reference."""
    reference, value = context.reference, found.value
    if found.yearless is None or reference is None or value is None:
        return found
    if value.earliest <= reference:
        return found
    month, day = found.yearless
    earlier = _in_year(value.earliest.year - 1, month, day)
    return attrs.evolve(found, value=earlier) if earlier is not None else found


def _merge_ranges(context: _Context, found: list[_Found]) -> list[_Found]:
    """Join "from X to Y", "between X and Y", "X - Y" into one interval mention."""
    merged: list[_Found] = []
    index = 0
    while index < len(found):
        first = found[index]
        if index + 1 < len(found):
            second = found[index + 1]
            joined = _join(context, first, second)
            if joined is not None:
                merged.append(joined)
                index += 2
                continue
        merged.append(first)
        index += 1
    return merged


def _join(context: _Context, first: _Found, second: _Found) -> _Found | None:
    if second.start - first.end > 12:
        return None
    join = _RANGE_JOIN.fullmatch(context.text, first.end, second.start)
    if join is None:
        return None
    opener = _RANGE_OPEN.search(context.text, max(context.floor, first.start - 10), first.start)
    word = (join.group("word") or "").casefold()
    if word == "and" and (opener is None or opener.group("open").casefold() != "between"):
        return None
    start = opener.start() if opener is not None else first.start
    if first.value is None or second.value is None:
        return _Found(start=start, end=second.end, value=None)
    first_value = first.value
    if first.yearless is not None and not second.value.inferred:
        first_value = _with_year(first, second.value) or first_value
    if first_value.earliest > second.value.latest:
        return None
    value = FuzzyDate.between(
        first_value, second.value, inferred=first_value.inferred or second.value.inferred
    )
    return _Found(start=start, end=second.end, value=value)


def _matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``_COMBINED.finditer(text, start, end)`` gives, found faster (see ``WordScan``)."""
    return _SCAN.finditer(text, start, end)


def _scan(text: str, start: int, end: int, reference: dt.date | None) -> list[_Found]:
    """Every date expression in ``text[start:end]``, in order, ranges joined."""
    context = _Context(text=text, reference=reference, floor=start)
    found: list[_Found] = []
    for match in _matches(text, start, end):
        try:
            result = _resolve(match, context, end)
        except (ValueError, OverflowError):  # an impossible day, a date past year 9999
            result = None
        if result is not None:
            found.append(result)
    return _merge_ranges(context, found)


# --- public ---------------------------------------------------------------------------


def parse_date_text(text: str, *, reference: dt.date | None = None) -> FuzzyDate | None:
    """Resolve one standalone date expression, such as a page-date line or a dateline date.

    The text must be one date, optionally after a label ("Updated:") and before a clock
    time ("07:45 AM", "- 18:32 CEST"). Full dates give a day; "April 2024" a month;
    "2011" a year; numeric dates are day first unless that is impossible ("27/04/2024",
    "04/27/2024"), ISO dates year first. A date without a year ("April 23") or a
    relative one ("Tuesday", "yesterday") needs ``reference`` and is then ``inferred``:
    the most recent such date on or before the reference (or the next one, when it
    falls within a month after it). Anything else gives None.

    >>> str(parse_date_text("Saturday, April 27, 2024"))
    '2024-04-27'
    >>> str(parse_date_text("27/04/2024")), str(parse_date_text("April 2024"))
    ('2024-04-27', '2024-04')
    >>> parse_date_text("April 23", reference=dt.date(2024, 4, 27))
    FuzzyDate('2024-04-23', inferred)
    >>> parse_date_text("April 23") is None, parse_date_text("15.4 C") is None
    (True, True)
    """
    stripped = text.strip().strip("|•·,;()[]").strip()
    label = _LABEL.match(stripped)
    begin = label.end() if label is not None and label.end() < len(stripped) else 0
    try:
        found = _scan(stripped, begin, len(stripped), reference)
    except (ValueError, OverflowError):
        return None
    if not found or found[0].start != begin:
        return None
    rest = stripped[found[0].end :].rstrip(" .,;|")
    if rest and _TIME.fullmatch(rest) is None:
        return None
    return found[0].value


def find_dates(text: str, *, reference: dt.date | None = None) -> tuple[DateMention, ...]:
    """Every date expression anywhere in ``text``, by the same rules as ``dates``.

    For callers that look outside the body, such as a wire credit in the furniture that
    gives the year a dateline lacks.

    >>> [str(mention.value) for mention in find_dates("(APS 03.06.2024)")]
    ['2024-06-03']
    """
    try:
        found = _scan(text, 0, len(text), reference)
    except (ValueError, OverflowError):
        return ()
    return tuple(
        DateMention(
            text=text[item.start : item.end],
            value=item.value,
            span=Span(start=item.start, end=item.end),
        )
        for item in found
    )


def dates(document: Document) -> tuple[DateMention, ...]:
    """Every date expression of the title and body paragraphs (never furniture), in order.

    Absolute: "Saturday, April 27, 2024", "April 27, 2024", "27 April 2024", "April 23-25,
    2024" (DAY or a day interval); "December 2018" (MONTH); "2011", "the 2011
    Constitution" (YEAR: four digits from 1900 to 2100, not after "$", "No.", "Law",
    "Article", not before "%" or a count noun as in "2000 migrants" unless after "in"
    or "since"); "2015-2020", "2023/24", "from 2015 to 2020", "between March and June
    2021" (interval); "2024-04-27" and "27/04/2024" (day first); "the 1990s", "the early
    2000s" (decade: early 0-3, mid 3-6, late 6-9); "mid-2023", "early 2020", "late 2019"
    (thirds of the year: Jan-Apr, May-Aug, Sep-Dec), "the end of 2023" (Oct-Dec), "the
    first half of 2024", "Q1 2024", "spring 2023" (northern seasons; winter runs into the
    next year), "mid-April" (thirds of a month), all APPROXIMATE; "the beginning of the
    millennium" (2000/2004), "the turn of the century" (1998/2002).

    Relative, resolved against ``document.reference_date`` R and ``inferred`` (value None
    without R): "Tuesday", "on Tuesday" (the most recent Tuesday on or before R, R itself
    included; the next one after a future cue such as "will" in the same sentence),
    "last Tuesday" (strictly before), "next Tuesday" (strictly after); "April 23", "in
    May" (the most recent on or before R, or the next one when it starts within a month
    after R or a future cue precedes); "yesterday", "today", "last week" (the previous
    Monday-Sunday week), "last month", "last year" (the whole previous calendar year),
    "this year", "next month", "earlier this year" (Jan 1 to R); "two years ago" (the
    calendar year of R - 2 years; days ago give a day, months ago a month, weeks ago a
    week around the point, decades ago three years around it); "less than a year ago"
    (R - 1 year to R), "about two years ago" (give or take half a unit), "more than a year
    ago" (None: unbounded); "the past decade" (R - 10 years to R), "the next five years"
    (R to R + 5 years); "recent years", "the past few years" (vague: value None); "the
    end of the year", "early next year", "the middle of last month" (that part of R's
    year or month, or of the one before or after). "will last 90 days" is no date: after
    a modal, "to" or a pronoun, "last" is the verb.

    Modifiers stay in the mention and keep the date as its value: "since 2019" is the year
    2019 (the start point), likewise "as early as 2013", "until 2030", "by the end of
    2023"; "around 2015" widens a year to 2014/2016. Plain prepositions ("in", "on",
    "at") and a determiner before a noun ("the 2011 Constitution") stay out.

    >>> from migmodel.model import Paragraph, Span
    >>> from migmodel._pipeline.document import Layout
    >>> text = "Talks held on Tuesday built on a 2019 accord signed in December 2018."
    >>> layout = Layout(
    ...     text=text,
    ...     paragraphs=(Paragraph(index=0, span=Span(start=0, end=len(text)), text=text),),
    ... )
    >>> document = Document(text=text, layout=layout, reference_date=dt.date(2024, 4, 27))
    >>> [(mention.text, str(mention.value)) for mention in dates(document)]
    [('Tuesday', '2024-04-23'), ('2019', '2019'), ('December 2018', '2018-12')]
    """
    layout = document.layout
    scopes = [paragraph.span for paragraph in layout.paragraphs]
    if layout.title is not None:
        scopes.insert(0, layout.title)
    text = document.text
    mentions: list[DateMention] = []
    for scope in scopes:
        start, end = max(0, scope.start), min(len(text), scope.end)
        for found in _scan(text, start, end, document.reference_date):
            mentions.append(
                DateMention(
                    text=text[found.start : found.end],
                    value=found.value,
                    span=Span(start=found.start, end=found.end),
                )
            )
    mentions.sort(key=lambda mention: (mention.span.start, mention.span.end))
    return tuple(mentions)
