"""Acceptance facts of the page layout of fixtures 57 to 65, parsed blind first.

The blind run kept site suffixes in page titles and repeated the H1 and its deck as
body paragraphs, left metadata lines (timestamps, captions with credits, paywall and
share prompts, bios, a key-points box) in the body, missed agency-first and bracketed
datelines, and dated a repost by its repost date. Each was fixed by a general rule of
the segment stage; each test states one fact.
"""

from __future__ import annotations

from acceptance import fixture
from migmodel import Article, FurnitureKind

ATHENS = "57_athens-ap-pylos-asylum"
DOHA = "58_doha-aljazeera-eu-egypt-explainer"
JOHANNESBURG = "59_johannesburg-news24-bma"
TORONTO = "60_toronto-cbc-asylum-hotels"
ROME = "61_rome-ansa-lampedusa"
MEXICO_CITY = "62_mexico-city-eluniversal-comar"
DHAKA = "63_dhaka-daily-star-malaysia"
CANBERRA = "64_canberra-abc-pacific-visa"
NAIROBI = "65_nairobi-reliefweb-ngo-refugees-act"


def _kind(article: Article, start: str) -> FurnitureKind | None:
    """The kind of the first furniture piece whose text starts with ``start``."""
    return next((f.kind for f in article.furniture if f.text.startswith(start)), None)


def _in_body(article: Article, start: str) -> bool:
    """Whether a paragraph starts with ``start``."""
    return any(p.text.startswith(start) for p in article.paragraphs)


def test_johannesburg_title_has_no_site_suffix() -> None:
    """News24's ``| News24`` suffix is not in the title."""
    assert fixture(JOHANNESBURG).title.endswith("along Zimbabwe border")


def test_johannesburg_repeated_headline_is_not_a_paragraph() -> None:
    """The repeated H1 is no body paragraph."""
    assert not _in_body(fixture(JOHANNESBURG), "Border Management Authority deploys")


def test_johannesburg_caption_above_supplied_credit() -> None:
    """The line above ``Supplied`` is a caption."""
    assert _kind(fixture(JOHANNESBURG), "Border Management Authority (BMA) commissioner") is (
        FurnitureKind.CAPTION
    )


def test_johannesburg_paywall_offer_is_set_aside() -> None:
    """``Subscribe to News24 for just R75 per month`` is an advertisement."""
    assert _kind(fixture(JOHANNESBURG), "Subscribe to News24") is FurnitureKind.ADVERTISEMENT


def test_toronto_page_date_from_the_byline_line() -> None:
    """CBC's ``· Posted: Jan 12, 2024`` byline line gives the page date."""
    assert str(fixture(TORONTO).page_date) == "2024-01-12"


def test_toronto_deck_is_not_a_paragraph() -> None:
    """The deck under the H1 is no body paragraph."""
    assert not _in_body(fixture(TORONTO), "Shelter systems in both cities")


def test_toronto_photo_with_outlet_credit_is_a_caption() -> None:
    """``... last month. (Evan Mitchell/CBC)`` is a caption."""
    assert _kind(fixture(TORONTO), "Asylum seekers wait outside") is FurnitureKind.CAPTION


def test_rome_title_has_no_site_suffix() -> None:
    """ANSA's `` - English - ANSA.it`` suffix is not in the title."""
    assert fixture(ROME).title == "Over 1,200 migrants land on Lampedusa in 24 hours"


def test_rome_agency_first_dateline_place() -> None:
    """``(ANSA) - ROME, MAR 12 -`` gives the dateline place Rome."""
    place = fixture(ROME).dateline_place
    assert place is not None
    assert place.name == "Rome"


def test_rome_dateline_is_cut_off_the_first_paragraph() -> None:
    """The first paragraph starts at ``More than``."""
    assert fixture(ROME).paragraphs[0].text.startswith("More than 1,200")


def test_rome_closing_wire_credit() -> None:
    """The closing ``(ANSA).`` is a wire credit."""
    assert _kind(fixture(ROME), "(ANSA).") is FurnitureKind.WIRE_CREDIT


def test_mexico_city_related_notes() -> None:
    """``RELATED NOTES:`` heads a related list."""
    assert _kind(fixture(MEXICO_CITY), "INM finds 129 migrants") is FurnitureKind.RELATED


def test_dhaka_last_update_line_is_a_timestamp() -> None:
    """``Last update on: ...`` is a timestamp."""
    assert _kind(fixture(DHAKA), "Last update on:") is FurnitureKind.TIMESTAMP


def test_dhaka_online_report_is_a_byline() -> None:
    """``Star Online Report`` is a byline."""
    assert _kind(fixture(DHAKA), "Star Online Report") is FurnitureKind.BYLINE


def test_canberra_posted_updated_line_is_a_timestamp() -> None:
    """``Posted Mon 12 Aug 2024 at 5:30am, updated ...`` is a timestamp."""
    assert _kind(fixture(CANBERRA), "Posted Mon 12 Aug") is FurnitureKind.TIMESTAMP


def test_canberra_key_points_are_not_paragraphs() -> None:
    """The key-points bullets are no body paragraphs."""
    assert not _in_body(fixture(CANBERRA), "- The first 120 people")


def test_canberra_beat_byline() -> None:
    """``By Pacific affairs reporter ...`` is a byline."""
    assert _kind(fixture(CANBERRA), "By Pacific affairs reporter") is FurnitureKind.BYLINE


def test_nairobi_bracketed_dateline_place() -> None:
    """``(Nairobi) –`` gives the dateline place Nairobi."""
    place = fixture(NAIROBI).dateline_place
    assert place is not None
    assert place.name == "Nairobi"


def test_nairobi_original_publication_date() -> None:
    """``Originally published 21 Feb 2024`` is the page date, not the repost's."""
    assert str(fixture(NAIROBI).page_date) == "2024-02-21"


def test_athens_bio_line_is_a_byline() -> None:
    """``Dimou covers ... for The Associated Press.`` is a byline."""
    assert _kind(fixture(ATHENS), "Dimou covers") is FurnitureKind.BYLINE


def test_doha_lead_in_is_a_paragraph() -> None:
    """``The package is split into several parts:`` is a paragraph."""
    assert _in_body(fixture(DOHA), "The package is split into several parts:")


def test_doha_question_heading_above_lead_in() -> None:
    """``What does the deal say?`` is a heading."""
    assert _kind(fixture(DOHA), "What does the deal say?") is FurnitureKind.SECTION
