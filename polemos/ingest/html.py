"""HTML pages: the main article text (trafilatura) and its metadata."""
from __future__ import annotations

import re

import lxml.html

from ..errors import IngestError
from .build import Raw
from .htmlmeta import page_metadata

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg")
_BLOCKS = ("h1", "h2", "h3", "h4", "p", "li", "blockquote", "pre")


def _tree(html: str, source: str):
    try:
        return lxml.html.fromstring(_XML_DECL.sub("", html))
    except (ValueError, lxml.etree.ParserError) as exc:
        raise IngestError(source, f"unparseable HTML: {exc}") from exc


def simple_text(tree) -> str:
    """Fallback extraction: block elements' text, without navigation and scripts."""
    tree = lxml.html.fromstring(lxml.html.tostring(tree))  # work on a copy
    for el in list(tree.iter(*_DROP)):
        el.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in tree.iter(*_BLOCKS)]
    blocks = [b for b in blocks if b]
    if not blocks:
        body = tree.find(".//body")
        blocks = [" ".join((body if body is not None else tree).text_content().split())]
    return "\n\n".join(blocks)


def main_text(html: str, url: str | None) -> str | None:
    """trafilatura's main-content extraction, precision first."""
    import trafilatura

    return trafilatura.extract(html, url=url, favor_precision=True, include_comments=False,
                               include_tables=False, deduplicate=False)


def _trafilatura_metadata(html: str, url: str | None) -> dict[str, str]:
    import trafilatura

    try:
        meta = trafilatura.extract_metadata(html, default_url=url, extensive=False,
                                            date_config={"extensive_search": False, "original_date": True})
    except Exception:  # trafilatura may fail on odd markup; metadata is optional
        return {}
    if meta is None:
        return {}
    return {k: v for k, v in {"title": meta.title, "author": meta.author, "publisher": meta.sitename,
                              "published": meta.date}.items() if v}


def read_html(html: str, source: str, doc_id: str, url: str | None = None, fmt: str = "html") -> Raw:
    """A Raw document from an HTML page."""
    tree = _tree(html, source)
    meta = page_metadata(tree)
    extra = _trafilatura_metadata(html, url)
    for key in ("title", "author", "publisher"):
        if key in extra:
            meta.setdefault(key, extra[key])
    body = main_text(html, url) or simple_text(tree)
    title = meta.get("title")
    if title and body and not body.lstrip().startswith(title[:60]):
        body = f"{title}\n\n{body}"
    canonical = tree.xpath("string(//link[@rel='canonical']/@href)") or None
    return Raw(text=body or "", source=source, fmt=fmt, doc_id=doc_id, title=title,
               author=meta.get("author"), publisher=meta.get("publisher"),
               published=meta.get("published"), url=url or canonical,
               weak_published=extra.get("published"),  # htmldate may read it from the page text
               language=(tree.get("lang") or None) if tree.tag == "html" else None)
