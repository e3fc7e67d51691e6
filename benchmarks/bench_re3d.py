"""Relations on re3d (Dstl's defence-domain documents on Syria and Iraq), another corpus than the ones we tune to.

    .venv/bin/python benchmarks/bench_re3d.py [--actors oracle|system|both] [--verbose]

re3d's relations FightingAgainst, AlliesOf, BelongsTo and InChargeOf are mapped to hostile,
cooperative, member_of/affiliate_of and leader_of; only those between two actor entities
(Organisation, Person, Nationality, confidence >= 0.5) are scored. A relation counts once per
document and (actor, relation, actor), as ../shared/eval/score.py counts them; hostile and
cooperative match in either direction.

- `oracle`: re3d's own entities are the actor mentions (an entity's text is its identity), which
  measures the relation layer alone;
- `system`: the whole pipeline (its actor mentions, events and relations); a gold endpoint is
  the actor of the mention overlapping it, and a gold relation whose endpoint no mention covers
  is missed ("unrecognised").
Skips when ../shared/data/re3d is absent.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import DATA, require  # noqa: E402
from polemos import nlp  # noqa: E402
from polemos.extract.relations import SYMMETRIC, extract_relations  # noqa: E402
from polemos.model import ActorMention, Document, Mentions, Span  # noqa: E402

PATH = DATA / "re3d" / "re3d_documents_merged.jsonl"
RE3D = {"FightingAgainst": ("hostile",), "AlliesOf": ("cooperative",),
        "BelongsTo": ("member_of", "affiliate_of"), "InChargeOf": ("leader_of",)}
OURS = {r: t for t, rels in RE3D.items() for r in rels}
KINDS = {"Organisation": "armed_group", "Person": "person", "Nationality": "state"}


def _key(text: str) -> str:
    return " ".join(re.sub(r"^(the|a|an)\s+", "", text.strip().casefold()).split())


def _entities(rec: dict) -> list[dict]:
    """Actor entities, the outermost of nested ones."""
    ents = [e for e in rec["entities"] if e["type"] in KINDS and e.get("confidence", 0) >= 0.5]
    return [e for e in ents if not any(o is not e and o["begin"] <= e["begin"] and e["end"] <= o["end"]
                                       and (o["end"] - o["begin"]) > (e["end"] - e["begin"]) for o in ents)]


def _covering(begin: int, end: int, spans: list[tuple[int, int, str]]) -> str | None:
    for b, e, ident in spans:
        if b < end and begin < e:
            return ident
    return None


def _oracle_mentions(rec: dict) -> list[ActorMention]:
    return [ActorMention(Span("r", e["begin"], e["end"]), e["value"], _key(e["value"]), _key(e["value"]),
                         KINDS[e["type"]]) for e in _entities(rec)]


def _extract(mode: str, rec: dict, sdoc, doc: Document) -> tuple[list[ActorMention], list]:
    """(actor mentions, relations): re3d's entities and the relation layer, or the whole pipeline."""
    if mode == "oracle":
        mentions = _oracle_mentions(rec)
        return mentions, extract_relations(sdoc, doc, Mentions(actors=mentions))
    from polemos.pipeline import extract
    found = extract(sdoc, doc)
    return found.mentions.actors, found.relations


def _gold(rec: dict, mentions: list[ActorMention]) -> tuple[set[tuple], int]:
    """(gold triples over the mentions' actor names, gold relations no mention covers)."""
    actors = {(e["begin"], e["end"]) for e in _entities(rec)}
    spans = [(m.span.start, m.span.end, m.name) for m in mentions]
    out, missing = set(), set()
    for g in rec["relations"]:
        if g["type"] not in RE3D or g.get("confidence", 0) < 0.5:
            continue
        ends = [(g["sourceBegin"], g["sourceEnd"]), (g["targetBegin"], g["targetEnd"])]
        if not all(_covering(b, e, [(x, y, "") for x, y in actors]) is not None for b, e in ends):
            continue   # an endpoint is a place, a weapon, a building: not an actor relation
        a, b = (_covering(x, y, spans) for x, y in ends)
        if a is None or b is None:
            missing.add((_key(g["source"]), g["type"], _key(g["target"])))
        elif a != b:
            out.add((a, g["type"], b))
    return out, len(missing)


def _match(pred: tuple, gold: set[tuple]) -> tuple | None:
    a, rel, b = pred
    for g in gold:
        if OURS.get(rel) != g[1]:
            continue
        if (g[0], g[2]) == (a, b) or (rel in SYMMETRIC and (g[0], g[2]) == (b, a)):
            return g
    return None


def run(mode: str, verbose: bool) -> dict:
    counts: Counter = Counter()
    for line in PATH.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        doc = Document(rec["doc_id"], rec["text"])
        sdoc = nlp.parse(doc.text)
        mentions, relations = _extract(mode, rec, sdoc, doc)
        gold, unrecognised = _gold(rec, mentions)
        pred = {(r.actor1, r.relation, r.actor2): r for r in relations if r.relation in OURS}
        hit = set()
        for triple, r in pred.items():
            g = _match(triple, gold - hit)
            counts["pred", OURS[triple[1]]] += 1
            if g is not None:
                hit.add(g)
                counts["tp", g[1]] += 1
            elif verbose:
                print(f"  FP {triple}  | {r.evidence.text_of(doc.text).strip()[:160]}")
        for g in gold:
            counts["gold", g[1]] += 1
            if verbose and g not in hit:
                print(f"  FN {g}")
        counts["unrecognised", "all"] += unrecognised
    return _summary(counts)


def _prf(tp: int, pred: int, gold: int) -> dict:
    p, r = tp / pred if pred else 0.0, tp / gold if gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "predicted": pred, "gold": gold}


def _summary(c: Counter) -> dict:
    out = {t: _prf(c["tp", t], c["pred", t], c["gold", t]) for t in RE3D}
    unrec = c["unrecognised", "all"]
    tp, pred, gold = (sum(c[k, t] for t in RE3D) for k in ("tp", "pred", "gold"))
    out["all"] = _prf(tp, pred, gold + unrec)
    out["all"]["unrecognised_gold"] = unrec
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--actors", choices=("oracle", "system", "both"), default="both")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    require(PATH)
    for mode in (("oracle", "system") if a.actors == "both" else (a.actors,)):
        res = run(mode, a.verbose)
        print(f"re3d relations, {mode} actors:")
        for t, r in res.items():
            extra = f"  (gold no mention covers: {r['unrecognised_gold']})" if "unrecognised_gold" in r else ""
            print(f"  {t:16s} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
                  f"(tp {r['tp']}, predicted {r['predicted']}, gold {r['gold']}){extra}")


if __name__ == "__main__":
    main()
