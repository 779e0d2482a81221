"""Flat records for pandas or CSV, and schema.org JSON-LD for the web.

>>> from migmodel.model import Corpus
>>> records(Corpus(articles=()), "statements")
()
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from typing import Any

from migmodel.model import Article, Corpus, EntityRef, FuzzyDate, Person

__all__ = ["RECORD_KINDS", "records", "to_jsonld"]


def __dir__() -> list[str]:
    return list(__all__)


Record = dict[str, Any]


def _date(value: FuzzyDate | None) -> dict[str, Any]:
    if value is None:
        return {"date": None, "date_earliest": None, "date_latest": None, "date_precision": None}
    return {
        "date": str(value),
        "date_earliest": value.earliest.isoformat(),
        "date_latest": value.latest.isoformat(),
        "date_precision": value.precision.value,
    }


def _names(refs: tuple[EntityRef, ...]) -> str:
    return "; ".join(ref.name for ref in refs)


def _statement_records(article: Article) -> Iterator[tuple[object, Record]]:
    for statement in article.statements:
        yield (
            statement,
            {
                "article_id": article.id,
                "source": article.source,
                "speaker": statement.speaker.name if statement.speaker else None,
                "speaker_id": statement.speaker.id if statement.speaker else None,
                "kind": statement.kind.value,
                "cue": statement.cue,
                "text": statement.text,
                "paragraph": statement.paragraph,
                "topics": "; ".join(topic.value for topic in statement.topics),
                "start": statement.span.start,
                "end": statement.span.end,
            },
        )


def _event_records(article: Article) -> Iterator[tuple[object, Record]]:
    for event in article.events:
        yield (
            event,
            {
                "article_id": article.id,
                "source": article.source,
                "event_id": event.id,
                "kind": event.kind.value,
                "description": event.description,
                "theme": event.theme,
                **_date(event.date),
                "place": event.place.name if event.place else None,
                "organizers": _names(event.organizers),
                "participants": _names(event.participants),
                "start": event.span.start,
                "end": event.span.end,
            },
        )


def _people_records(article: Article) -> Iterator[tuple[object, Record]]:
    for person in article.persons:
        roles = person.roles or (None,)
        for role in roles:
            yield (
                person,
                {
                    "article_id": article.id,
                    "source": article.source,
                    "person_id": person.id,
                    "name": person.name,
                    "honorific": person.honorific,
                    "nationality": person.nationality,
                    "title": role.title if role else None,
                    "organization": role.organization.name if role and role.organization else None,
                    "role_country": role.country if role else None,
                    "mentions": len(person.mentions),
                },
            )


def _policy_records(article: Article) -> Iterator[tuple[object, Record]]:
    for policy in article.policies:
        yield (
            policy,
            {
                "article_id": article.id,
                "source": article.source,
                "policy_id": policy.id,
                "name": policy.name,
                "kind": policy.kind.value,
                "country": policy.country,
                "parties": _names(policy.parties),
                **_date(policy.date),
                "objectives": "; ".join(policy.objectives),
                "topics": "; ".join(topic.value for topic in policy.topics),
                "start": policy.span.start,
                "end": policy.span.end,
            },
        )


RECORD_KINDS: dict[str, Callable[[Article], Iterator[tuple[object, Record]]]] = {
    "statements": _statement_records,
    "events": _event_records,
    "people": _people_records,
    "policies": _policy_records,
}
"""The kinds of flat record ``records`` gives: one per statement, event, person-role, policy."""


def records(
    corpus: Corpus, kind: str, *, only: Collection[int] | None = None
) -> tuple[Record, ...]:
    """Flat dicts of one kind, with the same keys in every row: ready for
    ``pandas.DataFrame(rows)`` or ``csv.DictWriter(file, rows[0].keys())``.

    ``only``, when given, holds the ``id()`` of the facts to keep (as a query chose them).

    Raises:
        ValueError: ``kind`` is not one of ``RECORD_KINDS``.
    """
    try:
        make = RECORD_KINDS[kind]
    except KeyError:
        known = ", ".join(RECORD_KINDS)
        raise ValueError(f"unknown record kind {kind!r}; choose one of {known}") from None
    return tuple(
        row
        for article in corpus.articles
        for fact, row in make(article)
        if only is None or id(fact) in only
    )


def _thing(ref: EntityRef) -> dict[str, Any]:
    kind = {"person": "Person", "organization": "Organization", "place": "Place"}[ref.kind.value]
    return {"@type": kind, "@id": f"#{ref.id}", "name": ref.name}


def _person_ld(person: Person) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Person", "@id": f"#{person.id}", "name": person.name}
    if person.honorific:
        node["honorificPrefix"] = person.honorific
    if person.roles:
        role = person.roles[0]
        node["jobTitle"] = role.title
        if role.organization is not None:
            node["affiliation"] = _thing(role.organization)
    if person.nationality:
        node["nationality"] = {"@type": "Country", "identifier": person.nationality}
    return node


def to_jsonld(article: Article) -> dict[str, Any]:
    """The article as schema.org JSON-LD: a ``NewsArticle`` that ``mentions`` its people,
    organisations and places and whose ``about`` lists its events.

    >>> from migmodel.model import Article
    >>> to_jsonld(Article(id="a1", text="Hello"))["@type"]
    'NewsArticle'
    """
    mentions: list[dict[str, Any]] = [_person_ld(person) for person in article.persons]
    for org in article.organizations:
        node: dict[str, Any] = {"@type": "Organization", "@id": f"#{org.id}", "name": org.name}
        if org.acronym:
            node["alternateName"] = org.acronym
        mentions.append(node)
    for place in article.places:
        node = {"@type": "Place", "@id": f"#{place.id}", "name": place.name}
        if place.country:
            node["address"] = {"@type": "PostalAddress", "addressCountry": place.country}
        mentions.append(node)
    events = []
    for event in article.events:
        node = {"@type": "Event", "@id": f"#{event.id}", "name": event.theme or event.description}
        if event.date is not None:
            node["startDate"] = (
                str(event.date) if event.date.days == 1 else event.date.earliest.isoformat()
            )
        if event.place is not None:
            node["location"] = _thing(event.place)
        if event.organizers:
            node["organizer"] = [_thing(ref) for ref in event.organizers]
        if event.participants:
            node["performer"] = [_thing(ref) for ref in event.participants]
        events.append(node)
    document: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "identifier": article.id,
    }
    if article.title:
        document["headline"] = article.title
    if article.page_date is not None:
        document["datePublished"] = article.page_date.isoformat()
    if article.source and article.source.startswith(("http://", "https://")):
        document["url"] = article.source
    if article.dateline_place is not None:
        document["locationCreated"] = _thing(article.dateline_place)
    document["articleBody"] = "\n\n".join(paragraph.text for paragraph in article.paragraphs)
    if article.topics:
        document["keywords"] = [topic.value for topic in article.topics]
    document["mentions"] = mentions
    if events:
        document["about"] = events
    return document
