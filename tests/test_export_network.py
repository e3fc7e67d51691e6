"""Actor network export: typed, weighted edges, read back with networkx from GraphML and GEXF."""
from __future__ import annotations

import networkx as nx
import pytest

from polemos.errors import PolemosError
from polemos.export.network import build_graph, write_network

from export_sample import ISKP, POLICE_PK, TTP, build


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build(tmp_path_factory.mktemp("net") / "kb.db")


def test_graph_has_typed_edges_and_actor_kinds(store):
    g = build_graph(store)
    assert g.nodes[TTP]["kind"] == "armed_group" and g.nodes[POLICE_PK]["kind"] == "state_force"
    assert g.nodes["Civilians (Afghanistan)"]["kind"] == "civilians", "kind inferred from the ACLED name"
    assert g.has_edge(TTP, "Taliban", key="cooperative") and g.has_edge(ISKP, "Taliban", key="hostile")
    defect = g.edges[TTP, ISKP, "defection"]
    assert defect["first"] == "2023"
    clash = g.edges[TTP, POLICE_PK, "event"]
    assert clash["weight"] == 1 and clash["fatalities"] == 6, "two reports of one raid count once"
    assert clash["sources"] == "Frontier Wire; Reuters" and clash["first"] == clash["last"] == "2024-03-10"
    assert g.nodes[ISKP]["events"] == 3


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_written_network_reads_back(store, tmp_path, fmt, reader):
    path = tmp_path / f"net.{fmt}"
    nodes, edges = write_network(store, path, fmt)
    g = reader(path)
    assert g.number_of_nodes() == nodes and g.number_of_edges() == edges and edges >= 8
    types = {d["relation"] for *_, d in g.edges(data=True)}
    assert {"hostile", "cooperative", "defection", "event"} <= types
    kinds = nx.get_node_attributes(g, "kind")
    assert set(kinds.values()) <= {"armed_group", "state_force", "state", "civilians", "person", "organisation",
                                   "igo", "unknown"}


def test_unknown_format_is_refused(store, tmp_path):
    with pytest.raises(PolemosError, match="graphml"):
        write_network(store, tmp_path / "x.dot", "dot")
