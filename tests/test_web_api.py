"""The web app's JSON API, in process: every endpoint, its filters, paging, the error shape, writes."""
from __future__ import annotations

import hashlib
import re
import time
from datetime import date

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from polemos.model import (  # noqa: E402
    ActorMention,
    Claim,
    Document,
    Event,
    Extraction,
    Mentions,
    PlaceMention,
    QuantityMention,
    Relation,
    Span,
    TimeMention,
)
from polemos.store import open_store  # noqa: E402
from polemos.web import create_app  # noqa: E402

HOSTILE = '<script>alert(1)</script>'
IMG = '<img src=x onerror=alert(1)>'
LINK = '<a href="javascript:alert(1)">'

WIRE = ("Fighters of the Northern Liberation Front attacked an army checkpoint in Karsa on 12 May 2024, killing "
        "seven soldiers, the defence ministry said. The NLF claimed the attack in a statement.\n\n"
        "The group also said it had recruited 300 new fighters since January.")
POST = ("At least nine soldiers died when militants stormed a checkpoint outside Karsa on Sunday, local officials "
        "said. The Northern Liberation Front, an affiliate of the Crescent Brigades, denied targeting civilians. "
        "Officials say the group has 1,000 fighters.")
BAD = (f"Police broke up a march in Dorun {IMG} on 3 June 2024, residents said. {LINK}More</a> {HOSTILE} "
       "The Dorun Youth Union called the march.")


def sp(doc_id: str, text: str, sub: str) -> Span:
    start = text.index(sub)
    return Span(doc_id, start, start + len(sub))


def sentence(doc_id: str, text: str, sub: str) -> Span:
    """The sentence holding `sub` (from after the previous full stop to its own)."""
    start = text.index(sub)
    begin = max((m.end() for m in re.finditer(r"[.!?]\s+", text[:start])), default=0)
    end = re.search(r"[.!?](\s|$)", text[start:])
    return Span(doc_id, begin, start + end.start() + 1 if end else len(text))


def _doc(doc_id, text, title, publisher, published, url=None) -> Document:
    return Document(doc_id=doc_id, text=text, title=title, publisher=publisher, published=published,
                    published_source="metadata", url=url, fmt="txt", language="en",
                    content_hash=hashlib.sha256(text.encode()).hexdigest())


def _nlf(doc_id, text, surface) -> ActorMention:
    return ActorMention(sp(doc_id, text, surface), surface, "nlf", "Northern Liberation Front", "armed_group")


def wire() -> tuple[Document, Extraction]:
    d, t = "north-wire", WIRE
    s1, s3 = sentence(d, t, "Fighters of"), sentence(d, t, "recruited")
    army = ActorMention(sp(d, t, "army"), "army", "mil-freedonia", "Military Forces of Freedonia", "state_force")
    mentions = Mentions(
        actors=[_nlf(d, t, "Northern Liberation Front"), army, _nlf(d, t, "NLF")],
        places=[PlaceMention(sp(d, t, "Karsa"), "Karsa", "Karsa", "Freedonia", "North Province", 12.5, 31.2)],
        times=[TimeMention(sp(d, t, "12 May 2024"), "12 May 2024", "2024-05-12", "day")],
        quantities=[QuantityMention(sp(d, t, "seven"), "seven", 7, 7, 7, "exact")])
    event = Event(d, "Battles", "Armed clash", s1, event_date="2024-05-12", date_precision="day",
                  actor1="Northern Liberation Front", actor2="Military Forces of Freedonia", country="Freedonia",
                  admin1="North Province", location="Karsa", latitude=12.5, longitude=31.2, geo_precision=1,
                  fatalities=7, fatalities_low=7, fatalities_high=7, claimed_by="Northern Liberation Front",
                  event_key="karsa-2024-05-12", extra_evidence=[sentence(d, t, "The NLF claimed")])
    claim = Claim(d, "Northern Liberation Front", "fighters", s3, low=300, high=300, period="2024",
                  attributed_to="Northern Liberation Front")
    rel = Relation(d, "Northern Liberation Front", "hostile", "Military Forces of Freedonia", s1)
    return (_doc(d, t, "Rebels strike army checkpoint in Karsa", "North Wire", date(2024, 5, 13),
                 "https://north-wire.example/karsa"), Extraction(mentions, [event], [claim], [rel]))


