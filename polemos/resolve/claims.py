"""Contradictions among attributed claims: ranges that do not overlap, claims made and denied."""
from __future__ import annotations

from itertools import combinations
from typing import Any


def _interval(c: dict) -> tuple[float, float] | None:
    lo, hi = c.get("low"), c.get("high")
    if lo is None and hi is None:
        return None
    return (lo if lo is not None else 0.0), (hi if hi is not None else float("inf"))


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
        clash = [(a, b) for a, b in combinations(group, 2) if a["doc_id"] != b["doc_id"]
                 and (_interval(a)[1] < _interval(b)[0] or _interval(b)[1] < _interval(a)[0])]
        if clash:
            members = {id(x): x for pair in clash for x in pair}.values()
            out.append({"kind": "claim_ranges", "subject": subject, "quantity": quantity,
                        "summary": f"{subject}, {quantity}: " + " vs ".join(
                            f"{_item(c)['value']} ({c.get('attributed_to') or c['doc_id']})" for c in members),
                        "items": [_item(c) for c in members]})
    return out
