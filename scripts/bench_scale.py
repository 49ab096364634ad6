"""Benchmark the whole build at 100, 1,000, 2,000 (and, with --huge, 10,000) articles.

Usage: .venv/bin/python scripts/bench_scale.py [--sizes 100,1000,2000] [--huge] [--runs 1]
                                                [--no-mkdocs] [--no-zensical] [--keep DIR]

Each corpus is synthetic and deterministic (`synthetic` below): originals made of 6-10 of the
sample's paragraphs with a quarter of their words changed, names and numbers of their own (names
drawn so that they recur across articles, as a story's actors do); one article in five rewrites
an earlier one in other words, one in fifty is a near-verbatim syndicated copy. Each size is a new dossier (`dossier init`), and every step runs
as a whole new process, timed by wall clock, its peak memory read by /usr/bin/time (the largest
single process: the parse workers are counted apart, not summed):

- builder cold: `dossier build` with an empty cache (parses every article);
- builder warm: `dossier build` again, nothing changed;
- +1 article: one new article added, `dossier build` again;
- mkdocs: `mkdocs build` (its hook runs the warm builder first, as an editor's build does);
- zensical: `zensical build` over the same tree, when zensical is installed.

Then sizes: dossier.json, the first search's download (Material: search_index.json plus its
worker; Pagefind: its loader, wasm, entry, metadata and one index chunk), the built site. With
`--runs N` each timed step is repeated and the median is shown. Ratios time(2N)/time(N) are
printed for every pair of sizes in which one is twice the other.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from bench_copies import _TOKEN, _rewrite  # noqa: E402

from builder.corpus import load_sources  # noqa: E402
from builder.dates import PartialDate  # noqa: E402
from builder.model import Paragraph, Source  # noqa: E402

_SYLLABLES = ("ka", "lo", "mir", "ven", "tor", "sa", "del", "quin", "ra", "bel", "zu", "an", "or", "wick", "ton")


def synthetic(n: int, seed: int = 5) -> list[Source]:
    """`n` articles. Each proper name of the sample (a capitalised word that is not also a common
    lower-case word) is replaced, per article, by one of 5 + n/20 invented spellings of it, the
    first ones far more often (weights 1/rank), so names recur across articles as a story's do
    and the number of actors grows with the corpus, more slowly. Numbers change per article."""
    rng = random.Random(seed)
    pool = [p.text for s in load_sources(ROOT / "corpus")[0] for p in s.paragraphs if len(p.text.split()) > 15]
    vocabulary = sorted({w for p in pool for w in re.findall(r"\b[a-z]+\b", p)})
    common = set(vocabulary)
    marked = sorted({w for p in pool for w in _TOKEN.findall(p) if w[0].isupper() or w[0].isdigit()})
    proper = [w for w in marked if w[0].isupper() and w.lower() not in common]
    numbers = [w for w in marked if w.isdigit() and not re.fullmatch(r"(19|20)\d\d", w)]
    variants = 5 + n // 20
    weights = [1 / (k + 1) for k in range(variants)]
    spelling: dict[tuple[str, int], str] = {}

    def name(word: str, k: int) -> str:
        if (word, k) not in spelling:
            made = random.Random(f"{word}/{k}")
            spelling[(word, k)] = "".join(made.choice(_SYLLABLES) for _ in range(made.randint(2, 4))).capitalize()
        return spelling[(word, k)]

    start = dt.date(2024, 1, 1)
    sources: list[Source] = []
    originals: list[Source] = []
    for i in range(n):
        if i % 5 == 4 and originals:
            base = originals[rng.randrange(len(originals))]
            day = dt.date(base.published.year, base.published.month, base.published.day) + dt.timedelta(days=1)
            if i % 50 == 49:        # a syndicated copy: a new first line, the rest verbatim
                texts = [_rewrite(base.paragraphs[0].text, rng, vocabulary, 0.5)] + [p.text for p in base.paragraphs[1:]]
            else:                   # a rewrite in other words: names, numbers and quotations kept
                texts = [_rewrite(p.text, rng, vocabulary, 0.4) for p in base.paragraphs if rng.random() > 0.25]
        else:
            names = {w: w for w in marked}          # "The", "2024", "F-16" stay as they are
            names.update({w: name(w, rng.choices(range(variants), weights)[0]) for w in proper})
            names.update({w: str(rng.randint(2, 990)) for w in numbers})
            texts = [_rewrite(t, rng, vocabulary, 0.25, names) for t in rng.sample(pool, rng.randint(6, 10))]
            day = start + dt.timedelta(days=rng.randrange(730))
        paragraphs = tuple(Paragraph(f"p{k + 1}", t, k + 1) for k, t in enumerate(texts))
        source = Source(f"a{i:05d}", "t", f"Outlet {i % 97}", "", PartialDate(day.year, day.month, day.day), paragraphs)
        sources.append(source)
        if i % 5 != 4 or not originals:
            originals.append(source)
    return sources

ENV = {**{k: v for k, v in os.environ.items() if k != "DOSSIER_CACHE"}, "NO_MKDOCS_2_WARNING": "1"}


def write(folder: Path, sources) -> None:
    articles = folder / "corpus" / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    for s in sources:
        body = "\n\n".join(p.text for p in s.paragraphs)
        title = " ".join(s.paragraphs[0].text.split()[:8]).replace('"', "'")
        (articles / f"{s.id}.md").write_text(
            f'---\ntitle: "{title}"\noutlet: "{s.outlet}"\nurl: ""\npublished: "{s.published.iso()}"\n---\n\n'
            f"{body}\n", encoding="utf-8")


class StepFailed(Exception):
    pass


CPU: dict[str, list[float]] = {}      # CPU seconds (user + system, with children) per step label


def run(cmd: list[str], cwd: Path, label: str = "") -> tuple[float, int]:
    """(wall seconds, peak resident memory in bytes of the largest process); the CPU seconds go
    to CPU[label] (on a shared machine they are steadier than the wall clock)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", out.name, *cmd], cwd=cwd, env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        if done.returncode:
            raise StepFailed(f"{' '.join(cmd)} failed in {cwd}:\n{done.stderr[-3000:]}")
        peak, user, system = out.read().split()[-3:]
        CPU.setdefault(label, []).append(float(user) + float(system))
        return wall, int(peak) * 1024


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def search_payload(site: Path) -> tuple[str, int]:
    """The engine and the bytes its first search downloads."""
    pagefind = site / "pagefind"
    if pagefind.is_dir():
        first = [pagefind / "pagefind.js", pagefind / "pagefind-entry.json", *pagefind.glob("wasm.*.pagefind"),
                 *pagefind.glob("pagefind.*.pf_meta")]
        chunks = sorted((f.stat().st_size for f in (pagefind / "index").glob("*.pf_index")), reverse=True)
        return "pagefind", sum(size(f) for f in first if f.exists()) + (chunks[0] if chunks else 0)
    index = site / "search" / "search_index.json"
    workers = list((site / "assets" / "javascripts" / "workers").glob("search.*.js"))
    return "material", size(index) + sum(size(w) for w in workers)


