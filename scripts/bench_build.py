"""Benchmark: the builder's own time against the whole `mkdocs build` it feeds.

Usage: python scripts/bench_build.py [--runs N] [--corpus DIR]

Runs, in one session, N times each: the pipeline alone (read, extract, validate, render, no
write) in a fresh process, and `mkdocs build` of the project into a temporary folder (which
runs the pipeline through the hook). Prints medians and their ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    args = parser.parse_args()
    pipeline = [sys.executable, "-c", f"from pathlib import Path; from builder import pipeline; "
                                      f"pipeline.build(Path({args.corpus!r}))"]
    builder_times, mkdocs_times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(Path(tmp) / "site")]
        for _ in range(args.runs):
            builder_times.append(timed(pipeline, ROOT))
            mkdocs_times.append(timed(mkdocs, ROOT))
    b, m = statistics.median(builder_times), statistics.median(mkdocs_times)
    print(f"runs: {args.runs}")
    print(f"builder (pipeline, new process): median {b:.3f} s")
    print(f"mkdocs build (hook + site):      median {m:.3f} s")
    print(f"builder / mkdocs build:          {b / m:.2f}")


if __name__ == "__main__":
    main()
