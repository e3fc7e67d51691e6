"""Geographic exports of the canonical events: GeoJSON (RFC 7946) and typed Parquet.

Every selected canonical event is a feature (or a row), so the counts agree with every other output.
An event known only to its country has no point: its GeoJSON geometry is null (RFC 7946 §3.2), never
the capital's coordinates; `place_level` says at which level each event is known.
"""
from __future__ import annotations

import json
from typing import IO, Any

from ..canonical import CanonicalEvent
from ..extras import require
from ..query import EventFilter
from .acled import ACLED_COLUMNS, acled_date, acled_row
from .records import CANONICAL_FIELDS, Written, actor_kinds

# ACLED columns carried into the geographic exports (the rest is in the geometry or below)
_ACLED_EXTRA = ("event_id_cnty", "time_precision", "disorder_type", "inter1", "inter2", "interaction",
                "civilian_targeting", "iso", "region", "source_scale", "tags", "timestamp", "notes")


def _properties(ev: CanonicalEvent, acled: dict[str, Any] | None) -> dict[str, Any]:
    props = {k: v for k, v in ev.row().items() if k in CANONICAL_FIELDS}
    props.update({k: (acled or {}).get(k) for k in _ACLED_EXTRA})
    return props


def event_properties(store, f: EventFilter | None = None):
    """(event, flat property record) per selected canonical event, with its ACLED codes when ACLED-datable."""
    kinds, taken = actor_kinds(store), set()
    for ev in store.iter_events(f):
        yield ev, _properties(ev, acled_row(ev, kinds, taken))


def event_geometry(ev: CanonicalEvent) -> dict[str, Any] | None:
    """The event's GeoJSON point, or None where it is known only to its country (or unplaced)."""
    p = ev.place
    if p.level in ("country", "none") or p.latitude is None or p.longitude is None:
        return None
    return {"type": "Point", "coordinates": [round(p.longitude, 6), round(p.latitude, 6)]}


def write_geojson(store, fh: IO[str], f: EventFilter | None = None) -> Written:
    """Write the selected events as a GeoJSON FeatureCollection, one feature per canonical event."""
    out = Written("events")
    fh.write('{"type": "FeatureCollection", "features": [\n')
    for ev, props in event_properties(store, f):
        feature = {"type": "Feature", "id": ev.event_key, "geometry": event_geometry(ev), "properties": props}
        fh.write((",\n" if out.rows else "") + json.dumps(feature, ensure_ascii=False, default=str))
        out.rows += 1
        if feature["geometry"] is None:
            out.note("with a null geometry (known only to the country, or unplaced)")
    fh.write("\n]}\n")
    return out


def _schema():
    pa = require("pyarrow", "parquet", "Parquet export")
    ints = ("year", "time_precision", "inter1", "inter2", "iso", "geo_precision", "fatalities", "fatalities_low",
            "fatalities_high", "timestamp", "reports", "conflicts", "variations")
    fields = [pa.field("event_key", pa.string(), nullable=False), pa.field("event_date", pa.date32()),
              pa.field("date_iso", pa.string()), pa.field("latitude", pa.float64()),
              pa.field("longitude", pa.float64()), pa.field("sources", pa.list_(pa.string()))]
    names = {f.name for f in fields}
    for col in CANONICAL_FIELDS + _ACLED_EXTRA + ("year",):
        if col not in names:
            fields.append(pa.field(col, pa.int64() if col in ints else pa.string()))
            names.add(col)
    return pa.schema(fields)


def write_parquet(store, path, f: EventFilter | None = None, batch: int = 20_000) -> Written:
    """Write the selected events as a typed Parquet file (event_date: the day ACLED would code, or the
    middle of a coarser period; date_iso and date_precision keep the truth), in row groups."""
    pa = require("pyarrow", "parquet", "Parquet export")
    pq = require("pyarrow.parquet", "parquet", "Parquet export")
    schema, out, rows = _schema(), Written("events"), []
    with pq.ParquetWriter(str(path), schema) as writer:
        for ev, props in event_properties(store, f):
            row = dict(props, date_iso=props["event_date"])
            dated = acled_date(ev.date, include_year=True)
            row["event_date"] = dated[0] if dated else None
            row["year"] = ev.date.year if ev.date else None
            rows.append({fld.name: row.get(fld.name) for fld in schema})
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                out.rows, rows = out.rows + len(rows), []
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        out.rows += len(rows)
    return out


__all__ = ["ACLED_COLUMNS", "event_geometry", "event_properties", "write_geojson", "write_parquet"]
