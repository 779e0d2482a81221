"""The events stage: meetings, conferences, visits, signings, launches, adoptions, regularisations.

An event is announced by a trigger word from ``data/event_triggers.tsv`` in a body
sentence; its date, place, organisers, theme and participants are read from the
words around the trigger, from the actors' mentions and from the dates found by
earlier stages. Later mentions of the same gathering (``this meeting``) are merged
into it. Every search looks at most a few hundred characters around a trigger, so
the stage is linear in the size of the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence

import attrs

from migmodel._lexicon import load_lines, load_rows
from migmodel._pipeline.document import ActorMention, Actors, Document, MentionVia
from migmodel._pipeline.positions import (
    ORGANISER,
    PARTICIPATION,
    TRIGGER,
    FactIndex,
    FoundCues,
    alternation,
    fact_cues,
    gapped_by,
    governed_by_other,
    is_bound,
    matches_near,
)
from migmodel.model import (
    DateMention,
    EntityKind,
    EntityRef,
    Event,
    EventKind,
    FuzzyDate,
    PlaceKind,
    Precision,
    Span,
    Statement,
)

__all__ = ["events"]

_WINDOW = 300
"""How far (in characters) from a trigger the stage looks for what belongs to it."""
_OBJECT_WINDOW = 120
_CLAUSE_MINIMUM = 40
_THEME_WORDS = 14
_RECENT_DAYS = 7
_APPOSITION_REACH = 60
_LEAD_PARAGRAPHS = 1
_ORGANISER_REACH = 80

_GATHERINGS = frozenset({EventKind.MEETING, EventKind.CONFERENCE})
_DATELINE_KINDS = frozenset(
    {
        EventKind.MEETING,
        EventKind.CONFERENCE,
        EventKind.SIGNING,
        EventKind.LAUNCH,
        EventKind.ADOPTION,
    }
)
_ANAPHOR = "anaphor"
_DEFINITE = frozenset({"the", "this", "that"})

_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
_WORD = re.compile(r"[\w'’-]+")
_QUOTED_TITLE = re.compile(
    r"\b(?:on|entitled|titled|themed|theme|dubbed|called)\s{1,3}(?:of\s{1,3})?[:,]?\s{0,3}"
    r"[“\"«‘]\s{0,3}(?P<title>[^“”\"«»\n]{3,300}?)\s{0,3}[”\"»’]",
    re.IGNORECASE,
)
_THEME_STOP = re.compile(
    r"[,.;:!?()“”\"«»]|\s(?:in|at|held|organi[sz]ed|hosted|which|that|who|with|on|to|and\s+will)\s",
    re.IGNORECASE,
)
_PHRASE_STOP = re.compile(r"[;:.!?“”\"«»]|\son\s|,\s(?:this|which|where|who|while|and\s+the)\s")
_CLAUSE_BREAK = re.compile(r",\s|;\s|\s[–—]\s")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at)\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")
_APPOSITION_BEFORE = re.compile(
    r"[\w”\"],\s{1,3}(?:an?|another|one)\s{1,3}(?:[\w-]+\s{1,3}){0,3}$", re.IGNORECASE
)
_BRACKET = re.compile(r"\s{0,3}\(\s{0,3}")
_BRACKET_CLOSE = re.compile(r"\s{0,3}\(?\s{0,3}")
_AT_GATHERING = re.compile(r"\b(?:at|during|on the sidelines of)\s{1,3}(?:[\w-]+\s{1,3}){0,3}$")
_LIGHT_VERB = re.compile(r"\b(?:gave|give|gives|granted|grants|won|received)\b[^,.;]{0,25}$")
_COORDINATION = re.compile(
    r"\)?\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|and\s{1,3}|&\s{0,3})(?:the\s{1,3})?", re.IGNORECASE
)


@attrs.frozen(kw_only=True)
class _Trigger:
    """A trigger word's kind and class, from ``event_triggers.tsv``."""

    kind: str
    word_class: str


_MET_VERBS = frozenset({"met", "meets"})


def _is_base_meet(text: str, trigger: Span) -> bool:
    """Whether the trigger is the base verb ``meet``."""
    return trigger.of(text).casefold() == "meet"


_CLAUSE_END = re.compile(r"[;:.!?]|,\s{1,3}(?:to|where|which|who|and|but)\s")
_LIST_JOINT = re.compile(r"\s{0,2}(?:,|and|or)\s{1,3}")


@functools.cache
def _triggers() -> tuple[re.Pattern[str], dict[str, _Trigger]]:
    table: dict[str, _Trigger] = {}
    for row in load_rows("event_triggers.tsv"):
        table[row[0].lower()] = _Trigger(kind=row[1], word_class=row[2])
    pattern = re.compile(rf"(?<![\w-]){alternation(table)}(?![\w-])", re.IGNORECASE)
    return pattern, table


@functools.cache
def _words(name: str) -> frozenset[str]:
    return frozenset(line.lower() for line in load_lines(name))


def _phrase_pattern(name: str, *, suffix: str = r"(?![\w-])") -> re.Pattern[str]:
    phrases = alternation(line.lower() for line in load_lines(name))
    return re.compile(rf"(?<![\w-]){phrases}{suffix}", re.IGNORECASE)


@functools.cache
def _organiser_cues() -> re.Pattern[str]:
    """The organiser phrases; ``X by`` may hold up to three words (``released on Thursday by``)."""
    alternatives = []
    for phrase in sorted(load_lines("event_organiser_cues.txt"), key=len, reverse=True):
        words = [re.escape(word) for word in phrase.split()]
        if gapped_by(words):
            head = r"\s{1,3}".join(words[:-1])
            alternatives.append(rf"{head}(?:\s{{1,3}}[\w-]+){{0,3}}?\s{{1,3}}by")
        else:
            alternatives.append(r"\s{1,3}".join(words))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])", re.IGNORECASE)


@functools.cache
def _active_organiser_verbs() -> re.Pattern[str]:
    return _phrase_pattern("event_active_organiser_verbs.txt", suffix=r"(?![\w-])(?!\s{1,3}by\b)")


@functools.cache
def _theme_cues() -> re.Pattern[str]:
    return _phrase_pattern("event_theme_cues.txt")


@functools.cache
def _speech_cues() -> re.Pattern[str]:
    return _phrase_pattern(
        "event_speech_cues.txt", suffix=r"(?![\w-])\s{1,3}(?:[\w'’-]+\s{1,3}){0,4}$"
    )


@functools.cache
def _participation_cues() -> re.Pattern[str]:
    return _phrase_pattern("event_participation_cues.txt")


@functools.cache
def _objects() -> dict[str, re.Pattern[str]]:
    nouns: dict[str, list[str]] = {}
    for kind, noun in load_rows("event_objects.tsv"):
        nouns.setdefault(kind, []).append(noun)
    return {
        kind: re.compile(rf"(?<![\w-]){alternation(_noun_forms(words))}(?![\w-])", re.IGNORECASE)
        for kind, words in nouns.items()
    }


