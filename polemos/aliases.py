"""Actor names as users type them: any name or alias (ISIS-K, IS-K, ISKP, Daesh in its context) to the
display names the knowledge base stores for that actor, and whether two names are one actor.

Used by every actor filter (CLI, API, web pages, brief) and by the contradiction finder.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class ActorMatch:
    """Events of this actor: their actor fields hold one of `names` (and, for an alias that means this
    actor only in some countries, the event lies in one of `countries`)."""

    actor_id: str | None
    label: str
    names: frozenset[str]
    countries: frozenset[str] | None = None


def _pack():
    from .knowledge.actors import default_pack
    return default_pack()


def _own_names(rec) -> set[str]:
    return {n for n in (rec.name, rec.acled_name, *(n for p in rec.periods for n in (p.name, p.acled_name))) if n}


def display_names(rec) -> frozenset[str]:
    """The names a pack actor is stored under: its name, ACLED name and the names of its periods, and the
    composite sides it is one of ("JNIM: ... and/or Islamic State (Greater Sahara)": extract/actor_either)."""
    names = _own_names(rec)
    pack = _pack()
    for first, second in pack.lexicon.get("either_pairs", ()):
        if rec.id in (first, second) and first in pack and second in pack:
            names |= {f"{a} and/or {b}" for a in _own_names(pack.get(first)) for b in _own_names(pack.get(second))}
    return frozenset(names)


@lru_cache(maxsize=1024)
def actor_matches(query: str) -> tuple[ActorMatch, ...]:
    """What `query` can mean: the actor it names anywhere, plus the actors it names in some countries
    only ("Daesh" is ISKP in Afghanistan). An unknown name matches itself."""
    query = (query or "").strip()
    if not query:
        return ()
    pack = _pack()
    out: list[ActorMatch] = []
    plain = pack.lookup(query)
    if plain is not None:
        out.append(ActorMatch(plain.id, plain.name, display_names(plain) | {query}))
    seen = {plain.id} if plain is not None else set()
    contexts = pack.contexts(query)
    for _scope, actor_id in contexts:
        if actor_id in seen:
            continue
        seen.add(actor_id)
        rec = pack.get(actor_id)
        scopes = {c for s, a in contexts if a == actor_id for c in s}
        out.append(ActorMatch(rec.id, rec.name, display_names(rec), frozenset(scopes)))
    if not out:
        out.append(ActorMatch(None, query, frozenset({query})))
    return tuple(out)


def actor_id(name: str | None) -> str | None:
    """The pack id of a stored display name or alias; None when the pack does not know it."""
    if not name:
        return None
    rec = _pack().lookup(name)
    return rec.id if rec is not None else None


def same_actor(a: str | None, b: str | None) -> bool | None:
    """True when two names are one actor (by the pack, or spelled alike), False when they are two known
    actors, None when either is unknown or unidentified."""
    if not a or not b or "unidentified" in (a + b).casefold():
        return None
    if a.casefold() == b.casefold():
        return True
    ia, ib = actor_id(a), actor_id(b)
    if ia and ib:
        return ia == ib
    return None
