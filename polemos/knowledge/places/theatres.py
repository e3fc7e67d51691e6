"""The theatre pack (`theatres.yaml`): fronts and lines of contact, the provinces they lie in and the
phrases that name them; validated on load (a bad entry fails naming itself)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ...errors import KnowledgeError
from .. import load_yaml

PACK = Path(__file__).parent / "theatres.yaml"


class _Theatre(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    provinces: dict[str, list[str]] = Field(min_length=1)     # ISO country code -> admin1 names
    since: date | None = None
    until: date | None = None
    cues: list[str] = Field(min_length=1)
    cues_in_country: list[str] = []
    sides: list[str] = []           # the forces facing each other there (actor pack names), first the one ACLED
                                    # most often codes as actor1
    held: dict[str, list[str]] = {}  # side (one of `sides`) -> the settlements near the line it held


class _Pack(BaseModel):
    model_config = ConfigDict(extra="forbid")
    theatres: list[_Theatre]


@dataclass(frozen=True)
class Theatre:
    """A front: its provinces as (country code, admin1 name), its dates, the pattern of its cues."""

    name: str
    provinces: frozenset[tuple[str, str]]
    since: date | None
    until: date | None
    pattern: re.Pattern
    in_country: re.Pattern | None = None
    sides: tuple[str, ...] = ()
    held: tuple[tuple[re.Pattern, str], ...] = ()     # (a pattern of one side's settlements, that side)
    # a settlement's consonant skeleton (`skeleton`) -> the side holding it
    spelt: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def holders(self, text: str, *names: str | None) -> set[str]:
        """The sides holding the settlements `text` names ('near Avdiivka': the side that held it), else the
        settlement the text was placed at (`names`: the gazetteer's spelling of the place), else a settlement
        named in another romanisation ('Vodyane' for 'Vodiane', the Russian 'Kamyshevakha' for 'Komyshuvakha')."""
        for told in (text, *(n for n in names if n)):
            if found := {side for pattern, side in self.held if pattern.search(told)}:
                return found
        return {self.spelt[k] for w in _PROPER.findall(text) if (k := skeleton(w)) in self.spelt}

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(cc for cc, _ in self.provinces)

    def named_in(self, text: str, published: date | None = None, countries: frozenset[str] = frozenset()) -> bool:
        """The text names the theatre (`countries`: the country codes it names) and, when dated, was
        published while it stood."""
        if published is not None and (self.since and published < self.since or self.until and published > self.until):
            return False
        return self.pattern.search(text) is not None or self.in_country is not None \
            and bool(countries & self.countries) and self.in_country.search(text) is not None


def _pattern(cues: list[str]) -> re.Pattern:
    """One pattern of all cues: capitals match only capitals, other cues any case."""
    parts = [re.escape(c) if c.isupper() or c[:1].isupper() and any(ch.isupper() for ch in c[1:])
             else "(?i:" + re.escape(c) + ")" for c in cues]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


@lru_cache(maxsize=1)
def load_theatres(path: Path = PACK) -> tuple[Theatre, ...]:
    """The theatres (data), loaded and validated once."""
    try:
        pack = _Pack.model_validate(load_yaml(path.read_text(encoding="utf-8")))
    except ValidationError as exc:
        raise KnowledgeError(f"{path.name}: {exc}") from exc
    for t in pack.theatres:
        if stray := set(t.held) - set(t.sides):
            raise KnowledgeError(f"{path.name}: {t.name}: 'held' names no side of the theatre: {sorted(stray)}")
    return tuple(Theatre(t.name, frozenset((cc, a) for cc, names in t.provinces.items() for a in names),
                         t.since, t.until, _pattern(t.cues), _pattern(t.cues_in_country) if t.cues_in_country else None,
                         tuple(t.sides), tuple((_names(towns), side) for side, towns in t.held.items()),
                         _skeletons(t.held, [a for names in t.provinces.values() for a in names]))
                 for t in pack.theatres)


_PROPER = re.compile(r"[A-Z][\w'ʼ’]*(?:[-\s](?:[A-Z][\w'ʼ’]*|\d+))*")   # a capitalised name and the words after it
_VOWELS = re.compile(r"[aeiouy'ʼ’]")


def skeleton(name: str) -> str | None:
    """A place name's first letter and consonants, any case, a hyphen or a space alike, the Russian g as the
    Ukrainian h and doubled letters once ('Vodyane' and 'Vodiane', 'Kamyshevakha' and 'Komyshuvakha', 'Gorlovka'
    and 'Horlivka' alike); None for a short name ('Yasne', 'Shumy': too few letters to tell one village from
    another)."""
    low = name.lower().replace("g", "h")
    key = low[:1] + re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", low[1:]))
    key = re.sub(r"[-\s]+", " ", key).strip()
    return key if len(name) >= 6 and sum(ch.isalpha() for ch in key) >= 3 else None


def _skeletons(held: dict[str, list[str]], provinces: list[str]) -> dict[str, str]:
    """Each settlement's skeleton -> the side holding it; a skeleton both sides' settlements share ('Pervomaisk'
    and 'Pervomaiske'), or a province's name ('Donetskyi' is spelt like 'Donetsk'), is no one's."""
    sides: dict[str, set[str]] = {k: {""} for p in provinces if (k := skeleton(p)) is not None}
    for side, towns in held.items():
        for t in towns:
            if (k := skeleton(t)) is not None:
                sides.setdefault(k, set()).add(side)
    return {k: next(iter(s)) for k, s in sides.items() if len(s) == 1}


def _names(towns: list[str]) -> re.Pattern:
    """One pattern of settlement names as written, any case, a hyphen or a space alike ('Zolote-4', 'Zolote 4')."""
    parts = [r"[-\s]".join(re.escape(w) for w in re.split(r"[-\s]+", t)) for t in towns]
    return re.compile(r"(?<![\w-])(?i:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![\w-])")
