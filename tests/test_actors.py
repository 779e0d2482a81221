"""Tests for ``migmodel._pipeline.actors``: persons, organisations, places, coreference."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmodel._pipeline.actor_text import TokenView
from migmodel._pipeline.actors import actors
from migmodel._pipeline.document import (
    Actors,
    Dateline,
    Document,
    Layout,
    MentionVia,
    Quote,
)
from migmodel._pipeline.normalise import normalise
from migmodel._pipeline.quotes import quotes
from migmodel._pipeline.segment import segment
from migmodel._pipeline.sentences import sentences
from migmodel.model import (
    Furniture,
    FurnitureKind,
    Organization,
    OrganizationKind,
    Paragraph,
    Person,
    PlaceKind,
    Span,
)

SEEDS = Path(__file__).parent.parent / "seeds"
_QUOTE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def _document(text: str, *, title: bool = False, dateline: str | None = None) -> Document:
    """A Document whose paragraphs are the non-empty lines of ``text``.

    With ``title`` the first line is the headline; with ``dateline`` the first paragraph
    starts with that dateline, whose place is its leading upper-case words.
    """
    lines = [match for match in re.finditer(r"[^\n]+", text) if match.group().strip()]
    spans = [Span(start=match.start(), end=match.end()) for match in lines]
    headline = spans.pop(0) if title else None
    line = None
    if dateline is not None and spans and text.startswith(dateline, spans[0].start):
        start = spans[0].start
        place = re.match(r"[A-Z][A-Z .'-]*[A-Z]", dateline)
        place_end = start + (place.end() if place else 0)
        line = Dateline(
            span=Span(start=start, end=start + len(dateline)),
            place=Span(start=start, end=place_end),
        )
        body_start = start + len(dateline)
        while text[body_start] == " ":
            body_start += 1
        spans[0] = Span(start=body_start, end=spans[0].end)
    paragraphs = tuple(
        Paragraph(index=index, span=span, text=span.of(text)) for index, span in enumerate(spans)
    )
    found = []
    for paragraph in paragraphs:
        for match in _QUOTE.finditer(text, paragraph.span.start, paragraph.span.end):
            found.append(
                Quote(
                    span=Span(start=match.start(), end=match.end()),
                    inner=Span(start=match.start() + 1, end=match.end() - 1),
                    closed=True,
                    paragraph=paragraph.index,
                )
            )
    layout = Layout(text=text, title=headline, dateline=line, paragraphs=paragraphs)
    return Document(text=text, layout=layout, quotes=tuple(found))


def _seed(name: str) -> tuple[str, Actors]:
    return _page((SEEDS / name).read_text(encoding="utf-8"))


def _page(page: str) -> tuple[str, Actors]:
    """The normalised text of a whole page, and its actors found after segmenting it."""
    text = normalise(page)
    layout = segment(text)
    document = Document(
        text=text, layout=layout, sentences=sentences(layout), quotes=quotes(layout)
    )
    return text, actors(document)


def _run(text: str, *, title: bool = False, dateline: str | None = None) -> Actors:
    return actors(_document(text, title=title, dateline=dateline))


def _person(found: Actors, name: str) -> Person:
    matches = [person for person in found.persons if person.name == name]
    assert len(matches) == 1, [person.name for person in found.persons]
    return matches[0]


def _org(found: Actors, name: str) -> Organization:
    matches = [org for org in found.organizations if org.name == name]
    assert len(matches) == 1, [org.name for org in found.organizations]
    return matches[0]


def _ref_at(found: Actors, text: str, words: str, occurrence: int = 0) -> str | None:
    """The id of the entity the mention exactly at the n-th ``words`` resolves to."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    for mention in found.mentions:
        if mention.span.start == start and mention.span.end == start + len(words):
            return mention.ref.id
    return None


def _via_at(found: Actors, text: str, words: str, occurrence: int = 0) -> MentionVia | None:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    for mention in found.mentions:
        if mention.span.start == start and mention.span.end == start + len(words):
            return mention.via
    return None


# --- Seed 000: an IOM meeting in Rabat -------------------------------------------------


@pytest.fixture(scope="module")
def seed0() -> tuple[str, Actors]:
    return _seed("000_434f130cdb941773.txt")


@pytest.fixture(scope="module")
def seed3() -> tuple[str, Actors]:
    return _seed("003_eb7088fa0a3f303b.txt")


def test_seed0_has_three_persons(seed0: tuple[str, Actors]) -> None:
    """Seed 000 names three persons: the director, the IOM head of mission and the King."""
    assert len(seed0[1].persons) == 3


def test_seed0_director_role_title(seed0: tuple[str, Actors]) -> None:
    """The apposition before the director's name gives the title with its lower-case portfolio."""
    director = seed0[1].persons[0]
    assert director.roles[0].title == "Director of global issues"


def test_seed0_director_role_organization(seed0: tuple[str, Actors]) -> None:
    """``at the Ministry of ..., Cooperation and ... Expatriates,`` is the director's body."""
    organization = seed0[1].persons[0].roles[0].organization
    assert organization is not None
    assert organization.name.endswith("African Cooperation and Moroccan Expatriates")


def test_seed0_director_role_country(seed0: tuple[str, Actors]) -> None:
    """The director's role country comes from the demonym inside the ministry's name."""
    assert seed0[1].persons[0].roles[0].country == "MA"


def test_seed0_king_is_named_without_honorific(seed0: tuple[str, Actors]) -> None:
    """``His Majesty King Mohammed VI`` gives the name with its regnal number."""
    assert seed0[1].persons[1].name == "Mohammed VI"


def test_seed0_king_honorific(seed0: tuple[str, Actors]) -> None:
    """``His Majesty`` is split off the name and kept as the honorific."""
    assert seed0[1].persons[1].honorific == "His Majesty"


def test_seed0_king_role(seed0: tuple[str, Actors]) -> None:
    """The King's realm is the article's most mentioned kingdom."""
    role = seed0[1].persons[1].roles[0]
    assert (role.title, role.country) == ("King", "MA")


def test_seed0_head_of_mission_role(seed0: tuple[str, Actors]) -> None:
    """``IOM Head of Mission in Morocco,`` gives title, organisation and country."""
    role = seed0[1].persons[2].roles[0]
    assert (role.title, role.organization and role.organization.id, role.country) == (
        "Head of Mission",
        "org:iom",
        "MA",
    )


def test_seed0_iom_acronym(seed0: tuple[str, Actors]) -> None:
    """The bracketed acronym after the full name is the organisation's acronym."""
    assert _org(seed0[1], "International Organization for Migration").acronym == "IOM"


def test_seed0_the_organization_is_iom(seed0: tuple[str, Actors]) -> None:
    """``the organization`` refers to the most recent organisation named."""
    text, found = seed0
    assert _ref_at(found, text, "the organization") == "org:iom"


def test_seed0_ministry_country(seed0: tuple[str, Actors]) -> None:
    """A demonym inside a ministry's name gives the ministry's country."""
    ministry = seed0[1].organizations[0]
    assert (ministry.kind, ministry.country) == (OrganizationKind.GOVERNMENT, "MA")


def test_seed0_places(seed0: tuple[str, Actors]) -> None:
    """Morocco and Rabat are places of the article."""
    ids = {place.id for place in seed0[1].places}
    assert {"place:MA", "place:rabat"} <= ids


def test_seed0_weather_city_is_not_a_place(seed0: tuple[str, Actors]) -> None:
    """The weather widget's city line is furniture, so not a place of the article."""
    assert "place:casablanca" not in {place.id for place in seed0[1].places}


def test_seed0_he_is_the_director(seed0: tuple[str, Actors]) -> None:
    """``He recalled`` opening a paragraph is the speaker of the paragraph before."""
    text, found = seed0
    assert _ref_at(found, text, "He recalled"[:2]) == "person:ismail-chekkori"


def test_seed0_she_is_the_head_of_mission(seed0: tuple[str, Actors]) -> None:
    """``she stressed`` goes to the woman introduced with ``For her part``."""
    text, found = seed0
    assert _ref_at(found, text, "she") == "person:laura-palatini"


def test_seed0_his_in_honorific_is_not_a_pronoun(seed0: tuple[str, Actors]) -> None:
    """The ``His`` of ``His Majesty`` is not resolved as a pronoun."""
    text, found = seed0
    assert _ref_at(found, text, "His Majesty"[:3]) is None


def test_seed0_the_kingdom_is_morocco(seed0: tuple[str, Actors]) -> None:
    """``the Kingdom`` is the most mentioned country whose official name is a kingdom."""
    text, found = seed0
    assert _ref_at(found, text, "the Kingdom") == "place:MA"


# --- Seed 003: a meeting in Lima --------------------------------------------------------


def test_seed3_persons(seed3: tuple[str, Actors]) -> None:
    """Seed 003 names two legislators, an ambassador and the King, in that order."""
    assert [person.id for person in seed3[1].persons] == [
        "person:gustavo-pacheco",
        "person:jorge-montoya",
        "person:amin-chaoudri",
        "person:mohammed-vi",
    ]


def test_seed3_member_of_regional_parliament(seed3: tuple[str, Actors]) -> None:
    """``NAME, a member of the Andean Parliament,`` gives title member and that body."""
    role = seed3[1].persons[0].roles[0]
    assert (role.title, role.organization and role.organization.name) == (
        "member",
        "Andean Parliament",
    )


