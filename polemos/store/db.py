"""The knowledge store: the only place that speaks SQL.

SQLite by default (./polemos.db), any SQLAlchemy URL otherwise, including
postgresql:// (driven by psycopg 3). Each document is written in one
transaction together with all of its mentions and facts, so an interrupted
ingest never leaves half a document, and re-running it is safe.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, create_engine, delete, event, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from ..canonical import CanonicalEvent
from ..dates import PartialDate
from ..errors import StoreError
from ..extras import require
from ..model import Document, Event, Extraction
from ..ranges import capped, capped_high
from . import actor_rows, canonical_rows, cells, migrations
from .causal import causal_rows
from .queries import Queries
from .rows import canonical_columns, report_columns, report_published
from .schema import actors, canonical_events, causal_statements, claims, documents, events, mentions, relations

DEFAULT_DB = "polemos.db"
# SQLite's page cache per connection (KiB). It fills up to its size as the store grows: an ingest's writes keep
# a modest one, so that its memory does not grow with the store; a resolution run, whose candidate look-ups read
# a large store's indexes again and again, takes a large one for its transaction (store.resolution).
PAGE_CACHE_KIB = 8_192
RESOLUTION_CACHE_KIB = 65_536


def resolve_url(db: str | None = None) -> str:
    """A --db value, $POLEMOS_DB or ./polemos.db, as a SQLAlchemy URL."""
    db = db or os.environ.get("POLEMOS_DB") or DEFAULT_DB
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
    cur.close()


@dataclass(frozen=True)
class DocMeta:
    """A document's metadata without its text: what a report cites."""

    doc_id: str
    publisher: str | None
    title: str | None
    published: date | None
    url: str | None


