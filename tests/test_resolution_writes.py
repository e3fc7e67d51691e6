"""Resolution's writes: a canonical event whose key resolution renames takes over the stored row it replaces
(an UPDATE of the columns that differ, not a delete and an insert), and what incremental runs leave (canonical
rows, aggregation cells, actor rows, full-text entries) is exactly what one rebuild of the same canonical
events writes, on both backends."""
from __future__ import annotations

import pytest
from sqlalchemy import event, select, text

from polemos.query import EventFilter
from polemos.resolve import resolve_pending
from polemos.store import open_store
from polemos.store.schema import canonical_events, event_actors, event_cells, map_cells
from tests.resolution_corpus import extracted, variants

WORDS = ("killed", "attack", "protest", "bomb", "police")


@pytest.fixture(scope="module")
def base():
    return extracted()


def _store_all(store, docs) -> None:
    for doc, ex in docs:
        assert store.add(doc, ex)


def _snapshot(store) -> dict:
    with store.engine.connect() as conn:
        out = {t.name: sorted(tuple(r) for r in conn.execute(select(*(c for c in t.columns if c.name != "id"))))
               for t in (canonical_events, event_cells, map_cells, event_actors)}
    out["search"] = {w: sorted(e.event_key for e in store.list_events(EventFilter.parse(q=w), limit=500).items)
                     for w in WORDS}
    return out


def _fts_consistent(store) -> None:
    if store.engine.dialect.name == "sqlite":       # raises when the index and the rows disagree
        with store.engine.begin() as conn:
            conn.execute(text("INSERT INTO canonical_fts(canonical_fts, rank) VALUES ('integrity-check', 1)"))


def test_incremental_runs_leave_what_a_rebuild_of_the_same_events_writes(base, store_url):
    store = open_store(store_url)
    docs = base + variants(base, 60, seed=11)
    for i in range(0, len(docs), 15):
        _store_all(store, docs[i:i + 15])
        resolve_pending(store)
    _fts_consistent(store)
    kept = _snapshot(store)
    assert any(kept["search"].values()) and len(kept["canonical_events"]) < sum(len(ex.events) for _, ex in docs)
    # every canonical row, cell, actor row and full-text entry written again from scratch
    store.set_event_keys({e["id"]: e["event_key"] for e in store.events()}, store.canonical_events())
    assert _snapshot(store) == kept


