"""Organisations: well-known bodies, head-noun names, acronyms and their later uses.

Three rules find an organisation's name, in this order:

1. A well-known body from ``org_known.tsv`` by its full name, another name or its
   acronym (``International Organization for Migration``, ``IOM``, ``UN Refugee Agency``).
2. A head noun from ``org_heads.tsv`` (``Ministry``, ``Parliament``, ``Agency``...) with
   capitalised modifiers before it (``Peruvian Congress``, ``Spanish Interior Ministry``)
   and/or a complement after it, joined by ``of``/``for``/``on`` (``Ministry of the
   Interior``). The complement may be a comma list closed by ``and``
   (``Ministry of Foreign Affairs, Trade and Development``); a list that is not closed
   by ``and`` stops at its first comma, so ``the Ministry of Justice, Jane Doe, said``
   does not swallow the name.
3. An acronym in brackets right after a name (``Department of Migrant Workers (DMW)``)
   or a name in brackets after an acronym (``ICMPD (International Centre ...)``) defines
   the acronym; every later (or earlier) use of the bare acronym is a mention too.

A later name that is the part before the comma of a longer name found earlier
(``Ministry of Foreign Affairs`` after ``Ministry of Foreign Affairs, Trade and
Development``) is a partial mention of it.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping, Sequence

import attrs

from migmodel._lexicon import load_lines, load_rows
from migmodel._pipeline.actor_text import PlaceLike, TokenView, words_of
from migmodel._pipeline.document import MentionVia
from migmodel._pipeline.ids import fold, slugify
from migmodel.model import OrganizationKind, PlaceKind

__all__ = ["FoundOrganization", "OrgMention", "find_organizations"]

_JOINTS = frozenset({"of", "for", "and", "the", "on", "&", "de", "la", "des", "du", "del", "-"})
_COMPLEMENT_OPENERS = frozenset({"of", "for", "on", "against", "de"})
_THE_AFTER = frozenset({"of", "for", "on", "against", "de"})
_INITIALLED_JOINTS = frozenset({",", "and", "of", "for", "the", "&"})
_DESCRIBED_JOINTS = frozenset({"de", "del", "of", "for", "and", "la", "des"})
_DETERMINERS = frozenset({"a", "an", "the"})
_KIND_NOUN_REACH = 4
"""A kind noun starts fewer than this many tokens after its determiner's next token."""
_MAX_MODIFIERS = 6
_MAX_COMPLEMENT = 12
_MAX_LIST_SEGMENTS = 4
_MAX_GLOSS = 14
"""A gloss in brackets after a name closes fewer than this many tokens after ``(``."""


@attrs.frozen(kw_only=True)
class _KnownOrg:
    acronym: str | None
    name: str
    name_words: tuple[str, ...]
    kind: OrganizationKind
    country: str | None
    family: str | None


@attrs.frozen(kw_only=True)
class _Head:
    words: tuple[str, ...]
    kind: OrganizationKind
    alone: bool


@attrs.frozen(kw_only=True)
class OrgMention:
    """Where an organisation is named: tokens ``first`` to ``end`` (exclusive), and how."""

    first: int
    end: int
    via: MentionVia


@attrs.frozen(kw_only=True)
class FoundOrganization:
    """An organisation found in the article, before it becomes a model record.

    Attributes:
        id: ``org:`` and the slug of the acronym, or of the name.
        name: the full name.
        acronym: the acronym, if known or defined.
        kind: what sort of body it is.
        country: its country, if its name or the words before it say.
        national: whether it is a national body (a ministry, a parliament) whose country
            was not said, for the caller to fill from the article's main country.
        family: the group of bodies it belongs to (``un``, ``eu``), from the lexicon.
        words: the lower-case words of its name, for role-noun matching.
        mentions: where it is named, in text order.
    """

    id: str
    name: str
    acronym: str | None
    kind: OrganizationKind
    country: str | None
    national: bool
    family: str | None
    words: frozenset[str]
    mentions: tuple[OrgMention, ...]


@attrs.define
class _Draft:
    key: str
    name: str
    acronym: str | None
    kind: OrganizationKind
    country: str | None
    national: bool
    family: str | None
    known: bool
    name_words: tuple[str, ...]
    mentions: list[OrgMention]


