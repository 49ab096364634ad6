"""Per-article extractors: pure functions of one source (and, for mentions, the known actors)."""
