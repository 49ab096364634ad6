"""Ingest files into a corpus: the whole command in `ingest_file()`, one stage a line.

For each input file:

1. `read.load`            bytes -> decoded text (+ a web page's main text and stated metadata)
2. `dedupe.Seen.exact`    same bytes as a file in corpus/raw/? -> reported and skipped
3. `clean.clean`          text -> paragraphs, lines dropped by rule, metadata found in the text
4. `_metadata`            options > stated > URL > text -> title, outlet, url, published, …
5. `ids.make_id`          outlet + date -> a new id (suffix on collision)
6. `dedupe.Seen.near`     word 5-grams of the cleaned text -> the most similar article, if it is a
                          near duplicate by the build's measure (`resolve.neardup`)
7. `_write`               corpus/raw/<id>.<ext> (byte for byte), corpus/articles/<id>.md

Files are created atomically and never overwrite anything; with `dry_run` nothing is written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .clean import Cleaned, clean
from . import metadata as md
from .dedupe import Seen, signature
from .ids import hosting, make_id
from .read import SUFFIXES, InputError, load
from ..yamlio import load as load_yaml


@dataclass(frozen=True)
class Options:
    """Metadata given on the command line (empty: find it), and whether to write."""

    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""
    dry_run: bool = False
    retrieved: str = ""          # default: today
    update: bool = False         # a file already ingested: rewrite its article's metadata


@dataclass
class FileResult:
    """What happened to one input: status is created | duplicate | error."""

    path: str
    status: str
    message: str
    id: str = ""
    dropped: Counter = field(default_factory=Counter)


def gather(paths: list[Path]) -> tuple[list[Path], list[FileResult]]:
    """The files to ingest (folders searched recursively, sorted) and errors for bad paths."""
    files: list[Path] = []
    errors: list[FileResult] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                errors.append(FileResult(path.as_posix(), "error", f"{path.as_posix()}: no .txt, .md or .html "
                                         "files in this folder; point at the files to ingest"))
            files += found
        elif path.exists():
            files.append(path)
        else:
            errors.append(FileResult(path.as_posix(), "error", f"{path.as_posix()}: no such file or folder; "
                                     "check the path"))
    return files, errors


class Ingester:
    """Ingests files one by one into `corpus`, remembering what this run added."""

    def __init__(self, corpus: Path, options: Options):
        self.corpus = corpus
        self.options = options
        self.seen = Seen(corpus)
        self.taken = {p.stem for folder in ("articles", "raw") if (corpus / folder).is_dir()
                      for p in (corpus / folder).iterdir()}

    def ingest_file(self, path: Path) -> FileResult:
        shown = path.as_posix()
        try:
            loaded = load(path)                                                      # 1
        except InputError as exc:
            return FileResult(shown, "error", f"{shown}: {exc}")
        same = self.seen.exact(loaded.data)                                          # 2
        if same and not self.options.update:
            return FileResult(shown, "duplicate", f"{shown}: skipped, same bytes as raw/{same} already "
                                                  "in the corpus (--update rewrites its metadata)")
        meta = md.Meta()
        self._stated(meta, loaded)
        host, slug, url_day = md.url_parts(meta.values.get("url", ""))
        cleaned = clean(loaded.text, meta.values.get("title", ""), slug)     # 3
        if not any(_prose(p) for p in cleaned.paragraphs):
            return FileResult(shown, "error", f"{shown}: no article text left after removing boilerplate "
                                              f"({_counts(cleaned.dropped) or 'nothing dropped'}); check the "
                                              "file holds the article itself")
        self._found(meta, cleaned, host, slug, url_day, loaded.text)                 # 4
        if same:
            return self._update(shown, Path(same).stem, meta)
        guessed = meta.origin.get("title") == "the first line"       # then the file's name names it
        sid = make_id(meta.values.get("outlet", ""), meta.values.get("published", ""),  # 5
                      "" if guessed else meta.values.get("title", ""), path.stem, self.taken)
        sig = signature("\n".join(cleaned.paragraphs))
        near = self.seen.near(sig)                                                   # 6
        ext = path.suffix.lower()
        if not self.options.dry_run:
            try:
                _write(self.corpus, sid, ext, loaded.data, _article(meta, cleaned, sid, ext, near,   # 7
                                                                     self.options.retrieved))
            except OSError as exc:
                return FileResult(shown, "error", f"{shown}: could not write into {self.corpus.as_posix()} "
                                                  f"({exc.strerror or exc}); check the folder is writable")
        self.taken.add(sid)
        self.seen.add_raw(loaded.data, f"{sid}{ext}")
        self.seen.add_text(sid, sig)
        return FileResult(shown, "created", _line(shown, sid, ext, meta, cleaned, near, loaded,
                                                  self.options.dry_run), sid, cleaned.dropped)

    def _update(self, shown: str, sid: str, meta: md.Meta) -> FileResult:
        """Rewrite the metadata of article `sid` (ingested earlier from the same bytes) with `meta`;
        its text, id, retrieval date and derived_from stay as they are."""
        path = self.corpus / "articles" / f"{sid}.md"
        try:
            text = path.read_text("utf-8")
            _, front, body = text.split("---\n", 2)
            old = load_yaml(front) or {}  # builder.yamlio: no alias expansion
            if not isinstance(old, dict):
                raise ValueError("front matter is not a mapping")
        except (OSError, ValueError):  # YamlProblem is a ValueError
            return FileResult(shown, "error", f"{shown}: same bytes as raw/{sid}, but articles/{sid}.md is missing "
                                              "or has no readable front matter; fix or remove it, then ingest again")
        new = {"title": meta.values.get("title", ""), "outlet": meta.values.get("outlet", ""),
               "url": meta.values.get("url", ""), "published": meta.values.get("published", ""),
               "authors": meta.authors, "language": meta.values.get("language", "")}
        changed = sorted(k for k, v in new.items() if v and old.get(k) != v)
        if not changed:
            return FileResult(shown, "unchanged", f"{shown}: articles/{sid}.md already has this metadata", sid)
        merged = {**old, **{k: new[k] for k in changed}}
        if not self.options.dry_run:
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_text("---\n" + _front_matter(merged) + "---\n" + body, encoding="utf-8")
            os.replace(tmp, path)
        verb = "would update" if self.options.dry_run else "updated"
        return FileResult(shown, "updated", f"{shown}: {verb} the metadata of articles/{sid}.md "
                                            f"({', '.join(changed)}); " + "; ".join(meta.notes or ["text kept"]), sid)

    def _stated(self, meta: md.Meta, loaded) -> None:
        """Values from the options, then what the file states about itself."""
        o = self.options
        for key, value in (("title", o.title), ("outlet", o.outlet), ("url", o.url), ("published", o.published)):
            meta.set(key, value.strip(), "option")
        where = "page" if loaded.kind == "html" else "front matter"
        stated = dict(loaded.stated)
        if "published" in stated:
            stated["published"] = md.normalise_date(stated["published"])
        if "language" in stated:
            stated["language"] = md.normalise_language(stated["language"])
        for key, value in stated.items():
            meta.set(key, value, where)
        if loaded.authors:
            meta.authors = list(loaded.authors)
            meta.origin["authors"] = where

    def _found(self, meta: md.Meta, cleaned: Cleaned, host: str, slug: str, url_day: str,
               text: str) -> None:
        """Fill what is still empty from the URL and from the lines the cleaner took out."""
        v = meta.values
        # A page's date has day precision even when only the month is known; trust the URL's.
        if meta.origin.get("published") == "page" and url_day and len(url_day) < 10 \
                and v["published"].startswith(url_day) and v["published"].endswith("-01"):
            v["published"] = url_day
        meta.set("title", cleaned.title_line, "text")
        if slug and not v.get("title"):
            meta.set("title", md.title_from_slug(slug), "URL slug, capitalisation guessed")
        if not v.get("title"):
            # No title anywhere: the text's first line stands in, so the article still builds; say so.
            first = next((line.strip() for p in cleaned.paragraphs for line in p.splitlines() if line.strip()), "")
            meta.set("title", first if len(first) <= 150 else first[:first.rfind(" ", 0, 150)] + "…", "the first line")
            meta.notes.append("warning: no title found; the first line was taken as the title, check it")
        if not hosting(host):                # a storage or CDN host is not who published the article
            meta.set("outlet", host, "URL")
        meta.set("outlet", cleaned.found.get("outlet", ""), "byline or copyright line")
        meta.set("published", url_day, "URL")
        meta.set("published", md.text_date(cleaned.found.get("date", "")), "date line")
        if not meta.authors and cleaned.found.get("authors"):
            meta.authors = md.split_authors(cleaned.found["authors"])
            meta.origin["authors"] = "byline"
        meta.set("language", md.language_of("\n".join(cleaned.paragraphs[:50])), "the text (detected)")
        if cleaned.found.get("credit"):
            meta.notes.append(f"credited source {cleaned.found['credit']!r} (a derived_from candidate, not written)")


def _prose(paragraph: str) -> bool:
    """A paragraph with at least one sentence in it (six words or more, ending in punctuation)."""
    return len(paragraph.split()) >= 6 and bool(re.search(r"[.!?…][\"'”’)\]]*(?:\s|$)", paragraph))


def _counts(counter: Counter) -> str:
    return ", ".join(f"{name} {n}" for name, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def _line(shown: str, sid: str, ext: str, meta: md.Meta, cleaned: Cleaned, near, loaded,
          dry_run: bool) -> str:
    """The one line of output for an ingested file."""
    verb = "would create" if dry_run else "created"
    dropped = sum(cleaned.dropped.values())
    parts = [f"{shown}: {verb} articles/{sid}.md and raw/{sid}{ext}",
             f"{len(cleaned.paragraphs)} paragraphs",
             f"dropped {dropped} boilerplate line{'s' if dropped != 1 else ''}"
             + (f" ({_counts(cleaned.dropped)})" if dropped else "")]
    by_origin: dict[str, list[str]] = {}
    for key in md.FIELDS:
        if meta.origin.get(key, "option") != "option":
            by_origin.setdefault(meta.origin[key], []).append(key)
    parts += [f"{', '.join(keys)} from {origin}" for origin, keys in by_origin.items()]
    if meta.missing:
        parts.append("not found: " + ", ".join(meta.missing) + " (left empty; set them in the front matter)")
    if loaded.encoding not in ("utf-8", "utf-8-sig", "ascii"):
        parts.append(f"decoded from {loaded.encoding}")
    if near:
        parts.append(f"near duplicate of {near[0]} (similarity {near[1]:.2f}; a derived_from candidate, "
                     "not written)")
    parts += meta.notes
    return "; ".join(parts)


def _article(meta: md.Meta, cleaned: Cleaned, sid: str, ext: str, near, retrieved: str) -> bytes:
    """The article file: front matter in the corpus's shape, then one paragraph per block."""
    v = meta.values
    notes = []
    if near:
        notes.append(f"near duplicate of {near[0]} (similarity {near[1]:.2f})")
    if cleaned.found.get("credit"):
        notes.append(f"credited source: {cleaned.found['credit']}")
    comment = f"  # candidates: {'; '.join(notes)}" if notes else ""
    q = lambda s: json.dumps(s, ensure_ascii=False)   # a JSON string is a YAML double-quoted string
    lines = ["---",
             f"title: {q(v.get('title', ''))}",
             f"outlet: {q(v.get('outlet', ''))}",
             f"url: {q(v.get('url', ''))}",
             f"published: {q(v.get('published', ''))}",
             f"authors: {q(meta.authors)}",
             f"language: {q(v.get('language', ''))}",
             f"retrieved: {q(retrieved or dt.date.today().isoformat())}",
             f"derived_from: []{comment}",
             f"raw: raw/{sid}{ext}",
             "---"]
    return ("\n".join(lines) + "\n" + "\n\n".join(cleaned.paragraphs) + "\n").encode("utf-8")


_ORDER = ("title", "outlet", "url", "published", "authors", "language", "retrieved", "derived_from", "raw")


def _front_matter(values: dict) -> str:
    """Front matter lines in the corpus's order (other keys after), every value as JSON (valid YAML)."""
    keys = [k for k in _ORDER if k in values] + sorted(k for k in values if k not in _ORDER)
    return "".join(f"{k}: {json.dumps(_plain(values[k]), ensure_ascii=False)}\n" for k in keys)


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _write(corpus: Path, sid: str, ext: str, raw: bytes, article: bytes) -> None:
    """Create raw then article, each atomically and never over an existing file; undo on failure."""
    raw_path = corpus / "raw" / f"{sid}{ext}"
    article_path = corpus / "articles" / f"{sid}.md"
    for folder in (raw_path.parent, article_path.parent):
        folder.mkdir(parents=True, exist_ok=True)
    _create(raw_path, raw)
    try:
        _create(article_path, article)
    except BaseException:
        raw_path.unlink(missing_ok=True)
        raise


def _create(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file, then link it into place (fails if `path` exists)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:              # no hard links on this file system
            if path.exists():
                raise FileExistsError(17, "File exists", str(path)) from None
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
