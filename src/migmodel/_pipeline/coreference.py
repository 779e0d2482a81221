"""Coreference: pronouns and role nouns resolved to the persons, bodies and countries named.

Read in text order, outside quotations (words inside a quotation speak from the speaker's
point of view, so their ``he`` or ``the minister`` may be anyone):

* ``he``/``him``/``his`` and ``she``/``her`` go to the most recent person mentioned
  before them whose gender is the same or unknown; ``For her part, ... Jane Doe, said``
  points forward, to the first person named later in the sentence. A person's gender
  comes from an honorific or title (``Mr``, ``Ms``, ``King``, ``spokeswoman``), from
  ``For his/her part`` before the name, or from ``his``/``her`` after the name in a
  sentence that names no one else (``said Doe in his remarks``).
* ``the [DEMONYM|ACRONYM] [modifier] NOUN`` with a person noun of ``role_nouns.tsv``
  (``the ambassador``, ``the Moroccan diplomat``, ``the IOM chief``) goes to the most
  recent person whose role has a matching title class, nationality and organisation,
  else to the only such person named so far; the phrase becomes one of the person's
  aliases. A role noun that matches no one resolves to nothing.
* ``the organization``, ``the agency``, ``the ministry``... go to the most recent
  organisation that meets the noun's first constraint that any recent organisation meets
  (head word first, then kind or family), anywhere, quotes included.
* A capitalised head word alone (``a Commission spokesperson``, ``Parliament votes``)
  goes to the most recent organisation named with that word (``European Commission``),
  when no capitalised word or ``of``/``for``/``on`` around it makes it part of another
  name (``Electoral Commission``, ``Commission on Population``).
* ``the Kingdom``, ``the Republic`` go to the most mentioned country whose official name
  has that word; ``the country`` (not ``the country of``) goes to the most recently
  named country when it is also the article's main country.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping, Sequence

import attrs

from migmodel._lexicon import load_rows
from migmodel._pipeline.actor_text import Gender, PlaceLike, TokenView, lexicon, words_of
from migmodel._pipeline.document import MentionVia
from migmodel._pipeline.organizations import FoundOrganization
from migmodel._pipeline.persons import FoundPerson, PersonMention
from migmodel.model import EntityKind, PlaceKind, Span

__all__ = ["CoreferenceResult", "QuoteIndex", "ResolvedMention", "resolve"]

_PRONOUNS = {
    "he": Gender.MALE,
    "him": Gender.MALE,
    "his": Gender.MALE,
    "she": Gender.FEMALE,
    "her": Gender.FEMALE,
}
_WATCHED = frozenset({*_PRONOUNS, "the"})
"""The words the resolver reads: pronouns, and ``the`` that opens a role noun."""
_POSSESSIVES = frozenset({"his", "her"})
_HIS_HER = frozenset({"His", "Her", "his", "her"})
_NOT_AFTER_POSSESSIVE = frozenset(
    {"to", "for", "with", "and", "of", "in", "on", "at", "by", "as", "that", "from"}
)
_TARGETS = {
    "person": EntityKind.PERSON,
    "org": EntityKind.ORGANIZATION,
    "place": EntityKind.PLACE,
}
_LOOK_BACK = 40
_MAX_ROLE_MODIFIERS = 2


@attrs.frozen(kw_only=True)
class _RoleNoun:
    words: tuple[str, ...]
    target: EntityKind
    constraints: tuple[str, ...]


@attrs.frozen(kw_only=True)
class ResolvedMention:
    """A pronoun or role noun resolved to an entity: tokens ``first`` to ``end``."""

    first: int
    end: int
    kind: EntityKind
    id: str
    via: MentionVia


@attrs.frozen(kw_only=True)
class CoreferenceResult:
    """What coreference adds: the resolved mentions, and the genders learned by person key."""

    mentions: tuple[ResolvedMention, ...]
    genders: Mapping[str, Gender]


class QuoteIndex:
    """Answers whether a span lies inside a quotation, in logarithmic time."""

    def __init__(self, quotes: Sequence[Span]) -> None:
        merged: list[list[int]] = []
        for quote in sorted(quotes, key=lambda span: (span.start, span.end)):
            if merged and quote.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], quote.end)
            else:
                merged.append([quote.start, quote.end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def inside(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies wholly inside a quotation."""
        index = bisect.bisect_right(self._starts, start) - 1
        return index >= 0 and end <= self._ends[index]


