"""Tiny helpers for writing inline SVG by hand (escaped text, numbers, a shared palette).

The SVG is inlined in HTML5, which needs no xmlns: the page then names no external URL at all.
"""
from __future__ import annotations

from html import escape

EVENT_COLOURS = {
    "Battles": "#b2182b",
    "Explosions/Remote violence": "#e08214",
    "Violence against civilians": "#762a83",
    "Protests": "#2166ac",
    "Riots": "#5aae61",
    "Strategic developments": "#8c8c8c",
}
OTHER_COLOUR = "#bababa"
KIND_COLOURS = {"armed_group": "#b2182b", "state_force": "#2166ac", "state": "#2166ac", "civilians": "#8c6d31",
                "person": "#5e3c99", "organisation": "#4d9221", "igo": "#4d9221", "unknown": "#8c8c8c"}
RELATION_STYLES = {  # colour, dash pattern, label
    "hostile": ("#c0392b", "", "hostile"),
    "rival": ("#c0392b", "4 3", "rival"),
    "cooperative": ("#2e8b57", "", "cooperative"),
    "affiliate_of": ("#2e8b57", "6 3", "affiliate of"),
    "member_of": ("#4a6fa5", "6 3", "member of"),
    "leader_of": ("#4a6fa5", "2 2", "leader of"),
    "defection": ("#e08214", "5 2 1 2", "defection"),
    "event": ("#9a9a9a", "", "met in events"),
}


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def num(x: float) -> str:
    """A compact coordinate: one decimal, no trailing zero."""
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def colour_of(event_type: str | None) -> str:
    return EVENT_COLOURS.get(event_type or "", OTHER_COLOUR)


def svg_open(width: int, height: int, label: str) -> str:
    return (f'<svg viewBox="0 0 {width} {height}" width="100%" '
            f'role="img" aria-label="{esc(label)}" font-family="inherit">')


def type_legend(x: float, y: float, present: set, dot: bool = False) -> str:
    """A legend of the event types present: a square (bars) or a dot (map points) of each type's colour."""
    out = []
    for etype, colour in EVENT_COLOURS.items():
        if etype not in present:
            continue
        mark = (f'<circle cx="{num(x + 4)}" cy="{num(y - 4)}" r="4.5" fill="{colour}"/>' if dot else
                f'<rect x="{num(x)}" y="{num(y - 9)}" width="10" height="10" fill="{colour}"/>')
        out.append(f'{mark}<text x="{num(x + 13)}" y="{num(y)}" font-size="10.5" fill="#333">{esc(etype)}</text>')
        x += 21 + 6 * len(etype)
    return "".join(out)
