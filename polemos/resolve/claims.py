"""Contradictions among attributed claims: ranges that do not overlap, claims made and denied."""
from __future__ import annotations

from itertools import combinations
from typing import Any


def _interval(c: dict) -> tuple[float, float] | None:
    lo, hi = c.get("low"), c.get("high")
    if lo is None and hi is None:
        return None
    return (lo if lo is not None else 0.0), (hi if hi is not None else float("inf"))


def disagree(a: dict, b: dict) -> bool:
    """Two figures for the same thing over the same period that cannot both hold: disjoint ranges, or ranges
    that only touch (1,500-2,200 against 2,200-4,000). Identical figures agree; figures for two different
    stated periods are not compared."""
    if a.get("period") and b.get("period") and a["period"] != b["period"]:
        return False
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    if (alo, ahi) == (blo, bhi):
        return False
    low, high = max(alo, blo), min(ahi, bhi)
    return low > high or (low == high and alo < ahi and blo < bhi)


def _item(c: dict) -> dict[str, Any]:
    lo, hi = c.get("low"), c.get("high")
    value = f"{lo:g}" if lo is not None and lo == hi else f"{'' if lo is None else f'{lo:g}'}-{'' if hi is None else f'{hi:g}'}"
    return {"doc_id": c["doc_id"], "value": value, "attributed_to": c.get("attributed_to"),
            "evidence": c.get("evidence"), "start": c.get("evidence_start"), "end": c.get("evidence_end")}


def claim_contradictions(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    groups: dict[tuple, list[dict]] = {}
    for c in claims:
        if c.get("denied_by"):
            out.append({"kind": "claim_denied", "subject": c["subject"], "quantity": c["quantity"],
                        "summary": f"{c.get('attributed_to') or 'a source'} claims {c['quantity']} "
                                   f"{_item(c)['value']}; {c['denied_by']} denies it",
                        "items": [_item(c)]})
        if c["quantity"] != "other" and _interval(c):
            groups.setdefault((c["subject"], c["quantity"]), []).append(c)
    for (subject, quantity), group in groups.items():
        clash = [(a, b) for a, b in combinations(group, 2) if a["doc_id"] != b["doc_id"] and disagree(a, b)]
        if clash:
            members = {id(x): x for pair in clash for x in pair}.values()
            out.append({"kind": "claim_ranges", "subject": subject, "quantity": quantity,
                        "summary": f"{subject}, {quantity}: " + " vs ".join(
                            f"{_item(c)['value']} ({c.get('attributed_to') or c['doc_id']})" for c in members),
                        "items": [_item(c) for c in members]})
    return out
