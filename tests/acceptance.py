"""Lookups shared by the acceptance tests: find facts robustly, never vacuously.

A person or body is found by part of its name, accents and case ignored; a test then
checks the fact it is about, and fails when the entity is missing.
"""

from __future__ import annotations

import functools
from pathlib import Path

from migmodel import (
    Article,
    Event,
    EventKind,
    FuzzyDate,
    Organization,
    Person,
    Policy,
    Role,
    Statement,
    parse_article,
)
from migmodel._pipeline.ids import fold

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@functools.cache
def _parsed(path: Path) -> Article:
    return parse_article(path.read_bytes(), source=path.name)


def fixture(stem: str) -> Article:
    """The fixture ``tests/fixtures/<stem>.txt``, parsed once per test session."""
    return _parsed(FIXTURES / f"{stem}.txt")


def seed(stem: str) -> Article:
    """The seed ``seeds/<stem>.txt``, parsed once per test session."""
    return _parsed(SEEDS / f"{stem}.txt")


def persons_named(article: Article, name: str) -> tuple[Person, ...]:
    """The persons whose name contains ``name`` (case and accents ignored)."""
    return tuple(person for person in article.persons if fold(name) in fold(person.name))


def roles_of(article: Article, name: str) -> tuple[Role, ...]:
    """The roles of the persons whose name contains ``name``."""
    return tuple(role for person in persons_named(article, name) for role in person.roles)


def organizations_named(article: Article, name: str) -> tuple[Organization, ...]:
    """The organisations whose acronym is ``name`` or whose name contains it."""
    return tuple(
        org for org in article.organizations if org.acronym == name or fold(name) in fold(org.name)
    )


def events_of_kind(article: Article, kind: EventKind) -> tuple[Event, ...]:
    """The events of kind ``kind``."""
    return tuple(event for event in article.events if event.kind is kind)


def policies_named(article: Article, words: str) -> tuple[Policy, ...]:
    """The policies whose name contains ``words``."""
    return tuple(policy for policy in article.policies if fold(words) in fold(policy.name))


def is_month(date: FuzzyDate | None, year: int, month: int) -> bool:
    """Whether ``date`` is exactly the month ``month`` of ``year``."""
    return date is not None and date == FuzzyDate.month(year, month, inferred=date.inferred)


def is_year(date: FuzzyDate | None, year: int) -> bool:
    """Whether ``date`` is exactly the year ``year``."""
    return date is not None and date == FuzzyDate.year(year, inferred=date.inferred)


def statements_by(article: Article, name: str) -> list[Statement]:
    """The statements whose speaker's name contains ``name``."""
    return [s for s in article.statements if s.speaker is not None and name in s.speaker.name]


def statements_mentioned(article: Article, words: str) -> list[Statement]:
    """The statements whose speaker mention is ``words``."""
    return [
        s
        for s in article.statements
        if s.speaker_mention is not None and s.speaker_mention.text == words
    ]