def post() -> tuple[Document, Extraction]:
    d, t = "valley-post", POST
    s1, s2, s3 = sentence(d, t, "At least"), sentence(d, t, "an affiliate"), sentence(d, t, "1,000")
    brigades = ActorMention(sp(d, t, "Crescent Brigades"), "Crescent Brigades", "crescent", "Crescent Brigades",
                            "armed_group")
    mentions = Mentions(actors=[_nlf(d, t, "Northern Liberation Front"), brigades],
                        places=[PlaceMention(sp(d, t, "Karsa"), "Karsa", "Karsa", "Freedonia", "North Province",
                                             12.5, 31.2)])
    event = Event(d, "Battles", "Armed clash", s1, event_date="2024-05-12", date_precision="day",
                  actor1="Unidentified Armed Group", actor2="Military Forces of Freedonia", country="Freedonia",
                  admin1="North Province", location="Karsa", latitude=12.5, longitude=31.2, geo_precision=2,
                  fatalities=9, fatalities_low=9, fatalities_high=9, reported_by="local officials",
                  event_key="karsa-2024-05-12")
    claims = [Claim(d, "Northern Liberation Front", "fighters", s3, low=1000, high=1000, period="2024",
                    attributed_to="local officials"),
              Claim(d, "Northern Liberation Front", "killed", s2, low=None, high=None, attributed_to="officials",
                    denied_by="Northern Liberation Front")]
    rel = Relation(d, "Northern Liberation Front", "affiliate_of", "Crescent Brigades", s2)
    return (_doc(d, t, "Nine soldiers dead near Karsa", "Valley Post", date(2024, 5, 13)),
            Extraction(mentions, [event], claims, [rel]))


def hostile() -> tuple[Document, Extraction]:
    d, t = "hostile-page", BAD
    s1 = sentence(d, t, "Police broke up")
    union = ActorMention(sp(d, t, "Dorun Youth Union"), "Dorun Youth Union", "provisional:dorun-youth-union",
                         f"Dorun Youth Union {HOSTILE}", "organisation", provisional=True)
    police = ActorMention(sp(d, t, "Police"), "Police", "police-freedonia", "Police Forces of Freedonia",
                          "state_force")
    mentions = Mentions(actors=[police, union],
                        places=[PlaceMention(sp(d, t, "Dorun"), "Dorun", f"Dorun {IMG}", "Freedonia",
                                             "South Province", 9.8, 33.9)])
    event = Event(d, "Protests", "Protest with intervention", s1, event_date="2024-06-03", date_precision="day",
                  actor1=f"Protesters {IMG}", actor2="Police Forces of Freedonia", country="Freedonia",
                  admin1="South Province", location=f"Dorun {HOSTILE}", latitude=9.8, longitude=33.9,
                  geo_precision=1, fatalities=0, notes=LINK)
    claim = Claim(d, f"Dorun Youth Union {HOSTILE}", "other", sp(d, t, HOSTILE), low=1, high=1, attributed_to=IMG)
    rel = Relation(d, f"Dorun Youth Union {HOSTILE}", "hostile", "Police Forces of Freedonia", sp(d, t, LINK))
    return (_doc(d, t, f"{HOSTILE} March {IMG}", f"Pub {LINK}", date(2024, 6, 4), "javascript:alert(1)"),
            Extraction(mentions, [event], [claim], [rel]))


def build_store(path: str):
    """A small store of invented reporting: two sources on one clash, and one hostile page."""
    store = open_store(path)
    for doc, ex in (wire(), post(), hostile()):
        assert store.add(doc, ex)
    return store


class FakeReport:
    def __init__(self, added):
        self.added, self.duplicates, self.skipped, self.failed = added, [], [], []

    def summary(self) -> str:
        return f"{len(self.added)} added"


SEEN: list[str] = []


def fake_ingest(store, sources, progress=None):
    """Stores each uploaded file's text as a document (no NLP), reporting progress like the pipeline."""
    from pathlib import Path
    added = []
    for src in sources:
        SEEN.append(src)
        path = Path(src)
        text = path.read_text(encoding="utf-8")
        doc = _doc(path.stem, text, path.stem, "upload", None)
        store.add(doc, Extraction())
        added.append(doc.doc_id)
        if progress:
            progress(doc.doc_id)
    return FakeReport(added)


@pytest.fixture
def store(tmp_path):
    return build_store(str(tmp_path / "kb.db"))


