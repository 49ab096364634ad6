"""Benchmark: copy detection (builder.independence.find_copies) at 250, 500 and 1,000 articles.

Usage: python scripts/bench_independence.py [--runs N] [--sizes 250,500,1000]

Articles are synthetic but shaped like news: ~600 words drawn (with a fixed seed) from the
sample corpus's own vocabulary, in paragraphs; one article in five is a syndicated copy of
another with a changed first paragraph. Prints the median time per size, the time per
article, and each size's ratio to the smallest, all measured in the same run.
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
from builder.independence import find_copies  # noqa: E402
from builder.model import Paragraph, Source  # noqa: E402


def synthetic(n: int, seed: int = 7) -> tuple[list[Source], dict[str, str]]:
    """(sources, root of each source): copies share their original's root."""
    rng = random.Random(seed)
    root: dict[str, str] = {}
    vocabulary = sorted({w for s in load_sources(ROOT / "corpus")[0] for p in s.paragraphs
                         for w in re.findall(r"[A-Za-z']+", p.text)})
    sources: list[Source] = []
    for i in range(n):
        if i % 5 == 4:
            base = sources[rng.randrange(len(sources))]
            root[f"a{i:04d}"] = root[base.id]
            first = Paragraph("p1", " ".join(rng.choices(vocabulary, k=40)) + ".", 1)
            paragraphs = (first, *base.paragraphs[1:])
        else:
            root[f"a{i:04d}"] = f"a{i:04d}"
            paragraphs = tuple(Paragraph(f"p{k + 1}", " ".join(rng.choices(vocabulary, k=60)) + ".", k + 1)
                               for k in range(10))
        sources.append(Source(f"a{i:04d}", "t", "o", "", PartialDate(2024, 1 + i % 12), paragraphs))
    return sources, root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="250,500,1000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    medians = {}
    for n in sizes:
        corpus, root = synthetic(n)
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            links = find_copies(corpus)
            times.append(time.perf_counter() - start)
        medians[n] = statistics.median(times)
        found = {frozenset((c.source, c.original)) for c in links}
        ids = sorted(root)
        truth = {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1:] if root[a] == root[b]}
        hits = len(found & truth)
        print(f"{n:5d} articles: median {medians[n]:.3f} s ({medians[n] / n * 1000:.2f} ms/article); "
              f"pairs found {len(found)}, true {len(truth)}, precision {hits / max(1, len(found)):.2f}, "
              f"recall {hits / max(1, len(truth)):.2f}")
    smallest = sizes[0]
    for n in sizes[1:]:
        print(f"time ratio {n}/{smallest}: {medians[n] / medians[smallest]:.2f} (size ratio {n / smallest:.0f})")


if __name__ == "__main__":
    main()
