"""The actors stage: the persons, organisations and places of an article, with every mention.

``actors(document)`` reads the headline, the body paragraphs and the dateline's place
words (never page furniture), and runs, in order:

1. the gazetteer (``find_places``) for countries, cities, regions and demonyms;
2. ``organizations`` for named bodies and their acronyms;
3. ``persons`` for people, their roles and every use of their names;
4. ``coreference`` for pronouns and role nouns.

It then fills what needs the whole article: its home country for national bodies and
national offices whose country is not said (``the Ministry of the Interior``, ``President
X`` in a story from Rabat). The home country is the dateline's, except in a city that seats
international bodies (``data/international_seats.txt``: Brussels, Geneva ...), where it must
also be the article's main country (most mentions of a country by name or demonym; ties go
to the first named): a story datelined Brussels about Mauritania leaves its ``President``
without a country rather than give him Belgium. Then the realm of a monarch (``King`` -> the
most mentioned kingdom); a role's country from its organisation. Places named inside an
organisation's or a role's words count as places of the article (``Moroccan`` in ``Ministry
of ... Moroccan Expatriates``); places inside a person's name do not (``Jordan`` in
``Michael Jordan``).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

import attrs

from migmodel._lexicon import load_lines, load_rows
from migmodel._pipeline.actor_text import PlaceLike, TokenView, words_of
from migmodel._pipeline.coreference import QuoteIndex, ResolvedMention, resolve
from migmodel._pipeline.document import ActorMention, Actors, Document, MentionVia
from migmodel._pipeline.gazetteer import find_places, official_name
from migmodel._pipeline.ids import slugify
from migmodel._pipeline.organizations import FoundOrganization, find_organizations
from migmodel._pipeline.persons import (
    FoundPerson,
    FoundRole,
    PersonMention,
    find_persons,
    name_mentions,
    role_kinds,
)
from migmodel._pipeline.scanning import alternation
from migmodel.model import (
    EntityKind,
    EntityRef,
    FurnitureKind,
    Mention,
    Organization,
    OrganizationKind,
    Person,
    Place,
    PlaceKind,
    Role,
    Span,
)

__all__ = ["actors"]

_NATIONAL_OFFICES = frozenset({"minister", "leader", "national"})
_GOVERNMENT_STAFF = frozenset(
    {"minister", "leader", "national", "official", "head", "spokesperson"}
)
_REALM_WORDS = ("Kingdom", "Republic", "Sultanate", "Principality", "State", "Emirate")


def actors(document: Document) -> Actors:
    """The persons, organisations and places of ``document``, with every resolved mention.

    Entities come in order of first mention; ``Actors.mentions`` is sorted by span and
    every mention's text is ``document.text[span]``.

    >>> from migmodel._pipeline.document import Layout
    >>> from migmodel.model import Paragraph
    >>> text = "UNHCR Representative in Chad, Jane Roe, said she was worried."
    >>> layout = Layout(
    ...     text=text, paragraphs=(Paragraph(index=0, span=Span(start=0, end=61), text=text),)
    ... )
    >>> found = actors(Document(text=text, layout=layout))
    >>> [(person.name, person.roles[0].title, person.roles[0].country) for person in found.persons]
    [('Jane Roe', 'Representative', 'TD')]
    >>> [mention.span.of(text) for mention in found.mentions]
    ['UNHCR', 'Chad', 'Jane Roe', 'she']
    """
    text = document.text
    layout = document.layout
    regions: list[tuple[Span, bool]] = []
    if layout.title is not None:
        regions.append((layout.title, True))
    if layout.dateline is not None and layout.dateline.place is not None:
        regions.append((layout.dateline.place, True))
    regions.extend((paragraph.span, False) for paragraph in layout.paragraphs)
    regions = [(span, quiet) for span, quiet in regions if 0 <= span.start <= span.end <= len(text)]
    regions.sort(key=lambda item: item[0].start)
    spans = [span for span, _ in regions]
    quiet = frozenset(index for index, (_, flag) in enumerate(regions) if flag)
    view = TokenView(text, spans)
    hits = _with_cued_places(view, find_places(text, spans) if spans else ())
    places = _place_index(view, hits)
    organizations = find_organizations(view, places)
    persons = find_persons(view, places, organizations, quiet_regions=quiet)
    org_tokens = frozenset(
        index
        for org in organizations
        for mention in org.mentions
        for index in range(mention.first, mention.end)
    )
    hits = _without_regions_in(view, hits, org_tokens)
    person_mentions = name_mentions(view, persons, org_tokens, places, quiet_regions=quiet)
    person_tokens = frozenset(
        index for mention in person_mentions for index in range(mention.first, mention.end)
    )
    if not person_tokens.isdisjoint(_hit_tokens(view, hits)):
        hits = tuple(
            hit
            for hit in hits
            if person_tokens.isdisjoint(
                range(view.index_after(hit.span.start), view.index_after(hit.span.end))
            )
        )
        places = _place_index(view, hits)
    counts, firsts = _country_counts(hits)
    main_country = _main_country(counts, firsts)
    realms = _realms(counts, firsts)
    home = _home_country(document, hits, main_country, _other_sides(persons, places))
    organizations = _fill_org_countries(organizations, home)
    orgs_by_id = {org.id: org for org in organizations}
    persons = tuple(_fill_roles(person, orgs_by_id, realms, home) for person in persons)
    profiles = {person.key: _profile(person, orgs_by_id) for person in persons}
    place_tokens = frozenset(
        index
        for start, (end, hit) in places.items()
        if not hit.demonym
        for index in range(start, end)
    )
    coreference = resolve(
        view,
        quotes=QuoteIndex([quote.span for quote in document.quotes]),
        persons=persons,
        profiles=profiles,
        person_mentions=person_mentions,
        organizations=organizations,
        places=places,
        realms={word: f"place:{code}" for word, code in realms.items()},
        main_country=f"place:{main_country}" if main_country else None,
        blocked=org_tokens | person_tokens | place_tokens,
        intros=_intro_tokens(persons),
    )
    persons = _attach_org_nouns(persons, coreference.mentions, orgs_by_id)
    return _assemble(
        view=view,
        hits=hits,
        organizations=organizations,
        persons=persons,
        person_mentions=person_mentions,
        coref=coreference.mentions,
    )


@attrs.frozen(kw_only=True)
class _CuedPlace:
    """A place the gazetteer does not know, named after a cue noun (``the port of X``)."""

    span: Span
    place_id: str
    name: str
    kind: PlaceKind
    country: str | None = None
    demonym: bool = False


@functools.cache
def _place_cues() -> dict[str, PlaceKind]:
    kinds = {"city": PlaceKind.CITY, "region": PlaceKind.REGION}
    return {
        row[0].lower(): kinds[row[1]]
        for row in load_rows("place_cue_nouns.tsv")
        if len(row) > 1 and row[1] in kinds
    }


def _with_cued_places(view: TokenView, hits: Sequence[PlaceLike]) -> tuple[PlaceLike, ...]:
    """Add ``the port of X``, ``the departments of X and Y`` to the gazetteer's hits.

    After ``the``, a lower-case cue noun of ``place_cue_nouns.tsv`` and ``of``, each
    capitalised run of one to three words (two runs joined by ``and``) is a place, unless
    the gazetteer already has a place there. A capitalised cue noun names a body: ``the
    Department of Migrant Workers`` is no place.
    """
    cues = _place_cues()
    found: list[PlaceLike] = list(hits)
    openers = [
        index
        for index in view.where_lower(("the",))
        if index < len(view) - 2 and view.words[index + 1] in cues and view.words[index + 2] == "of"
    ]
    known = _hit_tokens(view, hits) if openers else frozenset()
    for index in openers:
        kind = cues[view.words[index + 1]]
        position = index + 3
        for _ in range(4):
            end = position
            while end - position < 3 and view.same_region(index, end) and _place_word(view, end):
                end += 1
            if end == position or any(token in known for token in range(position, end)):
                break
            name = view.text_of(position, end)
            span = view.span(position, end)
            found.append(
                _CuedPlace(span=span, place_id=f"place:{slugify(name)}", name=name, kind=kind)
            )
            if view.word(end) != "and" or not _place_word(view, end + 1):
                break
            position = end + 1
    found.sort(key=lambda hit: hit.span.start)
    return tuple(found)


def _without_regions_in(
    view: TokenView, hits: tuple[PlaceLike, ...], tokens: frozenset[int]
) -> tuple[PlaceLike, ...]:
    """The hits less the regions and continents named inside ``tokens`` (organisation
    names): ``Western Asia`` in ``Economic and Social Commission for Western Asia`` is
    part of a body's name, not a place of the article. Countries and cities stay."""
    return tuple(
        hit
        for hit in hits
        if hit.kind in (PlaceKind.COUNTRY, PlaceKind.CITY)
        or view.index_after(hit.span.start) not in tokens
    )


