"""Cross-document event coreference: reports of one real-world event become one canonical event.

Two reports (from different documents) are the same event when their types
are compatible, their dates agree within their precision, their places agree
(never the same day in two different towns), their actors do not conflict,
and enough of the rest (named place, day, actors, wording, figures) agrees.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date
from itertools import combinations
from typing import Any

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
STOP = set("a an the of to in on and or for by with from at as is are was were be been has have had its it this that "
           "these those their his her they them after before when while said says also who which".split())
MERGE_SCORE = 3.0


def coarse(event_type: str | None) -> str:
    return "violent" if event_type in VIOLENT else (event_type or "")


def _date(value: str | None) -> tuple[date | None, str | None]:
    if not value:
        return None, None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2])), "day"
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1), "month"
        return date(int(parts[0][:4]), 1, 1), "year"
    except ValueError:
        return None, None


def dates_agree(a: str | None, b: str | None) -> bool | None:
    """True/False when both are dated; None when either is undated."""
    da, pa = _date(a)
    db, pb = _date(b)
    if da is None or db is None:
        return None
    if "year" in (pa, pb):
        return da.year == db.year
    if "month" in (pa, pb):
        return (da.year, da.month) == (db.year, db.month)
    return abs((da - db).days) <= 1


def _norm(name: str | None) -> str:
    name = re.sub(r"\([^)]*\)", " ", (name or "").casefold())
    return " ".join(re.findall(r"[a-z0-9]+", name))


def names_agree(a: str | None, b: str | None) -> bool | None:
    """Same actor, or one name contained in the other (Islamic State / Islamic State Khorasan Province)."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb or "unidentified" in (na + nb):
        return None
    ta, tb = set(na.split()), set(nb.split())
    return ta <= tb or tb <= ta


def places_agree(a: dict, b: dict) -> bool | None:
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        return False
    if a.get("admin1") and b.get("admin1") and a["admin1"] != b["admin1"]:
        return False
    la, lb = _norm(a.get("location")), _norm(b.get("location"))
    if la and lb and a.get("geo_precision") == 1 and b.get("geo_precision") == 1:
        if not (set(la.split()) & set(lb.split())):
            return False
    if la and lb:
        return bool(set(la.split()) & set(lb.split()))
    return None


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").casefold()) if w not in STOP and len(w) > 2}


def _words_of(e: dict) -> set[str]:
    if "_words" not in e:
        e["_words"] = _words(e.get("evidence"))
    return e["_words"]


def _figures_close(a: dict, b: dict) -> bool | None:
    fa, fb = a.get("fatalities"), b.get("fatalities")
    if not fa or not fb:
        return None
    return min(fa, fb) / max(fa, fb) >= 0.5


def same_event(a: dict, b: dict) -> bool:
    """The merge decision for two reports from different documents."""
    if a["doc_id"] == b["doc_id"] or coarse(a.get("event_type")) != coarse(b.get("event_type")):
        return False
    dates = dates_agree(a.get("event_date"), b.get("event_date"))
    place = places_agree(a, b)
    if dates is False or place is False:
        return False
    if names_agree(a.get("actor1"), b.get("actor1")) is False:
        return False
    if not (a.get("admin1") or a.get("location")) or not (b.get("admin1") or b.get("location")):
        return False   # an event with no place is never merged: too little to go on
    score = 0.0
    score += 1.5 if place else 0.0
    score += {True: 1.0, None: -0.5}.get(dates, 0.0)
    if dates and _date(a.get("event_date"))[1] == _date(b.get("event_date"))[1] == "day":
        score += 0.5
    score += 0.5 if names_agree(a.get("actor1"), b.get("actor1")) else 0.0
    score += 0.5 if names_agree(a.get("actor2"), b.get("actor2")) else 0.0
    score += 0.5 if a.get("sub_event_type") == b.get("sub_event_type") else 0.0
    score += {True: 0.5, False: -0.5, None: 0.0}[_figures_close(a, b)]
    wa, wb = _words_of(a), _words_of(b)
    if wa and wb:
        score += 2.0 * len(wa & wb) / min(len(wa), len(wb))
    return score >= MERGE_SCORE


def _block(e: dict) -> tuple:
    return (coarse(e.get("event_type")), e.get("country") or "")


def cluster(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Groups of reports of the same real-world event (single-link within type/country blocks)."""
    parent = {e["id"]: e["id"] for e in events}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blocks: dict[tuple, list[dict]] = {}
    for e in events:
        blocks.setdefault(_block(e), []).append(e)
    for group in blocks.values():
        for a, b in combinations(group, 2):
            if find(a["id"]) != find(b["id"]) and same_event(a, b) and _compatible_with_cluster(a, b, events, find):
                parent[find(a["id"])] = find(b["id"])
    out: dict[int, list[dict]] = {}
    for e in events:
        out.setdefault(find(e["id"]), []).append(e)
    return list(out.values())


def _compatible_with_cluster(a: dict, b: dict, events: list[dict], find) -> bool:
    """Joining two clusters must not put two reports of one document, or two different places, together."""
    ra, rb = find(a["id"]), find(b["id"])
    members = [e for e in events if find(e["id"]) in (ra, rb)]
    docs = [e["doc_id"] for e in members]
    if len(docs) != len(set(docs)):
        return False
    return all(places_agree(x, y) is not False and dates_agree(x.get("event_date"), y.get("event_date")) is not False
               for x, y in combinations(members, 2))


def event_key(reports: list[dict[str, Any]]) -> str:
    """A readable, stable key: date-place-type plus a short hash of the member report ids."""
    best = max(reports, key=lambda e: (len(e.get("event_date") or ""), e.get("geo_precision") is not None))
    place = best.get("location") or best.get("admin1") or best.get("country") or "unknown-place"
    slug = "-".join(re.findall(r"[a-z0-9]+", f"{best.get('event_date') or 'undated'} {place} {best['sub_event_type']}".casefold()))
    digest = hashlib.sha1("|".join(sorted(f"{e['doc_id']}:{e['evidence_start']}" for e in reports)).encode()).hexdigest()[:6]
    return f"{slug[:80]}-{digest}"
