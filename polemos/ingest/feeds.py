"""RSS/Atom feeds: one document per entry, from its own text or from its link."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import lxml.html

from ..errors import IngestError
from .build import Raw
from .html import simple_text
from .identity import slugify, url_slug

MIN_ENTRY_CHARS = 500
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)


@dataclass
class FeedLink:
    """An entry too short to stand alone: its link is to be fetched as a page."""

    link: str
    doc_id: str
    source: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: date | None = None


def is_feed(data: bytes) -> bool:
    """Whether the document's root element (in its first 2 KB) is rss, feed or rdf:RDF."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return bool(_FEED_ROOT.search(head))


def _entry_text(entry) -> str:
    parts = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    html = max(parts, key=len) if parts else entry.get("summary", "")
    if not html or not html.strip():
        return ""
    if "<" not in html:
        return html.strip()
    return simple_text(lxml.html.fragment_fromstring(html, create_parent="div"))


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def read_feed(data: bytes, source: str, stem: str) -> Iterator[Raw | FeedLink | IngestError]:
    """Entries with more than MIN_ENTRY_CHARS of text become Raw; the others FeedLinks."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"not a readable feed ({parsed.get('bozo_exception')})" if parsed.get("bozo") else \
            "feed has no entries"
        yield IngestError(source, reason)
        return
    publisher = parsed.feed.get("title")
    for index, entry in enumerate(parsed.entries):
        link, title = entry.get("link"), entry.get("title")
        doc_id = url_slug(link) if link else (slugify(title) if title else "") or f"{stem}-{index}"
        where = f"{source}#{index}"
        text = _entry_text(entry)
        published, author = _entry_date(entry), entry.get("author")
        if len(text) > MIN_ENTRY_CHARS:
            if title and not text.startswith(title[:60]):
                text = f"{title}\n\n{text}"
            yield Raw(text=text, source=where, fmt="rss", doc_id=doc_id, title=title, author=author,
                      publisher=publisher, published=published, url=link)
        elif link and link.startswith(("http://", "https://")):
            yield FeedLink(link=link, doc_id=doc_id, source=where, title=title, author=author,
                           publisher=publisher, published=published)
        else:
            yield IngestError(where, f"entry text is too short ({len(text)} chars) and it has no http link")
