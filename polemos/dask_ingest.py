"""Ingest on a Dask cluster: `polemos ingest --dask SCHEDULER_ADDRESS` or `--dask local[:N]`.

The inputs are cut into partitions (polemos.ingest.partitions); Dask's scheduler sends each to a worker,
which reads it, extracts every document (polemos.workers) and writes them, a batch a transaction, into the
shared store. Writing is idempotent: a document is keyed by its text's content hash, so a partition
retried after its worker died stores what the dead worker had not committed and duplicates nothing. This
process runs the cross-document resolution on each finished partition's reports while the workers go on,
and once more when every partition is in. Dask does the scheduling, the retries and the worker restarts;
nothing here schedules.
"""
from __future__ import annotations

import socket
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from .errors import PolemosError
from .extras import require
from .pipeline import REPORT_KINDS, WRITE_BATCH, IngestReport, _batches, _resolve, new_documents, write_batch

RETRIES = 3        # a partition whose task raised is run again this many times (a lost worker: Dask's own rule)
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}


@lru_cache(maxsize=4)
def _worker_store(url: str):
    from .store import open_store
    return open_store(url)


def ingest_partition(part, url: str, published: date | None = None, max_bytes: int = 20_000_000,
                     batch: int = WRITE_BATCH, time_budget: float | None = None) -> dict:
    """Runs on a worker: read, extract and store one partition. Returns its report as plain data. (Dask runs
    tasks in a worker thread, where the per-document time budget cannot be enforced: it applies where the
    task runs in a process's main thread.)"""
    from .ingest.partitions import read_partition
    from .workers import outcomes

    store = _worker_store(url)
    report = IngestReport()
    docs = new_documents(read_partition(part, published=published, max_bytes=max_bytes), report, store)
    for chunk in _batches(outcomes(docs, processes=1, chunk=batch, budget=time_budget), batch):
        write_batch(store, chunk, report, retry_ids=True)
    return {"added": report.added, "duplicates": report.duplicates,
            **{kind: [(e.source, e.reason) for e in getattr(report, kind)] for kind in REPORT_KINDS}}


def _resolve_meanwhile(store) -> None:
    """Resolve what the finished partitions stored while the workers go on (resolution is incremental and its
    result independent of order, so the end is the same); a failure leaves the reports pending for the last
    run, which reports it."""
    from .resolve import resolve_pending
    with suppress(Exception):
        resolve_pending(store)


def store_url(store) -> str:
    """The store's URL as workers must open it (password kept, a SQLite path made absolute)."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite":
        if url.database in (None, "", ":memory:"):
            raise PolemosError("a distributed ingest needs a store on disk or a server, not an in-memory one")
        return f"sqlite:///{Path(url.database).resolve()}"
    return url.render_as_string(hide_password=False)


def _is_local(address: str) -> bool:
    host = urlparse(address if "://" in address else f"tcp://{address}").hostname or ""
    return host in LOCAL_HOSTS or host in {socket.gethostname(), socket.getfqdn()}


def connect(address: str):
    """(client, cluster): `local` or `local:N` starts a LocalCluster of N single-threaded worker processes
    (default: one per core), closed with the client; anything else is an existing scheduler's address.
    A local cluster's workers start as forks of this process once it has loaded the spaCy pipeline, the packs
    and the readers' tables (polemos.workers.warm), where the platform forks as `--processes` does: loaded once
    here, not once in every worker; and they run without Dask's statistical profiler, whose thread samples
    the task's stack every 10 ms (about 7 % of a worker's CPU here, for a dashboard page a command never
    shows). Workers Dask starts again later (one in place of a worker that died) get Dask's defaults."""
    distributed = require("distributed", "dask", "a Dask ingest")
    if address == "local" or address.startswith("local:"):
        from .workers import start_method, warm
        config = require("dask.config", "dask", "a Dask ingest")
        workers = int(address.split(":", 1)[1]) if ":" in address else None
        method = start_method()
        if method == "fork":
            warm()
        with config.set({"distributed.worker.multiprocessing-method": method,
                         "distributed.worker.profile.enabled": False}):
            cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               dashboard_address=":0")   # any free port: never another's
        return distributed.Client(cluster), cluster
    return distributed.Client(address), None


def dask_ingest(store, sources: Iterable[str], address: str, *, published: date | None = None,
                max_bytes: int = 20_000_000, partition_size: int | None = None, batch: int = WRITE_BATCH,
                progress: Callable[[str], None] | None = None, time_budget: float | None = None,
                follow_symlinks: bool = False) -> IngestReport:
    """Ingest `sources` (files and folders the workers can read) on the Dask cluster at `address`."""
    from .ingest.partitions import PARTITION, partitions

    distributed = require("distributed", "dask", "a Dask ingest")
    url = store_url(store)
    local = address == "local" or address.startswith("local:")
    if url.startswith("sqlite") and not (local or _is_local(address)):
        raise PolemosError("the workers of a remote cluster need a shared store: --db postgresql://HOST/DB")
    report = IngestReport()
    parts = [part for part in partitions(sources, partition_size or PARTITION, follow_symlinks=follow_symlinks)
             if not report.note(part)]
    client, cluster = connect(address)
    try:
        futures = client.map(ingest_partition, parts, url=url, published=published, max_bytes=max_bytes,
                             batch=batch, time_budget=time_budget, pure=False, retries=RETRIES)
        results: dict[int, dict] = {}
        index = {f.key: i for i, f in enumerate(futures)}
        for future in distributed.as_completed(futures):
            i = index[future.key]
            try:
                results[i] = future.result()
            except Exception as exc:   # a partition that failed every retry (or whose workers kept dying)
                results[i] = {"added": [], "duplicates": [], "skipped": [], "warnings": [],
                              "failed": [(str(parts[i]), f"partition failed: {exc.__class__.__name__}: {exc}")]}
            if progress:
                for doc_id in results[i]["added"] + results[i]["duplicates"]:
                    progress(doc_id)
            if results[i]["added"]:
                _resolve_meanwhile(store)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for i in sorted(results):
        r = results[i]
        report.added += r["added"]
        report.duplicates += r["duplicates"]
        for kind, error in REPORT_KINDS.items():
            getattr(report, kind).extend(error(s, why) for s, why in r[kind])
    if report.added or report.duplicates:   # a retried partition reports what its dead worker stored as duplicates
        _resolve(store, report)
    return report
