"""The `polemos` command with resolution slowed down inside its locked transaction, for the fault tests:
SLOW_RESOLVER_SECONDS (default 1) of sleep per resolution run, after writing the file SLOW_RESOLVER_FLAG
(when set) to say a run is holding the lock.

    python tests/slow_resolver.py ingest corpus.jsonl --db kb.db
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from polemos.cli import main  # noqa: E402
from polemos.resolve import incremental  # noqa: E402


def _slow_pause() -> None:
    flag = os.environ.get("SLOW_RESOLVER_FLAG")
    if flag:
        Path(flag).write_text("resolving", encoding="utf-8")
    time.sleep(float(os.environ.get("SLOW_RESOLVER_SECONDS", "1")))


if __name__ == "__main__":
    incremental._pause = _slow_pause
    main()
