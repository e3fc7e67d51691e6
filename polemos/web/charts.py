"""Geometry for the server-drawn SVG views: map, timeline, actor network.

These functions return plain numbers and labels; the templates draw them, so
every label passes through Jinja2's autoescaping like any other text.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from typing import Any

W, H = 960, 520


def slug(value: str | None) -> str:
    """A css-safe class fragment for a category name."""
    return re.sub(r"[^a-z0-9]+", "-", (value or "other").casefold()).strip("-") or "other"


# ---- map ------------------------------------------------------------------------
def map_view(events: list[dict], width: int = W, height: int = H) -> dict[str, Any]:
    """Event sites projected (equirectangular, fitted to the data) over first-level divisions
    where the views room bundles them (polemos.views.geomap), else over a graticule."""
    located = [e for e in events if e.get("latitude") is not None and e.get("longitude") is not None]
    if not located:
        return {"width": width, "height": height, "sites": [], "grid": [], "divisions": [], "offmap": [],
                "unlocated": len(events)}
    boundaries = _boundaries(located)
    lats = [float(e["latitude"]) for e in located]
    lons = [float(e["longitude"]) for e in located]
    pad = max(1.0, (max(lats) - min(lats)) * 0.15, (max(lons) - min(lons)) * 0.15)
    s, n, w, e_ = min(lats) - pad, max(lats) + pad, min(lons) - pad, max(lons) + pad
    offmap: list[dict] = []
    if boundaries:     # frame the bundled divisions; sites far outside them are listed, not drawn
        x0, y0, x1, y1 = boundaries["bbox"]
        margin = max(x1 - x0, y1 - y0) * 0.1
        w, s, e_, n = x0 - margin, y0 - margin, x1 + margin, y1 + margin
        offmap = [ev for ev in located if not (s <= float(ev["latitude"]) <= n and w <= float(ev["longitude"]) <= e_)]
        located = [ev for ev in located if ev not in offmap]
    kx = math.cos(math.radians((s + n) / 2))
    scale = min((width - 40) / ((e_ - w) * kx), (height - 40) / (n - s))
    ox = (width - (e_ - w) * kx * scale) / 2
    oy = (height - (n - s) * scale) / 2

    def project(lat: float, lon: float) -> tuple[float, float]:
        return round(ox + (lon - w) * kx * scale, 1), round(oy + (n - lat) * scale, 1)

    sites: dict[tuple, dict] = {}
    for ev in located:
        lat, lon = float(ev["latitude"]), float(ev["longitude"])
        site = sites.setdefault((round(lat, 2), round(lon, 2)), {
            "lat": lat, "lon": lon, "xy": project(lat, lon), "events": [], "fatalities": 0,
            "label": ev.get("location") or ev.get("admin1") or ev.get("country") or ""})
        site["events"].append(ev)
        site["fatalities"] += ev.get("fatalities") or 0
    for site in sites.values():
        site["r"] = round(4 + 3 * math.sqrt(len(site["events"])) + math.log1p(site["fatalities"]), 1)
        site["type"] = slug(Counter(ev.get("event_type") for ev in site["events"]).most_common(1)[0][0])
    divisions = _divisions(boundaries, project) if boundaries else []
    _place_labels(sorted(sites.values(), key=lambda x: -x["r"]), width)
    return {"width": width, "height": height, "sites": sorted(sites.values(), key=lambda x: -x["r"]),
            "grid": [] if divisions else _graticule(s, n, w, e_, project), "divisions": divisions,
            "offmap": offmap, "unlocated": len(events) - len(located) - len(offmap)}


def _place_labels(sites: list[dict], width: int) -> None:
    """Show a site's label only where it overlaps no label already placed (bigger sites first);
    labels that would run off the right edge go to the left of their pin."""
    boxes: list[tuple[float, float, float, float]] = []
    for site in sites:
        size = 7.2 * len(site["label"])
        right = site["xy"][0] + site["r"] + 3 + size <= width
        site["lx"] = round(site["xy"][0] + site["r"] + 3 if right else site["xy"][0] - site["r"] - 3, 1)
        site["anchor"] = "start" if right else "end"
        x, y = (site["lx"] if right else site["lx"] - size), site["xy"][1] - 8
        box = (x, y, x + size, y + 14)
        site["show_label"] = not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                                     for b in boxes)
        if site["show_label"]:
            boxes.append(box)


def _boundaries(events: list[dict]) -> dict[str, Any] | None:
    """The bundled divisions of the events' countries, with events counted per division; None if none."""
    try:
        from ..views import geomap
    except ImportError:
        return None
    placed = Counter(p for p in (geomap.locate(e) for e in events) if p)
    countries = sorted({c3 for c3, _ in placed})
    feats = [(c3, f) for c3 in countries for f in geomap.country_features(c3)]
    if not feats:
        return None
    boxes = [f.bbox() for _, f in feats]
    return {"feats": feats, "counts": placed, "bbox": (min(b[0] for b in boxes), min(b[1] for b in boxes),
                                                      max(b[2] for b in boxes), max(b[3] for b in boxes))}


