"""Tests for ``migmodel._pipeline.segment``: headline, page date, dateline, body, furniture."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmodel._pipeline.document import Layout
from migmodel._pipeline.normalise import normalise
from migmodel._pipeline.segment import segment
from migmodel.errors import WarningCode
from migmodel.model import FurnitureKind

SEEDS = Path(__file__).parent.parent / "seeds"
BODY = "The two ministers agreed to open new legal pathways for seasonal workers."

# Page-like texts written for these tests: each mixes furniture with a short article.

MENU_PAGE = """\
Home
News
World
Africa
Contact us
MIGRATION
Ghana and Côte d'Ivoire agree to ease cross-border labour movement
By Kwame Mensah, Accra Daily
Published on March 14, 2025
Photo: Workers queue at the Elubo border post. (Photo by Ama Boateng)

ACCRA, March 13 (GNA) - Ghana and Côte d'Ivoire on Thursday signed a protocol to simplify \
work permits for seasonal labourers crossing their shared border.

The agreement was signed in Accra by the two labour ministers.

"This protocol ends years of uncertainty for farm workers," the Ghanaian minister said.

Related articles
Togo joins regional labour mobility scheme
ECOWAS ministers meet on free movement

Leave a comment
Please enter your name here
"""

WIRE_PAGE = """\
MANILA - The Department of Migrant Workers on Friday lifted a deployment ban on household \
workers bound for Kuwait after the two governments agreed on new contract rules.
Officials said the new rules guarantee a weekly day off and allow workers to keep their passports.
"We welcome this step," a department spokesperson told reporters. (PNA)
"""

COOKIE_PAGE = """\
We use cookies to give you the best experience on our website. Accept
Accept all cookies
Will the new visa scheme slow irregular crossings to the Canaries?
Share on Facebook
Tweet
WhatsApp
Madrid, 12 June 2024 – Spain will offer 25,000 circular work visas a year to farm workers \
from Senegal and Mauritania, the migration ministry announced on Wednesday.
The ministry said the scheme would be run with the International Labour Organization.
Subscribe to our newsletter
Enter your email
"""

SUBHEADING_PAGE = """\
EU and Mauritania sign migration partnership

NOUAKCHOTT, Feb 7 (Reuters) - The European Union and Mauritania on Wednesday signed a \
partnership worth 210 million euros covering border management, jobs and legal pathways.

Border management

About half of the funds will go to equipment and training for the coast guard, officials said.

Legal pathways

The remainder will support vocational training and a pilot scheme for seasonal work in Spain.

— Reuters
"""

WRAPPED_PAGE = """\
IOM welcomes new return and reintegration framework

GENEVA, 4 March 2025 – The International Organization for Migration (IOM) welcomed
on Tuesday the adoption of a new framework on return and reintegration by
member states of the Intergovernmental Authority on Development.

The framework sets common standards for the reception of returnees and for
their access to health care, education and jobs.

For more information, please contact the media unit.
"""

CAPTION_PAGE = """\
Politics
Canada raises cap on caregiver permanent residence
Written by Sarah Lee
Updated: 2024-04-27 14:05 GMT
Caregivers attend a citizenship ceremony in Toronto.
Getty Images
OTTAWA, Canada — Canada will admit up to 15,000 home care workers as permanent residents \
this year, the immigration minister said on Friday.
The new pilot programmes replace two earlier schemes that expired last June.
Tags: immigration, caregivers
"""

WEATHER_PAGE = """\
23°C
Nairobi
Monday, 3 June 2024

Kenya and Germany sign labour mobility agreement

NAIROBI, June 2 (Xinhua) -- Kenya and Germany on Sunday signed an agreement that will allow \
skilled Kenyan workers to take up jobs in Germany.

Share of migrants with tertiary education rose to 40 percent last year, officials said.

Read more about the scheme on the labour ministry's website.

About us
Contact us
Privacy Policy
Terms of use
Copyright © 2024 Daily Courier. All rights reserved.
"""

STANDALONE_DATELINE_PAGE = """\
Senegal, Spain renew seasonal worker programme
DAKAR, June 3 (APS) -
Senegal and Spain on Monday renewed a programme that brings farm workers to Huelva each spring.
Reporter: Awa Ndiaye
ADVERTISEMENT
The programme covered some 2,000 workers last season.
"""

STANDFIRST_PAGE = """\
ANKARA

Türkiye, Iraq discuss irregular migration on border

Interior ministers meet in Baghdad to review joint measures

ANKARA (AA) - Turkish and Iraqi interior ministers discussed cooperation against irregular \
migration on Friday, according to a statement.

The ministers agreed to set up a joint working group.

Keywords: Türkiye, Iraq, migration
"""

COLON_DATELINE_PAGE = """\
UAE
Published: May 12, 2024 16:45
By Staff Reporter
Dubai: The UAE has extended the grace period for visa violators, the authority said on Sunday.
Violators who leave before the end of June will not pay fines.
"""

BREADCRUMB_PAGE = """\
Home / News / Gov't to send more labor attachés to Middle East
Gov't to send more labor attachés to Middle East
By Juan Cruz
May 3, 2024, 6:20 pm
MANILA – The Philippine government will send more labor attachés to the Middle East, the \
labor department said Friday.
"We want every worker to have someone to call," the secretary said.
Related Stories
"""

PAGES = (
    STANDFIRST_PAGE,
    COLON_DATELINE_PAGE,
    BREADCRUMB_PAGE,
    MENU_PAGE,
    WIRE_PAGE,
    COOKIE_PAGE,
    SUBHEADING_PAGE,
    WRAPPED_PAGE,
    CAPTION_PAGE,
    WEATHER_PAGE,
    STANDALONE_DATELINE_PAGE,
)


def _seed(name: str) -> Layout:
    """The layout of a seed article."""
    path = next(SEEDS.glob(f"{name}_*.txt"))
    return segment(normalise(path.read_text(encoding="utf-8")))


def _title(layout: Layout) -> str | None:
    """The headline's text, if any."""
    return None if layout.title is None else layout.title.of(layout.text)


def _furniture(layout: Layout) -> list[tuple[str, FurnitureKind]]:
    """The furniture as (text, kind) pairs, in order."""
    return [(piece.text, piece.kind) for piece in layout.furniture]


def _kind_of(layout: Layout, text: str) -> FurnitureKind | None:
    """The kind of the furniture whose text is ``text``, if any."""
    return next((piece.kind for piece in layout.furniture if piece.text == text), None)


def _paragraphs(layout: Layout) -> list[str]:
    """The paragraphs' texts."""
    return [paragraph.text for paragraph in layout.paragraphs]


def _dateline(layout: Layout) -> tuple[str, str | None, str | None, str | None] | None:
    """The dateline as (whole, place, date, agency) texts."""
    dateline = layout.dateline
    if dateline is None:
        return None
    text = layout.text
    return (
        dateline.span.of(text),
        dateline.place.of(text) if dateline.place else None,
        dateline.date.of(text) if dateline.date else None,
        dateline.agency,
    )


def _uncovered(layout: Layout) -> str:
    """The characters no part of the layout covers (should all be white space)."""
    covered = [False] * len(layout.text)
    spans = [piece.span for piece in layout.furniture]
    spans += [paragraph.span for paragraph in layout.paragraphs]
    if layout.title is not None:
        spans.append(layout.title)
    if layout.dateline is not None:
        spans.append(layout.dateline.span)
    for span in spans:
        for offset in range(span.start, span.end):
            covered[offset] = True
    return "".join(char for char, done in zip(layout.text, covered, strict=True) if not done)


def _overlapping(layout: Layout) -> bool:
    """Whether any two parts of the layout share a character."""
    spans = sorted(
        [piece.span for piece in layout.furniture]
        + [paragraph.span for paragraph in layout.paragraphs]
        + ([layout.title] if layout.title else [])
        + ([layout.dateline.span] if layout.dateline else [])
    )
    return any(left.end > right.start for left, right in itertools.pairwise(spans))