def _hit_tokens(view: TokenView, hits: Sequence[PlaceLike]) -> frozenset[int]:
    """The tokens that the hits' spans cover."""
    return frozenset(
        index
        for hit in hits
        for index in range(view.index_after(hit.span.start), view.index_after(hit.span.end))
    )


def _place_word(view: TokenView, index: int) -> bool:
    if not 0 <= index < view.size:
        return False
    return view.is_word[index] and view.capitalised[index] and not view.upper[index]


def _place_index(view: TokenView, hits: Sequence[PlaceLike]) -> dict[int, tuple[int, PlaceLike]]:
    """Gazetteer hits by the token they start at, for hits that fall on token edges."""
    index: dict[int, tuple[int, PlaceLike]] = {}
    for hit in hits:
        first = view.token_at(hit.span.start)
        last = view.token_ending_at(hit.span.end)
        if first is not None and last is not None and last >= first:
            index[first] = (last + 1, hit)
    return index


def _dateline_hit(document: Document, hits: Sequence[PlaceLike]) -> PlaceLike | None:
    dateline = document.layout.dateline
    if dateline is None or dateline.place is None:
        return None
    for hit in hits:
        if dateline.place.contains(hit.span) and hit.country is not None:
            return hit
    return None


@functools.cache
def _international_seats() -> frozenset[str]:
    return frozenset(f"place:{slug}" for slug in load_lines("international_seats.txt"))


