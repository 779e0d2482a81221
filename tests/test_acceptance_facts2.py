"""Acceptance facts of quantities, dates, events, instruments and topics of fixtures
57 to 66, parsed blind first.

The blind run showed money scales glued to the amount (``$362M``), dollar and rand
prefixes, ``half a million Sudanese`` and ``1 in 5`` dropped; year-less dates after a
schedule verb or ``since`` put on the wrong side of the reference, and ``on the
5th``, ``in the new year`` and ``in the fall`` unread; two gatherings from one clause,
a report's date dating the event, signatories behind ``by`` left out and a visit read
from a relative clause; an act name cut at its bracket, a party and a working group as
parties, an NGO and a unit read as instruments; and indirect topic cues missed. Each
was fixed by a general rule; each test states one fact.
"""

from __future__ import annotations

from acceptance import events_of_kind, fixture, policies_named
from migmodel import Article, EventKind, FuzzyDate, Topic

ATHENS = "57_athens-ap-pylos-asylum"
DOHA = "58_doha-aljazeera-eu-egypt-explainer"
JOHANNESBURG = "59_johannesburg-news24-bma"
TORONTO = "60_toronto-cbc-asylum-hotels"
ROME = "61_rome-ansa-lampedusa"
MEXICO_CITY = "62_mexico-city-eluniversal-comar"
DHAKA = "63_dhaka-daily-star-malaysia"
CANBERRA = "64_canberra-abc-pacific-visa"
NAIROBI = "65_nairobi-reliefweb-ngo-refugees-act"
WELLINGTON = "66_wellington-press-conference-transcript"


def _amounts(article: Article, text: str) -> list[tuple[int | float, str]]:
    """(value, unit) of the quantities whose text is ``text``."""
    return [(q.value, q.unit) for q in article.quantities if q.text == text]


def _date_of(article: Article, text: str) -> FuzzyDate | None:
    """The value of the first date mention whose text is ``text``."""
    return next(mention.value for mention in article.dates if mention.text == text)


# --- quantities ---------------------------------------------------------------------------


def test_toronto_362m_is_362_million() -> None:
    """``$362M`` is 362 million."""
    assert _amounts(fixture(TORONTO), "$362M")[0][0] == 362_000_000


def test_johannesburg_rand_billion() -> None:
    """``R1.2 billion`` is 1.2 billion rand."""
    assert _amounts(fixture(JOHANNESBURG), "R1.2 billion") == [(1_200_000_000, "ZAR")]


def test_wellington_new_zealand_dollars() -> None:
    """``more than NZ$50 million`` is 50 million New Zealand dollars."""
    assert _amounts(fixture(WELLINGTON), "more than NZ$50 million") == [(50_000_000, "NZD")]


def test_wellington_one_in_five_is_twenty_percent() -> None:
    """``1 in 5 RSE employers`` is 20 percent."""
    assert _amounts(fixture(WELLINGTON), "1 in 5") == [(20, "percent")]


def test_doha_half_a_million_sudanese() -> None:
    """``roughly half a million Sudanese`` is 500,000."""
    assert _amounts(fixture(DOHA), "roughly half a million Sudanese") == [(500_000, "Sudanese")]


# --- dates --------------------------------------------------------------------------------


def test_wellington_starts_on_1_october_is_ahead() -> None:
    """``That starts on 1 October.`` (9 May 2024) is 1 October 2024."""
    assert str(_date_of(fixture(WELLINGTON), "1 October")) == "2024-10-01"


def test_wellington_in_the_new_year_is_2025() -> None:
    """``in the new year`` (9 May 2024) is 2025."""
    assert str(_date_of(fixture(WELLINGTON), "in the new year")) == "2025"


def test_rome_since_june_is_last_june() -> None:
    """``since June`` (12 March 2024) is June 2023."""
    assert str(_date_of(fixture(ROME), "since June")) == "2023-06"


