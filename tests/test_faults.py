"""Faults and hostile input (issue 14): one bad input never costs another, every document is bounded in time,
and every run ends with its summary. Each input is generated here; none is committed."""
from __future__ import annotations

import json
import os
import socket
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from polemos import nlp, pipeline
from polemos.cli import main
from polemos.errors import IngestError, IngestWarning, SkippedInput
from polemos.ingest import clean_text, read_sources
from polemos.ingest.fetch import fetch
from polemos.ranges import FIGURE_MAX, QUANTITY_MAX
from polemos.store import open_store

TOWNS = ["Kabul", "Herat", "Kandahar", "Jalalabad", "Kunduz", "Ghazni", "Zaranj", "Khost", "Gardez", "Bamyan",
         "Mazar-i-Sharif", "Faizabad", "Taloqan", "Pul-e-Khumri", "Charikar"]


def article(n: int) -> str:
    """A short news text, different for every n."""
    town = TOWNS[n % len(TOWNS)]
    return (f"Gunmen killed {n + 2} people in {town} on Monday, officials said. "
            f"Police arrested {n + 1} suspects after the attack near the market of {town}.")


def long_article(chars: int) -> str:
    """Paragraphs of distinct articles up to `chars` characters, then one naming Zaranj last."""
    parts, n = [], 100
    while sum(len(p) + 2 for p in parts) < chars:
        parts.append(article(n))
        n += 1
    return "\n\n".join(parts + ["Militants attacked a checkpoint in Zaranj on Friday, killing four soldiers."])


def ingest(tmp_path, *sources, **options):
    store = open_store(str(tmp_path / "kb.db"))
    return store, pipeline.ingest(store, [str(s) for s in sources], **options)


# ---- 1. a text over spaCy's limit -----------------------------------------------------------------------------

@pytest.fixture
def small_limits(monkeypatch):
    """spaCy's max_length and the section size shrunk, so that a text of a few thousand characters is 'over
    the limit' as a 3M-character one is with the real limits."""
    monkeypatch.setattr(nlp.load(), "max_length", 6000)
    monkeypatch.setattr(nlp, "SECTION_CHARS", 2500, raising=False)


def test_long_text_is_parsed_in_sections_with_offsets_kept(small_limits):
    text = long_article(9000)
    doc = nlp.parse_long(text) if hasattr(nlp, "parse_long") else nlp.parse(text)
    assert doc.text == text
    assert len(nlp.sections(text)) >= 4 and "".join(nlp.sections(text)) == text
    zaranj = [e for e in doc.ents if e.text == "Zaranj"]
    assert zaranj and all(text[e.start_char:e.end_char] == "Zaranj" for e in zaranj)
    assert zaranj[-1].start_char > 8000
    assert all(s.text == text[s.start_char:s.end_char] for s in doc.sents)


def test_unbroken_text_is_cut_at_the_limit():
    text = "x" * 25_000
    parts = nlp.sections(text, 10_000)
    assert [len(p) for p in parts] == [10_000, 10_000, 5_000] and "".join(parts) == text


def test_folder_with_a_text_over_the_limit_stores_every_document(tmp_path, small_limits):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article(1))
    (tmp_path / "in" / "big.txt").write_text(long_article(9000))
    (tmp_path / "in" / "c.txt").write_text(article(2))
    store, report = ingest(tmp_path, tmp_path / "in")
    assert sorted(report.added) == ["a", "big", "c"] and report.ok
    big = store.document("big")
    places = [m for m in store.mentions("big", kind="place") if m["text"] == "Zaranj"]
    assert places and all(big.text[m["start"]:m["end"]] == "Zaranj" for m in places)
    assert max(m["start"] for m in places) > 8000


# ---- 2. one bad record or file ----------------------------------------------------------------------------------

