"""Acceptance facts about events, policies, topics and places in fixtures 29 to 36.

The fixtures are written in styles fixtures 01-20 do not cover: a council of ministers'
decree with articles, a bill passed in second reading with vote counts, a readmission
agreement signed during a state visit, a national policy with pillars as bullets, a
regional ministerial process adopting a declaration, an amnesty with deadlines, an
EU-funded programme with amounts in euros and dollars, and a visa-free regime with
meetings on several days. Each test states one fact a careful reader finds.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from acceptance import events_of_kind, fixture, policies_named
from migmodel import Article, EventKind, PolicyKind, Topic
from migmodel._pipeline.ids import fold

FIXTURES = Path(__file__).parent / "fixtures"

DECREE = "29_nouakchott-council-decree"
BILL = "30_nairobi-assembly-refugee-bill"
READMISSION = "31_banjul-readmission-agreement"
STRATEGY = "32_lima-national-migration-policy"
PROCESS = "33_istanbul-budapest-process-declaration"
AMNESTY = "34_kuala-lumpur-amnesty"
PROGRAMME = "35_addis-ababa-eu-programme"
VISAS = "36_tashkent-visa-free-mobility"


def _has_place(article: Article, name: str) -> bool:
    """Whether the article has a place called ``name``."""
    return any(fold(place.name) == fold(name) for place in article.places)


def _ref_names(article: Article, refs: tuple[object, ...]) -> str:
    """The folded names of entity references, joined for substring tests."""
    return " | ".join(fold(getattr(ref, "name", "")) for ref in refs)


# 29 Nouakchott: a decree adopted by the Council of Ministers.


def test_decree_adoption_event() -> None:
    """``The Council of Ministers on Wednesday adopted a decree`` is an adoption."""
    assert events_of_kind(fixture(DECREE), EventKind.ADOPTION)


def test_decree_adopted_by_the_council() -> None:
    """The Council of Ministers organised the adoption."""
    adoptions = events_of_kind(fixture(DECREE), EventKind.ADOPTION)
    assert any(
        "council of ministers" in _ref_names(fixture(DECREE), e.organizers) for e in adoptions
    )


def test_decree_is_a_law() -> None:
    """The decree on employing foreign workers is a LAW."""
    assert any(
        policy.kind is PolicyKind.LAW for policy in policies_named(fixture(DECREE), "decree")
    )


def test_decree_is_mauritanian() -> None:
    """The decree is Mauritania's."""
    assert any(policy.country == "MR" for policy in policies_named(fixture(DECREE), "decree"))


def test_decree_name_is_not_cut_at_setting() -> None:
    """The decree's name keeps what it sets out: the employment of foreign workers."""
    assert any(
        "foreign workers" in policy.name for policy in policies_named(fixture(DECREE), "decree")
    )


def test_decree_draft_trafficking_law() -> None:
    """``a draft law on the prevention of human trafficking`` is a LAW."""
    found = policies_named(fixture(DECREE), "law on the prevention of human trafficking")
    assert any(policy.kind is PolicyKind.LAW for policy in found)


def test_decree_topic_labour_migration() -> None:
    """Work permits for foreign workers are labour migration."""
    assert Topic.LABOUR_MIGRATION in fixture(DECREE).topics


def test_decree_topic_human_trafficking() -> None:
    """The draft trafficking law brings the human-trafficking topic."""
    assert Topic.HUMAN_TRAFFICKING in fixture(DECREE).topics


def test_decree_place_nouakchott() -> None:
    """The dateline city is a place of the article."""
    assert _has_place(fixture(DECREE), "Nouakchott")


# 30 Nairobi: a bill passed in second reading.


def test_bill_passing_is_an_adoption() -> None:
    """``The National Assembly on Thursday passed the ... Bill`` is an adoption."""
    assert events_of_kind(fixture(BILL), EventKind.ADOPTION)


def test_bill_passed_by_the_national_assembly() -> None:
    """The National Assembly passed the bill."""
    adoptions = events_of_kind(fixture(BILL), EventKind.ADOPTION)
    assert any("national assembly" in _ref_names(fixture(BILL), e.organizers) for e in adoptions)


def test_bill_name_keeps_bracketed_word() -> None:
    """The bill is named ``Refugees (Amendment) Bill``, bracket included."""
    assert policies_named(fixture(BILL), "Refugees (Amendment) Bill")


def test_bill_is_a_law() -> None:
    """A bill is a LAW."""
    found = policies_named(fixture(BILL), "Refugees (Amendment) Bill")
    assert any(policy.kind is PolicyKind.LAW for policy in found)


