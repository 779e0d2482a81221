"""A collection of parsed articles, and the entities they share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from migmodel.model._validate import integer, non_empty, optional_country_code, tuple_of
from migmodel.model.actors import EntityKind, Organization, Person, Place, Role
from migmodel.model.article import Article
from migmodel.model.dates import FuzzyDate
from migmodel.model.facts import Event, EventKind, Policy, PolicyKind, Statement, StatementKind
from migmodel.model.span import Mention, Span
from migmodel.model.topics import Topic

if TYPE_CHECKING:
    from migmodel.query import Predicate

__all__ = ["ArticleMentions", "Cooccurrence", "Corpus", "CorpusEntity", "TimelineEntry"]


@attrs.frozen(kw_only=True)
class ArticleMentions:
    """Where one article mentions a corpus entity.

    Attributes:
        article_id: the article's id.
        entity_id: the entity's id inside that article.
        mentions: the mentions, spans into that article's text.
    """

    article_id: str = attrs.field(validator=non_empty)
    entity_id: str = attrs.field(validator=non_empty)
    mentions: tuple[Mention, ...] = attrs.field(default=(), validator=tuple_of(Mention))


@attrs.frozen(kw_only=True, repr=False)
class CorpusEntity:
    """A person, organisation or place as one entity across the articles of a corpus.

    Attributes:
        id: the corpus-wide id (``person:jane-doe``, ``org:iom``, ``place:MA``).
        kind: person, organisation or place.
        name: the fullest name any article gives.
        aliases: every other name used for it (surnames, acronyms, role nouns).
        country: its country (a person's nationality or role country), if known.
        roles: a person's roles, from every article, without repeats.
        occurrences: the articles that mention it, with their mentions.
    """

    id: str = attrs.field(validator=non_empty)
    kind: EntityKind = attrs.field(validator=attrs.validators.instance_of(EntityKind))
    name: str = attrs.field(validator=non_empty)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(str))
    country: str | None = attrs.field(default=None, validator=optional_country_code)
    roles: tuple[Role, ...] = attrs.field(default=(), validator=tuple_of(Role))
    occurrences: tuple[ArticleMentions, ...] = attrs.field(
        default=(), validator=tuple_of(ArticleMentions)
    )

    def __repr__(self) -> str:
        articles = len(self.occurrences)
        plural = "" if articles == 1 else "s"
        return (
            f"<CorpusEntity {self.id} {self.name!r}: {articles} article{plural}, "
            f"{self.mention_count} mentions>"
        )

    @property
    def article_ids(self) -> tuple[str, ...]:
        """The ids of the articles that mention the entity, in corpus order."""
        return tuple(occurrence.article_id for occurrence in self.occurrences)

    @property
    def mention_count(self) -> int:
        """How many mentions the entity has across the corpus."""
        return sum(len(occurrence.mentions) for occurrence in self.occurrences)


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One dated fact on a timeline.

    Attributes:
        date: when.
        kind: what sort of fact: an event kind (``meeting``), a policy kind
            (``constitution``) or ``statement``.
        description: a short text saying what happened.
        article_id: the article the fact comes from.
        span: the evidence in that article's text.
    """

    date: FuzzyDate = attrs.field(validator=attrs.validators.instance_of(FuzzyDate))
    kind: str = attrs.field(validator=non_empty)
    description: str = attrs.field(validator=attrs.validators.instance_of(str))
    article_id: str = attrs.field(validator=non_empty)
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))


@attrs.frozen(kw_only=True)
class Cooccurrence:
    """Two entities named in the same articles, and how many.

    Attributes:
        first: one entity's corpus id.
        second: the other's.
        count: the number of articles naming both.
        article_ids: those articles.
    """

    first: str = attrs.field(validator=non_empty)
    second: str = attrs.field(validator=non_empty)
    count: int = attrs.field(validator=integer)
    article_ids: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(str))


Fact = Statement | Event | Policy | Person | Organization | Place


