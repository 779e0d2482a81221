"""Acceptance facts for the two seed articles in ``seeds/``.

One fact per test, written from the text as a human reads it. Seed 000 is a MAP
wire story on a full news page (weather widget, page date, comment form); seed 003
is a bare body with no headline and no date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from acceptance import (
    events_of_kind,
    is_month,
    is_year,
    organizations_named,
    persons_named,
    policies_named,
    roles_of,
    seed,
)
from migmodel import (
    Article,
    EntityRef,
    Event,
    EventKind,
    FuzzyDate,
    PolicyKind,
    Quantity,
    Statement,
    StatementKind,
    Topic,
)
from migmodel._pipeline.ids import fold

SEEDS = Path(__file__).parent.parent / "seeds"
RABAT = "000_434f130cdb941773"
LIMA = "003_eb7088fa0a3f303b"

RABAT_MINISTRY = "Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates"
RABAT_FURNITURE = (
    "15.4 C",
    "Casablanca",
    "Saturday, April 27, 2024",
    "- Advertisement -spot_img",
    "More articles",
    "LEAVE A REPLY",
    "Please enter your comment!",
    "Please enter your name here",
    "- Advertisement -spot_img",
    "Latest article",
    "%d bloggers like this:",
)


def _place_names(article: Article) -> set[str]:
    """The folded names of the article's places."""
    return {fold(place.name) for place in article.places}


def _statements(article: Article, speaker: str) -> tuple[Statement, ...]:
    """The statements whose speaker's name contains ``speaker``."""
    return tuple(
        s
        for s in article.statements
        if s.speaker is not None and fold(speaker) in fold(s.speaker.name)
    )


def _cues(article: Article, speaker: str, paragraph: int) -> set[str]:
    """The cues of ``speaker``'s statements in ``paragraph``."""
    return {s.cue for s in _statements(article, speaker) if s.paragraph == paragraph}


def _has_quantity(quantities: tuple[Quantity, ...], value: float, unit: str) -> bool:
    """Whether a quantity counts ``value`` of ``unit``."""
    return any(q.value == value and unit in q.unit for q in quantities)


def _ref_names(refs: tuple[EntityRef, ...]) -> str:
    """The folded names of entity references, joined for substring tests."""
    return " | ".join(fold(ref.name) for ref in refs)


def _rabat_meeting() -> tuple[Event, ...]:
    """Seed 000's meetings."""
    return events_of_kind(seed(RABAT), EventKind.MEETING)


def _lima_meeting() -> tuple[Event, ...]:
    """Seed 003's meetings."""
    return events_of_kind(seed(LIMA), EventKind.MEETING)


# Seed 000: Rabat, a meeting organised by IOM.


def test_rabat_furniture_is_header_and_trailer_lines() -> None:
    """The three header lines and the eight trailing lines are the furniture, in order."""
    assert tuple(piece.text for piece in seed(RABAT).furniture) == RABAT_FURNITURE


def test_rabat_title() -> None:
    """The headline keeps its ``(Official)`` tag."""
    assert seed(RABAT).title == (
        "Morocco Has Made Migration Priority in its Commitment to Fairer, "
        "More Equitable World (Official)"
    )


def test_rabat_page_date() -> None:
    """``Saturday, April 27, 2024`` is the page date."""
    assert seed(RABAT).page_date == dt.date(2024, 4, 27)


def test_rabat_has_seven_paragraphs() -> None:
    """The body has seven paragraphs."""
    assert len(seed(RABAT).paragraphs) == 7


def test_rabat_chekkori_role_title() -> None:
    """Ismail Chekkori is Director of global issues."""
    roles = roles_of(seed(RABAT), "Ismail Chekkori")
    assert any(role.title == "Director of global issues" for role in roles)


def test_rabat_chekkori_role_organization() -> None:
    """Chekkori's role belongs to the Ministry of Foreign Affairs."""
    roles = roles_of(seed(RABAT), "Ismail Chekkori")
    assert any(
        role.organization is not None and role.organization.name == RABAT_MINISTRY for role in roles
    )


def test_rabat_chekkori_role_country() -> None:
    """Chekkori's role is held for Morocco."""
    assert any(role.country == "MA" for role in roles_of(seed(RABAT), "Ismail Chekkori"))


