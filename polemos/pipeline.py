"""Document -> parsed doc -> mentions -> facts -> store.

`extract` is a pure function of a parsed document and the knowledge packs;
`ingest` drives readers, the spaCy pipeline, the extractors and the store,
one transaction per document, reporting every failure without stopping.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from . import __version__, nlp
from .budget import TIME_BUDGET, time_budget
from .errors import IngestError, IngestWarning, PolemosError, SkippedInput
from .model import Document, Extraction, Mentions

EXTRACTOR = f"polemos-{__version__}"
BATCH = 16


def extract(sdoc, doc: Document) -> Extraction:
    """Every mention and fact of one parsed document."""
    from .extract.actors import extract_actors
    from .extract.causal import extract_causal
    from .extract.claims import extract_claims
    from .extract.events import extract_events
    from .extract.places import document_countries, extract_places
    from .extract.quantities import extract_quantities
    from .extract.relations import extract_relations
    from .extract.times import extract_times

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

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        warned = f", {len(self.warnings)} warnings" if self.warnings else ""
        return (f"{len(self.added)} added, {len(self.duplicates)} already stored, "
                f"{len(self.skipped)} skipped, {len(self.failed)} failed{warned}")


def ingest(store, sources: Iterable[str], *, published: date | None = None, max_bytes: int = 20_000_000,
           processes: int = 1, progress: Callable[[str], None] | None = None,
           time_budget: float | None = TIME_BUDGET, follow_symlinks: bool = False) -> IngestReport:
    """Read, extract and store every source; never stops on a bad input. A document that takes over
    `time_budget` seconds to parse and extract is reported failed and the batch goes on."""
    from .ingest import read_sources

    report = IngestReport()
    items = read_sources(sources, published=published, max_bytes=max_bytes, follow_symlinks=follow_symlinks)
    for batch in _batches(items, report, store):
        for doc, sdoc in _parsed(batch, processes):
            _store_one(store, doc, sdoc, report, time_budget)
            if progress:
                progress(doc.doc_id)
    _resolve(store, report)     # this run's reports, and any an interrupted run left pending
    return report


def _parsed(batch: list[Document], processes: int = 1) -> Iterator[tuple[Document, object]]:
    """(document, parsed doc) in order, parsed together; None where a document is left to parse alone (a long
    text, or every document after one that broke the batch's parse)."""
    done = 0
    try:
        for sdoc in nlp.pipe([d.text for d in batch], batch_size=BATCH, n_process=processes):
            yield batch[done], sdoc
            done += 1
    except Exception:   # the parse of one text broke the batch: the rest are parsed one by one
        for doc in batch[done:]:
            yield doc, None


def _resolve(store, report: IngestReport) -> None:
    """Resolution after the documents are stored (polemos.resolve.resolve_pending: the reports still pending);
    a failure of it (a full disk, a lost connection) is reported in the summary, never a traceback, and its
    reports stay pending for the next run."""
    from .resolve import resolve_pending
    try:
        resolve_pending(store)
    except Exception as exc:
        report.failed.append(IngestError("resolution", f"storage error: {exc.__class__.__name__}: {exc}"))


def _batches(items: Iterator, report: IngestReport, store) -> Iterator[list[Document]]:
    """New documents in batches; errors and duplicates go straight to the report."""
    seen: set[str] = set()
    ids: set[str] = set()

    def new_docs() -> Iterator[Document]:
        for item in items:
            if isinstance(item, SkippedInput):
                report.skipped.append(item)
            elif isinstance(item, IngestWarning):
                report.warnings.append(item)
            elif isinstance(item, IngestError):
                report.failed.append(item)
            elif item.content_hash in seen:
                report.duplicates.append(item.doc_id)
            else:
                try:
                    if store.find_hash(item.content_hash):
                        report.duplicates.append(item.doc_id)
                        continue
                    item.doc_id = store.free_doc_id(item.doc_id, ids)
                except Exception as exc:  # the store is gone (a lost connection): this document is not stored
                    report.failed.append(_storage_error(item, exc))
                    continue
                seen.add(item.content_hash)
                ids.add(item.doc_id)
                yield item

    stream = new_docs()
    while batch := list(itertools.islice(stream, BATCH)):
        yield batch


def _store_one(store, doc: Document, sdoc, report: IngestReport, budget: float | None = None) -> None:
    """Parse (when `sdoc` is None), extract within the time budget, then store in one transaction; every
    failure is this document's, reported with its reason."""
    source = doc.source or doc.doc_id
    try:
        with time_budget(budget, source):
            extraction = extract(sdoc if sdoc is not None else nlp.parse(doc.text), doc)
    except PolemosError as exc:
        report.failed.append(IngestError(source, str(exc).removeprefix(f"{source}: ")))
        return
    except Exception as exc:  # an extractor bug must not stop the batch nor lose the rest
        report.failed.append(IngestError(source, f"extraction failed: {exc.__class__.__name__}: {exc}"))
        return
    try:
        added = store.add(doc, extraction, extractor=EXTRACTOR)
    except Exception as exc:  # a full disk, a lost connection: the transaction is rolled back
        report.failed.append(_storage_error(doc, exc))
        return
    (report.added if added else report.duplicates).append(doc.doc_id)


def _storage_error(doc: Document, exc: Exception) -> IngestError:
    reason = str(exc).removeprefix(f"{doc.doc_id}: ")
    if not isinstance(exc, PolemosError):
        reason = f"{exc.__class__.__name__}: {exc}"
    return IngestError(doc.source or doc.doc_id, f"storage error: {reason}")
