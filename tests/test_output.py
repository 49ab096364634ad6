import builtins
import json
import os

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


def _backdate(docs, seconds=60):
    """Make every file in `docs` look written `seconds` ago (older than output.RACY)."""
    for path in docs.rglob("*"):
        if path.is_file():
            st = path.stat()
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - seconds * 10 ** 9))


def test_files_recorded_as_written_are_not_read_again(tmp_path, monkeypatch):
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    pages = {f"actors/{k}.md": f"Page {k}\n" for k in range(20)}
    write_pages(docs, pages, cache)
    _backdate(docs)
    write_pages(docs, pages, cache)                 # records them, now that they are old enough
    opened = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)
    monkeypatch.setattr(builtins, "open", spy)
    report = write_pages(docs, {**pages, "actors/3.md": "Page three\n"}, cache)
    monkeypatch.undo()
    assert report.written == ["actors/3.md"] and len(report.unchanged) == 19
    assert not [path for path in opened if path.startswith(str(docs / "actors"))]


def test_a_generated_file_changed_by_hand_is_written_again_whatever_the_record_says(tmp_path):
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    pages = {"a.md": "Alpha\n", "b.md": "Bravo\n", "c.md": "Charlie\n"}
    write_pages(docs, pages, cache)
    _backdate(docs)
    write_pages(docs, pages, cache)
    (docs / "a.md").write_text("Alpha?\n")                  # another size
    (docs / "b.md").write_text("BRAVO\n")                   # the same size, another time
    st = (docs / "c.md").stat()
    (docs / "c.new").write_text("CHARLIE\n")               # a new file put in its place: the same size
    os.utime(docs / "c.new", ns=(st.st_atime_ns, st.st_mtime_ns))   # and time, but another inode
    os.replace(docs / "c.new", docs / "c.md")
    assert write_pages(docs, pages, cache).written == ["a.md", "b.md", "c.md"]
    assert {p: (docs / p).read_text() for p in pages} == pages


def test_a_file_changed_within_a_clock_tick_of_its_writing_is_not_missed(tmp_path):
    """A file is recorded only once it is older than RACY: a change made within the file system's
    clock tick of the build's own write leaves its time as it was, and must still be seen."""
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    pages = {"a.md": "Alpha\n"}
    write_pages(docs, pages, cache)
    st = (docs / "a.md").stat()
    with open(docs / "a.md", "r+b") as handle:             # in place: the same inode
        handle.write(b"ALPHA\n")
    os.utime(docs / "a.md", ns=(st.st_atime_ns, st.st_mtime_ns))
    assert write_pages(docs, pages, cache).written == ["a.md"]
    assert (docs / "a.md").read_text() == "Alpha\n"


def test_a_damaged_record_of_what_was_written_changes_nothing_but_time(tmp_path):
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    pages = {"a.md": "Alpha\n", "b.md": "Bravo\n"}
    write_pages(docs, pages, cache)
    _backdate(docs)
    write_pages(docs, pages, cache)
    record = cache / "written.json"
    data = json.loads(record.read_text())
    for damaged in (json.dumps({**data, "entries": {k: [1, 2] for k in data["entries"]}}),
                    json.dumps({**data, "entries": {k: [*v[:3], "0" * 40] for k, v in data["entries"].items()}}),
                    json.dumps({**data, "entries": {k: "x" for k in data["entries"]}}), "\x00{not json"):
        record.write_text(damaged)
        (docs / "a.md").write_text("ALPHA\n")
        _backdate(docs)
        write_pages(docs, pages, cache)
        assert {p: (docs / p).read_text() for p in pages} == pages
