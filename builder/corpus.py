"""Read the corpus: articles (front matter + paragraphs) from `corpus/articles/*.md`.

This is the only stage that reads article files. It returns `Source` values and the problems
found; a broken article is reported and left out, and the others still load.

Only regular files are read, and a symbolic link only if it stays inside the corpus (a pull
request could otherwise publish any file the build machine can read). An article is limited to
MAX_ARTICLE_BYTES and each of its lines to MAX_LINE_CHARS, so a huge or one-line file is a
one-line error instead of minutes of parsing.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
from pathlib import Path

from .dates import coerce_date
from .errors import Problem
from .model import Source
from .paragraphs import split_paragraphs
from .yamlio import Node, YamlProblem, load

# \Z, not $: "$" also matches before a final newline, which let "x\n" through as an id.
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
# Every URL stored (article, original) must be one a reader can follow safely: http or https.
WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)
MAX_ARTICLE_BYTES = 2_000_000
MAX_LINE_CHARS = 20_000
_FIELDS = ("title", "outlet", "url", "published", "authors", "language", "retrieved",
           "derived_from", "raw")


def load_sources(corpus: Path, show=lambda p: p.as_posix()) -> tuple[list[Source], list[Problem]]:
    """Load every `articles/*.md` under `corpus`; return sources sorted by id, and problems."""
    sources: list[Source] = []
    problems: list[Problem] = []
    folder = corpus / "articles"
    if not folder.is_dir():
        return [], [Problem(show(folder), 0, "no articles folder; create it and add one .md file per article")]
    if not inside(folder, corpus):
        return [], [Problem(show(folder), 1, "is a symbolic link that leaves the corpus; replace it with a "
                                             "folder holding the articles themselves")]
    for path in sorted(p for p in folder.iterdir() if p.name.endswith(".md")):
        refused = refuse_file(path, corpus, folder_inside=True)
        if refused:
            problems.append(Problem(show(path), 1, refused))
            continue
        source, found = read_article(path, show(path))
        problems += found
        if source:
            sources.append(source)
    return sources, problems


def inside(path: Path, corpus: Path) -> bool:
    """True if `path`, with every symbolic link followed, is inside `corpus`."""
    return path.resolve().is_relative_to(corpus.resolve())


def refuse_file(path: Path, corpus: Path, folder_inside: bool = False) -> str | None:
    """Why `path` must not be read as an article (a message), or None if it may be.
    `folder_inside`: the caller knows the folder holding `path` is inside `corpus`, so only a
    symbolic link can lead out of it."""
    if path.is_symlink() and not path.exists():
        return "is a symbolic link to nothing; remove it or copy the article in"
    if (path.is_symlink() or not folder_inside) and not inside(path, corpus):
        return "is a symbolic link that leaves the corpus; copy the article into corpus/articles/ instead"
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        return "is not a regular file (a folder, pipe or device named .md); remove or rename it"
    if info.st_size > MAX_ARTICLE_BYTES:
        return (f"is {info.st_size:,} bytes, over the limit of {MAX_ARTICLE_BYTES:,}; "
                "split it into several articles")
    return None


def read_article(path: Path, shown: str) -> tuple[Source | None, list[Problem]]:
    """Parse one article file; return (Source or None, problems)."""
    problems: list[Problem] = []
    sid = path.stem
    if not ID_PATTERN.match(sid):
        problems.append(Problem(shown, 0, f"article id {sid!r} must be lowercase ASCII letters, digits "
                                          "and single hyphens; rename the file"))
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        return None, [Problem(shown, line, f"not UTF-8 (byte 0x{data[exc.start]:02x}); re-save the file "
                                           "as UTF-8 or bring it in with `dossier ingest`")]
    lines = text.splitlines()
    long = next((n for n, line in enumerate(lines, start=1) if len(line) > MAX_LINE_CHARS), None)
    if long:
        return None, [Problem(shown, long, f"line of {len(lines[long - 1]):,} characters, over the limit of "
                                           f"{MAX_LINE_CHARS:,}; break it into paragraphs (blank lines between)")]
    if not lines or lines[0].strip() != "---":
        return None, [Problem(shown, 1, "no front matter; start the file with a '---' line, the YAML "
                                        "fields, and another '---' line")]
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        return None, [Problem(shown, 1, "front matter is not closed; add a '---' line after the fields")]
    try:
        meta = load("\n".join(lines[1:end])) or Node()
    except YamlProblem as exc:
        return None, [Problem(shown, exc.line + 1, f"front matter: {exc}")]
    if not isinstance(meta, Node):
        return None, [Problem(shown, 2, "front matter must be YAML fields such as 'title: …'")]

    def at(key: str) -> int:
        return meta.line_of(key) + 1 if key in meta else 2

    def text_field(key: str, required: bool = False) -> str:
        value = meta.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            problems.append(Problem(shown, at(key), f"front matter: {key!r} must be text; quote it"))
            return str(value)
        if required and not value.strip():
            problems.append(Problem(shown, at(key), f"front matter: {key!r} is missing; add '{key}: …'"))
        return value.strip()

    def list_field(key: str) -> tuple[str, ...]:
        value = meta.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(Problem(shown, at(key), f"front matter: {key!r} must be a list of quoted "
                                                    "strings, like [a, b]"))
            return ()
        return tuple(value)

    for key in meta:
        if key not in _FIELDS:
            problems.append(Problem(shown, at(key), "front matter: " + unknown_key(key, _FIELDS)))
    title = text_field("title", required=True)
    outlet = text_field("outlet", required=True)
    url = text_field("url")
    if url and not WEB_URL.fullmatch(url):
        problems.append(Problem(shown, at("url"), f"front matter: 'url' must start with http:// or https://, got {url!r}"))
    published = None
    if meta.get("published") not in (None, ""):
        try:
            published = coerce_date(meta["published"])
        except ValueError as exc:
            problems.append(Problem(shown, at("published"), f"front matter: 'published' {exc}"))
    derived = list_field("derived_from")
    for ref in derived:
        if not ID_PATTERN.match(ref):
            problems.append(Problem(shown, at("derived_from"), f"front matter: derived_from id {ref!r} is not "
                                                               "a valid id (lowercase letters, digits, hyphens)"))
    paragraphs = split_paragraphs("\n".join(lines[end + 1:]), first_line=end + 2)
    if not paragraphs:
        problems.append(Problem(shown, end + 1, "the article has no text after the front matter"))
    retrieved = meta.get("retrieved", "")
    source = Source(
        id=sid, title=title, outlet=outlet, url=url, published=published,
        paragraphs=paragraphs, derived_from=derived, authors=list_field("authors"),
        language=text_field("language"), retrieved=str(retrieved or ""), path=shown)
    return source, problems


def unknown_key(key: object, known) -> str:
    """The message for a key that is not one of `known`, naming the nearest one if any is close."""
    near = difflib.get_close_matches(str(key), list(known), n=1, cutoff=0.6)
    if near:
        return f"`{key}`: unknown key; did you mean `{near[0]}`?"
    return f"`{key}`: unknown key; the keys are " + ", ".join(f"`{k}`" for k in known)
