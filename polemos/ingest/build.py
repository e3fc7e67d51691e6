"""From a reader's raw fields to a finished Document (text, title, date, language, hash)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..errors import IngestError, SkippedInput
from ..model import Document
from .dates import date_precision, dateline_date, detect_published, parse_date
from .identity import clean_text, content_hash, safe_doc_id
from .language import non_english

TITLE_MAX = 200


@dataclass
class Raw:
    """What a reader found, before cleaning and detection."""

    text: str
    source: str
    fmt: str
    doc_id: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: object = None        # a metadata value (date, datetime or string)
    url: str | None = None
    language: str | None = None     # as declared by the source
    weak_published: object = None   # e.g. a PDF creation date: used only when the text has none


def title_from_text(text: str) -> str | None:
    """The first non-empty line, when it looks like a headline (short, no final period)."""
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line if len(line) < TITLE_MAX and not line.endswith(".") else None
    return None


def _str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v).strip() for v in value if v)
    text = " ".join(str(value).split())
    return text or None


def publication(raw: Raw, text: str, override: date | None) -> tuple[date | None, str | None]:
    """(date, source): override > metadata > byline in the text > weak metadata > inferred."""
    if override:
        return override, "override"
    found = parse_date(raw.published)
    if found:
        return found, "metadata"
    found, how = detect_published(text)
    if how == "text":
        return found, how
    weak = parse_date(raw.weak_published)
    dateline = dateline_date(text, weak) if weak else None
    if dateline:
        return dateline, "text"               # the text's dateline outranks file metadata
    if weak:
        return weak, "metadata"
    return found, how


def finish(raw: Raw, *, published: date | None = None,
           english_only: bool = True) -> Document | IngestError:
    """A Document, or the IngestError/SkippedInput saying why there is none."""
    text = clean_text(raw.text or "")
    if not text.strip():
        return IngestError(raw.source, "no text found")
    code, reason = non_english(text, raw.language)
    if reason and english_only:
        return SkippedInput(raw.source, reason)
    when, how = publication(raw, text, published)
    digest = content_hash(text)
    exact = "day" if how != "metadata" or published else date_precision(raw.published or raw.weak_published)
    return Document(
        doc_id=safe_doc_id(raw.doc_id, fallback=f"doc-{digest[:12]}"), text=text,
        title=_str(raw.title) or title_from_text(text),
        author=_str(raw.author), publisher=_str(raw.publisher),
        published=when, published_source=how if when else None, published_precision=exact,
        url=_str(raw.url), language=code, source=raw.source, fmt=raw.fmt,
        content_hash=digest,
    )


__all__ = ["Raw", "finish", "title_from_text"]
