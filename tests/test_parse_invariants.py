"""Invariants every parsed article keeps, on the fixtures, the seeds and any text at all.

Spans are evidence: each lies inside ``Article.text`` and its text is exactly the
text it covers. The layout (title, dateline, paragraphs, furniture) partitions the
page: its parts never overlap and together cover every non-whitespace character.
Every entity reference points at an entity of the article. Articles survive a JSON
round trip and parsing is deterministic.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmodel import Article, EntityRef, Mention, Span, WarningCode

ROOT = Path(__file__).parent
ARTICLE_FILES = tuple(sorted((ROOT / "fixtures").glob("*.txt"))) + tuple(
    sorted((ROOT.parent / "seeds").glob("*.txt"))
)
NAMES = tuple(path.name for path in ARTICLE_FILES)

FRAGMENTS = (
    "RABAT, April 23 (MAP) - ",
    "GENEVA (IOM) – ",
    "Madrid: ",
    "Saturday, April 27, 2024\n",
    "Updated: 12/03/2024 10:15\n",
    "By Jane Roe\n",
    "The Minister of Labour, Amadou Fall, said ",
    "“We will act,” she said. ",
    "« Nous agirons », ",
    '"unclosed ',
    "the International Organization for Migration (IOM) ",
    "on Tuesday ",
    "in December 2018 ",
    "some 3,500 migrants ",
    "the National Strategy for Asylum ",
    "signed a memorandum of understanding ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u200f",
    "\u202e",
    "\u00a0",
    "\ufeff",
    "\x00",
    "\x1b[0m",
    "😀🇲🇦",
    "مرحبا ",
    "(Official)",
    "- Advertisement -",
)


@functools.cache
def _parse_file(name: str) -> Article:
    """Parse a fixture or seed once per test session."""
    from migmodel import parse_article

    path = next(path for path in ARTICLE_FILES if path.name == name)
    return parse_article(path.read_bytes(), source=name)


def _parse_text(text: str | bytes) -> Article:
    """Parse a string afresh."""
    from migmodel import parse_article

    return parse_article(text)


def _to_json(article: Article) -> str:
    """The article as JSON."""
    from migmodel.convert import to_json

    return to_json(article)


def _from_json(text: str) -> Article:
    """An article back from JSON."""
    from migmodel.convert import from_json

    return from_json(text, Article)


def _evidence(article: Article) -> Iterator[tuple[str, Span, str | None]]:
    """Every span of the article, with a label and the text it claims to cover (if any)."""
    if article.title_span is not None:
        yield "title", article.title_span, article.title
    if article.dateline_span is not None:
        yield "dateline", article.dateline_span, None
    for paragraph in article.paragraphs:
        yield f"paragraph {paragraph.index}", paragraph.span, paragraph.text
    for piece in article.furniture:
        yield f"furniture {piece.kind.value}", piece.span, piece.text
    mentions: list[tuple[str, Mention]] = []
    for person in article.persons:
        mentions.extend((f"mention of {person.id}", m) for m in person.mentions)
    for org in article.organizations:
        mentions.extend((f"mention of {org.id}", m) for m in org.mentions)
    for place in article.places:
        mentions.extend((f"mention of {place.id}", m) for m in place.mentions)
    for policy in article.policies:
        mentions.extend((f"mention of {policy.id}", m) for m in policy.mentions)
        yield f"policy {policy.id}", policy.span, None
        for quantity in policy.quantities:
            yield f"quantity of {policy.id}", quantity.span, quantity.text
    for statement in article.statements:
        yield f"statement in paragraph {statement.paragraph}", statement.span, statement.text
        if statement.speaker_mention is not None:
            mentions.append(("speaker mention", statement.speaker_mention))
    for label, mention in mentions:
        yield label, mention.span, mention.text
    for event in article.events:
        yield f"event {event.id}", event.span, None
    for date in article.dates:
        yield f"date {date.text!r}", date.span, date.text
    for quantity in article.quantities:
        yield f"quantity {quantity.text!r}", quantity.span, quantity.text
    for warning in article.warnings:
        if warning.span is not None:
            yield f"warning {warning.code.value}", warning.span, None


def _span_problems(article: Article) -> list[str]:
    """Spans that run past the text, and texts that differ from what their span covers."""
    problems = []
    for label, span, text in _evidence(article):
        if span.end > len(article.text):
            problems.append(f"{label}: span {span.start}:{span.end} runs past the text")
        elif text is not None and span.of(article.text) != text:
            problems.append(f"{label}: {text!r} != text[{span.start}:{span.end}]")
    return problems


def _layout(article: Article) -> list[tuple[str, Span]]:
    """The layout's parts: title, dateline, paragraphs and furniture, in text order."""
    parts: list[tuple[str, Span]] = []
    if article.title_span is not None:
        parts.append(("title", article.title_span))
    if article.dateline_span is not None:
        parts.append(("dateline", article.dateline_span))
    parts.extend((f"paragraph {p.index}", p.span) for p in article.paragraphs)
    parts.extend((f"furniture {f.text[:20]!r}", f.span) for f in article.furniture)
    return sorted(parts, key=lambda part: (part[1].start, part[1].end))


