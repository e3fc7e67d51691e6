"""Incremental cross-document resolution: order-independent, equal to a full clustering, linear in syndicated
copies, durable across a kill -9, and safe with concurrent writers."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from polemos.resolve import resolve_all, resolve_pending
from polemos.store import open_store
from tests.resolution_corpus import copy_of, extracted, variants

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def base():
    return extracted()


def _canonical(store) -> dict[str, dict]:
    """Every canonical event as JSON, without the report rows' ids (which follow the order of storage)."""
    out = {}
    for key, ce in store.canonical_events().items():
        data = ce.to_json()
        for r in data["reports"]:
            r.pop("event_id")
        out[key] = data
    return out


def _keys_of(store) -> dict[tuple, str]:
    return {(e["doc_id"], e["evidence_start"], e["sub_event_type"]): e["event_key"] for e in store.events()}


def _store_all(store, docs) -> None:
    for doc, ex in docs:
        assert store.add(doc, ex)


def test_ingest_order_does_not_change_the_canonical_events(base, store_url, tmp_path):
    docs = base + variants(base, 300)
    first = open_store(store_url)
    for part in (docs[:100], docs[100:250], docs[250:]):
        _store_all(first, part)
        resolve_pending(first, chunk=97)
    other = open_store(str(tmp_path / "reversed.db"))
    backwards = docs[::-1]
    for part in (backwards[:180], backwards[180:]):
        _store_all(other, part)
        resolve_pending(other, chunk=500)
    canon = _canonical(first)
    assert canon == _canonical(other)
    assert _keys_of(first) == _keys_of(other)
    sizes = sorted(len(c["reports"]) for c in canon.values())
    assert sizes[-1] > 50 and sizes[0] == 1, "copies merge, events told differently stay apart"
    resolve_all(first)
    assert _canonical(first) == canon, "re-resolving everything ends where the increments did"


def test_incremental_resolution_ends_where_the_full_clustering_ends(base, tmp_path):
    from polemos.resolve.clusters import cluster
    store = open_store(str(tmp_path / "kb.db"))
    docs = base + variants(base, 120, seed=3)
    for i in range(0, len(docs), 40):
        _store_all(store, docs[i:i + 40])
        resolve_pending(store)
    published = {d: m.published_iso for d, m in ((doc.doc_id, doc) for doc, _ in docs)}
    events = [dict(e, published=published[e["doc_id"]]) for e in store.events()]   # (what bounds an undated one)
    stored = {}
    for e in events:
        stored.setdefault(e["event_key"], set()).add(e["id"])
    assert sorted(map(sorted, stored.values())) == sorted(sorted(e["id"] for e in g) for g in cluster(events))


def test_every_report_points_at_a_canonical_event_while_pending_and_the_next_ingest_resolves(base, tmp_path):
    from polemos.demo import corpus_path
    from polemos.pipeline import ingest
    store = open_store(str(tmp_path / "kb.db"))
    _store_all(store, base)
    events = store.events()
    canon = store.canonical_events()
    assert all(e["event_key"] in canon for e in events), "stored as its own event until resolved"
    assert len(canon) == len(events)
    report = ingest(store, [str(corpus_path())])
    assert report.added == [] and len(report.duplicates) == len(base)
    merged = store.canonical_events()
    assert len(merged) < len(events)
    assert all(e["event_key"] in merged for e in store.events())
    clean = open_store(str(tmp_path / "clean.db"))
    ingest(clean, [str(corpus_path())])
    assert _canonical(clean) == _canonical(store)


def test_syndicated_copies_are_compared_once_per_distinct_report(base, tmp_path, monkeypatch):
    from polemos.resolve import clusters
    calls = []
    real = clusters.same_event

    def counting(a, b):
        calls.append(1)
        return real(a, b)

    monkeypatch.setattr(clusters, "same_event", counting)
    doc, ex = max(base, key=lambda d: len(d[1].events))
    counts = {}
    for n in (25, 100):
        store = open_store(str(tmp_path / f"copies-{n}.db"))
        for i in range(n):
            copy = copy_of(doc, i, f"Publisher {i}")
            store.add(copy, type(ex)(events=[type(e)(**dict(vars(e), doc_id=copy.doc_id)) for e in ex.events]))
        calls.clear()
        resolve_pending(store)
        counts[n] = len(calls)
        canon = store.canonical_events()
        assert len(canon) == len({(e.event_date, e.location, e.sub_event_type) for e in ex.events}) or \
            max(len(c.reports) for c in canon.values()) == n, "each event of the story is one canonical event"
    assert counts[100] == counts[25] > 0, f"one comparison per distinct pair of reports, whatever the copies: {counts}"


