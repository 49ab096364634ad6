"""Load the language model in a worker process from the start of a rebuild that will need it.

A rebuild after an editor adds an article to a big corpus parses that article in a worker process
(`extract.begin_extract`). The worker spends about two seconds importing spaCy and loading the
model before it parses, and the build waits for it: at 1,000 articles that wait sets the rebuild's
length. `start`, called by the command line before it imports the rest of the builder, starts the
worker then, when the corpus's articles are not all as the build before saw them (their names,
sizes and modification times, which `record` keeps in the memo `seen`); `begin_extract` takes it
(`take`) and sends it the articles to parse. The guess decides only when the model loads, never
what is found: a worker nobody takes is stopped, and without one the articles are parsed as before.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path

from . import apart, memo

_WORKER: "Worker | None" = None


def start(corpus: Path) -> None:
    """Start the worker for a build of `corpus` if a few of its articles changed since the last
    build (see the module docstring); nothing if the cache is off or the guess says no."""
    global _WORKER
    from .extract import BACKGROUND_MIN, PROCESS_THRESHOLD, default_cache, pipeline
    cache = default_cache(corpus)
    if _WORKER is not None or cache is None or pipeline.cache_info().currsize or not apart.can_fork():
        return              # (fork: the worker needs nothing sent but the articles)
    now = _stamps(corpus)
    seen = memo.load(cache, "seen", _version(corpus))
    changed = sum(1 for name, stamp in now.items() if seen.get(name) != stamp)
    if seen and len(now) >= BACKGROUND_MIN and 0 < changed < PROCESS_THRESHOLD:
        _WORKER = Worker()


def take() -> "Worker | None":
    """The worker `start` started, handed over once (None if it did not)."""
    global _WORKER
    worker, _WORKER = _WORKER, None
    return worker


def record(corpus: Path, cache: Path | None) -> None:
    """Keep what the articles of `corpus` are like now, for the next build's `start`: called once
    the findings of every article are in the cache."""
    if cache is None:
        return
    version = _version(corpus)
    now = _stamps(corpus)
    if memo.load(cache, "seen", version) != now:
        memo.save(cache, "seen", version, now)


def _version(corpus: Path) -> str:
    return f"1:{corpus.resolve()}"


def _stamps(corpus: Path) -> dict[str, list[int]]:
    """{file name: [size, modification time]} of each article of `corpus`."""
    out = {}
    try:
        with os.scandir(corpus / "articles") as entries:
            for entry in entries:
                if entry.name.endswith(".md"):
                    st = entry.stat()
                    out[entry.name] = [st.st_size, st.st_mtime_ns]
    except OSError:
        return {}
    return out


class Worker:
    """A process that loads the language model at once, then parses the articles it is sent."""

    def __init__(self):
        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), name="dossier-parse", daemon=True)
        self._process.start()
        child.close()

    def parse(self, sources: list) -> Callable[[], list]:
        """Send `sources` to be parsed; the function returned waits for their `ArticleFindings`
        (or raises what the worker raised) and stops the worker."""
        self._conn.send(sources)

        def result() -> list:
            try:
                ok, value = self._conn.recv()
            except EOFError:
                raise RuntimeError("the process parsing the new articles ended without their findings") from None
            finally:
                self.stop()
            if not ok:
                raise value
            return value
        return result

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._conn.close()


def _serve(conn) -> None:
    """The worker: load the model, then parse the sources sent (None: nothing to parse)."""
    from .extract import _parse_here, pipeline
    failure = None
    try:
        pipeline()
    except BaseException as exc:            # (sent back when asked to parse)
        failure = exc
    try:
        sources = conn.recv()
    except EOFError:
        return
    if sources is None:
        return
    try:
        if failure is not None:
            raise failure
        conn.send((True, _parse_here(sources)))
    except BaseException as exc:
        conn.send((False, exc))
