"""The knowledge store: the only place that speaks SQL.

SQLite by default (./polemos.db), any SQLAlchemy URL otherwise, including
postgresql:// (driven by psycopg 3). Each document is written in one
transaction together with all of its mentions and facts, so an interrupted
ingest never leaves half a document, and re-running it is safe.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import create_engine, delete, event, func, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..extras import require
from ..model import Document, Event, Extraction, parse_partial
from . import migrations
from .causal import write_causal
from .schema import actors, canonical_events, causal_statements, claims, documents, events, mentions, relations

DEFAULT_DB = "polemos.db"


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
    cur.close()


class Store:
    """Read and write access to one knowledge base."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)

    # ---- documents -------------------------------------------------------
    def find_hash(self, content_hash: str) -> str | None:
        """The doc_id already stored for this text, if any."""
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.doc_id).where(documents.c.content_hash == content_hash)).scalar()

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
                conn.execute(insert(documents).values(
                    doc_id=doc.doc_id, content_hash=doc.content_hash, title=doc.title, author=doc.author,
                    publisher=doc.publisher, published=doc.published_iso,
                    published_source=doc.published_source, url=doc.url, language=doc.language, source=doc.source,
                    fmt=doc.fmt, words=doc.words, text=doc.text, extractor=extractor,
                    ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds")))
                _write_facts(conn, doc, extraction)
        except SQLAlchemyError as exc:
            if self.find_hash(doc.content_hash):   # a concurrent writer stored it first
                return False
            raise StoreError(f"{doc.doc_id}: could not be stored: {exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc}") from exc
        return True

    def replace_facts(self, doc: Document, extraction: Extraction, extractor: str | None = None) -> None:
        """Re-extraction: swap a stored document's facts for new ones, atomically."""
        with self.engine.begin() as conn:
            for table in (mentions, events, claims, relations, causal_statements):
                conn.execute(delete(table).where(table.c.doc_id == doc.doc_id))
            conn.execute(update(documents).where(documents.c.doc_id == doc.doc_id).values(extractor=extractor))
            _write_facts(conn, doc, extraction)

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
        out = []
        for r in self._rows(events, doc_id):
            rec = json.loads(r["data"])
            rec.update(id=r["id"], event_key=r["event_key"], evidence=r["evidence"],
                       evidence_start=r["start"], evidence_end=r["end"])
            out.append(rec)
        return out

    def set_event_keys(self, keys: dict[int, str], canonical: dict[str, dict] | None = None) -> None:
        """Record the cross-document resolution: event id -> canonical event key, and each key's reconciled data."""
        with self.engine.begin() as conn:
            for event_id, key in keys.items():
                conn.execute(update(events).where(events.c.id == event_id).values(event_key=key))
            if canonical is not None:
                conn.execute(delete(canonical_events))
                for key, data in canonical.items():
                    conn.execute(insert(canonical_events).values(event_key=key, data=json.dumps(data, default=str)))

    def canonical_events(self) -> dict[str, dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(canonical_events)).all()
        return {k: json.loads(d) for k, d in rows}

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


def _document(r) -> Document:
    published, precision = parse_partial(r["published"]) if r["published"] else (None, "day")
    return Document(doc_id=r["doc_id"], text=r["text"], title=r["title"], author=r["author"],
                    publisher=r["publisher"], published=published, published_precision=precision,
                    published_source=r["published_source"], url=r["url"], language=r["language"],
                    source=r["source"], fmt=r["fmt"], content_hash=r["content_hash"])


def _span_text(doc: Document, start: int, end: int) -> str:
    return doc.text[start:end]


def _write_facts(conn, doc: Document, ex: Extraction) -> None:
    m = ex.mentions
    rows = []
    for kind, items, ref in (("actor", m.actors, "actor_id"), ("place", m.places, "name"),
                             ("time", m.times, "value"), ("quantity", m.quantities, "best")):
        for item in items:
            data = asdict(item)
            data.pop("span")
            rows.append(dict(doc_id=doc.doc_id, kind=kind, start=item.span.start, end=item.span.end,
                             text=item.text, ref=None if data.get(ref) is None else str(data[ref]),
                             data=json.dumps(data, default=str)))
    if rows:
        conn.execute(insert(mentions), rows)
    _upsert_actors(conn, m.actors)
    for e in ex.events:
        conn.execute(insert(events).values(**_event_row(doc, e)))
    for c in ex.claims:
        conn.execute(insert(claims).values(
            doc_id=doc.doc_id, subject=c.subject, quantity=c.quantity, low=c.low, high=c.high, period=c.period,
            attributed_to=c.attributed_to, denied_by=c.denied_by, start=c.evidence.start, end=c.evidence.end,
            evidence=_span_text(doc, c.evidence.start, c.evidence.end)))
    for r in ex.relations:
        conn.execute(insert(relations).values(
            doc_id=doc.doc_id, actor1=r.actor1, relation=r.relation, actor2=r.actor2, valid_from=r.start,
            valid_until=r.end, start=r.evidence.start, end=r.evidence.end,
            evidence=_span_text(doc, r.evidence.start, r.evidence.end)))
    write_causal(conn, doc, ex.causal)


def _event_row(doc: Document, e: Event) -> dict[str, Any]:
    data = asdict(e)
    data.pop("evidence")
    data["extra_evidence"] = [
        {"start": s.start, "end": s.end, "text": _span_text(doc, s.start, s.end)} for s in e.extra_evidence]
    columns = {k: data[k] for k in ("event_type", "sub_event_type", "event_date", "date_precision", "actor1",
                                    "actor2", "country", "admin1", "location", "latitude", "longitude",
                                    "geo_precision", "fatalities", "fatalities_low", "fatalities_high",
                                    "claimed_by", "event_key")}
    return dict(columns, doc_id=doc.doc_id, start=e.evidence.start, end=e.evidence.end,
                evidence=_span_text(doc, e.evidence.start, e.evidence.end), data=json.dumps(data, default=str))


def _upsert_actors(conn, actor_mentions: Iterable) -> None:
    seen: dict[str, Any] = {}
    for a in actor_mentions:
        seen.setdefault(a.actor_id, a)
    if not seen:
        return
    existing = set(conn.execute(select(actors.c.actor_id).where(actors.c.actor_id.in_(list(seen)))).scalars())
    new = [dict(actor_id=k, name=a.name, kind=a.kind, country=getattr(a, "country", None), provisional=a.provisional)
           for k, a in seen.items() if k not in existing]
    if new:
        conn.execute(insert(actors), new)


def open_store(db: str | None = None) -> Store:
    """Open (creating or upgrading) the knowledge base at `db` (path or URL; default $POLEMOS_DB or ./polemos.db)."""
    url = resolve_url(db)
    if url.startswith("postgresql+psycopg://"):
        require("psycopg", "postgres", "a PostgreSQL store")
    try:
        engine = create_engine(url, future=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        migrations.upgrade(engine)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open the store {url}: {exc.__class__.__name__}: {getattr(exc, 'orig', exc)}") from exc
    return Store(engine)
