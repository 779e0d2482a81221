"""Acceptance facts of fixtures 47 to 56 for the events and instruments stages.

These pages were first parsed blind (see the report of fixtures 47-56). Each failure of
the events and instruments stages fixed here was fixed by a general rule; each test
states one fact.
"""

from __future__ import annotations

from pathlib import Path

from acceptance import events_of_kind, fixture, is_month, is_year, policies_named
from migmodel import EventKind

FIXTURES = Path(__file__).parent / "fixtures"

NEW_DELHI = "47_new-delhi-india-germany-mobility"
ABUJA = "48_abuja-nidcom-diaspora-bond"
ISLAMABAD = "50_islamabad-fia-smuggling-amendment"
RABAT = "51_rabat-gcm-regional-review"
LONDON = "52_london-care-visa-guardian"
SANTIAGO = "53_santiago-chile-biometric-registration"
NEW_YORK = "54_new-york-imrf-un-news"
KATHMANDU = "56_kathmandu-nepal-malaysia-mou-press-release"


# 47 New Delhi: a partnership agreement named with "and".


def test_new_delhi_agreement_keeps_its_whole_name() -> None:
    """``their Migration and Mobility Partnership Agreement``: the whole name."""
    names = [policy.name for policy in fixture(NEW_DELHI).policies]
    assert names == ["Migration and Mobility Partnership Agreement"]


# 48 Abuja: a disclosure at a forum, the place before the forum.


def test_abuja_forum_is_in_abuja() -> None:
    """``disclosed this on Monday in Abuja at a stakeholders' forum``: the forum's place."""
    (forum,) = events_of_kind(fixture(ABUJA), EventKind.CONFERENCE)
    assert (forum.place.name if forum.place else None) == "Abuja"


# 50 Islamabad: the cabinet approves amendments to an Act with a year in its title.


def test_islamabad_adoption_is_not_dated_by_the_act_title() -> None:
    """``amendments to the ... Act, 2018``: the year names the Act, not the approval."""
    (adoption,) = events_of_kind(fixture(ISLAMABAD), EventKind.ADOPTION)
    assert not is_year(adoption.date, 2018)


# 51 Rabat: a regional review that recalls an earlier one and the 2018 conference.


def test_rabat_meeting_is_not_dated_by_the_first_review() -> None:
    """``since the first review held in Cairo in 2020``: 2020 is the first review's."""
    meetings = events_of_kind(fixture(RABAT), EventKind.MEETING)
    assert not any(is_year(meeting.date, 2020) for meeting in meetings)


def test_rabat_opening_session_is_not_dated_2018() -> None:
    """``Speaking at the opening session ..., which chaired the conference that adopted the
    Compact in December 2018``: the session is not a 2018 meeting."""
    meetings = events_of_kind(fixture(RABAT), EventKind.MEETING)
    assert not any(meeting.date and meeting.date.earliest.year == 2018 for meeting in meetings)


# 52 London: figures cited as a source.


def test_london_published_figures_are_no_launch() -> None:
    """``according to Home Office figures published on Thursday``: no launch."""
    assert events_of_kind(fixture(LONDON), EventKind.LAUNCH) == ()


# 53 Santiago: a registration that is expressly not a regularisation.


def test_santiago_has_no_regularisation() -> None:
    """``which does not mean an automatic regularization``: nobody was regularised."""
    assert events_of_kind(fixture(SANTIAGO), EventKind.REGULARIZATION) == ()


# 54 New York: the review forum recalls the adoption of the Compact in Marrakech.


def test_new_york_forum_is_in_new_york() -> None:
    """``the Forum at UN Headquarters in New York``: a venue after ``at`` is no title."""
    forum = events_of_kind(fixture(NEW_YORK), EventKind.CONFERENCE)[0]
    assert (forum.place.name if forum.place else None) == "New York"


def test_new_york_forum_is_not_held_in_marrakech() -> None:
    """``the Compact, adopted in 2018 in Marrakech``: no conference in Marrakech in 2018."""
    conferences = events_of_kind(fixture(NEW_YORK), EventKind.CONFERENCE)
    assert not any(is_year(conference.date, 2018) for conference in conferences)


# 56 Kathmandu: a revised MoU replaces the agreement of October 2018.


def test_kathmandu_signing_is_not_dated_by_the_old_agreement() -> None:
    """``replacing the agreement concluded in October 2018``: not the signing's date."""
    signings = events_of_kind(fixture(KATHMANDU), EventKind.SIGNING)
    assert not any(signing.date and signing.date.earliest.year == 2018 for signing in signings)


def test_kathmandu_mou_is_not_dated_by_the_old_agreement() -> None:
    """The revised MoU is not dated October 2018."""
    policies = fixture(KATHMANDU).policies
    assert not any(policy.date and policy.date.earliest.year == 2018 for policy in policies)


def test_kathmandu_entry_into_force_is_no_second_signing() -> None:
    """``will enter into force 30 days after signing``: one signing only."""
    assert len(events_of_kind(fixture(KATHMANDU), EventKind.SIGNING)) == 1


def test_islamabad_act_keeps_its_whole_name() -> None:
    """``the Prevention of Smuggling of Migrants Act, 2018``: the whole name."""
    names = [policy.name for policy in fixture(ISLAMABAD).policies]
    assert names == ["Prevention of Smuggling of Migrants Act, 2018"]


def test_rabat_has_no_compact_named_with_a_date() -> None:
    """``adopted the Compact in December 2018``: no policy named ``Compact in December 2018``."""
    assert not policies_named(fixture(RABAT), "December")


def test_rabat_compact_is_dated_december_2018() -> None:
    """``the Compact in December 2018`` refers back to the Global Compact and dates it."""
    (compact,) = policies_named(fixture(RABAT), "Global Compact")
    assert is_month(compact.date, 2018, 12)


def test_rabat_strategy_launched_in_2014() -> None:
    """``The National Strategy ... (SNIA), launched in 2014``: dated 2014."""
    (strategy,) = policies_named(fixture(RABAT), "National Strategy")
    assert is_year(strategy.date, 2014)


def test_santiago_law_is_one_law_with_its_whole_name() -> None:
    """``the new Migration and Foreigners Law (Law 21.325)``: one law, its whole name."""
    laws = [policy.name for policy in fixture(SANTIAGO).policies if "Law" in policy.name]
    assert laws == ["Migration and Foreigners Law"]