def test_rabat_palatini_role_title() -> None:
    """Laura Palatini is Head of Mission."""
    roles = roles_of(seed(RABAT), "Laura Palatini")
    assert any(role.title == "Head of Mission" for role in roles)


def test_rabat_palatini_role_organization_is_iom() -> None:
    """Palatini's role belongs to IOM."""
    roles = roles_of(seed(RABAT), "Laura Palatini")
    assert any(
        role.organization is not None
        and role.organization.name in {"IOM", "International Organization for Migration"}
        for role in roles
    )


def test_rabat_palatini_role_country() -> None:
    """Palatini's mission is in Morocco."""
    assert any(role.country == "MA" for role in roles_of(seed(RABAT), "Laura Palatini"))


def test_rabat_king_name_without_honorific() -> None:
    """Mohammed VI is named without ``His Majesty``."""
    assert any(person.name == "Mohammed VI" for person in seed(RABAT).persons)


def test_rabat_king_honorific() -> None:
    """Mohammed VI's honorific is ``His Majesty``."""
    kings = persons_named(seed(RABAT), "Mohammed VI")
    assert any(person.honorific == "His Majesty" for person in kings)


def test_rabat_king_role() -> None:
    """Mohammed VI is King of Morocco."""
    roles = roles_of(seed(RABAT), "Mohammed VI")
    assert any(role.title == "King" and role.country == "MA" for role in roles)


def test_rabat_iom_acronym() -> None:
    """The International Organization for Migration has acronym IOM."""
    orgs = organizations_named(seed(RABAT), "International Organization for Migration")
    assert any(org.acronym == "IOM" for org in orgs)


def test_rabat_ministry_is_an_organization() -> None:
    """The Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates is found."""
    assert any(org.name == RABAT_MINISTRY for org in seed(RABAT).organizations)


def test_rabat_places_include_morocco_and_rabat() -> None:
    """Morocco and Rabat are places."""
    assert {"morocco", "rabat"} <= _place_names(seed(RABAT))


def test_rabat_casablanca_is_not_a_place() -> None:
    """Casablanca is named only by the weather widget: not a place of the story."""
    assert "casablanca" not in _place_names(seed(RABAT))


def test_rabat_meeting_in_rabat() -> None:
    """The meeting took place in Rabat."""
    assert any(
        event.place is not None and event.place.name == "Rabat" for event in _rabat_meeting()
    )


def test_rabat_meeting_on_tuesday_is_2024_04_23() -> None:
    """``on Tuesday`` resolves to 23 April 2024, inferred from the page date."""
    assert any(
        event.date == FuzzyDate.day(2024, 4, 23, inferred=True) for event in _rabat_meeting()
    )


def test_rabat_meeting_organised_by_iom() -> None:
    """IOM organised the meeting."""
    assert any(
        "international organization for migration" in _ref_names(event.organizers)
        for event in _rabat_meeting()
    )


def test_rabat_meeting_theme() -> None:
    """The meeting's theme is the quoted title after ``on``."""
    theme = "Good practices and challenges related to bilateral agreements on labor migration"
    assert any(event.theme == theme for event in _rabat_meeting())


def test_rabat_meeting_participants() -> None:
    """Chekkori and Palatini took part in the meeting."""
    assert any(
        "chekkori" in _ref_names(event.participants)
        and "palatini" in _ref_names(event.participants)
        for event in _rabat_meeting()
    )


def test_rabat_chekkori_told_in_paragraph_0() -> None:
    """``told a meeting`` is Chekkori's statement in paragraph 0."""
    assert "tell" in _cues(seed(RABAT), "Chekkori", 0)


def test_rabat_chekkori_said_direct_in_paragraph_2() -> None:
    """The quotation in paragraph 2 is a direct statement by Chekkori, cue ``say``."""
    found = _statements(seed(RABAT), "Chekkori")
    assert any(
        s.kind is StatementKind.DIRECT and s.cue == "say" and s.paragraph == 2 for s in found
    )


def test_rabat_he_recalled_in_paragraph_3() -> None:
    """``He recalled`` in paragraph 3 is Chekkori's."""
    assert "recall" in _cues(seed(RABAT), "Chekkori", 3)


