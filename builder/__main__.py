"""The `dossier` command line: parse arguments, call the pipeline, print, choose the exit code.

Exit codes: 0 success; 1 the corpus has problems (printed one per line, `path:line: message`);
2 the command was used wrongly. `--debug` shows the traceback of unexpected failures.
"""

from __future__ import annotations

import atexit
import gc
import sys
from pathlib import Path

import click

from . import warmup
from .errors import ERROR, BuildError, Problem

CORPUS = click.option("--corpus", "corpus", type=click.Path(file_okay=False, path_type=Path), default=Path("corpus"),
                      show_default=True, help="The corpus folder (articles/, curation/, dossier.yaml).")
STRICT = click.option("--strict", is_flag=True, help="Treat warnings as errors.")


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        click.echo(str(problem), err=True)
    errors = sum(1 for p in problems if p.severity == ERROR)
    warnings = len(problems) - errors
    if problems:
        click.echo(f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}",
                   err=True)


def _need_corpus(corpus: Path) -> None:
    if not corpus.is_dir():
        raise click.UsageError(f"{corpus}: no such corpus folder; pass --corpus DIR")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Build a cited briefing site from a corpus of news articles."""
    ctx.obj = {"debug": debug}


@cli.command()
@CORPUS
@click.option("--docs", type=click.Path(file_okay=False, path_type=Path), default=Path("docs"), show_default=True,
              help="Where to write the generated Markdown pages.")
@STRICT
@click.option("--check", "check_only", is_flag=True,
              help="Write nothing; exit 1 if the pages in --docs differ from what the corpus produces.")
def build(corpus: Path, docs: Path, strict: bool, check_only: bool) -> None:
    """Write the dossier's pages (and dossier.json) into the docs folder."""
    _need_corpus(corpus)
    warmup.start(corpus)                # (before the rest of the builder is imported)
    from . import pipeline
    from .output import stale_files
    try:
        result = pipeline.build(corpus, None if check_only else docs, strict=strict)
    except BuildError as exc:
        _print_problems(exc.problems)
        sys.exit(1)
    _print_problems(result.problems)
    if check_only:
        stale = stale_files(docs, result.pages)
        for path in stale:
            click.echo(f"{(docs / path).as_posix()}: out of date; run `dossier build` and commit the result", err=True)
        if stale:
            sys.exit(1)
        click.echo(f"{len(result.pages)} generated files are up to date")
        return
    r = result.report
    d = result.dossier
    click.echo(f"{len(d.sources)} sources, {len(d.actors)} actors, {len(d.events)} events, {len(d.claims)} claims; "
               f"{len(r.written)} files written, {len(r.unchanged)} unchanged, {len(r.removed)} removed in {docs}")


@cli.command()
@CORPUS
@STRICT
@click.option("--format", "fmt", type=click.Choice(["text", "github"]), default="text", show_default=True,
              help="github: workflow-command annotations a CI runner shows on the lines.")
def check(corpus: Path, strict: bool, fmt: str) -> None:
    """Validate the corpus and curation; print every problem, exit 1 if any error."""
    _need_corpus(corpus)
    warmup.start(corpus)
    from . import pipeline
    _, problems = pipeline.assemble(corpus)
    if fmt == "github":
        for p in problems:
            level = "error" if p.severity == ERROR or strict else "warning"
            line = f",line={p.line}" if p.line else ""
            message = p.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            click.echo(f"::{level} file={_property(p.path)}{line},title={_property(p.check)}::{message}")
    else:
        _print_problems(problems)
    failing = [p for p in problems if p.severity == ERROR or strict]
    if failing and fmt == "text" and not any(p.severity == ERROR for p in failing):
        click.echo("--strict: warnings count as errors", err=True)
    if failing:
        sys.exit(1)
    if fmt == "text":
        click.echo("ok: no errors")


def _property(value: str) -> str:
    """Escape a workflow-command property (file=, title=): GitHub splits them on ',' and '::'."""
    for char, code in (("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")):
        value = value.replace(char, code)
    return value


@cli.command("export")
@CORPUS
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the JSON here (default: standard output).")
def export_cmd(corpus: Path, output: Path | None) -> None:
    """Write the dossier model as JSON (the dossier.json contract)."""
    _need_corpus(corpus)
    warmup.start(corpus)
    from . import pipeline
    try:
        result = pipeline.build(corpus, None)
    except BuildError as exc:
        _print_problems(exc.problems)
        sys.exit(1)
    text = result.pages["dossier.json"]
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)


