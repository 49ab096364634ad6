import pytest

from builder.errors import BuildError
from builder.output import MANIFEST, stale_files, write_pages


def test_writes_only_changed_files_and_removes_stale_ones(tmp_path):
    docs = tmp_path / "docs"
    first = write_pages(docs, {"a.md": "A\n", "x/b.md": "B\n"})
    assert first.written == ["a.md", "x/b.md"]
    before = (docs / "a.md").stat().st_mtime_ns
    second = write_pages(docs, {"a.md": "A\n", "c.md": "C\n"})
    assert (second.written, second.unchanged, second.removed) == (["c.md"], ["a.md"], ["x/b.md"])
    assert (docs / "a.md").stat().st_mtime_ns == before
    assert not (docs / "x").exists()
    assert (docs / MANIFEST).read_text() == "a.md\nc.md\n"


def test_hand_written_page_in_the_way_is_never_overwritten(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("mine\n")
    with pytest.raises(BuildError) as info:
        write_pages(docs, {"about.md": "generated\n", "b.md": "B\n"})
    assert "a file the builder did not write is where a generated page goes" in str(info.value)
    assert (docs / "about.md").read_text() == "mine\n"
    assert not (docs / "b.md").exists()


def test_hand_written_pages_beside_generated_ones_are_left_alone(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "method.md").write_text("mine\n")
    write_pages(docs, {"a.md": "A\n"})
    write_pages(docs, {})
    assert (docs / "method.md").read_text() == "mine\n" and not (docs / "a.md").exists()


def test_stale_files_lists_differences(tmp_path):
    docs = tmp_path / "docs"
    write_pages(docs, {"a.md": "A\n", "b.md": "B\n"})
    assert stale_files(docs, {"a.md": "A\n", "b.md": "B\n"}) == []
    assert stale_files(docs, {"a.md": "A2\n", "c.md": "C\n"}) == ["a.md", "b.md", "c.md"]


def test_pages_kept_as_bytes_read_and_write_as_their_texts(tmp_path):
    from builder.output import Pages
    pages = Pages()
    pages["index.md"] = "# Kyiv’s “denial”\n"
    pages["actors/a.md"] = "A\n"
    assert pages["index.md"] == "# Kyiv’s “denial”\n" and pages.raw("index.md") == "# Kyiv’s “denial”\n".encode()
    assert dict(pages) == {"index.md": "# Kyiv’s “denial”\n", "actors/a.md": "A\n"}
    report = write_pages(tmp_path, pages)
    assert sorted(report.written) == ["actors/a.md", "index.md"]
    assert (tmp_path / "index.md").read_text("utf-8") == "# Kyiv’s “denial”\n"
    assert stale_files(tmp_path, pages) == [] and write_pages(tmp_path, pages).written == []
