"""Benchmark the event extractor on public data (skips cleanly when ../shared/data is absent).

  .venv/bin/python benchmarks/bench_events.py [--only case,acled,acled_world,gtd,seeds,speed] [--out DIR]

CASE-2021 task 2: sub-event type of each snippet (weighted F1). ACLED Af/Pak notes,
GTD Afghanistan summaries and the reference seeds: events as JSONL, scored by
../shared/eval/score.py. Speed: whole extraction vs bare nlp.pipe on the same texts.
Documents go through polemos.pipeline.extract, exactly as `polemos ingest` runs them.
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA, SHARED, to_gold  # noqa: E402
from polemos import nlp  # noqa: E402
from polemos.model import Document  # noqa: E402

CASE_LABELS = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance", "AGREEMENT": "Agreement", "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash", "ARREST": "Arrests", "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack", "CHANGE_TO_GROUP_ACT": "Change to group/activity", "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use", "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory", "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established", "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory", "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest", "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention", "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence", "SUIC_BOMB": "Suicide bomb", "VIOL_DEMONSTR": "Violent demonstration",
}
FIELDS = ("doc_id", "event_date", "date_precision", "event_type", "sub_event_type", "actor1", "actor2", "claimed_by",
          "country", "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low",
          "fatalities_high", "event_key")


class Driver:
    """Parse with the shared pipeline, then run the same extraction as `polemos ingest`."""

    def run(self, docs: list[Document]):
        from polemos.pipeline import extract
        for doc, sdoc in zip(docs, nlp.pipe(d.text for d in docs)):
            yield doc, extract(sdoc, doc).events


def _record(ev) -> dict:
    rec = {f: getattr(ev, f) for f in FIELDS}
    rec.update(evidence=None, evidence_start=ev.evidence.start, evidence_end=ev.evidence.end)
    return rec


def weighted_f1(gold: list[str], pred: list[str]) -> float:
    labels = Counter(gold)
    total = 0.0
    for lab, n in labels.items():
        tp = sum(g == p == lab for g, p in zip(gold, pred))
        pp = sum(p == lab for p in pred)
        prec, rec = (tp / pp if pp else 0.0), tp / n
        total += n * (2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return total / len(gold)


def bench_case(driver: Driver) -> None:
    path = DATA / "case2021_task2" / "test_set_final_release_with_labels.tsv"
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    docs = [Document(doc_id=r["id"], text=r["EventSnippet"]) for r in rows]
    pred = []
    for _, evs in driver.run(docs):
        pred.append(evs[0].sub_event_type if evs else "NONE")
    gold = [CASE_LABELS.get(r["SubType"], r["SubType"]) for r in rows]
    acled = [i for i, r in enumerate(rows) if r["SubType"] in CASE_LABELS]
    print(f"CASE-2021 task 2: weighted F1 all labels {weighted_f1(gold, pred):.3f}; "
          f"ACLED labels only {weighted_f1([gold[i] for i in acled], [pred[i] for i in acled]):.3f} "
          f"(n={len(acled)}); 2021 best 0.839")
    errs = Counter((gold[i], pred[i]) for i in acled if gold[i] != pred[i])
    for (g, p), n in errs.most_common(12):
        print(f"   {n:3d}  gold {g:38s} pred {p}")


def _corpus_docs(path: Path) -> list[Document]:
    docs = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        pub = date.fromisoformat(r["published"][:10]) if r.get("published") and len(r["published"]) >= 10 else None
        docs.append(Document(doc_id=r["id"], text=r["text"], title=r.get("title"), published=pub))
    return docs


def _score(driver: Driver, docs: list[Document], gold: Path, out: Path, label: str) -> None:
    t0 = time.time()
    with out.open("w", encoding="utf-8") as fh:
        for doc, evs in driver.run(docs):
            for ev in evs:
                rec = _record(ev)
                rec["evidence"] = ev.evidence.text_of(doc.text)
                fh.write(json.dumps(rec) + "\n")
    dt = time.time() - t0
    res = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold), "--events", str(out)],
                         capture_output=True, text=True)
    print(f"== {label}: {len(docs)} docs in {dt:.1f}s\n{res.stdout.strip()}\n{res.stderr.strip()}")


TABLES = {  # bench name -> (to_gold kind, table, to_gold arguments)
    "acled": ("acled", DATA / "acled_sample_may2020" / "acled.csv", ["--country", "Afghanistan,Pakistan"]),
    "acled_world": ("acled", DATA / "acled_sample_may2020" / "acled.csv", []),
    "gtd": ("gtd", DATA / "gtd_afghanistan_2016_2018" / "gtd_afghanistan_2016_2018.csv",
            ["--limit", "400", "--seed", "7"]),
}


def bench_table(driver: Driver, name: str, work: Path) -> None:
    kind, table, extra = TABLES[name]
    d = to_gold(kind, table, work / name, *extra)
    _score(driver, _corpus_docs(d / "corpus.jsonl"), d / "gold", work / f"{name}_events.jsonl", name.upper())


def bench_speed(work: Path, n: int = 300) -> None:
    """Whole extraction (entities + events + claims + relations) vs bare nlp.pipe on the same texts."""
    from polemos.pipeline import extract
    d = work / "gtd"
    if not (d / "corpus.jsonl").exists():
        bench_table(Driver(), "gtd", work)
    docs = _corpus_docs(d / "corpus.jsonl")[:n]
    seeds = [Document(doc_id=r["id"], text=r["text"]) for r in
             (json.loads(x) for x in (SHARED / "seeds.jsonl").open(encoding="utf-8"))]
    docs += seeds
    texts = [x.text for x in docs]
    list(nlp.pipe(texts[:20]))                              # warm up
    def bare_run() -> float:
        t = time.perf_counter()
        for _ in nlp.pipe(texts):
            pass
        return time.perf_counter() - t
    def full_run() -> float:
        t = time.perf_counter()
        for doc, sdoc in zip(docs, nlp.pipe(texts)):
            extract(sdoc, doc)
        return time.perf_counter() - t
    bare, full = bare_run(), full_run()
    bare, full = min(bare, bare_run()), min(full, full_run())   # best of two: shared CPUs are noisy
    chars = sum(map(len, texts))
    print(f"== SPEED: {len(docs)} docs, {chars} chars: bare nlp.pipe {chars / bare:,.0f} chars/s, "
          f"whole extraction {chars / full:,.0f} chars/s -> ratio {bare / full:.2f} (bar >= 0.70)")


def bench_seeds(driver: Driver, work: Path) -> None:
    docs = []
    for line in (SHARED / "seeds.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        pub = date.fromisoformat(r["published"]) if r.get("published") else None
        docs.append(Document(doc_id=r["id"], text=r["text"], title=r.get("title"), published=pub))
    _score(driver, docs, SHARED / "eval" / "gold" / "seeds", work / "seeds_events.jsonl", "SEEDS")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--only", default="case,acled,gtd,seeds,speed", help="also: acled_world")
    ap.add_argument("--out", default=None, help="folder for corpora and predictions (default: a temp dir)")
    a = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found")
        return
    work = Path(a.out or tempfile.mkdtemp(prefix="bench_events_"))
    work.mkdir(parents=True, exist_ok=True)
    driver = Driver()
    only = set(a.only.split(","))
    if "case" in only:
        bench_case(driver)
    for name in TABLES:
        if name in only:
            bench_table(driver, name, work)
    if "seeds" in only:
        bench_seeds(driver, work)
    if "speed" in only:
        bench_speed(work)
    print(f"predictions in {work}")


if __name__ == "__main__":
    main()
