"""Segment: split a scraped page into headline, page date, dateline, body and furniture.

The text is cut into lines; every non-blank line ends up in exactly one part, so the
title, dateline, paragraph and furniture spans never overlap and, with whitespace,
cover the whole text. The rules, in the order they run:

1. Furniture by lexicon: a line that wholly matches a rule of ``furniture.tsv``
   (``- Advertisement -``, ``Share this:``, ``By Jane Smith``, ``Photo: ...``,
   ``(MAP 24.06.2023)``...) is furniture of that rule's kind. A line that is only a date
   or time (``Saturday, April 27, 2024``, ``Updated: 2024-04-27 14:05 GMT``) is DATE, or
   TIMESTAMP when it has a label or a time of day; the short line right after a weather
   reading (``15.4 C``) is the widget's city, WEATHER too; the short line right above a
   photo credit (``Getty Images``) is the photo's CAPTION. A run of three or more short
   title-case lines is a menu: NAVIGATION (its last line, in capitals when the others
   are not, is the SECTION label under the menu).
2. Units: the remaining lines are joined into units where a paragraph was hard-wrapped
   (a line not ending a sentence followed, in the same block, by a line starting in
   lower case, or a block most of whose long lines do not end a sentence).
3. The body starts at the first prose unit: one that opens with a dateline, ends a
   sentence (``.``, ``!``, ``?``, ``…``, maybe followed by closing quotes or brackets)
   with three words or more, or has twenty words or more. It ends at its last prose
   unit before any furniture of role ``end`` (``LEAVE A REPLY``, ``Related articles``, a
   wire credit...).
4. The headline is the first unit before the body with three words or more that is
   not a label (a short unit repeated on the page or above a menu line, a letterhead
   such as ``Government of Nepal``), else the first with three words, else the last
   with two; units before it are SECTION labels (OTHER when long), units after it
   are body paragraphs when they have eight words or more (a standfirst), else SECTION.
   A first prose unit ending in ``?`` or ``!``, shorter than twenty words, with no
   headline before it and prose after it, is the headline.
5. In the body, short units that do not end a sentence are subheadings (SECTION), and
   so are one-line headings, pull-quotes and short questions with a paragraph after them;
   after the body, units are furniture of the kind of the furniture above them (RELATED
   under ``Related articles``), else OTHER.
6. A dateline (``RABAT, April 23 (MAP) -``) opening the first body unit is cut off it
   (or is the whole unit, when the unit is only the dateline); a wire credit closing the
   last paragraph (``... he said. (PNA)``) is cut off it as WIRE_CREDIT.
   A place-and-date line above the headline (``Kathmandu, 8 August 2024``) is the
   dateline when the body opens with none; else the city ending a byline
   (``By Ada Obi, Abuja``).
7. The page date is the date of the first full date line before the body, else of the
   first labelled one (``Published on ...``) anywhere, else the full date of a dateline
   alone on its line.

Empty text gives an empty layout with an ``EMPTY_TEXT`` warning; text with no body
paragraph gives a ``NO_BODY`` warning. Every step is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterable

import attrs
from dateutil import parser as date_parser

from migmodel._lexicon import load_lines, load_rows
from migmodel._pipeline.document import Dateline, Layout
from migmodel._pipeline.gazetteer import lookup_place
from migmodel._pipeline.ids import fold
from migmodel._pipeline.scanning import alternation
from migmodel._pipeline.segment_width import max_width
from migmodel.errors import ParseWarning, WarningCode
from migmodel.model import Furniture, FurnitureKind, Paragraph, PlaceKind, Span

__all__ = ["segment"]


def _alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regex alternation of ``words``, longest first, each escaped."""
    return alternation(words, ignore_case=ignore_case)


_AGENCY_NAMES = load_lines("furniture_agencies.txt")
_UPPER_AGENCY_NAMES = frozenset(name.upper() for name in _AGENCY_NAMES)
_AGENCY = "(?-i:" + _alternation([*_AGENCY_NAMES, *(name.upper() for name in _AGENCY_NAMES)]) + ")"
_MONTH_WORDS = tuple(word for row in load_rows("furniture_months.tsv") for word in row[1:])
_WEEKDAY_WORDS = tuple(word for row in load_rows("furniture_weekdays.tsv") for word in row)
_MONTH = "(?i:" + _alternation(_MONTH_WORDS, ignore_case=True) + r")\.?(?![^\W\d_])"
_WEEKDAY = "(?i:" + _alternation(_WEEKDAY_WORDS, ignore_case=True) + r")\.?(?![^\W\d_])"
_DATE_LABEL_WORDS = load_lines("furniture_date_labels.txt")
_DATELINE_STOPWORDS = frozenset(
    fold(word) for word in load_lines("furniture_dateline_stopwords.txt")
)


@attrs.frozen
class _Rule:
    """One row of ``furniture.tsv``: its kind, its role, its pattern and how long a line
    it can match at most."""

    kind: FurnitureKind
    role: str
    pattern: str
    width: int


_ROLES = frozenset({"line", "end", "photo", "box"})


def _furniture_rules() -> tuple[_Rule, ...]:
    """The rules of ``furniture.tsv``, in order, agency names filled in."""
    rules: list[_Rule] = []
    for number, row in enumerate(load_rows("furniture.tsv")):
        if len(row) != 3 or row[1] not in _ROLES:
            raise ValueError(f"furniture.tsv row {number}: expected kind, a role, pattern")
        kind, role, pattern = row
        pattern = pattern.replace("{agency}", _AGENCY)
        if re.compile(pattern).groups:
            raise ValueError(f"furniture.tsv row {number}: use (?:...), not capturing groups")
        rules.append(_Rule(FurnitureKind(kind), role, pattern, max_width(pattern)))
    return tuple(rules)


