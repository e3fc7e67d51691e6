"""/docs, the API reference: built from the app's OpenAPI schema, served without any CDN asset (the browser
test, offline, is tests/test_web_apidocs_browser.py)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from polemos.web import create_app
from polemos.web.apidocs import operations, type_label
from test_web_api import build_store


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return TestClient(create_app(store=build_store(str(tmp_path_factory.mktemp("apidocs") / "kb.db"))))


def test_every_operation_of_the_schema_is_documented(client):
    schema = client.get("/openapi.json").json()
    html = client.get("/docs").text
    ops = operations(schema)
    assert len(ops) == sum(len(methods) for methods in schema["paths"].values()) >= 15
    for op in ops:
        assert f'id="{op["anchor"]}"' in html and op["summary"] in html.replace("&#39;", "'")
        for p in op["parameters"]:
            assert f"<code>{p['name']}</code>" in html
    assert "any name or alias of an actor" in html, "parameter descriptions are shown"
    assert 'id="schema-PageOut"' in html and 'id="schema-ErrorOut"' in html
    assert "http://" not in html.split("<main>")[1].split("</main>")[0] and "https://" not in html, "no CDN"


def test_type_labels_read_the_schema():
    assert type_label({"anyOf": [{"type": "string"}, {"type": "null"}]}) == "string (optional)"
    assert type_label({"type": "integer", "minimum": 1, "maximum": 500}) == "integer, from 1 to 500"
    assert type_label({"type": "array", "items": {"$ref": "#/components/schemas/PageOut"}}) == "list of PageOut"
    assert type_label({"type": "string", "enum": ["conflict", "all"]}) == "string: one of conflict, all"


def test_try_fills_path_parameters_and_goes_only_to_the_api(client):
    r = client.get("/docs/try", params={"_path": "/api/actors/{name}", "name": "NLF / North"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/api/actors/NLF%20%2F%20North"
    r = client.get("/docs/try", params={"_path": "/api/events", "actor": "NLF", "q": "", "limit": "5"},
                   follow_redirects=False)
    assert r.headers["location"] == "/api/events?actor=NLF&limit=5"
    for bad in ("https://elsewhere.example/", "//elsewhere.example/api/events", "/api/ingest", "/admin"):
        assert client.get("/docs/try", params={"_path": bad}, follow_redirects=False).status_code == 404
    assert client.get("/docs/try", params={"_path": "/api/actors/{name}"}).status_code == 400
