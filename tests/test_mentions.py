"""Finding actors' names in text (builder/resolve/mentions.py): the trie-shaped pattern finds
exactly what one alternation of every name, longest first, finds, and so does a pattern of only
the names that may be in the texts searched."""

import re

from hypothesis import given, settings, strategies as st

from builder.resolve.mentions import Names, _name_pattern

# Few letters, so names share prefixes and nest ("Ab", "Ab C", "Abc"); punctuation a regex reads.
NAME = st.text(alphabet="AaBb .-'(é", min_size=1, max_size=8).filter(lambda n: n.strip() == n and n)
TEXT = st.text(alphabet="AaBb .-'(é,x", max_size=60)


def flat(names):
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@settings(max_examples=400, deadline=None)
@given(st.sets(NAME, min_size=1, max_size=12), st.lists(TEXT, max_size=4))
def test_the_trie_finds_what_the_alternation_finds(names, texts):
    trie, plain = _name_pattern(frozenset(names)), flat(names)
    for text in texts + [" ".join(sorted(names))]:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_longer_name_wins_and_a_name_stops_at_a_word_boundary():
    pattern = _name_pattern(frozenset({"Iran", "Iran Air", "Iraq"}))
    assert [m.group() for m in pattern.finditer("Iran Air and Iraq, not Iranian or Iran Airways; Iran.")] \
        == ["Iran Air", "Iraq", "Iran", "Iran"]      # "Iran Airways" names Iran, not Iran Air


def _spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


@settings(max_examples=400, deadline=None)
@given(st.sets(NAME, min_size=1, max_size=12), st.lists(TEXT, max_size=4))
def test_a_pattern_of_the_names_that_may_be_in_some_texts_finds_what_every_name_finds(names, texts):
    every = Names(dict.fromkeys(names, "x")).every()
    for text in texts + [" ".join(sorted(names)), "(".join(sorted(names))]:
        some = Names(dict.fromkeys(names, "x")).pattern([text, "unrelated words"])
        assert _spans(some, text) == _spans(every, text)


def test_a_pattern_for_some_texts_is_of_the_names_in_them():
    names = Names(dict.fromkeys(["Iran", "Iran Air", "Iraq", "(Iraq)", "Aer Iran", "Irani"], "x"))
    pattern = names.pattern(["Iran Air and Iraq (Iraq)."])
    assert pattern.pattern == Names(dict.fromkeys(["Iran", "Iran Air", "Iraq", "(Iraq)"], "x")).every().pattern
    assert [m.group() for m in pattern.finditer("Iran Air and Iraq (Iraq).")] == ["Iran Air", "Iraq", "(Iraq)"]