@pytest.fixture
def client(store):
    return TestClient(create_app(store=store, token="s3cret", ingest=fake_ingest, max_upload_bytes=2000))


@pytest.fixture
def readonly(store, monkeypatch):
    monkeypatch.delenv("POLEMOS_TOKEN", raising=False)
    return TestClient(create_app(store=store))


def keys(body) -> list:
    return [row["event_key"] for row in body["items"]]


# ---- listings and filters -------------------------------------------------------------
def test_events_listing_pages_and_totals(client):
    body = client.get("/api/events").json()
    assert body["total"] == 2 and body["limit"] == 50 and body["offset"] == 0, "two reports of one clash are one event"
    page = client.get("/api/events?limit=1&offset=1").json()
    assert page["total"] == 2 and len(page["items"]) == 1
    assert client.get("/api/events?limit=1&page=2").json()["items"] == page["items"], "page numbers"


@pytest.mark.parametrize("query, expected", [
    ("actor=Northern%20Liberation%20Front", 1), ("actor=NLF", 0), ("actor=Military%20Forces%20of%20Freedonia", 1),
    ("event_type=Protests", 1), ("event_type=protests", 1), ("sub_event_type=Armed%20clash", 1),
    ("country=freedonia", 2), ("admin1=south%20province", 1), ("since=2024-06", 1), ("until=2024-05-31", 1),
    ("since=2024-05-12&until=2024-05-12", 1), ("q=checkpoint", 1), ("doc_id=valley-post", 1),
    ("q=nothing-like-this", 0)])
def test_event_filters(client, query, expected):
    assert client.get(f"/api/events?{query}").json()["total"] == expected


@pytest.mark.parametrize("query, why", [
    ("since=notadate", "not a date"), ("since=2021-13", "no month 13"), ("until=2024-02-30", "no day 30"),
    ("since=2024&until=2023", "inverted"), ("event_type=Picnics", "unknown event type")])
def test_bad_filters_are_400_with_the_reason(client, query, why):
    assert client.get("/api/events?sort=no_such_field").status_code == 400
    for url in ("/api/events", "/events", "/map", "/timeline", "/api/map", "/api/timeline", "/download/events.csv"):
        resp = client.get(f"{url}?{query}")
        assert resp.status_code == 400 and why in resp.text, (url, resp.text[:200])


def test_event_sorting(client):
    rows = client.get("/api/events?sort=-fatalities").json()["items"]
    assert [r["fatalities"] for r in rows] == [7, 0], "ACLED's figure of the merged clash: the lower of 7 and 9"
    rows = client.get("/api/events?sort=event_date").json()["items"]
    assert rows[-1]["event_date"] == "2024-06-03"


def test_event_detail_has_every_report_and_the_conflict(client, store):
    report = next(e for e in store.events() if e["doc_id"] == "north-wire")
    body = client.get(f"/api/events/{report['id']}").json()       # a report id finds its event
    ev = body["event"]
    assert ev["event_key"] == "karsa-2024-05-12" and len(ev["reports"]) == 2
    assert {r["doc_id"]: r["fatalities"] for r in ev["reports"]} == {"north-wire": {"low": 7, "high": 7},
                                                                      "valley-post": {"low": 9, "high": 9}}
    assert [(c["kind"], c["severity"]) for c in ev["contradictions"]] == [("fatalities", "conflict")]
    assert body["item"]["fatalities_range"] == "7–9" and body["item"]["cite"] == "North Wire, 13 May 2024"
    assert body["contexts"][str(report["id"])]["evidence"] == report["evidence"]
    assert client.get("/api/events/karsa-2024-05-12").json() == body


def test_actors_listing_filters_and_profile(client):
    body = client.get("/api/actors").json()
    assert body["items"][0]["actor_id"] == "nlf" and body["total"] == 5
    assert client.get("/api/actors?q=NLF").json()["total"] == 1, "aliases are searched"
    assert client.get("/api/actors?kind=state_force").json()["total"] == 2
    profile = client.get("/api/actors/nlf").json()
    assert [r["relation"] for r in profile["affiliations"]] == ["affiliate_of"]
    assert [r["relation"] for r in profile["relations"]] == ["hostile"]
    assert len(profile["events_as_actor1"]) == 1 and profile["events_as_actor1"][0]["event_key"] == "karsa-2024-05-12"
    assert client.get("/api/actors/NLF").json()["actor"]["actor_id"] == "nlf", "any alias finds the actor"
    assert {c["quantity"] for c in profile["claims"]} == {"fighters", "killed"}
    assert client.get("/api/actors/provisional:dorun-youth-union").status_code == 200


