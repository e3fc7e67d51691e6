"""Exports of the causal layer: the statements (JSONL/CSV) and the causal map (GraphML or JSON)."""
from __future__ import annotations

import json
from typing import IO

import networkx as nx

from ..causal.causal_map import CausalMap, causal_map

FIELDS = ("doc_id", "cause", "effect", "sign", "modality", "attributed_to", "evidence", "cause_concept",
          "effect_concept", "edge_sign", "signal", "evidence_start", "evidence_end", "cause_span", "effect_span",
          "published", "publisher")


def causal_records(store, cmap: CausalMap | None = None) -> list[dict]:
    """Every causal statement with the scorer's fields, its concept ids and its spans."""
    cmap = cmap or causal_map(store)
    return [{k: s.get(k) for k in FIELDS} for s in cmap.statements]


def map_graph(cmap: CausalMap) -> nx.MultiDiGraph:
    """Concepts as nodes, (cause, effect, sign) edges with belief and the evidence of each statement."""
    g = nx.MultiDiGraph()
    for c in cmap.concepts.values():
        g.add_node(c.id, label=c.label, phrases=" | ".join(c.phrases), actors=" ".join(c.actors), source=c.source)
    for e in cmap.edges:
        g.add_edge(e.cause, e.effect, key=e.sign, sign=e.sign, weight=round(e.weight, 4),
                   belief=round(e.belief, 4), statements=len(e.support), denials=len(e.denials),
                   contradicted=e.contradicted,
                   evidence=" || ".join(f"{s['doc_id']}: {s['evidence']}" for s in e.support + e.denials),
                   modalities=" ".join(sorted({s["modality"] for s in e.support + e.denials})))
    return g


def write_causal_map(store, out: IO[str] | str, fmt: str) -> str:
    cmap = causal_map(store)
    if fmt == "json":
        text = json.dumps(cmap.as_dict(), ensure_ascii=False, indent=1, default=str)
        if isinstance(out, str):
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(text + "\n")
        else:
            out.write(text + "\n")
    else:
        nx.write_graphml(map_graph(cmap), out)
    return f"{len(cmap.concepts)} concepts, {len(cmap.edges)} edges"
