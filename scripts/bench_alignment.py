"""Benchmark: the cross-article step (clustering actors, events and claims across articles) at
250, 500 and 1,000 articles, to show how it grows.

Usage: .venv/bin/python scripts/bench_alignment.py [--runs 3] [--sizes 250,500,1000]

Per-article extraction (`extract_articles`, cached in a temporary folder) is done once, untimed; then `combine()` (actor
clusters, events across articles, claims grouped across sources with disagreements) is timed
on the same synthetic articles as scripts/bench_extract.py. Prints medians, time per article,
and each size's ratio to the smallest, measured in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_extract import synthetic  # noqa: E402
from builder.extract import extract_articles  # noqa: E402
from builder.resolve.combine import combine  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="250,500,1000")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    everything = synthetic(max(sizes), args.seed)
    medians = {}
    for n in sizes:
        sources = everything[:n]
        sources = sorted(sources, key=lambda s: s.id)
        articles = extract_articles(sources)
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            found = combine(sources, articles)
            times.append(time.perf_counter() - start)
        medians[n] = statistics.median(times)
        print(f"{n:5d} articles: median {medians[n]:.2f} s ({medians[n] / n * 1000:.1f} ms/article); "
              f"{len(found.actors)} actors, {len(found.events)} events, {len(found.claims)} claims")
    for n in sizes[1:]:
        print(f"time ratio {n}/{sizes[0]}: {medians[n] / medians[sizes[0]]:.2f} (size ratio {n / sizes[0]:.0f})")


if __name__ == "__main__":
    main()
