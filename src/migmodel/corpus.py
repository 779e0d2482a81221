"""Cross-article entity resolution: the same person, organisation or place as one entity.

Rules (applied with a union-find over every entity of every article):

- places are the same when their ids are (countries by ISO code: ``place:MA``);
- organisations are the same when their folded names or acronyms match, and an
  article that gives both a name and its acronym links the two;
- people are the same when their folded names (honorific removed, accents and case
  ignored) match, or when one name is a single word equal to the other's last word
  (a surname) and exactly one full name fits; never when their countries contradict.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from migmodel._pipeline.ids import fold, slugify
from migmodel.model import (
    Article,
    ArticleMentions,
    CorpusEntity,
    EntityKind,
    Organization,
    Person,
    Place,
    Role,
)

__all__ = ["resolve_entities"]

_Entity = Person | Organization | Place
_Key = tuple[int, int]  # (article index, entity position within the article)
_Keyed = tuple[str, tuple[int, str], str | None]  # (match key, (article index, entity id), country)


class _UnionFind:
    def __init__(self) -> None:
        self._parent: dict[_Key, _Key] = {}

    def add(self, key: _Key) -> None:
        self._parent.setdefault(key, key)

    def find(self, key: _Key) -> _Key:
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:
            self._parent[key], key = root, self._parent[key]
        return root

    def union(self, first: _Key, second: _Key) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self._parent[max(a, b)] = min(a, b)


def _person_country(person: Person) -> str | None:
    if person.nationality:
        return person.nationality
    countries = {role.country for role in person.roles if role.country}
    return countries.pop() if len(countries) == 1 else None


def _compatible(first: str | None, second: str | None) -> bool:
    return first is None or second is None or first == second


def _link_by_key(
    union: _UnionFind, keyed: Iterable[_Keyed], position: dict[tuple[int, str], _Key]
) -> None:
    """Join entities whose key matches and whose countries do not contradict."""
    seen: dict[str, list[tuple[_Key, str | None]]] = defaultdict(list)
    for key_text, entity, country in keyed:
        key = position[entity]
        for other, other_country in seen[key_text]:
            if _compatible(country, other_country):
                union.union(key, other)
                break
        seen[key_text].append((key, country))


def _people_keys(articles: tuple[Article, ...]) -> Iterator[_Keyed]:
    full_names: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for person in article.persons:
            words = fold(person.name).split()
            if len(words) > 1:
                full_names[words[-1]].add(" ".join(words))
    for index, article in enumerate(articles):
        for person in article.persons:
            folded = " ".join(fold(person.name).split())
            country = _person_country(person)
            yield folded, (index, person.id), country
            if " " not in folded and len(full_names.get(folded, ())) == 1:
                yield next(iter(full_names[folded])), (index, person.id), country


def _organization_keys(articles: tuple[Article, ...]) -> Iterator[_Keyed]:
    for index, article in enumerate(articles):
        for org in article.organizations:
            yield "name:" + " ".join(fold(org.name).split()), (index, org.id), org.country
            if org.acronym:
                yield "acronym:" + fold(org.acronym), (index, org.id), org.country


def _merge(kind: EntityKind, members: list[tuple[Article, _Entity]]) -> CorpusEntity:
    names = Counter(entity.name for _, entity in members)
    name = max(names, key=lambda candidate: (len(candidate.split()), names[candidate], candidate))
    aliases: dict[str, None] = {}
    roles: dict[Role, None] = {}
    countries: Counter[str] = Counter()
    acronym = None
    for _, entity in members:
        if entity.name != name:
            aliases[entity.name] = None
        if isinstance(entity, Person):
            aliases.update(dict.fromkeys(entity.aliases))
            roles.update(dict.fromkeys(entity.roles))
            country = _person_country(entity)
        else:
            country = entity.country
        if isinstance(entity, Organization) and entity.acronym:
            acronym = acronym or entity.acronym
            aliases[entity.acronym] = None
        if country:
            countries[country] += 1
    aliases.pop(name, None)
    if kind is EntityKind.PLACE:
        entity_id = members[0][1].id
    elif kind is EntityKind.ORGANIZATION:
        entity_id = "org:" + slugify(acronym or name)
    else:
        entity_id = "person:" + slugify(name)
    return CorpusEntity(
        id=entity_id,
        kind=kind,
        name=name,
        aliases=tuple(aliases),
        country=countries.most_common(1)[0][0] if countries else None,
        roles=tuple(roles),
        occurrences=tuple(
            ArticleMentions(article_id=article.id, entity_id=entity.id, mentions=entity.mentions)
            for article, entity in members
        ),
    )


def _entities_of(article: Article, kind: EntityKind) -> tuple[_Entity, ...]:
    if kind is EntityKind.PERSON:
        return article.persons
    if kind is EntityKind.ORGANIZATION:
        return article.organizations
    return article.places


def _resolve_kind(
    articles: tuple[Article, ...],
    kind: EntityKind,
    keys: Iterable[_Keyed],
) -> list[CorpusEntity]:
    union = _UnionFind()
    by_key: dict[_Key, tuple[Article, _Entity]] = {}
    position: dict[tuple[int, str], _Key] = {}
    for index, article in enumerate(articles):
        for order, entity in enumerate(_entities_of(article, kind)):
            key = (index, order)
            union.add(key)
            by_key[key] = (article, entity)
            position[index, entity.id] = key
    _link_by_key(union, keys, position)
    groups: dict[_Key, list[tuple[Article, _Entity]]] = defaultdict(list)
    for key in sorted(by_key):
        groups[union.find(key)].append(by_key[key])
    return [_merge(kind, members) for _, members in sorted(groups.items())]


def resolve_entities(articles: tuple[Article, ...]) -> tuple[CorpusEntity, ...]:
    """Every entity of the articles, the same ones across articles joined into one.

    Ordered people first, then organisations, then places; within a kind by first
    appearance in the corpus.
    """
    place_keys = (
        (place.id, (index, place.id), None)
        for index, article in enumerate(articles)
        for place in article.places
    )
    return (
        *_resolve_kind(articles, EntityKind.PERSON, _people_keys(articles)),
        *_resolve_kind(articles, EntityKind.ORGANIZATION, _organization_keys(articles)),
        *_resolve_kind(articles, EntityKind.PLACE, place_keys),
    )
