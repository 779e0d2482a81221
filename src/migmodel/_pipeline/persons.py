"""Persons: names found by titles, honorifics, appositions and reporting verbs, with roles.

A capitalised run is taken as a person's name only with structural evidence:

* a title before it: ``President Jane Doe``, ``Minister of the Interior Jane Doe``,
  ``His Majesty King Mohammed VI``, and the apposition ``Director of planning at the
  Ministry of Labour, Jane Doe, said`` / ``UNHCR Representative in Chad, Jane Doe,``;
* an honorific before it: ``Mr. Doe``, ``Ms Jane Doe``, ``H.E. Jane Doe``;
* a title after it: ``Jane Doe, a member of the Andean Parliament,``, ``Jane Doe, the
  IOM's regional director``, ``Jane Doe, who heads the Migration Observatory``;
* a reporting verb next to a run of two words or more: ``said Jane Doe``,
  ``Jane Doe stressed``, ``according to Jane Doe``.

The title phrase is read as ``[demonym | COUNTRY's | ORG ['s]] [modifiers] TITLE
[portfolio] [at/of/with ORG] [of COUNTRY] [in COUNTRY] [to COUNTRY]``: the title text
keeps the modifiers and the portfolio (``Foreign Minister``, ``Director of global
issues``, ``Minister of Inclusion, Social Security and Migration``); the organisation and
the countries become the role's organisation and country. A demonym or possessive country
before the title gives the nationality too (``the Moroccan Ambassador``: role country and
nationality MA). ``to COUNTRY`` (the host country of an ambassador) is not recorded: the
role's country is the country represented. A monarch's title with no country takes the
article's main country of that kind (``King`` -> the main kingdom), filled by the caller.

Every later use of the full name, or of a unique part of it (a surname), is a mention.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping

import attrs

from migmodel._lexicon import load_lines, load_rows
from migmodel._pipeline.actor_text import (
    Gender,
    PlaceLike,
    TokenView,
    honorific_firsts,
    is_particle,
    is_prefixed,
    lexicon,
    org_nouns,
    words_of,
)
from migmodel._pipeline.document import MentionVia
from migmodel._pipeline.ids import slugify
from migmodel._pipeline.organizations import FoundOrganization
from migmodel.model import OrganizationKind, PlaceKind

__all__ = ["FoundPerson", "FoundRole", "PersonMention", "find_persons", "name_mentions"]

_ARTICLES = frozenset({"the", "a", "an", "The", "A", "An"})
_NAME_ENDERS = frozenset({",", ".", ";", ":", ")", "(", "!", "?", "”", '"', "’", "'", "—", "–"})
_STOP_COMPLEMENT = frozenset(
    {"at", "in", "to", "with", "from", "by", "for", "of", "on", "the", "a", "an", "and", "or"}
)
_POSSESSIVE = frozenset({"'s", "’s"})
_COPULAS = frozenset({"is", "was"})
_NATIONAL_CLASSES = frozenset({"diplomat", "minister", "leader", "royal", "national"})
_OFFICE_CLASSES = frozenset({"official", "head"})
_MAX_ATTACHMENTS = 4
_MAX_BRACKET = 16
"""A portfolio in brackets after a title closes fewer than this many tokens after ``(``."""
_TITLE_REACH = 6
"""A title's head word starts fewer than this many tokens after its first modifier."""


@attrs.frozen(kw_only=True)
class FoundRole:
    """A role read from a title phrase.

    Attributes:
        title: the title text (``Head of Mission``).
        organization: the id of the organisation named with it, if any.
        country: the country the role is held for or in, if said.
        classes: the title classes of ``titles.tsv`` (``diplomat``, ``head``...).
        realm: for a monarch with no country said, the word of its realm's official name.
        org_noun: the tokens of ``the agency`` in ``Director of the agency, NAME``, for the
            caller to resolve to the organisation it refers to.
    """

    title: str
    organization: str | None
    country: str | None
    classes: frozenset[str]
    realm: str | None = None
    org_noun: tuple[int, int] | None = None


@attrs.frozen(kw_only=True)
class PersonMention:
    """Where a person is named: tokens ``first`` to ``end`` (exclusive), and how."""

    first: int
    end: int
    key: str
    via: MentionVia


@attrs.frozen(kw_only=True)
class FoundPerson:
    """A person found in the article, before coreference.

    Attributes:
        key: ``person:`` and the slug of the name.
        name: the name, honorific removed.
        honorific: the first honorific given with the name, if any.
        roles: the roles given with the name, in order.
        nationality: the person's country, if a demonym or possessive said it.
        gender: the gender an honorific or a title implies, if any.
        intros: token ranges of the title phrases that introduced the person.
        short_forms: shorter names the rules found for the person (``Sheikh Abdullah``'s
            ``Abdullah``), used as partial names.
    """

    key: str
    name: str
    honorific: str | None
    roles: tuple[FoundRole, ...]
    nationality: str | None
    gender: Gender | None
    intros: tuple[tuple[int, int], ...]
    short_forms: tuple[str, ...] = ()


@attrs.define
class _Draft:
    key: str
    name: str
    words: tuple[str, ...]
    honorific: str | None = None
    roles: list[FoundRole] = attrs.Factory(list)
    nationality: str | None = None
    gender: Gender | None = None
    intros: list[tuple[int, int]] = attrs.Factory(list)
    short_forms: list[str] = attrs.Factory(list)
    first: int = 0


@attrs.define
class _Title:
    """A title phrase read from the tokens, with what is attached to it."""

    start: int  # first token of the phrase, attachments and article included
    end: int  # token after the phrase
    text_first: int
    text_end: int
    head_end: int
    head_capitalised: bool
    classes: frozenset[str]
    gender: Gender | None
    realm: str | None
    organization: str | None = None
    country: str | None = None
    nationality: str | None = None
    honorific: str | None = None
    honorific_gender: Gender | None = None
    attached_left: bool = False
    text: str | None = None  # the title when it is not the phrase's words ("who heads")
    org_noun: tuple[int, int] | None = None  # "of the agency": tokens of an org role noun


@attrs.frozen(kw_only=True)
class _Context:
    view: TokenView
    places: Mapping[int, tuple[int, PlaceLike]]
    place_ends: Mapping[int, int]
    orgs: Mapping[int, tuple[int, FoundOrganization]]
    org_ends: Mapping[int, int]
    covered: frozenset[int]
    quiet_regions: frozenset[int]
    claimed: set[int]
    claimed_names: set[tuple[int, int]]
    runs: tuple[tuple[int, int], ...]
    """Names of two tokens or more that may be new (outside the quiet regions): first, end."""


@functools.cache
def _role_verbs() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in load_rows("person_role_verbs.tsv") if len(row) > 1}


