"""`dossier ingest`: bring raw text, web pages and Markdown into the corpus.

`run` holds the stages in order (read, find duplicates, clean, metadata, id, write); `clean`
holds the named boilerplate rules; `read` decodes files and extracts web pages' main text;
`metadata`, `ids` and `dedupe` are the smaller steps; `cli` prints what happened.
"""

from .clean import RULES
from .run import FileResult, Ingester, Options, gather

__all__ = ["RULES", "FileResult", "Ingester", "Options", "gather"]