def test_seed3_member_of_national_congress_country(seed3: tuple[str, Actors]) -> None:
    """A member of the Peruvian Congress holds a role in Peru."""
    assert seed3[1].persons[1].roles[0].country == "PE"


def test_seed3_ambassador_role(seed3: tuple[str, Actors]) -> None:
    """``the Moroccan Ambassador to Peru, NAME,``: title Ambassador for the country represented."""
    role = seed3[1].persons[2].roles[0]
    assert (role.title, role.country) == ("Ambassador", "MA")


def test_seed3_ambassador_nationality(seed3: tuple[str, Actors]) -> None:
    """The demonym before the title gives the ambassador's nationality."""
    assert seed3[1].persons[2].nationality == "MA"


def test_seed3_ambassador_aliases(seed3: tuple[str, Actors]) -> None:
    """The role nouns that refer to the ambassador become his aliases, in order."""
    assert seed3[1].persons[2].aliases == (
        "the ambassador",
        "the Moroccan diplomat",
        "the Moroccan Ambassador",
    )


def test_seed3_role_noun_via(seed3: tuple[str, Actors]) -> None:
    """A role-noun reference is marked ROLE_NOUN."""
    text, found = seed3
    assert _via_at(found, text, "the Moroccan diplomat") is MentionVia.ROLE_NOUN


def test_seed3_regional_parliament_has_no_country(seed3: tuple[str, Actors]) -> None:
    """A parliament with a regional modifier is a legislature of no single country."""
    parliament = _org(seed3[1], "Andean Parliament")
    assert (parliament.kind, parliament.country) == (OrganizationKind.LEGISLATURE, None)


def test_seed3_national_congress(seed3: tuple[str, Actors]) -> None:
    """A demonym before a head noun gives the organisation's country."""
    congress = _org(seed3[1], "Peruvian Congress")
    assert (congress.kind, congress.country) == (OrganizationKind.LEGISLATURE, "PE")


def test_seed3_places(seed3: tuple[str, Actors]) -> None:
    """Countries, a city, regions and continents are places of the article."""
    ids = {place.id for place in seed3[1].places}
    assert {
        "place:MA",
        "place:PE",
        "place:marrakech",
        "place:middle-east",
        "place:asia",
        "place:europe",
        "place:sub-saharan-africa",
    } <= ids


def test_seed3_demonym_mentions_the_country(seed3: tuple[str, Actors]) -> None:
    """A demonym is a DEMONYM mention of its country."""
    text, found = seed3
    assert _via_at(found, text, "Moroccan") is MentionVia.DEMONYM


def test_seed3_the_kingdom_is_morocco(seed3: tuple[str, Actors]) -> None:
    """``the Kingdom`` inside the ambassador's paragraph is Morocco."""
    text, found = seed3
    assert _ref_at(found, text, "the Kingdom") == "place:MA"


# --- Texts of our own -------------------------------------------------------------------

CHAD = (
    "The UN Refugee Agency's Representative in Chad, Jean-Paul Ngoma, said on Friday that "
    "more than 80,000 people had crossed the border since April.\n"
    "\u201cWe are running out of shelter, and he knows it,\u201d Ngoma told reporters. "
    "He urged donors to step up funding.\n"
    "UNHCR and the World Food Programme (WFP) have appealed for 250 million dollars."
)


def test_representative_in_country_role() -> None:
    """``ORG's Representative in COUNTRY, NAME,`` gives the role's organisation and country."""
    role = _person(_run(CHAD), "Jean-Paul Ngoma").roles[0]
    assert (role.title, role.organization and role.organization.id, role.country) == (
        "Representative",
        "org:unhcr",
        "TD",
    )


def test_surname_is_a_partial_mention() -> None:
    """A surname alone is a PARTIAL_NAME mention of the person."""
    found = _run(CHAD)
    assert _via_at(found, CHAD, "Ngoma", occurrence=1) is MentionVia.PARTIAL_NAME


def test_pronoun_inside_quote_is_not_resolved() -> None:
    """A ``he`` inside a quotation speaks from the speaker's view and is left alone."""
    assert _ref_at(_run(CHAD), CHAD, "he knows") is None


def test_pronoun_after_quote_is_resolved() -> None:
    """``He urged`` after the quote goes to the person named before it."""
    assert _ref_at(_run(CHAD), CHAD, "He urged"[:2]) == "person:jean-paul-ngoma"


def test_known_alias_names_the_organisation() -> None:
    """``UN Refugee Agency`` is another name of UNHCR in the lexicon."""
    assert _ref_at(_run(CHAD), CHAD, "UN Refugee Agency") == "org:unhcr"


def test_defined_acronym() -> None:
    """``World Food Programme (WFP)`` gives the acronym WFP, used for the id."""
    assert _org(_run(CHAD), "World Food Programme").id == "org:wfp"


SPAIN = (
    "Spain's Minister of Inclusion, Social Security and Migration, Elena Ruiz de Castro, "
    "met on Monday in Madrid with the Senegalese Minister of Foreign Affairs, Aminata Sow, "
    "to review the circular migration programme.\n"
    "Ruiz de Castro said the scheme had allowed 15,000 seasonal workers to come legally. "
    "For her part, the Senegalese minister praised the cooperation.\n"
    "The Spanish minister added that she would visit Dakar in June."
)


def test_possessive_country_and_comma_list_portfolio() -> None:
    """``COUNTRY's Minister of A, B and C, NAME,`` keeps the whole portfolio in the title."""
    role = _person(_run(SPAIN), "Elena Ruiz de Castro").roles[0]
    assert (role.title, role.country) == (
        "Minister of Inclusion, Social Security and Migration",
        "ES",
    )


def test_possessive_country_gives_nationality() -> None:
    """``Spain's Minister`` makes the minister Spanish."""
    assert _person(_run(SPAIN), "Elena Ruiz de Castro").nationality == "ES"


def test_name_with_particles_surname_mention() -> None:
    """``Ruiz de Castro`` alone is a partial mention of ``Elena Ruiz de Castro``."""
    found = _run(SPAIN)
    assert _ref_at(found, SPAIN, "Ruiz de Castro", occurrence=1) == ("person:elena-ruiz-de-castro")


def test_demonym_role_noun_picks_matching_nationality() -> None:
    """``the Senegalese minister`` goes to the Senegalese minister, not the latest one."""
    found = _run(SPAIN)
    assert _ref_at(found, SPAIN, "the Senegalese minister") == "person:aminata-sow"


def test_capitalised_role_noun_at_sentence_start() -> None:
    """``The Spanish minister`` at a sentence start is a role noun too."""
    found = _run(SPAIN)
    assert _ref_at(found, SPAIN, "The Spanish minister") == "person:elena-ruiz-de-castro"


MANILA = (
    "MANILA - The Philippine Department of Migrant Workers (DMW) on Tuesday announced new "
    "protections for household workers bound for the Gulf.\n"
    "DMW Secretary Ramon Dela Paz said the department had signed an agreement with Kuwaiti "
    "authorities. Mr. Dela Paz also met officials of the International Labour Organization."
)


def test_demonym_department_with_acronym() -> None:
    """``the Philippine Department of Migrant Workers (DMW)``: Philippine body, acronym DMW."""
    department = _run(MANILA, dateline="MANILA -").organizations[0]
    assert (department.acronym, department.country, department.kind) == (
        "DMW",
        "PH",
        OrganizationKind.GOVERNMENT,
    )


def test_acronym_before_title_is_the_role_organisation() -> None:
    """``DMW Secretary NAME``: the acronym before the title is the role's organisation."""
    role = _person(_run(MANILA, dateline="MANILA -"), "Ramon Dela Paz").roles[0]
    assert (role.title, role.organization and role.organization.id) == ("Secretary", "org:dmw")


def test_honorific_with_period() -> None:
    """``Mr. Dela Paz`` is a mention of the person introduced with a title."""
    found = _run(MANILA, dateline="MANILA -")
    assert _ref_at(found, MANILA, "Dela Paz", occurrence=1) == "person:ramon-dela-paz"


def test_the_department_role_noun() -> None:
    """``the department`` goes to the most recent department named."""
    found = _run(MANILA, dateline="MANILA -")
    assert _ref_at(found, MANILA, "the department") == "org:dmw"


def test_dateline_place_is_a_place() -> None:
    """The dateline's place is a place of the article."""
    found = _run(MANILA, dateline="MANILA -")
    assert _ref_at(found, MANILA, "MANILA") == "place:manila"


IOM_CHIEF = (
    "IOM Director General Carla Benedetti on Wednesday called for safe and regular pathways.\n"
    "Benedetti, who heads the International Organization for Migration, spoke at a forum in "
    "Brussels organized by the European Commission.\n"
    "\u201cNobody should have to risk their life,\u201d said the IOM chief. "
    "The organization recorded 2,500 deaths last year."
)


def test_well_known_acronym_without_definition() -> None:
    """A lexicon acronym is recognised and named in full even when the text never defines it."""
    role = _person(_run(IOM_CHIEF), "Carla Benedetti").roles[0]
    assert role.organization is not None
    assert role.organization.name == "International Organization for Migration"