# Seed 000: a MAP story with a weather widget, a page date and a comment form.


def test_seed_000_has_eleven_furniture_lines() -> None:
    """Three header lines and eight trailing lines are furniture."""
    assert len(_seed("000").furniture) == 11


def test_seed_000_header_furniture_is_weather_city_and_date() -> None:
    """``15.4 C`` and its city are WEATHER, the page date line is DATE."""
    assert _furniture(_seed("000"))[:3] == [
        ("15.4 C", FurnitureKind.WEATHER),
        ("Casablanca", FurnitureKind.WEATHER),
        ("Saturday, April 27, 2024", FurnitureKind.DATE),
    ]


def test_seed_000_trailing_furniture_is_the_comment_form_and_adverts() -> None:
    """The eight lines after the body are the adverts, lists and the comment form."""
    assert [text for text, _ in _furniture(_seed("000"))[3:]] == [
        "- Advertisement -spot_img",
        "More articles",
        "LEAVE A REPLY",
        "Please enter your comment!",
        "Please enter your name here",
        "- Advertisement -spot_img",
        "Latest article",
        "%d bloggers like this:",
    ]


def test_seed_000_title_keeps_the_official_tag() -> None:
    """The headline is the line after the page date, ``(Official)`` included."""
    assert _title(_seed("000")) == (
        "Morocco Has Made Migration Priority in its Commitment to Fairer, "
        "More Equitable World (Official)"
    )


def test_seed_000_page_date() -> None:
    """The standalone date line gives the page date."""
    assert _seed("000").page_date == dt.date(2024, 4, 27)


def test_seed_000_has_seven_paragraphs() -> None:
    """The body has seven paragraphs."""
    assert len(_seed("000").paragraphs) == 7


def test_seed_000_has_no_dateline() -> None:
    """The body opens with a sentence, not a dateline."""
    assert _seed("000").dateline is None


def test_seed_003_has_no_title() -> None:
    """A text whose first line is a long sentence has no headline."""
    assert _seed("003").title is None


def test_seed_003_has_no_page_date() -> None:
    """No standalone date line, no page date."""
    assert _seed("003").page_date is None


def test_seed_003_has_eight_single_line_paragraphs() -> None:
    """Each non-empty line of a single-newline article is a paragraph."""
    assert len(_seed("003").paragraphs) == 8


def test_seed_003_has_no_furniture() -> None:
    """A clean article has no furniture."""
    assert _seed("003").furniture == ()


def test_seed_003_first_paragraph_is_not_a_dateline() -> None:
    """``The meeting, focusing on ...`` is not a dateline."""
    assert _seed("003").dateline is None


# A page with a menu, a section label, byline, timestamp, caption, related list, comments.


def test_menu_page_title() -> None:
    """The headline follows the menu and the section label."""
    assert _title(segment(MENU_PAGE)) == (
        "Ghana and Côte d'Ivoire agree to ease cross-border labour movement"
    )


def test_menu_page_menu_is_navigation() -> None:
    """A run of short title-case lines at the top is a menu."""
    kinds = [kind for _, kind in _furniture(segment(MENU_PAGE))[:5]]
    assert kinds == [FurnitureKind.NAVIGATION] * 5


def test_menu_page_capitalised_label_under_the_menu_is_a_section() -> None:
    """``MIGRATION`` in capitals under a title-case menu is the section label."""
    assert _kind_of(segment(MENU_PAGE), "MIGRATION") is FurnitureKind.SECTION


def test_menu_page_byline_with_outlet() -> None:
    """``By Kwame Mensah, Accra Daily`` is a byline."""
    assert _kind_of(segment(MENU_PAGE), "By Kwame Mensah, Accra Daily") is FurnitureKind.BYLINE


def test_menu_page_published_line_is_a_timestamp() -> None:
    """``Published on March 14, 2025`` is a labelled date: TIMESTAMP."""
    layout = segment(MENU_PAGE)
    assert _kind_of(layout, "Published on March 14, 2025") is FurnitureKind.TIMESTAMP


def test_menu_page_page_date_from_published_line() -> None:
    """The labelled date before the body is the page date."""
    assert segment(MENU_PAGE).page_date == dt.date(2025, 3, 14)


def test_menu_page_photo_line_is_a_caption() -> None:
    """A ``Photo:`` line is a caption."""
    line = "Photo: Workers queue at the Elubo border post. (Photo by Ama Boateng)"
    assert _kind_of(segment(MENU_PAGE), line) is FurnitureKind.CAPTION


def test_menu_page_dateline() -> None:
    """``ACCRA, March 13 (GNA) -`` is a dateline with place, date and agency."""
    assert _dateline(segment(MENU_PAGE)) == ("ACCRA, March 13 (GNA) -", "ACCRA", "March 13", "GNA")


def test_menu_page_first_paragraph_starts_after_the_dateline() -> None:
    """The first paragraph is the body text after the dateline's dash."""
    assert _paragraphs(segment(MENU_PAGE))[0].startswith("Ghana and Côte d'Ivoire on Thursday")


def test_menu_page_has_three_paragraphs() -> None:
    """The related list and the comment form are not paragraphs."""
    assert len(segment(MENU_PAGE).paragraphs) == 3


def test_menu_page_related_headlines_are_related_furniture() -> None:
    """Headlines listed under ``Related articles`` are RELATED."""
    layout = segment(MENU_PAGE)
    assert _kind_of(layout, "Togo joins regional labour mobility scheme") is FurnitureKind.RELATED


def test_menu_page_comment_form_is_comments() -> None:
    """``Leave a comment`` is COMMENTS."""
    assert _kind_of(segment(MENU_PAGE), "Leave a comment") is FurnitureKind.COMMENTS


# A single-newline wire story with no headline and an inline wire credit.


def test_wire_page_has_no_title() -> None:
    """A story opening with its dateline paragraph has no headline."""
    assert segment(WIRE_PAGE).title is None


def test_wire_page_capitalised_place_and_dash_is_a_dateline() -> None:
    """``MANILA -`` is a dateline without date or agency."""
    assert _dateline(segment(WIRE_PAGE)) == ("MANILA -", "MANILA", None, None)


def test_wire_page_single_lines_are_paragraphs() -> None:
    """Each line of a single-newline story is a paragraph."""
    assert len(segment(WIRE_PAGE).paragraphs) == 3


def test_wire_page_inline_credit_is_cut_off_the_last_paragraph() -> None:
    """``(PNA)`` after the last sentence is not part of the last paragraph."""
    assert _paragraphs(segment(WIRE_PAGE))[-1].endswith("told reporters.")


def test_wire_page_inline_credit_is_a_wire_credit() -> None:
    """The cut ``(PNA)`` is WIRE_CREDIT furniture."""
    assert _furniture(segment(WIRE_PAGE)) == [("(PNA)", FurnitureKind.WIRE_CREDIT)]


# A page with a cookie banner, share buttons, a question headline and a newsletter prompt.


def test_cookie_page_question_headline() -> None:
    """A short first line ending in ``?`` before the body is the headline."""
    assert _title(segment(COOKIE_PAGE)) == (
        "Will the new visa scheme slow irregular crossings to the Canaries?"
    )


def test_cookie_page_banner_is_cookies() -> None:
    """``We use cookies ...`` is COOKIES."""
    line = "We use cookies to give you the best experience on our website. Accept"
    assert _kind_of(segment(COOKIE_PAGE), line) is FurnitureKind.COOKIES


def test_cookie_page_accept_button_is_cookies() -> None:
    """``Accept all cookies`` is COOKIES."""
    assert _kind_of(segment(COOKIE_PAGE), "Accept all cookies") is FurnitureKind.COOKIES