def _divisions(boundaries: dict, project) -> list[dict]:
    counts = boundaries["counts"]
    top = max(counts.values(), default=1)
    out = []
    for c3, f in boundaries["feats"]:
        n = counts.get((c3, f.code or f"#{f.index}"), 0)
        parts = []
        for poly in f.polygons:
            for ring in poly:
                pts = [project(lat, lon) for lon, lat in ring]
                if len(pts) > 2:
                    parts.append("M" + "L".join(f"{x},{y}" for x, y in pts) + "Z")
        level = 0 if not n else 1 + min(3, int(3 * math.log1p(n) / math.log1p(top)))
        out.append({"d": "".join(parts), "name": f.name or f.code, "events": n, "level": level})
    return out


def _graticule(s: float, n: float, w: float, e: float, project) -> list[dict]:
    span = max(n - s, e - w)
    step = next(x for x in (0.5, 1, 2, 5, 10, 20, 30, 60) if span / x <= 12)
    lines = []
    lat = math.ceil(s / step) * step
    while lat <= n:
        (x1, y), (x2, _) = project(lat, w), project(lat, e)
        lines.append({"x1": x1, "y1": y, "x2": x2, "y2": y, "label": f"{lat:g}°", "lx": x1 + 2, "ly": y - 2})
        lat += step
    lon = math.ceil(w / step) * step
    while lon <= e:
        (x, y1), (_, y2) = project(n, lon), project(s, lon)
        lines.append({"x1": x, "y1": y1, "x2": x, "y2": y2, "label": f"{lon:g}°", "lx": x + 2, "ly": y2 - 2})
        lon += step
    return lines