def test_rabat_stressing_in_paragraph_3() -> None:
    """``stressing that`` in paragraph 3 is Chekkori's."""
    assert "stress" in _cues(seed(RABAT), "Chekkori", 3)


def test_rabat_recall_speaker_mention_is_he() -> None:
    """The recall statement names its speaker with ``He``."""
    found = [s for s in _statements(seed(RABAT), "Chekkori") if s.cue == "recall"]
    assert any(s.speaker_mention is not None and s.speaker_mention.text == "He" for s in found)


def test_rabat_added_chekkori_in_paragraph_4() -> None:
    """``added Chekkori`` in paragraph 4 is his statement."""
    assert "add" in _cues(seed(RABAT), "Chekkori", 4)


def test_rabat_palatini_said_in_paragraph_5() -> None:
    """Palatini ``said that`` in paragraph 5."""
    assert "say" in _cues(seed(RABAT), "Palatini", 5)


def test_rabat_palatini_recalling_in_paragraph_5() -> None:
    """``recalling that`` in paragraph 5 is Palatini's."""
    assert "recall" in _cues(seed(RABAT), "Palatini", 5)


def test_rabat_she_stressed_in_paragraph_6() -> None:
    """``she stressed`` in paragraph 6 is Palatini's."""
    assert "stress" in _cues(seed(RABAT), "Palatini", 6)


def test_rabat_stress_speaker_mention_is_she() -> None:
    """The paragraph 6 statement names its speaker with ``she``."""
    found = [s for s in _statements(seed(RABAT), "Palatini") if s.paragraph == 6]
    assert any(s.speaker_mention is not None and s.speaker_mention.text == "she" for s in found)


def test_rabat_agreements_are_agreements() -> None:
    """The agreements signed with European neighbours are an AGREEMENT."""
    assert any(policy.kind is PolicyKind.AGREEMENT for policy in seed(RABAT).policies)


def test_rabat_agreements_topics() -> None:
    """The agreements are about return, trafficking and smuggling."""
    wanted = {
        Topic.RETURN_AND_REINTEGRATION,
        Topic.HUMAN_TRAFFICKING,
        Topic.MIGRANT_SMUGGLING,
    }
    assert any(
        policy.kind is PolicyKind.AGREEMENT and wanted <= set(policy.topics)
        for policy in seed(RABAT).policies
    )


def test_rabat_information_system_is_a_moroccan_system() -> None:
    """The integrated national information system is a SYSTEM of Morocco."""
    found = policies_named(seed(RABAT), "information system")
    assert any(policy.kind is PolicyKind.SYSTEM and policy.country == "MA" for policy in found)


def test_rabat_iom_approach_dated_2019() -> None:
    """IOM's global approach to migration dates from 2019."""
    found = policies_named(seed(RABAT), "approach")
    assert any(is_year(policy.date, 2019) for policy in found)


def test_rabat_initiative_launched_less_than_a_year_ago() -> None:
    """The initiative launched ``less than a year ago`` dates from the year before the page."""
    article = seed(RABAT)
    dates = [policy.date for policy in article.policies] + [e.date for e in article.events]
    assert any(
        date is not None
        and dt.date(2023, 4, 1) <= date.earliest <= dt.date(2023, 5, 31)
        and dt.date(2024, 4, 20) <= date.latest <= dt.date(2024, 4, 27)
        for date in dates
    )


# Seed 003: Lima, a meeting at the Andean Parliament; no headline, no date.


def test_lima_has_no_title() -> None:
    """The text starts with the body: there is no headline."""
    assert seed(LIMA).title is None


def test_lima_has_no_page_date() -> None:
    """The page shows no date."""
    assert seed(LIMA).page_date is None


def test_lima_has_eight_paragraphs() -> None:
    """Each of the eight lines is a paragraph."""
    assert len(seed(LIMA).paragraphs) == 8


def test_lima_pacheco_member_of_andean_parliament() -> None:
    """Gustavo Pacheco is a member of the Andean Parliament."""
    roles = roles_of(seed(LIMA), "Gustavo Pacheco")
    assert any(
        role.title.lower() == "member"
        and role.organization is not None
        and role.organization.name == "Andean Parliament"
        for role in roles
    )


