"""Issue 14's done-when checks, end to end through `polemos ingest` (each in its own process):

1. a folder holding a 3M-character text, a .md with a bad front-matter date, a JSONL file with three bad lines
   among ten good ones, and two normal files: every good document stored, each bad one reported by file and
   line, the summary last, exit status 1;
2. 200,000 spaces and a sentence: ingested, seconds end to end, against the same sentence alone (the fixed cost
   of a run: imports, the model, the knowledge packs).

    .venv/bin/python benchmarks/bench_faults.py [--chars 3000000]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.bench_long import long_text  # noqa: E402

POLEMOS = Path(sys.executable).with_name("polemos")


def article(n: int) -> str:
    return (f"Gunmen killed {n + 2} people in Kabul on Monday, officials said. "
            f"Police arrested {n + 1} suspects after attack number {n} near the market.")


def build(folder: Path, chars: int) -> None:
    folder.mkdir()
    (folder / "big.txt").write_text(long_text(chars))
    (folder / "bad.md").write_text(f"---\ntitle: Bad date\ndate: 2021-02-31\n---\n{article(1)}\n")
    lines = [json.dumps({"id": f"good{n}", "text": article(10 + n)}) for n in range(10)]
    for at, bad in ((1, '{"text": "Gunmen killed \\ud800 five people.", "language": 5}'),
                    (5, '{"text": ' + "[" * 100_000), (9, '{"id": "nothing", "text": 5}')):
        lines.insert(at, bad)
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "one.txt").write_text(article(2))
    (folder / "two.html").write_text(f"<html><body><p>{article(3)}</p></body></html>")


def ingest(source: Path, db: Path, *extra: str) -> tuple[int, str, float]:
    start = time.perf_counter()
    proc = subprocess.run([str(POLEMOS), "ingest", str(source), "--db", str(db), "-q", *extra],
                          capture_output=True, text=True)
    return proc.returncode, proc.stderr + proc.stdout, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=3_000_000, help="length of the long text")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        build(tmp / "in", args.chars)
        code, out, seconds = ingest(tmp / "in", tmp / "kb.db")
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(out.rstrip())
        print(f"-> exit status {code}, {seconds:.0f} s, peak RSS {rss:.0f} MB "
              f"({len((tmp / 'in' / 'big.txt').read_text()):,}-character text)")
        sentence = "Gunmen killed five people in Kabul on Monday."
        (tmp / "alone.txt").write_text(sentence)
        (tmp / "spaces.txt").write_text(" " * 200_000 + sentence)
        _, _, alone = ingest(tmp / "alone.txt", tmp / "alone.db")
        code, out, seconds = ingest(tmp / "spaces.txt", tmp / "spaces.db")
        print(f"200,000 spaces and a sentence: {out.strip().splitlines()[-1]} exit status {code}, "
              f"{seconds:.1f} s end to end; the sentence alone {alone:.1f} s; difference {seconds - alone:.1f} s")


if __name__ == "__main__":
    main()