def test_cookie_page_share_buttons_are_share() -> None:
    """``Share on Facebook``, ``Tweet`` and ``WhatsApp`` are SHARE."""
    kinds = {_kind_of(segment(COOKIE_PAGE), line) for line in ("Share on Facebook", "Tweet")}
    assert kinds == {FurnitureKind.SHARE}


def test_cookie_page_newsletter_prompt_is_newsletter() -> None:
    """``Subscribe to our newsletter`` is NEWSLETTER."""
    layout = segment(COOKIE_PAGE)
    assert _kind_of(layout, "Subscribe to our newsletter") is FurnitureKind.NEWSLETTER


def test_cookie_page_dateline_with_day_month_year() -> None:
    """``Madrid, 12 June 2024 –`` is a dateline dated 12 June 2024."""
    assert _dateline(segment(COOKIE_PAGE)) == (
        "Madrid, 12 June 2024 –",
        "Madrid",
        "12 June 2024",
        None,
    )


def test_cookie_page_has_two_paragraphs() -> None:
    """Only the two sentences of the story are paragraphs."""
    assert len(segment(COOKIE_PAGE).paragraphs) == 2


# A story with subheadings and a closing ``— Reuters``.


def test_subheading_page_subheadings_are_sections() -> None:
    """Short lines without a stop between paragraphs are SECTION furniture."""
    layout = segment(SUBHEADING_PAGE)
    kinds = [_kind_of(layout, line) for line in ("Border management", "Legal pathways")]
    assert kinds == [FurnitureKind.SECTION, FurnitureKind.SECTION]


def test_subheading_page_has_three_paragraphs() -> None:
    """Subheadings are not paragraphs."""
    assert len(segment(SUBHEADING_PAGE).paragraphs) == 3


def test_subheading_page_dash_agency_line_is_a_wire_credit() -> None:
    """``— Reuters`` alone on the last line is WIRE_CREDIT."""
    assert _kind_of(segment(SUBHEADING_PAGE), "— Reuters") is FurnitureKind.WIRE_CREDIT


# A hard-wrapped press release.


def test_wrapped_page_has_three_paragraphs() -> None:
    """Lines of a hard-wrapped paragraph make one paragraph."""
    assert len(segment(WRAPPED_PAGE).paragraphs) == 3


def test_wrapped_page_paragraph_spans_its_lines() -> None:
    """The first paragraph runs from after the dateline to ``Development.``."""
    assert _paragraphs(segment(WRAPPED_PAGE))[0] == (
        "The International Organization for Migration (IOM) welcomed\n"
        "on Tuesday the adoption of a new framework on return and reintegration by\n"
        "member states of the Intergovernmental Authority on Development."
    )


# A page with a caption above a photo credit, a timestamp and tags.


def test_caption_page_line_above_photo_credit_is_a_caption() -> None:
    """The short line right above ``Getty Images`` is the photo's caption."""
    line = "Caregivers attend a citizenship ceremony in Toronto."
    assert _kind_of(segment(CAPTION_PAGE), line) is FurnitureKind.CAPTION


def test_caption_page_photo_agency_is_a_credit() -> None:
    """``Getty Images`` is CREDIT."""
    assert _kind_of(segment(CAPTION_PAGE), "Getty Images") is FurnitureKind.CREDIT


def test_caption_page_written_by_is_a_byline() -> None:
    """``Written by Sarah Lee`` is BYLINE."""
    assert _kind_of(segment(CAPTION_PAGE), "Written by Sarah Lee") is FurnitureKind.BYLINE


def test_caption_page_page_date_from_updated_timestamp() -> None:
    """``Updated: 2024-04-27 14:05 GMT`` dates the page."""
    assert segment(CAPTION_PAGE).page_date == dt.date(2024, 4, 27)


def test_caption_page_section_label_at_the_top() -> None:
    """``Politics`` alone above the headline is SECTION."""
    assert _kind_of(segment(CAPTION_PAGE), "Politics") is FurnitureKind.SECTION


def test_caption_page_tags_line_is_navigation() -> None:
    """``Tags: ...`` is NAVIGATION."""
    layout = segment(CAPTION_PAGE)
    assert _kind_of(layout, "Tags: immigration, caregivers") is FurnitureKind.NAVIGATION


def test_caption_page_dateline_with_country() -> None:
    """``OTTAWA, Canada —``: the place is the city, the country is not the date."""
    assert _dateline(segment(CAPTION_PAGE)) == ("OTTAWA, Canada —", "OTTAWA", None, None)


# A page with a weather widget, body lines that look like furniture, and a footer menu.


def test_weather_page_reading_and_city_are_weather() -> None:
    """``23°C`` and the city line after it are WEATHER."""
    assert _furniture(segment(WEATHER_PAGE))[:2] == [
        ("23°C", FurnitureKind.WEATHER),
        ("Nairobi", FurnitureKind.WEATHER),
    ]


def test_weather_page_day_first_page_date() -> None:
    """``Monday, 3 June 2024`` is the page date."""
    assert segment(WEATHER_PAGE).page_date == dt.date(2024, 6, 3)


def test_weather_page_sentence_starting_with_share_is_a_paragraph() -> None:
    """``Share of migrants rose ...`` is body text, not a share button."""
    assert any(text.startswith("Share of migrants") for text in _paragraphs(segment(WEATHER_PAGE)))


def test_weather_page_sentence_with_read_more_is_a_paragraph() -> None:
    """``Read more about the scheme ...`` is body text, not a related-article link."""
    assert any(text.startswith("Read more about") for text in _paragraphs(segment(WEATHER_PAGE)))


def test_weather_page_footer_menu_is_navigation() -> None:
    """``About us``, ``Contact us``, ``Privacy Policy``, ``Terms of use`` are NAVIGATION."""
    layout = segment(WEATHER_PAGE)
    lines = ("About us", "Contact us", "Privacy Policy", "Terms of use")
    assert {_kind_of(layout, line) for line in lines} == {FurnitureKind.NAVIGATION}


def test_weather_page_copyright_line_is_furniture() -> None:
    """The copyright line is NAVIGATION furniture."""
    line = "Copyright © 2024 Daily Courier. All rights reserved."
    assert _kind_of(segment(WEATHER_PAGE), line) is FurnitureKind.NAVIGATION


def test_weather_page_double_hyphen_dateline() -> None:
    """``NAIROBI, June 2 (Xinhua) --`` is a dateline."""
    assert _dateline(segment(WEATHER_PAGE)) == (
        "NAIROBI, June 2 (Xinhua) --",
        "NAIROBI",
        "June 2",
        "Xinhua",
    )


# A dateline alone on its line, and furniture interleaved in the body.


def test_standalone_dateline_line_is_the_dateline() -> None:
    """A dateline alone on its line before the body is the dateline."""
    layout = segment(STANDALONE_DATELINE_PAGE)
    assert _dateline(layout) == ("DAKAR, June 3 (APS) -", "DAKAR", "June 3", "APS")


def test_standalone_dateline_is_not_a_paragraph() -> None:
    """The first paragraph is the line after the standalone dateline."""
    assert _paragraphs(segment(STANDALONE_DATELINE_PAGE))[0].startswith("Senegal and Spain")


def test_interleaved_reporter_line_is_a_byline() -> None:
    """``Reporter: Awa Ndiaye`` inside the body is BYLINE."""
    layout = segment(STANDALONE_DATELINE_PAGE)
    assert _kind_of(layout, "Reporter: Awa Ndiaye") is FurnitureKind.BYLINE


def test_interleaved_advertisement_keeps_the_paragraph_after_it() -> None:
    """A paragraph after an ``ADVERTISEMENT`` line is still body."""
    assert len(segment(STANDALONE_DATELINE_PAGE).paragraphs) == 2


# A standfirst, a title-case colon dateline, a breadcrumb.


def test_standfirst_page_title_is_the_first_long_header_line() -> None:
    """The first header line of three words or more is the headline, not the place label."""
    assert _title(segment(STANDFIRST_PAGE)) == "Türkiye, Iraq discuss irregular migration on border"


