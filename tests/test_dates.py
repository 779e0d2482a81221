"""Tests for the dates stage: ``parse_date_text`` and ``dates``."""

from __future__ import annotations

import datetime as dt
import time

from hypothesis import given
from hypothesis import strategies as st

from migmodel._pipeline.dates import dates, find_dates, parse_date_text
from migmodel._pipeline.document import Document, Layout
from migmodel.model import DateMention, FuzzyDate, Paragraph, Precision, Span

SATURDAY = dt.date(2024, 4, 27)


def _document(text: str, reference: dt.date | None = SATURDAY) -> Document:
    paragraph = Paragraph(index=0, span=Span(start=0, end=len(text)), text=text)
    return Document(
        text=text, layout=Layout(text=text, paragraphs=(paragraph,)), reference_date=reference
    )


def _found(text: str, reference: dt.date | None = SATURDAY) -> list[tuple[str, str | None]]:
    """Each mention as (its words, its value written as a string)."""
    return [
        (mention.text, None if mention.value is None else str(mention.value))
        for mention in dates(_document(text, reference))
    ]


def _only(text: str, reference: dt.date | None = SATURDAY) -> DateMention:
    (mention,) = dates(_document(text, reference))
    return mention


def _value(text: str, reference: dt.date | None = SATURDAY) -> FuzzyDate:
    value = _only(text, reference).value
    assert value is not None
    return value


# --- parse_date_text ----------------------------------------------------------------------


def test_parse_full_date_with_weekday_is_that_day() -> None:
    """A page date with its weekday gives that exact day."""
    assert parse_date_text("Thursday, March 14, 2024") == FuzzyDate.day(2024, 3, 14)


def test_parse_upper_case_date() -> None:
    """Page dates in capitals are read like any other."""
    assert parse_date_text("THURSDAY, MARCH 14, 2024") == FuzzyDate.day(2024, 3, 14)


def test_parse_numeric_date_is_day_first() -> None:
    """A numeric date with both parts up to 12 is read day first."""
    assert parse_date_text("03.06.2024") == FuzzyDate.day(2024, 6, 3)


def test_parse_numeric_date_is_month_first_when_day_first_is_impossible() -> None:
    """04/27/2024 cannot be day first, so it is April 27."""
    assert parse_date_text("04/27/2024") == FuzzyDate.day(2024, 4, 27)


def test_parse_iso_date() -> None:
    """An ISO date is year, month, day."""
    assert parse_date_text("2023-11-08") == FuzzyDate.day(2023, 11, 8)


def test_parse_iso_timestamp() -> None:
    """An ISO timestamp gives its day."""
    assert parse_date_text("2023-11-08T09:15:00Z") == FuzzyDate.day(2023, 11, 8)


def test_parse_month_and_year_is_a_month() -> None:
    """ "October 2022" is known to the month."""
    assert parse_date_text("October 2022") == FuzzyDate.month(2022, 10)


def test_parse_four_digits_is_a_year() -> None:
    """A lone year is known to the year."""
    assert parse_date_text("2016") == FuzzyDate.year(2016)


def test_parse_date_without_year_needs_a_reference() -> None:
    """ "March 4" alone cannot be placed in time."""
    assert parse_date_text("March 4") is None


def test_parse_date_without_year_takes_the_reference_year() -> None:
    """A dateline date just before the reference is in the reference's year, inferred."""
    found = parse_date_text("March 4", reference=dt.date(2024, 3, 5))
    assert found == FuzzyDate.day(2024, 3, 4, inferred=True)


def test_parse_date_without_year_after_the_reference_is_last_year() -> None:
    """A day months after the reference date is the previous year's."""
    found = parse_date_text("November 20", reference=dt.date(2024, 3, 5))
    assert found == FuzzyDate.day(2023, 11, 20, inferred=True)


