"""The per-article stage: each source -> its `ArticleFindings`, parsed by spaCy and cached.

`extract_articles(sources, cache)` returns one `ArticleFindings` per source. Findings are
cached by a hash of the article's content and of the pipeline (this package's code and data
and the model's version) in `cache` (a git-ignored folder, `.dossier-cache/` beside the
corpus), so a rebuild after one new article parses one article. Articles not in the cache are
parsed with `nlp.pipe` in batches, in several processes when there are many of them.
`extract_all` adds the cross-article stage (`resolve.combine`) for callers that want the whole
automatic dossier at once (scorers, benchmarks).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

from .. import warmup
from ..merge import Findings
from ..model import Source
from .findings import article_text, findings
from .nlp import PROCESS_THRESHOLD, VERSION, parse, pipeline
from .types import ArticleFindings, from_json, to_json

CACHE_ENV = "DOSSIER_CACHE"          # a folder, or "off"


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A hash of everything that decides the findings: this package's code and data, the model."""
    h = hashlib.sha256(VERSION.encode())
    root = Path(__file__).parent
    for path in sorted([*root.glob("*.py"), *(root / "data").glob("*")]):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def cache_key(source: Source) -> str:
    h = hashlib.sha256(pipeline_version().encode())
    h.update(json.dumps([source.id, source.published.iso() if source.published else None,
                         [p.text for p in source.paragraphs]]).encode())
    return h.hexdigest()


def default_cache(corpus: Path) -> Path | None:
    value = os.environ.get(CACHE_ENV)
    if value == "off":
        return None
    return Path(value) if value else corpus.resolve().parent / ".dossier-cache"


_MEMORY: dict[str, ArticleFindings] = {}
BACKGROUND_MIN = 100     # articles: in a corpus this big, a few new ones are parsed while the caller goes on


def extract_articles(sources: list[Source], cache: Path | None = None) -> list[ArticleFindings]:
    """One `ArticleFindings` per source, in the order given; parses only what is not cached."""
    return begin_extract(sources, cache, background=False)()


def begin_extract(sources: list[Source], cache: Path | None = None, *,
                  background: bool = True) -> Callable[[], list[ArticleFindings]]:
    """Start `extract_articles`; the function returned finishes it (and waits if need be).

    A corpus of BACKGROUND_MIN articles or more with a few new ones (the rebuild after an editor
    adds an article) has them parsed in a worker process, started before the cached findings are
    read, while the caller does work that needs no findings (`pipeline.assemble` finds copies):
    loading spaCy costs about a second, as much as that work. Not when this process has the model
    loaded already (a test or a scorer running many builds): then parsing here is quicker."""
    keys = [cache_key(s) for s in sources]
    todo = [(s, k) for s, k in zip(sources, keys) if k not in _MEMORY and not _cached(cache, k)]
    pool = future = None
    worker = warmup.take()              # (a worker loading the model since the build began, if any)
    if background and todo and len(sources) >= BACKGROUND_MIN and len(todo) < PROCESS_THRESHOLD \
            and not pipeline.cache_info().currsize:
        if worker is not None:
            future, worker = _Sent(worker.parse([s for s, _ in todo])), None
        else:
            pool = ProcessPoolExecutor(1)
            future = pool.submit(_parse_here, [s for s, _ in todo])
    if worker is not None:
        worker.stop()
    out: dict[str, ArticleFindings] = {}
    missing = {k for _, k in todo}
    for source, key in zip(sources, keys):
        found = None if key in missing else _MEMORY.get(key) or _read(cache, key)
        if found is not None:
            out[key] = found
        elif key not in missing:           # in the cache but unreadable: parsed when finishing
            todo.append((source, key))

    def finish() -> list[ArticleFindings]:
        parsed: list[ArticleFindings] = []
        if future is not None:
            try:
                parsed = future.result()
            finally:
                if pool is not None:
                    pool.shutdown()
        rest = [s for s, _ in todo[len(parsed):]]
        if rest:
            parsed += _parse(rest)
        for (source, key), article in zip(todo, parsed):
            out[key] = article
            _write(cache, key, article)
        _MEMORY.update(out)
        return [out[k] for k in keys]
    return finish


class _Sent:
    """Articles sent to the worker `warmup` started, as a future of their findings."""

    def __init__(self, result: Callable[[], list[ArticleFindings]]):
        self.result = result


def _parse(sources: list[Source]) -> list[ArticleFindings]:
    workers = min(os.cpu_count() or 1, 4)
    if len(sources) < PROCESS_THRESHOLD or workers < 2:
        return _parse_here(sources)
    size = -(-len(sources) // (workers * 4))
    chunks = [sources[i:i + size] for i in range(0, len(sources), size)]
    with ProcessPoolExecutor(workers) as pool:
        return [a for chunk in pool.map(_parse_here, chunks) for a in chunk]


STACK = 512 * 1024 * 1024        # bytes: room for the deepest parse trees (see _parse_here)


def _parse_here(sources: list[Source]) -> list[ArticleFindings]:
    """Parse and read `sources` in this process.

    Hack: spaCy walks a parse tree recursively (`Token.subtree`), in C, with no recursion
    limit, so a pathological sentence ("The very very … very institute said", 40,000 words
    deep) overflows the thread's C stack and kills the process. The work runs in a thread with
    a large stack instead; ordinary text never comes near it. See
    https://docs.python.org/3/library/threading.html#threading.stack_size
    """
    out: list[ArticleFindings] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            docs = parse([article_text(s) for s in sources])
            out.extend(findings(s, doc) for s, doc in zip(sources, docs))
        except BaseException as exc:        # re-raised in the caller's thread
            failure.append(exc)
    previous = threading.stack_size(STACK)
    try:
        thread = threading.Thread(target=work, name="dossier-parse")
        thread.start()
    finally:
        threading.stack_size(previous)
    thread.join()
    if failure:
        raise failure[0]
    return out


def _path(cache: Path, key: str) -> Path:
    return cache / key[:2] / f"{key}.json"


def _cached(cache: Path | None, key: str) -> bool:
    return cache is not None and _path(cache, key).is_file()


def _read(cache: Path | None, key: str) -> ArticleFindings | None:
    if cache is None:
        return None
    path = _path(cache, key)
    try:
        return from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write(cache: Path | None, key: str, article: ArticleFindings) -> None:
    if cache is None:
        return
    folder = cache / key[:2]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(to_json(article), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, folder / f"{key}.json")
    except OSError:
        pass                              # a cache that cannot be written only costs time


def extract_all(sources: list[Source], cache: Path | None = None) -> Findings:
    """Automatic actors, events and claims for the whole corpus (origin `auto`): this stage, then
    the cross-article one (`resolve.combine`)."""
    from ..resolve.combine import combine
    ordered = sorted(sources, key=lambda s: s.id)
    return combine(ordered, extract_articles(ordered, cache))


__all__ = ["ArticleFindings", "begin_extract", "cache_key", "default_cache", "extract_all", "extract_articles", "pipeline_version"]
