"""Acceptance facts of fixtures 37 to 46: wire and newsroom styles met after the rules.

These pages were first parsed blind, in styles the earlier fixtures do not cover: a
Gulf-style page with a byline and timestamp and ``NIAMEY:``, a Xinhua wire without a
year, an EU press page with guillemets and a Q:/A: box, a regularisation story with
``Lusa/AFP``, a Manila page with a ``Posted on`` line and a comment form, a Reuters-style
appeal with ``(Reuters) -`` and editing credits, a GNA story with ``Mr`` honorifics, a
MAP story datelined abroad, a Tokyo page with ``Updated ... JST`` and a Dakar APS story.
Each failure they showed was fixed by a general rule; each test states one fact.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from acceptance import events_of_kind, fixture, is_month, is_year, policies_named, roles_of
from migmodel import Article, EventKind, FuzzyDate, PolicyKind, StatementKind
from migmodel._pipeline.ids import fold

FIXTURES = Path(__file__).parent / "fixtures"

NIAMEY = "37_niamey-italy-returns-memorandum"
DHAKA = "38_dhaka-labour-migration-strategy"
BRUSSELS = "39_brussels-mauritania-partnership"
LISBON = "40_lisbon-regularisation-backlog"
MANILA = "41_manila-kuwait-deployment-ban"
GENEVA = "42_geneva-libya-detention-appeal"
ACCRA = "43_accra-migration-advice-centre"
MADRID = "44_madrid-high-level-meeting"
TOKYO = "45_tokyo-skilled-worker-visa"
DAKAR = "46_dakar-circular-migration-pact"


def _speakers(article: Article, kind: StatementKind) -> list[str | None]:
    """The speakers' names of the statements of ``kind``, in order."""
    return [s.speaker.name if s.speaker else None for s in article.statements if s.kind is kind]


def _place_names(article: Article) -> set[str]:
    return {fold(place.name) for place in article.places}


# 37 Niamey: a memorandum signed in the capital, about migrants stranded in the Sahel.


def test_niamey_signing_is_in_niamey() -> None:
    """``migrants stranded in the Sahel``: the Sahel is not where the memorandum was signed."""
    (signing,) = events_of_kind(fixture(NIAMEY), EventKind.SIGNING)
    assert (signing.place.name if signing.place else None) == "Niamey"


def test_niamey_signing_is_monday() -> None:
    """``on Monday`` is the Monday of the page's byline date."""
    (signing,) = events_of_kind(fixture(NIAMEY), EventKind.SIGNING)
    assert signing.date == FuzzyDate.day(2025, 3, 3, inferred=True)


def test_niamey_memorandum_is_an_agreement() -> None:
    """The memorandum of understanding is an agreement."""
    (memorandum,) = policies_named(fixture(NIAMEY), "memorandum of understanding")
    assert memorandum.kind is PolicyKind.AGREEMENT


def test_niamey_minister_quoted_directly() -> None:
    """Both quotations of the interior minister are his."""
    assert _speakers(fixture(NIAMEY), StatementKind.DIRECT) == ["Abdou Sanda", "Abdou Sanda"]


def test_niamey_chief_of_mission_speaks() -> None:
    """``Its chief of mission in Niger, Paola Rinaldi, said``: she speaks for the agency."""
    assert "Paola Rinaldi" in _speakers(fixture(NIAMEY), StatementKind.REPORTED)


# 38 Dhaka: a strategy launched on a Sunday, with a 2030 target.


def test_dhaka_launch_is_not_dated_by_its_target() -> None:
    """``aims to cut costs by half by 2030``: 2030 is a target, not the launch date."""
    (launch,) = events_of_kind(fixture(DHAKA), EventKind.LAUNCH)
    assert launch.date is None


def test_dhaka_strategy_is_bangladeshi() -> None:
    """The national strategy is Bangladesh's."""
    (strategy,) = policies_named(fixture(DHAKA), "national strategy")
    assert (strategy.kind, strategy.country) == (PolicyKind.STRATEGY, "BD")


