"""The Python API: the command line's verbs as methods of one object, for notebooks and scripts.

    >>> import polemos
    >>> kb = polemos.open(":memory:")                  # or "polemos.db", or "postgresql://..."
    >>> report = kb.ingest(polemos.example_corpus())     # files, folders, URLs, JSONL corpora, feeds
    >>> report.summary()
    '5 added, 0 already stored, 0 skipped, 0 failed'
    >>> events = kb.events(actor="ISIS-K", since="2021-08")    # any alias: ISKP, IS-K, Daesh in Afghanistan
    >>> len(events) == len(kb.events(actor="ISKP", since="2021-08")) > 0
    True
    >>> ev = events[0]                                   # the newest: a CanonicalEvent with every report
    >>> ev.reports[0].evidence in kb.document(ev.reports[0].doc_id).text
    True

Every method reads the same store queries as `polemos ...` and the web app, so the counts agree:
`len(kb.events(actor="ISIS-K"))` is what `polemos events --actor ISIS-K` and `/api/events?actor=ISIS-K`
count. Filters are checked strictly (polemos.query.InvalidQuery says what is wrong).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from .canonical import CanonicalEvent, Contradiction
from .errors import StoreError
from .model import Claim, Document, Relation
from .query import EventFilter
from .selection import Events, Records

CLAIM_COLUMNS = ("doc_id", "subject", "quantity", "low", "high", "period", "attributed_to", "denied_by",
                 "evidence", "evidence_start", "evidence_end")
RELATION_COLUMNS = ("doc_id", "actor1", "relation", "actor2", "valid_from", "valid_until", "evidence",
                    "evidence_start", "evidence_end")


def open(db: str | os.PathLike | None = None, *, create: bool = True) -> KnowledgeBase:
    """The knowledge base at `db`: a SQLite path, ":memory:" or a postgresql:// URL (default: $POLEMOS_DB,
    else ./polemos.db). A SQLite file that does not exist is created, unless `create=False` (then StoreError).

    >>> kb = polemos.open(":memory:")
    >>> kb.counts()["events"]
    0
    """
    from .store import open_store, store_exists
    db = os.fspath(db) if db is not None else None
    if not create and not store_exists(db):
        raise StoreError(f"no knowledge base at {db or os.environ.get('POLEMOS_DB') or 'polemos.db'}")
    return KnowledgeBase(open_store(db))


def _claim_row(c: Claim) -> dict[str, Any]:
    return {"doc_id": c.doc_id, "subject": c.subject, "quantity": c.quantity, "low": c.low, "high": c.high,
            "period": c.period, "attributed_to": c.attributed_to, "denied_by": c.denied_by,
            "evidence": c.evidence.text, "evidence_start": c.evidence.start, "evidence_end": c.evidence.end}


def _relation_row(r: Relation) -> dict[str, Any]:
    return {"doc_id": r.doc_id, "actor1": r.actor1, "relation": r.relation, "actor2": r.actor2,
            "valid_from": r.start, "valid_until": r.end, "evidence": r.evidence.text,
            "evidence_start": r.evidence.start, "evidence_end": r.evidence.end}


class KnowledgeBase:
    """One knowledge base (`polemos.open(...)`); `store` is the underlying polemos.store.Store."""

    def __init__(self, store):
        self.store = store

    @property
    def url(self) -> str:
        return self.store.url

    def __repr__(self) -> str:
        return f"<KnowledgeBase {self.url}>"

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Release the database connections."""
        self.store.engine.dispose()

    # ---- writing -----------------------------------------------------------------
    def ingest(self, sources: str | os.PathLike | Iterable[str | os.PathLike], *, published: date | str | None = None,
               max_bytes: int = 20_000_000, processes: int = 1, dask: str | None = None,
               progress: Callable[[str], None] | None = None, **options: Any):
        """Read files, folders, URLs, JSONL corpora and feeds into the knowledge base (`polemos ingest`).
        Returns the IngestReport: `added`, `duplicates`, `skipped` and `failed` (with reasons), `summary()`.
        `published` (a date or YYYY-MM-DD) overrides every document's publication date; `processes` runs the
        whole extraction in that many worker processes; `dask` (a scheduler's address, `local` or `local:N`)
        runs it on a Dask cluster; other `options` go to polemos.pipeline.ingest as they are."""
        from .pipeline import ingest
        if isinstance(sources, (str, os.PathLike)):
            sources = [sources]
        if isinstance(published, str):
            published = date.fromisoformat(published)
        return ingest(self.store, [os.fspath(s) for s in sources], published=published, max_bytes=max_bytes,
                      processes=processes, dask=dask, progress=progress, **options)

    # ---- events ------------------------------------------------------------------
    def events(self, actor: str | None = None, *, type: str | None = None, country: str | None = None,
               admin1: str | None = None, since: str | None = None, until: str | None = None,
               q: str | None = None, doc_id: str | None = None, event_type: str | None = None,
               sub_event_type: str | None = None, sort: str = "-event_date",
               filter: EventFilter | None = None) -> Events:
        """The canonical events a filter selects (`polemos events`, /api/events): each real-world event once,
        with every report of it. `actor`: any name or alias; `type`: an event type or sub-event type;
        `country`: name or ISO code; `since`/`until`: YYYY, YYYY-MM or YYYY-MM-DD; `q`: words in the
        evidence. An `EventFilter` may be given instead.

        >>> killings = kb.events(country="Afghanistan", type="Explosions/Remote violence")
        >>> all(ev.event_type == "Explosions/Remote violence" for ev in killings)
        True
        >>> kb.events(since="2024-02-30")
        Traceback (most recent call last):
        ...
        polemos.query.InvalidQuery: '2024-02-30' is not a date: February 2024 has no day 30
        """
        given = dict(actor=actor, type=type, country=country, admin1=admin1, since=since, until=until, q=q,
                     doc_id=doc_id, event_type=event_type, sub_event_type=sub_event_type)
        return Events(self.store, _filter(filter, {k: v for k, v in given.items() if v is not None}), sort)

    # every event in Polemos is a canonical event; this is the name `polemos export canonical` uses
    canonical_events = events

    def event(self, key: str) -> CanonicalEvent:
        """One canonical event by its key (`event_key`); KeyError when there is none."""
        found = self.store.canonical_event(key)
        if found is None:
            raise KeyError(f"no event {key!r}")
        return found

    def network(self, filter: EventFilter | None = None, **criteria: Any):
        """The actor network of the selected events (a networkx MultiDiGraph: actors as nodes with kind,
        country, mentions; relations and event interactions as typed, weighted edges).

        >>> g = kb.network(actor="ISIS-K")
        >>> "Islamic State Khorasan Province (ISKP)" in g
        True
        """
        return self.events(filter=_filter(filter, criteria)).network()

    # ---- actors, claims, relations, contradictions, documents ----------------------
    def actors(self) -> Records:
        """The canonical actors met in the texts, most mentioned first (`polemos actors`, `export actors`)."""
        from .actor import Actor
        from .export.records import actor_records
        return Records([Actor.from_row(r) for r in actor_records(self.store)], Actor.row)

    def actor(self, name: str):
        """An actor's profile by any name or alias (`polemos actor NAME`): pack facts, names seen in the
        texts, relations, events as actor1/actor2, claims about it. PolemosError when nobody has that name.

        >>> kb.actor("IS-K").name == kb.actor("ISIS-K").name == "Islamic State Khorasan Province (ISKP)"
        True
        """
        from .views.profile import actor_profile
        return actor_profile(self.store, name)

    def claims(self, doc_id: str | None = None) -> Records:
        """Attributed figures ("1,500-2,200 fighters, according to a UN report") as typed Claims, each with
        its evidence span and sentence (`polemos export claims`).

        >>> c = kb.claims()[0]
        >>> kb.document(c.doc_id).text[c.evidence.start:c.evidence.end] == c.evidence.text
        True
        """
        from .store.rows import claim_of
        return Records([claim_of(r) for r in self.store.claims(doc_id)], _claim_row, CLAIM_COLUMNS)

    def relations(self, doc_id: str | None = None) -> Records:
        """Relations between actors (hostile, cooperative, rival, defection, member_of, leader_of,
        affiliate_of) as typed Relations with their evidence (`polemos export relations`)."""
        from .store.rows import relation_of
        return Records([relation_of(r) for r in self.store.relations(doc_id)], _relation_row, RELATION_COLUMNS)

    def contradictions(self, include_variations: bool = False) -> Records:
        """Where sources contradict each other (`polemos contradictions`): conflicts, figures or facts that
        cannot both hold; with `include_variations`, also figures that differ but are compatible.

        >>> {c.severity for c in kb.contradictions()} <= {"conflict"}
        True
        """
        from .resolve import contradictions
        found = contradictions(self.store)
        return Records([c for c in found if include_variations or c.severity == "conflict"], Contradiction.as_dict)

    def documents(self) -> Records:
        """The stored documents with their metadata and text (`polemos docs`)."""
        from .export.records import DOCUMENT_FIELDS, pick
        return Records(self.store.documents(), lambda d: pick(d.as_dict(), DOCUMENT_FIELDS), DOCUMENT_FIELDS)

    def document(self, doc_id: str) -> Document:
        """One stored document; KeyError when there is none."""
        found = self.store.document(doc_id)
        if found is None:
            raise KeyError(f"no document {doc_id!r}")
        return found

    def counts(self) -> dict[str, int]:
        """How many rows of each kind the store holds (documents, events, canonical_events, claims...)."""
        return self.store.counts()

    # ---- products ----------------------------------------------------------------
    def export(self, what: str, format: str | None = None, output: str | os.PathLike | None = None, *,
               include_year_precision: bool = False, filter: EventFilter | None = None, **criteria: Any):
        """Write an export (`polemos export`): documents, events, canonical, claims, relations, actors,
        contradictions, stix, network, causal, causalmap; `format` defaults to the first the CLI lists.
        Writes to `output` (standard output when None); returns what was written and left out."""
        from .export.dispatch import FORMATS, export
        fmt = format or FORMATS.get(what, ("",))[0]
        return export(self.store, what, fmt, os.fspath(output) if output else None, _filter(filter, criteria),
                      include_year_precision)

    def brief(self, format: str = "html", filter: EventFilter | None = None, **criteria: Any) -> str:
        """The situation brief of the selected events (`polemos brief`): self-contained HTML, or Markdown."""
        from .views.brief import render_brief
        return render_brief(self.store, format, f=_filter(filter, criteria))

    def write_brief(self, path: str | os.PathLike, format: str = "html", filter: EventFilter | None = None,
                    **criteria: Any) -> int:
        """Write the brief to `path`; returns the number of events it covers."""
        from .views.brief import write_brief
        return write_brief(self.store, os.fspath(path), format, f=_filter(filter, criteria))

    def scenario(self, settings: Iterable[str], targets: Iterable[str] = (), concept_pack: str | None = None,
                 **options: Any) -> dict[str, Any]:
        """A what-if run on the causal map (`polemos scenario run`): `settings` like "Taliban internal
        division=+1"; options rule, function, samples, seed. Returns what `--json` prints."""
        from .views.scenario import scenario_result
        return scenario_result(self.store, list(settings), list(targets), concept_pack, **options)

    def app(self, **options: Any):
        """The web app over this knowledge base (a FastAPI app; `polemos serve` runs it with uvicorn)."""
        from .web import create_app
        return create_app(store=self.store, **options)


FILTERS = ("actor", "type", "country", "admin1", "since", "until", "q", "doc_id", "event_type", "sub_event_type")


def _filter(f: EventFilter | None, criteria: dict[str, Any]) -> EventFilter:
    """The EventFilter given, or the one the keyword criteria make (checked strictly)."""
    unknown = set(criteria) - set(FILTERS)
    if unknown:
        raise TypeError(f"unknown filter {', '.join(sorted(unknown))}: use {', '.join(FILTERS)}")
    if f is not None and criteria:
        raise TypeError("give an EventFilter or keyword criteria, not both")
    return f if f is not None else EventFilter.parse(**criteria)


__all__ = ["KnowledgeBase", "open"]