@functools.cache
def _known() -> tuple[dict[str, tuple[tuple[tuple[str, ...], _KnownOrg, bool], ...]], int]:
    """Known names and acronyms by first token: (token texts, organisation, is acronym)."""
    entries: list[tuple[tuple[str, ...], _KnownOrg, bool]] = []
    for row in load_rows("org_known.tsv"):
        cells = [*row, "-", "-", "-", "-", "-"][:6]
        acronym = None if cells[0] in ("", "-") else cells[0]
        org = _KnownOrg(
            acronym=acronym,
            name=cells[1],
            name_words=words_of(cells[1]),
            kind=OrganizationKind(cells[2]),
            country=None if cells[3] in ("", "-") else cells[3],
            family=None if cells[4] in ("", "-") else cells[4],
        )
        names = [cells[1]]
        if cells[5] not in ("", "-"):
            names.extend(name.strip() for name in cells[5].split("|") if name.strip())
        for name in names:
            entries.append((words_of(name), org, False))
        if acronym is not None and acronym != cells[1]:
            entries.append((words_of(acronym), org, True))
    grouped: dict[str, list[tuple[tuple[str, ...], _KnownOrg, bool]]] = {}
    for entry in sorted(entries, key=lambda item: -len(item[0])):
        grouped.setdefault(entry[0][0], []).append(entry)
    longest = max((len(entry[0]) for entry in entries), default=1)
    return {first: tuple(items) for first, items in grouped.items()}, longest


@functools.cache
def _heads() -> dict[str, tuple[_Head, ...]]:
    grouped: dict[str, list[_Head]] = {}
    rows = sorted(load_rows("org_heads.tsv"), key=lambda row: -len(words_of(row[0])))
    for row in rows:
        words = words_of(row[0])
        head = _Head(
            words=words,
            kind=OrganizationKind(row[1]) if len(row) > 1 else OrganizationKind.OTHER,
            alone=len(row) > 2 and row[2] == "yes",
        )
        grouped.setdefault(words[0], []).append(head)
    return {first: tuple(heads) for first, heads in grouped.items()}


@functools.cache
def _causes() -> tuple[frozenset[str], frozenset[str]]:
    """The cause words and the advocacy heads of ``org_causes.tsv``."""
    rows = [row for row in load_rows("org_causes.tsv") if len(row) > 1]
    return (
        frozenset(row[0] for row in rows if row[1] == "cause"),
        frozenset(row[0] for row in rows if row[1] == "head"),
    )


def _advocates(view: TokenView, first: int, end: int) -> bool:
    """Whether the name in tokens ``first`` to ``end`` ends with ``for`` and cause words only:
    ``Lawyers for Human Rights``, ``Council for Refugees``."""
    words = [view.lower(position) for position in range(first, end)]
    if "for" not in words:
        return False
    cause = words[len(words) - words[::-1].index("for") :]
    return bool(cause) and all(word in _causes()[0] for word in cause)


@functools.cache
def _regional_words() -> frozenset[tuple[str, ...]]:
    return frozenset(words_of(line) for line in load_lines("org_regional_words.txt"))


@functools.cache
def _stopwords() -> frozenset[str]:
    return frozenset(line.lower() for line in load_lines("org_stopwords.txt"))


def is_acronym(word: str) -> bool:
    """Whether ``word`` looks like an acronym: two to ten characters, two capitals or more.

    >>> is_acronym("DMW"), is_acronym("EUAA"), is_acronym("UfM"), is_acronym("Peru")
    (True, True, True, False)
    """
    if not 2 <= len(word) <= 10 or not word[0].isupper():
        return False
    if not all(char.isalnum() or char in "&.-" for char in word):
        return False
    return sum(1 for char in word if char.isupper()) >= 2


def _mostly_upper(view: TokenView, region: int) -> bool:
    """Whether a region is written mostly in capitals, where acronyms cannot be told from
    words: four words of two letters or more at least, six in ten of them all capitals."""
    first = bisect.bisect_left(view.regions, region)
    end = bisect.bisect_right(view.regions, region)
    words = [
        index for index in range(first, end) if view.is_word[index] and len(view.words[index]) > 1
    ]
    upper = sum(1 for index in words if view.upper[index])
    return len(words) >= 4 and upper * 10 >= len(words) * 6


def find_organizations(
    view: TokenView, places: Mapping[int, tuple[int, PlaceLike]]
) -> tuple[FoundOrganization, ...]:
    """The organisations named in the tokens, with every mention, in order of first mention.

    ``places`` maps a token index to the end token and hit of a place named there; a
    country named by name or demonym inside an organisation's name, or possessively just
    before it (``Spain's Interior Ministry``), gives the organisation its country.
    """
    drafts: dict[str, _Draft] = {}
    taken: dict[int, int] = {}  # first token -> end token of each name found
    covered: set[int] = set()
    _find_known(view, drafts, taken, covered)
    _find_country_bodies(view, places, drafts, taken, covered)
    _find_headed(view, places, drafts, taken, covered)
    _find_described(view, places, drafts, taken, covered)
    _find_initialled(view, places, drafts, taken, covered)
    _find_acronyms(view, drafts, taken)
    _merge_prefixes(drafts)
    return _finish(drafts)


def _add(drafts: dict[str, _Draft], draft: _Draft, mention: OrgMention) -> _Draft:
    existing = drafts.get(draft.key)
    if existing is None:
        drafts[draft.key] = draft
        existing = draft
    existing.mentions.append(mention)
    return existing


