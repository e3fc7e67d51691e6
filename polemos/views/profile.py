"""`polemos actor NAME`: one actor's profile, from the knowledge pack and the store (read-only)."""
from __future__ import annotations

from rich.console import Console

from ..actor import ActorProfile
from ..errors import PolemosError
from ..query import EventFilter
from ..ranges import Range


def _names_of(rec) -> set[str]:
    names = {rec.name, *(rec.aliases or ())}
    if rec.acled_name:
        names.add(rec.acled_name)
    for p in rec.periods:
        names |= {n for n in (p.name, p.acled_name) if n}
    return names


def actor_profile(store, name: str, pack=None) -> ActorProfile:
    """Aliases, kind, affiliations over time, relations, events as actor1/actor2, claims about the actor."""
    from ..knowledge.actors import default_pack, norm
    from ..store.rows import claim_of, relation_of

    pack = pack or default_pack()
    rec = pack.lookup(name)
    stored = store.actors()
    if rec is not None:
        seen = next((a for a in stored if a["actor_id"] == rec.id), None)
        names = _names_of(rec)
        profile = {"actor_id": rec.id, "name": rec.name, "kind": rec.kind, "country": rec.country,
                   "aliases": sorted(rec.aliases), "parent": pack.get(rec.parent).name if rec.parent else None,
                   "parent_relation": rec.parent_relation,
                   "periods": [{"from": p.start, "until": p.end, "name": p.acled_name or p.name, "kind": p.kind}
                               for p in rec.periods],
                   "affiliations": [{"actor": pack.get(a.actor_id).name, "role": a.role, "from": a.start,
                                     "until": a.end} for a in rec.affiliations],
                   "members": [{"actor": r.name, "role": a.role, "from": a.start, "until": a.end}
                               for r, a in pack.members(rec.id)]}
    else:
        seen = next((a for a in stored if norm(a["name"]) == norm(name)), None) or \
            next((a for a in stored if norm(name) in norm(a["name"])), None)
        if seen is None:
            raise PolemosError(f"no actor called {name!r} in the knowledge pack or the store")
        names = {seen["name"]}
        profile = {"actor_id": seen["actor_id"], "name": seen["name"], "kind": seen["kind"],
                   "country": seen.get("country"), "aliases": [], "parent": None, "parent_relation": None,
                   "periods": [], "affiliations": [], "members": []}
    keys = {norm(n) for n in names}

    def is_me(value: str | None) -> bool:
        return bool(value) and norm(value) in keys

    events = list(store.iter_events(EventFilter.parse(actor=name)))
    return ActorProfile(
        **profile, names_seen=seen["aliases_seen"] if seen else [], mentions=seen["mentions"] if seen else {},
        relations=[relation_of(r) for r in store.relations() if is_me(r["actor1"]) or is_me(r["actor2"])],
        events_as_actor1=[e for e in events if is_me(e.actor1)],
        events_as_actor2=[e for e in events if is_me(e.actor2)],
        claims=[claim_of(c) for c in store.claims() if is_me(c["subject"])])


def print_profile(p: ActorProfile) -> None:
    con = Console(soft_wrap=False)
    con.print(f"[bold]{p.name}[/bold]  ({p.kind}{', ' + p.country if p.country else ''})")
    if p.aliases:
        con.print("aliases: " + ", ".join(p.aliases[:25]))
    if p.names_seen:
        con.print("names seen in the texts: " + ", ".join(p.names_seen))
    if p.parent:
        con.print(f"{p.parent_relation or 'part of'}: {p.parent}")
    for per in p.periods:
        con.print(f"  {per['from'] or '…'} to {per['until'] or 'now'}: {per['name'] or ''} ({per['kind'] or ''})")
    for a in p.affiliations:
        con.print(f"{a['role'] or 'member'} of {a['actor']} ({a['from'] or '…'} to {a['until'] or 'now'})")
    for a in p.members:
        con.print(f"its {a['role'] or 'member'}: {a['actor']} ({a['from'] or '…'} to {a['until'] or 'now'})")
    con.print(f"\n[bold]Relations ({len(p.relations)})[/bold]")
    for r in p.relations:
        con.print(f"  {r.actor1} —{r.relation}→ {r.actor2}  [dim]{r.doc_id}: {(r.evidence.text or '')[:110]}[/dim]")
    for role, rows in (("actor1", p.events_as_actor1), ("actor2", p.events_as_actor2)):
        con.print(f"\n[bold]Events as {role} ({len(rows)})[/bold]")
        for e in rows:
            con.print(f"  {e.date.label() if e.date else 'undated'} {e.sub_event_type}: {e.actor1 or '?'} → "
                      f"{e.actor2 or '-'} in {e.place.label()}  [dim]{'; '.join(r.cite() for r in e.reports)}[/dim]")
    con.print(f"\n[bold]Claims about it ({len(p.claims)})[/bold]")
    for c in p.claims:
        con.print(f"  {c.quantity}: {Range(c.low, c.high)} (according to {c.attributed_to or 'the author'})"
                  f"  [dim]{c.doc_id}[/dim]")