def _noun_forms(nouns: list[str]) -> set[str]:
    """Each noun and its plurals (``agreements``, ``policies``), never a longer word
    (``law`` is not ``lawyer``, ``plan`` not ``planning``)."""
    forms: set[str] = set()
    for noun in (noun.lower() for noun in nouns):
        forms.update((noun, noun + "s", noun + "es"))
        if noun.endswith("y"):
            forms.add(noun[:-1] + "ies")
    return forms


@attrs.define(eq=False)
class _Draft:
    """An event being put together from its mentions."""

    kind: EventKind
    start: int
    span: Span
    description: str
    sentence: Span
    date: FuzzyDate | None = None
    place: EntityRef | None = None
    organizers: list[EntityRef] = attrs.Factory(list)
    participants: list[EntityRef] = attrs.Factory(list)
    theme: str | None = None
    participial: bool = False
    needs_evidence: bool = False
    here: bool = False
    paragraph: int = 0
    last_number: int = 0
    last_end: int = 0


@attrs.frozen(kw_only=True)
class _Candidate:
    """One trigger occurrence, before it is merged into an event."""

    kind: EventKind | None
    span: Span
    sentence: Span
    definite: bool
    participial: bool
    needs_evidence: bool
    number: int = 0
    paragraph: int = 0
    apposition: bool = False


def _body_sentences(document: Document) -> list[tuple[Span, int]]:
    """The body sentences with their paragraph; whole paragraphs when none were found."""
    found = [
        (sentence.span, sentence.paragraph)
        for sentence in document.sentences
        if sentence.paragraph >= 0
    ]
    if found:
        return found
    return [(paragraph.span, paragraph.index) for paragraph in document.layout.paragraphs]


def _tokens_before(text: str, position: int, floor: int) -> list[str]:
    window = text[max(floor, position - 80) : position]
    return [token.lower() for token in _TOKEN.findall(window)]


def _is_copula(words: Sequence[str]) -> bool:
    """Whether the last word is a form of *be* or *remain* (``is``, ``was``, ``remains``)."""
    return bool(words) and words[-1].lower() in _words("event_copulas.txt")


def _licensed(text: str, position: int, floor: int) -> tuple[bool, bool]:
    """Whether a noun trigger has a licensing word within four words before it.

    Returns (licensed, definite): definite when the licenser is ``the``/``this``/``that``
    with no capitalised word in between (a back-reference such as ``this meeting``).
    """
    licensers = _words("event_licensers.txt")
    blockers = _words("event_blockers.txt")
    window = text[max(floor, position - 80) : position]
    words = _TOKEN.findall(window)
    capitalised_between = False
    for offset, word in enumerate(reversed(words[-4:])):
        lower = word.lower()
        if lower in {"a", "an"} and _is_copula(words[: len(words) - offset - 1]):
            return False, False  # "the Process is a consultative forum": a description
        if lower in licensers or lower.endswith(("'s", "’s")):
            return True, lower in _DEFINITE and not capitalised_between
        if lower in blockers or not _WORD.fullmatch(word):
            return False, False
        if word[:1].isupper():
            capitalised_between = True
    return False, False


def _after_aux(text: str, position: int, floor: int) -> bool:
    tokens = _tokens_before(text, position, floor)
    return bool(tokens) and tokens[-1] in _words("event_aux.txt")


def _subject_gap(gap: str, index: FactIndex, start: int) -> bool:
    """Whether the words between a subject and its verb are only auxiliaries and dates."""
    characters = list(gap)
    for mention in index.dates_in(start, start + len(gap)):
        for offset in range(mention.span.start - start, mention.span.end - start):
            characters[offset] = " "
    tokens = _TOKEN.findall("".join(characters))
    aux = _words("event_aux.txt")
    words = [token for token in tokens if token not in {",", ")"}]
    if not words and "," in tokens:
        return False
    return len(words) <= 5 and all(token.lower() in aux for token in words)


def _subject(index: FactIndex, position: int, floor: int) -> list[ActorMention]:
    """The actor mentions that are the subject of the verb at ``position``.

    Rule: the nearest mention before the verb, when only auxiliaries, adverbs, dates
    and commas stand between them (``Morocco has launched``, ``led Senegal to
    regularise``; a lone comma is not enough: ``the policy of Senegal, adopted``),
    or a demonym followed by a government noun (``the Spanish
    government adopted``); mentions joined to it by ``and`` or commas count too
    (``Spain and Morocco signed``).
    """
    text = index.text
    before = [
        mention
        for mention in index.mentions_in(max(floor, position - _WINDOW), position)
        if mention.span.end <= position
    ]
    if not before:
        return []
    last = before[-1]
    gap = text[last.span.end : position]
    if not _subject_gap(gap, index, last.span.end):
        nouns = _words("event_subject_nouns.txt")
        tokens = [token.lower() for token in _TOKEN.findall(gap)]
        if not (
            last.via is MentionVia.DEMONYM
            and tokens
            and tokens[0] in nouns
            and _subject_gap(" ".join(tokens[1:]), index, position)
        ):
            return []
    found = [last]
    for mention in reversed(before[:-1]):
        between = text[mention.span.end : found[-1].span.start]
        if mention.ref == found[-1].ref and _BRACKET.fullmatch(between):
            found[-1] = mention
            continue
        if _COORDINATION.fullmatch(between) is None:
            break
        found.append(mention)
    found.reverse()
    return found


def _preceding_word(text: str, position: int, floor: int) -> str:
    tokens = _tokens_before(text, position, floor)
    return tokens[-1] if tokens else ""


def _word_before(text: str, position: int, floor: int) -> str:
    """The word (lower case) that ends right before ``position``, or ""."""
    words = _WORD.findall(text, max(floor, position - 30), position)
    return words[-1].lower() if words else ""


def _following_word(text: str, position: int, ceiling: int) -> str:
    match = _TOKEN.search(text, position, min(ceiling, position + 80))
    return match.group().lower() if match else ""


def _is_participial(index: FactIndex, trigger: Span, sentence: Span) -> bool:
    """Whether a past participle modifies a noun (``the agreements signed with ...``).

    Rule: not after an auxiliary or a subject mention, and followed by a preposition
    or punctuation rather than an object.
    """
    text = index.text
    if _after_aux(text, trigger.start, sentence.start) or _subject(
        index, trigger.start, sentence.start
    ):
        return False
    following = _following_word(text, trigger.end, sentence.end)
    return following in _words("event_blockers.txt") or following in {
        "",
        ",",
        ".",
        "at",
        "between",
        "during",
        "under",
        "among",
        "last",
        "since",
        "earlier",
        "this",
    }


