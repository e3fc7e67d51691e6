"""Resolution's reads and writes: the pending reports, a blocking key's candidates, a component's members, and
the canonical events rebuilt for the keys a run touched, all in one locked transaction per run.

A run first updates the single `resolution_lock` row: SQLite's write lock (or PostgreSQL's row lock) is then
held until it commits, so runs never interleave and every read inside one sees the newest resolution. A run
killed before it commits leaves its reports pending, and the next run does the work again.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, TextClause, bindparam, func, insert, inspect, select, text, update
from sqlalchemy.exc import SQLAlchemyError

from ..canonical import CanonicalEvent
from ..place import admin1_spellings
from . import schema
from .db import PAGE_CACHE_KIB, RESOLUTION_CACHE_KIB
from .schema import documents, events, resolution_lock

CHUNK = 900      # ids per IN (...) list


def upgrade_resolution(conn: Connection) -> None:
    """Migration 4: the state columns and indexes, the lock row; a store resolved by the old full clustering
    keeps its keys, each canonical event its own component, and unkeyed reports wait for the next run."""
    from .typed_migration import _add_missing_columns
    _add_missing_columns(conn, events, schema.RESOLUTION_STATE + schema.REPORT_PUBLISHED)   # (published: migration 9)
    existing = {i["name"] for i in inspect(conn).get_indexes("events")}
    for index in schema.RESOLUTION_INDEXES:
        if index.name not in existing:
            index.create(conn)
    resolution_lock.create(conn, checkfirst=True)
    if not conn.execute(select(func.count()).select_from(resolution_lock)).scalar_one():
        conn.execute(insert(resolution_lock).values(id=1, runs=0))
    peer = events.alias("peer")
    conn.execute(update(events).where(events.c.event_key.is_not(None), events.c.component.is_(None)).values(
        resolved=True, component=select(func.min(peer.c.id)).where(peer.c.event_key == events.c.event_key)
        .scalar_subquery()))


def upgrade_keys(conn: Connection) -> int:
    """Migration 8: every canonical event under the key resolution now gives it (resolve.coref.event_key: its
    first report's, in the fixed content order, so that it stays when a report that sorts later joins; the
    keys before hashed every member). Each event is rebuilt under its new key from the reports that carry its
    old one, taking over its stored row; a report still stored as its own event (`event-<id>`, pending) keeps
    that key until resolution. Returns how many keys changed."""
    from ..resolve.clusters import content_key
    from ..resolve.coref import event_key
    from ..resolve.reconcile import canonical
    from .db import _event_dict, _replace_canonical
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute(select(events).where(events.c.event_key.is_not(None))).mappings():
        groups.setdefault(r["event_key"], []).append(dict(_event_dict(r), doc_id=r["doc_id"]))
    renamed = {}
    for old, group in groups.items():
        if old.startswith("event-") and all(e["event_key"] == f"event-{e['id']}" for e in group):
            continue
        new = event_key(group)
        if new != old:
            renamed[new] = (old, group)
    if not renamed:
        return 0
    docs = ResolutionRun(conn).documents(e["doc_id"] for _, group in renamed.values() for e in group)
    records = [canonical(new, sorted(group, key=content_key), docs) for new, (_, group) in renamed.items()]
    _replace_canonical(conn, records, {old for old, _ in renamed.values()}, point=True,
                       previous={new: {old} for new, (old, _) in renamed.items()})
    return len(renamed)


@contextmanager
def resolution_run(store) -> Iterator[ResolutionRun]:
    """One resolution transaction, holding the resolution lock from its first statement to its commit."""
    with store.engine.begin() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:      # a large page cache for this run only (db.PAGE_CACHE_KIB): the connection goes back small
            conn.exec_driver_sql(f"PRAGMA cache_size=-{RESOLUTION_CACHE_KIB}")
        try:
            conn.execute(update(resolution_lock).where(resolution_lock.c.id == 1)
                         .values(runs=resolution_lock.c.runs + 1))
            yield ResolutionRun(conn)
        finally:
            if sqlite:
                with suppress(SQLAlchemyError):     # a broken connection is dropped by the pool anyway
                    conn.exec_driver_sql(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")


def pending_count(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(events).where(events.c.resolved.is_(False))).scalar_one()


def mark_all_pending(store) -> int:
    """Maintenance: every report waits for resolution again (`polemos resolve --all`). Returns how many."""
    with store.engine.begin() as conn:
        return conn.execute(update(events).values(resolved=False, component=None)).rowcount


# what a candidate is compared on (its typed columns, and an undated one's publication, what bounds its date:
# resolve.blocking.bounds; the whole report is read only for the events rebuilt)
_COMPARED = ("id", "doc_id", "event_type", "sub_event_type", "event_date", "date_precision", "actor1", "actor2",
             "country", "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities",
             "fatalities_low", "fatalities_high", "claimed_by", "event_key", "evidence", "start", "end", "component",
             "published")
_COMPARED_SQL = ", ".join(f'"{c}"' for c in _COMPARED)


@lru_cache(maxsize=512)
def _statement(sql: str) -> TextClause:
    """A candidate look-up's statement, made once per shape (its text holds only placeholders): building the
    same query from expression objects cost more than running it."""
    return text(sql)


def _resolution_dict(r) -> dict[str, Any]:
    from .db import _event_dict
    return dict(_event_dict(r), doc_id=r["doc_id"], component=r["component"], resolved=bool(r["resolved"]),
                published=r["published"])


class ResolutionRun:
    """The reads and writes of one locked resolution transaction."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def _select(self, *where) -> list[dict[str, Any]]:
        return [_resolution_dict(r) for r in self.conn.execute(select(events).where(*where)).mappings()]

    def pending(self, limit: int) -> list[dict[str, Any]]:
        """The oldest reports still waiting for resolution."""
        rows = self.conn.execute(select(events).where(events.c.resolved.is_(False)).order_by(events.c.id)
                                 .limit(limit)).mappings()
        return [_resolution_dict(r) for r in rows]

    def candidates(self, types: list[str], country: str, admin1: str | None, between: tuple[str, str] | None,
                   starts: Iterable[str], ends_from: str | None, location: str | None, actor1: str | None,
                   vague_between: tuple[str, str] | None, vague_starts: Iterable[str],
                   undated_published: tuple[str, str] | None, vague_any: bool) -> list[dict[str, Any]]:
        """Resolved reports of one blocking key (these event types in this country): in `admin1` or in no named
        province, any starting in `between` or on one of `starts`, and those at `location`; by `actor1` in
        `admin1` itself (in no named province when `admin1` is None); those at `location` or by `actor1`
        starting in `vague_between` or on one of `vague_starts` (every dated one ending on `ends_from` or
        later), or undated and
        published in `undated_published` or at no known date, or of any date with `vague_any`. Each look-up is
        one index range (polemos.resolve.blocking.Window says which); an undated report's publication is read
        from its row (schema.REPORT_PUBLISHED), in the place and actor blocking indexes. Candidates carry their
        compared columns and an undated one's `published`, not the whole report (`members` reads those)."""
        params: dict[str, Any] = {}

        def bind(value) -> str:
            params[f"p{len(params)}"] = value
            return f":p{len(params) - 1}"

        def among(values: Iterable[str]) -> str:
            return f"({', '.join(bind(v) for v in values)})"

        def published_in(between: tuple[str, str] | None) -> list[str]:
            """An undated report whose bound ends in `between` (blocking.bounds: its document's publication, a
            day; a month or a year when it is in or before `between[1]`, a superset), or whose publication
            is unknown."""
            if between is None:
                return []
            low, high = between
            return [f"(published IS NULL OR published = '' OR ((published >= {bind(low)} OR published IN "
                    f"{among((low[:7], low[:4]))}) AND published <= {bind(high)}))"]

        block = ["event_type IN " + among(types),
                 "country = " + bind(country) if country else "(country IS NULL OR country = '')"]
        # in its province or in none; the actor's look-ups in its province itself (in none when it names none)
        unnamed = "(admin1 IS NULL OR admin1 = '')"
        own = f"admin1 IN {among(admin1_spellings(country, admin1))}" if admin1 else unnamed
        around = [f"({own} OR admin1 IS NULL OR admin1 = '')"] if admin1 else []
        queries = []
        if between is not None:
            queries.append(around + [f"date_first BETWEEN {bind(between[0])} AND {bind(between[1])}",
                                     "date_last >= " + bind(ends_from)])
        ends = ["date_last >= " + bind(ends_from)] if ends_from else []
        if starts:
            queries.append(around + ["date_first IN " + among(sorted(set(starts))), *ends])
        for column, value, province in (("location", location, around), ("actor1", actor1, [own])):
            if not value:
                continue
            same = [f"{column} = {bind(value)}", *province]
            if vague_any:
                queries.append(same)
                continue
            queries.append(same + ["date_first IS NULL", *published_in(undated_published)])
            if vague_starts:
                queries.append(same + ["date_first IN " + among(sorted(set(vague_starts))), *ends])
            if vague_between is not None:
                queries.append(same + [f"date_first BETWEEN {bind(vague_between[0])} AND {bind(vague_between[1])}",
                                       *ends])
        if not queries:
            return []            # an undated report with no place and no first actor: nothing to compare it with
        # each look-up reads one blocking index alone (schema.BLOCK_INDEXES); whether a report is resolved is
        # tested on the rows found, which are read anyway. SQLite's planner, without statistics (an ingest never
        # gathers them), would read every resolved report through ix_events_pending: "+resolved" keeps that
        # column off the index choice
        resolved = "+resolved" if self.conn.dialect.name == "sqlite" else "resolved"
        ids = " UNION ALL ".join(f"SELECT id FROM events WHERE {' AND '.join(block + where)}" for where in queries)
        rows = self.conn.execute(_statement(f"SELECT {_COMPARED_SQL} FROM events WHERE id IN ({ids}) "
                                            f"AND {resolved} = {bind(True)}"), params)
        out = []
        for row in rows:        # plain rows zipped with the column names: a mapping per row cost more (7 us)
            e = dict(zip(_COMPARED, row))
            e.update(evidence_start=e["start"], evidence_end=e["end"], resolved=True)
            out.append(e)
        return out

    def members(self, components: Iterable[int]) -> list[dict[str, Any]]:
        """Every resolved report of these components."""
        labels = sorted(set(components))
        out = []
        for i in range(0, len(labels), CHUNK):
            out += self._select(events.c.component.in_(labels[i:i + CHUNK]))
        return [e for e in out if e["resolved"]]   # (a test of `resolved` in SQL lets SQLite read them all)

    def documents(self, doc_ids: Iterable[str]) -> dict[str, Any]:
        from .db import _meta
        ids = sorted(set(doc_ids))
        out = {}
        for i in range(0, len(ids), CHUNK):
            out.update({r[0]: _meta(r) for r in self.conn.execute(
                select(documents.c.doc_id, documents.c.publisher, documents.c.title, documents.c.published,
                       documents.c.url).where(documents.c.doc_id.in_(ids[i:i + CHUNK])))})
        return out

    def save(self, assigned: dict[int, dict[str, Any]], records: list[CanonicalEvent], stale: set[str],
             previous: dict[str, set[str]] | None = None) -> None:
        """Write each report's changed resolution state (`assigned`: id -> the columns that change, one
        executemany per set of columns); write the changed canonical events and drop (or, where reports not
        in this run still carry them, rebuild) the keys some reports left, in one pass, so that a key
        renamed within one aggregation cell leaves the cell as it was. `previous`: a new key -> the keys its
        reports had (the new row takes over one of their stored rows)."""
        from .db import _rebuild_records, _replace_canonical
        shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for i, change in assigned.items():
            shapes.setdefault(tuple(sorted(change)), []).append(
                {"_id": i, **{f"_{column}": value for column, value in change.items()}})
        for columns, rows in sorted(shapes.items()):
            stmt = update(events).where(events.c.id == bindparam("_id")).values(
                {column: bindparam(f"_{column}") for column in columns})
            self.conn.execute(stmt, rows)
        left = set(stale) - {r.event_key for r in records}
        rebuilt, removed = _rebuild_records(self.conn, left)
        if records or rebuilt or removed:
            _replace_canonical(self.conn, records + rebuilt, removed, point=False, previous=previous)
