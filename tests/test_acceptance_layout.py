"""Acceptance facts of the page layout of fixtures 47 to 56, parsed blind first.

The blind run showed section labels, a site tagline and a letterhead taken for the
headline, page dates not exposed, datelines missed (PTI's without a dash, a press
release's place-and-date line, a byline's city) and captions, disclaimers, newsletter
notes, subheadings and live-blog post headings left in the body. Each was fixed by a
general rule of the segment stage; each test states one fact.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from acceptance import fixture
from migmodel import Article, FuzzyDate
from migmodel.model import FurnitureKind

FIXTURES = Path(__file__).parent / "fixtures"

NEW_DELHI = "47_new-delhi-india-germany-mobility"
ABUJA = "48_abuja-nidcom-diaspora-bond"
NAIROBI = "49_nairobi-shirika-plan"
ISLAMABAD = "50_islamabad-fia-smuggling-amendment"
LONDON = "52_london-care-visa-guardian"
NEW_YORK = "54_new-york-imrf-un-news"
BRUSSELS = "55_brussels-returns-live-blog"
KATHMANDU = "56_kathmandu-nepal-malaysia-mou-press-release"


def _kind_of(article: Article, start: str) -> FurnitureKind | None:
    """The kind of the first furniture line that starts with ``start``, if any."""
    return next((f.kind for f in article.furniture if f.text.startswith(start)), None)


def _in_body(article: Article, words: str) -> bool:
    """Whether any paragraph holds ``words``."""
    return any(words in paragraph.text for paragraph in article.paragraphs)


def _dateline_place(article: Article) -> str | None:
    return article.dateline_place.name if article.dateline_place else None


# 47 New Delhi: a PTI story, `NEW DELHI, Jan 5 (PTI) India and ...`.


def test_new_delhi_dateline_place() -> None:
    """``NEW DELHI, Jan 5 (PTI)`` with no dash is the dateline: New Delhi."""
    assert _dateline_place(fixture(NEW_DELHI)) == "New Delhi"


def test_new_delhi_dateline_date() -> None:
    """The dateline's ``Jan 5`` is 5 January 2024, the page's year."""
    assert fixture(NEW_DELHI).dateline_date == FuzzyDate.day(2024, 1, 5, inferred=True)


def test_new_delhi_first_paragraph_starts_after_the_dateline() -> None:
    """Paragraph 0 starts with ``India and Germany``."""
    assert fixture(NEW_DELHI).paragraphs[0].text.startswith("India and Germany on Friday")


def test_new_delhi_second_related_link_is_related() -> None:
    """The second link under ``Read More`` is RELATED, not a paragraph."""
    assert _kind_of(fixture(NEW_DELHI), "MEA issues advisory") is FurnitureKind.RELATED


def test_new_delhi_disclaimer_is_a_credit() -> None:
    """``Disclaimer: This story has not been edited ...`` is CREDIT furniture."""
    assert _kind_of(fixture(NEW_DELHI), "Disclaimer:") is FurnitureKind.CREDIT


def test_new_delhi_follow_us_is_share() -> None:
    """``Follow us on`` is SHARE."""
    assert _kind_of(fixture(NEW_DELHI), "Follow us on") is FurnitureKind.SHARE


# 48 Abuja: `By Chinedu Okafor-Bello, Abuja`.


def test_abuja_dateline_place_from_the_byline() -> None:
    """The byline's city is the dateline's place."""
    assert _dateline_place(fixture(ABUJA)) == "Abuja"


def test_abuja_app_prompt_is_an_advertisement() -> None:
    """``Download the Daily Courier App`` is ADVERTISEMENT, not a related link."""
    assert _kind_of(fixture(ABUJA), "Download the") is FurnitureKind.ADVERTISEMENT


# 49 Nairobi: photo captions ending `PHOTO | ... | NMG`.


def test_nairobi_file_photo_caption_is_a_caption() -> None:
    """``Refugees queue ... PHOTO | FILE | NATION MEDIA GROUP`` is CAPTION."""
    assert _kind_of(fixture(NAIROBI), "Refugees queue for food") is FurnitureKind.CAPTION


def test_nairobi_launch_photo_caption_is_not_a_paragraph() -> None:
    """``Dr Paul Lagat, Interior PS, speaks during the launch ...`` is not body text."""
    assert not _in_body(fixture(NAIROBI), "PHOTO |")


# 50 Islamabad: an APP story closing with `APP/ifr/mjk`.


def test_islamabad_editor_initials_are_a_wire_credit() -> None:
    """``APP/ifr/mjk`` is WIRE_CREDIT."""
    assert _kind_of(fixture(ISLAMABAD), "APP/ifr/mjk") is FurnitureKind.WIRE_CREDIT


# 52 London: a section label above the headline, repeated among the topic links.


def test_london_title_is_the_headline() -> None:
    """The title is the headline, not the ``Immigration and asylum`` label."""
    assert fixture(LONDON).title == (
        "Care home operators warn of staffing crisis as overseas recruitment falls by 80%"
    )


def test_london_section_label_is_a_section() -> None:
    """``Immigration and asylum`` above the headline is SECTION."""
    assert _kind_of(fixture(LONDON), "Immigration and asylum") is FurnitureKind.SECTION


def test_london_page_date() -> None:
    """``Thu 23 May 2024 07.00 BST`` gives the page date."""
    assert fixture(LONDON).page_date == dt.date(2024, 5, 23)


def test_london_correspondent_line_is_a_byline() -> None:
    """``Ruth Pemberton-Gale Social affairs correspondent`` is BYLINE."""
    assert _kind_of(fixture(LONDON), "Ruth Pemberton-Gale") is FurnitureKind.BYLINE


def test_london_privacy_notice_is_newsletter() -> None:
    """``Privacy Notice: Newsletters may contain ...`` is NEWSLETTER."""
    assert _kind_of(fixture(LONDON), "Privacy Notice:") is FurnitureKind.NEWSLETTER


# 54 New York: a site tagline above a menu line, a pull-quote subheading.


def test_new_york_title_is_the_headline() -> None:
    """The title is the headline, not the ``Global perspective Human stories`` tagline."""
    assert fixture(NEW_YORK).title == (
        "Member States pledge to make migration 'safer for all' as review forum closes"
    )


def test_new_york_page_date() -> None:
    """``20 May 2022`` under the headline gives the page date."""
    assert fixture(NEW_YORK).page_date == dt.date(2022, 5, 20)


def test_new_york_pull_quote_is_a_section() -> None:
    """``'No one should have to risk their life'`` is a subheading, SECTION."""
    assert _kind_of(fixture(NEW_YORK), "'No one should") is FurnitureKind.SECTION


# 55 Brussels: a live blog whose posts have headings.


def test_brussels_post_heading_is_a_section() -> None:
    """``Commissioner says 'return hubs' will respect human rights`` is SECTION."""
    assert _kind_of(fixture(BRUSSELS), "Commissioner says") is FurnitureKind.SECTION


def test_brussels_question_heading_is_a_section() -> None:
    """``What is in the proposal?`` is SECTION."""
    assert _kind_of(fixture(BRUSSELS), "What is in the proposal?") is FurnitureKind.SECTION


# 56 Kathmandu: a government press release with a letterhead.


def test_kathmandu_title_is_the_headline() -> None:
    """The title is the headline, not the ``Government of Nepal`` letterhead."""
    assert fixture(KATHMANDU).title == (
        "Nepal and Malaysia sign revised MoU on recruitment of Nepali workers"
    )


def test_kathmandu_dateline_place() -> None:
    """``Kathmandu, 8 August 2024`` is the dateline: Kathmandu."""
    assert _dateline_place(fixture(KATHMANDU)) == "Kathmandu"


def test_kathmandu_dateline_date() -> None:
    """The dateline's date is 8 August 2024."""
    assert fixture(KATHMANDU).dateline_date == FuzzyDate.day(2024, 8, 8)


def test_kathmandu_page_date() -> None:
    """The press release's date line gives the page date."""
    assert fixture(KATHMANDU).page_date == dt.date(2024, 8, 8)
