"""Benchmark the per-article stage (spaCy parse + findings) and the rebuild after one new article.

Synthetic articles are made by recombining the sample corpus's paragraphs (12 to 20 each,
shuffled), every multi-word name swapped for one from a pool of invented names, so nothing can
lean on the sample's own names. Two measurements, each the median of `--runs`:

- cold: `extract_articles` over N articles with an empty cache (parsing in as many processes as
  there are cores): articles per second;
- warm: the corpus is written to a folder and built once (`dossier build`, filling the cache),
  then one new article is added and `dossier build` runs again as a whole new process: its wall
  time is what an editor waits for after adding an article.

Usage: .venv/bin/python scripts/bench_extract.py [--articles 1000] [--runs 3] [--seed 1] [--skip-cold]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.corpus import load_sources  # noqa: E402
from builder.dates import PartialDate  # noqa: E402
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
        texts = [_NAME.sub(lambda m: f"{rng.choice(FIRST)} {rng.choice(LAST)}", text)
                 for text in rng.sample(pool, min(k, len(pool)))]
        published = PartialDate(rng.randint(2019, 2025), rng.randint(1, 12), rng.choice([0, rng.randint(1, 28)]))
        paragraphs = tuple(Paragraph(f"p{j + 1}", t, j + 1) for j, t in enumerate(texts))
        out.append(Source(f"synthetic-{i:04d}", f"Article {i}", f"Outlet {i % 37}", "", published, paragraphs))
    return out


def write_corpus(folder: Path, sources: list[Source]) -> None:
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    (folder / "dossier.yaml").write_text("title: Benchmark\nsubject: Synthetic articles.\n", encoding="utf-8")
    for s in sources:
        write_article(folder, s)


def write_article(folder: Path, s: Source) -> None:
    body = "\n\n".join(p.text for p in s.paragraphs)
    (folder / "articles" / f"{s.id}.md").write_text(
        f'---\ntitle: "{s.title}"\noutlet: "{s.outlet}"\nurl: ""\npublished: "{s.published.iso()}"\n---\n\n{body}\n',
        encoding="utf-8")


def cold(sources: list[Source]) -> float:
    from builder import extract
    extract._MEMORY.clear()
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        extract.extract_articles(sources, Path(cache))
        return time.perf_counter() - start


def build(corpus: Path, docs: Path, cache: Path) -> float:
    env = dict(os.environ, DOSSIER_CACHE=str(cache))
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "builder", "build", "--corpus", str(corpus), "--docs", str(docs)],
                   check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-cold", action="store_true")
    args = parser.parse_args()
    sources = synthetic(args.articles + args.runs, args.seed)
    base, extra = sources[:args.articles], sources[args.articles:]
    size = sum(len(p.text) for s in base for p in s.paragraphs)
    print(f"{len(base)} articles, {size / 1e6:.1f} MB of text, {os.cpu_count()} cores")
    if not args.skip_cold:
        times = [cold(base) for _ in range(args.runs)]
        median = statistics.median(times)
        print(f"cold extraction: median {median:.1f} s over {args.runs} runs "
              f"({', '.join(f'{t:.1f}' for t in times)}): {len(base) / median:.1f} articles/s")
    with tempfile.TemporaryDirectory() as tmp:
        corpus, docs, cache = Path(tmp) / "corpus", Path(tmp) / "docs", Path(tmp) / "cache"
        write_corpus(corpus, base)
        first = build(corpus, docs, cache)
        print(f"first build (cold cache, whole process): {first:.1f} s")
        same = build(corpus, docs, cache)
        print(f"rebuild, nothing changed (whole process): {same:.2f} s")
        warm = []
        for s in extra:
            write_article(corpus, s)
            warm.append(build(corpus, docs, cache))
        print(f"rebuild after adding one article (whole process): median {statistics.median(warm):.2f} s "
              f"over {len(warm)} runs ({', '.join(f'{t:.2f}' for t in warm)})")


if __name__ == "__main__":
    main()
