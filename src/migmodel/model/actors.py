"""The actors of an article: people, organisations and places."""

from __future__ import annotations

import enum

import attrs

from migmodel.model._validate import non_empty, optional_country_code, tuple_of
from migmodel.model.span import Mention

__all__ = [
    "EntityKind",
    "EntityRef",
    "Organization",
    "OrganizationKind",
    "Person",
    "Place",
    "PlaceKind",
    "Role",
]

_ID_PREFIXES = ("person:", "org:", "place:")


class EntityKind(enum.StrEnum):
    """The kinds of entity a fact can point at."""

    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"


@attrs.frozen(kw_only=True)
class EntityRef:
    """How a fact points at an entity of the same article or corpus.

    >>> EntityRef(id="org:iom", kind=EntityKind.ORGANIZATION, name="IOM")
    EntityRef(id='org:iom', kind=<EntityKind.ORGANIZATION: 'organization'>, name='IOM')

    Attributes:
        id: a stable identifier such as ``person:jane-doe``, ``org:iom`` or ``place:MA``.
        kind: what sort of entity it is.
        name: the entity's display name.
    """

    id: str = attrs.field()
    kind: EntityKind = attrs.field(validator=attrs.validators.instance_of(EntityKind))
    name: str = attrs.field(validator=non_empty)

    @id.validator
    def _check_id(self, attribute: attrs.Attribute[str], value: str) -> None:
        non_empty(self, attribute, value)
        if not value.startswith(_ID_PREFIXES):
            raise ValueError(f"EntityRef.id must start with person:, org: or place:, got {value!r}")


class OrganizationKind(enum.StrEnum):
    """What sort of body an organisation is."""

    GOVERNMENT = "government"
    LEGISLATURE = "legislature"
    INTERNATIONAL = "international"
    NGO = "ngo"
    MEDIA = "media"
    OTHER = "other"


class PlaceKind(enum.StrEnum):
    """What sort of place a place is."""

    CITY = "city"
    COUNTRY = "country"
    REGION = "region"
    CONTINENT = "continent"


@attrs.frozen(kw_only=True)
class Role:
    """A position a person holds: ``Ambassador`` of ``MA``, ``Head of Mission`` at IOM.

    Attributes:
        title: the title as the article gives it, e.g. ``Director of global issues``.
        organization: the body the position belongs to, if named.
        country: the country the position is held for or in (ISO 3166-1 alpha-2).
    """

    title: str = attrs.field(validator=non_empty)
    organization: EntityRef | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(EntityRef))
    )
    country: str | None = attrs.field(default=None, validator=optional_country_code)


@attrs.frozen(kw_only=True)
class Person:
    """A person named in an article.

    Attributes:
        id: stable identifier, ``person:`` and a slug of the name.
        name: the full name, honorific removed (``Mohammed VI``).
        honorific: a form of address that came with the name (``His Majesty``), if any.
        aliases: other ways the article refers to the person (surname, role nouns).
        roles: positions the person holds.
        nationality: the person's country (ISO 3166-1 alpha-2), if known.
        mentions: every place the article refers to the person, pronouns included.
    """

    id: str = attrs.field(validator=non_empty)
    name: str = attrs.field(validator=non_empty)
    honorific: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    aliases: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(str))
    roles: tuple[Role, ...] = attrs.field(default=(), validator=tuple_of(Role))
    nationality: str | None = attrs.field(default=None, validator=optional_country_code)
    mentions: tuple[Mention, ...] = attrs.field(default=(), validator=tuple_of(Mention))

    @property
    def ref(self) -> EntityRef:
        """An ``EntityRef`` pointing at this person."""
        return EntityRef(id=self.id, kind=EntityKind.PERSON, name=self.name)


@attrs.frozen(kw_only=True)
class Organization:
    """An organisation named in an article: a ministry, a parliament, an agency.

    Attributes:
        id: stable identifier, ``org:`` and a slug of the acronym or name.
        name: the full name (``International Organization for Migration``).
        acronym: its acronym (``IOM``), if the article gives or uses one.
        kind: what sort of body it is.
        country: the country it belongs to (ISO 3166-1 alpha-2); None for international bodies.
        mentions: every place the article refers to it.
    """

    id: str = attrs.field(validator=non_empty)
    name: str = attrs.field(validator=non_empty)
    acronym: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    kind: OrganizationKind = attrs.field(
        default=OrganizationKind.OTHER, validator=attrs.validators.instance_of(OrganizationKind)
    )
    country: str | None = attrs.field(default=None, validator=optional_country_code)
    mentions: tuple[Mention, ...] = attrs.field(default=(), validator=tuple_of(Mention))

    @property
    def ref(self) -> EntityRef:
        """An ``EntityRef`` pointing at this organisation."""
        return EntityRef(id=self.id, kind=EntityKind.ORGANIZATION, name=self.name)


@attrs.frozen(kw_only=True)
class Place:
    """A place named in an article: a city, a country, a region or a continent.

    Attributes:
        id: stable identifier: ``place:`` and the ISO code for countries, else a slug.
        name: the place's usual English name.
        kind: what sort of place it is.
        country: the country it is in, or is (ISO 3166-1 alpha-2); None for regions.
        mentions: every place the article names it, demonyms included.
    """

    id: str = attrs.field(validator=non_empty)
    name: str = attrs.field(validator=non_empty)
    kind: PlaceKind = attrs.field(validator=attrs.validators.instance_of(PlaceKind))
    country: str | None = attrs.field(default=None, validator=optional_country_code)
    mentions: tuple[Mention, ...] = attrs.field(default=(), validator=tuple_of(Mention))

    @property
    def ref(self) -> EntityRef:
        """An ``EntityRef`` pointing at this place."""
        return EntityRef(id=self.id, kind=EntityKind.PLACE, name=self.name)