def test_parse_date_one_day_after_the_reference_stays_in_its_year() -> None:
    """A dateline one day after the page date is that upcoming day, not last year's."""
    found = parse_date_text("6 March", reference=dt.date(2024, 3, 5))
    assert found == FuzzyDate.day(2024, 3, 6, inferred=True)


def test_parse_date_with_clock_time() -> None:
    """A trailing clock time and zone are allowed after the date."""
    assert parse_date_text("22 Feb 2024 - 09:40 CET") == FuzzyDate.day(2024, 2, 22)


def test_parse_date_after_label() -> None:
    """A label such as "Updated:" may come before the date."""
    assert parse_date_text("Updated: July 2, 2023 6:05 PM") == FuzzyDate.day(2023, 7, 2)


def test_parse_weather_reading_is_not_a_date() -> None:
    """A temperature line is not a date."""
    assert parse_date_text("21.3 C") is None


def test_parse_sentence_is_not_a_date() -> None:
    """A sentence containing a date is not a standalone date."""
    assert parse_date_text("The talks ended on 12 March 2024", reference=SATURDAY) is None


def test_parse_impossible_day_is_none() -> None:
    """February has no 30th."""
    assert parse_date_text("30/02/2024") is None


def test_parse_count_is_not_a_year() -> None:
    """ "1500 migrants" is a count."""
    assert parse_date_text("1500 migrants") is None


def test_parse_weekday_with_reference() -> None:
    """A weekday alone is resolved against the reference."""
    found = parse_date_text("Wednesday", reference=SATURDAY)
    assert found == FuzzyDate.day(2024, 4, 24, inferred=True)


def test_parse_empty_text_is_none() -> None:
    """Blank text is no date."""
    assert parse_date_text("  \n ") is None


# --- dates: the seed-style expressions ----------------------------------------------------


def test_less_than_a_year_ago_runs_from_a_year_before_to_the_reference() -> None:
    """ "less than a year ago" is the year up to the reference date."""
    assert _found("Less than a year ago Senegal opened a new office.") == [
        ("Less than a year ago", "2023-04-27/2024-04-27")
    ]


def test_less_than_a_year_ago_is_inferred() -> None:
    """A date computed from the reference is marked inferred."""
    assert _value("less than a year ago the ministry acted").inferred


def test_on_tuesday_is_the_tuesday_before_a_saturday_reference() -> None:
    """A weekday is the most recent such day on or before the reference."""
    assert _value("Delegates met on Tuesday in Dakar.") == FuzzyDate.day(2024, 4, 23, inferred=True)


def test_weekday_of_the_reference_is_the_reference_itself() -> None:
    """ "on Saturday" in a Saturday article is that very day."""
    assert _value("The forum closed on Saturday.").earliest == SATURDAY


def test_month_and_year_is_a_month() -> None:
    """ "December 2018" is the month."""
    assert _found("The compact was adopted in December 2018.") == [("December 2018", "2018-12")]


def test_month_last_year_is_one_mention() -> None:
    """ "May last year" is one expression, not a month and a year."""
    assert _found("The ban was imposed in May last year.") == [("May last year", "2023-05")]


def test_month_of_next_year_is_that_month_a_year_on() -> None:
    """ "March of next year" is March of the year after the reference."""
    assert _value("Talks resume in March of next year.") == FuzzyDate.month(2025, 3, inferred=True)


def test_day_and_month_this_year_is_that_day() -> None:
    """ "5 January this year" is that day of the reference's year."""
    assert _value("It opened on 5 January this year.") == FuzzyDate.day(2024, 1, 5, inferred=True)


def test_month_day_last_year_is_that_day_a_year_back() -> None:
    """ "March 3 last year" is March 3 of the year before the reference."""
    assert _value("They met on March 3 last year.") == FuzzyDate.day(2023, 3, 3, inferred=True)


def test_month_last_year_without_a_reference_has_no_value() -> None:
    """Without a reference, "May last year" is still one mention, with no value."""
    assert _found("The ban was imposed in May last year.", None) == [("May last year", None)]


