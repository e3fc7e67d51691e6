"""Country names (ACLED short names) to ISO 3166 codes, with pycountry and the places pack's aliases."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pycountry

_PLACES_COUNTRIES = Path(__file__).resolve().parent.parent / "knowledge" / "places" / "countries.csv"


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Lower-cased name or alias -> ISO alpha-2, from the places pack when it is present."""
    out: dict[str, str] = {}
    if _PLACES_COUNTRIES.exists():
        with _PLACES_COUNTRIES.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                for name in [row.get("name") or ""] + (row.get("aliases") or "").split("|"):
                    if name.strip():
                        out[name.strip().lower()] = row["iso2"]
    return out


@lru_cache(maxsize=512)
def country_record(name: str | None):
    """The pycountry record of a country name, alias or code; None when unknown."""
    if not name:
        return None
    alpha2 = _aliases().get(name.strip().lower())
    try:
        return pycountry.countries.get(alpha_2=alpha2) if alpha2 else pycountry.countries.lookup(name.strip())
    except LookupError:
        pass
    try:
        found = pycountry.countries.search_fuzzy(name.strip())
    except LookupError:
        return None
    return found[0] if len(found) == 1 else None


def iso2(name: str | None) -> str | None:
    rec = country_record(name)
    return rec.alpha_2 if rec else None


def iso3(name: str | None) -> str | None:
    rec = country_record(name)
    return rec.alpha_3 if rec else None


def iso_numeric(name: str | None) -> int | None:
    rec = country_record(name)
    return int(rec.numeric) if rec else None
