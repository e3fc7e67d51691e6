"""What a situation brief holds, read from the store as typed records and selected by one EventFilter."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..canonical import CONFLICT, CanonicalEvent, Contradiction
from ..query import EventFilter
from ..ranges import Range


@dataclass
class BriefData:
    filters: EventFilter
    events: list[CanonicalEvent]
    claims: list[dict[str, Any]]
    relations: list[dict[str, Any]]
    sources: list[dict[str, Any]]                       # numbered documents: n, doc_id, publisher, title...
    source_no: dict[str, int] = field(default_factory=dict)
    contradictions: list[Contradiction] = field(default_factory=list)
    graph: Any = None

    @property
    def conflicts(self) -> list[Contradiction]:
        return [c for c in self.contradictions if c.severity == CONFLICT]

    @property
    def variations(self) -> list[Contradiction]:
        return [c for c in self.contradictions if c.severity != CONFLICT]

    def figures(self) -> dict[str, Any]:
        low = sum(e.fatalities.low or e.fatalities_acled or 0 for e in self.events)
        high = sum(e.fatalities.high or e.fatalities.low or e.fatalities_acled or 0 for e in self.events)
        return {"events": len(self.events), "fatalities": sum(e.fatalities_acled or 0 for e in self.events),
                "fatalities_range": Range(low, high), "sources": len(self.sources),
                "reports": sum(len(e.reports) for e in self.events),
                "actors": self.graph.number_of_nodes() if self.graph is not None else 0,
                "contradictions": len(self.conflicts), "variations": len(self.variations),
                "claims": len(self.claims),
                "countries": sorted({e.place.country for e in self.events if e.place.country})}

    def period(self) -> tuple[str | None, str | None]:
        """First and last event dates; events known only to the year count only when nothing is more precise."""
        dated = [e.date for e in self.events if e.date]
        precise = [d for d in dated if d.precision in ("day", "week", "month")] or dated
        return (min(precise).label(), max(precise).label()) if precise else (None, None)


def _mentions_actor(rec: dict[str, Any], f: EventFilter, keys: tuple[str, ...]) -> bool:
    return not f.actors or any(rec.get(k) in m.names for m in f.actors for k in keys)


def gather(store, f: EventFilter) -> BriefData:
    """Every piece of the brief for the selected events, and the documents behind them."""
    from ..resolve import causal_contradictions, claim_links
    from ..resolve.contradictions import claim_contradictions
    from .network import build_graph

    meta = store.document_meta()
    events = sorted(store.iter_events(f), key=lambda e: (e.date is None, e.date or date.min, e.event_key))
    doc_ids = {r.doc_id for e in events for r in e.reports} if f else set(meta)
    claims = [c for c in store.claims() if c["doc_id"] in doc_ids
              and _mentions_actor(c, f, ("subject", "attributed_to", "denied_by"))]
    relations = [r for r in store.relations() if r["doc_id"] in doc_ids and _mentions_actor(r, f, ("actor1", "actor2"))]
    used = sorted(doc_ids | {c["doc_id"] for c in claims} | {r["doc_id"] for r in relations},
                  key=lambda d: (meta[d].published or date.min, d) if d in meta else (date.min, d))
    sources = []
    for n, doc_id in enumerate((d for d in used if d in meta), 1):
        doc = meta[doc_id]
        sources.append({"n": n, "doc_id": doc_id, "publisher": doc.publisher or "", "title": doc.title or doc_id,
                        "published": doc.published.isoformat() if doc.published else "", "url": doc.url or ""})
    found = [c for e in events for c in e.contradictions]
    found += claim_contradictions(claims, {d: m.published for d, m in meta.items()}, claim_links(store))
    found += [c for c in causal_contradictions(store) if any(i.doc_id in doc_ids for i in c.items)]
    return BriefData(f, events, claims, relations, sources, {s["doc_id"]: s["n"] for s in sources}, found,
                     build_graph(store, f))