@functools.cache
def _role_nouns() -> dict[str, tuple[_RoleNoun, ...]]:
    grouped: dict[str, list[_RoleNoun]] = {}
    for row in sorted(load_rows("role_nouns.tsv"), key=lambda row: -len(words_of(row[0]))):
        if len(row) < 3:
            continue
        target = _TARGETS.get(row[1])
        if target is None:
            continue
        noun = _RoleNoun(
            words=words_of(row[0].lower()),
            target=target,
            constraints=tuple(part.strip() for part in row[2].split("|") if part.strip()),
        )
        grouped.setdefault(noun.words[0], []).append(noun)
    return {first: tuple(nouns) for first, nouns in grouped.items()}


@functools.cache
def _capital_heads() -> dict[str, str]:
    """Capitalised one-word organisation nouns of ``role_nouns.tsv`` with a head constraint
    (``Commission``), each with its constraint (``head:commission``)."""
    return {
        noun.words[0].capitalize(): constraint
        for nouns in _role_nouns().values()
        for noun in nouns
        if noun.target is EntityKind.ORGANIZATION and len(noun.words) == 1
        for constraint in noun.constraints[:1]
        if constraint == f"head:{noun.words[0]}"
    }


_NOT_BESIDE_A_HEAD = frozenset({"of", "for", "on", "the", "and", "'s", "’s"})
"""Words that make a bare head part of another name or phrase: ``Commission on X``,
``Commission for X``, ``the Commission`` (read as a role noun)."""


def _bare_head(
    view: TokenView, index: int, constraint: str, recent_orgs: Sequence[FoundOrganization]
) -> ResolvedMention | None:
    """The capitalised head word at ``index`` alone, resolved to a recent organisation."""
    before, after = index - 1, index + 1
    if view.same_region(before, index) and (
        view.lower(before) in _NOT_BESIDE_A_HEAD or view.is_name_word(before)
    ):
        return None
    if view.same_region(index, after) and (
        view.lower(after) in _NOT_BESIDE_A_HEAD or view.word(after)[:1].isupper()
    ):
        return None
    for org in reversed(recent_orgs[-_LOOK_BACK:]):
        if _org_fits(org, (constraint,), None):
            return ResolvedMention(
                first=index,
                end=after,
                kind=EntityKind.ORGANIZATION,
                id=org.id,
                via=MentionVia.PARTIAL_NAME,
            )
    return None


@attrs.frozen(kw_only=True)
class _Profile:
    """What role nouns can match on a person."""

    kinds: frozenset[str]
    countries: frozenset[str]
    organizations: frozenset[str]
    title_words: frozenset[str]


