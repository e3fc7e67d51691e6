"""The situation brief: one self-contained HTML page (inline CSS and SVG, nothing fetched, a CSP that
allows nothing else) or Markdown, for the events one EventFilter selects.

    render_brief(store, fmt="html", country=None, actor=None, since=None, until=None) -> str
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..errors import PolemosError
from ..query import EventFilter
from ..ranges import Range
from .brief_data import BriefData, gather
from .brief_drivers import drivers_markdown, drivers_summary
from .charts import network_svg, timeline_svg
from .geomap import map_svg
from .network import layout, select
from .safety import BRIEF_CSP, safe_url
from .svg import colour_of

HERE = Path(__file__).resolve().parent
FORMATS = ("html", "md")


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(safe_url=safe_url)
    env.globals.update(colour_of=colour_of, Range=Range)
    return env


def highlights(data: BriefData) -> list[str]:
    """A few plain-language key points computed from the data (deadliest event, most active actor...)."""
    out = []
    if data.events:
        worst = max(data.events, key=lambda e: (e.fatalities_acled or 0, e.date.first if e.date else date.min))
        if worst.fatalities_acled:
            by = f" by {worst.actor1}" if worst.actor1 else ""
            spread = (f"; sources give {worst.fatalities}" if worst.fatalities.known
                      and worst.fatalities.low != worst.fatalities.high else "")
            out.append(f"Deadliest event: {worst.title()}{by}, {worst.fatalities_acled} killed"
                       f"{spread} ({len(worst.reports)} report(s)).")
    g = data.graph
    active = sorted(((d.get("events", 0), n) for n, d in g.nodes(data=True) if d.get("kind") != "civilians"),
                    reverse=True) if g is not None else []
    if active and active[0][0]:
        out.append(f"Most active actor: {active[0][1]}, involved in {active[0][0]} of {len(data.events)} events.")
    by_type: dict[str, int] = {}
    for e in data.events:
        by_type[e.event_type] = by_type.get(e.event_type, 0) + 1
    if by_type:
        out.append("By type: " + "; ".join(f"{t} {n}" for t, n in sorted(by_type.items(), key=lambda kv: -kv[1])) + ".")
    civ = sum(1 for e in data.events if any((a or "").startswith("Civilians") for a in (e.actor1, e.actor2)))
    if civ:
        out.append(f"Civilians were targeted in {civ} event(s).")
    if data.conflicts:
        out.append(f"{len(data.conflicts)} point(s) on which sources contradict each other; see Contradictions.")
    return out


def _context(data: BriefData, timeline: dict[str, Any]) -> dict[str, Any]:
    first, last = data.period()
    drawing = layout(select(data.graph, limit=60), 960, 560) if data.graph is not None else None
    return {"d": data, "f": data.figures(), "first": first, "last": last, "csp": BRIEF_CSP,
            "generated": date.today().isoformat(), "scope": data.filters.describe(), "highlights": highlights(data),
            "css": Markup((HERE / "static" / "brief.css").read_text(encoding="utf-8")),
            "timeline": Markup(timeline_svg(timeline)), "map": Markup(map_svg(data.events)),
            "network": Markup(network_svg(drawing))}


def _filter(country=None, actor=None, since=None, until=None, f: EventFilter | None = None) -> EventFilter:
    return f if f is not None else EventFilter.parse(actor=actor, country=country, since=since, until=until)


def render_brief(store, fmt: str = "html", country: str | None = None, actor: str | None = None,
                 since: str | None = None, until: str | None = None, f: EventFilter | None = None) -> str:
    """The situation brief of the store (optionally one country, actor or period) as HTML or Markdown."""
    if fmt not in FORMATS:
        raise PolemosError(f"unknown brief format {fmt!r}; choose one of {', '.join(FORMATS)}")
    f = _filter(country, actor, since, until, f)
    return _render(gather(store, f), fmt, drivers_summary(store), store.timeline(f))


def _render(data: BriefData, fmt: str, drivers: dict | None = None, timeline: dict | None = None) -> str:
    """The brief's text; `timeline`: the store's month timeline of the same filter (store.timeline)."""
    if fmt == "md":
        from .brief_md import markdown
        return markdown(data, highlights(data)) + drivers_markdown(drivers)
    return _env().get_template("brief.html.j2").render(**_context(data, timeline or {}), drivers=drivers)


def write_brief(store, out_path, fmt: str = "html", country: str | None = None, actor: str | None = None,
                since: str | None = None, until: str | None = None, f: EventFilter | None = None) -> int:
    """Write the brief to `out_path`; returns the number of canonical events it covers."""
    if fmt not in FORMATS:
        raise PolemosError(f"unknown brief format {fmt!r}; choose one of {', '.join(FORMATS)}")
    f = _filter(country, actor, since, until, f)
    data = gather(store, f)
    Path(out_path).write_text(_render(data, fmt, drivers_summary(store), store.timeline(f)), encoding="utf-8")
    return len(data.events)
