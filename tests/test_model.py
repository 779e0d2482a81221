"""The model's records: immutable, hashable, picklable, validated, and readable in a REPL."""

from __future__ import annotations

import datetime as dt
import pickle
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmodel import strategies
from migmodel.model import (
    Article,
    EntityKind,
    EntityRef,
    Furniture,
    FuzzyDate,
    Mention,
    Paragraph,
    Person,
    Precision,
    Role,
    Span,
    Topic,
)
from record_strategies import STRATEGIES, TYPE_NAMES

# --- every record ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", TYPE_NAMES)
@given(data=st.data())
def test_strategy_draws_the_named_type(name: str, data: st.DataObject) -> None:
    """Each strategy draws instances of the type it is named after."""
    assert type(data.draw(STRATEGIES[name])).__name__ == name


@pytest.mark.parametrize("name", TYPE_NAMES)
@given(data=st.data())
def test_records_survive_pickling(name: str, data: st.DataObject) -> None:
    """Every record pickles and unpickles to an equal record."""
    record = data.draw(STRATEGIES[name])
    assert pickle.loads(pickle.dumps(record)) == record


@pytest.mark.parametrize("name", TYPE_NAMES)
@given(data=st.data())
def test_equal_records_hash_equal(name: str, data: st.DataObject) -> None:
    """Records are hashable, and a record and its equal copy have the same hash."""
    record = data.draw(STRATEGIES[name])
    assert hash(record) == hash(attrs.evolve(record))


@pytest.mark.parametrize("name", TYPE_NAMES)
@given(data=st.data())
def test_records_are_frozen(name: str, data: st.DataObject) -> None:
    """Assigning to any field of a record raises FrozenInstanceError."""
    record = data.draw(STRATEGIES[name])
    field = data.draw(st.sampled_from([field.name for field in attrs.fields(type(record))]))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field, None)


@given(strategies.articles())
def test_article_paragraphs_quote_the_text(article: Article) -> None:
    """In drawn articles, paragraph texts are the text their spans cover."""
    assert all(part.span.of(article.text) == part.text for part in article.paragraphs)


@given(strategies.articles())
def test_article_furniture_quotes_the_text(article: Article) -> None:
    """In drawn articles, furniture texts are the text their spans cover."""
    assert all(part.span.of(article.text) == part.text for part in article.furniture)


@given(strategies.articles())
def test_article_mentions_quote_the_text(article: Article) -> None:
    """In drawn articles, every entity mention is the text its span covers."""
    mentions = [mention for person in article.persons for mention in person.mentions]
    mentions.extend(mention for org in article.organizations for mention in org.mentions)
    mentions.extend(mention for place in article.places for mention in place.mentions)
    assert all(mention.span.of(article.text) == mention.text for mention in mentions)


# --- validators -----------------------------------------------------------------------------


def _whole(message: str) -> str:
    """A ``match`` pattern for exactly ``message``."""
    return f"^{re.escape(message)}$"


def test_span_end_before_start_is_rejected() -> None:
    """A span cannot end before it starts."""
    with pytest.raises(ValueError, match=_whole("Span end 2 is before start 5")):
        Span(start=5, end=2)


def test_span_negative_start_is_rejected() -> None:
    """A span cannot start before the text does."""
    with pytest.raises(ValueError, match=_whole("Span start must be >= 0, got -1")):
        Span(start=-1, end=2)


def test_span_string_offset_is_rejected() -> None:
    """Span offsets must be ints."""
    with pytest.raises(TypeError):
        Span(start="0", end=2)  # type: ignore[arg-type]


def test_role_country_must_be_an_alpha2_code() -> None:
    """A role's country is an ISO 3166-1 alpha-2 code, not a country name."""
    with pytest.raises(
        ValueError,
        match=_whole("Role.country must be an ISO 3166-1 alpha-2 code like 'MA', got 'Ghana'"),
    ):
        Role(title="Ambassador", country="Ghana")


def test_person_nationality_must_be_upper_case() -> None:
    """A lower-case country code is rejected."""
    with pytest.raises(
        ValueError,
        match=_whole("Person.nationality must be an ISO 3166-1 alpha-2 code like 'MA', got 'gh'"),
    ):
        Person(id="person:kofi-mensah", name="Kofi Mensah", nationality="gh")


