"""The topics stage: migration topics of statements, events, policies and the article.

Topics are found by keyword rules read from ``data/topics.tsv``: each row names a
``Topic``, a small pattern and an optional weight. All rules are compiled into one
alternation, matched case-insensitively between word boundaries in a single pass
over the lower-cased text. A text has a topic when the weights of that topic's matches add up
to at least 1; weak cues (``development``, ``partnership``, ``integration`` alone)
weigh 0.5 and so need a second cue.

The article's title and body are scanned once; a statement, whose words lie in the
body, sums the matches inside its span instead of being scanned again.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from typing import TypeVar

import attrs

from migmodel._lexicon import load_rows
from migmodel._pipeline.document import Document
from migmodel.model import Event, Policy, Span, Statement, Topic

__all__ = ["topic_rules", "topics", "topics_in"]

_RULES_FILE = "topics.tsv"
_THRESHOLD = 1.0
_OPTIONAL_GAP = re.compile(r" \?")
_GAP = re.compile(r" ")
_NO_SPACES = re.compile(r"\s")
_QUANTIFIERS = frozenset("?*+{")
_WORD_CHAR = re.compile(r"\w")


@attrs.frozen(kw_only=True)
class TopicRule:
    """One keyword rule: a pattern fragment that counts ``weight`` toward ``topic``."""

    topic: Topic
    pattern: str
    weight: float = 1.0


@functools.cache
def topic_rules() -> tuple[TopicRule, ...]:
    """The keyword rules of ``data/topics.tsv``, in file order.

    >>> any(rule.topic is Topic.REMITTANCES for rule in topic_rules())
    True
    """
    rules = []
    for row in load_rows(_RULES_FILE):
        weight = float(row[2]) if len(row) > 2 and row[2] else 1.0
        rules.append(TopicRule(topic=Topic(row[0]), pattern=row[1], weight=weight))
    return tuple(rules)


def _fragment(pattern: str) -> str:
    """A data pattern as a regex fragment: a space matches spaces, newlines or hyphens."""
    pattern = _OPTIONAL_GAP.sub(r"[\\s-]{0,3}", pattern)
    return _GAP.sub(r"[\\s-]{1,3}", pattern)


def _literal_length(pattern: str) -> int:
    return len(_NO_SPACES.sub("", pattern))


def _opening_group(pattern: str) -> tuple[list[str], str] | None:
    """The branches of the group a pattern opens with, and the rest after its ``)``.

    >>> _opening_group("(?:cost|costs) of sending money")
    (['cost', 'costs'], ' of sending money')
    """
    if not pattern.startswith("(?:"):
        return None
    branches: list[str] = []
    depth = 0
    branch_start = 3
    for offset, char in enumerate(pattern[3:], start=3):
        if char == "(":
            depth += 1
        elif char == ")" and depth > 0:
            depth -= 1
        elif char == ")" or (char == "|" and depth == 0):
            branches.append(pattern[branch_start:offset])
            branch_start = offset + 1
            if char == ")":
                return branches, pattern[offset + 1 :]
    return None


def _openings(pattern: str) -> dict[str, str] | None:
    """The pattern split by the letter it opens with, each part without that letter.

    A pattern opens with a letter, or with a group of branches that each open with a
    letter; the group may be optional. None when the opening is not that plain.

    >>> _openings("labou?r migration")
    {'l': 'abou?r migration'}
    >>> _openings("(?:ethical|fair) recruitment")
    {'e': '(?:thical) recruitment', 'f': '(?:air) recruitment'}
    >>> _openings("(?:human )?traffickers")
    {'h': '(?:uman )traffickers', 't': 'raffickers'}
    >>> _openings("[a-z]+") is None
    True
    """
    if pattern[:1].isalpha():
        return None if pattern[1:2] in _QUANTIFIERS else {pattern[0]: pattern[1:]}
    group = _opening_group(pattern)
    if group is None:
        return None
    branches, rest = group
    optional = rest[:1] == "?"
    if rest[:1] in _QUANTIFIERS and not optional:
        return None
    tails: dict[str, list[str]] = {}
    for branch in branches:
        if not branch[:1].isalpha() or branch[1:2] in _QUANTIFIERS:
            return None
        tails.setdefault(branch[0], []).append(branch[1:])
    rest = rest[1:] if optional else rest
    openings = {letter: f"(?:{'|'.join(found)}){rest}" for letter, found in tails.items()}
    if not optional:
        return openings
    skipped = _openings(rest)
    if skipped is None:
        return None
    for letter, tail in skipped.items():
        openings[letter] = f"(?:{openings[letter]}|{tail})" if letter in openings else tail
    return openings


def _opens_optionally(pattern: str) -> bool:
    """Whether the pattern opens with an optional group: ``(?:human )?traffickers``."""
    group = _opening_group(pattern)
    return group is not None and group[1][:1] == "?"


@attrs.frozen(kw_only=True)
class _Scanner:
    """The compiled rules: one pattern finds the matches, others name the rule matched.

    Attributes:
        scan: every rule in one alternation without groups (named groups slow a scan).
        namers: per opening letter, the same alternatives as named groups ``r<index>``.
        others: the rules whose opening is not plain, as named groups, if any.
    """

    scan: re.Pattern[str]
    namers: dict[str, re.Pattern[str]]
    others: re.Pattern[str] | None


def _alternatives(parts: Sequence[tuple[int, str]], *, named: bool) -> str:
    """``parts`` (rule index, pattern) as regex alternatives, as named groups or not."""
    if named:
        return "|".join(f"(?P<r{index}>{_fragment(part)})" for index, part in parts)
    return "|".join(f"(?:{_fragment(part)})" for _, part in parts)


@functools.cache
def _scanner() -> _Scanner:
    """The rules compiled for lower-cased text, dispatched on their first letter.

    At a word start only the rules opening with its letter are tried, as one branch
    that consumes the letter, so the regex engine skips the others on their first
    character. Within a letter, longer patterns come first, so the longer of two rules
    at one place wins; rules that open with an optional group
    (``(?:human )?traffickers``) come after the others. Rules whose opening is not
    plain to see come last, at every place.
    """
    rules = topic_rules()
    order = sorted(
        range(len(rules)),
        key=lambda index: (
            _opens_optionally(rules[index].pattern),
            -_literal_length(rules[index].pattern),
        ),
    )
    by_letter: dict[str, list[tuple[int, str]]] = {}
    others: list[tuple[int, str]] = []
    for index in order:
        openings = _openings(rules[index].pattern)
        if openings is None:
            others.append((index, rules[index].pattern))
            continue
        for letter, tail in openings.items():
            by_letter.setdefault(letter, []).append((index, tail))
    branches = [
        f"{letter}(?:{_alternatives(parts, named=False)})"
        for letter, parts in sorted(by_letter.items())
    ]
    if others:
        branches.append(_alternatives(others, named=False))
    namers = {
        letter: re.compile(f"{letter}(?:{_alternatives(parts, named=True)})\\b")
        for letter, parts in by_letter.items()
    }
    return _Scanner(
        scan=re.compile(r"(?<!\w)(?:" + "|".join(branches) + r")\b"),
        namers=namers,
        others=re.compile(f"(?:{_alternatives(others, named=True)})\\b") if others else None,
    )


def _rule_at(scanner: _Scanner, lowered: str, start: int) -> int:
    """The index of the rule that the scan matched at ``start``.

    The scan tries the rules opening with the letter at ``start`` before the others, in
    the same order as the namers, so the first namer that matches there names the rule.
    """
    namer = scanner.namers.get(lowered[start])
    match = namer.match(lowered, start) if namer is not None else None
    if match is None and scanner.others is not None:
        match = scanner.others.match(lowered, start)
    if match is None or match.lastgroup is None:  # pragma: no cover - the scan matched here
        raise ValueError(f"no topic rule matches at {start}")
    return int(match.lastgroup[1:])


@attrs.frozen(kw_only=True)
class _Matches:
    """The keyword matches of one text, by position: where each starts and ends, its rule."""

    starts: list[int]
    ends: list[int]
    rules: list[TopicRule]


def _matches(lowered: str) -> _Matches:
    """The keyword matches in lower-cased text, in text order (they never overlap)."""
    scanner = _scanner()
    rules = topic_rules()
    found = _Matches(starts=[], ends=[], rules=[])
    for match in scanner.scan.finditer(lowered):
        found.starts.append(match.start())
        found.ends.append(match.end())
        found.rules.append(rules[_rule_at(scanner, lowered, match.start())])
    return found


def _scores(rules: Iterable[TopicRule]) -> dict[Topic, float]:
    scores: dict[Topic, float] = {}
    for rule in rules:
        scores[rule.topic] = scores.get(rule.topic, 0.0) + rule.weight
    return scores


def topic_scores(text: str) -> dict[Topic, float]:
    """The summed weights of the keyword matches of each topic found in ``text``.

    >>> topic_scores("Remittances and money transfers rose.")[Topic.REMITTANCES]
    2.0
    """
    return _scores(_matches(text.lower()).rules)


_TOPIC_ORDER = {topic: position for position, topic in enumerate(Topic)}


def _topics_of(scores: dict[Topic, float]) -> tuple[Topic, ...]:
    """The topics whose score reaches the threshold, in the ``Topic`` enum's order."""
    reached = [topic for topic, score in scores.items() if score >= _THRESHOLD]
    return tuple(sorted(reached, key=_TOPIC_ORDER.__getitem__))