class Store(Queries):
    """Read and write access to one knowledge base.

    Every stored event belongs to exactly one canonical event at all times: a new event is its own
    canonical event (under the key it has alone, db.pending_key) until resolution merges it with other reports."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)

    # ---- documents -------------------------------------------------------
    def find_hash(self, content_hash: str) -> str | None:
        """The doc_id already stored for this text, if any."""
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.doc_id).where(documents.c.content_hash == content_hash)).scalar()

    def stored(self, content_hashes: Iterable[str] = (), doc_ids: Iterable[str] = ()) -> tuple[set[str], set[str]]:
        """Which of these content hashes and which of these doc_ids the store already holds (two queries)."""
        content_hashes, doc_ids = list(content_hashes), list(doc_ids)
        with self.engine.connect() as conn:
            hashes = set(conn.execute(select(documents.c.content_hash)
                                      .where(documents.c.content_hash.in_(content_hashes))).scalars()) \
                if content_hashes else set()
            ids = set(conn.execute(select(documents.c.doc_id).where(documents.c.doc_id.in_(doc_ids))).scalars()) \
                if doc_ids else set()
        return hashes, ids

    def free_doc_id(self, doc_id: str, also_taken: set[str] = frozenset()) -> str:
        """`doc_id`, or `doc_id-2`, `-3`... when another text already holds it."""
        with self.engine.connect() as conn:
            taken = set(conn.execute(select(documents.c.doc_id).where(documents.c.doc_id.like(f"{doc_id}%"))).scalars())
        taken |= also_taken
        candidate, n = doc_id, 1
        while candidate in taken:
            n += 1
            candidate = f"{doc_id}-{n}"
        return candidate

    def add(self, doc: Document, extraction: Extraction | None = None, extractor: str | None = None) -> bool:
        """Store a document and its facts in one transaction. False if its text is already stored."""
        if self.find_hash(doc.content_hash):
            return False
        extraction = extraction or Extraction()
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(documents).values(**_document_row(doc, extractor)))
                _write_facts(conn, doc, extraction)
        except SQLAlchemyError as exc:
            if self.find_hash(doc.content_hash):   # a concurrent writer stored it first
                return False
            reason = exc.orig if hasattr(exc, "orig") else exc
            raise StoreError(f"{doc.doc_id}: could not be stored: {exc.__class__.__name__}: {reason}") from exc
        return True

    def add_many(self, items: list[tuple[Document, Extraction]], extractor: str | None = None
                 ) -> list[bool | StoreError]:
        """Store several documents with their facts in one transaction (one commit, executemany inserts,
        one canonical update for all their events): for each, True (added), False (its text was already
        stored) or the StoreError that kept it out. When the batch cannot be written as a whole (a
        concurrent writer, a bad row), each document is written in its own transaction instead."""
        if not items:
            return []
        stored, _ = self.stored(content_hashes=[doc.content_hash for doc, _ in items])
        fresh, first = [], set()
        for doc, ex in items:
            if doc.content_hash not in stored and doc.content_hash not in first:
                first.add(doc.content_hash)
                fresh.append((doc, ex))
        try:
            with self.engine.begin() as conn:
                if fresh:
                    conn.execute(insert(documents), [_document_row(doc, extractor) for doc, _ in fresh])
                    # the batch's actors in one look-up and one insert (the first mention of each wins, as
                    # when each document's were written in turn)
                    _upsert_actors(conn, _parties(a for _, ex in fresh for a in ex.mentions.actors))
                # every document's rows of a table in one executemany, in document order (the same ids as
                # when each document's were inserted in turn: each table numbers its own rows)
                new = _insert_facts(conn, [_fact_rows(doc, ex) for doc, ex in fresh])
                if new:
                    _add_singletons(conn, new)
        except SQLAlchemyError:
            return [self._add_reporting(doc, ex, extractor) for doc, ex in items]
        added = {id(doc) for doc, _ in fresh}
        return [id(doc) in added for doc, _ in items]

    def _add_reporting(self, doc: Document, extraction: Extraction, extractor: str | None) -> bool | StoreError:
        try:
            return self.add(doc, extraction, extractor=extractor)
        except StoreError as exc:
            return exc

    def replace_facts(self, doc: Document, extraction: Extraction, extractor: str | None = None) -> None:
        """Re-extraction: swap a stored document's facts for new ones, atomically. The canonical events
        its old reports belonged to are rebuilt from their remaining reports, which wait for resolution again."""
        with self.engine.begin() as conn:
            keys = set(conn.execute(select(events.c.event_key).where(events.c.doc_id == doc.doc_id)).scalars())
            linked = set(conn.execute(select(events.c.component).where(events.c.doc_id == doc.doc_id)).scalars())
            for table in (mentions, events, claims, relations, causal_statements):
                conn.execute(delete(table).where(table.c.doc_id == doc.doc_id))
            # the reports its old ones linked together are resolved again, with the new ones
            conn.execute(update(events).where(events.c.component.in_(list(linked - {None}))).values(
                resolved=False, component=None))
            conn.execute(update(documents).where(documents.c.doc_id == doc.doc_id).values(extractor=extractor))
            _rebuild_canonical(conn, keys - {None})
            _write_facts(conn, doc, extraction)

    def document_meta(self) -> dict[str, DocMeta]:
        """doc_id -> metadata (no text), for citing reports."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(documents.c.doc_id, documents.c.publisher, documents.c.title,
                                       documents.c.published, documents.c.url))
            return {r[0]: _meta(r) for r in rows}

    def documents(self) -> list[Document]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(documents).order_by(documents.c.doc_id)).mappings().all()
        return [_document(r) for r in rows]

    def document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.doc_id == doc_id)).mappings().first()
        return _document(row) if row else None

    # ---- facts -----------------------------------------------------------
    def _rows(self, table, doc_id: str | None = None, **equal) -> list:
        """A fact table's rows in document and span order, optionally for one document and column values."""
        query = select(table).order_by(table.c.doc_id, table.c.start, table.c.id)
        for column, value in (("doc_id", doc_id), *equal.items()):
            if value:
                query = query.where(table.c[column] == value)
        with self.engine.connect() as conn:
            return conn.execute(query).mappings().all()

    def events(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Events as dicts with the JSONL contract's fields plus id, evidence spans and extras."""
        return [_event_dict(r) for r in self._rows(events, doc_id)]

    def set_event_keys(self, keys: dict[int, str], canonical: dict[str, CanonicalEvent] | None = None) -> None:
        """Record a whole resolution: event id -> canonical event key, and (when given) every canonical
        event, replacing all stored ones."""
        with self.engine.begin() as conn:
            for event_id, key in keys.items():
                conn.execute(update(events).where(events.c.id == event_id).values(event_key=key))
            if canonical is not None:
                conn.execute(delete(canonical_events))
                _insert_canonical(conn, canonical.values())
                cells.rebuild(conn)
                actor_rows.rebuild(conn)

    def save_canonical(self, records: Iterable[CanonicalEvent], removed: Iterable[str] = ()) -> None:
        """Incremental resolution: write (insert or replace) these canonical events, point their reports'
        event_key at them, and drop the `removed` keys; the aggregation cells follow in the same transaction."""
        records = list(records)
        with self.engine.begin() as conn:
            _replace_canonical(conn, records, set(removed))

    def canonical_events(self) -> dict[str, CanonicalEvent]:
        """Every canonical event by key (small stores, tests; listings use the paged queries)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(canonical_events.c.event_key, canonical_events.c.data)).all()
        return {k: CanonicalEvent.from_json(json.loads(d)) for k, d in rows}

    def claims(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        return self._facts(claims, doc_id)

    def relations(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        return self._facts(relations, doc_id)

    def mentions(self, doc_id: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        out = []
        for r in self._rows(mentions, doc_id, kind=kind):
            data = json.loads(r["data"])
            if "kind" in data:               # an actor's own kind (armed_group, state_force...)
                data["actor_kind"] = data.pop("kind")
            out.append(dict(data, kind=r["kind"], doc_id=r["doc_id"], start=r["start"], end=r["end"]))
        return out

    def actors(self) -> list[dict[str, Any]]:
        """Canonical actors with the surface forms seen and mention counts per document."""
        with self.engine.connect() as conn:
            known = {r["actor_id"]: dict(r) for r in conn.execute(select(actors)).mappings()}
            rows = conn.execute(select(mentions.c.ref, mentions.c.doc_id, mentions.c.text, func.count())
                                .where(mentions.c.kind == "actor")
                                .group_by(mentions.c.ref, mentions.c.doc_id, mentions.c.text)).all()
        for rec in known.values():
            rec.update(aliases_seen=set(), mentions={})
        for ref, doc_id, text, n in rows:
            rec = known.get(ref)
            if rec is None:
                continue
            rec["aliases_seen"].add(text)
            rec["mentions"][doc_id] = rec["mentions"].get(doc_id, 0) + n
        out = []
        for rec in known.values():
            rec["aliases_seen"] = sorted(rec["aliases_seen"])
            rec["total_mentions"] = sum(rec["mentions"].values())
            out.append(rec)
        return sorted(out, key=lambda r: (-r["total_mentions"], r["name"]))

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (documents, actors, mentions, events, claims, relations, canonical_events)}

    def _facts(self, table, doc_id: str | None) -> list[dict[str, Any]]:
        return [dict(r, evidence_start=r["start"], evidence_end=r["end"]) for r in self._rows(table, doc_id)]


def _published(value: str | None) -> tuple[date | None, str]:
    """A stored publication date ('2024-05-10', '2024-05', '2024') as (its first day, its precision)."""
    d = PartialDate.maybe(value)
    return (d.first, d.precision) if d else (None, "day")


def _meta(r) -> DocMeta:
    return DocMeta(r[0], r[1], r[2], _published(r[3])[0], r[4])


def _document(r) -> Document:
    published, precision = _published(r["published"])
    return Document(doc_id=r["doc_id"], text=r["text"], title=r["title"], author=r["author"],
                    publisher=r["publisher"], published=published, published_precision=precision,
                    published_source=r["published_source"], url=r["url"], language=r["language"],
                    source=r["source"], fmt=r["fmt"], content_hash=r["content_hash"])


def _span_text(doc: Document, start: int, end: int) -> str:
    return doc.text[start:end]


def _document_row(doc: Document, extractor: str | None) -> dict[str, Any]:
    return dict(doc_id=doc.doc_id, content_hash=doc.content_hash, title=doc.title, author=doc.author,
                publisher=doc.publisher, published=doc.published_iso, published_source=doc.published_source,
                url=doc.url, language=doc.language, source=doc.source, fmt=doc.fmt, words=doc.words, text=doc.text,
                extractor=extractor, ingested_at=datetime.now(UTC).isoformat(timespec="seconds"))


def _write_facts(conn, doc: Document, ex: Extraction) -> None:
    """Insert a document's mentions and facts (executemany per table), each new event its own canonical event
    (until resolution says otherwise)."""
    _upsert_actors(conn, _parties(ex.mentions.actors))
    new = _insert_facts(conn, [_fact_rows(doc, ex)])
    if new:
        _add_singletons(conn, new)


_FACT_TABLES = (("mentions", mentions), ("claims", claims), ("relations", relations),
                ("causal", causal_statements))


def _fact_rows(doc: Document, ex: Extraction) -> dict[str, list[dict[str, Any]]]:
    """A document's rows for each fact table ("events": its event rows, each with its pending key)."""
    m = ex.mentions
    rows = []
    for kind, items, ref in (("actor", m.actors, "actor_id"), ("place", m.places, "name"),
                             ("time", m.times, "value"), ("quantity", m.quantities, "best")):
        for item in items:
            data = _record(item, "span")
            rows.append(dict(doc_id=doc.doc_id, kind=kind, start=item.span.start, end=item.span.end,
                             text=item.text, ref=None if data.get(ref) is None else str(data[ref]),
                             data=json.dumps(data, default=str)))
    event_rows = [_event_row(doc, e) for e in ex.events]
    for row in event_rows:
        row["event_key"] = row["event_key"] or pending_key(row)
    return {"mentions": rows, "events": event_rows, "claims": [dict(
        doc_id=doc.doc_id, subject=c.subject, quantity=c.quantity, low=c.low, high=c.high, period=c.period,
        attributed_to=c.attributed_to, denied_by=c.denied_by, start=c.evidence.start, end=c.evidence.end,
        evidence=_span_text(doc, c.evidence.start, c.evidence.end)) for c in ex.claims], "relations": [dict(
            doc_id=doc.doc_id, actor1=r.actor1, relation=r.relation, actor2=r.actor2, valid_from=r.start,
            valid_until=r.end, start=r.evidence.start, end=r.evidence.end,
            evidence=_span_text(doc, r.evidence.start, r.evidence.end)) for r in ex.relations],
        "causal": causal_rows(doc, ex.causal)}


def _insert_facts(conn, docs: list[dict[str, list[dict[str, Any]]]]) -> list[dict[str, Any]]:
    """Insert some documents' fact rows (_fact_rows), one executemany per table in document order; the new
    events ({"id", "event_key"}), for the caller to make each its own canonical event."""
    for name, table in _FACT_TABLES:
        rows = [row for d in docs for row in d[name]]
        if rows:
            conn.execute(insert(table), rows)
    event_rows = [row for d in docs for row in d["events"]]
    if not event_rows:
        return []
    ids = conn.execute(insert(events).returning(events.c.id, sort_by_parameter_order=True), event_rows).scalars()
    return [{"id": i, "event_key": row["event_key"]} for i, row in zip(ids, event_rows)]


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _record(obj, drop: str) -> dict[str, Any]:
    """dataclasses.asdict(obj) without the field `drop`, for a mention or event: its other fields hold plain values
    (text, numbers, None), which asdict copies to themselves, or the evidence list the caller replaces; so
    they are taken as they are, not walked and deep-copied one by one."""
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in fields(obj))
    return {name: getattr(obj, name) for name in names if name != drop}