def test_bill_is_kenyan() -> None:
    """The bill is Kenya's."""
    found = policies_named(fixture(BILL), "Refugees (Amendment) Bill")
    assert any(policy.country == "KE" for policy in found)


def test_bill_places_include_turkana() -> None:
    """``Turkana`` is a Kenyan county, a region of the article."""
    assert _has_place(fixture(BILL), "Turkana")


def test_bill_places_include_kakuma() -> None:
    """The Kakuma camp is a place of the article."""
    assert _has_place(fixture(BILL), "Kakuma")


def test_bill_topic_asylum() -> None:
    """A refugee bill is about asylum and refugees."""
    assert Topic.ASYLUM_AND_REFUGEES in fixture(BILL).topics


def test_bill_topic_integration() -> None:
    """The bill is a step towards the integration of refugees."""
    assert Topic.INTEGRATION in fixture(BILL).topics


# 31 Banjul: a readmission agreement signed during a state visit.


def test_readmission_title() -> None:
    """The headline is the line after the site's name and section."""
    expected = "Gambia, Spain sign readmission agreement during state visit"
    assert fixture(READMISSION).title == expected


def test_readmission_agreement_is_an_agreement() -> None:
    """The readmission agreement is an AGREEMENT."""
    found = policies_named(fixture(READMISSION), "readmission agreement")
    assert any(policy.kind is PolicyKind.AGREEMENT for policy in found)


def test_readmission_agreement_parties() -> None:
    """The Gambia and Spain are parties to the readmission agreement."""
    found = policies_named(fixture(READMISSION), "readmission agreement")
    assert any(
        "gambia" in _ref_names(fixture(READMISSION), p.parties)
        and "spain" in _ref_names(fixture(READMISSION), p.parties)
        for p in found
    )


def test_readmission_memorandum_ends_before_during() -> None:
    """The memorandum's name stops before ``during the state visit``."""
    found = policies_named(fixture(READMISSION), "memorandum of understanding")
    assert [policy.name for policy in found] == [
        "memorandum of understanding on circular migration"
    ]


def test_readmission_memorandum_has_no_city_party() -> None:
    """Banjul, where the visit took place, is no party to the memorandum."""
    found = policies_named(fixture(READMISSION), "memorandum of understanding")
    assert all("banjul" not in _ref_names(fixture(READMISSION), p.parties) for p in found)


def test_readmission_state_visit_event() -> None:
    """The state visit is a VISIT."""
    assert events_of_kind(fixture(READMISSION), EventKind.VISIT)


def test_readmission_state_visit_in_banjul() -> None:
    """The state visit is in Banjul."""
    visits = events_of_kind(fixture(READMISSION), EventKind.VISIT)
    assert any(event.place is not None and event.place.name == "Banjul" for event in visits)


def test_readmission_places_include_canary_islands() -> None:
    """The Canary Islands are a region of the article."""
    assert _has_place(fixture(READMISSION), "Canary Islands")


def test_readmission_places_include_extremadura() -> None:
    """Extremadura, a Spanish autonomous community, is a region of the article."""
    assert _has_place(fixture(READMISSION), "Extremadura")


def test_readmission_topic_return() -> None:
    """A readmission agreement is about return."""
    assert Topic.RETURN_AND_REINTEGRATION in fixture(READMISSION).topics


def test_readmission_topic_regular_pathways() -> None:
    """Seasonal work contracts are regular pathways."""
    assert Topic.REGULAR_PATHWAYS in fixture(READMISSION).topics


# 32 Lima: a national policy 2024-2030 with pillars as bullets.


def test_policy_launch_event() -> None:
    """``The Government of Peru on Monday launched`` is a launch."""
    assert events_of_kind(fixture(STRATEGY), EventKind.LAUNCH)


def test_policy_launch_in_lima() -> None:
    """The launch is placed in Lima, the dateline's city."""
    launches = events_of_kind(fixture(STRATEGY), EventKind.LAUNCH)
    assert any(event.place is not None and event.place.name == "Lima" for event in launches)


def test_policy_is_peruvian_policy() -> None:
    """The National Migration Policy 2024-2030 is a Peruvian POLICY."""
    found = policies_named(fixture(STRATEGY), "National Migration Policy")
    assert any(policy.kind is PolicyKind.POLICY and policy.country == "PE" for policy in found)


def test_policy_spans_2024_to_2030() -> None:
    """The policy's date runs from 2024 to 2030."""
    found = policies_named(fixture(STRATEGY), "National Migration Policy")
    assert any(
        policy.date is not None
        and policy.date.earliest.year == 2024
        and policy.date.latest.year == 2030
        for policy in found
    )