def test_month_then_comma_and_last_year_stay_apart() -> None:
    """ "In May, last year ..." is two expressions: the comma parts them."""
    assert [text for text, _ in _found("In May, last year was hot.")] == ["May", "last year"]


def test_as_early_as_keeps_its_words() -> None:
    """The modifier "as early as" is part of the mention's text."""
    assert _only("Ecuador issued humanitarian visas as early as 2013.").text == "as early as 2013"


def test_as_early_as_is_the_year() -> None:
    """ "as early as 2013" is dated 2013."""
    assert _value("visas were issued as early as 2013") == FuzzyDate.year(2013)


def test_beginning_of_the_millennium() -> None:
    """ "the beginning of the millennium" is 2000 to 2004."""
    assert str(_value("At the beginning of the millennium, Spain changed course.")) == "2000/2004"


def test_since_keeps_its_words() -> None:
    """ "since 2019" is one mention including "since"."""
    assert _only("The agency has, since 2019, trained border staff.").text == "since 2019"


def test_since_is_the_starting_year() -> None:
    """ "since 2019" is dated by its starting point, the year 2019."""
    assert _value("The agency has, since 2019, trained border staff.") == FuzzyDate.year(2019)


def test_relative_date_without_reference_has_no_value() -> None:
    """Without a reference date a weekday is still a mention, with value None."""
    assert _found("The ministers met on Monday.", reference=None) == [("Monday", None)]


def test_date_without_year_without_reference_has_no_value() -> None:
    """Without a reference date "12 March" cannot be placed."""
    assert _found("The decree of 12 March applies.", reference=None) == [("12 March", None)]


# --- dates: absolute expressions ----------------------------------------------------------


def test_year_before_a_noun_is_the_year_alone() -> None:
    """ "the 2016 Constitution" mentions the year 2016, without "the"."""
    assert _found("Under the 2016 Constitution, asylum is a right.") == [("2016", "2016")]


def test_four_digits_before_a_count_noun_are_not_a_year() -> None:
    """ "1500 migrants" counts migrants."""
    assert _found("Some 1500 migrants reached Lampedusa.") == []


def test_year_after_in_stays_a_year_before_a_count_noun() -> None:
    """ "In 2015 migrants ..." is a year."""
    assert _found("In 2015 migrants crossed the Aegean.") == [("2015", "2015")]


def test_year_after_dollar_sign_is_money() -> None:
    """ "$2016" is an amount, not a year."""
    assert _found("The fee was raised to $2016.") == []


def test_number_with_thousands_separator_is_not_a_year() -> None:
    """ "2,016 people" is a count."""
    assert _found("Officials counted 2,016 people.") == []


def test_law_number_is_not_a_date() -> None:
    """ "Law No. 2015-36" names a law."""
    assert _found("Law No. 2015-36 was repealed.") == []


def test_resolution_number_is_not_a_year() -> None:
    """ "Resolution 2240" is an identifier."""
    assert _found("Resolution 2240 authorised inspections.") == []


def test_full_date_is_a_day() -> None:
    """ "Friday, 8 March 2024" is that day."""
    assert _value("on Friday, 8 March 2024, the pact") == FuzzyDate.day(2024, 3, 8)


def test_weekday_chooses_the_year_of_a_date_without_year() -> None:
    """ "Monday, February 20" fits 2023, not 2024."""
    assert _value("on Monday, February 20, talks opened") == FuzzyDate.day(
        2023, 2, 20, inferred=True
    )


def test_ordinal_day_of_month() -> None:
    """ "the 5th of March" is a day."""
    assert _value("signed on the 5th of March") == FuzzyDate.day(2024, 3, 5, inferred=True)


def test_abbreviated_month_with_dot() -> None:
    """ "Sept. 5, 2023" is read with its abbreviation."""
    assert _value("It opened Sept. 5, 2023.") == FuzzyDate.day(2023, 9, 5)


