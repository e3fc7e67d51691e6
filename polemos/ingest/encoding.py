"""Turning bytes into text: BOM, UTF-8, a declared charset, else charset-normalizer."""
from __future__ import annotations

import codecs
import re

from ..errors import IngestError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def _bom(data: bytes) -> tuple[str, bytes] | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, data[len(bom):]
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first 4 KB."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def is_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB (text with a BOM is never binary)."""
    if _bom(data):
        return False
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode `data`; raises IngestError when it is binary or no encoding fits."""
    found = _bom(data)
    if found:
        name, body = found
        try:
            return body.decode(name)
        except UnicodeDecodeError as exc:
            raise IngestError(source, f"invalid {name} text after its byte-order mark: {exc.reason}") from exc
    if is_binary(data):
        raise IngestError(source, "binary file, not text (NUL or control bytes)")
    for name in ("utf-8", declared):
        if name:
            try:
                return data.decode(name)
            except (UnicodeDecodeError, LookupError):
                pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(source, "could not detect the text encoding (not UTF-8; charset detection failed)")
    return str(best)
