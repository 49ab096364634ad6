"""Walking a parse tree without recursion.

spaCy's `Token.subtree` is a recursive generator: on a pathologically deep parse (one 40,000-word
"sentence") it costs time quadratic in the depth and can overflow the C stack. `subtree(tok)`
gives the same tokens, in document order, with an explicit stack: time linear in its size.
"""

from __future__ import annotations


def subtree(tok) -> list:
    """`tok` and every token below it in the parse, in document order."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(t.children)
    out.sort(key=lambda t: t.i)
    return out