def median_run(cmd, cwd, runs: int, before=None, label: str = "") -> tuple[float, int]:
    times, peak = [], 0
    for _ in range(runs):
        if before:
            before()
        wall, mem = run(cmd, cwd, label)
        print(f"  {label or ' '.join(cmd)}: {wall:.1f} s wall, {CPU[label][-1]:.1f} s CPU, peak {mem / 1e6:.0f} MB",
              file=sys.stderr, flush=True)
        times.append(wall)
        peak = max(peak, mem)
    return statistics.median(times), peak


def bench(n: int, args, base: Path) -> dict:
    folder = base / f"d{n}"
    sources = synthetic(n + args.runs)
    row = {"articles": n}
    dossier = [str(BIN / "dossier"), "build"]
    cache = folder / ".dossier-cache"
    reuse = args.reuse and (folder / "mkdocs.yml").is_file()
    if reuse:                 # the kept dossier of an earlier run, cache filled: no cold build
        for extra in sources[n:]:
            (folder / "corpus" / "articles" / f"{extra.id}.md").unlink(missing_ok=True)
    else:
        if folder.exists():
            shutil.rmtree(folder)
        subprocess.run([str(BIN / "dossier"), "init", str(folder), "--title", f"Benchmark {n}"], check=True,
                       stdout=subprocess.DEVNULL, env=ENV)
        write(folder, sources[:n])
        row["cold"], row["cold_mem"] = median_run(dossier, folder, args.runs,
                                                  before=lambda: shutil.rmtree(cache, ignore_errors=True),
                                                  label=f"cold {n}")
    median_run(dossier, folder, 1, label=f"first warm {n}")      # fills the cache of a changed pipeline
    row["warm"], row["warm_mem"] = median_run(dossier, folder, args.runs, label=f"warm {n}")
    extra = iter(sources[n:])

    def add_one():
        one = next(extra)
        write(folder, [one])
    row["add_one"], _ = median_run(dossier, folder, args.runs, before=add_one, label=f"add_one {n}")
    row["json"] = size(folder / "docs" / "dossier.json")
    if not args.no_mkdocs:
        row["mkdocs"], row["mkdocs_mem"] = median_run([str(BIN / "mkdocs"), "build", "--quiet"], folder, args.runs,
                                                        label=f"mkdocs {n}")
        row["engine"], row["search"] = search_payload(folder / "site")
        row["site"] = size(folder / "site")
    zensical = shutil.which("zensical", path=str(BIN)) or shutil.which("zensical")
    if zensical and not args.no_zensical:
        shutil.rmtree(folder / "site", ignore_errors=True)
        try:
            row["zensical"], row["zensical_mem"] = median_run([zensical, "build", "--clean"], folder, args.runs,
                                                                label=f"zensical {n}")
            row["zensical_site"] = size(folder / "site")
        except StepFailed as failed:       # Zensical 0.0.73 stops on big dossiers (see README)
            row["zensical_error"] = str(failed).splitlines()[-1][:200]
            print(f"  zensical {n}: {row['zensical_error']}", file=sys.stderr, flush=True)
    for key in ("cold", "warm", "add_one", "mkdocs", "zensical"):
        if CPU.get(f"{key} {n}"):
            row[f"{key}_cpu"] = statistics.median(CPU[f"{key} {n}"])
    if not args.keep:
        shutil.rmtree(folder)
    print(json.dumps(row), file=sys.stderr, flush=True)
    return row


