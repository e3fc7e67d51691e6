"""The actor network: actors as nodes, relations and event interactions as typed, weighted edges.

Edges are keyed by type in a networkx MultiDiGraph (actor1 -> actor2): one edge per relation type
(hostile, cooperative, defection, member_of...) and one `event` edge per pair that met in events, each
with its weight (supporting documents or events), first/last dates and sources. The edge attribute
is `relation`, not `type`, which GEXF reserves.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from .acled import inter_code
from .canonical import actor_kinds, canonical_records

# actor kind of a name missing from the actor table, from its ACLED type
_KIND_OF_INTER = {1: "state_force", 2: "armed_group", 3: "armed_group", 4: "armed_group", 5: "civilians",
                  6: "civilians", 7: "civilians", 8: "organisation"}
FORMATS = ("graphml", "gexf")


def actor_kind(name: str, kinds: dict[str, str]) -> str:
    """The kind of an actor: stored, else inferred from its ACLED name (Civilians (X) -> civilians...)."""
    return kinds.get(name) or _KIND_OF_INTER.get(inter_code(name, kinds) or 0, "unknown")


def _add_node(g: nx.MultiDiGraph, name: str, kinds: dict[str, str]) -> None:
    if name in g:
        return
    kind = actor_kind(name, kinds)
    g.add_node(name, label=name, kind=kind, country="", actor_id="", mentions=0, events=0, fatalities=0)


def _bump_edge(g: nx.MultiDiGraph, a: str, b: str, etype: str, when: str | None, source: str,
               fatalities: int = 0) -> None:
    if not g.has_edge(a, b, key=etype):
        g.add_edge(a, b, key=etype, relation=etype, weight=0, fatalities=0, first="", last="", sources="")
    e = g.edges[a, b, etype]
    e["weight"] += 1
    e["fatalities"] += fatalities
    if when:
        e["first"] = min(e["first"] or when, when)
        e["last"] = max(e["last"], when)
    sources = [s for s in e["sources"].split("; ") if s]
    if source and source not in sources:
        e["sources"] = "; ".join(sources + [source])


def build_graph(store) -> nx.MultiDiGraph:
    """The actor network of the store (node attributes: kind, country, mentions, events, fatalities)."""
    kinds = actor_kinds(store)
    g = nx.MultiDiGraph(name="Polemos actor network")
    for a in store.actors():
        _add_node(g, a["name"], kinds)
        g.nodes[a["name"]].update(country=a.get("country") or "", actor_id=a["actor_id"],
                                  mentions=int(a.get("total_mentions") or 0))
    published = {d.doc_id: (d.published.isoformat() if d.published else None, d.publisher or d.doc_id)
                 for d in store.documents()}
    for rel in store.relations():
        when_pub, source = published.get(rel["doc_id"], (None, rel["doc_id"]))
        for name in (rel["actor1"], rel["actor2"]):
            _add_node(g, name, kinds)
        _bump_edge(g, rel["actor1"], rel["actor2"], rel["relation"], rel.get("valid_from") or when_pub, source)
    for ev in canonical_records(store):
        actors = [n for n in (ev.get("actor1"), ev.get("actor2")) if n]
        for name in actors:
            _add_node(g, name, kinds)
            g.nodes[name]["events"] += 1
            g.nodes[name]["fatalities"] += int(ev.get("fatalities") or 0)
        if len(actors) == 2:
            _bump_edge(g, actors[0], actors[1], "event", ev.get("event_date"), "; ".join(ev["sources"]),
                       int(ev.get("fatalities") or 0))
    return g


def write_network(store, out_path, fmt: str = "graphml") -> tuple[int, int]:
    """Write the actor network as GraphML or GEXF; returns (nodes, edges)."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        from ..errors import PolemosError
        raise PolemosError(f"unknown network format {fmt!r}; choose one of {', '.join(FORMATS)}")
    g = build_graph(store)
    path = Path(out_path)
    if fmt == "graphml":
        nx.write_graphml(g, path)
    else:
        nx.write_gexf(g, path)
    return g.number_of_nodes(), g.number_of_edges()


def edge_summary(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """The edges as flat records (actor1, actor2, relation, weight, first, last, sources), heaviest first."""
    rows = [dict(actor1=a, actor2=b, **data) for a, b, data in g.edges(data=True)]
    return sorted(rows, key=lambda r: (-r["weight"], r["relation"], r["actor1"], r["actor2"]))
