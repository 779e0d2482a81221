"""Migration topics, each mapped to the Global Compact for Migration objectives it serves."""

from __future__ import annotations

import enum
from types import MappingProxyType

__all__ = ["GCM_OBJECTIVES", "Topic"]


class Topic(enum.StrEnum):
    """A controlled vocabulary of migration topics.

    >>> Topic.HUMAN_TRAFFICKING.gcm_objectives
    (10,)
    """

    LABOUR_MIGRATION = "labour_migration"
    SKILLS_MOBILITY = "skills_mobility"
    REGULAR_PATHWAYS = "regular_pathways"
    RETURN_AND_REINTEGRATION = "return_and_reintegration"
    HUMAN_TRAFFICKING = "human_trafficking"
    MIGRANT_SMUGGLING = "migrant_smuggling"
    BORDER_MANAGEMENT = "border_management"
    ASYLUM_AND_REFUGEES = "asylum_and_refugees"
    INTEGRATION = "integration"
    REGULARIZATION = "regularization"
    BASIC_SERVICES = "basic_services"
    RIGHTS_AND_NON_DISCRIMINATION = "rights_and_non_discrimination"
    MIGRATION_DATA = "migration_data"
    DIASPORA_AND_DEVELOPMENT = "diaspora_and_development"
    REMITTANCES = "remittances"
    INTERNATIONAL_COOPERATION = "international_cooperation"

    @property
    def gcm_objectives(self) -> tuple[int, ...]:
        """The numbers of the Global Compact for Migration objectives this topic serves."""
        return GCM_OBJECTIVES[self]


GCM_OBJECTIVES = MappingProxyType(
    {
        Topic.LABOUR_MIGRATION: (5, 6),
        Topic.SKILLS_MOBILITY: (18,),
        Topic.REGULAR_PATHWAYS: (5,),
        Topic.RETURN_AND_REINTEGRATION: (21,),
        Topic.HUMAN_TRAFFICKING: (10,),
        Topic.MIGRANT_SMUGGLING: (9,),
        Topic.BORDER_MANAGEMENT: (11,),
        Topic.ASYLUM_AND_REFUGEES: (2, 23),
        Topic.INTEGRATION: (16,),
        Topic.REGULARIZATION: (7,),
        Topic.BASIC_SERVICES: (15,),
        Topic.RIGHTS_AND_NON_DISCRIMINATION: (17,),
        Topic.MIGRATION_DATA: (1,),
        Topic.DIASPORA_AND_DEVELOPMENT: (19,),
        Topic.REMITTANCES: (20,),
        Topic.INTERNATIONAL_COOPERATION: (23,),
    }
)
"""Topic -> Global Compact for Migration objective numbers (objectives 1 to 23)."""