def test_day_range_in_a_month() -> None:
    """ "June 10-12, 2024" is an interval of three days."""
    assert str(_value("The summit runs June 10-12, 2024.")) == "2024-06-10/2024-06-12"


def test_mid_year_is_the_middle_third() -> None:
    """ "mid-2023" is May to August."""
    assert str(_value("Arrivals peaked in mid-2023.")) == "2023-05/2023-08"


def test_mid_year_is_approximate() -> None:
    """Parts of a year have APPROXIMATE precision."""
    assert _value("Arrivals peaked in mid-2023.").precision is Precision.APPROXIMATE


def test_early_year_is_the_first_third() -> None:
    """ "early 2020" is January to April."""
    assert str(_value("In early 2020 borders closed.")) == "2020-01/2020-04"


def test_late_year_is_the_last_third() -> None:
    """ "late 2019" is September to December."""
    assert str(_value("a deal struck in late 2019")) == "2019-09/2019-12"


def test_end_of_year_with_by() -> None:
    """ "by the end of 2025" keeps "by" and is October to December."""
    assert _found("Centres will open by the end of 2025.") == [
        ("by the end of 2025", "2025-10/2025-12")
    ]


def test_decade() -> None:
    """ "the 1990s" is the whole decade."""
    assert _found("Flows grew in the 1990s.") == [("the 1990s", "1990/1999")]


def test_early_decade() -> None:
    """ "the early 2000s" is 2000 to 2003."""
    assert str(_value("in the early 2000s")) == "2000/2003"


def test_year_range_with_hyphen() -> None:
    """ "2021-2025" is an interval of years."""
    assert str(_value("the 2021-2025 plan")) == "2021/2025"


def test_short_year_range() -> None:
    """ "2023/24" is 2023 to 2024."""
    assert str(_value("the 2023/24 season")) == "2023/2024"


def test_from_to_range_is_one_mention() -> None:
    """ "from 2016 to 2020" is one interval including "from"."""
    assert _found("Funding ran from 2016 to 2020.") == [("from 2016 to 2020", "2016/2020")]


def test_between_and_range_of_months() -> None:
    """ "between March 2020 and June 2021" spans both months."""
    assert _found("between March 2020 and June 2021, arrivals fell") == [
        ("between March 2020 and June 2021", "2020-03/2021-06")
    ]


def test_range_gives_its_year_to_a_month_without_year() -> None:
    """In "from January to March 2022" January is in 2022."""
    assert str(_value("from January to March 2022 the office was shut")) == "2022-01/2022-03"


def test_quarter() -> None:
    """ "Q3 2023" is July to September."""
    assert str(_value("figures for Q3 2023")) == "2023-07/2023-09"


def test_spring() -> None:
    """ "spring 2022" is March to May."""
    assert str(_value("in spring 2022")) == "2022-03/2022-05"


def test_winter_runs_into_the_next_year() -> None:
    """ "winter 2022" is December 2022 to February 2023."""
    assert str(_value("in winter 2022")) == "2022-12/2023-02"


def test_around_a_year_widens_it() -> None:
    """ "around 2015" is 2014 to 2016."""
    assert str(_value("the route opened around 2015")) == "2014/2016"


def test_mid_month_without_year() -> None:
    """ "mid-March" is the 11th to the 20th of the nearest March."""
    assert str(_value("talks resume in mid-March")) == "2024-03-11/2024-03-20"


def test_turn_of_the_century() -> None:
    """ "the turn of the century" straddles 2000."""
    assert str(_value("since the turn of the century")) == "1998/2002"


# --- dates: relative expressions ----------------------------------------------------------


def test_yesterday() -> None:
    """ "yesterday" is the day before the reference."""
    assert _value("the minister said yesterday") == FuzzyDate.day(2024, 4, 26, inferred=True)


def test_last_week_is_the_previous_calendar_week() -> None:
    """ "last week" is the Monday-to-Sunday week before the reference's."""
    assert str(_value("a report released last week")) == "2024-04-15/2024-04-21"


