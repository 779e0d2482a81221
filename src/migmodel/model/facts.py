"""What the article reports: statements, events, policies and quantities."""

from __future__ import annotations

import enum

import attrs

from migmodel.model._validate import (
    finite_number,
    non_empty,
    non_negative_integer,
    optional_country_code,
    tuple_of,
)
from migmodel.model.actors import EntityRef
from migmodel.model.dates import FuzzyDate
from migmodel.model.span import Mention, Span
from migmodel.model.topics import Topic

__all__ = [
    "Event",
    "EventKind",
    "Policy",
    "PolicyKind",
    "Quantity",
    "Statement",
    "StatementKind",
]

_optional_ref = attrs.validators.optional(attrs.validators.instance_of(EntityRef))
_optional_date = attrs.validators.optional(attrs.validators.instance_of(FuzzyDate))


class StatementKind(enum.StrEnum):
    """How a statement is reported."""

    DIRECT = "direct"
    """A whole quotation in quotation marks."""
    PARTIAL = "partial"
    """Quoted words inside reported speech."""
    REPORTED = "reported"
    """Indirect speech: ``X said that ...``."""


@attrs.frozen(kw_only=True)
class Statement:
    """Something a speaker said, directly or as reported.

    Attributes:
        speaker: who said it, or None when the article does not say.
        kind: direct quotation, partial quotation, or reported speech.
        cue: the lemma of the reporting verb (``say``, ``stress``, ``recall``).
        text: what was said, as the article gives it (quotes without their marks).
        span: where ``text`` stands in ``Article.text``.
        paragraph: the index of the paragraph the statement is in.
        topics: the migration topics the statement touches.
        speaker_mention: the words that name the speaker here (``He``, ``the ambassador``).
        date: when it was said, when the article tells.
    """

    speaker: EntityRef | None = attrs.field(validator=_optional_ref)
    kind: StatementKind = attrs.field(validator=attrs.validators.instance_of(StatementKind))
    cue: str = attrs.field(validator=attrs.validators.instance_of(str))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    paragraph: int = attrs.field(validator=non_negative_integer)
    topics: tuple[Topic, ...] = attrs.field(default=(), validator=tuple_of(Topic))
    speaker_mention: Mention | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Mention))
    )
    date: FuzzyDate | None = attrs.field(default=None, validator=_optional_date)


class EventKind(enum.StrEnum):
    """What sort of event an event is."""

    MEETING = "meeting"
    CONFERENCE = "conference"
    SIGNING = "signing"
    VISIT = "visit"
    LAUNCH = "launch"
    ADOPTION = "adoption"
    REGULARIZATION = "regularization"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Event:
    """Something that happened, or will: a meeting, a signing, a launch.

    Attributes:
        id: stable identifier within the article, ``event:`` and a number.
        kind: what sort of event it is.
        description: the sentence part that describes it.
        date: when, if the article tells.
        place: where, if the article tells.
        organizers: who organised it.
        participants: who took part or spoke at it.
        span: the evidence in ``Article.text``.
        theme: the event's announced subject, e.g. a meeting's title.
        topics: the migration topics it touches.
    """

    id: str = attrs.field(validator=non_empty)
    kind: EventKind = attrs.field(validator=attrs.validators.instance_of(EventKind))
    description: str = attrs.field(validator=attrs.validators.instance_of(str))
    date: FuzzyDate | None = attrs.field(default=None, validator=_optional_date)
    place: EntityRef | None = attrs.field(default=None, validator=_optional_ref)
    organizers: tuple[EntityRef, ...] = attrs.field(default=(), validator=tuple_of(EntityRef))
    participants: tuple[EntityRef, ...] = attrs.field(default=(), validator=tuple_of(EntityRef))
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    theme: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    topics: tuple[Topic, ...] = attrs.field(default=(), validator=tuple_of(Topic))


class PolicyKind(enum.StrEnum):
    """What sort of instrument a policy is."""

    STRATEGY = "strategy"
    LAW = "law"
    CONSTITUTION = "constitution"
    AGREEMENT = "agreement"
    COMPACT = "compact"
    PROGRAMME = "programme"
    POLICY = "policy"
    INITIATIVE = "initiative"
    SYSTEM = "system"


@attrs.frozen(kw_only=True)
class Quantity:
    """A number with the thing it counts: ``27 specific objectives``, ``thousands of migrants``.

    Attributes:
        value: the number; for vague amounts (``thousands``) the least it can mean.
        approximate: True for vague or hedged amounts (``thousands of``, ``about 300``).
        unit: the noun counted, singular or as written (``objectives``, ``migrants``).
        text: the words of the expression.
        span: where it stands in ``Article.text``.
    """

    value: int | float = attrs.field(validator=finite_number)
    approximate: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    unit: str = attrs.field(validator=attrs.validators.instance_of(str))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))


@attrs.frozen(kw_only=True)
class Policy:
    """A policy instrument: a strategy, a law, an agreement, a compact, a programme.

    Attributes:
        id: stable identifier within the article, ``policy:`` and a slug.
        name: its name as the article gives it (``National Strategy for Immigration and Asylum``).
        kind: what sort of instrument it is.
        country: the country that owns it (ISO 3166-1 alpha-2), if one does.
        parties: the other parties, for agreements.
        date: when it was adopted, signed or launched, if the article tells.
        objectives: its objectives, as listed in the article.
        topics: the migration topics it touches.
        span: the evidence in ``Article.text``.
        quantities: counts the article gives about it (``27 specific objectives``).
        mentions: every place the article refers to it.
    """

    id: str = attrs.field(validator=non_empty)
    name: str = attrs.field(validator=non_empty)
    kind: PolicyKind = attrs.field(validator=attrs.validators.instance_of(PolicyKind))
    country: str | None = attrs.field(default=None, validator=optional_country_code)
    parties: tuple[EntityRef, ...] = attrs.field(default=(), validator=tuple_of(EntityRef))
    date: FuzzyDate | None = attrs.field(default=None, validator=_optional_date)
    objectives: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(str))
    topics: tuple[Topic, ...] = attrs.field(default=(), validator=tuple_of(Topic))
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    quantities: tuple[Quantity, ...] = attrs.field(default=(), validator=tuple_of(Quantity))
    mentions: tuple[Mention, ...] = attrs.field(default=(), validator=tuple_of(Mention))