def find_persons(
    view: TokenView,
    places: Mapping[int, tuple[int, PlaceLike]],
    organizations: tuple[FoundOrganization, ...],
    *,
    quiet_regions: frozenset[int] = frozenset(),
) -> tuple[FoundPerson, ...]:
    """The persons the rules find in the tokens, in order of first mention.

    ``places`` maps a token to the end token and hit of a place named there;
    ``quiet_regions`` are regions (a headline) where no new person is read, because
    title case makes every word look like a name.
    """
    orgs: dict[int, tuple[int, FoundOrganization]] = {}
    org_ends: dict[int, int] = {}
    covered: set[int] = set()
    for org in organizations:
        for mention in org.mentions:
            if mention.end > orgs.get(mention.first, (0,))[0]:  # the longest name wins
                orgs[mention.first] = (mention.end, org)
            org_ends[mention.end] = mention.first
            covered.update(range(mention.first, mention.end))
    context = _Context(
        view=view,
        places=places,
        place_ends={end: start for start, (end, _) in places.items()},
        orgs=orgs,
        org_ends=org_ends,
        covered=frozenset(covered),
        quiet_regions=quiet_regions,
        claimed=set(),
        claimed_names=set(),
        runs=_name_runs(view, quiet_regions),
    )
    drafts: dict[str, _Draft] = {}
    _titled(context, drafts)
    _honoured(context, drafts)
    _apposed(context, drafts)
    _cued(context, drafts)
    return _finish(drafts)


def _person(drafts: dict[str, _Draft], context: _Context, first: int, end: int) -> _Draft:
    view = context.view
    name = view.text_of(first, end)
    key = _person_key(name)
    draft = drafts.get(key)
    if draft is None:
        words = tuple(view.word(index) for index in range(first, end))
        draft = _Draft(key=key, name=name, words=words, first=first)
        drafts[key] = draft
    draft.first = min(draft.first, first)
    context.claimed.update(range(first, end))
    context.claimed_names.add((first, end))
    return draft


@functools.lru_cache(maxsize=4096)
def _person_key(name: str) -> str:
    """``person:`` and the slug of the name (remembered: names come back in every article)."""
    return f"person:{slugify(name)}"


def _plausible(context: _Context, first: int, end: int, *, strong: bool) -> bool:
    """Whether tokens ``first`` to ``end`` can be a person's name and not an org or place.

    A name cannot overlap an organisation's name or start with a place; a weak rule's name
    (``strong`` False) cannot overlap a different name an earlier rule read.
    """
    if end <= first:
        return False
    if any(index in context.covered for index in range(first, end)):
        return False
    if (
        not strong
        and (first, end) not in context.claimed_names
        and any(index in context.claimed for index in range(first, end))
    ):
        return False
    place_tokens = 0
    for index in range(first, end):
        found = context.places.get(index)
        if found is not None:
            if index == first:
                return False
            place_tokens += found[0] - index
    return place_tokens < end - first


def _ends_name(context: _Context, index: int, first: int) -> bool:
    """Whether the token at ``index`` can follow a name that starts at ``first``."""
    view = context.view
    if not view.same_region(first, index):
        return True
    word = view.word(index)
    if word in _NAME_ENDERS:
        return True
    return view.is_word[index] and not view.capitalised[index]


@functools.cache
def _national_title_words() -> frozenset[str]:
    return frozenset(load_lines("title_national_words.txt"))


def _title_classes(text: str, classes: frozenset[str]) -> frozenset[str]:
    """A title's classes, with ``national`` for an official's or head's title that names a
    national government portfolio (``Interior Secretary``, ``Permanent Secretary``)."""
    if not classes & _OFFICE_CLASSES:
        return classes
    words = {word.lower() for word in words_of(text)}
    if words.isdisjoint(_national_title_words()):
        return classes
    return classes | {"national"}


