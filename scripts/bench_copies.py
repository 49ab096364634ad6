"""Benchmark: copy detection (builder.resolve.copies.find_copies) at 1,000 and 2,000 articles.

Usage: .venv/bin/python scripts/bench_copies.py [--runs N] [--sizes 1000,2000]

The corpora are synthetic and deterministic (fixed seed), built from the sample corpus's own
paragraphs. An original takes 6-10 paragraphs of the sample, changes a quarter of their words,
and gives them names and numbers of its own, so two originals rarely share a passage. One
article in five rewrites an earlier one in its own words: the same quotations, names and
numbers in the same order, 40 % of the other words changed, one paragraph in four dropped, a
day later; one rewrite in ten is a near-verbatim syndicated copy instead. Prints the median
CPU time per size (the machine is shared: wall time is shown but not compared), the family
precision and recall against the known origins, and the ratio time(2N)/time(N) of the medians
and of the fastest runs (the target is at most 2.2 for doubling).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import statistics
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.corpus import load_sources  # noqa: E402
from builder.dates import PartialDate  # noqa: E402
from builder.model import Paragraph, Source  # noqa: E402
from builder.resolve.copies import find_copies  # noqa: E402
from builder.unionfind import UnionFind  # noqa: E402

_TOKEN = re.compile(r"(\w[\w'’-]*)")
_SYLLABLES = ("ka", "lo", "mir", "ven", "tor", "sa", "del", "quin", "ra", "bel", "zu", "an", "or", "wick", "ton")


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()


def _rewrite(text: str, rng: random.Random, vocabulary: list[str], rate: float,
             names: dict[str, str] | None = None) -> str:
    """Change `rate` of the lower-case words outside quotation marks; map names and numbers by `names`."""
    out, quoted = [], False
    for piece in _TOKEN.split(text.replace("“", '"').replace("”", '"')):
        if not piece:
            continue
        if not _TOKEN.fullmatch(piece):
            quoted ^= piece.count('"') % 2 == 1
            out.append(piece)
            continue
        if names is not None and (piece[0].isupper() or piece[0].isdigit()):
            if piece not in names:
                names[piece] = str(rng.randint(2, 990)) if piece[0].isdigit() else _name(rng)
            out.append(names[piece])
        elif piece.islower() and not quoted and rng.random() < rate:
            out.append(rng.choice(vocabulary))
        else:
            out.append(piece)
    return "".join(out)


def synthetic(n: int, seed: int = 11) -> tuple[list[Source], dict[str, str]]:
    """(sources, the original each source comes from)."""
    rng = random.Random(seed)
    pool = [p.text for s in load_sources(ROOT / "corpus")[0] for p in s.paragraphs if len(p.text.split()) > 15]
    vocabulary = sorted({w for p in pool for w in re.findall(r"\b[a-z]+\b", p)})
    start = dt.date(2024, 1, 1)
    sources: list[Source] = []
    root: dict[str, str] = {}
    originals: list[Source] = []
    for i in range(n):
        sid = f"a{i:05d}"
        if i % 5 == 4 and originals:
            base = originals[rng.randrange(len(originals))]
            day = dt.date(base.published.year, base.published.month, base.published.day) + dt.timedelta(days=1)
            if i % 50 == 49:        # a syndicated copy: a new first line, the rest verbatim
                texts = [_rewrite(base.paragraphs[0].text, rng, vocabulary, 0.5)] + [p.text for p in base.paragraphs[1:]]
            else:
                texts = [_rewrite(p.text, rng, vocabulary, 0.4) for p in base.paragraphs if rng.random() > 0.25]
            root[sid] = root[base.id]
        else:
            names: dict[str, str] = {}
            texts = [_rewrite(t, rng, vocabulary, 0.25, names) for t in rng.sample(pool, rng.randint(6, 10))]
            day = start + dt.timedelta(days=rng.randrange(365))
            root[sid] = sid
        paragraphs = tuple(Paragraph(f"p{k + 1}", t, k + 1) for k, t in enumerate(texts))
        source = Source(sid, "t", f"Outlet {i % 97}", "", PartialDate(day.year, day.month, day.day), paragraphs)
        sources.append(source)
        if root[sid] == sid:
            originals.append(source)
    return sources, root


def _families(links, ids) -> set[frozenset]:
    groups = UnionFind()
    for c in links:
        groups.union(c.source, c.original)
    members: dict = {}
    for sid in ids:
        members.setdefault(groups.find(sid), []).append(sid)
    return {frozenset(p) for m in members.values() for p in combinations(m, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,2000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    corpora = {n: synthetic(n) for n in sizes}
    # CPU time of this process, not wall time: the machine is shared, and other work would
    # otherwise show up in the ratio. Sizes take turns, so a slow spell hits each alike.
    cpu: dict[int, list[float]] = {n: [] for n in sizes}
    wall: dict[int, list[float]] = {n: [] for n in sizes}
    links: dict[int, list] = {}
    for _ in range(args.runs):
        for n in sizes:
            start, start_cpu = time.perf_counter(), time.process_time()
            links[n] = find_copies(corpora[n][0])
            cpu[n].append(time.process_time() - start_cpu)
            wall[n].append(time.perf_counter() - start)
    medians = {n: statistics.median(cpu[n]) for n in sizes}
    for n in sizes:
        root = corpora[n][1]
        ids = sorted(root)
        found = _families(links[n], ids)
        truth = {frozenset((a, b)) for a, b in combinations(ids, 2) if root[a] == root[b]}
        hits = len(found & truth)
        print(f"{n:5d} articles: median {medians[n]:.2f} s CPU of {args.runs} runs ({medians[n] / n * 1000:.2f} ms/article; "
              f"wall {statistics.median(wall[n]):.2f} s); {len(links[n])} links; family pairs found {len(found)}, "
              f"true {len(truth)}, precision {hits / max(1, len(found)):.2f}, recall {hits / max(1, len(truth)):.2f}")
    for small, large in zip(sizes, sizes[1:]):
        print(f"time({large})/time({small}) = {medians[large] / medians[small]:.2f} of the medians, "
              f"{min(cpu[large]) / min(cpu[small]):.2f} of the fastest runs (size ratio {large / small:.1f})")


if __name__ == "__main__":
    main()
