"""The offline basemap as GeoJSON: the world's countries (Natural Earth, from the vendored world-atlas
package) and the first-level divisions of a bundled country (views/mapdata), each with its ISO codes."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry

from .geomap import country_features
from .topo import Feature, load_features

WORLD = Path(__file__).resolve().parent.parent / "web" / "static" / "vendor" / "world-atlas" / "countries-50m.json"


def _geometry(f: Feature, digits: int = 3) -> dict[str, Any]:
    polys = [[[[round(x, digits), round(y, digits)] for x, y in ring] for ring in poly] for poly in f.polygons]
    return {"type": "MultiPolygon", "coordinates": polys}


def _alpha2(numeric: str) -> str | None:
    rec = pycountry.countries.get(numeric=numeric.zfill(3)) if numeric.isdigit() else None
    return rec.alpha_2 if rec else None


@lru_cache(maxsize=1)
def world_geojson() -> dict[str, Any]:
    """Every country: properties name, iso2 (from the ISO 3166-1 numeric id), iso_numeric."""
    feats = []
    for f in load_features(WORLD):
        feats.append({"type": "Feature", "id": f.hasc, "geometry": _geometry(f),
                      "properties": {"name": f.name, "iso2": _alpha2(f.hasc), "iso_numeric": f.hasc}})
    return {"type": "FeatureCollection", "features": feats}


@lru_cache(maxsize=64)
def divisions_geojson(iso2: str) -> dict[str, Any]:
    """The first-level divisions of one bundled country: properties code (ISO 3166-2) and name."""
    rec = pycountry.countries.get(alpha_2=iso2.upper())
    feats = []
    for f in country_features(rec.alpha_3.lower()) if rec else ():
        sub = pycountry.subdivisions.get(code=f.code) if f.code else None
        feats.append({"type": "Feature", "id": f.code or f"#{f.index}", "geometry": _geometry(f, 4),
                      "properties": {"code": f.code, "name": sub.name if sub else f.name}})
    return {"type": "FeatureCollection", "features": feats}
