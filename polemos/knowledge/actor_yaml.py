"""Reading and validating actor pack files (YAML) into ActorRecords.

A file holds `version: 1` and any of: `actors:` (records), `states:` (countries,
expanded into state, military, police and government records per period, and the
named units of a period's forces: `military_units: {Islamic Revolutionary Guard Corps:
[IRGC, ...]}` gives "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps",
ACLED's sub-unit naming; `{aliases: [...], in_country: [...]}` for a unit whose name other countries' forces
bear: the name and `in_country` ones are its aliases only in texts about its country) and `lexicon:` (word
lists used by the extractor).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from ..dates import InvalidDate, PartialDate
from ..errors import KnowledgeError
from . import load_yaml
from .actor_records import DEFAULT_INTER, KINDS, RELATIONS, ActorRecord, Affiliation, ContextAlias, Period, slug

SUPPORTED_VERSIONS = (1,)
_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")
_ACTOR_KEYS = {"id", "name", "kind", "country", "inter", "aliases", "context_aliases", "not_aliases",
               "parent", "parent_relation", "periods", "affiliations", "acled_name", "note", "force"}
_FORCES = ("military", "police", "government")
FORCE_KINDS = _FORCES + ("intelligence",)      # `force:` of a hand-written record (state_forces finds it)


def read_file(path: Path) -> tuple[list[ActorRecord], dict[str, Any]]:
    """Records and lexicon entries of one pack file; KnowledgeError names file and entry."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read actor pack: {exc}") from exc
    if not isinstance(data, dict) or data.get("version") not in SUPPORTED_VERSIONS:
        raise KnowledgeError(f"{path}: an actor pack must start with 'version: 1' "
                             f"(supported: {SUPPORTED_VERSIONS})")
    unknown = set(data) - {"version", "actors", "states", "lexicon"}
    if unknown:
        raise KnowledgeError(f"{path}: unknown top-level keys {sorted(unknown)}; "
                             "expected actors, states, lexicon")
    records = [parse_actor(e, path) for e in data.get("actors") or []]
    for entry in data.get("states") or []:
        records.extend(expand_state(entry, path))
    lexicon = data.get("lexicon") or {}
    if not isinstance(lexicon, dict):
        raise KnowledgeError(f"{path}: 'lexicon' must be a mapping")
    return records, lexicon


def _where(path: Path, entry: Any) -> str:
    ident = entry.get("id") or entry.get("name") or entry.get("country") if isinstance(entry, dict) else entry
    return f"{path}: entry {ident!r}"


