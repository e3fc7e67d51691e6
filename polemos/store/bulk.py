"""Bulk writes: documents, event reports and canonical events loaded in batches (PostgreSQL `COPY`, SQLite
`executemany` in one transaction), then the aggregation cells rebuilt and the planner's statistics
refreshed. For loading prepared rows fast (the benchmark's million-event stores, imports); ingest keeps
its one-transaction-per-document path."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, select, text

from . import actor_rows, cells
from .rows import report_published
from .schema import canonical_events, documents, events

TABLES = {"documents": documents, "events": events, "canonical_events": canonical_events}


def copy_rows(raw, table, rows: list[dict[str, Any]]) -> None:
    """COPY rows (dicts) into a table over a psycopg connection."""
    cols = [c.name for c in table.columns if c.name in rows[0]]
    quoted = ", ".join(f'"{c}"' for c in cols)
    with raw.cursor() as cur:
        with cur.copy(f"COPY {table.name} ({quoted}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(tuple(row.get(c) for c in cols))


def _secondary_indexes(engine) -> list:
    from .schema import CANONICAL_INDEXES, EVENT_INDEXES
    return [i for i in CANONICAL_INDEXES + EVENT_INDEXES
            if getattr(i, "_ddl_if", None) is None or i._ddl_if.dialect in (None, engine.dialect.name)]


def _drop_indexes(engine) -> None:
    """PostgreSQL: drop the listing indexes while loading (rebuilt once after: far faster than row by row)."""
    from .schema import POSTGRES_FTS
    with engine.begin() as conn:
        for index in _secondary_indexes(engine):
            conn.execute(text(f'DROP INDEX IF EXISTS "{index.name}"'))
        if POSTGRES_FTS:
            conn.execute(text("DROP INDEX IF EXISTS ix_canon_search"))


def _create_indexes(engine) -> None:
    from .schema import POSTGRES_FTS
    with engine.begin() as conn:
        for index in _secondary_indexes(engine):
            index.create(conn, checkfirst=True)
        for ddl in POSTGRES_FTS:
            conn.execute(text(ddl))


def _published(engine, batch: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The batch's event rows, each with its `published` (rows.report_published: an undated report's document's
    publication, from the batch's documents or the store's)."""
    rows = batch["events"]
    if all("published" in r for r in rows):
        return rows
    published = {d["doc_id"]: d.get("published") for d in batch.get("documents") or ()}
    stored = sorted({r["doc_id"] for r in rows if r.get("date_first") is None and r["doc_id"] not in published})
    if stored:
        with engine.connect() as conn:
            for i in range(0, len(stored), 900):
                published.update(conn.execute(select(documents.c.doc_id, documents.c.published).where(
                    documents.c.doc_id.in_(stored[i:i + 900]))).all())
    return [r if "published" in r else dict(r, published=report_published(r, published.get(r["doc_id"])))
            for r in rows]


def load(store, batches: Iterable[dict[str, list[dict[str, Any]]]]) -> dict[str, int]:
    """Write each batch ({"documents": rows, "events": rows, "canonical_events": rows}, in that order)
    in its own transaction; then rebuild the cells and analyse. Returns row counts."""
    counts = {name: 0 for name in TABLES}
    engine = store.engine
    if engine.dialect.name == "postgresql":
        _drop_indexes(engine)
    for batch in batches:
        if batch.get("events"):
            batch = dict(batch, events=_published(engine, batch))
        if engine.dialect.name == "postgresql":
            raw = engine.raw_connection()
            try:
                for name, table in TABLES.items():
                    if batch.get(name):
                        copy_rows(raw.driver_connection, table, batch[name])
                raw.commit()
            finally:
                raw.close()
        else:
            with engine.begin() as conn:
                for name, table in TABLES.items():
                    if batch.get(name):
                        conn.execute(insert(table), batch[name])
        for name in TABLES:
            counts[name] += len(batch.get(name) or ())
    with engine.begin() as conn:     # the actor rows before their index: built once, not row by row
        actor_rows.drop_indexes(conn)
        actor_rows.rebuild(conn)
        actor_rows.create_indexes(conn)
    if engine.dialect.name == "postgresql":
        _create_indexes(engine)
    with engine.begin() as conn:
        cells.rebuild(conn)
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT setval(pg_get_serial_sequence('events', 'id'), "
                              "COALESCE((SELECT max(id) FROM events), 1))"))
    analyse(store)
    return counts


def analyse(store) -> None:
    """Fresh planner statistics (and, on PostgreSQL, the visibility map index-only scans need)."""
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    else:
        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
