"""Read one input file: decode its bytes and, for a web page, extract the main text.

Input: a path to a `.txt`, `.md`, `.html` or `.htm` file. Output: `Loaded` — the raw bytes (to be
kept byte for byte), the decoded text of the article, the encoding found, and the metadata the
file itself states (a web page's title, site name, date, author, canonical URL and language;
a Markdown file's front matter). Raises `InputError` with a one-line reason and fix.

Decoding: UTF-8 (with or without BOM) first, UTF-16/32 by BOM or by the pattern of zero bytes,
then legacy encodings: Windows-1252 (the Western code page most non-UTF-8 news text is in)
when its reading is plausible, else what `charset-normalizer` finds, but only if every likely
encoding reads the same; a doubtful guess is refused, never a silent wrong letter ("naïve" read
as Windows-1250 is "naďve"). UTF-8 text that is itself mojibake ("naÃ¯ve") is refused too. Web pages go through
`trafilatura` (main-text extraction); no HTML is parsed by hand here.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..yamlio import YamlProblem
from ..yamlio import load as load_yaml

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SAMPLE = 1 << 16
# trafilatura needs about 30 bytes of memory and 1 µs per byte of page: a 50 MB page takes
# 1.5 GB and two minutes. Real article pages are well under this; text files have no limit.
MAX_HTML_BYTES = 10_000_000


class InputError(Exception):
    """A file that cannot be ingested; the message says what is wrong and how to fix it."""


@dataclass
class Loaded:
    """One decoded input file."""

    data: bytes
    text: str
    kind: str                                   # text | markdown | html
    encoding: str
    stated: dict[str, str] = field(default_factory=dict)   # metadata the file states itself
    authors: list[str] = field(default_factory=list)


def load(path: Path) -> Loaded:
    """Read and decode `path`; raise InputError for what cannot be ingested."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"unsupported file type {suffix or '(none)'!r}; ingest .txt, .md, .html or .htm files")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror}); check its permissions") from None
    if not data.strip():
        raise InputError("the file is empty; save the article's text into it, or leave it out")
    if suffix in (".html", ".htm") and len(data) > MAX_HTML_BYTES:
        raise InputError(f"the page is {len(data) / 1e6:.0f} MB, more than the {MAX_HTML_BYTES // 1_000_000} MB "
                         "an article page can be; save the article's own page, or its text as .txt")
    text, encoding = decode(data)
    if suffix in (".html", ".htm"):
        return _from_html(data, text, encoding)
    if suffix in (".md", ".markdown"):
        return _from_markdown(data, text, encoding)
    return Loaded(data, text, "text", encoding)


