"""STIX 2.1 bundle: parses with stix2, validates with stix2-validator, stable across re-exports."""
from __future__ import annotations

import json

import pytest
import stix2
from stix2validator import ValidationOptions, validate_string

from export_sample import ISKP, TTP, build
from polemos.export.stix import build_bundle, write_stix
from polemos.export.stix_event import EXTENSION_ID


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build(tmp_path_factory.mktemp("stix") / "kb.db")


@pytest.fixture(scope="module")
def bundle_json(store, tmp_path_factory):
    path = tmp_path_factory.mktemp("out") / "bundle.json"
    written = write_stix(store, path)
    assert written.rows == 7 and "STIX objects" in str(written)
    return path.read_text(encoding="utf-8")


def _objects(bundle_json, stix_type):
    return [o for o in json.loads(bundle_json)["objects"] if o["type"] == stix_type]


def test_bundle_is_valid_stix_21(bundle_json):
    results = validate_string(bundle_json, ValidationOptions(version="2.1"))
    assert results.is_valid, [str(e) for e in results.errors]
    warnings = [str(w) for w in results.warnings]
    assert all("{302}" in w for w in warnings), warnings     # only: source URLs carry no content hash


def test_bundle_parses_with_stix2(bundle_json):
    bundle = stix2.parse(bundle_json, allow_custom=True)
    assert bundle.type == "bundle" and len(bundle.objects) > 20


def test_actors_places_and_reports(bundle_json):
    groups = {o["name"]: o for o in _objects(bundle_json, "intrusion-set")}
    assert TTP in groups and ISKP in groups
    assert "TTP" in groups[TTP]["aliases"]
    identities = {o["name"]: o for o in _objects(bundle_json, "identity")}
    assert identities["Police Forces of Pakistan (2018-)"]["identity_class"] == "organization"
    assert identities["Civilians (Afghanistan)"]["identity_class"] == "class"
    places = {o.get("name"): o for o in _objects(bundle_json, "location")}
    assert places["Bannu"]["country"] == "PK" and places["Bannu"]["administrative_area"] == "Khyber Pakhtunkhwa"
    ids = {o["id"] for o in json.loads(bundle_json)["objects"]}
    reports = {o["name"]: o for o in _objects(bundle_json, "report")}
    assert len(reports) == 3
    for rep in reports.values():
        assert set(rep["object_refs"]) <= ids, "reports only reference objects in the bundle"
    assert groups[ISKP]["id"] in reports["IS-K claims Kandahar bank bombing"]["object_refs"]


def test_events_use_the_declared_extension(bundle_json):
    events = _objects(bundle_json, "x-polemos-event")
    assert len(events) == 7
    assert all(e["extensions"][EXTENSION_ID]["extension_type"] == "new-sdo" for e in events)
    bannu = next(e for e in events if e["location"] == "Bannu")
    assert bannu["fatalities"] == 6 and bannu["fatalities_high"] == 8
    assert bannu["sources"] == ["Frontier Wire", "Reuters"]
    ext = next(o for o in _objects(bundle_json, "extension-definition") if o["id"] == EXTENSION_ID)
    assert ext["extension_types"] == ["new-sdo"]


def test_relations_claims_and_contradictions(bundle_json):
    rels = _objects(bundle_json, "relationship")
    kinds = {r["x_polemos_relation"]: r["relationship_type"] for r in rels}
    assert kinds["hostile"] in ("targets", "related-to") and kinds["defection"] == "related-to"
    hostile_to_state = [r for r in rels
                        if r["x_polemos_relation"] == "hostile" and r["target_ref"].startswith("identity")]
    assert hostile_to_state and hostile_to_state[0]["relationship_type"] == "targets"
    notes = _objects(bundle_json, "note")
    assert any(n["abstract"].startswith("Claim by " + ISKP) for n in notes)
    assert any(n["abstract"].startswith("Conflict (fatalities)") for n in notes)
    opinion = _objects(bundle_json, "opinion")[0]
    assert opinion["authors"] == ["Taliban"] and opinion["opinion"] == "strongly-disagree"


def test_re_export_is_identical(store, bundle_json):
    assert build_bundle(store).serialize(pretty=True) + "\n" == bundle_json