def _event_row(doc: Document, e: Event) -> dict[str, Any]:
    data = _record(e, "evidence")
    data["extra_evidence"] = [
        {"start": s.start, "end": s.end, "text": _span_text(doc, s.start, s.end)} for s in e.extra_evidence]
    columns = {k: data[k] for k in ("event_type", "sub_event_type", "event_date", "date_precision", "actor1",
                                    "actor2", "country", "admin1", "location", "latitude", "longitude",
                                    "geo_precision", "fatalities", "fatalities_low", "fatalities_high",
                                    "claimed_by", "event_key")}
    tolls = dict(fatalities=capped(columns["fatalities"]), fatalities_low=capped(columns["fatalities_low"]),
                 fatalities_high=capped_high(columns["fatalities_high"]))   # integer columns: 10^30 -> 1,000,000+
    columns.update(tolls)
    data.update(tolls)
    typed = report_columns(columns)
    return dict(columns, **typed, published=report_published(typed, doc.published_iso), doc_id=doc.doc_id,
                start=e.evidence.start, end=e.evidence.end,
                evidence=_span_text(doc, e.evidence.start, e.evidence.end), data=json.dumps(data, default=str))


def _builder():
    from ..resolve.reconcile import canonical  # the one canonical-event builder
    return canonical


def pending_key(row: dict[str, Any]) -> str:
    """The key a new report waits for resolution under: the key it has as an event of its own
    (resolve.coref.event_key of it alone), which resolution keeps when no report that sorts before it joins
    it; an event whose first report it is gets it, so that a report that stays alone is never renamed. Made
    from what the store reads back (the stored JSON record, evidence and span), as resolution makes it."""
    from ..resolve.coref import event_key
    report = json.loads(row["data"])
    report.update(doc_id=row["doc_id"], evidence=row["evidence"], evidence_start=row["start"],
                  evidence_end=row["end"])
    return event_key([report])