# ---- timeline ---------------------------------------------------------------------
def timeline_view(events: list[dict], width: int = W, height: int = 180) -> dict[str, Any]:
    """Stacked bars of events per month (per day when they span under ten weeks)."""
    dated = [e for e in events if e.get("event_date")]
    if not dated:
        return {"width": width, "height": height, "bars": [], "types": [], "undated": len(events)}
    days = sorted(e["event_date"] for e in dated)
    daily = len(days[0]) >= 10 and len(days[-1]) >= 10 and _days_between(days[0], days[-1]) < 70
    cut = 10 if daily else 7
    bins: dict[str, Counter] = defaultdict(Counter)
    for e in dated:
        bins[e["event_date"][:cut]][e.get("event_type") or "Other"] += 1
    labels = _continuous(sorted(bins), daily)
    top = max(sum(c.values()) for c in bins.values())
    slot = (width - 60) / max(len(labels), 1)
    bw = min(slot, 48)
    bars = []
    for i, label in enumerate(labels):
        y = height - 24
        for etype, n in sorted(bins.get(label, Counter()).items()):
            h = round((height - 44) * n / top, 1)
            y -= h
            bars.append({"x": round(40 + i * slot + (slot - bw) / 2 + 1, 1), "y": round(y, 1), "w": round(max(bw - 2, 1), 1), "h": h,
                         "type": slug(etype), "title": f"{label}: {n} × {etype}", "label": label,
                         "href": f"/events?since={label}&until={label}"})
    ticks = [{"x": round(40 + i * slot + slot / 2, 1), "label": lab}
             for i, lab in enumerate(labels) if i % max(1, len(labels) // 10) == 0]
    types = sorted({e.get("event_type") or "Other" for e in dated})
    return {"width": width, "height": height, "bars": bars, "ticks": ticks, "top": top,
            "types": [{"name": t, "slug": slug(t)} for t in types], "undated": len(events) - len(dated)}


def _continuous(labels: list[str], daily: bool) -> list[str]:
    """Every day (or month) from the first label to the last, so gaps in time show as gaps."""
    from datetime import date, timedelta
    try:
        if daily:
            first, last = date.fromisoformat(labels[0]), date.fromisoformat(labels[-1])
            return [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
        if all(len(x) == 7 for x in labels):
            (y0, m0), (y1, m1) = (map(int, labels[0].split("-")), map(int, labels[-1].split("-")))
            months = range(y0 * 12 + m0 - 1, y1 * 12 + m1)
            if len(months) <= 240:
                return [f"{k // 12:04d}-{k % 12 + 1:02d}" for k in months]
    except ValueError:
        pass
    return labels


def _days_between(a: str, b: str) -> int:
    from datetime import date
    try:
        return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days
    except ValueError:
        return 10_000


# ---- network ----------------------------------------------------------------------
def network(events: list[dict], relations: list[dict], actor_ids: dict[str, str],
            kinds: dict[str, str] | None = None) -> dict[str, Any]:
    """Actors as nodes; relations and events between two actors as edges. Circle layout as a start."""
    edges: dict[tuple, dict] = {}
    degree: Counter = Counter()

    def link(a: str | None, b: str | None, kind: str, ref: str) -> None:
        if not a or not b or a == b:
            return
        key = (min(a, b), max(a, b), kind)
        edge = edges.setdefault(key, {"source": a, "target": b, "kind": kind, "weight": 0, "refs": []})
        edge["weight"] += 1
        edge["refs"].append(ref)
        degree[a] += 1
        degree[b] += 1

    for e in events:
        link(e.get("actor1"), e.get("actor2"), "fought", f"/events/{e['id']}")
    for r in relations:
        link(r.get("actor1"), r.get("actor2"), r.get("relation") or "related", f"/relations#relation-{r['id']}")
    names = sorted(degree, key=lambda x: (-degree[x], x))
    cx, cy, radius = W / 2, H / 2, min(W, H) / 2 - 60
    nodes = []
    for i, name in enumerate(names):
        angle = 2 * math.pi * i / max(len(names), 1)
        nodes.append({"id": name, "index": i, "degree": degree[name], "href": actor_ids.get(name.casefold()),
                      "kind": slug((kinds or {}).get(name.casefold(), "unknown")),
                      "x": round(cx + radius * math.cos(angle), 1), "y": round(cy + radius * math.sin(angle), 1),
                      "r": round(5 + 2.5 * math.sqrt(degree[name]), 1)})
    pos = {n["id"]: n for n in nodes}
    out_edges = [dict(e, kind_slug=slug(e["kind"]), x1=pos[e["source"]]["x"], y1=pos[e["source"]]["y"],
                      x2=pos[e["target"]]["x"], y2=pos[e["target"]]["y"]) for e in edges.values()]
    return {"width": W, "height": H, "nodes": nodes, "edges": sorted(out_edges, key=lambda e: -e["weight"])}
