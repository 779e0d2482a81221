"""Tests for the quantities stage."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from migmodel._pipeline.document import Document, Layout
from migmodel._pipeline.quantities import quantities
from migmodel.model import Paragraph, Quantity, Span


def _document(text: str) -> Document:
    paragraph = Paragraph(index=0, span=Span(start=0, end=len(text)), text=text)
    return Document(text=text, layout=Layout(text=text, paragraphs=(paragraph,)))


def _found(text: str) -> list[tuple[int | float, str]]:
    """Each quantity as (value, unit)."""
    return [(quantity.value, quantity.unit) for quantity in quantities(_document(text))]


def _only(text: str) -> Quantity:
    (quantity,) = quantities(_document(text))
    return quantity


# --- counts with their noun ---------------------------------------------------------------


def test_digits_count_the_head_noun() -> None:
    """ "31 specific targets" counts targets, the adjective left out of the unit."""
    assert _found("The plan sets 31 specific targets for 2030.") == [(31, "targets")]


def test_adjective_stays_in_the_text() -> None:
    """The text of the quantity keeps the adjective."""
    assert _only("The plan sets 31 specific targets.").text == "31 specific targets"


def test_number_word_counts_its_noun() -> None:
    """ "six chapters" is 6 chapters."""
    assert _found("The new code has six chapters on asylum.") == [(6, "chapters")]


def test_several_adjectives_before_the_noun() -> None:
    """ "three regional coordination offices" counts offices."""
    assert _found("IOM runs three regional coordination offices.") == [(3, "offices")]


def test_demonym_before_the_noun() -> None:
    """ "some 4,200 Eritrean asylum seekers" counts seekers."""
    assert _found("Sudan hosts some 4,200 Eritrean asylum seekers.") == [(4200, "seekers")]


def test_plural_demonym_is_the_counted_noun() -> None:
    """A people named in the plural is what is counted, even when it ends in -is."""
    assert _found("Around 1.3 million Bangladeshis worked abroad.") == [(1_300_000, "Bangladeshis")]


def test_hedge_makes_it_approximate() -> None:
    """ "more than 2,500 people" is approximate."""
    assert _only("more than 2,500 people were rescued").approximate


def test_hedge_stays_in_the_text() -> None:
    """The hedge is part of the quantity's text."""
    assert _only("more than 2,500 people were rescued").text == "more than 2,500 people"


def test_exact_count_is_not_approximate() -> None:
    """A bare count is exact."""
    assert not _only("The court heard 48 cases.").approximate


def test_count_noun_that_is_not_plural_in_form() -> None:
    """ "people" is a count noun though it does not end in s."""
    assert _found("Nearly 900 people applied.") == [(900, "people")]


def test_count_noun_modifying_a_plural_gives_way_to_it() -> None:
    """ "750 police officers" counts officers."""
    assert _found("Tunisia sent 750 police officers to the coast.") == [(750, "officers")]


def test_possessive_ends_the_noun_phrase() -> None:
    """ "two countries' ministers" counts countries."""
    assert _found("the two countries' ministers met") == [(2, "countries")]


def test_one_takes_a_singular_noun() -> None:
    """ "up to one year" is 1 year."""
    assert _found("permits valid for up to one year") == [(1, "year")]


def test_whole_value_is_an_int() -> None:
    """Whole numbers come out as int."""
    assert isinstance(_only("about 1.5 million refugees").value, int)


# --- number forms -------------------------------------------------------------------------


def test_million_scale() -> None:
    """ "about 1.5 million refugees" is 1,500,000."""
    assert _found("Colombia hosts about 1.5 million refugees.") == [(1_500_000, "refugees")]


def test_compound_number_word() -> None:
    """ "thirty-two provinces" is 32."""
    assert _found("in thirty-two provinces") == [(32, "provinces")]


def test_hundreds_with_and() -> None:
    """ "three hundred and forty families" is 340."""
    assert _found("three hundred and forty families returned") == [(340, "families")]