def test_acronym_role_noun() -> None:
    """``the IOM chief`` goes to the person heading IOM."""
    found = _run(IOM_CHIEF)
    assert _ref_at(found, IOM_CHIEF, "the IOM chief") == "person:carla-benedetti"


def test_organisation_role_noun_prefers_head_word() -> None:
    """``The organization`` goes to the body called an Organization, not the later Commission."""
    found = _run(IOM_CHIEF)
    assert _ref_at(found, IOM_CHIEF, "The organization") == "org:iom"


GULF = (
    "ABU DHABI, 12 March (WAM) -- His Highness Sheikh Khalid bin Saeed Al Marri, Minister of "
    "Foreign Affairs, received on Tuesday Ahmed al-Tayeb, Ambassador of Sudan to the UAE.\n"
    "Sheikh Khalid stressed the commitment to supporting Sudanese refugees."
)


def test_chained_honorifics() -> None:
    """``His Highness Sheikh`` is one honorific before the name."""
    person = _run(GULF, dateline="ABU DHABI, 12 March (WAM) --").persons[0]
    assert (person.name, person.honorific) == ("Khalid bin Saeed Al Marri", "His Highness Sheikh")


def test_minister_country_from_dateline() -> None:
    """A minister whose country is not said holds office in the dateline's country."""
    person = _run(GULF, dateline="ABU DHABI, 12 March (WAM) --").persons[0]
    assert person.roles[0].country == "AE"


SEAT = (
    "BRUSSELS, 7 March (AFP) - President Ahmed Ould Sidi met European leaders to discuss a "
    "migration partnership with Mauritania. Mauritania hosts many refugees from Mali."
)


def test_minister_country_not_from_a_seat_of_international_bodies() -> None:
    """A story datelined Brussels about Mauritania gives its President no Belgian office."""
    person = _person(_run(SEAT, dateline="BRUSSELS, 7 March (AFP) -"), "Ahmed Ould Sidi")
    assert person.roles[0].country is None


def test_minister_country_from_a_seat_that_is_the_main_country() -> None:
    """A Brussels story about Belgium still gives its minister Belgium."""
    text = SEAT.replace("Mauritania", "Belgium")
    person = _person(_run(text, dateline="BRUSSELS, 7 March (AFP) -"), "Ahmed Ould Sidi")
    assert person.roles[0].country == "BE"


NATIONAL_AGENCY_ABROAD = (
    "Rabat and Lisbon agree on seasonal work\n\n"
    "LISBON, 3 May (MAP) - Morocco and Portugal signed a seasonal work agreement, "
    "said Minister of Employment Karim Alaoui, who is on a visit to Lisbon.\n\n"
    "The Portuguese Minister of Labour, Rita Cabral, welcomed Moroccan workers.\n\n"
    "Morocco will train the workers before they leave, the minister said."
)


def test_national_agency_abroad_gives_its_own_country() -> None:
    """A Moroccan agency's story from Lisbon about Morocco: its unmarked minister is Moroccan."""
    _, found = _page(NATIONAL_AGENCY_ABROAD)
    assert _person(found, "Karim Alaoui").roles[0].country == "MA"


def test_national_agency_abroad_keeps_the_marked_country() -> None:
    """In the same story, the minister called Portuguese stays Portuguese."""
    _, found = _page(NATIONAL_AGENCY_ABROAD)
    assert _person(found, "Rita Cabral").roles[0].country == "PT"


def test_national_agency_credit_at_the_end_counts() -> None:
    """The agency may be named only in the end credit, ``(MAP 03.05.2024)``."""
    page = NATIONAL_AGENCY_ABROAD.replace(" (MAP)", "") + "\n\n(MAP 03.05.2024)"
    _, found = _page(page)
    assert _person(found, "Karim Alaoui").roles[0].country == "MA"


def test_national_agency_abroad_about_the_host_keeps_the_dateline() -> None:
    """An agency's story from abroad about the host country names its home less: the
    dateline's country stays."""
    page = (
        "NAIROBI, 3 May (Xinhua) - Kenya and Uganda agreed to ease border crossings for "
        "refugees, said Interior Minister Peter Otieno. Kenya hosts refugees from Somalia, "
        "and China funds a Kenyan registration centre."
    )
    _, found = _page(page)
    assert _person(found, "Peter Otieno").roles[0].country == "KE"


def test_surname_after_a_title_is_the_person() -> None:
    """``President Doe`` later in the text is Jane Doe, named before in full."""
    found = _run("President Jane Doe opened the talks. Later, President Doe met the press.")
    assert [m.text for m in _person(found, "Jane Doe").mentions] == ["Jane Doe", "Doe"]


def test_surname_after_an_honorific_is_the_person() -> None:
    """``Ms Doe`` later in the text is Jane Doe."""
    found = _run("Minister Jane Doe opened the talks. Ms Doe then met the press.")
    assert "Doe" in _person(found, "Jane Doe").aliases


def test_capitalised_department_of_is_a_body_not_a_place() -> None:
    """``the Department of Migrant Workers`` names no place ``Migrant Workers``."""
    found = _run("MANILA - The Department of Migrant Workers lifted the ban on Thursday.")
    assert "Migrant Workers" not in [place.name for place in found.places]


def test_ambassador_of_country() -> None:
    """``Ambassador of Sudan to the UAE``: the country represented, not the host."""
    person = _person(_run(GULF, dateline="ABU DHABI, 12 March (WAM) --"), "Ahmed al-Tayeb")
    assert person.roles[0].country == "SD"


def test_honorific_with_first_name_is_a_short_form() -> None:
    """``Sheikh Khalid`` is a mention of the Sheikh named in full before."""
    found = _run(GULF, dateline="ABU DHABI, 12 March (WAM) --")
    assert _ref_at(found, GULF, "Khalid", occurrence=1) == "person:khalid-bin-saeed-al-marri"


LIMA = (
    "Peruvian President Rosa Quispe on Thursday signed a decree extending the regularization "
    "process for Venezuelan migrants.\n"
    "The decree was presented by Interior Minister Víctor Huamán, who said the National "
    "Superintendence of Migration would process the applications.\n"
    "Quispe said the measure would benefit 400,000 people. The president also thanked the "
    "Organization of American States."
)


def test_demonym_title_name() -> None:
    """``Peruvian President NAME``: title President, country and nationality PE."""
    person = _person(_run(LIMA), "Rosa Quispe")
    assert (person.roles[0].title, person.roles[0].country, person.nationality) == (
        "President",
        "PE",
        "PE",
    )


def test_accented_name_after_portfolio_title() -> None:
    """``Interior Minister Víctor Huamán`` gives an accented name and the title."""
    person = _person(_run(LIMA), "Víctor Huamán")
    assert person.roles[0].title == "Interior Minister"


def test_accented_name_id_is_folded() -> None:
    """Person ids are accent-free slugs of the name."""
    assert _person(_run(LIMA), "Víctor Huamán").id == "person:victor-huaman"


def test_the_president_role_noun() -> None:
    """``The president`` goes to the person holding a presidency."""
    assert _ref_at(_run(LIMA), LIMA, "The president") == "person:rosa-quispe"


ATHENS = (
    "Amnesty International on Monday accused the Greek coast guard of pushing back asylum "
    "seekers.\n"
    '"These practices are illegal," said Helen Marsh, director of the European office of '
    "Amnesty International. She called on the European Union Agency for Asylum to act.\n"
    "The Greek Ministry of Migration and Asylum rejected the allegations."
)


def test_reporting_verb_before_name() -> None:
    """``said NAME, director of ORG`` makes a person with that role."""
    role = _person(_run(ATHENS), "Helen Marsh").roles[0]
    assert role.organization is not None
    assert role.organization.name == "Amnesty International"


def test_demonym_ministry_country() -> None:
    """``The Greek Ministry of Migration and Asylum`` is a Greek government body."""
    ministry = _org(_run(ATHENS), "Greek Ministry of Migration and Asylum")
    assert (ministry.country, ministry.kind) == ("GR", OrganizationKind.GOVERNMENT)


def test_ngo_from_lexicon() -> None:
    """Well-known NGOs come with their kind from the lexicon."""
    assert _org(_run(ATHENS), "Amnesty International").kind is OrganizationKind.NGO


def test_she_after_name_in_quote_paragraph() -> None:
    """``She called`` goes to the woman just named."""
    assert _ref_at(_run(ATHENS), ATHENS, "She called"[:3]) == "person:helen-marsh"


BUENOS_AIRES = (
    "Dr. María Fernanda Ortiz, a researcher at the University of Buenos Aires, presented the "
    "study on Wednesday.\n"
    "The report, produced with the Economic Commission for Latin America and the Caribbean "
    "(ECLAC), found that remittances to Central America rose by 8 percent.\n"
    "Ortiz said Honduras and Guatemala were most dependent on these flows."
)


def test_honorific_dr_is_split_off() -> None:
    """``Dr.`` is the honorific, not part of the name."""
    person = _run(BUENOS_AIRES).persons[0]
    assert (person.name, person.honorific) == ("María Fernanda Ortiz", "Dr.")


def test_researcher_at_university() -> None:
    """``NAME, a researcher at the University of X,`` gives the role and the body."""
    role = _run(BUENOS_AIRES).persons[0].roles[0]
    assert (role.title, role.organization and role.organization.name, role.country) == (
        "researcher",
        "University of Buenos Aires",
        "AR",
    )