def _add_role(draft: _Draft, title: _Title, context: _Context) -> None:
    view = context.view
    text = title.text or view.text_of(title.text_first, title.text_end)
    role = FoundRole(
        title=text,
        organization=title.organization,
        country=title.country,
        classes=_title_classes(text, title.classes),
        realm=title.realm if title.country is None and "royal" in title.classes else None,
        org_noun=title.org_noun if title.organization is None else None,
    )
    if all(
        (existing.title.lower(), existing.organization) != (role.title.lower(), role.organization)
        for existing in draft.roles
    ):
        draft.roles.append(role)
    if draft.nationality is None and title.nationality is not None:
        draft.nationality = title.nationality
    if draft.gender is None:
        draft.gender = title.honorific_gender or title.gender
    if draft.honorific is None and title.honorific is not None:
        draft.honorific = title.honorific
    draft.intros.append((title.start, title.end))


def _read_title(context: _Context, index: int) -> tuple[int, int, frozenset[str]] | None:
    """Modifiers and a title head from ``index``: (end of phrase, head start, classes)."""
    view = context.view
    words = lexicon()
    position = index
    joints = 0  # possessive marks and "and" between modifiers do not count towards the reach
    found: tuple[int, int, frozenset[str]] | None = None
    while position - index - joints < _TITLE_REACH and view.same_region(index, position):
        if position in context.covered:
            break
        title = view.title_at(position)
        if title is not None:
            found = (title[0], position, title[1])
            position = title[0]
            continue
        if view.is_word[position] and view.lower(position) in words.modifiers:
            position += 1
            continue
        if _possessive_mark(view, index, position) or (
            found is None and _modifier_joint(view, index, position)
        ):
            position += 1  # "Expatriates' Welfare and Overseas Employment Minister"
            joints += 1
            continue
        break
    if found is None:
        return None
    head = found[1]
    case = view.capitalised[head]
    if any(
        view.capitalised[pos] != case
        for pos in range(index, head)
        if view.is_word[pos] and view.words[pos] != "and"
    ):
        return None
    return found


def _modifier_joint(view: TokenView, index: int, position: int) -> bool:
    """Whether ``position`` is an ``and`` joining two capitalised modifier runs of a title
    phrase started at ``index``: ``Expatriates' Welfare and Overseas Employment Minister``."""
    return (
        position > index
        and view.words[position] == "and"
        and view.capitalised[position - 1]
        and view.same_region(position, position + 1)
        and view.capitalised[position + 1]
        and view.lower(position + 1) in lexicon().modifiers
    )


def _possessive_mark(view: TokenView, index: int, position: int) -> bool:
    """Whether ``position`` is the apostrophe of a plural possessive inside a title phrase
    started at ``index``: after a word ending in ``s``, before a word of the same region."""
    return (
        position > index
        and view.words[position] in ("'", "’")
        and view.words[position - 1].endswith("s")
        and view.same_region(position, position + 1)
        and view.is_word[position + 1]
    )


def _title_gender(view: TokenView, head: int, end: int) -> tuple[Gender | None, str | None]:
    phrase = tuple(view.lower(position) for position in range(head, end))
    words = lexicon()
    return words.title_gender.get(phrase), words.title_realm.get(phrase)


def _left_attach(context: _Context, title: _Title) -> None:
    """Demonyms, possessive countries and organisations just before a title phrase.

    A country before the title gives the person's nationality, unless an international
    body comes before it (``UNHCR Kenya Representative``: a posting).
    """
    view = context.view
    cursor = title.text_first - 1
    for _ in range(2):
        if not view.same_region(cursor, title.text_first):
            break
        possessive = view.word(cursor) in _POSSESSIVE
        end = cursor if possessive else cursor + 1
        if view.word(cursor) == ")" and view.word(cursor - 2) == "(":
            end = cursor - 2  # "Democratic Party (PD) MP NAME": the body before its acronym
        org_first = context.org_ends.get(end)
        place_first = context.place_ends.get(end)
        if org_first is not None and title.organization is None:
            org = context.orgs[org_first][1]
            title.organization = org.id
            if title.country is None and org.country is not None:
                title.country = org.country
            if org.country is None:
                # "UNHCR Kenya Representative": the country is the posting, not a nationality.
                title.nationality = None
            cursor = org_first - 1
        elif place_first is not None:
            hit = context.places[place_first][1]
            if hit.kind is PlaceKind.COUNTRY and hit.country is not None:
                title.country = title.country or hit.country
                title.nationality = title.nationality or hit.country
            elif hit.kind is PlaceKind.CITY and title.country is None:
                title.country = hit.country
            cursor = place_first - 1
        else:
            break
        title.attached_left = True
        title.start = cursor + 1
    _left_honorific(context, title)
    if view.word(title.start - 1) in _ARTICLES and view.same_region(title.start - 1, title.start):
        title.start -= 1