@functools.lru_cache(maxsize=4096)
def _name_key(name: str) -> str:
    """The draft key of a named organisation: its folded name (remembered across articles)."""
    return f"name:{fold(name)}"


@functools.lru_cache(maxsize=4096)
def _org_id(name: str) -> str:
    """``org:`` and the slug of an acronym or a name (remembered across articles)."""
    return f"org:{slugify(name)}"


def _claim_named(
    view: TokenView,
    drafts: dict[str, _Draft],
    taken: dict[int, int],
    covered: set[int],
    span: tuple[int, int],
    *,
    kind: OrganizationKind,
    country: str | None = None,
    national: bool = False,
) -> _Draft:
    """Add the organisation named by tokens ``span`` (a name, not a known body) and mark
    its tokens as taken; returns its draft (an earlier one of the same name, if any)."""
    first, end = span
    name = view.text_of(first, end)
    draft = _Draft(
        key=_name_key(name),
        name=name,
        acronym=None,
        kind=kind,
        country=country,
        national=national,
        family=None,
        known=False,
        name_words=tuple(view.word(position) for position in range(first, end)),
        mentions=[],
    )
    claimed = _add(drafts, draft, OrgMention(first=first, end=end, via=MentionVia.NAME))
    taken[first] = end
    covered.update(range(first, end))
    return claimed


@functools.cache
def _country_body_words() -> dict[str, OrganizationKind]:
    rows = load_rows("org_country_bodies.tsv")
    return {row[0]: OrganizationKind(row[1]) for row in rows if len(row) > 1}


def _find_country_bodies(
    view: TokenView,
    places: Mapping[int, tuple[int, PlaceLike]],
    drafts: dict[str, _Draft],
    taken: dict[int, int],
    covered: set[int],
) -> None:
    """``WORD COUNTRY`` for a word of ``org_country_bodies.tsv``: ``According to Statistics
    South Africa, ...`` gives the national body *Statistics South Africa* / ZA."""
    words = _country_body_words()
    for index in view.where(words):
        found = places.get(index + 1)
        if index in covered or found is None or not view.same_region(index, index + 1):
            continue
        end, hit = found
        if hit.kind is not PlaceKind.COUNTRY or hit.demonym or _modifies_next(view, end):
            continue
        _claim_named(
            view,
            drafts,
            taken,
            covered,
            (index, end),
            kind=words[view.words[index]],
            country=hit.country,
        )


def _find_known(
    view: TokenView, drafts: dict[str, _Draft], taken: dict[int, int], covered: set[int]
) -> None:
    table, _ = _known()
    shouting: dict[int, bool] = {}  # region -> whether it is mostly in capitals
    resume = 0
    for index in view.where(table):
        if index < resume:
            continue
        for words, org, acronym in table[view.words[index]]:
            if not view.match(index, words, fold=False):
                continue
            if acronym:
                region = view.regions[index]
                if region not in shouting:
                    shouting[region] = _mostly_upper(view, region)
                if shouting[region]:
                    continue
            end = index + len(words)
            if view.word(end).startswith("-") or view.word(index - 1) == "-":
                continue
            key = f"known:{org.acronym or org.name}"
            draft = drafts.get(key) or _Draft(
                key=key,
                name=org.name,
                acronym=org.acronym,
                kind=org.kind,
                country=org.country,
                national=False,
                family=org.family,
                known=True,
                name_words=org.name_words,
                mentions=[],
            )
            _add(drafts, draft, OrgMention(first=index, end=end, via=MentionVia.NAME))
            taken[index] = end
            covered.update(range(index, end))
            resume = end
            break


def _head_at(view: TokenView, index: int) -> _Head | None:
    for head in _heads().get(view.word(index), ()):
        if view.match(index, head.words, fold=False):
            return head
    return None


def _is_modifier(view: TokenView, index: int, places: Mapping[int, tuple[int, PlaceLike]]) -> bool:
    if not view.is_word[index] or not view.capitalised[index]:
        return False
    if view.upper[index] and index not in places:
        return False
    if view.lowers[index] in _stopwords() or view.lowers[index].endswith("-based"):
        return False  # "the Cairo-based Initiative ...": where the body sits, not its name
    if view.title_at(index) is not None:
        return False
    return view.honorific_at(index) is None


