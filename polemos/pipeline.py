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
from .errors import IngestError, PolemosError, SkippedInput
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

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.duplicates)} already stored, "
                f"{len(self.skipped)} skipped, {len(self.failed)} failed")


def ingest(store, sources: Iterable[str], *, published: date | None = None, max_bytes: int = 20_000_000,
           processes: int = 1, progress: Callable[[str], None] | None = None) -> IngestReport:
    """Read, extract and store every source; never stops on a bad input."""
    from .ingest import read_sources

    report = IngestReport()
    items = read_sources(sources, published=published, max_bytes=max_bytes)
    for batch in _batches(items, report, store):
        texts = (d.text for d in batch)
        for doc, sdoc in zip(batch, nlp.pipe(texts, batch_size=BATCH, n_process=processes)):
            _store_one(store, doc, sdoc, report)
            if progress:
                progress(doc.doc_id)
    from .resolve import resolve_pending
    try:
        resolve_pending(store)     # this run's reports, and any an interrupted run left pending
    except PolemosError as exc:
        report.failed.append(IngestError("cross-document resolution", str(exc)))
    return report


def _batches(items: Iterator, report: IngestReport, store) -> Iterator[list[Document]]:
    """New documents in batches; errors and duplicates go straight to the report."""
    seen: set[str] = set()
    ids: set[str] = set()

    def new_docs() -> Iterator[Document]:
        for item in items:
            if isinstance(item, SkippedInput):
                report.skipped.append(item)
            elif isinstance(item, IngestError):
                report.failed.append(item)
            elif item.content_hash in seen or store.find_hash(item.content_hash):
                report.duplicates.append(item.doc_id)
            else:
                seen.add(item.content_hash)
                item.doc_id = store.free_doc_id(item.doc_id, ids)
                ids.add(item.doc_id)
                yield item

    stream = new_docs()
    while batch := list(itertools.islice(stream, BATCH)):
        yield batch


def _store_one(store, doc: Document, sdoc, report: IngestReport) -> None:
    try:
        extraction = extract(sdoc, doc)
        if store.add(doc, extraction, extractor=EXTRACTOR):
            report.added.append(doc.doc_id)
        else:
            report.duplicates.append(doc.doc_id)
    except PolemosError as exc:
        report.failed.append(IngestError(doc.source or doc.doc_id, str(exc)))
    except Exception as exc:  # an extractor bug must not stop the batch nor lose the rest
        report.failed.append(IngestError(doc.source or doc.doc_id,
                                         f"extraction failed: {exc.__class__.__name__}: {exc}"))
