"""Actor network export: typed, weighted edges, read back with networkx from GraphML and GEXF."""
from __future__ import annotations

import networkx as nx
import pytest

from export_sample import ISKP, POLICE_PK, TTP, build
from polemos.errors import PolemosError
from polemos.export.network import build_graph, write_network


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


def test_a_network_of_150_actors_is_laid_out_readably():
    import random

    from polemos.views.charts import network_svg
    from polemos.views.network import layout
    rng = random.Random(3)
    g = nx.MultiDiGraph()
    for i in range(150):
        g.add_node(f"Armed group number {i}", kind=rng.choice(["armed_group", "state_force", "civilians"]),
                   events=rng.randint(0, 9))
    for _ in range(240):
        a, b = rng.sample(range(150), 2)
        g.add_edge(f"Armed group number {a}", f"Armed group number {b}", key=rng.choice(["event", "hostile"]),
                   weight=rng.randint(1, 4))
    d = layout(g, 1100, 720)
    boxes = []
    for n in d.nodes:
        assert 0 <= n["x"] <= 1100 and 0 <= n["y"] <= 720
        if n["label"]:
            lab = n["label"]
            w = 0.58 * 11 * len(lab["text"])
            left = lab["x"] if lab["anchor"] == "start" else \
                lab["x"] - w if lab["anchor"] == "end" else lab["x"] - w / 2
            boxes.append((left, lab["y"] - 11, left + w, lab["y"] + 2))
    assert len(boxes) >= 30, "the busiest actors are named on the drawing (the rest on hover)"
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), "labels never overlap"
    svg = network_svg(d)
    assert svg.count('marker-end="url(#arrow-') == len(d.edges), "every link has an arrow"
    assert svg.count("<title>") >= 150, "every actor names itself on hover"
