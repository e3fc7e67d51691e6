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