_RULES = _furniture_rules()
_FURNITURE_MAX = 600
"""Lines longer than this are never lexicon furniture."""
_LENGTHS = (60, 150, _FURNITURE_MAX)
"""The line lengths that share one alternation of furniture rules, up to each bound."""


def _furniture_patterns() -> tuple[re.Pattern[str], ...]:
    """For each bound of ``_LENGTHS``, one alternation of the rules that can match a line
    that long (longer than the bound before), each its own named group, in file order.

    A rule that matches 60 characters at most is never tried on a prose line of 200;
    leaving it out changes nothing, since the first rule in order that matches the
    whole line, if any, gives its kind.
    """
    patterns: list[re.Pattern[str]] = []
    shortest = 0
    for longest in _LENGTHS:
        groups = (
            f"(?P<r{number}>{rule.pattern})"
            for number, rule in enumerate(_RULES)
            if rule.width >= shortest
        )
        patterns.append(re.compile("|".join(groups), re.IGNORECASE))
        shortest = longest + 1
    return tuple(patterns)


_FURNITURE = _furniture_patterns()

_DATE_PIECE = re.compile(
    "|".join(
        (
            r"(?P<label>(?:"
            + _alternation(_DATE_LABEL_WORDS, ignore_case=True)
            + r")(?![^\W\d_])\s?:?)",
            (
                r"(?P<iso>\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)?"
                r"(?:Z|[+-]\d{2}:?\d{2})?)(?!\d)"
            ),
            r"(?P<numeric>\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))(?!\d)",
            r"(?P<time>\d{1,2}(?::|h|\.)\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?)(?!\d)",
            r"(?P<ampm>[ap]\.?m\b\.?)",
            r"(?P<month>" + _MONTH + ")",
            r"(?P<weekday>" + _WEEKDAY + ")",
            r"(?P<number>\d{1,4}(?:st|nd|rd|th)?)(?![\w])",
            r"(?P<zone>(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|(?-i:[A-Z]{2,5}))(?![\w])",
            r"(?P<filler>at|of|the|hrs)(?![\w])",
        )
    ),
    re.IGNORECASE,
)
_DATE_GAP = re.compile(r"[\s,|•·/()–—-]+")
_DATE_LINE_MAX = 90
_DEFAULT = dt.datetime(2000, 1, 1)  # a naive default for dateutil's missing fields

_UPPER = "A-ZÀ-ÖØ-Þ"
_PLACE_WORD = rf"[{_UPPER}][\w'’.\-]{{0,24}}"
_CONNECTOR = r"(?:de|da|do|dos|das|del|des|du|di|el|al|es|la|le|los|las|of|on|upon|sur|am|y)"
_PLACE = rf"{_PLACE_WORD}(?:(?: {_CONNECTOR})? {_PLACE_WORD}|/{_PLACE_WORD}){{0,3}}"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATELINE_DATE = (
    rf"(?:{_WEEKDAY},? )?(?:{_MONTH} {_DAY}(?:,? \d{{4}})?|{_DAY} (?:of )?{_MONTH}(?:,? \d{{4}})?"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})"
)
_DATELINE = re.compile(
    rf"(?:\((?P<lead>{_AGENCY})\) {{0,2}}(?:-{{1,3}}|[–—]) {{0,2}})?"
    rf"(?P<open>\()?(?P<place>{_PLACE})(?(open)\))"
    rf"(?:, (?P<region>{_PLACE}))?"
    rf"(?:,? (?P<date>{_DATELINE_DATE}))?"
    r"(?: ?\((?P<agency>[A-Za-z][^()\n]{0,39})\))?"
    r" {0,3}(?:(?P<separator>(?<= )-{1,3}|-{1,3}(?= )|[–—]{1,2}|:|\.[-–—])"
    rf"(?= {{0,3}}(?:[{_UPPER}0-9\"“‘'«(\[]|$))|(?<=\))(?= [{_UPPER}]))"
)
"""A dateline: place words (a region or country after a comma), a date, an agency in
brackets, then a separator before a capital, a digit or an opening quote. A known agency
may lead (``(ANSA) - ROME, MAR 12 -``), and a place alone may stand in brackets
(``(Nairobi) –``). The separator
is a dash or colon; a hyphen needs a space on one side at least (``Ndiaye-Sarr`` is a
name, not a dateline), and ``.-`` closes Spanish-language wire datelines. A known agency
in brackets after a date or a place in capitals needs no separator
(``NEW DELHI, Jan 5 (PTI) India and ...``)."""

_BARE_DATELINE = re.compile(
    rf"(?:\((?P<lead>{_AGENCY})\) {{0,2}}(?:-{{1,3}}|[–—]) {{0,2}})?"
    rf"(?P<open>\()?(?P<place>{_PLACE})(?(open)\))"
    rf"(?:, (?P<region>{_PLACE}))?"
    rf"(?:,? (?P<date>{_DATELINE_DATE}))?"
    r"(?: ?\((?P<agency>[A-Za-z][^()\n]{0,39})\))?"
)
"""A dateline alone on its line, with no separator: ``ANKARA``, ``Brussels, 11 March 2025``."""

_INLINE_CREDIT = re.compile(
    r"(?<=[.!?…\"”’)\]])[ ]{1,3}"
    r"(?P<credit>\((?:" + _AGENCY + r"|[A-Z]{2,8})(?:[ ,-]{1,3}\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?\)"
    r"|(?:[—–]|-{1,2}) ?" + _AGENCY + r"|/ ?(?:" + _AGENCY + r"|[A-Z]{2,8}) ?/)\.?$"
)
"""A wire credit closing the last paragraph after its final punctuation: ``(PNA)``,
``(ANSA).``."""