def _left_honorific(context: _Context, title: _Title) -> None:
    view = context.view
    best: tuple[int, Gender | None] | None = None
    for back in range(1, 8):
        start = title.start - back
        if not view.same_region(start, title.start):
            break
        found = view.honorifics_at(start)
        if found is not None and found[0] == title.start:
            best = (start, found[1])
    if best is not None:
        title.honorific = view.text_of(best[0], title.start)
        title.honorific_gender = best[1]
        title.start = best[0]


def _portfolio_end(context: _Context, start: int) -> int:
    """The end of a capitalised portfolio (``Foreign Affairs``, ``the Interior``) from ``start``."""
    view = context.view
    modifiers = lexicon().modifiers

    def segment(begin: int, *, allow_and: bool) -> int:
        position = begin
        last = begin
        while position - begin < 10 and view.same_region(begin, position):
            word = view.words[position]
            place = context.places.get(position)
            if place is not None:
                position = place[0]
                last = position
            elif view.capitalised[position] and view.lowers[position] in modifiers:
                position += 1
                last = position
            elif word in ("of", "for", "the", "&") or (allow_and and word == "and"):
                position += 1
            else:
                break
        return last

    if view.word(start) == "the":
        start += 1
    end = segment(start, allow_and=True)
    if end == start:
        return start
    cursor = end
    for _ in range(4):
        if view.word(cursor) != ",":
            break
        nxt = cursor + 1
        if view.word(nxt) == "and":
            closing = segment(nxt + 1, allow_and=False)
            return closing if closing > nxt + 1 else end
        part = segment(nxt, allow_and=False)
        if part == nxt:
            break
        if view.word(part) in ("and", "&"):
            closing = segment(part + 1, allow_and=False)
            return closing if closing > part + 1 else end
        cursor = part
    return end


def _lower_complement_end(context: _Context, start: int) -> int:
    """The end of a lower-case complement from ``start``, or ``start`` if none.

    ``global issues``, ``the European office``: lower-case words, with a leading ``the``
    and demonyms among them, ending on a lower-case word; at most five tokens.
    """
    view = context.view
    cues = lexicon().cues
    position = start + 1 if view.word(start) == "the" else start
    end = start
    while position - start < 5 and view.same_region(start, position):
        word = view.words[position]
        place = context.places.get(position)
        if place is not None and place[1].demonym:
            position = place[0]
            continue
        if not view.is_word[position] or view.capitalised[position]:
            break
        if word in _STOP_COMPLEMENT or word in cues or word.endswith("ly"):
            break
        position += 1
        end = position
    return end


def _right_attach(context: _Context, title: _Title) -> None:
    """Portfolio, organisation and countries after a title phrase."""
    view = context.view
    position = title.end
    for _ in range(_MAX_ATTACHMENTS):
        word = view.lower(position)
        if word not in ("of", "for", "at", "with", "to", "in", "from", "on") or not (
            view.same_region(title.start, position + 1)
        ):
            break
        target = position + 1
        if view.lower(target) == "the":
            target += 1
        if view.lower(target).endswith("-based") and target + 1 in context.orgs:
            target += 1  # "at the Cairo-based Initiative for ...": where it sits, not its name
        org = context.orgs.get(target)
        place = context.places.get(target)
        if org is not None and org[0] > target:
            if view.word(org[0]) in _POSSESSIVE and org[0] + 1 in context.orgs:
                org = context.orgs[org[0] + 1]
            elif org[0] in context.orgs:
                org = context.orgs[org[0]]
            if word != "to" and title.organization is None:
                title.organization = org[1].id
                if title.country is None:
                    title.country = org[1].country
            position = org[0]
            if view.word(position) == "(" and view.word(position + 2) == ")":
                position += 3
        elif (
            place is not None
            and place[1].kind in (PlaceKind.COUNTRY, PlaceKind.CITY)
            and not (place[1].demonym and word in ("of", "for"))
        ):
            hit = place[1]
            if word == "in":
                title.country = hit.country
            elif word in ("of", "for") and hit.kind is PlaceKind.COUNTRY:
                title.country = hit.country
                if title.classes & _NATIONAL_CLASSES:
                    title.nationality = title.nationality or hit.country
            position = place[0]
        elif (
            word in ("of", "at", "for", "with")
            and view.lower(position + 1) == "the"
            and view.lower(target) in org_nouns()
        ):
            if title.org_noun is None:
                title.org_noun = (position + 1, target + 1)
            position = target + 1
        elif word == "in" and (place is not None or view.capitalised[target]):
            position = _place_run_end(context, target)
            if position == target:
                break
        elif word in ("of", "for", "on") and position == title.text_end:
            end = _portfolio_end(context, target)
            lower_next = (
                view.same_region(position, end) and view.is_word[end] and not view.capitalised[end]
            )
            if end == target or end == position + 1 or (lower_next and end > target):
                end = _lower_complement_end(context, position + 1)
                if end == position + 1 and word == "for":
                    end = _region_run_end(context, target) or end
                if end == position + 1:
                    break
            title.text_end = end
            if title.country is None:
                title.country = _portfolio_country(context, position + 1, end)
            position = end
        else:
            break
        title.end = position


def _portfolio_country(context: _Context, start: int, end: int) -> str | None:
    """The country of a demonym in a portfolio (``of Senegalese Abroad`` -> SN)."""
    for position in range(start, end):
        place = context.places.get(position)
        if place is not None and place[1].kind is PlaceKind.COUNTRY:
            return place[1].country
    return None