def _has_object(text: str, kind: EventKind, trigger: Span, sentence: Span) -> bool:
    """Whether a fitting noun stands where the trigger's object or subject would be.

    Rule: after a form of ``be`` (``the law was adopted``) the noun comes before
    the verb; otherwise after it (``signed a memorandum``, ``the launch of a
    programme``) or shortly before it (``the compact, signed in ...``).
    """
    pattern = _objects().get(kind.value)
    if pattern is None:
        return True
    floor = max(sentence.start, trigger.start - _OBJECT_WINDOW)
    if _preceding_word(text, trigger.start, sentence.start) in _words("event_passive_aux.txt"):
        return pattern.search(text, floor, trigger.start) is not None
    after = pattern.search(text, trigger.end, min(sentence.end, trigger.end + _OBJECT_WINDOW))
    return (
        after is not None
        or pattern.search(text, max(floor, trigger.start - 60), trigger.start) is not None
    )


def _met_with(index: FactIndex, trigger: Span, sentence: Span) -> bool:
    """Whether ``met``/``meet`` reports a meeting: a partner or, for the base verb, a
    time or place after it (``will meet again in Tunis``), not an object such as
    ``to meet related challenges``."""
    text = index.text
    following = _following_word(text, trigger.end, sentence.end)
    if following in _words("event_meeting_objects.txt"):
        return True
    if _is_base_meet(text, trigger) and (
        following in _words("event_meet_followers.txt") or not following
    ):
        return True
    if _partner_ahead(text, trigger.end, min(sentence.end, trigger.end + 40)):
        return True
    return any(
        not text[trigger.end : mention.span.start].strip()
        for mention in index.mentions_in(trigger.end, min(sentence.end, trigger.end + 80))
    )


_PARTNER_REACH = 4
_NOT_BEFORE_A_PARTNER = frozenset({"of", "for", "to", "by", "from", "with", "in", "on", "at"})


def _partner_ahead(text: str, start: int, end: int) -> bool:
    """Whether a partner noun (``event_meeting_partners.txt``) is among the first four
    words after ``met``/``meet``, with no preposition before it: ``meet provincial
    counterparts``, ``met a delegation``, but not ``meet the needs of officials``."""
    partners = _words("event_meeting_partners.txt")
    for word in _WORD.findall(text, start, end)[:_PARTNER_REACH]:
        lower = word.lower()
        if lower in partners:
            return True
        if lower in _NOT_BEFORE_A_PARTNER:
            return False
    return False


def _candidates(
    index: FactIndex,
    sentences: Sequence[tuple[Span, int]],
    names: Sequence[frozenset[str]],
    cues: FoundCues,
) -> list[_Candidate]:
    """Every trigger occurrence that passes its class's rule, in text order.

    ``names``: the cue lexicons each sentence holds; ``cues``: where their words start.
    """
    pattern, table = _triggers()
    text = index.text
    found: list[_Candidate] = []
    for number, (sentence, paragraph) in enumerate(sentences):
        if TRIGGER not in names[number]:
            continue
        for match in _matches_at(pattern, text, sentence, cues.starts_in(TRIGGER, sentence)):
            trigger = table.get(" ".join(match.group().lower().split()))
            if trigger is None:
                continue
            span = Span(start=match.start(), end=match.end())
            if text[span.end : span.end + 1] == ":":
                continue  # a label ("Published: June 3"), not an event
            if _word_before(text, span.start, sentence.start) in _words("event_press_words.txt"):
                continue  # "a news conference": where speech is reported, not an event
            kind = None if trigger.kind == _ANAPHOR else EventKind(trigger.kind)
            if _no_occurrence(text, kind, span, sentence):
                continue
            licensed, definite = _licensed(text, span.start, sentence.start)
            if trigger.word_class == "noun" and not licensed:
                continue
            if trigger.word_class == "both" and not (
                licensed
                or _after_aux(text, span.start, sentence.start)
                or _subject(index, span.start, sentence.start)
            ):
                continue
            if (
                kind is EventKind.MEETING
                and trigger.word_class in ("verb", "both")
                and not _met_with(index, span, sentence)
            ):
                continue
            if kind is not None and not _has_object(text, kind, span, sentence):
                continue
            if trigger.word_class != "noun" and _in_contact_relative(index, span, sentence):
                continue
            participial = trigger.word_class == "verb" and kind in {
                EventKind.SIGNING,
                EventKind.ADOPTION,
                EventKind.LAUNCH,
            }
            participial = participial and _is_participial(index, span, sentence)
            found.append(
                _Candidate(
                    kind=kind,
                    span=span,
                    sentence=sentence,
                    definite=definite,
                    participial=participial,
                    needs_evidence=kind is EventKind.VISIT,
                    number=number,
                    paragraph=paragraph,
                    apposition=_APPOSITION_BEFORE.search(
                        text[max(sentence.start, span.start - 60) : span.start]
                    )
                    is not None,
                )
            )
    return found


_PRONOUN_AFTER_WORD = re.compile(
    r"(?<![\w'’-])([a-z][\w'’-]*)\s{1,3}(?:it|they|we|he|she|you|I)\s{1,3}$"
)
_NO_OBJECT = re.compile(r"\s{0,3}(?:[.,;:!?)]|$)")


def _in_contact_relative(index: FactIndex, trigger: Span, sentence: Span) -> bool:
    """Whether a verb trigger sits in a relative clause without ``that``: a pronoun
    subject right after a noun and no object (``the farms it visited last year``, the
    noun being what was visited), so the clause only describes the noun."""
    text = index.text
    before = _PRONOUN_AFTER_WORD.search(
        text, max(sentence.start, trigger.start - 40), trigger.start
    )
    if before is None or before.group(1) in _words("event_clause_openers.txt"):
        return False
    if _NO_OBJECT.match(text, trigger.end, sentence.end):
        return True
    following = index.dates_in(trigger.end, sentence.end)
    return bool(following) and not text[trigger.end : following[0].span.start].strip()


_NEGATION_REACH = 4
"""How many words before a trigger a negation may stand (``does not mean an automatic``)."""


@functools.cache
def _time_anchor() -> re.Pattern[str]:
    """A time unit and a relation word ending right before a trigger (``30 days after``)."""
    rows = load_rows("event_time_anchors.txt")
    units = alternation(word for word, role in rows if role == "unit")
    relations = alternation(word for word, role in rows if role == "relation")
    return re.compile(
        rf"(?<![\w-]){units}\s{{1,3}}{relations}\s{{1,3}}(?:(?:the|its|their)\s{{1,3}})?$",
        re.IGNORECASE,
    )


@functools.cache
def _source_phrase() -> re.Pattern[str]:
    """A source phrase with no clause break up to the end of the text searched."""
    return re.compile(
        rf"{_phrase_pattern('event_source_phrases.txt').pattern}[^,;:.!?]{{0,80}}$", re.IGNORECASE
    )


