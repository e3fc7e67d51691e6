"""Polemos: news articles on armed conflict -> a sourced conflict knowledge base.

    import polemos
    kb = polemos.open("polemos.db")            # a SQLite path or a postgresql:// URL
    kb.ingest(["articles/", "https://example.org/story.html"])
    kb.events(actor="ISIS-K", since="2021-08")  # canonical events; .to_pandas(), .to_geopandas()

See polemos.api for every method; the command line (`polemos --help`) mirrors it.
"""
from __future__ import annotations

__version__ = "0.1.0"


def open(db=None, *, create: bool = True):
    """The knowledge base at `db` (polemos.api.open): a SQLite path, ":memory:" or a postgresql:// URL."""
    from .api import open as open_kb
    return open_kb(db, create=create)


def example_corpus():
    """The bundled example corpus (five articles on the Taliban and ISIS-K, 2021-2024), as a path."""
    from .demo import corpus_path
    return corpus_path()


__all__ = ["__version__", "example_corpus", "open"]
