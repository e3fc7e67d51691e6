"""The aggregation cells: canonical events counted by period, division and type, kept in step with every
write of canonical rows (a full rebuild after a bulk load, deltas after each change)."""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, Mapping

from sqlalchemy import Connection, and_, delete, insert, select, update

from .rows import cell_of
from .schema import CELL_KEY, canonical_events, event_cells

_COLUMNS = ("date_value", "date_precision", "country_code", "admin1_code", "place_level", "event_type",
            "sub_event_type", "fatalities")
BATCH = 5000


def cell_deltas(removed: Iterable[Mapping[str, Any]], added: Iterable[Mapping[str, Any]]) -> dict[tuple, list[int]]:
    """key -> [events, fatalities] to add (negative for removed rows)."""
    out: dict[tuple, list[int]] = {}
    for sign, rows in ((-1, removed), (1, added)):
        for row in rows:
            key, dead = cell_of(row)
            acc = out.setdefault(key, [0, 0])
            acc[0] += sign
            acc[1] += sign * dead
    return {k: v for k, v in out.items() if v != [0, 0]}


def bump(conn: Connection, deltas: dict[tuple, list[int]]) -> None:
    """Apply deltas cell by cell: update the cell, or create it; drop cells left empty."""
    for key, (n, dead) in deltas.items():
        where = and_(*(event_cells.c[c] == v for c, v in zip(CELL_KEY, key)))
        done = conn.execute(update(event_cells).where(where).values(
            n=event_cells.c.n + n, fatalities=event_cells.c.fatalities + dead)).rowcount
        if not done:
            conn.execute(insert(event_cells).values(**dict(zip(CELL_KEY, key)), n=n, fatalities=dead))
    if deltas:
        conn.execute(delete(event_cells).where(event_cells.c.n <= 0))


def rows_for_cells(conn: Connection, keys: Iterable[str]) -> list[dict[str, Any]]:
    """The cell-relevant columns of some canonical rows (before they change)."""
    keys = list(keys)
    out = []
    for i in range(0, len(keys), 900):
        chunk = keys[i:i + 900]
        out += [dict(r) for r in conn.execute(select(*(canonical_events.c[c] for c in _COLUMNS))
                                              .where(canonical_events.c.event_key.in_(chunk))).mappings()]
    return out


def rebuild(conn: Connection) -> int:
    """Recount every cell from the canonical rows (streamed in batches). Returns the number of cells."""
    totals: Counter = Counter()
    dead: Counter = Counter()
    result = conn.execute(select(*(canonical_events.c[c] for c in _COLUMNS)).execution_options(
        stream_results=True, yield_per=BATCH))
    for row in result.mappings():
        key, f = cell_of(row)
        totals[key] += 1
        dead[key] += f
    conn.execute(delete(event_cells))
    rows = [dict(zip(CELL_KEY, k), n=n, fatalities=dead[k]) for k, n in totals.items()]
    for i in range(0, len(rows), BATCH):
        conn.execute(insert(event_cells), rows[i:i + BATCH])
    return len(rows)
