"""Read queries over canonical events, run in the database: filtered, sorted, paged listings, capped
counts, facets, the timeline by month and the map by division (from the aggregation cells when the
filter allows, else from the canonical rows), map points in a box, and streams for exports."""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, func, literal, literal_column, or_, select, text, union

from ..canonical import CanonicalEvent
from ..query import EventFilter
from .schema import canonical_events as C
from .schema import event_actors as A
from .schema import event_cells as X
from .schema import events as E
from .schema import map_cells as M

COUNT_CAP = 10_000
_SORT_COLUMNS = {"event_date": "date_first", "fatalities": "fatalities", "event_type": "event_type",
                 "sub_event_type": "sub_event_type", "actor1": "actor1", "actor2": "actor2", "country": "country",
                 "admin1": "admin1", "location": "location", "reports": "reports"}


@dataclass
class Page:
    """One page of a listing: its canonical events, and the total (exact up to `COUNT_CAP`)."""

    items: list[CanonicalEvent]
    total: int
    exact: bool
    limit: int
    offset: int


def _text_match(q: str, dialect: str):
    """Every word of `q` among the event's search words, through the full-text index."""
    words = re.findall(r"\w+", q.casefold())
    if not words:
        return literal(True)
    if dialect == "postgresql":
        return func.to_tsvector(literal_column("'simple'"), func.coalesce(C.c.search, literal_column("''"))).op("@@")(
            func.plainto_tsquery(literal_column("'simple'"), " ".join(words)))
    match = " ".join(f'"{w}"' for w in words)
    return literal_column("canonical_events.rowid").in_(
        select(literal_column("rowid")).select_from(text("canonical_fts")).where(text("canonical_fts MATCH :fts")
                                                                                 .bindparams(fts=match)))


def where(f: EventFilter, dialect: str = "sqlite") -> list:
    """The SQL conditions of a filter, over the canonical rows."""
    out = []
    if f.actors and dialect == "postgresql":      # its planner ORs the indexes (BitmapOr)
        alts = []
        for m in f.actors:
            cond = or_(*(col.in_(sorted(m.names)) for col in (C.c.actor1, C.c.actor2, C.c.claimed_by)))
            alts.append(and_(cond, C.c.country.in_(sorted(m.countries))) if m.countries else cond)
        out.append(or_(*alts))
    elif f.actors:            # SQLite: one indexed lookup per actor column, united, never a scan of every event
        parts = []
        for m in f.actors:
            for col in (C.c.actor1, C.c.actor2, C.c.claimed_by):
                q = select(C.c.event_key).where(col.in_(sorted(m.names)))
                parts.append(q.where(C.c.country.in_(sorted(m.countries))) if m.countries else q)
        out.append(C.c.event_key.in_(union(*parts)))
    out += _plain_where(f, C)
    if f.q:
        out.append(_text_match(f.q, dialect))
    if f.doc_id:
        out.append(C.c.event_key.in_(select(E.c.event_key).where(E.c.doc_id == f.doc_id)))
    return out


def _plain_where(f: EventFilter, table) -> list:
    """The conditions on type, place and date window, over the canonical rows or the actor rows."""
    t, out = table.c, []
    if f.event_type:
        out.append(t.event_type == f.event_type)
    if f.sub_event_type:
        out.append(t.sub_event_type == f.sub_event_type)
    if f.country_code:
        out.append(t.country_code == f.country_code)
    elif f.country:
        out.append(func.lower(t.country) == f.country.casefold())
    if f.admin1_code:
        out.append(t.admin1_code == f.admin1_code)
    elif f.admin1:
        out.append(func.lower(t.admin1) == f.admin1.casefold())
    if f.window.first:
        out.append(t.date_last >= f.window.first.isoformat())
    if f.window.last:
        out.append(t.date_first <= f.window.last.isoformat())
    return out


def _by_actor_rows(f: EventFilter) -> bool:
    """The actor rows answer a filter that names actors, unless it also asks for words or a document."""
    return bool(f.actors) and not (f.q or f.doc_id)


def _actor_parts(f: EventFilter) -> list[list]:
    """The conditions on the actor rows, one list per index range (a name, in some countries when the alias
    means this actor only there): the filter's events are those of the union of these ranges."""
    countries: dict[str, set[str] | None] = {}
    for m in f.actors:
        for name in m.names:
            if m.countries is None or countries.get(name, set()) is None:
                countries[name] = None
            else:
                countries[name] = countries.get(name, set()) | set(m.countries)
    plain = _plain_where(f, A)
    return [[A.c.name == name, *([A.c.country.in_(sorted(c))] if c is not None else []), *plain]
            for name, c in sorted(countries.items())]