_TRAILER_KINDS = frozenset(
    {
        FurnitureKind.RELATED,
        FurnitureKind.COMMENTS,
        FurnitureKind.NAVIGATION,
        FurnitureKind.NEWSLETTER,
        FurnitureKind.COOKIES,
    }
)
"""Furniture whose kind the unclassified lines after the body under it take."""
_CLOSERS = "\"'”’»)]*"
_TERMINAL = frozenset(".!?…")
_SHORT_WORDS = 3
_TITLE_MAX = 250
_STANDFIRST_WORDS = 8
_LONG_PROSE_WORDS = 20


@attrs.frozen
class _Line:
    """A non-blank line: where it is (trimmed), its text, and its block of lines."""

    start: int
    end: int
    text: str
    block: int


@attrs.frozen
class _Unit:
    """Consecutive lines of one hard-wrapped paragraph (usually a single line)."""

    first: int
    last: int
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    """The non-blank lines of ``text``, trimmed, numbered by block (blank lines separate)."""
    found: list[_Line] = []
    block = 0
    position = 0
    length = len(text)
    while position <= length:
        newline = text.find("\n", position)
        stop = length if newline < 0 else newline
        raw = text[position:stop]
        stripped = raw.strip()
        if stripped:
            start = position + len(raw) - len(raw.lstrip())
            found.append(_Line(start, start + len(stripped), stripped, block))
        elif found and found[-1].block == block:
            block += 1
        position = stop + 1
    return found


def _word_count(text: str, cap: int = 41) -> int:
    """The number of words of ``text``, counted up to ``cap``."""
    return len(text.split(None, cap))


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence punctuation, maybe followed by closing marks."""
    trimmed = text.rstrip(_CLOSERS)
    return bool(trimmed) and trimmed[-1] in _TERMINAL


def _lexicon_kind(text: str) -> _Rule | None:
    """The furniture rule that matches the whole of ``text``, if any."""
    if len(text) > _FURNITURE_MAX:
        return None
    match = _FURNITURE[bisect.bisect_left(_LENGTHS, len(text))].fullmatch(text)
    if match is None or match.lastgroup is None:
        return None
    return _RULES[int(match.lastgroup[1:])]


@attrs.frozen
class _DateLine:
    """A line that is only a date or a time."""

    date: dt.date | None
    timestamp: bool


def _date_line(text: str) -> _DateLine | None:
    """Read ``text`` as a standalone date/time line, or None when it is anything else.

    Every piece must be a date word, number, time, label, or a time zone after a time;
    the date must have a day and month (a month name with a number, or a numeric date),
    or the line be a time.
    """
    parted = " | " in text or " · " in text
    longest = 2 * _DATE_LINE_MAX if parted else _DATE_LINE_MAX
    if len(text) > longest or not any(char.isdigit() for char in text):
        return None
    whole = _plain_date_line(text) if len(text) <= _DATE_LINE_MAX else None
    if whole is not None or not parted:
        return whole
    # "Diplomacy | 12.06.2024", "Published: June 3, 2024 | By Staff Reporter",
    # "Ada Obi · Daily Courier · Posted: Jan 5, 2024": one part is the date, the others
    # short labels or a byline.
    parts = _PART_SEPARATOR.split(text)
    for number, part in enumerate(parts):
        others = parts[:number] + parts[number + 1 :]
        found = _plain_date_line(part.strip())
        if found is not None and all(_word_count(other) <= 6 for other in others):
            return found
    return None


_PART_SEPARATOR = re.compile(r" [|·] ")


def _plain_date_line(text: str) -> _DateLine | None:
    """``_date_line`` for a line with no bar-separated labels."""
    pieces: list[tuple[str, str]] = []
    position = 0
    while position < len(text):
        gap = _DATE_GAP.match(text, position)
        if gap is not None:
            position = gap.end()
            continue
        piece = _DATE_PIECE.match(text, position)
        if piece is None or piece.lastgroup is None:
            return None
        pieces.append((piece.lastgroup, piece.group()))
        position = piece.end()
    kinds = [kind for kind, _ in pieces]
    if "zone" in kinds:
        clock = next((n for n, kind in enumerate(kinds) if kind in {"time", "iso"}), len(kinds))
        if kinds.index("zone") < clock:
            return None
    timed = "time" in kinds or ("iso" in kinds and ":" in text)
    dated = "iso" in kinds or "numeric" in kinds or ("month" in kinds and "number" in kinds)
    if not (dated or timed) or _most_numbers(kinds) > 2 or len(pieces) > 16:
        return None
    labelled = "label" in kinds
    if not dated:
        return _DateLine(date=None, timestamp=True)
    return _DateLine(date=_parse_date(pieces), timestamp=timed or labelled)


def _most_numbers(kinds: list[str]) -> int:
    """The most numbers between two labels: ``Posted 5 May 2024 at 5:30am, updated 5 May
    2024 at 9:12am`` has two in each labelled part."""
    most = count = 0
    for kind in kinds:
        if kind == "label":
            count = 0
        elif kind == "number":
            count += 1
            most = max(most, count)
    return most


def _parse_date(pieces: list[tuple[str, str]]) -> dt.date | None:
    """The full date (day, month and year) of the first dated run of ``pieces``, if any."""
    run: list[str] = []
    dayfirst = True
    has_year = False
    for kind, piece in pieces:
        if kind == "label" and run:
            break
        if kind in {"label", "zone", "filler", "time", "ampm"}:
            continue  # a time of day (``07.00 BST``) adds nothing to the date
        if kind == "iso":
            dayfirst = False
        has_year = has_year or kind in {"iso", "numeric"} or (kind == "number" and len(piece) == 4)
        run.append(piece)
    if not has_year:
        return None
    try:
        parsed = date_parser.parse(
            " ".join(run), default=_DEFAULT, dayfirst=dayfirst, ignoretz=True
        )
    except (ValueError, OverflowError):
        return None
    return parsed.date()


def _is_short_title_case(text: str) -> bool:
    """A menu item: at most three words, 30 characters, each word capitalised, no stop."""
    if len(text) > 30 or _word_count(text, 4) > _SHORT_WORDS or text[-1] in ".!?:;,":
        return False
    return all(not word[0].isalpha() or word[0].isupper() for word in text.split())


@attrs.frozen
class _Classified:
    """What the lexicon and the line rules say about each line."""

    kinds: list[FurnitureKind | None]
    ends: list[bool]
    dates: list[_DateLine | None]


_DATED_KINDS = frozenset({FurnitureKind.NAVIGATION, FurnitureKind.BYLINE})
"""Lexicon kinds a line keeps only when it holds no page date."""


def _classify(lines: list[_Line]) -> _Classified:
    """Furniture by lexicon, date lines, the weather widget's city, captions, menu runs."""
    kinds: list[FurnitureKind | None] = []
    ends: list[bool] = []
    dates: list[_DateLine | None] = []
    photos: list[bool] = []
    boxes: list[bool] = []
    for line in lines:
        rule = _lexicon_kind(line.text)
        date = _date_line(line.text) if rule is None or rule.kind in _DATED_KINDS else None
        if date is not None and rule is not None:
            rule = None  # "Published: June 3, 2024 | By Staff": a dated line, not a menu
        if rule is not None:
            kinds.append(rule.kind)
        elif date is not None:
            kinds.append(FurnitureKind.TIMESTAMP if date.timestamp else FurnitureKind.DATE)
        else:
            kinds.append(None)
        ends.append(rule is not None and rule.role == "end")
        photos.append(rule is not None and rule.role == "photo")
        boxes.append(rule is not None and rule.role == "box")
        dates.append(date)
    _mark_box_items(lines, kinds, boxes)
    for index in range(1, len(lines)):
        text = lines[index].text
        if (
            kinds[index - 1] is FurnitureKind.WEATHER
            and kinds[index] is None
            and len(text) <= 40
            and not any(char.isdigit() for char in text)
            and _is_short_title_case(text)
        ):
            kinds[index] = FurnitureKind.WEATHER
        if photos[index] and kinds[index - 1] is None and _word_count(lines[index - 1].text) <= 40:
            kinds[index - 1] = FurnitureKind.CAPTION
    _mark_menus(lines, kinds)
    return _Classified(kinds=kinds, ends=ends, dates=dates)