def test_policy_counts_48_services() -> None:
    """``48 services`` is counted with the policy."""
    found = policies_named(fixture(STRATEGY), "National Migration Policy")
    assert any(q.value == 48 for policy in found for q in policy.quantities)


def test_policy_topic_human_trafficking() -> None:
    """The fourth pillar is the fight against trafficking."""
    assert Topic.HUMAN_TRAFFICKING in fixture(STRATEGY).topics


def test_policy_places_include_tacna() -> None:
    """Tacna, on the border with Chile, is a place of the article."""
    assert _has_place(fixture(STRATEGY), "Tacna")


# 33 Istanbul: a regional process adopts a declaration.


def test_process_conference_event() -> None:
    """The Budapest Process ministerial conference is a CONFERENCE."""
    assert events_of_kind(fixture(PROCESS), EventKind.CONFERENCE)


def test_process_conference_in_istanbul() -> None:
    """The conference is in Istanbul."""
    found = events_of_kind(fixture(PROCESS), EventKind.CONFERENCE)
    assert any(event.place is not None and event.place.name == "Istanbul" for event in found)


def test_process_conference_hosted_by_migration_presidency() -> None:
    """The Presidency of Migration Management hosted the conference."""
    found = events_of_kind(fixture(PROCESS), EventKind.CONFERENCE)
    assert any(
        "presidency of migration" in _ref_names(fixture(PROCESS), e.organizers) for e in found
    )


def test_process_declaration_adopted() -> None:
    """``adopted a declaration`` is an adoption."""
    assert events_of_kind(fixture(PROCESS), EventKind.ADOPTION)


def test_process_istanbul_declaration_is_a_policy() -> None:
    """The Istanbul Declaration is an instrument."""
    assert policies_named(fixture(PROCESS), "Istanbul Declaration")


def test_process_declaration_has_no_city_party() -> None:
    """Istanbul, in the declaration's name, is not a party to it."""
    found = policies_named(fixture(PROCESS), "Istanbul Declaration")
    assert all("istanbul" not in _ref_names(fixture(PROCESS), p.parties) for p in found)


def test_process_is_an_initiative() -> None:
    """The Budapest Process is an INITIATIVE."""
    found = policies_named(fixture(PROCESS), "Budapest Process")
    assert any(policy.kind is PolicyKind.INITIATIVE for policy in found)


def test_process_is_not_turkish() -> None:
    """The Budapest Process is regional, not Türkiye's, though the dateline is Istanbul."""
    assert all(p.country is None for p in policies_named(fixture(PROCESS), "Budapest Process"))


def test_process_forum_is_not_a_conference() -> None:
    """``is a consultative forum`` describes the Process; it is no event."""
    found = events_of_kind(fixture(PROCESS), EventKind.CONFERENCE)
    assert all("consultative forum" not in event.description for event in found)


def test_process_senior_officials_meeting_in_vienna() -> None:
    """The senior officials' meeting is placed in Vienna."""
    found = events_of_kind(fixture(PROCESS), EventKind.MEETING)
    assert any(event.place is not None and event.place.name == "Vienna" for event in found)


def test_process_topic_smuggling() -> None:
    """Cooperation against migrant smuggling is the smuggling topic."""
    assert Topic.MIGRANT_SMUGGLING in fixture(PROCESS).topics


# 34 Kuala Lumpur: an amnesty extended.


def test_amnesty_immigration_act_is_a_law() -> None:
    """The Immigration Act 1959/63 is a Malaysian LAW."""
    found = policies_named(fixture(AMNESTY), "Immigration Act")
    assert any(policy.kind is PolicyKind.LAW and policy.country == "MY" for policy in found)


def test_amnesty_press_conference_is_not_an_event() -> None:
    """``told a press conference`` is where speech was reported, not a conference event."""
    assert events_of_kind(fixture(AMNESTY), EventKind.CONFERENCE) == ()


def test_amnesty_topic_regularization() -> None:
    """An amnesty for undocumented workers is regularisation."""
    assert Topic.REGULARIZATION in fixture(AMNESTY).topics


def test_amnesty_topic_return() -> None:
    """A repatriation programme is about return."""
    assert Topic.RETURN_AND_REINTEGRATION in fixture(AMNESTY).topics


def test_amnesty_places_include_selangor() -> None:
    """Selangor, a Malaysian state, is a region of the article."""
    assert _has_place(fixture(AMNESTY), "Selangor")


