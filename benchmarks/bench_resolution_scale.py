"""Incremental resolution cost per ingested document against the size of the store.

    .venv/bin/python benchmarks/bench_resolution_scale.py [--sizes 1000,10000,100000] [--batch 100] [--work DIR]
        [--batch-from 2015-01-01] [--as-before]

Builds stores of N canonical events with benchmarks/gen_store.py's generator (events from the reference
articles as Polemos extracts them, with jittered dates, places and actors; a third told by two or three
sources; their keys then made as resolution makes them, store.resolution.upgrade_keys), then stores one fixed
batch of new documents from the same generator (another seed: their events pending, each its own canonical
event under the key an ingest gives it, store.db.pending_key) and times `resolve_pending` on it. Each
size is timed `--repeat` times on a fresh copy of its store (sizes in turn); the median is reported, with
its ratio to the smallest size's, measured in the same run. The time counts the run's pages written back into
the database file at every size, and none of the ingest's (time_one; `--as-before`: as timed before).

The batch falls in the stores' own ten years (2015-2024), so a larger store holds more reports of the batch's
days, places and actors, and resolution merges more of the batch into it. `--batch-from 2026-01-01` dates
the batch (the same events otherwise) after every stored report: a diagnostic of what grows with the store
when no stored report shares the batch's dates (undated stored reports still do).
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.gen_store import FIRST_DAY, _rows, generate, places, templates  # noqa: E402
from polemos.resolve import resolve_pending  # noqa: E402
from polemos.resolve.reconcile import canonical  # noqa: E402
from polemos.store import open_store  # noqa: E402
from polemos.store.bulk import load  # noqa: E402
from polemos.store.db import DocMeta, pending_key  # noqa: E402
from polemos.store.resolution import upgrade_keys  # noqa: E402
from polemos.store.rows import canonical_columns  # noqa: E402

NEW_IDS = 900_000_000     # the new batch's event ids: above any generated store's


def new_batch(n_events: int, seed: int = 99, first_day: datetime.date = FIRST_DAY) -> dict[str, list]:
    """Rows of new documents whose events wait for resolution (each its own canonical event), dated in the
    ten years from `first_day`."""
    tpl, towns = templates(), places(random.Random(seed))
    batch = next(_rows(tpl, towns, 0, n_events, seed, first_day))
    docs = {}
    for d in batch["documents"]:
        d["doc_id"] = "new-" + d["doc_id"]
        d["content_hash"] = hashlib.sha256(d["doc_id"].encode()).hexdigest()
        docs[d["doc_id"]] = DocMeta(d["doc_id"], d["publisher"], d["title"],
                                    datetime.date.fromisoformat(d["published"]), d["url"])
    events, canon = [], []
    for e in batch["events"]:
        e.update(id=NEW_IDS + e["id"], doc_id="new-" + e["doc_id"], resolved=False, component=None)
        e["event_key"] = pending_key(e)          # the key an ingest stores a new report under
        data = json.loads(e["data"])
        data.update(doc_id=e["doc_id"], event_key=e["event_key"])
        e["data"] = json.dumps(data)
        events.append(e)
        report = dict(data, id=e["id"], evidence=e["evidence"], evidence_start=e["start"], evidence_end=e["end"])
        canon.append(canonical_columns(canonical(e["event_key"], [report], docs)))
    assert len({c["event_key"] for c in canon}) == len(canon)
    return {"documents": batch["documents"], "events": events, "canonical_events": canon}


def base_store(path: Path, n: int) -> Path:
    """A SQLite store of n generated canonical events (reused when already built)."""
    done = path.with_suffix(".done")
    if done.exists():
        return path
    path.unlink(missing_ok=True)
    t0 = time.perf_counter()
    store = open_store(str(path))
    counts = load(store, generate(n, 7, 2))
    with store.engine.begin() as conn:      # the generator's keys (gen-<n>) as resolution gives them
        counts["keys_renamed"] = upgrade_keys(conn)
    store.engine.dispose()
    done.write_text(json.dumps(counts))
    print(f"  built {path.name}: {counts} in {time.perf_counter() - t0:.0f} s", flush=True)
    return path


def _checkpoint(store) -> None:
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def time_one(base: Path, work: Path, batch: dict[str, list], as_before: bool = False) -> tuple[float, dict]:
    """One timed resolution of the batch on a fresh copy of `base`. The same work is timed at every size: the
    pages the batch's ingest wrote are in the database file before the clock starts, and the run's own pages
    are in it when the clock stops (SQLite writes the WAL back into the database once it passes 1,000 pages,
    at a commit: else a large store's run, writing more pages, paid its own write-back and what the ingest left
    in the WAL, and a small one's run left its write-back to whatever came next). `as_before`: timed as before
    (the WAL as the ingest leaves it; the run's write-back only when its commit passes SQLite's threshold)."""
    for leftover in (work, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy(base, work)
    store = open_store(str(work))
    load(store, [json.loads(json.dumps(batch))])
    if not as_before:
        _checkpoint(store)
    t0 = time.perf_counter()
    counts = resolve_pending(store)
    if not as_before:
        _checkpoint(store)
    seconds = time.perf_counter() - t0
    store.engine.dispose()
    return seconds, counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--batch", type=int, default=100, help="new canonical events (1-3 documents each)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--work", default="/tmp/polemos-resolution-scale")
    ap.add_argument("--batch-from", type=datetime.date.fromisoformat, default=FIRST_DAY,
                    help="first day of the new batch's ten years (default: the stores' own)")
    ap.add_argument("--as-before", action="store_true",
                    help="time as before the ninth pass: the WAL as the ingest left it, the run's pages written back "
                         "only when its commit passes SQLite's 1,000-page threshold (see time_one)")
    a = ap.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    batch = new_batch(a.batch, first_day=a.batch_from)
    docs = len(batch["documents"])
    print(f"batch: {docs} new documents, {len(batch['events'])} pending reports")
    sizes = [int(x) for x in a.sizes.split(",")]
    bases = {n: base_store(work / f"store-{n}.db", n) for n in sizes}
    runs: dict[int, list] = {n: [] for n in sizes}
    for _ in range(a.repeat):            # sizes interleaved, so a busy moment of the machine hits each alike
        for n in sizes:
            runs[n].append(time_one(bases[n], work / "run.db", batch, a.as_before))
    results = {}
    for n in sizes:
        seconds = statistics.median(r[0] for r in runs[n])
        results[n] = seconds / docs
        print(f"  {n:>7} events in the store: resolve {seconds:.2f} s, {1000 * seconds / docs:.1f} ms per document "
              f"(runs {', '.join(f'{r[0]:.2f}' for r in runs[n])}; {runs[n][0][1]})", flush=True)
    first = min(results)
    ratios = {n: round(v / results[first], 2) for n, v in results.items()}
    print("ratio per document to", first, ":", json.dumps(ratios))


if __name__ == "__main__":
    main()
