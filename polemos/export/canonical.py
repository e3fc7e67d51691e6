"""Read-only accessor for canonical (cross-document) events, shared by every export and view.

The resolver stores one record per canonical event (`store.canonical_events()`). Until an
event has been resolved, it counts as its own canonical event, reconciled by the resolver's
own `canonical`, so exports work either way.
"""
from __future__ import annotations

from typing import Any

from ..resolve.reconcile import canonical

# fields copied from the primary report's event when the canonical record lacks them
_EVENT_FIELDS = ("event_type", "sub_event_type", "date_precision", "country", "admin1", "admin2",
                 "location", "latitude", "longitude", "geo_precision", "actor1", "actor2", "assoc_actor1",
                 "assoc_actor2", "claimed_by", "denied_by", "reported_by", "notes")


def event_key_of(event: dict[str, Any]) -> str:
    """The canonical key of an event row: its event_key, or its own id while unresolved."""
    return event.get("event_key") or f"event-{event['id']}"


def _report(event: dict[str, Any], doc) -> dict[str, Any]:
    return {"event_id": event["id"], "doc_id": event["doc_id"],
            "publisher": getattr(doc, "publisher", None), "title": getattr(doc, "title", None),
            "published": doc.published.isoformat() if doc is not None and doc.published else None,
            "url": getattr(doc, "url", None),
            "fatalities": event.get("fatalities"), "fatalities_low": event.get("fatalities_low"),
            "fatalities_high": event.get("fatalities_high"), "claimed_by": event.get("claimed_by"),
            "evidence": event.get("evidence"), "evidence_start": event.get("evidence_start"),
            "evidence_end": event.get("evidence_end")}


def canonical_records(store) -> list[dict[str, Any]]:
    """Every canonical event as one flat record, sorted by date then key.

    Keys: the canonical data (event_key, event_type, ..., reports, contradictions) plus
    event_date, fatalities (ACLED's single figure), fatalities_low/high/best, sources
    (distinct publishers) and the primary event's extra fields (assoc actors, admin2...).
    """
    docs = {d.doc_id: d for d in store.documents()}
    groups: dict[str, list[dict[str, Any]]] = {}
    for ev in store.events():
        groups.setdefault(event_key_of(ev), []).append(ev)
    stored = store.canonical_events()
    out = []
    for key, group in groups.items():
        data = dict(stored[key]) if key in stored else canonical(key, group, docs)
        first = group[0]
        for f in _EVENT_FIELDS:
            if data.get(f) is None:
                data[f] = first.get(f)
        data.setdefault("reports", [_report(e, docs.get(e["doc_id"])) for e in group])
        data.setdefault("contradictions", [])
        out.append(_flatten(key, data, first, docs))
    return sorted(out, key=lambda r: (r.get("event_date") or "", r["event_key"]))


def _flatten(key: str, data: dict[str, Any], first: dict[str, Any], docs: dict) -> dict[str, Any]:
    fat = data.get("fatalities") if isinstance(data.get("fatalities"), dict) else {}
    rec = dict(data)
    rec["event_key"] = key
    rec["event_date"] = data.get("date") or first.get("event_date")
    rec["fatalities"] = fat.get("acled", fat.get("best"))
    rec["fatalities_low"] = fat.get("low")
    rec["fatalities_high"] = fat.get("high")
    rec["fatalities_best"] = fat.get("best")
    for r in rec["reports"]:
        doc = docs.get(r.get("doc_id"))
        r.setdefault("publisher", getattr(doc, "publisher", None))
        r.setdefault("url", getattr(doc, "url", None))
        r.setdefault("title", getattr(doc, "title", None))
    rec["sources"] = sorted({source_name(r, docs.get(r.get("doc_id"))) for r in rec["reports"]})
    return rec


def source_name(report: dict[str, Any], doc=None) -> str:
    """How a report's source is named: its publisher, else its title, else its document id."""
    return report.get("publisher") or getattr(doc, "publisher", None) or report.get("title") or report["doc_id"]


def actor_kinds(store) -> dict[str, str]:
    """Actor display name -> kind, from the store's canonical actors."""
    return {a["name"]: a["kind"] for a in store.actors() if a.get("name") and a.get("kind")}
