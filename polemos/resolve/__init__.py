"""Cross-document resolution: canonical events, reconciled figures and contradictions."""
from __future__ import annotations

from typing import Any

from ..canonical import CONFLICT, Contradiction, Item
from .contradictions import claim_contradictions
from .incremental import resolve_all, resolve_pending

__all__ = ["resolve_pending", "resolve_all", "contradictions", "contradiction_counts", "claim_links"]


def claim_links(store) -> dict[int, str]:
    """Claim id -> key of the canonical event whose report sentence holds the claim."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for e in store.events():
        spans.setdefault(e["doc_id"], []).append((e["evidence_start"], e["evidence_end"], e["event_key"]))
    out = {}
    for c in store.claims():
        for start, end, key in spans.get(c["doc_id"], ()):
            if key and start <= c["evidence_start"] < end:
                out[c["id"]] = key
                break
    return out


def contradictions(store, include_variations: bool = True) -> list[Contradiction]:
    """Every disagreement between sources: per canonical event (date order), then among claims.
    Without `include_variations`, only the conflicts."""
    out: list[Contradiction] = [c for ev in store.iter_events() for c in ev.contradictions]
    published = {d: m.published for d, m in store.document_meta().items()}
    out += claim_contradictions(store.claims(), published, claim_links(store))
    out += causal_contradictions(store)
    return out if include_variations else [c for c in out if c.severity == CONFLICT]


def causal_contradictions(store) -> list[Contradiction]:
    """The causal map's disagreements (a link stated and denied, or stated with opposite signs), typed."""
    from ..causal.causal_map import causal_map
    out = []
    for c in causal_map(store).contradictions():
        items = [Item(i.get("doc_id"), i.get("modality") or "states it", i.get("publisher"), i.get("attributed_to"),
                      i.get("evidence"), i.get("evidence_start"), i.get("evidence_end")) for i in c["items"]]
        out.append(Contradiction(c["kind"], CONFLICT, c["summary"], items, about=f"{c['cause']} → {c['effect']}"))
    return out


def contradiction_counts(found: list[Contradiction]) -> dict[str, Any]:
    """How many conflicts and variations, the figures every output shows."""
    conflicts = sum(1 for c in found if c.severity == CONFLICT)
    return {"conflicts": conflicts, "variations": len(found) - conflicts}