def _no_occurrence(text: str, kind: EventKind | None, trigger: Span, sentence: Span) -> bool:
    """Whether a trigger's words deny that the event happened.

    Rules: a negation of ``data/event_negations.txt`` up to four words before a
    non-gathering trigger in its clause (``which does not mean an automatic
    regularization``); a time unit and a relation word right before it (``30 days after
    signing``, ``data/event_time_anchors.txt``); a source phrase earlier in its clause
    (``according to Home Office figures published on Thursday``).
    """
    floor = max(sentence.start, trigger.start - 100)
    clause_start = max(text.rfind(",", floor, trigger.start) + 1, floor)
    if _time_anchor().search(text, floor, trigger.start):
        return True
    if _source_phrase().search(text, clause_start, trigger.start):
        return True
    if kind is None or kind in _GATHERINGS:
        return False
    words = [word.lower() for word in _TOKEN.findall(text, clause_start, trigger.start)]
    negations = _words("event_negations.txt")
    return any(word in negations or word.endswith("n't") for word in words[-_NEGATION_REACH:])


def _inside_name(text: str, start: int, end: int) -> bool:
    """Whether a comma joins capitalised words (``Safe, Orderly and Regular``): no clause break."""
    before = _WORD.findall(text[max(0, start - 30) : start])
    after = _WORD.search(text, end, end + 30)
    return bool(
        before and before[-1][:1].isupper() and after is not None and after.group()[:1].isupper()
    )


def _clause(text: str, trigger: Span, sentence: Span) -> Span:
    """The comma-delimited part of the sentence around the trigger, widened to 40 characters.

    Rule: the sentence is cut at ``, ``, ``; `` and dashes; the piece holding the
    trigger is joined with its neighbours (rightwards first when the trigger opens
    it) until it is at least 40 characters long. A comma between capitalised words
    (inside a name) does not cut.
    """
    start = max(sentence.start, trigger.start - _WINDOW)
    end = min(sentence.end, trigger.end + _WINDOW)
    cuts = [
        match
        for match in _CLAUSE_BREAK.finditer(text, start, end)
        if not _inside_name(text, match.start(), match.end())
    ]
    left_bounds = [start, *(match.end() for match in cuts if match.end() <= trigger.start)]
    right_bounds = [match.start() for match in cuts if match.start() >= trigger.end]
    right_bounds.append(end)
    left = len(left_bounds) - 1
    right = 0

    def width() -> int:
        return right_bounds[right] - left_bounds[left]

    prefer_right = trigger.start - left_bounds[left] <= 12
    while width() < _CLAUSE_MINIMUM:
        can_left = left > 0
        can_right = right < len(right_bounds) - 1
        if prefer_right and can_right:
            right += 1
        elif can_left:
            left -= 1
        elif can_right:
            right += 1
        else:
            break
    clause_start, clause_end = left_bounds[left], right_bounds[right]
    piece = text[clause_start:clause_end]
    stripped = piece.strip(" \n\t,;")
    clause_start += piece.find(stripped) if stripped else 0
    return Span(start=clause_start, end=clause_start + len(stripped))


@functools.cache
def _titled_year() -> re.Pattern[str]:
    """An instrument head and a comma right before a year (``the ... Act, 2018``)."""
    heads = alternation(row[0].lower() for row in load_rows("instrument_heads.tsv"))
    return re.compile(rf"(?<![\w-]){heads}\s{{0,2}},\s{{1,3}}$", re.IGNORECASE)


def _is_attributive_year(text: str, mention: DateMention) -> bool:
    """A bare year that names something rather than dates it: ``the 2011 Constitution``,
    ``the Prevention of Smuggling of Migrants Act, 2018`` (a capitalised head before it)."""
    if not _YEAR.fullmatch(mention.text.strip()):
        return False
    following = text[mention.span.end : mention.span.end + 2].strip()
    start = mention.span.start
    title = _titled_year().search(text, max(0, start - 30), start)
    return following[:1].isupper() or (title is not None and title.group()[:1].isupper())


def _date(index: FactIndex, trigger: Span, sentence: Span) -> FuzzyDate | None:
    """The resolved date mention nearest to the trigger in its sentence, never a bound
    (``by 2030``, ``until June``), a year in a title (``the Refugees Act, 2021``) or a
    date another participle governs (``the agreement concluded in 2018``)."""
    text = index.text
    start = max(sentence.start, trigger.start - _WINDOW)
    end = min(sentence.end, trigger.end + _WINDOW)
    best: tuple[bool, int, FuzzyDate] | None = None
    for mention in index.dates_in(start, end):
        if (
            mention.value is None
            or is_bound(mention)
            or _is_attributive_year(text, mention)
            or governed_by_other(text, trigger, mention.span.start, sentence.start)
        ):
            continue
        distance = (
            trigger.start - mention.span.end
            if mention.span.end <= trigger.start
            else mention.span.start - trigger.end
        )
        rank = (_dates_the_report(text, mention, trigger), abs(distance), mention.value)
        if best is None or rank[:2] < best[:2]:
            best = rank
    return best[2] if best is not None else None


@functools.cache
def _reporting_lead() -> re.Pattern[str]:
    forms = (row[0] for row in load_rows("reporting_verbs.tsv") if row[2] == "finite")
    verbs = alternation(forms)
    return re.compile(rf"(?<![\w-])(?:{verbs})\s{{1,3}}(?:on\s{{1,3}})?$", re.IGNORECASE)


def _dates_the_report(text: str, mention: DateMention, trigger: Span) -> bool:
    """Whether a date right after a reporting verb before the trigger dates the report,
    not the event (``officials said last week that ... a visit ... on December 27``):
    such a date is taken only when the sentence has no other."""
    if mention.span.end > trigger.start:
        return False
    lead = _reporting_lead().search(text, max(0, mention.span.start - 30), mention.span.start)
    return lead is not None


def _is_place(mention: ActorMention) -> bool:
    return mention.ref.kind is EntityKind.PLACE and mention.via is not MentionVia.DEMONYM