def _cap_run(
    view: TokenView, start: int, *, allow_and: bool, places: frozenset[int] = frozenset()
) -> int:
    """The end of a run of capitalised words joined by joints, starting at ``start``."""
    end = start
    last_good = start
    count = 0
    while count < _MAX_COMPLEMENT and view.same_region(start, end):
        word = view.words[end]
        if view.sentences[end] != view.sentences[start]:
            break
        if word == "the" and view.lower(end - 1) not in _THE_AFTER:
            break
        if word == "and" and _head_at(view, end + 1) is not None:
            break
        if word == "in" and end > start:
            following = end + 1
            if not view.same_region(start, following) or following in places:
                break
            if not view.capitalised[following] or view.lower(following) in _stopwords():
                break
            end += 1
            count += 1
            continue
        if view.is_word[end] and view.capitalised[end] and view.lowers[end] not in _stopwords():
            end += 1
            last_good = end
        elif (
            (word in _JOINTS and (allow_and or word != "and"))
            or (word in ("'s", "’s") and end > start)
            or (
                word in ("'", "’")
                and view.word(end - 1).endswith("s")
                and view.same_region(start, end + 1)
                and view.capitalised[end + 1]
            )
        ):
            end += 1
        else:
            break
        count += 1
    return last_good


def _complement_end(view: TokenView, index: int, places: frozenset[int]) -> int:
    """The end of the ``of ...`` complement after a head ending at ``index``, or ``index``."""
    start = index + 1
    if view.match(index, ("in", "charge", "of")):
        start = index + 3  # "Ministry Delegate in charge of Moroccans Living Abroad"
    elif view.word(index) not in _COMPLEMENT_OPENERS or not view.same_region(index, index + 1):
        return index
    if view.word(start) == "the":
        start += 1
    end = _cap_run(view, start, allow_and=True, places=places)
    if end == start:
        return index
    if view.word(index) == "on" and any(
        view.word(position) in _instrument_words() for position in range(start, end)
    ):
        return index  # "brief the Senate on the Mattei Plan": the topic, not the body's name
    if view.word(end - 1) in ("'s", "’s"):
        end -= 1
    return _list_end(view, end)


def _list_end(view: TokenView, end: int) -> int:
    """Extend a name over ``, A, B and C`` when the comma list is closed by ``and``."""
    cursor = end
    for _ in range(_MAX_LIST_SEGMENTS):
        if view.word(cursor) != "," or not view.same_region(end - 1, cursor + 1):
            return end
        if view.word(cursor + 1) in ("and", "&"):
            closing = _cap_run(view, cursor + 2, allow_and=False)
            return closing if closing > cursor + 2 else end
        segment = _cap_run(view, cursor + 1, allow_and=False)
        if segment == cursor + 1:
            return end
        if view.word(segment) in ("and", "&"):
            closing = _cap_run(view, segment + 1, allow_and=False)
            return closing if closing > segment + 1 else end
        cursor = segment
    return end


def _find_headed(
    view: TokenView,
    places: Mapping[int, tuple[int, PlaceLike]],
    drafts: dict[str, _Draft],
    taken: dict[int, int],
    covered: set[int],
) -> None:
    place_starts = frozenset(places)
    parents = _international_acronyms(view, drafts)
    heads = _heads()
    resume = 0
    for index in view.where(heads):
        if index < resume or index in covered:
            continue
        head = _head_at(view, index)
        if head is None:
            continue
        head_end = index + len(head.words)
        first = _modifiers_start(view, places, index, covered)
        parent = parents.get(first - 1) if view.same_region(first - 1, index) else None
        if parent is not None:
            first -= 1  # "UN Network on Migration": a body of the UN
        end = _complement_end(view, head_end, place_starts)
        if end == head_end and head.kind is OrganizationKind.NGO:
            end = _branch_end(view, places, end)
        if end > head_end and _after_title(view, first):
            end = _without_trailing_name(view, head_end, end)
        if first == index and end == head_end and not head.alone:
            resume = head_end
            continue
        if first == index and end == head_end and _modifies_next(view, head_end):
            continue  # "Senate Committee on Migrant Workers": a modifier of the next name
        if _names_instrument(view, end):
            resume = end
            continue
        end = _before_acronym(view, places, end)
        if _acronym_after(view, end) is not None:
            first = _in_modifier_start(view, places, first, covered)
        modifiers = tuple(view.word(position) for position in range(first, index))
        regional = _is_regional(modifiers) or parent is not None
        kind = _headed_kind(head.kind, modifiers, regional=regional)
        if head.words[-1].lower() in _causes()[1] and _advocates(view, head_end, end):
            kind = OrganizationKind.NGO  # "Canadian Council for Refugees"
        if parent is not None and kind is not OrganizationKind.MEDIA:
            kind = OrganizationKind.INTERNATIONAL  # a network or an office of the UN
        country = None if regional else _country(view, places, first, end)
        national = (
            not regional
            and country is None
            and head.kind in (OrganizationKind.GOVERNMENT, OrganizationKind.LEGISLATURE)
        )
        _claim_named(
            view,
            drafts,
            taken,
            covered,
            (first, end),
            kind=kind,
            country=country,
            national=national,
        )
        resume = end


def _modifies_next(view: TokenView, end: int) -> bool:
    """Whether a capitalised word of the same sentence follows token ``end``."""
    return (
        view.same_region(end - 1, end)
        and view.sentences[end] == view.sentences[end - 1]
        and view.is_word[end]
        and view.capitalised[end]
    )


