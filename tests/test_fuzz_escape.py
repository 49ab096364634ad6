"""Fuzz every escaping context of builder/render/text.py through a real Markdown render.

Strings are built from Markdown and HTML syntax (brackets, quotes, pipes, braces, `!!!`, `???`,
`[^`, `*[`, `<`, `&`, backticks, newlines) and rendered with the extensions `mkdocs.yml` lists.
In every context the visible text must equal the input (on one line, control characters
dropped) and no element or attribute may appear that the snippet did not write itself.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.render.text import attr_escape, escape_inline, md_escape, one_line, safe_url

ROOT = Path(__file__).resolve().parent.parent

TOKENS = ["[", "]", "(", ")", "'", '"', "|", "{", "}", "{:", "!!!", "???", "???+", "[^", "[^1]", "]:",
          "*[", "*", "_", "<", ">", "&", "&amp;", "&#x3C;", "`", "```", "~~~", "\n", "\n\n", "    ", " ",
          "#", "-", "+", "=", "1.", ":", "\\", "^", "!", "?", "a", "b", "x", "javascript:", "alert(1)",
          "<script>", "</script>", "<img src=x onerror=alert(1)>", "onclick=", "markdown=\"1\"", "<div",
          "{{", "}}", "{%", "%}", "\u202e", "\u200b", "\x02", "\x03", "é", "—", "https://a.example/"]
hostile = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=3)), max_size=12).map("".join)
FUZZ = settings(max_examples=250, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


def _extensions():
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    names, configs = [], {}
    for item in config["markdown_extensions"]:
        if isinstance(item, dict):
            (name, options), = item.items()
            names.append(name)
            configs[name] = options or {}
        else:
            names.append(item)
    return names, configs


NAMES, CONFIGS = _extensions()


def render(text: str) -> str:
    return markdown.markdown(text, extensions=NAMES, extension_configs=CONFIGS)


class Tree(HTMLParser):
    """Every element (tag, attrs) and the visible text, skipping toc's permalink anchors."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._skip = 0
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if self._skip or "headerlink" in (attrs.get("class") or ""):
            self._skip += 1

    def handle_endtag(self, tag):
        if self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return "".join(self.text)


def expected(text: str) -> str:
    return one_line(text)


def check(snippet: str, text: str, tags: list[str], shown: str | None = None) -> Tree:
    tree = Tree(render(snippet))
    assert [t for t, _ in tree.elements] == tags, (snippet, render(snippet))
    if shown is not None:
        assert " ".join(tree.visible.split()) == shown, (snippet, render(snippet))
    return tree


@FUZZ
@given(hostile)
def test_body_line(text):
    want = expected(text)
    check(md_escape(text), text, ["p"] if want else [], want)


@FUZZ
@given(hostile)
def test_inline_piece_and_list_item(text):
    snippet = "- before " + escape_inline(one_line(text)) + " after"
    tree = check(snippet, text, ["ul", "li"])
    assert " ".join(tree.visible.split()) == " ".join(f"before {one_line(text)} after".split())


@FUZZ
@given(hostile)
def test_heading(text):
    want = expected(text)
    if not want:
        return
    tree = Tree(render("# " + md_escape(text)))
    assert [t for t, _ in tree.elements] == ["h1", "a"], render("# " + md_escape(text))
    assert " ".join(tree.visible.split()) == want


def _tooltip_text(title: str) -> str:
    """What Material's tooltip shows: the decoded title attribute, parsed again as HTML."""
    inner = Tree(title)
    assert inner.elements == [], f"the tooltip would contain markup: {title!r}"
    return inner.visible


@FUZZ
@given(hostile, hostile)
def test_link_text_and_title(text, title):
    want_text = expected(text) or "x"
    snippet = f"See [{md_escape(text) or 'x'}](x.md \"{attr_escape(title)}\") here"
    tree = check(snippet, text, ["p", "a"], f"See {want_text} here")
    attrs = tree.elements[1][1]
    assert attrs["href"] == "x.md"
    assert set(attrs) == {"href", "title"}
    assert _tooltip_text(attrs["title"]) == expected(title)


@FUZZ
@given(hostile, hostile, hostile)
def test_table_cells(a, b, title):
    cells = [md_escape(a) or "-x", f"[{md_escape(b) or 'y'}](y.md \"{attr_escape(title)}\")"]
    snippet = "| A | B |\n| --- | --- |\n| " + " | ".join(cells) + " |\n"
    tree = Tree(render(snippet))
    tags = [t for t, _ in tree.elements]
    assert tags == ["table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td", "a"], (snippet, render(snippet))
    assert " ".join(tree.visible.split()) == " ".join(f"A B {expected(a) or '-x'} {expected(b) or 'y'}".split())
    assert _tooltip_text(tree.elements[-1][1]["title"]) == expected(title)


@FUZZ
@given(hostile)
def test_footnote_and_admonition_body(text):
    want = expected(text)
    if not want:
        return
    tree = Tree(render(f"Text[^1]\n\n[^1]: “{md_escape(text)}” — [Outlet](s.md#p1)\n"))
    tags = [t for t, _ in tree.elements]
    assert tags == ["p", "sup", "a", "div", "hr", "ol", "li", "p", "a", "a"], tags
    assert want in " ".join(tree.visible.split())
    tree = Tree(render(f'!!! warning "Contested"\n    {md_escape(text)}\n'))
    assert [t for t, _ in tree.elements] == ["div", "p", "p"]
    assert " ".join(tree.visible.split()) == f"Contested {want}"


@FUZZ
@given(hostile)
def test_link_target(url):
    out = safe_url(url)
    if out is None:
        return
    tree = check(f"[x]({out})", url, ["p", "a"], "x")
    assert tree.elements[1][1]["href"].lower().startswith(("http://", "https://"))


def test_an_article_text_holding_the_footnotes_marker_does_not_move_the_footnotes():
    marker = "///Footnotes Go Here///"
    out = render(f"{md_escape('See ' + marker + ' here')}[^1]\n\nMore.\n\n[^1]: A note.\n")
    assert out.index("More.") < out.index('class="footnote"')
    assert "See " + marker + " here" in html.unescape(out)


def test_the_cases_the_fuzzer_found():
    for text in ["??? Z", "???+ note", "^[r]:", "'", "|", "a' 'b') [click](javascript:alert(1))",
                 "x | [click](javascript:alert(1))", "~~~", "=== ", "\x02wzxhzdk:0\x03"]:
        test_body_line.hypothesis.inner_test(text)
        test_link_text_and_title.hypothesis.inner_test(text, text)
        test_table_cells.hypothesis.inner_test(text, text, text)
