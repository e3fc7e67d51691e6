"""Terminal tables of what the store holds (read-only)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table


def console() -> Console:
    """Full width on a terminal; 150 columns when the output is a file or a pipe."""
    import sys
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 150)


def documents_table(docs) -> None:
    """Print stored documents (`KnowledgeBase.documents()`)."""
    table = Table(title="Documents", show_lines=False)
    for col in ("doc_id", "title", "publisher", "published", "date from", "words"):
        table.add_column(col, overflow="fold", justify="right" if col == "words" else "left")
    for d in docs:
        table.add_row(d.doc_id, (d.title or "")[:60], d.publisher or "", d.published.isoformat() if d.published else "",
                      d.published_source or "unknown", str(d.words))
    console().print(table)


def actors_table(actors, limit: int = 60) -> None:
    """Print actors met in the texts (`KnowledgeBase.actors()`), most mentioned first."""
    table = Table(title="Actors")
    for col in ("actor", "kind", "names seen", "documents", "mentions"):
        table.add_column(col, overflow="fold")
    for a in actors[:limit]:
        if not a.total_mentions:
            continue
        name = a.name + (" [dim](provisional)[/dim]" if a.provisional else "")
        table.add_row(name, a.kind or "", ", ".join(a.aliases_seen[:6]), str(len(a.mentions)), str(a.total_mentions))
    console().print(table)