def _branch_end(view: TokenView, places: Mapping[int, tuple[int, PlaceLike]], end: int) -> int:
    """The end of an NGO's name that goes on with the place of a branch, ``end`` if it does
    not: ``Rights Watch Africa said``. The place must close the capitalised run."""
    found = places.get(end)
    if found is None or found[1].demonym or not view.same_region(end - 1, found[0] - 1):
        return end
    after = found[0]
    if view.same_region(end, after) and view.is_word[after] and view.capitalised[after]:
        return end
    return after


def _modifiers_start(
    view: TokenView, places: Mapping[int, tuple[int, PlaceLike]], index: int, covered: set[int]
) -> int:
    """The first modifier of the head at ``index``: capitalised words before it in its
    sentence, two of them joined by ``and`` (``Justice and Home Affairs Council``) when the
    word before ``and`` is no place (``Spain and Morocco`` are two countries), and words
    listed before them with commas (``Asylum, Migration and Integration Fund``)."""

    def modifier(position: int) -> bool:
        return (
            view.same_region(position, index)
            and position not in covered
            and view.sentences[position] == view.sentences[index]
            and _is_modifier(view, position, places)
        )

    first = index
    while index - first < _MAX_MODIFIERS and modifier(first - 1):
        first -= 1
    if (
        first < index
        and view.word(first - 1) == "and"
        and modifier(first - 2)
        and first - 2 not in places
        and view.capitalised[first]
        and view.word(first) not in ("The", "A", "An")
    ):
        first -= 2
        while index - first < _MAX_MODIFIERS and modifier(first - 1):
            first -= 1
        while (
            index - first < _MAX_MODIFIERS
            and view.word(first - 1) == ","
            and modifier(first - 2)
            and first - 2 not in places
        ):
            first -= 2  # "Asylum, Migration and Integration Fund"
    return first


def _international_acronyms(view: TokenView, drafts: Mapping[str, _Draft]) -> dict[int, _Draft]:
    """The one-token acronyms of known international bodies, by token (``UN``, ``ILO``)."""
    return {
        mention.first: draft
        for draft in drafts.values()
        if draft.known and draft.kind is OrganizationKind.INTERNATIONAL
        for mention in draft.mentions
        if mention.end == mention.first + 1 and view.words[mention.first] == draft.acronym
    }


def _longest_by_first(drafts: Mapping[str, _Draft]) -> dict[int, _Draft]:
    """The draft of the longest name starting at each token: ``UN Network on Migration``
    rather than the ``UN`` nested in it."""
    mentions = sorted(
        (
            (mention.end - mention.first, mention.first, draft)
            for draft in drafts.values()
            for mention in draft.mentions
        ),
        key=lambda item: item[0],
    )
    return {first: draft for _, first, draft in mentions}


@functools.cache
def _ngo_words() -> frozenset[str]:
    return frozenset(line.lower() for line in load_lines("org_ngo_words.txt"))


def _headed_kind(
    kind: OrganizationKind, modifiers: Sequence[str], *, regional: bool
) -> OrganizationKind:
    """The kind of a head-noun name: a regional government body, or a regional body of no
    set kind (``Pacific Islands Forum``), is international; a government head after a
    religious or charity word is an NGO (``Jesuit Migrant Service``)."""
    if kind is OrganizationKind.OTHER and regional:
        return OrganizationKind.INTERNATIONAL  # "Pacific Islands Forum"
    if kind is not OrganizationKind.GOVERNMENT:
        return kind
    if any(word.lower() in _ngo_words() for word in modifiers):
        return OrganizationKind.NGO
    return OrganizationKind.INTERNATIONAL if regional else kind


def _names_instrument(view: TokenView, end: int) -> bool:
    """Whether the capitalised words right after token ``end`` end with an instrument word.

    ``the Employment Services Amendment Bill`` names a bill, not a body called
    ``Employment Services``.
    """
    for position in range(end, end + 4):
        if not view.same_region(end, position) or not view.capitalised[position]:
            return False
        if view.words[position] in _instrument_words():
            return True
    return False


def _acronym_after(view: TokenView, end: int) -> str | None:
    """The acronym in brackets right after token ``end``, if one is there."""
    if view.word(end) == "(" and view.word(end + 2) == ")" and view.same_region(end, end + 2):
        word = view.word(end + 1)
        if is_acronym(word):
            return word
    return None


def _before_acronym(view: TokenView, places: Mapping[int, tuple[int, PlaceLike]], end: int) -> int:
    """Extend a name over ``from|in|of PLACE`` when the acronym follows it.

    ``Platform for Refugees and Migrants from Venezuela (R4V)``.
    """
    if view.word(end) not in ("from", "in", "of"):
        return end
    target = end + 1
    if view.word(target) == "the":
        target += 1
    place = places.get(target)
    if place is None or _acronym_after(view, place[0]) is None:
        return end
    return place[0]


