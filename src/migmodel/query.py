"""Pure query helpers over articles and corpora; ``Corpus`` methods delegate to them.

Predicates compose with ``&``, ``|`` and ``~`` and filter any iterable of statements:

>>> from migmodel.model import EntityKind, EntityRef, Span, Statement, StatementKind, Topic
>>> said = Statement(
...     speaker=EntityRef(id="person:ana-ruiz", kind=EntityKind.PERSON, name="Ana Ruiz"),
...     kind=StatementKind.DIRECT,
...     cue="say",
...     text="Return must be voluntary.",
...     span=Span(start=0, end=25),
...     paragraph=0,
...     topics=(Topic.RETURN_AND_REINTEGRATION,),
... )
>>> wanted = by_speaker("ruiz") & about(Topic.RETURN_AND_REINTEGRATION)
>>> [statement.cue for statement in filter(wanted, [said])]
['say']
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from itertools import combinations

import attrs

from migmodel._pipeline.ids import fold
from migmodel.model import (
    Article,
    Cooccurrence,
    Corpus,
    CorpusEntity,
    EntityKind,
    Event,
    EventKind,
    FuzzyDate,
    Organization,
    Person,
    Place,
    PlaceKind,
    Policy,
    PolicyKind,
    Span,
    Statement,
    StatementKind,
    TimelineEntry,
    Topic,
)

__all__ = [
    "Predicate",
    "about",
    "article_country",
    "by_cue",
    "by_speaker",
    "cooccurrence",
    "corpus_events",
    "corpus_policies",
    "corpus_statements",
    "entities_of_kind",
    "evidence",
    "find_entity",
    "of_kind",
    "speakers_named",
    "timeline",
]


def __dir__() -> list[str]:
    return list(__all__)


@attrs.frozen
class Predicate:
    """A test on statements that composes with ``&``, ``|`` and ``~``."""

    test: Callable[[Statement], bool]
    label: str = "predicate"

    def __call__(self, statement: Statement) -> bool:
        return self.test(statement)

    def __and__(self, other: Predicate) -> Predicate:
        return Predicate(lambda s: self(s) and other(s), f"({self.label} & {other.label})")

    def __or__(self, other: Predicate) -> Predicate:
        return Predicate(lambda s: self(s) or other(s), f"({self.label} | {other.label})")

    def __invert__(self) -> Predicate:
        return Predicate(lambda s: not self(s), f"~{self.label}")

    def __repr__(self) -> str:
        return f"<Predicate {self.label}>"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _name_matches(query: str, name: str) -> bool:
    """Every word of the query is a word of the name: ``ruiz`` fits ``Ana Ruiz``."""
    wanted = _words(query)
    return bool(wanted) and set(wanted) <= set(_words(name))


def by_speaker(name: str) -> Predicate:
    """Statements whose speaker's name contains every word of ``name`` (any case, accents)."""
    return Predicate(
        lambda s: s.speaker is not None and _name_matches(name, s.speaker.name),
        f"by_speaker({name!r})",
    )


def about(topic: Topic | str) -> Predicate:
    """Statements tagged with ``topic``."""
    wanted = Topic(topic)
    return Predicate(lambda s: wanted in s.topics, f"about({wanted.value!r})")


def by_cue(cue: str) -> Predicate:
    """Statements whose reporting verb has the lemma ``cue`` (``say``, ``stress``)."""
    return Predicate(lambda s: s.cue == cue.lower(), f"by_cue({cue!r})")


def of_kind(kind: StatementKind | str) -> Predicate:
    """Statements of one kind: direct, partial or reported."""
    wanted = StatementKind(kind)
    return Predicate(lambda s: s.kind is wanted, f"of_kind({wanted.value!r})")


