"""MkDocs hook: regenerate the dossier's pages before every build, and watch corpus/ when serving.

`mkdocs.yml` lists this file under `hooks:`. The corpus folder is `corpus/` beside mkdocs.yml
(override with `extra: {dossier_corpus: path}`). Problems stop the build with MkDocs' own error
message; warnings go to the `mkdocs.plugins.dossier` logger, so `mkdocs build --strict` fails on them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from builder import pipeline
from builder.errors import BuildError

log = logging.getLogger("mkdocs.plugins.dossier")


def _corpus(config) -> Path:
    root = Path(config.config_file_path).parent
    return root / config.extra.get("dossier_corpus", "corpus")


def on_pre_build(config, **kwargs) -> None:
    corpus = _corpus(config)
    root = Path(config.config_file_path).parent
    try:
        result = pipeline.build(corpus, Path(config.docs_dir), root=root)
    except BuildError as exc:
        raise PluginError("dossier: the corpus has problems:\n" + "\n".join(str(p) for p in exc.problems)) from None
    for problem in result.problems:
        log.warning(str(problem))
    r = result.report
    log.info(f"dossier: {len(r.written)} pages written, {len(r.unchanged)} unchanged, {len(r.removed)} removed")


def on_serve(server, config, builder, **kwargs):
    server.watch(str(_corpus(config)))
    return server
