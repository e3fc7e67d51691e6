"""The one actor network and its one layout.

`build_graph` makes a networkx MultiDiGraph: actors as nodes (kind, country, mentions, events,
fatalities), relations and event interactions as typed, weighted edges keyed by type (actor1 ->
actor2), each with first/last dates and sources; canonical events count once. The GraphML/GEXF
export, the brief's drawing and the web page all read it. `layout` places it (a seeded force layout,
so the same graph is always drawn the same way) and places labels where they overlap nothing.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..query import EventFilter

# actor kind of a name missing from the actor table, from its ACLED type
_KIND_OF_INTER = {1: "state_force", 2: "armed_group", 3: "armed_group", 4: "armed_group", 5: "civilians",
                  6: "civilians", 7: "civilians", 8: "organisation"}
KINDS = ("armed_group", "state_force", "state", "person", "civilians", "organisation", "igo", "unknown")


def actor_kind(name: str, kinds: dict[str, str]) -> str:
    """The kind of an actor: stored, else inferred from its ACLED name (Civilians (X) -> civilians...)."""
    from ..export.acled import inter_code
    return kinds.get(name) or _KIND_OF_INTER.get(inter_code(name, kinds) or 0, "unknown")


def _node(g: nx.MultiDiGraph, name: str, kinds: dict[str, str]) -> dict[str, Any]:
    if name not in g:
        g.add_node(name, label=name, kind=actor_kind(name, kinds), country="", actor_id="", mentions=0, events=0,
                   fatalities=0)
    return g.nodes[name]


def _bump(g: nx.MultiDiGraph, a: str, b: str, etype: str, when: str | None, sources: list[str],
          fatalities: int = 0) -> None:
    if not g.has_edge(a, b, key=etype):
        g.add_edge(a, b, key=etype, relation=etype, weight=0, fatalities=0, first="", last="", sources="")
    e = g.edges[a, b, etype]
    e["weight"] += 1
    e["fatalities"] += fatalities
    if when:
        e["first"] = min(e["first"] or when, when)
        e["last"] = max(e["last"], when)
    have = [s for s in e["sources"].split("; ") if s]
    e["sources"] = "; ".join(have + [s for s in sources if s and s not in have])


def build_graph(store, f: EventFilter | None = None) -> nx.MultiDiGraph:
    """The actor network of the selected canonical events, with the relations stated in their documents
    (all relations when nothing is selected)."""
    from ..export.records import actor_kinds
    kinds = actor_kinds(store)
    g = nx.MultiDiGraph(name="Polemos actor network")
    docs: set[str] = set()
    for ev in store.iter_events(f):
        docs |= {r.doc_id for r in ev.reports}
        pair = [n for n in (ev.actor1, ev.actor2) if n]
        for name in pair:
            node = _node(g, name, kinds)
            node["events"] += 1
            node["fatalities"] += int(ev.fatalities_acled or 0)
        if len(pair) == 2 and pair[0] != pair[1]:
            _bump(g, pair[0], pair[1], "event", ev.date.value if ev.date else None, ev.sources,
                  int(ev.fatalities_acled or 0))
    meta = store.document_meta()
    for rel in store.relations():
        if f and (rel["doc_id"] not in docs or not _involves(rel, f)):
            continue
        doc = meta.get(rel["doc_id"])
        when = rel.get("valid_from") or (doc.published.isoformat() if doc and doc.published else None)
        for name in (rel["actor1"], rel["actor2"]):
            _node(g, name, kinds)
        _bump(g, rel["actor1"], rel["actor2"], rel["relation"], when,
              [(doc.publisher if doc else None) or rel["doc_id"]])
    for a in store.actors():
        if a["name"] in g:
            g.nodes[a["name"]].update(country=a.get("country") or "", actor_id=a["actor_id"],
                                      mentions=int(a.get("total_mentions") or 0))
    return g


def _involves(rel: dict[str, Any], f: EventFilter) -> bool:
    return not f.actors or any(rel[k] in m.names for m in f.actors for k in ("actor1", "actor2"))


def edge_summary(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """The edges as flat records (actor1, actor2, relation, weight, first, last, sources), heaviest first."""
    rows = [dict(actor1=a, actor2=b, **data) for a, b, data in g.edges(data=True)]
    return sorted(rows, key=lambda r: (-r["weight"], r["relation"], r["actor1"], r["actor2"]))


# ---- the one layout -------------------------------------------------------------------------
@dataclass
class Drawing:
    """A laid-out network: node and edge geometry in a width x height box, labels placed without overlap."""

    width: int
    height: int
    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    hidden: int = 0                       # actors not drawn (beyond the limit or filtered out)


def select(g: nx.MultiDiGraph, kinds: set[str] | None = None, relations: set[str] | None = None,
           limit: int = 150) -> nx.MultiDiGraph:
    """The part of the graph to draw: chosen kinds and relations, the `limit` most connected actors."""
    h = nx.MultiDiGraph()
    for a, b, k, d in g.edges(keys=True, data=True):
        if relations and k not in relations:
            continue
        if kinds and not (g.nodes[a]["kind"] in kinds and g.nodes[b]["kind"] in kinds):
            continue
        h.add_edge(a, b, key=k, **d)
    for n, d in g.nodes(data=True):
        if n in h or (not relations and (not kinds or d["kind"] in kinds) and d.get("events")):
            h.add_node(n, **d)
    if h.number_of_nodes() > limit:
        score = {n: h.degree(n, weight="weight") + h.nodes[n].get("events", 0) for n in h}
        keep = sorted(h, key=lambda n: (-score[n], n))[:limit]
        h = h.subgraph(keep).copy()
    return h


def layout(g: nx.MultiDiGraph, width: int = 960, height: int = 640, font: float = 11.0) -> Drawing:
    """Seeded force-directed positions fitted to the box; node radius by events and links; each label
    beside its node where it overlaps no other label or node (else it is left to the tooltip)."""
    out = Drawing(width, height)
    if not g:
        return out
    simple = nx.Graph()
    simple.add_nodes_from(g)
    for a, b, d in g.edges(data=True):
        w = simple.get_edge_data(a, b, {}).get("weight", 0) + d.get("weight", 1)
        simple.add_edge(a, b, weight=w)
    pos = _packed(simple, width / height)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    pad = 40
    sx = (width - 2 * pad) / ((max(xs) - min(xs)) or 1)
    sy = (height - 2 * pad) / ((max(ys) - min(ys)) or 1)
    at = {n: (pad + (p[0] - min(xs)) * sx, pad + (p[1] - min(ys)) * sy) for n, p in pos.items()}
    degree = dict(simple.degree(weight="weight"))
    for n in g:
        d = g.nodes[n]
        r = 4 + 2.2 * math.sqrt(d.get("events", 0) + degree.get(n, 0))
        out.nodes.append({"id": n, "x": round(at[n][0], 1), "y": round(at[n][1], 1), "r": round(min(r, 22), 1),
                          "kind": d.get("kind", "unknown"), "events": d.get("events", 0), "degree": degree.get(n, 0),
                          "label": None})
    for a, b, key, d in g.edges(keys=True, data=True):
        out.edges.append({"source": a, "target": b, "relation": key, "weight": d.get("weight", 1),
                          "x1": round(at[a][0], 1), "y1": round(at[a][1], 1),
                          "x2": round(at[b][0], 1), "y2": round(at[b][1], 1), "first": d.get("first"),
                          "last": d.get("last"), "sources": d.get("sources", "")})
    _place_labels(out, font)
    return out


def _packed(g: nx.Graph, aspect: float) -> dict[str, tuple[float, float]]:
    """Each connected part laid out on its own (seeded force layout) in a square sized by its actors, the
    squares packed row by row, largest first: no part is flung to a corner of an empty box."""
    parts = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    sides = [math.sqrt(len(c)) for c in parts]
    row_limit = max(max(sides), math.sqrt(sum(s * s for s in sides) * aspect))
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for part, side in zip(parts, sides):
        if x > 0 and x + side > row_limit + 1e-9:
            x, y, row_h = 0.0, y + row_h, 0.0
        sub = g.subgraph(part)
        local = nx.spring_layout(sub, k=1.6 / math.sqrt(len(part)), iterations=200, seed=7, weight=None) \
            if len(part) > 1 else {next(iter(part)): (0.0, 0.0)}
        lx, ly = [p[0] for p in local.values()], [p[1] for p in local.values()]
        w, h = (max(lx) - min(lx)) or 1, (max(ly) - min(ly)) or 1
        for n, (px, py) in local.items():
            pos[n] = (x + side * (0.1 + 0.8 * (px - min(lx)) / w), y + side * (0.1 + 0.8 * (py - min(ly)) / h))
        x, row_h = x + side, max(row_h, side)
    return pos


def _place_labels(d: Drawing, font: float) -> None:
    """Greedy: biggest nodes first; try right, left, above, below; keep a label only where it is free."""
    boxes = [(n["x"] - n["r"], n["y"] - n["r"], n["x"] + n["r"], n["y"] + n["r"]) for n in d.nodes]
    for n in sorted(d.nodes, key=lambda n: (-n["r"], n["id"])):
        text = n["id"] if len(n["id"]) <= 34 else n["id"][:32] + "…"
        w, h = 0.58 * font * len(text), font + 2
        x, y, r = n["x"], n["y"], n["r"]
        for lx, ly, anchor in ((x + r + 3, y + h / 3, "start"), (x - r - 3, y + h / 3, "end"),
                               (x, y - r - 4, "middle"), (x, y + r + h, "middle")):
            left = lx if anchor == "start" else lx - w if anchor == "end" else lx - w / 2
            box = (left, ly - h + 2, left + w, ly + 2)
            if box[0] < 0 or box[2] > d.width or box[1] < 0 or box[3] > d.height:
                continue
            if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes):
                continue
            n["label"] = {"text": text, "x": round(lx, 1), "y": round(ly, 1), "anchor": anchor}
            boxes.append(box)
            break