def _region_run_end(context: _Context, start: int) -> int:
    """The end of a place run from ``start`` that names at least one place, else 0.

    ``Regional Director for West and Central Africa``: the region is part of the title.
    """
    end = _place_run_end(context, start)
    if any(position in context.places for position in range(start, end)):
        return end
    return 0


def _place_run_end(context: _Context, start: int) -> int:
    """The end of a run of places and capitalised words (``West and Central Africa``)."""
    view = context.view
    position = start
    end = start
    while position - start < 8 and view.same_region(start, position):
        place = context.places.get(position)
        if place is not None:
            position = place[0]
            end = position
        elif view.is_word[position] and view.capitalised[position]:
            position += 1
            end = position
        elif view.words[position] in ("and", "the"):
            position += 1
        else:
            break
    return end


def _title_at(context: _Context, index: int) -> _Title | None:
    """The whole title phrase whose modifiers start at ``index``, if one does."""
    read = _read_title(context, index)
    if read is None:
        return None
    end, head, classes = read
    gender, realm = _title_gender(context.view, head, end)
    title = _Title(
        start=index,
        end=end,
        text_first=index,
        text_end=end,
        head_end=end,
        head_capitalised=context.view.capitalised[head],
        classes=classes,
        gender=gender,
        realm=realm,
    )
    _left_attach(context, title)
    _right_attach(context, title)
    _bracketed_portfolio(context, title)
    return title


def _bracketed_portfolio(context: _Context, title: _Title) -> None:
    """Keep a portfolio in brackets in the title: ``Secretary (Consular, Passport and
    Overseas Indian Affairs) NAME``.

    The brackets follow the title's text, hold two tokens or more starting with a
    capitalised word, and close within ``_MAX_BRACKET`` tokens in the same region; a
    demonym or country inside gives the role's country when nothing else does.
    """
    view = context.view
    opening = title.end
    if view.word(opening) != "(" or title.end != title.text_end:
        return
    if not (view.capitalised[opening + 1] if opening + 1 < view.size else False):
        return
    for close in range(opening + 3, opening + _MAX_BRACKET):
        if not view.same_region(opening, close) or view.words[close] == "(":
            return
        if view.words[close] == ")":
            title.end = title.text_end = close + 1
            if title.country is None:
                title.country = _portfolio_country(context, opening + 1, close)
            return


def _titled(context: _Context, drafts: dict[str, _Draft]) -> None:
    """``TITLE NAME`` and ``TITLE, NAME,``: a title phrase right before a name."""
    view = context.view
    resume = 0
    for index in _title_candidates(view):
        if index < resume or view.regions[index] in context.quiet_regions:
            continue
        if index in context.covered:
            continue
        title = _title_at(context, index)
        if title is None:
            continue
        position = title.end
        comma = view.word(position) == ","
        if comma:
            position += 1
        honorific = view.honorifics_at(position)
        honorific_text: str | None = None
        if honorific is not None and view.same_region(index, honorific[0]):
            honorific_text = view.text_of(position, honorific[0])
            if title.honorific_gender is None:
                title.honorific_gender = honorific[1]
            position = honorific[0]
        end = view.name_end(position) if view.same_region(index, position) else position
        size = sum(1 for pos in range(position, end) if view.is_word[pos])
        accepted = (
            end > position
            and _plausible(context, position, end, strong=True)
            and _ends_name(context, end, position)
        )
        if accepted and not comma:
            bare = title.end == title.text_end and title.text_end == title.head_end
            accepted = title.head_capitalised or (size >= 2 and bare)
        if accepted and comma:
            accepted = size >= 2 or view.word(end) == ","
        if not accepted and not comma and title.head_capitalised:
            glued = _glued_name(context, title)
            if glued is not None:
                position, end = glued
                accepted = True
        if accepted:
            draft = _person(drafts, context, position, end)
            if honorific_text is not None and title.honorific is None:
                title.honorific = honorific_text
            _add_role(draft, title, context)
            resume = end
            continue
        resume = max(title.end, index + 1)


def _title_candidates(view: TokenView) -> list[int]:
    """The tokens where a title phrase can start: a title's first word, or a modifier word
    with a title's first word less than ``_TITLE_REACH`` tokens from it."""
    heads = view.where_lower(lexicon().titles_by_first)
    candidates: list[int] = []
    for index in view.where_lower(_title_openers()):
        following = bisect.bisect_left(heads, index)
        if following == len(heads) or heads[following] - index >= _TITLE_REACH + 2:
            continue
        if (
            heads[following] - index >= _TITLE_REACH
            and "and" not in view.words[index : heads[following]]
        ):
            continue
        if heads[following] == index or view.is_word[index]:
            candidates.append(index)
    return candidates


@functools.cache
def _title_openers() -> frozenset[str]:
    words = lexicon()
    return frozenset(words.titles_by_first) | words.modifiers


