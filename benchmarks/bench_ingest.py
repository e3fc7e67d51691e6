"""Ingest throughput and memory (issue 12, items 2, 3 and 6).

    .venv/bin/python benchmarks/bench_ingest.py [--work /tmp/polemos-bench-ingest] [--docs 2000]
        [--memory 1000,10000] [--skip-dask] [--skip-memory] [--skip-throughput] [--profile]

The documents are made at run time, in the work folder, from ../shared/data (never copied into the repo):
ACLED notes as short texts (then GTD summaries, SATP paragraphs and CASE 2021 snippets to reach 10,000 for
the memory runs),
WikiEvents news articles as long texts. Every figure that matters is a ratio of two measurements of the same
run, on the same texts:
- whole ingest with 1 process / bare `nlp.pipe` (documents per second; short and long texts);
- `--processes 2` / `--processes 1` on --docs documents, and whole ingest with 2 processes / bare `nlp.pipe`;
- `polemos ingest --dask local:2` / `polemos ingest`, each command timed whole in a fresh process (imports,
  loads, cluster start included), and whether the stores hold exactly the same canonical events as the
  in-process ingest's; the same ratio on a running 2-worker LocalCluster whose workers are loaded, against
  the in-process 1-process ingest (loads excluded on both sides);
- peak RSS of ingesting 10,000 / 1,000 documents, each in a fresh process: while streaming (before the
  cross-document resolution) and with it.
In-process timings start with the spaCy pipeline, the knowledge packs and the readers' tables loaded
(workers.warm, forked into the workers). --profile prints the 1-process ingest's cProfile top functions.
Skips cleanly when ../shared is absent.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import DATA, EVAL, read_jsonl, require, to_gold  # noqa: E402


def corpus(work: Path, n: int) -> Path:
    """n short documents: ACLED notes first, then GTD summaries, SATP paragraphs, CASE 2021 snippets (distinct
    texts)."""
    out = work / f"short-{n}.jsonl"
    if out.exists():
        return out
    rows = read_jsonl(to_gold("acled", DATA / "acled_sample_may2020" / "acled.csv", work / "acled") / "corpus.jsonl")
    if len(rows) < n:
        gtd = DATA / "gtd_afghanistan_2016_2018" / "gtd_afghanistan_2016_2018.csv"
        rows += read_jsonl(to_gold("gtd", gtd, work / "gtd") / "corpus.jsonl")
        for name in ("train", "dev", "test"):
            with open(DATA / "satp" / f"satp_relevant_{name}.tsv", encoding="utf-8") as fh:
                rows += [{"id": f"satp-{name}-{i}", "text": r[0]}
                         for i, r in enumerate(csv.reader(fh, delimiter="\t"))]
        with open(DATA / "case2021_task2" / "test_set_final_release_with_labels.tsv", encoding="utf-8") as fh:
            rows += [{"id": f"case-{r['id']}", "text": r["EventSnippet"]} for r in csv.DictReader(fh, delimiter="\t")]
    seen, picked = set(), []
    for row in rows:
        if row["text"] not in seen:
            seen.add(row["text"])
            picked.append(row)
    if len(picked) < n:
        sys.exit(f"only {len(picked)} distinct texts for {n} documents")
    out.write_text("".join(json.dumps(r) + "\n" for r in picked[:n]), encoding="utf-8")
    return out


def long_corpus(work: Path) -> Path:
    out = work / "long.jsonl"
    rows = [{"id": r["doc_id"], "text": r["text"]} for name in ("dev", "test")
            for r in read_jsonl(DATA / "wikievents" / f"{name}.jsonl")]
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return out


def fresh_store(path: Path):
    from polemos.store import open_store
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return open_store(str(path))


def canonical(store) -> list:
    """The canonical events as exports show them, with the documents reporting each (no row ids)."""
    return sorted((json.dumps(c.row(), sort_keys=True, default=str), sorted(r.doc_id for r in c.reports))
                  for c in store.canonical_events().values())


def bare_pipe(path: Path) -> tuple[float, float]:
    """Documents per second of the spaCy pipeline alone on a corpus's texts: (wall clock, CPU time)."""
    from polemos import nlp
    texts = [r["text"] for r in read_jsonl(path)]
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return len(texts) / (time.perf_counter() - wall), len(texts) / (time.process_time() - cpu)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_ingest(path: Path, db: Path, profile: bool = False, cpu: dict | None = None,
                 **options) -> tuple[float, float, object]:
    """Documents per second of a whole ingest (read, extract, store, resolve) into a fresh store: (wall clock,
    this process's CPU time: all of it with one process, the writer's alone with more), and the store.
    `cpu` receives the CPU seconds of this process and of the worker processes that ended meanwhile."""
    from polemos.pipeline import ingest
    store = fresh_store(db)
    if profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.enable()
    wall, own, children = time.perf_counter(), time.process_time(), _children_cpu()
    report = ingest(store, [str(path)], **options)
    wall, own, children = time.perf_counter() - wall, time.process_time() - own, _children_cpu() - children
    if profile:
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    if report.failed:
        print(f"    {len(report.failed)} failed, e.g. {report.failed[0]}")
    if cpu is not None:
        cpu.update(writer=own, workers=children)
    n = len(report.added) + len(report.duplicates)
    return n / wall, n / own, store