def test_last_month() -> None:
    """ "last month" is the previous calendar month."""
    assert str(_value("the law passed last month")) == "2024-03"


def test_last_year_is_the_previous_calendar_year() -> None:
    """ "last year" is the whole previous year."""
    assert _value("arrivals rose last year") == FuzzyDate.year(2023, inferred=True)


def test_next_month() -> None:
    """ "next month" is the following calendar month."""
    assert str(_value("elections due next month")) == "2024-05"


def test_earlier_this_year() -> None:
    """ "earlier this year" runs from January 1 to the reference."""
    assert str(_value("a decree issued earlier this year")) == "2024-01-01/2024-04-27"


def test_years_ago_is_that_calendar_year() -> None:
    """ "three years ago" is the year three years before the reference."""
    assert _value("three years ago the border reopened") == FuzzyDate.year(2021, inferred=True)


def test_days_ago_is_that_day() -> None:
    """ "two days ago" is a day."""
    assert _value("two days ago a boat capsized") == FuzzyDate.day(2024, 4, 25, inferred=True)


def test_about_years_ago_is_half_a_year_either_side() -> None:
    """ "about two years ago" is give or take six months."""
    assert str(_value("about two years ago")) == "2021-10-27/2022-10-27"


def test_more_than_a_year_ago_has_no_value() -> None:
    """ "more than a year ago" has no earliest bound, so no value."""
    assert _found("more than a year ago") == [("more than a year ago", None)]


def test_recent_years_is_a_mention_without_value() -> None:
    """ "in recent years" is too vague to resolve."""
    assert _found("Remittances grew in recent years.") == [("recent years", None)]


def test_past_decade_runs_ten_years_back() -> None:
    """ "the past decade" is the ten years up to the reference."""
    assert str(_value("over the past decade")) == "2014-04-27/2024-04-27"


def test_next_five_years() -> None:
    """ "the next five years" runs forward from the reference."""
    assert str(_value("within the next five years")) == "2024-04-27/2029-04-27"


def test_last_weekday_is_strictly_before() -> None:
    """ "last Saturday" in a Saturday article is a week before."""
    assert _value("the fire last Saturday").earliest == dt.date(2024, 4, 20)


def test_next_weekday_is_strictly_after() -> None:
    """ "next Tuesday" is after the reference."""
    assert _value("a vote next Tuesday").earliest == dt.date(2024, 4, 30)


def test_future_cue_sends_a_weekday_forward() -> None:
    """ "will ... on Monday" is the coming Monday."""
    assert _value("The envoy will travel to Accra on Monday.").earliest == dt.date(2024, 4, 29)


def test_past_verb_after_a_future_cue_keeps_the_weekday_past() -> None:
    """ "will grant ... under a deal signed on Tuesday" is the Tuesday before."""
    text = "Rome will grant visas under a deal signed on Tuesday by the two ministers."
    assert _value(text).earliest == dt.date(2024, 4, 23)


def test_would_makes_a_yearless_month_the_next_one() -> None:
    """ "would extend it by December" (reported future) is the coming December."""
    assert _value("He said Rome would extend it by December.").earliest == dt.date(2024, 12, 1)


def test_proceed_is_not_a_past_verb() -> None:
    """ "will proceed on Monday" stays in the future: "-eed" verbs are not past forms."""
    assert _value("The talks will proceed on Monday.").earliest == dt.date(2024, 4, 29)


def test_month_without_year_soon_after_reference_is_upcoming() -> None:
    """ "in September" written in mid-July is this September."""
    found = _value("The committee meets in September.", reference=dt.date(2023, 7, 17))
    assert found == FuzzyDate.month(2023, 9, inferred=True)


def test_day_without_year_far_after_reference_is_last_year() -> None:
    """ "on October 1" written in late April is last October."""
    assert _value("It took effect on October 1.").earliest == dt.date(2023, 10, 1)


