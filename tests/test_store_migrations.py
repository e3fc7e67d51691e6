"""Migrations re-run on a generated store (benchmarks/bench_migration.py takes the store back to before
one): migration 3 rebuilds the same canonical rows, cells and full-text search through COPY and indexes built
after; migration 5 makes the same actor rows as the writes that kept them; on both backends."""
from __future__ import annotations

import random

from sqlalchemy import inspect, select

from benchmarks.bench_migration import undo
from benchmarks.gen_store import _rows, places
from polemos.query import EventFilter
from polemos.store import open_store
from polemos.store.bulk import load
from polemos.store.db import resolve_url
from polemos.store.schema import CANONICAL_INDEXES, canonical_events, event_actors, event_cells, map_cells
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