def resolve(
    view: TokenView,
    *,
    quotes: QuoteIndex,
    persons: Sequence[FoundPerson],
    profiles: Mapping[str, tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]],
    person_mentions: Sequence[PersonMention],
    organizations: Sequence[FoundOrganization],
    places: Mapping[int, tuple[int, PlaceLike]],
    realms: Mapping[str, str],
    main_country: str | None,
    blocked: frozenset[int],
    intros: frozenset[int] = frozenset(),
) -> CoreferenceResult:
    """Resolve the pronouns and role nouns of the tokens; see the module docstring.

    ``profiles`` gives each person key its (title classes, countries, organisation ids);
    ``realms`` gives each official-name word (``Kingdom``) the place id it stands for;
    ``main_country`` is the place id of the article's main country; ``blocked`` tokens
    (names already found) are never role nouns, and ``intros`` tokens (the title phrases
    that introduce persons) are never person role nouns.
    """
    people = {
        key: _Profile(kinds=kinds, countries=countries, organizations=orgs, title_words=words)
        for key, (kinds, countries, orgs, words) in profiles.items()
    }
    genders = {person.key: person.gender for person in persons if person.gender is not None}
    honorific_tokens = _honorific_tokens(view)
    _learn_genders(view, quotes, person_mentions, genders, honorific_tokens)
    by_start = {mention.first: mention for mention in person_mentions}
    mention_starts = [mention.first for mention in person_mentions]
    org_by_start = {
        mention.first: (mention.end, org) for org in organizations for mention in org.mentions
    }
    acronyms = {org.acronym: org.id for org in organizations if org.acronym}
    orgs_by_id = {org.id: org for org in organizations}
    noun_starts = view.where_lower(_role_nouns())
    heads = _capital_heads()
    bare_heads = frozenset(view.where(heads)) - blocked
    unique: dict[tuple[object, ...], str | None] = {}
    recent_people: list[str] = []
    seen_people: dict[str, None] = {}
    recent_orgs: list[FoundOrganization] = []
    recent_country: str | None = None
    found: list[ResolvedMention] = []
    resume = 0
    for index in _stops(view, by_start, org_by_start, places, dict.fromkeys(bare_heads)):
        if index < resume:
            continue
        if index in bare_heads:
            head = _bare_head(view, index, heads[view.words[index]], recent_orgs)
            if head is not None:
                found.append(head)
                recent_orgs.append(orgs_by_id[head.id])
            continue
        mention = by_start.get(index)
        if mention is not None:
            if not quotes.inside(view.starts[index], view.ends[mention.end - 1]):
                recent_people.append(mention.key)
                seen_people.setdefault(mention.key, None)
                recent_orgs.extend(_role_organizations(people.get(mention.key), orgs_by_id))
            resume = mention.end
            continue
        org = org_by_start.get(index)
        if org is not None:
            recent_orgs.append(org[1])
        place = places.get(index)
        if place is not None and place[1].kind is PlaceKind.COUNTRY:
            recent_country = place[1].place_id
        lower = view.lowers[index]
        if lower not in _WATCHED:
            continue
        quoted = quotes.inside(view.starts[index], view.ends[index])
        if lower in _PRONOUNS and not quoted and index not in honorific_tokens:
            key = _pronoun(
                view,
                index,
                lower,
                recent=recent_people,
                genders=genders,
                mentions=person_mentions,
                starts=mention_starts,
            )
            if key is not None:
                found.append(
                    ResolvedMention(
                        first=index,
                        end=index + 1,
                        kind=EntityKind.PERSON,
                        id=key,
                        via=MentionVia.PRONOUN,
                    )
                )
                recent_people.append(key)
            continue
        if lower == "the" and _noun_in_reach(noun_starts, index, places):
            resolved = _role_noun(
                view,
                index,
                quoted=quoted,
                people=people,
                recent_people=recent_people,
                seen_people=seen_people,
                recent_orgs=recent_orgs,
                organizations=organizations,
                acronyms=acronyms,
                unique=unique,
                places=places,
                realms=realms,
                main_country=main_country,
                recent_country=recent_country,
                blocked=blocked,
                intros=intros,
            )
            if resolved is not None:
                found.append(resolved)
                if resolved.kind is EntityKind.PERSON:
                    recent_people.append(resolved.id)
                resume = resolved.end
    return CoreferenceResult(mentions=tuple(found), genders=genders)


def _role_organizations(
    profile: _Profile | None, orgs_by_id: Mapping[str, FoundOrganization]
) -> list[FoundOrganization]:
    """The organisations a person holds roles in: naming the person brings them back to
    mind (``Director Jane Doe said the agency ...`` is her agency)."""
    if profile is None:
        return []
    return [orgs_by_id[org_id] for org_id in sorted(profile.organizations) if org_id in orgs_by_id]


def _stops(view: TokenView, *starts: Mapping[int, object]) -> list[int]:
    """The tokens the resolver must look at, in order: where a person, an organisation or a
    place is named or a bare head word stands, and every pronoun and ``the``."""
    stops = {index for found in starts for index in found}
    stops.update(view.where_lower(_WATCHED))
    return sorted(stops)


def _honorific_tokens(view: TokenView) -> frozenset[int]:
    """Tokens of honorifics (``His Majesty``): their ``His`` is not a pronoun."""
    tokens: set[int] = set()
    for index in view.where(_HIS_HER):
        found = view.honorific_at(index)
        if found is not None:
            tokens.update(range(index, found[0]))
    return frozenset(tokens)


def _part_opener(view: TokenView, index: int) -> bool:
    """Whether the pronoun at ``index`` is the ``his``/``her`` of ``For his part,``."""
    return view.lower(index - 1) == "for" and view.lower(index + 1) == "part"


