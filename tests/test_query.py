"""The query helpers, on two hand-built articles."""

from __future__ import annotations

import datetime as dt

import pytest

from handmade import corpus
from migmodel import EventKind, PolicyKind, StatementKind, Topic
from migmodel.query import about, by_cue, by_speaker, find_entity, of_kind


def test_person_found_by_surname_in_any_case() -> None:
    """corpus.person finds a person by surname, ignoring case."""
    assert corpus().person("NDIAYE").id == "person:awa-ndiaye"


def test_person_found_by_accented_spelling() -> None:
    """corpus.person ignores accents in the query."""
    assert corpus().person("Àwa Ndiayé").id == "person:awa-ndiaye"


def test_unknown_person_raises_lookup_error() -> None:
    """An unknown name raises LookupError saying so."""
    with pytest.raises(LookupError, match="no person is known as 'Nobody'"):
        corpus().person("Nobody")


def test_ambiguous_name_lists_the_candidates() -> None:
    """A name that fits several entities raises LookupError listing them."""
    import attrs

    entities = corpus().entities
    twin = attrs.evolve(entities[0], id="person:awa-ndiaye-2")
    with pytest.raises(LookupError, match=r"fits several.*\(person:awa-ndiaye\).*-2\)"):
        find_entity([*entities, twin], "Ndiaye")


def test_organisation_found_by_acronym() -> None:
    """corpus.organization finds an organisation by its acronym."""
    assert corpus().organization("ilo").name == "International Labour Organization"


def test_place_found_by_iso_code() -> None:
    """corpus.place finds a country by its ISO code."""
    assert corpus().place("SN").name == "Senegal"


def test_people_lists_most_mentioned_first() -> None:
    """corpus.people lists people, most mentioned first."""
    assert [p.name for p in corpus().people()] == ["Awa Ndiaye"]


def test_statements_by_speaker() -> None:
    """statements(speaker=...) keeps the statements of that speaker."""
    assert len(corpus().statements(speaker="Ndiaye")) == 2


def test_statements_by_organisation_speaker() -> None:
    """An organisation can be the speaker asked for."""
    assert [s.cue for s in corpus().statements(speaker="International Labour Organization")] == [
        "say"
    ]


def test_statements_by_topic() -> None:
    """statements(topic=...) keeps statements tagged with the topic."""
    assert [s.kind for s in corpus().statements(topic=Topic.MIGRANT_SMUGGLING)] == [
        StatementKind.DIRECT
    ]


def test_statements_by_kind_as_text() -> None:
    """Filters accept enum values as plain strings."""
    assert len(corpus().statements(kind="reported")) == 2


def test_statements_by_speaker_country() -> None:
    """statements(country=...) keeps those whose speaker belongs to the country."""
    assert len(corpus().statements(country="sn")) == 2


def test_predicates_compose_with_and() -> None:
    """by_speaker & about keep only statements that pass both."""
    statements = [s for a in corpus().articles for s in a.statements]
    wanted = by_speaker("ndiaye") & about(Topic.REGULAR_PATHWAYS)
    assert [s.kind for s in filter(wanted, statements)] == [StatementKind.REPORTED]


def test_predicates_compose_with_or_and_not() -> None:
    """| and ~ combine predicates too."""
    statements = [s for a in corpus().articles for s in a.statements]
    wanted = ~by_speaker("ndiaye") | of_kind("direct")
    assert len(list(filter(wanted, statements))) == 2


def test_by_cue_matches_the_lemma() -> None:
    """by_cue compares the reporting verb's lemma."""
    statements = [s for a in corpus().articles for s in a.statements]
    assert len(list(filter(by_cue("say"), statements))) == 3


def test_events_by_kind() -> None:
    """events(kind=...) keeps events of that kind."""
    assert len(corpus().events(kind=EventKind.SIGNING)) == 1


def test_events_by_country_code_place() -> None:
    """events(place=CC) keeps events anywhere in that country."""
    assert len(corpus().events(place="SN")) == 1


def test_events_between_dates_overlap() -> None:
    """events(between=...) keeps events whose date overlaps the interval."""
    assert corpus().events(between=(dt.date(2024, 1, 1), dt.date(2024, 3, 11)))[0].id == "event:1"


def test_events_outside_the_interval_are_left_out() -> None:
    """An event dated after the interval is not returned."""
    assert corpus().events(between=(dt.date(2020, 1, 1), dt.date(2020, 12, 31))) == ()


def test_policies_by_country() -> None:
    """policies(country=...) keeps the policies the country owns."""
    assert [p.kind for p in corpus().policies(country="ES")] == [PolicyKind.PROGRAMME]


def test_policies_by_topic() -> None:
    """policies(topic=...) keeps those about the topic."""
    assert len(corpus().policies(topic="human_trafficking")) == 1


def test_timeline_is_sorted_by_date() -> None:
    """The timeline runs from the oldest dated fact."""
    assert [str(e.date) for e in corpus().timeline()] == ["2023-03", "2024-03-11", "2024-03-11"]


def test_timeline_for_a_country_keeps_its_facts() -> None:
    """timeline(country) keeps facts about that country only."""
    assert [e.kind for e in corpus().timeline("ES")] == ["programme"]


def test_cooccurrence_counts_shared_articles() -> None:
    """Places named in the same article are paired with a count."""
    pairs = {(c.first, c.second): c.count for c in corpus().cooccurrence("place")}
    assert pairs[("place:SN", "place:dakar")] == 1


def test_evidence_gives_the_sentence_behind_a_statement() -> None:
    """evidence returns the source sentence of a fact."""
    c = corpus()
    assert c.evidence(c.articles[0].statements[1]).startswith("“No one should risk")


def test_evidence_of_a_timeline_entry() -> None:
    """evidence works on timeline entries too."""
    c = corpus()
    assert "National Plan" in c.evidence(c.timeline()[0])


def test_evidence_of_a_foreign_fact_raises() -> None:
    """A fact from outside the corpus has no evidence in it."""
    from handmade import dakar_article
    from migmodel import Corpus

    with pytest.raises(LookupError):
        Corpus(articles=()).evidence(dakar_article().statements[0])


def test_timeline_keeps_dates_no_fact_carries_as_mentions() -> None:
    """A resolved date that no event, policy or statement carries is a ``mention`` entry."""
    import attrs

    from handmade import MADRID_TEXT, madrid_article
    from migmodel import Corpus, DateMention, FuzzyDate, Span

    start = MADRID_TEXT.index("March")
    march = DateMention(
        text="March", value=FuzzyDate.month(2022, 3), span=Span(start=start, end=start + 5)
    )
    article = attrs.evolve(madrid_article(), dates=(march,))
    assert [e.kind for e in Corpus(articles=(article,)).timeline()] == ["mention", "programme"]