def test_acronym_definition_for_known_body() -> None:
    """A known body defined with its acronym has one mention for the name, one for ECLAC."""
    org = _org(_run(BUENOS_AIRES), "Economic Commission for Latin America and the Caribbean")
    assert [mention.text for mention in org.mentions] == [
        "Economic Commission for Latin America and the Caribbean",
        "ECLAC",
    ]


RABAT = (
    "RABAT, April 23 (MAP) - Minister of the Interior Karim Benali on Monday chaired a meeting "
    "with the Spanish Secretary of State for Security, Rafael Ortega, on irregular migration.\n"
    "The two officials welcomed the results achieved, according to a statement by the "
    "Ministry of the Interior.\n"
    "The ministry said 75,000 attempts to cross irregularly had been foiled."
)


def test_title_with_portfolio_before_name() -> None:
    """``Minister of the Interior NAME`` splits the portfolio from the name."""
    person = _run(RABAT, dateline="RABAT, April 23 (MAP) -").persons[0]
    assert (person.name, person.roles[0].title) == ("Karim Benali", "Minister of the Interior")


def test_national_ministry_takes_dateline_country() -> None:
    """A ministry with no country in its name belongs to the dateline's country."""
    ministry = _org(_run(RABAT, dateline="RABAT, April 23 (MAP) -"), "Ministry of the Interior")
    assert ministry.country == "MA"


def test_secretary_of_state_demonym() -> None:
    """``the Spanish Secretary of State for Security, NAME,``: Spanish role and nationality."""
    person = _person(_run(RABAT, dateline="RABAT, April 23 (MAP) -"), "Rafael Ortega")
    assert (person.roles[0].title, person.nationality) == (
        "Secretary of State for Security",
        "ES",
    )


def test_the_ministry_role_noun() -> None:
    """``The ministry`` goes to the ministry named before."""
    found = _run(RABAT, dateline="RABAT, April 23 (MAP) -")
    assert _ref_at(found, RABAT, "The ministry") == "org:ministry-of-the-interior"


ADDIS = (
    "The African Union Commission and the Intergovernmental Authority on Development (IGAD) "
    "launched a regional framework on free movement.\n"
    "IGAD Executive Secretary Tesfaye Alemu said the framework would help pastoralists. "
    "Alemu said member states must now ratify the protocol.\n"
    "The AU Commissioner for Health, Humanitarian Affairs and Social Development, Mariam "
    "Traoré Keita, said the continent needed coordinated policies."
)


def test_executive_secretary_of_regional_body() -> None:
    """``IGAD Executive Secretary NAME`` gives the title with its modifier."""
    role = _person(_run(ADDIS), "Tesfaye Alemu").roles[0]
    assert (role.title, role.organization and role.organization.id) == (
        "Executive Secretary",
        "org:igad",
    )


def test_commissioner_with_portfolio_list() -> None:
    """``The AU Commissioner for A, B and C, NAME,`` keeps the portfolio in the title."""
    role = _person(_run(ADDIS), "Mariam Traoré Keita").roles[0]
    assert role.title == "Commissioner for Health, Humanitarian Affairs and Social Development"


def test_international_body_has_no_country() -> None:
    """Regional bodies are international, with no country."""
    igad = _org(_run(ADDIS), "Intergovernmental Authority on Development")
    assert (igad.kind, igad.country) == (OrganizationKind.INTERNATIONAL, None)


TANGIER = (
    "Mrs. Fatima Zahra El Amrani, the head of the National Council for Human Rights, said on "
    "Tuesday that migrant children must be protected.\n"
    "El Amrani, who spoke in Tangier, urged the government to adopt the draft law. The "
    "council had submitted its opinion to the House of Representatives.\n"
    "She noted that 50,000 migrants had been regularized since 2014."
)


def test_apposition_head_of_council() -> None:
    """``NAME, the head of the ORG,`` gives the role."""
    role = _person(_run(TANGIER), "Fatima Zahra El Amrani").roles[0]
    assert (role.title, role.organization and role.organization.name) == (
        "head",
        "National Council for Human Rights",
    )


def test_capitalised_particle_surname_merges() -> None:
    """``El Amrani, who spoke`` is the same person as ``Fatima Zahra El Amrani``."""
    assert len(_run(TANGIER).persons) == 1


def test_female_pronoun_with_honorific_gender() -> None:
    """``She`` goes to the woman introduced with ``Mrs.``."""
    assert _ref_at(_run(TANGIER), TANGIER, "She noted"[:3]) == "person:fatima-zahra-el-amrani"


def test_the_council_role_noun() -> None:
    """``The council`` goes to the council named before."""
    found = _run(TANGIER)
    assert _ref_at(found, TANGIER, "The council") == "org:national-council-for-human-rights"


def test_house_of_representatives_alone() -> None:
    """``House of Representatives`` is a legislature even without modifiers."""
    house = _org(_run(TANGIER), "House of Representatives")
    assert house.kind is OrganizationKind.LEGISLATURE


NEW_YORK = (
    "The United Nations Secretary-General Joao Pereira on Monday urged member states to honour "
    "the Global Compact for Migration.\n"
    "Pereira made the appeal at the UN General Assembly in New York. He said that migration, "
    "when well governed, benefits everyone.\n"
    "The Secretary-General also met the ambassador of Ghana, Kofi Mensah."
)


def test_secretary_general_of_un() -> None:
    """``The United Nations Secretary-General NAME``: the UN is the role's organisation."""
    role = _person(_run(NEW_YORK), "Joao Pereira").roles[0]
    assert (role.title, role.organization and role.organization.id) == (
        "Secretary-General",
        "org:un",
    )


def test_instrument_is_not_an_organisation() -> None:
    """The Global Compact is an instrument, not an organisation or a person."""
    found = _run(NEW_YORK)
    names = [org.name for org in found.organizations] + [person.name for person in found.persons]
    assert all("Compact" not in name for name in names)


def test_lower_case_title_apposition() -> None:
    """``the ambassador of Ghana, NAME.`` gives a Ghanaian ambassador."""
    person = _person(_run(NEW_YORK), "Kofi Mensah")
    assert (person.roles[0].title, person.roles[0].country) == ("ambassador", "GH")


def test_role_noun_before_new_name_resolves_to_earlier_holder() -> None:
    """``The Secretary-General`` goes to the Secretary-General already named."""
    found = _run(NEW_YORK)
    assert _ref_at(found, NEW_YORK, "The Secretary-General") == "person:joao-pereira"


DHAKA = (
    "Bangladesh's Overseas Employment Minister Nurul Karim said on Sunday that more workers "
    "would go to Japan.\n"
    "Karim made the remarks at a meeting with Japanese Ambassador Kenji Sato. The ambassador "
    "said Japan needed skilled caregivers."
)


def test_possessive_country_before_portfolio_title() -> None:
    """``Bangladesh's Overseas Employment Minister NAME`` gives country and title."""
    role = _person(_run(DHAKA), "Nurul Karim").roles[0]
    assert (role.title, role.country) == ("Overseas Employment Minister", "BD")


def test_role_noun_matches_ambassador_not_minister() -> None:
    """``The ambassador`` goes to the ambassador, though the minister was named too."""
    assert _ref_at(_run(DHAKA), DHAKA, "The ambassador") == "person:kenji-sato"


def test_role_noun_without_match_resolves_to_nothing() -> None:
    """A role noun that fits no one is no mention."""
    text = "Jane Obi said talks would resume. The spokesperson declined to comment."
    assert _ref_at(_run(text), text, "The spokesperson") is None


def test_ambiguous_surname_is_not_resolved() -> None:
    """A surname two persons share is not a partial mention of either."""
    text = (
        "Minister Ana Costa met Ambassador Rui Costa in Lisbon on Monday. "
        "Costa said the talks went well."
    )
    assert _ref_at(_run(text), text, "Costa", occurrence=2) is None


def test_acronym_used_before_definition_is_linked() -> None:
    """A defined acronym is linked wherever it stands, before the definition too."""
    text = (
        "The MRO said arrivals fell. The figures come from the Migration Research "
        "Observatory (MRO), which tracks crossings."
    )
    assert _ref_at(_run(text), text, "MRO") == "org:mro"


def test_acronym_then_full_name_in_brackets() -> None:
    """``ACR (Full Name)`` defines the acronym too."""
    text = "Experts from ICPM (the Institute for Coastal Protection Methods) joined the call."
    found = _run(text)
    assert _org(found, "Institute for Coastal Protection Methods").acronym == "ICPM"


def test_said_minister_name() -> None:
    """``said Minister NAME`` names a minister."""
    text = "The talks were productive, said Minister Laila Haddad after the meeting."
    assert _person(_run(text), "Laila Haddad").roles[0].title == "Minister"


def test_name_said_without_title() -> None:
    """A two-word capitalised run before ``said`` is a person."""
    text = "Ngozi Adebayo said the returnees needed jobs."
    assert [person.name for person in _run(text).persons] == ["Ngozi Adebayo"]


def test_sentence_initial_words_are_not_persons() -> None:
    """Capitalised sentence openers and months are not person names."""
    text = "In March Officials said the plan would start. Moreover Authorities said more."
    assert _run(text).persons == ()


