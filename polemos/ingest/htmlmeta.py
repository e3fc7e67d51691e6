"""Article metadata from HTML: meta tags, <time> elements and JSON-LD."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

_TITLE_SEP = re.compile(r"\s+[|\u2013\u2014-]\s+|\s+::\s+")
DATE_KEYS = ("article:published_time", "og:published_time", "og:article:published_time",
             "datepublished", "pubdate", "publishdate", "publish-date", "publication_date",
             "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date",
             "parsely-pub-date", "sailthru.date", "citation_publication_date", "citation_date")
TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline")
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
PUBLISHER_KEYS = ("og:site_name", "application-name", "dc.publisher", "publisher")


def meta_tags(tree) -> dict[str, str]:
    """{lower-cased name/property/itemprop: content}, first occurrence wins."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), value.strip())
    for el in tree.iter("time"):
        value = el.get("datetime")
        if value and (el.get("itemprop", "").lower() == "datepublished" or el.get("pubdate") is not None):
            found.setdefault("datepublished", value.strip())
    return found


def _first(tags: dict[str, str], keys: tuple[str, ...], no_urls: bool = False) -> str | None:
    for key in keys:
        value = tags.get(key)
        if value and not (no_urls and value.startswith(("http://", "https://"))):
            return value
    return None


def _walk(node: Any) -> Iterator[dict]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        yield node
        if "@graph" in node:
            yield from _walk(node["@graph"])


def _is_article(node: dict) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report")) for k in kinds)


def _name(value: Any) -> str | None:
    """A name from a JSON-LD Person/Organization, a list of them, or a string."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def json_ld(tree) -> dict[str, str]:
    """title/author/publisher/published of the first Article-like JSON-LD node."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for node in _walk(data):
            if _is_article(node):
                fields = {"title": _name(node.get("headline") or node.get("name")),
                          "author": _name(node.get("author")),
                          "publisher": _name(node.get("publisher")),
                          "published": node.get("datePublished") or node.get("dateCreated")}
                return {k: v for k, v in fields.items() if isinstance(v, str) and v}
    return {}


def _clean_title(title: str) -> str:
    """'Headline | Site name' -> 'Headline' (the longest segment)."""
    parts = [p.strip() for p in _TITLE_SEP.split(title) if p.strip()]
    return max(parts, key=len) if parts else title.strip()


def page_title(tree) -> str | None:
    """The first <h1> when short, else the <title> without the site name."""
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        if 0 < len(text) < 200:
            return text
        break
    el = tree.find(".//title")
    text = " ".join(el.text_content().split()) if el is not None else ""
    return _clean_title(text) if text else None


def page_metadata(tree) -> dict[str, str]:
    """title, author, publisher, published found in the page's markup (JSON-LD first)."""
    tags = meta_tags(tree)
    found = json_ld(tree)
    fallbacks = {"title": _first(tags, TITLE_KEYS) or page_title(tree),
                 "author": _first(tags, AUTHOR_KEYS, no_urls=True),
                 "publisher": _first(tags, PUBLISHER_KEYS),
                 "published": _first(tags, DATE_KEYS)}
    for key, value in fallbacks.items():
        if value and not found.get(key):
            found[key] = value
    return found
