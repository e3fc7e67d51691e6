"""The one place record: a location with its country and first-level division, their ISO codes, its
coordinates and how precise they are (ACLED's geo_precision), and the level it is known at.

Codes come from one lookup (pycountry, with the places pack's names and spellings): ISO 3166-1
alpha-2 for the country, ISO 3166-2 for the division. An event known only to its country is at the
country *level*: its coordinates (often the capital's) are not a place it happened at.
"""
from __future__ import annotations

import csv
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

_PACK = Path(__file__).resolve().parent / "knowledge" / "places"
_TYPE_WORDS = re.compile(r"\b(province|governorate|region|state|oblast|wilayah|wilayat|division|district|"
                         r"territory|prefecture|department|muhafazah|velayat|ostan)\b")
_CITY_TYPES = re.compile(r"(?i)\bcity\b|municipality")
_CITY_WORDS = ("city", "shahri", "shahar", "shahr", "ciudad", "ville", "kota")   # 'city' in division names
NEAR_KM = 20.0          # two points this close are one locality (a site and its town)


# ---- country codes ------------------------------------------------------------
@lru_cache(maxsize=1)
def _country_aliases() -> dict[str, str]:
    """Lower-cased name or alias -> ISO alpha-2, from the places pack."""
    out: dict[str, str] = {}
    path = _PACK / "countries.csv"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                for name in [row.get("name") or ""] + (row.get("aliases") or "").split("|"):
                    if name.strip():
                        out[name.strip().lower()] = row["iso2"]
    return out


@lru_cache(maxsize=2048)
def country_record(name: str | None):
    """The pycountry record of a country name, alias or code; None when unknown."""
    if not name or not name.strip():
        return None
    alpha2 = _country_aliases().get(name.strip().lower())
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


# ---- first-level division codes -------------------------------------------------
@lru_cache(maxsize=65536)
def norm(name: str) -> str:
    """Lower-case ASCII letters only, division type words dropped ('Herāt Province' -> 'herat')."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", _TYPE_WORDS.sub(" ", text))


@lru_cache(maxsize=256)
def _admin1_index(code2: str) -> dict[str, str]:
    """Normalised name -> ISO 3166-2 code for the top-level divisions of a country."""
    subs = list(pycountry.subdivisions.get(country_code=code2) or [])
    top = [s for s in subs if s.parent_code is None] or subs
    out: dict[str, str] = {}
    # a city and its province of one name ('Toshkent' City and Region, 'Maputo' City and Province): the bare name is
    # the province, '<name> city' the city; pycountry gives a set, so the order is made here, not left to hashing
    for s in sorted(top, key=lambda s: (_CITY_TYPES.search(s.type or "") is not None, s.code)):
        out.setdefault(norm(s.name), s.code)
        if _CITY_TYPES.search(s.type or ""):
            for word in _CITY_WORDS:                  # 'Maputo City', 'Toshkent Shahri'
                out.setdefault(norm(f"{s.name} {word}"), s.code)
    path = _PACK / "admin1.csv"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row.get("iso2") != code2:
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


@lru_cache(maxsize=8192)
def admin1_code(code2: str | None, name: str | None) -> str | None:
    """ISO 3166-2 code of a first-level division named `name` in the country `code2`; None when unsure."""
    if not code2 or not name:
        return None
    if re.fullmatch(r"[A-Za-z]{2}-[A-Za-z0-9]{1,3}", name.strip()) and name[:2].upper() == code2.upper():
        return name.strip().upper()           # already an ISO 3166-2 code
    index = _admin1_index(code2.upper())
    key = norm(name)
    return index.get(key) or _prefix(index, key)


@lru_cache(maxsize=8192)
def admin1_spellings(country: str | None, name: str | None) -> tuple[str, ...]:
    """The spellings of one first-level division, the gazetteer's name first ('Extreme-Nord', 'Far North',
    ...): a text's own notation may write any of them (polemos.extract.event_context.as_written)."""
    if not country or not name:
        return (name,) if name else ()
    from .knowledge.gazetteer import default_gazetteer
    return tuple(default_gazetteer().spellings(country, name))


def admin1_name(country: str | None, name: str | None) -> str | None:
    """The gazetteer's name of a first-level division written in any known spelling ('Far North' ->
    'Extreme-Nord'): what compares two reports' provinces and names a canonical event's."""
    return admin1_spellings(country, name)[0] if name else name


def same_admin1(country: str | None, a: str | None, b: str | None) -> bool:
    """Two names of one first-level division of `country`."""
    return a == b or (bool(a) and bool(b) and admin1_name(country, a) == admin1_name(country, b))


# ---- the record --------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    """Where an event happened, as precisely as known."""

    location: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: int | None = None          # ACLED geo_precision: 1 the place, 2 near it, 3 its region
    country_code: str | None = None       # ISO 3166-1 alpha-2
    admin1_code: str | None = None        # ISO 3166-2

    @classmethod
    def of(cls, location=None, country=None, admin1=None, latitude=None, longitude=None, precision=None,
           admin2=None) -> Place:
        """A place from its names, with the codes looked up once here."""
        code2 = iso2(country)
        return cls(location, country, admin1, admin2, None if latitude is None else float(latitude),
                   None if longitude is None else float(longitude), precision, code2, admin1_code(code2, admin1))

    @property
    def level(self) -> str:
        """'point' (a town, site or district), 'admin1' (a province as a whole), 'country', or 'none'."""
        if not (self.location or self.admin1 or self.country):
            return "none"
        if not self.admin1 and (not self.location or _same(self.location, self.country)):
            return "country"
        if not self.location or (_same(self.location, self.admin1) and (self.precision or 3) >= 3):
            return "admin1"          # the province itself, not its namesake capital known precisely
        return "point"

    @property
    def has_point(self) -> bool:
        """Coordinates that stand for the place itself (not a capital standing for a country or province)."""
        return self.level == "point" and self.latitude is not None and self.longitude is not None

    def label(self) -> str:
        return ", ".join(dict.fromkeys(p for p in (self.location, self.admin1, self.country) if p)) or "unknown place"

    def km_to(self, other: Place) -> float | None:
        if None in (self.latitude, self.longitude, other.latitude, other.longitude):
            return None
        lat1, lon1, lat2, lon2 = map(math.radians, (self.latitude, self.longitude, other.latitude, other.longitude))
        h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        return 2 * 6371.0 * math.asin(math.sqrt(h))

    def contains(self, other: Place) -> bool:
        """This place holds the other: a country its provinces and towns, a province its towns, a town its
        sites (within NEAR_KM); a place holds itself."""
        if self.country and other.country and not _same(self.country, other.country):
            return False
        if self.level == "country" or self.level == "none":
            return True
        if self.admin1 and other.admin1 and not _same(self.admin1, other.admin1):
            return False
        if self.level == "admin1":
            return bool(other.admin1 or other.level == "admin1")
        if other.level != "point":
            return False
        if _same(self.location, other.location):
            return True
        km = self.km_to(other)
        return km is not None and km <= NEAR_KM

    def compatible(self, other: Place) -> bool:
        """Two accounts of one place agree when either holds the other."""
        return self.contains(other) or other.contains(self)


def _same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and norm(a) == norm(b)
