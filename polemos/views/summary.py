"""Event and contradiction listings for the terminal, from the same queries as the web and the API."""
from __future__ import annotations

from rich.table import Table

from .tables import console


def events_table(events, limit: int | None = None) -> int:
    """Print a selection of canonical events (`KnowledgeBase.events()`: every report merged, newest first).
    Returns how many it holds."""
    f, total = events.filter, len(events)
    table = Table(title=f"Events ({total}{', ' + f.describe() if f else ''})")
    for col in ("date", "type", "actor1", "actor2", "place", "killed", "sources"):
        table.add_column(col, overflow="fold")
    for ev in events[:limit] if limit is not None else events:
        level = {"country": " (country only)", "admin1": " (province only)"}.get(ev.place.level, "")
        fat = "" if not ev.fatalities.known else f"{ev.fatalities_acled}" + (
            f" ({ev.fatalities})" if ev.fatalities.low != ev.fatalities.high else "")
        more = f" +{len(ev.reports) - 3}" if len(ev.reports) > 3 else ""
        sources = "; ".join(r.cite() for r in ev.reports[:3]) + more
        table.add_row(ev.date.label() if ev.date else "undated", ev.sub_event_type, ev.actor1 or "", ev.actor2 or "",
                      ev.place.label() + level, fat, sources)
    console().print(table)
    return total


def contradictions_list(found, include_variations: bool = False) -> int:
    """Print the conflicts between sources among `found` (`KnowledgeBase.contradictions(include_variations=True)`)
    and, with `include_variations`, the compatible variations."""
    from ..resolve import contradiction_counts

    out = console()
    counts = contradiction_counts(found)
    shown = found if include_variations else [c for c in found if c.severity == "conflict"]
    out.print(f"[bold]Contradictions ({counts['conflicts']})[/bold]"
              + (f", and {counts['variations']} compatible variations" if include_variations
                 else f"  [dim]({counts['variations']} compatible variation(s): --all)[/dim]"))
    for c in shown:
        out.print(f"\n[bold]{c.kind.replace('_', ' ')}[/bold] ({c.severity}) - {c.about or ''}\n  {c.summary}")
        for item in c.items:
            evidence = (item.evidence or "").replace("\n", " ")
            who = item.source or item.attributed_to or item.doc_id
            out.print(f"  [dim]{who} [{item.start}:{item.end}][/dim] {item.value}: {evidence[:150]}")
    return len(shown)
