"""A deterministic synthetic corpus for the benchmark, built from the project's own texts.

Paragraphs of the seeds and of ``tests/fixtures/`` are re-combined, and capitalised
names are varied with names from the gazetteer, into articles of 1 to 4 KB.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

from migmodel._lexicon import load_rows

ROOT = Path(__file__).resolve().parent.parent


def _paragraphs() -> list[str]:
    found: list[str] = []
    texts = sorted(
        [*ROOT.joinpath("seeds").glob("*.txt"), *ROOT.joinpath("tests/fixtures").glob("*.txt")]
    )
    for path in texts:
        text = path.read_text(encoding="utf-8")
        blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n")]
        found.extend(block for block in blocks if len(block) > 80)
    return found


def _country_names() -> list[str]:
    names = [row[1] for row in load_rows("countries.tsv") if len(row) > 1 and row[1]]
    return names or ["Morocco", "Peru", "Spain", "Senegal"]


def synthetic_articles(count: int, *, seed: int = 7) -> Iterator[tuple[str, str]]:
    """``count`` (source, text) pairs of 1-4 KB each, the same for the same seed."""
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    countries = _country_names()
    for number in range(count):
        target = rng.randint(1000, 4000)
        country = rng.choice(countries)
        parts = [f"{country} Hosts Talks on Labour Migration and Return"]
        size = len(parts[0])
        while size < target:
            paragraph = rng.choice(paragraphs).replace("Morocco", country)
            if size + len(paragraph) > 4000 and size >= 1000:
                break
            parts.append(paragraph)
            size += len(paragraph) + 2
        yield f"synthetic/{number:06d}.txt", "\n\n".join(parts)[:4096]