def command_seconds(path: Path, db: Path, *options: str) -> tuple[float, float, object]:
    """Wall clock of `polemos ingest` run as a user runs it, in a fresh process (imports, the spaCy pipeline,
    the packs and, with --dask local:N, the cluster and its workers' loads all included), and its store. The
    command imports the polemos of this benchmark's tree (an editable install points the `polemos` script at
    the tree it was installed from). Returns (wall clock, CPU seconds of the command and the processes it
    waited for: its workers), and the store."""
    from polemos.store import open_store
    fresh_store(db)
    command = [str(Path(sys.executable).with_name("polemos")), "ingest", str(path), "--db", str(db), "-q", *options]
    tree = str(Path(__file__).resolve().parents[1])   # this tree's polemos, not the one the venv was installed from
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [tree, os.environ.get("PYTHONPATH")]))}
    start, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start, _children_cpu() - cpu, open_store(str(db))


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def throughput(work: Path, n: int, dask: bool, profile: bool) -> dict:
    """On a shared machine the wall clock swings with the others' load: the 1-process ratios are also given in
    CPU time, and the 1- and 2-process ingests run twice, interleaved, keeping each one's faster run."""
    from polemos.workers import warm
    warm()
    short, long = corpus(work, n), long_corpus(work)
    out: dict = {"documents": n}
    stores = {}
    for name, path in (("short", short), ("long", long)):
        bare, bare_cpu = bare_pipe(path)
        whole, whole_cpu, stores[name] = timed_ingest(path, work / f"{name}-1.db",
                                                      profile=profile and name == "short")
        out[name] = {"bare_docs_s": round(bare, 2), "ingest_1p_docs_s": round(whole, 2),
                     "ingest_vs_bare": round(whole / bare, 2), "bare_cpu_docs_s": round(bare_cpu, 2),
                     "ingest_1p_cpu_docs_s": round(whole_cpu, 2), "ingest_vs_bare_cpu": round(whole_cpu / bare_cpu, 2)}
        print(f"  {name} texts ({load()}): bare nlp.pipe {bare:.1f} docs/s, whole ingest (1 process) {whole:.1f} "
              f"docs/s -> {whole / bare:.2f}x wall clock, {whole_cpu / bare_cpu:.2f}x CPU time", flush=True)
    runs: dict[int, list[float]] = {1: [out["short"]["ingest_1p_docs_s"]], 2: []}
    cpu1 = n / out["short"]["ingest_1p_cpu_docs_s"]
    projected = []
    for processes in (2, 1, 2):
        cpu: dict = {}
        speed, own, _ = timed_ingest(short, work / f"short-{processes}.db", processes=processes, cpu=cpu)
        runs[processes].append(speed)
        if processes == 1:
            cpu1 = min(cpu1, cpu["writer"])
        else:   # the 2 cores free: the writer and the two workers' work spread over them, the writer serial
            projected.append((cpu["writer"], cpu["workers"]))
        print(f"  --processes {processes} ({load()}): {speed:.1f} docs/s; CPU s: writer {cpu['writer']:.1f}, "
              f"workers {cpu['workers']:.1f}", flush=True)
    one, two = max(runs[1]), max(runs[2])
    writer, workers = min(projected, key=sum)
    bound = cpu1 / max((writer + workers) / 2, writer)
    out.update(ingest_1p_runs=[round(r, 2) for r in runs[1]], ingest_2p_runs=[round(r, 2) for r in runs[2]],
               speedup_2p=round(two / one, 2), ingest_2p_vs_bare=round(two / out["short"]["bare_docs_s"], 2),
               cpu_1p_s=round(cpu1, 1), cpu_2p_writer_s=round(writer, 1), cpu_2p_workers_s=round(workers, 1),
               speedup_2p_on_free_cores=round(bound, 2))
    print(f"  --processes 2 / 1: {two / one:.2f}x measured; {bound:.2f}x from CPU time on 2 free cores; "
          f"2 processes / bare nlp.pipe {out['ingest_2p_vs_bare']:.2f}x", flush=True)
    if dask:
        reference = canonical(stores["short"])
        out["canonical_events"] = len(reference)
        cold1, cpu1, store_1 = command_seconds(short, work / "short-cli-1.db")
        cold, cpu_d, store_d = command_seconds(short, work / "short-dask.db", "--dask", "local:2")
        out.update(command_1p_s=round(cold1, 1), command_dask_s=round(cold, 1), speedup_dask=round(cold1 / cold, 2),
                   command_1p_cpu_s=round(cpu1, 1), command_dask_cpu_s=round(cpu_d, 1),
                   dask_same_canonical=canonical(store_d) == reference == canonical(store_1))
        print(f"  as commands from a fresh process, loads included ({load()}): `polemos ingest` {cold1:.1f} s "
              f"({cpu1:.1f} CPU s), with --dask local:2 {cold:.1f} s ({cpu_d:.1f} CPU s, workers included) -> "
              f"{cold1 / cold:.2f}x; same canonical events: {out['dask_same_canonical']} ({len(reference)})",
              flush=True)
        import distributed
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, distributed.Client(cluster) as client:
            client.run(warm)
            fast, _, store_w = timed_ingest(short, work / "short-dask-warm.db", dask=cluster.scheduler_address)
        out.update(dask_warm_docs_s=round(fast, 2), speedup_dask_warm=round(fast / one, 2),
                   dask_warm_same_canonical=canonical(store_w) == reference)
        print(f"  --dask on a running 2-worker LocalCluster, workers loaded ({load()}): {fast:.1f} docs/s -> "
              f"{fast / one:.2f}x of 1 process; same canonical events: {out['dask_warm_same_canonical']}", flush=True)
    return out