def test_a_dozen() -> None:
    """ "a dozen NGOs" is 12."""
    assert _found("a dozen charities signed") == [(12, "charities")]


def test_half_a_million() -> None:
    """ "half a million workers" is 500,000."""
    assert _found("half a million workers are abroad") == [(500_000, "workers")]


def test_thousands_of_is_a_thousand() -> None:
    """ "thousands of" means at least a thousand."""
    assert _found("thousands of Haitians were deported") == [(1000, "Haitians")]


def test_thousands_of_is_approximate() -> None:
    """A vague amount is approximate."""
    assert _only("thousands of Haitians were deported").approximate


def test_tens_of_thousands_of() -> None:
    """ "tens of thousands of" means at least ten thousand."""
    assert _found("tens of thousands of nurses left") == [(10_000, "nurses")]


def test_dozens_of() -> None:
    """ "dozens of" means at least twelve."""
    assert _found("dozens of boats arrived") == [(12, "boats")]


# --- percentages and money ----------------------------------------------------------------


def test_percent_word() -> None:
    """ "25 percent" has unit percent."""
    assert _found("a rise of 25 percent") == [(25, "percent")]


def test_percent_sign() -> None:
    """ "25%" has unit percent."""
    assert _found("a rise of 25%") == [(25, "percent")]


def test_per_cent_in_two_words() -> None:
    """ "25 per cent" has unit percent."""
    assert _found("a rise of 25 per cent") == [(25, "percent")]


def test_decimal_percent_is_a_float() -> None:
    """ "4.5 percent" keeps its fraction."""
    assert _found("unemployment of 4.5 percent") == [(4.5, "percent")]


def test_dollar_sign_is_usd() -> None:
    """ "$4 million" is 4,000,000 USD."""
    assert _found("a $4 million grant") == [(4_000_000, "USD")]


def test_euro_sign_is_eur() -> None:
    """ "€15 million" is 15,000,000 EUR."""
    assert _found("worth €15 million") == [(15_000_000, "EUR")]


def test_currency_code_before_the_number() -> None:
    """ "EUR 8 million" is EUR."""
    assert _found("a budget of EUR 8 million") == [(8_000_000, "EUR")]


def test_currency_word_after_the_number() -> None:
    """ "60 million euros" is EUR."""
    assert _found("a fund of 60 million euros") == [(60_000_000, "EUR")]


def test_attached_scale_abbreviation() -> None:
    """ "$2.5bn" is 2,500,000,000 USD."""
    assert _found("pledges of $2.5bn") == [(2_500_000_000, "USD")]


def test_range_shares_the_unit() -> None:
    """ "between 3,000 and 8,000 dollars" gives both numbers USD."""
    assert _found("fees of between 3,000 and 8,000 dollars") == [(3000, "USD"), (8000, "USD")]


# --- what is not a quantity ---------------------------------------------------------------


def test_year_is_not_a_quantity() -> None:
    """ "the 2016 Constitution" has no quantity."""
    assert _found("the 2016 Constitution protects refugees") == []


def test_date_is_not_a_quantity() -> None:
    """ "14 March" is a date."""
    assert _found("On 14 March ministers met.") == []


def test_four_digit_count_is_a_quantity() -> None:
    """ "1500 migrants" is a count, not a year."""
    assert _found("about 1500 migrants landed") == [(1500, "migrants")]


def test_regnal_number_is_not_a_quantity() -> None:
    """ "King Abdullah II" has no number."""
    assert _found("King Abdullah II received the envoys.") == []


def test_ordinal_is_not_a_quantity() -> None:
    """ "the 15th session" has no count."""
    assert _found("the 15th session of talks") == []


def test_law_number_is_not_a_quantity() -> None:
    """ "Law No. 2015-36" is an identifier."""
    assert _found("Law No. 2015-36 was repealed.") == []


