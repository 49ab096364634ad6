"""Benchmark extraction: 1,000 synthetic articles of typical length, median of several runs.

Articles are made by recombining the sample corpus's paragraphs (12 to 20 each, shuffled)
with every multi-word name swapped for one drawn from a pool of invented names, so the
extractors cannot lean on caching or on the sample's own names. Each run extracts the whole
synthetic corpus from scratch (`extract_all`, per-article cache cleared) and is timed with
time.perf_counter.

Usage: .venv/bin/python scripts/bench_extract.py [--articles 1000] [--runs 5] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.corpus import load_sources  # noqa: E402
from builder.dates import PartialDate  # noqa: E402
from builder.extract import extract_all, extract_article  # noqa: E402
from builder.extract.tokens import tokenize  # noqa: E402
from builder.model import Paragraph, Source  # noqa: E402

FIRST = ["Ana", "Tomas", "Leila", "Pavel", "Grace", "Omar", "Ingrid", "Kenji", "Maria", "Samuel", "Yara", "Viktor"]
LAST = ["Paredes", "Lindqvist", "Haddad", "Novak", "Okafor", "Brandt", "Sato", "Ortega", "Mensah", "Kowalski",
        "Farouk", "Delacroix"]
_NAME = re.compile(r"\b[A-Z][a-z]+ (?:[A-Z][a-z]+ )?[A-Z][a-z]{2,}\b")


def synthetic(n: int, seed: int) -> list[Source]:
    rng = random.Random(seed)
    sources, _ = load_sources(ROOT / "corpus")
    pool = [p.text for s in sources for p in s.paragraphs]
    out = []
    for i in range(n):
        k = rng.randint(12, 20)
        texts = []
        for text in rng.sample(pool, min(k, len(pool))):
            texts.append(_NAME.sub(lambda m: f"{rng.choice(FIRST)} {rng.choice(LAST)}", text))
        published = PartialDate(rng.randint(2019, 2025), rng.randint(1, 12), rng.choice([0, rng.randint(1, 28)]))
        paragraphs = tuple(Paragraph(f"p{j + 1}", t, j + 1) for j, t in enumerate(texts))
        out.append(Source(f"synthetic-{i:04d}", f"Article {i}", "Bench", "", published, paragraphs))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    sources = synthetic(args.articles, args.seed)
    size = sum(len(p.text) for s in sources for p in s.paragraphs)
    times = []
    for _ in range(args.runs):
        extract_article.cache_clear()
        tokenize.cache_clear()
        start = time.perf_counter()
        found = extract_all(sources)
        times.append(time.perf_counter() - start)
    print(f"{args.articles} articles ({size / 1e6:.1f} MB of text): median {statistics.median(times):.2f} s over "
          f"{args.runs} runs (min {min(times):.2f}, max {max(times):.2f}); {len(found.actors)} actors, "
          f"{len(found.events)} events, {len(found.claims)} claims")


if __name__ == "__main__":
    main()
