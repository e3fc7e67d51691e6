"""Server-side SVG charts for the brief: the timeline of events by type with fatalities, and the actor network."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from .svg import EVENT_COLOURS, KIND_COLOURS, RELATION_STYLES, colour_of, esc, num, svg_open


def _event_day(rec: dict[str, Any]) -> date | None:
    """The day an event is plotted on: its day, or mid-month/mid-week; None when vaguer than a month."""
    value, prec = rec.get("event_date") or "", rec.get("date_precision")
    try:
        if len(value) >= 10 and prec in ("day", "week", None):
            return date.fromisoformat(value[:10])
        if len(value) >= 7 and prec in ("month", "day", "week"):
            return date(int(value[:4]), int(value[5:7]), 15)
    except ValueError:
        return None
    return None


def _bucket(day: date, unit: str) -> date:
    if unit == "day":
        return day
    if unit == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _next(b: date, unit: str) -> date:
    if unit == "day":
        return b + timedelta(days=1)
    if unit == "week":
        return b + timedelta(days=7)
    return (b.replace(day=28) + timedelta(days=4)).replace(day=1)


def _label(b: date, unit: str) -> str:
    return f"{b:%b %Y}" if unit == "month" else f"{b.day} {b:%b}"


def timeline_svg(records: list[dict[str, Any]], width: int = 960, height: int = 270) -> str:
    """Stacked bars of events per day/week/month by event type, with total fatalities as a line."""
    dated = [(d, r) for r in records if (d := _event_day(r))]
    if not dated:
        return '<p class="muted">No event is dated precisely enough for a timeline.</p>'
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = (last - first).days
    unit = "day" if span <= 40 else "week" if span <= 270 else "month"
    buckets = [_bucket(first, unit)]
    while buckets[-1] < _bucket(last, unit):
        buckets.append(_next(buckets[-1], unit))
    counts: dict[date, Counter] = defaultdict(Counter)
    deaths: Counter = Counter()
    for d, r in dated:
        counts[_bucket(d, unit)][r.get("event_type")] += 1
        deaths[_bucket(d, unit)] += int(r.get("fatalities") or 0)
    left, right, top, bottom = 44, 48, 26, 58
    pw, ph = width - left - right, height - top - bottom
    max_n = nice_max(max(sum(c.values()) for c in counts.values()))
    max_f = nice_max(max(deaths.values()))
    step = pw / len(buckets)
    bar = max(2.0, min(step * 0.72, 38))
    out = [svg_open(width, height, f"Events per {unit} by type, with fatalities")]
    out += _axes(left, top, pw, ph, max_n, max_f, width)
    label_every = max(1, math.ceil(len(buckets) / 12))
    points = []
    for i, b in enumerate(buckets):
        x = left + step * i + (step - bar) / 2
        y = top + ph
        for etype in list(EVENT_COLOURS) + sorted({t for t in counts[b] if t not in EVENT_COLOURS}, key=str):
            n = counts[b].get(etype, 0)
            if not n:
                continue
            h = ph * n / max_n
            y -= h
            out.append(f'<rect x="{num(x)}" y="{num(y)}" width="{num(bar)}" height="{num(h)}" '
                       f'fill="{colour_of(etype)}"><title>{esc(_label(b, unit))}: {n} × {esc(etype)}</title></rect>')
        points.append((left + step * i + step / 2, top + ph - ph * deaths[b] / max_f, deaths[b], b))
        if i % label_every == 0:
            out.append(f'<text x="{num(left + step * i + step / 2)}" y="{top + ph + 14}" font-size="10" '
                       f'text-anchor="middle" fill="#555">{esc(_label(b, unit))}</text>')
    out.append('<polyline fill="none" stroke="#111" stroke-width="1.6" points="'
               + " ".join(f"{num(x)},{num(y)}" for x, y, *_ in points) + '"/>')
    for x, y, f, b in points:
        out.append(f'<circle cx="{num(x)}" cy="{num(y)}" r="2.6" fill="#111"><title>{esc(_label(b, unit))}: '
                   f'{f} killed</title></circle>')
    out.append(_type_legend(left, height - 18, {r.get("event_type") for _, r in dated}))
    out.append("</svg>")
    return "".join(out)


def nice_max(value: float, ticks: int = 4) -> int:
    """The smallest round axis maximum >= value that divides into `ticks` whole steps (1, 2, 5 x 10^k)."""
    value = max(value, 1)
    step = 10 ** math.floor(math.log10(value / ticks)) if value >= ticks else 1
    for mult in (1, 2, 2.5, 5, 10):
        s = step * mult
        if s == int(s) and s * ticks >= value:
            return int(s * ticks)
    return int(step * 10 * ticks)


def _axes(left, top, pw, ph, max_n, max_f, width) -> list[str]:
    out = []
    for k in range(5):
        y = top + ph - ph * k / 4
        out.append(f'<line x1="{left}" x2="{left + pw}" y1="{num(y)}" y2="{num(y)}" stroke="#e6e6e6"/>')
        out.append(f'<text x="{left - 6}" y="{num(y + 3)}" font-size="10" text-anchor="end" fill="#555">'
                   f'{max_n * k // 4}</text>')
        out.append(f'<text x="{left + pw + 6}" y="{num(y + 3)}" font-size="10" fill="#111">'
                   f'{max_f * k // 4}</text>')
    out.append(f'<text x="{left - 6}" y="{top - 12}" font-size="10" text-anchor="end" fill="#555">events</text>')
    out.append(f'<text x="{left + pw + 6}" y="{top - 12}" font-size="10" fill="#111">killed</text>')
    out.append(f'<line x1="{left}" x2="{left + pw}" y1="{top + ph}" y2="{top + ph}" stroke="#888"/>')
    return out


def _type_legend(x: float, y: float, present: set) -> str:
    out = []
    for etype, colour in EVENT_COLOURS.items():
        if etype not in present:
            continue
        out.append(f'<rect x="{num(x)}" y="{num(y - 9)}" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{num(x + 14)}" y="{num(y)}" font-size="10.5" fill="#333">{esc(etype)}</text>')
        x += 22 + 6.1 * len(etype)
    out.append(f'<line x1="{num(x)}" x2="{num(x + 16)}" y1="{num(y - 4)}" y2="{num(y - 4)}" stroke="#111" '
               f'stroke-width="1.6"/><text x="{num(x + 20)}" y="{num(y)}" font-size="10.5" fill="#333">fatalities</text>')
    return "".join(out)


def network_svg(nodes: dict[str, dict[str, Any]], edges: list[dict[str, Any]], width: int = 960,
                max_nodes: int = 36) -> str:
    """Actors as circles (size: events, colour: kind), relations as styled lines; deterministic layout.

    The `max_nodes` actors with most events and links are drawn (the rest are in the exports)."""
    if not nodes:
        return '<p class="muted">No actors in the selection.</p>'
    if len(nodes) > max_nodes:
        links: Counter = Counter()
        for e in edges:
            links[e["actor1"]] += 1
            links[e["actor2"]] += 1
        keep = sorted(nodes, key=lambda n: (-(nodes[n].get("events", 0) * 2 + links[n]), n))[:max_nodes]
        nodes = {n: nodes[n] for n in keep}
        edges = [e for e in edges if e["actor1"] in nodes and e["actor2"] in nodes]
    height = max(400, 26 * math.ceil(len(nodes) / 2) + 120)
    pos = circle_layout(nodes, edges, width / 2, (height - 50) / 2, width / 2 - 250, (height - 50) / 2 - 20)

    def at(name):
        return pos[name]

    out = [svg_open(width, height, "Actor network")]
    for e in sorted(edges, key=lambda e: e["relation"] == "event", reverse=True):
        colour, dash, label = RELATION_STYLES.get(e["relation"], ("#777", "3 3", e["relation"]))
        (x1, y1), (x2, y2) = at(e["actor1"]), at(e["actor2"])
        w = 1.2 + min(e.get("weight", 1), 6) * 0.6
        out.append(f'<line x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}" stroke="{colour}" '
                   f'stroke-width="{num(w)}" stroke-dasharray="{dash}" stroke-opacity="0.8"><title>'
                   f'{esc(e["actor1"])} — {esc(label)} — {esc(e["actor2"])} ({e.get("weight", 1)})</title></line>')
    for name in sorted(nodes, key=lambda n: -nodes[n].get("events", 0)):
        x, y = at(name)
        n = nodes[name]
        r = 5 + 4 * math.sqrt(n.get("events", 0))
        out.append(f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" fill="{KIND_COLOURS.get(n.get("kind"), "#888")}" '
                   f'stroke="#fff" stroke-width="1.5"><title>{esc(name)}: {n.get("events", 0)} events</title></circle>')
        short = name if len(name) <= 40 else name[:38] + "…"
        cx = width / 2
        anchor = "start" if x > cx + 5 else "end" if x < cx - 5 else "middle"
        dx = r + 5 if anchor == "start" else -(r + 5) if anchor == "end" else 0
        dy = 4 if anchor != "middle" else (r + 12 if y > (height - 50) / 2 else -(r + 5))
        out.append(f'<text x="{num(x + dx)}" y="{num(y + dy)}" font-size="11" text-anchor="{anchor}" '
                   f'fill="#222" stroke="#fff" stroke-width="3" paint-order="stroke">{esc(short)}</text>')
    out.append(_network_legend(height - 36, {e["relation"] for e in edges}, {n.get("kind") for n in nodes.values()}))
    out.append("</svg>")
    return "".join(out)


def circle_layout(nodes: dict[str, dict[str, Any]], edges: list[dict[str, Any]], cx: float, cy: float,
                  rx: float, ry: float) -> dict[str, tuple[float, float]]:
    """Actors on an ellipse, grouped by kind then by weight, so linked groups sit together; deterministic."""
    degree: Counter = Counter()
    for e in edges:
        degree[e["actor1"]] += e.get("weight", 1)
        degree[e["actor2"]] += e.get("weight", 1)
    kinds = list(KIND_COLOURS)
    order = sorted(nodes, key=lambda n: (kinds.index(nodes[n].get("kind")) if nodes[n].get("kind") in kinds
                                         else len(kinds), -nodes[n].get("events", 0) - degree[n], n))
    pos = {}
    half = math.ceil(len(order) / 2)
    sides = (order[:half], order[half:][::-1])          # right side top-down, left side bottom-up
    for side, names in zip((1, -1), sides):
        for i, name in enumerate(names):
            y = cy - ry + (i + 0.5) * 2 * ry / max(len(names), 1)
            x = cx + side * rx * math.sqrt(max(0.0, 1 - ((y - cy) / ry) ** 2)) * 0.9 + side * rx * 0.1
            pos[name] = (x, y)
    return pos


def _network_legend(y: float, relations: set, kinds: set) -> str:
    out, x = [], 12.0
    for kind, colour in KIND_COLOURS.items():
        if kind in kinds:
            label = kind.replace("_", " ")
            out.append(f'<circle cx="{num(x + 5)}" cy="{num(y - 4)}" r="5" fill="{colour}"/>'
                       f'<text x="{num(x + 14)}" y="{num(y)}" font-size="10.5" fill="#333">{esc(label)}</text>')
            x += 24 + 6 * len(label)
    x, y = 12.0, y + 18
    for rel, (colour, dash, label) in RELATION_STYLES.items():
        if rel in relations:
            out.append(f'<line x1="{num(x)}" x2="{num(x + 22)}" y1="{num(y - 4)}" y2="{num(y - 4)}" stroke="{colour}" '
                       f'stroke-width="2" stroke-dasharray="{dash}"/><text x="{num(x + 26)}" y="{num(y)}" '
                       f'font-size="10.5" fill="#333">{esc(label)}</text>')
            x += 36 + 6 * len(label)
    return "".join(out)