def test_bad_front_matter_drops_the_field_not_the_document(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text(f"---\ntitle: One\ndate: 2021-02-31\n---\n{article(1)}\n")
    (folder / "b.md").write_text(f"---\ntitle: Two\npublished: 2021-13-45\n---\n{article(2)}\n")
    (folder / "c.md").write_text(f"---\nlanguage: 5\ndate: 2021-03-02\n---\n{article(3)}\n")
    (folder / "d.md").write_text(f"---\ntitle: [unclosed\n---\n{article(4)}\n")
    (folder / "e.md").write_text(f"---\ntitle: Five\ndate: 2021-03-04\n---\n{article(5)}\n")
    store, report = ingest(tmp_path, folder)
    assert sorted(report.added) == ["a", "b", "c", "d", "e"] and report.ok
    warned = {w.source: w.reason for w in report.warnings}
    assert set(warned) == {str(folder / n) for n in ("a.md", "b.md", "c.md", "d.md")}
    assert "2021-02-31" in warned[str(folder / "a.md")] and "language 5" in warned[str(folder / "c.md")]
    assert store.document("c").published == date(2021, 3, 2) and store.document("a").title == "One"


def test_bad_jsonl_lines_are_reported_by_line_and_the_rest_stored(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": f"good{n}", "text": article(n)}) for n in range(10)]
    lines.insert(2, json.dumps({"id": "lang", "text": article(20), "language": 5}))
    lines.insert(5, '{"id": "surrogate", "text": "Gunmen killed \\ud800 three people in Herat."}')
    lines.insert(8, '{"a": ' * 100_000 + "1" + "}" * 100_000)
    path.write_text("\n".join(lines) + "\n")
    store, report = ingest(tmp_path, path)
    assert sorted(report.added) == sorted([f"good{n}" for n in range(10)] + ["lang"])
    assert {e.source for e in report.failed} == {f"{path}:6", f"{path}:9"}
    assert [w.source for w in report.warnings] == [f"{path}:3"]


def test_one_file_failing_never_stops_the_folder(tmp_path, monkeypatch):
    from polemos.ingest import sources
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"f{n}.txt").write_text(article(n))
    real = sources.read_text

    def broken(text, source, doc_id, fmt):
        if doc_id == "f1":
            raise RuntimeError("a reader bug")
        return real(text, source, doc_id, fmt)
    monkeypatch.setattr(sources, "read_text", broken)
    items = list(read_sources([str(folder)]))
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [e.source for e in errors] == [str(folder / "f1.txt")] and "a reader bug" in errors[0].reason
    assert len(items) == 3


# ---- 3. bounds ----------------------------------------------------------------------------------------------

def test_clean_text_is_linear_in_runs_of_spaces():
    start = time.perf_counter()
    for n in (40_000, 200_000, 2_000_000):
        assert clean_text(" " * n + "Gunmen killed five people.  \n") == " " * n + "Gunmen killed five people."
    assert time.perf_counter() - start < 2
    assert clean_text("a \t\u00a0\r\nb  \n\n  c \n\n") == "a\nb\n\n  c"


def test_200k_spaces_and_a_sentence_are_ingested_quickly(tmp_path):
    nlp.load()
    path = tmp_path / "spaces.txt"
    path.write_text(" " * 200_000 + "Gunmen killed five people in Kabul on Monday.")
    start = time.perf_counter()
    _, report = ingest(tmp_path, path)
    assert report.added == ["spaces"] and time.perf_counter() - start < 5


class Trickle(BaseHTTPRequestHandler):
    """A page sent 4 bytes at a time, every quarter second (16 bytes a second, forever)."""

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(400):
                self.wfile.write(b"<p>a")
                self.wfile.flush()
                time.sleep(0.25)
        except OSError:
            pass   # the client gave up


@pytest.fixture
def trickle():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/slow"
    server.shutdown()
    server.server_close()


def test_a_trickling_server_cannot_hold_a_fetch(trickle):
    start = time.perf_counter()
    with pytest.raises(IngestError, match="timed out"):
        fetch(trickle, max_bytes=1_000_000, timeout=1.0)
    assert time.perf_counter() - start < 6


def test_a_trickling_url_fails_and_the_batch_goes_on(tmp_path, trickle):
    (tmp_path / "a.txt").write_text(article(1))
    start = time.perf_counter()
    items = list(read_sources([trickle, str(tmp_path / "a.txt")], timeout=1.0))
    assert isinstance(items[0], IngestError) and "timed out" in items[0].reason
    assert items[1].doc_id == "a" and time.perf_counter() - start < 8


def test_a_document_over_its_time_budget_fails_and_the_batch_goes_on(tmp_path, on_extract):
    on_extract("Herat", lambda: time.sleep(5))
    for n in range(3):
        (tmp_path / f"f{n}.txt").write_text(article(n))   # f1 is the Herat one
    start = time.perf_counter()
    _, report = ingest(tmp_path, *(tmp_path / f"f{n}.txt" for n in range(3)), time_budget=0.5)
    assert sorted(report.added) == ["f0", "f2"] and time.perf_counter() - start < 4
    assert [e.source for e in report.failed] == [str(tmp_path / "f1.txt")]
    assert "time budget" in report.failed[0].reason


def test_nested_budgets_keep_the_outer_deadline():
    from polemos.budget import DocumentTimeout, time_budget
    start = time.perf_counter()
    with pytest.raises(DocumentTimeout, match="outer"):
        with time_budget(0.5, "outer"):
            with time_budget(10, "inner"):
                pass
            time.sleep(3)
    assert time.perf_counter() - start < 2


# ---- 6. storage errors and huge figures ---------------------------------------------------------------------------

def test_a_full_disk_is_reported_per_document_and_nothing_is_half_written(tmp_path):
    from sqlalchemy import event, text
    store = open_store(str(tmp_path / "kb.db"))
    with store.engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar()

    @event.listens_for(store.engine, "connect")
    def full(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    store.engine.dispose()
    for n in range(3):
        (tmp_path / f"f{n}.txt").write_text(article(50 + n) + "\n\n" + long_article(4000))
    report = pipeline.ingest(store, [str(tmp_path / f"f{n}.txt") for n in range(3)])
    assert not report.ok and not report.added and len(report.failed) == 3
    assert all("storage error" in e.reason and "full" in e.reason for e in report.failed)
    event.remove(store.engine, "connect", full)
    store.engine.dispose()
    assert store.counts()["documents"] == 0 and not store.mentions()


def test_a_store_failing_in_resolution_or_lookup_ends_with_the_summary(tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    import polemos.resolve

    def gone(*_args, **_kw):
        raise OperationalError("UPDATE events", {}, Exception("database or disk is full"))
    monkeypatch.setattr(polemos.resolve, "resolve_pending", gone)
    for n in range(3):
        (tmp_path / f"f{n}.txt").write_text(article(n))
    store, report = ingest(tmp_path, *(tmp_path / f"f{n}.txt" for n in range(3)))
    assert len(report.added) == 3 and [e.source for e in report.failed] == ["resolution"]
    assert "disk is full" in report.failed[0].reason and not report.ok
    monkeypatch.setattr(store, "find_hash", gone)        # the connection lost before the next documents
    monkeypatch.setattr(store, "stored", gone)           # (the ingest asks for a batch's texts and ids at once)
    (tmp_path / "g.txt").write_text(article(7))
    report = pipeline.ingest(store, [str(tmp_path / "g.txt")])
    # the three reports the failed resolution left pending are tried again, and that fails the same way
    assert [e.source for e in report.failed] == [str(tmp_path / "g.txt"), "resolution"]
    assert "storage error" in report.failed[0].reason


HUGE = ("In Kabul, {n}99999999999999999999999999999 civilians were killed on Monday, officials said. "
        "Police said 3000000000 people were wounded in the attack.")


def _huge_figures(url, tmp_path):
    for n in range(3):   # three such events in one map and timeline cell: their sum fits the cell's integer too
        (tmp_path / f"huge{n}.txt").write_text(HUGE.format(n=n + 1))
    store = open_store(url)
    report = pipeline.ingest(store, [str(tmp_path / f"huge{n}.txt") for n in range(3)])
    assert report.added == ["huge0", "huge1", "huge2"] and report.ok
    events = store.events("huge0")
    assert events and max(e["fatalities_low"] for e in events) == FIGURE_MAX
    assert all(e["fatalities_high"] is None or e["fatalities_high"] <= FIGURE_MAX for e in events)
    from sqlalchemy import select

    from polemos.store.schema import canonical_events
    with store.engine.connect() as conn:
        rows = conn.execute(select(canonical_events.c.fatalities, canonical_events.c.fatalities_high)).all()
    assert rows and all(v is None or v <= FIGURE_MAX for row in rows for v in row)
    figures = store.mentions("huge0", kind="quantity")
    assert {"low": QUANTITY_MAX, "high": None, "qualifier": "more_than"}.items() <= figures[0].items()
    assert {"low": 3_000_000_000, "high": 3_000_000_000}.items() <= figures[1].items()   # kept in a mention


def test_figures_beyond_an_integer_column_are_open_ranges(tmp_path):
    _huge_figures(str(tmp_path / "kb.db"), tmp_path)


@pytest.mark.postgres
def test_figures_beyond_an_integer_column_are_open_ranges_on_postgresql(pg_url, tmp_path):
    _huge_figures(pg_url, tmp_path)


# ---- 7. symbolic links, special files, implausible dates ------------------------------------------------------------

def test_links_out_of_the_folder_are_not_followed_unless_asked(tmp_path):
    outside, folder = tmp_path / "outside", tmp_path / "in"
    outside.mkdir()
    folder.mkdir()
    (outside / "secret.txt").write_text(article(1))
    (outside / "sub").mkdir()
    (outside / "sub" / "deep.txt").write_text(article(2))
    (folder / "own.txt").write_text(article(3))
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    (folder / "dir").symlink_to(outside / "sub")
    (folder / "inner.txt").symlink_to(folder / "own.txt")
    (folder / "loop").symlink_to(folder)
    items = list(read_sources([str(folder)]))
    docs = sorted(i.doc_id for i in items if not isinstance(i, IngestError))
    skipped = {i.source: i.reason for i in items if isinstance(i, SkippedInput)}
    assert docs == ["inner", "own"]
    assert set(skipped) == {str(folder / "link.txt"), str(folder / "dir")}
    assert all("--follow-symlinks" in r for r in skipped.values())
    followed = list(read_sources([str(folder)], follow_symlinks=True))
    assert sorted(i.doc_id for i in followed if not isinstance(i, IngestError)) == ["deep", "inner", "link", "own"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_special_files_are_skipped_with_the_reason(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock.txt"))
    (tmp_path / "a.txt").write_text(article(1))
    items = list(read_sources([str(tmp_path)]))
    skipped = {i.source: i.reason for i in items if isinstance(i, SkippedInput)}
    assert skipped == {str(tmp_path / "pipe.txt"): "not a regular file (a FIFO)",
                       str(tmp_path / "sock.txt"): "not a regular file (a socket)"}
    assert [i.doc_id for i in items if not isinstance(i, IngestError)] == ["a"]
    sock.close()


def test_event_dates_outside_the_plausible_window_are_rejected(tmp_path):
    (tmp_path / "a.txt").write_text("On 0001-01-01, gunmen killed five people in Kabul, officials said.\n\n"
                                    "On 9999-12-31, militants attacked a checkpoint in Kandahar, killing three.\n\n"
                                    "In 1850, soldiers clashed with rebels in Herat.\n\n"
                                    "On 2021-04-28, gunmen killed two people in Ghazni.")
    (tmp_path / "b.md").write_text(f"---\ndate: 0001-01-01\n---\n{article(4)}\n")
    store, report = ingest(tmp_path, tmp_path / "a.txt", tmp_path / "b.md", published=None)
    times = {m["value"] for m in store.mentions("a", kind="time")}
    assert "2021-04-28" in times and not times & {"0001-01-01", "9999-12-31", "1850"}
    assert store.document("b").published is None
    assert [w.source for w in report.warnings] == [str(tmp_path / "b.md")]
    dates = {e["event_date"] for e in store.events("a")}
    assert not any(d and d[:4] in ("0001", "9999", "1850") for d in dates)


# ---- every run ends with its summary -----------------------------------------------------------------------------

def test_the_done_when_folder_ends_with_the_summary_and_a_failing_exit(tmp_path, small_limits):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_text(long_article(9000))
    (folder / "bad.md").write_text(f"---\ndate: 2021-02-31\n---\n{article(1)}\n")
    lines = [json.dumps({"id": f"j{n}", "text": article(10 + n)}) for n in range(10)]
    for at, bad in ((1, '{"text": "x\\udc00"}'), (5, '{"text": 5}'), (9, "{not json")):
        lines.insert(at, bad)
    (folder / "corpus.jsonl").write_text("\n".join(lines))
    (folder / "n1.txt").write_text(article(2))
    (folder / "n2.html").write_text(f"<html><body><p>{article(3)}</p></body></html>")
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "-q"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith("14 added, 0 already stored, 0 skipped, 3 failed")
    failed = [line for line in result.output.splitlines() if line.startswith("failed")]
    assert [line.split()[1] for line in failed] == [f"{folder / 'corpus.jsonl'}:{n}:" for n in (2, 6, 10)]
    assert f"warning {folder / 'bad.md'}:" in result.output
    assert isinstance(IngestWarning(str(folder), "x"), IngestError)