def test_org_name_is_not_a_person() -> None:
    """A run that is an organisation's name is not a person, even before ``said``."""
    text = "Human Rights Watch said the camps were overcrowded."
    assert _run(text).persons == ()


def test_arabic_name_with_prefix() -> None:
    """Names with ``al-`` and ``bin`` particles are read whole."""
    text = "Ambassador Omar bin Nasser al-Harthy said the embassy would help the workers."
    assert _run(text).persons[0].name == "Omar bin Nasser al-Harthy"


def test_initial_inside_name() -> None:
    """An initial with its period stays inside the name."""
    text = "The plan was presented by Secretary John K. Abbott on Friday."
    assert _run(text).persons[0].name == "John K. Abbott"


def test_headline_makes_no_new_person() -> None:
    """Title-case headlines make no person by themselves."""
    text = "Minister Says Migration Plan Will Start Soon\nThe plan will start in May."
    assert _run(text, title=True).persons == ()


def test_headline_mentions_known_person() -> None:
    """A person named in the body is found in the headline too."""
    text = "Haddad Hails Labour Deal\nMinister Laila Haddad hailed the deal on Monday."
    found = _run(text, title=True)
    assert _ref_at(found, text, "Haddad") == "person:laila-haddad"


def test_furniture_is_not_read() -> None:
    """Places in page furniture are not places of the article."""
    text = "Nairobi\nThe talks were held in Kampala."
    body = Span(start=8, end=len(text))
    layout = Layout(
        text=text,
        paragraphs=(Paragraph(index=0, span=body, text=body.of(text)),),
        furniture=(
            Furniture(span=Span(start=0, end=7), text="Nairobi", kind=FurnitureKind.WEATHER),
        ),
    )
    found = actors(Document(text=text, layout=layout))
    assert [place.id for place in found.places] == ["place:kampala"]


def test_place_inside_person_name_is_dropped() -> None:
    """A country word inside a person's name is not a place."""
    text = "Minister Paul Jordan said the border would stay open."
    assert _run(text).places == ()


def test_places_keep_their_kind() -> None:
    """Place records carry the gazetteer's kind."""
    text = "Migrants crossed the Sahel towards Libya."
    kinds = {place.id: place.kind for place in _run(text).places}
    assert kinds["place:LY"] is PlaceKind.COUNTRY


def test_empty_document() -> None:
    """An empty document has no actors."""
    assert actors(Document(text="", layout=Layout(text=""))) == Actors()


def test_name_glued_to_unknown_portfolio() -> None:
    """``Secretary of Homeland Security NAME``: the last name words are the name."""
    text = "Secretary of Homeland Security Daniel Reyes met the delegation in Tijuana."
    person = _run(text).persons[0]
    assert (person.name, person.roles[0].title) == (
        "Daniel Reyes",
        "Secretary of Homeland Security",
    )


def test_lower_case_title_before_two_word_name() -> None:
    """``Opposition senator NAME said``: a lower-case title right before a full name."""
    text = "Opposition senator Giulia Ferri said the deal broke international law."
    assert _run(text).persons[0].roles[0].title == "senator"


def test_who_verb_without_organisation() -> None:
    """``NAME, who coordinates a shelter,`` gives the role from the verb."""
    text = "Rosa Ixtab, who coordinates a shelter in Tapachula, said arrivals doubled."
    assert _run(text).persons[0].roles[0].title == "coordinator"


def test_title_of_the_agency_takes_the_agency() -> None:
    """``Director-General of the agency, NAME,`` takes the agency named before."""
    text = (
        "The National Agency for the Prohibition of Trafficking in Persons (NAPTIP) launched "
        "a plan.\nDirector-General of the agency, Hauwa Musa, said it focused on prevention."
    )
    role = _person(_run(text), "Hauwa Musa").roles[0]
    assert (role.title, role.organization and role.organization.id) == (
        "Director-General",
        "org:naptip",
    )


def test_in_joint_inside_organisation_name() -> None:
    """``Trafficking in Persons``: ``in`` before a capitalised non-place stays in the name."""
    text = "The Agency for the Prohibition of Trafficking in Persons (APTP) met in Abuja."
    assert _run(text).organizations[0].acronym == "APTP"


def test_in_before_place_ends_organisation_name() -> None:
    """``Ministry of Labour in Kuwait``: a place after ``in`` is not part of the name."""
    text = "The Ministry of Labour in Kuwait issued new rules."
    assert _run(text).organizations[0].name == "Ministry of Labour"


def test_trailing_name_after_title_leaves_the_ministry() -> None:
    """``Undersecretary of the Ministry of Labour NAME``: the name is not the ministry's."""
    text = "The talks were chaired by Undersecretary of the Ministry of Labour Saad Al-Kuwari."
    person = _run(text).persons[0]
    assert (person.name, person.roles[0].organization and person.roles[0].organization.name) == (
        "Saad Al-Kuwari",
        "Ministry of Labour",
    )


def test_acronym_then_specific_office() -> None:
    """``the head of the ILO Project Office for X, NAME,`` takes the office, not the ILO."""
    text = "She met the head of the ILO Project Office for Qatar, Ingrid Dahl, on Tuesday."
    role = _person(_run(text), "Ingrid Dahl").roles[0]
    assert role.organization is not None
    assert role.organization.name == "ILO Project Office for Qatar"


def test_in_region_after_title() -> None:
    """``The head of ORG in West and Central Africa, NAME,``: a region after ``in``."""
    text = (
        "The head of the UN Office on Drugs and Crime in West and Central Africa, "
        "Amadou de Souza, warned that routes were shifting."
    )
    assert _run(text).persons[0].name == "Amadou de Souza"


def test_particle_surname_is_a_partial_mention() -> None:
    """``de Souza`` alone is a partial mention of ``Amadou de Souza``."""
    text = (
        "The regional director, Amadou de Souza, warned that routes were shifting. "
        "According to de Souza, smugglers adapt fast."
    )
    assert _ref_at(_run(text), text, "de Souza", occurrence=1) == "person:amadou-de-souza"


def test_and_the_separates_two_bodies() -> None:
    """``the Ministry of ... of Senegal and the Embassy of Spain`` are two bodies."""
    text = (
        "The Ministry of Foreign Affairs of Senegal and the Embassy of Spain in Dakar "
        "organised a forum."
    )
    assert [org.name for org in _run(text).organizations] == [
        "Ministry of Foreign Affairs of Senegal",
        "Embassy of Spain",
    ]


def test_for_her_part_does_not_point_to_a_man() -> None:
    """``For her part, Mr. NAME`` does not make ``her`` the man named next."""
    text = (
        "Rosa Ixtab said arrivals doubled. For her part, Mr. Luis Pardo said the agency would help."
    )
    assert _ref_at(_run(text), text, "her") == "person:rosa-ixtab"


def test_country_as_last_name_word() -> None:
    """A country word at the end of a two-word name is part of the name."""
    text = "Michael Jordan said the team would travel to Amman."
    assert [person.name for person in _run(text).persons] == ["Michael Jordan"]


def test_non_speech_verb_is_no_cue() -> None:
    """``The Blue Card opens doors`` makes no person of a capitalised noun phrase."""
    text = '"The Blue Card opens that door," the minister said.'
    assert _run(text).persons == ()


def test_kind_noun_apposition_makes_an_ngo() -> None:
    """``NAME, a church group,`` makes a body of a name with no head noun, kind NGO."""
    text = "Families are helped by Pastoral de Acogida, a church group, in the capital."
    org = _run(text).organizations[0]
    assert (org.name, org.kind) == ("Pastoral de Acogida", OrganizationKind.NGO)


def test_kind_noun_before_name() -> None:
    """``the Niamey-based NGO Desert Track Monitor`` is an NGO named after the noun."""
    text = "Deaths rose, according to the Niamey-based NGO Desert Track Monitor."
    org = _run(text).organizations[0]
    assert (org.name, org.kind) == ("Desert Track Monitor", OrganizationKind.NGO)


def test_kind_noun_overrides_head_kind() -> None:
    """A described head-noun body takes the kind of its description."""
    text = "Aid was delivered by the Sahel Solidarity Foundation, a Dakar-based charity."
    assert _run(text).organizations[0].kind is OrganizationKind.NGO


def test_regional_modifier_keeps_ngo_kind() -> None:
    """A regional word makes a government head international, not an NGO head."""
    text = "The Sahel Migrants Network said arrivals had doubled."
    assert _run(text).organizations[0].kind is OrganizationKind.NGO


def test_initials_acronym_without_head() -> None:
    """``A, B and C Canada (ABCC)``: a name spelled by its acronym's letters is a body."""
    text = "Immigration, Refugees and Citizenship Canada (IRCC) said the cap is temporary."
    org = _run(text).organizations[0]
    assert (org.acronym, org.country) == ("IRCC", "CA")


def test_instrument_with_acronym_is_no_body() -> None:
    """``Global Compact for Migration (GCM)`` is an instrument, not an organisation."""
    text = "States reviewed the Global Compact for Migration (GCM) in New York."
    assert _run(text).organizations == ()


def test_place_before_acronym_joins_the_name() -> None:
    """``Platform for Refugees from Venezuela (R4V)``: the place joins the name."""
    text = "The Coordination Platform for Refugees from Venezuela (R4V) counted arrivals."
    assert _run(text).organizations[0].acronym == "R4V"


