"""The HTML pages: every page renders, links hold together, untrusted text stays inert."""
from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from markupsafe import Markup  # noqa: E402

from polemos.web import create_app  # noqa: E402
from polemos.web.highlight import Mark, render  # noqa: E402
from test_web_api import WIRE, build_store  # noqa: E402

PAGES = ["/", "/events", "/documents", "/actors", "/map", "/timeline", "/network", "/claims", "/relations",
         "/contradictions", "/ingest", "/search?q=karsa", "/search?q=script", "/documents/hostile-page",
         "/documents/north-wire", "/actors/nlf", "/actors/provisional:dorun-youth-union", "/events?q=alert"]


@pytest.fixture(scope="module")
def app_store(tmp_path_factory):
    store = build_store(str(tmp_path_factory.mktemp("web") / "kb.db"))
    return store, TestClient(create_app(store=store, token="t0ken"))


@pytest.fixture(scope="module")
def client(app_store):
    return app_store[1]


def handlers(html: str) -> list[str]:
    """Event-handler attributes (onerror=, onclick=...) on any element, as a browser would parse them."""
    from html.parser import HTMLParser
    found = []

    class Finder(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend(f"{tag} {k}" for k, _ in attrs if k.startswith("on"))
    Finder().feed(html)
    return found


def event_id(store, doc_id):
    return next(e["id"] for e in store.events() if e["doc_id"] == doc_id)


def all_pages(store):
    return PAGES + [f"/events/{e['id']}" for e in store.events()] + \
        [f"/events/{e['event_key']}" for e in store.events()]


def test_every_page_renders(app_store):
    store, client = app_store
    for url in all_pages(store):
        resp = client.get(url)
        assert resp.status_code == 200, url
        assert resp.headers["content-type"].startswith("text/html"), url
        assert "<nav>" in resp.text and "Polemos" in resp.text


def test_untrusted_text_is_escaped_everywhere(app_store):
    store, client = app_store
    for url in all_pages(store):
        html = client.get(url).text
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html and not handlers(html), url
        assert 'href="javascript:' not in html, url
        assert not re.search(r"<script(?![^>]*src=\"/static/)", html), f"inline script on {url}"
    reader = client.get("/documents/hostile-page").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in reader, "the payload is shown, as text"
    assert "&lt;img src=x onerror=alert(1)&gt;" in reader


def test_reader_marks_every_fact_at_its_span(app_store):
    store, client = app_store
    html = client.get("/documents/north-wire").text
    eid = event_id(store, "north-wire")
    assert f'id="event-{eid}"' in html and f'href="/events/{eid}"' in html
    assert 'class="m m-actor"' in html and 'href="/actors/nlf"' in html
    assert 'class="m m-place"' in html and 'class="m m-time"' in html and 'class="m m-quantity"' in html
    assert 'id="claim-' in html and 'id="relation-' in html
    # the text, stripped of our markup, is the stored text exactly (the reader adds nothing, loses nothing)
    article = re.search(r'<article class="reader wide">(.*?)</article>', html, re.S).group(1)
    text = re.sub(r'<a class="ref"[^>]*>[^<]*</a>', "", article)
    text = re.sub(r"<[^>]+>", "", text)
    assert text.replace("&amp;", "&").replace("&#39;", "'").replace("&#34;", '"') == WIRE


def test_evidence_link_lands_on_the_span(app_store):
    store, client = app_store
    ev = next(e for e in store.events() if e["doc_id"] == "north-wire")
    page = client.get(f"/events/{ev['id']}").text
    link = f"/documents/north-wire?start={ev['evidence_start']}&amp;end={ev['evidence_end']}#focus"
    assert link in page
    reader = client.get(link.replace("&amp;", "&").split("#")[0]).text
    focus = re.search(r'<mark class="focus"[^>]*id="focus">(.*?)</mark>', reader, re.S)
    assert focus and "Fighters of the" in re.sub(r"<[^>]+>", "", focus.group(1))


def test_event_page_shows_every_report_and_the_contradiction(app_store):
    store, client = app_store
    html = client.get(f"/events/{event_id(store, 'valley-post')}").text
    assert "North Wire, 13 May 2024" in html and "Valley Post, 13 May 2024" in html, "publisher and date, no hash ids"
    assert "sources disagree on the toll: 7 (North Wire) vs 9 (Valley Post)" in html and ">conflict<" in html
    assert "7–9 across sources" in html


def test_events_page_filters_sorts_and_pages(client):
    html = client.get("/events?event_type=Protests").text
    assert "Protest with intervention" in html and "Armed clash" not in html.split("<tbody>")[1]
    html = client.get("/events?limit=1&sort=-fatalities").text
    assert "1–1 of 2" in html and "page=2" in html and ">7–9<" in html
    assert "Next" in html and 'name="limit"' in html, "page numbers and a page size"
    assert 'href="/download/events.acled?event_type=Protests"' in client.get("/events?event_type=Protests").text


def test_actor_page_has_profile_sections(client):
    html = client.get("/actors/nlf").text
    for part in ("Affiliations", "affiliate of", "Crescent Brigades", "Events as actor 1", "Claims", "NLF",
                 'aria-label="Events per month'):
        assert part in html, part


def test_map_page_loads_leaflet_from_the_package_and_network_is_drawn_server_side(client):
    html = client.get("/map").text
    assert '<script src="/static/vendor/leaflet/leaflet.js" defer>' in html and "unpkg" not in html
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    assert client.get("/static/vendor/leaflet/LICENSE").status_code == 200
    points = client.get("/api/map").json()
    assert {p["location"] for p in points["points"]} == {"Karsa", "Dorun <script>alert(1)</script>"}
    net = client.get("/network").text
    assert 'data-id="Northern Liberation Front"' in net and '<line class="edge' in net and "marker-end" in net
    assert '<script src="/static/network.js" defer>' in net


def test_read_only_ui_says_so(app_store, monkeypatch):
    monkeypatch.delenv("POLEMOS_TOKEN", raising=False)
    client = TestClient(create_app(store=app_store[0]))
    html = client.get("/ingest").text
    assert "read-only" in html and "<form id=\"ingest-form\"" not in html


def test_unsafe_document_urls_are_not_linked(client):
    html = client.get("/documents").text
    assert 'href="https://north-wire.example/karsa"' in html
    assert "javascript:alert(1)" in html and 'href="javascript' not in html


def test_html_errors_are_pages(client):
    resp = client.get("/events/424242")
    assert resp.status_code == 404 and "no event &#39;424242&#39;" in resp.text and "<nav>" in resp.text
    assert client.get("/events/424242?format=json").json() == {"error": {"status": 404, "message": "no event '424242'"}}


def test_render_nests_overlapping_spans_and_escapes():
    text = "A <b>B</b> C & D"
    html = render(text, [Mark(0, 9, "fact fact-event", "t\"<", "/events/1", "event-1", "E1"),
                         Mark(5, 14, "m m-actor", "x", "/actors/a"), Mark(2, 5, "m m-place", "<p>")])
    assert isinstance(html, Markup)
    html = str(html)
    assert "<b>" not in html and "&lt;b&gt;" in html and "C &amp;" in html
    assert html.count('id="event-1"') == 1, "an anchor appears once even when a span is split"
    opened = len(re.findall(r"<(span|a|mark)[\s>]", html))
    closed = len(re.findall(r"</(span|a|mark)>", html))
    assert opened == closed
    assert 'title="t&#34;&lt;"' in html


def test_basemap_is_offline_natural_earth_and_bundled_divisions(client):
    world = client.get("/map/world.geojson").json()
    assert len(world["features"]) > 200 and any(f["properties"]["iso2"] == "AF" for f in world["features"])
    afg = client.get("/map/divisions/AF.geojson").json()
    assert {f["properties"]["code"] for f in afg["features"]} >= {"AF-KAB", "AF-DAY", "AF-NAN"}
