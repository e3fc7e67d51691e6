"""Actor filters answered from the actor rows (store/actor_rows.py) give exactly what the same query over
the canonical rows gives: pages, totals, timelines and maps, on a generated store (benchmarks/gen_store.py)
of both backends; and the actor rows stay in step with every write of canonical events."""
from __future__ import annotations

import random
from collections import Counter

import pytest
from sqlalchemy import select

from benchmarks.gen_store import _rows, places
from polemos.query import EventFilter
from polemos.store import open_store, queries
from polemos.store.actor_rows import rebuild
from polemos.store.bulk import load
from polemos.store.schema import canonical_events, event_actors

TEMPLATES = [
    {"event_type": "Violence against civilians", "sub_event_type": "Attack", "actor1": "x", "actor2": "Civilians",
     "fatalities": 3, "evidence": "Gunmen attacked a village market."},
    {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "x", "actor2": "y", "fatalities": 0,
     "evidence": "Fighters clashed with soldiers near the town."},
    {"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb", "actor1": "x", "actor2": None,
     "fatalities": 12, "evidence": "A suicide bomber struck a checkpoint."},
]


@pytest.fixture(scope="module")
def towns():
    return places(random.Random(3))


def _store(url, towns, n=1500):
    store = open_store(url)
    load(store, _rows(TEMPLATES, towns, 0, n, 11))
    return store


def _filters(store) -> list[dict]:
    with store.engine.connect() as conn:
        names = Counter(conn.execute(select(canonical_events.c.actor1)).scalars())
    common = [n for n, _ in names.most_common(3)]
    return [dict(actor="Daesh", country="IQ"), dict(actor="Daesh"), dict(actor="Daesh", sort="event_date"),
            dict(actor="Daesh", since="2018-03-15", until="2020-06-30"), dict(actor="Daesh", sort="-fatalities"),
            dict(actor=common[0]), dict(actor=common[0], offset=40), dict(actor=common[0], offset=2000),
            dict(actor=common[1], event_type="Battles", sort="country"), dict(actor=common[1], sort="actor1"),
            dict(actor=common[2], country="IQ", admin1="Nineveh"), dict(actor=common[2], q="checkpoint"),
            dict(actor=common[2], sub_event_type="Suicide bomb", sort="fatalities"), dict(actor="Nobody at all")]


def _answers(store, spec: dict) -> tuple:
    spec = dict(spec)
    sort, offset = spec.pop("sort", "-event_date"), spec.pop("offset", 0)
    f = EventFilter.parse(**spec)
    page = store.list_events(f, sort, 25, offset)
    return [e.event_key for e in page.items], page.total, page.exact, store.timeline(f), store.map_divisions(f)


def _same_as_canonical_rows(store, monkeypatch) -> list[tuple]:
    specs = _filters(store)
    fast = [_answers(store, s) for s in specs]
    with monkeypatch.context() as m:
        m.setattr(queries, "_by_actor_rows", lambda f: False)
        slow = [_answers(store, s) for s in specs]
    for spec, a, b in zip(specs, fast, slow):
        assert a == b, spec
    return fast


def _in_step(store) -> None:
    with store.engine.begin() as conn:
        kept = sorted(tuple(r) for r in conn.execute(select(event_actors)))
        rebuild(conn)
        assert sorted(tuple(r) for r in conn.execute(select(event_actors))) == kept


def test_actor_rows_answer_as_the_canonical_rows(store_url, towns, monkeypatch):
    store = _store(store_url, towns)
    events = store.canonical_events()
    both = [events[k] for k in sorted(events)[::50]]      # two names of one alias on one event: counted once
    for ce in both:
        ce.actor1, ce.actor2 = "Daesh", "Islamic State"
    store.save_canonical(both)
    fast = _same_as_canonical_rows(store, monkeypatch)
    totals = [total for _, total, *_ in fast]
    assert max(totals) > 25 and totals[-1] == 0           # some filters fill pages, the unknown actor none
    assert any(keys for keys, *_ in fast[:5])             # the alias matches events
    with store.engine.connect() as conn:                  # the same name twice on one event is one actor row
        twice = conn.execute(select(canonical_events.c.event_key).where(
            canonical_events.c.actor1 == canonical_events.c.actor2)).scalars().all()
        assert twice
        assert conn.execute(select(event_actors.c.name).where(event_actors.c.event_key == twice[0])).all() == \
            [(store.canonical_event(twice[0]).actor1,)]
    _in_step(store)
    monkeypatch.setattr(queries, "COUNT_CAP", 30)          # counts past the cap: capped alike
    capped = _same_as_canonical_rows(store, monkeypatch)
    assert any(not exact for _, _, exact, *_ in capped) and any(exact and total for _, total, exact, *_ in capped)


def test_actor_rows_follow_each_write(store_url, towns, monkeypatch):
    store = _store(store_url, towns, n=300)
    events = store.canonical_events()
    keys = sorted(events)
    changed = []
    for key in keys[:40]:                                 # new actors for some events, others dropped
        ce = events[key]
        ce.actor1, ce.actor2, ce.claimed_by = "Islamic State (Iraq)", ce.actor1, ce.actor2
        changed.append(ce)
    store.save_canonical(changed, removed=keys[40:60])
    with store.engine.connect() as conn:
        assert conn.execute(select(event_actors).where(event_actors.c.event_key.in_(keys[40:60]))).first() is None
        assert {r[0] for r in conn.execute(select(event_actors.c.name).where(event_actors.c.event_key == keys[0]))} \
            == {n for n in ("Islamic State (Iraq)", events[keys[0]].actor2, events[keys[0]].claimed_by) if n}
    _in_step(store)
    _same_as_canonical_rows(store, monkeypatch)
    store.set_event_keys({}, {k: events[k] for k in keys[100:]})      # a whole resolution
    _in_step(store)
    with store.engine.connect() as conn:
        assert set(conn.execute(select(event_actors.c.event_key)).scalars()) <= set(keys[100:])
    _same_as_canonical_rows(store, monkeypatch)