def _other_sides(
    persons: Sequence[FoundPerson], places: Mapping[int, tuple[int, PlaceLike]]
) -> frozenset[str]:
    """The countries whose demonym introduces a person's title (``Samoan Minister of
    Labour NAME``): the story marks them as the other side, so they are not its home."""
    return frozenset(
        hit.country
        for person in persons
        for first, end in person.intros
        for index in range(first, end)
        if (found := places.get(index)) is not None
        and (hit := found[1]).demonym
        and hit.kind is PlaceKind.COUNTRY
        and hit.country is not None
    )


def _home_country(
    document: Document,
    hits: Sequence[PlaceLike],
    main_country: str | None,
    other_sides: frozenset[str] = frozenset(),
) -> str | None:
    """The country whose offices the story names without saying so.

    It is the dateline's country, unless datelined in a seat of international bodies
    whose country is not also the article's main country. A national agency's story is
    written from its own country: that country wins when the article names it at least
    as often as the dateline's (a Moroccan agency's story from Madrid about Morocco).
    Demonyms are not counted: they mark the other side's offices (``the Spanish premier``).
    With no dateline place and no agency, it is the country that dominates the story,
    leaving out the countries of ``other_sides``.
    """
    hit = _dateline_hit(document, hits)
    country = hit.country if hit is not None else None
    if hit is not None and hit.place_id in _international_seats() and country != main_country:
        country = None
    agency = _agency_country(document)
    named = [hit.country for hit in hits if hit.kind is PlaceKind.COUNTRY and not hit.demonym]
    if agency is None and hit is None:
        return _dominant([code for code in named if code not in other_sides])
    if agency is None or agency == country:
        return country
    times = named.count(agency)
    return agency if times and times >= named.count(country) else country


def _dominant(named: Sequence[str | None]) -> str | None:
    """The country named at least twice and in at least half of all country names, if
    any: the home of a story with no dateline and no agency (a Nairobi paper's story naming
    Kenya throughout). Two countries named as often as each other give none."""
    ranked = Counter(country for country in named if country).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    country, times = ranked[0]
    return country if times >= 2 and 2 * times >= len(named) else None


@functools.cache
def _agencies() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = {row[0]: row[1] for row in load_rows("agency_countries.tsv") if len(row) > 1}
    return re.compile(rf"(?<!\w)(?:{alternation(rows)})(?!\w)"), rows


def _agency_country(document: Document) -> str | None:
    """The home country of the national agency credited in the dateline or an end credit."""
    layout = document.layout
    credits = [item.text for item in layout.furniture if item.kind is FurnitureKind.WIRE_CREDIT]
    if layout.dateline is not None and layout.dateline.agency:
        credits.insert(0, layout.dateline.agency)
    pattern, countries = _agencies()
    for credit in credits:
        match = pattern.search(credit)
        if match is not None:
            return countries[match.group()]
    return None


def _country_counts(hits: Sequence[PlaceLike]) -> tuple[dict[str, int], dict[str, int]]:
    counts: dict[str, int] = {}
    firsts: dict[str, int] = {}
    for hit in hits:
        if hit.kind is PlaceKind.COUNTRY and hit.country is not None:
            counts[hit.country] = counts.get(hit.country, 0) + 1
            firsts.setdefault(hit.country, hit.span.start)
    return counts, firsts


