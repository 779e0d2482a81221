"""Cross-article entity resolution and the Corpus record."""

from __future__ import annotations

import pytest

from handmade import corpus, dakar_article, madrid_article
from migmodel import Corpus, EntityKind
from migmodel.corpus import resolve_entities


def _entity(entity_id: str):  # type: ignore[no-untyped-def]
    return next(entity for entity in corpus().entities if entity.id == entity_id)


def test_same_person_in_two_articles_is_one_entity() -> None:
    """A person named the same way in two articles becomes one corpus entity."""
    assert _entity("person:awa-ndiaye").article_ids == ("dakar01", "madrid01")


def test_person_mentions_are_kept_per_article() -> None:
    """The corpus entity keeps each article's mentions apart."""
    assert [len(o.mentions) for o in _entity("person:awa-ndiaye").occurrences] == [2, 1]


def test_acronym_and_full_name_are_one_organisation() -> None:
    """An organisation named in full in one article and by acronym in another is one."""
    assert _entity("org:ilo").article_ids == ("dakar01", "madrid01")


def test_organisation_takes_its_fullest_name() -> None:
    """The merged organisation is named by its longest name."""
    assert _entity("org:ilo").name == "International Labour Organization"


def test_countries_merge_by_iso_code() -> None:
    """Countries are the same place across articles by their ISO code."""
    assert _entity("place:SN").article_ids == ("dakar01", "madrid01")


def test_person_country_comes_from_nationality_or_roles() -> None:
    """A merged person's country is the one their articles agree on."""
    assert _entity("person:awa-ndiaye").country == "SN"


def test_surname_alone_joins_the_one_full_name() -> None:
    """A person known only by surname in one article joins the unique full name."""
    import attrs

    madrid = madrid_article()
    surname_only = attrs.evolve(
        madrid,
        persons=(attrs.evolve(madrid.persons[0], id="person:ndiaye", name="Ndiaye"),),
    )
    entities = resolve_entities((dakar_article(), surname_only))
    people = [e for e in entities if e.kind is EntityKind.PERSON]
    assert [p.article_ids for p in people] == [("dakar01", "madrid01")]


def test_contradicting_countries_keep_namesakes_apart() -> None:
    """Two people with one name but different nationalities stay two entities."""
    import attrs

    madrid = madrid_article()
    namesake = attrs.evolve(
        madrid,
        persons=(attrs.evolve(madrid.persons[0], nationality="ES", roles=()),),
    )
    entities = resolve_entities((dakar_article(), namesake))
    assert len([e for e in entities if e.kind is EntityKind.PERSON]) == 2


def test_corpus_repr_is_one_short_line() -> None:
    """The corpus repr fits a prompt line."""
    assert repr(corpus()) == "<Corpus: 2 articles, 5 entities>"


def test_corpus_equality_ignores_the_entity_cache() -> None:
    """Computing entities does not change what a corpus equals."""
    first = corpus()
    _ = first.entities
    assert first == corpus()


def test_article_by_source() -> None:
    """An article can be found by its source as well as its id."""
    assert corpus().article("news/madrid.txt").id == "madrid01"


def test_unknown_article_raises_lookup_error() -> None:
    """Asking for an article the corpus lacks raises LookupError."""
    with pytest.raises(LookupError, match="no article with id or source 'nope'"):
        corpus().article("nope")


def test_corpus_of_builds_from_any_iterable() -> None:
    """Corpus.of takes any iterable of articles."""
    assert len(Corpus.of(iter([dakar_article()]))) == 1


def test_corpus_summary_ends_with_the_timeline() -> None:
    """The corpus summary lists its dated facts at the end."""
    assert corpus().summary().splitlines()[-1].startswith("  2024-03-11")
