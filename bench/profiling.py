"""Where ``parse_article`` spends its time: per-stage figures and the top functions.

Run from the repository root:

    python bench/profiling.py                 # 300 synthetic articles
    python bench/profiling.py --articles 1000 --top 40

Prints the milliseconds per article of each stage (measured without the profiler, which
inflates pure-Python code far more than regular-expression scans), then the functions
with the most time of their own under ``cProfile``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import synthetic_articles

from migmodel import parse_article
from migmodel._pipeline.assemble import assemble
from migmodel._pipeline.draft import Draft
from migmodel._pipeline.normalise import normalise
from migmodel._pipeline.run import STAGES, make_document


def stage_times(texts: list[str]) -> dict[str, float]:
    """Seconds spent in each stage over ``texts``."""
    spent: dict[str, float] = {}

    def add(name: str, started: float) -> float:
        now = time.perf_counter()
        spent[name] = spent.get(name, 0.0) + now - started
        return now

    for text in texts:
        started = time.perf_counter()
        normalised = normalise(text)
        started = add("normalise", started)
        document, dateline_date, warnings = make_document(normalised)
        started = add("segment, sentences, quotes", started)
        draft = Draft(document=document, dateline_date=dateline_date, warnings=warnings)
        for name, stage in STAGES:
            draft = stage(draft)
            started = add(name, started)
        assemble(draft)
        add("assemble", started)
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="articles to parse")
    parser.add_argument("--top", type=int, default=25, help="functions to list")
    options = parser.parse_args()
    texts = [text for _, text in islice(synthetic_articles(options.articles), options.articles)]
    parse_article(texts[0])  # warm up: lexicons load once per process

    spent = stage_times(texts)
    total = sum(spent.values())
    print(f"{len(texts)} articles, {total / len(texts) * 1000:.2f} ms per article in all")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        share = seconds / total * 100
        print(f"  {name:<26} {seconds / len(texts) * 1000:7.2f} ms/article  {share:5.1f}%")

    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        parse_article(text)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(options.top)
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