def _add_singletons(conn, rows: list[dict[str, Any]]) -> None:
    """Each new event is its own canonical event until resolution says otherwise, under its pending_key (or
    `event-<id>`, given none; an event that comes with a key of a stored canonical event, or a report told
    twice in its document, joins that canonical event, which is rebuilt with it)."""
    keys, unkeyed = set(), []
    for row in rows:
        key = row.get("event_key") or f"event-{row['id']}"
        if not row.get("event_key"):
            unkeyed.append({"_id": row["id"], "_key": key})
        keys.add(key)
    if unkeyed:         # one executemany, not a statement per event
        conn.execute(update(events).where(events.c.id == bindparam("_id")).values(event_key=bindparam("_key")),
                     unkeyed)
    _rebuild_canonical(conn, keys)


def _insert_canonical(conn, records: Iterable[CanonicalEvent]) -> list[dict[str, Any]]:
    rows = [canonical_columns(r) for r in records]
    for i in range(0, len(rows), 1000):
        conn.execute(insert(canonical_events), rows[i:i + 1000])
    return rows


def _replace_canonical(conn, records: list[CanonicalEvent], removed: set[str], point: bool = True,
                       previous: dict[str, set[str]] | None = None) -> None:
    """Write these canonical events (replacing any stored under their keys) and drop the `removed` keys,
    with their aggregation cells and actor rows; `point`: also set their reports' event_key (a caller that
    has already done so passes False). `previous`: new key -> removed keys its reports had, whose stored
    rows it may take over (store.canonical_rows)."""
    keys = {r.event_key for r in records} | removed
    before = canonical_rows.stored_rows(conn, keys)
    keyed = [{"_id": rep.event_id, "_key": r.event_key} for r in records for rep in r.reports] if point else []
    if keyed:           # one executemany for every report, not a statement per canonical event
        conn.execute(update(events).where(events.c.id == bindparam("_id")).values(event_key=bindparam("_key")),
                     keyed)
    after = [canonical_columns(r) for r in records]
    canonical_rows.write(conn, after, before, previous or {})
    cells.bump(conn, cells.cell_deltas(before.values(), after))
    actor_rows.replace(conn, keys, after, before.values())