def test_standfirst_is_a_paragraph() -> None:
    """A long line between headline and body (a standfirst) is the first paragraph."""
    assert _paragraphs(segment(STANDFIRST_PAGE))[0] == (
        "Interior ministers meet in Baghdad to review joint measures"
    )


def test_standfirst_page_dateline_after_the_standfirst() -> None:
    """The dateline opening the first prose paragraph is still found."""
    assert _dateline(segment(STANDFIRST_PAGE)) == ("ANKARA (AA) -", "ANKARA", None, "AA")


def test_keywords_line_is_navigation() -> None:
    """``Keywords: ...`` is NAVIGATION."""
    layout = segment(STANDFIRST_PAGE)
    assert _kind_of(layout, "Keywords: Türkiye, Iraq, migration") is FurnitureKind.NAVIGATION


def test_colon_dateline_page_has_no_title() -> None:
    """A one-word label above the body is no headline."""
    assert segment(COLON_DATELINE_PAGE).title is None


def test_colon_dateline_page_title_case_colon_dateline() -> None:
    """``Dubai:`` is a dateline."""
    assert _dateline(segment(COLON_DATELINE_PAGE)) == ("Dubai:", "Dubai", None, None)


def test_colon_dateline_page_date_from_published_line() -> None:
    """``Published: May 12, 2024 16:45`` dates the page."""
    assert segment(COLON_DATELINE_PAGE).page_date == dt.date(2024, 5, 12)


def test_staff_reporter_byline() -> None:
    """``By Staff Reporter`` is BYLINE."""
    assert _kind_of(segment(COLON_DATELINE_PAGE), "By Staff Reporter") is FurnitureKind.BYLINE


def test_breadcrumb_from_home_is_navigation() -> None:
    """``Home / News / ...`` is NAVIGATION even though it holds the headline."""
    line = "Home / News / Gov't to send more labor attachés to Middle East"
    assert _kind_of(segment(BREADCRUMB_PAGE), line) is FurnitureKind.NAVIGATION


def test_breadcrumb_page_title_is_the_line_after_the_breadcrumb() -> None:
    """The headline is the line after the breadcrumb."""
    assert _title(segment(BREADCRUMB_PAGE)) == "Gov't to send more labor attachés to Middle East"


def test_breadcrumb_page_date_and_time_line() -> None:
    """``May 3, 2024, 6:20 pm`` is a TIMESTAMP that dates the page."""
    assert segment(BREADCRUMB_PAGE).page_date == dt.date(2024, 5, 3)


# Datelines of every form.

DATELINES = [
    ("RABAT, April 23 (MAP) -", "RABAT", "April 23", "MAP"),
    ("RABAT, April 23 (MAP) –", "RABAT", "April 23", "MAP"),
    ("MANILA:", "MANILA", None, None),
    ("MANILA, Philippines —", "MANILA", None, None),
    ("Geneva -", "Geneva", None, None),
    ("GENEVA (IOM) –", "GENEVA", None, "IOM"),
    ("Geneva, 12 June 2024 –", "Geneva", "12 June 2024", None),
    ("NEW YORK, June 20 (Reuters) -", "NEW YORK", "June 20", "Reuters"),
    ("Lima, Peru, May 3, 2024 —", "Lima", "May 3, 2024", None),
    ("BRUSSELS (AP) —", "BRUSSELS", None, "AP"),
    ("ISLAMABAD, Sept 4 (APP):", "ISLAMABAD", "Sept 4", "APP"),
    ("DAR ES SALAAM, Jan. 9 (Xinhua) --", "DAR ES SALAAM", "Jan. 9", "Xinhua"),
    ("Rio de Janeiro, Brazil -", "Rio de Janeiro", None, None),
    ("Madrid:", "Madrid", None, None),
    ("CHENNAI, Mar 2 (PTI)", "CHENNAI", "Mar 2", "PTI"),
    ("LAHORE (APP)", "LAHORE", None, "APP"),
]


@pytest.mark.parametrize(("dateline", "place", "date", "agency"), DATELINES)
def test_dateline_forms(dateline: str, place: str, date: str | None, agency: str | None) -> None:
    """Each dateline form gives its place, date and agency."""
    layout = segment(f"{dateline} {BODY}")
    assert _dateline(layout) == (dateline, place, date, agency)


@pytest.mark.parametrize("dateline", [row[0] for row in DATELINES])
def test_paragraph_starts_after_each_dateline_form(dateline: str) -> None:
    """The paragraph after any dateline form is the body text alone."""
    assert _paragraphs(segment(f"{dateline} {BODY}")) == [BODY]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Morocco has made migration a priority, the minister told a meeting in Rabat.",
        "The meeting, focusing on migration crises, was organised by the parliament.",
        "UPDATE: The ministry revised the number of arrivals on Monday.",
        "Geneva-based IOM said the number of arrivals had doubled.",
        "Meanwhile - the talks continued in Rabat behind closed doors.",
        "IOM – the UN migration agency – said the number of arrivals had doubled.",
        "In Rabat, officials - who asked not to be named - confirmed the talks.",
        "The European Union (EU) Foreign Ministers met in Rabat on Monday.",
        "Migrant Workers (MW) Centres will open in Rabat next year, officials said.",
        "Lahore (Reuters) Bureau staff said the talks had ended.",
    ],
)
def test_sentences_that_are_not_datelines(paragraph: str) -> None:
    """Openings without a short place and a separator before a capital are not datelines."""
    assert segment(paragraph).dateline is None


# Page dates.


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Saturday, April 27, 2024", FurnitureKind.DATE),
        ("27/04/2024", FurnitureKind.DATE),
        ("27 April 2024", FurnitureKind.DATE),
        ("April 27, 2024 10:32 am", FurnitureKind.TIMESTAMP),
        ("Updated: 2024-04-27 14:05 GMT", FurnitureKind.TIMESTAMP),
        ("Published on 27 April 2024", FurnitureKind.TIMESTAMP),
        ("Last updated 27.04.2024 09:00", FurnitureKind.TIMESTAMP),
        ("Sat 27 Apr 2024 | 10:32", FurnitureKind.TIMESTAMP),
    ],
)
def test_standalone_date_line_kind(line: str, kind: FurnitureKind) -> None:
    """A line that is only a date is DATE; with a time or a label it is TIMESTAMP."""
    layout = segment(f"{line}\n\n{BODY}")
    assert _furniture(layout) == [(line, kind)]


@pytest.mark.parametrize(
    "line",
    [
        "Saturday, April 27, 2024",
        "27/04/2024",
        "April 27, 2024 10:32 am",
        "Updated: 2024-04-27 14:05 GMT",
        "Published on 27 April 2024",
    ],
)
def test_standalone_date_line_gives_the_page_date(line: str) -> None:
    """Every standalone date form (day first when numeric) gives 27 April 2024."""
    assert segment(f"{line}\n\n{BODY}").page_date == dt.date(2024, 4, 27)


def test_date_without_year_is_no_page_date() -> None:
    """``April 27`` alone is a date line but gives no page date."""
    assert segment(f"April 27\n\n{BODY}").page_date is None


def test_sentence_containing_a_date_is_not_a_date_line() -> None:
    """A sentence that mentions a date gives no page date."""
    text = "Ministers signed the agreement on April 27, 2024 in Rabat, officials said."
    assert segment(text).page_date is None


def test_time_alone_is_a_timestamp() -> None:
    """``10:32 am`` alone is TIMESTAMP."""
    assert _kind_of(segment(f"10:32 am\n\n{BODY}"), "10:32 am") is FurnitureKind.TIMESTAMP


def test_relative_time_is_a_timestamp() -> None:
    """``3 hours ago`` alone is TIMESTAMP."""
    assert _kind_of(segment(f"3 hours ago\n\n{BODY}"), "3 hours ago") is FurnitureKind.TIMESTAMP


