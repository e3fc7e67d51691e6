"""From a reader's raw fields to a finished Document (text, title, date, language, hash)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date

from ..dates import EARLIEST, plausible
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
    warnings: list[str] = field(default_factory=list)  # metadata dropped, said per document


def unpaired_surrogate(raw: Raw) -> str | None:
    """'text' (the field's name) when a field holds a lone UTF-16 surrogate (JSON's "\\ud800"): no text, then."""
    for f in fields(raw):
        value = getattr(raw, f.name)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                return f"{f.name} holds an unpaired surrogate {value[exc.start]!r} at character {exc.start}"
    return None


_ISO_SHAPED = re.compile(r"\s*\d{4}-\d{1,2}-\d{1,2}\b")


def drop_invalid_metadata(raw: Raw) -> None:
    """Metadata that cannot be what it claims is dropped, with a warning: a language that is not a string, a
    publication date that is no date (2021-02-31) or lies outside the plausible window (0001-01-01). A
    free-form date the parser does not read ('20210304') is left to the other sources, silently, as before."""
    if raw.language is not None and not isinstance(raw.language, str):
        raw.warnings.append(f"language {raw.language!r} dropped: not a language code")
        raw.language = None
    for name in ("published", "weak_published"):
        value = getattr(raw, name)
        if value in (None, ""):
            continue
        found = parse_date(value)
        if found is not None and not plausible(found):
            why = f"outside {EARLIEST.year} to a year from today"
        elif found is None and _ISO_SHAPED.match(str(value)):
            why = "not a date"
        else:
            continue
        raw.warnings.append(f"{name} {str(value)[:80]!r} dropped: {why}")
        setattr(raw, name, None)


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
    bad = unpaired_surrogate(raw)
    if bad:
        return IngestError(raw.source, f"not valid Unicode: {bad}")
    drop_invalid_metadata(raw)
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