def table(rows: list[dict]) -> None:
    def s(v):
        return f"{v:.1f} s" if isinstance(v, float) else "—"

    def mb(v):
        return f"{v / 1e6:.0f} MB" if isinstance(v, int) and v >= 1e7 else (f"{v / 1e6:.1f} MB" if v else "—")

    print("| articles | builder cold | builder warm | +1 article | builder peak | mkdocs build | mkdocs peak "
          "| zensical build | dossier.json | per article | search payload | site | per article |")
    print("| " + " | ".join(["---"] * 13) + " |")
    for r in rows:
        n = r["articles"]
        print(f"| {n:,} | {s(r.get('cold'))} | {s(r['warm'])} | {s(r['add_one'])} | {mb(max(r.get('cold_mem', 0), r['warm_mem']))} "
              f"| {s(r.get('mkdocs'))} | {mb(r.get('mkdocs_mem'))} | {s(r.get('zensical'))} | {mb(r['json'])} "
              f"| {r['json'] / n / 1e3:.1f} kB | {mb(r.get('search'))} {r.get('engine', '')} | {mb(r.get('site'))} "
              f"| {r['site'] / n / 1e3:.0f} kB |" if 'site' in r else
              f"| {n:,} | {s(r.get('cold'))} | {s(r['warm'])} | {s(r['add_one'])} | {mb(max(r.get('cold_mem', 0), r['warm_mem']))} "
              f"| — | — | {s(r.get('zensical'))} | {mb(r['json'])} | {r['json'] / n / 1e3:.1f} kB | — | — | — |")
    by = {r["articles"]: r for r in rows}
    for n in sorted(by):
        if 2 * n in by:
            a, b = by[n], by[2 * n]
            parts = [f"{key} {b[key] / a[key]:.2f}" for key in ("cold", "warm", "add_one", "mkdocs", "zensical")
                     if key in a and key in b]
            print(f"\ntime({2 * n})/time({n}), wall clock: " + ", ".join(parts))
            parts = [f"{key} {b[key + '_cpu'] / a[key + '_cpu']:.2f}" for key in ("cold", "warm", "add_one", "mkdocs",
                                                                                  "zensical")
                     if key + "_cpu" in a and key + "_cpu" in b]
            print(f"time({2 * n})/time({n}), CPU seconds: " + ", ".join(parts))
    for r in rows:
        cpu = ", ".join(f"{key} {r[key + '_cpu']:.1f} s" for key in ("cold", "warm", "add_one", "mkdocs", "zensical")
                        if key + "_cpu" in r)
        print(f"{r['articles']:,} articles, CPU seconds: {cpu}")
        if "mkdocs" in r:
            print(f"{r['articles']:,} articles: warm builder / mkdocs build = {r['warm'] / r['mkdocs']:.2f} "
                  f"(CPU {r['warm_cpu'] / r['mkdocs_cpu']:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,2000")
    parser.add_argument("--huge", action="store_true", help="add the 10,000-article corpus")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--no-mkdocs", action="store_true")
    parser.add_argument("--no-zensical", action="store_true")
    parser.add_argument("--keep", help="keep the dossiers in this folder (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true",
                        help="with --keep: reuse a dossier kept there (its cache filled), skipping the cold build")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")] + ([10000] if args.huge else [])
    print(f"{os.cpu_count()} cores; {dt.date.today()}; {args.runs} run(s) per step", flush=True)
    with tempfile.TemporaryDirectory() as tmp:      # removed at the end unless --keep names a folder
        base = Path(args.keep) if args.keep else Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        rows = []
        for n in sizes:
            try:
                rows.append(bench(n, args, base))
            except StepFailed as failed:
                print(f"{n} articles: {failed}", file=sys.stderr, flush=True)
    table(rows)


if __name__ == "__main__":
    main()