def _learn_genders(
    view: TokenView,
    quotes: QuoteIndex,
    mentions: Sequence[PersonMention],
    genders: dict[str, Gender],
    honorific_tokens: frozenset[int],
) -> None:
    by_sentence: dict[int, list[PersonMention]] = {}
    for mention in mentions:
        if quotes.inside(view.starts[mention.first], view.ends[mention.end - 1]):
            continue
        by_sentence.setdefault(view.sentences[mention.first], []).append(mention)
    for index in view.where_lower(_POSSESSIVES):
        lower = view.lowers[index]
        if index in honorific_tokens:
            continue
        if quotes.inside(view.starts[index], view.ends[index]):
            continue
        gender = _PRONOUNS[lower]
        named = by_sentence.get(view.sentences[index], [])
        if _part_opener(view, index):
            later = [mention for mention in named if mention.first > index]
            if later:
                genders.setdefault(later[0].key, gender)
            continue
        if lower == "her" and (not view.is_word[index + 1] if index + 1 < len(view) else True):
            continue
        if lower == "her" and view.lower(index + 1) in _NOT_AFTER_POSSESSIVE:
            continue
        before = {mention.key for mention in named if mention.end <= index}
        if len(before) == 1 and len({mention.key for mention in named}) == 1:
            genders.setdefault(next(iter(before)), gender)


def _pronoun(
    view: TokenView,
    index: int,
    lower: str,
    *,
    recent: list[str],
    genders: Mapping[str, Gender],
    mentions: Sequence[PersonMention],
    starts: Sequence[int],
) -> str | None:
    gender = _PRONOUNS[lower]
    if _part_opener(view, index):
        sentence = view.sentences[index]
        following = bisect.bisect_right(starts, index)
        if following < len(mentions):
            mention = mentions[following]
            same = view.sentences[mention.first] == sentence
            if same and genders.get(mention.key) in (None, gender):
                return mention.key
    for key in reversed(recent[-_LOOK_BACK:]):
        known = genders.get(key)
        if known is None or known is gender:
            return key
    return None


def _role_noun(
    view: TokenView,
    index: int,
    *,
    quoted: bool,
    people: Mapping[str, _Profile],
    recent_people: Sequence[str],
    seen_people: dict[str, None],
    recent_orgs: Sequence[FoundOrganization],
    organizations: Sequence[FoundOrganization],
    acronyms: Mapping[str, str],
    unique: dict[tuple[object, ...], str | None],
    places: Mapping[int, tuple[int, PlaceLike]],
    realms: Mapping[str, str],
    main_country: str | None,
    recent_country: str | None,
    blocked: frozenset[int],
    intros: frozenset[int],
) -> ResolvedMention | None:
    """The role noun phrase ``the [DEMONYM|ORG] [modifiers] NOUN`` at ``index``, resolved."""
    position = index + 1
    country: str | None = None
    org_id: str | None = None
    place = places.get(position)
    if place is not None and place[1].demonym and place[1].kind is PlaceKind.COUNTRY:
        country = place[1].country
        position = place[0]
    elif view.word(position) in acronyms:
        org_id = acronyms[view.word(position)]
        position += 1
    modifiers = lexicon().modifiers
    for _ in range(_MAX_ROLE_MODIFIERS + 1):
        noun = _noun_at(view, position)
        if noun is not None:
            break
        if view.lower(position) in modifiers and position not in blocked:
            position += 1
            continue
        return None
    if noun is None:
        return None
    end = position + len(noun.words)
    if not view.same_region(index, end - 1):
        return None
    if any(token in blocked for token in range(position, end)):
        return None
    if view.is_name_word(end) and view.same_region(index, end):
        return None
    if noun.target is EntityKind.PERSON:
        if quoted or any(token in intros for token in range(index, end)):
            return None
        key = _match_person(
            noun,
            people=people,
            recent=recent_people,
            country=country,
            org_id=org_id,
            portfolio=_portfolio_word(view, end),
            unique=unique,
            seen=seen_people,
        )
        if key is None:
            return None
        return ResolvedMention(
            first=index, end=end, kind=EntityKind.PERSON, id=key, via=MentionVia.ROLE_NOUN
        )
    if noun.target is EntityKind.ORGANIZATION:
        matched = _match_org(noun, recent_orgs, organizations, country, unique)
        if matched is None:
            return None
        return ResolvedMention(
            first=index,
            end=end,
            kind=EntityKind.ORGANIZATION,
            id=matched,
            via=MentionVia.ROLE_NOUN,
        )
    place_id = _match_place(
        view,
        noun,
        end,
        realms=realms,
        main_country=main_country,
        recent_country=recent_country,
        country=country,
    )
    if place_id is None:
        return None
    return ResolvedMention(
        first=index, end=end, kind=EntityKind.PLACE, id=place_id, via=MentionVia.ROLE_NOUN
    )