def _actor_union(f: EventFilter, columns: list[str], order: list | None = None, limit: int | None = None):
    """The union (each event once) of the actor rows' ranges, as a subquery of `columns`; each range sorted
    and cut at `limit` when given (enough for a page)."""
    parts = []
    for conds in _actor_parts(f):
        part = select(*(A.c[c] for c in columns)).where(*conds)
        if order is not None:
            part = part.order_by(*order).limit(limit)
        parts.append(select(*part.subquery().c))
    if not parts:                                         # no name to look for: no event
        parts = [select(*(A.c[c] for c in columns)).where(literal(False))]
    return (union(*parts) if len(parts) > 1 else parts[0]).subquery()


def _order(sort: str, dialect: str, selective: bool = False, table=C) -> list:
    """ORDER BY for a listing (over the canonical rows, or another `table` with the sort columns).
    `selective`: the filter names actors (few rows through their indexes), so SQLite should find them first
    and sort them, not walk the date index (its planner cannot tell)."""
    col = table.c[_SORT_COLUMNS[sort.lstrip("-")]]
    if selective and dialect == "sqlite":
        col = literal_column(f"+canonical_events.{col.name}")       # SQLite: + keeps the index out of ORDER BY
    elif selective:
        col = func.coalesce(col, None)    # PostgreSQL: an expression no index holds, so the actors' indexes lead
    desc = sort.startswith("-")
    if dialect == "postgresql":
        first = col.desc().nullslast() if desc else col.asc().nullslast()
    else:                      # SQLite sorts NULL lowest: DESC already puts undated last
        first = col.desc() if desc else col.asc().nullslast()
    if sort.lstrip("-") == "event_date":
        tie = []
    else:                      # the date breaks ties, in the order the indexes hold it
        tie = [table.c.date_first.desc().nullslast() if dialect == "postgresql" else table.c.date_first.desc()]
    return [first, *tie, table.c.event_key.desc() if desc else table.c.event_key.asc()]


def _whole_months(f: EventFilter) -> bool:
    """The date window starts on a first and ends on a last day of a month (or is open)."""
    first, last = f.window.first, f.window.last
    return (first is None or first.day == 1) and (last is None or (last + timedelta(days=1)).day == 1)


def _by_cells(f: EventFilter) -> bool:
    """The timeline cells answer filters on type and country, and date windows of whole months."""
    return not (f.actors or f.q or f.doc_id or f.admin1 or (f.country and not f.country_code)) and _whole_months(f)


def _whole_years(f: EventFilter) -> bool:
    first, last = f.window.first, f.window.last
    return (first is None or (first.month, first.day) == (1, 1)) and \
        (last is None or (last.month, last.day) == (12, 31))


def _by_map_cells(f: EventFilter) -> bool:
    """The map cells answer filters on event type, country and division, and date windows of whole years."""
    return not (f.actors or f.q or f.doc_id or f.sub_event_type or (f.admin1 and not f.admin1_code)
                or (f.country and not f.country_code)) and _whole_years(f)


def _map_cell_where(f: EventFilter) -> list:
    out = [M.c[c] == v for c, v in (("event_type", f.event_type), ("country_code", f.country_code),
                                    ("admin1_code", f.admin1_code)) if v]
    if f.window:
        out.append(M.c.year != "")
        if f.window.first:
            out.append(M.c.year >= f"{f.window.first.year:04d}")
        if f.window.last:
            out.append(M.c.year <= f"{f.window.last.year:04d}")
    return out


def _cell_where(f: EventFilter) -> list:
    out = []
    for col, value in ((X.c.event_type, f.event_type), (X.c.sub_event_type, f.sub_event_type),
                       (X.c.country_code, f.country_code)):
        if value:
            out.append(col == value)
    if f.window:              # a cell is in the window when its period meets it, as where() does for rows
        first, last = f.window.first, f.window.last
        kinds = []
        for kind, of in (("month", lambda d: d.isoformat()[:7]), ("year", lambda d: f"{d.year:04d}"),
                         ("decade", lambda d: f"{d.year // 10 * 10}s")):
            conds = [X.c.period_kind == kind]
            if first:
                conds.append(X.c.period >= of(first))
            if last:
                conds.append(X.c.period <= of(last))
            kinds.append(and_(*conds))
        out.append(or_(*kinds))
    return out


