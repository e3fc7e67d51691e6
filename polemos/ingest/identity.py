"""Document identity: text cleaning, normalisation, content hash and doc ids."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
})
_WS = re.compile(r"\s+")
_TRAILING = " \t\f\v\u00a0"   # stripped from the end of every line
_SLUG_BAD = re.compile(r"[^a-z0-9]+")
_ID_BAD = re.compile(r"[^A-Za-z0-9_.-]+")
ID_MAX = 120


def clean_text(text: str) -> str:
    """The stored text: line endings to \\n, trailing whitespace stripped (nothing else). Linear in the text:
    each line is stripped by str.rstrip (a regex anchored at line ends retries every run of spaces)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip(_TRAILING) for line in text.split("\n"))
    return text.strip("\n").rstrip()


def normalise(text: str) -> str:
    """Canonical form for identity: NFKC, unified quotes/dashes, collapsed whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _WS.sub(" ", text).strip()


def content_hash(text: str) -> str:
    """sha256 hex digest of the normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def slugify(value: str, max_len: int = 80) -> str:
    """Lower-case ASCII slug (a-z, 0-9, '-'), at most `max_len` characters."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_BAD.sub("-", value.lower()).strip("-")
    return slug[:max_len].rstrip("-")


def url_slug(url: str, max_len: int = 80) -> str:
    """A doc id for a URL: host + path slug, e.g. 'example-com-news-2024-attack'."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if host.startswith("www."):
        host = host[4:]
    path = re.sub(r"\.(html?|php|aspx?|pdf)$", "", parts.path or "", flags=re.I)
    slug = slugify(f"{host} {path} {parts.query}", max_len=10_000)
    if len(slug) > max_len:  # keep the host and the end of the path: the most specific part
        host_slug = slugify(host)
        tail = slug[len(host_slug):][-(max_len - len(host_slug) - 1):].strip("-")
        slug = f"{host_slug}-{tail}" if tail else host_slug[:max_len]
    return slug or "url"


def safe_doc_id(value: str | None, fallback: str = "doc") -> str:
    """A document id safe in paths, URLs and HTML: letters, digits, '_', '.', '-' only, no leading dot or dash,
    at most ID_MAX characters ('../../etc/x' -> 'etc-x', '<b>' -> 'b')."""
    cleaned = _ID_BAD.sub("-", str(value or "")).strip(".-")
    cleaned = re.sub(r"\.{2,}", ".", cleaned)[:ID_MAX].rstrip(".-")
    return cleaned or fallback
