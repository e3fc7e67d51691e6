"""`polemos demo`: the bundled reference corpus, ingested into a fresh store and summarised."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from rich.console import Console

DEMO_DIR = Path("polemos-demo")


def corpus_path() -> Path:
    """The bundled example corpus: five articles on the Taliban and ISIS-K (2021-2024)."""
    return Path(str(resources.files("polemos") / "examples" / "reference.jsonl"))


def run_demo(db: str | None = None) -> Path:
    from .pipeline import ingest
    from .store import open_store
    from .views.tables import actors_table, documents_table
    from .views.summary import events_table

    console = Console()
    if db is None:
        DEMO_DIR.mkdir(exist_ok=True)
        path = DEMO_DIR / "demo.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        db = str(path)
    console.print(f"[bold]Polemos demo[/bold]: ingesting {corpus_path().name} into {db}")
    store = open_store(db)
    report = ingest(store, [str(corpus_path())])
    console.print(report.summary())
    documents_table(store)
    actors_table(store, limit=15)
    events_table(store)
    counts = store.counts()
    console.print(f"Stored: {counts['documents']} documents, {counts['mentions']} mentions, "
                  f"{counts['events']} events, {counts['claims']} claims, {counts['relations']} relations.")
    from .views.brief import write_brief
    brief = Path(db).with_name("brief.html")
    write_brief(store, str(brief), "html")
    console.print(f"\n[bold]Situation brief[/bold] (self-contained, opens offline): {brief.resolve()}")
    console.print(f"Explore in the browser: polemos serve --db {db}   (or polemos demo --serve; "
                  f"then open http://127.0.0.1:8000)")
    console.print(f"More: polemos events --db {db} | polemos contradictions --db {db} | "
                  f"polemos export events --format acled --db {db}")
    return Path(db)