def _rebuild_canonical(conn, keys: set[str]) -> None:
    """Rebuild some canonical events from the reports that still carry their keys (re-extraction)."""
    records, removed = _rebuild_records(conn, keys)
    if records or removed:
        _replace_canonical(conn, records, removed, point=False)


def _rebuild_records(conn, keys: set[str]) -> tuple[list[CanonicalEvent], set[str]]:
    """The canonical events of these keys built again from the reports that carry them, and the keys no
    report carries any more."""
    if not keys:
        return [], set()
    from ..resolve.clusters import content_key  # (the reports in the order resolution builds them)
    build = _builder()
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in keys}
    listed = sorted(keys)
    for i in range(0, len(listed), 900):
        for r in conn.execute(select(events).where(events.c.event_key.in_(listed[i:i + 900]))).mappings():
            rows[r["event_key"]].append(dict(_event_dict(r), doc_id=r["doc_id"]))
    doc_ids = sorted({e["doc_id"] for group in rows.values() for e in group})
    docs = {}
    for i in range(0, len(doc_ids), 900):
        docs.update({r[0]: _meta(r) for r in conn.execute(
            select(documents.c.doc_id, documents.c.publisher, documents.c.title, documents.c.published,
                   documents.c.url).where(documents.c.doc_id.in_(doc_ids[i:i + 900])))})
    records = [build(k, sorted(group, key=content_key), docs) for k, group in rows.items() if group]
    return records, {k for k, group in rows.items() if not group}


