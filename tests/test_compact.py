"""Built pages lose the theme's indentation and blank lines, never whitespace that shows."""

from builder.render.compact import compact


def test_indentation_and_blank_lines_go():
    assert compact("<div>\n    <p>a\n      b</p>\n\n\n  </div>") == "<div>\n<p>a\nb</p>\n</div>"


def test_preformatted_text_keeps_its_whitespace():
    html = '<div>\n  <pre class="x">line\n    indented\n\n</pre>\n  <TEXTAREA>\n  typed</TEXTAREA>\n</div>'
    assert compact(html) == '<div>\n<pre class="x">line\n    indented\n\n</pre>\n<TEXTAREA>\n  typed</TEXTAREA>\n</div>'
