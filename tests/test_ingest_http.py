"""URLs served by a local http.server: pages, PDFs, feeds and every failure mode."""
from __future__ import annotations

import socket
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from polemos.errors import IngestError, SkippedInput
from polemos.ingest import read_sources
from test_ingest_html import META, article_html
from test_ingest_pdf import REPORT, make_pdf

SHORT_ENTRY = "Two soldiers were killed in a roadside blast, officials said."


def feed_xml(base: str) -> str:
    long_text = " ".join([REPORT[0], REPORT[1]] * 3)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Frontier Wire</title><link>{base}/</link>
<item><title>Checkpoint attack kills four</title><link>{base}/news/checkpoint-attack.html</link>
<description>{SHORT_ENTRY}</description><pubDate>Wed, 17 May 2023 09:00:00 GMT</pubDate></item>
<item><title>Convoy ambushed</title><link>{base}/news/convoy</link>
<description>{long_text}</description><pubDate>Sat, 02 Jul 2022 18:00:00 GMT</pubDate></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output quiet
        pass

    def send(self, status: int, ctype: str, body: bytes, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 (http.server's name)
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        routes = {
            "/news/checkpoint-attack.html": (200, "text/html; charset=utf-8", article_html(meta=META).encode()),
            "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
            "/report.pdf": (200, "application/pdf", make_pdf(REPORT, title="Convoy report")),
            "/feed": (200, "application/rss+xml", feed_xml(base).encode()),
            "/huge": (200, "text/html", b"<html><body>" + b"x" * 200_000 + b"</body></html>"),
        }
        if self.path == "/slow":
            time.sleep(1.0)
            self.send(200, "text/html", b"<p>late</p>")
        elif self.path == "/latin1":
            page = article_html(meta=META).replace('<meta charset="utf-8">', "")
            page = page.replace("Residents described", "Caf\u00e9 owners described")
            self.send(200, "text/html; charset=iso-8859-1", page.encode("latin-1"))
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/news/checkpoint-attack.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/huge-stream":  # no Content-Length: the reader must stop by itself
            self.send(200, "text/html", b"<p>" + b"y" * 200_000 + b"</p>", length=False)
        elif self.path in routes:
            self.send(*routes[self.path])
        else:
            self.send(404, "text/plain", b"not found")


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # clients hanging up early is expected here
        pass


@pytest.fixture(scope="module")
def base():
    server = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def one(url: str, **kwargs):
    items = list(read_sources([url], timeout=5.0, **kwargs))
    assert len(items) == 1, items
    return items[0]


def test_html_url(base):
    doc = one(f"{base}/news/checkpoint-attack.html")
    assert not isinstance(doc, IngestError), doc
    assert doc.fmt == "url" and doc.url == f"{base}/news/checkpoint-attack.html"
    assert doc.doc_id == "127-0-0-1-news-checkpoint-attack"
    assert "killing four officers" in doc.text and "Subscribe" not in doc.text
    assert doc.published == date(2023, 5, 17)


def test_redirect_is_followed(base):
    doc = one(f"{base}/moved")
    assert doc.url.endswith("/news/checkpoint-attack.html")
    assert "killing four officers" in doc.text


def test_pdf_url_is_read_as_pdf(base):
    doc = one(f"{base}/report.pdf")
    assert doc.fmt == "pdf" and "took three drivers hostage" in doc.text


def test_non_html_answer(base):
    err = one(f"{base}/image.png")
    assert isinstance(err, IngestError) and "expected HTML, got image/png" in err.reason


def test_http_404(base):
    err = one(f"{base}/nowhere")
    assert isinstance(err, IngestError) and err.reason.startswith("HTTP 404")


@pytest.mark.parametrize("path", ["/huge", "/huge-stream"])
def test_too_large(base, path):
    err = one(f"{base}{path}", max_bytes=50_000)
    assert isinstance(err, IngestError) and "too large" in err.reason


def test_timeout(base):
    [err] = list(read_sources([f"{base}/slow"], timeout=0.3))
    assert isinstance(err, IngestError) and "timed out after 0.3 s" in err.reason


def test_charset_from_http_header(base):
    doc = one(f"{base}/latin1")
    assert "Caf\u00e9 owners described" in doc.text


def test_unreachable_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    err = one(f"http://127.0.0.1:{port}/story")
    assert isinstance(err, IngestError) and "unreachable host" in err.reason


def test_feed_url_entries(base):
    items = list(read_sources([f"{base}/feed"], timeout=5.0))
    docs = [i for i in items if not isinstance(i, IngestError)]
    assert len(items) == 2 and len(docs) == 2, items
    fetched, inline = docs
    # short entry: its link was fetched as a page; page metadata beats the entry date
    assert "killing four officers" in fetched.text and fetched.fmt == "url"
    assert fetched.published == date(2023, 5, 17)
    # long entry: its own text, the entry date as metadata, the feed title as publisher
    assert inline.fmt == "rss" and inline.text.startswith("Convoy ambushed")
    assert (inline.published, inline.published_source) == (date(2022, 7, 2), "metadata")
    assert inline.publisher == "Frontier Wire"
    assert inline.doc_id == "127-0-0-1-news-convoy"


def test_batch_goes_on_after_failures(base):
    items = list(read_sources([f"{base}/nowhere", f"{base}/image.png", f"{base}/report.pdf"], timeout=5.0))
    assert [type(i).__name__ for i in items] == ["IngestError", "IngestError", "Document"]
    assert not any(isinstance(i, SkippedInput) for i in items)
