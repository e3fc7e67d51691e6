"""`polemos demo`: the bundled reference corpus, ingested into a fresh store and summarised.

The demo overwrites only files it made itself: it lists them in a marker file beside them, and refuses
to replace anything else (a store or a brief of yours at the same path).
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from rich.console import Console

from .errors import PolemosError

DEMO_DIR = Path("polemos-demo")
DEMO_DB = str(DEMO_DIR / "demo.db")
MARKER = ".polemos-demo.json"


def corpus_path() -> Path:
    """The bundled example corpus: five articles on the Taliban and ISIS-K (2021-2024)."""
    return Path(str(resources.files("polemos") / "examples" / "reference.jsonl"))


def _made(folder: Path) -> set[str]:
    try:
        return set(json.loads((folder / MARKER).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return set()


def _claim(path: Path) -> None:
    """Note that the demo made `path` (so a later demo may replace it)."""
    made = _made(path.parent) | {path.name}
    (path.parent / MARKER).write_text(json.dumps(sorted(made)), encoding="utf-8")


def _free(path: Path) -> None:
    """Make room for a demo file at `path`: remove the demo's own earlier one; refuse to touch anyone else's."""
    if not path.exists():
        return
    if path.name not in _made(path.parent):
        raise PolemosError(f"{path} exists and was not made by the demo: give --db a new path, or move it away")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def run_demo(db: str | None = None) -> Path:
    from .api import open as open_kb
    from .views.summary import events_table
    from .views.tables import actors_table, documents_table

    console = Console()
    path = Path(db) if db else Path(DEMO_DB)
    if "://" in str(db or ""):
        raise PolemosError("the demo builds a SQLite file: give --db a file path")
    path.parent.mkdir(parents=True, exist_ok=True)
    brief = path.with_name(f"{path.stem}-brief.html") if db else path.with_name("brief.html")
    _free(path)
    _free(brief)
    _claim(path)
    console.print(f"[bold]Polemos demo[/bold]: ingesting {corpus_path().name} into {path}")
    kb = open_kb(path)
    report = kb.ingest(corpus_path())
    console.print(report.summary())
    documents_table(kb.documents())
    actors_table(kb.actors(), limit=15)
    events_table(kb.events())
    counts = kb.counts()
    console.print(f"Stored: {counts['documents']} documents, {counts['mentions']} mentions, {counts['events']} event "
                  f"reports of {counts['canonical_events']} events, {counts['claims']} claims, "
                  f"{counts['relations']} relations.")
    _claim(brief)
    kb.write_brief(brief)
    console.print(f"\n[bold]Situation brief[/bold] (self-contained, opens offline): {brief.resolve()}")
    console.print(f"Explore in the browser: polemos serve --db {path}   (or polemos demo --serve; "
                  f"then open http://127.0.0.1:8000)")
    console.print(f"More: polemos events --db {path} | polemos contradictions --db {path} | "
                  f"polemos export events --format acled --db {path}")
    return path
