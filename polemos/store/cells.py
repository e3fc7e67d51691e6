"""The aggregation cells: canonical events counted in two rollups (schema.event_cells for the timeline and
facets, schema.map_cells for the map), kept in step with every write of canonical rows: a full rebuild after
a bulk load, deltas after each change."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from .rows import cells_of
from .schema import CELL_KEYS, canonical_events, event_cells, map_cells

TABLES = {"event_cells": event_cells, "map_cells": map_cells}
_COLUMNS = ("date_value", "date_precision", "country_code", "admin1_code", "place_level", "event_type",
            "sub_event_type", "fatalities")
BATCH = 5000


def cell_deltas(removed: Iterable[Mapping[str, Any]], added: Iterable[Mapping[str, Any]]
                ) -> dict[str, dict[tuple, list[int]]]:
    """table -> key -> [events, fatalities] to add (negative for removed rows)."""
    out: dict[str, dict[tuple, list[int]]] = {name: {} for name in TABLES}
    for sign, rows in ((-1, removed), (1, added)):
        for row in rows:
            keys, dead = cells_of(row)
            for name, key in keys.items():
                acc = out[name].setdefault(key, [0, 0])
                acc[0] += sign
                acc[1] += sign * dead
    return {name: {k: v for k, v in d.items() if v != [0, 0]} for name, d in out.items()}


def bump(conn: Connection, deltas: dict[str, dict[tuple, list[int]]]) -> None:
    """Apply deltas: update each cell, or create it; drop cells left empty. Where the dialect has an upsert,
    one executemany per table does every cell (then one more drops the cells that lost events), not a
    statement built and compiled per cell."""
    upsert = {"postgresql": pg_insert, "sqlite": sqlite_insert}.get(conn.dialect.name)
    for name, changes in deltas.items():
        table, cols = TABLES[name], CELL_KEYS[name]
        keys = sorted(changes)          # every writer locks cells in one order: two never deadlock
        if not keys:
            continue
        if upsert is None:
            _bump_each(conn, table, cols, keys, changes)
            continue
        stmt = upsert(table)            # one statement, safe when two writers create the same cell
        stmt = stmt.on_conflict_do_update(index_elements=list(cols), set_={
            "n": table.c.n + stmt.excluded.n, "fatalities": table.c.fatalities + stmt.excluded.fatalities})
        conn.execute(stmt, [dict(zip(cols, key), n=changes[key][0], fatalities=changes[key][1]) for key in keys])
        emptied = [dict(zip((f"_{c}" for c in cols), key)) for key in keys if changes[key][0] < 0]
        if emptied:   # only a cell that lost events can be left empty (one index look-up each, not a scan)
            conn.execute(delete(table).where(*(table.c[c] == bindparam(f"_{c}") for c in cols), table.c.n <= 0),
                         emptied)


def _bump_each(conn: Connection, table, cols: tuple[str, ...], keys: list[tuple],
               changes: dict[tuple, list[int]]) -> None:
    """bump without an upsert: cell by cell, an update, else an insert."""
    for key in keys:
        n, dead = changes[key]
        where = and_(*(table.c[c] == v for c, v in zip(cols, key)))
        if not conn.execute(update(table).where(where).values(
                n=table.c.n + n, fatalities=table.c.fatalities + dead)).rowcount:
            conn.execute(insert(table).values(**dict(zip(cols, key)), n=n, fatalities=dead))
        if n < 0:
            conn.execute(delete(table).where(where, table.c.n <= 0))


def rebuild(conn: Connection) -> int:
    """Recount every cell from the canonical rows (streamed in batches). Returns the number of cells."""
    totals: dict[str, Counter] = {name: Counter() for name in TABLES}
    dead: dict[str, Counter] = {name: Counter() for name in TABLES}
    result = conn.execute(select(*(canonical_events.c[c] for c in _COLUMNS)).execution_options(
        stream_results=True, yield_per=BATCH))
    for row in result.mappings():
        keys, f = cells_of(row)
        for name, key in keys.items():
            totals[name][key] += 1
            dead[name][key] += f
    n = 0
    for name, table in TABLES.items():
        conn.execute(delete(table))
        rows = [dict(zip(CELL_KEYS[name], k), n=c, fatalities=dead[name][k]) for k, c in totals[name].items()]
        for i in range(0, len(rows), BATCH):
            conn.execute(insert(table), rows[i:i + BATCH])
        n += len(rows)
    return n
