"""The long fuzz run: every property of tests/test_fuzz.py (readers, front matter, number, date and range
parsing) with --examples examples each (default 10,000), randomised (the test suite runs 100, derandomised).
Passes when the properties raise nothing but the project's own reported errors.

    .venv/bin/python benchmarks/fuzz.py --examples 10000
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="examples per property")
    args = parser.parse_args()
    env = dict(os.environ, POLEMOS_FUZZ_EXAMPLES=str(args.examples))
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_fuzz.py",
                           "--hypothesis-show-statistics"], cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    tail = [line for line in proc.stdout.splitlines() if line.strip()][-1]
    print(proc.stdout if proc.returncode else "")
    print(f"{args.examples:,} examples per property: {tail} ({seconds:.0f} s)")
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
