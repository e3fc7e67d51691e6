"""Ingestion: paths (files, folders) and URLs in, Documents out.

`read_sources` never raises for a bad input: it yields an IngestError (or a
SkippedInput for deliberate skips) in that input's place and goes on.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from ..errors import IngestError, SkippedInput
from ..model import Document
from .build import Raw, finish
from .dates import detect_published, parse_date
from .identity import clean_text, content_hash, normalise, slugify, url_slug
from .sources import Reader

__all__ = ["read_sources", "content_hash", "normalise", "clean_text", "detect_published",
           "parse_date", "url_slug", "slugify", "IngestError", "SkippedInput"]


def read_sources(sources: Iterable[str], *, published: date | None = None,
                 max_bytes: int = 20_000_000, timeout: float = 20.0,
                 english_only: bool = True) -> Iterator[Document | IngestError]:
    """One Document per article found in `sources`, or an IngestError per bad input.

    Sources are file paths, folders (read recursively, hidden files skipped) or
    http(s) URLs. `published` overrides every document's publication date.
    """
    reader = Reader(max_bytes=max_bytes, timeout=timeout)
    try:
        for source in sources:
            source = str(source)
            try:
                for item in reader.read(source):
                    if isinstance(item, Raw):
                        yield finish(item, published=published, english_only=english_only)
                    else:
                        yield item
            except Exception as exc:  # one bad input never stops the batch
                yield IngestError(source, f"unexpected error: {type(exc).__name__}: {exc}")
    finally:
        reader.close()