@cli.command("diff")
@click.argument("rev")
@click.argument("rev2", required=False)
@click.option("--corpus", "corpus", type=click.Path(file_okay=False, path_type=Path), default=Path("corpus"),
              show_default=True, help="The corpus folder inside the git repository.")
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True,
              help="markdown: a pull-request comment; json: for tools.")
def diff_cmd(rev: str, rev2: str | None, corpus: Path, fmt: str) -> None:
    """Show what the change from REV to REV2 (default: the working tree) does to the dossier.

    Exit 2, with one line saying which side failed and why, if a revision is unknown, has no
    corpus, or its corpus does not build.
    """
    from . import gitrev
    from .diff import diff, to_json, to_markdown
    try:
        root = gitrev.repo_root()
        where = gitrev.corpus_in_repo(corpus, root)
        old = gitrev.snapshot("old", rev, where, root)
        new = gitrev.snapshot("new", rev2, where, root)
    except gitrev.SideError as exc:
        click.echo(f"dossier diff: {exc}", err=True)
        sys.exit(2)
    report = diff(old.data, new.data)
    if fmt == "json":
        click.echo(to_json(report, {"rev": old.rev, "commit": old.commit}, {"rev": new.rev, "commit": new.commit}),
                   nl=False)
    else:
        click.echo(to_markdown(report, old.label, new.label), nl=False)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@CORPUS
@click.option("--url", default="", help="The article's web address (one file only).")
@click.option("--outlet", default="", help="The outlet that published it.")
@click.option("--published", default="", help="Publication date: 2025, 2025-03 or 2025-03-05.")
@click.option("--title", default="", help="The article's title (one file only).")
@click.option("--dry-run", is_flag=True, help="Show what would be created; write nothing.")
@click.option("--update", is_flag=True,
              help="For a file already ingested (same bytes in raw/), rewrite its article's metadata.")
def ingest(paths: tuple[Path, ...], corpus: Path, url: str, outlet: str, published: str, title: str,
           dry_run: bool, update: bool) -> None:
    """Bring articles (.txt, .html/.htm, .md files or folders) into the corpus, cleaned."""
    from .ingest.cli import check_options, run_cli
    options = check_options(paths, corpus, url=url, outlet=outlet, published=published, title=title,
                            dry_run=dry_run, update=update)
    sys.exit(run_cli(list(paths), corpus, options))


@cli.command("init")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--title", required=True, help="The dossier's title, shown on every page.")
@click.option("--subject", default="", help="One line saying what the dossier covers.")
@click.option("--corpus", "corpus", default="corpus", show_default=True,
              help="The corpus folder's name inside DIRECTORY.")
def init_cmd(directory: Path, title: str, subject: str, corpus: str) -> None:
    """Start a new dossier in DIRECTORY: settings, empty corpus, hand-written pages, CI workflows."""
    from .init import InitError, init
    try:
        written = init(directory, title, subject, corpus=corpus)
    except InitError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"{len(written)} files written in {directory.as_posix()}; next: "
               f"cd {directory.as_posix()} && dossier ingest ARTICLES… && mkdocs build")


@cli.command()
@CORPUS
@click.option("--limit", type=int, default=0, help="Show only the first N findings (0: all).")
def review(corpus: Path, limit: int) -> None:
    """List automatic findings no curation covers yet, most frequent first."""
    from . import pipeline
    from .merge import uncovered
    _need_corpus(corpus)
    dossier, _ = pipeline.assemble(corpus)
    rows = uncovered(dossier)
    for kind, count, fid, label in rows[:limit or None]:
        click.echo(f"{kind:<6} {count:>4}  {fid}  {label}")
    click.echo(f"{len(rows)} automatic finding{'s' if len(rows) != 1 else ''} not yet covered by curation; "
               "confirm, rename or suppress them in corpus/curation/", err=True)


def main() -> None:
    atexit.register(_leave_objects)
    debug = "--debug" in sys.argv[1:]
    try:
        cli(standalone_mode=True)
    except SystemExit:
        raise
    except Exception as exc:  # pragma: no cover - last-resort message
        if debug:
            raise
        click.echo(f"dossier: internal error: {exc.__class__.__name__}: {exc} (rerun with --debug for details)",
                   err=True)
        sys.exit(2)



def _leave_objects() -> None:
    """On the way out of the process, leave what the command made to the operating system: the
    interpreter's last collections would walk again the millions of objects a build of 1,000
    articles holds (half a second). Every file the builder writes is closed by then."""
    gc.disable()
    gc.freeze()


if __name__ == "__main__":
    main()
