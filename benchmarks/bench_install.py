"""The core install in a fresh virtual environment: time, site-packages size, and `polemos demo` on it.

    python benchmarks/bench_install.py                 # from the lock, as `make demo` installs
    python benchmarks/bench_install.py --resolve       # plain `pip install .`: pip picks versions in range
    python benchmarks/bench_install.py --extras parquet,postgres   # then the extras, and what they enable

Runs in a temporary folder (removed afterwards, unless --keep); needs the package index (or pip's cache).
Budget (issue 15): the core site-packages under 500 MB.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_MB = 500


def size_mb(folder: Path) -> float:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total / 1_000_000


def run(cmd: list[str], **kw) -> float:
    """Run a command (failing loudly); returns its wall time in seconds."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if proc.returncode:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return time.perf_counter() - start


def site_packages(venv: Path) -> Path:
    return next((venv / "lib").glob("python3*/site-packages"))


def biggest(folder: Path, n: int = 8) -> list[tuple[str, float]]:
    sizes = [(p.name, size_mb(p)) for p in folder.iterdir() if p.is_dir() and not p.name.endswith(".dist-info")]
    return sorted(sizes, key=lambda x: -x[1])[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--resolve", action="store_true", help="pip install . (pip resolves) instead of the lock")
    ap.add_argument("--extras", default="", help="comma-separated extras to add afterwards, e.g. parquet,postgres")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="polemos-install-"))
    venv, bin_ = work / "venv", work / "venv" / "bin"
    try:
        run([sys.executable, "-m", "venv", str(venv)])
        pip = [str(bin_ / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        if args.resolve:
            how, seconds = "pip install . (resolved by pip)", run(pip + [str(ROOT)])
        else:
            how = "pip install --require-hashes -r requirements/core.txt; pip install --no-deps ."
            seconds = run(pip + ["--require-hashes", "-r", str(ROOT / "requirements" / "core.txt")])
            seconds += run(pip + ["--no-deps", "--no-build-isolation", str(ROOT)])
        sp = site_packages(venv)
        total, own = size_mb(sp), sum(size_mb(p) for p in sp.iterdir() if p.name.startswith(("pip", "setuptools")))
        packages = sum(1 for p in sp.glob("*.dist-info"))
        print(f"install: {how}")
        print(f"  {seconds:.1f} s, {packages} distributions, site-packages {total:.0f} MB "
              f"({total - own:.0f} MB without pip and setuptools); budget {BUDGET_MB} MB: "
              f"{'OK' if total < BUDGET_MB else 'OVER'}")
        print("  largest: " + ", ".join(f"{name} {mb:.0f} MB" for name, mb in biggest(sp)))
        (work / "demo").mkdir()
        demo = run([str(bin_ / "polemos"), "demo", "--db", str(work / "demo" / "demo.db")], cwd=work)
        print(f"  polemos demo: OK in {demo:.1f} s")
        if args.extras:
            extras_time = run(pip + [f"{ROOT}[{args.extras}]"])
            print(f"extras [{args.extras}]: {extras_time:.1f} s, site-packages {size_mb(sp):.0f} MB")
            if "parquet" in args.extras:
                out = work / "events.parquet"
                run([str(bin_ / "polemos"), "export", "events", "--format", "parquet", "-o", str(out),
                     "--db", str(work / "demo" / "demo.db")])
                print(f"  parquet export: {out.stat().st_size} bytes")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