def entities_of_kind(
    entities: Iterable[CorpusEntity], kind: EntityKind | str
) -> tuple[CorpusEntity, ...]:
    """The entities of one kind, most mentioned first, then by name."""
    wanted = EntityKind(kind)
    chosen = [entity for entity in entities if entity.kind is wanted]
    return tuple(sorted(chosen, key=lambda entity: (-entity.mention_count, entity.name)))


def find_entity(
    entities: Iterable[CorpusEntity], name: str, *, kind: EntityKind | str | None = None
) -> CorpusEntity:
    """The one entity known by ``name``: an exact name, alias or id first, else name words.

    Raises:
        LookupError: no entity or several answer to ``name``; the message lists them.
    """
    wanted = EntityKind(kind) if kind is not None else None
    pool = [entity for entity in entities if wanted is None or entity.kind is wanted]
    folded = " ".join(_words(name))
    exact = [
        entity
        for entity in pool
        if folded in {" ".join(_words(other)) for other in (entity.name, *entity.aliases)}
        or name in (entity.id, entity.id.partition(":")[2])
    ]
    candidates = exact or [
        entity
        for entity in pool
        if any(_name_matches(name, other) for other in (entity.name, *entity.aliases))
    ]
    what = wanted.value if wanted is not None else "entity"
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise LookupError(f"no {what} is known as {name!r}")
    listed = ", ".join(f"{entity.name} ({entity.id})" for entity in candidates)
    raise LookupError(f"{name!r} fits several of kind {what}: {listed}")


def _speaker_country(article: Article, statement: Statement) -> str | None:
    if statement.speaker is None:
        return None
    try:
        entity = article.entity(statement.speaker)
    except LookupError:
        return None
    if isinstance(entity, Person):
        if entity.nationality:
            return entity.nationality
        countries = [role.country for role in entity.roles if role.country]
        return countries[0] if countries else None
    return entity.country


def speakers_named(entities: Iterable[CorpusEntity], name: str) -> tuple[CorpusEntity, ...]:
    """Every person or organisation ``name`` can mean: each word of ``name`` is a word of
    the entity's name or of one of its aliases (any case, any accents).

    Unlike ``find_entity`` this keeps every fitting entity, so ``"minister"`` gives all
    the ministers; an empty result means nobody of the corpus answers to ``name``.
    """
    return tuple(
        entity
        for entity in entities
        if entity.kind is not EntityKind.PLACE
        and any(_name_matches(name, other) for other in (entity.name, *entity.aliases))
    )


def _matching_entities(corpus: Corpus, name: str) -> set[tuple[str, str]]:
    """(article id, entity id) pairs of every person or organisation ``name`` can mean."""
    return {
        (each.article_id, each.entity_id)
        for entity in speakers_named(corpus.entities, name)
        for each in entity.occurrences
    }


def corpus_statements(
    corpus: Corpus,
    where: Predicate | None = None,
    *,
    speaker: str | None = None,
    topic: Topic | str | None = None,
    cue: str | None = None,
    kind: StatementKind | str | None = None,
    country: str | None = None,
) -> tuple[Statement, ...]:
    """Statements matching every filter; ``speaker`` matches any name or alias of a person
    or organisation of the corpus, ``country`` the speaker's nationality or role country."""
    speakers = _matching_entities(corpus, speaker) if speaker is not None else None
    tests = [where] if where is not None else []
    if topic is not None:
        tests.append(about(topic))
    if cue is not None:
        tests.append(by_cue(cue))
    if kind is not None:
        tests.append(of_kind(kind))
    found = []
    for article in corpus.articles:
        for statement in article.statements:
            if speakers is not None and (
                statement.speaker is None or (article.id, statement.speaker.id) not in speakers
            ):
                continue
            if country is not None and _speaker_country(article, statement) != country.upper():
                continue
            if all(test(statement) for test in tests):
                found.append(statement)
    return tuple(found)