class Queries:
    """Mixed into Store: every read query of the listings, the map and the timeline."""

    engine: Any

    def _where(self, f: EventFilter) -> list:
        return where(f, self.engine.dialect.name)

    def list_events(self, f: EventFilter, sort: str = "-event_date", limit: int = 50, offset: int = 0) -> Page:
        conds = self._where(f)
        dialect = self.engine.dialect.name
        with self.engine.connect() as conn:       # sort the keys alone, then read the page's records
            if _by_actor_rows(f) and _SORT_COLUMNS[sort.lstrip("-")] in A.c:
                # each actor range sorted and cut at the page's end through its index, then merged
                names = sorted({"event_key", "date_first", _SORT_COLUMNS[sort.lstrip("-")]})
                u = _actor_union(f, names, _order(sort, dialect, table=A), offset + limit)
                query = select(u.c.event_key).order_by(*_order(sort, dialect, table=u))
            else:
                query = select(C.c.event_key).where(*conds).order_by(*_order(sort, dialect, bool(f.actors)))
            keys = conn.execute(query.limit(limit).offset(offset)).scalars().all()
            data = dict(conn.execute(select(C.c.event_key, C.c.data).where(C.c.event_key.in_(keys))).all())
            items = [CanonicalEvent.from_json(json.loads(data[k])) for k in keys]
            total, exact = self._count(conn, conds, offset + len(items), f)
        return Page(items, total, exact, limit, offset)

    def _count(self, conn, conds: list, at_least: int, f: EventFilter | None = None) -> tuple[int, bool]:
        """The number of matching events: exact from the cells when they hold the filter, else counted up to
        COUNT_CAP (Datasette's habit: never a full count of a large selection)."""
        if f is not None and _by_cells(f):
            n = conn.execute(select(func.coalesce(func.sum(X.c.n), 0)).where(*_cell_where(f))).scalar_one()
            return int(n), True
        if f is not None and _by_actor_rows(f):
            parts = _actor_parts(f)
            for conds in parts:   # a name holds each event once: one range past the cap is past it in all
                n, exact = self._count_table(conn, A, conds, at_least)
                if not exact or len(parts) == 1:
                    return n, exact
            return self._count_table(conn, _actor_union(f, ["event_key"]), [], at_least)
        return self._count_table(conn, C, conds, at_least)

    def count_events(self, f: EventFilter) -> int:
        """The exact number of canonical events matching a filter."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(C).where(*self._where(f))).scalar_one()

    def canonical_event(self, key: str) -> CanonicalEvent | None:
        with self.engine.connect() as conn:
            data = conn.execute(select(C.c.data).where(C.c.event_key == key)).scalar()
        return CanonicalEvent.from_json(json.loads(data)) if data else None

    def event_key_of(self, event_id: int) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(E.c.event_key).where(E.c.id == event_id)).scalar()

    def iter_events(self, f: EventFilter | None = None, sort: str = "event_date",
                    batch: int = 2000) -> Iterator[CanonicalEvent]:
        """Every matching canonical event, oldest first (undated last), streamed in batches."""
        f = f or EventFilter()
        query = select(C.c.data).where(*self._where(f)).order_by(*_order(sort, self.engine.dialect.name))
        with self.engine.connect() as conn:
            result = conn.execute(query.execution_options(stream_results=True, yield_per=batch))
            for data in result.scalars():
                yield CanonicalEvent.from_json(json.loads(data))

    def _grouped(self, f: EventFilter, cells: list | None, cell_conds: list, names: list[str],
                 columns: Callable[[Any], list] | None = None) -> list[tuple]:
        """(group..., events, fatalities) rows: summed from a rollup's cells when `cells` (its grouping
        columns) is given, else counted over the matching actor rows (each event once) or canonical rows,
        grouped by the columns `names` (or by `columns(table)`, expressions of them)."""
        columns = columns or (lambda t: [t.c[n] for n in names])
        if cells is not None:
            n, dead = cells[0].table.c.n, cells[0].table.c.fatalities
            query = select(*cells, func.sum(n), func.sum(dead)).where(*cell_conds).group_by(*cells)
        elif _by_actor_rows(f):
            u = _actor_union(f, sorted({"event_key", "fatalities", *names}))
            group = columns(u)
            query = select(*group, func.count(), func.sum(u.c.fatalities)).group_by(*group)
        else:
            group = columns(C)
            query = select(*group, func.count(), func.sum(C.c.fatalities)).where(*self._where(f)).group_by(*group)
        with self.engine.connect() as conn:
            return conn.execute(query).all()

    def timeline(self, f: EventFilter) -> dict[str, Any]:
        """Events by month and type (`months`: [(YYYY-MM, type, n, fatalities)]), and those known only to
        a year or decade (`spans`: [(YYYY or YYYYs, type, n)]) and undated (`undated`)."""
        cells = [X.c.period, X.c.period_kind, X.c.event_type] if _by_cells(f) else None
        rows = self._grouped(f, cells, _cell_where(f), ["date_value", "date_precision", "event_type"],
                             lambda t: [func.substr(t.c.date_value, 1, 7), t.c.date_precision, t.c.event_type])
        if cells is None:
            rows = [(p or "", "none" if not k else k if k in ("year", "decade") else "month", t, n, d)
                    for p, k, t, n, d in rows]
        out: dict[str, Any] = {"months": [], "spans": [], "undated": 0}
        for period, kind, etype, n, dead in rows:
            if kind == "month":
                out["months"].append((period[:7], etype, int(n), int(dead or 0)))
            elif kind in ("year", "decade"):
                out["spans"].append((period[:4] + ("s" if kind == "decade" else ""), etype, int(n)))
            else:
                out["undated"] += int(n)
        return _merge_rows(out)

    def map_divisions(self, f: EventFilter) -> list[dict[str, Any]]:
        """Events per first-level division (and per country for events known only to the country)."""
        cells = [M.c.country_code, M.c.admin1_code, M.c.place_level] if _by_map_cells(f) else None
        rows = self._grouped(f, cells, _map_cell_where(f), ["country_code", "admin1_code", "place_level"])
        out: dict[tuple, dict[str, Any]] = {}
        for cc, a1, level, n, dead in rows:
            key = (cc or "", a1 or "")
            rec = out.setdefault(key, {"country_code": key[0], "admin1_code": key[1], "events": 0, "fatalities": 0,
                                       "points": 0, "admin1_level": 0, "country_level": 0, "unplaced": 0})
            rec["events"] += int(n)
            rec["fatalities"] += int(dead or 0)
            level_key = {"point": "points", "admin1": "admin1_level", "country": "country_level"}.get(level, "unplaced")
            rec[level_key] += int(n)
        return sorted(out.values(), key=lambda r: (-r["events"], r["country_code"], r["admin1_code"]))

    def map_points(self, f: EventFilter, bbox: tuple[float, float, float, float] | None = None,
                   limit: int = 3000) -> tuple[list[dict[str, Any]], int]:
        """Events placed at a point (never a capital standing for a country), deadliest first, in a box
        (west, south, east, north); with the number of such events in all."""
        conds = self._where(f) + [C.c.place_level == "point", C.c.latitude.is_not(None)]
        if bbox:
            w, s, e, n = bbox
            conds += [C.c.latitude.between(s, n), C.c.longitude.between(w, e)]
        cols = (C.c.event_key, C.c.latitude, C.c.longitude, C.c.event_type, C.c.sub_event_type, C.c.date_value,
                C.c.date_precision, C.c.location, C.c.admin1, C.c.country, C.c.fatalities, C.c.geo_precision,
                C.c.reports)
        with self.engine.connect() as conn:
            rows = conn.execute(select(*cols).where(*conds).order_by(C.c.fatalities.desc(), C.c.event_key)
                                .limit(limit)).mappings().all()
            total, _ = self._count(conn, conds, len(rows))
        return [dict(r) for r in rows], total

    def facets(self, f: EventFilter | None = None) -> dict[str, list[tuple[str, int]]]:
        """Event types, sub-types and countries with their counts, from the cells: for the part of the
        filter the cells hold (type, country, whole months); an actor, province or text filter is not
        counted in."""
        f = f or EventFilter()
        cellular = EventFilter(event_type=f.event_type, sub_event_type=f.sub_event_type, country=f.country,
                               country_code=f.country_code,
                               window=f.window if _whole_months(f) else EventFilter().window)
        names = ("event_type", "sub_event_type", "country_code")
        cols = [X.c[name] for name in names]
        with self.engine.connect() as conn:       # one pass over the cells, summed three ways here
            rows = conn.execute(select(*cols, func.sum(X.c.n)).where(*_cell_where(cellular)).group_by(*cols)).all()
        out: dict[str, dict[str, int]] = {name: {} for name in names}
        for *values, n in rows:
            for name, value in zip(names, values):
                if value:
                    out[name][value] = out[name].get(value, 0) + int(n)
        return {name: sorted(d.items(), key=lambda x: (-x[1], x[0])) for name, d in out.items()}

    def reports_of(self, key: str) -> list[dict[str, Any]]:
        """The stored report rows of one canonical event."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(E).where(E.c.event_key == key).order_by(E.c.doc_id, E.c.start)).mappings()
            return [dict(json.loads(r["data"]), id=r["id"], event_key=r["event_key"], evidence=r["evidence"],
                         evidence_start=r["start"], evidence_end=r["end"]) for r in rows]

    def iter_reports(self, f: EventFilter | None = None, batch: int = 5000) -> Iterator[dict[str, Any]]:
        """The report rows (store.events() shape) of the selected canonical events, in document order."""
        query = select(E).order_by(E.c.doc_id, E.c.start, E.c.id)
        conds = self._where(f) if f else []
        if conds:
            query = query.where(E.c.event_key.in_(select(C.c.event_key).where(*conds)))
        with self.engine.connect() as conn:
            for r in conn.execute(query.execution_options(stream_results=True, yield_per=batch)).mappings():
                yield dict(json.loads(r["data"]), id=r["id"], event_key=r["event_key"], evidence=r["evidence"],
                           evidence_start=r["start"], evidence_end=r["end"])

    def list_documents(self, q: str | None = None, publisher: str | None = None, since: str | None = None,
                       until: str | None = None, sort: str = "-published", limit: int = 50,
                       offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Documents (metadata, no text) with their number of events, filtered, sorted and paged in SQL.
        `since`/`until` are ISO dates (already checked)."""
        from .schema import documents as D
        conds = []
        if q:
            like = [func.lower(D.c[c]).contains(q.casefold(), autoescape=True)
                    for c in ("title", "doc_id", "publisher", "url", "author")]
            conds.append(or_(*like))
        if publisher:
            conds.append(func.lower(D.c.publisher).contains(publisher.casefold(), autoescape=True))
        if since:
            conds.append(D.c.published >= since)
        if until:
            conds.append(D.c.published <= until)
        n_events = select(func.count()).where(E.c.doc_id == D.c.doc_id).scalar_subquery()
        field = sort.lstrip("-") if sort.lstrip("-") in ("published", "title", "doc_id", "publisher", "words") \
            else "published"
        col = D.c[field]
        order = (col.desc() if sort.startswith("-") else col.asc())
        cols = [D.c[c] for c in D.c.keys() if c != "text"]
        with self.engine.connect() as conn:
            rows = conn.execute(select(*cols, n_events.label("events")).where(*conds)
                                .order_by(order, D.c.doc_id).limit(limit).offset(offset)).mappings().all()
            total, _ = self._count_table(conn, D, conds, offset + len(rows))
        return [dict(r) for r in rows], total

    def _count_table(self, conn, table, conds: list, at_least: int) -> tuple[int, bool]:
        capped = select(literal(1)).select_from(table).where(*conds).limit(COUNT_CAP + 1).subquery()
        n = conn.execute(select(func.count()).select_from(capped)).scalar_one()
        return max(min(n, COUNT_CAP), at_least), n <= COUNT_CAP

    def actor_names(self, prefix: str, limit: int = 12) -> list[str]:
        """Stored actor names starting with (or containing) `prefix`, for autocompletion."""
        from .schema import actors
        p = prefix.casefold()
        with self.engine.connect() as conn:
            rows = conn.execute(select(actors.c.name).where(func.lower(actors.c.name).contains(p, autoescape=True))
                                .order_by(actors.c.name).limit(200)).scalars().all()
        return sorted(rows, key=lambda n: (not n.casefold().startswith(p), len(n), n))[:limit]


def _merge_rows(out: dict[str, Any]) -> dict[str, Any]:
    months: dict[tuple, list[int]] = {}
    for period, etype, n, dead in out["months"]:
        acc = months.setdefault((period, etype), [0, 0])
        acc[0] += n
        acc[1] += dead
    spans: dict[tuple, int] = {}
    for period, etype, n in out["spans"]:
        spans[(period, etype)] = spans.get((period, etype), 0) + n
    out["months"] = sorted((p, t, n, d) for (p, t), (n, d) in months.items())
    out["spans"] = sorted((p, t, n) for (p, t), n in spans.items())
    return out
