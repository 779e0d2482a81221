"""Two small articles built by hand (no parser involved), for corpus and query tests.

Spans are found with ``str.index`` so every mention's text equals ``text[span]``.
"""

from __future__ import annotations

import datetime as dt

from migmodel import (
    Article,
    Corpus,
    EntityKind,
    EntityRef,
    Event,
    EventKind,
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
    Role,
    Span,
    Statement,
    StatementKind,
    Topic,
)

DAKAR_TEXT = (
    "Senegal and Spain Sign Labour Mobility Deal\n\n"
    "Senegal's Minister of Labour, Awa Ndiaye, said on Monday in Dakar that the deal "
    "would open regular pathways for seasonal workers.\n\n"
    "\u201cNo one should risk the Atlantic route to find work,\u201d Ndiaye said, adding "
    "that the International Labour Organization (ILO) would monitor the scheme."
)

MADRID_TEXT = (
    "Spain Adopts Plan Against Human Trafficking\n\n"
    "Madrid's cabinet adopted a National Plan against Human Trafficking in March 2023, "
    "Minister Awa Ndiaye of Senegal welcomed the step, the ILO said."
)


def _span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span(start=start, end=start + len(words))


def _mention(text: str, words: str, after: int = 0) -> Mention:
    return Mention(span=_span(text, words, after), text=words)


def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    blocks = text.split("\n\n")[1:]
    found = []
    for index, block in enumerate(blocks):
        span = _span(text, block)
        found.append(Paragraph(index=index, span=span, text=block))
    return tuple(found)


def dakar_article() -> Article:
    """A labour-mobility story from Dakar with a minister, the ILO and a meeting."""
    text = DAKAR_TEXT
    ilo = EntityRef(
        id="org:ilo", kind=EntityKind.ORGANIZATION, name="International Labour Organization"
    )
    ndiaye = EntityRef(id="person:awa-ndiaye", kind=EntityKind.PERSON, name="Awa Ndiaye")
    dakar = EntityRef(id="place:dakar", kind=EntityKind.PLACE, name="Dakar")
    quote = "No one should risk the Atlantic route to find work,"
    return Article(
        id="dakar01",
        source="news/dakar.txt",
        text=text,
        title="Senegal and Spain Sign Labour Mobility Deal",
        title_span=_span(text, "Senegal and Spain Sign Labour Mobility Deal"),
        page_date=dt.date(2024, 3, 13),
        paragraphs=_paragraphs(text),
        persons=(
            Person(
                id="person:awa-ndiaye",
                name="Awa Ndiaye",
                roles=(Role(title="Minister of Labour", country="SN"),),
                nationality="SN",
                mentions=(_mention(text, "Awa Ndiaye"), _mention(text, "Ndiaye", 120)),
            ),
        ),
        organizations=(
            Organization(
                id="org:ilo",
                name="International Labour Organization",
                acronym="ILO",
                kind=OrganizationKind.INTERNATIONAL,
                mentions=(_mention(text, "International Labour Organization"),),
            ),
        ),
        places=(
            Place(
                id="place:SN",
                name="Senegal",
                kind=PlaceKind.COUNTRY,
                country="SN",
                mentions=(_mention(text, "Senegal"), _mention(text, "Senegal", 40)),
            ),
            Place(
                id="place:dakar",
                name="Dakar",
                kind=PlaceKind.CITY,
                country="SN",
                mentions=(_mention(text, "Dakar"),),
            ),
        ),
        statements=(
            Statement(
                speaker=ndiaye,
                kind=StatementKind.REPORTED,
                cue="say",
                text="the deal would open regular pathways for seasonal workers",
                span=_span(text, "the deal would open regular pathways for seasonal workers"),
                paragraph=0,
                topics=(Topic.LABOUR_MIGRATION, Topic.REGULAR_PATHWAYS),
                date=FuzzyDate.day(2024, 3, 11, inferred=True),
            ),
            Statement(
                speaker=ndiaye,
                kind=StatementKind.DIRECT,
                cue="say",
                text=quote,
                span=_span(text, quote),
                paragraph=1,
                topics=(Topic.MIGRANT_SMUGGLING,),
            ),
        ),
        events=(
            Event(
                id="event:1",
                kind=EventKind.SIGNING,
                description="Senegal and Spain Sign Labour Mobility Deal",
                date=FuzzyDate.day(2024, 3, 11, inferred=True),
                place=dakar,
                organizers=(ilo,),
                participants=(ndiaye,),
                span=_span(text, "Senegal and Spain Sign Labour Mobility Deal"),
            ),
        ),
    )


def madrid_article() -> Article:
    """A Spanish trafficking plan, with the same minister named again and the ILO by acronym."""
    text = MADRID_TEXT
    ilo = EntityRef(id="org:ilo", kind=EntityKind.ORGANIZATION, name="ILO")
    plan = "National Plan against Human Trafficking"
    adopted = "Madrid's cabinet adopted a National Plan against Human Trafficking in March 2023"
    return Article(
        id="madrid01",
        source="news/madrid.txt",
        text=text,
        title="Spain Adopts Plan Against Human Trafficking",
        title_span=_span(text, "Spain Adopts Plan Against Human Trafficking"),
        paragraphs=_paragraphs(text),
        persons=(
            Person(
                id="person:awa-ndiaye",
                name="Awa Ndiaye",
                honorific=None,
                roles=(Role(title="Minister", country="SN"),),
                mentions=(_mention(text, "Awa Ndiaye"),),
            ),
        ),
        organizations=(
            Organization(
                id="org:ilo",
                name="ILO",
                acronym="ILO",
                kind=OrganizationKind.INTERNATIONAL,
                mentions=(_mention(text, "ILO"),),
            ),
        ),
        places=(
            Place(
                id="place:ES",
                name="Spain",
                kind=PlaceKind.COUNTRY,
                country="ES",
                mentions=(_mention(text, "Spain"),),
            ),
            Place(
                id="place:SN",
                name="Senegal",
                kind=PlaceKind.COUNTRY,
                country="SN",
                mentions=(_mention(text, "Senegal", 50),),
            ),
        ),
        statements=(
            Statement(
                speaker=ilo,
                kind=StatementKind.REPORTED,
                cue="say",
                text=adopted,
                span=_span(text, adopted),
                paragraph=0,
                topics=(Topic.HUMAN_TRAFFICKING,),
            ),
        ),
        policies=(
            Policy(
                id="policy:national-plan-against-human-trafficking",
                name=plan,
                kind=PolicyKind.PROGRAMME,
                country="ES",
                date=FuzzyDate.month(2023, 3),
                topics=(Topic.HUMAN_TRAFFICKING,),
                span=_span(text, plan),
            ),
        ),
    )


def corpus() -> Corpus:
    """Both hand-built articles, Dakar first."""
    return Corpus(articles=(dakar_article(), madrid_article()))
