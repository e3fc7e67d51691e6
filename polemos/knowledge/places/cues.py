"""The cue lexicon of place extraction (`cues.yaml`): words that choose a name's reading."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import load_yaml
from .tables import norm

CUES = Path(__file__).parent / "cues.yaml"


@dataclass(frozen=True)
class Cues:
    after: dict[str, str]
    before_of: dict[str, str]
    near: frozenset[str]
    directions: frozenset[str]
    not_places: frozenset[str]
    not_scanned: frozenset[str]
    not_before: frozenset[str]
    locative: frozenset[str]
    locality_nouns: frozenset[str] = frozenset()
    connectors: frozenset[str] = frozenset()
    facility_types: dict[str, frozenset[str]] = field(default_factory=dict)   # noun -> its type's nouns
    locative_skip: frozenset[str] = frozenset()
    dateline: str = r"(?!)"                      # a regular expression (place_datelines.py)
    side_nouns: frozenset[str] = frozenset()
    side_suffixes: frozenset[str] = frozenset()
    land_nouns: frozenset[str] = frozenset()
    land_preps: frozenset[str] = frozenset()
    road_nouns: frozenset[str] = frozenset()
    quarter_before: frozenset[str] = frozenset()
    part_nouns: frozenset[str] = frozenset()
    area_of: frozenset[str] = frozenset()
    tail_links: frozenset[str] = frozenset()      # "de", "do": a name after them ends a longer name
    tail_articles: frozenset[str] = frozenset()   # "los", "la": between such a link and the name
    head_links: frozenset[str] = frozenset()      # "i", "e": a name before them begins a longer name
    noun_lands: dict[str, frozenset[str]] = field(default_factory=dict)   # cue noun -> countries it divides
    way_links: frozenset[str] = frozenset()      # "link", "connect": a way told by its two ends
    object_verbs: frozenset[str] = frozenset()   # "shell", "besiege": their direct object is a place
    target_verbs: frozenset[str] = frozenset()   # "hit", "attack": their object a place unless a person
    capital_nouns: frozenset[str] = frozenset()  # "capital": a people's name on it names its capital city


@lru_cache(maxsize=1)
def load_cues(path: Path = CUES) -> Cues:
    """The cue lexicon (data), loaded once."""
    data = load_yaml(path.read_text(encoding="utf-8"))
    invert = lambda d: {w.lower(): kind for kind, words in d.items() for w in words}  # noqa: E731
    return Cues(invert(data["after"]), invert(data["before_of"]), frozenset(data["near"]),
                frozenset(data["directions"]), frozenset(norm(n) for n in data["not_places"]),
                frozenset(norm(n) for n in data["not_scanned"]), frozenset(data["not_before"]),
                frozenset(data["locative"]), frozenset(data.get("locality_nouns", ())),
                frozenset(data.get("name_connectors", ())), _types(data.get("facility_types", {})),
                frozenset(data.get("locative_skip", ())), data.get("dateline", r"(?!)"),
                frozenset(data.get("side_nouns", ())), frozenset(data.get("side_suffixes", ())),
                frozenset(data.get("land_nouns", ())), frozenset(data.get("land_preps", ())),
                frozenset(data.get("road_nouns", ())), frozenset(data.get("quarter_before", ())),
                frozenset(data.get("part_nouns", ())), frozenset(data.get("area_of", ())),
                frozenset(data.get("tail_links", ())), frozenset(data.get("tail_articles", ())),
                frozenset(data.get("head_links", ())),
                {n: frozenset(lands) for n, lands in data.get("noun_lands", {}).items()},
                frozenset(data.get("way_links", ())), frozenset(data.get("object_verbs", ())),
                frozenset(data.get("target_verbs", ())), frozenset(data.get("capital_nouns", ())))


def _types(groups: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """noun -> every noun of its facility type ("jail" -> prison, jail, detention...)."""
    out: dict[str, frozenset[str]] = {}
    for nouns in groups.values():
        for n in nouns:
            out[n] = out.get(n, frozenset()) | frozenset(nouns)
    return out
