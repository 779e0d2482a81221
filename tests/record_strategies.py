"""One hypothesis strategy per public record type, for the model and JSON properties."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from migmodel import strategies

STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "Span": strategies.spans(),
    "FuzzyDate": strategies.fuzzy_dates(),
    "EntityRef": strategies.entity_refs(),
    "Mention": strategies.mentions(),
    "Role": strategies.roles(),
    "Person": strategies.persons(),
    "Organization": strategies.organizations(),
    "Place": strategies.places(),
    "Statement": strategies.statements(),
    "Event": strategies.events(),
    "Policy": strategies.policies(),
    "Quantity": strategies.quantities(),
    "DateMention": strategies.date_mentions(),
    "Paragraph": strategies.paragraphs(),
    "Furniture": strategies.furniture(),
    "ParseWarning": strategies.parse_warnings(),
    "Article": strategies.articles(),
    "Corpus": strategies.corpora(),
    "ArticleMentions": strategies.article_mentions(),
    "CorpusEntity": strategies.corpus_entities(),
    "TimelineEntry": strategies.timeline_entries(),
    "Cooccurrence": strategies.cooccurrences(),
}
"""One strategy per public record type, by the type's name."""

TYPE_NAMES = sorted(STRATEGIES)