def _in_modifier_start(
    view: TokenView,
    places: Mapping[int, tuple[int, PlaceLike]],
    first: int,
    covered: set[int],
) -> int:
    """Extend a name left over ``Words in`` when an acronym follows it.

    ``Nigerians in Diaspora Commission (NiDCOM)``: ``in`` between capitalised words.
    """
    if view.word(first - 1) != "in" or not view.same_region(first - 2, first):
        return first
    start = first - 1
    while (
        first - 1 - start < 3
        and start - 1 not in covered
        and view.same_region(start - 1, first)
        and _is_modifier(view, start - 1, places)
    ):
        start -= 1
    return start if start < first - 1 else first


def _after_title(view: TokenView, first: int) -> bool:
    """Whether a title and ``of``/``at`` [``the``] stand right before token ``first``."""
    position = first - 1
    if view.lower(position) == "the":
        position -= 1
    if view.lower(position) not in ("of", "at", "for"):
        return False
    for start in range(max(0, position - 3), position):
        found = view.title_at(start)
        if found is not None and found[0] == position:
            return True
    return False


def _without_trailing_name(view: TokenView, head_end: int, end: int) -> int:
    """Cut a person's name glued to the end of a complement after a title.

    ``Undersecretary of the Ministry of Labour Jane Doe``: two to four name words that end
    the complement belong to the person the title introduces.
    """
    start = end
    while start - 1 > head_end + 1 and end - start < 4 and view.is_name_word(start - 1):
        start -= 1
    if end - start < 2 or view.name_end(start) != end:
        return end
    while start > head_end and view.word(start - 1) in _JOINTS:
        start -= 1
    return start if start > head_end + 1 else end


def _is_regional(modifiers: Sequence[str]) -> bool:
    regional = _regional_words()
    for start in range(len(modifiers)):
        for size in (1, 2, 3):
            if tuple(modifiers[start : start + size]) in regional:
                return True
    return False


def _country(
    view: TokenView, places: Mapping[int, tuple[int, PlaceLike]], first: int, end: int
) -> str | None:
    """The country of an organisation named by tokens ``first`` to ``end``."""
    if view.word(first - 1) in ("'s", "’s"):
        for start in range(max(0, first - 5), first - 1):
            found = places.get(start)
            if found is not None and found[0] == first - 1 and found[1].kind is PlaceKind.COUNTRY:
                return found[1].country
    city: str | None = None
    for position in range(first, end):
        found = places.get(position)
        if found is None or found[0] > end:
            continue
        if found[1].kind is PlaceKind.COUNTRY and found[1].country is not None:
            return found[1].country
        if found[1].kind is PlaceKind.CITY and city is None:
            city = found[1].country
    return city


@functools.cache
def _kind_nouns() -> dict[tuple[str, ...], OrganizationKind]:
    return {
        words_of(row[0].lower()): OrganizationKind(row[1])
        for row in load_rows("org_kind_nouns.tsv")
        if len(row) > 1
    }


@functools.cache
def _instrument_words() -> frozenset[str]:
    return frozenset(load_lines("org_instrument_words.txt"))


@functools.cache
def _kind_nouns_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The kind nouns of one to three words by their first word, longest first."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(_kind_nouns(), key=len, reverse=True):
        if len(phrase) <= 3:
            grouped.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(phrases) for first, phrases in grouped.items()}


def _kind_noun_at(view: TokenView, index: int) -> tuple[int, OrganizationKind] | None:
    """``the Niamey-based NGO``: up to three describing words, then a kind noun of one to
    three words, all in one region."""
    by_first = _kind_nouns_by_first()
    for start in range(index, index + _KIND_NOUN_REACH):
        for phrase in by_first.get(view.lower(start), ()):
            end = start + len(phrase)
            if view.same_region(index, end - 1) and view.match(start, phrase):
                return end, _kind_nouns()[phrase]
        if not view.same_region(index, start) or not view.is_word[start]:
            return None
    return None


def _name_run(view: TokenView, start: int, covered: set[int]) -> int:
    """The end of a capitalised name of two tokens or more from ``start``, or ``start``."""
    if start in covered or not view.same_region(start, start):
        return start
    if not view.capitalised[start] or view.lower(start) in _stopwords():
        return start
    end = _cap_run(view, start, allow_and=True)
    if end - start < 2 or any(position in covered for position in range(start, end)):
        return start
    if any(view.word(position) in _instrument_words() for position in range(start, end)):
        return start
    return end


