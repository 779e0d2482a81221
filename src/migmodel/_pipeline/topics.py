"""The topics stage: migration topics of statements, events, policies and the article.

Topics are found by keyword rules read from ``data/topics.tsv``: each row names a
``Topic``, a small pattern and an optional weight. All rules are compiled into one
alternation, matched case-insensitively between word boundaries in a single pass
over the lower-cased text. A text has a topic when the weights of that topic's matches add up
to at least 1; weak cues (``development``, ``partnership``, ``integration`` alone)
weigh 0.5 and so need a second cue.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from migmodel._lexicon import load_rows
from migmodel._pipeline.document import Document
from migmodel.model import Event, Policy, Statement, Topic

__all__ = ["topic_rules", "topics", "topics_in"]

_RULES_FILE = "topics.tsv"
_THRESHOLD = 1.0
_OPTIONAL_GAP = re.compile(r" \?")
_GAP = re.compile(r" ")
_NO_SPACES = re.compile(r"\s")


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


def _first_letters(pattern: str) -> frozenset[str] | None:
    """The letters a pattern can start with, or None when that is not plain to see.

    >>> sorted(_first_letters("(?:cost|costs) of sending money"))
    ['c']
    >>> _first_letters("(?:human )?traffickers") is None
    True
    """
    if pattern[:1].isalpha():
        return frozenset(pattern[0])
    if not pattern.startswith("(?:"):
        return None
    letters: set[str] = set()
    depth = 0
    at_branch_start = True
    for offset, char in enumerate(pattern[3:], start=3):
        if at_branch_start and depth == 0:
            if not char.isalpha():
                return None
            letters.add(char)
            at_branch_start = False
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                if pattern[offset + 1 : offset + 2] in {"?", "*", "{"}:
                    return None
                break
            depth -= 1
        elif char == "|" and depth == 0:
            at_branch_start = True
    return frozenset(letters) or None


@functools.cache
def _compiled() -> tuple[re.Pattern[str], tuple[TopicRule, ...]]:
    """One alternation of every rule over lower-cased text, dispatched on first letter.

    Rules are grouped by the letter they start with behind a one-letter lookahead,
    so each word start tries only the rules that can match there; within a group
    longer patterns come first, so the longer of two rules at one place wins.
    """
    rules = topic_rules()
    order = sorted(range(len(rules)), key=lambda index: -_literal_length(rules[index].pattern))
    by_letter: dict[str, list[int]] = {}
    unknown: list[int] = []
    for index in order:
        letters = _first_letters(rules[index].pattern)
        if letters is None:
            unknown.append(index)
            continue
        for letter in letters:
            by_letter.setdefault(letter, []).append(index)
    branches = []
    for letter in sorted(by_letter):
        alternatives = "|".join(
            f"(?P<r{index}_{letter}>{_fragment(rules[index].pattern)})"
            for index in by_letter[letter]
        )
        branches.append(f"(?={letter})(?:{alternatives})")
    branches.extend(f"(?P<r{index}_>{_fragment(rules[index].pattern)})" for index in unknown)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(branches) + r")\b")
    return pattern, rules


def topic_scores(text: str) -> dict[Topic, float]:
    """The summed weights of the keyword matches of each topic found in ``text``.

    >>> topic_scores("Remittances and money transfers rose.")[Topic.REMITTANCES]
    2.0
    """
    pattern, rules = _compiled()
    scores: dict[Topic, float] = {}
    for match in pattern.finditer(text.lower()):
        group = match.lastgroup
        if group is None:  # pragma: no cover - every alternative is a named group
            continue
        rule = rules[int(group[1:].partition("_")[0])]
        scores[rule.topic] = scores.get(rule.topic, 0.0) + rule.weight
    return scores


def topics_in(text: str) -> tuple[Topic, ...]:
    """The topics whose keyword weights in ``text`` reach 1, in the ``Topic`` enum's order.

    >>> [topic.value for topic in topics_in("Voluntary return and seasonal workers.")]
    ['labour_migration', 'return_and_reintegration']
    >>> topics_in("The weather was fine.")
    ()
    """
    scores = topic_scores(text)
    return tuple(topic for topic in Topic if scores.get(topic, 0.0) >= _THRESHOLD)


def _joined(parts: Iterable[str | None]) -> str:
    return "\n".join(part for part in parts if part)


def _article_text(document: Document) -> str:
    layout = document.layout
    parts = [layout.title.of(document.text) if layout.title is not None else None]
    parts.extend(paragraph.span.of(document.text) for paragraph in layout.paragraphs)
    return _joined(parts)


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
    tagged_statements = tuple(
        attrs.evolve(statement, topics=topics_in(statement.text)) for statement in statements
    )
    tagged_events = tuple(
        attrs.evolve(event, topics=topics_in(_joined((event.description, event.theme))))
        for event in events
    )
    tagged_policies = tuple(
        attrs.evolve(policy, topics=topics_in(_joined((policy.name, *policy.objectives))))
        for policy in policies
    )
    article_topics = topics_in(_article_text(document))
    return tagged_statements, tagged_events, tagged_policies, article_topics