def _place_matches(article: Article, event: Event, place: str) -> bool:
    if event.place is None:
        return False
    if _name_matches(place, event.place.name) or event.place.id == f"place:{place.upper()}":
        return True
    try:
        entity = article.entity(event.place)
    except LookupError:
        return False
    return isinstance(entity, Place) and entity.country == place.upper()


def corpus_events(
    corpus: Corpus,
    *,
    kind: EventKind | str | None = None,
    place: str | None = None,
    between: tuple[dt.date, dt.date] | None = None,
) -> tuple[Event, ...]:
    """Events of ``kind``, at ``place`` (a name, or an ISO code for anywhere in that
    country), whose date overlaps ``between`` (both ends included)."""
    wanted = EventKind(kind) if kind is not None else None
    window = FuzzyDate.between(*between) if between is not None else None
    found = []
    for article in corpus.articles:
        for event in article.events:
            if wanted is not None and event.kind is not wanted:
                continue
            if place is not None and not _place_matches(article, event, place):
                continue
            if window is not None and (event.date is None or not event.date.overlaps(window)):
                continue
            found.append(event)
    return tuple(found)


def corpus_policies(
    corpus: Corpus,
    *,
    country: str | None = None,
    kind: PolicyKind | str | None = None,
    topic: Topic | str | None = None,
) -> tuple[Policy, ...]:
    """Policies owned by ``country`` (or with it as a party), of ``kind``, about ``topic``."""
    wanted_kind = PolicyKind(kind) if kind is not None else None
    wanted_topic = Topic(topic) if topic is not None else None
    found = []
    for article in corpus.articles:
        for policy in article.policies:
            if wanted_kind is not None and policy.kind is not wanted_kind:
                continue
            if wanted_topic is not None and wanted_topic not in policy.topics:
                continue
            if country is not None and country.upper() not in _policy_countries(policy):
                continue
            found.append(policy)
    return tuple(found)


def _policy_countries(policy: Policy) -> set[str]:
    countries = {policy.country} if policy.country else set()
    countries.update(
        party.id.partition(":")[2] for party in policy.parties if party.kind is EntityKind.PLACE
    )
    return countries


def article_country(article: Article) -> str | None:
    """The country an article is most about: its most mentioned country."""
    counts: Counter[str] = Counter()
    for place in article.places:
        if place.kind is PlaceKind.COUNTRY and place.country:
            counts[place.country] += len(place.mentions)
    return counts.most_common(1)[0][0] if counts else None


def _event_countries(article: Article, event: Event) -> set[str]:
    countries = set()
    for ref in (event.place, *event.organizers, *event.participants):
        if ref is None:
            continue
        try:
            entity = article.entity(ref)
        except LookupError:
            continue
        if isinstance(entity, Place | Organization) and entity.country:
            countries.add(entity.country)
    return countries


def _describe_event(event: Event) -> str:
    text = event.theme or event.description
    where = f" in {event.place.name}" if event.place else ""
    return f"{event.kind.value}{where}: {text}"


def timeline(corpus: Corpus, *, country: str | None = None) -> tuple[TimelineEntry, ...]:
    """Every dated event, policy and statement, oldest first, and (as kind ``mention``)
    the sentence of every other date the articles give, so nothing dated is left out.

    With ``country``, only facts about it: a fact that names countries (a place, an
    owner, a party) counts for those; one that names none counts for its article's
    main country (``article_country``).
    """
    wanted = country.upper() if country else None
    entries = []
    for article in corpus.articles:
        home = article_country(article)
        dated: list[tuple[FuzzyDate, str, str, Span, set[str]]] = []
        for event in article.events:
            if event.date is not None:
                countries = _event_countries(article, event)
                dated.append(
                    (event.date, event.kind.value, _describe_event(event), event.span, countries)
                )
        for policy in article.policies:
            if policy.date is not None:
                dated.append(
                    (
                        policy.date,
                        policy.kind.value,
                        policy.name,
                        policy.span,
                        _policy_countries(policy),
                    )
                )
        for statement in article.statements:
            if statement.date is not None:
                who = statement.speaker.name if statement.speaker else "someone"
                description = f"{who} ({statement.cue}): {statement.text}"
                countries = {c for c in [_speaker_country(article, statement)] if c}
                dated.append((statement.date, "statement", description, statement.span, countries))
        known = {entry[0] for entry in dated}
        for mention in article.dates:
            if mention.value is not None and mention.value not in known:
                known.add(mention.value)
                sentence = sentence_around(
                    article.text, mention.span, within=_paragraph_of(article, mention.span)
                )
                dated.append((mention.value, "mention", sentence, mention.span, set()))
        for date, kind, description, span, countries in dated:
            if wanted is not None and wanted not in (countries or {home} - {None}):
                continue
            entries.append(
                TimelineEntry(
                    date=date, kind=kind, description=description, article_id=article.id, span=span
                )
            )
    return tuple(sorted(entries, key=lambda entry: (entry.date, entry.article_id, entry.span)))