def topics_in(text: str) -> tuple[Topic, ...]:
    """The topics whose keyword weights in ``text`` reach 1, in the ``Topic`` enum's order.

    >>> [topic.value for topic in topics_in("Voluntary return and seasonal workers.")]
    ['labour_migration', 'return_and_reintegration']
    >>> topics_in("The weather was fine.")
    ()
    """
    return _topics_of(topic_scores(text))


def _joined(parts: Iterable[str | None]) -> str:
    return "\n".join(part for part in parts if part)


class _ArticleText:
    """The article's title and body paragraphs joined by newlines, scanned once.

    A statement's words lie in the body, so their matches are those of that one scan
    between the statement's ends, when the scan is in step with a scan of the words
    alone: no match crosses either end, and the characters just outside are not word
    characters (the words alone have none there). Otherwise the words are scanned.
    """

    def __init__(self, document: Document) -> None:
        layout = document.layout
        spans = [layout.title] if layout.title is not None else []
        spans.extend(paragraph.span for paragraph in layout.paragraphs)
        pieces: list[str] = []
        places: list[tuple[int, int, int]] = []
        offset = 0
        for span in spans:
            piece = span.of(document.text)
            if piece:
                places.append((span.start, span.end, offset))
                pieces.append(piece)
                offset += len(piece) + 1
        places.sort()
        self._places = places
        self._place_starts = [start for start, _, _ in places]
        self.text = "\n".join(pieces)
        self._lowered = self.text.lower()
        self.matches = _matches(self._lowered)

    def topics(self) -> tuple[Topic, ...]:
        """The topics of the whole title and body."""
        return _topics_of(_scores(self.matches.rules))

    def topics_of(self, span: Span, words: str) -> tuple[Topic, ...]:
        """The topics of ``words``, which stand at ``span`` of the document."""
        start = self._offset(span)
        if start is None or not self._in_step(start, start + len(words), words):
            return topics_in(words)
        matches = self.matches
        first = bisect.bisect_right(matches.ends, start)
        last = bisect.bisect_right(matches.ends, start + len(words))
        return _topics_of(_scores(matches.rules[first:last]))

    def _offset(self, span: Span) -> int | None:
        """Where ``span`` of the document starts in the joined text, if in one part."""
        index = bisect.bisect_right(self._place_starts, span.start) - 1
        if index < 0:
            return None
        start, end, offset = self._places[index]
        return offset + span.start - start if span.end <= end else None

    def _in_step(self, start: int, end: int, words: str) -> bool:
        """Whether the scan's matches in ``[start, end)`` are those of ``words`` alone."""
        lowered = self._lowered
        if (
            len(lowered) != len(self.text)
            or self.text[start:end] != words
            or lowered[start:end] != words.lower()
            or (start > 0 and _WORD_CHAR.match(lowered, start - 1))
            or _WORD_CHAR.match(lowered, end)
        ):
            return False
        starts, ends = self.matches.starts, self.matches.ends
        first = bisect.bisect_right(ends, start)
        last = bisect.bisect_right(ends, end)
        crosses_start = first < len(ends) and starts[first] < start
        crosses_end = last < len(ends) and starts[last] < end
        return not (crosses_start or crosses_end)