def test_article_number_is_not_a_quantity() -> None:
    """ "Article 14 rights" is an identifier."""
    assert _found("Article 14 rights apply.") == []


def test_compound_adjective_is_not_a_quantity() -> None:
    """ "a four-year programme" is not four of anything."""
    assert _found("a four-year programme") == []


def test_clock_time_is_not_a_quantity() -> None:
    """ "at 10:30 hours" is a time."""
    assert _found("at 10:30 hours") == []


def test_ratio_is_not_a_count() -> None:
    """ "one in three workers" counts no workers: it is a proportion."""
    assert [unit for _, unit in _found("one in three workers")] == ["percent"]


def test_ratio_in_digits_is_a_percentage() -> None:
    """ "1 in 5 farms" is 20 percent."""
    assert _found("Inspectors found 1 in 5 farms broke the rules.") == [(20, "percent")]


def test_ratio_out_of_is_a_percentage() -> None:
    """ "three out of ten clinics" is 30 percent."""
    assert _found("three out of ten clinics closed") == [(30, "percent")]


def test_ratio_with_a_year_is_not_a_proportion() -> None:
    """ "one in 2023 cases" is not a proportion (the whole is a year-sized number)."""
    assert _found("Only one in 2023 cases was heard.") == []


def test_number_without_noun_is_dropped() -> None:
    """ "one of its goals" counts nothing."""
    assert _found("Return is one of its goals.") == []


def test_relative_date_is_not_a_quantity() -> None:
    """ "two years ago" is a date."""
    assert _found("Two years ago the camp closed.") == []


# --- invariants ---------------------------------------------------------------------------


@given(st.text(alphabet=st.sampled_from("twonehudrs 12,.$€%-of\nmillion"), max_size=60))
def test_any_text_gives_quantities_whose_text_is_their_span(text: str) -> None:
    """The stage never raises, and each quantity's text is the text at its span."""
    assert all(quantity.span.of(text) == quantity.text for quantity in quantities(_document(text)))


def _seconds(text: str) -> float:
    document = _document(text)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        quantities(document)
        best = min(best, time.perf_counter() - start)
    return best


def test_numbers_text_runs_in_linear_time() -> None:
    """Eight times the text takes well under sixty-four times as long."""
    unit = "1,000,000,000 12 2.5 $3m twenty-five 2024 11111111111111 some 40% "
    small = unit * 150
    ratio = _seconds(small * 8) / _seconds(small)
    assert ratio < 24


def test_currency_code_after_the_number_gives_its_iso_code() -> None:
    """ "500 million FCFA" is XOF."""
    assert _found("a budget of 500 million FCFA") == [(500_000_000, "XOF")]


# --- South Asian scales, pct, shillings -----------------------------------------------------


def test_lakh_is_a_hundred_thousand() -> None:
    """ "3.5 lakh" is 350,000."""
    assert _found("some 3.5 lakh pilgrims travelled") == [(350_000, "pilgrims")]


def test_crore_is_ten_million() -> None:
    """ "Rs 2 crore" is 20 million rupees."""
    assert _found("a fine of Rs 2 crore was set") == [(20_000_000, "rupees")]


def test_lakhs_of_is_vague() -> None:
    """ "lakhs of" is at least 100,000, approximate."""
    assert _only("lakhs of farmhands left").approximate


def test_pct_is_percent() -> None:
    """ "12 pct" has unit percent."""
    assert _found("a fall of 12 pct") == [(12, "percent")]


def test_ksh_prefix_is_kenyan_shillings() -> None:
    """ "KSh4 million" is in KES."""
    assert _found("a grant of KSh4 million") == [(4_000_000, "KES")]


def test_sh_prefix_is_shillings_as_written() -> None:
    """ "Sh7 billion" is in shillings, a word several currencies share."""
    assert _found("the county spent Sh7 billion") == [(7_000_000_000, "shillings")]


# --- fractions ------------------------------------------------------------------------------