def test_a_key_renamed_by_resolution_is_updated_in_place(base, tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    _store_all(store, base)
    resolve_pending(store)
    _store_all(store, variants(base, 12, seed=4))    # pending: each report its own canonical event, under its own key
    with store.engine.connect() as conn:
        rowid_before = dict(conn.execute(text("SELECT event_key, rowid FROM canonical_events")).all())
        pending = conn.execute(text("SELECT id, event_key FROM events WHERE NOT resolved")).all()
    statements: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def trace(conn, cursor, statement, parameters, context, executemany):
        statements.append(" ".join(statement.split()).upper())

    counts = resolve_pending(store)
    event.remove(store.engine, "before_cursor_execute", trace)
    assert counts["resolved"] == len(pending) and counts["canonical"] > 0
    assert not [s for s in statements if s.startswith("INSERT INTO CANONICAL_EVENTS")], \
        "every rewritten event took over a row its reports had"
    assert any(s.startswith("UPDATE CANONICAL_EVENTS") for s in statements)
    with store.engine.connect() as conn:
        rowid_after = dict(conn.execute(text("SELECT event_key, rowid FROM canonical_events")).all())
    keys = {e["id"]: e["event_key"] for e in store.events()}
    renamed = {old: keys[i] for i, old in pending if keys[i] != old}     # joined an event they do not sort first in
    assert renamed and not set(renamed) & set(rowid_after)
    assert any(keys[i] == old for i, old in pending), "a report that stays alone or sorts first keeps its key"
    assert set(rowid_after.values()) <= set(rowid_before.values()), "no row was added"
    _fts_consistent(store)
    for word in WORDS:      # the renamed rows are found under their new keys only
        found = {e.event_key for e in store.list_events(EventFilter.parse(q=word), limit=500).items}
        assert not found & set(renamed)


def _canonical_row(key: str, **values) -> dict:
    row = {c.name: None for c in canonical_events.columns}
    row.update(event_key=key, data="{}", event_type="Battles", date_first="2024-03-02", date_last="2024-03-02",
               fatalities=3, reports=1, search="clash village", **values)
    return row


def test_rows_changed_in_different_unindexed_columns_share_one_update(store_url):
    """Rows that change different columns no index reads are one UPDATE statement (one to prepare); a row
    whose indexed column changes has its own, and no UPDATE sets an indexed column that did not change."""
    from polemos.store import canonical_rows
    store = open_store(store_url)
    old = {k: _canonical_row(k) for k in ("a", "b", "c")}
    with store.engine.begin() as conn:
        canonical_rows.write(conn, list(old.values()), {})
    new = [dict(old["a"], reports=2, data='{"n": 2}'), dict(old["b"], first_source="Wire", data='{"w": 1}'),
           dict(old["c"], fatalities=7, conflicts=1)]
    statements: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def trace(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("UPDATE"):
            statements.append(" ".join(statement.split()).lower())

    with store.engine.begin() as conn:
        canonical_rows.write(conn, new, canonical_rows.stored_rows(conn, old))
    event.remove(store.engine, "before_cursor_execute", trace)
    assert len(statements) == 2, statements
    assert sum("fatalities =" in s or "fatalities=" in s for s in statements) == 1
    for s in statements:
        assert "date_first" not in s and "event_type" not in s and "event_key =" not in s.split(" where ")[0]
    with store.engine.connect() as conn:
        stored = {r["event_key"]: dict(r) for r in conn.execute(select(canonical_events)).mappings()}
    assert stored == {r["event_key"]: r for r in new}


def _wal_pages(path) -> set[int]:
    """The database pages the WAL file holds (each frame: a 24-byte header starting with the page number)."""
    import struct
    wal_file = path.with_name(path.name + "-wal")
    wal = wal_file.read_bytes() if wal_file.exists() else b""
    size = struct.unpack(">I", wal[8:12])[0] if wal else 0
    return {struct.unpack(">I", wal[i:i + 4])[0] for i in range(32, len(wal) - 24 - size + 1, 24 + size)}


def test_a_resolution_run_writes_no_rowid_table_of_actor_rows_and_no_row_sizes_of_the_full_text(base, tmp_path):
    """SQLite: the pages a run writes when reports join stored events (their own canonical rows dropped, the
    events they join rewritten): actor rows in the table of their key and its listing index only, the full-text
    index without a table of row sizes; in a large store each B-tree a row touches is a page of its own."""
    import sqlite3

    path = tmp_path / "kb.db"
    store = open_store(str(path))
    _store_all(store, base)
    resolve_pending(store)
    _store_all(store, variants(base, 12, seed=4))
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    holder = sqlite3.connect(path)          # open to the end: the WAL is neither written back nor removed
    try:
        if not holder.execute("SELECT count(*) FROM pragma_module_list WHERE name = 'dbstat'").fetchone()[0]:
            pytest.skip("this SQLite has no dbstat table")

        @event.listens_for(store.engine, "begin")
        def keep_wal(conn):
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")

        counts = resolve_pending(store)
        store.engine.dispose()
        owner = dict(holder.execute("SELECT pageno, name FROM dbstat").fetchall())
        written = {owner.get(p) for p in _wal_pages(path)}
    finally:
        holder.close()
    assert counts["canonical"] > 0 and {"event_actors", "ix_actor_rows", "canonical_fts_data"} <= written
    assert not written & {"sqlite_autoindex_event_actors_1", "canonical_fts_docsize"}, written