def _place(index: FactIndex, kind: EventKind, trigger: Span, sentence: Span) -> EntityRef | None:
    """Where the event happens.

    Rule: the first place named after the trigger in its sentence behind ``in`` or
    ``at`` (``a meeting on Tuesday in Rabat``, ``signed in Lima``), unless that place opens
    a list of places (``in Amhara, Oromia and Tigray`` is a scope) or follows a word of
    ``event_place_attachers.txt`` (``migrants stranded in the Sahel``); for a visit also
    behind ``to`` or right after the verb (``visited Dakar``); else a place behind
    ``In`` that opens the sentence (``In Niamey, officials met ...``).
    """
    text = index.text
    end = min(sentence.end, trigger.end + 160)
    for mention in index.mentions_in(trigger.end, end):
        if not _is_place(mention):
            continue
        before = text[max(sentence.start, mention.span.start - 12) : mention.span.start]
        if governed_by_other(text, trigger, mention.span.start, sentence.start):
            continue
        if _PREPOSITION_BEFORE.search(before):
            if _after_title_word(index, mention.span.start, sentence.start):
                continue
            if _attached_to_a_noun(index, mention.span.start, sentence.start):
                continue
            if _listed_place(index, mention, sentence):
                break  # "in Amhara, Oromia and Tigray": the scope, not a venue
            return mention.ref
        if kind is EventKind.VISIT and (
            _TO_BEFORE.search(before) or not text[trigger.end : mention.span.start].strip()
        ):
            return mention.ref
    if kind in _GATHERINGS:
        venue = _place_before_gathering(index, trigger, sentence)
        if venue is not None:
            return venue
    opening = text[sentence.start : min(sentence.end, sentence.start + 4)].lower()
    if opening.startswith(("in ", "at ")):
        for mention in index.mentions_in(sentence.start, trigger.start):
            if _is_place(mention):
                return mention.ref
            break
    return None


_AT_GATHERING_AFTER_PLACE = re.compile(
    r"\s{0,3},?\s{0,3}(?:at|during)\s{1,3}(?:[\w'’-]+\s{1,3}){0,4}", re.IGNORECASE
)
_HERE = re.compile(r"(?<![\w-])(?:[a-z]{3,}ed|held|met|took\s{1,3}place)\s{1,3}here(?![\w-])")


def _place_before_gathering(index: FactIndex, trigger: Span, sentence: Span) -> EntityRef | None:
    """``in Abuja at a stakeholders' forum``: the place behind ``in`` right before ``at``
    or ``during`` and the gathering."""
    before = index.mentions_in(max(sentence.start, trigger.start - 80), trigger.start)
    if not before or not _is_place(before[-1]):
        return None
    place = before[-1]
    preposition = index.text[max(sentence.start, place.span.start - 12) : place.span.start]
    if not _PREPOSITION_BEFORE.search(preposition):
        return None
    between = index.text[place.span.end : trigger.start]
    return place.ref if _AT_GATHERING_AFTER_PLACE.fullmatch(between) else None


def _said_here(text: str, trigger: Span, sentence: Span) -> bool:
    """``a meeting ... held here``: the event took place where the dateline is."""
    return _HERE.search(text, trigger.end, min(sentence.end, trigger.end + 120)) is not None


_WORD_BEFORE_PREPOSITION = re.compile(r"(\w+)\s{1,3}(?:in|at)\s{1,3}(?:the\s{1,3})?$", re.I)


def _attached_to_a_noun(index: FactIndex, position: int, floor: int) -> bool:
    """Whether ``in``/``at`` before ``position`` follows a word tying the place to a noun."""
    before = _WORD_BEFORE_PREPOSITION.search(index.text, max(floor, position - 40), position)
    return before is not None and before.group(1).lower() in _words("event_place_attachers.txt")


def _listed_place(index: FactIndex, mention: ActorMention, sentence: Span) -> bool:
    """Whether a place heads a list of places (``in Amhara, Oromia and Tigray``)."""
    following = index.mentions_in(mention.span.end, min(sentence.end, mention.span.end + 60))
    return any(
        _is_place(other) and _LIST_JOINT.fullmatch(index.text[mention.span.end : other.span.start])
        for other in following
    )


def _after_title_word(index: FactIndex, position: int, floor: int) -> bool:
    """``Representative in Jordan``: ``in`` after a capitalised title word, not an event's place.

    A capitalised date word (``on Tuesday in Rabat``) is no title, nor a venue behind
    ``at`` (``at UN Headquarters in New York``).
    """
    start = max(floor, position - 40)
    words = list(_TOKEN.finditer(index.text, start, position))
    if len(words) < 2 or words[-1].group().lower() not in {"in", "at"}:
        return False
    previous = words[-2]
    if any(
        mention.span.end >= previous.end()
        for mention in index.dates_in(max(floor, previous.start() - 40), previous.end() + 1)
    ):
        return False
    if not (previous.group()[:1].isupper() and _WORD.fullmatch(previous.group())):
        return False
    return not _after_venue_at(words[:-1])


def _after_venue_at(words: Sequence[re.Match[str]]) -> bool:
    """Whether capitalised words ending the list follow ``at`` (``at UN Headquarters``):
    a venue, and the place behind it is the event's (``... in New York``)."""
    position = len(words) - 1
    while position >= 0 and words[position].group()[:1].isupper():
        position -= 1
    if position >= 0 and words[position].group().lower() == "the":
        position -= 1
    return position >= 0 and words[position].group().lower() == "at"


def _apposition_spans(index: FactIndex, start: int, end: int) -> list[tuple[int, int]]:
    """The appositions after persons: ``, a member of the Senate,`` after ``Jane Doe``."""
    text = index.text
    found = []
    for mention in index.mentions_in(start, end):
        if mention.ref.kind is not EntityKind.PERSON:
            continue
        after = mention.span.end
        if text[after : after + 2] != ", ":
            continue
        word = _following_word(text, after + 2, end)
        if not word or not word[:1].islower() or word == "and":
            continue
        close = text.find(",", after + 2, end)
        found.append((after, close if close != -1 else end))
    return found


def _refs(mentions: Iterable[ActorMention]) -> list[EntityRef]:
    found: list[EntityRef] = []
    for mention in mentions:
        if mention.ref not in found:
            found.append(mention.ref)
    return found


def _named_actors(index: FactIndex, start: int, end: int) -> list[EntityRef]:
    """The persons and organisations named in a phrase, appositions left out.

    Countries count only when no person or organisation is named (``hosted by
    Senegal``); places behind ``in``/``at`` and demonyms never do.
    """
    text = index.text
    skipped = _apposition_spans(index, start, end)
    mentions = [
        mention
        for mention in index.mentions_in(start, end)
        if not any(low <= mention.span.start < high for low, high in skipped)
    ]
    people = [
        mention
        for mention in mentions
        if mention.ref.kind in {EntityKind.PERSON, EntityKind.ORGANIZATION}
    ]
    if people:
        return _refs(people)
    countries = [
        mention
        for mention in mentions
        if _is_place(mention)
        and index.place_kind(mention.ref) is PlaceKind.COUNTRY
        and not _PREPOSITION_BEFORE.search(
            text[max(start, mention.span.start - 12) : mention.span.start]
        )
    ]
    return _refs(countries)


