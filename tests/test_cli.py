"""The command line end to end: ingest, idempotence, bad input, a kill mid-ingest, exports, help."""
from __future__ import annotations

import csv
import io
import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from polemos.cli import main
from polemos.store import open_store

ARTICLE = """Militants storm police post in Lakeside

Published March 4th, 2024 - 09:10 GMT

Gunmen attacked a police checkpoint in the town of Lakeside on Sunday, killing three officers, \
local officials said. The attack was the second in the district this month. No group has claimed responsibility.
"""


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result


def test_ingest_is_idempotent_across_formats(tmp_path):
    db = tmp_path / "kb.db"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "lakeside.txt").write_text(ARTICLE, encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "lake-1", "text": ARTICLE, "published": "2024-03-04"}) + "\n", encoding="utf-8")
    first = run("ingest", tmp_path / "in", "--db", db)
    assert first.exit_code == 0, first.output
    assert "1 added" in first.output
    again = run("ingest", corpus, tmp_path / "in", "--db", db)
    assert again.exit_code == 0 and "0 added, 2 already stored" in again.output
    docs = open_store(str(db)).documents()
    assert [d.doc_id for d in docs] == ["lakeside"]
    assert docs[0].published.isoformat() == "2024-03-04" and docs[0].published_source == "text"


def test_bad_input_is_reported_and_loses_nothing(tmp_path):
    db = tmp_path / "kb.db"
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    assert run("ingest", good, "--db", db).exit_code == 0
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    result = run("ingest", empty, binary, tmp_path / "missing.txt", "--db", db)
    assert result.exit_code == 1
    for name in ("empty.txt", "blob.txt", "missing.txt"):
        assert name in result.output
    assert re.search(r"0 added, 0 already stored, \d+ skipped, 3 failed", result.output)
    assert [d.doc_id for d in open_store(str(db)).documents()] == ["good"]


def test_published_override_and_exports(tmp_path):
    db = tmp_path / "kb.db"
    src = tmp_path / "lakeside.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert run("ingest", src, "--db", db, "--published", "2024-03-05").exit_code == 0
    out = tmp_path / "docs.jsonl"
    assert run("export", "documents", "--format", "jsonl", "-o", out, "--db", db).exit_code == 0
    rec = json.loads(out.read_text().splitlines()[0])
    assert rec["published"] == "2024-03-05" and rec["published_source"] == "override"
    as_csv = run("export", "documents", "--format", "csv", "--db", db).stdout
    rows = list(csv.DictReader(io.StringIO(as_csv)))
    assert rows[0]["doc_id"] == "lakeside" and rows[0]["words"] == str(len(ARTICLE.split()))
    bad = run("export", "actors", "--format", "csv", "--db", db)
    assert bad.exit_code != 0 and "jsonl" in bad.output


def test_bad_published_date_is_refused(tmp_path):
    result = run("ingest", tmp_path, "--published", "last week", "--db", tmp_path / "kb.db")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def _corpus(path: Path, n: int) -> None:
    towns = ["Lakeside", "Port Alma", "Kessel", "Norden", "Varo", "Ilmen", "Tarsk", "Odal"]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            town = towns[i % len(towns)]
            text = (f"Report {i}: fighting near {town}\n\nArmed men attacked a police post near {town} on day {i}, "
                    f"killing {i % 7 + 1} officers, officials said. " * 6)
            fh.write(json.dumps({"id": f"r{i:03d}", "text": text, "published": "2024-03-04"}) + "\n")


