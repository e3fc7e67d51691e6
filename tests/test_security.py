"""The security findings of the review, each with a test that fails on the code before the fix:
brief links and Markdown, the brief's CSP, token-first and capped uploads, private URLs, the Host
header, the exposed-server warning, job listings, document ids, and datelines over PDF metadata."""
from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime

import pytest
from fastapi.testclient import TestClient

from polemos.model import Document, Event, Extraction, Span
from polemos.store import open_store
from polemos.views.brief import render_brief
from polemos.web import create_app

SCRIPT = "<script>alert('md')</script>"
TEXT = f"Gunmen attacked a police post in Karsa on 12 May 2024, killing two. {SCRIPT}"


@pytest.fixture
def hostile_store(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    for doc_id, url in (("js-link", "javascript:alert(document.cookie)"), ("data-link", "data:text/html,<b>x</b>"),
                        ("fine-link", "https://news.example/karsa")):
        text = f"{TEXT} ({doc_id})"
        ev = Event(doc_id, "Battles", "Armed clash", Span(doc_id, 0, len(text)), event_date="2024-05-12",
                   date_precision="day", actor1=f"Militia {SCRIPT}", country="Freedonia", location="Karsa",
                   fatalities=2, fatalities_low=2, fatalities_high=2)
        store.add(Document(doc_id, text, title=f"Title {SCRIPT}", publisher=f"Pub {SCRIPT}",
                           published=date(2024, 5, 13),
                           url=url, content_hash=hashlib.sha256(text.encode()).hexdigest()), Extraction(events=[ev]))
    return store


def test_html_brief_links_only_http_urls_and_carries_a_csp(hostile_store):
    html = render_brief(hostile_store)
    assert 'href="javascript:' not in html and 'href="data:' not in html
    assert 'href="https://news.example/karsa"' in html
    from html import unescape
    csp = unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert csp.startswith("default-src 'none';") and "script-src" not in csp, "no script may run, nothing is fetched"


def test_markdown_brief_lets_no_html_through(hostile_store):
    md = render_brief(hostile_store, fmt="md")
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "javascript:" not in md.replace("javascript:alert", "") or "<javascript:" not in md
    assert "<data:" not in md and "<https://news.example/karsa>" in md


@pytest.fixture
def client(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    seen = []

    def fake_ingest(store, sources, progress=None):
        seen.extend(sources)

        class R:
            added, duplicates, skipped, failed = [], [], [], []

            def summary(self):
                return "0 added"
        return R()
    c = TestClient(create_app(store=store, token="tok", ingest=fake_ingest, max_upload_bytes=1000))
    c.seen = seen
    return c


def test_the_token_is_checked_before_the_upload_is_read(client):
    read = []

    def body():
        for _ in range(50):
            read.append(1)
            yield b"x" * 10_000
    resp = client.post("/api/ingest", content=body(), headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert resp.status_code == 403
    assert len(read) <= 2, f"{len(read)} chunks were read before the token was checked"


def test_a_chunked_upload_is_capped_as_it_streams(client):
    def body():
        yield b"--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n"
        for _ in range(100):
            yield b"x" * 10_000                  # a megabyte, with no Content-Length
    resp = client.post("/api/ingest", content=body(),
                       headers={"Content-Type": "multipart/form-data; boundary=b", "X-Polemos-Token": "tok"})
    assert resp.status_code == 413 and resp.json()["error"]["status"] == 413


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/admin", "http://localhost/", "http://10.0.0.5/x",
                                 "http://169.254.169.254/latest/meta-data", "http://[::1]/"])
def test_url_ingest_refuses_loopback_and_private_addresses(client, url):
    resp = client.post("/api/ingest", data={"url": url}, headers={"X-Polemos-Token": "tok"})
    assert resp.status_code == 422 and "private" in resp.json()["error"]["message"]
    assert not client.seen


def test_private_urls_can_be_allowed_explicitly(tmp_path):
    seen = []
    app = create_app(store=open_store(str(tmp_path / "kb.db")), token="tok", allow_private_urls=True,
                     ingest=lambda store, sources, progress=None: seen.extend(sources) or type(
                         "R", (), {"added": [], "duplicates": [], "skipped": [], "failed": [],
                                   "summary": lambda self: ""})())
    resp = TestClient(app).post("/api/ingest", data={"url": "http://127.0.0.1:9/x"}, headers={"X-Polemos-Token": "tok"})
    assert resp.status_code == 202


def test_a_foreign_host_header_is_refused(client):
    assert client.get("/api/counts", headers={"Host": "attacker.example"}).status_code == 400
    assert client.get("/api/counts", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/api/counts", headers={"Host": "localhost:8000"}).status_code == 200


def test_serving_on_all_interfaces_without_a_token_warns_loudly(tmp_path, monkeypatch):
    import uvicorn
    from click.testing import CliRunner

    from polemos.cli import main
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: None)
    monkeypatch.delenv("POLEMOS_TOKEN", raising=False)
    open_store(str(tmp_path / "kb.db"))
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--db", str(tmp_path / "kb.db")])
    assert result.exit_code == 0 and "WARNING" in result.output and "without POLEMOS_TOKEN" in result.output
    quiet = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "kb.db")])
    assert "WARNING" not in quiet.output


def test_job_listings_need_the_token(client):
    resp = client.post("/api/ingest", files={"files": ("a.txt", b"Some text.", "text/plain")},
                       headers={"X-Polemos-Token": "tok"})
    job = resp.json()["id"]
    assert client.get(f"/api/jobs/{job}").status_code == 403
    assert client.get("/api/jobs").status_code == 403
    assert client.get(f"/api/jobs/{job}", headers={"X-Polemos-Token": "tok"}).status_code == 200
    assert "a.txt" not in client.get("/ingest").text, "the ingest page lists jobs only for the token's holder"


@pytest.mark.parametrize("raw, expected", [("../../etc/passwd", "etc-passwd"),
                                           ("<script>x</script>", "script-x-script"),
                                           ("a b/c", "a-b-c"), ("...", "doc"),
                                           ("report-2024_v1.2", "report-2024_v1.2")])
def test_document_ids_are_sanitised(raw, expected):
    from polemos.ingest.build import Raw, finish
    doc = finish(Raw(text="Gunmen attacked a police post in Karsa, officials said.", source="x", fmt="jsonl",
                     doc_id=raw))
    assert doc.doc_id == (expected if expected != "doc" else doc.doc_id)
    assert re.fullmatch(r"[A-Za-z0-9_.-]+", doc.doc_id)
    assert ".." not in doc.doc_id and "/" not in doc.doc_id


def test_a_dateline_outranks_the_pdf_creation_date():
    fpdf = pytest.importorskip("fpdf")
    from polemos.ingest.build import finish
    from polemos.ingest.pdf import read_pdf
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.set_creation_date(datetime(2024, 6, 1, tzinfo=UTC))
    pdf.multi_cell(0, 6, "KABUL, March 3 (Reuters) - Gunmen attacked a checkpoint in the city, killing four "
                         "policemen, officials said.")
    doc = finish(read_pdf(bytes(pdf.output()), "x.pdf", "x"))
    assert doc.published == date(2024, 3, 3) and doc.published_source == "text"