def _before_new_subject(index: FactIndex, start: int, end: int) -> int:
    """Cut a phrase before ``, NAME`` once it has named someone (``..., Secretary X said``)."""
    seen = False
    for mention in index.mentions_in(start, end):
        if seen and mention.ref.kind is EntityKind.PERSON:
            before = index.text[max(start, mention.span.start - 40) : mention.span.start]
            comma = before.rfind(", ")
            if comma != -1 and "and" not in before[comma:].split():
                return max(start, mention.span.start - len(before) + comma)
        if mention.ref.kind is not EntityKind.PLACE:
            seen = True
    return end


def _matches_at(
    pattern: re.Pattern[str], text: str, sentence: Span, starts: Sequence[int] | None
) -> Iterable[re.Match[str]]:
    """The matches of a pattern that match at one of its cue words' ``starts`` in a sentence
    (``None``: not known, the whole sentence is searched)."""
    if starts is None:
        return pattern.finditer(text, sentence.start, sentence.end)
    return matches_near(pattern, text, sentence, [(start, start) for start in starts])


def _organiser_phrases(
    index: FactIndex, sentence: Span, cues: Sequence[int] | None
) -> list[tuple[int, list[EntityRef]]]:
    """Organisers named in a sentence, each with the position of its cue.

    Rules: the actors in the phrase after ``organized by``, ``hosted by``, ``at the
    initiative of`` ... up to the end of the clause (a quotation, ``on``, ``;``, ``,
    this``, ``, which``); or the subject of an active ``organized``/``hosted``/``held``.
    ``cues``: where the phrases and verbs may start (``None``: anywhere).
    """
    text = index.text
    found: list[tuple[int, list[EntityRef]]] = []
    for cue in _matches_at(_organiser_cues(), text, sentence, cues):
        limit = min(sentence.end, cue.end() + _WINDOW)
        stop = _PHRASE_STOP.search(text, cue.end(), limit)
        end = _before_new_subject(index, cue.end(), stop.start() if stop else limit)
        refs = _named_actors(index, cue.end(), end)
        if refs:
            found.append((cue.start(), refs))
    for verb in _matches_at(_active_organiser_verbs(), text, sentence, cues):
        subject = _subject(index, verb.start(), sentence.start)
        refs = _refs(subject)
        if refs:
            found.append((verb.start(), refs))
    return found


def _clean_theme(words: str) -> str | None:
    words = " ".join(words.split()).strip(" ,;:.")
    return words or None


def _theme(index: FactIndex, trigger: Span, sentence: Span) -> str | None:
    """The event's subject.

    Rules, in order: a quoted title after ``on``/``entitled``/``titled`` in the
    sentence, within 300 characters of the trigger (``on “Labour mobility in the
    Sahel”``); the words after a theme cue that follows the trigger (``the forum,
    focusing on climate mobility,``); the words after ``on`` right behind the
    trigger (``a workshop on return migration``) unless they are a date. A theme
    runs to the next comma or clause word.
    """
    text = index.text
    quoted = _QUOTED_TITLE.search(
        text, max(sentence.start, trigger.start - _WINDOW), min(sentence.end, trigger.end + _WINDOW)
    )
    if quoted is not None:
        return _clean_theme(quoted.group("title"))
    limit = min(sentence.end, trigger.end + 80)
    cue = _theme_cues().search(text, trigger.end, limit)
    start: int | None = None
    if cue is not None:
        start = cue.end()
    else:
        after = text[trigger.end : min(sentence.end, trigger.end + 5)]
        if after.lower().startswith(" on "):
            start = trigger.end + 4
            dated = index.dates_in(trigger.end, min(sentence.end, start + 60))
            if dated and dated[0].span.start <= start + 1:
                return None
            first = _following_word(text, start, sentence.end)
            if first in {"the", "its", "their", "his", "her"}:
                second = _WORD.search(text, start + len(first) + 1, sentence.end)
                if second is not None and second.group().lower() in {"sidelines", "margins"}:
                    return None
    if start is None:
        return None
    end_limit = min(sentence.end, start + 200)
    stop = _THEME_STOP.search(text, start + 1, end_limit)
    end = stop.start() if stop else end_limit
    words = text[start:end].split()
    if not words or len(words) > _THEME_WORDS:
        return None
    return _clean_theme(text[start:end])


def _participants_by_cue(index: FactIndex, sentence: Span) -> list[EntityRef]:
    """Persons a sentence says took part (``took part``, ``attended``, ``participated``)."""
    if _participation_cues().search(index.text, sentence.start, sentence.end) is None:
        return []
    skipped = _apposition_spans(index, sentence.start, sentence.end)
    return _refs(
        mention
        for mention in index.mentions_in(sentence.start, sentence.end)
        if mention.ref.kind is EntityKind.PERSON
        and not any(low <= mention.span.start < high for low, high in skipped)
    )


def _extend(target: list[EntityRef], refs: Iterable[EntityRef]) -> None:
    for ref in refs:
        if ref not in target:
            target.append(ref)


def _fill(draft: _Draft, index: FactIndex, candidate: _Candidate) -> None:
    """Add what the words around one trigger tell about its event."""
    trigger, sentence = candidate.span, candidate.sentence
    if draft.date is None:
        draft.date = _date(index, trigger, sentence)
    if draft.place is None:
        draft.place = _place(index, draft.kind, trigger, sentence)
        draft.here = draft.here or _said_here(index.text, trigger, sentence)
    if draft.theme is None and draft.kind in _GATHERINGS:
        draft.theme = _theme(index, trigger, sentence)
    if draft.kind in _GATHERINGS:
        if _AT_GATHERING.search(index.text, max(sentence.start, trigger.start - 30), trigger.start):
            _extend(draft.participants, _refs(_opening_subjects(index, sentence)))
        if trigger.of(index.text).lower() in _MET_VERBS:  # "X met (with) Y": both took part
            _extend(draft.participants, _refs(_subject(index, trigger.start, sentence.start)))
            clause = _CLAUSE_END.search(index.text, trigger.end, sentence.end)
            end = clause.start() if clause is not None else sentence.end
            _extend(draft.participants, _named_actors(index, trigger.end, end))
        return
    verb = _LIGHT_VERB.search(index.text, max(sentence.start, trigger.start - 30), trigger.start)
    position = verb.start() if verb is not None else trigger.start
    subject = _refs(_subject(index, position, sentence.start))
    if draft.kind in {EventKind.SIGNING, EventKind.VISIT}:
        _extend(draft.participants, subject)
        _extend(draft.participants, _agents(index, trigger, sentence))
    elif draft.kind is EventKind.REGULARIZATION:
        places = [ref for ref in subject if ref.kind is EntityKind.PLACE]
        if draft.place is None and places:
            draft.place = places[0]
        _extend(draft.organizers, [ref for ref in subject if ref.kind is not EntityKind.PLACE])
    else:
        _extend(draft.organizers, subject)


