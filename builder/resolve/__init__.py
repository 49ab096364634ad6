"""The stage across articles: what no single article can say on its own (copy families so far)."""

from .copies import credits, find_copies, resolve_copies

__all__ = ["credits", "find_copies", "resolve_copies"]
