"""A build killed midway (SIGKILL) leaves docs/ wholly old or, once completed, wholly new.

A child process writes the new pages and kills itself with SIGKILL at its Nth file operation
(staging writes, the journal, renames, removals), for N across the whole write; a last case kills
a real `dossier build` as soon as its staging folder appears.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from builder.output import JOURNAL, STAGING, recover, write_pages
from conftest import ROOT, article

CHILD = r"""
import json, os, pathlib, signal, sys
from builder.output import write_pages
docs, pages, kill_at = pathlib.Path(sys.argv[1]), json.loads(pathlib.Path(sys.argv[2]).read_text()), int(sys.argv[3])
count = [0]
def counted(real):
    def op(*args, **kwargs):
        count[0] += 1
        if count[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return op
os.replace = counted(os.replace)
pathlib.Path.write_bytes = counted(pathlib.Path.write_bytes)
pathlib.Path.unlink = counted(pathlib.Path.unlink)
write_pages(docs, pages)
print(count[0])
"""

OLD = {**{f"actors/a{i}.md": f"old actor {i}\n" for i in range(20)}, "index.md": "old home\n",
       **{f"claims/c{i}.md": f"claim {i}\n" for i in range(10)}, "gone/only.md": "removed later\n"}
NEW = {**{f"actors/a{i}.md": f"new actor {i}\n" for i in range(15)}, "index.md": "new home\n",
       **{f"claims/c{i}.md": f"claim {i}\n" for i in range(10)}, **{f"events/e{i}.md": f"event {i}\n" for i in range(5)}}


def tree(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*"))
            if p.is_file() and STAGING not in p.relative_to(docs).parts and p.name != JOURNAL}


def test_a_write_killed_at_any_step_leaves_old_or_new(tmp_path):
    (tmp_path / "hand").mkdir()
    reference_old, reference_new = tmp_path / "ref-old", tmp_path / "ref-new"
    for ref, pages in ((reference_old, OLD), (reference_new, NEW)):
        (ref / "about.md").parent.mkdir(parents=True)
        (ref / "about.md").write_text("hand-written\n")
        write_pages(ref, pages)
    old, new = tree(reference_old), tree(reference_new)
    pages = tmp_path / "pages.json"
    pages.write_text(json.dumps(NEW))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    total = None
    outcomes = set()
    kill_at = 1
    while total is None or kill_at <= total:
        docs = tmp_path / f"docs-{kill_at}"
        (docs).mkdir()
        (docs / "about.md").write_text("hand-written\n")
        write_pages(docs, OLD)
        (docs / "actors" / ".tmp-stray.json").write_text("left by an older build")
        run = subprocess.run([sys.executable, "-c", CHILD, str(docs), str(pages), str(kill_at)], env=env,
                             capture_output=True, text=True, timeout=60)
        if run.returncode == 0:  # ran to the end: kill_at was past the last operation
            total = int(run.stdout)
            assert tree(docs) == new
            break
        assert run.returncode == -signal.SIGKILL, run.stderr
        state = tree(docs)
        if (docs / JOURNAL).exists():
            recover(docs)
            assert tree(docs) == new, kill_at
            outcomes.add("new")
        else:
            assert {k: v for k, v in state.items() if ".tmp-" not in k} in (old, new), kill_at
            outcomes.add("old" if {k: v for k, v in state.items() if ".tmp-" not in k} == old else "new")
            recover(docs)
        assert not (docs / STAGING).exists() and not (docs / JOURNAL).exists()
        assert not list(docs.rglob(".tmp-*"))
        kill_at += 1 if kill_at < 4 or (total and kill_at > total - 4) else 3
    assert total and total > 40
    assert outcomes == {"old", "new"}


def test_a_killed_dossier_build_leaves_the_last_pages(make_corpus, tmp_path):
    corpus = make_corpus({f"articles/s{i:03d}.md": article(f"s{i:03d}", f"Alpha Corp{i} said it would build plant {i}.")
                          for i in range(40)})
    docs = tmp_path / "docs"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "builder", "build", "--corpus", str(corpus), "--docs", str(docs)]
    assert subprocess.run(cmd, env=env, capture_output=True, timeout=300).returncode == 0
    old = tree(docs)
    for i in range(40):
        (corpus / "articles" / f"s{i:03d}.md").write_text(article(f"s{i:03d}", f"Beta Group{i} said plant {i} would close."))
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while not (docs / STAGING).exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    child.send_signal(signal.SIGKILL)
    child.wait()
    if (docs / JOURNAL).exists():
        recover(docs)
        assert tree(docs) != old
    else:
        assert tree(docs) == old or child.returncode == 0
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert not (docs / STAGING).exists() and not (docs / JOURNAL).exists()
