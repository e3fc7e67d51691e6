"""Server-side SVG map: events over first-level divisions, from the bundled TopoJSON (views/mapdata).

Events join divisions by ISO 3166-2 code (the boundary side through mapdata/codes.csv, the event side
from its Place record), falling back to point-in-polygon on the event's coordinates.
"""
from __future__ import annotations

import csv
import math
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..canonical import CanonicalEvent
from ..place import Place, iso3
from .svg import colour_of, esc, num, svg_open, type_legend
from .topo import Feature, load_features

MAPDATA = Path(__file__).resolve().parent / "mapdata"
_SHADES = ("#fbe9d9", "#f6c7a0", "#ee9d66", "#d9693a", "#b23a1e")   # events per division, light -> dark


@lru_cache(maxsize=1)
def _codes() -> dict[tuple[str, int], str]:
    with (MAPDATA / "codes.csv").open(encoding="utf-8") as fh:
        return {(r["iso3"], int(r["index"])): r["iso_3166_2"] for r in csv.DictReader(fh)}


def bundled_countries() -> list[str]:
    """ISO alpha-3 codes (lower case) of the countries whose divisions are bundled."""
    return sorted(p.name.split(".")[0] for p in MAPDATA.glob("*.topo.json"))


@lru_cache(maxsize=32)
def country_features(code3: str) -> tuple[Feature, ...]:
    """The divisions of one bundled country, with their ISO 3166-2 codes from the code table."""
    path = MAPDATA / f"{code3.lower()}.topo.json"
    if not path.exists():
        return ()
    feats = load_features(path)
    for f in feats:
        f.code = _codes().get((code3.lower(), f.index), "")
    return tuple(feats)


def locate(place: Place) -> tuple[str, str] | None:
    """(country iso3, division key) of a place: by its ISO 3166-2 code, else by its point; None if off-map
    or known only to the country."""
    c3 = (iso3(place.country) or "").lower()
    feats = country_features(c3) if c3 else ()
    if not feats or place.level in ("country", "none"):
        return None
    code = place.admin1_code
    if code and any(f.code == code for f in feats):
        return c3, code
    if place.latitude is not None and place.longitude is not None:
        for f in feats:
            if f.contains(place.longitude, place.latitude):
                return c3, f.code or f"#{f.index}"
    return None


def _key(c3: str, f: Feature) -> tuple[str, str]:
    return c3, f.code or f"#{f.index}"


class _Projection:
    """Equirectangular, x scaled by cos(mid-latitude), fitted into the drawing box."""

    def __init__(self, bbox, width, height, pad=12):
        x0, y0, x1, y1 = bbox
        self.k = math.cos(math.radians((y0 + y1) / 2))
        w, h = (x1 - x0) * self.k or 1, (y1 - y0) or 1
        self.s = min((width - 2 * pad) / w, (height - 2 * pad) / h)
        self.ox = pad + ((width - 2 * pad) - w * self.s) / 2 - x0 * self.k * self.s
        self.oy = pad + ((height - 2 * pad) - h * self.s) / 2 + y1 * self.s

    def __call__(self, lon, lat):
        return self.ox + lon * self.k * self.s, self.oy - lat * self.s


def _path(f: Feature, proj: _Projection) -> str:
    parts = []
    for poly in f.polygons:
        for ring in poly:
            pts, last = [], None
            for lon, lat in ring:
                p = tuple(num(v) for v in proj(lon, lat))
                if p != last:
                    pts.append(f"{p[0]},{p[1]}")
                    last = p
            if len(pts) > 2:
                parts.append("M" + "L".join(pts) + "Z")
    return "".join(parts)


def _shade(n: int, top: int) -> str:
    if not n:
        return "#f2f0eb"
    return _SHADES[min(len(_SHADES) - 1, int((len(_SHADES) - 1) * math.log1p(n) / math.log1p(top)))]


