"""The instruments stage: strategies, laws, agreements, compacts, programmes, policies.

Instruments are found in two shapes: capitalised names built around a head noun
(``National Strategy for Immigration and Asylum``, ``Republic Act No. 11641``,
``the Rabat Process``) and lower-case descriptions that open with a determiner
and carry a migration cue (``a new migration policy``, ``an integrated national
information system on international labour migration``). Later mentions (``This new
policy``, ``this vision``, ``It``) refer back to them and bring their objectives and
counts. Head nouns, cues and the small words the rules use are data files named
``instrument_*``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence

import attrs

from migmodel._lexicon import load_lines, load_rows
from migmodel._pipeline.document import ActorMention, Actors, Document, MentionVia
from migmodel._pipeline.ids import slugify
from migmodel._pipeline.positions import (
    ANAPHOR,
    DESCRIBED,
    NAMED,
    OBJECTIVE,
    PRONOUN,
    FactIndex,
    FoundCues,
    alternation,
    fact_cues,
    governed_by_other,
    is_bound,
    matches_near,
)
from migmodel.model import (
    DateMention,
    EntityKind,
    EntityRef,
    FuzzyDate,
    Mention,
    OrganizationKind,
    PlaceKind,
    Policy,
    PolicyKind,
    Quantity,
    Span,
)

__all__ = ["instruments"]

_WINDOW = 200
_MAX_COMPLEMENT_WORDS = 40
_MAX_MODIFIERS = 5
_MAX_OBJECTIVE_WORDS = 40
_RECENT_SENTENCES = 3
_DATELINE_WEIGHT = 3
_HISTORY_REACH = 200
_MIN_LISTED = 3
_MODES = ("list", "subject-list", "single")
_HOME_KINDS = frozenset(
    {
        PolicyKind.STRATEGY,
        PolicyKind.LAW,
        PolicyKind.CONSTITUTION,
        PolicyKind.PROGRAMME,
        PolicyKind.POLICY,
        PolicyKind.SYSTEM,
        PolicyKind.INITIATIVE,
    }
)
_SUBJECT_REACH = 40
_YEAR_RANGE = range(1900, 2101)

_TOKEN = re.compile(r"\w+(?:[-'’/]\w+)*|[^\w\s]")
_WORD = re.compile(r"\w+(?:[-'’/]\w+)*")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|in|from|with|of|for|at|by|on|between|across|into|towards?|among|than|about|like)"
    r"\s{1,3}(?:the\s{1,3})?$",
    re.IGNORECASE,
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at)\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
_TRAILING_PREPOSITION = re.compile(
    r"\s{1,3}(?:in|at|on|from|since|under|by|for|to|with|of|and|or)$", re.IGNORECASE
)
_RELATIVE_SUBJECT = re.compile(
    r"\s{0,3},?\s{0,3}(?:which|that)\s{1,3}(?:the\s{1,3})?(?:[A-Z][\w'’-]*\s{1,3}){1,4}"
    r"(?:(?:has|have|had|was|were|formally|officially|jointly)\s{1,3}){0,2}"
)
_PARTY_COMPLEMENT = re.compile(
    r"\s{1,3}(?:(?:signed|concluded|reached)\s{1,3})?(?:with|between)\s", re.IGNORECASE
)
_OF_AFTER = re.compile(r"\s{1,3}of\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
_VERB_AFTER_GAP = re.compile(
    r"(?:\s{0,3}\(\s{0,3}[A-Z][\w.&-]{0,15}\s{0,3}\))?"
    r"[\s,]{0,4}(?:(?:which|that|was|were|has|have|had|been|is|are|being|jointly|officially"
    r"|formally|first|recently|initially)\s{1,3}){0,4}",
    re.IGNORECASE,
)
_BRACKET = re.compile(r"\s{0,3}\(\s{0,3}")
_ACRONYM_AFTER = re.compile(r"\s{0,3}\(\s{0,2}[A-Z]{2,8}\s{0,2}\)")
_COORDINATION = re.compile(
    r"\)?\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|and\s{1,3}|&\s{0,3})(?:the\s{1,3})?", re.IGNORECASE
)
_LIST_SPLIT = re.compile(r",\s{1,3}(?:and\s{1,3}|or\s{1,3})?")
_LAST_ITEM_SPLIT = re.compile(r"\s{1,3}(?:and|or)\s{1,3}")
_HARD_STOP = frozenset('.;:!?()“”"«»[]')
_NAME_JOINTS = frozenset(
    {"of", "and", "the", "for", "in", "on", "by", "to", "against", "from", "at", "with", "de"}
)
_COMPLEMENT_JOINTS = frozenset(
    {"of", "for", "on", "against", "to", "in", "between", "by", "relating", "regarding"}
)
_ARTICLES = frozenset({"the", "a", "an"})
_DESIGNATOR = frozenset({"no", "nº", "number"})
_DEFINITE = frozenset({"the", "its", "their", "his", "her", "our"})


class _Shape:
    """How an instrument mention was found."""

    NAMED = "named"
    LONE = "lone"
    DESCRIBED = "described"
    ANAPHOR = "anaphor"
    PRONOUN = "pronoun"


@functools.cache
def _words(name: str) -> frozenset[str]:
    return frozenset(line.lower() for line in load_lines(name))


def _alternation(phrases: Iterable[str]) -> str:
    """The phrases as one alternative each, the longest preferred (case is left to the flags)."""
    return alternation(phrase.lower() for phrase in phrases)


@functools.cache
def _heads() -> dict[str, tuple[PolicyKind, str]]:
    return {
        row[0].lower(): (PolicyKind(row[1]), row[2]) for row in load_rows("instrument_heads.tsv")
    }


def _head_kind(word: str) -> PolicyKind | None:
    found = _heads().get(" ".join(word.lower().split()))
    return found[0] if found else None


@functools.cache
def _described_pattern() -> re.Pattern[str]:
    """``DET MOD{0,5} HEAD``: a determiner, up to five words, and a head noun.

    The possessive runs (``*+``, ``++``) only spare the engine retries that cannot
    succeed: a shorter run would leave one of its own characters where a space or an
    apostrophe must follow.
    """
    heads = [head for head, (_, where) in _heads().items() if where in {"both", "described"}]
    determiners = _alternation(_words("instrument_determiners.txt"))
    stops = _alternation(
        _words("instrument_stop_modifiers.txt") | _words("instrument_determiners.txt")
    )
    followers = _alternation(_words("instrument_head_followers.txt") | set(heads))
    return re.compile(
        rf"(?<![\w-])(?P<det>(?:{determiners})|\d[\d,.]*+|[A-Z][\w.-]*+['’]s)\s{{1,3}}"
        rf"(?P<mods>(?:(?!(?:{stops})(?![\w'’-]))[\w'’-]++\s{{1,3}}){{0,{_MAX_MODIFIERS}}}?)"
        rf"(?P<head>{_alternation(heads)})(?![\w-])(?!\s{{1,3}}(?:{followers})(?![\w-]))",
        re.IGNORECASE,
    )


@functools.cache
def _anaphor_pattern() -> re.Pattern[str]:
    """``this|these|that MOD{0,2} NOUN``: a demonstrative and a general noun (``This vision``)."""
    demonstratives = _alternation(_words("instrument_demonstratives.txt"))
    nouns = _alternation(_words("instrument_anaphors.txt"))
    stops = _alternation(
        _words("instrument_stop_modifiers.txt") | _words("instrument_determiners.txt")
    )
    return re.compile(
        rf"(?<![\w-])(?:{demonstratives})\s{{1,3}}"
        rf"(?:(?!(?:{stops})(?![\w'’-]))[\w-]+\s{{1,3}}){{0,2}}?(?:{nouns})(?![\w-])",
        re.IGNORECASE,
    )


def _prefix_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(_words(name))})", re.IGNORECASE)


@functools.cache
def _cue_pattern() -> re.Pattern[str]:
    return _prefix_pattern("instrument_cues.txt")


@functools.cache
def _complement_pattern() -> re.Pattern[str]:
    starts = _alternation(_words("instrument_complement_starts.txt"))
    return re.compile(rf"\s{{1,3}}(?:{starts})\s", re.IGNORECASE)


@functools.cache
def _complement_breaks() -> re.Pattern[str]:
    """The phrases that end a complement anywhere (``during``, ``to parliament``)."""
    phrases = _alternation(_words("instrument_complement_breaks.txt"))
    return re.compile(rf"(?<=\s)(?:{phrases})(?![\w-])", re.IGNORECASE)


@functools.cache
def _creation_pattern() -> re.Pattern[str]:
    verbs = _alternation(_words("instrument_creation_verbs.txt"))
    return re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])", re.IGNORECASE)


@functools.cache
def _objective_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rows = load_rows("instrument_objective_cues.tsv")
    lists = _alternation(row[0] for row in rows if row[1] == "list")
    singles = _alternation(row[0] for row in rows if row[1] == "single")
    subject_lists = _alternation(row[0] for row in rows if row[1] == "subject-list")
    return (
        re.compile(rf"(?<![\w-])(?:{lists})\s{{0,3}}:\s{{0,3}}", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{singles})\s{{1,3}}", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{subject_lists})\s{{1,3}}", re.IGNORECASE),
    )


@attrs.frozen(kw_only=True)
class _Found:
    """One mention of an instrument in a sentence, before it is resolved.

    Attributes:
        shape: how it was found (named, lone head, described, anaphor, pronoun).
        kind: the kind its head noun gives, if any.
        name: the span of its name (for anaphors and pronouns, the mention).
        start: where the whole mention starts (its determiner or possessive).
        phrase_end: where its complement ends (at least ``name.end``).
        determiner: its determiner, lower case, if any.
        owner: the span of a possessive before it (``Spain's``), if any.
        cue: whether its words carry a migration cue.
        head: its head noun, lower case.
        sentence: the index of its sentence.
    """

    shape: str
    kind: PolicyKind | None
    name: Span
    start: int
    phrase_end: int
    determiner: str = ""
    owner: Span | None = None
    cue: bool = False
    own_cue: bool = False
    head: str = ""
    sentence: int = 0
    modifiers: Span | None = None


@attrs.define(eq=False)
class _Draft:
    """An instrument being put together from its mentions."""

    kind: PolicyKind
    name: str
    span: Span
    sentence: int
    country: str | None = None
    parties: list[EntityRef] = attrs.Factory(list)
    date: FuzzyDate | None = None
    objectives: list[str] = attrs.Factory(list)
    quantities: list[Quantity] = attrs.Factory(list)
    mentions: list[Mention] = attrs.Factory(list)
    seen: set[Span] = attrs.Factory(set)
    seen_quantities: set[Span] = attrs.Factory(set)
    last_sentence: int = 0


@functools.lru_cache(maxsize=4096)
def _slug(name: str) -> str:
    """``slugify``, remembered: a name is looked up again at each of its mentions."""
    return slugify(name)


def _body_sentences(document: Document) -> list[Span]:
    found = [sentence.span for sentence in document.sentences if sentence.paragraph >= 0]
    if found:
        return found
    return [paragraph.span for paragraph in document.layout.paragraphs]


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper() and _WORD.fullmatch(token) is not None


def _is_possessive(token: str) -> bool:
    return token.endswith(("'s", "’s"))


def _is_name_word(token: str) -> bool:
    lower = token.lower()
    return (
        _is_capitalised(token)
        and not _is_possessive(token)
        and lower not in _words("instrument_stop_modifiers.txt")
        and lower not in _words("instrument_determiners.txt")
    )


def _is_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4 and int(token) in _YEAR_RANGE


def _comma_joins_list(tokens: Sequence[re.Match[str]], at: int) -> bool:
    """Whether a comma inside a name lists capitalised words up to ``and`` (``Safe, Orderly``)."""
    position = at + 1
    seen_word = False
    while position < len(tokens):
        token = tokens[position].group()
        if token == ",":
            if not seen_word:
                return False
            seen_word = False
        elif token.lower() in {"and", "or"}:
            return (
                seen_word
                and position + 1 < len(tokens)
                and _is_name_word(tokens[position + 1].group())
            )
        elif _is_name_word(token):
            seen_word = True
        else:
            return False
        position += 1
    return False


def _name_tail(tokens: Sequence[re.Match[str]], start: int) -> int:
    """The index after a capitalised complement starting at ``start`` (joints and lists inside)."""
    position = start
    last = start - 1
    while position < len(tokens):
        token = tokens[position].group()
        following = tokens[position + 1].group() if position + 1 < len(tokens) else ""
        if _is_name_word(token) or (token.isdigit() and last == position - 1):
            last = position
            position += 1
        elif (token == "," and _comma_joins_list(tokens, position)) or (
            token.lower() in _NAME_JOINTS
            and (
                _is_name_word(following)
                or (
                    token.lower() not in {"and", "the"}
                    and following.lower() in _ARTICLES
                    and position + 2 < len(tokens)
                    and _is_name_word(tokens[position + 2].group())
                )
            )
        ):
            position += 1
        else:
            break
    return last + 1


_MAX_BRACKETED_WORDS = 12
_BRACKET_JOINTS = frozenset({"of", "and", "in", "the", "for", "on", "to", "with"})


def _bracketed_title_start(tokens: Sequence[re.Match[str]], end: int) -> int | None:
    """Where a bracketed part of a title before ``end`` opens, when it has one.

    ``( Title words )`` after a name word: capitalised words (possessives and numbers
    too) and the small joints ``of``, ``and``, ``in``, ``the`` ..., opening with a
    capital: ``Refugees (Amendment) Bill``, ``Migration Amendment (Australia's
    Engagement in the Pacific and Timor-Leste) Act 2023``.
    """
    if end < 4 or tokens[end - 1].group() != ")":
        return None
    position = end - 2
    while position > 0 and end - 2 - position < _MAX_BRACKETED_WORDS:
        token = tokens[position].group()
        if token == "(":
            opens = tokens[position + 1].group()
            if position + 1 < end - 1 and _is_capitalised(opens):
                return position if _is_name_word(tokens[position - 1].group()) else None
            return None
        if not (_is_capitalised(token) or token.isdigit() or token in _BRACKET_JOINTS):
            return None
        position -= 1
    return None


_PRE_HEAD_JOINTS = frozenset({"of", "and"})


def _joined_name_word(tokens: Sequence[re.Match[str]], first: int) -> bool:
    """Whether ``of``/``and`` and a capitalised word stand before ``first`` inside a name
    (``Migration and Mobility Partnership Agreement``)."""
    return (
        first >= 2
        and tokens[first - 1].group() in _PRE_HEAD_JOINTS
        and _is_name_word(tokens[first - 2].group())
        and _is_name_word(tokens[first].group())
    )


def _bracketed_after(tokens: Sequence[re.Match[str]], first: int, end: int, previous: Span) -> bool:
    """Whether the name ``tokens[first:end]`` is bracketed right after the ``previous`` name."""
    return (
        first >= 2
        and end < len(tokens)
        and tokens[first - 1].group() == "("
        and tokens[end].group() == ")"
        and tokens[first - 2].end() == previous.end
    )


def _before_date_and_venue(
    index: FactIndex, tokens: Sequence[re.Match[str]], start: int, end: int
) -> int:
    """Cut a name's complement (``tokens[start:end]``, after the head and its numbers)
    before a date and a place behind ``in``/``at`` ahead of it.

    ``the Compact in December 2018`` and ``the Plan in Nairobi on Monday`` are the
    ``Compact`` and the ``Plan``: a date is no part of a name, and a place right before
    it is the venue.
    """
    if start >= end:
        return end
    dates = index.dates_in(tokens[start].start(), tokens[end - 1].end())
    date_starts = {mention.span.start for mention in dates}
    dated = [position for position in range(start, end) if tokens[position].start() in date_starts]
    if not dated:
        return end
    cut = dated[0]
    while cut > start and tokens[cut - 1].group().lower() in _NAME_JOINTS:
        cut -= 1
    for joint in range(cut - 1, start - 1, -1):
        if tokens[joint].group().lower() in {"in", "at"}:
            venue = Span(start=tokens[joint + 1].start(), end=tokens[cut - 1].end())
            if any(
                mention.span == venue and mention.ref.kind is EntityKind.PLACE
                for mention in index.mentions_in(venue.start, venue.end)
            ):
                return joint
            break
    return cut


def _designators(tokens: Sequence[re.Match[str]], position: int) -> int:
    """Skip numbers that identify an instrument: ``No. 11641``, ``02-03``, ``of 2003``."""
    while position < len(tokens):
        token = tokens[position].group()
        nxt = tokens[position + 1].group() if position + 1 < len(tokens) else ""
        after = tokens[position + 2].group() if position + 2 < len(tokens) else ""
        if token.lower() in _DESIGNATOR and nxt == "." and any(c.isdigit() for c in after):
            position += 3
        elif token.lower() in _DESIGNATOR and any(c.isdigit() for c in nxt):
            position += 2
        elif any(char.isdigit() for char in token) and _WORD.fullmatch(token):
            position += 1
        elif token == "." and nxt.isdigit() and tokens[position - 1].group().isdigit():
            position += 2  # "Law 21.325"
        elif token.lower() == "of" and _is_year(nxt):
            position += 2
        elif token == "," and _is_year(nxt) and not after[:1].isupper() and after != "-":
            position += 2  # Kenyan and Indian style: "the Refugees Bill, 2024"
        else:
            break
    return position


def _head_tokens(tokens: Sequence[re.Match[str]], heads: Sequence[int] | None) -> Iterable[int]:
    """The indexes of the tokens that start where a head noun does (``None``: not known, all)."""
    if heads is None:
        return range(len(tokens))
    starts = [token.start() for token in tokens]
    found = []
    for head in heads:
        position = bisect.bisect_left(starts, head)
        if position < len(starts) and starts[position] == head:
            found.append(position)
    return found


def _named(
    index: FactIndex, sentence: Span, number: int, heads: Sequence[int] | None
) -> list[_Found]:
    """Capitalised instrument names in a sentence.

    Rule: a capitalised head noun (``Strategy``, ``Act``, ``Compact``, ``Process`` ...)
    with the capitalised words before it (and a year: ``the 2011 Constitution``),
    identifying numbers after it (``Act No. 11641``, ``Law 02-03``), and a
    capitalised complement behind ``for``/``of``/``on``/``against`` that may hold
    ``the``, ``and`` and a comma list (``Compact for Safe, Orderly and Regular
    Migration``). A head followed by another capitalised word only modifies it
    (``Rabat Process Secretariat``). A head alone (``the Constitution``) is a lone
    mention. Heads inside an organisation's or a person's name are skipped.
    ``heads``: where capitalised head nouns start (``None``: not known); only the
    tokens there are tried.
    """
    text = index.text
    tokens = list(_TOKEN.finditer(text, sentence.start, sentence.end))
    found: list[_Found] = []
    entries = _heads()
    free = 0  # the first token not inside a name found
    for position in _head_tokens(tokens, heads):
        if position < free:
            continue
        token = tokens[position].group()
        entry = entries.get(token.lower())
        if entry is None or entry[1] == "described" or not _is_capitalised(token):
            continue
        kind = entry[0]
        head = tokens[position]
        if any(
            mention.ref.kind in {EntityKind.ORGANIZATION, EntityKind.PERSON}
            for mention in index.overlapping(head.start(), head.end())
        ):
            continue
        end = designated = _designators(tokens, position + 1)
        if end < len(tokens) and _is_name_word(tokens[end].group()):
            continue
        year_closed = (
            end >= 2 and tokens[end - 2].group() == "," and _is_year(tokens[end - 1].group())
        )
        if (
            not year_closed
            and end + 1 < len(tokens)
            and tokens[end].group().lower() in _COMPLEMENT_JOINTS
            and (
                _is_name_word(tokens[end + 1].group())
                or (
                    tokens[end + 1].group().lower() in _ARTICLES
                    and end + 2 < len(tokens)
                    and _is_name_word(tokens[end + 2].group())
                )
            )
        ):
            tail = _name_tail(tokens, end + 1)
            end = max(end, tail)
        end = _before_date_and_venue(index, tokens, designated, end)
        first = position
        while first > 0:
            if _is_name_word(tokens[first - 1].group()):
                first -= 1
            elif (bracket := _bracketed_title_start(tokens, first)) is not None:
                first = bracket - 1  # "Refugees (Amendment) Bill"
            elif _joined_name_word(tokens, first):
                first -= 2  # "Prevention of Smuggling of Migrants Act"
            else:
                break
        if found and _bracketed_after(tokens, first, end, found[-1].name):
            free = max(end, position + 1)
            continue  # "Migration Law (Law 21.325)": another name of the same law
        if first > 0 and _is_year(tokens[first - 1].group()):
            first -= 1
        owner = None
        if first > 0 and _is_possessive(tokens[first - 1].group()):
            owner_token = tokens[first - 1]
            owner = Span(start=owner_token.start(), end=owner_token.end())
        determiner = tokens[first - 1].group().lower() if first > 0 else ""
        lone = first == position and end == position + 1
        name = Span(start=tokens[first].start(), end=tokens[end - 1].end())
        found.append(
            _Found(
                shape=_Shape.LONE if lone else _Shape.NAMED,
                kind=kind,
                name=name,
                start=owner.start if owner else name.start,
                phrase_end=name.end,
                determiner=determiner,
                owner=owner,
                cue=True,
                own_cue=True,
                head=token.lower(),
                sentence=number,
                modifiers=Span(start=name.start, end=head.end()),
            )
        )
        free = max(end, position + 1)
    return found


def _complement_end(index: FactIndex, start: int, limit: int) -> int:
    """Where a lower-case complement or objective ends.

    Rule: at ``. ; : ! ?``, brackets or quotation marks; before a phrase of
    ``instrument_complement_breaks.txt`` (``during``, ``to parliament``); at a comma followed by a
    capitalised word (or ``the`` and one), a word in -ing or a clause word
    (``which``, ``she``), or by a
    reporting word within four words (``, the minister said``); before ``, people who``
    (a short piece after a comma that a relative clause follows); before a date
    (``in 2017``) or a place behind ``in``/``at`` (``in Dakar``); or after 40 words.
    """
    text = index.text
    stops = _words("instrument_clause_stops.txt")
    reporting = _words("instrument_reporting_words.txt")
    continuations = _words("instrument_complement_continuations.txt")
    stoppers = [
        mention.span.start for mention in index.dates_in(start, limit) if mention.span.start > start
    ]
    stoppers.extend(
        mention.span.start
        for mention in index.mentions_in(start, limit)
        if mention.ref.kind is EntityKind.PLACE
        and mention.via is not MentionVia.DEMONYM
        and _LOCATIVE_BEFORE.search(text[max(start, mention.span.start - 8) : mention.span.start])
    )
    breaking = _complement_breaks().search(text, start, limit)
    if breaking is not None:
        stoppers.append(breaking.start())
    limit = min([limit, *stoppers])
    tokens = list(_TOKEN.finditer(text, start, limit))
    end = start
    words = 0
    previous_comma = False
    before_comma = None  # where the complement ended at the last comma, and words since
    since_comma = 0
    for position, match in enumerate(tokens):
        token = match.group()
        if token in _HARD_STOP:
            break
        if token == ",":
            previous_comma = True
            before_comma, since_comma = end, 0
            continue
        lower = token.lower()
        following = tokens[position + 1].group() if position + 1 < len(tokens) else ""
        if previous_comma and lower in continuations:
            previous_comma = False
        elif previous_comma and (
            token[:1].isupper()
            or (lower in _ARTICLES and following[:1].isupper())
            or lower.endswith("ing")
            or lower in stops
            or any(later.group().lower() in reporting for later in tokens[position : position + 4])
        ):
            break
        if lower in {"which", "who", "whose", "while", "whereas"}:
            if before_comma is not None and since_comma <= 2:
                end = before_comma  # ", people who arrive": the subject of a new clause
            break
        previous_comma = False
        since_comma += 1
        words += 1
        if words > _MAX_COMPLEMENT_WORDS:
            break
        end = match.end()
    trailing = _TRAILING_PREPOSITION.search(text, start, end)
    return trailing.start() if trailing is not None else end


_SIGNED_AFTER = re.compile(r"\s{1,3}(?:signed|concluded|inked)\b")
"""A signing verb right after an agreement's head noun."""
_SIGNED_BEFORE = re.compile(
    r"(?<![\w-])(?:signed|signing|signs|sign|concluded|inked|renewed|renewing|sealed|extended)"
    r"\s{1,3}(?:(?:a|an|the|its|their)\s{1,3})?$"
)
"""A signing verb right before an agreement's determiner: ``renewed a memorandum``."""


@functools.cache
def _description_reach() -> int:
    """How many space-separated words a description may have before its head: those of
    its longest determiner and five modifiers (a number or a possessive is one word)."""
    determiners = _words("instrument_determiners.txt")
    return _MAX_MODIFIERS + max(len(determiner.split()) for determiner in determiners)


def _described_matches(
    text: str, sentence: Span, heads: Sequence[int] | None
) -> Iterable[re.Match[str]]:
    """The matches of ``_described_pattern`` in a sentence, searched near its head nouns.

    ``heads``: where head nouns start in the sentence (``None``: not known). A match
    starts within ``_description_reach()`` space-separated words before its head.
    """
    pattern = _described_pattern()
    if heads is None:
        return pattern.finditer(text, sentence.start, sentence.end)
    reach = _description_reach()
    floors = []
    for head in heads:
        before = text[sentence.start : head].rsplit(maxsplit=reach)
        far = len(before) > reach
        floors.append((head, sentence.start + len(before[0]) if far else sentence.start))
    return matches_near(pattern, text, sentence, floors)


def _described(
    index: FactIndex, sentence: Span, number: int, heads: Sequence[int] | None
) -> list[_Found]:
    """Lower-case instrument descriptions in a sentence.

    Rule: a determiner (``a``, ``the``, ``its``, ``several``, a number or a
    possessive like ``Spain's``), up to five words, and a head noun (``policy``,
    ``agreements``, ``initiative``, ``system``, ``memorandum of understanding`` ...)
    not followed by a noun it modifies (``policy makers``). A complement behind
    ``on``/``for``/``to``/``aimed at``/``signed with`` ... runs to the end of the
    clause. The description is an instrument when its words carry a migration cue
    (``data/instrument_cues.txt``); its name leaves out the determiner and joins the
    complement when the head and its modifiers have no cue of their own. An agreement
    followed by ``signed``, ``concluded`` or ``inked``, or after ``signed``, ``renewed``,
    ``sealed`` ... needs no cue (``an agreement signed on Thursday by the two ministers``,
    ``renewed a memorandum of understanding``): a signed agreement is news in this genre.
    """
    text = index.text
    found = []
    quantifiers = _words("instrument_determiners.txt")
    for match in _described_matches(text, sentence, heads):
        head_start, head_end = match.span("head")
        if any(
            mention.ref.kind in {EntityKind.ORGANIZATION, EntityKind.PERSON}
            for mention in index.overlapping(head_start, head_end)
        ):
            continue
        determiner = match.group("det")
        owner = None
        if _is_possessive(determiner):
            owner = Span(start=match.start("det"), end=match.end("det"))
        name_start = match.start("mods") if match.group("mods") else head_start
        for word in _WORD.finditer(text, name_start, head_start):
            if word.group().lower() not in quantifiers:
                break
            name_start = word.end()
            while name_start < head_start and text[name_start].isspace():
                name_start += 1
        own_words = text[name_start:head_end]
        cue = own_cue = _cue_pattern().search(own_words) is not None
        kind = _head_kind(match.group("head"))
        complement = _complement_pattern().match(text, head_end, sentence.end)
        phrase_end = head_end
        if complement is not None:
            phrase_end = max(
                head_end,
                _complement_end(index, complement.start(), min(sentence.end, head_end + 400)),
            )
        name_end = head_end
        if not cue and phrase_end > head_end:
            complement_cue = _cue_pattern().search(text, head_end, phrase_end) is not None
            if complement_cue or (
                kind is PolicyKind.AGREEMENT
                and _PARTY_COMPLEMENT.match(text, head_end, phrase_end) is not None
                and any(
                    mention.ref.kind is not EntityKind.PERSON
                    for mention in index.mentions_in(head_end, phrase_end)
                )
            ):
                cue = True
                name_end = phrase_end
        if (
            not cue
            and kind is PolicyKind.AGREEMENT
            and (
                _SIGNED_AFTER.match(text, head_end)
                or _SIGNED_BEFORE.search(
                    text, max(sentence.start, match.start() - 20), match.start()
                )
            )
        ):
            cue = True
        found.append(
            _Found(
                shape=_Shape.DESCRIBED,
                kind=kind,
                name=Span(start=name_start, end=name_end),
                start=match.start(),
                phrase_end=phrase_end,
                determiner=determiner.lower(),
                owner=owner,
                cue=cue,
                own_cue=own_cue,
                head=" ".join(match.group("head").lower().split()),
                sentence=number,
                modifiers=Span(start=name_start, end=head_end),
            )
        )
    return found


def _anaphors(index: FactIndex, sentence: Span, number: int, cues: frozenset[str]) -> list[_Found]:
    """``This vision``, ``these measures``; and ``It``/``Its`` opening a sentence (each
    looked for only when the sentence's ``cues`` hold such a noun or pronoun)."""
    text = index.text
    anaphor_cue = ANAPHOR in cues
    matches = _anaphor_pattern().finditer(text, sentence.start, sentence.end) if anaphor_cue else ()
    found = [
        _Found(
            shape=_Shape.ANAPHOR,
            kind=None,
            name=Span(start=match.start(), end=match.end()),
            start=match.start(),
            phrase_end=match.end(),
            determiner=match.group().split()[0].lower(),
            sentence=number,
        )
        for match in matches
    ]
    if PRONOUN not in cues:
        return found
    first = _WORD.search(text, sentence.start, min(sentence.end, sentence.start + 20))
    if (
        first is not None
        and not text[sentence.start : first.start()].strip()
        and first.group().lower() in _words("instrument_pronouns.txt")
    ):
        found.append(
            _Found(
                shape=_Shape.PRONOUN,
                kind=None,
                name=Span(start=first.start(), end=first.end()),
                start=first.start(),
                phrase_end=first.end(),
                sentence=number,
            )
        )
    return found


_MENTION_CUES = frozenset({NAMED, DESCRIBED, ANAPHOR, PRONOUN})
"""The cue lexicons of the searches for instrument mentions."""


def _mentions_in_sentence(
    index: FactIndex, sentence: Span, number: int, names: frozenset[str], cues: FoundCues
) -> list[_Found]:
    """The instrument mentions of a sentence, overlaps settled, in text order.

    Rule: a capitalised name beats a description over the same words, except a lone
    head inside a longer description; a description beats a general anaphor. Only
    the searches whose cue lexicons (``names``, see ``fact_cues``) the sentence holds
    are run, near where their words start (``cues``).
    """
    if names.isdisjoint(_MENTION_CUES):
        return []
    named = (
        _named(index, sentence, number, cues.starts_in(NAMED, sentence)) if NAMED in names else []
    )
    kept = _Disjoint()
    for found in named:
        if found.shape == _Shape.NAMED:
            kept.add(found)
    if DESCRIBED in names:
        for found in _described(index, sentence, number, cues.starts_in(DESCRIBED, sentence)):
            kept.add(found)
    for found in named:
        if found.shape == _Shape.LONE:
            kept.add(found)
    for found in _anaphors(index, sentence, number, names):
        kept.add(found)
    return kept.found


@attrs.define
class _Disjoint:
    """Mentions kept in text order, none overlapping another; overlaps found by bisection."""

    found: list[_Found] = attrs.Factory(list)
    starts: list[int] = attrs.Factory(list)

    def add(self, found: _Found) -> bool:
        """Keep ``found`` unless it overlaps a mention already kept."""
        position = bisect.bisect_left(self.starts, found.start)
        if position > 0 and self.found[position - 1].phrase_end > found.start:
            return False
        if position < len(self.found) and self.found[position].start < found.phrase_end:
            return False
        self.found.insert(position, found)
        self.starts.insert(position, found.start)
        return True


def _name_text(text: str, span: Span) -> str:
    return " ".join(span.of(text).split()).strip(" ,;:.")


def _dateline_country(index: FactIndex, document: Document) -> str | None:
    """The country of the dateline's place, if any."""
    dateline = document.layout.dateline
    if dateline is None or dateline.place is None:
        return None
    for mention in index.mentions_in(dateline.place.start, dateline.place.end):
        place = index.places.get(mention.ref.id)
        if place is not None and place.country is not None:
            return place.country
    return None


def _dominant_country(index: FactIndex, document: Document) -> str | None:
    """The article's main country: the one named most often, its dateline counting three times.

    Mentions of any kind count (names, demonyms, ``the Kingdom``); a dateline city
    counts for its country; the first named wins a tie.
    """
    counts: dict[str, int] = {}
    for mention in index.mentions:
        country = index.country_of(mention) if mention.ref.kind is EntityKind.PLACE else None
        if country is not None:
            counts[country] = counts.get(country, 0) + 1
    dateline = document.layout.dateline
    if dateline is not None and dateline.place is not None:
        for mention in index.mentions_in(dateline.place.start, dateline.place.end):
            place = index.places.get(mention.ref.id)
            if place is not None and place.country is not None:
                counts[place.country] = counts.get(place.country, 0) + _DATELINE_WEIGHT
    if not counts:
        return None
    return max(counts, key=lambda country: counts[country])


def _is_venue(index: FactIndex, mention: ActorMention) -> bool:
    """A city in an instrument's name (``Rabat Process``, ``Istanbul Declaration``) is where
    it was made, not a party to it."""
    if mention.ref.kind is not EntityKind.PLACE:
        return False
    place = index.places.get(mention.ref.id)
    return place is not None and place.kind is PlaceKind.CITY


def _ref_owner(index: FactIndex, mention: ActorMention) -> tuple[str | None, EntityRef | None]:
    """A mention as an owner: (country, party) -- a country, or an organisation or region."""
    country = index.country_of(mention)
    if mention.ref.kind is EntityKind.PLACE and country is not None:
        return country, None
    return country, mention.ref


def _subject_owner(
    index: FactIndex, found: _Found, sentence: Span, floor: int
) -> ActorMention | None:
    """The nearest organisation or country before the instrument that is not an object.

    Rule: the closest organisation or country mention earlier in the sentence, not
    behind a preposition (``to Peru``) and with no other instrument in between;
    a demonym counts only before a government noun (``the Spanish government``).
    """
    text = index.text
    floor = max(sentence.start, found.start - _WINDOW, floor)
    candidates = index.mentions_in(floor, found.start)
    nouns = _words("event_subject_nouns.txt")
    for mention in reversed(candidates):
        if mention.ref.kind is EntityKind.PERSON:
            continue
        if index.country_of(mention) is None and mention.ref.kind is not EntityKind.ORGANIZATION:
            continue
        before = text[max(sentence.start, mention.span.start - 14) : mention.span.start]
        if _PREPOSITION_BEFORE.search(before):
            continue
        if mention.via is MentionVia.DEMONYM:
            following = _WORD.search(text, mention.span.end, mention.span.end + 20)
            if following is None or following.group().lower() not in nouns:
                continue
        return mention
    return None


def _coordinated(index: FactIndex, mention: ActorMention) -> list[ActorMention]:
    """A mention and those joined to it before by ``and`` or commas (``Spain and Senegal``)."""
    found = [mention]
    earlier = index.mentions_in(max(0, mention.span.start - _WINDOW), mention.span.start)
    for other in reversed(earlier):
        between = index.text[other.span.end : found[-1].span.start]
        if other.ref == found[-1].ref and _BRACKET.fullmatch(between):
            found[-1] = other
            continue
        if _COORDINATION.fullmatch(between) is None or other.ref.kind is EntityKind.PERSON:
            break
        found.append(other)
    found.reverse()
    return found


_NON_PARTY_KINDS = frozenset({OrganizationKind.NGO, OrganizationKind.MEDIA})


def _can_be_party(index: FactIndex, party: EntityRef) -> bool:
    """A party is a country, a region, a bloc or another state body: never an NGO, a
    newspaper, or a body named by a non-party head (``instrument_non_party_heads.txt``:
    a political party, a working group)."""
    if party.kind is not EntityKind.ORGANIZATION:
        return True
    if index.org_kinds.get(party.id) in _NON_PARTY_KINDS:
        return False
    last_word = _WORD.findall(party.name)[-1:]
    return not {word.lower() for word in last_word} & _words("instrument_non_party_heads.txt")


@functools.cache
def _unit_lead() -> re.Pattern[str]:
    roles = _alternation(_words("instrument_unit_roles.txt"))
    return re.compile(
        rf"(?<![\w-])(?i:{roles})\s{{1,3}}of\s{{1,3}}(?:(?i:the|its|their)\s{{1,3}})?$"
    )


def _is_unit(text: str, found: _Found) -> bool:
    """Whether ``found`` names a body rather than an instrument.

    A description after a leader's role and ``of`` is a unit of an organisation (``head
    of the migration programme at X``); a name whose head can also name a body
    (``Initiative``) with a bracketed acronym right after it is that body
    (``Egyptian Initiative for Personal Rights (EIPR)``).
    """
    if found.shape == _Shape.DESCRIBED:
        return _unit_lead().search(text, max(0, found.start - 40), found.start) is not None
    if found.shape != _Shape.NAMED or found.head not in _words("instrument_organisation_heads.txt"):
        return False
    return _ACRONYM_AFTER.match(text, found.name.end) is not None


def _in_brackets(text: str, start: int, position: int) -> bool:
    """Whether ``position`` is inside a bracket opened after ``start``: the subtitle of
    ``Migration Amendment (Australia's Engagement in the Pacific) Act`` names no party."""
    return text.rfind("(", start, position) > text.rfind(")", start, position)


def _owners(
    index: FactIndex,
    found: _Found,
    *,
    kind: PolicyKind,
    sentence: Span,
    previous_end: int,
    dominant: str | None,
    home: bool = False,
) -> tuple[str | None, list[EntityRef]]:
    """The owning country and the parties of a new instrument.

    Rules, in order: a possessive before it (``Germany's Skilled Immigration Act``);
    ``of COUNTRY`` right after it; the countries, regions and organisations named
    before its head (one country owns it, two or more are parties: ``EU-Turkey
    Statement``; ``Jordan Response Plan for the Syria Crisis`` is Jordan's); for a
    description, the nearest organisation or country subject before it in the
    sentence and those joined to it by ``and`` (not for compacts; the coordinated
    subjects of an agreement, ``Spain and Senegal signed ...``, are parties); for
    laws, constitutions and names with ``national``, the article's main country;
    when the dateline is in that main country, every kind but agreements and
    compacts falls back on it too. For agreements, the places and organisations of
    the complement (``signed with European neighbours``) are parties. An owning
    organisation or region is a party. A city in the name is the venue (``Budapest
    Process``): neither a party nor owner, and the main country is not taken for it.
    """
    text = index.text
    country: str | None = None
    parties: list[EntityRef] = []

    def take(mention: ActorMention) -> None:
        nonlocal country
        owner_country, party = _ref_owner(index, mention)
        if party is None:
            country = country or owner_country
        else:
            country = country or owner_country
            if party not in parties:
                parties.append(party)

    owner_region = found.modifiers or found.name
    inside = [
        mention
        for mention in index.mentions_in(owner_region.start, owner_region.end)
        if mention.ref.kind is not EntityKind.PERSON
        and not _is_venue(index, mention)
        and not _in_brackets(text, owner_region.start, mention.span.start)
    ]
    after = [
        mention
        for mention in index.mentions_in(found.phrase_end, min(sentence.end, found.phrase_end + 25))
        if _OF_AFTER.fullmatch(text[found.phrase_end : mention.span.start])
        and index.country_of(mention) is not None
    ]
    if found.owner is not None:
        for mention in index.mentions_in(found.owner.start, found.owner.end):
            take(mention)
    elif after:
        take(after[0])
    elif inside:
        distinct = {mention.ref.id for mention in inside}
        if len(distinct) >= 2 or kind is PolicyKind.AGREEMENT:
            for mention in inside:
                if mention.ref not in parties:
                    parties.append(mention.ref)
        else:
            take(inside[0])
    elif found.shape == _Shape.DESCRIBED and kind is not PolicyKind.COMPACT:
        subject = _subject_owner(index, found, sentence, previous_end)
        partners = _coordinated(index, subject) if subject is not None else []
        if kind is PolicyKind.AGREEMENT and len(partners) > 1:
            parties.extend(mention.ref for mention in partners if mention.ref not in parties)
        else:
            for mention in partners:
                take(mention)
    if kind is PolicyKind.AGREEMENT and found.phrase_end > found.name.end - 1:
        region_start = (found.modifiers or found.name).end
        for mention in index.mentions_in(region_start, found.phrase_end):
            if mention.ref.kind is EntityKind.PERSON:
                continue
            if index.country_of(mention) is not None and index.country_of(mention) == country:
                continue
            if mention.ref not in parties:
                parties.append(mention.ref)
    parties = [party for party in parties if _can_be_party(index, party)]
    name_words = {word.lower() for word in _WORD.findall(found.name.of(text))}
    national = kind in {PolicyKind.LAW, PolicyKind.CONSTITUTION} or bool(
        name_words & _words("instrument_national_words.txt")
    )
    venue = any(
        _is_venue(index, mention)
        for mention in index.mentions_in(owner_region.start, owner_region.end)
    )
    if (
        country is None
        and not parties
        and not venue
        and (national or (home and kind in _HOME_KINDS))
    ):
        country = dominant
    return country, parties


def _nearest_date(index: FactIndex, verb: Span, sentence: Span) -> FuzzyDate | None:
    """The date nearest to a creation verb, never a bound or a date another participle
    governs (``signed ..., replacing the agreement concluded in October 2018``)."""
    best: tuple[int, FuzzyDate] | None = None
    start = max(sentence.start, verb.start - 150)
    end = min(sentence.end, verb.start + 150)
    for mention in index.dates_in(start, end):
        if (
            mention.value is None
            or is_bound(mention)
            or governed_by_other(index.text, verb, mention.span.start, sentence.start)
        ):
            continue
        distance = abs(mention.span.start - verb.start)
        if best is None or distance < best[0]:
            best = (distance, mention.value)
    return best[1] if best is not None else None


def _date(index: FactIndex, found: _Found, sentence: Span) -> FuzzyDate | None:
    """When an instrument was made.

    Rules, in order: a date inside its name (``the 2011 Constitution``,
    ``Migration Act 2019``); else, when a creation verb (``signed``, ``adopted``,
    ``launched``, ``developed`` ...) stands right after it (``the Compact, signed in
    Marrakech in December 2018``, ``the Act, which the Bundestag adopted in June
    2023``) or right before it (``launched a programme``,
    ``has, since 2019, developed an approach``), the date nearest to that verb.
    """
    text = index.text
    if found.shape in {_Shape.NAMED, _Shape.LONE, _Shape.DESCRIBED}:
        for mention in index.dates_in(found.name.start, found.name.end):
            if mention.value is not None:
                return mention.value
        for year in _YEAR.finditer(text, found.name.start, found.name.end):
            if int(year.group()) in _YEAR_RANGE:
                return FuzzyDate.year(int(year.group()))
    gap = _VERB_AFTER_GAP.match(text, found.phrase_end, sentence.end)
    verb_start = gap.end() if gap is not None else found.phrase_end
    verb = _creation_pattern().match(text, verb_start, sentence.end)
    if verb is None:
        relative = _RELATIVE_SUBJECT.match(text, found.phrase_end, sentence.end)
        if relative is not None:
            verb = _creation_pattern().match(text, relative.end(), sentence.end)
    if verb is None:
        verb = _creation_before(index, found, sentence)
    if verb is None:
        return None
    return _nearest_date(index, Span(start=verb.start(), end=verb.end()), sentence)


def _creation_before(index: FactIndex, found: _Found, sentence: Span) -> re.Match[str] | None:
    """A creation verb up to four small words before the instrument (``launched a new``)."""
    text = index.text
    floor = max(sentence.start, found.start - 60)
    last = None
    for verb in _creation_pattern().finditer(text, floor, found.start):
        last = verb
    if last is None:
        return None
    gap = text[last.end() : found.start]
    words = _TOKEN.findall(gap)
    if len(words) > 4 or any(not _WORD.fullmatch(word) for word in words):
        return None
    return last


def _split_list(words: str) -> list[str]:
    """``a, b, c and d`` -> [a, b, c, d]; the last item is split on its first ``and``."""
    items = [item.strip(" ,;:.") for item in _LIST_SPLIT.split(words)]
    items = [item for item in items if item]
    if items:
        last = _LAST_ITEM_SPLIT.split(items[-1], maxsplit=1)
        items[-1:] = [item.strip(" ,;:.") for item in last if item.strip(" ,;:.")]
    return items


def _list_end(text: str, start: int, end: int) -> int:
    """Where a list ends: at ``.`` or ``;``, or at the end of the sentence."""
    for char_index in range(start, min(end, start + 600)):
        if text[char_index] in ".;":
            return char_index
    return min(end, start + 600)


def _objectives(index: FactIndex, sentence: Span) -> list[tuple[int, list[str], str]]:
    """Objectives announced in a sentence: (cue start, items, mode).

    Rules: ``objectives``/``goals``/``priorities``/``pillars``/``axes`` + colon + a
    list split on commas and a final ``and`` (mode ``list``); ``focused on``/``rests
    on`` + a list of three or more with no colon (mode ``subject-list``, for the
    instrument right before: ``the plan focused on prevention, protection and
    prosecution``); ``aims to X``/``aimed at X``/``with the aim of X`` -> X, to the
    end of its clause, as a single objective (mode ``single``).
    """
    text = index.text
    lists, singles, subject_lists = _objective_patterns()
    found = []
    for cue in lists.finditer(text, sentence.start, sentence.end):
        items = _split_list(text[cue.end() : _list_end(text, cue.end(), sentence.end)])
        if items:
            found.append((cue.start(), [" ".join(item.split()) for item in items], "list"))
    for cue in subject_lists.finditer(text, sentence.start, sentence.end):
        words = text[cue.end() : _list_end(text, cue.end(), sentence.end)]
        items = _split_list(words)
        if ":" not in words and len(items) >= _MIN_LISTED:
            found.append((cue.start(), [" ".join(item.split()) for item in items], "subject-list"))
    for cue in singles.finditer(text, sentence.start, sentence.end):
        end = _complement_end(index, cue.end(), min(sentence.end, cue.end() + 600))
        objective = text[cue.end() : end].split()
        if objective and len(objective) <= _MAX_OBJECTIVE_WORDS:
            found.append((cue.start(), [" ".join(objective).strip(" ,;:.")], "single"))
    return found


def _recent(drafts: Sequence[tuple[int, _Draft]], sentence: int) -> _Draft | None:
    for seen, draft in reversed(drafts):
        if sentence - seen <= _RECENT_SENTENCES:
            return draft
        break
    return None


def _same_kind(
    history: Sequence[tuple[int, _Draft]], kind: PolicyKind | None, head: str
) -> _Draft | None:
    for _, draft in reversed(history[-_HISTORY_REACH:]):
        if draft.kind is kind and (not head or head.rstrip("s") in draft.name.lower()):
            return draft
    return None


def instruments(
    document: Document,
    actors: Actors,
    dates: tuple[DateMention, ...],
    quantities: tuple[Quantity, ...],
) -> tuple[Policy, ...]:
    """The policy instruments the article names or describes, in order of first mention.

    Rules:
    - capitalised names (see ``_named``) and lower-case descriptions with a
      migration cue (see ``_described``) are instruments; the kind comes from the
      head noun (``data/instrument_heads.tsv``).
    - ``this``/``these`` + a head or a general noun (``This new policy``, ``This
      vision``) refers to the last instrument named within three sentences;
      ``the``/``its`` + a head without a cue (``the strategy``, ``the
      Constitution``) to the last one of that kind; ``It`` opening a sentence to
      the instrument that opened the previous sentence. A constitution needs no
      antecedent.
    - owner country and parties: see ``_owners``; date: see ``_date``.
    - objectives: see ``_objectives``; they go to the instrument mentioned last
      before the cue in the sentence (a single ``aims to`` objective only to the
      one right before it, or whose complement holds it).
    - quantities: the counts after a mention in its sentence, up to the next
      instrument (``the 2011 Constitution includes five articles``, ``It also
      defines 27 specific objectives``).
    - ids: ``policy:`` + the slug of the name; mentions of the same name are one.
    """
    index = FactIndex.build(document, actors, dates)
    text = index.text
    sentences = _body_sentences(document)
    dominant = _dominant_country(index, document)
    home = dominant is not None and _dateline_country(index, document) == dominant
    drafts: list[_Draft] = []
    by_slug: dict[str, _Draft] = {}
    history: list[tuple[int, _Draft]] = []
    opener: dict[int, _Draft] = {}
    sorted_quantities = sorted(quantities, key=lambda quantity: quantity.span.start)
    quantity_starts = [quantity.span.start for quantity in sorted_quantities]
    cues = fact_cues().find(text)
    for number, (sentence, names) in enumerate(
        zip(sentences, cues.names_by_sentence(sentences), strict=True)
    ):
        found_here = _mentions_in_sentence(index, sentence, number, names, cues)
        resolved: list[tuple[_Found, _Draft]] = []
        previous_end = sentence.start
        for found in found_here:
            floor, previous_end = previous_end, found.phrase_end
            if found.shape != _Shape.NAMED and not found.own_cue and _replaced(text, found.start):
                continue  # the old instrument a new one replaces
            if _is_unit(text, found):
                continue
            draft = _resolve(found, history, by_slug, opener, text)
            if draft is None and _is_new(found):
                kind = found.kind or PolicyKind.POLICY
                name = _name_text(text, found.name)
                if not name:
                    continue
                country, parties = _owners(
                    index,
                    found,
                    kind=kind,
                    sentence=sentence,
                    previous_end=floor,
                    dominant=dominant,
                    home=home,
                )
                draft = _Draft(
                    kind=kind,
                    name=name,
                    span=found.name,
                    sentence=number,
                    country=country,
                    parties=parties,
                    date=_date(index, found, sentence),
                )
                drafts.append(draft)
                by_slug[_slug(name)] = draft
            elif draft is not None and draft.date is None and found.shape != _Shape.PRONOUN:
                draft.date = _date(index, found, sentence)
            if draft is None:
                continue
            span = found.name
            if draft.span != found.name and found.shape in {_Shape.DESCRIBED, _Shape.LONE}:
                span = Span(start=found.start, end=found.name.end)
            if span not in draft.seen:
                draft.seen.add(span)
                draft.mentions.append(Mention(span=span, text=span.of(text)))
            history.append((number, draft))
            resolved.append((found, draft))
            if found.start - sentence.start <= _SUBJECT_REACH and number not in opener:
                opener[number] = draft
        if resolved and OBJECTIVE in names:
            _attach_objectives(index, sentence, resolved)
        _attach_quantities(sentence, resolved, sorted_quantities, quantity_starts)
    return tuple(_policy(draft) for draft in drafts)


def _is_new(found: _Found) -> bool:
    if found.shape == _Shape.NAMED:
        return True
    if found.shape == _Shape.LONE:
        return found.kind is PolicyKind.CONSTITUTION
    if found.shape == _Shape.DESCRIBED:
        return found.cue or found.kind is PolicyKind.CONSTITUTION
    return False


@functools.cache
def _replacement_words() -> re.Pattern[str]:
    words = _alternation(load_lines("instrument_replacement_words.txt"))
    return re.compile(rf"(?<![\w-]){words}\s{{1,3}}$", re.IGNORECASE)


def _replaced(text: str, start: int) -> bool:
    """Whether a mention follows ``replacing``/``superseding`` ...: it names the old
    instrument, not an earlier mention (``replacing the agreement concluded in 2018``)."""
    return _replacement_words().search(text, max(0, start - 20), start) is not None


def _resolve(
    found: _Found,
    history: Sequence[tuple[int, _Draft]],
    by_slug: dict[str, _Draft],
    opener: dict[int, _Draft],
    text: str,
) -> _Draft | None:
    """The earlier instrument a mention refers to, if any (see ``instruments``)."""
    demonstratives = _words("instrument_demonstratives.txt")
    if found.shape == _Shape.PRONOUN:
        return opener.get(found.sentence - 1)
    if found.shape == _Shape.ANAPHOR:
        return _recent(history, found.sentence)
    slug = _slug(_name_text(text, found.name))
    if slug in by_slug:
        return by_slug[slug]
    if found.shape == _Shape.NAMED:
        return None
    if found.determiner in demonstratives:
        recent = _recent(history, found.sentence)
        if recent is not None:
            return recent
    if found.shape == _Shape.LONE or (found.shape == _Shape.DESCRIBED and not found.own_cue):
        if found.determiner in _DEFINITE | demonstratives:
            earlier = _same_kind(history, found.kind, "")
            if earlier is not None or not found.cue:
                return earlier
        if not found.cue:
            return None
    if found.determiner in _DEFINITE | demonstratives:
        return _same_kind(history, found.kind, found.head)
    return None


def _attach_objectives(
    index: FactIndex, sentence: Span, resolved: Sequence[tuple[_Found, _Draft]]
) -> None:
    starts = [found.start for found, _ in resolved]
    for cue_start, items, mode in sorted(
        _objectives(index, sentence), key=lambda found: _MODES.index(found[2])
    ):
        position = bisect.bisect_left(starts, cue_start)
        if position == 0:
            continue
        found, draft = resolved[position - 1]
        if mode == "list":
            if not draft.objectives or len(draft.objectives) == 1:
                draft.objectives = items
            continue
        holds = found.name.end <= cue_start < found.phrase_end
        gap = index.text[found.phrase_end : cue_start].split()
        if (holds or len(gap) <= 2) and (
            not draft.objectives or (mode == "subject-list" and len(draft.objectives) == 1)
        ):
            draft.objectives = items


def _attach_quantities(
    sentence: Span,
    resolved: Sequence[tuple[_Found, _Draft]],
    quantities: Sequence[Quantity],
    starts: Sequence[int],
) -> None:
    for position, (found, draft) in enumerate(resolved):
        end = resolved[position + 1][0].start if position + 1 < len(resolved) else sentence.end
        first = bisect.bisect_left(starts, found.name.end)
        for quantity in quantities[first:]:
            if quantity.span.start >= end:
                break
            if quantity.span.end <= end and quantity.span not in draft.seen_quantities:
                draft.seen_quantities.add(quantity.span)
                draft.quantities.append(quantity)


def _policy(draft: _Draft) -> Policy:
    return Policy(
        id=f"policy:{_slug(draft.name)}",
        name=draft.name,
        kind=draft.kind,
        country=draft.country,
        parties=tuple(draft.parties),
        date=draft.date,
        objectives=tuple(draft.objectives),
        span=draft.span,
        quantities=tuple(draft.quantities),
        mentions=tuple(draft.mentions),
    )