def _event_dict(r) -> dict[str, Any]:
    rec = json.loads(r["data"])
    rec.update(id=r["id"], event_key=r["event_key"], evidence=r["evidence"], evidence_start=r["start"],
               evidence_end=r["end"])
    return rec


def _parties(actor_mentions: Iterable) -> list:
    """The actor mentions that name a party: who reports (role "source") is no actor of the conflict."""
    return [a for a in actor_mentions if a.role != "source"]


def _upsert_actors(conn, actor_mentions: Iterable) -> None:
    seen: dict[str, Any] = {}
    for a in actor_mentions:
        seen.setdefault(a.actor_id, a)
    if not seen:
        return
    ids = list(seen)
    existing = set()
    for i in range(0, len(ids), 900):   # a batch's actors: within any database's limit of parameters
        existing |= set(conn.execute(select(actors.c.actor_id).where(actors.c.actor_id.in_(ids[i:i + 900]))).scalars())
    new = [dict(actor_id=k, name=a.name, kind=a.kind, country=getattr(a, "country", None), provisional=a.provisional)
           for k, a in seen.items() if k not in existing]
    if new:     # a concurrent writer may store the same actor first: keep its row
        upsert = {"postgresql": pg_insert, "sqlite": sqlite_insert}.get(conn.dialect.name)
        conn.execute(upsert(actors).on_conflict_do_nothing() if upsert else insert(actors), new)


def store_exists(db: str | None = None) -> bool:
    """Whether a SQLite store file is there (a server URL is taken to exist: opening it will tell)."""
    url = resolve_url(db)
    if not url.startswith("sqlite:///"):
        return True
    path = url[len("sqlite:///"):]
    return path in ("", ":memory:") or Path(path).exists()


def open_store(db: str | None = None) -> Store:
    """Open (creating or upgrading) the knowledge base at `db` (path or URL; default $POLEMOS_DB or ./polemos.db)."""
    url = resolve_url(db)
    if url.startswith("postgresql+psycopg://"):
        require("psycopg", "postgres", "a PostgreSQL store")
    try:
        # SQLite: a writer waits up to 30 s for another's transaction (a resolution run) to commit
        engine = create_engine(url, future=True, **({"connect_args": {"timeout": 30}}
                                                    if url.startswith("sqlite") else {}))
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        migrations.upgrade(engine)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open the store {url}: {exc.__class__.__name__}: {getattr(exc, 'orig', exc)}") from exc
    return Store(engine)