def _mark_box_items(
    lines: list[_Line], kinds: list[FurnitureKind | None], boxes: list[bool]
) -> None:
    """The list items right under a summary box's heading (``Key points:``) take its kind:
    they repeat the story, so they are no body paragraphs."""
    for index, is_box in enumerate(boxes):
        following = index + 1
        while (
            is_box
            and following < len(lines)
            and kinds[following] is None
            and _LIST_MARKER.match(lines[following].text)
        ):
            kinds[following] = kinds[index]
            following += 1


def _mark_menus(lines: list[_Line], kinds: list[FurnitureKind | None]) -> None:
    """Mark runs of three or more short title-case lines (or menu lines) as NAVIGATION.

    The last line of a run, in capitals when the others are not, is a SECTION label.
    """
    run: list[int] = []
    for index in [*range(len(lines)), -1]:
        is_item = index >= 0 and (
            kinds[index] is FurnitureKind.NAVIGATION
            or (kinds[index] is None and _is_short_title_case(lines[index].text))
        )
        if is_item:
            run.append(index)
            continue
        if len(run) >= 3:
            for member in run:
                if kinds[member] is None:
                    kinds[member] = FurnitureKind.NAVIGATION
            last = lines[run[-1]].text
            if last.isupper() and not all(lines[member].text.isupper() for member in run):
                kinds[run[-1]] = FurnitureKind.SECTION
        run = []


def _units(text: str, lines: list[_Line], kinds: list[FurnitureKind | None]) -> list[_Unit]:
    """Join the unclassified lines of a hard-wrapped paragraph into one unit."""
    wrapped_blocks = _wrapped_blocks(lines, kinds)
    units: list[_Unit] = []
    for index, line in enumerate(lines):
        if kinds[index] is not None:
            continue
        if units and units[-1].last == index - 1:
            previous = lines[index - 1]
            if previous.block == line.block and _continues(
                previous.text, line.text, wrapped=line.block in wrapped_blocks
            ):
                first = units[-1]
                units[-1] = _Unit(
                    first.first, index, first.start, line.end, text[first.start : line.end]
                )
                continue
        units.append(_Unit(index, index, line.start, line.end, line.text))
    return units


def _wrapped_blocks(lines: list[_Line], kinds: list[FurnitureKind | None]) -> set[int]:
    """Blocks of three or more text lines, two thirds of whose long lines end mid-sentence."""
    counts: dict[int, list[int]] = {}
    for index, line in enumerate(lines[:-1]):
        if kinds[index] is None and lines[index + 1].block == line.block:
            tally = counts.setdefault(line.block, [0, 0])
            tally[0] += 1
            if len(line.text) >= 40 and not _ends_sentence(line.text):
                tally[1] += 1
    return {
        block for block, (total, open_) in counts.items() if total >= 2 and open_ * 3 >= total * 2
    }