def map_svg(events: list[CanonicalEvent], width: int = 960, height: int = 600) -> str:
    """The map: divisions shaded by number of events, one dot per event placed at a town or site (colour:
    type, size: fatalities); events known only to their country are counted, never drawn at the capital."""
    placed = {ev.event_key: locate(ev.place) for ev in events}
    national = Counter(ev.place.country for ev in events if ev.place.level == "country")
    countries = sorted({p[0] for p in placed.values() if p} | {(iso3(c) or "").lower() for c in national} - {""})
    countries = [c for c in countries if country_features(c)]
    if not countries:
        return '<p class="muted">No event lies in a country whose boundaries are bundled.</p>'
    counts = Counter(p for p in placed.values() if p)
    main = [(c3, f) for c3 in countries for f in country_features(c3)]
    boxes = [f.bbox() for _, f in main]
    bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    proj = _Projection(bbox, width, height - 46)
    out = [svg_open(width, height, "Map of events by first-level division"),
           f'<defs><clipPath id="map-frame"><rect width="{width}" height="{height - 46}"/></clipPath></defs>',
           f'<g clip-path="url(#map-frame)"><rect width="{width}" height="{height - 46}" fill="#dfe9f1"/>']
    for c3 in bundled_countries():            # neighbours in view, in grey
        if c3 in countries:
            continue
        for f in country_features(c3):
            b = f.bbox()
            if b[2] >= bbox[0] and b[0] <= bbox[2] and b[3] >= bbox[1] and b[1] <= bbox[3]:
                out.append(f'<path d="{_path(f, proj)}" fill="#e4e1da" stroke="#fff" stroke-width="0.5"/>')
    top = max(counts.values(), default=1)
    labels = []
    for c3, f in main:
        n = counts.get(_key(c3, f), 0)
        out.append(f'<path d="{_path(f, proj)}" fill="{_shade(n, top)}" stroke="#fff" stroke-width="0.8">'
                   f'<title>{esc(_division_name(f))}: {n} event{"s" if n != 1 else ""}</title></path>')
        if n:
            labels.append((f, n))
    out += _labels(labels, proj)
    for ev in sorted(events, key=lambda e: -(e.fatalities_acled or 0)):
        p = ev.place
        if not p.has_point or not placed.get(ev.event_key):
            continue
        x, y = proj(p.longitude, p.latitude)
        rad = 3 + 1.6 * math.sqrt(ev.fatalities_acled or 0)
        out.append(f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(rad)}" fill="{colour_of(ev.event_type)}" '
                   f'fill-opacity="0.8" stroke="#fff" stroke-width="1"><title>{esc(ev.title())}: '
                   f'{ev.fatalities_acled or 0} killed</title></circle>')
    out.append("</g>")
    notes = [f"{n} event{'s' if n != 1 else ''} known only to {esc(c)}" for c, n in sorted(national.items()) if c]
    off_map = sum(1 for ev in events if not placed.get(ev.event_key) and ev.place.level not in ("country",))
    if off_map:
        notes.append(f"{off_map} event{'s' if off_map != 1 else ''} unplaced or outside the mapped countries")
    out.append(_legend(height - 26, top, {ev.event_type for ev in events}))
    if notes:
        out.append(f'<text x="{width - 8}" y="{height - 8}" font-size="10.5" text-anchor="end" fill="#6a7380">'
                   f'{"; ".join(notes)}</text>')
    out.append("</svg>")
    return "".join(out)


def _labels(labels: list, proj) -> list[str]:
    out, seen, boxes = [], set(), []
    for f, _n in sorted(labels, key=lambda fn: (-fn[1], -_area(fn[0]))):
        if f.code and f.code in seen:
            continue
        seen.add(f.code)
        x, y = proj(*_centroid(f))
        half = 3 * len(_division_name(f))
        if any(abs(x - bx) < half + bh and abs(y - by) < 12 for bx, by, bh in boxes):
            continue                          # would overlap a label already placed: the tooltip names it
        boxes.append((x, y, half))
        out.append(f'<text x="{num(x)}" y="{num(y)}" font-size="10" text-anchor="middle" fill="#3a2a20" '
                   f'stroke="#fff" stroke-width="2.5" paint-order="stroke" opacity="0.9">'
                   f'{esc(_division_name(f))}</text>')
    return out


def _area(f: Feature) -> float:
    (x0, y0, x1, y1) = f.bbox()
    return (x1 - x0) * (y1 - y0)


def _centroid(f: Feature) -> tuple[float, float]:
    ring = max((poly[0] for poly in f.polygons), key=len)
    return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)


def _division_name(f: Feature) -> str:
    """The division's name from its ISO code (pycountry), the source label only when it has no code."""
    if f.code:
        import pycountry
        sub = pycountry.subdivisions.get(code=f.code)
        if sub is not None:
            import unicodedata
            return unicodedata.normalize("NFKD", sub.name).encode("ascii", "ignore").decode() or sub.name
    return f.name or f.hasc


def _legend(y: float, top: int, types: set) -> str:
    out, x = [], 8.0
    out.append(f'<text x="{num(x)}" y="{num(y)}" font-size="10.5" fill="#333">events per division:</text>')
    x += 112
    for i, shade in enumerate(_SHADES):
        out.append(f'<rect x="{num(x + 16 * i)}" y="{num(y - 9)}" width="16" height="10" fill="{shade}"/>')
    out.append(f'<text x="{num(x + 84)}" y="{num(y)}" font-size="10.5" fill="#333">1–{top}    ·    dot area: '
               f'fatalities    ·    divisions without events in pale grey</text>')
    out.append(type_legend(8.0, y + 18, types, dot=True))
    return "".join(out)
