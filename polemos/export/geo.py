"""Geographic exports of the canonical events: GeoJSON (RFC 7946) and typed Parquet."""
from __future__ import annotations

import json
from datetime import date
from typing import IO, Any

from ..extras import require
from .acled import ACLED_COLUMNS, acled_date, acled_rows
from .canonical import canonical_records

# ACLED columns carried into the geographic exports (the rest is in the geometry or below)
_ACLED_EXTRA = ("event_id_cnty", "time_precision", "disorder_type", "inter1", "inter2", "interaction",
                "civilian_targeting", "iso", "region", "source_scale", "tags", "timestamp")
_EVENT = ("event_key", "event_date", "date_precision", "event_type", "sub_event_type", "actor1",
          "assoc_actor1", "actor2", "assoc_actor2", "claimed_by", "denied_by", "country", "admin1", "admin2",
          "location", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low",
          "fatalities_high", "notes")


def event_properties(store) -> list[dict[str, Any]]:
    """One flat property record per canonical event: its fields, sources and ACLED codes (when ACLED-datable)."""
    acled = {row["event_key"]: row for row in acled_rows(store)}
    out = []
    for rec in canonical_records(store):
        props = {k: rec.get(k) for k in _EVENT}
        row = acled.get(rec["event_key"], {})
        props.update({k: row.get(k) for k in _ACLED_EXTRA})
        props["notes"] = props["notes"] or row.get("notes")
        props["sources"] = rec["sources"]
        props["reports"] = len(rec["reports"])
        props["contradictions"] = len(rec.get("contradictions") or [])
        out.append(props)
    return out


def geojson(store) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: one Point Feature per canonical event that has coordinates."""
    features = []
    for props in event_properties(store):
        lat, lon = props.get("latitude"), props.get("longitude")
        if lat is None or lon is None:
            continue
        features.append({"type": "Feature", "id": props["event_key"],
                         "geometry": {"type": "Point", "coordinates": [round(float(lon), 6), round(float(lat), 6)]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(store, fh: IO[str]) -> int:
    """Write the events as GeoJSON to `fh`; returns the number of features."""
    data = geojson(store)
    json.dump(data, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
    return len(data["features"])


def _schema():
    pa = require("pyarrow", "parquet", "Parquet export")
    ints = ("year", "time_precision", "inter1", "inter2", "iso", "geo_precision", "fatalities", "fatalities_low",
            "fatalities_high", "timestamp", "reports", "contradictions")
    fields = [pa.field("event_key", pa.string(), nullable=False), pa.field("event_date", pa.date32()),
              pa.field("date_iso", pa.string()), pa.field("latitude", pa.float64()),
              pa.field("longitude", pa.float64()), pa.field("sources", pa.list_(pa.string()))]
    names = {f.name for f in fields}
    for col in _EVENT + _ACLED_EXTRA + ("year", "reports", "contradictions"):
        if col not in names:
            fields.append(pa.field(col, pa.int64() if col in ints else pa.string()))
            names.add(col)
    return pa.schema(fields)


def parquet_table(store):
    """The canonical events as a typed pyarrow Table (event_date as date32, counts as nullable int64)."""
    pa = require("pyarrow", "parquet", "Parquet export")
    schema = _schema()
    rows = []
    for props in event_properties(store):
        row = dict(props)
        dated = acled_date(props.get("event_date"), props.get("date_precision"))
        row["date_iso"] = props.get("event_date")
        row["event_date"] = dated[0] if dated else _year_start(props.get("event_date"))
        row["year"] = int(props["event_date"][:4]) if props.get("event_date") else None
        rows.append({f.name: row.get(f.name) for f in schema})
    return pa.Table.from_pylist(rows, schema=schema)


def _year_start(value: str | None) -> date | None:
    """A year-only date as 1 January of the year (date_iso and date_precision keep the truth); else None."""
    if value and len(value) == 4 and value.isdigit():
        return date(int(value), 1, 1)
    return None


def write_parquet(store, path) -> int:
    """Write the events as a Parquet file at `path`; returns the number of rows."""
    pq = require("pyarrow.parquet", "parquet", "Parquet export")
    table = parquet_table(store)
    pq.write_table(table, str(path))
    return table.num_rows


__all__ = ["ACLED_COLUMNS", "event_properties", "geojson", "parquet_table", "write_geojson", "write_parquet"]