def test_fuzzy_date_latest_before_earliest_is_rejected() -> None:
    """A date interval cannot end before it starts."""
    with pytest.raises(
        ValueError, match=_whole("FuzzyDate latest 2024-01-31 is before earliest 2024-02-01")
    ):
        FuzzyDate(
            earliest=dt.date(2024, 2, 1), latest=dt.date(2024, 1, 31), precision=Precision.MONTH
        )


def test_mention_text_must_match_span_length() -> None:
    """A mention's words must be as long as its span."""
    with pytest.raises(
        ValueError, match=_whole("Mention text 'Accra' has 5 characters but its span 0:3 has 3")
    ):
        Mention(span=Span(start=0, end=3), text="Accra")


def test_paragraph_text_must_match_span_length() -> None:
    """A paragraph's text must be as long as its span."""
    with pytest.raises(
        ValueError, match=_whole("Paragraph text has 4 characters but its span 0:9 has 9")
    ):
        Paragraph(index=0, span=Span(start=0, end=9), text="Text")


def test_tuple_fields_reject_lists() -> None:
    """Collections are tuples: a list is rejected with the field named."""
    with pytest.raises(TypeError, match=_whole("Person.aliases must be a tuple, got list")):
        Person(id="person:kofi-mensah", name="Kofi Mensah", aliases=["Mensah"])  # type: ignore[arg-type]


def test_tuple_fields_reject_wrong_member_types() -> None:
    """Every member of a tuple field has the declared type."""
    with pytest.raises(TypeError, match=_whole("Person.roles[0] must be Role, got str")):
        Person(id="person:kofi-mensah", name="Kofi Mensah", roles=("Minister",))  # type: ignore[arg-type]


def test_blank_names_are_rejected() -> None:
    """Names need more than whitespace."""
    with pytest.raises(ValueError, match=_whole("Person.name must not be empty")):
        Person(id="person:x", name="  ")


def test_entity_ref_id_needs_a_known_prefix() -> None:
    """Entity ids start with person:, org: or place:."""
    with pytest.raises(
        ValueError, match=_whole("EntityRef.id must start with person:, org: or place:, got 'iom'")
    ):
        EntityRef(id="iom", kind=EntityKind.ORGANIZATION, name="IOM")


def test_enum_fields_reject_plain_strings() -> None:
    """An enum field wants the member, not its value."""
    with pytest.raises(TypeError):
        EntityRef(id="org:iom", kind="organization", name="IOM")  # type: ignore[arg-type]


def test_article_spans_must_lie_inside_the_text() -> None:
    """A paragraph span past the end of the text is rejected."""
    paragraph = Paragraph(index=0, span=Span(start=0, end=12), text="Quito, Ecuad")
    with pytest.raises(
        ValueError, match=_whole("Article span 0:12 runs past the end of the text (5 characters)")
    ):
        Article(id="a1", text="Quito", paragraphs=(paragraph,))


def test_span_boolean_offset_is_rejected() -> None:
    """``True`` is not a character offset, though Python counts it as an int."""
    with pytest.raises(TypeError, match=_whole("Span.start must be int, got bool")):
        Span(start=True, end=3)


def test_quantity_value_must_be_finite() -> None:
    """A quantity of NaN is rejected: JSON could not carry it."""
    from migmodel.model import Quantity

    with pytest.raises(ValueError, match=_whole("Quantity.value must be finite, got nan")):
        Quantity(value=float("nan"), unit="migrants", text="", span=Span(start=0, end=0))


def test_article_page_date_drops_the_time() -> None:
    """A page date given as a datetime is kept as its day."""
    article = Article(id="a1", text="", page_date=dt.datetime(2024, 4, 27, 10, 30))
    assert article.page_date == dt.date(2024, 4, 27)


def test_article_mention_must_quote_the_text() -> None:
    """An entity mention whose text differs from the article text at its span is rejected."""
    person = Person(
        id="person:ana-ruiz",
        name="Ana Ruiz",
        mentions=(Mention(span=Span(start=0, end=3), text="Ana"),),
    )
    with pytest.raises(ValueError, match="is not the text at its span 0:3"):
        Article(id="a1", text="Bob Ruiz", persons=(person,))


# --- FuzzyDate ------------------------------------------------------------------------------


