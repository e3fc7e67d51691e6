"""One gazetteer entry (`Place`) and the name habits shared by the gazetteer's loaders."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .tables import norm


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    kind: str                          # country | admin1 | city | site | district
    country: str | None                # ACLED short name
    iso2: str | None
    admin1: str | None = None
    admin1_code: str | None = None     # ISO 3166-2 ("AF-KAB") where known
    gn_admin1: str | None = None       # GeoNames admin1 code ("13")
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    population: int = 0
    capital: bool = False              # a city that is its admin1's (or country's) capital
    scan: bool = False                 # safe to match in text without NER support
    alternate: bool = False            # found only through a GeoNames alternate name ("Samar" for Samara)
    admin2: bool = False               # a second-level division (`places/admin2.tsv`): "Seno", "Bijapur", "Sulu"
    littoral: tuple[str, ...] = ()     # a sea's or lake's shore countries (`places/seas.csv`)


def plain_admin1(name: str, habits: dict) -> str:
    """A GeoNames admin1 name without its type word: "Tartar Rayon" -> "Tartar"."""
    for pre in habits.get("admin1_prefixes", []):
        if name.startswith(pre + " ") and len(name) > len(pre) + 4:
            return name[len(pre) + 1:]
    for suf in habits.get("admin1_suffixes", []):
        if name.endswith(" " + suf) and len(name) > len(suf) + 4:
            return name[:-len(suf) - 1]
    return name

def scannable(name: str | None, habits: dict) -> bool:
    """An uncurated admin1 name safe to match in text without NER: long and no common word."""
    if not name or len(name) < 5 or not name[0].isupper():
        return False
    return not set(norm(name).split()) & _normed(tuple(habits.get("admin1_generic_words", [])))


@lru_cache(maxsize=8)
def _normed(words: tuple[str, ...]) -> frozenset[str]:
    """The normal forms of a word list, made once (not once for each of the thousands of names checked)."""
    return frozenset(norm(w) for w in words)

def replace_place(place: Place, **changes) -> Place:
    from dataclasses import replace
    return replace(place, **changes)
