"""Real article leads (../shared/eval/dev) and the reference articles, end to end as a user runs Polemos.

    .venv/bin/python benchmarks/bench_dev.py [--set dev|seeds|both] [--work /tmp/polemos-dev] [--verbose]

Each set: texts -> JSONL corpus -> `polemos ingest` -> `polemos export` of events, claims,
relations -> ../shared/eval/score.py. Prints the scorer's summary and writes its JSON
beside the exports. The dev set finds error classes; it is never tuned to sentence by sentence.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import EVAL, SHARED, require, score  # noqa: E402
from polemos.export.dispatch import export  # noqa: E402
from polemos.pipeline import ingest  # noqa: E402
from polemos.store import open_store  # noqa: E402

DEV = EVAL / "dev"


def corpus(name: str, work: Path) -> tuple[Path, Path]:
    """(corpus.jsonl, gold folder) of a set."""
    if name == "seeds":
        return SHARED / "seeds.jsonl", EVAL / "gold" / "seeds"
    out = work / "dev.jsonl"
    out.write_text(subprocess.run([sys.executable, str(DEV / "corpus.py"), str(DEV / "texts")],
                                  capture_output=True, text=True, check=True).stdout, encoding="utf-8")
    return out, DEV / "gold"


def run(name: str, work: Path, verbose: bool) -> dict:
    src, gold = corpus(name, work)
    db = work / f"{name}.db"
    db.unlink(missing_ok=True)
    store = open_store(str(db))
    report = ingest(store, [str(src)])
    if report.failed:
        print(f"  {len(report.failed)} failed, e.g. {report.failed[0]}")
    files = {k: work / f"{name}-{k}.jsonl" for k in ("events", "claims", "relations")}
    for kind, path in files.items():
        export(store, kind, "jsonl", str(path))
    print(f"{name}:")
    result = score(gold, files["events"], files["claims"], files["relations"])
    if verbose:
        cmd = [sys.executable, str(EVAL / "score.py"), "--gold", str(gold), "--events", str(files["events"]),
               "--verbose"]
        print(subprocess.run(cmd, capture_output=True, text=True).stdout)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=("dev", "seeds", "both"), default="both")
    ap.add_argument("--work", default="/tmp/polemos-dev")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    require(DEV / "texts", SHARED / "seeds.jsonl")
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    results = {}
    for name in (("dev", "seeds") if a.set == "both" else (a.set,)):
        results[name] = run(name, work, a.verbose)
    (work / "summary.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