def _continues(previous: str, following: str, *, wrapped: bool) -> bool:
    """Whether ``following`` continues the paragraph of ``previous`` (a hard wrap)."""
    if _ends_sentence(previous) or previous.endswith(":") or _alone_dateline(previous):
        return False
    if following[0].islower() or previous[-1] in ",;(–—-/":
        return True
    return wrapped and len(previous) >= 40


def _alone_dateline(text: str) -> bool:
    """Whether ``text`` is a dateline and nothing else."""
    match = _dateline(text, 0, len(text))
    return match is not None and match.end() == len(text)


def _is_prose(unit: _Unit) -> bool:
    """A body unit: it ends a sentence (before any closing wire credit) with three words
    or more, or is long, or is a dateline alone on its line (with a date, an agency, or
    in capitals)."""
    words = _word_count(unit.text)
    credit = _INLINE_CREDIT.search(unit.text, max(0, len(unit.text) - 80))
    ending = unit.text[: credit.start()] if credit is not None else unit.text
    if words >= _LONG_PROSE_WORDS or (words >= _SHORT_WORDS and _ends_sentence(ending)):
        return True
    match = _dateline(unit.text, 0, len(unit.text))
    return (
        match is not None
        and match.end() == len(unit.text)
        and bool(match.group("date") or match.group("agency") or match.group("place").isupper())
    )


def _is_capital_city(words: str) -> bool:
    """Whether ``words`` is a city the gazetteer knows, written in capitals (``ANKARA``)."""
    return words.isupper() and _is_city(words)


def _dateline(text: str, start: int, end: int, *, alone: bool = False) -> re.Match[str] | None:
    """The dateline opening ``text[start:end]``, if any.

    With ``alone``, ``text[start:end]`` may also be a dateline without a separator: a
    place with a date or an agency, or a known city in capitals (``ANKARA``,
    ``Brussels, 11 March 2025``).
    """
    match = _DATELINE.match(text, start, end)
    if match is None and alone:
        match = _BARE_DATELINE.fullmatch(text, start, end)
        if match is None or not (
            match.group("date") or match.group("agency") or _is_capital_city(match.group("place"))
        ):
            return None
    if match is None:
        return None
    place = match.group("place")
    if fold(place) in _DATELINE_STOPWORDS or "|" in (match.group("agency") or ""):
        return None
    if match.groupdict().get("open") and (match.group("date") or lookup_place(place) is None):
        return None  # "(Nairobi) –" is a place in brackets; "(UNHCR) -" is not
    bare = not (match.group("date") or match.group("agency"))
    separator = match.groupdict().get("separator", "")
    if bare and separator == ":" and _word_count(place) > 3:
        return None
    if separator is None and not _is_wire_heading(match):
        return None
    return match


def _is_wire_heading(match: re.Match[str]) -> bool:
    """Whether a dateline with no separator is a wire's: a known agency in brackets after
    a date or a place in capitals (``NEW DELHI, Jan 5 (PTI)``)."""
    agency = match.group("agency")
    known = agency in _AGENCY_NAMES or agency in _UPPER_AGENCY_NAMES
    return known and bool(match.group("date") or match.group("place").isupper())


def _furniture(text: str, start: int, end: int, kind: FurnitureKind) -> Furniture:
    span = Span(start=start, end=end)
    return Furniture(span=span, text=span.of(text), kind=kind)


@attrs.define
class _Builder:
    """The parts of the layout as they are decided."""

    text: str
    furniture: list[Furniture] = attrs.field(factory=list)
    bodies: list[tuple[int, int]] = attrs.field(factory=list)
    title: Span | None = None
    dateline: Dateline | None = None
    header_datelines: list[tuple[int, int]] = attrs.field(factory=list)
    """Place-and-date lines above the body (``Kathmandu, 8 August 2024``)."""

    def set_aside(self, start: int, end: int, kind: FurnitureKind) -> None:
        self.furniture.append(_furniture(self.text, start, end, kind))


def _choose_title(
    units: list[_Unit], header: list[int], lines: list[_Line], kinds: list[FurnitureKind | None]
) -> int | None:
    """The headline among the header units: the first with three words that is not a
    label (when one is), else the first with three words, else the last with two.

    A header dateline alone on its line (``Kathmandu, 8 August 2024``) is never the title.
    """
    fits = [
        u
        for u in header
        if len(units[u].text) <= _TITLE_MAX
        and units[u].first == units[u].last
        and not _is_dated_dateline(units[u].text)
    ]
    candidates = [u for u in fits if _word_count(units[u].text) >= _SHORT_WORDS]
    if candidates:
        headline = next((u for u in candidates if not _is_label(units[u], lines, kinds)), None)
        return candidates[0] if headline is None else headline
    for index in reversed(fits):
        if _word_count(units[index].text) >= 2:
            return index
    return None


_LABEL_WORDS = 4
"""A label above the headline (a section, a tagline) has at most this many words."""
_ITEM_SEPARATORS = re.compile(r"\s?[|•·;,:>»]\s?")
_NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "&"})


@functools.cache
def _letterhead_heads() -> frozenset[str]:
    """The one-word organisation heads of ``org_heads.tsv`` (``Ministry``, ``Government``)."""
    return frozenset(row[0] for row in load_rows("org_heads.tsv") if " " not in row[0])


def _recurs(unit: _Unit, lines: list[_Line]) -> bool:
    """Whether another line holds the unit's text, as the whole line or as an item of a
    list line (``Immigration and asylum | Social care``, ``Tags: Migration, IOM``)."""
    target = unit.text.casefold()
    for index, line in enumerate(lines):
        folded = line.text.casefold()
        if index == unit.first or target not in folded:
            continue
        if folded == target or target in (item.strip() for item in _ITEM_SEPARATORS.split(folded)):
            return True
    return False


