"""Typed records of the actor pack and the text normalisation shared by its index and matcher."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

KINDS = ("armed_group", "state", "state_force", "person", "organisation", "civilians", "igo")
RELATIONS = ("affiliate_of", "member_of", "faction_of", "successor_of", "branch_of", "wing_of", "leader_of")
DEFAULT_INTER = {"armed_group": 2, "state": 1, "state_force": 1, "civilians": 7,
                 "igo": 8, "organisation": 8, "person": None}

_APOS = str.maketrans({c: "" for c in "\u2019\u2018'`\u00b4.\u02bf\u02be\u02bc\u02bb"})
_HYPHENS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015/")
_PUNCT = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)   # pure, and asked of the same words again and again
def fold(text: str) -> str:
    """Lower case without diacritics, apostrophes or dots ("Qa’ida" -> "qaida", "U.S." -> "us")."""
    if not text.isascii():      # ASCII has no decomposition nor combining mark: no character walk
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower().translate(_APOS)


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """British/American spellings and the plural of 'Forces' (knowledge/spelling.yaml), validated."""
    from . import load_yaml
    path = Path(__file__).with_name("spelling.yaml")
    table = (load_yaml(path.read_text(encoding="utf-8")) or {}).get("variants") or {}
    for k, v in table.items():
        if not (isinstance(k, str) and isinstance(v, str) and k.isalpha() and v.isalpha()
                and k == k.lower() and v == v.lower()):
            raise ValueError(f"{path}: variants: {k!r} -> {v!r} is not one lower-case word to another")
    return table


@lru_cache(maxsize=1 << 16)   # pure, and asked of the same words again and again
def token_key(text: str) -> str:
    """Key of one token for the matcher; "" for a hyphen or dash, which matching skips."""
    if text and all(ch in _HYPHENS for ch in text):
        return ""
    key = fold(text)
    return _variants().get(key, key) if key else text


@lru_cache(maxsize=1 << 16)   # pure, and asked of the same words again and again
def norm(surface: str) -> str:
    """Key of a whole surface form: case, punctuation, hyphen, apostrophe and diacritics
    insensitive, leading "the" dropped."""
    key = fold(surface)
    key = _PUNCT.sub(" ", key.replace("_", " "))
    key = _SPACE.sub(" ", key).strip()
    if key.startswith("the "):
        key = key[4:]
    table = _variants()
    return " ".join(table.get(w, w) for w in key.split(" "))


def slug(text: str) -> str:
    return norm(text).replace(" ", "-")


@dataclass(frozen=True)
class Period:
    """A date-bounded fact about an actor (bounds inclusive, None = open)."""

    start: date | None = None
    end: date | None = None
    name: str | None = None
    kind: str | None = None
    inter: int | None = None
    acled_name: str | None = None

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Affiliation:
    """A person's tie to a group: role (leader, commander, spokesman, member...) and dates."""

    actor_id: str
    role: str | None = None
    start: date | None = None
    end: date | None = None

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class ContextAlias:
    """Aliases that mean this actor only when the document is about one of `countries`."""

    countries: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass
class ActorRecord:
    id: str
    name: str
    kind: str
    country: str | None = None
    inter: int | None = None
    aliases: tuple[str, ...] = ()
    context_aliases: tuple[ContextAlias, ...] = ()
    not_aliases: tuple[str, ...] = ()
    parent: str | None = None
    parent_relation: str | None = None
    periods: tuple[Period, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    acled_name: str | None = None
    force: str | None = None           # military | police | government, for generated state records
    source: str = ""                   # file it came from
    extra: dict = field(default_factory=dict)

    def period_at(self, on: date | None) -> Period | None:
        if on is None:
            return None
        return next((p for p in self.periods if p.covers(on)), None)

    def all_names(self) -> list[str]:
        names = [self.name, *self.aliases]
        if self.acled_name:
            names.append(self.acled_name)
        return names
