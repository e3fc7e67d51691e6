"""The situation brief: one self-contained HTML page (inline CSS and SVG, nothing fetched) or Markdown.

    render_brief(store, fmt="html", country=None, actor=None, since=None, until=None) -> str
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..errors import PolemosError
from .brief_data import BriefData, Filters, gather
from .brief_drivers import drivers_markdown, drivers_summary
from .charts import network_svg, timeline_svg
from .geomap import map_svg
from .svg import colour_of

HERE = Path(__file__).resolve().parent
FORMATS = ("html", "md")


def figure(low: Any, high: Any, best: Any = None) -> str:
    """A figure as a reader wants it: '6', '6–8', '170+' (open-ended: 'more than 170'), 'up to 20', or '—'."""
    if low is None and high is None:
        return "—" if best is None else str(best)
    if high is None:
        return f"{low}+"
    if low is None:
        return f"up to {high}"
    return str(low) if low == high else f"{low}–{high}"


def nice_date(value: str | None, precision: str | None = None) -> str:
    """'10 Mar 2024', 'Feb 2024', '2015' from an ISO date of any precision."""
    if not value:
        return "undated"
    parts = value[:10].split("-")
    try:
        if len(parts) == 3 and precision not in ("month", "year"):
            d = date(*map(int, parts))
            return f"{d.day} {d:%b %Y}" + (" (week)" if precision == "week" else "")
        if len(parts) >= 2 and precision != "year":
            return f"{date(int(parts[0]), int(parts[1]), 1):%b %Y}"
    except ValueError:
        return value
    return parts[0]


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(figure=figure, nice_date=nice_date)
    env.globals.update(figure=figure, colour_of=colour_of)
    return env


def highlights(data: BriefData) -> list[str]:
    """A few plain-language key points computed from the data (deadliest event, most active actor...)."""
    out = []
    if data.events:
        worst = max(data.events, key=lambda e: (e.get("fatalities") or 0, e.get("event_date") or ""))
        if worst.get("fatalities"):
            where = worst.get("location") or worst.get("admin1") or worst.get("country")
            when = (f"on {nice_date(worst.get('event_date'), worst.get('date_precision'))}"
                    if worst.get("event_date") else "(date not reported)")
            out.append(f"Deadliest event: {(worst.get('sub_event_type') or worst['event_type']).lower()} in {where} "
                       f"{when}, "
                       f"{worst['fatalities']} killed ({len(worst['reports'])} report(s)).")
    active = sorted(((n["events"], name) for name, n in data.nodes.items() if n["kind"] not in ("civilians",)),
                    reverse=True)
    if active and active[0][0]:
        out.append(f"Most active actor: {active[0][1]}, involved in {active[0][0]} of {len(data.events)} events.")
    by_type: dict[str, int] = {}
    for e in data.events:
        by_type[e["event_type"]] = by_type.get(e["event_type"], 0) + 1
    if by_type:
        out.append("By type: " + "; ".join(f"{t} {n}" for t, n in sorted(by_type.items(), key=lambda kv: -kv[1])) + ".")
    civ = sum(1 for e in data.events if any((e.get(k) or "").startswith("Civilians") for k in ("actor1", "actor2")))
    if civ:
        out.append(f"Civilians were targeted in {civ} event(s).")
    if data.contradictions:
        out.append(f"{len(data.contradictions)} point(s) on which sources disagree; see Contradictions.")
    return out


def _context(data: BriefData) -> dict[str, Any]:
    first, last = data.period()
    return {"d": data, "f": data.figures(), "first": first, "last": last,
            "generated": date.today().isoformat(), "scope": data.filters.describe(), "highlights": highlights(data),
            "css": Markup((HERE / "static" / "brief.css").read_text(encoding="utf-8")),
            "timeline": Markup(timeline_svg(data.events)), "map": Markup(map_svg(data.events)),
            "network": Markup(network_svg(data.nodes, data.edges))}


def render_brief(store, fmt: str = "html", country: str | None = None, actor: str | None = None,
                 since: str | None = None, until: str | None = None) -> str:
    """The situation brief of the store (optionally one country, actor or period) as HTML or Markdown."""
    if fmt not in FORMATS:
        raise PolemosError(f"unknown brief format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return _render(gather(store, Filters(country, actor, since, until)), fmt, drivers_summary(store))


def _render(data: BriefData, fmt: str, drivers: dict | None = None) -> str:
    if fmt == "md":
        from .brief_md import markdown
        return markdown(data, highlights(data)) + drivers_markdown(drivers)
    return _env().get_template("brief.html.j2").render(**_context(data), drivers=drivers)


def write_brief(store, out_path, fmt: str = "html", country: str | None = None, actor: str | None = None,
                since: str | None = None, until: str | None = None) -> int:
    """Write the brief to `out_path`; returns the number of canonical events it covers."""
    if fmt not in FORMATS:
        raise PolemosError(f"unknown brief format {fmt!r}; choose one of {', '.join(FORMATS)}")
    data = gather(store, Filters(country, actor, since, until))
    Path(out_path).write_text(_render(data, fmt, drivers_summary(store)), encoding="utf-8")
    return len(data.events)
