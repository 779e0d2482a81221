"""Acceptance facts of the statements of fixtures 58, 61, 65 and 66, parsed blind first.

The blind run showed transcript turns under capital speaker labels read as nothing, a
body with a relative clause before ``said`` dropped, an inverted ``said the ORG's ROLE,
Name`` dropped, a trailing ``the group said`` dropped, an announced plan read as speech,
generic plural speakers dropped, and ``an EU diplomat`` read as the EU. Each was fixed by
a general rule of the statements stage; each test states one fact.
"""

from __future__ import annotations

from acceptance import fixture, statements_by, statements_mentioned
from migmodel import StatementKind

DOHA = "58_doha-aljazeera-eu-egypt-explainer"
ROME = "61_rome-ansa-lampedusa"
NAIROBI = "65_nairobi-reliefweb-ngo-refugees-act"
WELLINGTON = "66_wellington-press-conference-transcript"


def test_wellington_hallworth_speaks_three_turns() -> None:
    """``MINISTER HALLWORTH:`` opens three direct turns of Grant Hallworth."""
    turns = [
        s for s in statements_by(fixture(WELLINGTON), "Hallworth") if s.kind is StatementKind.DIRECT
    ]
    assert len(turns) == 3


def test_wellington_tuilagi_speaks_two_turns() -> None:
    """``MINISTER TUILAGI:`` opens two direct turns of Tuilagi."""
    assert len(statements_by(fixture(WELLINGTON), "Tuilagi")) == 2


def test_wellington_turn_text_leaves_out_the_label() -> None:
    """A turn's text starts after the label."""
    first = statements_by(fixture(WELLINGTON), "Tuilagi")[0]
    assert first.text.startswith("Fa'afetai. For Samoa")


def test_rome_red_cross_speaks_past_its_relative_clause() -> None:
    """``The Italian Red Cross (CRI), which has run ..., said some 1,650 people ...``."""
    (statement,) = statements_by(fixture(ROME), "Red Cross")
    assert statement.text.startswith("some 1,650 people")


def test_rome_local_coordinator_named_after_the_title_speaks() -> None:
    """``said the Red Cross's local coordinator, Giulia Ferrante``: a quote of Ferrante."""
    (statement,) = statements_by(fixture(ROME), "Ferrante")
    assert statement.kind is StatementKind.DIRECT


def test_nairobi_the_group_said_keeps_the_statement() -> None:
    """``..., the group said.``: a reported statement with ``the group`` as its words."""
    (statement,) = statements_mentioned(fixture(NAIROBI), "the group")
    assert statement.text.startswith("Kenya should also work")


def test_nairobi_announced_plan_is_not_a_statement() -> None:
    """``announced the Shirika Plan in March 2023, saying ...``: only the saying clause."""
    cues = [s.cue for s in statements_mentioned(fixture(NAIROBI), "The government")]
    assert cues == ["say"]


def test_doha_critics_say() -> None:
    """``Critics say it rewards repression`` is a statement of unnamed critics."""
    (statement,) = statements_mentioned(fixture(DOHA), "Critics")
    assert statement.text == "it rewards repression"


def test_doha_rights_groups_argue() -> None:
    """``Rights groups argue the bloc is repeating ...`` is a statement."""
    (statement,) = statements_mentioned(fixture(DOHA), "Rights groups")
    assert statement.cue == "argue"


def test_doha_members_of_parliament_objected() -> None:
    """``Some members of the European Parliament also objected that ...``: unnamed members."""
    (statement,) = statements_mentioned(fixture(DOHA), "Some members of the European Parliament")
    assert statement.speaker is None


def test_doha_eu_diplomat_is_not_the_eu() -> None:
    """``an EU diplomat told Al Jazeera``: an unnamed diplomat, no entity."""
    (statement,) = statements_mentioned(fixture(DOHA), "an EU diplomat")
    assert statement.speaker is None