def test_may_as_a_verb_is_not_a_date() -> None:
    """ "may" in "Officials May ..." at a title start is not a month without a preposition."""
    assert _found("Ministers May Review Quotas") == []


def test_may_after_in_is_a_month() -> None:
    """ "in May" is the month."""
    assert _found("The law passed in May.", reference=dt.date(2024, 7, 10)) == [("May", "2024-05")]


# --- dates: scope and invariants ----------------------------------------------------------


def test_furniture_is_not_searched() -> None:
    """A page-date line outside the title and paragraphs gives no mention."""
    text = "Monday, 22 April 2024\n\nTalks opened on Friday."
    body = Span(start=text.index("Talks"), end=len(text))
    layout = Layout(text=text, paragraphs=(Paragraph(index=0, span=body, text=body.of(text)),))
    document = Document(text=text, layout=layout, reference_date=SATURDAY)
    assert [mention.text for mention in dates(document)] == ["Friday"]


def test_title_is_searched() -> None:
    """Dates in the headline are found too."""
    text = "Visa rules change in 2025\n\nNo date here."
    body = Span(start=text.index("No"), end=len(text))
    layout = Layout(
        text=text,
        title=Span(start=0, end=text.index("\n")),
        paragraphs=(Paragraph(index=0, span=body, text=body.of(text)),),
    )
    assert [mention.text for mention in dates(Document(text=text, layout=layout))] == ["2025"]


@given(st.text(alphabet=st.sampled_from("Mayon 12,.-/0Tuesdayearlirc9 \n'’"), max_size=60))
def test_any_text_gives_mentions_whose_text_is_their_span(text: str) -> None:
    """The stage never raises, and each mention's text is the text at its span."""
    assert all(mention.span.of(text) == mention.text for mention in dates(_document(text)))


def _seconds(text: str) -> float:
    document = _document(text)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        dates(document)
        best = min(best, time.perf_counter() - start)
    return best


def test_dates_and_numbers_text_runs_in_linear_time() -> None:
    """Eight times the text takes well under sixty-four times as long."""
    unit = "1,000 2024 27/04/2024 April 27, 2024 mid-2023 since 2019 1111111111 2015-20 "
    small = unit * 150
    ratio = _seconds(small * 8) / _seconds(small)
    assert ratio < 24


def test_find_dates_reads_a_wire_credit() -> None:
    """``find_dates`` reads any text, such as a wire credit set aside as furniture."""
    assert [str(mention.value) for mention in find_dates("(PNA 11.03.2024)")] == ["2024-03-11"]


# --- "last" as a verb ---------------------------------------------------------------------


def test_will_last_is_a_duration_not_a_date() -> None:
    """ "the survey will last 60 days" has no date: "last" is the verb."""
    assert _found("The survey will last 60 days.") == []


def test_to_last_is_a_duration_not_a_date() -> None:
    """ "is expected to last three weeks" has no date."""
    assert _found("The airlift is expected to last three weeks.") == []


def test_wont_last_is_a_duration_not_a_date() -> None:
    """ "won't last two months" has no date."""
    assert _found("The truce won't last two months.") == []


def test_the_last_after_to_is_still_a_date() -> None:
    """ "compared to the last five years" is a period before the reference."""
    assert _found("compared to the last five years") == [
        ("the last five years", "2019-04-27/2024-04-27")
    ]


# --- parts of relative periods ------------------------------------------------------------


def test_the_end_of_the_year_is_the_end_of_the_reference_year() -> None:
    """ "the end of the year" is October to December of the reference's year."""
    assert _found("The depot closes at the end of the year.") == [
        ("the end of the year", "2024-10/2024-12")
    ]


def test_before_the_end_of_the_year_keeps_its_modifier() -> None:
    """ "before the end of the year" is one mention dated by the end of the year."""
    assert _found("a bond issued before the end of the year") == [
        ("before the end of the year", "2024-10/2024-12")
    ]


