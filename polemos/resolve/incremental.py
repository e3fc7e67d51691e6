"""Incremental resolution: the reports stored since the last run, resolved against the stored ones.

Every stored report starts pending (in the transaction that stores it, as its own canonical event). A run
takes the oldest pending reports, finds each one's candidates by indexed look-ups (blocking), links them
(coref.same_event), re-partitions the components they touch (clusters.partition) and rebuilds the canonical
events of those components only, all in one locked transaction: killed midway, it leaves the reports pending
and the next run redoes the work; two runs never interleave. The result is the full clustering's, whatever
the order the reports came in; `resolve_all` (the maintenance command) marks everything pending and runs.
"""
from __future__ import annotations

import time
from typing import Any

from sqlalchemy.exc import OperationalError

from ..errors import StoreError
from ..store.resolution import mark_all_pending, pending_count, resolution_run
from .blocking import window
from .clusters import Links, UnionFind, components, content_key, link_new, partition
from .coref import event_key
from .reconcile import canonical

CHUNK = 2000     # pending reports per run


def resolve_pending(store, chunk: int = CHUNK) -> dict[str, int]:
    """Resolve every pending report (after an ingest, or a run that was interrupted). Returns counts: reports
    resolved, canonical events written, events (canonical) their components hold."""
    total = {"resolved": 0, "canonical": 0, "events": 0}
    if not pending_count(store):     # nothing to do: no write, no lock
        return total
    while True:
        counts = _run(store, chunk)
        if counts is None:
            return total
        for k, v in counts.items():
            total[k] += v


def _run(store, chunk: int, attempts: int = 4) -> dict[str, int] | None:
    """One locked run over the oldest pending reports (None when there are none), retried when the database
    refuses it for a concurrent writer (a deadlock it broke, a lock that outlasted the wait)."""
    for attempt in range(attempts):
        try:
            with resolution_run(store) as run:
                new = run.pending(chunk)
                return _resolve(run, new) if new else None
        except OperationalError as exc:
            if attempt == attempts - 1:
                why = f"{exc.__class__.__name__}: {getattr(exc, 'orig', exc)}"
                raise StoreError(f"resolution could not finish ({why}); the reports stay pending: "
                                 "run `polemos resolve`") from exc
            time.sleep(0.2 * (attempt + 1))
    return None


def resolve_all(store, chunk: int = CHUNK) -> dict[str, int]:
    """Maintenance: resolve every stored report again, from scratch."""
    mark_all_pending(store)
    return resolve_pending(store, chunk)


def _resolve(run, new: list[dict[str, Any]]) -> dict[str, int]:
    links, uf = Links(), UnionFind()
    cache: dict[Any, list[dict[str, Any]]] = {}

    def candidates(e: dict[str, Any]) -> list[dict[str, Any]]:
        w = window(e)
        if w not in cache:
            cache[w] = run.candidates(**w.store_query())
        return cache[w]

    touched = link_new(new, links, uf, candidates)
    members = {e["id"]: e for e in run.members({e["component"] for e in touched} - {None})}
    for e in touched:
        members.setdefault(e["id"], e)
    first: dict[int, int] = {}
    for e in members.values():       # a stored component stays connected
        if e["component"] is not None:
            uf.union(e["id"], first.setdefault(e["component"], e["id"]))
    fresh = {e["id"] for e in new}
    reports = new + [e for i, e in members.items() if i not in fresh]
    assigned: dict[int, dict[str, Any]] = {}
    records, stale, groups = [], set(), []
    for comp in components(reports, uf):
        label = min(e["id"] for e in comp)
        for group in partition(comp, links):
            key = event_key(group)
            groups.append((key, group))
            for e in group:
                if e["event_key"] != key:
                    stale.add(e["event_key"])
                change = _changed(e, key, label)
                if change:
                    assigned[e["id"]] = change
    # rebuilt: events a report joined (it had another key) or left (its key is stale: the event kept its key)
    changed = [(key, group) for key, group in groups
               if key in stale or any(e["event_key"] != key for e in group)]
    if changed:
        docs = run.documents(e["doc_id"] for _, group in changed for e in group)
        records = [canonical(key, sorted(group, key=content_key), docs) for key, group in changed]
    previous = {key: {e["event_key"] for e in group} - {key, None} for key, group in changed}
    _pause()
    run.save(assigned, records, stale - {None}, previous)
    return {"resolved": len(new), "canonical": len(records), "events": len(groups)}


def _changed(e: dict[str, Any], key: str, label: int) -> dict[str, Any]:
    """What a run changes of a report's resolution state (only those columns are written: a stored report
    that merely moves to another key keeps its index entries for the component and the pending flag)."""
    change: dict[str, Any] = {}
    if e["event_key"] != key:
        change["event_key"] = key
    if e["component"] != label:
        change["component"] = label
    if not e["resolved"]:
        change["resolved"] = True
    return change


def _pause() -> None:
    """Nothing; the fault tests slow resolution down here, inside the locked transaction."""
