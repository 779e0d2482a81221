"""Acceptance facts of the statements of fixtures 47 to 56, parsed blind first.

The blind run showed British single-quoted speech read as a fragment, the content of
``X disclosed this`` taken from the words naming X, an inverted speaker read after a
name between commas, a courtesy ``called on`` read as speech, an office holder read as
the body, an unnamed speaker with a relative clause dropped, and an aside kept in the
content. Each was fixed by a general rule of the statements stage; each test states one
fact.
"""

from __future__ import annotations

from acceptance import fixture, statements_by, statements_mentioned
from migmodel import StatementKind

NEW_DELHI = "47_new-delhi-india-germany-mobility"
ABUJA = "48_abuja-nidcom-diaspora-bond"
RABAT = "51_rabat-gcm-regional-review"
LONDON = "52_london-care-visa-guardian"
NEW_YORK = "54_new-york-imrf-un-news"
KATHMANDU = "56_kathmandu-nepal-malaysia-mou-press-release"


def test_new_delhi_officials_report_the_whole_agreement() -> None:
    """``India and Germany on Friday agreed to ..., officials said``: all of it."""
    (statement,) = statements_mentioned(fixture(NEW_DELHI), "officials")
    assert statement.text.startswith("India and Germany on Friday agreed to widen")


def test_abuja_chair_disclosed_what_the_lead_says() -> None:
    """``..., disclosed this on Monday``: the chair disclosed the bond of the lead."""
    disclosed = [s for s in statements_by(fixture(ABUJA), "Mustapha-Idris") if s.cue == "disclose"]
    assert [s.text[:40] for s in disclosed] == ["it will float a $500 million diaspora bo"]


def test_abuja_iom_chief_speaks_after_his_name_between_commas() -> None:
    """``..., Mr. Lukas Brandtner, commended the government, saying the bond ...``."""
    said = [s.text for s in statements_by(fixture(ABUJA), "Brandtner")]
    assert said == ["the bond would give migrants a safe way to invest at home"]


def test_rabat_aside_is_not_part_of_what_was_underlined() -> None:
    """``underlined, for her part, the importance of ...`` starts at ``the importance``."""
    (statement,) = statements_by(fixture(RABAT), "Haddad-Moussaoui")
    assert statement.text.startswith("the importance of protecting")


def test_london_single_quoted_speech_is_direct() -> None:
    """``'We were told to recruit abroad, and we did. Now ...,' he said``: one quotation."""
    direct = [
        s for s in statements_by(fixture(LONDON), "Ellingworth") if s.kind is StatementKind.DIRECT
    ]
    assert [s.text[:44] for s in direct] == ["We were told to recruit abroad, and we did. "]


def test_new_york_assembly_president_is_not_the_assembly() -> None:
    """``the President of the General Assembly said``: an unnamed office holder."""
    found = statements_mentioned(fixture(NEW_YORK), "the President of the General Assembly")
    assert [s.speaker for s in found] == [None]


def test_new_york_anonymous_delegate_is_kept() -> None:
    """``A delegate from a European country who asked not to be named said ...``."""
    found = statements_mentioned(fixture(NEW_YORK), "A delegate from a European country")
    assert [s.text[:21] for s in found] == ["the talks had stalled"]


def test_kathmandu_courtesy_call_is_not_speech() -> None:
    """``The Malaysian delegation also called on the Minister``: a visit, no statement."""
    assert not [s for s in fixture(KATHMANDU).statements if s.cue == "call on"]
