"""The actor knowledge pack: who is who, under which names, and when.

Data lives in `knowledge/actors/*.yaml` (versioned). Users add their own files with
`ActorPack.load(extra=[...])` or the environment variable POLEMOS_ACTOR_PACKS=a.yaml:b.yaml.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import KnowledgeError
from .actor_records import ActorRecord, Affiliation, ContextAlias, norm, slug  # noqa: F401  (re-exported)
from .actor_yaml import read_file

PACK_DIR = Path(__file__).with_name("actors")
ENV_VAR = "POLEMOS_ACTOR_PACKS"
# ACLED state-force names: "Military Forces of Israel (2009-)", "... (2016-) Government of National Accord"
_FORCE_NAME = re.compile(r"^(military forces|police forces|government) of (.+?) \((\d{4})-(\d{4})?\)(.*)$", re.I)
_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&-]{1,9}$")   # 'CV', 'PCC', 'SSA-S', 'JaS'
_FORCE_KEY = {"military forces": "military", "police forces": "police", "government": "government"}


class ActorPack:
    """All actor records with their alias index, date-bounded facts and lexicons."""

    def __init__(self, records: Iterable[ActorRecord], lexicon: dict[str, Any] | None = None):
        self.records: dict[str, ActorRecord] = {}
        for rec in records:
            if rec.id in self.records:
                raise KnowledgeError(f"{rec.source}: entry {rec.id!r}: duplicate id "
                                     f"(already defined in {self.records[rec.id].source})")
            self.records[rec.id] = rec
        self.lexicon: dict[str, Any] = lexicon or {}
        self._plain: dict[str, str] = {}
        self._context: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._blocked: dict[str, set[str]] = {}
        self._demonyms: dict[str, str] = {}
        self._forces: dict[tuple[str, str], list[ActorRecord]] = {}
        self._check_links()
        self._acronyms_at_home()
        self._index()

    # ---- construction -------------------------------------------------
    @classmethod
    def load(cls, extra: Iterable[Path | str] = ()) -> ActorPack:
        """The packaged files, then POLEMOS_ACTOR_PACKS, then `extra` (later files may add lexicon words)."""
        paths = sorted(PACK_DIR.glob("*.yaml"))
        env = os.environ.get(ENV_VAR, "")
        paths += [Path(p) for p in env.split(os.pathsep) if p]
        paths += [Path(p) for p in extra]
        records: list[ActorRecord] = []
        lexicon: dict[str, Any] = {}
        for path in paths:
            if not path.exists():
                raise KnowledgeError(f"{path}: actor pack file not found")
            recs, lex = read_file(path)
            records.extend(recs)
            _merge_lexicon(lexicon, lex)
        return cls(records, lexicon)

    def _check_links(self) -> None:
        for rec in self.records.values():
            if rec.parent and rec.parent not in self.records:
                raise KnowledgeError(f"{rec.source}: entry {rec.id!r}: unknown parent {rec.parent!r}")
            for aff in rec.affiliations:
                if aff.actor_id not in self.records:
                    raise KnowledgeError(f"{rec.source}: entry {rec.id!r}: affiliation to unknown actor "
                                         f"{aff.actor_id!r}")
        for country, actor_id in (self.lexicon.get("islamist_insurgencies") or {}).items():
            if actor_id not in self.records:
                raise KnowledgeError(f"lexicon 'islamist_insurgencies': {country}: unknown actor {actor_id!r}")
        for rule in self.lexicon.get("force_by_state") or ():
            if not (isinstance(rule, dict) and rule.get("force") in ("military", "police", "intelligence")
                    and isinstance(rule.get("nouns"), list) and isinstance(rule.get("states"), list)):
                raise KnowledgeError(f"lexicon 'force_by_state': {rule!r}: needs nouns, states and a force "
                                     "(military, police or intelligence)")
        for rule in self.lexicon.get("coalition_forces") or ():
            if not (isinstance(rule, dict) and rule.get("actor") in self.records
                    and isinstance(rule.get("states"), list) and isinstance(rule.get("in"), list)):
                raise KnowledgeError(f"lexicon 'coalition_forces': {rule!r}: needs states, in (countries) and a "
                                     "known actor")
        table = self.lexicon.get("local_affiliates") or {}
        if not isinstance(table, dict):
            raise KnowledgeError("lexicon 'local_affiliates' must map actor ids to {country: actor id}")
        for patron, by_country in table.items():
            if patron not in self.records or not isinstance(by_country, dict):
                raise KnowledgeError(f"lexicon 'local_affiliates': unknown patron {patron!r} or not a mapping")
            for country, actor_id in by_country.items():
                if actor_id not in self.records:
                    raise KnowledgeError(f"lexicon 'local_affiliates': {patron} in {country}: unknown actor "
                                         f"{actor_id!r}")

    def _acronyms_at_home(self) -> None:
        """The acronym an ACLED name opens with ('CV: Red Command') names the group in texts about its country, as
        news there writes it ('a CV member'), unless some record already bears that name anywhere (a prefix of
        several, 'SLM/A-AW', is left: its parts are no names of their own)."""
        taken = {norm(a) for rec in self.records.values()
                 for a in (*rec.all_names(), *(x for c in rec.context_aliases for x in c.aliases))}
        taken |= {norm(a) for rec in self.records.values() for a in rec.not_aliases}
        for rec in list(self.records.values()):
            head = (rec.acled_name or "").partition(": ")
            if not head[1] or not rec.country or rec.kind not in ("armed_group", "rebel", "militia"):
                continue
            parts = [head[0]] if _ACRONYM.match(head[0]) and norm(head[0]) not in taken else []
            if parts:
                self.records[rec.id] = replace(rec, context_aliases=(*rec.context_aliases,
                                                                     ContextAlias((rec.country,), tuple(parts))))
                taken |= {norm(p) for p in parts}

    def _index(self) -> None:
        for rec in self.records.values():
            for na in rec.not_aliases:
                self._blocked.setdefault(norm(na), set()).add(rec.id)
        for rec in self.records.values():
            for alias in rec.all_names():
                key = norm(alias)
                if not key or rec.id in self._blocked.get(key, ()):
                    continue
                owner = self._plain.setdefault(key, rec.id)
                if owner != rec.id:
                    other = self.records[owner]
                    raise KnowledgeError(f"{rec.source}: entry {rec.id!r}: alias {alias!r} already names "
                                         f"{owner!r} ({other.source}); use context_aliases for shared names")
            for ctx in rec.context_aliases:
                for alias in ctx.aliases:
                    self._context.setdefault(norm(alias), []).append((ctx.countries, rec.id))
            for dem in rec.extra.get("demonyms", ()):
                self._demonyms[norm(dem)] = rec.country or rec.name
            if rec.force:
                self._forces.setdefault((rec.country or "", rec.force), []).append(rec)

    # ---- queries --------------------------------------------------------
    def get(self, actor_id: str) -> ActorRecord:
        try:
            return self.records[actor_id]
        except KeyError:
            raise KnowledgeError(f"unknown actor id {actor_id!r}") from None

    def __contains__(self, actor_id: str) -> bool:
        return actor_id in self.records

    def __len__(self) -> int:
        return len(self.records)

    def lookup(self, surface: str, countries: Iterable[str] = ()) -> ActorRecord | None:
        """The actor a surface form names, given the document's countries (most frequent first).
        'Name (ACRONYM)' falls back to the name, then to the acronym."""
        countries = tuple(countries)
        found = self.resolve_key(norm(surface), countries)
        if found is None:
            found = self._force_name(surface.strip())
        if found is None and "(" in surface and surface.rstrip().endswith(")"):
            outer, _, inner = surface.rstrip()[:-1].partition("(")
            found = self.resolve_key(norm(outer), countries)
            acronym = self.resolve_key(norm(inner), countries) if found is None else None
            found = found or (acronym if acronym is not None and acronym.kind != "state" else None)
        return found

    def _force_name(self, surface: str) -> ActorRecord | None:
        """An ACLED state-force name whose period label the pack words differently: the state's force
        record holding at the label's start year (a trailing sub-unit or faction name is ignored)."""
        m = _FORCE_NAME.match(surface)
        if m is None:
            extra = surface.rsplit(")", 1)
            if len(extra) == 2 and extra[1].strip():         # "Military Forces of Egypt (2014-) Prison Guards"
                return self.resolve_key(norm(extra[0] + ")"))
            return None
        title, country, start, end, _rest = m.groups()
        state = self.resolve_key(norm(country))
        if state is None or state.kind != "state" or not state.country:
            return None
        year = int(end) if end else int(start)
        return self.state_forces(state.country, date(year, 7, 1) if end else date(int(start), 12, 31),
                                 _FORCE_KEY[title.lower()])

    def resolve_key(self, key: str, countries: Iterable[str] = ()) -> ActorRecord | None:
        contexts = self._context.get(key)
        if contexts:
            for country in countries:
                for scope, actor_id in contexts:
                    if country in scope:
                        return self.records[actor_id]
        actor_id = self._plain.get(key)
        return self.records[actor_id] if actor_id else None

    def contexts(self, surface: str) -> list[tuple[tuple[str, ...], str]]:
        """(countries, actor id) for each country-bound meaning of a surface form ("Daesh" in Afghanistan)."""
        return list(self._context.get(norm(surface), ()))

    def surface_entries(self) -> Iterator[tuple[str, str]]:
        """Every (surface form, normalised key) the matcher must find: names, aliases, context aliases."""
        seen: set[str] = set()
        generic = set(self.lexicon.get("generic_actors", ()))
        for rec in self.records.values():
            if rec.id in generic:
                continue
            names = rec.all_names() + [a for c in rec.context_aliases for a in c.aliases]
            for alias in names:
                if alias not in seen:
                    seen.add(alias)
                    yield alias, norm(alias)

    def has_key(self, key: str) -> bool:
        return key in self._plain or key in self._context

    def demonym_country(self, word: str) -> str | None:
        """'Afghan' -> 'Afghanistan' (also accepts the country name itself)."""
        key = norm(word)
        if key in self._demonyms:
            return self._demonyms[key]
        if key.endswith("s") and key[:-1] in self._demonyms:      # 'Ghanaians': the people, as 'Ghanaian'
            return self._demonyms[key[:-1]]
        rec = self.records.get(self._plain.get(key, ""))
        return rec.country if rec is not None and rec.kind == "state" else None

    # ---- date-bounded facts ---------------------------------------------
    def name_at(self, actor_id: str, on: date | None = None) -> str:
        rec = self.get(actor_id)
        period = rec.period_at(on)
        if period and period.name:
            return period.name
        return self._undated(rec, on) or rec.name

    def acled_name_at(self, actor_id: str, on: date | None = None) -> str:
        rec = self.get(actor_id)
        period = rec.period_at(on)
        if period and period.acled_name:
            return period.acled_name
        return self._undated(rec, on) or rec.acled_name or self.name_at(actor_id, on)

    def _undated(self, rec: ActorRecord, on: date | None) -> str | None:
        """A state's force on a day before the first government period the pack knows for it ('the Iraqi army'
        in 2016 when the pack's periods begin in 2018): its name without a period, not a period that had not begun."""
        if not (rec.force and rec.periods and on is not None) or rec.period_at(on) is not None:
            return None
        starts = [r.periods[0].start for r in self._forces.get((rec.country or "", rec.force), ()) if r.periods]
        if not starts or any(s is None or s <= on for s in starts):
            return None
        m = _FORCE_NAME.match(rec.name)
        return f"{m.group(1)} of {m.group(2)}{m.group(5)}" if m else None

    def kind_at(self, actor_id: str, on: date | None = None) -> str:
        rec = self.get(actor_id)
        period = rec.period_at(on)
        return period.kind if period and period.kind else rec.kind

    def inter_at(self, actor_id: str, on: date | None = None) -> int | None:
        rec = self.get(actor_id)
        period = rec.period_at(on)
        return period.inter if period and period.inter else rec.inter

    def affiliations(self, actor_id: str, on: date | None = None) -> list[Affiliation]:
        """A person's affiliations (all, or those holding on `on`)."""
        affs = self.get(actor_id).affiliations
        return [a for a in affs if on is None or a.covers(on)]

    def office_at(self, actor_id: str, on: date | None = None) -> ActorRecord | None:
        """The government a person's state office belongs to: the office held on `on`, else the last one held
        (a title such as 'President P' names the office P held, in a text written later too). An office tied to a
        country's state record is the country's government at the time: `on` inside the tenure, else its start or
        end (the first day of a tenure is inside it, its last may already be the successor's)."""
        rec = self.get(actor_id)
        held = [a for a in rec.affiliations if self.records[a.actor_id].kind == "state"]
        current = [a for a in held if on is not None and a.covers(on)]
        for aff in current or held[::-1]:
            office = self.records[aff.actor_id]
            if office.force is not None:
                return office
            when = on if aff in current else aff.start or aff.end or on
            gov = self.state_forces(office.country, when, "government") if office.country else None
            if gov is not None:
                return gov
        return None

    def members(self, group_id: str) -> list[tuple[ActorRecord, Affiliation]]:
        return [(r, a) for r in self.records.values() for a in r.affiliations if a.actor_id == group_id]

    def state_forces(self, country: str, on: date | None = None, force: str = "military",
                     before: bool = False) -> ActorRecord | None:
        """The state's military/police/government record on a date (the latest when `on` is None);
        `before=True` gives the period before the one holding on `on` ("former Afghan army")."""
        recs = self._forces.get((country, force)) or self._forces.get((self._country_of(country), force))
        if not recs:
            return None
        ordered = sorted(recs, key=lambda r: (r.periods[0].start if r.periods else None) or date.min)
        if on is None:
            return ordered[-1]
        for i, rec in enumerate(ordered):
            if not rec.periods or rec.periods[0].covers(on):
                return ordered[i - 1] if before and i > 0 else rec
        last = ordered[-1].periods[0].start if ordered[-1].periods else None
        return ordered[-1] if on > (last or date.min) else ordered[0]

    def force_in(self, noun: str, country: str | None, force: str) -> str:
        """The force a state-force noun names in a country: its category's, unless the lexicon's
        `force_by_state` names another there ('gendarmes' are Turkey's military and Mali's police)."""
        if country:
            state = self._country_of(country)
            for rule in self.lexicon.get("force_by_state") or ():
                if noun.lower() in rule["nouns"] and state in rule["states"]:
                    return rule["force"]
        return force

    def holder_of(self, country: str | None, force: str) -> str | None:
        """The state whose `force` an unnamed force noun means in a text set in `country`, where another state's
        holds it (lexicon `held_territories`: Israel's military in Palestine), else None."""
        if country:
            land = self._country_of(country)
            for rule in self.lexicon.get("held_territories") or ():
                if land in rule["territories"] and force == rule["force"]:
                    return rule["state"]
        return None

    def coalition_of(self, state: str, theatre: str | None, on: date | None = None) -> ActorRecord | None:
        """The coalition ACLED codes a state's military under when it fights in `theatre` (lexicon
        `coalition_forces`: Saudi Arabia's in Yemen, the Saudi-led coalition's operation), else None; an undated
        event is inside no coalition's time."""
        if not theatre or theatre == state:
            return None
        for rule in self.lexicon.get("coalition_forces") or ():
            start, end = rule.get("from"), rule.get("until")
            if state in rule["states"] and theatre in rule["in"] and (
                    (start is None or on is not None and _day(start) <= on)
                    and (end is None or on is not None and on <= _day(end))):
                return self.records[rule["actor"]]
        return None

    def military_of(self, actor_id: str, on: date | None = None) -> ActorRecord | None:
        """The armed force acting for an actor on a date: a state's (or its government's) military
        record, a state force itself; None for non-state actors ("The U.S. drone strike" -> US military)."""
        rec = self.records.get(actor_id)
        if rec is None:
            return None
        if rec.kind == "state_force" or rec.force in ("military", "police"):
            return rec
        if rec.kind == "state" and rec.country:
            return self.state_forces(rec.country, on, "military")
        return None

    def civilians_name(self, country: str | None) -> str:
        """ACLED's civilian actor of a country: 'Civilians (Afghanistan)' (a demonym is accepted)."""
        if not country:
            return "Civilians"
        return f"Civilians ({self._country_of(country)})"

    def role_of(self, actor_id: str) -> str | None:
        """A fixed role of an organisation in reporting: 'source' for news agencies (lexicon source_actors)."""
        return "source" if actor_id in self.lexicon.get("source_actors", ()) else None

    def _country_of(self, name: str) -> str:
        return self.demonym_country(name) or name


def _day(value) -> date:
    """A YAML date (already a date) or its ISO text."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _merge_lexicon(into: dict[str, Any], new: dict[str, Any]) -> None:
    for key, value in new.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge_lexicon(into[key], value)
        elif isinstance(value, list) and isinstance(into.get(key), list):
            into[key] = into[key] + [v for v in value if v not in into[key]]
        else:
            into[key] = value


@lru_cache(maxsize=1)
def default_pack() -> ActorPack:
    """The packaged actor pack plus POLEMOS_ACTOR_PACKS, loaded once per process."""
    return ActorPack.load()


__all__ = ["ActorPack", "ActorRecord", "Affiliation", "default_pack", "norm", "slug", "PACK_DIR"]