def _cli(*args: str, slow: float | None = None, flag: Path | None = None, **kw) -> subprocess.Popen:
    env = dict(os.environ)
    if slow is not None:
        env["SLOW_RESOLVER_SECONDS"] = str(slow)
        env["SLOW_RESOLVER_FLAG"] = str(flag or "")
        cmd = [sys.executable, str(ROOT / "tests" / "slow_resolver.py"), *args]
    else:
        cmd = [sys.executable, "-c", "from polemos.cli import main; main()", *args]
    return subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def _wire_corpus(path: Path, lines: list[dict]) -> Path:
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def _reference_lines() -> list[dict]:
    from polemos.demo import corpus_path
    return [json.loads(line) for line in corpus_path().read_text(encoding="utf-8").splitlines() if line.strip()]


def test_killed_during_resolution_the_next_ingest_restores_the_clean_result(tmp_path):
    lines = _reference_lines()
    lines += [dict(lines[0], id=f"copy-{i}", publisher=f"Wire {i}", text=lines[0]["text"] + f"\n\nEdition {i}.")
              for i in range(3)]
    corpus = _wire_corpus(tmp_path / "corpus.jsonl", lines)
    clean = _cli("ingest", "-q", str(corpus), "--db", str(tmp_path / "clean.db"))
    flag = tmp_path / "resolving"
    faulty = _cli("ingest", "-q", str(corpus), "--db", str(tmp_path / "faulty.db"), slow=300, flag=flag)
    deadline = time.time() + 240
    while not flag.exists() and faulty.poll() is None and time.time() < deadline:
        time.sleep(0.2)
    assert flag.exists(), faulty.communicate()[1][-2000:]
    faulty.send_signal(signal.SIGKILL)
    faulty.wait()
    assert clean.wait(timeout=240) == 0, clean.stderr.read()[-2000:]
    store = open_store(str(tmp_path / "faulty.db"))
    events = store.events()
    canon = store.canonical_events()
    assert events and all(e["event_key"] in canon for e in events), "a kill leaves every report its own event"
    assert len(canon) == len(events), "the killed run's resolution left no trace"
    again = _cli("ingest", "-q", str(corpus), "--db", str(tmp_path / "faulty.db"))
    out, err = again.communicate(timeout=240)
    assert again.returncode == 0, err[-2000:]
    assert out.startswith("0 added"), out
    assert _canonical(open_store(str(tmp_path / "faulty.db"))) == _canonical(open_store(str(tmp_path / "clean.db")))


def test_two_concurrent_ingests_with_a_slow_resolver_end_as_one_clean_run(store_url, tmp_path):
    lines = _reference_lines()
    copies = [dict(lines[i % 3], id=f"copy-{i}", publisher=f"Wire {i}", text=lines[i % 3]["text"] + f"\n\nEd. {i}.")
              for i in range(4)]
    a = _wire_corpus(tmp_path / "a.jsonl", [lines[0], lines[2], lines[4], copies[1], copies[3]])
    b = _wire_corpus(tmp_path / "b.jsonl", [lines[1], lines[3], copies[0], copies[2]])
    runs = [_cli("ingest", "-q", str(p), "--db", store_url, slow=1.5) for p in (a, b)]
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err[-2000:]
    clean = _cli("ingest", "-q", str(a), str(b), "--db", str(tmp_path / "clean.db"))
    assert clean.wait(timeout=300) == 0
    store = open_store(store_url)
    canon = store.canonical_events()
    assert all(e["event_key"] in canon for e in store.events()), "every report points at a canonical event"
    assert _canonical(store) == _canonical(open_store(str(tmp_path / "clean.db")))