def _is_label(unit: _Unit, lines: list[_Line], kinds: list[FurnitureKind | None]) -> bool:
    """Whether a header unit is a label above the headline rather than the headline.

    A short unit (four words at most) that recurs on the page (``Immigration and asylum``
    again among the topic links) or sits right above a menu line (a site tagline above
    ``Search``) is a label; so is a letterhead naming an organisation
    (``Government of Nepal``, ``Ministry of Labour, Employment and Social Security``).
    """
    text = unit.text
    if _is_letterhead(text):
        return True
    if _word_count(text) > _LABEL_WORDS:
        return False
    following = unit.last + 1
    above_menu = following < len(lines) and kinds[following] is FurnitureKind.NAVIGATION
    return above_menu or _recurs(unit, lines)


def _is_letterhead(text: str) -> bool:
    """An organisation's name alone: a head noun, ``of`` or ``for``, then capitalised
    words and connectors only (``Embassy of the Republic of Korea``)."""
    words = text.replace(",", " ").split()
    if len(words) < 3 or words[0] not in _letterhead_heads() or words[1] not in {"of", "for"}:
        return False
    return all(word in _NAME_CONNECTORS or word[0].isupper() for word in words[2:])


def _is_dated_dateline(text: str) -> bool:
    """Whether ``text`` is a place and a date alone (``Kathmandu, 8 August 2024``)."""
    match = _dateline(text, 0, len(text), alone=True)
    return match is not None and match.end() == len(text) and bool(match.group("date"))


def segment(text: str) -> Layout:
    """Split normalised ``text`` into title, page date, dateline, paragraphs and furniture.

    The rules are listed in this module's docstring. Never raises.

    >>> layout = segment("WORLD\\nTalks on labour migration open\\n\\nGENEVA (IOM) - Talks opened.")
    >>> layout.title.of(layout.text), layout.dateline.agency, layout.paragraphs[0].text
    ('Talks on labour migration open', 'IOM', 'Talks opened.')
    >>> [(piece.text, piece.kind.value) for piece in layout.furniture]
    [('WORLD', 'section')]
    """
    if not text.strip():
        warning = ParseWarning(code=WarningCode.EMPTY_TEXT, message="the text is empty")
        return Layout(text=text, warnings=(warning,))
    lines = _lines(text)
    classified = _classify(lines)
    kinds = classified.kinds
    units = _units(text, lines, kinds)
    unit_of_line = {unit.first: number for number, unit in enumerate(units)}
    prose = [_is_prose(unit) for unit in units]
    for number in range(len(units) - 1):
        # A dateline alone on its line opens the body when a paragraph follows it.
        unit = units[number]
        if not prose[number] and prose[number + 1] and unit.first == unit.last:
            match = _dateline(unit.text, 0, len(unit.text), alone=True)
            prose[number] = match is not None and match.end() == len(unit.text)

    # The first line that ends the body, once a body has begun, bounds it.
    body_start = next((number for number, is_prose in enumerate(prose) if is_prose), None)
    if body_start is not None:
        first_line = units[body_start].first
        limit_line = next(
            (i for i in range(first_line, len(lines)) if classified.ends[i]), len(lines)
        )
        body_end = max(
            n for n in range(body_start, len(units)) if prose[n] and units[n].last < limit_line
        )
        header = list(range(body_start))
        title = _choose_title(units, header, lines, kinds)
        if title is None and _question_headline(units, prose, body_start, body_end):
            title = body_start
            body_start = next(n for n in range(body_start + 1, body_end + 1) if prose[n])
            header = list(range(body_start))
    else:
        body_end = -1
        limit_line = len(lines)
        header = list(range(len(units)))
        title = _choose_title(units, header, lines, kinds)

    builder = _Builder(text)
    title_span: Span | None = None
    deck: int | None = None
    if title is not None:
        heading = _repeated_heading(units, header, title)
        if heading is not None:
            title, deck = heading, _deck(units, header, heading)
        else:
            title_span = _strip_site_suffix(units[title], lines, units, header, builder)
    roles: dict[int, str] = {}
    for number in header:
        if number == title:
            roles[number] = "title"
        elif number == deck:
            roles[number] = "other"
        elif (
            title is not None
            and number > title
            and _word_count(units[number].text) >= _STANDFIRST_WORDS
        ):
            roles[number] = "body"
        elif _is_dated_dateline(units[number].text):
            roles[number] = "dateline"
        else:
            roles[number] = "section" if _word_count(units[number].text) <= 4 else "other"
    if body_start is not None:
        for number in range(body_start, body_end + 1):
            roles[number] = _body_role(units, prose, number, body_start, body_end)

    trailing_kind = FurnitureKind.OTHER
    for index, line in enumerate(lines):
        kind = kinds[index]
        if kind is not None:
            builder.set_aside(line.start, line.end, kind)
            if kind in _TRAILER_KINDS:
                trailing_kind = kind
            continue
        unit_number = unit_of_line.get(index)
        if unit_number is None:
            continue
        unit = units[unit_number]
        role = roles.get(unit_number, "trailer")
        if role == "title":
            builder.title = title_span or Span(start=unit.start, end=unit.end)
        elif role == "body":
            builder.bodies.append((unit.start, unit.end))
            trailing_kind = FurnitureKind.OTHER
        elif role == "section":
            builder.set_aside(unit.start, unit.end, FurnitureKind.SECTION)
        elif role == "other":
            builder.set_aside(unit.start, unit.end, FurnitureKind.OTHER)
        elif role == "dateline":
            builder.header_datelines.append((unit.start, unit.end))
        else:
            builder.set_aside(unit.start, unit.end, trailing_kind)

    if body_start is not None and builder.dateline is None:
        _cut_dateline(builder, units[body_start])
    _place_header_datelines(builder)
    if builder.dateline is None and builder.bodies:
        _take_byline_place(builder)
    _cut_wire_credit(builder)
    paragraphs = tuple(
        Paragraph(index=number, span=Span(start=start, end=end), text=text[start:end])
        for number, (start, end) in enumerate(builder.bodies)
    )
    warnings: tuple[ParseWarning, ...] = ()
    if not paragraphs:
        warnings = (ParseWarning(code=WarningCode.NO_BODY, message="no body paragraph was found"),)
    first_body = paragraphs[0].span.start if paragraphs else len(text)
    return Layout(
        text=text,
        title=builder.title,
        page_date=_page_date(lines, classified.dates, first_body) or _release_date(builder),
        dateline=builder.dateline,
        paragraphs=paragraphs,
        furniture=tuple(sorted(builder.furniture, key=lambda piece: piece.span.start)),
        warnings=warnings,
    )


