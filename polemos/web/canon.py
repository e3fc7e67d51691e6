"""Canonical events and contradictions, read through one small accessor.

When the store holds the resolver's output (`store.canonical_events()`), a
canonical event is that record plus the stored reports carrying its key. Any
event without a key stands alone as its own canonical event (`event-<id>`).
Contradictions are the resolver's (polemos.resolve); an event the resolver has
not seen yet gets the disagreements visible between its own reports.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..export.canonical import event_key_of as event_key  # the one definition of the fallback key

COMPARED = ("event_date", "event_type", "fatalities", "location")


def canonical_events(store, events: list[dict] | None = None) -> dict[str, dict[str, Any]]:
    """{key: canonical record with `reports`, `fatalities` by source and `contradictions`}."""
    events = store.events() if events is None else events
    stored = store.canonical_events()
    docs = {d.doc_id: d for d in store.documents()}
    groups: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        groups[event_key(e)].append(e)
    out = {}
    for key, reports in groups.items():
        out[key] = _canonical(key, reports, stored.get(key) or {}, docs)
    return out


def _canonical(key: str, reports: list[dict], data: dict, docs: dict) -> dict[str, Any]:
    head = reports[0]
    rec = {f: head.get(f) for f in ("event_date", "date_precision", "event_type", "sub_event_type", "actor1",
                                   "actor2", "country", "admin1", "location", "latitude", "longitude",
                                   "geo_precision", "fatalities")}
    rec.update({k: v for k, v in data.items() if k not in ("reports", "fatalities", "contradictions", "date")})
    if data.get("date"):
        rec["event_date"] = data["date"]
    reconciled = data.get("fatalities")
    if isinstance(reconciled, dict):
        rec["fatalities"] = reconciled.get("acled", reconciled.get("best", rec["fatalities"]))
    rec["fatalities_reconciled"] = reconciled if isinstance(reconciled, dict) else None
    rec["key"] = key
    rec["reports"] = reports
    rec["figures"] = [_figure(e, docs.get(e["doc_id"])) for e in reports]
    rec["contradictions"] = [_normalise(c) for c in data.get("contradictions") or []] or _disagreements(reports)
    return rec


def _figure(e: dict, doc) -> dict[str, Any]:
    return {"event_id": e["id"], "doc_id": e["doc_id"], "publisher": getattr(doc, "publisher", None),
            "published": doc.published.isoformat() if doc and doc.published else None,
            "fatalities": e.get("fatalities"), "fatalities_low": e.get("fatalities_low"),
            "fatalities_high": e.get("fatalities_high"), "reported_by": e.get("reported_by"),
            "claimed_by": e.get("claimed_by"), "denied_by": e.get("denied_by"),
            "evidence_start": e.get("evidence_start"), "evidence_end": e.get("evidence_end")}


def _normalise(c: Any) -> dict[str, Any]:
    """A contradiction in one display shape: field, message, values by source, items with evidence spans."""
    if not isinstance(c, dict):
        return {"field": None, "message": str(c), "values": None, "items": []}
    items = [i for i in c.get("items") or [] if isinstance(i, dict)]
    values = c.get("values") or {i.get("doc_id"): _value(i.get("value")) for i in items} or None
    return {"field": c.get("field") or c.get("kind"), "message": c.get("summary") or c.get("message") or str(c),
            "values": values, "items": items}


def _value(v: Any) -> Any:
    if isinstance(v, dict):
        return ", ".join(f"{k.replace('_', ' ')} {x}" for k, x in v.items() if x is not None)
    return v


def _disagreements(reports: list[dict]) -> list[dict[str, Any]]:
    out = []
    for f in COMPARED:
        values = {e["doc_id"]: e.get(f) for e in reports if e.get(f) not in (None, "")}
        if len(set(map(str, values.values()))) > 1:
            out.append({"field": f, "message": f"sources disagree on {f.replace('_', ' ')}", "values": values,
                        "items": [{"doc_id": e["doc_id"], "value": e.get(f), "start": e.get("evidence_start"),
                                   "end": e.get("evidence_end")} for e in reports if e.get(f) not in (None, "")]})
    for e in reports:
        if e.get("claimed_by") and e.get("denied_by"):
            out.append({"field": "claim_denied", "values": {e["doc_id"]: e["claimed_by"]},
                        "message": f"claimed by {e['claimed_by']}, denied by {e['denied_by']}",
                        "items": [{"doc_id": e["doc_id"], "start": e.get("evidence_start"),
                                   "end": e.get("evidence_end")}]})
    return out


def contradictions(store, canon: dict[str, dict] | None = None) -> list[dict[str, Any]]:
    """Every contradiction worth an analyst's attention, events first, then claims."""
    canon = canonical_events(store) if canon is None else canon
    out = []
    for key, rec in canon.items():
        for c in rec["contradictions"]:
            out.append(dict(c, kind="event", key=key, event_id=rec["reports"][0]["id"],
                            title=f"{rec.get('sub_event_type') or rec.get('event_type')} "
                                  f"{rec.get('location') or rec.get('country') or ''}".strip(),
                            date=rec.get("event_date")))
    out.extend(claim_contradictions(store.claims()))
    return out


def claim_contradictions(claims: list[dict]) -> list[dict[str, Any]]:
    """The resolver's contradictions among claims (ranges that do not overlap, denials), in display shape."""
    from ..resolve import claim_contradictions as resolved
    ids = {(c["doc_id"], c.get("evidence_start")): c["id"] for c in claims}
    out = []
    for c in resolved(claims):
        rec = _normalise(c)
        first = (rec["items"] or [{}])[0]
        rec.update(kind="claim", title=f"{c.get('subject')} · {c.get('quantity')}", date=None,
                   claim_id=ids.get((first.get("doc_id"), first.get("start"))))
        out.append(rec)
    return out
