"""The resolution-scale benchmark's new batch waits for resolution exactly as an ingest leaves it: each
pending report its own canonical event, the row it would have had from store.db's own singleton write
(the documents' publication dates and addresses included)."""
from __future__ import annotations

import json
import random

import pytest
from sqlalchemy import select

import benchmarks.bench_resolution_scale as bench
from polemos.store import open_store
from polemos.store.bulk import load
from polemos.store.db import _add_singletons
from polemos.store.schema import canonical_events
from tests.test_actor_rows import TEMPLATES


@pytest.fixture(scope="module")
def towns():
    return bench.places(random.Random(3))


def test_the_batch_canonical_rows_are_those_an_ingest_writes(tmp_path, monkeypatch, towns):
    monkeypatch.setattr(bench, "templates", lambda: TEMPLATES)
    monkeypatch.setattr(bench, "places", lambda _rng: towns)
    batch = bench.new_batch(30)
    store = open_store(str(tmp_path / "b.db"))
    load(store, [dict(json.loads(json.dumps(batch)), canonical_events=[])])
    with store.engine.begin() as conn:
        _add_singletons(conn, [{"id": e["id"], "event_key": e["event_key"]} for e in batch["events"]])
        written = {r["event_key"]: dict(r) for r in conn.execute(select(canonical_events)).mappings()}
    assert len(written) == len(batch["canonical_events"])
    for row in batch["canonical_events"]:
        stored = written[row["event_key"]]
        assert {c: str(row.get(c)) for c in stored} == {c: str(v) for c, v in stored.items()}


def test_the_clock_covers_the_runs_write_back_and_none_of_the_ingests(tmp_path, monkeypatch, towns):
    """At every size the timed run starts with the ingest's pages in the database file (an empty WAL) and
    ends with its own there: a small store's run no longer leaves its write-back to the close, nor a large
    store's run pays for what the ingest left in the WAL."""
    monkeypatch.setattr(bench, "templates", lambda: TEMPLATES)
    monkeypatch.setattr(bench, "places", lambda _rng: towns)
    base = tmp_path / "base.db"
    store = open_store(str(base))
    load(store, bench._rows(TEMPLATES, towns, 0, 60, 5))
    store.engine.dispose()
    batch, work = bench.new_batch(20), tmp_path / "run.db"
    wal = work.with_name(work.name + "-wal")
    steps: list[tuple] = []
    resolve, checkpoint = bench.resolve_pending, bench._checkpoint

    def resolve_pending(s):
        steps.append(("resolve", wal.stat().st_size))
        out = resolve(s)
        steps.append(("resolved", wal.stat().st_size))
        return out

    class Clock:
        @staticmethod
        def perf_counter():
            steps.append(("clock",))
            return 0.0

    monkeypatch.setattr(bench, "resolve_pending", resolve_pending)
    monkeypatch.setattr(bench, "_checkpoint", lambda s: (steps.append(("checkpoint",)), checkpoint(s)))
    monkeypatch.setattr(bench, "time", Clock)
    _, counts = bench.time_one(base, work, batch)
    assert counts["resolved"] == len(batch["events"])
    assert [s[0] for s in steps] == ["checkpoint", "clock", "resolve", "resolved", "checkpoint", "clock"], steps
    assert steps[2][1] == 0 and steps[3][1] > 0, steps        # (the ingest's pages back before, the run's after)
    steps.clear()
    bench.time_one(base, work, batch, as_before=True)
    assert [s[0] for s in steps] == ["clock", "resolve", "resolved", "clock"], steps
