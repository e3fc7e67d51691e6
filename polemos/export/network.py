"""The actor network as GraphML or GEXF (for Gephi), from the one network builder (polemos.views.network).

Edges are keyed by type in a MultiDiGraph (actor1 -> actor2): one per relation type and one `event` edge
per pair that met in canonical events, with weight, first/last dates and sources. The edge attribute is
`relation`, not `type`, which GEXF reserves.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..errors import PolemosError
from ..query import EventFilter
from ..views.network import build_graph, edge_summary

FORMATS = ("graphml", "gexf")


def write_network(store, out_path, fmt: str = "graphml", f: EventFilter | None = None) -> tuple[int, int]:
    """Write the actor network as GraphML or GEXF; returns (nodes, edges)."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise PolemosError(f"unknown network format {fmt!r}; choose one of {', '.join(FORMATS)}")
    g = build_graph(store, f)
    path = Path(out_path)
    if fmt == "graphml":
        nx.write_graphml(g, path)
    else:
        nx.write_gexf(g, path)
    return g.number_of_nodes(), g.number_of_edges()


__all__ = ["FORMATS", "build_graph", "edge_summary", "write_network"]