def test_resolve_command_finishes_pending_work(base, tmp_path):
    from click.testing import CliRunner

    from polemos.cli import main
    db = str(tmp_path / "kb.db")
    store = open_store(db)
    _store_all(store, base)
    before = len(store.canonical_events())
    result = CliRunner().invoke(main, ["resolve", "--db", db])
    assert result.exit_code == 0, result.output
    assert f"{len(store.events())} reports resolved" in result.output
    after = store.canonical_events()
    assert len(after) < before
    result = CliRunner().invoke(main, ["resolve", "--db", db])
    assert result.output.startswith("0 reports resolved")
    result = CliRunner().invoke(main, ["resolve", "--all", "--db", db])
    assert result.exit_code == 0 and _canonical(store).keys() == after.keys()


def test_re_extracting_a_document_resolves_its_neighbours_again(base, tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    docs = base + variants(base, 30, seed=5)
    _store_all(store, docs)
    resolve_pending(store)
    before = _canonical(store)
    doc, ex = docs[0]
    store.replace_facts(doc, ex)
    from polemos.store.resolution import pending_count
    assert pending_count(store) > len(ex.events), "its own new reports and those they were linked with"
    resolve_pending(store)
    assert _canonical(store) == before


def test_a_store_resolved_before_migration_4_keeps_its_events_and_resolves_new_reports(base, tmp_path):
    from sqlalchemy import text

    from polemos.store.resolution import pending_count
    db = str(tmp_path / "kb.db")
    store = open_store(db)
    _store_all(store, base)
    resolve_pending(store)
    before = _canonical(store)
    with store.engine.begin() as conn:      # back to schema 3: no resolution state
        for index in ("ix_events_pending", "ix_events_component"):
            conn.execute(text(f"DROP INDEX {index}"))
        for column in ("resolved", "component"):
            conn.execute(text(f"ALTER TABLE events DROP COLUMN {column}"))
        conn.execute(text("DROP TABLE resolution_lock"))
        conn.execute(text("DELETE FROM polemos_schema WHERE version = 4"))
    store.engine.dispose()
    upgraded = open_store(db)
    assert pending_count(upgraded) == 0 and _canonical(upgraded) == before
    more = variants(base, 20, seed=11)
    _store_all(upgraded, more)
    resolve_pending(upgraded)
    fresh = open_store(str(tmp_path / "fresh.db"))
    _store_all(fresh, base + more)
    resolve_pending(fresh)
    assert _canonical(upgraded) == _canonical(fresh)


def test_a_report_told_twice_in_its_document_is_one_event_in_any_order(base, tmp_path):
    from dataclasses import replace
    doc, ex = base[0]
    twice = (doc, type(ex)(events=[ex.events[0], replace(ex.events[0])] + ex.events[1:]))
    docs = [twice] + base[1:] + variants(base, 12, seed=2)
    stores = []
    for name, order, chunk in (("a", docs, 3), ("b", docs[::-1], 1000)):
        store = open_store(str(tmp_path / f"{name}.db"))
        for d in order:
            store.add(*d)
            resolve_pending(store, chunk=chunk)
        stores.append(store)
    assert _canonical(stores[0]) == _canonical(stores[1])
    keys = {e["event_key"] for e in stores[0].events(doc.doc_id) if e["evidence_start"] == ex.events[0].evidence.start}
    assert len(keys) == 1 and keys <= set(stores[0].canonical_events())


def test_an_undated_report_with_no_place_and_no_actor_resolves_alone(tmp_path):
    from polemos.pipeline import ingest as run_ingest
    from polemos.store import open_store as open_kb
    corpus = tmp_path / "c.txt"
    corpus.write_text("Residents said the fighting lasted four hours.\n", encoding="utf-8")
    store = open_kb(str(tmp_path / "kb.db"))
    report = run_ingest(store, [str(corpus)])
    assert report.ok, report.failed
    assert store.events() and all(e["event_key"] for e in store.events())


def test_candidate_and_member_look_ups_read_block_indexes_in_a_store_without_statistics(base, tmp_path, monkeypatch):
    """An ingest never gathers SQLite's statistics: without them, a test of `resolved` in SQL made the planner
    read every resolved report through ix_events_pending, so each look-up grew with the store."""
    from sqlalchemy import event

    from polemos.store import resolution
    store = open_store(str(tmp_path / "kb.db"))
    _store_all(store, base)
    resolve_pending(store)
    _store_all(store, variants(base, 40, seed=5))
    plans: dict[str, list[str]] = {"candidates": [], "members": []}
    other: dict[str, list[str]] = {"candidates": [], "members": []}
    inside: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def explain(conn, cursor, statement, parameters, context, executemany):
        if inside and not executemany and statement.lstrip().upper().startswith("SELECT"):
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
            plans[inside[-1]] += [row[-1] for row in rows if "SEARCH events" in row[-1]]
            other[inside[-1]] += [row[-1] for row in rows if "SEARCH documents" in row[-1]]

    def traced(name: str):
        real = getattr(resolution.ResolutionRun, name)

        def run(self, *a, **k):
            inside.append(name)
            try:
                return real(self, *a, **k)
            finally:
                inside.pop()
        return run

    for name in plans:
        monkeypatch.setattr(resolution.ResolutionRun, name, traced(name))
    resolve_pending(store)
    assert plans["candidates"] and plans["members"]
    searched = plans["candidates"] + plans["members"]
    assert not [p for p in searched if "ix_events_pending" in p], searched
    assert any("ix_events_block" in p for p in plans["candidates"])
    assert any("ix_events_component" in p for p in plans["members"])
    # the province and the end of the date are tested in the blocking index: a report in the window is read
    # from the table only when it is a candidate; an undated report's publication too (it bounds the report's
    # date, blocking.bounds: the report's `published`, in the place and actor indexes), not its document
    blocks = [p for p in plans["candidates"] if "INTEGER PRIMARY KEY" not in p]
    assert blocks and all("COVERING INDEX ix_events_block" in p for p in blocks), [p for p in blocks
                                                                                   if "COVERING" not in p]
    assert any("date_first=?" in p and ("location=?" in p or "actor1=?" in p) for p in blocks), blocks
    # a dated candidate by place or actor that ends too early for `near` is passed over in the index too
    assert any("date_last>?" in p and ("location=?" in p or "actor1=?" in p) for p in blocks), blocks
    assert not other["candidates"] and not other["members"], other


def test_an_event_keeps_its_key_when_a_report_that_sorts_later_joins_it(base, tmp_path):
    docs = base + variants(base, 60)
    full = open_store(str(tmp_path / "full.db"))
    _store_all(full, docs)
    resolve_pending(full)
    members: dict[str, list[dict]] = {}
    for e in full.events():
        members.setdefault(e["event_key"], []).append(e)
    by_doc = dict((doc.doc_id, (doc, ex)) for doc, ex in docs)
    checked = 0
    for key, reports in sorted(members.items()):
        doc_ids = sorted({e["doc_id"] for e in reports})
        if len(doc_ids) < 2:
            continue
        first = min(reports, key=lambda e: (e["doc_id"], e["evidence_start"] or 0))
        grow = open_store(str(tmp_path / f"grow-{checked}.db"))
        _store_all(grow, [by_doc[first["doc_id"]]])
        resolve_pending(grow)
        spot = (first["doc_id"], first["evidence_start"], first["sub_event_type"])
        alone = _keys_of(grow)[spot]
        for doc_id in doc_ids[1:]:       # the event's other reports join, one document at a time
            _store_all(grow, [by_doc[doc_id]])
            resolve_pending(grow)
            assert _keys_of(grow)[spot] == alone, "a report that sorts later does not rename the event"
        assert alone == key, "the key the event has when every report is stored"
        assert sum(e["event_key"] == key for e in grow.events()) >= 2
        checked += 1
        if checked == 3:
            break
    assert checked == 3


def _legacy_key(reports: list[dict]) -> str:
    """The key before migration 8: date-place-type of the most precise report, a hash of every member."""
    import hashlib
    import re
    best = max(reports, key=lambda e: (len(e.get("event_date") or ""), e.get("geo_precision") is not None))
    place = best.get("location") or best.get("admin1") or best.get("country") or "unknown-place"
    slug = "-".join(re.findall(r"[a-z0-9]+",
                               f"{best.get('event_date') or 'undated'} {place} {best['sub_event_type']}".casefold()))
    spans = "|".join(sorted(f"{e['doc_id']}:{e['evidence_start']}:{e.get('evidence_end')}:" + "/".join(
        str(e.get(f) or "") for f in ("sub_event_type", "event_date", "location", "actor1", "actor2"))
        for e in reports))
    return f"{slug[:80]}-{hashlib.sha1(spans.encode()).hexdigest()[:6]}"


def test_migration_8_gives_a_store_with_the_old_keys_the_keys_resolution_gives(base, store_url, tmp_path):
    from sqlalchemy import delete

    from polemos.resolve.clusters import content_key
    from polemos.resolve.reconcile import canonical
    from polemos.store.db import _event_dict, _replace_canonical
    from polemos.store.schema import events, schema_version
    from tests.test_store_migrations import _snapshot
    docs = base + variants(base, 40)
    store = open_store(store_url)
    _store_all(store, docs[:-5])
    resolve_pending(store)
    _store_all(store, docs[-5:])       # and some reports pending, each its own event
    before, keys = _canonical(store), _keys_of(store)
    with store.engine.begin() as conn:  # back to the keys of before migration 8
        groups: dict[str, list] = {}
        for r in conn.execute(events.select()).mappings():
            groups.setdefault(r["event_key"], []).append(dict(_event_dict(r), doc_id=r["doc_id"]))
        old = {k: _legacy_key(g) for k, g in groups.items() if not k.startswith("event-")}
        _replace_canonical(conn, [canonical(old[k], sorted(groups[k], key=content_key), {}) for k in old], set(old))
        conn.execute(delete(schema_version).where(schema_version.c.version == 8))
    assert set(_canonical(store)) != set(before)
    store.engine.dispose()
    upgraded = open_store(store_url)
    assert _keys_of(upgraded) == keys and _canonical(upgraded) == before
    fresh = open_store(str(tmp_path / "fresh.db"))
    _store_all(fresh, docs)
    resolve_pending(fresh)
    resolve_pending(upgraded)
    tables = ("canonical_events", "event_cells", "map_cells", "event_actors")     # rows, cells and actor rows

    def same() -> bool:
        return _canonical(upgraded) == _canonical(fresh) and _keys_of(upgraded) == _keys_of(fresh) and \
            {t: v for t, v in _snapshot(upgraded).items() if t in tables} == \
            {t: v for t, v in _snapshot(fresh).items() if t in tables}
    assert same(), "the migrated store and its next run are what a store resolved with these keys holds"
    resolve_all(upgraded)
    assert same(), "and `polemos resolve --all` leaves it so"


def test_a_vague_report_is_compared_at_its_place_or_by_its_actor_in_its_province_only(store_url):
    """A report dated only to a year (or undated) is compared with reports at its place, or by its first actor in
    the same named province (or both in none): not with every report of its actor in the country that year.
    `near`, the in-memory index and the store's look-ups agree."""
    import hashlib
    from datetime import date

    from polemos.model import Document, Event, Extraction, Span
    from polemos.resolve.blocking import MemoryIndex, near, window
    from polemos.store.resolution import resolution_run

    reports = {    # name: (date, precision, province, town): all clashes of the Northern Front in Freedonia
        "day": ("2021-04-12", "day", "Red Province", "Port Alma"),
        "year_same_town": ("2021", "year", None, "Port Alma"),
        "year_same_province": ("2021", "year", "Red Province", "Kessel"),
        "year_no_province": ("2021", "year", None, None),
        "year_other_town": ("2021", "year", None, "Vell"),
        "year_other_province": ("2021", "year", "Blue Province", "Tarn"),
        "undated_no_province": (None, None, None, None),
    }
    store = open_store(store_url)
    for name, (day, precision, admin1, town) in reports.items():
        text = f"Fighters of the Northern Front clashed with soldiers ({name.replace('_', ' ')})."
        doc = Document(doc_id=name, text=text, title=name, published=date(2022, 1, 5), published_source="metadata",
                       content_hash=hashlib.sha256(text.encode()).hexdigest(), fmt="txt")
        event = Event(name, "Battles", "Armed clash", Span(name, 0, len(text)), event_date=day,
                      date_precision=precision, actor1="Northern Front", actor2="Military Forces of Freedonia",
                      country="Freedonia", admin1=admin1, location=town)
        assert store.add(doc, Extraction(events=[event]))
    resolve_pending(store)
    stored = {e["doc_id"]: e for e in store.events()}
    compared = {(a, b) for a in stored for b in stored if a != b and near(stored[a], stored[b])}
    assert compared == {(b, a) for a, b in compared}, "a pair predicate"
    assert ("day", "year_same_town") in compared and ("day", "year_same_province") in compared
    assert ("year_no_province", "undated_no_province") in compared, "both in no named province"
    for other in ("year_no_province", "year_other_town", "undated_no_province", "year_other_province"):
        assert ("day", other) not in compared, f"the actor alone, all year, in another or no province: {other}"
    index = MemoryIndex(list(stored.values()))
    with resolution_run(store) as run:
        for name, e in stored.items():
            expected = {b for a, b in compared if a == name}
            found = {c["doc_id"] for c in run.candidates(**window(e).store_query())} - {name}
            assert found == expected, name
            assert {c["doc_id"] for c in index.near(e)} == expected, name


def test_an_undated_report_is_compared_only_with_reports_of_the_two_years_before_its_publication(store_url):
    """An undated report tells something that happened before its document was published: it meets reports at its
    place dated in the two years up to the publication (and undated ones whose own two years overlap), not those
    of earlier years or after; with no publication known, every date. `near` is symmetric, and the store's look-ups
    and `MemoryIndex` find exactly its pairs."""
    import hashlib
    from datetime import date

    from sqlalchemy import select

    from polemos.model import Document, Event, Extraction, Span
    from polemos.resolve.blocking import MemoryIndex, near, window
    from polemos.store.resolution import resolution_run
    from polemos.store.schema import events

    reports = {    # name: (date, precision, publication): bombings by the Northern Front in Port Alma, Freedonia
        "undated_2022": (None, None, date(2022, 1, 5)),
        "day_2021": ("2021-06-01", "day", date(2021, 6, 2)),
        "year_2021": ("2021", "year", date(2021, 12, 31)),
        "day_2019": ("2019-03-01", "day", date(2019, 3, 2)),
        "day_after": ("2022-03-01", "day", date(2022, 3, 2)),
        "undated_2016": (None, None, date(2016, 5, 1)),
        "month_2015": ("2015-09", "month", date(2015, 10, 1)),
        "undated_unknown": (None, None, None),
    }
    store = open_store(store_url)
    for name, (day, precision, published) in reports.items():
        text = f"A roadside bomb of the Northern Front hit a patrol in Port Alma ({name.replace('_', ' ')})."
        doc = Document(doc_id=name, text=text, title=name, published=published,
                       published_source="metadata" if published else None,
                       content_hash=hashlib.sha256(text.encode()).hexdigest(), fmt="txt")
        event = Event(name, "Explosions/Remote violence", "Remote explosive/landmine/IED", Span(name, 0, len(text)),
                      event_date=day, date_precision=precision, actor1="Northern Front",
                      actor2="Military Forces of Freedonia", country="Freedonia", location="Port Alma")
        assert store.add(doc, Extraction(events=[event]))
    resolve_pending(store)
    with resolution_run(store) as run:
        components = {c for c, in run.conn.execute(select(events.c.component))}
        stored = {e["doc_id"]: e for e in run.members(components)}
        assert stored["undated_2022"]["published"] == "2022-01-05", "a report read for resolution carries it"
        compared = {(a, b) for a in stored for b in stored if a != b and near(stored[a], stored[b])}
        assert compared == {(b, a) for a, b in compared}, "a pair predicate"
        assert {b for a, b in compared if a == "undated_2022"} == {"day_2021", "year_2021", "undated_unknown"}
        assert {b for a, b in compared if a == "undated_2016"} == {"month_2015", "undated_unknown"}
        assert {b for a, b in compared if a == "undated_unknown"} == set(stored) - {"undated_unknown"}
        index = MemoryIndex(list(stored.values()))
        for name, e in stored.items():
            expected = {b for a, b in compared if a == name}
            found = {c["doc_id"] for c in run.candidates(**window(e).store_query())} - {name}
            assert found == expected, name
            assert {c["doc_id"] for c in index.near(e)} == expected, name
