"""Plain text and Markdown files, with optional YAML front matter."""
from __future__ import annotations

import re

import yaml

from ..errors import IngestError
from .build import Raw

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
FIELDS = ("title", "author", "publisher", "published", "url")
_ALIASES = {"date": "published", "published_at": "published", "publication_date": "published",
            "authors": "author", "source": "publisher", "site": "publisher", "link": "url"}


def split_front_matter(text: str, source: str) -> tuple[dict, str]:
    """(metadata, body) of a text that may open with YAML between --- lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        raise IngestError(source, f"malformed YAML front matter: {exc}") from exc
    if not isinstance(meta, dict):
        return {}, text  # a --- rule, not front matter
    fields: dict = {}
    for key, value in meta.items():
        key = _ALIASES.get(str(key).lower(), str(key).lower())
        if key in FIELDS + ("language", "id") and key not in fields:
            fields[key] = value
    return fields, text[m.end():]


def read_text(text: str, source: str, doc_id: str, fmt: str) -> Raw:
    """A Raw document from the decoded contents of a .txt/.md file."""
    meta, body = split_front_matter(text, source)
    return Raw(text=body, source=source, fmt=fmt, doc_id=str(meta.get("id") or doc_id),
               title=meta.get("title"), author=meta.get("author"), publisher=meta.get("publisher"),
               published=meta.get("published"), url=meta.get("url"), language=meta.get("language"))