def _overlap_problems(article: Article) -> list[str]:
    """Pairs of layout parts that share characters."""
    parts = _layout(article)
    return [
        f"{first} overlaps {second}"
        for (first, one), (second, other) in itertools.pairwise(parts)
        if one.overlaps(other)
    ]


def _coverage_problems(article: Article) -> list[str]:
    """Non-whitespace characters that no layout part covers."""
    covered = bytearray(len(article.text))
    for _, span in _layout(article):
        covered[span.start : span.end] = b"\x01" * len(span)
    missed = [
        index
        for index, char in enumerate(article.text)
        if not covered[index] and not char.isspace()
    ]
    if not missed:
        return []
    first = missed[0]
    context = article.text[first : first + 20]
    return [f"{len(missed)} characters uncovered, first at {first}: {context!r}"]


def _references(article: Article) -> Iterator[tuple[str, EntityRef]]:
    """Every entity reference the article's facts hold."""
    if article.dateline_place is not None:
        yield "dateline place", article.dateline_place
    for person in article.persons:
        for role in person.roles:
            if role.organization is not None:
                yield f"role of {person.id}", role.organization
    for statement in article.statements:
        if statement.speaker is not None:
            yield f"speaker in paragraph {statement.paragraph}", statement.speaker
    for event in article.events:
        if event.place is not None:
            yield f"place of {event.id}", event.place
        for ref in (*event.organizers, *event.participants):
            yield f"actor of {event.id}", ref
    for policy in article.policies:
        for ref in policy.parties:
            yield f"party to {policy.id}", ref


def _reference_problems(article: Article) -> list[str]:
    """References that point at no entity of the article, or at one of another kind or name."""
    entities: dict[str, EntityRef] = {}
    for group in (article.persons, article.organizations, article.places):
        entities.update((entity.id, entity.ref) for entity in group)
    return [
        f"{label}: {ref.id} is not {entities.get(ref.id)}"
        for label, ref in _references(article)
        if entities.get(ref.id) != ref
    ]


def _structure_problems(article: Article) -> list[str]:
    """Paragraph numbering, statement paragraphs and id uniqueness."""
    problems = []
    indices = [paragraph.index for paragraph in article.paragraphs]
    if indices != list(range(len(indices))):
        problems.append(f"paragraph indices {indices}")
    for statement in article.statements:
        if statement.paragraph >= len(article.paragraphs):
            problems.append(f"statement in missing paragraph {statement.paragraph}")
        elif not article.paragraphs[statement.paragraph].span.contains(statement.span):
            problems.append(f"statement {statement.text[:30]!r} outside its paragraph")
    for kind, ids in (
        ("person", [p.id for p in article.persons]),
        ("organization", [o.id for o in article.organizations]),
        ("place", [p.id for p in article.places]),
        ("event", [e.id for e in article.events]),
        ("policy", [p.id for p in article.policies]),
    ):
        if len(set(ids)) != len(ids):
            problems.append(f"duplicate {kind} ids {sorted(ids)}")
    return problems


def _all_problems(article: Article) -> list[str]:
    """Every invariant broken by ``article``."""
    return [
        *_span_problems(article),
        *_overlap_problems(article),
        *_coverage_problems(article),
        *_reference_problems(article),
        *_structure_problems(article),
    ]


