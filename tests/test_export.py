"""Flat records and schema.org JSON-LD."""

from __future__ import annotations

import csv
import io
import json

import pytest

from handmade import corpus, dakar_article
from migmodel.export import records, to_jsonld


def test_statement_records_are_one_per_statement() -> None:
    """records('statements') gives one row per statement in the corpus."""
    assert len(records(corpus(), "statements")) == 3


def test_records_of_a_kind_share_their_keys() -> None:
    """Every row of a kind has the same keys, so a DataFrame or CSV takes them as they are."""
    rows = records(corpus(), "statements")
    assert len({tuple(row) for row in rows}) == 1


def test_people_records_are_one_per_person_role() -> None:
    """records('people') gives one row per person and role."""
    assert [row["title"] for row in records(corpus(), "people")] == [
        "Minister of Labour",
        "Minister",
    ]


def test_event_records_flatten_the_date() -> None:
    """Event rows carry the date as text and as its two bounds."""
    row = records(corpus(), "events")[0]
    assert (row["date"], row["date_earliest"], row["date_latest"]) == (
        "2024-03-11",
        "2024-03-11",
        "2024-03-11",
    )


def test_policy_records_join_topics_as_text() -> None:
    """Multi-valued fields are joined with '; ' so every cell is a scalar."""
    assert records(corpus(), "policies")[0]["topics"] == "human_trafficking"


def test_records_write_to_csv() -> None:
    """csv.DictWriter takes the rows as they are."""
    rows = records(corpus(), "events")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    assert out.getvalue().splitlines()[0].startswith("article_id,source,event_id,kind")


def test_records_of_unknown_kind_raise_value_error() -> None:
    """An unknown record kind names the known ones."""
    with pytest.raises(ValueError, match="choose one of statements, events, people, policies"):
        records(corpus(), "quotes")


def test_records_keep_only_the_chosen_facts() -> None:
    """only= keeps the rows of the facts whose id() it holds."""
    chosen = corpus()
    wanted = {id(chosen.articles[1].statements[0])}
    assert [row["article_id"] for row in records(chosen, "statements", only=wanted)] == ["madrid01"]


def test_jsonld_is_a_news_article() -> None:
    """to_jsonld gives a schema.org NewsArticle."""
    assert to_jsonld(dakar_article())["@type"] == "NewsArticle"


def test_jsonld_mentions_people_organisations_and_places() -> None:
    """Its mentions list the people, organisations and places."""
    types = [node["@type"] for node in to_jsonld(dakar_article())["mentions"]]
    assert types == ["Person", "Organization", "Place", "Place"]


def test_jsonld_event_has_location_and_start_date() -> None:
    """Events carry a location and a startDate."""
    event = to_jsonld(dakar_article())["about"][0]
    assert (event["location"]["name"], event["startDate"]) == ("Dakar", "2024-03-11")


def test_jsonld_person_has_job_title() -> None:
    """A person's first role is its jobTitle."""
    assert to_jsonld(dakar_article())["mentions"][0]["jobTitle"] == "Minister of Labour"


def test_jsonld_is_json_serialisable() -> None:
    """The JSON-LD dict dumps as JSON."""
    assert json.loads(json.dumps(to_jsonld(dakar_article())))["headline"].startswith("Senegal")
