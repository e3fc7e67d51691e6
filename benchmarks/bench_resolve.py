"""Claims, relations and cross-document resolution benchmark.

    .venv/bin/python benchmarks/bench_resolve.py [--work /tmp/polemos-bench]

- the reference articles (../shared/seeds.jsonl against ../shared/eval/gold/seeds):
  events, claims, relations and pairwise cross-document coreference F1, as the
  scorer reports them, and whether the Kabul airport toll disagreement is in
  the contradictions export;
- false merges on GTD Afghanistan (--limit 400 --seed 7) and on the ACLED notes
  of Afghanistan and Pakistan, where every row is its own event, so every
  canonical event holding two reports is a false merge.
Skips cleanly when ../shared is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import DATA, EVAL, SHARED, require, score, to_gold  # noqa: E402
from polemos.export.dispatch import export  # noqa: E402
from polemos.pipeline import ingest  # noqa: E402
from polemos.resolve import contradictions  # noqa: E402
from polemos.store import open_store  # noqa: E402


def build(corpus: Path, db: Path):
    db.unlink(missing_ok=True)
    store = open_store(str(db))
    report = ingest(store, [str(corpus)])
    if report.failed:
        print(f"  {len(report.failed)} failed, e.g. {report.failed[0]}")
    return store


def seeds(work: Path) -> dict:
    store = build(SHARED / "seeds.jsonl", work / "seeds.db")
    files = {k: work / f"seeds-{k}.jsonl" for k in ("events", "claims", "relations")}
    for kind, path in files.items():
        export(store, kind, "jsonl", str(path))
    result = score(EVAL / "gold" / "seeds", files["events"], files["claims"], files["relations"])
    found = contradictions(store)
    airport = [c for c in found if c.kind == "fatalities" and "airport" in (c.about or "").casefold()]
    result["airport_toll_contradiction"] = [i.value for c in airport for i in c.items]
    print("  airport toll contradiction:", result["airport_toll_contradiction"] or "NOT FOUND")
    return result


def false_merges(name: str, corpus_dir: Path, work: Path) -> dict:
    store = build(corpus_dir / "corpus.jsonl", work / f"{name}.db")
    canon = store.canonical_events()
    merged = [c for c in canon.values() if len(c.reports) > 1]
    pairs = sum(len(c.reports) * (len(c.reports) - 1) // 2 for c in merged)
    events = store.counts()["events"]
    out = {"documents": store.counts()["documents"], "events": events, "canonical": len(canon),
           "false_merges": len(merged), "false_pairs": pairs}
    print(f"  {name}: {json.dumps(out)}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", default="/tmp/polemos-bench")
    a = ap.parse_args()
    require(SHARED / "seeds.jsonl", DATA / "gtd_afghanistan_2016_2018", DATA / "acled_sample_may2020")
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    print("reference articles:")
    seeds(work)
    print("false merges (every row is its own event):")
    gtd = to_gold("gtd", DATA / "gtd_afghanistan_2016_2018" / "gtd_afghanistan_2016_2018.csv", work / "gtd400",
                  "--limit", "400", "--seed", "7")
    false_merges("gtd", gtd, work)
    acled = to_gold("acled", DATA / "acled_sample_may2020" / "acled.csv", work / "acled-afpak",
                    "--country", "Afghanistan,Pakistan")
    false_merges("acled-afpak", acled, work)


if __name__ == "__main__":
    main()
