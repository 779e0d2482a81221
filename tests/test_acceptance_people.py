"""Acceptance facts of fixtures 47 to 56 for the actors stage (persons and organisations).

A blind test of ten new page styles showed persons missed behind month first names,
honorifics and bracketed titles, short names not merged, national offices with no
country, and body names cut short. Each was fixed by a general rule; each test states
one fact.
"""

from __future__ import annotations

from pathlib import Path

from acceptance import fixture, organizations_named, persons_named, roles_of
from migmodel import OrganizationKind

FIXTURES = Path(__file__).parent / "fixtures"

DELHI = "47_new-delhi-india-germany-mobility"
ABUJA = "48_abuja-nidcom-diaspora-bond"
NAIROBI = "49_nairobi-shirika-plan"
ISLAMABAD = "50_islamabad-fia-smuggling-amendment"
RABAT = "51_rabat-gcm-regional-review"
LONDON = "52_london-care-visa-guardian"
SANTIAGO = "53_santiago-chile-biometric-registration"
NEW_YORK = "54_new-york-imrf-un-news"
BRUSSELS = "55_brussels-returns-live-blog"
KATHMANDU = "56_kathmandu-nepal-malaysia-mou-press-release"


def test_delhi_bracketed_secretary_is_a_person() -> None:
    """``Secretary (Consular, ...) Arun Kumar Venkatesh`` is found, with an Indian role."""
    assert [role.country for role in roles_of(fixture(DELHI), "Arun Kumar Venkatesh")] == ["IN"]


def test_abuja_hajia_is_the_honorific() -> None:
    """``Hajia Zainab Mustapha-Idris``: name without the honorific, honorific Hajia."""
    (person,) = persons_named(fixture(ABUJA), "Zainab Mustapha-Idris")
    assert person.honorific == "Hajia"


def test_nairobi_lagat_is_one_person() -> None:
    """``Dr. Paul Kiprono Lagat``, ``Dr. Lagat`` and ``Dr Paul Lagat`` are one person."""
    names = [person.name for person in fixture(NAIROBI).persons]
    assert [name for name in names if "Lagat" in name] == ["Paul Kiprono Lagat"]


def test_islamabad_interior_secretary_is_pakistani() -> None:
    """The Interior Secretary in an Islamabad story holds a Pakistani office."""
    assert [role.country for role in roles_of(fixture(ISLAMABAD), "Kamran Aftab Qureshi")] == ["PK"]


def test_islamabad_interior_secretary_nationality() -> None:
    """The Interior Secretary is Pakistani."""
    (person,) = persons_named(fixture(ISLAMABAD), "Kamran Aftab Qureshi")
    assert person.nationality == "PK"


def test_rabat_minister_delegate_is_moroccan() -> None:
    """Minister Delegate Nadia El Ouazzani, in a Rabat story, is Moroccan."""
    (person,) = persons_named(fixture(RABAT), "Nadia El Ouazzani")
    assert person.nationality == "MA"


def test_rabat_ministry_delegate_is_a_body() -> None:
    """``the Ministry Delegate in charge of Moroccans Living Abroad`` is an organisation."""
    name = "Ministry Delegate in charge of Moroccans Living Abroad"
    assert [org.country for org in organizations_named(fixture(RABAT), name)] == ["MA"]


def test_rabat_western_asia_is_no_place() -> None:
    """``Western Asia`` inside ESCWA's name is not a place of the article."""
    assert "West Asia" not in [place.name for place in fixture(RABAT).places]


def test_london_shadow_minister_title() -> None:
    """``Labour's shadow immigration minister`` keeps ``shadow``."""
    titles = [role.title for role in roles_of(fixture(LONDON), "Tom Ashcroft-Bell")]
    assert titles == ["shadow immigration minister"]


def test_santiago_sermig_acronym() -> None:
    """``National Migration Service (Servicio Nacional de Migraciones, SERMIG)`` has SERMIG."""
    (org,) = organizations_named(fixture(SANTIAGO), "National Migration Service")
    assert org.acronym == "SERMIG"


def test_santiago_sermig_head() -> None:
    """``The head of the SERMIG, Carla Montenegro Ibáñez,`` heads SERMIG."""
    roles = roles_of(fixture(SANTIAGO), "Carla Montenegro Ibáñez")
    assert [role.organization.name for role in roles if role.organization] == [
        "National Migration Service"
    ]


def test_santiago_jesuit_service_is_an_ngo() -> None:
    """The Jesuit Migrant Service is an NGO."""
    (org,) = organizations_named(fixture(SANTIAGO), "Jesuit Migrant Service")
    assert org.kind is OrganizationKind.NGO


def test_santiago_undersecretary_is_chilean() -> None:
    """Undersecretary of the Interior Fuenzalida, in a Santiago story, is Chilean."""
    (person,) = persons_named(fixture(SANTIAGO), "Ignacio Fuenzalida Rojas")
    assert person.nationality == "CL"


def test_new_york_un_network_on_migration() -> None:
    """``UN Network on Migration`` is read whole, as an international body."""
    (org,) = organizations_named(fixture(NEW_YORK), "UN Network on Migration")
    assert org.kind is OrganizationKind.INTERNATIONAL


def test_brussels_jan_verhoeven_is_a_belgian_minister() -> None:
    """``Belgian minister Jan Verhoeven``: the month word starts his name."""
    assert [role.country for role in roles_of(fixture(BRUSSELS), "Jan Verhoeven")] == ["BE"]


def test_brussels_justice_and_home_affairs_council() -> None:
    """``Justice and Home Affairs Council`` is read whole."""
    assert organizations_named(fixture(BRUSSELS), "Justice and Home Affairs Council")


def test_kathmandu_dato_is_the_honorific() -> None:
    """``Dato' Azlan Rahim bin Othman`` is found, honorific Dato', Malaysian."""
    (person,) = persons_named(fixture(KATHMANDU), "Azlan Rahim bin Othman")
    assert (person.honorific, person.nationality) == ("Dato'", "MY")