def _noun_in_reach(
    noun_starts: Sequence[int], index: int, places: Mapping[int, tuple[int, PlaceLike]]
) -> bool:
    """Whether a role noun's first word (one of ``noun_starts``) stands where ``_role_noun``
    looks for it from the ``the`` at ``index``: after a place or an acronym, and after two
    modifiers at most."""
    place = places.get(index + 1)
    last = max(place[0] if place is not None else index, index + 2) + _MAX_ROLE_MODIFIERS
    following = bisect.bisect_left(noun_starts, index + 1)
    return following < len(noun_starts) and noun_starts[following] <= last


def _noun_at(view: TokenView, position: int) -> _RoleNoun | None:
    for noun in _role_nouns().get(view.lower(position), ()):
        if view.match(position, noun.words):
            return noun
    return None


def _portfolio_word(view: TokenView, end: int) -> str | None:
    """The first word of a capitalised portfolio after a role noun ending at ``end``
    (``the Secretary of Homeland Security`` -> ``homeland``), if one follows."""
    if view.lower(end) != "of" or not view.same_region(end, end + 1):
        return None
    start = end + 2 if view.lower(end + 1) == "the" else end + 1
    if not (view.same_region(end, start) and view.is_word[start] and view.capitalised[start]):
        return None
    return view.lower(start)


def _match_person(
    noun: _RoleNoun,
    *,
    people: Mapping[str, _Profile],
    recent: Sequence[str],
    country: str | None,
    org_id: str | None,
    portfolio: str | None,
    unique: dict[tuple[object, ...], str | None],
    seen: dict[str, None],
) -> str | None:
    """The person a role noun refers to; with a ``portfolio`` word (``the Secretary of
    Homeland Security``) only a person whose title has that word."""

    def fits(key: str) -> bool:
        profile = people.get(key)
        if profile is None or not profile.kinds:
            return False
        if "*" not in noun.constraints and not profile.kinds & set(noun.constraints):
            return False
        if country is not None and country not in profile.countries:
            return False
        if portfolio is not None and portfolio not in profile.title_words:
            return False
        return org_id is None or org_id in profile.organizations

    for key in reversed(recent[-_LOOK_BACK:]):
        if fits(key):
            return key
    cache_key = ("person", noun.words, country, org_id, portfolio, len(seen))
    if cache_key not in unique:
        matching = [key for key in seen if fits(key)]
        unique[cache_key] = matching[0] if len(matching) == 1 else None
    return unique[cache_key]


def _org_fits(org: FoundOrganization, constraints: Sequence[str], country: str | None) -> bool:
    if country is not None and org.country != country:
        return False
    for constraint in constraints:
        kind, _, value = constraint.partition(":")
        if (
            (kind == "head" and value in org.words)
            or (kind == "kind" and org.kind.value == value)
            or (kind == "family" and org.family == value)
        ):
            return True
    return False


def _match_org(
    noun: _RoleNoun,
    recent: Sequence[FoundOrganization],
    organizations: Sequence[FoundOrganization],
    country: str | None,
    unique: dict[tuple[object, ...], str | None],
) -> str | None:
    window = recent[-_LOOK_BACK:]
    heads = [constraint for constraint in noun.constraints if constraint.startswith("head:")]
    others = [constraint for constraint in noun.constraints if not constraint.startswith("head:")]
    for constraint in heads:
        for org in reversed(window):
            if _org_fits(org, (constraint,), country):
                return org.id
    for org in reversed(window):
        if _org_fits(org, others, country):
            return org.id
    cache_key = ("org", noun.words, country)
    if cache_key not in unique:
        matching = [org.id for org in organizations if _org_fits(org, noun.constraints, country)]
        unique[cache_key] = matching[0] if len(matching) == 1 else None
    return unique[cache_key]


def _match_place(
    view: TokenView,
    noun: _RoleNoun,
    end: int,
    *,
    realms: Mapping[str, str],
    main_country: str | None,
    recent_country: str | None,
    country: str | None,
) -> str | None:
    if country is not None:
        return None
    if view.lower(end) == "of" or view.lower(end) == "where":
        return None
    for constraint in noun.constraints:
        if constraint == "*":
            if recent_country is not None and recent_country == main_country:
                return recent_country
            continue
        place_id = realms.get(constraint)
        if place_id is not None:
            return place_id
    return None