def _describe(
    view: TokenView,
    *,
    places: Mapping[int, tuple[int, PlaceLike]],
    drafts: dict[str, _Draft],
    taken: dict[int, int],
    covered: set[int],
    span: tuple[int, int],
    kind: OrganizationKind,
    owners: dict[int, _Draft],
) -> None:
    first, end = span
    if taken.get(first) == end:
        owner = owners.get(first)
        if owner is not None and not owner.known:
            owner.kind = kind
        return
    if any(position in covered for position in range(first, end)):
        return
    if first in places and places[first][0] >= end:
        return
    owners[first] = _claim_named(view, drafts, taken, covered, (first, end), kind=kind)


def _find_described(
    view: TokenView,
    places: Mapping[int, tuple[int, PlaceLike]],
    drafts: dict[str, _Draft],
    taken: dict[int, int],
    covered: set[int],
) -> None:
    """Names described by a kind noun: ``X, a church group,`` and ``the NGO X``.

    The noun gives a named body its kind, and makes a body of a capitalised name of two
    words or more that no other rule read (``Pastoral de Movilidad Humana, a church group``).
    """
    owners = _longest_by_first(drafts)
    noun_starts = view.where_lower(_kind_nouns_by_first())
    resume = 0
    for index in view.where_lower(_DETERMINERS):
        following = bisect.bisect_left(noun_starts, index + 1)
        if following == len(noun_starts) or noun_starts[following] > index + _KIND_NOUN_REACH:
            continue  # no kind noun can follow this determiner
        if index < resume:
            continue
        lower = view.lowers[index]
        if view.word(index - 1) == ",":
            found = _kind_noun_at(view, index + 1)
            closing = found is not None and (
                not view.same_region(index, found[0])
                or view.word(found[0]) in (",", ".", ";", ")")
                or not view.capitalised[found[0]]
            )
            if found is not None and closing:
                end = index - 1
                start = _span_ending_at(view, owners, taken, end, covered)
                if start is not None:
                    _describe(
                        view,
                        places=places,
                        drafts=drafts,
                        taken=taken,
                        covered=covered,
                        span=(start, end),
                        kind=found[1],
                        owners=owners,
                    )
                resume = found[0]
                continue
        if lower == "the":
            found = _kind_noun_at(view, index + 1)
            if found is not None:
                start = found[0]
                end = taken.get(start) or _name_run(view, start, covered)
                if end > start:
                    _describe(
                        view,
                        places=places,
                        drafts=drafts,
                        taken=taken,
                        covered=covered,
                        span=(start, end),
                        kind=found[1],
                        owners=owners,
                    )
                    resume = end


def _span_ending_at(
    view: TokenView, owners: dict[int, _Draft], taken: dict[int, int], end: int, covered: set[int]
) -> int | None:
    """The start of an organisation name, or of a fresh capitalised run, ending at ``end``."""
    for start in range(max(0, end - 16), end):
        if start in owners and taken.get(start) == end:
            return start
    start = end
    while start - 1 >= 0 and end - start < 8 and view.same_region(start - 1, end - 1):
        previous = start - 1
        if view.capitalised[previous] or view.words[previous] in _DESCRIBED_JOINTS:
            start -= 1
        else:
            break
    while start < end and not view.capitalised[start]:
        start += 1
    if _name_run(view, start, covered) != end:
        return None
    return start


def _find_initialled(
    view: TokenView,
    places: Mapping[int, tuple[int, PlaceLike]],
    drafts: dict[str, _Draft],
    taken: dict[int, int],
    covered: set[int],
) -> None:
    """``Full Name (ACR)`` with no head noun, when ACR spells the name's initials.

    ``Immigration, Refugees and Citizenship Canada (IRCC)``; a name with an instrument word
    (``Global Compact for Migration (GCM)``) is no body.
    """
    known, _ = _known()
    for index in view.where(("(",)):
        if not is_acronym(view.word(index + 1)):
            continue
        if view.word(index + 2) != ")" or view.word(index + 1) in known or index - 1 in covered:
            continue
        letters = "".join(char for char in view.word(index + 1) if char.isupper())
        start = index
        while index - start < 12 and view.same_region(start - 1, index - 1):
            previous = start - 1
            if view.capitalised[previous] or view.words[previous] in _INITIALLED_JOINTS:
                start -= 1
            else:
                break
        capitals = [position for position in range(start, index) if view.capitalised[position]]
        if len(capitals) < len(letters) or len(letters) < 2:
            continue
        first = capitals[-len(letters)]
        if "".join(view.word(position)[0] for position in capitals[-len(letters) :]) != letters:
            continue
        words = {view.word(position) for position in range(first, index)}
        advocacy = _advocates(view, first, index)
        if (words & _instrument_words() and not advocacy) or any(
            p in covered for p in range(first, index)
        ):
            continue
        country = _country(view, places, first, index)
        kind = OrganizationKind.GOVERNMENT if country is not None else OrganizationKind.OTHER
        if advocacy:
            kind = OrganizationKind.NGO  # "Lawyers for Human Rights (LHR)"
        _claim_named(view, drafts, taken, covered, (first, index), kind=kind, country=country)


