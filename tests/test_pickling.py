"""Pickling: what distributed engines (Dask, Spark, Ray) and ``parse_many`` rely on.

Every public type survives ``pickle`` unchanged, a parse in a fresh child process equals
one in the parent (the lexicons load the same everywhere, no global state leaks), and
migmodel's errors cross a process boundary with their attributes.
"""

from __future__ import annotations

import enum
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import migmodel
from migmodel import (
    DecodeError,
    MigmodelError,
    SchemaError,
    SourceError,
    parse_article,
    strategies,
    to_json,
)

STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "Article": strategies.articles(),
    "ArticleMentions": strategies.article_mentions(),
    "Cooccurrence": strategies.cooccurrences(),
    "Corpus": strategies.corpora(),
    "CorpusEntity": strategies.corpus_entities(),
    "DateMention": strategies.date_mentions(),
    "EntityRef": strategies.entity_refs(),
    "Event": strategies.events(),
    "Furniture": strategies.furniture(),
    "FuzzyDate": strategies.fuzzy_dates(),
    "Mention": strategies.mentions(),
    "Organization": strategies.organizations(),
    "Paragraph": strategies.paragraphs(),
    "ParseWarning": strategies.parse_warnings(),
    "Person": strategies.persons(),
    "Place": strategies.places(),
    "Policy": strategies.policies(),
    "Quantity": strategies.quantities(),
    "Role": strategies.roles(),
    "Span": strategies.spans(),
    "Statement": strategies.statements(),
    "TimelineEntry": strategies.timeline_entries(),
}
"""A strategy for each public record type, by name."""

PUBLIC_RECORDS = sorted(
    name for name in migmodel.__all__ if attrs.has(getattr(migmodel, name, None) or object)
)
PUBLIC_ENUMS = sorted(
    name
    for name in migmodel.__all__
    if isinstance(getattr(migmodel, name), type) and issubclass(getattr(migmodel, name), enum.Enum)
)
PROTOCOLS = range(2, pickle.HIGHEST_PROTOCOL + 1)

STORY = (
    "Kenya and Qatar Sign Labour Agreement\n\n"
    "NAIROBI, June 4 (KNA) - Kenya and Qatar on Tuesday signed a bilateral labour agreement "
    "that will open 10,000 jobs to Kenyan workers, Labour Cabinet Secretary Florence Bore "
    "said.\n\n"
    "\u201cOur workers deserve protection wherever they go,\u201d Bore told reporters in "
    "Nairobi, adding that the deal would take effect in January 2025."
)


def _round_trip(value: object, protocol: int = pickle.HIGHEST_PROTOCOL) -> Any:
    """``value`` pickled and unpickled."""
    return pickle.loads(pickle.dumps(value, protocol=protocol))


def test_every_public_record_type_has_a_strategy() -> None:
    """The table of strategies covers every public record type of ``migmodel``."""
    assert sorted(STRATEGIES) == PUBLIC_RECORDS


@pytest.mark.parametrize("name", sorted(STRATEGIES))
@given(data=st.data())
def test_public_record_pickles(name: str, data: st.DataObject) -> None:
    """Every public record type comes back equal from pickle."""
    value = data.draw(STRATEGIES[name])
    assert _round_trip(value) == value


@pytest.mark.parametrize("name", PUBLIC_ENUMS)
def test_public_enum_members_pickle_to_themselves(name: str) -> None:
    """Every member of every public enum unpickles to the very same member."""
    members = list(getattr(migmodel, name))
    assert [_round_trip(member) for member in members] == members


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_parsed_article_pickles_with_every_protocol(protocol: int) -> None:
    """A parsed article survives every pickle protocol from 2 up."""
    article = parse_article(STORY, source="inbox/nairobi.txt")
    assert _round_trip(article, protocol) == article


def test_an_unpickled_article_gives_the_same_json() -> None:
    """An article and its pickled copy serialise to identical JSON."""
    article = parse_article(STORY)
    assert to_json(_round_trip(article)) == to_json(article)


def test_an_unpickled_corpus_answers_queries_alike() -> None:
    """A corpus that has already answered a query pickles and answers it alike."""
    corpus = migmodel.Corpus(articles=(parse_article(STORY), parse_article(STORY, source="b")))
    people = corpus.people()
    assert _round_trip(corpus).people() == people


def test_a_parse_in_a_fresh_child_process_equals_one_in_the_parent() -> None:
    """An article parsed in a spawned process equals the one parsed in this process."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        child = pool.submit(parse_article, STORY, source="inbox/nairobi.txt").result()
    assert child == parse_article(STORY, source="inbox/nairobi.txt")


ERRORS: dict[str, MigmodelError] = {
    "SchemaError": SchemaError("expected str, got 7", path="persons[0].name", source="a.json"),
    "DecodeError": DecodeError("invalid utf-8 byte 0xff", offset=12, source="news/a.txt"),
    "SourceError": SourceError("no such file or directory", source="news/missing.txt"),
    "MigmodelError": MigmodelError("something went wrong"),
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_error_pickles_with_its_message(name: str) -> None:
    """Every migmodel error unpickles with the same type and message."""
    error = ERRORS[name]
    copy = _round_trip(error)
    assert (type(copy), str(copy)) == (type(error), str(error))


def test_schema_error_keeps_its_path_and_source() -> None:
    """An unpickled SchemaError keeps its reason, path and source."""
    copy = _round_trip(ERRORS["SchemaError"])
    assert (copy.reason, copy.path, copy.source) == (
        "expected str, got 7",
        "persons[0].name",
        "a.json",
    )


def test_decode_error_keeps_its_offset_and_source() -> None:
    """An unpickled DecodeError keeps its reason, offset and source."""
    copy = _round_trip(ERRORS["DecodeError"])
    assert (copy.reason, copy.offset, copy.source) == ("invalid utf-8 byte 0xff", 12, "news/a.txt")


def test_source_error_keeps_its_source() -> None:
    """An unpickled SourceError keeps its reason and source."""
    copy = _round_trip(ERRORS["SourceError"])
    assert (copy.reason, copy.source) == ("no such file or directory", "news/missing.txt")


def test_a_decode_error_raised_in_a_worker_reaches_the_parent() -> None:
    """A DecodeError raised in a worker process is re-raised in the parent, offset intact."""
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(parse_article, b"Nairobi \xff", source="inbox/bad.txt")
        with pytest.raises(DecodeError) as error:
            future.result()
    assert error.value.offset == 8