# Furniture lines after a body paragraph.


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- Advertisement -", FurnitureKind.ADVERTISEMENT),
        ("spot_img", FurnitureKind.ADVERTISEMENT),
        ("ADVERTISEMENT", FurnitureKind.ADVERTISEMENT),
        ("More articles", FurnitureKind.RELATED),
        ("Related", FurnitureKind.RELATED),
        ("Read more", FurnitureKind.RELATED),
        ("Read also: Chad opens new camp for Sudanese refugees", FurnitureKind.RELATED),
        ("See also", FurnitureKind.RELATED),
        ("LEAVE A REPLY", FurnitureKind.COMMENTS),
        ("Please enter your comment!", FurnitureKind.COMMENTS),
        ("You have entered an incorrect email address!", FurnitureKind.COMMENTS),
        ("Latest news", FurnitureKind.RELATED),
        ("Most read", FurnitureKind.RELATED),
        ("Trending", FurnitureKind.RELATED),
        ("%d bloggers like this:", FurnitureKind.SHARE),
        ("Like this:", FurnitureKind.SHARE),
        ("Loading...", FurnitureKind.OTHER),
        ("Share this:", FurnitureKind.SHARE),
        ("Print", FurnitureKind.SHARE),
        ("Email", FurnitureKind.SHARE),
        ("Click to share on X (Opens in new window)", FurnitureKind.SHARE),
        ("Listen to this article", FurnitureKind.OTHER),
        ("00:00", FurnitureKind.OTHER),
        ("Accept", FurnitureKind.COOKIES),
        ("Sign up", FurnitureKind.NEWSLETTER),
        ("Enter your email", FurnitureKind.NEWSLETTER),
        ("Privacy Policy", FurnitureKind.NAVIGATION),
        ("All rights reserved", FurnitureKind.NAVIGATION),
        ("By Jane Smith, Reuters", FurnitureKind.BYLINE),
        ("Image credit: UNHCR/Andrew Mwangi", FurnitureKind.CREDIT),
        ("(Photo by Juan Pérez)", FurnitureKind.CREDIT),
        ("File photo", FurnitureKind.CREDIT),
        ("Credit: AFP", FurnitureKind.CREDIT),
        ("(MAP 24.06.2023)", FurnitureKind.WIRE_CREDIT),
        ("(AA)", FurnitureKind.WIRE_CREDIT),
        ("-- AFP", FurnitureKind.WIRE_CREDIT),
        ("/TAP/", FurnitureKind.WIRE_CREDIT),
        ("(ANSA)", FurnitureKind.WIRE_CREDIT),
        ("Source: Ministry of Labour", FurnitureKind.CREDIT),
        ("Home > World > Africa", FurnitureKind.NAVIGATION),
        ("Home » News » Migration", FurnitureKind.NAVIGATION),
        ("Tags: migration, IOM", FurnitureKind.NAVIGATION),
        ("Photo: IOM/Amanda Nero", FurnitureKind.CAPTION),
        ("Follow us on", FurnitureKind.SHARE),
        ("Follow us on Telegram", FurnitureKind.SHARE),
        ("Privacy Notice: Newsletters may carry adverts from partners.", FurnitureKind.NEWSLETTER),
        ("Disclaimer: This item comes unedited from a wire feed - IANS", FurnitureKind.CREDIT),
        ("Tomas Verlaine-Okoro Home affairs correspondent", FurnitureKind.BYLINE),
        ("Ama Duodu Senior reporter", FurnitureKind.BYLINE),
        ("Pupils line up at a school in Kisumu. PHOTO | FILE | NMG", FurnitureKind.CAPTION),
        ("A boat lands at Lampedusa. PHOTO | KAMAU NJOROGE | NATION", FurnitureKind.CAPTION),
        ("APP/ifr/mjk", FurnitureKind.WIRE_CREDIT),
        ("PTI / abc / xyz", FurnitureKind.WIRE_CREDIT),
        ("For immediate release", FurnitureKind.SECTION),
        ("Embargoed until 00:01 GMT, 4 June", FurnitureKind.SECTION),
        ("Download the Morning Herald App", FurnitureKind.ADVERTISEMENT),
        ("Get our free news app now!", FurnitureKind.ADVERTISEMENT),
    ],
)
def test_furniture_line_kind(line: str, kind: FurnitureKind) -> None:
    """A line of the furniture lexicon after the body is set aside with its kind."""
    assert _kind_of(segment(f"{BODY}\n\n{line}"), line) is kind


@pytest.mark.parametrize(
    "line",
    [
        "Share of migrants in the labour force rose to 12 percent, the survey found.",
        "By the end of 2025, the agency expects to resettle 4,000 refugees.",
        "Sources close to the ministry said the talks would resume in May.",
        "Print and broadcast media were barred from the camp, the group said.",
        "Related talks on visas will open in Dakar next week, officials said.",
        "Disclaimers aside, the ministry said the plan would go ahead in March.",
        "Follow-up talks are planned for June, the ministry said.",
        "Embargo rules were eased for exporters last year, the ministry said.",
        "Kofi Asante, the chief editor of the paper, said its reporter was freed.",
        "Get the app from the ministry, officials told workers leaving for the Gulf.",
    ],
)
def test_body_sentences_that_start_like_furniture_are_paragraphs(line: str) -> None:
    """Whole-line rules do not eat body sentences that start with a furniture word."""
    assert _paragraphs(segment(f"{BODY}\n\n{line}")) == [BODY, line]


def test_sentence_with_guillemets_is_not_a_breadcrumb() -> None:
    """A sentence quoting « ... » is body text, though ``»`` separates breadcrumbs."""
    line = "He said « nous agirons » on Monday."
    assert _paragraphs(segment(f"{BODY}\n\n{line}")) == [BODY, line]


def test_body_after_comment_form_is_not_a_paragraph() -> None:
    """After ``LEAVE A REPLY`` lines are furniture even when they are sentences."""
    text = f"{BODY}\n\nLEAVE A REPLY\nGreat article, thanks for sharing it with us."
    assert len(segment(text).paragraphs) == 1


# Warnings and totality.


def test_empty_text_warns() -> None:
    """Empty text gives an ``EMPTY_TEXT`` warning."""
    assert [warning.code for warning in segment("").warnings] == [WarningCode.EMPTY_TEXT]


def test_blank_text_is_an_empty_layout() -> None:
    """White space alone gives no parts."""
    layout = segment("  \n\n \n")
    assert (layout.title, layout.paragraphs, layout.furniture) == (None, (), ())


def test_text_without_body_warns() -> None:
    """Only furniture and a headline: a ``NO_BODY`` warning."""
    layout = segment("Home\nNews\nWorld\nTalks to resume on seasonal visas")
    assert [warning.code for warning in layout.warnings] == [WarningCode.NO_BODY]


def test_title_without_body_is_still_the_title() -> None:
    """A headline alone is a headline."""
    assert (
        _title(segment("Talks to resume on seasonal visas")) == "Talks to resume on seasonal visas"
    )


def test_short_headline_of_three_words() -> None:
    """A three-word first line above the body is the headline."""
    assert _title(segment(f"Talks to continue\n\n{BODY}")) == "Talks to continue"


@pytest.mark.parametrize("page", PAGES)
def test_pages_leave_only_white_space_uncovered(page: str) -> None:
    """Title, dateline, paragraphs and furniture cover every non-space character."""
    assert _uncovered(segment(page)).strip() == ""


@pytest.mark.parametrize("page", PAGES)
def test_pages_parts_never_overlap(page: str) -> None:
    """No two parts of a page share a character."""
    assert not _overlapping(segment(page))


@pytest.mark.parametrize("page", PAGES)
def test_pages_paragraph_spans_are_trimmed(page: str) -> None:
    """Paragraph spans start and end on non-space characters."""
    assert all(text == text.strip() and text for text in _paragraphs(segment(page)))


