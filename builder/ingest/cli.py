"""The `dossier ingest` command's output: one line per file, a progress bar, a summary.

Lines for ingested files go to standard output; errors (`path: what is wrong, how to fix it`),
the progress bar and the summary go to standard error. Returns the exit code: 0 when every
file was ingested or skipped as a duplicate, 1 when any failed.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from .run import FileResult, Ingester, Options, gather

PROGRESS_FROM = 20          # show a progress bar for more files than this, or on a terminal


def run_cli(paths: list[Path], corpus: Path, options: Options) -> int:
    files, results = gather(paths)
    for r in results:
        click.echo(r.message, err=True)
    ingester = Ingester(corpus, options)
    show_bar = len(files) > 1 and (len(files) > PROGRESS_FROM or sys.stderr.isatty())
    with click.progressbar(files, label="ingesting", file=sys.stderr, show_pos=True,
                           hidden=not show_bar) as bar:
        for path in bar:
            result = ingester.ingest_file(path)
            click.echo(result.message, err=result.status == "error")
            results.append(result)
    click.echo(summary(results, options.dry_run), err=True)
    return 1 if any(r.status == "error" for r in results) else 0


def summary(results: list[FileResult], dry_run: bool) -> str:
    status = Counter(r.status for r in results)
    dropped = Counter()
    for r in results:
        dropped += r.dropped
    verb = "would be created" if dry_run else "created"
    updated = f"{status['updated']} updated, {status['unchanged']} unchanged, " if status["updated"] or \
        status["unchanged"] else ""
    text = (f"{len(results)} file{'s' if len(results) != 1 else ''}: {status['created']} {verb}, {updated}"
            f"{status['duplicate']} duplicate{'s' if status['duplicate'] != 1 else ''} skipped, "
            f"{status['error']} failed; {sum(dropped.values())} boilerplate lines dropped")
    if dropped:
        text += " (" + ", ".join(f"{k} {n}" for k, n in sorted(dropped.items(), key=lambda kv: (-kv[1], kv[0]))) + ")"
    return text + (" [dry run: nothing written]" if dry_run else "")


def check_options(paths: tuple[Path, ...], corpus: Path, **values) -> Options:
    """Options from the command line, or a UsageError (exit 2) saying what to change."""
    from ..dates import PartialDate

    if not corpus.is_dir():
        raise click.UsageError(f"{corpus.as_posix()}: no such corpus folder; create it or pass --corpus DIR")
    one_file = len(paths) == 1 and not paths[0].is_dir()
    for key in ("url", "title"):
        if values[key] and not one_file:
            raise click.UsageError(f"--{key} describes one article; ingest that file on its own")
    if values["url"] and not values["url"].startswith(("http://", "https://")):
        raise click.UsageError(f"--url must start with http:// or https://, got {values['url']!r}")
    if values["published"]:
        try:
            values["published"] = PartialDate.parse(values["published"]).iso()
        except ValueError as exc:
            raise click.UsageError(f"--published {exc}") from None
    return Options(**values)
