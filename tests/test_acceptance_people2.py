"""Acceptance facts of the actors of fixtures 57 to 66, parsed blind first.

The blind run missed persons written ``NAME of ORG said``, ``NAME, its ROLE,`` and names
with ``Islam`` in them; took the home country of unmarked offices from the country the
story marks as the other side or from a tie; cut titles at ``and``; gave role nouns with
a portfolio to the wrong person and ``the agency`` to a UN agency; cut, stretched or
missed organisations (``Opposition``, ``Cairo-based``, ``Senate on the ... Plan``,
``Rights Watch Africa``, ``Forum``) and called NGOs working for a cause state bodies;
and did not know the Spanish name of Mexico City. Each was fixed by a general rule of
the actors stage; each test states one fact.
"""

from __future__ import annotations

from acceptance import fixture, organizations_named, persons_named, roles_of
from migmodel import OrganizationKind

ATHENS = "57_athens-ap-pylos-asylum"
DOHA = "58_doha-aljazeera-eu-egypt-explainer"
JOHANNESBURG = "59_johannesburg-news24-bma"
TORONTO = "60_toronto-cbc-asylum-hotels"
ROME = "61_rome-ansa-lampedusa"
MEXICO_CITY = "62_mexico-city-eluniversal-comar"
DHAKA = "63_dhaka-daily-star-malaysia"
CANBERRA = "64_canberra-abc-pacific-visa"
NAIROBI = "65_nairobi-reliefweb-ngo-refugees-act"
WELLINGTON = "66_wellington-press-conference-transcript"


def _org_names(stem: str) -> list[str]:
    return [org.name for org in fixture(stem).organizations]


def test_athens_stavrou_is_legal_coordinator_of_the_council() -> None:
    """``Katerina Stavrou, its legal coordinator``: the Greek Council for Refugees."""
    (role,) = roles_of(fixture(ATHENS), "Stavrou")
    assert role.title == "legal coordinator"
    assert role.organization is not None
    assert role.organization.name == "Greek Council for Refugees"


def test_athens_council_for_refugees_is_an_ngo() -> None:
    """The Greek Council for Refugees is an NGO."""
    (org,) = organizations_named(fixture(ATHENS), "Greek Council for Refugees")
    assert org.kind is OrganizationKind.NGO


def test_athens_amif_has_its_full_name() -> None:
    """``Asylum, Migration and Integration Fund (AMIF)`` is not cut after the comma."""
    (org,) = organizations_named(fixture(ATHENS), "AMIF")
    assert org.name == "Asylum, Migration and Integration Fund"


def test_doha_eipr_is_an_egyptian_ngo() -> None:
    """``the Cairo-based Egyptian Initiative for Personal Rights (EIPR)`` is an NGO."""
    (org,) = organizations_named(fixture(DOHA), "EIPR")
    assert (org.name, org.kind, org.country) == (
        "Egyptian Initiative for Personal Rights",
        OrganizationKind.NGO,
        "EG",
    )


def test_doha_farid_is_a_researcher_at_eipr() -> None:
    """Omar Farid's role has the body after ``the Cairo-based``."""
    (role,) = roles_of(fixture(DOHA), "Farid")
    assert role.organization is not None
    assert role.organization.name == "Egyptian Initiative for Personal Rights"


def test_johannesburg_khumalo_is_a_person() -> None:
    """``Advocate Ruth Khumalo of Lawyers for Human Rights (LHR) cautioned``: a person."""
    assert [person.name for person in persons_named(fixture(JOHANNESBURG), "Khumalo")] == [
        "Ruth Khumalo"
    ]


def test_johannesburg_maseko_is_not_zimbabwean() -> None:
    """The headline's Zimbabwe does not make South Africa's minister Zimbabwean."""
    (person,) = persons_named(fixture(JOHANNESBURG), "Maseko")
    assert person.nationality != "ZW"


def test_johannesburg_lawyers_for_human_rights_is_an_ngo() -> None:
    """Lawyers for Human Rights (LHR) is an NGO."""
    (org,) = organizations_named(fixture(JOHANNESBURG), "LHR")
    assert org.kind is OrganizationKind.NGO


def test_toronto_canadian_council_for_refugees_is_an_ngo() -> None:
    """The Canadian Council for Refugees is an NGO, not a government body."""
    (org,) = organizations_named(fixture(TORONTO), "Canadian Council for Refugees")
    assert org.kind is OrganizationKind.NGO


def test_rome_opposition_is_not_part_of_the_party() -> None:
    """``Opposition Democratic Party (PD)`` names the Democratic Party."""
    (org,) = organizations_named(fixture(ROME), "PD")
    assert org.name == "Democratic Party"