def _glued_name(context: _Context, title: _Title) -> tuple[int, int] | None:
    """A name glued to the end of a capitalised portfolio, and the portfolio kept in the title.

    ``Secretary of Homeland Security Jane Doe``: the capitalised run after the title ends
    with two to four name words; they are the name, the words before them the portfolio.
    """
    view = context.view
    start = title.end
    if view.lower(start) in ("of", "for"):
        start += 1
        if view.lower(start) == "the":
            start += 1
    position = start
    while position - start < 12 and view.same_region(start, position):
        word = view.words[position]
        place = context.places.get(position)
        if place is not None:
            position = place[0]
        elif (
            (view.is_word[position] and view.capitalised[position])
            or word in ("and", "of", "&", "the")
            or (is_particle(word) and view.is_name_word(position + 1))
        ):
            position += 1
        else:
            break
    run_end = position
    name_start = run_end
    while name_start - 1 > start and run_end - name_start < 4:
        if view.is_name_word(name_start - 1) or (
            is_particle(view.word(name_start - 1)) and view.is_name_word(name_start - 2)
        ):
            name_start -= 1
        else:
            break
    while run_end - name_start > 2 and view.word(name_start - 1) in ("and", "of", "&", "for"):
        name_start += 1
    if run_end - name_start < 2 or view.name_end(name_start) != run_end:
        return None
    if not _plausible(context, name_start, run_end, strong=True):
        return None
    if not _ends_name(context, run_end, name_start):
        return None
    portfolio_end = name_start
    while portfolio_end > start and view.word(portfolio_end - 1) in ("and", "of", "&", "the"):
        portfolio_end -= 1
    if portfolio_end > title.text_end and view.lower(title.text_end) in ("of", "for"):
        title.text_end = portfolio_end
    title.end = name_start
    return name_start, run_end


def _honoured(context: _Context, drafts: dict[str, _Draft]) -> None:
    """``HONORIFIC NAME``: ``Mr. Doe``, ``Ms Jane Doe``, ``H.E. Jane Doe``."""
    view = context.view
    firsts = honorific_firsts()
    for index in view.where(firsts):
        if not view.capitalised[index]:
            continue
        if view.regions[index] in context.quiet_regions:
            continue
        if view.honorific_at(index - 1) is not None and view.same_region(index - 1, index):
            continue
        found = view.honorifics_at(index)
        if found is None or not view.same_region(index, found[0]):
            continue
        if view.title_at(found[0]) is not None:
            continue
        start = found[0]
        end = view.name_end(start)
        if end == start or not _plausible(context, start, end, strong=True):
            continue
        if not _ends_name(context, end, start):
            continue
        draft = _person(drafts, context, start, end)
        if draft.honorific is None:
            draft.honorific = view.text_of(index, start)
        if draft.gender is None:
            draft.gender = found[1]


def _after_title(view: TokenView, index: int) -> bool:
    """Whether a title or honorific of at most four words ends right before ``index``."""
    for start in range(max(0, index - 4), index):
        if not view.same_region(start, index):
            continue
        title = view.title_at(start)
        honorific = view.honorifics_at(start)
        if (title is not None and title[0] == index) or (
            honorific is not None and honorific[0] == index
        ):
            return True
    return False


def _run_start(view: TokenView, index: int) -> bool:
    """Whether a name can start at ``index``: the token before is not a name word."""
    return not (view.same_region(index - 1, index) and view.is_name_word(index - 1))


def _apposed(context: _Context, drafts: dict[str, _Draft]) -> None:
    """``NAME, [a|the] [ORG's] TITLE [of ORG],``, ``NAME, who heads the ORG`` and the
    copula ``NAME is the TITLE of ORG``."""
    view = context.view
    resume = 0
    for index, end in context.runs:
        if index < resume:
            continue
        resume = end
        copula = view.word(end) in _COPULAS and view.lower(end + 1) in _ARTICLES
        if not (view.word(end) == "," or copula) or not _run_start(view, index):
            continue
        if not _plausible(context, index, end, strong=False):
            continue
        title = _apposition(context, end + 1)
        if title is not None:
            _add_role(_person(drafts, context, index, end), title, context)


def _name_runs(view: TokenView, quiet_regions: frozenset[int]) -> tuple[tuple[int, int], ...]:
    """The names of two tokens or more that start at a capitalised token outside
    ``quiet_regions``: (first token, end)."""
    runs: list[tuple[int, int]] = []
    for index in [index for index, capitalised in enumerate(view.capitalised) if capitalised]:
        if view.regions[index] not in quiet_regions:
            end = view.name_end(index)
            if end - index >= 2:
                runs.append((index, end))
    return tuple(runs)