def test_lima_montoya_member_of_peruvian_congress() -> None:
    """Jorge Montoya is a member of the Peruvian Congress."""
    roles = roles_of(seed(LIMA), "Jorge Montoya")
    assert any(
        role.title.lower() == "member"
        and role.organization is not None
        and role.organization.name == "Peruvian Congress"
        for role in roles
    )


def test_lima_montoya_role_country_peru() -> None:
    """Montoya's seat is in Peru."""
    assert any(role.country == "PE" for role in roles_of(seed(LIMA), "Jorge Montoya"))


def test_lima_chaoudri_is_ambassador_of_morocco() -> None:
    """Amin Chaoudri is Ambassador for Morocco."""
    roles = roles_of(seed(LIMA), "Amin Chaoudri")
    assert any(role.title == "Ambassador" and role.country == "MA" for role in roles)


def test_lima_chaoudri_nationality() -> None:
    """Chaoudri is Moroccan."""
    assert any(p.nationality == "MA" for p in persons_named(seed(LIMA), "Amin Chaoudri"))


def test_lima_chaoudri_aliases() -> None:
    """Chaoudri's aliases include the three role nouns the article calls him by."""
    aliases = {
        fold(alias)
        for person in persons_named(seed(LIMA), "Amin Chaoudri")
        for alias in person.aliases
    }
    assert {"the ambassador", "the moroccan diplomat", "the moroccan ambassador"} <= aliases


def test_lima_king_is_a_person() -> None:
    """Mohammed VI is a person."""
    assert any(person.name == "Mohammed VI" for person in seed(LIMA).persons)


def test_lima_andean_parliament_is_an_organization() -> None:
    """The Andean Parliament is an organisation."""
    assert organizations_named(seed(LIMA), "Andean Parliament")


def test_lima_peruvian_congress_is_an_organization() -> None:
    """The Peruvian Congress is an organisation."""
    assert organizations_named(seed(LIMA), "Peruvian Congress")


def test_lima_places() -> None:
    """Morocco, Peru, Marrakech and the regions named are places."""
    wanted = {"morocco", "peru", "marrakech", "middle east", "asia", "europe", "sub-saharan africa"}
    assert wanted <= {name.removeprefix("the ") for name in _place_names(seed(LIMA))}


def test_lima_meeting_theme_is_migration_crises_and_opportunities() -> None:
    """The meeting focused on migration crises and opportunities."""
    assert any(
        event.theme is not None and "migration crises and opportunities" in event.theme
        for event in _lima_meeting()
    )


def test_lima_meeting_organised_by_pacheco_and_montoya() -> None:
    """Pacheco and Montoya organised the meeting."""
    assert any(
        "pacheco" in _ref_names(event.organizers) and "montoya" in _ref_names(event.organizers)
        for event in _lima_meeting()
    )


def test_lima_meeting_participant_chaoudri() -> None:
    """Chaoudri took part in the meeting."""
    assert any("chaoudri" in _ref_names(event.participants) for event in _lima_meeting())


def test_lima_new_migration_policy() -> None:
    """The new migration policy is a POLICY of Morocco."""
    found = policies_named(seed(LIMA), "migration policy")
    assert any(policy.kind is PolicyKind.POLICY and policy.country == "MA" for policy in found)


def test_lima_global_compact_kind() -> None:
    """The Global Compact for Safe, Orderly and Regular Migration is a COMPACT."""
    found = policies_named(seed(LIMA), "Global Compact for Safe, Orderly and Regular Migration")
    assert any(policy.kind is PolicyKind.COMPACT for policy in found)


def test_lima_global_compact_dated_december_2018() -> None:
    """The compact is dated December 2018."""
    found = policies_named(seed(LIMA), "Global Compact")
    assert any(is_month(policy.date, 2018, 12) for policy in found)


def test_lima_compact_signing_in_marrakech_december_2018() -> None:
    """The compact was signed in Marrakech in December 2018."""
    assert any(
        event.place is not None
        and event.place.name == "Marrakech"
        and is_month(event.date, 2018, 12)
        for event in events_of_kind(seed(LIMA), EventKind.SIGNING)
    )


def test_lima_constitution_kind_and_country() -> None:
    """The 2011 Constitution is Morocco's CONSTITUTION."""
    found = policies_named(seed(LIMA), "Constitution")
    assert any(
        policy.kind is PolicyKind.CONSTITUTION and policy.country == "MA" for policy in found
    )


