"""Document -> parsed doc -> mentions -> facts -> store.

`extract` is a pure function of a parsed document and the knowledge packs;
`ingest` drives readers, the spaCy pipeline and the extractors (polemos.workers, in this process
or in worker processes) and the store, a batch of documents a transaction, reporting every failure
without stopping.
"""
from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from . import __version__
from .budget import TIME_BUDGET
from .errors import IngestError, IngestWarning, PolemosError, SkippedInput
from .model import Document, Extraction, Mentions

if TYPE_CHECKING:
    from .workers import Outcome

EXTRACTOR = f"polemos-{__version__}"
WRITE_BATCH = 64       # documents written in one transaction (Dask's two SQLite writers: 1.5x -> 1.7x of 1 process
                       # with 64 instead of 16, fewer transactions to wait for)
# the report's lists of errors and the class each holds (the subclasses first: a skip is an IngestError too)
REPORT_KINDS = {"skipped": SkippedInput, "warnings": IngestWarning, "failed": IngestError}


@functools.cache
def _extractors() -> tuple[Callable, ...]:
    """The extractors, imported on first use (not with this module), once: a relative import inside a function
    runs again, through the import machinery, on every call."""
    from .extract.actors import extract_actors
    from .extract.causal import extract_causal
    from .extract.claims import extract_claims
    from .extract.events import extract_events
    from .extract.places import document_countries, extract_places
    from .extract.quantities import extract_quantities
    from .extract.relations import extract_relations
    from .extract.times import extract_times
    return (extract_actors, extract_causal, extract_claims, extract_events, document_countries, extract_places,
            extract_quantities, extract_relations, extract_times)


def extract(sdoc, doc: Document) -> Extraction:
    """Every mention and fact of one parsed document."""
    (extract_actors, extract_causal, extract_claims, extract_events, document_countries, extract_places,
     extract_quantities, extract_relations, extract_times) = _extractors()
    places = extract_places(sdoc, doc)
    mentions = Mentions(
        places=places,
        times=extract_times(sdoc, doc),
        quantities=extract_quantities(sdoc, doc),
        actors=extract_actors(sdoc, doc, document_countries(places), places=places),
    )
    events = extract_events(sdoc, doc, mentions)
    return Extraction(
        mentions=mentions,
        events=events,
        claims=extract_claims(sdoc, doc, mentions),
        relations=extract_relations(sdoc, doc, mentions, events=events),
        causal=extract_causal(sdoc, doc, mentions),
    )


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)      # texts already stored (doc_id kept)
    skipped: list[IngestError] = field(default_factory=list)  # deliberate skips, with the reason
    failed: list[IngestError] = field(default_factory=list)
    warnings: list[IngestError] = field(default_factory=list)  # documents kept without an invalid field

    def note(self, item) -> bool:
        """File a skip, a warning or an error in its list; False for anything else (a document)."""
        for kind, cls in REPORT_KINDS.items():
            if isinstance(item, cls):
                getattr(self, kind).append(item)
                return True
        return False

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        warned = f", {len(self.warnings)} warnings" if self.warnings else ""
        return (f"{len(self.added)} added, {len(self.duplicates)} already stored, "
                f"{len(self.skipped)} skipped, {len(self.failed)} failed{warned}")


def ingest(store, sources: Iterable[str], *, published: date | None = None, max_bytes: int = 20_000_000,
           processes: int = 1, progress: Callable[[str], None] | None = None,
           time_budget: float | None = TIME_BUDGET, follow_symlinks: bool = False,
           dask: str | None = None) -> IngestReport:
    """Read, extract and store every source; never stops on a bad input. A document that takes over
    `time_budget` seconds to parse and extract is reported failed and the batch goes on.

    The sources are read lazily; with `processes` > 1 the whole extraction (parse and extractors) runs in
    that many worker processes (polemos.workers), and this process alone writes, WRITE_BATCH documents a
    transaction. At most a bounded number of documents is in flight, so memory does not grow with the corpus.
    With `dask` (a scheduler's address, `local` or `local:N`), partitions of the files go to a Dask
    cluster's workers, which write into the store themselves (polemos.dask_ingest)."""
    from .ingest import read_sources
    from .workers import outcomes

    if dask:
        from .dask_ingest import dask_ingest
        return dask_ingest(store, sources, dask, published=published, max_bytes=max_bytes, progress=progress,
                           time_budget=time_budget, follow_symlinks=follow_symlinks)

    report = IngestReport()
    items = read_sources(sources, published=published, max_bytes=max_bytes, follow_symlinks=follow_symlinks)
    docs = new_documents(items, report, store)
    for batch in _batches(outcomes(docs, processes=processes, budget=time_budget), WRITE_BATCH):
        write_batch(store, batch, report, progress)
    _resolve(store, report)     # this run's reports, and any an interrupted run left pending
    return report


