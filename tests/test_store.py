"""The store on SQLite and PostgreSQL: schema, idempotence, atomic writes, reads."""
from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlalchemy import text

from polemos.errors import StoreError
from polemos.model import ActorMention, Claim, Document, Event, Extraction, Mentions, PlaceMention, Relation, Span
from polemos.store import open_store, resolve_url
from polemos.store.migrations import LATEST, MIGRATIONS

TEXT = "Gunmen attacked a checkpoint in Lakeside on Monday, killing four soldiers, police said."


def _doc(doc_id="d1", text=TEXT):
    return Document(doc_id=doc_id, text=text, title="Checkpoint attack", published=date(2024, 5, 7),
                    published_source="metadata", content_hash=hashlib.sha256(text.encode()).hexdigest(), fmt="txt")


def _extraction(doc_id="d1"):
    sent = Span(doc_id, 0, len(TEXT))
    actor = ActorMention(Span(doc_id, 0, 6), "Gunmen", "uag", "Unidentified Armed Group", "armed_group")
    place = PlaceMention(Span(doc_id, 31, 39), "Lakeside", "Lakeside", "Freedonia", "North", 1.0, 2.0)
    event = Event(doc_id, "Battles", "Armed clash", sent, event_date="2024-05-06", date_precision="day",
                  actor1="Unidentified Armed Group", actor2="Military Forces", fatalities=4, fatalities_low=4,
                  fatalities_high=4, extra_evidence=[Span(doc_id, 0, 15)])
    claim = Claim(doc_id, "Unidentified Armed Group", "killed", sent, low=4, high=4, attributed_to="police")
    rel = Relation(doc_id, "Unidentified Armed Group", "hostile", "Military Forces", sent)
    return Extraction(Mentions(actors=[actor], places=[place]), [event], [claim], [rel])


def test_resolve_url_forms(monkeypatch):
    monkeypatch.delenv("POLEMOS_DB", raising=False)
    assert resolve_url(None) == "sqlite:///polemos.db"
    assert resolve_url("postgresql://h/db") == "postgresql+psycopg://h/db"
    monkeypatch.setenv("POLEMOS_DB", "x.db")
    assert resolve_url(None) == "sqlite:///x.db"


def test_schema_created_and_versioned(store_url):
    store = open_store(store_url)
    with store.engine.connect() as conn:
        assert conn.execute(text("select max(version) from polemos_schema")).scalar() == LATEST
    # opening again is a no-op upgrade
    again = open_store(store_url)
    assert again.counts()["documents"] == 0


def test_document_and_facts_round_trip(store_url):
    store = open_store(store_url)
    assert store.add(_doc(), _extraction())
    assert not store.add(_doc(), _extraction()), "the same text is stored once"
    counts = store.counts()
    assert counts["documents"] == 1 and counts["events"] == 1 and counts["mentions"] == 2
    doc = store.document("d1")
    assert doc.published == date(2024, 5, 7) and doc.published_source == "metadata"
    ev = store.events()[0]
    assert ev["evidence"] == TEXT and (ev["evidence_start"], ev["evidence_end"]) == (0, len(TEXT))
    assert ev["extra_evidence"] == [{"start": 0, "end": 15, "text": TEXT[:15]}]
    assert store.claims()[0]["attributed_to"] == "police"
    assert store.relations()[0]["relation"] == "hostile"
    actors = store.actors()
    assert actors[0]["aliases_seen"] == ["Gunmen"] and actors[0]["mentions"] == {"d1": 1}


def test_failed_write_leaves_no_half_document(store_url):
    store = open_store(store_url)
    bad = _extraction()
    bad.events[0].event_type = None  # violates NOT NULL after the document row was written
    with pytest.raises(StoreError, match="d1"):
        store.add(_doc(), bad)
    assert store.counts()["documents"] == 0 and store.counts()["mentions"] == 0
    assert store.add(_doc(), _extraction())


def test_free_doc_id_avoids_collisions(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    store.add(_doc("report"), _extraction("report"))
    assert store.free_doc_id("report") == "report-2"
    assert store.free_doc_id("report", {"report-2"}) == "report-3"
    assert store.free_doc_id("other") == "other"


def test_unopenable_store_names_it(tmp_path):
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(str(tmp_path / "missing-dir" / "x" / "kb.db"))


def test_concurrent_first_opens_do_not_fail(store_url):
    import threading
    errors = []

    def opener():
        try:
            open_store(store_url)
        except Exception as exc:  # noqa: BLE001 - the test reports any failure
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with open_store(store_url).engine.connect() as conn:
        assert conn.execute(text("select count(*) from polemos_schema")).scalar() == len(MIGRATIONS)


def test_sqlite_page_cache_is_modest_for_writes_and_large_for_a_resolution_run(tmp_path):
    """A writer's page cache fills up as the store grows: it stays small; a resolution run takes a large one for
    its transaction only, and the connection goes back to the pool with the small one."""
    from polemos.store.db import PAGE_CACHE_KIB, RESOLUTION_CACHE_KIB
    from polemos.store.resolution import resolution_run
    store = open_store(str(tmp_path / "kb.db"))
    seen = []

    def cache_kib(conn):
        seen.append(conn.connection.dbapi_connection)
        return -conn.exec_driver_sql("PRAGMA cache_size").scalar_one()

    with store.engine.connect() as conn:
        assert cache_kib(conn) == PAGE_CACHE_KIB
    with resolution_run(store) as run:
        assert cache_kib(run.conn) == RESOLUTION_CACHE_KIB
    with store.engine.connect() as conn:
        assert cache_kib(conn) == PAGE_CACHE_KIB
    assert seen[0] is seen[1] is seen[2]        # the pool's one connection, given back small