def test_documents_listing_and_detail(client):
    body = client.get("/api/documents").json()
    assert body["total"] == 3 and "text" not in body["items"][0]
    assert client.get("/api/documents?publisher=valley").json()["total"] == 1
    assert client.get("/api/documents?q=karsa").json()["total"] == 2
    assert client.get("/api/documents?since=2024-06-01").json()["total"] == 1
    doc = client.get("/api/documents/north-wire").json()
    assert doc["document"]["text"] == WIRE and len(doc["events"]) == 1 and len(doc["mentions"]) == 6
    assert "html" not in doc


def test_claims_relations_contradictions(client):
    assert client.get("/api/claims").json()["total"] == 4
    assert client.get("/api/claims?quantity=fighters").json()["total"] == 2
    assert client.get("/api/claims?attributed_to=officials").json()["total"] == 2
    assert client.get("/api/relations?relation=affiliate_of").json()["total"] == 1
    assert client.get("/api/relations?actor=crescent").json()["total"] == 1
    body = client.get("/api/contradictions").json()
    kinds = {(c["kind"], c["severity"]) for c in body["items"]}
    assert ("fatalities", "conflict") in kinds, "7 and 9 cannot both hold"
    assert ("claim_denied", "conflict") in kinds and ("claim_figures", "conflict") in kinds
    denial = next(c for c in body["items"] if c["kind"] == "claim_denied")
    assert denial["items"][-1]["attributed_to"] == "Northern Liberation Front", "recorded against the denier"
    every = client.get("/api/contradictions?severity=all").json()["total"]
    assert every >= body["total"] and client.get("/api/contradictions?kind=fatalities").json()["total"] == 1


def test_network_and_counts(client):
    graph = client.get("/api/network").json()
    names = {n["id"] for n in graph["nodes"]}
    assert {"Northern Liberation Front", "Crescent Brigades", "Military Forces of Freedonia"} <= names
    assert client.get("/api/counts").json()["documents"] == 3


def test_pages_answer_as_json_too(client):
    assert client.get("/events?format=json").json()["page"]["total"] == 2
    assert client.get("/", headers={"Accept": "application/json"}).json()["counts"]["events"] == 3


# ---- errors --------------------------------------------------------------------------
@pytest.mark.parametrize("url, status", [
    ("/api/events/99999", 404), ("/api/events/abc", 404), ("/api/actors/nobody", 404),
    ("/api/documents/missing", 404), ("/api/events?limit=0", 422), ("/api/events?limit=100000", 422),
    ("/api/no-such-endpoint", 404), ("/api/jobs/nope", 403), ("/api/events?since=2021-13", 400)])
def test_every_api_error_has_one_shape(client, url, status):
    resp = client.get(url)
    assert resp.status_code == status
    body = resp.json()
    assert set(body) == {"error"} and body["error"]["status"] == status and body["error"]["message"]


def test_openapi_documents_the_api(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_key}", "/api/actors", "/api/actors/{name}", "/api/documents",
                 "/api/documents/{doc_id}", "/api/claims", "/api/relations", "/api/contradictions"):
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "event_type", "country", "since", "until", "q", "limit", "offset", "sort"} <= params
    assert not any(p.startswith("/events") for p in schema["paths"]), "HTML pages stay out of the API schema"


def test_security_headers(client):
    resp = client.get("/")
    assert "default-src 'self'" in resp.headers["content-security-policy"]
    assert "unsafe-inline" not in resp.headers["content-security-policy"]
    assert resp.headers["x-content-type-options"] == "nosniff"


# ---- writes ----------------------------------------------------------------------------
def _wait(client, job_id, token="s3cret"):
    for _ in range(100):
        job = client.get(f"/api/jobs/{job_id}", headers={"X-Polemos-Token": token}).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError("the job never finished")