def _resolve(store, report: IngestReport) -> None:
    """Resolution after the documents are stored (polemos.resolve.resolve_pending: the reports still pending);
    a failure of it (a full disk, a lost connection) is reported in the summary, never a traceback, and its
    reports stay pending for the next run."""
    from .resolve import resolve_pending
    try:
        resolve_pending(store)
    except Exception as exc:
        report.failed.append(IngestError("resolution", f"storage error: {exc.__class__.__name__}: {exc}"))


def new_documents(items: Iterable, report: IngestReport, store) -> Iterator[Document]:
    """The documents not yet stored, each with a free doc_id; errors, warnings and duplicates go straight to the
    report. The store is asked about WRITE_BATCH documents at a time; when it cannot answer (a lost
    connection), those documents fail with a storage error."""
    seen: set[str] = set()
    ids: set[str] = set()
    for group in _batches(items, WRITE_BATCH):
        docs = [item for item in group if not report.note(item)]
        try:
            stored, taken = store.stored([d.content_hash for d in docs], [d.doc_id for d in docs])
        except Exception as exc:  # the store is gone: these documents are not stored
            report.failed += [_storage_error(doc, exc) for doc in docs]
            continue
        for doc in docs:
            if doc.content_hash in seen or doc.content_hash in stored:
                report.duplicates.append(doc.doc_id)
                continue
            if doc.doc_id in taken or doc.doc_id in ids:
                try:
                    doc.doc_id = store.free_doc_id(doc.doc_id, ids)
                except Exception as exc:
                    report.failed.append(_storage_error(doc, exc))
                    continue
            seen.add(doc.content_hash)
            ids.add(doc.doc_id)
            yield doc


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def write_batch(store, batch: list[Outcome], report: IngestReport,
                progress: Callable[[str], None] | None = None, retry_ids: bool = False) -> None:
    """Store a batch of outcomes in one transaction, reporting each document's fate. With `retry_ids`
    (several writers), a document another writer's new document took the id of meanwhile gets a free one."""
    done = [o for o in batch if o.error is None]
    for outcome in batch:
        if outcome.error is not None:
            report.failed.append(IngestError(outcome.doc.source or outcome.doc.doc_id, outcome.error))
    try:
        results = store.add_many([(o.doc, o.extraction) for o in done], extractor=EXTRACTOR)
    except Exception as exc:  # the store is gone (a lost connection): the transaction is rolled back
        results = [exc] * len(done)
    for outcome, result in zip(done, results):
        doc = outcome.doc
        if isinstance(result, PolemosError) and retry_ids and store.document(doc.doc_id) is not None:
            from .workers import extract_documents  # the facts carry the id: extract again under the new one
            doc.doc_id = store.free_doc_id(doc.doc_id)
            again = extract_documents([doc])[0]
            result = PolemosError(again.error) if again.error else \
                store.add_many([(doc, again.extraction)], extractor=EXTRACTOR)[0]
        if isinstance(result, Exception):
            report.failed.append(_storage_error(doc, result))
        elif result:
            report.added.append(doc.doc_id)
        else:
            report.duplicates.append(doc.doc_id)
    if progress:
        for outcome in batch:
            progress(outcome.doc.doc_id)


def _storage_error(doc: Document, exc: Exception) -> IngestError:
    reason = str(exc).removeprefix(f"{doc.doc_id}: ")
    if not isinstance(exc, PolemosError):
        reason = f"{exc.__class__.__name__}: {exc}"
    return IngestError(doc.source or doc.doc_id, f"storage error: {reason}")
