"""Canonical events and contradictions, read through one small accessor.

When the store holds the resolver's output (`store.canonical_events()`), a
canonical event is that record plus the stored reports carrying its key. Any
event without a key stands alone as its own canonical event (`event-<id>`).
Contradictions are the resolver's, plus those visible from the rows themselves:
sources that disagree within one canonical event, claims denied, and claimed
figures that differ between sources.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

COMPARED = ("event_date", "event_type", "fatalities", "location")


def event_key(event: dict[str, Any]) -> str:
    return event.get("event_key") or f"event-{event['id']}"


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
    rec.update({k: v for k, v in data.items() if k not in ("reports", "fatalities", "contradictions")})
    rec["key"] = key
    rec["reports"] = reports
    rec["figures"] = [_figure(e, docs.get(e["doc_id"])) for e in reports]
    rec["fatalities_by_source"] = data.get("fatalities") or {}
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
    if isinstance(c, dict):
        return {"field": c.get("field"), "message": c.get("message") or c.get("note") or str(c),
                "values": c.get("values")}
    return {"field": None, "message": str(c), "values": None}


def _disagreements(reports: list[dict]) -> list[dict[str, Any]]:
    out = []
    for f in COMPARED:
        values = {e["doc_id"]: e.get(f) for e in reports if e.get(f) not in (None, "")}
        if len(set(map(str, values.values()))) > 1:
            out.append({"field": f, "message": f"sources disagree on {f.replace('_', ' ')}", "values": values})
    for e in reports:
        if e.get("claimed_by") and e.get("denied_by"):
            out.append({"field": "responsibility", "values": {e["doc_id"]: e["claimed_by"]},
                        "message": f"claimed by {e['claimed_by']}, denied by {e['denied_by']}"})
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
    """Claims denied by someone, and claimed figures that differ between sources."""
    out = []
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for c in claims:
        if c.get("denied_by"):
            out.append({"kind": "claim", "field": "denial", "claim_id": c["id"], "title": c.get("subject"),
                        "message": f"{c.get('attributed_to') or 'a source'} claims, {c['denied_by']} denies",
                        "values": {c["doc_id"]: _figure_text(c)}, "date": c.get("period")})
        groups[(str(c.get("subject") or "").casefold(), c.get("quantity"), c.get("period"))].append(c)
    for (_, quantity, period), rows in groups.items():
        figures = {f"{c['doc_id']} ({c.get('attributed_to') or 'unattributed'})": _figure_text(c) for c in rows}
        if len(set(figures.values())) > 1:
            out.append({"kind": "claim", "field": quantity, "claim_id": rows[0]["id"], "title": rows[0].get("subject"),
                        "message": f"sources give different figures for {quantity}", "values": figures,
                        "date": period})
    return out


def _figure_text(c: dict) -> str:
    low, high = c.get("low"), c.get("high")
    fmt = lambda v: "?" if v is None else f"{v:g}" if isinstance(v, float) else str(v)  # noqa: E731
    return fmt(low) if low == high else f"{fmt(low)}–{fmt(high)}"