def test_ingest_with_token_runs_a_job(client, store):
    files = {"files": ("../../etc/Evil Name!.txt", b"Militia fighters shelled Ostra on Friday.", "text/plain")}
    resp = client.post("/api/ingest", files=files, headers={"Authorization": "Bearer s3cret"})
    assert resp.status_code == 202
    job = _wait(client, resp.json()["id"])
    assert job["status"] == "done" and job["added"] == ["Evil-Name"] and job["done"] == ["Evil-Name"]
    assert store.document("Evil-Name").text.startswith("Militia fighters")
    from pathlib import Path
    path = Path(SEEN[-1])
    assert path.parent.parent.name.startswith("polemos-upload-") and ".." not in path.parts
    assert not path.exists(), "uploads are deleted once ingested"


def test_ingest_form_without_javascript_answers_with_the_job(client):
    resp = client.post("/ingest", data={"token": "s3cret"}, files={"files": ("a.md", b"# A\n\nText.", "text/markdown")},
                       follow_redirects=False)
    assert resp.status_code == 202 and "Ingest job" in resp.text


@pytest.mark.parametrize("headers, data, status", [
    ({}, {}, 403), ({"Authorization": "Bearer wrong"}, {}, 403), ({}, {"token": "wrong"}, 403),
    ({}, {"token": "s3cret"}, 403)])
def test_ingest_needs_the_token(client, headers, data, status):
    resp = client.post("/api/ingest", files={"files": ("a.txt", b"x", "text/plain")}, data=data, headers=headers)
    assert resp.status_code == status and resp.json()["error"]["status"] == status


def test_read_only_server_refuses_writes_and_says_so(readonly):
    resp = readonly.post("/api/ingest", files={"files": ("a.txt", b"x", "text/plain")},
                         headers={"Authorization": "Bearer anything"})
    assert resp.status_code == 403 and "read-only" in resp.json()["error"]["message"]
    assert "Read-only" in readonly.get("/").text


def test_upload_limits(client):
    auth = {"X-Polemos-Token": "s3cret"}
    big = client.post("/api/ingest", files={"files": ("big.txt", b"x" * 5000, "text/plain")}, headers=auth)
    assert big.status_code == 413 and big.json()["error"]["status"] == 413
    huge = client.post("/api/ingest", files={"files": ("huge.txt", b"x" * 200_000, "text/plain")}, headers=auth)
    assert huge.status_code == 413
    exe = client.post("/api/ingest", files={"files": ("run.exe", b"MZ", "application/octet-stream")}, headers=auth)
    assert exe.status_code == 415
    bad_url = client.post("/api/ingest", data={"url": "file:///etc/passwd"}, headers=auth)
    assert bad_url.status_code == 422
    assert client.post("/api/ingest", data={}, headers=auth).status_code == 422


def test_the_resolvers_canonical_record_is_used_when_stored(tmp_path):
    from polemos.resolve.reconcile import canonical
    store = build_store(str(tmp_path / "kb.db"))
    rows = [e for e in store.events() if e["doc_id"] in ("north-wire", "valley-post")]
    merged = canonical("karsa-clash", [dict(r, location="Karsa town") for r in rows], store.document_meta())
    store.save_canonical([merged], removed=["karsa-2024-05-12"])
    client = TestClient(create_app(store=store))
    ev = client.get(f"/api/events/{rows[1]['id']}").json()["event"]
    assert ev["event_key"] == "karsa-clash" and ev["place"]["location"] == "Karsa town"
    assert client.get("/api/events").json()["total"] == 2
    listed = client.get("/api/contradictions?kind=fatalities").json()["items"]
    assert [c["event_key"] for c in listed] == ["karsa-clash"]
    item = listed[0]["items"][1]
    page = client.get("/contradictions").text
    assert f'/documents/{item["doc_id"]}?start={item["start"]}&amp;end={item["end"]}#focus' in page


def test_ingest_through_the_real_pipeline(tmp_path):
    pytest.importorskip("polemos.pipeline")
    store = open_store(str(tmp_path / "kb.db"))
    client = TestClient(create_app(store=store, token="tok"))
    text = b"Gunmen attacked a police post in the town of Merka on 4 March 2024, killing three officers."
    resp = client.post("/api/ingest", files={"files": ("merka.txt", text, "text/plain")},
                       headers={"X-Polemos-Token": "tok"})
    assert resp.status_code == 202
    for _ in range(600):
        job = client.get(f"/api/jobs/{resp.json()['id']}", headers={"X-Polemos-Token": "tok"}).json()
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert job["status"] == "done" and job["added"] == ["merka"], job
    assert client.get("/api/documents/merka").json()["document"]["text"].startswith("Gunmen attacked")
