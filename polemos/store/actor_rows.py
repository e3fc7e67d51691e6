"""The actor rows (schema.event_actors): each canonical event once under each distinct name in its actor
fields, with the columns an actor filter's listing, count, timeline and map read. Kept in step with every
write of canonical rows: rebuilt in SQL after a bulk load or a whole resolution (and by migration 5),
replaced event by event after each change."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, inspect, select, union_all

from .schema import ACTOR_ROW_INDEXES, canonical_events, event_actors

ACTOR_FIELDS = ("actor1", "actor2", "claimed_by")
COLUMNS = tuple(c.name for c in event_actors.columns if c.name != "name")
BATCH = 5000


def rows_of(canonical_rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The actor rows of some canonical rows (canonical_columns dicts)."""
    out = []
    for row in canonical_rows:
        for name in sorted({row.get(f) for f in ACTOR_FIELDS} - {None}):
            out.append(dict({c: row.get(c) for c in COLUMNS}, name=name))
    return out


def replace(conn: Connection, keys: Iterable[str], canonical_rows: Iterable[Mapping[str, Any]],
            before: Iterable[Mapping[str, Any]] | None = None) -> None:
    """Make the actor rows of `keys` those of the new canonical rows (in the same transaction). Given
    `before`, the stored canonical rows of `keys` (whose actor rows are rows_of them), only the actor rows
    that differ are dropped and written: an event rebuilt under the key it had, with the same actors, date,
    place and toll, keeps its actor rows and their index entries."""
    rows = rows_of(canonical_rows)
    if before is None:
        keys = sorted(keys)
        for i in range(0, len(keys), 900):
            conn.execute(delete(event_actors).where(event_actors.c.event_key.in_(keys[i:i + 900])))
    else:
        def ident(r: Mapping[str, Any]) -> tuple:
            return tuple(r.get(c) for c in ("name", *COLUMNS))
        old = {ident(r): r for r in rows_of(before)}
        new = {ident(r) for r in rows}
        gone = [{"_key": r["event_key"], "_name": r["name"]} for k, r in sorted(old.items()) if k not in new]
        if gone:
            conn.execute(delete(event_actors).where(event_actors.c.event_key == bindparam("_key"),
                                                    event_actors.c.name == bindparam("_name")), gone)
        rows = [r for r in rows if ident(r) not in old]
    for i in range(0, len(rows), BATCH):
        conn.execute(insert(event_actors), rows[i:i + BATCH])


def rebuild(conn: Connection) -> None:
    """Every actor row again from the canonical rows, set-based: one INSERT ... SELECT of every actor field's
    rows, a name already taken by an earlier field of the same event left out."""
    conn.execute(delete(event_actors))
    C = canonical_events.c
    parts = []
    for i, field in enumerate(ACTOR_FIELDS):
        earlier = [C[f].is_distinct_from(C[field]) for f in ACTOR_FIELDS[:i]]
        parts.append(select(C[field].label("name"), *(C[c] for c in COLUMNS)).where(C[field].is_not(None), *earlier))
    rows = union_all(*parts).subquery()
    # in the table's key order: SQLite's table is its key (schema.event_actors), filled at its end, not page by page
    conn.execute(insert(event_actors).from_select(["name", *COLUMNS], select(rows).order_by(
        rows.c.event_key, rows.c.name)))


def create_indexes(conn: Connection) -> None:
    have = {i["name"] for i in inspect(conn).get_indexes(event_actors.name)}
    for index in ACTOR_ROW_INDEXES:
        if index.name not in have and index._ddl_if.dialect == conn.dialect.name:
            index.create(conn)


def drop_indexes(conn: Connection) -> None:
    for name in {i.name for i in ACTOR_ROW_INDEXES}:
        conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{name}"')


def upgrade(conn: Connection) -> None:
    """Migration 5: the table, filled from the canonical rows, then its index (built once) and the planner's
    statistics of it (PostgreSQL's visibility map, for index-only scans, follows with autovacuum or
    store.bulk.analyse)."""
    event_actors.create(conn, checkfirst=True)
    drop_indexes(conn)
    rebuild(conn)
    create_indexes(conn)
    conn.exec_driver_sql(f"ANALYZE {event_actors.name}")

