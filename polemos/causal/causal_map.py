"""The causal map: edges keyed by (cause concept, effect concept, sign), each with every statement.

The sign of an edge is the statement's sign turned by the direction of its phrases
("the erosion of support weakened X": support and X go together, +). A statement
whose modality is `counter` denies the link it names. Belief grows with the number
of independent sources (publishers, else documents) and shrinks with hedging and
denials; opposite-sign edges and denied links are contradictions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .concept_pack import ConceptPack, load_concept_pack
from .concepts import Concept, ConceptIndex

WEIGHT = {"asserted": 0.8, "predictive": 0.5, "conditional": 0.4}
DENIAL = 0.6


@dataclass
class Edge:
    cause: str
    effect: str
    sign: str
    support: list[dict] = field(default_factory=list)     # statements stating the link
    denials: list[dict] = field(default_factory=list)     # statements denying it
    belief: float = 0.0
    contradicted: bool = False

    @property
    def key(self) -> str:
        return f"{self.cause}|{self.sign}|{self.effect}"

    @property
    def weight(self) -> float:
        return self.belief if self.sign == "+" else -self.belief

    def as_dict(self) -> dict:
        return {"cause": self.cause, "effect": self.effect, "sign": self.sign, "belief": round(self.belief, 3),
                "weight": round(self.weight, 3), "contradicted": self.contradicted,
                "sources": len(_sources(self.support)), "statements": self.support, "denials": self.denials}


@dataclass
class CausalMap:
    concepts: dict[str, Concept]
    edges: list[Edge]
    statements: list[dict]

    def contradictions(self) -> list[dict[str, Any]]:
        """Opposite-sign links and denied links, in the shape of the other contradictions."""
        out = []
        by_pair: dict[tuple, list[Edge]] = {}
        for e in self.edges:
            by_pair.setdefault((e.cause, e.effect), []).append(e)
            if e.denials:
                out.append({"kind": "causal_denied", "cause": e.cause, "effect": e.effect, "sign": e.sign,
                            "summary": f"{self.label(e.cause)} {_verb(e.sign)} {self.label(e.effect)}: "
                                       f"stated {len(e.support)}, denied {len(e.denials)}",
                            "items": [_item(s) for s in e.support + e.denials]})
        for (cause, effect), edges in by_pair.items():
            signs = {e.sign for e in edges if e.support}
            if len(signs) == 2:
                out.append({"kind": "causal_opposite_sign", "cause": cause, "effect": effect,
                            "summary": f"{self.label(cause)} raises or reduces {self.label(effect)}? "
                                       "sources disagree",
                            "items": [_item(s) for e in edges for s in e.support]})
        return out

    def label(self, cid: str) -> str:
        return self.concepts[cid].label if cid in self.concepts else cid

    def as_dict(self) -> dict:
        return {"concepts": [c.as_dict() for c in self.concepts.values()],
                "edges": [e.as_dict() for e in self.edges], "contradictions": self.contradictions()}


def _verb(sign: str) -> str:
    return "raises" if sign == "+" else "reduces"


def _item(s: dict) -> dict:
    return {k: s.get(k) for k in ("doc_id", "published", "publisher", "attributed_to", "modality", "cause",
                                  "effect", "evidence", "evidence_start", "evidence_end")}


def _sources(statements: list[dict]) -> dict[str, float]:
    """Independent sources (publisher, else document) -> the strongest weight each gives."""
    out: dict[str, float] = {}
    for s in statements:
        src = (s.get("publisher") or s["doc_id"]).casefold()
        out[src] = max(out.get(src, 0.0), WEIGHT.get(s["modality"], 0.5))
    return out


def belief(support: list[dict], denials: list[dict]) -> float:
    """1 - prod(1 - w) over independent sources, lowered by each denying source."""
    b = 1.0
    for w in _sources(support).values():
        b *= 1.0 - w
    b = 1.0 - b
    for _ in _sources(denials):
        b *= 1.0 - DENIAL
    return b


def build_map(statements: list[dict], concept_pack: ConceptPack | None = None) -> CausalMap:
    """Concepts and edges from the stored statements (as `store.causal.causal_statements_of` gives them)."""
    index = ConceptIndex([(s["cause"], s.get("cause_actors") or []) for s in statements]
                         + [(s["effect"], s.get("effect_actors") or []) for s in statements],
                         concept_pack if concept_pack is not None else load_concept_pack())
    edges: dict[tuple, Edge] = {}
    out_statements = []
    for s in statements:
        cause, effect = index.concept_of(s["cause"]), index.concept_of(s["effect"])
        turn = index.direction[s["cause"]] * index.direction[s["effect"]]
        sign = s["sign"] if turn > 0 else ("-" if s["sign"] == "+" else "+")
        rec = dict(s, cause_concept=cause.id, effect_concept=effect.id, edge_sign=sign)
        out_statements.append(rec)
        if cause.id == effect.id:
            continue
        edge = edges.setdefault((cause.id, effect.id, sign), Edge(cause.id, effect.id, sign))
        (edge.denials if s["modality"] == "counter" else edge.support).append(rec)
    for e in edges.values():
        e.belief = belief(e.support, e.denials)
    pairs: dict[tuple, set[str]] = {}
    for e in edges.values():
        if e.support:
            pairs.setdefault((e.cause, e.effect), set()).add(e.sign)
    for e in edges.values():
        e.contradicted = bool(e.denials) or len(pairs.get((e.cause, e.effect), ())) == 2
    ordered = sorted(edges.values(), key=lambda e: (-e.belief, e.cause, e.effect, e.sign))
    return CausalMap(index.concepts, ordered, out_statements)


def causal_map(store, concept_pack: ConceptPack | None = None) -> CausalMap:
    from ..store.causal import causal_statements_of
    return build_map(causal_statements_of(store), concept_pack)