def test_in_before_acronym_extends_left() -> None:
    """``Nigerians in Diaspora Commission (NiDCOM)``: ``in`` joins the modifiers."""
    text = "The Nigerians in Diaspora Commission (NiDCOM) welcomed the plan."
    assert _run(text).organizations[0].name == "Nigerians in Diaspora Commission"


def test_plural_possessive_inside_ministry_name() -> None:
    """``Ministry of Expatriates' Welfare`` keeps the apostrophe inside the name."""
    text = "The Ministry of Expatriates' Welfare and Overseas Employment opened centres."
    assert _run(text).organizations[0].name == (
        "Ministry of Expatriates' Welfare and Overseas Employment"
    )


def test_demonym_in_portfolio_gives_role_country() -> None:
    """``the Director General of Senegalese Abroad, NAME,``: a Senegalese office."""
    text = "The Director General of Senegalese Abroad, Awa Ndoye, opened the centre."
    role = _run(text).persons[0].roles[0]
    assert (role.title, role.country) == ("Director General of Senegalese Abroad", "SN")


def test_counterpart_with_demonym() -> None:
    """``his Guatemalan counterpart, NAME,`` makes a Guatemalan."""
    text = "The minister met his Guatemalan counterpart, Ana Lucía Chacón, in Tapachula."
    assert _person(_run(text), "Ana Lucía Chacón").nationality == "GT"


def test_prefixed_surname_is_a_partial_mention() -> None:
    """``al-Rawi stressed`` is a partial mention of ``Faisal al-Rawi``."""
    text = "Minister of Interior Faisal al-Rawi met donors. Later, al-Rawi stressed the costs."
    assert _ref_at(_run(text), text, "al-Rawi", occurrence=1) == "person:faisal-al-rawi"


def test_particle_inside_glued_name() -> None:
    """``Commissioner for A and B Pieter van Dijk``: the particle stays in the name."""
    text = "It was signed by Commissioner for Trade and Enlargement Pieter van Dijk in Tunis."
    assert _run(text).persons[0].name == "Pieter van Dijk"


def test_cued_places_after_department_of() -> None:
    """``the departments of X and Y`` names two places the gazetteer may not know."""
    text = "Police were sent to the departments of Alta Sierra and Bajo Monte."
    assert [place.name for place in _run(text).places] == ["Alta Sierra", "Bajo Monte"]


def test_cued_place_kind() -> None:
    """``the port of X`` is a city."""
    text = "Migrants will be held at the port of Velmora on the coast."
    assert _run(text).places[0].kind is PlaceKind.CITY


def test_apposition_with_occupation_noun() -> None:
    """``NAME, a transport operator in Agadez,``: an occupation is a role too."""
    text = "Idrissa Maiga, a transport operator in Agadez, said the route had reopened."
    role = _run(text).persons[0].roles[0]
    assert (role.title, role.country) == ("transport operator", "NE")


ALL_TEXTS = [CHAD, SPAIN, MANILA, IOM_CHIEF, GULF, LIMA, ATHENS, BUENOS_AIRES, RABAT, ADDIS]
ALL_TEXTS += [TANGIER, NEW_YORK, DHAKA]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_mentions_are_sorted_and_exact(text: str) -> None:
    """Mentions are sorted by span, unique, and each text is the text at its span."""
    found = _run(text)
    spans = [(mention.span.start, mention.span.end) for mention in found.mentions]
    assert spans == sorted(set(spans))


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_entity_mentions_match_the_text(text: str) -> None:
    """Every entity mention's text equals the article text at its span."""
    found = _run(text)
    mentions = [mention for person in found.persons for mention in person.mentions]
    mentions += [mention for org in found.organizations for mention in org.mentions]
    mentions += [mention for place in found.places for mention in place.mentions]
    assert all(mention.text == mention.span.of(text) for mention in mentions)


@given(st.text(alphabet=st.sampled_from("Aa Mm.,'\"“”()-\nDoeIOMHe sahid"), max_size=300))
def test_total_on_any_text(text: str) -> None:
    """The stage never raises, and every mention's text is the text at its span."""
    found = _run(text)
    assert all(mention.span.of(text) for mention in found.mentions)


def test_linear_time_on_capitalised_words() -> None:
    """A text of capitalised words ten times longer takes well under fifty times as long."""
    unit = "Minister Alpha Beta Gamma of the Delta Council said Mr. Doe, "
    small = unit * 300
    large = unit * 3000

    def timed(text: str) -> float:
        start = time.perf_counter()
        _run(text)
        return time.perf_counter() - start

    timed(small)
    baseline = min(timed(small) for _ in range(2))
    assert timed(large) < baseline * 50


def test_united_nations_refugee_agency_is_unhcr() -> None:
    """``the United Nations refugee agency`` is UNHCR, not the United Nations."""
    from migmodel import parse_article

    text = "Arrivals doubled this year, the United Nations refugee agency said on Friday."
    assert [org.acronym for org in parse_article(text).organizations] == ["UNHCR"]


def _view(*regions: str) -> tuple[str, TokenView]:
    text = "\n".join(regions)
    spans, start = [], 0
    for region in regions:
        spans.append(Span(start=start, end=start + len(region)))
        start += len(region) + 1
    return text, TokenView(text, spans)


def test_token_view_sentences() -> None:
    """A sentence ends at a mark before a capital, a digit or a quotation mark, not after an
    honorific; each region opens a new one; a closing quote that is also an opening mark
    opens a sentence of its own."""
    _, view = _view("Talks end", 'Mr. Doe said: "It works." Then (U.N.) left. 3 came.')
    sentences: dict[int, list[str]] = {}
    for word, sentence in zip(view.words, view.sentences, strict=True):
        sentences.setdefault(sentence, []).append(word)
    assert [" ".join(words) for words in sentences.values()] == [
        "Talks end",
        'Mr . Doe said : " It works .',
        '"',
        "Then ( U.N. ) left .",
        "3 came .",
    ]


def test_token_view_names_and_offsets() -> None:
    """Names stop at a region's end; offsets map back to tokens."""
    text, view = _view("said Jane de la Cruz and J. Doe", "Smith")
    jane = view.words.index("Jane")
    assert view.text_of(jane, view.name_end(jane)) == "Jane de la Cruz"
    initial = view.words.index("J")
    assert view.text_of(initial, view.name_end(initial)) == "J. Doe"
    smith = view.words.index("Smith")
    assert view.name_end(smith - 1) == smith  # "Doe" ends with its region
    assert view.token_at(text.index("Cruz")) == view.words.index("Cruz")
    assert view.token_ending_at(text.index("Cruz") + 4) == view.words.index("Cruz")
    assert view.token_at(text.index("Cruz") + 1) is None
    assert view.where(("Doe", "Smith")) == [smith - 1, smith]


BARE_HEADS = (
    "The European Commission proposed new rules on returns. A Commission spokesperson "
    "defended them. Commission officials expect a vote. The Electoral Commission was not "
    "involved, nor was the Commission on Population Affairs."
)


def test_bare_head_word_is_the_organisation_named_before() -> None:
    """``A Commission spokesperson`` speaks for the European Commission named before."""
    found = _run(BARE_HEADS)
    assert _ref_at(found, BARE_HEADS, "Commission", 1) == "org:european-commission"


def test_bare_head_word_before_a_plural_noun() -> None:
    """``Commission officials`` is a mention of the European Commission too."""
    found = _run(BARE_HEADS)
    assert _ref_at(found, BARE_HEADS, "Commission", 2) == "org:european-commission"


def test_head_word_after_a_capitalised_word_is_another_name() -> None:
    """``The Electoral Commission`` is not the European Commission."""
    found = _run(BARE_HEADS)
    assert "Electoral Commission" in [org.name for org in found.organizations]


def test_head_word_before_on_is_another_name() -> None:
    """``the Commission on Population Affairs`` is not the European Commission."""
    found = _run(BARE_HEADS)
    assert _ref_at(found, BARE_HEADS, "Commission", 4) != "org:european-commission"


def test_bare_head_word_with_no_such_body_named_is_nothing() -> None:
    """``Parliament`` in a text naming no parliament resolves to nothing."""
    text = "The European Commission proposed new rules. Parliament votes in May."
    assert _ref_at(_run(text), text, "Parliament") is None


NAIROBI = (
    "NAIROBI - Interior Secretary Amos Kiprotich Wanyama met donors on Tuesday. "
    "The Permanent Secretary, Mrs. Grace Atieno Odhiambo, said the plan was ready."
)


def test_national_secretary_takes_the_home_country() -> None:
    """``Interior Secretary NAME`` with no country said holds office in the dateline's country."""
    found = _run(NAIROBI, dateline="NAIROBI -")
    assert _person(found, "Amos Kiprotich Wanyama").roles[0].country == "KE"


def test_permanent_secretary_takes_the_home_country() -> None:
    """``the Permanent Secretary, NAME`` is a national office like a minister's."""
    found = _run(NAIROBI, dateline="NAIROBI -")
    assert _person(found, "Grace Atieno Odhiambo").roles[0].country == "KE"


def test_national_office_gives_the_nationality() -> None:
    """The holder of a national office is a national of the country they serve."""
    found = _run(NAIROBI, dateline="NAIROBI -")
    assert _person(found, "Amos Kiprotich Wanyama").nationality == "KE"


