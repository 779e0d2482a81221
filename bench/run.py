"""The migmodel benchmark: prints a table of figures measured in one run.

Run from the repository root:

    python bench/run.py            # 10,000 articles, 100,000 streamed (several minutes)
    python bench/run.py --quick    # 1,000 articles, 5,000 streamed

Figures (ratios are measured in the same run, so they hold on a noisy machine):
the regex floor, parse throughput, JSON round-trips, peak memory while streaming
articles through ``parse_many`` to a JSON Lines file (the peak resident set size of
a fresh process, read at checkpoints so that growth would show), and the scaling
exponent of parse time over document size.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import os
import platform
import re
import resource
import sys
import tempfile
import time
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import synthetic_articles

from migmodel import Article, from_json, parse_article, parse_many, to_json

_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def floor(texts: list[str]) -> float:
    """Articles per second of one compiled regex pass over the texts (best of 3)."""
    best = math.inf
    for _ in range(3):
        started = time.perf_counter()
        for text in texts:
            for _ in _CAPITALISED_RUN.finditer(text):
                pass
        best = min(best, time.perf_counter() - started)
    return _rate(len(texts), best)


def parse_throughput(texts: list[str]) -> tuple[float, float, list[Article]]:
    """Articles per second and MB per second of ``parse_article`` (after one warm-up parse)."""
    parse_article(texts[0])
    started = time.perf_counter()
    articles = [parse_article(text) for text in texts]
    seconds = time.perf_counter() - started
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    return _rate(len(texts), seconds), megabytes / seconds, articles


def json_rates(articles: list[Article]) -> tuple[float, float]:
    """Per-second rates of ``to_json`` and of ``from_json(.., Article)``."""
    started = time.perf_counter()
    dumped = [to_json(article) for article in articles]
    dump_rate = _rate(len(articles), time.perf_counter() - started)
    started = time.perf_counter()
    for text in dumped:
        from_json(text, Article)
    return dump_rate, _rate(len(articles), time.perf_counter() - started)


def _stream_in_child(count: int, workers: int, target: str, report: Connection) -> None:
    """Stream ``count`` articles to ``target`` and send back RSS checkpoints and seconds."""
    checkpoints = {min(count, 1_000), max(1, count // 10), count}
    marks: list[tuple[int, float]] = []
    started = time.perf_counter()
    with open(target, "w", encoding="utf-8") as out:
        articles = parse_many(synthetic_articles(count, seed=11), workers=workers)
        for done, article in enumerate(articles, start=1):
            out.write(to_json(article) + "\n")
            if done in checkpoints:
                marks.append((done, _peak_rss_mb()))
    seconds = time.perf_counter() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report.send((marks, children, seconds))
    report.close()


def _peak_rss_mb() -> float:
    """The peak resident memory of this process so far, in MB.

    Linux's ``VmHWM`` is read where there is one: unlike ``ru_maxrss`` it restarts at
    ``exec``, so a spawned process does not inherit the peak of the parent it was
    forked from.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def streaming_peak(count: int, workers: int) -> tuple[list[tuple[int, float]], float, float]:
    """Stream ``count`` articles through ``parse_many`` to a JSON Lines file, in a fresh
    process; its peak RSS (MB) after a few checkpoints, the largest worker's peak RSS
    (MB; 0 with one worker) and the seconds taken."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    with tempfile.TemporaryDirectory() as folder:
        target = str(Path(folder, "out.jsonl"))
        child = context.Process(target=_stream_in_child, args=(count, workers, target, send))
        child.start()
        send.close()
        marks, children, seconds = receive.recv()
        child.join()
    return marks, children, seconds


def scaling_exponent() -> tuple[float, list[tuple[int, float]]]:
    """The fitted exponent of parse time over size, for 1 KB to 1 MB documents."""
    paragraph = next(text for _, text in synthetic_articles(1)).split("\n\n")[1]
    points = []
    for size in (1_000, 10_000, 100_000, 1_000_000):
        text = ("\n\n".join([paragraph] * (size // len(paragraph) + 1)))[:size]
        best = math.inf
        for _ in range(3 if size < 1_000_000 else 1):
            started = time.perf_counter()
            parse_article(text)
            best = min(best, time.perf_counter() - started)
        points.append((size, best))
    xs = [math.log(size) for size, _ in points]
    ys = [math.log(seconds) for _, seconds in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )
    return slope, points


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smaller run, for a quick look")
    parser.add_argument("--articles", type=int, help="articles for throughput (default 10000)")
    parser.add_argument("--stream", type=int, help="articles to stream (default 100000)")
    parser.add_argument(
        "--stream-workers", type=int, default=1, help="parse_many workers while streaming"
    )
    options = parser.parse_args()
    count = options.articles or (1_000 if options.quick else 10_000)
    streamed = options.stream or (5_000 if options.quick else 100_000)

    texts = [text for _, text in islice(synthetic_articles(count), count)]
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    mean = sum(map(len, texts)) / len(texts)
    print(f"corpus: {len(texts)} synthetic articles, {mean:.0f} characters on average")
    regex_floor = floor(texts)
    parse_rate, parse_mb, articles = parse_throughput(texts)
    dump_rate, load_rate = json_rates(articles)
    marks, worker_mb, stream_seconds = streaming_peak(streamed, options.stream_workers)
    exponent, points = scaling_exponent()
    rows = [
        ("regex floor (capitalised runs)", f"{regex_floor:,.0f} articles/s", ""),
        (
            "parse_article",
            f"{parse_rate:,.0f} articles/s, {parse_mb:.2f} MB/s",
            f"1/{regex_floor / parse_rate:.1f} of floor (target <= 1/500; first set at 1/25)",
        ),
        (
            "backfill of 1,000,000 articles",
            f"{1_000_000 / parse_rate / 3600:.1f} h in one process",
            "target <= 8 h on one 2-core machine",
        ),
        (
            "to_json",
            f"{dump_rate:,.0f} articles/s",
            f"{dump_rate / parse_rate:.1f}x parse (target >= 3x)",
        ),
        (
            "from_json(.., Article)",
            f"{load_rate:,.0f} articles/s",
            f"{load_rate / parse_rate:.1f}x parse (target >= 3x)",
        ),
        (
            f"stream {streamed:,} to JSONL",
            f"peak RSS {marks[-1][1]:.1f} MB, {stream_seconds:.0f} s",
            "target peak < 100 MB",
        ),
        (
            "  peak RSS after N articles",
            ", ".join(f"{done:,}: {mb:.1f} MB" for done, mb in marks),
            "flat: no growth with N",
        ),
        ("scaling exponent 1 KB..1 MB", f"{exponent:.2f}", "target < 1.15"),
    ]
    width = max(len(row[0]) for row in rows)
    for name, figure, target in rows:
        print(f"{name:<{width}}  {figure:<34}  {target}".rstrip())
    if options.stream_workers > 1:
        workers = options.stream_workers
        print(f"  ({workers} workers; the largest worker's peak RSS {worker_mb:.1f} MB)")
    print(f"  streaming rate {streamed / stream_seconds:,.0f} articles/s")
    for size, seconds in points:
        print(f"  {size:>9,} chars: {seconds * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
