"""Read the corpus: articles (front matter + paragraphs) from `corpus/articles/*.md`.

This is the only stage that reads article files. It returns `Source` values and the problems
found; a broken article is reported and left out, and the others still load.
"""

from __future__ import annotations

import re
from pathlib import Path

from .dates import coerce_date
from .errors import Problem
from .model import Source
from .paragraphs import split_paragraphs
from .yamlio import Node, YamlProblem, load

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FIELDS = ("title", "outlet", "url", "published", "authors", "language", "retrieved",
           "derived_from", "raw")


def load_sources(corpus: Path, show=lambda p: p.as_posix()) -> tuple[list[Source], list[Problem]]:
    """Load every `articles/*.md` under `corpus`; return sources sorted by id, and problems."""
    sources: list[Source] = []
    problems: list[Problem] = []
    folder = corpus / "articles"
    if not folder.is_dir():
        return [], [Problem(show(folder), 0, "no articles folder; create it and add one .md file per article")]
    for path in sorted(folder.glob("*.md")):
        source, found = read_article(path, show(path))
        problems += found
        if source:
            sources.append(source)
    return sources, problems


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
            problems.append(Problem(shown, at(key), f"front matter: unknown field {key!r}; the fields are "
                                                    + ", ".join(_FIELDS), severity="warning"))
    title = text_field("title", required=True)
    outlet = text_field("outlet", required=True)
    url = text_field("url")
    if url and not re.match(r"^https?://", url):
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