def cooccurrence(
    corpus: Corpus, *, kind: EntityKind | str = EntityKind.PERSON
) -> tuple[Cooccurrence, ...]:
    """Pairs of entities of ``kind`` named in the same articles, most shared articles first."""
    wanted = EntityKind(kind)
    by_article: dict[str, set[str]] = defaultdict(set)
    for entity in corpus.entities:
        if entity.kind is wanted:
            for article_id in entity.article_ids:
                by_article[article_id].add(entity.id)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for article in corpus.articles:
        for pair in combinations(sorted(by_article.get(article.id, ())), 2):
            shared[pair].append(article.id)
    return tuple(
        Cooccurrence(first=first, second=second, count=len(ids), article_ids=tuple(ids))
        for (first, second), ids in sorted(
            shared.items(), key=lambda item: (-len(item[1]), item[0])
        )
    )


_SENTENCE_END = re.compile(r"[.!?][\"”»’)]*\s+")


def sentence_around(text: str, span: Span, *, within: Span | None = None) -> str:
    """The sentence (or sentences) of ``text`` that hold ``span``, inside ``within``."""
    lower = within.start if within is not None else 0
    upper = within.end if within is not None else len(text)
    start = lower
    for match in _SENTENCE_END.finditer(text, lower, span.start):
        start = match.end()
    end_match = _SENTENCE_END.search(text, max(span.end - 1, start), upper)
    end = end_match.start() + 1 if end_match else upper
    return " ".join(text[start:end].split())


def _fact_span(fact: object) -> Span | None:
    span = getattr(fact, "span", None)
    if isinstance(span, Span):
        return span
    mentions = getattr(fact, "mentions", ())
    return mentions[0].span if mentions else None


def evidence(corpus: Corpus, fact: object) -> str:
    """The sentence of the source text behind ``fact`` (a statement, event, policy,
    entity or timeline entry), so a person can check it.

    Raises:
        LookupError: the fact is not from any article of the corpus.
    """
    if isinstance(fact, TimelineEntry):
        article = corpus.article(fact.article_id)
        return sentence_around(article.text, fact.span, within=_paragraph_of(article, fact.span))
    for article in corpus.articles:
        pools: tuple[tuple[object, ...], ...] = (
            article.statements,
            article.events,
            article.policies,
            article.persons,
            article.organizations,
            article.places,
            article.quantities,
            article.dates,
        )
        if any(fact in pool for pool in pools):
            span = _fact_span(fact)
            if span is None:
                break
            return sentence_around(article.text, span, within=_paragraph_of(article, span))
    raise LookupError(f"no article of the corpus holds {type(fact).__name__} {fact!r:.80}")


def _paragraph_of(article: Article, span: Span) -> Span | None:
    for paragraph in article.paragraphs:
        if paragraph.span.overlaps(span):
            return paragraph.span
    if article.title_span is not None and article.title_span.overlaps(span):
        return article.title_span
    return None
