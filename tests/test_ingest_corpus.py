"""JSON Lines and JSON corpora."""
from __future__ import annotations

import json
from datetime import date

from polemos.errors import IngestError, SkippedInput
from polemos.ingest import read_sources

BODY = ("Gunmen stormed a village market in the east of the province on Friday, killing seven traders "
        "and setting fire to several stalls, a local official told reporters. The official said the "
        "attackers belonged to a militia that has been fighting the army for control of nearby gold mines.")


def test_jsonl_with_malformed_line(tmp_path):
    lines = [
        json.dumps({"id": "mkt-1", "title": "Market attack", "author": "R. Diallo", "publisher": "East Wire",
                    "published": "2023-02-10", "url": "https://east.example/mkt", "text": BODY}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"body": BODY.replace("Friday", "Monday"), "date": "March 3, 2023"}),
        "",
        json.dumps({"id": "no-text", "title": "Nothing here"}),
        json.dumps({"id": "mkt-4", "content": BODY.replace("seven", "eight"),
                    "publication_date": "2023-03-09T10:00:00Z"}),
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_sources([str(path)]))
    assert len(items) == 5
    first, broken, second, no_text, fourth = items
    assert (first.doc_id, first.title, first.author, first.publisher, first.url) == (
        "mkt-1", "Market attack", "R. Diallo", "East Wire", "https://east.example/mkt")
    assert (first.published, first.published_source, first.fmt) == (date(2023, 2, 10), "metadata", "jsonl")
    assert type(broken) is IngestError and broken.source == f"{path}:2" and "malformed JSON" in broken.reason
    assert second.doc_id == "wire-3" and second.published == date(2023, 3, 3)
    assert type(no_text) is IngestError and no_text.source == f"{path}:5" and "no text" in no_text.reason
    assert fourth.published == date(2023, 3, 9) and "eight traders" in fourth.text


def test_json_shapes(tmp_path):
    record = {"id": "solo", "text": BODY, "published_at": "2021-12-01"}
    (tmp_path / "single.json").write_text(json.dumps(record), encoding="utf-8")
    (tmp_path / "listed.json").write_text(json.dumps([record, {**record, "id": "second"}]), encoding="utf-8")
    (tmp_path / "wrapped.json").write_text(json.dumps({"articles": [{"text": BODY}]}), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    items = list(read_sources([str(tmp_path)]))
    bad, *docs = items
    assert type(bad) is IngestError and "malformed JSON" in bad.reason
    assert [d.doc_id for d in docs] == ["solo", "second", "solo", "wrapped-0"]
    assert all(d.fmt == "json" for d in docs)
    assert docs[2].published == date(2021, 12, 1) and docs[3].published is None


def test_record_language_and_text_date(tmp_path):
    records = [{"id": "fr", "language": "fr", "text": "Attaque au marché."},
               {"id": "dated",
                "text": "KABUL, March 4 (Reuters) - " + BODY + " The truce of 12 January 2024 collapsed."}]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    skipped, doc = list(read_sources([str(path)]))
    assert isinstance(skipped, SkippedInput) and "French (fr)" in skipped.reason
    assert (doc.published, doc.published_source) == (date(2024, 3, 4), "text")


def test_large_jsonl_corpus_is_streamed_with_a_per_record_limit(tmp_path):
    records = [{"id": f"r{i}", "text": BODY.replace("seven", str(i + 10))} for i in range(30)]
    records.append({"id": "huge", "text": BODY * 20})
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    assert path.stat().st_size > 5_000
    items = list(read_sources([str(path)], max_bytes=5_000))
    assert [d.doc_id for d in items[:30]] == [f"r{i}" for i in range(30)]
    assert type(items[30]) is IngestError and items[30].source == f"{path}:31"
    assert "over the 5,000 byte limit" in items[30].reason