def _apposition(context: _Context, start: int) -> _Title | None:
    view = context.view
    position = start
    if view.lower(position) == "who":
        role = _role_verbs().get(view.lower(position + 1))
        target = position + 2
        if view.lower(target) == "the":
            target += 1
        org = context.orgs.get(target)
        if role is None:
            return None
        classes = lexicon().titles.get((role.lower(),), frozenset({"head"}))
        return _Title(
            start=start,
            end=org[0] if org is not None else position + 2,
            text_first=position + 1,
            text_end=position + 2,
            head_end=position + 2,
            head_capitalised=False,
            classes=classes,
            gender=None,
            realm=None,
            organization=org[1].id if org is not None else None,
            country=org[1].country if org is not None else None,
            text=role,
        )
    organization: FoundOrganization | None = None
    if view.word(position) in _ARTICLES:
        position += 1
    elif view.word(position) == "its":
        organization = _latest_org(context, start)
        position += 1
    country: str | None = None
    nationality: str | None = None
    for _ in range(2):
        org = context.orgs.get(position)
        place = context.places.get(position)
        if org is not None:
            organization = org[1]
            position = org[0]
        elif place is not None and place[1].kind is PlaceKind.COUNTRY:
            country = place[1].country
            nationality = place[1].country
            position = place[0]
        else:
            break
        if view.word(position) in _POSSESSIVE:
            position += 1
    title = _title_at(context, position)
    if title is None or title.text_first != position:
        return None
    title.start = start
    if organization is not None and title.organization is None:
        title.organization = organization.id
        title.country = title.country or organization.country
    if country is not None:
        title.country = title.country or country
        title.nationality = title.nationality or nationality
    if view.word(title.end) not in _NAME_ENDERS and view.same_region(start, title.end):
        if not view.is_word[title.end]:
            return None
        if view.capitalised[title.end] and not _closes_soon(view, title.end):
            return None
    return title


def _latest_org(context: _Context, before: int) -> FoundOrganization | None:
    """The organisation named last before token ``before``, unless a country was named
    after it: what ``its`` in ``NAME, its legal coordinator,`` refers to."""
    orgs = [(first, found[1]) for first, found in context.orgs.items() if found[0] <= before]
    if not orgs:
        return None
    first, org = max(orgs, key=lambda item: item[0])
    org_end = context.orgs[first][0]
    later_countries = [
        index
        for index, (end, hit) in context.places.items()
        if org_end <= index and end <= before and hit.kind is PlaceKind.COUNTRY
    ]
    return None if later_countries else org


def _closes_soon(view: TokenView, start: int) -> bool:
    """Whether a capitalised run from ``start`` reaches a comma or a period within six tokens.

    ``NAME, a spokesman for the campaign Papers For All.``: the apposition may end with
    a name the rules do not know.
    """
    for position in range(start, start + 6):
        if not view.same_region(start, position):
            return True
        word = view.words[position]
        if word in _NAME_ENDERS:
            return True
        if not (view.capitalised[position] or word in ("of", "the", "and", "for", "de")):
            return False
    return False


def _cued(context: _Context, drafts: dict[str, _Draft]) -> None:
    """Two or more name words next to a reporting verb: ``said Jane Doe``, ``Jane Doe said``."""
    view = context.view
    cues = lexicon().cues
    resume = 0
    for index, end in context.runs:
        if index < resume:
            continue
        resume = end
        if not _run_start(view, index):
            continue
        before = view.lower(index - 1) if view.same_region(index - 1, index) else ""
        after = view.word(end) if view.same_region(index, end) else ""
        cued = (
            (before in cues and not view.capitalised[index - 1])
            or (before == "to" and view.lower(index - 2) == "according")
            or (after in cues)
            or (after == "," and view.lower(end + 1) == "who")
            or (before == "," and after == "," and _cue_follows(view, end + 1))
            or (after == "of" and _cued_org_follows(context, end + 1))
        )
        if cued and _plausible(context, index, end, strong=False):
            _person(drafts, context, index, end)


def _cued_org_follows(context: _Context, index: int) -> bool:
    """Whether ``[the] ORG [(ACRONYM)]`` and a reporting verb follow from ``index``:
    ``Jane Doe of the IOM said``."""
    view = context.view
    if view.lower(index) == "the":
        index += 1
    org = context.orgs.get(index)
    if org is None or not view.same_region(index, org[0]):
        return False
    after = org[0]
    if view.word(after) == "(" and view.word(after + 2) == ")":
        after += 3
    return view.same_region(index, after) and view.lower(after) in lexicon().cues


def _cue_follows(view: TokenView, index: int) -> bool:
    """Whether a reporting verb is at ``index``, or after one adverb (``, also said``)."""
    cues = lexicon().cues
    if view.capitalised[index] if index < len(view) else True:
        return False
    if view.lower(index) in cues:
        return True
    return view.lower(index).endswith("ly") and view.lower(index + 1) in cues


def _finish(drafts: dict[str, _Draft]) -> tuple[FoundPerson, ...]:
    """Merge short forms of a name into the unique longer name they abbreviate.

    First a name of two words or more into the unique longer name with the same first and
    last words (``Paul Lagat`` joins ``Paul Kiprono Lagat``); then a name into the unique
    longer name that starts or ends with its words (``Ruiz de Castro`` joins ``Elena Ruiz
    de Castro``; ``Sheikh Abdullah`` joins ``Abdullah bin Zayed``). The shorter form is
    kept as a short form of the longer.
    """
    for draft in sorted(drafts.values(), key=lambda draft: len(draft.words)):
        if len(draft.words) < 2:
            continue
        fuller = [
            other
            for other in drafts.values()
            if len(other.words) > len(draft.words)
            and (other.words[0], other.words[-1]) == (draft.words[0], draft.words[-1])
        ]
        if len(fuller) == 1:
            _merge_into(drafts, fuller[0], draft)
    owners: dict[tuple[str, ...], list[_Draft]] = {}
    for draft in drafts.values():
        for size in range(1, len(draft.words)):
            for part in {draft.words[:size], draft.words[-size:]}:
                owners.setdefault(part, []).append(draft)
    for draft in sorted(drafts.values(), key=lambda draft: len(draft.words)):
        longer = [other for other in owners.get(draft.words, []) if other.key in drafts]
        if len(longer) == 1:
            _merge_into(drafts, longer[0], draft)
    ordered = sorted(drafts.values(), key=lambda draft: draft.first)
    return tuple(
        FoundPerson(
            key=draft.key,
            name=draft.name,
            honorific=draft.honorific,
            roles=tuple(draft.roles),
            nationality=draft.nationality,
            gender=draft.gender,
            intros=tuple(draft.intros),
            short_forms=tuple(draft.short_forms),
        )
        for draft in ordered
    )