def test_rome_sala_is_an_mp_of_the_democratic_party() -> None:
    """``Democratic Party (PD) MP Lorenzo Sala``: his role has the party."""
    (role,) = roles_of(fixture(ROME), "Sala")
    assert role.organization is not None
    assert role.organization.name == "Democratic Party"


def test_rome_senate_stops_before_the_plan() -> None:
    """``brief the Senate on the Mattei Plan for Africa``: the body is the Senate."""
    names = _org_names(ROME)
    assert "Senate" in names
    assert not [name for name in names if "Mattei" in name]


def test_mexico_city_dateline_is_mexico_city() -> None:
    """``CIUDAD DE MÉXICO (EL UNIVERSAL).-`` is datelined Mexico City."""
    place = fixture(MEXICO_CITY).dateline_place
    assert place is not None
    assert place.name == "Mexico City"


def test_mexico_city_secretary_is_not_villasenor() -> None:
    """``the Secretary of Homeland Security`` is not the COMAR coordinator."""
    (person,) = persons_named(fixture(MEXICO_CITY), "Villaseñor")
    assert "the Secretary" not in person.aliases


def test_mexico_city_the_agency_is_comar() -> None:
    """``COMAR has 45 working days ..., but the agency admits``: the agency is COMAR."""
    (org,) = organizations_named(fixture(MEXICO_CITY), "COMAR")
    assert "the agency" in [mention.text for mention in org.mentions]


def test_dhaka_mridha_keeps_his_whole_title() -> None:
    """The title is not cut at ``and``."""
    (role,) = roles_of(fixture(DHAKA), "Mridha")
    assert role.title == "Expatriates' Welfare and Overseas Employment Minister"


def test_dhaka_mridha_is_bangladeshi() -> None:
    """Malaysia is the other side (``Malaysian ... Minister``): Mridha is Bangladesh's."""
    (person,) = persons_named(fixture(DHAKA), "Mridha")
    assert person.nationality == "BD"


def test_dhaka_malaysian_minister_is_kumaran() -> None:
    """``The Malaysian minister said`` refers to Ravi Kumaran."""
    (person,) = persons_named(fixture(DHAKA), "Kumaran")
    assert "The Malaysian minister" in person.aliases


def test_dhaka_tanvir_is_a_person() -> None:
    """``Shariful Islam Tanvir, head of ...``: ``Islam`` inside a name."""
    assert [person.name for person in persons_named(fixture(DHAKA), "Tanvir")] == [
        "Shariful Islam Tanvir"
    ]


def test_dhaka_bmet_is_bangladeshi() -> None:
    """The Bureau of Manpower, Employment and Training is Bangladesh's."""
    (org,) = organizations_named(fixture(DHAKA), "BMET")
    assert org.country == "BD"


def test_canberra_pacific_islands_forum_is_international() -> None:
    """``The Pacific Islands Forum (PIF) secretariat``: an international body."""
    (org,) = organizations_named(fixture(CANBERRA), "PIF")
    assert (org.name, org.kind) == ("Pacific Islands Forum", OrganizationKind.INTERNATIONAL)


def test_nairobi_rights_watch_africa_is_one_ngo() -> None:
    """``Rights Watch Africa said``: one NGO, no place Africa."""
    article = fixture(NAIROBI)
    assert "Rights Watch Africa" in _org_names(NAIROBI)
    assert "Africa" not in [place.name for place in article.places]


def test_wellington_hallworth_is_a_new_zealander() -> None:
    """``Minister of Immigration Hon. Grant Hallworth and Samoan Minister ...``: NZ."""
    (person,) = persons_named(fixture(WELLINGTON), "Hallworth")
    assert person.nationality == "NZ"
    assert {role.country for role in person.roles} == {"NZ"}


def test_wellington_tuilagi_roles_are_samoan() -> None:
    """``MINISTER TUILAGI`` is the Samoan minister's office too."""
    assert {role.country for role in roles_of(fixture(WELLINGTON), "Tuilagi")} == {"WS"}


def test_johannesburg_statistics_south_africa_is_a_body() -> None:
    """``According to Statistics South Africa``: a South African government body."""
    (org,) = organizations_named(fixture(JOHANNESBURG), "Statistics South Africa")
    assert (org.kind, org.country) == (OrganizationKind.GOVERNMENT, "ZA")


def test_johannesburg_she_after_khumalo_is_khumalo() -> None:
    """``She told News24`` after Khumalo's statement refers to Khumalo, not Maseko."""
    (person,) = persons_named(fixture(JOHANNESBURG), "Khumalo")
    assert "She" in [mention.text for mention in person.mentions]
