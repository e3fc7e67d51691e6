"""Plain text and Markdown files, with optional YAML front matter."""
from __future__ import annotations

import re

import yaml

from .build import Raw

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
FIELDS = ("title", "author", "publisher", "published", "url")
_ALIASES = {"date": "published", "published_at": "published", "publication_date": "published",
            "authors": "author", "source": "publisher", "site": "publisher", "link": "url"}


class _Loader(yaml.SafeLoader):
    """YAML's safe loader, except that a timestamp that is no date (2021-02-31) stays a string."""

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def split_front_matter(text: str, source: str, warnings: list[str] | None = None) -> tuple[dict, str]:
    """(metadata, body) of a text that may open with YAML between --- lines. Front matter that is not
    YAML is dropped with a warning (appended to `warnings`), the body kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.load(m.group(1), Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        if warnings is not None:
            warnings.append(f"front matter dropped: malformed YAML ({' '.join(str(exc).split())[:200]})")
        return {}, text[m.end():]
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
    warnings: list[str] = []
    meta, body = split_front_matter(text, source, warnings)
    return Raw(text=body, source=source, fmt=fmt, doc_id=str(meta.get("id") or doc_id),
               title=meta.get("title"), author=meta.get("author"), publisher=meta.get("publisher"),
               published=meta.get("published"), url=meta.get("url"), language=meta.get("language"),
               warnings=warnings)