def test_dhaka_ilo_director_works_for_the_ilo() -> None:
    """``The International Labour Organization's country director, NAME``."""
    roles = roles_of(fixture(DHAKA), "Henrik Lindqvist")
    assert any(
        role.organization and role.organization.name.startswith("International Labour")
        for role in roles
    )


# 39 Brussels: a partnership signed in Nouakchott, reported from Brussels.


def test_brussels_president_is_not_given_belgium() -> None:
    """A Brussels dateline on a story about Mauritania gives its President no country."""
    (role,) = roles_of(fixture(BRUSSELS), "Sidi Mohamed Ould Bah")
    assert role.country is None


def test_brussels_answer_label_is_not_said() -> None:
    """``A: The two sides will meet ...``: the answer's label is not part of the statement."""
    texts = [s.text for s in fixture(BRUSSELS).statements]
    assert any(text.startswith("The two sides will meet") for text in texts)


def test_brussels_president_surname_after_title_speaks() -> None:
    """``«...» President Vandersteen said``: the quotation is hers."""
    assert "Margit Vandersteen" in _speakers(fixture(BRUSSELS), StatementKind.DIRECT)


def test_brussels_joint_declaration_dated() -> None:
    """The Joint Declaration was signed ``today``, the dateline's day."""
    (declaration,) = policies_named(fixture(BRUSSELS), "Joint Declaration")
    assert (declaration.date.earliest if declaration.date else None) == dt.date(2024, 3, 7)


# 40 Lisbon: a regularisation drive and an opposition party.


def test_lisbon_regularisation_event() -> None:
    """``Portugal has regularised the status of nearly 180,000 migrants``."""
    assert events_of_kind(fixture(LISBON), EventKind.REGULARIZATION)


def test_lisbon_agency_acronym() -> None:
    """``the Agency for Integration, Migration and Asylum (AIMA)``."""
    assert "AIMA" in {org.acronym for org in fixture(LISBON).organizations}


def test_lisbon_task_force_end_is_june_2025() -> None:
    """``until June 2025`` is a date of the article."""
    assert any(is_month(mention.value, 2025, 6) for mention in fixture(LISBON).dates)


# 41 Manila: a deployment ban lifted, dated by a ``Posted on`` line at the foot.


def test_manila_may_last_year_is_one_date() -> None:
    """``in May last year`` is May 2023, one mention."""
    (may,) = [mention for mention in fixture(MANILA).dates if mention.text.startswith("May")]
    assert (may.text, is_month(may.value, 2023, 5)) == ("May last year", True)


def test_manila_department_is_no_place() -> None:
    """``The Department of Migrant Workers`` names no place."""
    assert fold("Migrant Workers") not in _place_names(fixture(MANILA))


def test_manila_ambassador_is_kuwaiti() -> None:
    """``Kuwait's ambassador to the Philippines, NAME``."""
    (role,) = roles_of(fixture(MANILA), "Faisal Al-Mutairi")
    assert role.country == "KW"


# 42 Geneva: a UN appeal that recalls an older memorandum.


def test_geneva_renewed_memorandum_is_an_agreement() -> None:
    """``Italy and Libya renewed a controversial memorandum of understanding in 2020``."""
    (memorandum,) = policies_named(fixture(GENEVA), "memorandum of understanding")
    assert is_year(memorandum.date, 2020)


def test_geneva_memorandum_name_leaves_out_the_judgement() -> None:
    """``controversial`` judges the memorandum; it is not part of its name."""
    (memorandum,) = policies_named(fixture(GENEVA), "memorandum of understanding")
    assert memorandum.name == "memorandum of understanding"


def test_geneva_assistant_high_commissioner_quoted() -> None:
    """``said NAME, UNHCR's Assistant High Commissioner for Protection``."""
    assert _speakers(fixture(GENEVA), StatementKind.DIRECT) == ["Helen Ashworth"]


# 43 Accra: an advice centre opened by two ministers, ``Mr`` before each name.