def to_date(value: Any, end: bool = False, where: str = "") -> date | None:
    """A bound from YAML: date, year (2020) or 'YYYY-MM'; an end bound covers the whole year/month."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        d = PartialDate.parse(str(value))
    except InvalidDate:
        raise KnowledgeError(f"{where}: bad date {value!r}; use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return d.last if end else d.first


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise KnowledgeError(f"{where}: {key!r} must be a list of strings")
    return tuple(str(v) for v in value)


def _kind_inter(kind: Any, inter: Any, where: str) -> tuple[str, int | None]:
    if kind not in KINDS:
        raise KnowledgeError(f"{where}: bad kind {kind!r}; expected one of {', '.join(KINDS)}")
    if inter is None:
        return kind, DEFAULT_INTER[kind]
    if not isinstance(inter, int) or not 1 <= inter <= 8:
        raise KnowledgeError(f"{where}: inter must be an ACLED actor type code 1-8, got {inter!r}")
    return kind, inter


_ACLED_ACRONYM = re.compile(r"^[^:]{1,24}: (?=\S)")


def display_name(name: str | None) -> tuple[str | None, str | None]:
    """ACLED's 'ACRONYM: Full Name' -> ('Full Name', 'ACRONYM: Full Name'): Polemos names an actor by its full
    name ('Syrian Democratic Forces', as analysts and other datasets write it) and keeps ACLED's form for the
    ACLED export and as an alias; (name, None) for any other name."""
    if not name or not _ACLED_ACRONYM.match(name):
        return name, None
    return _ACLED_ACRONYM.sub("", name, count=1), name


def _period(p: Any, where: str, acled_default: bool) -> Period:
    if not isinstance(p, dict):
        raise KnowledgeError(f"{where}: each period must be a mapping")
    kind = p.get("kind")
    inter = p.get("inter")
    if kind is not None:
        kind, inter = _kind_inter(kind, inter, where)
    name, acled = display_name(p.get("name"))
    acled = p.get("acled_name") or acled or (p.get("name") if acled_default else None)
    return Period(start=to_date(p.get("from"), where=where), end=to_date(p.get("until"), True, where),
                  name=name, kind=kind, inter=inter, acled_name=acled)


def _affiliation(a: Any, where: str) -> Affiliation:
    if not isinstance(a, dict) or not a.get("actor"):
        raise KnowledgeError(f"{where}: each affiliation needs 'actor' (an actor id)")
    return Affiliation(actor_id=str(a["actor"]), role=a.get("role"),
                       start=to_date(a.get("from"), where=where), end=to_date(a.get("until"), True, where))


def parse_actor(entry: Any, path: Path) -> ActorRecord:
    where = _where(path, entry)
    if not isinstance(entry, dict):
        raise KnowledgeError(f"{where}: an actor must be a mapping")
    unknown = set(entry) - _ACTOR_KEYS
    if unknown:
        raise KnowledgeError(f"{where}: unknown keys {sorted(unknown)}")
    ident, name = entry.get("id"), entry.get("name")
    if not isinstance(ident, str) or not _ID.match(ident):
        raise KnowledgeError(f"{where}: 'id' must be a lower-case slug, got {ident!r}")
    if not isinstance(name, str) or not name.strip():
        raise KnowledgeError(f"{where}: 'name' is required")
    kind, inter = _kind_inter(entry.get("kind"), entry.get("inter"), where)
    relation = entry.get("parent_relation")
    if relation is not None and relation not in RELATIONS:
        raise KnowledgeError(f"{where}: bad parent_relation {relation!r}; expected one of {', '.join(RELATIONS)}")
    force = entry.get("force")
    if force is not None and (force not in FORCE_KINDS or not entry.get("country")):
        raise KnowledgeError(f"{where}: 'force' must be one of {', '.join(FORCE_KINDS)} and needs 'country'")
    contexts = []
    for c in entry.get("context_aliases") or []:
        if not isinstance(c, dict) or not c.get("countries"):
            raise KnowledgeError(f"{where}: each context_aliases item needs 'countries' and 'aliases'")
        contexts.append(ContextAlias(_strings(c["countries"], where, "countries"),
                                     _strings(c.get("aliases"), where, "aliases")))
    name, acled = display_name(name)
    acled = entry.get("acled_name") or acled
    # a period named in its own right keeps its own ACLED name, not the record's derived one
    derived = acled is not None and not entry.get("acled_name")
    return ActorRecord(
        id=ident, name=name, kind=kind, country=entry.get("country"), inter=inter,
        aliases=_strings(entry.get("aliases"), where, "aliases"), context_aliases=tuple(contexts),
        not_aliases=_strings(entry.get("not_aliases"), where, "not_aliases"),
        parent=entry.get("parent"), parent_relation=relation or ("affiliate_of" if entry.get("parent") else None),
        periods=tuple(_period(p, where, derived) for p in entry.get("periods") or []),
        affiliations=tuple(_affiliation(a, where) for a in entry.get("affiliations") or []),
        acled_name=acled, force=force, source=str(path))


def _units(units: Any, parent: str, base: str, country: str, start, end, path: Path,
           where: str) -> Iterator[ActorRecord]:
    """Named units of one force of one period: "<base> <unit>" records (no `force`: the generic state nouns
    keep resolving to the force itself)."""
    if units is None:
        return
    if not isinstance(units, dict):
        raise KnowledgeError(f"{where}: '*_units' must map a unit's name to its aliases")
    for unit, aliases in units.items():
        local: tuple[ContextAlias, ...] = ()
        if isinstance(aliases, dict):       # {aliases: [...], in_country: [...]}: a unit whose name others bear
            if set(aliases) - {"aliases", "in_country"}:       # ('National Guard'): that name, and the
                raise KnowledgeError(f"{where}: unit {unit!r} takes 'aliases' and 'in_country' only")
            names = _strings(aliases.get("in_country"), where, f"{unit}: in_country")   # 'in_country' ones,
            local = (ContextAlias((country,), (str(unit), *names)),)                 # only in its country
            own: tuple[str, ...] = _strings(aliases.get("aliases"), where, str(unit))
        else:
            own = (str(unit), *_strings(aliases, where, str(unit)))
        yield ActorRecord(
            id=f"{parent}_{slug(str(unit)).replace('-', '_')}", name=f"{base} {unit}", kind="state_force",
            country=country, inter=1, aliases=own, context_aliases=local,
            parent=parent, parent_relation="member_of", periods=(Period(start=start, end=end),),
            source=str(path))


def _own_country(aliases: Any, country: str, where: str, force: str) -> tuple[ContextAlias, ...]:
    """`<force>_context_aliases` of a state's period: names its force bears only in texts about the country
    ('ADF' is Australia's military there and the Allied Democratic Forces elsewhere; 'Popular Resistance')."""
    names = _strings(aliases, where, f"{force}_context_aliases")
    return (ContextAlias((country,), names),) if names else ()


def expand_state(entry: Any, path: Path) -> Iterator[ActorRecord]:
    """One country -> its state record and, per government period, military/police/government records."""
    where = _where(path, entry)
    if not isinstance(entry, dict) or not isinstance(entry.get("country"), str):
        raise KnowledgeError(f"{where}: a state needs 'country'")
    country = entry["country"]
    sid = entry.get("id") or slug(country).replace("-", "_")
    of = entry.get("of") or country
    state = ActorRecord(id=sid, name=country, kind="state", country=country, inter=1,
                        aliases=_strings(entry.get("aliases"), where, "aliases"), source=str(path),
                        extra={"demonyms": _strings(entry.get("demonyms"), where, "demonyms")})
    yield state
    for p in entry.get("periods") or [{}]:
        label = p.get("label")
        start, end = to_date(p.get("from"), where=where), to_date(p.get("until"), True, where)
        for force in _FORCES:
            title = {"military": "Military Forces", "police": "Police Forces", "government": "Government"}[force]
            name = f"{title} of {of}" + (f" ({label})" if label else "")
            rid = (f"{force}_{sid}" + (f"_{slug(str(label)).replace('-', '_')}" if label else "")).rstrip("_")
            kind = "state" if force == "government" else "state_force"
            yield ActorRecord(
                id=rid, name=name, kind=kind, country=country, inter=1,
                aliases=_strings(p.get(f"{force}_aliases"), where, f"{force}_aliases"),
                context_aliases=_own_country(p.get(f"{force}_context_aliases"), country, where, force),
                parent=sid, parent_relation="member_of", force=force,
                periods=(Period(start=start, end=end),), source=str(path),
                extra={"controlled_by": p.get("controlled_by")})
            yield from _units(p.get(f"{force}_units"), rid, name, country, start, end, path, where)
