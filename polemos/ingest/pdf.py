"""PDF files: the text layer (pypdf) and the document information."""
from __future__ import annotations

import io
import logging

from ..errors import IngestError
from .build import Raw


def _info(reader) -> dict:
    try:
        meta = reader.metadata
    except Exception:  # a broken info dictionary must not lose the text
        return {}
    if not meta:
        return {}
    found = {"title": meta.title, "author": meta.author}
    try:
        found["created"] = meta.creation_date
    except Exception:  # malformed date string
        found["created"] = None
    return found


def read_pdf(data: bytes, source: str, doc_id: str, url: str | None = None) -> Raw:
    """A Raw document from PDF bytes; IngestError if encrypted, malformed or textless."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(source, "encrypted PDF (a password is required)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(source, f"malformed PDF: {exc}") from exc
    except Exception as exc:  # pypdf raises assorted errors on damaged files
        raise IngestError(source, f"unreadable PDF: {type(exc).__name__}: {exc}") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise IngestError(source, f"no text layer (scanned PDF?) in {len(pages)} page(s)")
    info = _info(reader)
    return Raw(text=text, source=source, fmt="pdf", doc_id=doc_id, title=info.get("title"),
               author=info.get("author"), url=url, weak_published=info.get("created"))