def test_accra_dateline_date() -> None:
    """``Accra, Feb. 20, 2025 (GNA) -`` dates the dateline."""
    assert fixture(ACCRA).dateline_date == FuzzyDate.day(2025, 2, 20)


def test_accra_ambassador_is_german() -> None:
    """``the German Ambassador to Ghana, Mr NAME``."""
    (role,) = roles_of(fixture(ACCRA), "Stefan Lindner")
    assert role.country == "DE"


def test_accra_ambassador_quoted_by_role_pronoun() -> None:
    """``For his part, the Ambassador said ...``, then ``he stressed``."""
    assert _speakers(fixture(ACCRA), StatementKind.DIRECT) == ["Stefan Lindner"]


# 44 Madrid: a high-level meeting reported by a Moroccan agency from Madrid.


def test_madrid_meeting_is_on_thursday() -> None:
    """``held on Thursday in Madrid``, with the wire credit's date as reference."""
    meetings = events_of_kind(fixture(MADRID), EventKind.MEETING)
    assert any(event.date == FuzzyDate.day(2024, 2, 1, inferred=True) for event in meetings)


def test_madrid_previous_meeting_in_rabat() -> None:
    """``The previous high-level meeting was held in Rabat in February 2023``."""
    meetings = events_of_kind(fixture(MADRID), EventKind.MEETING)
    assert any(
        event.place is not None and event.place.name == "Rabat" and is_month(event.date, 2023, 2)
        for event in meetings
    )


def test_madrid_head_of_government_is_moroccan() -> None:
    """A Moroccan agency's story datelined Madrid: its ``Head of Government`` is Morocco's."""
    assert [role.country for role in roles_of(fixture(MADRID), "Karim Bennani")] == ["MA"]


def test_madrid_spanish_premier_is_the_spanish_prime_minister() -> None:
    """``The Spanish premier, for his part, praised ...`` is the Spanish Prime Minister."""
    praise = [s for s in fixture(MADRID).statements if s.cue == "praise"]
    assert [s.speaker.name if s.speaker else None for s in praise] == ["Javier Olmedo"]


def test_madrid_circular_migration_memorandum() -> None:
    """``a memorandum of understanding on the management of circular migration``."""
    assert policies_named(fixture(MADRID), "circular migration")


# 45 Tokyo: a cabinet decision on skilled-worker visas.


def test_tokyo_cabinet_adoption_on_friday() -> None:
    """``Japan's cabinet on Friday approved a plan``: an adoption on the page's Friday."""
    (adoption,) = events_of_kind(fixture(TOKYO), EventKind.ADOPTION)
    assert adoption.date == FuzzyDate.day(2024, 10, 4, inferred=True)


def test_tokyo_secretary_quoted() -> None:
    """``"...," Chief Cabinet Secretary NAME told a regular news conference``."""
    assert _speakers(fixture(TOKYO), StatementKind.DIRECT) == ["Hiroshi Takeda"]


def test_tokyo_programme_to_be_replaced() -> None:
    """The Technical Intern Training Program is an instrument of the article."""
    assert policies_named(fixture(TOKYO), "Technical Intern Training Program")


# 46 Dakar: a circular migration agreement signed during a visit.


def test_dakar_signing_on_monday() -> None:
    """``on Monday signed`` in a story dated Monday 15 July 2024."""
    (signing,) = events_of_kind(fixture(DAKAR), EventKind.SIGNING)
    assert signing.date == FuzzyDate.day(2024, 7, 15, inferred=True)


def test_dakar_committee_meeting_in_madrid_in_october() -> None:
    """``agreed to hold a joint committee meeting in Madrid in October``."""
    meetings = events_of_kind(fixture(DAKAR), EventKind.MEETING)
    assert any(
        event.place is not None and event.place.name == "Madrid" and is_month(event.date, 2024, 10)
        for event in meetings
    )


def test_dakar_spanish_minister_quoted_by_pronoun() -> None:
    """``"...," she said`` after the Spanish minister's paragraph is hers."""
    assert _speakers(fixture(DAKAR), StatementKind.DIRECT) == ["Lucía Navarro"]
