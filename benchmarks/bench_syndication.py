"""Syndication: n copies of one wire story (other ids, publishers and datelines, one line of their own, so each
is a new text) ingested end to end; resolution must stay linear in n.

    .venv/bin/python benchmarks/bench_syndication.py [--copies 100,200,400] [--work DIR]

Prints, per n: the whole `ingest` (parse, extraction, storage, resolution), then `resolve --all` of the same
store (resolution alone), and the canonical events the copies became.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from polemos.pipeline import ingest  # noqa: E402
from polemos.resolve import resolve_all  # noqa: E402
from polemos.store import open_store  # noqa: E402

STORY = (
    "A suicide bomber killed at least 14 people and wounded 30 others at a crowded market in Jalalabad, the "
    "capital of Nangarhar province, on Sunday, provincial police said. Islamic State Khorasan Province claimed "
    "responsibility for the attack in a statement on its news channel.\n\n"
    "Hours later, Taliban fighters clashed with gunmen in Asadabad in neighbouring Kunar province, killing "
    "three of them, a Taliban spokesman said.\n\n"
    "Hundreds of shopkeepers protested in Jalalabad on Monday against the lack of security in the city's markets."
)
PUBLISHERS = ("Reuters", "AFP", "Associated Press", "Dawn", "TOLOnews", "Pajhwok", "Al Jazeera", "BBC", "Anadolu",
              "Xinhua")


def corpus(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            publisher = PUBLISHERS[i % len(PUBLISHERS)]
            text = f"JALALABAD, Afghanistan, March 3, 2024 ({publisher}) - {STORY}\n\nReporting by desk {i}."
            out.write(json.dumps({"id": f"wire-{i:04d}", "title": "Suicide bomber kills 14 in Jalalabad market",
                                  "publisher": publisher, "published": "2024-03-03", "text": text}) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", default="100,200,400")
    ap.add_argument("--work", default="/tmp/polemos-syndication")
    a = ap.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    base = None
    for n in (int(x) for x in a.copies.split(",")):
        db = work / f"copies-{n}.db"
        db.unlink(missing_ok=True)
        store = open_store(str(db))
        src = corpus(work / f"copies-{n}.jsonl", n)
        t0 = time.perf_counter()
        report = ingest(store, [str(src)])
        total = time.perf_counter() - t0
        t0 = time.perf_counter()
        resolve_all(store)
        resolving = time.perf_counter() - t0
        canon = store.canonical_events()
        base = base or (n, total, resolving)
        print(f"  {n} copies: ingest {total:.1f} s ({report.summary()}), resolve --all {resolving:.2f} s; "
              f"{store.counts()['events']} reports -> {len(canon)} canonical events "
              f"(largest {max(len(c.reports) for c in canon.values())} reports); per copy vs {base[0]}: ingest "
              f"x{(total / n) / (base[1] / base[0]):.2f}, resolution x{(resolving / n) / (base[2] / base[0]):.2f}",
              flush=True)


if __name__ == "__main__":
    main()
