import markdown
import pytest

from builder.render.text import md_escape, safe_url

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "{{ 7*7 }} {% if x %}",
    "**bold** _em_ `code` # heading",
    "- not a list",
    "1. not a list",
    "| not | a table |",
    "[^1] footnote and {: #id .class } attributes",
    "!!! note \"not an admonition\"",
    "&amp; stays &amp;",
]
EXTENSIONS = ["abbr", "admonition", "attr_list", "footnotes", "md_in_html", "tables", "pymdownx.superfences"]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_the_characters_typed(text):
    html = markdown.markdown(md_escape(text), extensions=EXTENSIONS)
    assert html.startswith("<p>") and html.endswith("</p>")
    inner = html[3:-4]
    assert "<" not in inner.replace("&lt;", ""), html
    import html as htmllib
    assert htmllib.unescape(inner) == text


def test_safe_url_only_keeps_http_links():
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://a.example/x y") is None
    assert safe_url("https://a.example/a(b)") == "https://a.example/a%28b%29"
