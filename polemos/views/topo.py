"""TopoJSON decoding: quantized, delta-encoded arcs -> polygon rings in longitude/latitude."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

Ring = list[tuple[float, float]]


@dataclass
class Feature:
    """One first-level division: its index in the file, source id (HASC), name and polygons (outer + holes)."""

    index: int
    hasc: str
    name: str
    polygons: list[list[Ring]] = field(default_factory=list)
    code: str = ""                      # ISO 3166-2, from the code table

    def bbox(self) -> tuple[float, float, float, float]:
        xs = [x for poly in self.polygons for ring in poly for x, _ in ring]
        ys = [y for poly in self.polygons for ring in poly for _, y in ring]
        return min(xs), min(ys), max(xs), max(ys)

    def contains(self, lon: float, lat: float) -> bool:
        """Point in polygon (even-odd rule over each polygon's rings)."""
        return any(_inside(poly, lon, lat) for poly in self.polygons)


def _inside(rings: list[Ring], x: float, y: float) -> bool:
    inside = False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                inside = not inside
    return inside


def decode_arcs(topo: dict) -> list[Ring]:
    """Absolute lon/lat arcs: undo the delta encoding, then the quantization transform."""
    tf = topo.get("transform")
    sx, sy = tf["scale"] if tf else (1, 1)
    tx, ty = tf["translate"] if tf else (0, 0)
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            if tf:
                x, y = x + dx, y + dy
            else:
                x, y = dx, dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(arcs: list[Ring], indexes: list[int]) -> Ring:
    pts: Ring = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]    # a negative index is the arc reversed
        pts.extend(arc if not pts else arc[1:])
    return pts


def load_features(path: Path) -> list[Feature]:
    """The divisions of one TopoJSON file (first object), in file order."""
    topo = json.loads(Path(path).read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    obj = next(iter(topo["objects"].values()))
    out = []
    for i, geom in enumerate(obj["geometries"]):
        if geom.get("type") == "Polygon":
            polys = [geom["arcs"]]
        elif geom.get("type") == "MultiPolygon":
            polys = geom["arcs"]
        else:
            continue
        feat = Feature(i, str(geom.get("id") or ""), (geom.get("properties") or {}).get("name") or "")
        feat.polygons = [[_ring(arcs, r) for r in poly] for poly in polys]
        out.append(feat)
    return out
