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


def test_lines_are_joined_at_every_kind_of_white_space_and_lose_control_characters():
    import random
    import re
    from builder.render.text import clip, one_line
    space, control = re.compile(r"\s+"), re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
    pool = [*" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000\x00\x07\x9f", "a", "Z", "é", "’"]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 10)))
        assert one_line(text) == space.sub(" ", control.sub("", text)).strip()
        assert clip(text, 1000) == space.sub(" ", text).strip()
