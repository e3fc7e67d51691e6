"""Migrations re-run on a generated store (benchmarks/bench_migration.py takes the store back to before
one): migration 3 rebuilds the same canonical rows, cells and full-text search through COPY and indexes built
after; migration 5 makes the same actor rows as the writes that kept them; migration 9 gives each undated
report its document's publication, as the writes do; migration 10 gives SQLite's actor rows and full-text index
their leaner shapes with the same rows and answers; on both backends."""
from __future__ import annotations

import random

from sqlalchemy import create_engine, inspect, select

from benchmarks.bench_migration import undo
from benchmarks.gen_store import _rows, places
from polemos.query import EventFilter
from polemos.store import open_store
from polemos.store.bulk import load
from polemos.store.db import resolve_url
from polemos.store.schema import (
    CANONICAL_INDEXES,
    PLACE_ACTOR_BLOCK_INDEXES,
    canonical_events,
    documents,
    event_actors,
    event_cells,
    events,
    map_cells,
)
from tests.test_actor_rows import TEMPLATES


def _snapshot(store) -> dict:
    with store.engine.connect() as conn:
        out = {t.name: sorted(tuple(r) for r in conn.execute(select(*(c for c in t.columns if c.name != "id"))))
               for t in (canonical_events, event_cells, map_cells, event_actors)}
        out["indexes"] = {i["name"] for i in inspect(conn).get_indexes("canonical_events")}
    out["search"] = [e.event_key for e in store.list_events(EventFilter.parse(q="checkpoint"), limit=500).items]
    return out


def test_migrations_3_and_5_rebuild_what_the_writes_made(store_url):
    store = open_store(store_url)
    load(store, _rows(TEMPLATES, places(random.Random(5)), 0, 400, 13))
    before = _snapshot(store)
    assert before["search"] and before["event_actors"]
    dialect = store.engine.dialect.name
    assert {i.name for i in CANONICAL_INDEXES if i._ddl_if is None or i._ddl_if.dialect == dialect} <= \
        before["indexes"]
    for number in (3, 5):
        undo(resolve_url(store_url), number)
        store.engine.dispose()
        store = open_store(store_url)
        assert _snapshot(store) == before, number


def _published(store) -> dict[int, str | None]:
    with store.engine.connect() as conn:
        return dict(conn.execute(select(events.c.id, events.c.published)).all())


def test_migration_9_gives_each_undated_report_its_documents_publication(store_url):
    """An undated report's row carries its document's publication (what bounds its date in resolution), in
    the blocking indexes its look-ups read; a dated report's carries none. The bulk load writes it as the
    migration fills it in a store made before it."""
    store = open_store(store_url)
    load(store, _rows(TEMPLATES, places(random.Random(5)), 0, 400, 13))
    with store.engine.connect() as conn:
        rows = conn.execute(select(events.c.id, events.c.date_first, documents.c.published)
                            .join(documents, documents.c.doc_id == events.c.doc_id)).all()
    expected = {i: (None if first else published) for i, first, published in rows}
    assert [i for i, p in expected.items() if p] and [i for i, p in expected.items() if p is None]
    assert _published(store) == expected
    undo(resolve_url(store_url), 9)
    store.engine.dispose()
    with open_store(store_url).engine.connect() as conn:   # (opening runs the migration again)
        indexes = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("events")}
    assert all(indexes[i.name][-3:] == ["date_last", "admin1", "published"] for i in PLACE_ACTOR_BLOCK_INDEXES), indexes
    assert _published(open_store(store_url)) == expected


def test_bulk_load_reads_an_undated_reports_publication_from_a_document_stored_before(tmp_path):
    batch = next(_rows(TEMPLATES, places(random.Random(5)), 0, 200, 13))
    store = open_store(str(tmp_path / "kb.db"))
    load(store, [{"documents": batch["documents"]}])
    load(store, [{"events": batch["events"], "canonical_events": batch["canonical_events"]}])
    published = {d["doc_id"]: d["published"] for d in batch["documents"]}
    expected = {e["id"]: (None if e["date_first"] else published[e["doc_id"]]) for e in batch["events"]}
    assert [i for i, p in expected.items() if p] and _published(store) == expected


def _sqlite_objects(url: str) -> set[str]:
    engine = create_engine(resolve_url(url))
    with engine.connect() as conn:
        names = set(conn.exec_driver_sql("SELECT name FROM sqlite_schema").scalars())
    engine.dispose()
    return names


def test_migration_10_keeps_sqlite_actor_rows_and_search_words_in_fewer_btrees(store_url):
    """SQLite: the actor rows are a table of their key alone (no rowid table beside an index of the key) and the
    full-text index keeps no table of row sizes (a text filter ranks nothing), so that a canonical event written
    or dropped touches two B-trees fewer; a store of the older shapes upgrades to the same actor rows and the
    same answers. PostgreSQL's tables are unchanged by it."""
    store = open_store(store_url)
    load(store, _rows(TEMPLATES, places(random.Random(5)), 0, 400, 13))
    before = _snapshot(store)
    name = before["event_actors"][0][1]
    listed = [e.event_key for e in store.list_events(EventFilter.parse(actor=name), limit=500).items]
    assert before["search"] and listed
    sqlite = store.engine.dialect.name == "sqlite"
    older = {"sqlite_autoindex_event_actors_1", "canonical_fts_docsize"}
    if sqlite:
        assert not older & _sqlite_objects(store_url)
    store.engine.dispose()
    undo(resolve_url(store_url), 10)
    if sqlite:
        assert older <= _sqlite_objects(store_url)
    store = open_store(store_url)            # (opening runs the migration again)
    assert _snapshot(store) == before
    assert [e.event_key for e in store.list_events(EventFilter.parse(actor=name), limit=500).items] == listed
    if sqlite:
        assert not older & _sqlite_objects(store_url)