_Fact = TypeVar("_Fact", Statement, Event, Policy)


def _tagged(fact: _Fact, found: tuple[Topic, ...]) -> _Fact:
    """``fact`` with the topics ``found``: the same fact when it has them already."""
    return fact if fact.topics == found else attrs.evolve(fact, topics=found)


def topics(
    document: Document,
    statements: tuple[Statement, ...],
    events: tuple[Event, ...],
    policies: tuple[Policy, ...],
) -> tuple[tuple[Statement, ...], tuple[Event, ...], tuple[Policy, ...], tuple[Topic, ...]]:
    """Tag each fact with the topics of its own words, and find the article's topics.

    Rules: a statement's topics are those of its text; an event's, those of its
    description and theme; a policy's, those of its name and objectives. The
    article's topics are those of its title and body paragraphs together (never the
    page furniture). Each is ``topics_in`` of the joined words.
    """
    article = _ArticleText(document)
    tagged_statements = tuple(
        _tagged(statement, article.topics_of(statement.span, statement.text))
        for statement in statements
    )
    tagged_events = tuple(
        _tagged(event, topics_in(_joined((event.description, event.theme)))) for event in events
    )
    tagged_policies = tuple(
        _tagged(policy, topics_in(_joined((policy.name, *policy.objectives))))
        for policy in policies
    )
    return tagged_statements, tagged_events, tagged_policies, article.topics()