def test_plain_secretary_takes_no_home_country() -> None:
    """A secretary with no government portfolio word is not a national office."""
    text = "NAIROBI - Secretary Amos Kiprotich Wanyama met donors on Tuesday."
    found = _run(text, dateline="NAIROBI -")
    assert _person(found, "Amos Kiprotich Wanyama").roles[0].country is None


def test_government_body_staff_take_its_country_as_nationality() -> None:
    """A director at a national ministry is a national of its country."""
    text = "Director of planning at the Moroccan Ministry of Labour, Samir Bouazza, said so."
    assert _person(_run(text), "Samir Bouazza").nationality == "MA"


def test_international_body_staff_take_no_nationality() -> None:
    """A head of an international body's mission gets no nationality from the posting."""
    text = "The IOM Chief of Mission in Kenya, Mr. Olaf Brenner, said so."
    assert _person(_run(text), "Olaf Brenner").nationality is None


def test_ps_is_a_secretary_title() -> None:
    """``Interior PS`` is a title, and ``the PS`` refers back to its holder."""
    text = "Rose Wambui Kamau, Interior PS, opened the camp. The PS said it would grow."
    found = _run(text)
    assert _ref_at(found, text, "The PS") == "person:rose-wambui-kamau"


def test_chief_cabinet_secretary_is_read_whole() -> None:
    """``Chief Cabinet Secretary NAME`` keeps ``Cabinet`` in the title."""
    text = "Chief Cabinet Secretary Kenji Aoyama told reporters the law would pass."
    assert _person(_run(text), "Kenji Aoyama").roles[0].title == "Chief Cabinet Secretary"


def test_malaysian_honorific_before_a_name() -> None:
    """``Dato' NAME`` after a title: the name without the honorific."""
    text = "The Secretary-General of the Ministry of Home Affairs, Dato' Rahman bin Yusof, spoke."
    person = _person(_run(text), "Rahman bin Yusof")
    assert person.honorific == "Dato'"


def test_nigerian_honorific_is_split_off_the_name() -> None:
    """``Hajia NAME`` after a title keeps the honorific apart from the name."""
    text = "The Chairman of the Diaspora Commission, Hajia Amina Bello-Umar, said so."
    assert _person(_run(text), "Amina Bello-Umar").honorific == "Hajia"


def test_long_honorific_before_a_period_ends_a_sentence() -> None:
    """``the police chief.`` ends a sentence: only short honorifics are abbreviations."""
    _, view = _view("They met the police chief. Then they left.")
    assert view.sentences[view.words.index("Then")] != view.sentences[0]


def test_month_word_starts_a_name_before_a_surname() -> None:
    """``Jan Novak said`` names Jan Novak."""
    assert [person.name for person in _run("Jan Novak said the plan was late.").persons] == [
        "Jan Novak"
    ]


def test_month_word_before_a_number_is_no_name() -> None:
    """``On Jan 5 ... said Joe Bloggs``: the month stays a date."""
    found = _run("On Jan 5 the law passed, said Joe Bloggs.")
    assert [person.name for person in found.persons] == ["Joe Bloggs"]


def test_month_word_after_a_date_preposition_is_no_name() -> None:
    """``in May Smith said``: a month after ``in`` does not start a name."""
    assert _run("Talks held in May Smith said were vital.").persons == ()


def test_shorter_name_with_the_same_first_and_last_words_is_merged() -> None:
    """``Dr Paul Otieno`` is ``Dr. Paul Kibet Otieno``, as is ``Dr. Otieno``."""
    text = (
        "Interior Secretary Dr. Paul Kibet Otieno opened the camp. Dr. Otieno said it "
        "would grow. Dr Paul Otieno, Interior PS, spoke again."
    )
    assert [person.name for person in _run(text).persons] == ["Paul Kibet Otieno"]


def test_bracketed_portfolio_before_a_name() -> None:
    """``Secretary (Consular and Overseas Indian Affairs) NAME`` keeps the brackets in the title."""
    text = "The talks were chaired by Secretary (Consular and Overseas Indian Affairs) Ravi Menon."
    role = _person(_run(text), "Ravi Menon").roles[0]
    assert role.title == "Secretary (Consular and Overseas Indian Affairs)"


def test_bracketed_portfolio_gives_its_country() -> None:
    """A demonym inside the bracketed portfolio gives the role's country."""
    text = "The talks were chaired by Secretary (Consular and Overseas Indian Affairs) Ravi Menon."
    assert _person(_run(text), "Ravi Menon").roles[0].country == "IN"


def test_plural_possessive_inside_a_title() -> None:
    """``Expatriates' Welfare Minister NAME`` keeps the whole title."""
    text = "Expatriates' Welfare Minister Rumana Haque said so."
    assert _person(_run(text), "Rumana Haque").roles[0].title == "Expatriates' Welfare Minister"


def test_shadow_minister_title() -> None:
    """``shadow immigration minister, NAME,`` keeps ``shadow``."""
    text = "The party's shadow immigration minister, Ben Hartley-Cole, said so."
    role = _person(_run(text), "Ben Hartley-Cole").roles[0]
    assert role.title == "shadow immigration minister"


def test_international_acronym_starts_a_body_name() -> None:
    """``UN Network on Migration`` is one international body, not ``Network on Migration``."""
    org = _org(
        _run("Indicators will come from the UN Network on Migration."), "UN Network on Migration"
    )
    assert org.kind is OrganizationKind.INTERNATIONAL


def test_international_acronym_stays_a_mention() -> None:
    """The ``UN`` of ``UN Network on Migration`` is still a mention of the United Nations."""
    text = "Indicators will come from the UN Network on Migration."
    assert _ref_at(_run(text), text, "UN") == "org:un"


def test_two_modifiers_joined_by_and() -> None:
    """``Justice and Home Affairs Council`` is read whole."""
    found = _run("Talks resume at the next Justice and Home Affairs Council in June.")
    assert [org.name for org in found.organizations] == ["Justice and Home Affairs Council"]


def test_countries_joined_by_and_are_not_modifiers() -> None:
    """``Spain and Morocco Interior Ministry``: Spain is not part of the name."""
    found = _run("Officials of Spain and Morocco Interior Ministry met.")
    assert [org.name for org in found.organizations] == ["Morocco Interior Ministry"]


def test_religious_word_makes_a_service_an_ngo() -> None:
    """``Jesuit Refugee Aid Service`` is an NGO, not a government service."""
    found = _run("Groups such as the Jesuit Refugee Aid Service (JRAS) criticised it.")
    assert _org(found, "Jesuit Refugee Aid Service").kind is OrganizationKind.NGO


def test_acronym_at_the_end_of_a_gloss() -> None:
    """``Name (Name in Spanish, ACR)`` defines the acronym."""
    text = "The National Border Office (Oficina Nacional de Fronteras, ONAF) opened a desk."
    assert _org(_run(text), "National Border Office").acronym == "ONAF"


def test_in_charge_of_complement() -> None:
    """``Ministry Delegate in charge of Nationals Living Abroad`` is a body."""
    text = "It was organised by the Ministry Delegate in charge of Nationals Living Abroad."
    names = [org.name for org in _run(text).organizations]
    assert names == ["Ministry Delegate in charge of Nationals Living Abroad"]


def test_region_inside_a_body_name_is_no_place() -> None:
    """``Western Asia`` in a commission's name is not a place of the article."""
    text = "The Economic and Social Commission for Western Asia (ESCWA) met in Rabat."
    assert [place.name for place in _run(text).places] == ["Rabat"]


NO_DATELINE = (
    "Kenya plans new refugee settlements\n\n"
    "Kenya will turn two camps into settlements, Interior Minister Paul Kamau said. "
    "Kenya hosts refugees from Somalia, and Kenya will seek donor funds."
)


def test_story_without_dateline_takes_its_dominant_country() -> None:
    """No dateline and no agency: a story naming Kenya throughout gives its minister Kenya."""
    _, found = _page(NO_DATELINE)
    assert _person(found, "Paul Kamau").roles[0].country == "KE"


def test_story_without_dateline_and_no_dominant_country_gives_none() -> None:
    """With Kenya named in only two of five country names, the country stays unknown."""
    page = NO_DATELINE.replace("Kenya hosts", "Uganda hosts").replace(
        "and Kenya will seek", "and Uganda will seek"
    )
    _, found = _page(page)
    assert _person(found, "Paul Kamau").roles[0].country is None


# --- Rules added for fixtures 57-66 ----------------------------------------------------


def test_name_of_body_before_reporting_verb_is_a_person() -> None:
    """``NAME of the IOM said``: the name before ``of`` and a body is a person."""
    found = _run("Maria Olsen of the IOM said the boats kept coming.")
    assert [person.name for person in found.persons] == ["Maria Olsen"]


def test_name_of_body_with_acronym_before_verb_is_a_person() -> None:
    """``NAME of Body (ACR) cautioned``: the acronym between body and verb is skipped."""
    text = "Tomas Reyes of Lawyers for Migrant Rights (LMR) cautioned that courts were slow."
    assert [person.name for person in _run(text).persons] == ["Tomas Reyes"]


def test_its_role_apposition_gives_a_person() -> None:
    """``NAME, its ROLE, said``: ``its`` opens an apposition like an article."""
    text = "The Nordic Shelter Network opened a site. Lars Berg, its legal adviser, said so."
    assert _person(_run(text), "Lars Berg").roles[0].title == "legal adviser"