_LINES = st.sampled_from(
    [
        *[line for page in PAGES for line in page.splitlines()],
        "",
        "   ",
        "RABAT, April 23 (MAP) -",
        "“Unclosed quotation",
        "(PNA)",
        "Home",
    ]
)


@given(st.lists(_LINES, max_size=25))
def test_page_like_texts_are_covered_without_overlap(lines: list[str]) -> None:
    """Shuffled page lines: parts cover all non-space text and never overlap."""
    layout = segment("\n".join(lines))
    assert (_uncovered(layout).strip(), _overlapping(layout)) == ("", False)


@given(st.text())
def test_any_text_is_covered_without_overlap(text: str) -> None:
    """Any text: parts cover all non-space text and never overlap."""
    layout = segment(text)
    assert (_uncovered(layout).strip(), _overlapping(layout)) == ("", False)


@given(st.lists(_LINES, max_size=25))
def test_page_like_texts_furniture_is_in_text_order(lines: list[str]) -> None:
    """Furniture comes in text order."""
    starts = [piece.span.start for piece in segment("\n".join(lines)).furniture]
    assert starts == sorted(starts)


def _best_time(function: object, argument: str) -> float:
    """The best of two timings of ``function(argument)``."""
    assert callable(function)
    timings = []
    for _ in range(2):
        start = time.perf_counter()
        function(argument)
        timings.append(time.perf_counter() - start)
    return min(timings)


def test_many_furniture_lines_take_linear_time() -> None:
    """50,000 furniture lines take about four times as long as 12,500 (not 16 times)."""
    block = "Share\nTweet\n- Advertisement -\nLEAVE A REPLY\nHome\n"
    small = _best_time(segment, block * 2_500)
    full = _best_time(segment, block * 10_000)
    assert full < 10 * small + 0.1


def test_one_megabyte_line_takes_linear_time() -> None:
    """A 1 MB line without a newline takes about four times as long as 0.25 MB."""
    sentence = "RABAT, April 23 (MAP) - The minister said “migrants (IOM) arrived. "
    small = _best_time(segment, sentence * 3_750)
    full = _best_time(segment, sentence * 15_000)
    assert full < 10 * small + 0.1


# --- datelines and labels seen on more sites ------------------------------------------------


def test_hyphenated_name_opening_a_paragraph_is_not_a_dateline() -> None:
    """``Ndiaye-Sarr`` is a surname: a hyphen with no space is not a dateline separator."""
    text = "Aid talks resume\n\nFatou Ndiaye-Sarr is the new director of the agency, it said."
    assert _dateline(segment(text)) is None


def test_spanish_wire_dateline_with_dot_dash() -> None:
    """``Bogotá (EFE).-`` is a dateline with an agency."""
    text = "Bogotá (EFE).- Colombia will renew permits for Venezuelan migrants, officials said."
    assert _dateline(segment(text)) == ("Bogotá (EFE).-", "Bogotá", None, "EFE")


def test_capital_city_alone_on_a_line_before_the_body_is_a_dateline() -> None:
    """A known city in capitals alone on its line, right before the body, is the dateline."""
    text = "Returns gather pace\n\nANKARA\n\nMore than 700 people returned home, the ministry said."
    assert _dateline(segment(text)) == ("ANKARA", "ANKARA", None, None)


def test_place_and_date_alone_on_a_line_before_the_body_is_a_dateline() -> None:
    """``Brussels, 11 March 2025`` alone before the body is a dated dateline."""
    text = "Returns rules proposed\n\nBrussels, 11 March 2025\n\nToday the Commission acted."
    assert _dateline(segment(text)) == (
        "Brussels, 11 March 2025",
        "Brussels",
        "11 March 2025",
        None,
    )


def test_press_release_label_is_not_the_title() -> None:
    """``European Commission - Press release`` is a section label, not the headline."""
    text = "European Commission - Press release\n\nReturns rules proposed\n\nToday it acted."
    assert _title(segment(text)) == "Returns rules proposed"


def test_byline_followed_by_a_timestamp_is_furniture() -> None:
    """``By NAME  October 14, 2024, 5:12 pm`` is a byline, not a paragraph."""
    text = "Workers home\n\nBy Ana Reyes  October 14, 2024, 5:12 pm\n\nMANILA - Forty flew home."
    assert _furniture(segment(text))[0][1] is FurnitureKind.BYLINE


def test_section_and_date_line_gives_the_page_date() -> None:
    """``Diplomacy | 12.06.2024`` is a section label with the page's date."""
    text = "Diplomacy | 12.06.2024\n\nVisa talks open\n\nTASHKENT - Talks on visas opened today."
    assert segment(text).page_date == dt.date(2024, 6, 12)


def test_timestamp_with_byline_after_a_bar_is_a_timestamp() -> None:
    """``Published: June 3, 2024 16:20 | By Staff Reporter`` is a timestamp line."""
    line = "Published: June 3, 2024 16:20 | By Staff Reporter"
    text = f"New wage rules for domestic workers\n\n{line}\n\nDubai: They must pay."
    assert dict(_furniture(segment(text)))[line] is FurnitureKind.TIMESTAMP


def test_site_and_section_bar_line_is_not_the_title() -> None:
    """``The Point | National News`` is navigation; the headline is the next line."""
    text = "The Point | National News\n\nGambia signs accord\n\nBANJUL - The two states signed it."
    assert _title(segment(text)) == "Gambia signs accord"


# Labels above the headline, and a press release's place-and-date line.


def test_section_label_repeated_in_topic_links_is_not_the_title() -> None:
    """A short label that recurs among the page's topic links is a section label."""
    text = (
        "Borders and visas\n\nFarm owners fear empty fields as seasonal visas are cut\n\n"
        f"{BODY}\n\nBorders and visas | Farming | Labour"
    )
    assert _title(segment(text)) == "Farm owners fear empty fields as seasonal visas are cut"


def test_repeated_label_is_a_section() -> None:
    """The skipped label above the headline is SECTION furniture."""
    text = (
        "Borders and visas\n\nFarm owners fear empty fields as seasonal visas are cut\n\n"
        f"{BODY}\n\nTopics: Borders and visas, Farming"
    )
    assert _kind_of(segment(text), "Borders and visas") is FurnitureKind.SECTION


def test_site_tagline_above_a_menu_line_is_not_the_title() -> None:
    """A short line right above a menu line (``Search``) is the site's tagline."""
    text = "Voices from every shore\nSearch\nLeaders vow to open safer routes for migrants\n" + BODY
    assert _title(segment(text)) == "Leaders vow to open safer routes for migrants"


def test_letterhead_naming_an_organisation_is_not_the_title() -> None:
    """``Ministry of X`` lines above a press release's headline are its letterhead."""
    text = (
        "Government of Arcadia\nMinistry of Labour and Employment\n"
        "Arcadia and Borduria sign deal on seasonal workers\n" + BODY
    )
    assert _title(segment(text)) == "Arcadia and Borduria sign deal on seasonal workers"


def test_headline_naming_an_organisation_with_a_verb_is_the_title() -> None:
    """``Ministry of Labour opens ...`` has a lower-case verb: it is a headline."""
    text = "Ministry of Labour opens jobs centre\nWorkers can seek advice there\n" + BODY
    assert _title(segment(text)) == "Ministry of Labour opens jobs centre"


def test_short_headline_before_a_standfirst_stays_the_title() -> None:
    """A short headline that is not repeated on the page keeps the title."""
    standfirst = "Hundreds of families have waited three days in the cold"
    text = f"Migrants stranded at border\n\n{standfirst}\n\n{BODY}"
    assert _title(segment(text)) == "Migrants stranded at border"


def test_only_labels_above_the_body_the_first_is_still_the_title() -> None:
    """When every candidate is a label, the first with three words is the title."""
    text = f"Ministry of Labour\n\n{BODY}"
    assert _title(segment(text)) == "Ministry of Labour"


