"""Readers for the place tables: the shipped GeoNames extracts and the curated CSVs.

Every reader returns plain rows; `polemos.knowledge.gazetteer` turns them into
an index. Names are compared through `norm`, the one normal form of a place name.
"""
from __future__ import annotations

import csv
import gzip
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).parent
# Countries with much conflict reporting: the build keeps a few alternate spellings (transliterations) for every town
# of theirs, not only for large towns, and place reading trusts those spellings (extract/places.py).
CONFLICT_COUNTRIES = frozenset({"AF", "PK", "IQ", "SY", "YE", "SO", "NG", "ML", "BF", "NE", "CD", "MZ", "LY", "SD",
                                "SS", "UA", "LB", "PS", "IL", "CM", "ET", "CF", "TD", "MM"})
_PUNCT = str.maketrans({"-": " ", "'": "", "\u2019": "", "`": "", ".": "", ",": " ", "/": " ", "\u2018": ""})


def fold(text: str) -> str:
    """ASCII-fold diacritics ("Tillabéri" -> "Tillaberi")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


_VOWELS = re.compile(r"[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")


def skeleton(key: str, articles: frozenset[str] | set[str] = frozenset()) -> str:
    """A transliteration-blind form of a normalised name: each word's first letter, then its consonants, 'q' as
    'k', a final 'h' after a vowel dropped, repeated letters once ("Qalqiliyah", "Qalqilyah" -> "klkl";
    "Tooz Khurmato", "Tuz Khurmatu" -> "tz khrmt"; "Avdiivka", "Avdiyivka" -> "avdvk"); articles dropped."""
    out = []
    for word in key.split():
        if word in articles:
            continue
        if len(word) > 3 and word.endswith("h") and word[-2] in "aeiouy":
            word = word[:-1]
        word = word.replace("q", "k")
        out.append(_REPEATS.sub(r"\1", word[0] + _VOWELS.sub("", word[1:])))
    return " ".join(out)


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def syllables(key: str, articles: frozenset[str] | set[str] = frozenset()) -> tuple[int, ...]:
    """The vowel groups of each word of a normalised name (articles dropped): two spellings of one name keep them
    ("Qalqiliyah", "Qalqilyah": (3,)); a name one syllable longer is another town of the same consonants
    ("Bagram", "Bagrami")."""
    return tuple(len(_VOWEL_GROUPS.findall(w)) for w in key.split() if w not in articles)


def norm(name: str) -> str:
    """Comparison key of a place name: ASCII, lower case, no hyphens/apostrophes/dots."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(name.lower().translate(_PUNCT).split())


class CityRow(NamedTuple):
    geonameid: int
    name: str
    lat: float
    lon: float
    cc: str
    admin1: str            # GeoNames admin1 code
    population: int
    alternates: tuple[str, ...]


def read_cities(path: Path = HERE / "cities.tsv.gz") -> Iterator[CityRow]:
    """Rows of the grouped city table written by `build.py`."""
    cc = code = ""
    prev = 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line[0] == "#":
                cc, code = line[1:].rstrip("\n").split("\t")
                prev = 0
                continue
            gid, name, lat, lon, pop, alts = line.rstrip("\n").split("\t")
            prev += int(gid)
            yield CityRow(prev, name, float(lat), float(lon), cc, code, int(pop),
                          tuple(alts.split("|")) if alts else ())


def read_geonames_admin1(path: Path = HERE / "admin1_geonames.tsv") -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> GeoNames admin1 name."""
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            cc, code, name = line.rstrip("\n").split("\t")
            out[(cc, code)] = name
    return out


class Admin2Row(NamedTuple):
    cc: str
    admin1: str            # GeoNames admin1 code, or "iso:" + the ISO 3166-2 code of the parent
    name: str
    lat: float | None
    lon: float | None


def read_admin2(path: Path = HERE / "admin2.tsv") -> Iterator[Admin2Row]:
    """Second-level divisions written by `build.py`, each with the first-level division it lies in."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            cc, code, name, lat, lon, _ = line.rstrip("\n").split("\t")
            yield Admin2Row(cc, code, name, float(lat) if lat else None, float(lon) if lon else None)


def read_csv(name: str) -> list[dict[str, str]]:
    """A curated CSV of this folder, as dicts with stripped values."""
    with (HERE / name).open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def read_yaml(name: str) -> dict:
    """A YAML file of this folder."""
    from .. import load_yaml
    return load_yaml((HERE / name).read_text(encoding="utf-8"))


def split_aliases(value: str) -> list[str]:
    return [a.strip() for a in value.split("|") if a.strip()]


def read_geonames_countries(path: Path = HERE / "countries_geonames.tsv") -> dict[str, dict]:
    """ISO2 -> the GeoNames country record written by `build.py` (geonameid, population, capital)."""
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            cc, geonameid, population, capital = line.rstrip("\n").split("\t")
            out[cc] = {"geonameid": int(geonameid), "population": int(population), "capital": capital}
    return out


def iso_subdivisions(cc: str) -> dict[str, str]:
    """norm(name) -> ISO 3166-2 code for the top-level subdivisions of country `cc`."""
    import pycountry
    out: dict[str, str] = {}
    # pycountry gives a set, whose order changes between runs: in code order, a name two subdivisions share
    # ('Maputo', province MZ-L and city MZ-MPM) always takes the same code
    for sub in sorted(pycountry.subdivisions.get(country_code=cc) or [], key=lambda s: s.code):
        if getattr(sub, "parent_code", None):
            continue
        out.setdefault(norm(sub.name), sub.code)
        if "(" in sub.name:                     # "Bicol (Region V)" is also "Bicol"
            out.setdefault(norm(sub.name.split("(")[0]), sub.code)
    return out