def _main_country(counts: Mapping[str, int], firsts: Mapping[str, int]) -> str | None:
    if not counts:
        return None
    return min(counts, key=lambda code: (-counts[code], firsts[code]))


def _realms(counts: Mapping[str, int], firsts: Mapping[str, int]) -> dict[str, str]:
    """For each realm word (``Kingdom``), the most mentioned country whose official name has it."""
    realms: dict[str, str] = {}
    for code in sorted(counts, key=lambda code: (-counts[code], firsts[code])):
        words = set((official_name(code) or "").split())
        for word in _REALM_WORDS:
            if word in words:
                realms.setdefault(word, code)
    return realms


def _fill_org_countries(
    organizations: tuple[FoundOrganization, ...], country: str | None
) -> tuple[FoundOrganization, ...]:
    if country is None:
        return organizations
    return tuple(
        attrs.evolve(org, country=country) if org.national and org.country is None else org
        for org in organizations
    )


def _fill_roles(
    person: FoundPerson,
    orgs: Mapping[str, FoundOrganization],
    realms: Mapping[str, str],
    home: str | None,
) -> FoundPerson:
    roles: list[FoundRole] = []
    nationality = person.nationality
    for role in person.roles:
        country = role.country
        org = orgs.get(role.organization) if role.organization is not None else None
        if country is None and org is not None:
            country = org.country
        if country is None and role.realm is not None:
            country = realms.get(role.realm)
            if country is not None and nationality is None:
                nationality = country
        if country is None and org is None and role.classes & _NATIONAL_OFFICES:
            country = nationality or home  # "Minister Tuilagi" after "Samoan Minister ..."
        if nationality is None:
            nationality = _office_country(role, org, country)
        roles.append(attrs.evolve(role, country=country))
    return attrs.evolve(person, roles=tuple(roles), nationality=nationality)


def _office_country(
    role: FoundRole, org: FoundOrganization | None, country: str | None
) -> str | None:
    """The country a national office-holder serves, taken as their nationality.

    A minister, leader or national official (``Interior Secretary``) with a country, or
    an official or head of a national government body (``Permanent Secretary, Ministry
    of Labour``); members and international bodies give none.
    """
    if org is None:
        return country if role.classes & _NATIONAL_OFFICES else None
    if org.kind is OrganizationKind.GOVERNMENT and role.classes & _GOVERNMENT_STAFF:
        return org.country
    return None


def _attach_org_nouns(
    persons: tuple[FoundPerson, ...],
    resolved: Sequence[ResolvedMention],
    orgs: Mapping[str, FoundOrganization],
) -> tuple[FoundPerson, ...]:
    """``Director of the agency, NAME``: the role's body is the one ``the agency`` refers to."""
    by_first = {
        mention.first: mention.id for mention in resolved if mention.kind is EntityKind.ORGANIZATION
    }
    updated: list[FoundPerson] = []
    for person in persons:
        roles = []
        for role in person.roles:
            org_id = by_first.get(role.org_noun[0]) if role.org_noun is not None else None
            if org_id is None or role.organization is not None:
                roles.append(role)
                continue
            org = orgs.get(org_id)
            country = role.country or (org.country if org is not None else None)
            roles.append(attrs.evolve(role, organization=org_id, country=country))
        updated.append(attrs.evolve(person, roles=tuple(roles)))
    return tuple(updated)