def test_canberra_on_the_5th_is_5_august() -> None:
    """``on the 5th`` (12 August 2024) is 5 August 2024."""
    assert str(_date_of(fixture(CANBERRA), "the 5th")) == "2024-08-05"


def test_athens_in_the_fall_is_autumn_2024() -> None:
    """``expected to report in the fall`` is September to November 2024."""
    assert str(_date_of(fixture(ATHENS), "the fall")) == "2024-09/2024-11"


# --- events -------------------------------------------------------------------------------


def test_canberra_leaders_meeting_is_one_event() -> None:
    """``the Forum ... at its leaders' meeting`` gives no conference beside the meeting."""
    assert events_of_kind(fixture(CANBERRA), EventKind.CONFERENCE) == ()


def test_mexico_city_visit_is_dated_december_27() -> None:
    """The visit ``on December 27`` is not dated by ``said last week``."""
    (visit,) = events_of_kind(fixture(MEXICO_CITY), EventKind.VISIT)
    assert str(visit.date) == "2023-12-27"


def test_doha_signatories_take_part() -> None:
    """``signed in Cairo on Sunday by ... Elsholz and ... Mansour``: Elsholz took part."""
    signing = events_of_kind(fixture(DOHA), EventKind.SIGNING)[0]
    assert any("Elsholz" in ref.name for ref in signing.participants)


def test_wellington_no_visit_from_employers_it_visited() -> None:
    """``RSE employers it visited last year`` is no visit."""
    assert events_of_kind(fixture(WELLINGTON), EventKind.VISIT) == ()


# --- instruments --------------------------------------------------------------------------


def test_canberra_act_keeps_its_bracketed_subtitle() -> None:
    """The Migration Amendment act keeps ``(Australia's Engagement ...)`` in its name."""
    assert policies_named(fixture(CANBERRA), "Migration Amendment (Australia's Engagement")


def test_rome_bossi_fini_law_has_no_party() -> None:
    """The Bossi-Fini law has no party (the Democratic Party is not one)."""
    (law,) = policies_named(fixture(ROME), "Bossi-Fini")
    assert law.parties == ()


def test_dhaka_working_group_is_no_party() -> None:
    """The Joint Working Group is no party of the 2021 memorandum."""
    (memorandum,) = policies_named(fixture(DHAKA), "memorandum of understanding")
    assert all("Working Group" not in ref.name for ref in memorandum.parties)


def test_doha_initiative_for_rights_is_no_instrument() -> None:
    """``Egyptian Initiative for Personal Rights (EIPR)`` is no instrument."""
    assert policies_named(fixture(DOHA), "Initiative for Personal Rights") == ()


def test_dhaka_migration_programme_at_brac_is_no_instrument() -> None:
    """``head of the migration programme at BRAC`` names no instrument."""
    assert policies_named(fixture(DHAKA), "migration programme") == ()


# --- topics -------------------------------------------------------------------------------


def test_toronto_shelters_are_basic_services() -> None:
    """The shelter system story is about basic services."""
    assert Topic.BASIC_SERVICES in fixture(TORONTO).topics


def test_athens_faster_returns_are_return() -> None:
    """``returned faster`` and ``coordinate returns`` are about return."""
    assert Topic.RETURN_AND_REINTEGRATION in fixture(ATHENS).topics


def test_rome_landings_are_border_management() -> None:
    """Boat landings and sea arrivals are about border management."""
    assert Topic.BORDER_MANAGEMENT in fixture(ROME).topics


def test_nairobi_integrated_settlements_are_integration() -> None:
    """Integrated settlements in host communities are about integration."""
    assert Topic.INTEGRATION in fixture(NAIROBI).topics


def test_wellington_money_sent_home_is_remittances() -> None:
    """``send home more than NZ$50 million`` is about remittances."""
    assert Topic.REMITTANCES in fixture(WELLINGTON).topics