def test_lima_constitution_dated_2011() -> None:
    """The Constitution dates from 2011."""
    assert any(is_year(policy.date, 2011) for policy in policies_named(seed(LIMA), "Constitution"))


def test_lima_constitution_has_five_articles() -> None:
    """The Constitution's quantities include five articles."""
    assert any(
        _has_quantity(policy.quantities, 5, "article")
        for policy in policies_named(seed(LIMA), "Constitution")
    )


def test_lima_strategy_kind_and_country() -> None:
    """The National Strategy for Immigration and Asylum is Morocco's STRATEGY."""
    found = policies_named(seed(LIMA), "National Strategy for Immigration and Asylum")
    assert any(policy.kind is PolicyKind.STRATEGY and policy.country == "MA" for policy in found)


def test_lima_strategy_objectives() -> None:
    """The strategy's objectives are exactly the four listed."""
    wanted = (
        "responsible integration",
        "regulation",
        "institutionalization",
        "management of migratory flows",
    )
    found = policies_named(seed(LIMA), "National Strategy for Immigration and Asylum")
    assert any(policy.objectives == wanted for policy in found)


def test_lima_strategy_four_strategic_objectives() -> None:
    """The strategy counts four strategic objectives."""
    found = policies_named(seed(LIMA), "National Strategy for Immigration and Asylum")
    assert any(_has_quantity(policy.quantities, 4, "objective") for policy in found)


def test_lima_strategy_27_specific_objectives() -> None:
    """The strategy counts 27 specific objectives."""
    found = policies_named(seed(LIMA), "National Strategy for Immigration and Asylum")
    assert any(_has_quantity(policy.quantities, 27, "objective") for policy in found)


def test_lima_regularization_in_2013() -> None:
    """The regularisation of thousands of migrants is an event dated 2013."""
    events = events_of_kind(seed(LIMA), EventKind.REGULARIZATION)
    assert any(is_year(event.date, 2013) for event in events)


def test_lima_recall_partial_in_paragraph_1() -> None:
    """``recalling that the Kingdom had "..."`` is a partial quote by Chaoudri."""
    found = _statements(seed(LIMA), "Chaoudri")
    assert any(
        s.kind is StatementKind.PARTIAL and s.cue == "recall" and s.paragraph == 1 for s in found
    )


def test_lima_recall_in_paragraph_3() -> None:
    """``After recalling`` in paragraph 3 is Chaoudri's."""
    assert "recall" in _cues(seed(LIMA), "Chaoudri", 3)


def test_lima_stress_in_paragraph_3() -> None:
    """``the ambassador stressed that`` in paragraph 3 is Chaoudri's."""
    assert "stress" in _cues(seed(LIMA), "Chaoudri", 3)


def test_lima_add_direct_in_paragraph_4() -> None:
    """The quotation with ``the Moroccan diplomat added`` is direct by Chaoudri."""
    found = _statements(seed(LIMA), "Chaoudri")
    assert any(
        s.kind is StatementKind.DIRECT and s.cue == "add" and s.paragraph == 4 for s in found
    )


def test_lima_recall_in_paragraph_4() -> None:
    """``recalling that the 2011 Constitution`` is Chaoudri's."""
    assert "recall" in _cues(seed(LIMA), "Chaoudri", 4)


def test_lima_praise_partial_in_paragraph_5() -> None:
    """``the Moroccan diplomat praised`` closes a partial quote by Chaoudri."""
    found = _statements(seed(LIMA), "Chaoudri")
    assert any(
        s.kind is StatementKind.PARTIAL and s.cue == "praise" and s.paragraph == 5 for s in found
    )


def test_lima_continue_in_paragraph_7() -> None:
    """``continued the Moroccan Ambassador`` in paragraph 7 is Chaoudri's."""
    assert "continue" in _cues(seed(LIMA), "Chaoudri", 7)


def test_lima_every_statement_is_by_chaoudri() -> None:
    """All statements are Chaoudri's."""
    speakers = {s.speaker.name if s.speaker else None for s in seed(LIMA).statements}
    assert speakers == {"Amin Chaoudri"}


def test_lima_no_unattributed_statement() -> None:
    """No statement lacks a speaker."""
    assert all(s.speaker is not None for s in seed(LIMA).statements)
