"""Shared helpers of the benchmark scripts: where the evaluation data is, and skipping cleanly without it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
EVAL = SHARED / "eval"


def require(*paths: Path) -> None:
    """Exit 0 with a note when the evaluation data is not on this machine."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"skipped: evaluation data not found ({', '.join(str(p) for p in missing)})")
        sys.exit(0)


def to_gold(kind: str, table: Path, out: Path, *args: str) -> Path:
    """Run ../shared/eval/to_gold.py; returns the folder holding corpus.jsonl and gold/."""
    if not (out / "corpus.jsonl").exists():
        subprocess.run([sys.executable, str(EVAL / "to_gold.py"), kind, str(table), "--out", str(out), *args],
                       check=True, capture_output=True)
    return out


def score(gold: Path, events: Path, claims: Path | None = None, relations: Path | None = None) -> dict:
    """Run ../shared/eval/score.py and return its JSON result (also printing its summary)."""
    result = out = events.with_suffix(".score.json")
    cmd = [sys.executable, str(EVAL / "score.py"), "--gold", str(gold), "--events", str(events), "--json", str(out)]
    if claims:
        cmd += ["--claims", str(claims)]
    if relations:
        cmd += ["--relations", str(relations)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    print(proc.stdout.rstrip())
    return json.loads(result.read_text())


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
