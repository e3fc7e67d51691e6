"""Cross-document resolution: canonical events, reconciled figures and contradictions."""
from __future__ import annotations

from typing import Any

from .claims import claim_contradictions
from .coref import cluster, event_key
from .reconcile import canonical


def resolve_store(store) -> dict[str, int]:
    """Re-cluster every stored event into canonical events and record them. Returns counts."""
    events = store.events()
    documents = {d.doc_id: d for d in store.documents()}
    keys: dict[int, str] = {}
    records: dict[str, dict[str, Any]] = {}
    for group in cluster(events):
        key = event_key(group)
        for e in group:
            keys[e["id"]] = key
        records[key] = canonical(key, group, documents)
    store.set_event_keys(keys, records)
    return {"events": len(events), "canonical": len(records),
            "merged": sum(1 for r in records.values() if len(r["reports"]) > 1)}


def contradictions(store) -> list[dict[str, Any]]:
    """Every contradiction in the knowledge base: per canonical event, then among claims."""
    out = []
    for key, rec in sorted(store.canonical_events().items()):
        for c in rec.get("contradictions", []):
            out.append(dict(c, event_key=key, event=f"{rec.get('sub_event_type')} {rec.get('date') or ''} "
                                                   f"{rec.get('location') or rec.get('admin1') or ''}".strip()))
    out.extend(claim_contradictions(store.claims()))
    from ..causal.causal_map import causal_map
    out.extend(causal_map(store).contradictions())
    return out