PRESS_RELEASE = (
    "Government of Arcadia\nPRESS RELEASE\nFor immediate release\n"
    "Arcadia City, 4 June 2024\nArcadia and Borduria sign deal on seasonal workers\n"
    "Arcadia and Borduria today signed a deal on seasonal workers."
)


def test_place_and_date_line_above_the_headline_is_the_dateline() -> None:
    """``Arcadia City, 4 June 2024`` above a press release's headline is its dateline."""
    assert _dateline(segment(PRESS_RELEASE)) == (
        "Arcadia City, 4 June 2024",
        "Arcadia City",
        "4 June 2024",
        None,
    )


def test_press_release_title_is_below_its_place_and_date_line() -> None:
    """The headline of a press release is not its ``For immediate release`` line."""
    assert _title(segment(PRESS_RELEASE)) == "Arcadia and Borduria sign deal on seasonal workers"


def test_press_release_place_and_date_line_gives_the_page_date() -> None:
    """A dateline alone on its line with a full date gives the page date."""
    assert segment(PRESS_RELEASE).page_date == dt.date(2024, 6, 4)


def test_dateline_opening_a_paragraph_gives_no_page_date() -> None:
    """A dated dateline inside a paragraph is not the page's date."""
    assert segment("Talks open\n\nTUNIS, 4 June 2024 (TAP) - Talks opened.").page_date is None


def test_second_place_and_date_line_above_the_body_is_a_date() -> None:
    """Once the body opens with a dateline, a place-and-date line above it is DATE."""
    text = "Lagos, 4 June 2024\n\nTalks open on visas\n\nABUJA (NAN) - Talks opened."
    assert _kind_of(segment(text), "Lagos, 4 June 2024") is FurnitureKind.DATE


def test_timestamp_with_a_dotted_time_gives_the_page_date() -> None:
    """``Thu 23 May 2024 07.00 BST`` gives 23 May 2024."""
    assert segment(f"Thu 23 May 2024 07.00 BST\n\n{BODY}").page_date == dt.date(2024, 5, 23)


# Subheadings, pull-quotes and live-blog post headings between body paragraphs.


def _between_paragraphs(line: str) -> Layout:
    """A page with ``line`` between two body paragraphs."""
    return segment(f"Talks open\n\n{BODY}\n\n{line}\n\nThe talks will resume on Monday.")


@pytest.mark.parametrize(
    "line",
    [
        "Governor says the new camp will respect the rights of every family",
        "'Nobody should drown trying to reach a job'",
        "What does the plan change?",
        "Farm unions and employers voice their concerns about the quota",
    ],
)
def test_heading_between_paragraphs_is_a_section(line: str) -> None:
    """A one-line heading, pull-quote or short question between paragraphs is SECTION."""
    assert _kind_of(_between_paragraphs(line), line) is FurnitureKind.SECTION


@pytest.mark.parametrize(
    "line",
    [
        "Q: What does the plan change for seasonal workers?",
        "- open ten new centres for workers returning from the Gulf states",
        "The quota was raised twice. It now stands at 12,000 workers a year",
        "Would the ministers agree on a quota before the summer break, or would they wait?",
        "The ministers listed three reasons for the change in the quota:",
    ],
)
def test_body_line_that_is_no_heading_stays_a_paragraph(line: str) -> None:
    """A question with a label, a list item or two sentences without a stop stay body."""
    assert line in _paragraphs(_between_paragraphs(line))


def test_heading_before_the_last_line_of_the_page_is_not_a_section() -> None:
    """A line with no paragraph after it is not a subheading of the body."""
    line = "Governor says the new camp will respect the rights of every family"
    assert _kind_of(segment(f"Talks open\n\n{BODY}\n\n{line}"), line) is not FurnitureKind.SECTION


# A byline's city as the dateline's place.

BYLINE_PAGE = "Visa rules change\n\nBy Ada Obi, Lagos\n\nThe two ministers agreed on new rules."


def test_city_ending_a_byline_is_the_dateline_place() -> None:
    """``By Ada Obi, Lagos`` with no dateline: Lagos is the dateline's place."""
    assert _dateline(segment(BYLINE_PAGE)) == ("Lagos", "Lagos", None, None)


def test_byline_keeps_the_words_before_its_city() -> None:
    """The byline is set aside without its city, which is the dateline."""
    assert _furniture(segment(BYLINE_PAGE)) == [("By Ada Obi,", FurnitureKind.BYLINE)]


def test_byline_ending_in_a_newspaper_gives_no_dateline() -> None:
    """``By Ada Obi, Reuters`` names no city: no dateline."""
    assert segment("Visa rules change\n\nBy Ada Obi, Reuters\n\nThey agreed.").dateline is None


def test_dateline_in_the_body_wins_over_the_byline_city() -> None:
    """A wire dateline opening the body is the dateline; the byline stays whole."""
    text = "Visa rules change\n\nBy Ada Obi, Lagos\n\nABUJA (NAN) - They agreed."
    assert _furniture(segment(text)) == [("By Ada Obi, Lagos", FurnitureKind.BYLINE)]


# Page titles with a site suffix.

SUFFIXED_PAGE = """\
Lorvania opens a new visa route for nurses | Daily Courier

World

Lorvania opens a new visa route for nurses

The scheme will admit health workers from five partner states

Lorvania will admit 2,000 nurses a year under the new route, the labour ministry said.
"""

SUFFIX_ONLY_PAGE = """\
Lorvania opens a new visa route for nurses - Daily Courier

By Mira Okonjo, Daily Courier

Lorvania will admit 2,000 nurses a year under the new route, the labour ministry said.
"""


def test_repeated_heading_is_the_title_without_the_site() -> None:
    """A ``Headline | Site`` line repeated below without the site: the repeat is the title."""
    layout = segment(SUFFIXED_PAGE)
    assert layout.title is not None
    assert layout.title.of(layout.text) == "Lorvania opens a new visa route for nurses"


def test_suffixed_page_title_is_set_aside() -> None:
    """The ``Headline | Site`` line above a repeated headline is furniture."""
    layout = segment(SUFFIXED_PAGE)
    texts = [piece.text for piece in layout.furniture]
    assert "Lorvania opens a new visa route for nurses | Daily Courier" in texts


def test_deck_under_repeated_heading_is_not_a_paragraph() -> None:
    """The one-line deck under a repeated headline is furniture, not the body."""
    layout = segment(SUFFIXED_PAGE)
    assert [p.text[:8] for p in layout.paragraphs] == ["Lorvania"]


def test_site_suffix_named_elsewhere_is_cut_off_the_title() -> None:
    """``Headline - Site`` with the site in a byline: the title stops before the dash."""
    layout = segment(SUFFIX_ONLY_PAGE)
    assert layout.title is not None
    assert layout.title.of(layout.text) == "Lorvania opens a new visa route for nurses"


def test_cut_site_suffix_is_section_furniture() -> None:
    """The cut ``- Site`` suffix of the title is set aside as SECTION."""
    layout = segment(SUFFIX_ONLY_PAGE)
    kinds = {piece.text: piece.kind for piece in layout.furniture}
    assert kinds["- Daily Courier"] is FurnitureKind.SECTION


# Header and footer metadata lines.


def _meta_kind(text: str, line: str) -> FurnitureKind | None:
    """The furniture kind of ``line`` in the layout of ``text``, if it is furniture."""
    return next((p.kind for p in segment(text).furniture if p.text == line), None)


def _meta_page(*lines: str) -> str:
    """A short page: a headline, the given lines, then a body paragraph."""
    return "Lorvania opens a new visa route for nurses\n\n" + "\n\n".join(lines) + f"\n\n{BODY}\n"


