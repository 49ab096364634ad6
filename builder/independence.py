"""Moved to `builder.resolve.copies`; kept so that older imports keep working."""

from .resolve.copies import credits, find_copies, resolve_copies

__all__ = ["credits", "find_copies", "resolve_copies"]
