"""Per canonical event: every source's figures, ACLED's conservative figure, a UCDP-style low/best/high,
and the contradictions between reports, shown rather than hidden."""
from __future__ import annotations

from statistics import median
from typing import Any

from .coref import names_agree

REPORT_FIELDS = ("doc_id", "fatalities", "fatalities_low", "fatalities_high", "claimed_by", "denied_by",
                 "reported_by", "actor1", "actor2", "event_date", "evidence", "evidence_start", "evidence_end")


def figures(reports: list[dict[str, Any]]) -> dict[str, int | None]:
    """ACLED: the lowest credible figure; UCDP-style low (lowest lower bound), best (median), high (highest bound)."""
    lows = [r["fatalities_low"] for r in reports if r.get("fatalities_low") is not None]
    bests = [r["fatalities"] for r in reports if r.get("fatalities") is not None]
    highs = [r["fatalities_high"] for r in reports if r.get("fatalities_high") is not None]
    open_ended = any(r.get("fatalities_low") is not None and r.get("fatalities_high") is None for r in reports)
    return {
        "acled": min(bests) if bests else None,
        "low": min(lows) if lows else None,
        "best": int(median(bests)) if bests else None,
        "high": None if open_ended or not highs else max(highs),
    }


def _stated(r: dict) -> str | None:
    lo, hi = r.get("fatalities_low"), r.get("fatalities_high")
    if lo is None and hi is None:
        return None
    if hi is None:
        return f"more than {lo}" if lo else "unknown"
    return str(lo) if lo == hi else f"{lo}-{hi}"


def _item(r: dict, value: Any) -> dict[str, Any]:
    return {"doc_id": r["doc_id"], "value": value, "evidence": r.get("evidence"),
            "start": r.get("evidence_start"), "end": r.get("evidence_end")}


def contradictions(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Disagreements between the reports of one event: figures, perpetrators, claims and denials."""
    out = []
    stated = [(r, _stated(r)) for r in reports if _stated(r)]
    if len({s for _, s in stated}) > 1:
        out.append({"kind": "fatalities",
                    "summary": "sources disagree on the toll: " + " vs ".join(f"{s} ({r['doc_id']})" for r, s in stated),
                    "items": [_item(r, s) for r, s in stated]})
    named = [r for r in reports if r.get("actor1") and "Unidentified" not in r["actor1"]]
    if any(names_agree(a["actor1"], b["actor1"]) is False for a in named for b in named):
        out.append({"kind": "perpetrator",
                    "summary": "sources name different perpetrators: " + " vs ".join(sorted({r["actor1"] for r in named})),
                    "items": [_item(r, r["actor1"]) for r in named]})
    for r in reports:
        if r.get("denied_by"):
            out.append({"kind": "claim_denied",
                        "summary": f"{r.get('claimed_by') or r.get('actor1') or 'a claim'} claimed it; {r['denied_by']} denied it",
                        "items": [_item(r, {"claimed_by": r.get("claimed_by"), "denied_by": r["denied_by"]})]})
    return out


def canonical(key: str, reports: list[dict[str, Any]], documents: dict[str, Any]) -> dict[str, Any]:
    """The canonical record of one real-world event."""
    best = max(reports, key=lambda e: (len(e.get("event_date") or ""), -(e.get("geo_precision") or 9),
                                       e.get("fatalities") is not None))
    rows = []
    for r in reports:
        doc = documents.get(r["doc_id"])
        row = {f: r.get(f) for f in REPORT_FIELDS}
        row.update(event_id=r["id"], publisher=getattr(doc, "publisher", None), title=getattr(doc, "title", None),
                   published=doc.published.isoformat() if doc and doc.published else None)
        rows.append(row)
    return {
        "event_key": key,
        **{f: best.get(f) for f in ("event_type", "sub_event_type", "country", "admin1", "location", "latitude",
                                     "longitude", "geo_precision", "actor1", "actor2")},
        "date": best.get("event_date"), "date_precision": best.get("date_precision"),
        "reports": rows,
        "fatalities": figures(reports),
        "contradictions": contradictions(reports),
    }
