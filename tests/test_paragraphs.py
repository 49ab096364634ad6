from builder.paragraphs import find_quote, normalise, split_paragraphs


def test_blocks_become_numbered_paragraphs_with_their_lines():
    body = "First line\nwraps here.\n\n\nSecond one.\n"
    paragraphs = split_paragraphs(body, first_line=10)
    assert [(p.id, p.text, p.line) for p in paragraphs] == [
        ("p1", "First line wraps here.", 10), ("p2", "Second one.", 14)]


def test_quotes_match_across_typographic_quotes_and_whitespace():
    text = "He said “we   don’t know”  today."
    assert find_quote('said "we don\'t know" today', text) == (3, len(text) - 1)
    assert text[slice(*find_quote("don't", text))] == "don’t"
    assert find_quote("we do know", text) is None
    assert find_quote("", text) is None


def test_normalise():
    assert normalise(" “a”\n ‘b’ ") == "\"a\" 'b'"