def test_fuzzy_date_day_is_one_day() -> None:
    """``FuzzyDate.day`` is an interval of exactly one day."""
    assert FuzzyDate.day(2024, 4, 23).days == 1


def test_fuzzy_date_month_covers_a_leap_february() -> None:
    """``FuzzyDate.month`` runs to the month's last day, leap years included."""
    assert FuzzyDate.month(2024, 2).latest == dt.date(2024, 2, 29)


def test_fuzzy_date_year_covers_the_whole_year() -> None:
    """``FuzzyDate.year`` runs from 1 January to 31 December."""
    year = FuzzyDate.year(2013)
    assert (year.earliest, year.latest) == (dt.date(2013, 1, 1), dt.date(2013, 12, 31))


def test_fuzzy_date_between_widens_to_fuzzy_bounds() -> None:
    """``between`` of two years runs from the first's start to the second's end."""
    span = FuzzyDate.between(FuzzyDate.year(2000), FuzzyDate.year(2004))
    assert (span.earliest, span.latest) == (dt.date(2000, 1, 1), dt.date(2004, 12, 31))


def test_fuzzy_date_between_is_approximate() -> None:
    """An interval built with ``between`` has approximate precision."""
    assert FuzzyDate.between(dt.date(2020, 1, 1), dt.date(2020, 3, 1)).precision is (
        Precision.APPROXIMATE
    )


def test_fuzzy_date_of_copies_a_date() -> None:
    """``FuzzyDate.of`` is the day of a ``datetime.date``."""
    assert FuzzyDate.of(dt.date(2019, 12, 10)) == FuzzyDate.day(2019, 12, 10)


def test_fuzzy_date_drops_the_time_of_datetimes() -> None:
    """A datetime bound is converted to its date."""
    value = FuzzyDate(
        earliest=dt.datetime(2024, 4, 23, 9, 30),
        latest=dt.datetime(2024, 4, 23, 18, 0),
        precision=Precision.DAY,
    )
    assert type(value.earliest) is dt.date


def test_fuzzy_date_contains_a_day_of_its_month() -> None:
    """A month contains each of its days."""
    assert FuzzyDate.month(2018, 12).contains(dt.date(2018, 12, 10))


def test_fuzzy_date_does_not_contain_the_next_day() -> None:
    """A month does not contain the first day of the next month."""
    assert not FuzzyDate.month(2018, 12).contains(dt.date(2019, 1, 1))


def test_fuzzy_dates_overlap_when_sharing_a_day() -> None:
    """A year and a day inside it overlap."""
    assert FuzzyDate.year(2018).overlaps(FuzzyDate.day(2018, 12, 31))


def test_fuzzy_dates_do_not_overlap_when_apart() -> None:
    """Two different years do not overlap."""
    assert not FuzzyDate.year(2018).overlaps(FuzzyDate.year(2019))


def test_fuzzy_dates_order_by_earliest_then_latest() -> None:
    """Sorting puts the earlier start first, and the shorter interval first on a tie."""
    dates = [FuzzyDate.year(2018), FuzzyDate.day(2018, 1, 1), FuzzyDate.month(2017, 6)]
    assert sorted(dates) == [FuzzyDate.month(2017, 6), FuzzyDate.day(2018, 1, 1), dates[0]]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (FuzzyDate.day(2024, 4, 23), "2024-04-23"),
        (FuzzyDate.month(2018, 12), "2018-12"),
        (FuzzyDate.year(2013), "2013"),
        (FuzzyDate.between(FuzzyDate.year(2000), FuzzyDate.year(2004)), "2000/2004"),
        (FuzzyDate.between(FuzzyDate.month(2021, 3), FuzzyDate.month(2021, 5)), "2021-03/2021-05"),
        (FuzzyDate.between(dt.date(2022, 1, 5), dt.date(2022, 1, 9)), "2022-01-05/2022-01-09"),
    ],
)
def test_fuzzy_date_str_is_the_shortest_iso_form(value: FuzzyDate, text: str) -> None:
    """``str`` gives a day, a month, a year, or an ISO 8601 interval of the shortest bounds."""
    assert str(value) == text


def test_fuzzy_date_repr_flags_inferred_dates() -> None:
    """The repr says when a date was inferred from a relative expression."""
    assert repr(FuzzyDate.day(2024, 3, 4, inferred=True)) == "FuzzyDate('2024-03-04', inferred)"


