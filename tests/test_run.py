"""The stage runner: a stage that raises costs its facts, never the article."""

from __future__ import annotations

import pytest

from migmodel import WarningCode, parse_article
from migmodel._pipeline import run

TEXT = "GENEVA (IOM) - The agency said on Monday that 300 migrants had returned home."


def _broken(*_: object) -> object:
    raise RuntimeError("boom")


def test_failed_segment_keeps_the_text_as_one_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    """When segmentation raises, the whole text becomes one paragraph."""
    monkeypatch.setattr(run, "segment", _broken)
    assert [p.text for p in parse_article(TEXT).paragraphs] == [TEXT]


def test_failed_segment_is_a_stage_failed_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    """A raising front stage is reported as STAGE_FAILED, naming the stage."""
    monkeypatch.setattr(run, "segment", _broken)
    messages = [
        w.message for w in parse_article(TEXT).warnings if w.code is WarningCode.STAGE_FAILED
    ]
    assert messages == [
        "the segment stage failed (RuntimeError: boom); its facts are missing from this article"
    ]


def test_failed_quotes_stage_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the quotes stage raises, the article still comes back, with STAGE_FAILED."""
    monkeypatch.setattr(run, "quotes", _broken)
    codes = [w.code for w in parse_article('She said: "We are ready."').warnings]
    assert WarningCode.STAGE_FAILED in codes


def test_failed_extraction_stage_keeps_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    """A raising extraction stage loses its own facts; the earlier stages' facts remain."""
    stages = tuple((name, _broken if name == "statements" else stage) for name, stage in run.STAGES)
    monkeypatch.setattr(run, "STAGES", stages)
    article = parse_article(TEXT)
    assert (article.statements, [q.value for q in article.quantities]) == ((), [300])
