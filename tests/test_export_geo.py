"""GeoJSON (RFC 7946) and Parquet exports of the canonical events."""
from __future__ import annotations

import io
import json
from datetime import date

import pytest

from export_sample import build
from polemos.export.geo import write_geojson, write_parquet


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build(tmp_path_factory.mktemp("geo") / "kb.db")


def test_geojson_is_a_valid_feature_collection(store):
    buf = io.StringIO()
    n = write_geojson(store, buf).rows
    data = json.loads(buf.getvalue())
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert n == len(data["features"]) == 7
    for feat in data["features"]:
        assert feat["type"] == "Feature" and isinstance(feat["properties"], dict)
        assert feat["geometry"]["type"] == "Point"
        lon, lat = feat["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert lon > lat, "RFC 7946 order is [longitude, latitude] (here all points lie east of 60E, below 40N)"
    ids = [f["id"] for f in data["features"]]
    assert len(set(ids)) == len(ids)


def test_geojson_properties_carry_acled_fields_and_sources(store):
    buf = io.StringIO()
    write_geojson(store, buf)
    feats = {f["properties"]["location"]: f["properties"] for f in json.loads(buf.getvalue())["features"]}
    bannu = feats["Bannu"]
    assert bannu["sources"] == ["Frontier Wire", "Reuters"] and bannu["reports"] == 2
    assert bannu["fatalities"] == 6 and bannu["fatalities_high"] == 8
    assert bannu["interaction"] == "State forces-Rebel group" and bannu["event_id_cnty"].startswith("PAK")
    assert feats["Nangarhar"]["event_id_cnty"] is None, "a year-only event is not ACLED-coded"


def test_parquet_round_trip_with_types(store, tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    path = tmp_path / "events.parquet"
    assert write_parquet(store, path).rows == 7
    table = pq.read_table(path)
    schema = table.schema
    assert schema.field("event_date").type == pa.date32()
    assert schema.field("fatalities").type == pa.int64() and schema.field("latitude").type == pa.float64()
    assert schema.field("sources").type == pa.list_(pa.string())
    rows = {r["location"]: r for r in table.to_pylist()}
    assert rows["Bannu"]["event_date"] == date(2024, 3, 10) and rows["Bannu"]["fatalities"] == 6
    assert rows["Nili"]["event_date"] == date(2024, 2, 15) and rows["Nili"]["date_iso"] == "2024-02"
    assert rows["Nangarhar"]["inter1"] is None, "nullable ints stay null"
