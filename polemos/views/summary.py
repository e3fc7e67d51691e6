"""Event listings for the terminal, with the filters analysts use."""
from __future__ import annotations

from typing import Any, Iterable

from rich.table import Table

from .tables import console


def filter_events(events: Iterable[dict[str, Any]], actor: str | None = None, event_type: str | None = None,
                  since: str | None = None, until: str | None = None, country: str | None = None) -> list[dict]:
    """Events matching every given filter (case-insensitive substrings; dates compared as ISO prefixes)."""
    def has(value, needle):
        return needle is None or (value is not None and needle.casefold() in str(value).casefold())

    out = []
    for e in events:
        date = e.get("event_date") or ""
        if actor and not (has(e.get("actor1"), actor) or has(e.get("actor2"), actor)):
            continue
        if event_type and not (has(e.get("event_type"), event_type) or has(e.get("sub_event_type"), event_type)):
            continue
        if not has(e.get("country"), country):
            continue
        if since and (not date or date < since[:len(date)]):
            continue
        if until and (not date or date[:len(until)] > until):
            continue
        out.append(e)
    return out


def events_table(store, **filters) -> None:
    events = filter_events(store.events(), **filters)
    table = Table(title=f"Events ({len(events)})")
    for col in ("date", "type", "actor1", "actor2", "place", "fatalities", "doc"):
        table.add_column(col, overflow="fold")
    for e in events:
        place = ", ".join(dict.fromkeys(p for p in (e.get("location"), e.get("admin1"), e.get("country")) if p))
        low, high = e.get("fatalities_low"), e.get("fatalities_high")
        fat = "" if low is None and high is None else (f"{low}" if low == high else f"{low or 0}-{high if high is not None else '?'}")
        table.add_row(e.get("event_date") or "?", e["sub_event_type"], e.get("actor1") or "", e.get("actor2") or "",
                      place, fat, e["doc_id"][:14])
    console().print(table)


def contradictions_list(store) -> None:
    from ..resolve import contradictions

    out = console()
    found = contradictions(store)
    out.print(f"[bold]Contradictions ({len(found)})[/bold]")
    for c in found:
        where = c.get("event") or f"{c.get('subject')} ({c.get('quantity')})"
        out.print(f"\n[bold]{c['kind']}[/bold] - {where}\n  {c['summary']}")
        for item in c["items"]:
            evidence = (item.get("evidence") or "").replace("\n", " ")
            out.print(f"  [dim]{item['doc_id']} [{item.get('start')}:{item.get('end')}][/dim] {evidence[:160]}")
