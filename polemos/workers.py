"""Documents to extractions, in this process or in a pool of worker processes.

`extract_documents` is the whole per-document pipeline (the spaCy parse and every extractor) as one
picklable function of a list of Documents: it runs the same in this process, in a process pool
(`outcomes`) or on a Dask worker (polemos.dask_ingest). A failure is an Outcome with its reason, never an
exception, so one bad document costs only itself. Each worker process loads the spaCy pipeline and the
knowledge packs once, when it starts.
"""
from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from . import nlp
from .budget import time_budget
from .errors import PolemosError
from .model import Document, Extraction

PARSE_BATCH = 64       # texts per nlp.pipe batch at most (short texts parse ~20% faster than 16 at a time)
PARSE_CHARS = 16_000    # and characters per batch at most: the parse's working memory grows with the tokens
                        # parsed together (~15 kB a token), so a batch of longer texts holds fewer of them
CHUNK = 16             # documents per task sent to a worker
IN_FLIGHT = 3          # tasks in flight per worker: bounds the memory held by results not yet written
WARM_TEXT = "On 3 May 2020, police killed two gunmen in Kabul, Afghanistan, officials said."


@dataclass
class Outcome:
    """One document's extraction, or why there is none (`error`, the report's reason)."""

    doc: Document
    extraction: Extraction | None = None
    error: str | None = None


def extract_one(doc: Document, sdoc=None, budget: float | None = None) -> Outcome:
    """The extraction of one document (parsed here when `sdoc` is None: a long text, in sections) within its
    time budget, or its failure: an extractor bug or a document over its budget must not stop the others."""
    from .pipeline import extract
    source = doc.source or doc.doc_id
    try:
        with time_budget(budget, source):
            return Outcome(doc, extract(sdoc if sdoc is not None else nlp.parse(doc.text), doc))
    except PolemosError as exc:
        return Outcome(doc, error=str(exc).removeprefix(f"{source}: "))
    except Exception as exc:
        return Outcome(doc, error=f"extraction failed: {exc.__class__.__name__}: {exc}")


def _parsed(docs: list[Document]) -> Iterator[tuple[Document, object]]:
    """(document, parsed doc) in order, parsed together; None where a document is left to parse alone (a long
    text, or every document after one that broke the batch's parse)."""
    done = 0
    try:
        for group in _parse_batches(docs):
            for sdoc in nlp.pipe([d.text for d in group], batch_size=len(group)):
                yield docs[done], sdoc
                done += 1
    except Exception:   # the parse of one text broke the batch: the rest are parsed one by one
        for doc in docs[done:]:
            yield doc, None


def _parse_batches(docs: list[Document]) -> Iterator[list[Document]]:
    """Consecutive runs of at most PARSE_BATCH documents and PARSE_CHARS characters (a text left to parse
    alone, over SECTION_CHARS, counts for nothing)."""
    batch: list[Document] = []
    size = 0
    for doc in docs:
        n = len(doc.text) if len(doc.text) <= nlp.SECTION_CHARS else 0
        if batch and (len(batch) == PARSE_BATCH or size + n > PARSE_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(doc)
        size += n
    if batch:
        yield batch


def extract_documents(docs: list[Document], budget: float | None = None) -> list[Outcome]:
    """Parse and extract a list of documents, in order, each within `budget` seconds (parse alone and extract)."""
    return [extract_one(doc, sdoc, budget) for doc, sdoc in _parsed(docs)]


def _extract_remote(docs: list[Document], budget: float | None = None) -> list[tuple[Extraction | None, str | None]]:
    """extract_documents in a worker process: only the results travel back (the caller keeps the documents)."""
    return [(o.extraction, o.error) for o in extract_documents(docs, budget)]


def warm(reading: bool = True) -> None:
    """Load the spaCy pipeline and every knowledge pack the extractors use (a worker's initializer), and with
    `reading` what the readers load on first use (the language identifier, dateparser's tables; a pool's
    workers never read). What is loaded then stays for the process's life: it is moved out of the cyclic
    garbage collector's generations (gc.freeze), so that a full collection no longer walks the packs' half
    a million objects (a forked worker no longer touches, and so copies, their memory pages either)."""
    extract_documents([Document("warm", WARM_TEXT)])
    from .knowledge.gazetteer import default_gazetteer
    default_gazetteer().loose_lookup("Kandahar")    # the index of towns' name skeletons, built on first use
    if reading:
        from .ingest.dates import parse_date
        from .ingest.language import detect_language
        detect_language(" ".join([WARM_TEXT] * 3))
        parse_date("May 3, 2020")       # dateparser builds its regular expressions on first use
    gc.collect()
    gc.freeze()


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def start_method() -> str:
    """fork where the platform has it (workers start with what this process has loaded), else spawn."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _context():
    return multiprocessing.get_context(start_method())


def _pool(processes: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=processes, mp_context=_context(), initializer=warm,
                               initargs=(False,))


def outcomes(docs: Iterable[Document], processes: int = 1, chunk: int = CHUNK,
             budget: float | None = None) -> Iterator[Outcome]:
    """The Outcome of every document, in input order. With processes > 1, the documents go to a pool of
    worker processes in chunks, at most IN_FLIGHT chunks per worker at a time; the input is read lazily.
    A worker that dies (a crash, the kernel's OOM killer) costs only the document it was extracting: the
    chunks in flight are run again one document at a time, then a fresh pool carries on."""
    if processes <= 1:       # in this process, whole parse batches at a time (`chunk` sizes a worker's tasks)
        for part in _chunks(docs, max(chunk, PARSE_BATCH)):
            yield from extract_documents(part, budget)
        return
    stream = _chunks(docs, chunk)
    while True:
        pending: deque[tuple[list[Document], Future | None]] = deque()
        with _pool(processes) as pool:
            try:
                for part in stream:
                    pending.append((part, None))     # kept if the pool is already broken at submit
                    pending[-1] = (part, pool.submit(_extract_remote, part, budget))
                    while len(pending) >= processes * IN_FLIGHT:
                        yield from _done(pending)
                while pending:
                    yield from _done(pending)
                return
            except BrokenProcessPool:
                lost = [doc for part, _ in pending for doc in part]
            finally:
                for _, future in pending:
                    if future is not None:
                        future.cancel()
        yield from _isolated(lost, budget)


def _done(pending: deque) -> Iterator[Outcome]:
    part, future = pending[0]
    results = future.result()          # raises BrokenProcessPool with the chunk still pending
    pending.popleft()
    for doc, (extraction, error) in zip(part, results):
        yield Outcome(doc, extraction, error)


def _isolated(docs: list[Document], budget: float | None) -> Iterator[Outcome]:
    """Each document alone in a single worker, so that the one its worker dies on is the one that fails."""
    i = 0
    while i < len(docs):
        with _pool(1) as pool:
            futures = [pool.submit(_extract_remote, [doc], budget) for doc in docs[i:]]
            try:
                for future in futures:
                    [(extraction, error)] = future.result()
                    yield Outcome(docs[i], extraction, error)
                    i += 1
            except BrokenProcessPool:
                yield Outcome(docs[i], error="extraction failed: the worker process died while extracting it")
                i += 1
            finally:
                for future in futures:
                    future.cancel()
