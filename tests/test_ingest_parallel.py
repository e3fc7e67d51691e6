"""The whole per-document pipeline in worker processes: same store as one process, failures isolated."""
from __future__ import annotations

from polemos import nlp, workers
from polemos.model import Document
from polemos.pipeline import ingest
from polemos.store import open_store
from reports_gen import write_corpus


def _snapshot(store) -> dict:
    """What an ingest stored, without row ids: documents, events with their evidence, canonical events."""
    events = sorted((e["doc_id"], e["evidence_start"], e["event_type"], e.get("fatalities"), e["event_key"])
                    for e in store.events())
    canon = sorted((k, c.event_type, c.fatalities, len(c.reports)) for k, c in store.canonical_events().items())
    return {"documents": sorted(d.doc_id for d in store.documents()), "events": events, "canonical": canon,
            "counts": store.counts()}


def test_two_processes_store_exactly_what_one_does(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 70)
    one, two = open_store(str(tmp_path / "one.db")), open_store(str(tmp_path / "two.db"))
    r1 = ingest(one, [str(corpus)], processes=1)
    seen = []
    r2 = ingest(two, [str(corpus)], processes=2, progress=seen.append)
    assert r1.ok and r2.ok and len(r1.added) == len(r2.added) == 70
    assert r2.added == r1.added == seen            # input order is kept
    snap = _snapshot(one)
    assert snap["counts"]["events"] >= 60
    assert _snapshot(two) == snap
    again = ingest(two, [str(corpus)], processes=2)
    assert len(again.duplicates) == 70 and not again.added


def test_outcomes_keep_order_and_isolate_a_failing_document(monkeypatch):
    docs = [Document(f"d{i}", f"Gunmen killed {i + 2} police officers in Kandahar on 3 May 2020.") for i in range(40)]
    got = list(workers.outcomes(docs, processes=2, chunk=3))
    assert [o.doc.doc_id for o in got] == [d.doc_id for d in docs]
    assert all(o.error is None and o.extraction.events for o in got)

    def broken(sdoc, doc):
        raise RuntimeError("extractor bug")
    monkeypatch.setattr("polemos.pipeline.extract", broken)   # fork: the workers inherit the patch
    bad = list(workers.outcomes(docs[:5], processes=2, chunk=2))
    assert [o.error for o in bad] == ["extraction failed: RuntimeError: extractor bug"] * 5


def test_the_input_is_read_lazily_with_a_bounded_number_in_flight():
    pulled = []

    def docs():
        for i in range(400):
            pulled.append(i)
            yield Document(f"d{i}", f"Gunmen killed {i % 9 + 2} soldiers in Ghazni on 3 May 2020 (report {i}).")
    stream = workers.outcomes(docs(), processes=2, chunk=4)
    first = next(stream)
    assert first.doc.doc_id == "d0"
    bound = 2 * workers.IN_FLIGHT * 4 + 4
    assert len(pulled) <= bound < 400
    for _ in range(100):
        next(stream)
    assert len(pulled) <= 101 + bound
    stream.close()


def test_a_worker_that_dies_costs_only_its_document(on_extract):
    import os
    on_extract("POISON", lambda: os._exit(3))   # the worker process dies, as on a segfault or the OOM killer
    docs = [Document(f"d{i}", f"Gunmen killed {i % 9 + 2} soldiers in Ghazni on 3 May 2020 (report {i}).")
            for i in range(30)]
    docs[17].text += " POISON"
    got = list(workers.outcomes(docs, processes=2, chunk=4))
    assert [o.doc.doc_id for o in got] == [d.doc_id for d in docs]
    assert [o.doc.doc_id for o in got if o.error] == ["d17"]
    assert "worker process died" in got[17].error
    assert all(o.extraction.events for o in got if not o.error)


def test_the_time_budget_holds_in_the_worker_processes(tmp_path, on_extract):
    import time
    on_extract("report 3)", lambda: time.sleep(20))
    corpus = write_corpus(tmp_path / "corpus.jsonl", 8)
    start = time.perf_counter()
    report = ingest(open_store(str(tmp_path / "kb.db")), [str(corpus)], processes=2, time_budget=1.0)
    assert time.perf_counter() - start < 18
    assert sorted(report.added) == [f"r{i:04d}" for i in range(8) if i != 3]
    assert [e.source for e in report.failed] == [f"{corpus}:4"] and "time budget" in report.failed[0].reason


def test_a_parse_batch_is_bounded_by_characters_as_well_as_documents():
    """The parse's working memory grows with the tokens parsed together: longer texts, fewer to a batch."""
    short = [Document(f"s{i}", "Police killed two gunmen. " * 4) for i in range(100)]
    long = [Document(f"l{i}", "Police killed two gunmen. " * 200) for i in range(10)]
    huge = Document("h", "word " * (nlp.SECTION_CHARS // 5 + 10))   # parsed alone, in sections
    batches = list(workers._parse_batches(short + long + [huge] + short[:3]))
    assert [d for b in batches for d in b] == short + long + [huge] + short[:3]   # all of them, in order
    assert max(len(b) for b in batches) == workers.PARSE_BATCH
    for b in batches:
        counted = sum(len(d.text) for d in b if len(d.text) <= nlp.SECTION_CHARS)
        assert counted <= workers.PARSE_CHARS or len(b) == 1
    assert max(sum(d in long for d in b) for b in batches) == workers.PARSE_CHARS // len(long[0].text)
