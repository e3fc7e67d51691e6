"""What a situation brief holds, gathered read-only from the store and filtered (country, actor, period)."""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..export.canonical import actor_kinds, canonical_records, source_name
from ..export.countries import iso2
from ..export.network import actor_kind


@dataclass
class Filters:
    country: str | None = None
    actor: str | None = None
    since: str | None = None        # ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
    until: str | None = None

    def describe(self) -> str:
        parts = [f"country {self.country}" if self.country else "", f"actor {self.actor}" if self.actor else "",
                 f"from {self.since}" if self.since else "", f"until {self.until}" if self.until else ""]
        return ", ".join(p for p in parts if p) or "all events"


@dataclass
class BriefData:
    filters: Filters
    events: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    relations: list[dict[str, Any]]
    sources: list[dict[str, Any]]                       # numbered documents: n, doc_id, publisher, title...
    source_no: dict[str, int] = field(default_factory=dict)
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: list[dict[str, Any]] = field(default_factory=list)

    @property
    def contradictions(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        return [(ev, c) for ev in self.events for c in ev.get("contradictions") or []]

    def figures(self) -> dict[str, Any]:
        low = sum(e.get("fatalities_low") or e.get("fatalities") or 0 for e in self.events)
        high = sum(e.get("fatalities_high") or e.get("fatalities") or 0 for e in self.events)
        return {"events": len(self.events), "fatalities": sum(e.get("fatalities") or 0 for e in self.events),
                "fatalities_low": low, "fatalities_high": high, "sources": len(self.sources),
                "reports": sum(len(e["reports"]) for e in self.events), "actors": len(self.nodes),
                "contradictions": len(self.contradictions), "claims": len(self.claims),
                "countries": sorted({e["country"] for e in self.events if e.get("country")})}

    def period(self) -> tuple[str | None, str | None]:
        """First and last event dates; events known only to the year count only when nothing is more precise."""
        precise = [e for e in self.events if e.get("event_date") and e.get("date_precision") in ("day", "week", "month")]
        dates = sorted(e["event_date"] for e in (precise or self.events) if e.get("event_date"))
        return (dates[0], dates[-1]) if dates else (None, None)


def _bounds(value: str) -> tuple[date, date]:
    """The first and last day an ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) covers."""
    parts = [int(p) for p in value[:10].split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(*parts), date(*parts)


def _keep(ev: dict[str, Any], f: Filters) -> bool:
    if f.country and f.country.lower() not in {(ev.get("country") or "").lower(), (iso2(ev.get("country")) or "").lower()}:
        return False
    if f.actor:
        names = [ev.get(k) or "" for k in ("actor1", "actor2", "assoc_actor1", "assoc_actor2", "claimed_by")]
        if not any(f.actor.lower() in n.lower() for n in names):
            return False
    if f.since or f.until:
        if not ev.get("event_date"):
            return False
        first, last = _bounds(ev["event_date"])
        if (f.since and last < _bounds(f.since)[0]) or (f.until and first > _bounds(f.until)[1]):
            return False
    return True


def _mentions_actor(rec: dict[str, Any], actor: str | None, keys: tuple[str, ...]) -> bool:
    return not actor or any(actor.lower() in (rec.get(k) or "").lower() for k in keys)


def gather(store, filters: Filters) -> BriefData:
    """Every piece of the brief for the events that pass the filters, and the documents behind them."""
    docs = {d.doc_id: d for d in store.documents()}
    events = sorted((e for e in canonical_records(store) if _keep(e, filters)),
                    key=lambda e: (not e.get("event_date"), e.get("event_date") or "", e["event_key"]))
    filtered = any((filters.country, filters.actor, filters.since, filters.until))
    doc_ids = {r["doc_id"] for e in events for r in e["reports"]} if filtered else set(docs)
    claims = [c for c in store.claims() if c["doc_id"] in doc_ids
              and _mentions_actor(c, filters.actor, ("subject", "attributed_to", "denied_by"))]
    relations = [r for r in store.relations() if r["doc_id"] in doc_ids
                 and _mentions_actor(r, filters.actor, ("actor1", "actor2"))]
    used = sorted(doc_ids | {c["doc_id"] for c in claims} | {r["doc_id"] for r in relations},
                  key=lambda d: (docs[d].published or date.min, d) if d in docs else (date.min, d))
    sources = []
    for n, doc_id in enumerate((d for d in used if d in docs), 1):
        doc = docs[doc_id]
        sources.append({"n": n, "doc_id": doc_id, "publisher": doc.publisher or "", "title": doc.title or doc_id,
                        "published": doc.published.isoformat() if doc.published else "", "url": doc.url or "",
                        "name": source_name({"doc_id": doc_id}, doc)})
    data = BriefData(filters, events, claims, relations, sources, {s["doc_id"]: s["n"] for s in sources})
    _network(data, actor_kinds(store))
    return data


def _network(data: BriefData, kinds: dict[str, str]) -> None:
    nodes, edges = data.nodes, {}

    def node(name: str) -> dict[str, Any]:
        return nodes.setdefault(name, {"kind": actor_kind(name, kinds), "events": 0})

    for ev in data.events:
        pair = [n for n in (ev.get("actor1"), ev.get("actor2")) if n]
        for name in pair:
            node(name)["events"] += 1
        if len(pair) == 2:
            key = (*sorted(pair), "event")
            edges.setdefault(key, {"actor1": key[0], "actor2": key[1], "relation": "event", "weight": 0})["weight"] += 1
    for rel in data.relations:
        node(rel["actor1"]), node(rel["actor2"])
        key = (rel["actor1"], rel["actor2"], rel["relation"])
        edges.setdefault(key, {"actor1": key[0], "actor2": key[1], "relation": key[2], "weight": 0})["weight"] += 1
    data.edges = sorted(edges.values(), key=lambda e: (e["relation"], e["actor1"], e["actor2"]))