def test_its_role_belongs_to_the_last_named_body() -> None:
    """``its`` in ``NAME, its ROLE,`` is the organisation named last before it."""
    text = "The Nordic Shelter Network opened a site. Lars Berg, its legal adviser, said so."
    found = _run(text)
    role = _person(found, "Lars Berg").roles[0]
    assert role.organization is not None
    assert role.organization.name == "Nordic Shelter Network"


def test_islam_inside_a_name_is_a_name_word() -> None:
    """``Islam`` is a common second name: it does not break ``Rafiqul Islam Chowdhury``."""
    text = "Rafiqul Islam Chowdhury, a lawyer, said the fees were too high."
    assert [person.name for person in _run(text).persons] == ["Rafiqul Islam Chowdhury"]


def test_title_modifiers_joined_by_and_stay_in_the_title() -> None:
    """``Social Welfare and Overseas Employment Minister NAME``: one title."""
    text = "Social Welfare and Overseas Employment Minister Rina Akter said the talks went well."
    title = _person(_run(text), "Rina Akter").roles[0].title
    assert title == "Social Welfare and Overseas Employment Minister"


def test_advocate_is_a_title() -> None:
    """``Advocate NAME`` is a title and a name, not a three-word name."""
    text = "Advocate Nomsa Dlamini said the permits had expired."
    assert _person(_run(text), "Nomsa Dlamini").roles[0].title == "Advocate"


def test_based_modifier_does_not_hide_the_body_of_a_role() -> None:
    """``a lawyer at the Lagos-based Centre for Migrant Rights``: the role has the body."""
    text = "Ada Obi, a lawyer at the Lagos-based Centre for Migrant Rights, said it was late."
    role = _person(_run(text), "Ada Obi").roles[0]
    assert role.organization is not None
    assert role.organization.name == "Centre for Migrant Rights"


DEMONYM_SIDE = (
    "Nepal to send workers to Kenya\n\n"
    "Kenya will take more workers from Nepal, Labour Minister Anil Thapa said after talks "
    "with Kenyan Labour Minister Joseph Mwangi. Kenya stopped hiring in 2022, and Kenya "
    "will now review agencies. Nepal sends many workers abroad."
)


def test_demonym_marked_country_is_not_the_home_country() -> None:
    """``Kenyan Labour Minister`` marks Kenya as the other side: the unmarked minister is
    not Kenyan, even though Kenya is named most."""
    _, found = _page(DEMONYM_SIDE)
    assert _person(found, "Anil Thapa").roles[0].country == "NP"


def test_two_countries_named_equally_give_no_home() -> None:
    """No dateline: two countries named twice each leave an unmarked office without one."""
    page = (
        "Border guards deployed\n\n"
        "Interior Minister Sara Dube sent guards to the border with Zambia. "
        "Zambia and Botswana share the river, and Botswana will send guards too."
    )
    _, found = _page(page)
    assert _person(found, "Sara Dube").roles[0].country is None


def test_bare_title_of_a_foreign_minister_keeps_the_nationality() -> None:
    """``Minister Okello`` after ``Ugandan Interior Minister Joseph Okello`` is Uganda's
    office, not that of the dateline's country."""
    text = (
        "NAIROBI - Ugandan Interior Minister Joseph Okello arrived on Monday. "
        "Minister Okello said the border would stay open."
    )
    found = _run(text, dateline="NAIROBI -")
    assert {role.country for role in _person(found, "Joseph Okello").roles} == {"UG"}


def test_agency_refers_to_the_last_government_body() -> None:
    """``the agency`` after a government body goes to it, not to a UN agency named earlier."""
    text = (
        "UNHCR praised the reform. The National Asylum Commission (NAC) has 30 days to decide, "
        "but the agency admits delays."
    )
    found = _run(text)
    assert _ref_at(found, text, "the agency") == "org:nac"


def test_role_noun_with_a_portfolio_needs_that_portfolio() -> None:
    """``the Secretary of Homeland Security`` is no alias of a coordinator of another body."""
    text = (
        "Hugo Lara, general coordinator of the National Asylum Commission, spoke. "
        "A delegation led by the Secretary of Homeland Security visited."
    )
    found = _run(text)
    assert _ref_at(found, text, "the Secretary") is None


def test_council_for_refugees_is_an_ngo() -> None:
    """A council working ``for Refugees`` is an NGO, not a state body."""
    text = "The Baltic Council for Refugees said the camps were full."
    assert _org(_run(text), "Baltic Council for Refugees").kind is OrganizationKind.NGO


def test_lawyers_for_a_cause_is_an_ngo() -> None:
    """``Lawyers for Migrant Rights (LMR)``: an initialled name for a cause is an NGO."""
    text = "Lawyers for Migrant Rights (LMR) filed a case."
    assert _org(_run(text), "Lawyers for Migrant Rights").kind is OrganizationKind.NGO


def test_initiative_for_a_cause_is_a_body() -> None:
    """``Initiative`` is an instrument word, but an initiative ``for Personal Rights`` with
    an acronym is a body."""
    text = "The Andean Initiative for Personal Rights (AIPR) filed a case."
    assert [org.name for org in _run(text).organizations] == [
        "Andean Initiative for Personal Rights"
    ]


def test_forum_is_an_organisation_head() -> None:
    """``Pacific Fisheries Forum`` is a body, international by its regional modifier."""
    text = "The Pacific Fisheries Forum said it would review the scheme."
    assert _org(_run(text), "Pacific Fisheries Forum").kind is OrganizationKind.INTERNATIONAL


def test_opposition_is_not_part_of_a_party_name() -> None:
    """``Opposition Liberal Party (LP)`` names the Liberal Party."""
    text = "Opposition Liberal Party (LP) leaders objected."
    assert [org.name for org in _run(text).organizations] == ["Liberal Party"]


def test_body_name_stops_before_on_an_instrument() -> None:
    """``brief the Senate on the Harbour Plan``: the body is the Senate."""
    text = "The minister will brief the Senate on the Harbour Plan for Africa on Thursday."
    assert [org.name for org in _run(text).organizations] == ["Senate"]


def test_ngo_name_goes_on_with_a_branch_place() -> None:
    """``Migrant Watch Asia said``: the region closes the NGO's name."""
    text = "Migrant Watch Asia said the rules were unfair."
    found = _run(text)
    assert [org.name for org in found.organizations] == ["Migrant Watch Asia"]


def test_comma_list_of_modifiers_before_a_head() -> None:
    """``Border, Return and Reception Fund (BRRF)``: the whole list is the name."""
    text = "The Border, Return and Reception Fund (BRRF) pays for it."
    assert [org.name for org in _run(text).organizations] == ["Border, Return and Reception Fund"]


def test_naming_a_person_brings_back_their_body() -> None:
    """``Ruiz said the agency``: the agency is the body Ruiz works for, even when a UN
    agency was named after her first mention."""
    text = (
        "Ana Ruiz, director of the National Asylum Commission, opened the office. "
        "UNHCR praised the move. Ruiz said the agency had hired staff."
    )
    found = _run(text)
    assert _ref_at(found, text, "the agency") == "org:national-asylum-commission"


def test_body_before_its_acronym_gives_the_role_its_body() -> None:
    """``Liberal Party (LP) MP NAME``: the role's body is the party before the acronym."""
    role = _person(_run("Liberal Party (LP) MP Dario Conti spoke."), "Dario Conti").roles[0]
    assert role.organization is not None
    assert role.organization.name == "Liberal Party"


def test_single_most_named_country_is_still_the_home() -> None:
    """Named twice among four country names, with no other named as often, Italy is the
    home of a story with no dateline."""
    page = (
        "Arrivals rise\n\n"
        "Italy saw more boats from Tunisia, Interior Minister Dino Greco said. "
        "Departures from Libya also rose, and Italy asked for help."
    )
    _, found = _page(page)
    assert _person(found, "Dino Greco").roles[0].country == "IT"


def test_senate_before_another_name_is_a_modifier() -> None:
    """``Senate Committee on Migrant Workers`` is one body, not the Senate and a committee."""
    text = "The Senate Committee on Migrant Workers met on Monday."
    assert [org.name for org in _run(text).organizations] == ["Senate Committee on Migrant Workers"]


def test_role_noun_with_the_holders_body_as_portfolio() -> None:
    """``the head of the NAC`` refers to the NAC's director: the portfolio is her body."""
    text = (
        "Ana Ruiz, director of the National Asylum Commission (NAC), spoke. "
        "The head of the NAC said staff were short."
    )
    found = _run(text)
    assert _ref_at(found, text, "The head") == _person(found, "Ana Ruiz").id


def test_statistics_and_a_country_is_a_national_body() -> None:
    """``Statistics Norway`` is a government body of Norway."""
    found = _run("According to Statistics Norway, arrivals rose.")
    org = _org(found, "Statistics Norway")
    assert (org.kind, org.country) == (OrganizationKind.GOVERNMENT, "NO")


def test_statistics_before_a_longer_name_is_no_body() -> None:
    """``Statistics Norway Research Unit``: the country does not close the run."""
    found = _run("The Statistics Norway Research Unit said arrivals rose.")
    assert "Statistics Norway" not in [org.name for org in found.organizations]
