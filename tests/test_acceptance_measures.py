"""Acceptance facts of fixtures 47 to 56 for quantities, dates and topics.

The blind test of ten new page styles found regional units (``lakh``, ``pct``, ``Sh``),
fractions, an elided unit, the verb ``last`` read as a date, ``before the end of the
year`` missed, and article topics missing the story's main topic. Each was fixed by a
general rule; each test states one fact.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from acceptance import fixture
from migmodel import Article, Quantity, Topic

FIXTURES = Path(__file__).parent / "fixtures"

NEW_DELHI = "47_new-delhi-india-germany-mobility"
ABUJA = "48_abuja-nidcom-diaspora-bond"
NAIROBI = "49_nairobi-shirika-plan"
ISLAMABAD = "50_islamabad-fia-smuggling-amendment"
RABAT = "51_rabat-gcm-regional-review"
LONDON = "52_london-care-visa-guardian"
SANTIAGO = "53_santiago-chile-biometric-registration"
NEW_YORK = "54_new-york-imrf-un-news"
BRUSSELS = "55_brussels-returns-live-blog"


def _quantity(article: Article, text: str) -> Quantity:
    """The one quantity whose text is ``text``."""
    (found,) = [quantity for quantity in article.quantities if quantity.text == text]
    return found


# --- quantities -----------------------------------------------------------------------------


def test_new_delhi_lakh_is_a_hundred_thousand() -> None:
    """``over 2.1 lakh Indian nationals`` is 210,000."""
    assert _quantity(fixture(NEW_DELHI), "over 2.1 lakh Indian nationals").value == 210_000


def test_new_delhi_nearly_half_is_an_approximate_fifty_percent() -> None:
    """``nearly half of the nursing vacancies`` is about 50 percent."""
    quantity = _quantity(fixture(NEW_DELHI), "nearly half")
    assert (quantity.value, quantity.unit, quantity.approximate) == (50, "percent", True)


def test_nairobi_sh_billions_are_shillings() -> None:
    """``Sh32 billion`` is 32 billion shillings."""
    quantity = _quantity(fixture(NAIROBI), "estimated Sh32 billion")
    assert (quantity.value, quantity.unit) == (32_000_000_000, "shillings")


def test_rabat_pct_is_percent() -> None:
    """``nearly 40 pct of women migrant workers`` is about 40 percent."""
    quantity = _quantity(fixture(RABAT), "nearly 40 pct")
    assert (quantity.value, quantity.unit, quantity.approximate) == (40, "percent", True)


def test_rabat_a_third_of_countries_is_a_third() -> None:
    """``only a third of Arab countries`` is a third, as a percentage."""
    assert _quantity(fixture(RABAT), "a third").value == 100 / 3


def test_london_compared_number_counts_applications() -> None:
    """``compared with 34,900 in the same period`` counts applications."""
    assert _quantity(fixture(LONDON), "34,900").unit == "applications"


# --- dates ----------------------------------------------------------------------------------


def test_abuja_before_the_end_of_the_year_is_dated() -> None:
    """``before the end of the year`` ends with the reference year."""
    (mention,) = [d for d in fixture(ABUJA).dates if d.text == "before the end of the year"]
    assert mention.value is not None
    assert mention.value.latest == dt.date(2023, 12, 31)


def test_santiago_will_last_90_days_is_no_date() -> None:
    """``the process will last 90 days`` is a duration, not the past 90 days."""
    assert "last 90 days" not in [mention.text for mention in fixture(SANTIAGO).dates]


def test_santiago_90_days_is_a_quantity() -> None:
    """``90 days`` is then a count of days."""
    assert _quantity(fixture(SANTIAGO), "90 days").value == 90


# --- topics ---------------------------------------------------------------------------------


def test_new_delhi_is_about_labour_migration() -> None:
    """Nurses and workers from abroad make a labour migration story."""
    assert Topic.LABOUR_MIGRATION in fixture(NEW_DELHI).topics


def test_new_delhi_readmission_is_return() -> None:
    """``commits New Delhi to readmit its nationals`` is about return."""
    assert Topic.RETURN_AND_REINTEGRATION in fixture(NEW_DELHI).topics


def test_abuja_data_bank_is_migration_data() -> None:
    """A diaspora ``data bank`` is migration data."""
    assert Topic.MIGRATION_DATA in fixture(ABUJA).topics


def test_islamabad_return_of_detainees_is_return() -> None:
    """``the return of Pakistanis held in detention`` is about return."""
    assert Topic.RETURN_AND_REINTEGRATION in fixture(ISLAMABAD).topics


def test_rabat_gcm_review_is_international_cooperation() -> None:
    """A regional review of the Global Compact is international cooperation."""
    assert Topic.INTERNATIONAL_COOPERATION in fixture(RABAT).topics


def test_london_care_visas_are_labour_migration() -> None:
    """Care worker visas and overseas recruitment make a labour migration story."""
    assert Topic.LABOUR_MIGRATION in fixture(LONDON).topics


def test_santiago_unauthorised_crossings_are_border_management() -> None:
    """``entered the country through unauthorised crossings`` is border management."""
    assert Topic.BORDER_MANAGEMENT in fixture(SANTIAGO).topics


def test_new_york_review_forum_is_international_cooperation() -> None:
    """The International Migration Review Forum is international cooperation."""
    assert Topic.INTERNATIONAL_COOPERATION in fixture(NEW_YORK).topics


def test_brussels_returns_regulation_is_return() -> None:
    """A story on the returns regulation and return hubs is about return."""
    assert Topic.RETURN_AND_REINTEGRATION in fixture(BRUSSELS).topics