DOTTED_BYLINE = (
    "Mira Okonjo · Daily Courier · Posted: Mar 4, 2024 6:00 AM EST | Last Updated: March 4"
)


def test_dotted_byline_with_posted_date_is_a_timestamp() -> None:
    """``Name · Outlet · Posted: ... | Last Updated: ...`` is a TIMESTAMP line."""
    line = DOTTED_BYLINE
    assert _meta_kind(_meta_page(line), line) is FurnitureKind.TIMESTAMP


def test_dotted_byline_with_posted_date_gives_the_page_date() -> None:
    """The posted date of a dotted byline line is the page date."""
    line = DOTTED_BYLINE
    assert segment(_meta_page(line)).page_date == dt.date(2024, 3, 4)


def test_posted_and_updated_line_is_a_timestamp() -> None:
    """``Posted Tue 5 Mar 2024 at 6:10am, updated Tue 5 Mar 2024 at 8:00am`` is TIMESTAMP."""
    line = "Posted Tue 5 Mar 2024 at 6:10am, updated Tue 5 Mar 2024 at 8:00am"
    assert _meta_kind(_meta_page(line), line) is FurnitureKind.TIMESTAMP


def test_last_update_on_line_is_a_timestamp() -> None:
    """``Last update on: ...`` labels a date line."""
    line = "Last update on: Tue Mar 5, 2024 08:00 PM"
    assert _meta_kind(_meta_page(line), line) is FurnitureKind.TIMESTAMP


def test_caption_with_name_and_outlet_credit() -> None:
    """A sentence closed by a ``(Name/Outlet)`` photo credit is a CAPTION."""
    line = "Nurses queue at the consulate in Velmar. (Tomas Ferro/Daily Courier)"
    assert _meta_kind(_meta_page(line), line) is FurnitureKind.CAPTION


def test_supplied_credit_makes_the_line_above_a_caption() -> None:
    """A lone ``Supplied`` credit makes the short line above it a CAPTION."""
    caption = "The minister at the signing in Velmar."
    assert _meta_kind(_meta_page(f"{caption}\nSupplied"), caption) is FurnitureKind.CAPTION


def test_click_here_to_share_is_share() -> None:
    """``Click here to share on social media`` is SHARE."""
    line = "Click here to share on social media"
    assert _meta_kind(_meta_page(line), line) is FurnitureKind.SHARE


def test_paywall_offer_is_an_advertisement() -> None:
    """``Subscribe to X for just ... per month`` is an ADVERTISEMENT."""
    line = "Subscribe to the Courier for just $4 per month. Cancel anytime."
    assert _meta_kind(_meta_page(line), line) is FurnitureKind.ADVERTISEMENT


def test_follow_coverage_pointer_is_related() -> None:
    """``Follow X's coverage of ... at URL`` is RELATED."""
    line = "Follow the Courier's coverage of labour migration at https://example.org/labour"
    assert _meta_kind(_meta_page(line), line) is FurnitureKind.RELATED


def test_author_bio_line_is_a_byline() -> None:
    """``Name covers X for Outlet.`` is a BYLINE."""
    line = "Okonjo covers health and migration for the Daily Courier."
    assert _meta_kind(_meta_page(line), line) is FurnitureKind.BYLINE


def test_related_notes_heading_is_related() -> None:
    """``RELATED NOTES:`` heads a related list."""
    assert _meta_kind(_meta_page("RELATED NOTES:"), "RELATED NOTES:") is FurnitureKind.RELATED


def test_online_report_byline() -> None:
    """``Courier Online Report`` is a BYLINE."""
    assert (
        _meta_kind(_meta_page("Courier Online Report"), "Courier Online Report")
        is FurnitureKind.BYLINE
    )


def test_byline_with_a_beat_before_the_name() -> None:
    """``By health reporter Mira Okonjo`` is a BYLINE."""
    line = "By health reporter Mira Okonjo"
    assert _meta_kind(_meta_page(line), line) is FurnitureKind.BYLINE


def test_key_points_items_are_not_paragraphs() -> None:
    """The list items under ``Key points:`` are set aside, not body paragraphs."""
    box = "Key points:\n- Lorvania will admit 2,000 nurses a year\n- The route opens in May"
    layout = segment(_meta_page(box))
    assert [p.text for p in layout.paragraphs] == [BODY]


# Dateline forms and the original publication date.


def test_agency_first_dateline_place() -> None:
    """``(AFP) - PARIS, MAR 3 - ...``: the place after a leading agency is the dateline's."""
    layout = segment(
        f"Lorvania opens a new visa route for nurses\n\n(AFP) - PARIS, MAR 3 - {BODY}\n"
    )
    assert layout.dateline is not None
    assert layout.dateline.place.of(layout.text) == "PARIS"


def test_agency_first_dateline_agency() -> None:
    """The leading agency of ``(AFP) - PARIS, MAR 3 -`` is the dateline's agency."""
    layout = segment(
        f"Lorvania opens a new visa route for nurses\n\n(AFP) - PARIS, MAR 3 - {BODY}\n"
    )
    assert layout.dateline is not None
    assert layout.dateline.agency == "AFP"


def test_agency_first_dateline_is_cut_off_the_paragraph() -> None:
    """The paragraph after ``(AFP) - PARIS, MAR 3 -`` starts at its first word."""
    layout = segment(
        f"Lorvania opens a new visa route for nurses\n\n(AFP) - PARIS, MAR 3 - {BODY}\n"
    )
    assert layout.paragraphs[0].text == BODY


def test_bracketed_place_dateline() -> None:
    """``(Nairobi) – ...``: a known place in brackets opening the body is the dateline."""
    layout = segment(f"Lorvania opens a new visa route for nurses\n\n(Nairobi) – {BODY}\n")
    assert layout.dateline is not None
    assert layout.dateline.place.of(layout.text) == "Nairobi"


def test_bracketed_unknown_word_is_no_dateline() -> None:
    """``(Velmarco) – ...``: a bracketed word the gazetteer does not know is no dateline."""
    layout = segment(f"Lorvania opens a new visa route for nurses\n\n(Velmarco) – {BODY}\n")
    assert layout.dateline is None


def test_file_size_line_is_no_dateline() -> None:
    """``Download Report (PDF | 412 KB)`` is no dateline."""
    page = (
        f"Lorvania opens a new visa route for nurses\n\nDownload Report (PDF | 412 KB)\n\n{BODY}\n"
    )
    assert segment(page).dateline is None


def test_wire_credit_with_a_final_stop_is_cut() -> None:
    """``... said. (AFP).`` closing the story loses its wire credit."""
    layout = segment(f"Lorvania opens a new visa route for nurses\n\n{BODY} (AFP).\n")
    assert layout.paragraphs[-1].text == BODY


def test_original_publication_date_is_the_page_date() -> None:
    """``Originally published`` wins over a repost's earlier ``Posted`` date."""
    page = (
        "Lorvania opens a new visa route for nurses\n\nPosted\n4 Mar 2024\n"
        f"Originally published\n3 Mar 2024\n\n{BODY}\n"
    )
    assert segment(page).page_date == dt.date(2024, 3, 3)


# A list's lead-in line.

LEAD_IN_PAGE = f"""\
Lorvania opens a new visa route for nurses

{BODY}

What does the route offer?

The route has three parts:

- a two-year visa for nurses
- a language course

The ministry will review the route next year.
"""


def test_list_lead_in_is_a_paragraph() -> None:
    """A line ending with a colon right above a list item is a paragraph."""
    layout = segment(LEAD_IN_PAGE)
    assert "The route has three parts:" in [p.text for p in layout.paragraphs]


def test_question_above_a_list_lead_in_is_a_heading() -> None:
    """A short question above a list's lead-in line is a SECTION heading."""
    layout = segment(LEAD_IN_PAGE)
    kinds = {piece.text: piece.kind for piece in layout.furniture}
    assert kinds["What does the route offer?"] is FurnitureKind.SECTION