@pytest.mark.parametrize("name", NAMES)
def test_spans_cover_exactly_their_text(name: str) -> None:
    """Every span lies in the text and every mention's text is the text it covers."""
    assert _span_problems(_parse_file(name)) == []


@pytest.mark.parametrize("name", NAMES)
def test_layout_parts_do_not_overlap(name: str) -> None:
    """Title, dateline, paragraphs and furniture never share a character."""
    assert _overlap_problems(_parse_file(name)) == []


@pytest.mark.parametrize("name", NAMES)
def test_layout_covers_all_non_whitespace(name: str) -> None:
    """Every non-whitespace character belongs to the title, dateline, a paragraph or furniture."""
    assert _coverage_problems(_parse_file(name)) == []


@pytest.mark.parametrize("name", NAMES)
def test_references_point_at_entities(name: str) -> None:
    """Every speaker, organiser, participant, party and role organisation is an entity."""
    assert _reference_problems(_parse_file(name)) == []


@pytest.mark.parametrize("name", NAMES)
def test_paragraphs_statements_and_ids_are_consistent(name: str) -> None:
    """Paragraphs are numbered from 0, statements lie in their paragraph, ids are unique."""
    assert _structure_problems(_parse_file(name)) == []


@pytest.mark.parametrize("name", NAMES)
def test_every_article_has_a_body(name: str) -> None:
    """Every fixture and seed has at least one body paragraph."""
    assert _parse_file(name).paragraphs


@pytest.mark.parametrize("name", NAMES)
def test_no_stage_fails(name: str) -> None:
    """No stage of the pipeline gives up on a fixture or seed."""
    assert [w.message for w in _parse_file(name).warnings if w.code == "stage_failed"] == []


@pytest.mark.parametrize("name", NAMES)
def test_json_round_trip(name: str) -> None:
    """``from_json(to_json(article), Article)`` gives the article back."""
    article = _parse_file(name)
    assert _from_json(_to_json(article)) == article


@pytest.mark.parametrize("name", NAMES)
def test_parsing_is_deterministic(name: str) -> None:
    """Parsing the same file twice gives identical JSON."""
    from migmodel import parse_article

    path = next(path for path in ARTICLE_FILES if path.name == name)
    again = parse_article(path.read_bytes(), source=name)
    assert _to_json(again) == _to_json(_parse_file(name))


def test_bytes_and_str_give_the_same_article() -> None:
    """UTF-8 bytes parse to the same article as the decoded string."""
    text = (ROOT / "fixtures" / "02_dakar-aps-reintegration.txt").read_text(encoding="utf-8")
    assert _parse_text(text) == _parse_text(text.encode("utf-8"))


def test_nothing_recognisable_gives_empty_collections() -> None:
    """A text with no actor, statement, event or policy gives empty collections."""
    article = _parse_text("lorem ipsum dolor sit amet, consectetur adipiscing elit.")
    found = (
        article.persons,
        article.organizations,
        article.places,
        article.statements,
        article.events,
        article.policies,
    )
    assert found == ((),) * 6


def test_nothing_recognisable_gives_a_warning() -> None:
    """A text with nothing recognisable carries a NOTHING_FOUND warning."""
    article = _parse_text("lorem ipsum dolor sit amet, consectetur adipiscing elit.")
    assert WarningCode.NOTHING_FOUND in {warning.code for warning in article.warnings}


def test_empty_text_gives_a_warning() -> None:
    """The empty string parses to an article with an EMPTY_TEXT warning."""
    assert WarningCode.EMPTY_TEXT in {warning.code for warning in _parse_text("").warnings}


def test_long_single_line_parses_with_invariants() -> None:
    """A 1 MB text on one line parses and keeps the invariants."""
    text = "The minister said 3,500 migrants arrived in Dakar on Monday. " * 17_000
    assert _all_problems(_parse_text(text)) == []


texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=30).map("".join),
)


@given(texts)
def test_any_text_gives_an_article_with_the_invariants(text: str) -> None:
    """For any string, ``parse_article`` returns an article that keeps every invariant."""
    assert _all_problems(_parse_text(text)) == []


@given(texts)
def test_any_article_survives_json(text: str) -> None:
    """For any string, the parsed article survives a JSON round trip."""
    article = _parse_text(text)
    assert _from_json(_to_json(article)) == article