def _profile(
    person: FoundPerson, orgs: Mapping[str, FoundOrganization]
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    kinds: set[str] = set()
    countries: set[str] = set()
    org_ids: set[str] = set()
    title_words: set[str] = set()
    for role in person.roles:
        kinds.update(role_kinds(role, orgs))
        title_words.update(word.lower() for word in words_of(role.title))
        if role.country is not None:
            countries.add(role.country)
        if role.organization is not None:
            org_ids.add(role.organization)
            org = orgs.get(role.organization)
            if org is not None:  # "the head of the SERMIG", "the President of the Commission"
                title_words.update(org.words)
                title_words.update([org.acronym.lower()] if org.acronym else [])
    if person.nationality is not None:
        countries.add(person.nationality)
    return frozenset(kinds), frozenset(countries), frozenset(org_ids), frozenset(title_words)


def _intro_tokens(persons: Sequence[FoundPerson]) -> frozenset[int]:
    return frozenset(
        index for person in persons for first, end in person.intros for index in range(first, end)
    )


def _assemble(
    *,
    view: TokenView,
    hits: Sequence[PlaceLike],
    organizations: Sequence[FoundOrganization],
    persons: Sequence[FoundPerson],
    person_mentions: Sequence[PersonMention],
    coref: Sequence[ResolvedMention],
) -> Actors:
    text = view.text
    entries: list[tuple[Span, str, EntityKind, MentionVia]] = []
    for hit in hits:
        via = MentionVia.DEMONYM if hit.demonym else MentionVia.NAME
        entries.append((hit.span, hit.place_id, EntityKind.PLACE, via))
    for org in organizations:
        for org_mention in org.mentions:
            span = view.span(org_mention.first, org_mention.end)
            entries.append((span, org.id, EntityKind.ORGANIZATION, org_mention.via))
    for person_mention in person_mentions:
        span = view.span(person_mention.first, person_mention.end)
        entries.append((span, person_mention.key, EntityKind.PERSON, person_mention.via))
    for resolved in coref:
        span = view.span(resolved.first, resolved.end)
        entries.append((span, resolved.id, resolved.kind, resolved.via))
    priority = {EntityKind.PERSON: 0, EntityKind.ORGANIZATION: 1, EntityKind.PLACE: 2}
    entries.sort(key=lambda entry: (entry[0].start, entry[0].end, priority[entry[2]]))
    unique: list[tuple[Span, str, EntityKind, MentionVia]] = []
    seen: set[tuple[int, int]] = set()
    for entry in entries:
        key = (entry[0].start, entry[0].end)
        if key not in seen:
            seen.add(key)
            unique.append(entry)
    by_entity: dict[str, list[tuple[Span, MentionVia]]] = {}
    for span, entity_id, _, via in unique:
        by_entity.setdefault(entity_id, []).append((span, via))

    def mentions_of(entity_id: str) -> tuple[Mention, ...]:
        return tuple(
            Mention(span=span, text=span.of(text)) for span, _ in by_entity.get(entity_id, [])
        )

    def first_of(entity_id: str) -> int:
        found = by_entity.get(entity_id)
        return found[0][0].start if found else len(text)

    places = _places(hits, mentions_of)
    organization_records = [
        Organization(
            id=org.id,
            name=org.name,
            acronym=org.acronym,
            kind=org.kind,
            country=org.country,
            mentions=mentions_of(org.id),
        )
        for org in organizations
        if org.id in by_entity
    ]
    refs = {org.id: org.ref for org in organization_records}
    person_records = [
        _person_record(person, refs, by_entity, text, mentions_of(person.key))
        for person in persons
        if person.key in by_entity
    ]
    person_records.sort(key=lambda person: first_of(person.id))
    organization_records.sort(key=lambda org: first_of(org.id))
    places.sort(key=lambda place: first_of(place.id))
    kinds = {
        **{person.id: person.ref for person in person_records},
        **refs,
        **{place.id: place.ref for place in places},
    }
    mentions = tuple(
        ActorMention(span=span, ref=kinds[entity_id], via=via)
        for span, entity_id, _, via in unique
        if entity_id in kinds
    )
    return Actors(
        persons=tuple(person_records),
        organizations=tuple(organization_records),
        places=tuple(places),
        mentions=mentions,
    )


def _places(
    hits: Sequence[PlaceLike], mentions_of: Callable[[str], tuple[Mention, ...]]
) -> list[Place]:
    seen: dict[str, Place] = {}
    for hit in hits:
        if hit.place_id in seen:
            continue
        seen[hit.place_id] = Place(
            id=hit.place_id,
            name=hit.name,
            kind=hit.kind,
            country=hit.country,
            mentions=mentions_of(hit.place_id),
        )
    return list(seen.values())


def _person_record(
    person: FoundPerson,
    refs: Mapping[str, EntityRef],
    by_entity: Mapping[str, list[tuple[Span, MentionVia]]],
    text: str,
    mentions: tuple[Mention, ...],
) -> Person:
    roles = tuple(
        Role(
            title=role.title,
            organization=refs.get(role.organization) if role.organization else None,
            country=role.country,
        )
        for role in person.roles
    )
    found: list[str] = []
    for span, via in by_entity.get(person.key, []):
        if via in (MentionVia.PARTIAL_NAME, MentionVia.ROLE_NOUN):
            alias = span.of(text)
            if all(existing.lower() != alias.lower() for existing in found):
                found.append(alias)
    return Person(
        id=person.key,
        name=person.name,
        honorific=person.honorific,
        aliases=tuple(found),
        roles=roles,
        nationality=person.nationality,
        mentions=mentions,
    )
