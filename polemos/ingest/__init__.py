"""Ingestion: paths (files, folders) and URLs in, Documents out.

`read_sources` never raises for a bad input: it yields an IngestError (or a
SkippedInput for deliberate skips) in that input's place and goes on.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from ..errors import IngestError, IngestWarning, SkippedInput
from ..model import Document
from .build import Raw, finish
from .dates import detect_published, parse_date
from .identity import clean_text, content_hash, normalise, slugify, url_slug
from .sources import Reader

__all__ = ["read_sources", "content_hash", "normalise", "clean_text", "detect_published",
           "parse_date", "url_slug", "slugify", "IngestError", "SkippedInput"]


def read_sources(sources: Iterable[str], *, published: date | None = None,
                 max_bytes: int = 20_000_000, timeout: float = 20.0,
                 english_only: bool = True, follow_symlinks: bool = False) -> Iterator[Document | IngestError]:
    """One Document per article found in `sources`, or an IngestError per bad input (naming its file and line
    or record), and an IngestWarning before a document whose invalid metadata was dropped.

    Sources are file paths, folders (read recursively, hidden files skipped, symbolic links leading out of
    the folder skipped unless `follow_symlinks`) or http(s) URLs. `published` overrides every document's
    publication date.
    """
    reader = Reader(max_bytes=max_bytes, timeout=timeout, follow_symlinks=follow_symlinks)
    try:
        for source in sources:
            source = str(source)
            try:
                for item in reader.read(source):
                    if isinstance(item, Raw):
                        yield from _finished(item, published, english_only)
                    else:
                        yield item
            except Exception as exc:  # one bad input never stops the batch
                yield IngestError(source, f"unexpected error: {type(exc).__name__}: {exc}")
    finally:
        reader.close()


def _finished(raw: Raw, published: date | None, english_only: bool) -> Iterator[Document | IngestError]:
    """The warnings about one record, then its Document or error: one record's fault is its own."""
    try:
        done = finish(raw, published=published, english_only=english_only)
    except Exception as exc:
        done = IngestError(raw.source, f"unexpected error: {type(exc).__name__}: {exc}")
    for warning in raw.warnings:
        yield IngestWarning(raw.source, warning)
    yield done