def _find_acronyms(view: TokenView, drafts: dict[str, _Draft], taken: dict[int, int]) -> None:
    """Acronym definitions next to names, then every bare use of a defined acronym."""
    by_first = _longest_by_first(drafts)
    defined: dict[str, _Draft] = {}
    for draft in drafts.values():
        if draft.known and draft.acronym is not None:
            defined[draft.acronym] = draft
    for first, end in sorted(taken.items()):
        draft = by_first[first]
        # Full Name (ACR)
        if (
            view.word(end) == "("
            and view.word(end + 2) == ")"
            and is_acronym(view.word(end + 1))
            and view.same_region(first, end + 2)
        ):
            acronym = view.word(end + 1)
            target = defined.get(acronym)
            if target is not None and target is not draft:
                _absorb(drafts, target, draft)
                draft = target
            elif draft.acronym is None:
                draft.acronym = acronym
            defined.setdefault(acronym, draft)
        # Full Name (Name in another language, ACR)
        glossed = _glossed_acronym(view, end)
        if glossed is not None and draft.acronym is None and glossed not in defined:
            draft.acronym = glossed
            defined[glossed] = draft
        # ACR (Full Name), ACR (the Full Name)
        opening = first - 2 if view.lower(first - 1) == "the" else first - 1
        if (
            view.word(opening) == "("
            and view.word(end) == ")"
            and is_acronym(view.word(opening - 1))
            and view.same_region(opening - 1, end)
            and opening - 1 not in taken
        ):
            acronym = view.word(opening - 1)
            if draft.acronym is None:
                draft.acronym = acronym
            defined.setdefault(acronym, draft)
    if not defined:
        return
    covered = {position for first, end in taken.items() for position in range(first, end)}
    for index in view.where(defined):
        target = defined[view.words[index]]
        if index in covered or target.known:
            continue
        target.mentions.append(OrgMention(first=index, end=index + 1, via=MentionVia.NAME))


def _glossed_acronym(view: TokenView, end: int) -> str | None:
    """The acronym closing a gloss in brackets right after token ``end``.

    ``National Migration Service (Servicio Nacional de Migraciones, SERMIG)``: the brackets
    open with a capitalised word, close within ``_MAX_GLOSS`` tokens in the same region,
    and end with a comma and an acronym.
    """
    if view.word(end) != "(" or not view.same_region(end, end + 1):
        return None
    if not view.capitalised[end + 1]:
        return None
    for close in range(end + 4, end + _MAX_GLOSS):
        if not view.same_region(end, close) or view.words[close] == "(":
            return None
        if view.words[close] == ")":
            acronym = view.words[close - 1]
            if view.words[close - 2] == "," and is_acronym(acronym):
                return acronym
            return None
    return None


def _absorb(drafts: dict[str, _Draft], target: _Draft, other: _Draft) -> None:
    target.mentions.extend(other.mentions)
    if len(other.name) > len(target.name) and not target.known:
        target.name = other.name
    drafts.pop(other.key, None)


def _merge_prefixes(drafts: dict[str, _Draft]) -> None:
    """A name that is the part before the comma of a longer name is a partial mention."""
    headed = [draft for draft in drafts.values() if not draft.known]
    before_comma: dict[tuple[str, ...], _Draft] = {}
    for long in headed:
        if "," in long.name_words:
            before_comma.setdefault(long.name_words[: long.name_words.index(",")], long)
    for short in headed:
        target = before_comma.get(short.name_words)
        if target is None or target is short or short.key not in drafts:
            continue
        target.mentions.extend(
            attrs.evolve(mention, via=MentionVia.PARTIAL_NAME) for mention in short.mentions
        )
        if target.acronym is None:
            target.acronym = short.acronym
        drafts.pop(short.key, None)


def _finish(drafts: dict[str, _Draft]) -> tuple[FoundOrganization, ...]:
    found: dict[str, FoundOrganization] = {}
    ordered = sorted(drafts.values(), key=lambda draft: min(m.first for m in draft.mentions))
    for draft in ordered:
        org_id = _org_id(draft.acronym or draft.name)
        mentions = sorted(
            {(mention.first, mention.end): mention for mention in draft.mentions}.values(),
            key=lambda mention: (mention.first, mention.end),
        )
        previous = found.get(org_id)
        if previous is not None:
            mentions = sorted(
                [*previous.mentions, *mentions], key=lambda mention: (mention.first, mention.end)
            )
            found[org_id] = attrs.evolve(previous, mentions=tuple(mentions))
            continue
        found[org_id] = FoundOrganization(
            id=org_id,
            name=draft.name,
            acronym=draft.acronym,
            kind=draft.kind,
            country=draft.country,
            national=draft.national,
            family=draft.family,
            words=frozenset(word.lower() for word in draft.name_words if word[0].isalpha()),
            mentions=tuple(mentions),
        )
    return tuple(found.values())
