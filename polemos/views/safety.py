"""Output safety shared by the web pages and the briefs: article text and metadata are untrusted.

Only plain http(s) URLs become links; HTML special characters in text are escaped, also in Markdown
(where a renderer would pass raw HTML through); pages carry a Content-Security-Policy.
"""
from __future__ import annotations

import re
from html import escape
from urllib.parse import urlsplit

# The self-contained brief: inline style only, no script, nothing fetched, links open nothing in the page.
BRIEF_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
             "frame-ancestors 'none'")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>!])")


def safe_url(url: str | None) -> str | None:
    """An outside link only when it is plain http(s) with a host; anything else is shown as text, not linked."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c in url for c in "\x00\r\n\t <>\"'"):
        return None
    return url


def md_text(text: object) -> str:
    """Untrusted text for Markdown: HTML escaped (no tag survives a renderer), Markdown syntax neutralised."""
    return _MD_SPECIAL.sub(r"\\\1", escape(str(text if text is not None else ""), quote=False)).replace("\n", " ")
