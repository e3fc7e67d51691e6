"""PDF files: the text layer (pypdf) and the document information."""
from __future__ import annotations

import io
import logging
import re
import statistics

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


def unwrap(page: str) -> str:
    """Join the hard-wrapped lines of a PDF page into paragraphs.

    A line is joined to the next unless it is short (under 60% of the page's typical
    line width: a paragraph end or a heading) or the next line is empty. A hyphen at
    the end of a line before a lower-case letter is a word break and is removed.
    """
    lines = [line.strip() for line in page.split("\n")]
    lengths = [len(line) for line in lines if len(line) > 20]
    if len(lengths) < 2:
        return "\n".join(lines)
    width = statistics.median(lengths)
    out: list[str] = []
    for line, nxt in zip(lines, lines[1:] + [""]):
        out.append(line)
        if not line or not nxt or len(line) < 0.6 * width:
            out.append("\n")
        elif line.endswith("-") and nxt[0].islower() and line[-2:-1].isalpha():
            out[-1] = line[:-1]
        elif not line.endswith("-"):
            out.append(" ")
    return re.sub(r"\n{3,}", "\n\n", "".join(out)).strip()


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
    text = "\n\n".join(unwrap(p) for p in pages if p.strip())
    if not text:
        raise IngestError(source, f"no text layer (scanned PDF?) in {len(pages)} page(s)")
    info = _info(reader)
    return Raw(text=text, source=source, fmt="pdf", doc_id=doc_id, title=info.get("title"),
               author=info.get("author"), url=url, weak_published=info.get("created"))