def peak_rss(work: Path, n: int) -> dict:
    """Peak RSS (MiB) of one ingest of n documents in a fresh process: streaming, then with resolution."""
    path = corpus(work, n)
    code = f"""
import json, resource, sys
sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})
from benchmarks.bench_ingest import fresh_store
from polemos import pipeline
store = fresh_store({str(work / f'rss-{n}.db')!r})
resolve = pipeline._resolve
pipeline._resolve = lambda s, r: None
def peak():   # this process image's high-water mark (ru_maxrss may carry the forking parent's over exec)
    try:
        with open("/proc/self/status") as fh:
            return next(int(l.split()[1]) for l in fh if l.startswith("VmHWM:")) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
report = pipeline.ingest(store, [{str(path)!r}])
streaming = peak()
resolve(store, report)
print(json.dumps({{"added": len(report.added), "streaming_mib": round(streaming),
                  "with_resolution_mib": round(peak())}}))
"""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["seconds"] = round(time.perf_counter() - start, 1)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", default="/tmp/polemos-bench-ingest")
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--memory", default="1000,10000", help="document counts of the peak-RSS runs")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--profile", action="store_true")
    a = ap.parse_args()
    require(DATA / "acled_sample_may2020", DATA / "wikievents", EVAL / "to_gold.py")
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    result = {} if a.skip_throughput else {"throughput": throughput(work, a.docs, not a.skip_dask, a.profile)}
    if not a.skip_memory:
        counts = [int(n) for n in a.memory.split(",")]
        result["memory"] = {}
        for n in counts:
            result["memory"][n] = peak_rss(work, n)
            print(f"  peak RSS, {n} documents: {result['memory'][n]}", flush=True)
        small, large = result["memory"][counts[0]], result["memory"][counts[-1]]
        for phase in ("streaming_mib", "with_resolution_mib"):
            result["memory"][f"ratio_{phase}"] = round(large[phase] / small[phase], 2)
        print(f"  peak RSS {counts[-1]} / {counts[0]}: streaming {result['memory']['ratio_streaming_mib']}x, "
              f"with resolution {result['memory']['ratio_with_resolution_mib']}x")
    result["load_average_after"] = round(os.getloadavg()[0], 2)
    print(json.dumps(result, indent=1))
    (work / "bench_ingest.json").write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