@attrs.frozen(kw_only=True)
class Corpus:
    """Many articles, in a deterministic order, with the entities they share.

    >>> Corpus(articles=())
    <Corpus: 0 articles, 0 entities>

    Attributes:
        articles: the articles, in the order they were given.
    """

    articles: tuple[Article, ...] = attrs.field(default=(), validator=tuple_of(Article))
    _entities: tuple[CorpusEntity, ...] | None = attrs.field(
        init=False, default=None, eq=False, repr=False, hash=False
    )

    def __len__(self) -> int:
        return len(self.articles)

    def __repr__(self) -> str:
        return f"<Corpus: {len(self.articles)} articles, {len(self.entities)} entities>"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self) if cycle else self.summary())

    @property
    def entities(self) -> tuple[CorpusEntity, ...]:
        """Every person, organisation and place, resolved across articles (computed once)."""
        if self._entities is None:
            from migmodel.corpus import resolve_entities  # noqa: PLC0415 - cycle

            object.__setattr__(self, "_entities", resolve_entities(self.articles))
        assert self._entities is not None
        return self._entities

    def article(self, article_id: str) -> Article:
        """The article with this id (or source).

        >>> Corpus().article("news/dakar.txt")
        Traceback (most recent call last):
        ...
        LookupError: no article with id or source 'news/dakar.txt'

        Raises:
            LookupError: no article has that id or source.
        """
        for article in self.articles:
            if article_id in (article.id, article.source):
                return article
        raise LookupError(f"no article with id or source {article_id!r}")

    def people(self) -> tuple[CorpusEntity, ...]:
        """The people of the corpus, most mentioned first.

        >>> Corpus().people()
        ()
        """
        from migmodel import query  # noqa: PLC0415 - cycle

        return query.entities_of_kind(self.entities, EntityKind.PERSON)

    def organizations(self) -> tuple[CorpusEntity, ...]:
        """The organisations of the corpus, most mentioned first.

        >>> Corpus().organizations()
        ()
        """
        from migmodel import query  # noqa: PLC0415

        return query.entities_of_kind(self.entities, EntityKind.ORGANIZATION)

    def places(self) -> tuple[CorpusEntity, ...]:
        """The places of the corpus, most mentioned first.

        >>> Corpus().places()
        ()
        """
        from migmodel import query  # noqa: PLC0415

        return query.entities_of_kind(self.entities, EntityKind.PLACE)

    def person(self, name: str) -> CorpusEntity:
        """The one person known by ``name`` (any name or alias, any case or accents).

        >>> Corpus().person("ndiaye")
        Traceback (most recent call last):
        ...
        LookupError: no person is known as 'ndiaye'

        Raises:
            LookupError: no person, or several, answer to the name; the message lists them.
        """
        from migmodel import query  # noqa: PLC0415

        return query.find_entity(self.entities, name, kind=EntityKind.PERSON)

    def organization(self, name: str) -> CorpusEntity:
        """The one organisation known by ``name`` or acronym.

        >>> Corpus().organization("IOM")
        Traceback (most recent call last):
        ...
        LookupError: no organization is known as 'IOM'
        """
        from migmodel import query  # noqa: PLC0415

        return query.find_entity(self.entities, name, kind=EntityKind.ORGANIZATION)

    def place(self, name: str) -> CorpusEntity:
        """The one place known by ``name`` (or ISO code).

        >>> Corpus().place("SN")
        Traceback (most recent call last):
        ...
        LookupError: no place is known as 'SN'
        """
        from migmodel import query  # noqa: PLC0415

        return query.find_entity(self.entities, name, kind=EntityKind.PLACE)

    def statements(
        self,
        where: Predicate | None = None,
        *,
        speaker: str | None = None,
        topic: Topic | str | None = None,
        cue: str | None = None,
        kind: StatementKind | str | None = None,
        country: str | None = None,
    ) -> tuple[Statement, ...]:
        """Statements matching every given filter, in corpus order.

        ``where`` is a predicate of ``migmodel.query`` (``by_speaker("ndiaye") & about(...)``).

        >>> Corpus().statements(speaker="ndiaye", topic="human_trafficking", kind="direct")
        ()
        """
        from migmodel import query  # noqa: PLC0415

        return query.corpus_statements(
            self, where, speaker=speaker, topic=topic, cue=cue, kind=kind, country=country
        )

    def events(
        self,
        *,
        kind: EventKind | str | None = None,
        place: str | None = None,
        between: tuple[dt.date, dt.date] | None = None,
    ) -> tuple[Event, ...]:
        """Events of a kind, at a place, or overlapping a date interval.

        >>> Corpus().events(kind="meeting", between=(dt.date(2024, 1, 1), dt.date(2024, 6, 30)))
        ()
        """
        from migmodel import query  # noqa: PLC0415

        return query.corpus_events(self, kind=kind, place=place, between=between)

    def policies(
        self,
        *,
        country: str | None = None,
        kind: PolicyKind | str | None = None,
        topic: Topic | str | None = None,
    ) -> tuple[Policy, ...]:
        """Policies owned by a country, of a kind, or about a topic.

        >>> Corpus().policies(country="MA", kind="strategy")
        ()
        """
        from migmodel import query  # noqa: PLC0415

        return query.corpus_policies(self, country=country, kind=kind, topic=topic)

    def timeline(self, country: str | None = None) -> tuple[TimelineEntry, ...]:
        """Every dated fact, oldest first; only those about ``country`` when given.

        >>> Corpus().timeline(country="MA")
        ()
        """
        from migmodel import query  # noqa: PLC0415

        return query.timeline(self, country=country)

    def cooccurrence(self, kind: EntityKind | str = EntityKind.PERSON) -> tuple[Cooccurrence, ...]:
        """Pairs of entities of ``kind`` named in the same articles, most frequent first.

        >>> Corpus().cooccurrence("organization")
        ()
        """
        from migmodel import query  # noqa: PLC0415

        return query.cooccurrence(self, kind=kind)

    def evidence(self, fact: Fact | TimelineEntry) -> str:
        """The sentence of the source text behind ``fact``, for a person to check.

        ``corpus.evidence(corpus.statements()[0])`` is the sentence holding that quote.

        Raises:
            LookupError: ``fact`` comes from no article of the corpus.
        """
        from migmodel import query  # noqa: PLC0415

        return query.evidence(self, fact)

    def records(self, kind: str) -> tuple[dict[str, Any], ...]:
        """Flat dicts (``statements``, ``events``, ``people``, ``policies``) for pandas or CSV.

        >>> Corpus().records("events")
        ()
        """
        from migmodel import export  # noqa: PLC0415

        return export.records(self, kind)

    def summary(self) -> str:
        """Every article's summary, then the corpus timeline.

        >>> print(Corpus().summary())
        ========================================================================
        Timeline (0 dated facts):
        """
        from migmodel.model._summary import summarise_corpus  # noqa: PLC0415

        return summarise_corpus(self)

    @classmethod
    def of(cls, articles: Iterable[Article]) -> Corpus:
        """A corpus of the given articles, in their order.

        >>> Corpus.of(iter(()))
        <Corpus: 0 articles, 0 entities>
        """
        return cls(articles=tuple(articles))
