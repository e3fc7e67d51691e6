"""Migration 2: typed date intervals and place codes beside every event, canonical events as typed rows
rebuilt by the one builder from their reports, and the aggregation cells. Runs in batches, so it upgrades
a store of a million events without holding it in memory."""
from __future__ import annotations

from sqlalchemy import Connection, bindparam, insert, inspect, select, text, update

from . import cells, schema
from .bulk import copy_rows
from .rows import canonical_columns, report_columns

BATCH = 5000


def _add_missing_columns(conn: Connection, table, columns) -> None:
    have = {c["name"] for c in inspect(conn).get_columns(table.name)}
    for col in columns:
        if col.name not in have:
            kind = col.type.compile(dialect=conn.dialect)
            conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{col.name}" {kind}'))


def _backfill_events(conn: Connection) -> None:
    cols = ("event_date", "date_precision", "location", "country", "admin1", "latitude", "longitude", "geo_precision")
    stmt = update(schema.events).where(schema.events.c.id == bindparam("_id")).values(
        {k: bindparam(k) for k in ("date_first", "date_last", "country_code", "admin1_code", "place_level")})
    last = 0
    while True:
        rows = conn.execute(select(schema.events.c.id, *(schema.events.c[c] for c in cols))
                            .where(schema.events.c.id > last).order_by(schema.events.c.id)
                            .limit(BATCH)).mappings().all()
        if not rows:
            return
        conn.execute(stmt, [dict(report_columns(r), _id=r["id"]) for r in rows])
        last = rows[-1]["id"]


def _rebuild_canonical(conn: Connection) -> None:
    """Every canonical event again from its reports, keeping the keys; unkeyed events become their own."""
    from ..resolve.reconcile import canonical
    from .db import _event_dict, _meta
    docs = {r[0]: _meta(r) for r in conn.execute(
        select(schema.documents.c.doc_id, schema.documents.c.publisher, schema.documents.c.title,
               schema.documents.c.published, schema.documents.c.url))}
    ev = schema.events
    conn.execute(update(ev).where(ev.c.event_key.is_(None)).values(
        event_key=text("'event-' || CAST(id AS VARCHAR(20))")))
    conn.execute(schema.canonical_events.delete())
    group: list[dict] = []
    batch = []
    rows = conn.execute(select(ev).order_by(ev.c.event_key, ev.c.id).execution_options(
        stream_results=True, yield_per=BATCH)).mappings()
    for r in rows:
        rec = _event_dict(r)
        if group and group[0]["event_key"] != rec["event_key"]:
            batch.append(canonical(group[0]["event_key"], group, docs))
            group = []
        group.append(rec)
        if len(batch) >= BATCH:
            _write(conn, batch)
            batch = []
    if group:
        batch.append(canonical(group[0]["event_key"], group, docs))
    _write(conn, batch)


def _write(conn: Connection, records: list) -> None:
    """A batch of canonical rows: COPY on PostgreSQL (in this transaction), else executemany."""
    if not records:
        return
    rows = [canonical_columns(r) for r in records]
    if conn.dialect.name == "postgresql":
        copy_rows(conn.connection.driver_connection, schema.canonical_events, rows)
    else:
        conn.execute(insert(schema.canonical_events), rows)


def upgrade_typed(conn: Connection) -> None:
    _add_missing_columns(conn, schema.events, schema.EVENT_TYPED)
    _add_missing_columns(conn, schema.canonical_events, schema.CANONICAL_TYPED)
    schema.event_cells.create(conn, checkfirst=True)
    schema.map_cells.create(conn, checkfirst=True)
    _backfill_events(conn)
    _rebuild_canonical(conn)
    # the listing indexes once the rows are in: built once, not kept up row by row through the rebuild
    existing = {i["name"] for t in ("events", "canonical_events") for i in inspect(conn).get_indexes(t)}
    for index in schema.CANONICAL_INDEXES + schema.EVENT_INDEXES:
        only = getattr(index, "_ddl_if", None)
        if index.name in existing or (only is not None and only.dialect not in (None, conn.dialect.name)):
            continue
        index.create(conn)
        existing.add(index.name)
    for ddl in {"sqlite": schema.SQLITE_FTS, "postgresql": schema.POSTGRES_FTS}.get(conn.dialect.name, []):
        conn.execute(text(ddl))
    cells.rebuild(conn)
