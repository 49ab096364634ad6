"""Byte-identical output past the sample: a generated corpus of 120 short articles, built by
`mkdocs build` (the hook runs the builder) with PYTHONHASHSEED=1 and =2, gives the same docs/
and site/. Set iteration order is the usual culprit (ties broken by whatever order a set gives).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from conftest import copy_project

PEOPLE = ["Mara Vell", "Tomas Quade", "Ilse Brandt", "Oren Salk", "Pia Lund", "Jules Karr", "Nadia Orsk",
          "Felix Dorn", "Greta Holm", "Ivo Prast"]
ORGS = ["Northport Authority", "Coastal Trust", "Blue Line Shipping", "Harbor Union", "Delta Council",
        "Ridge Energy"]
PLACES = ["Northport", "Eastbay", "Lindholm", "Carvik"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
VERBS = ["said", "denied", "confirmed", "told reporters", "disputed reports"]


def generated_corpus(corpus: Path, n: int = 120) -> None:
    """Short articles that share actors, dates and statements, so ties are everywhere."""
    rng = random.Random(12)
    articles = corpus / "articles"
    for old in articles.glob("*.md"):
        old.unlink()
    for old in (corpus / "curation").glob("*.yaml"):
        old.unlink()
    for i in range(n):
        person, other = rng.sample(PEOPLE, 2)
        org, org2 = rng.sample(ORGS, 2)
        month, day, place = rng.choice(MONTHS), rng.randint(1, 28), rng.choice(PLACES)
        paragraphs = [
            f"{person}, a spokesperson for the {org}, {rng.choice(VERBS)} that the {org2} signed a deal "
            f"in {place} on {month} {day}, 2024.",
            f"{other} said the {org} would open a new berth in {rng.choice(MONTHS)} 2025, according to the {org2}.",
            f"The {org2} declined to comment on the talks held in {place} on {month} {day}, 2024.",
        ]
        (articles / f"gen-{i:03d}.md").write_text(
            f"---\ntitle: \"Report {i} on the {org} and the {org2}\"\noutlet: \"Outlet {i % 7}\"\n"
            f"url: https://example.org/{i}\npublished: \"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\"\n"
            "---\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8")
    (corpus / "dossier.yaml").write_text("title: Generated dossier\n", "utf-8")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def build(project: Path, seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed, "NO_MKDOCS_2_WARNING": "1",
           "DOSSIER_CACHE": str(project / f".cache-{seed}")}
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(project / "site")], cwd=project,
                         env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]


def test_two_hash_seeds_give_byte_identical_docs_and_site(tmp_path):
    one, two = copy_project(tmp_path / "one"), copy_project(tmp_path / "two")
    for project in (one, two):
        generated_corpus(project / "corpus")
    build(one, "1")
    build(two, "2")
    docs_one, docs_two = tree(one / "docs"), tree(two / "docs")
    assert sum(1 for p in docs_one if p.startswith("sources/")) > 100
    differ = sorted(p for p in docs_one.keys() | docs_two.keys() if docs_one.get(p) != docs_two.get(p))
    assert not differ, differ[:20]
    site_one, site_two = tree(one / "site"), tree(two / "site")
    differ = sorted(p for p in site_one.keys() | site_two.keys() if site_one.get(p) != site_two.get(p))
    assert not differ, differ[:20]


def test_hash_seeds_do_not_change_which_statement_leads_a_claim(tmp_path):
    """Benchmark-like articles (scripts/bench_scale.py: the sample's paragraphs, invented names,
    rewrites) built under four hash seeds give the same dossier.json. A statement's weight was a
    float sum over a set of terms, whose last bits followed the seed; two statements then tied
    one way or the other, and 15 pages changed between seeds 1 and 4."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from bench_scale import synthetic, write
    write(tmp_path, synthetic(200))
    (tmp_path / "corpus" / "dossier.yaml").write_text("title: Seeds\n", encoding="utf-8")
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "DOSSIER_CACHE": str(tmp_path / "cache")}
        docs = tmp_path / f"docs-{seed}"
        subprocess.run([sys.executable, "-m", "builder", "build", "--corpus", str(tmp_path / "corpus"),
                        "--docs", str(docs)], check=True, env=env, capture_output=True)
        outputs.add((docs / "dossier.json").read_bytes())
    assert len(outputs) == 1
