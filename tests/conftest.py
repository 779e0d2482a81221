"""Shared test configuration: hypothesis profiles.

Choose one with the ``HYPOTHESIS_PROFILE`` environment variable: ``default`` and ``ci``
run 50 examples a property, ``dev`` runs 10 for a quick loop. None has a deadline, since
timings on shared machines vary.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import settings

from migmodel.model import (
    Article,
    DateMention,
    Event,
    EventKind,
    Furniture,
    FurnitureKind,
    FuzzyDate,
    Mention,
    Organization,
    OrganizationKind,
    Paragraph,
    Person,
    Place,
    PlaceKind,
    Policy,
    PolicyKind,
    Quantity,
    Role,
    Span,
    Statement,
    StatementKind,
    Topic,
)

settings.register_profile("default", max_examples=50, deadline=None)
settings.register_profile("ci", max_examples=50, deadline=None)
settings.register_profile("dev", max_examples=10, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


# --- a small hand-built article, the subject of the golden JSON test -----------------------

GOLDEN_TEXT = (
    "Monday, March 4, 2024\n"
    "Cape Verde and Portugal Sign Labour Mobility Agreement\n"
    "\n"
    "LISBON, March 4 (Lusa) - Cape Verde and Portugal on Monday signed an agreement on "
    "labour mobility that will open 2,500 work visas a year to Cape Verdean nationals, "
    "the Ministry of Foreign Affairs of Cape Verde said.\n"
    "\n"
    "\u201cThis agreement gives our young people a legal and safe way to work in Europe,"
    "\u201d Foreign Minister Rui Almada Tavares told reporters in Lisbon.\n"
    "\n"
    "The International Organization for Migration (IOM) will help select candidates "
    "from June 2024, he added.\n"
    "\n"
    "Share this article"
)


def _span(words: str, occurrence: int = 1, *, within: str = "") -> Span:
    """The span of the ``occurrence``-th ``words`` in ``GOLDEN_TEXT`` (in ``within``, if given)."""
    start = GOLDEN_TEXT.index(within) - 1 if within else -1
    for _ in range(occurrence):
        start = GOLDEN_TEXT.index(words, start + 1)
    return Span(start=start, end=start + len(words))


def _mention(words: str, occurrence: int = 1, *, within: str = "") -> Mention:
    return Mention(span=_span(words, occurrence, within=within), text=words)


def build_golden_article() -> Article:
    """A small article built by hand, one of each kind of fact, every span found by search."""
    text = GOLDEN_TEXT
    lines = [line for line in text.split("\n") if line]
    page_date = lines[0]
    body = lines[2:5]
    dateline = "LISBON, March 4 (Lusa) - "
    first = body[0].removeprefix(dateline)
    paragraph_texts = (first, body[1], body[2])
    ministry = Organization(
        id="org:ministry-of-foreign-affairs-of-cape-verde",
        name="Ministry of Foreign Affairs of Cape Verde",
        kind=OrganizationKind.GOVERNMENT,
        country="CV",
        mentions=(_mention("Ministry of Foreign Affairs of Cape Verde"),),
    )
    iom = Organization(
        id="org:iom",
        name="International Organization for Migration",
        acronym="IOM",
        kind=OrganizationKind.INTERNATIONAL,
        mentions=(_mention("International Organization for Migration"), _mention("IOM")),
    )
    cape_verde = Place(
        id="place:CV",
        name="Cape Verde",
        kind=PlaceKind.COUNTRY,
        country="CV",
        mentions=(_mention("Cape Verde", 2), _mention("Cape Verdean")),
    )
    portugal = Place(
        id="place:PT",
        name="Portugal",
        kind=PlaceKind.COUNTRY,
        country="PT",
        mentions=(_mention("Portugal", 2),),
    )
    lisbon = Place(
        id="place:lisbon",
        name="Lisbon",
        kind=PlaceKind.CITY,
        country="PT",
        mentions=(_mention("LISBON"), _mention("Lisbon")),
    )
    minister = Person(
        id="person:rui-almada-tavares",
        name="Rui Almada Tavares",
        aliases=("Tavares",),
        roles=(Role(title="Foreign Minister", organization=ministry.ref, country="CV"),),
        nationality="CV",
        mentions=(_mention("Rui Almada Tavares"), _mention("he", within="he added")),
    )
    signed = FuzzyDate.day(2024, 3, 4, inferred=True)
    visas = Quantity(
        value=2500, unit="work visas", text="2,500 work visas", span=_span("2,500 work visas")
    )
    quote = "This agreement gives our young people a legal and safe way to work in Europe,"
    signing = "Cape Verde and Portugal on Monday signed an agreement on labour mobility"
    return Article(
        id="c0ffee0ddba11a5e",
        source="golden/lisbon-labour-mobility.txt",
        text=text,
        title=lines[1],
        title_span=_span(lines[1]),
        page_date=dt.date(2024, 3, 4),
        dateline_place=lisbon.ref,
        dateline_date=FuzzyDate.day(2024, 3, 4),
        dateline_span=_span(dateline),
        paragraphs=tuple(
            Paragraph(index=index, span=_span(words), text=words)
            for index, words in enumerate(paragraph_texts)
        ),
        furniture=(
            Furniture(span=_span(page_date), text=page_date, kind=FurnitureKind.DATE),
            Furniture(span=_span(lines[-1]), text=lines[-1], kind=FurnitureKind.SHARE),
        ),
        persons=(minister,),
        organizations=(ministry, iom),
        places=(cape_verde, portugal, lisbon),
        statements=(
            Statement(
                speaker=minister.ref,
                kind=StatementKind.DIRECT,
                cue="tell",
                text=quote,
                span=_span(quote),
                paragraph=1,
                topics=(Topic.LABOUR_MIGRATION, Topic.REGULAR_PATHWAYS),
                speaker_mention=_mention("Rui Almada Tavares"),
                date=signed,
            ),
        ),
        events=(
            Event(
                id="event:1",
                kind=EventKind.SIGNING,
                description=signing,
                date=signed,
                place=lisbon.ref,
                participants=(cape_verde.ref, portugal.ref),
                span=_span(
                    "Cape Verde and Portugal on Monday signed an agreement on labour mobility"
                ),
                topics=(Topic.LABOUR_MIGRATION,),
            ),
        ),
        policies=(
            Policy(
                id="policy:agreement-on-labour-mobility",
                name="agreement on labour mobility",
                kind=PolicyKind.AGREEMENT,
                country="CV",
                parties=(portugal.ref,),
                date=signed,
                topics=(Topic.LABOUR_MIGRATION, Topic.REGULAR_PATHWAYS),
                span=_span("an agreement on labour mobility"),
                quantities=(visas,),
                mentions=(_mention("agreement on labour mobility"), _mention("This agreement")),
            ),
        ),
        dates=(
            DateMention(text=page_date, value=FuzzyDate.day(2024, 3, 4), span=_span(page_date)),
            DateMention(text="March 4", value=FuzzyDate.day(2024, 3, 4), span=_span("March 4", 2)),
            DateMention(text="Monday", value=signed, span=_span("Monday", 2)),
            DateMention(text="June 2024", value=FuzzyDate.month(2024, 6), span=_span("June 2024")),
        ),
        quantities=(visas,),
        topics=(Topic.LABOUR_MIGRATION, Topic.REGULAR_PATHWAYS, Topic.INTERNATIONAL_COOPERATION),
    )


@pytest.fixture
def golden_article() -> Article:
    """The hand-built article behind ``tests/golden/article.json``."""
    return build_golden_article()
