"""The SVG charts every output draws (the brief inline, the web pages as the same markup): the timeline
on a real time axis and the laid-out actor network. Text is escaped (svg.esc)."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Any

from .svg import EVENT_COLOURS, KIND_COLOURS, RELATION_STYLES, colour_of, esc, num, svg_open, type_legend


def _month_index(period: str) -> int:
    return int(period[:4]) * 12 + int(period[5:7]) - 1


def _month_label(k: int) -> str:
    from datetime import date
    return f"{date(k // 12, k % 12 + 1, 1):%b %Y}"


def nice_max(value: float, ticks: int = 4) -> int:
    """The smallest round axis maximum >= value that divides into `ticks` whole steps (1, 2, 5 x 10^k)."""
    value = max(value, 1)
    step = 10 ** math.floor(math.log10(value / ticks)) if value >= ticks else 1
    for mult in (1, 2, 2.5, 5, 10):
        s = step * mult
        if s == int(s) and s * ticks >= value:
            return int(s * ticks)
    return int(step * 10 * ticks)


def timeline_svg(t: dict[str, Any], width: int = 960, height: int = 300, link: str | None = None) -> str:
    """Events per month stacked by type (left axis) with fatalities (line, right axis) on a continuous
    month axis; events known only to a year or decade as labelled spans above it. `link`: a URL with
    '{month}' in it for each month's bars (the web page links them to the month's events)."""
    months, spans = t.get("months", []), t.get("spans", [])
    if not months and not spans:
        return '<p class="muted">No dated event in this selection.</p>'
    ks = [_month_index(p) for p, *_ in months] + [int(p[:4]) * 12 for p, *_ in spans] + \
         [int(p[:4]) * 12 + (119 if p.endswith("s") else 11) for p, *_ in spans]
    lo, hi = min(ks), max(ks)
    left, right, top, bottom = 44, 48, 40 if spans else 16, 52
    pw, ph = width - left - right, height - top - bottom
    slot = pw / (hi - lo + 1)
    counts: dict[int, Counter] = defaultdict(Counter)
    dead: Counter = Counter()
    for period, etype, n, d in months:
        counts[_month_index(period)][etype] += n
        dead[_month_index(period)] += d
    max_n = nice_max(max((sum(c.values()) for c in counts.values()), default=1))
    max_f = nice_max(max(dead.values(), default=1))
    out = [svg_open(width, height, "Events per month by type, with fatalities; year-only events as spans"),
           '<g class="axis">']
    for i in range(5):
        y = top + ph - ph * i / 4
        out.append(f'<line x1="{left}" x2="{left + pw}" y1="{num(y)}" y2="{num(y)}" stroke="#e6e6e6"/>'
                   f'<text x="{left - 6}" y="{num(y + 3)}" font-size="10" text-anchor="end" fill="#555">'
                   f'{max_n * i // 4}</text><text x="{left + pw + 6}" y="{num(y + 3)}" font-size="10" fill="#111">'
                   f'{max_f * i // 4}</text>')
    step = max(1, math.ceil((hi - lo + 1) / 10))
    for k in range(lo, hi + 1):
        if (k - lo) % step == 0:
            x = left + slot * (k - lo)
            out.append(f'<line x1="{num(x)}" x2="{num(x)}" y1="{top + ph}" y2="{top + ph + 4}" stroke="#888"/>'
                       f'<text x="{num(x + 2)}" y="{top + ph + 16}" font-size="10" fill="#555">'
                       f'{esc(_month_label(k))}</text>')
    out.append(f'<line x1="{left}" x2="{left + pw}" y1="{top + ph}" y2="{top + ph}" stroke="#888"/></g>')
    bar = max(1.5, min(slot * 0.8, 36))
    for k, c in sorted(counts.items()):
        x, y = left + slot * (k - lo) + (slot - bar) / 2, top + ph
        label = _month_label(k)
        href = link.replace("{month}", f"{k // 12:04d}-{k % 12 + 1:02d}") if link else None
        out.append(f'<a href="{esc(href)}">' if href else "<g>")
        for etype in list(EVENT_COLOURS) + sorted(set(c) - set(EVENT_COLOURS)):
            if c.get(etype):
                h = ph * c[etype] / max_n
                y -= h
                out.append(f'<rect class="bar" x="{num(x)}" y="{num(y)}" width="{num(bar)}" height="{num(h)}" '
                           f'fill="{colour_of(etype)}"><title>{esc(label)}: {c[etype]} × {esc(etype)}</title></rect>')
        out.append("</a>" if href else "</g>")
    points = [(left + slot * (k - lo) + slot / 2, top + ph - ph * dead[k] / max_f) for k in sorted(counts)]
    if points:
        out.append('<polyline fill="none" stroke="#111" stroke-width="1.4" points="'
                   + " ".join(f"{num(x)},{num(y)}" for x, y in points) + '"/>')
    for i, (period, etype, n) in enumerate(spans):
        first = int(period[:4]) * 12
        last = first + (119 if period.endswith("s") else 11)
        x0, x1 = left + slot * (first - lo), left + slot * (last - lo + 1)
        y = 4 + (i % 3) * 11
        out.append(f'<rect class="span" x="{num(x0)}" y="{y}" width="{num(max(x1 - x0, 2))}" height="9" '
                   f'fill="{colour_of(etype)}" fill-opacity="0.35" stroke="{colour_of(etype)}">'
                   f'<title>{n} × {esc(etype)} known only to {esc(period)}</title></rect>'
                   f'<text x="{num(x0 + 3)}" y="{y + 8}" font-size="8.5" fill="#222">{esc(period)}: {n}</text>')
    if t.get("undated"):
        out.append(f'<text x="{width - 6}" y="{height - 6}" font-size="10" text-anchor="end" fill="#6a7380">'
                   f'{t["undated"]} undated event(s) not drawn</text>')
    out.append(type_legend(left, height - 6, {e for _, e, *_ in months} | {e for _, e, _ in spans}))
    out.append("</svg>")
    return "".join(out)


def network_svg(d, element_id: str | None = None) -> str:
    """A laid-out network (views.network.Drawing): nodes coloured by kind and sized by activity, edges
    styled by relation with arrows (actor1 -> actor2), labels only where they fit (all in tooltips)."""
    if d is None or not d.nodes:
        return '<p class="muted">No actors in the selection.</p>'
    ident = f' id="{esc(element_id)}"' if element_id else ""
    out = [svg_open(d.width, d.height, "Actor network").replace("<svg ", f'<svg{ident} class="network" ', 1), "<defs>"]
    for rel, (colour, _dash, _label) in RELATION_STYLES.items():
        out.append(f'<marker id="arrow-{rel}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" '
                   f'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="{colour}"/></marker>')
    out.append('</defs><g class="edges">')
    radius = {n["id"]: n["r"] for n in d.nodes}
    for e in sorted(d.edges, key=lambda e: e["relation"] == "event", reverse=True):
        colour, dash, label = RELATION_STYLES.get(e["relation"], ("#777", "3 3", e["relation"]))
        x1, y1, x2, y2 = e["x1"], e["y1"], e["x2"], e["y2"]
        length = math.hypot(x2 - x1, y2 - y1) or 1
        cut = radius.get(e["target"], 4) + 2
        x2, y2 = x2 - (x2 - x1) * cut / length, y2 - (y2 - y1) * cut / length
        out.append(f'<line class="edge r-{esc(e["relation"])}" data-source="{esc(e["source"])}" '
                   f'data-target="{esc(e["target"])}" data-relation="{esc(e["relation"])}" '
                   f'x1="{num(x1)}" y1="{num(y1)}" '
                   f'x2="{num(x2)}" y2="{num(y2)}" stroke="{colour}" '
                   f'stroke-width="{num(1 + min(e["weight"], 6) * 0.5)}" '
                   f'stroke-dasharray="{dash}" stroke-opacity="0.75" marker-end="url(#arrow-{esc(e["relation"])})">'
                   f'<title>{esc(e["source"])} → {esc(label)} → {esc(e["target"])} ({e["weight"]})</title></line>')
    out.append('</g><g class="nodes">')
    for n in d.nodes:
        colour = KIND_COLOURS.get(n["kind"], "#888")
        out.append(f'<g class="node k-{esc(n["kind"])}" data-id="{esc(n["id"])}" data-kind="{esc(n["kind"])}" '
                   f'transform="translate({num(n["x"])},{num(n["y"])})"><circle r="{num(n["r"])}" fill="{colour}" '
                   f'stroke="#fff" stroke-width="1.5"/><title>{esc(n["id"])}: {n["events"]} event(s), '
                   f'{n["degree"]} link(s)</title></g>')
    out.append('</g><g class="labels">')
    for n in d.nodes:
        lab = n.get("label")
        if lab:
            out.append(f'<text class="label" data-for="{esc(n["id"])}" x="{num(lab["x"])}" y="{num(lab["y"])}" '
                       f'font-size="11" text-anchor="{lab["anchor"]}" fill="#222" stroke="#fff" stroke-width="3" '
                       f'paint-order="stroke">{esc(lab["text"])}</text>')
    out.append("</g></svg>")
    return "".join(out)


def network_legend(d) -> list[dict[str, str]]:
    """The kinds and relations a drawing uses, with their colours, for a legend."""
    kinds = {n["kind"] for n in d.nodes} if d else set()
    rels = {e["relation"] for e in d.edges} if d else set()
    return ([{"kind": "node", "key": k, "name": k.replace("_", " "), "colour": c} for k, c in KIND_COLOURS.items()
             if k in kinds]
            + [{"kind": "edge", "key": r, "name": s[2], "colour": s[0], "dash": s[1]}
               for r, s in RELATION_STYLES.items() if r in rels])