def _merge_into(drafts: dict[str, _Draft], target: _Draft, draft: _Draft) -> None:
    """Merge the shorter form ``draft`` into ``target`` and drop it."""
    target.short_forms.append(draft.name)
    target.short_forms.extend(draft.short_forms)
    for role in draft.roles:
        if role not in target.roles:
            target.roles.append(role)
    target.honorific = target.honorific or draft.honorific
    target.nationality = target.nationality or draft.nationality
    target.gender = target.gender or draft.gender
    target.intros.extend(draft.intros)
    target.first = min(target.first, draft.first)
    del drafts[draft.key]


def name_mentions(
    view: TokenView,
    persons: tuple[FoundPerson, ...],
    blocked: frozenset[int],
    places: Mapping[int, tuple[int, PlaceLike]],
    *,
    quiet_regions: frozenset[int] = frozenset(),
) -> tuple[PersonMention, ...]:
    """Every use of a person's full name (NAME) or of a unique part of it (PARTIAL_NAME).

    A part is a trailing run of the name's words or one of its non-first words of three
    letters or more (``Doe`` of ``Jane Doe``, ``López Obrador`` of ``Andrés López
    Obrador``), if no other person's name has it; a part that is also a place is not used
    (``Jordan``). Tokens in ``blocked`` (organisation names) are skipped. A part must
    stand alone (no name word next to it) or follow a title or an honorific (``President
    Doe``, ``Ms Doe``), except in ``quiet_regions`` (a title-case headline, where every
    word is capitalised).
    """
    full: dict[tuple[str, ...], str] = {}
    for person in persons:
        full[_words(view, person.name)] = person.key
    partial_owners: dict[tuple[str, ...], set[str]] = {}
    for person in persons:
        words = _words(view, person.name)
        if any(word in ("VI", "II", "III", "IV", "V") for word in words[-1:]):
            continue
        candidates = {words[start:] for start in range(1, len(words))}
        candidates.update((word,) for word in words[1:])
        candidates.update(_words(view, short) for short in person.short_forms)
        for candidate in candidates:
            if not candidate or candidate in full:
                continue
            if len(candidate) == 1 and len(candidate[0]) < 3:
                continue
            if (
                candidate[0][0].islower()
                and not is_prefixed(candidate[0])
                and (len(candidate) < 2 or not is_particle(candidate[0]))
            ):
                continue
            partial_owners.setdefault(candidate, set()).add(person.key)
    partial = {words: next(iter(keys)) for words, keys in partial_owners.items() if len(keys) == 1}
    table: dict[tuple[str, ...], tuple[str, MentionVia]] = {
        words: (key, MentionVia.PARTIAL_NAME) for words, key in partial.items()
    }
    table.update({words: (key, MentionVia.NAME) for words, key in full.items()})
    sizes = sorted({len(words) for words in table}, reverse=True)
    texts = view.words
    firsts = {words[0] for words in table}
    found: list[PersonMention] = []
    resume = 0
    for index in view.where(firsts):
        word = texts[index]
        if index < resume:
            continue
        if index not in blocked and (word[0].isupper() or is_particle(word) or is_prefixed(word)):
            for size in sizes:
                end = index + size
                entry = table.get(tuple(texts[index:end])) if end <= len(texts) else None
                if entry is None or not view.same_region(index, end - 1):
                    continue
                key, via = entry
                if any(position in blocked for position in range(index, end)):
                    continue
                quiet = view.regions[index] in quiet_regions
                if via is MentionVia.PARTIAL_NAME and (
                    index in places
                    or not (quiet or _run_start(view, index) or _after_title(view, index))
                    or (not quiet and view.same_region(index, end) and view.is_name_word(end))
                ):
                    continue
                found.append(PersonMention(first=index, end=end, key=key, via=via))
                resume = end
                break
    return tuple(found)


def _words(view: TokenView, name: str) -> tuple[str, ...]:
    return words_of(name)


def role_kinds(role: FoundRole, organizations: Mapping[str, FoundOrganization]) -> frozenset[str]:
    """The title classes of a role, with ``legislator`` for members of a legislature
    and ``diplomat`` for foreign ministers."""
    kinds = set(role.classes)
    org = organizations.get(role.organization) if role.organization else None
    if "member" in kinds and org is not None and org.kind is OrganizationKind.LEGISLATURE:
        kinds.add("legislator")
    if "minister" in kinds and "foreign" in role.title.lower():
        kinds.add("diplomat")
    return frozenset(kinds)
