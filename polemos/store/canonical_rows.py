"""Writing canonical rows over the ones they replace: a new row takes over the stored row of a key it
replaces (its own key, rebuilt; or, after resolution, a key its reports leave) with an UPDATE of the
indexed columns that differ, so that the indexes and the full-text entry of columns that did not change are
left as they are (a report's key renamed by resolution changes its key and its JSON record, not its date,
place, type or actors). The columns no index reads are set on every updated row: the rows' UPDATEs then
differ only in the indexed columns they change, a few statements to prepare instead of one per distinct
set of changed columns (at 100,000 events a run's 99 rewritten rows came in 49 sets, each a statement
SQLAlchemy compiles). Rows with nothing to take over are inserted, stored rows nobody takes over are
deleted. The rows a write replaces are read once, for this and for the aggregation cells' deltas."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Column, Connection, Table, bindparam, delete, insert, select, update
from sqlalchemy.sql import visitors

from .schema import canonical_events

_COMPARED = tuple(c.name for c in canonical_events.columns if c.name != "data")   # (the JSON is always written)
BATCH = 900


def indexed_columns(table: Table) -> frozenset[str]:
    """The columns some index of `table` reads on either backend: its key, a column it includes, the
    condition of a partial index."""
    out = {c.name for c in table.primary_key}
    for index in table.indexes:
        options = index.dialect_options
        parts = [*index.expressions, options["sqlite"]["where"], options["postgresql"]["where"]]
        out.update(c.name for p in parts if p is not None for c in visitors.iterate(p) if isinstance(c, Column))
        out.update(options["postgresql"]["include"] or ())
    return frozenset(out)


# set on every updated row: no index reads them ("search" feeds the full-text index, schema.SQLITE_FTS_UPDATE
# and POSTGRES_FTS, and is rewritten only when it changes)
UNINDEXED = tuple(c for c in _COMPARED if c not in indexed_columns(canonical_events) | {"search"})


def stored_rows(conn: Connection, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The stored canonical rows of these keys, without their JSON record."""
    keys = sorted(keys)
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(keys), BATCH):
        query = select(*(canonical_events.c[c] for c in _COMPARED)).where(
            canonical_events.c.event_key.in_(keys[i:i + BATCH]))
        out.update((r["event_key"], dict(r)) for r in conn.execute(query).mappings())
    return out


def _changes(new: Mapping[str, Any], old: Mapping[str, Any]) -> dict[str, Any]:
    out = {c: new.get(c) for c in _COMPARED if new.get(c) != old.get(c)}
    out["data"] = new["data"]
    return out


def pair(rows: list[dict[str, Any]], old: dict[str, dict[str, Any]],
         previous: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """new key -> the stored key whose row it takes over: its own, else, among the keys `previous` names
    for it that no other new row takes, the one whose row differs from it in the fewest columns (then the
    smallest key)."""
    taken = {r["event_key"] for r in rows if r["event_key"] in old}
    out = {k: k for k in taken}
    for r in rows:
        key = r["event_key"]
        if key in out:
            continue
        free = sorted(k for k in previous.get(key, ()) if k in old and k not in taken)
        if free:
            best = min(free, key=lambda k: (len(_changes(r, old[k])), k))
            out[key] = best
            taken.add(best)
    return out


def write(conn: Connection, rows: list[dict[str, Any]], old: dict[str, dict[str, Any]],
          previous: Mapping[str, Iterable[str]] = {}) -> None:
    """Make the stored rows of `old`'s keys and of `rows`' keys exactly `rows` (canonical_columns dicts)."""
    reuse = pair(rows, old, previous)
    gone = sorted(set(old) - set(reuse.values()))
    for i in range(0, len(gone), BATCH):
        conn.execute(delete(canonical_events).where(canonical_events.c.event_key.in_(gone[i:i + BATCH])))
    shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    fresh = []
    for r in rows:
        was = reuse.get(r["event_key"])
        if was is None:
            fresh.append(r)
            continue
        change = _changes(r, old[was])
        change.update((c, r.get(c)) for c in UNINDEXED)
        shapes.setdefault(tuple(sorted(change)), []).append(
            {"_was": was, **{f"_{c}": v for c, v in change.items()}})
    for columns, params in sorted(shapes.items()):
        stmt = update(canonical_events).where(canonical_events.c.event_key == bindparam("_was")).values(
            {c: bindparam(f"_{c}") for c in columns})
        conn.execute(stmt, params)
    for i in range(0, len(fresh), 1000):
        conn.execute(insert(canonical_events), fresh[i:i + 1000])