def test_early_next_year_is_the_first_third_of_next_year() -> None:
    """ "early next year" is January to April of the year after the reference."""
    assert _found("Talks resume early next year.") == [("early next year", "2025-01/2025-04")]


def test_late_last_year_is_the_last_third_of_last_year() -> None:
    """ "late last year" is September to December of the year before."""
    assert _found("The camp opened late last year.") == [("late last year", "2023-09/2023-12")]


def test_the_end_of_the_month_is_its_last_days() -> None:
    """ "the end of the month" is days 21 to the last of the reference's month."""
    assert _found("Funds run out at the end of the month.") == [
        ("the end of the month", "2024-04-21/2024-04-30")
    ]


def test_part_of_a_relative_period_is_inferred() -> None:
    """ "the end of the year" depends on the reference, so it is inferred."""
    assert _value("The depot closes at the end of the year.").inferred


def test_part_of_a_relative_period_without_reference_has_no_value() -> None:
    """Without a reference, "the end of the year" is a mention with no value."""
    assert _found("It ends at the end of the year.", None) == [("the end of the year", None)]


# --- schedules, "since", day ordinals, seasons (blind test 2) -------------------------------


def test_present_schedule_verb_points_ahead() -> None:
    """ "The levy starts on 1 October" in April 2024 is the coming 1 October."""
    assert _value("The levy starts on 1 October.") == FuzzyDate.day(2024, 10, 1, inferred=True)


def test_past_verb_keeps_a_yearless_date_behind() -> None:
    """ "The levy took effect on 1 October" in April 2024 is the last 1 October."""
    value = _value("The levy took effect on 1 October.")
    assert value == FuzzyDate.day(2023, 10, 1, inferred=True)


def test_since_a_month_is_in_the_past() -> None:
    """ "since June" in April 2024 is June 2023, never the coming June."""
    assert _value("The clinic has run since June.") == FuzzyDate.month(2023, 6, inferred=True)


def test_since_a_past_month_of_this_year_stays() -> None:
    """ "since February" in April 2024 is February 2024."""
    assert _value("The clinic has run since February.") == FuzzyDate.month(2024, 2, inferred=True)


def test_on_the_ordinal_is_a_day_of_this_month() -> None:
    """ "opened on the 5th" in April 2024 is 5 April 2024."""
    assert _value("Sign-ups opened on the 5th.") == FuzzyDate.day(2024, 4, 5, inferred=True)


def test_on_the_later_ordinal_in_the_past_is_last_month() -> None:
    """ "opened on the 29th" on 27 April 2024 is 29 March 2024."""
    assert _value("Sign-ups opened on the 29th.") == FuzzyDate.day(2024, 3, 29, inferred=True)


def test_on_the_earlier_ordinal_in_the_future_is_next_month() -> None:
    """ "will close on the 3rd" on 27 April 2024 is 3 May 2024."""
    assert _value("Sign-ups will close on the 3rd.") == FuzzyDate.day(2024, 5, 3, inferred=True)


def test_on_the_ordinal_floor_is_no_date() -> None:
    """ "on the 5th floor" is no date."""
    assert _found("The office is on the 5th floor.") == []


def test_in_the_new_year_is_next_year() -> None:
    """ "in the new year" is the year after the reference."""
    assert _value("We will look again in the new year.") == FuzzyDate.year(2025, inferred=True)


def test_in_the_fall_is_the_fall_of_the_reference_year() -> None:
    """ "in the fall" is September to November of the reference's year."""
    assert str(_value("The panel reports in the fall.")) == "2024-09/2024-11"


def test_last_spring_is_the_last_finished_spring() -> None:
    """ "last spring" on 27 April 2024 is March to May 2023."""
    assert str(_value("Talks stalled last spring.")) == "2023-03/2023-05"


def test_fall_of_a_city_is_no_season() -> None:
    """ "in the fall of the capital" is no date."""
    assert _found("They fled in the fall of the capital.") == []
