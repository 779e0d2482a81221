"""The statements stage on the two seed articles, run through the real earlier stages.

normalise -> segment -> sentences -> quotes -> actors -> dates -> statements. These tests
check the statements stage together with the stages it reads; ``test_statements.py``
checks it alone on hand-built documents.
"""

from __future__ import annotations

import functools
from pathlib import Path

from migmodel._pipeline.actors import actors
from migmodel._pipeline.dates import dates
from migmodel._pipeline.document import Document
from migmodel._pipeline.normalise import normalise
from migmodel._pipeline.quotes import quotes
from migmodel._pipeline.segment import segment
from migmodel._pipeline.sentences import sentences
from migmodel._pipeline.statements import statements
from migmodel.model import FuzzyDate, Statement, StatementKind

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@functools.cache
def run(name: str) -> tuple[tuple[Statement, ...], str]:
    """The statements of a seed file, and its normalised text."""
    text = normalise((SEEDS / name).read_text(encoding="utf-8"))
    layout = segment(text)
    document = Document(
        text=text,
        layout=layout,
        sentences=sentences(layout),
        quotes=quotes(layout),
        reference_date=layout.page_date,
    )
    found = actors(document)
    return statements(document, found, dates(document)), text


def facts(name: str) -> list[tuple[int, str, str, str | None]]:
    """(paragraph, kind, cue, speaker name) of each statement of a seed."""
    found, _ = run(name)
    return [
        (s.paragraph, s.kind.value, s.cue, s.speaker.name if s.speaker else None) for s in found
    ]


SEED_000 = "000_434f130cdb941773.txt"
SEED_003 = "003_eb7088fa0a3f303b.txt"


def test_seed_000_statements_by_paragraph_kind_cue_and_speaker() -> None:
    """Seed 000: the director's five statements and the IOM head's three, nothing else."""
    director, head = "Ismail Chekkori", "Laura Palatini"
    assert facts(SEED_000) == [
        (0, "reported", "tell", director),
        (2, "direct", "say", director),
        (3, "reported", "recall", director),
        (3, "reported", "stress", director),
        (4, "reported", "add", director),
        (5, "reported", "say", head),
        (5, "reported", "recall", head),
        (6, "reported", "stress", head),
    ]


def test_seed_000_meeting_statement_is_dated_tuesday() -> None:
    """Seed 000 paragraph 0: ``told a meeting on Tuesday`` dates the statement 2024-04-23."""
    found, _ = run(SEED_000)
    assert found[0].date == FuzzyDate.day(2024, 4, 23, inferred=True)


def test_seed_000_recall_speaker_named_by_he() -> None:
    """Seed 000 paragraph 3: the speaker is named by ``He``."""
    found, _ = run(SEED_000)
    recall = found[2]
    assert (recall.speaker_mention.text if recall.speaker_mention else None) == "He"


def test_seed_000_last_statement_speaker_named_by_she() -> None:
    """Seed 000 paragraph 6: the speaker is named by ``she``."""
    found, _ = run(SEED_000)
    stress = found[-1]
    assert (stress.speaker_mention.text if stress.speaker_mention else None) == "she"


def test_seed_000_spans_match_texts() -> None:
    """Seed 000: every statement's text is the text of its span."""
    found, text = run(SEED_000)
    assert all(statement.span.of(text) == statement.text for statement in found)


def test_seed_003_statements_by_paragraph_kind_cue_and_speaker() -> None:
    """Seed 003: seven statements, all by the ambassador."""
    envoy = "Amin Chaoudri"
    assert facts(SEED_003) == [
        (1, "partial", "recall", envoy),
        (3, "reported", "recall", envoy),
        (3, "reported", "stress", envoy),
        (4, "direct", "add", envoy),
        (4, "reported", "recall", envoy),
        (5, "partial", "praise", envoy),
        (7, "reported", "continue", envoy),
    ]


def test_seed_003_praise_is_the_quoted_words() -> None:
    """Seed 003 paragraph 5: the PARTIAL statement is the quoted words."""
    found, _ = run(SEED_003)
    (praise,) = [s for s in found if s.kind is StatementKind.PARTIAL and s.cue == "praise"]
    assert praise.text == "a driver of innovation and prosperity"


def test_seed_003_spans_match_texts() -> None:
    """Seed 003: every statement's text is the text of its span."""
    found, text = run(SEED_003)
    assert all(statement.span.of(text) == statement.text for statement in found)