def test_half_of_is_fifty_percent() -> None:
    """ "half of the clinics" is 50 percent."""
    assert _found("half of the clinics closed") == [(50, "percent")]


def test_hedged_half_is_approximate() -> None:
    """ "almost half of" is approximate."""
    assert _only("almost half of the clinics closed").approximate


def test_hedge_stays_in_a_fraction_text() -> None:
    """The text of "almost half of" is "almost half"."""
    assert _only("almost half of the clinics closed").text == "almost half"


def test_half_the_is_fifty_percent() -> None:
    """ "half the clinics" is 50 percent."""
    assert _found("half the clinics closed") == [(50, "percent")]


def test_a_third_of_is_a_third() -> None:
    """ "a third of" is 100/3 percent."""
    assert _found("a third of the boats sank") == [(100 / 3, "percent")]


def test_hyphenated_two_thirds() -> None:
    """ "two-thirds of" is 200/3 percent."""
    assert _found("two-thirds of the crews") == [(200 / 3, "percent")]


def test_a_quarter_of_is_25_percent() -> None:
    """ "a quarter of" is 25 percent."""
    assert _found("a quarter of the tents leak") == [(25, "percent")]


def test_first_half_of_is_not_a_proportion() -> None:
    """ "the first half of the season" is a part of a period, not a proportion."""
    assert _found("in the first half of the season") == []


def test_fraction_needs_of() -> None:
    """ "a third country" is not a proportion."""
    assert _found("sent to a third country") == []


# --- elided units ---------------------------------------------------------------------------


def test_compared_number_takes_the_earlier_unit() -> None:
    """ "compared with 9,500" counts what the number before it counts."""
    assert _found("Some 4,200 permits were issued, compared with 9,500 a year before.") == [
        (4_200, "permits"),
        (9_500, "permits"),
    ]


def test_compared_number_stays_in_its_sentence() -> None:
    """A comparison does not reach back into the previous sentence."""
    assert _found("Some 4,200 permits were issued. Compared with 9,500 a year before.") == [
        (4_200, "permits")
    ]


# --- money forms and peoples' names (blind test 2) ------------------------------------------


def test_capital_m_after_money_is_a_million() -> None:
    """ "$48M" is 48 million dollars."""
    assert _found("The city gets $48M for shelters.") == [(48_000_000, "USD")]


def test_capital_b_after_money_is_a_billion() -> None:
    """ "€2B" is two billion euros."""
    assert _found("The bloc pledged €2B in aid.") == [(2_000_000_000, "EUR")]


def test_capital_m_after_bare_digits_is_not_a_scale() -> None:
    """ "7M" without a currency is no amount of money (a grade, a class)."""
    assert all(value != 7_000_000 for value, _ in _found("She passed grade 7M exams."))


def test_canadian_dollar_prefix() -> None:
    """ "C$12 million" is Canadian dollars."""
    assert _found("Ottawa set aside C$12 million.") == [(12_000_000, "CAD")]


def test_new_zealand_dollar_prefix() -> None:
    """ "NZ$9 million" is New Zealand dollars."""
    assert _found("Workers sent NZ$9 million home.") == [(9_000_000, "NZD")]


def test_australian_dollar_prefix() -> None:
    """ "A$3 million" is Australian dollars."""
    assert _found("Canberra gave A$3 million.") == [(3_000_000, "AUD")]


def test_rand_before_a_scale() -> None:
    """ "R2.5 billion" is South African rand."""
    assert _found("The agency will get R2.5 billion.") == [(2_500_000_000, "ZAR")]


def test_lone_r_before_digits_is_not_money() -> None:
    """ "R40" without a scale is no amount (a road, a form)."""
    assert _found("They drove along the R40 road.") == []


def test_people_name_in_ese_counts() -> None:
    """ "some 400 Congolese" counts Congolese (the -ese names do not change in the plural)."""
    assert _found("some 400 Congolese crossed") == [(400, "Congolese")]
