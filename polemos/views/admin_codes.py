"""First-level division names -> ISO 3166-2 codes (pycountry names, places-pack variants, prefix match).

Used on the event side of the map join (events carry their admin1 name and country) and by the
mapdata builder; the boundary features themselves are joined by the code table, never by name.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pycountry

_ADMIN1_PACK = Path(__file__).resolve().parent.parent / "knowledge" / "places" / "admin1.csv"
_TYPE_WORDS = re.compile(r"\b(province|governorate|region|state|oblast|wilayah|wilayat|division|district|"
                         r"territory|prefecture|department|muhafazah|velayat|ostan)\b")


def norm(name: str) -> str:
    """Lower-case ASCII letters only, division type words dropped ('Herāt Province' -> 'herat')."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", _TYPE_WORDS.sub(" ", text))


@lru_cache(maxsize=64)
def _index(iso2: str) -> dict[str, str]:
    """Normalised name -> ISO 3166-2 code for the top-level divisions of a country."""
    subs = list(pycountry.subdivisions.get(country_code=iso2) or [])
    top = [s for s in subs if s.parent_code is None] or subs
    out = {norm(s.name): s.code for s in top}
    if _ADMIN1_PACK.exists():
        with _ADMIN1_PACK.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row.get("iso2") != iso2:
                    continue
                names = [row["name"]] + [v for v in (row.get("variants") or "").split("|") if v]
                code = next((out[norm(n)] for n in names if norm(n) in out), None) or _prefix(out, norm(row["name"]))
                if code:
                    for n in names:
                        out.setdefault(norm(n), code)
    return out


def _prefix(index: dict[str, str], key: str) -> str | None:
    """The code of the only indexed name that starts with `key` or that `key` starts with (4+ letters)."""
    if len(key) < 4:
        return None
    hits = {code for name, code in index.items() if len(name) >= 4 and (name.startswith(key) or key.startswith(name))}
    return hits.pop() if len(hits) == 1 else None


def admin1_code(iso2: str | None, name: str | None) -> str | None:
    """ISO 3166-2 code of a first-level division named `name` in the country `iso2`; None when unsure."""
    if not iso2 or not name:
        return None
    index = _index(iso2.upper())
    key = norm(name)
    return index.get(key) or _prefix(index, key)