def decode(data: bytes) -> tuple[str, str]:
    """The text of `data` and the encoding used; InputError if it is not text."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                raise InputError(f"starts with a {name} byte-order mark but is not valid {name}; "
                                 "re-save it as UTF-8") from None
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        name = _utf16_without_bom(sample)
        if not name:
            raise InputError("binary file (it contains zero bytes), not text; export the article as .txt or .html")
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            raise InputError(f"looks like {name} but does not decode; re-save it as UTF-8") from None
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _legacy(data)
    else:
        garbled = _MOJIBAKE.search(text)
        if garbled:
            raise InputError(f"the text is garbled ({garbled.group()!r}: UTF-8 read as Windows-1252 and saved "
                             "again); fix the encoding at its source and save it as UTF-8")
    if len(_CONTROL.findall(text[:_SAMPLE])) > 0.01 * min(len(text), _SAMPLE):
        raise InputError("binary file (control characters), not text; export the article as .txt or .html")
    return text, encoding


def _utf16_without_bom(sample: bytes) -> str:
    """'utf-16-le'/'utf-16-be' when zero bytes sit at every other position, else ''."""
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return ""


# A symbol between two letters ("Krzy¿aniak", "naÃ¯ve") is how a wrong code page shows; dashes
# and apostrophes are normal there ("Russia–Iran", "don’t").
_SYMBOL_IN_WORD = re.compile(r"[^\W\d_][^\w\s’‘'\-–—·.,:;!?/&()\[\]\"“”«»][^\W\d_]")
_MOJIBAKE = re.compile(r"Ã[\u0080-\u00bf]|â€[\u0080-\u00bf™œ“”‘’–—…]|Â[\u00a0-\u00bf]")


def _plausible(text: str, western: bool = False) -> bool:
    """Could this be what the writer typed? No symbol inside a word; and, for a Western code page,
    accented letters a minority (Cyrillic read as Windows-1252 is all accented Latin letters)."""
    if _SYMBOL_IN_WORD.search(text) or _MOJIBAKE.search(text):
        return False
    if not western:
        return True
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if ord(ch) > 127) <= 0.3 * max(len(letters), 1)


def _tier(encoding: str) -> int:
    return 0 if encoding.startswith("cp125") else 1 if encoding.startswith("iso8859") else 2


def _legacy(data: bytes) -> tuple[str, str]:
    """Decode a non-UTF-8 file: Windows-1252 if it reads plausibly, else the encoding
    charset-normalizer finds, if every plausible candidate reads the same; else InputError."""
    from charset_normalizer import from_bytes

    sample = data[: 1 << 20]                         # a 1 MB sample keeps detection fast
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _plausible(western[: 1 << 20], western=True):
        return western, "cp1252"
    readings = {}
    for match in from_bytes(sample):
        if match.encoding == "utf_8":
            continue
        try:
            text = data.decode(match.encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text[: 1 << 20]):
            readings.setdefault(text, match.encoding)
    if not readings:
        raise InputError("unknown text encoding (no reading without garbled letters); re-save the article as "
                         "UTF-8 text")
    # Windows code pages are what editors and news sites save; then ISO 8859; then the rest (Mac, DOS).
    tier = min(map(_tier, readings.values()))
    readings = {text: name for text, name in readings.items() if _tier(name) == tier}
    if len(readings) > 1:
        (one, first), (two, second) = list(readings.items())[:2]
        word = next((a for a, b in zip(one.split(), two.split()) if a != b), "")
        other = next((b for a, b in zip(one.split(), two.split()) if a != b), "")
        raise InputError(f"cannot tell the text encoding: {first} reads {word!r}, {second} reads {other!r}; "
                         "re-save the article as UTF-8")
    (text, encoding), = readings.items()
    return text, encoding


def _from_markdown(data: bytes, text: str, encoding: str) -> Loaded:
    """Split off YAML front matter, if any; its fields are the file's stated metadata."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return Loaded(data, text, "markdown", encoding)
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        raise InputError("front matter is not closed; add a '---' line after the fields")
    try:  # builder.yamlio: no alias expansion (a nine-level alias bomb is gigabytes), dates stay text
        meta = load_yaml("\n".join(lines[1:end])) or {}
    except YamlProblem as exc:
        raise InputError(f"front matter is not valid YAML at line {exc.line + 1} ({exc}); fix it or remove "
                         "the front matter") from None
    if not isinstance(meta, dict):
        raise InputError("front matter must be YAML fields such as 'title: …'")
    stated = {k: str(meta[k]).strip() for k in ("title", "outlet", "url", "published", "language")
              if meta.get(k) not in (None, "")}
    authors = meta.get("authors") or []
    authors = [authors] if isinstance(authors, str) else [str(a) for a in authors if a]
    return Loaded(data, "\n".join(lines[end + 1:]), "markdown", encoding, stated, authors)


def _from_html(data: bytes, text: str, encoding: str) -> Loaded:
    """Main text and stated metadata of a web page, by trafilatura."""
    import trafilatura
    from trafilatura.settings import use_config
    from trafilatura.utils import load_html

    tree = load_html(text)
    if tree is None:
        raise InputError("not a readable HTML page; save the page again or paste its text into a .txt file")
    language = (tree.get("lang") or tree.get("xml:lang") or "").strip()
    config = use_config()
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max(len(data) + 1, 20_000_000)))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    # Dates only from what the page states (meta tags, structured data, URL), never from
    # a search through the text: a guessed date would be silent.
    doc = trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=False, with_metadata=True, config=config,
        date_extraction_params={"extensive_search": False, "original_date": True})
    body = (getattr(doc, "text", None) or "").strip() if doc else ""
    if not body:
        raise InputError("no article text found in the page (only menus, forms or scripts); "
                         "save the article's own page, or paste its text into a .txt file")
    stated = {}
    for key, attr in (("title", "title"), ("outlet", "sitename"), ("url", "url"), ("published", "date")):
        value = getattr(doc, attr, None)
        if value:
            stated[key] = str(value).strip()
    if language:
        stated["language"] = language
    authors = [a.strip() for a in re.split(r";|\band\b", getattr(doc, "author", None) or "") if a.strip()]
    return Loaded(data, body, "html", encoding, stated, authors)