def test_amnesty_repatriation_programme_is_a_programme() -> None:
    """The Migrant Repatriation Programme is a PROGRAMME."""
    found = policies_named(fixture(AMNESTY), "Migrant Repatriation Programme")
    assert any(policy.kind is PolicyKind.PROGRAMME for policy in found)


def test_amnesty_compound_of_500_ringgit() -> None:
    """``a compound of 500 ringgit`` is an amount of money."""
    assert any(q.value == 500 for q in fixture(AMNESTY).quantities)


# 35 Addis Ababa: an EU-funded programme.


def test_programme_launch_event() -> None:
    """``launched a 30 million euro programme`` is a launch."""
    assert events_of_kind(fixture(PROGRAMME), EventKind.LAUNCH)


def test_programme_launch_not_placed_in_a_region_list() -> None:
    """``in Amhara, Oromia and Tigray`` is the programme's scope, not the launch's venue."""
    launches = events_of_kind(fixture(PROGRAMME), EventKind.LAUNCH)
    assert all(event.place is None or event.place.name != "Amhara" for event in launches)


def test_programme_launched_by_the_eu() -> None:
    """The European Union launched the programme."""
    launches = events_of_kind(fixture(PROGRAMME), EventKind.LAUNCH)
    assert any("european union" in _ref_names(fixture(PROGRAMME), e.organizers) for e in launches)


def test_programme_is_a_programme() -> None:
    """The 30 million euro programme is a PROGRAMME."""
    found = policies_named(fixture(PROGRAMME), "programme to support migrants")
    assert any(policy.kind is PolicyKind.PROGRAMME for policy in found)


def test_programme_counts_25000_returnees() -> None:
    """``25,000 returnees`` is counted with the programme."""
    found = policies_named(fixture(PROGRAMME), "programme to support migrants")
    assert any(q.value == 25_000 for policy in found for q in policy.quantities)


def test_programme_places_include_oromia() -> None:
    """Oromia, an Ethiopian regional state, is a place of the article."""
    assert _has_place(fixture(PROGRAMME), "Oromia")


def test_programme_topic_return() -> None:
    """Support to returnees is return and reintegration."""
    assert Topic.RETURN_AND_REINTEGRATION in fixture(PROGRAMME).topics


# 36 Tashkent: a visa-free regime and a mobility partnership.


def test_visas_page_date() -> None:
    """``Diplomacy | 12.06.2024`` dates the page 12 June 2024."""
    assert fixture(VISAS).page_date == dt.date(2024, 6, 12)


def test_visas_talks_are_a_meeting() -> None:
    """``after talks in Tashkent`` is a meeting."""
    assert events_of_kind(fixture(VISAS), EventKind.MEETING)


def test_visas_talks_in_tashkent() -> None:
    """The talks are placed in Tashkent."""
    found = events_of_kind(fixture(VISAS), EventKind.MEETING)
    assert any(event.place is not None and event.place.name == "Tashkent" for event in found)


def test_visas_summit_in_samarkand() -> None:
    """The EU-Central Asia summit next month is a conference in Samarkand."""
    found = events_of_kind(fixture(VISAS), EventKind.CONFERENCE)
    assert any(event.place is not None and event.place.name == "Samarkand" for event in found)


def test_visas_regime_is_a_policy() -> None:
    """The visa-free regime is a POLICY."""
    found = policies_named(fixture(VISAS), "visa-free regime")
    assert any(policy.kind is PolicyKind.POLICY for policy in found)


def test_visas_mobility_partnership_is_an_agreement() -> None:
    """The mobility partnership is an AGREEMENT."""
    found = policies_named(fixture(VISAS), "mobility partnership")
    assert any(policy.kind is PolicyKind.AGREEMENT for policy in found)


def test_visas_korea_agreement_party() -> None:
    """South Korea is a party to the seasonal workers agreement."""
    found = policies_named(fixture(VISAS), "agreement with the Republic of Korea")
    assert any("korea" in _ref_names(fixture(VISAS), p.parties) for p in found)


def test_visas_new_law_stops_before_parliament() -> None:
    """``a new law on external labour migration`` stops before ``to parliament``."""
    found = policies_named(fixture(VISAS), "law on external labour migration")
    assert [policy.name for policy in found] == ["new law on external labour migration"]


def test_visas_topic_remittances() -> None:
    """Remittances of 11 billion dollars are the remittances topic."""
    assert Topic.REMITTANCES in fixture(VISAS).topics


def test_visas_topic_regular_pathways() -> None:
    """Legal labour pathways are regular pathways."""
    assert Topic.REGULAR_PATHWAYS in fixture(VISAS).topics