_TITLE_SEPARATOR = re.compile(r" (?:[|:–—-]|::) ")
"""What joins a page title to the site's name: ``Headline | Site``, ``Headline - Site``."""
_SITE_WORDS = 6
"""A site suffix (``- English - ANSA.it``, ``- Kenya | ReliefWeb``) has at most this many words."""


def _repeated_heading(units: list[_Unit], header: list[int], title: int) -> int | None:
    """The header unit below a ``Headline | Site`` page title that repeats its headline
    (the page's H1), if any: it is the cleaner title."""
    text = units[title].text
    for separator in _TITLE_SEPARATOR.finditer(text):
        if _word_count(text[separator.end() :]) > _SITE_WORDS:
            continue
        headline = text[: separator.start()].rstrip().casefold()
        for number in header:
            if number > title and units[number].text.casefold() == headline:
                return number
    return None


def _deck(units: list[_Unit], header: list[int], heading: int) -> int | None:
    """The deck right under a repeated H1: a header line of one sentence, no full stop."""
    following = heading + 1
    if following not in header or units[following].first != units[heading].last + 1:
        return None
    if _SENTENCE_BREAK.search(units[following].text):
        return None
    return following if _word_count(units[following].text) >= _STANDFIRST_WORDS else None


def _strip_site_suffix(
    unit: _Unit, lines: list[_Line], units: list[_Unit], header: list[int], builder: _Builder
) -> Span | None:
    """The headline of a ``Headline | Site`` title whose site name stands on another line
    of the page outside the body (a masthead, a byline); the suffix is set aside."""
    text = unit.text
    others = [line.text.casefold() for index, line in enumerate(lines) if index != unit.first]
    for separator in _TITLE_SEPARATOR.finditer(text):
        suffix = text[separator.end() :]
        if _word_count(suffix) > _SITE_WORDS or _word_count(text[: separator.start()]) < 3:
            continue
        site = _TITLE_SEPARATOR.split(suffix)[-1].casefold()
        if any(site in other for other in others):
            mark = unit.start + separator.start() + 1
            builder.set_aside(mark, unit.end, FurnitureKind.SECTION)
            return Span(start=unit.start, end=unit.start + separator.start())
    return None


def _body_role(
    units: list[_Unit], prose: list[bool], number: int, body_start: int, body_end: int
) -> str:
    """``body`` for a paragraph of the body, ``section`` for a subheading."""
    text = units[number].text
    if prose[number] and text.rstrip(_CLOSERS)[-1:] != "?":
        return "body"
    if _leads_in(units, number) and number < body_end:
        return "body"
    if not prose[number] and _word_count(text) < _STANDFIRST_WORDS:
        return "section"
    heading = _is_subheading(units, prose, number, body_start, body_end)
    return "section" if heading else "body"


_LIST_MARKER = re.compile(r"[-–—•*·▪►]|\d{1,2}[.)]\s|\([a-z\d]{1,3}\)")
_QUESTION_HEADING_WORDS = 10
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']? [A-Z\"“‘]")
"""A sentence ending inside a unit: a paragraph that lost its final stop, no heading."""


def _leads_in(units: list[_Unit], number: int) -> bool:
    """Whether a unit of three words or more ends with a colon right above a list item:
    the lead-in of a list (``The package has three parts:``), a paragraph."""
    following = number + 1
    text = units[number].text
    return (
        following < len(units)
        and text.endswith(":")
        and _word_count(text) >= _SHORT_WORDS
        and _LIST_MARKER.match(units[following].text) is not None
    )


def _is_subheading(
    units: list[_Unit], prose: list[bool], number: int, body_start: int, body_end: int
) -> bool:
    """Whether a body unit is a subheading, a pull-quote or a live-blog post's heading.

    It is one line, opens with a capital or a quotation mark, is not a list item, and a
    body paragraph (or a list's lead-in) follows it; it ends with no punctuation at all
    and holds no sentence break (``Spain and Belgium voice concerns``, ``'No one should
    have to risk their life'``: a quotation without a speaker), or is a short question with no colon
    (``What is in the proposal?``, while ``Q: How many ...?`` is an interview's question).
    """
    unit = units[number]
    text = unit.text
    if not body_start < number < body_end or unit.first != unit.last:
        return False
    if not (prose[number + 1] or _leads_in(units, number + 1)):
        return False
    if not (text[0].isupper() or text[0] in "\"“‘'«") or _LIST_MARKER.match(text):
        return False
    trimmed = text.rstrip(_CLOSERS)
    if trimmed[-1:] == "?":
        return ":" not in text and _word_count(text) < _QUESTION_HEADING_WORDS
    single = _SENTENCE_BREAK.search(text) is None
    return single and trimmed[-1:].isalnum() and _word_count(text) < _LONG_PROSE_WORDS