@given(strategies.fuzzy_dates())
def test_fuzzy_date_contains_its_earliest_day(value: FuzzyDate) -> None:
    """Every fuzzy date contains its earliest day."""
    assert value.contains(value.earliest)


@given(strategies.fuzzy_dates())
def test_fuzzy_date_contains_its_latest_day(value: FuzzyDate) -> None:
    """Every fuzzy date contains its latest day."""
    assert value.contains(value.latest)


@given(strategies.fuzzy_dates())
def test_fuzzy_date_overlaps_itself(value: FuzzyDate) -> None:
    """Every fuzzy date overlaps itself."""
    assert value.overlaps(value)


# --- REPL -----------------------------------------------------------------------------------


def test_article_repr_names_the_id_and_counts(golden_article: Article) -> None:
    """An article's repr gives its id and the counts of its facts."""
    assert repr(golden_article) == (
        "<Article c0ffee0ddba11a5e 'Cape Verde and Portugal Sign Labour Mobility Agreement': "
        "3 paragraphs, 1 persons, 1 statements, 1 events, 1 policies>"
    )


@given(strategies.articles())
def test_article_repr_is_one_line(article: Article) -> None:
    """Whatever the title, an article's repr is one line."""
    assert "\n" not in repr(article)


@given(strategies.articles())
def test_article_repr_is_short(article: Article) -> None:
    """Whatever the title, an article's repr is under 200 characters."""
    assert len(repr(article)) < 200


def test_article_repr_stays_short_for_escaped_titles() -> None:
    """A title of control characters, which repr escapes, still gives a short repr."""
    assert len(repr(Article(id="a1", text="", title="\x07" * 80))) < 200


def test_article_summary_starts_with_the_title(golden_article: Article) -> None:
    """The summary's first line is the headline."""
    assert golden_article.summary().splitlines()[0] == golden_article.title


def test_article_summary_gives_the_date(golden_article: Article) -> None:
    """The summary's second line gives the page date and dateline."""
    assert golden_article.summary().splitlines()[1].startswith("date 2024-03-04, dateline Lisbon")


def test_article_summary_gives_the_dateline_date() -> None:
    """A dateline's own date follows its place in brackets."""
    article = Article(
        id="a1",
        text="ACCRA, Feb. 20, 2025 - Talks opened.",
        dateline_place=EntityRef(id="place:accra", kind=EntityKind.PLACE, name="Accra"),
        dateline_date=FuzzyDate.day(2025, 2, 20),
    )
    assert "dateline Accra (2025-02-20)" in article.summary().splitlines()[1]


def test_article_summary_lists_people_with_roles(golden_article: Article) -> None:
    """The summary lists each person with nationality and roles."""
    assert (
        "  - Rui Almada Tavares [CV]: Foreign Minister, Ministry of Foreign Affairs of Cape Verde"
        " (CV)" in golden_article.summary().splitlines()
    )


def test_article_summary_lists_quotes_with_speakers(golden_article: Article) -> None:
    """The summary gives each statement with its speaker, cue and kind."""
    assert (
        "  - Rui Almada Tavares [tell, direct]: This agreement gives our young people a legal "
        "and safe way to work in Europe," in golden_article.summary().splitlines()
    )


def test_article_summary_lists_events(golden_article: Article) -> None:
    """The summary gives each event with its kind, place and date."""
    assert (
        "  - signing in Lisbon on 2024-03-04: Cape Verde and Portugal on Monday signed an "
        "agreement on labour mobility" in golden_article.summary().splitlines()
    )


def test_article_entity_finds_a_person_by_ref(golden_article: Article) -> None:
    """``Article.entity`` returns the entity an EntityRef points at."""
    speaker = golden_article.statements[0].speaker
    assert speaker is not None
    assert golden_article.entity(speaker) is golden_article.persons[0]


def test_topics_map_to_gcm_objectives() -> None:
    """Each topic knows the Global Compact objectives it serves."""
    assert Topic.MIGRANT_SMUGGLING.gcm_objectives == (9,)


def test_furniture_defaults_to_other() -> None:
    """Furniture of unknown kind is ``other``."""
    assert Furniture(span=Span(start=0, end=4), text="Menu").kind.value == "other"
