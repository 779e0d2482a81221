"""The domain types: immutable, typed records of what an article says."""

from migmodel.model.actors import (
    EntityKind,
    EntityRef,
    Organization,
    OrganizationKind,
    Person,
    Place,
    PlaceKind,
    Role,
)
from migmodel.model.article import SCHEMA_VERSION, Article, Furniture, FurnitureKind, Paragraph
from migmodel.model.corpus import (
    ArticleMentions,
    Cooccurrence,
    Corpus,
    CorpusEntity,
    TimelineEntry,
)
from migmodel.model.dates import DateMention, FuzzyDate, Precision
from migmodel.model.facts import (
    Event,
    EventKind,
    Policy,
    PolicyKind,
    Quantity,
    Statement,
    StatementKind,
)
from migmodel.model.span import Mention, Span
from migmodel.model.topics import GCM_OBJECTIVES, Topic
from migmodel.model.warnings import ParseWarning, WarningCode

__all__ = [
    "GCM_OBJECTIVES",
    "SCHEMA_VERSION",
    "Article",
    "ArticleMentions",
    "Cooccurrence",
    "Corpus",
    "CorpusEntity",
    "DateMention",
    "EntityKind",
    "EntityRef",
    "Event",
    "EventKind",
    "Furniture",
    "FurnitureKind",
    "FuzzyDate",
    "Mention",
    "Organization",
    "OrganizationKind",
    "Paragraph",
    "ParseWarning",
    "Person",
    "Place",
    "PlaceKind",
    "Policy",
    "PolicyKind",
    "Precision",
    "Quantity",
    "Role",
    "Span",
    "Statement",
    "StatementKind",
    "TimelineEntry",
    "Topic",
    "WarningCode",
]