def _question_headline(units: list[_Unit], prose: list[bool], start: int, end: int) -> bool:
    """Whether the first prose unit is a headline ending in ``?`` or ``!``."""
    unit = units[start]
    trimmed = unit.text.rstrip(_CLOSERS)
    return (
        trimmed[-1:] in {"?", "!"}
        and _word_count(unit.text) < _LONG_PROSE_WORDS
        and unit.first == unit.last
        and any(prose[n] for n in range(start + 1, end + 1))
    )


def _make_dateline(text: str, start: int, end: int) -> Dateline | None:
    match = _dateline(text, start, end, alone=True)
    if match is None:
        return None
    date = match.span("date") if match.group("date") else None
    return Dateline(
        span=Span(start=match.start(), end=match.end()),
        place=Span(start=match.start("place"), end=match.end("place")),
        date=Span(start=date[0], end=date[1]) if date else None,
        agency=match.group("agency") or match.groupdict().get("lead"),
    )


def _cut_dateline(builder: _Builder, unit: _Unit) -> None:
    """Cut the dateline off the first body paragraph (it then starts after the separator)."""
    if (unit.start, unit.end) not in builder.bodies:
        return
    dateline = _make_dateline(builder.text, unit.start, unit.end)
    if dateline is None:
        return
    builder.dateline = dateline
    position = builder.bodies.index((unit.start, unit.end))
    rest = builder.text[dateline.span.end : unit.end]
    start = dateline.span.end + len(rest) - len(rest.lstrip())
    if start >= unit.end:
        builder.bodies.pop(position)
    else:
        builder.bodies[position] = (start, unit.end)


def _place_header_datelines(builder: _Builder) -> None:
    """The first place-and-date line above the body is the dateline when the body opens
    with none (a press release's ``Kathmandu, 8 August 2024``); the others are DATE."""
    for start, end in builder.header_datelines:
        if builder.dateline is None:
            builder.dateline = _make_dateline(builder.text, start, end)
        else:
            builder.set_aside(start, end, FurnitureKind.DATE)


_BYLINE_PLACE = re.compile(rf",\s?(?P<place>{_PLACE})$")
"""The last comma-separated part of a byline: ``, Abuja`` in ``By Ada Obi, Abuja``."""


def _take_byline_place(builder: _Builder) -> None:
    """The city ending a byline above the body (``By Ada Obi, Abuja``) is the dateline's
    place when the story has no dateline; the byline keeps the words before it."""
    first_body = builder.bodies[0][0]
    for number, piece in enumerate(builder.furniture):
        if piece.kind is not FurnitureKind.BYLINE or piece.span.start > first_body:
            continue
        match = _BYLINE_PLACE.search(piece.text)
        if match is None or not _is_city(match.group("place")):
            continue
        start = piece.span.start + match.start("place")
        place = Span(start=start, end=piece.span.end)
        builder.dateline = Dateline(span=place, place=place)
        kept_end = piece.span.start + match.start() + 1  # the comma stays with the byline
        builder.furniture[number] = _furniture(
            builder.text, piece.span.start, kept_end, FurnitureKind.BYLINE
        )
        return


def _is_city(words: str) -> bool:
    """Whether ``words`` is a city the gazetteer knows."""
    entry = lookup_place(words)
    return entry is not None and entry.kind is PlaceKind.CITY


def _release_date(builder: _Builder) -> dt.date | None:
    """The full date of a dateline alone on its line (a press release's date line)."""
    dateline = builder.dateline
    if dateline is None or dateline.date is None:
        return None
    text = builder.text
    line_start = text.rfind("\n", 0, dateline.span.start) + 1
    line_end = text.find("\n", dateline.span.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if line.strip() != dateline.span.of(text):
        return None
    date = _date_line(dateline.date.of(text))
    return None if date is None else date.date


def _cut_wire_credit(builder: _Builder) -> None:
    """Cut a closing wire credit (``... said. (PNA)``) off the last paragraph."""
    if not builder.bodies:
        return
    start, end = builder.bodies[-1]
    match = _INLINE_CREDIT.search(builder.text, max(start, end - 80), end)
    if match is None:
        return
    credit_start = match.start("credit")
    builder.set_aside(credit_start, end, FurnitureKind.WIRE_CREDIT)
    builder.bodies[-1] = (start, start + len(builder.text[start:credit_start].rstrip()))


@functools.cache
def _original_date_labels() -> tuple[str, ...]:
    """The labels of an original publication date (``Originally published``), folded."""
    return tuple(label.casefold() for label in load_lines("furniture_original_date_labels.txt"))


def _original_date(lines: list[_Line], dates: list[_DateLine | None]) -> dt.date | None:
    """The full date of a line labelled as the original publication date (``Originally
    published 21 Feb 2024``, or the label alone on the line above the date)."""
    labels = _original_date_labels()
    for index, date in enumerate(dates):
        if date is None or date.date is None:
            continue
        here = lines[index].text.casefold()
        above = lines[index - 1].text.casefold() if index else ""
        if here.startswith(labels) or above.rstrip(" :") in labels:
            return date.date
    return None


def _page_date(lines: list[_Line], dates: list[_DateLine | None], body: int) -> dt.date | None:
    """The date labelled as the original publication date, else the first full date line
    before the body, else the first labelled one anywhere."""
    original = _original_date(lines, dates)
    if original is not None:
        return original
    labelled: dt.date | None = None
    for line, date in zip(lines, dates, strict=True):
        if date is None or date.date is None:
            continue
        if line.start < body:
            return date.date
        if labelled is None and date.timestamp:
            labelled = date.date
    return labelled