_AGENT_BY = re.compile(r"(?<![\w-])by\s{1,3}(?!the\s{1,3}(?:end|time|way)\b)")
_AGENT_REACH = 60
_DESTINATION_BEFORE = re.compile(r"\b(?:to|in|at|from)\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)


def _agents(index: FactIndex, trigger: Span, sentence: Span) -> list[EntityRef]:
    """Who a passive signing or visit names behind ``by`` in its clause: the persons
    named in full (``was signed in Cairo on Sunday by X and Y``), else the countries
    (``a visit to the capital by a US delegation``)."""
    text = index.text
    clause = _CLAUSE_END.search(text, trigger.end, sentence.end)
    end = clause.start() if clause is not None else sentence.end
    by = _AGENT_BY.search(text, trigger.end, min(end, trigger.end + _AGENT_REACH))
    if by is None:
        return []
    end = _before_new_subject(index, by.end(), end)
    mentions = index.mentions_in(by.end(), end)
    named = [
        mention
        for mention in mentions
        if mention.ref.kind is EntityKind.PERSON and mention.via is MentionVia.NAME
    ]
    if named:
        return _refs(named)
    return _refs(
        mention
        for mention in mentions
        if index.place_kind(mention.ref) is PlaceKind.COUNTRY
        and not _DESTINATION_BEFORE.search(
            index.text, max(by.end(), mention.span.start - 12), mention.span.start
        )
    )


def _opening_subjects(index: FactIndex, sentence: Span) -> list[ActorMention]:
    """The persons and organisations that open a sentence, joined by ``and``.

    ``The Ministry of Labour and the ILO reviewed ..., at a meeting ...``: both took
    part in the meeting.
    """
    mentions = index.mentions_in(sentence.start, min(sentence.end, sentence.start + _WINDOW))
    if not mentions:
        return []
    opening = index.text[sentence.start : mentions[0].span.start].strip().lower()
    if opening not in {"", "the"}:
        return []
    found = [mentions[0]]
    for mention in mentions[1:]:
        between = index.text[found[-1].span.end : mention.span.start]
        if mention.ref == found[-1].ref and _BRACKET.fullmatch(between + "("):
            continue
        if _COORDINATION.fullmatch(between) is None and not _BRACKET_CLOSE.fullmatch(between):
            break
        found.append(mention)
    return [
        mention
        for mention in found
        if mention.ref.kind in {EntityKind.PERSON, EntityKind.ORGANIZATION}
    ]


def _compatible(draft: _Draft, index: FactIndex, candidate: _Candidate) -> bool:
    date = _date(index, candidate.span, candidate.sentence)
    return draft.date is None or date is None or draft.date.overlaps(date)


@attrs.define
class _Registry:
    """The events found so far, indexed for back-references in constant time."""

    drafts: list[_Draft] = attrs.Factory(list)
    by_sentence: dict[Span, list[tuple[_Draft, Span]]] = attrs.Factory(dict)
    last_gathering: _Draft | None = None
    last_of_kind: dict[EventKind, _Draft] = attrs.Factory(dict)

    def add(self, draft: _Draft) -> None:
        self.drafts.append(draft)
        if draft.kind in _GATHERINGS:
            self.last_gathering = draft
        self.last_of_kind[draft.kind] = draft

    def mention(self, draft: _Draft, candidate: _Candidate) -> None:
        self.by_sentence.setdefault(candidate.sentence, []).append((draft, candidate.span))
        draft.last_number = candidate.number
        draft.last_end = candidate.span.end

    def target(self, index: FactIndex, candidate: _Candidate) -> _Draft | None:
        """The earlier event a mention refers back to, if any.

        Rules: ``the``/``this``/``that`` + a gathering noun (or ``the event``) refers
        to the last meeting or conference, and so does a gathering noun in
        apposition right after it (``the Abu Dhabi Dialogue, a forum of ...``); a
        regularisation refers to the last regularisation; a signing or a launch to
        the last one of its kind when it was mentioned at most two sentences before.
        Never when the dates disagree.
        """
        kind = candidate.kind
        draft = None
        last = self.last_gathering
        in_apposition = (
            kind in _GATHERINGS
            and candidate.apposition
            and last is not None
            and candidate.span.start - last.last_end <= _APPOSITION_REACH
        )
        if kind is None or (candidate.definite and kind in _GATHERINGS) or in_apposition:
            draft = last
        elif kind is EventKind.REGULARIZATION:
            draft = self.last_of_kind.get(kind)
        elif kind in {EventKind.SIGNING, EventKind.LAUNCH}:
            draft = self.last_of_kind.get(kind)
            if draft is not None and candidate.number - draft.last_number > 2:
                draft = None
        if draft is not None and _compatible(draft, index, candidate):
            return draft
        return None

    def gathering_for(self, sentence: Span) -> _Draft | None:
        """The gathering mentioned in a sentence, else the last one before it."""
        here = [
            draft for draft, _ in self.by_sentence.get(sentence, ()) if draft.kind in _GATHERINGS
        ]
        if here:
            return here[0]
        gatherings = [draft for draft in self.drafts if draft.kind in _GATHERINGS]
        starts = [draft.start for draft in gatherings]
        position = bisect.bisect_left(starts, sentence.start)
        return gatherings[position - 1] if position > 0 else None


def _nearest(mentions: Sequence[tuple[_Draft, Span]], position: int) -> _Draft | None:
    if not mentions:
        return None
    return min(mentions, key=lambda mention: abs(mention[1].start - position))[0]


def _spoken_at(text: str, trigger: Span, sentence: Span) -> bool:
    """Whether the words before a gathering say someone spoke there (``told a meeting``)."""
    window = text[max(sentence.start, trigger.start - 60) : trigger.start]
    return _speech_cues().search(window) is not None


def _speakers(
    text: str,
    gatherings: Sequence[_Draft],
    statements: Iterable[Statement],
    registry: _Registry,
) -> None:
    """Add the people who spoke at a gathering to its participants.

    Rule: in an article about one gathering (the only one, introduced in its first
    two paragraphs), every person quoted or reported from the sentence that
    introduces it on took part; otherwise only those whose statement shares a
    sentence with a mention of the gathering said to be spoken at (``X told the
    meeting``, ``speaking at a workshop``; ``data/event_speech_cues.txt``).
    """
    sentences = sorted(registry.by_sentence, key=lambda sentence: sentence.start)
    starts = [sentence.start for sentence in sentences]
    for statement in statements:
        speaker = statement.speaker
        if speaker is None or speaker.kind is not EntityKind.PERSON:
            continue
        if len(gatherings) == 1 and gatherings[0].paragraph <= _LEAD_PARAGRAPHS:
            gathering = gatherings[0]
            if statement.span.end > gathering.sentence.start:
                _extend(gathering.participants, [speaker])
            continue
        position = bisect.bisect_right(starts, statement.span.start) - 1
        if position < 0 or not sentences[position].overlaps(statement.span):
            continue
        for gathering, trigger in registry.by_sentence[sentences[position]]:
            if gathering in gatherings and _spoken_at(text, trigger, sentences[position]):
                _extend(gathering.participants, [speaker])


def _dateline_place(document: Document, index: FactIndex) -> EntityRef | None:
    dateline = document.layout.dateline
    if dateline is None or dateline.place is None:
        return None
    for mention in index.mentions_in(dateline.place.start, dateline.place.end):
        if mention.ref.kind is EntityKind.PLACE:
            return mention.ref
    return None


def _one_per_span(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """One gathering per description span: of the meetings and conferences read from one
    clause, the one whose trigger is a common noun or verb wins over one from a
    capitalised word (the ``Forum`` of ``Pacific Islands Forum ... at its leaders'
    meeting``), and takes the others' date, place, organisers and participants when it
    lacks them. Events of other kinds are kept as they are."""
    kept = [draft for draft in drafts if draft.kind not in _GATHERINGS]
    by_span: dict[Span, list[_Draft]] = {}
    for draft in drafts:
        if draft.kind in _GATHERINGS:
            by_span.setdefault(draft.span, []).append(draft)
    for group in by_span.values():
        winner = next((draft for draft in group if text[draft.start].islower()), group[0])
        for other in group:
            if other is winner:
                continue
            winner.date = winner.date or other.date
            winner.place = winner.place or other.place
            _extend(winner.organizers, other.organizers)
            _extend(winner.participants, other.participants)
        kept.append(winner)
    return kept


def _says_nothing(draft: _Draft) -> bool:
    """A gathering with no date, place, organiser, participant or theme (``the talks``)."""
    return draft.kind in _GATHERINGS and not (
        draft.date or draft.place or draft.organizers or draft.participants or draft.theme
    )


def _is_recent(date: FuzzyDate | None, reference: dt.date | None) -> bool:
    if date is None or reference is None:
        return False
    if date.precision is not Precision.DAY:
        return False
    return date.inferred or abs((reference - date.latest).days) <= _RECENT_DAYS


def events(
    document: Document,
    actors: Actors,
    dates: tuple[DateMention, ...],
    statements: tuple[Statement, ...],
) -> tuple[Event, ...]:
    """The events the article reports, in text order, with ids ``event:1``, ``event:2`` ...

    Rules:
    - a trigger word announces an event (``data/event_triggers.tsv``): meeting,
      seminar, workshop, session, round table, dialogue, talks -> MEETING;
      conference, summit, forum -> CONFERENCE; visit -> VISIT; signed, inked ->
      SIGNING; launched, unveiled, inaugurated -> LAUNCH; adopted, approved,
      passed, ratified -> ADOPTION; regularize and its forms -> REGULARIZATION.
      Nouns need a determiner or licensing word before them (``a meeting``, ``held
      talks``); ``met`` needs ``with`` or a person after it; a signing, launch or
      adoption needs a fitting object noun nearby (``signed a memorandum``).
    - a past participle that only describes a noun (``the agreements signed with
      ...``) is an event only when a date or a place comes with it; a visit needs a
      place, a date or a visitor.
    - ``the meeting``/``this meeting``/``the event`` refers back to the last
      gathering and adds what its sentence tells; regularisations with compatible
      dates are one event.
    - date: the resolved date nearest to the trigger in its sentence; place: see
      ``_place``; a gathering with no place that took place in the week of the
      reference date (or on a weekday like ``on Tuesday``), or that was ``held
      here``, takes the dateline place.
    - organisers: ``organized by X``, ``hosted by``, ``at the initiative of X and
      Y``, ``X organized ...``; for launches, adoptions and regularisations, the
      subject of the verb (a country subject of a regularisation is its place);
      for signings and visits the subject is a participant.
    - theme: see ``_theme``; participants: see ``_speakers``, plus people a sentence
      says ``took part``, ``participated`` or ``attended``.
    - description and span: the clause around the first trigger (see ``_clause``).
    """
    index = FactIndex.build(document, actors, dates)
    sentences = _body_sentences(document)
    registry = _Registry()
    cues = fact_cues().find(index.text)
    sentence_cues = cues.names_by_sentence([sentence for sentence, _ in sentences])
    for candidate in _candidates(index, sentences, sentence_cues, cues):
        draft = registry.target(index, candidate)
        if draft is None:
            if candidate.kind is None:
                continue
            clause = _clause(index.text, candidate.span, candidate.sentence)
            draft = _Draft(
                kind=candidate.kind,
                start=candidate.span.start,
                span=clause,
                description=" ".join(clause.of(index.text).split()),
                sentence=candidate.sentence,
                participial=candidate.participial,
                needs_evidence=candidate.needs_evidence,
                paragraph=candidate.paragraph,
            )
            registry.add(draft)
        elif not candidate.participial:
            draft.participial = False
        registry.mention(draft, candidate)
        _fill(draft, index, candidate)
    for (sentence, _), names in zip(sentences, sentence_cues, strict=True):
        organisers = (
            _organiser_phrases(index, sentence, cues.starts_in(ORGANISER, sentence))
            if ORGANISER in names
            else []
        )
        for position, refs in organisers:
            in_sentence = [
                (draft, trigger)
                for draft, trigger in registry.by_sentence.get(sentence, [])
                if position < trigger.start or position - trigger.end <= _ORGANISER_REACH
            ]
            gathering_mentions = [
                mention for mention in in_sentence if mention[0].kind in _GATHERINGS
            ]
            owner = _nearest(gathering_mentions or in_sentence, position)
            if owner is not None:
                _extend(owner.organizers, refs)
        people = _participants_by_cue(index, sentence) if PARTICIPATION in names else []
        if people:
            gathering = registry.gathering_for(sentence)
            if gathering is not None:
                _extend(gathering.participants, people)
    kept = [
        draft
        for draft in registry.drafts
        if not (draft.participial and draft.date is None and draft.place is None)
        and not (
            draft.needs_evidence
            and draft.date is None
            and draft.place is None
            and not draft.participants
        )
    ]
    gatherings = [draft for draft in kept if draft.kind in _GATHERINGS]
    _speakers(index.text, gatherings, statements, registry)
    fallback = _dateline_place(document, index)
    for draft in kept:
        if draft.place is None and (
            draft.here
            or (draft.kind in _DATELINE_KINDS and _is_recent(draft.date, document.reference_date))
        ):
            draft.place = fallback
    kept = [draft for draft in _one_per_span(index.text, kept) if not _says_nothing(draft)]
    kept.sort(key=lambda draft: draft.start)
    return tuple(
        Event(
            id=f"event:{number}",
            kind=draft.kind,
            description=draft.description,
            date=draft.date,
            place=draft.place,
            organizers=tuple(draft.organizers),
            participants=tuple(draft.participants),
            span=draft.span,
            theme=draft.theme,
        )
        for number, draft in enumerate(kept, start=1)
    )