@pytest.mark.slow
def test_kill_during_ingest_then_rerun_finishes_cleanly(tmp_path):
    db = tmp_path / "kb.db"
    corpus = tmp_path / "corpus.jsonl"
    n = 300                    # enough that the kill lands mid-ingest on a fast or a loaded machine
    _corpus(corpus, n)
    cmd = [sys.executable, "-m", "polemos.cli", "ingest", str(corpus), "--db", str(db), "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        if db.exists() and open_store(str(db)).counts()["documents"] >= 3:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    store = open_store(str(db))
    partial = store.counts()["documents"]
    assert 0 < partial < n, "the kill should land mid-ingest"
    # every stored document is whole: it has its mentions
    with_mentions = {m["doc_id"] for m in store.mentions()}
    assert with_mentions == {d.doc_id for d in store.documents()}
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert f"{n - partial} added, {partial} already stored" in rerun.stdout
    assert open_store(str(db)).counts()["documents"] == n


def test_every_command_has_help_and_is_in_the_readme():
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert command.help, f"{name} has no help"
        assert f"polemos {name}" in readme, f"README does not mention `polemos {name}`"
        for param in command.params:
            if isinstance(param, __import__("click").Option) and param.name != "help":
                assert param.help, f"{name} {param.name} has no help"


def test_ingest_and_export_on_postgresql(pg_url, tmp_path):
    src = tmp_path / "lakeside.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert run("ingest", src, "--db", pg_url).exit_code == 0
    assert "0 added, 1 already stored" in run("ingest", src, "--db", pg_url).output
    out = run("export", "events", "--format", "jsonl", "--db", pg_url).stdout
    events = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert events and all(e["doc_id"] == "lakeside" for e in events)
    assert any(e["event_date"] == "2024-03-03" for e in events)


def test_demo_builds_the_reference_store_and_can_serve_it(tmp_path, monkeypatch):
    import uvicorn
    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.update(app=app, **kw))
    db = tmp_path / "demo.db"
    result = run("demo", "--db", db, "--serve", "--port", "8123")
    assert result.exit_code == 0, result.output
    store = open_store(str(db))
    assert store.counts()["documents"] == 5 and store.counts()["events"] > 5
    assert (tmp_path / "demo-brief.html").exists()
    assert served["host"] == "127.0.0.1" and served["port"] == 8123


def test_demo_never_overwrites_a_file_it_did_not_create(tmp_path):
    mine = tmp_path / "brief.html"
    mine.write_text("my own brief", encoding="utf-8")
    store = tmp_path / "kb.db"
    store.write_text("my own store", encoding="utf-8")
    refused = run("demo", "--db", store)
    assert refused.exit_code == 1 and "was not made by the demo" in refused.output
    assert store.read_text() == "my own store" and mine.read_text() == "my own brief"


def test_a_store_that_does_not_exist_is_an_error_except_for_ingest(tmp_path):
    typo = tmp_path / "typo.db"
    for cmd in (["docs"], ["events"], ["actors"], ["contradictions"], ["export", "events"], ["brief"], ["actor", "X"]):
        result = run(*cmd, "--db", typo)
        assert result.exit_code == 2 and "no knowledge base at" in result.output, cmd
        assert not typo.exists(), f"{cmd} created an empty store"


def test_bad_dates_and_inverted_ranges_are_usage_errors(tmp_path):
    db = tmp_path / "kb.db"
    src = tmp_path / "lakeside.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert run("ingest", src, "--db", db).exit_code == 0
    for args, why in ((["--since", "notadate"], "not a date"), (["--since", "2021-13"], "no month 13"),
                      (["--since", "2024-02-30"], "no day 30"), (["--since", "2024", "--until", "2023"], "inverted"),
                      (["--type", "Picnic"], "unknown")):
        for cmd in (["events"], ["export", "events"], ["brief"]):
            result = run(*cmd, *args, "--db", db)
            assert result.exit_code == 2 and why in result.output, (cmd, args, result.output)
    assert run("events", "--since", "2024-03", "--db", db).exit_code == 0


def test_an_output_in_a_missing_folder_is_a_clean_error(tmp_path):
    db = tmp_path / "kb.db"
    src = tmp_path / "lakeside.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert run("ingest", src, "--db", db).exit_code == 0
    for cmd in (["export", "events", "-o"], ["export", "stix", "-o"], ["brief", "-o"]):
        result = CliRunner().invoke(main, [*cmd, str(tmp_path / "no" / "such" / "out.x"), "--db", str(db)])
        assert result.exit_code == 1 and "does not exist" in result.output, cmd
        assert result.exception.__class__ is SystemExit, cmd
