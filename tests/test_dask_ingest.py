"""Ingest on a real Dask LocalCluster (process workers): partitions, the same canonical events as one
process, and a worker killed mid-partition losing and duplicating nothing."""
from __future__ import annotations

import gzip
import json
import os
import signal

import pytest

from polemos.ingest import read_sources
from polemos.ingest.partitions import partitions, read_partition
from polemos.pipeline import ingest
from polemos.store import open_store
from reports_gen import report, write_corpus

distributed = pytest.importorskip("distributed")


def _canonical(store) -> list:
    """Every canonical event as exports show it, with the documents that report it (no row ids)."""
    return sorted((json.dumps(c.row(), sort_keys=True, default=str), sorted(r.doc_id for r in c.reports))
                  for c in store.canonical_events().values())


def _docs(items) -> list[tuple]:
    return [(d.doc_id, d.content_hash, d.published_iso) for d in items]


def test_partitions_read_what_the_ordinary_readers_read(tmp_path):
    plain = write_corpus(tmp_path / "corpus.jsonl", 23)
    packed = tmp_path / "packed.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    parts = list(partitions([plain, packed], size=5))
    assert [(p.kind, p.start, p.stop) for p in parts[:5]] == [("jsonl", s, min(s + 5, 23)) for s in range(0, 25, 5)]
    read = [d for p in parts for d in read_partition(p)]
    once = _docs(read_sources([str(plain)]))
    assert _docs(read[:23]) == once
    assert _docs(read[23:]) == once               # the gzip file holds the same records


def test_parquet_and_folders_are_partitioned(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [report(i) for i in range(12)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "corpus.parquet", row_group_size=5)
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(3):
        (folder / f"p{i}.txt").write_text(report(20 + i)["text"], encoding="utf-8")
    parts = list(partitions([tmp_path / "corpus.parquet", folder], size=5))
    assert [(p.kind, p.start, p.stop) for p in parts[:3]] == [("parquet", 0, 5), ("parquet", 5, 10),
                                                               ("parquet", 10, 12)]
    assert parts[3].kind == "files" and len(parts[3].files) == 3
    docs = [d for p in parts for d in read_partition(p)]
    assert [d.doc_id for d in docs] == [r["id"] for r in rows] + ["p0", "p1", "p2"]
    assert docs[4].text == rows[4]["text"] and docs[4].published_iso == rows[4]["published"]


def test_a_warc_crawl_is_read_page_by_page(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(3):
            page = (f"<html><head><title>Attack {i}</title></head><body><article><h1>Attack {i}</h1>"
                    f"<p>{report(i)['text']}</p><p>{report(i + 10)['text']}</p></article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://news.example/{i}", "response",
                                                          payload=BytesIO(page), http_headers=headers))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/logo.png", "response",
                                                      payload=BytesIO(b"\x89PNG"), http_headers=headers))
    [part] = list(partitions([path]))
    items = list(read_partition(part))
    docs = [d for d in items if hasattr(d, "text")]
    assert [d.url for d in docs] == [f"https://news.example/{i}" for i in range(3)]
    assert "Taliban fighters attacked" in docs[0].text and docs[0].title == "Attack 0"
    assert len(items) == 4 and "image/png" in str(items[3])


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local


def test_a_cluster_stores_the_same_canonical_events_as_one_process(tmp_path, cluster):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 30)
    one = open_store(str(tmp_path / "one.db"))
    ingest(one, [str(corpus)])
    many = open_store(str(tmp_path / "many.db"))
    from polemos.dask_ingest import dask_ingest
    got = dask_ingest(many, [str(corpus)], cluster.scheduler_address, partition_size=7)
    assert got.ok and len(got.added) == 30
    assert many.counts() == one.counts()
    assert _canonical(many) == _canonical(one)
    again = dask_ingest(many, [str(corpus)], cluster.scheduler_address, partition_size=7)
    assert not again.added and len(again.duplicates) == 30 and many.counts() == one.counts()


def _die_after_first_batch(marker: str) -> None:
    """Runs in a worker process: the first worker (of all) to commit a batch then dies at once, with SIGKILL,
    in the middle of its partition. The marker file, created atomically, makes it one death in the whole run."""
    import polemos.dask_ingest as module
    write = getattr(module.write_batch, "__wrapped__", module.write_batch)

    def write_then_die(*args, **kwargs):
        write(*args, **kwargs)
        try:
            os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return
        os.kill(os.getpid(), signal.SIGKILL)

    write_then_die.__wrapped__ = write
    module.write_batch = write_then_die


def _live_again() -> None:
    import polemos.dask_ingest as module
    module.write_batch = getattr(module.write_batch, "__wrapped__", module.write_batch)


def test_a_worker_killed_mid_partition_loses_and_duplicates_nothing(tmp_path, cluster):
    from polemos.dask_ingest import dask_ingest
    corpus = write_corpus(tmp_path / "corpus.jsonl", 48, start=100)
    one = open_store(str(tmp_path / "one.db"))
    ingest(one, [str(corpus)])
    many = open_store(str(tmp_path / "many.db"))
    marker = tmp_path / "killed"
    with distributed.Client(cluster.scheduler_address) as client:
        client.run(_die_after_first_batch, str(marker))
        try:
            got = dask_ingest(many, [str(corpus)], cluster.scheduler_address, partition_size=12, batch=3)
        finally:
            client.run(_live_again)
    assert marker.exists(), "a worker should have died after its first batch of 3, with 9 documents to go"
    assert not got.failed and len(got.added) + len(got.duplicates) == 48
    assert len(got.duplicates) >= 3          # the retried partition finds what the dead worker had committed
    assert many.counts() == one.counts()
    assert _canonical(many) == _canonical(one)


def test_the_command_line_starts_a_local_cluster(tmp_path):
    from click.testing import CliRunner

    from polemos.cli import main
    corpus = write_corpus(tmp_path / "corpus.jsonl", 6, start=300)
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db), "--dask", "local:1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "6 added, 0 already stored" in result.output
    assert open_store(str(db)).counts()["documents"] == 6


def test_a_local_clusters_workers_start_with_the_pipeline_and_packs_loaded():
    """`--dask local:N` loads the spaCy pipeline and the packs once, here, and its workers start as forks of
    this process (where the platform forks): no worker loads them again (nor runs Dask's profiler)."""
    from multiprocessing import get_all_start_methods

    from polemos.dask_ingest import connect
    if "fork" not in get_all_start_methods():
        pytest.skip("workers are spawned where the platform cannot fork")

    def loaded() -> tuple[int, int, bool]:
        import dask

        from polemos import nlp
        from polemos.knowledge.gazetteer import default_gazetteer
        return (nlp.load.cache_info().currsize, default_gazetteer.cache_info().currsize,
                dask.config.get("distributed.worker.profile.enabled"))

    client, local = connect("local:1")
    try:
        assert list(client.run(loaded).values()) == [(1, 1, False)]   # and no profiler sampling its tasks
    finally:
        client.close()
        local.close()


def test_a_remote_cluster_needs_a_shared_store(tmp_path):
    from polemos.dask_ingest import dask_ingest
    from polemos.errors import PolemosError
    store = open_store(str(tmp_path / "kb.db"))
    with pytest.raises(PolemosError, match="shared store"):
        dask_ingest(store, [str(write_corpus(tmp_path / "c.jsonl", 2))], "tcp://10.1.2.3:8786")
