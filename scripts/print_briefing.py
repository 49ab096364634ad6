"""Print the one-page briefing (docs/print.md: summary, contested claims, timeline, actors) to PDF.

    .venv/bin/python scripts/print_briefing.py -o briefing.pdf [--site DIR] [--chromium PATH]

Without --site it builds the site first (`mkdocs build` into a temporary folder). The PDF is
made by headless Chromium from the built page, opened from the file system, so nothing is
fetched from the network. Exit status 1 with a one-line message if Chromium or the page is missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def find_chromium(given: str | None) -> str | None:
    for candidate in ([given] if given else ["/usr/bin/chromium", "chromium", "chromium-browser"]):
        path = shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
        if path:
            return path
    return None


def print_pdf(page: Path, out: Path, chromium: str) -> None:
    """Print `page` (a built HTML file) to `out` with headless Chromium; raise on failure."""
    with tempfile.TemporaryDirectory(prefix="dossier-print-") as profile:
        result = subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", "--no-pdf-header-footer",
                                 f"--print-to-pdf={out}", page.resolve().as_uri()],
                                capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or not out.is_file() or out.stat().st_size == 0:
        raise RuntimeError(f"chromium could not print {page}: {result.stderr.strip()[-500:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("briefing.pdf"), help="the PDF to write")
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    parser.add_argument("--chromium", help="the Chromium executable (default: /usr/bin/chromium)")
    args = parser.parse_args(argv)
    chromium = find_chromium(args.chromium)
    if not chromium:
        print("print_briefing: Chromium not found; install Debian's chromium or pass --chromium PATH",
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="dossier-site-") as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
            build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
                                   cwd=ROOT, capture_output=True, text=True, env=env)
            if build.returncode != 0:
                print(f"print_briefing: mkdocs build failed:\n{build.stderr[-2000:]}", file=sys.stderr)
                return 1
        page = site / "print.html"
        if not page.is_file():
            print(f"print_briefing: {page} not found; is this a dossier site?", file=sys.stderr)
            return 1
        try:
            print_pdf(page, args.output.resolve(), chromium)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            print(f"print_briefing: {exc}", file=sys.stderr)
            return 1
    print(f"wrote {args.output} ({args.output.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
