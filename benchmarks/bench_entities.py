"""Entity layer benchmark: quality on re3d and GTD, throughput against bare spaCy.

    .venv/bin/python benchmarks/bench_entities.py [--gtd-limit 400]

- re3d (entities with confidence >= 0.5): F1 for organisations, persons and
  places, Polemos' entity layer next to bare en_core_web_sm, in the same run;
- GTD Afghanistan summaries: how often the province (`provstate`) and the
  perpetrator (`gname`) are recognised;
- throughput of the whole entity layer (places, times, quantities, actors)
  against bare `nlp.pipe` on the same texts, measured in the same run.
Skips cleanly when ../shared/data is absent.
"""
from __future__ import annotations

import argparse
import ast
import csv
import json
import random
import re
import sys
import time
from datetime import date

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))

from benchmarks.common import DATA, EVAL, require  # noqa: E402
from polemos import nlp  # noqa: E402
from polemos.model import Document  # noqa: E402

RE3D = DATA / "re3d" / "re3d_documents_merged.jsonl"
GTD = DATA / "gtd_afghanistan_2016_2018" / "gtd_afghanistan_2016_2018.csv"
TYPES = {"Organisation": "ORG", "Person": "PER", "Location": "LOC"}
SPACY = {"ORG": "ORG", "PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
ORG_KINDS = {"armed_group", "organisation", "igo", "state_force"}


def entity_layer(sdoc, doc: Document):
    from polemos.extract.actors import extract_actors
    from polemos.extract.places import document_countries, extract_places
    from polemos.extract.quantities import extract_quantities
    from polemos.extract.times import extract_times
    places = extract_places(sdoc, doc)
    extract_times(sdoc, doc)
    extract_quantities(sdoc, doc)
    return places, extract_actors(sdoc, doc, document_countries(places))


def ours(places, actors) -> set[tuple[int, int, str]]:
    out = {(p.span.start, p.span.end, "LOC") for p in places}
    for a in actors:
        if a.kind == "person":
            out.add((a.span.start, a.span.end, "PER"))
        elif a.kind in ORG_KINDS:
            out.add((a.span.start, a.span.end, "ORG"))
    return out


def prf(gold: list[set], pred: list[set], label: str) -> dict:
    """Overlap matching, one-to-one, per label."""
    tp = n_gold = n_pred = 0
    for g_set, p_set in zip(gold, pred):
        g = [x for x in g_set if x[2] == label]
        p = [x for x in p_set if x[2] == label]
        n_gold += len(g)
        n_pred += len(p)
        used = set()
        for gs, ge, _ in g:
            for i, (ps, pe, _) in enumerate(p):
                if i not in used and ps < ge and gs < pe:
                    used.add(i)
                    tp += 1
                    break
    pr = tp / n_pred if n_pred else 0.0
    rc = tp / n_gold if n_gold else 0.0
    return {"p": round(pr, 3), "r": round(rc, 3), "f1": round(2 * pr * rc / (pr + rc), 3) if pr + rc else 0.0}


def re3d() -> tuple[list[str], dict]:
    docs = [json.loads(line) for line in RE3D.open(encoding="utf-8")]
    texts, gold = [], []
    for d in docs:
        ents = d["entities"] if isinstance(d["entities"], list) else ast.literal_eval(d["entities"])
        texts.append(d["text"])
        gold.append({(e["begin"], e["end"], TYPES[e["type"]]) for e in ents
                     if e["type"] in TYPES and float(e.get("confidence") or 0) >= 0.5})
    bare, polemos = [], []
    for i, sdoc in enumerate(nlp.pipe(texts)):
        bare.append({(e.start_char, e.end_char, SPACY[e.label_]) for e in sdoc.ents if e.label_ in SPACY})
        places, actors = entity_layer(sdoc, Document(doc_id=f"re3d{i}", text=texts[i]))
        polemos.append(ours(places, actors))
    result = {label: {"spacy": prf(gold, bare, label), "polemos": prf(gold, polemos, label)}
              for label in ("ORG", "PER", "LOC")}
    return texts, result


def _norm(s: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (s or "").casefold().replace("province", "")))


def gtd(limit: int) -> tuple[list[str], dict]:
    sys.path.insert(0, str(EVAL))
    from to_gold import aliases  # the evaluation's own alias expansion for gold perpetrator names
    rows = [r for r in csv.DictReader(GTD.open(encoding="utf-8")) if r["summary"].strip()]
    rows = random.Random(7).sample(rows, min(limit, len(rows)))
    texts = [r["summary"] for r in rows]
    hits = {"provstate": [0, 0], "gname": [0, 0], "n": len(rows)}
    for r, sdoc in zip(rows, nlp.pipe(texts)):
        places, actors = entity_layer(sdoc, Document(doc_id=r["eventid"], text=r["summary"],
                                                     published=date.fromisoformat(r["date_from_eventid"][:10])))
        prov = _norm(r["provstate"])
        names = {_norm(a) for a in aliases(r["gname"], "Afghanistan")}
        bare_gpe = {_norm(e.text) for e in sdoc.ents if e.label_ in ("GPE", "LOC")}
        bare_org = {_norm(e.text) for e in sdoc.ents if e.label_ in ("ORG", "NORP")}
        hits["provstate"][0] += prov in bare_gpe
        hits["provstate"][1] += prov in {_norm(p.admin1) for p in places if p.admin1}
        if names:
            hits["gname"][0] += bool(names & bare_org)
            hits["gname"][1] += bool(names & {_norm(a.name) for a in actors})
    with_gname = sum(1 for r in rows if r["gname"].lower() != "unknown")
    result = {"documents": len(rows), "documents_with_known_perpetrator": with_gname,
              "provstate_recall": {"spacy_gpe": round(hits["provstate"][0] / len(rows), 3),
                                   "polemos_admin1": round(hits["provstate"][1] / len(rows), 3)},
              "gname_recall": {"spacy_org": round(hits["gname"][0] / max(with_gname, 1), 3),
                               "polemos_actor": round(hits["gname"][1] / max(with_gname, 1), 3)}}
    return texts, result


def throughput(texts: list[str], rounds: int = 2) -> dict:
    """Documents per second, bare nlp.pipe vs nlp.pipe + the entity layer, best of `rounds`, same texts."""
    docs = [Document(doc_id=f"t{i}", text=t) for i, t in enumerate(texts)]
    entity_layer(nlp.parse(texts[0]), docs[0])  # warm every pack and index once
    bare = full = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _sdoc in nlp.pipe(texts):
            pass
        bare = min(bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for d, sdoc in zip(docs, nlp.pipe(texts)):
            entity_layer(sdoc, d)
        full = min(full, time.perf_counter() - t0)
    return {"texts": len(texts), "bare_docs_per_s": round(len(texts) / bare, 1),
            "entity_layer_docs_per_s": round(len(texts) / full, 1), "ratio": round(bare / full, 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gtd-limit", type=int, default=400)
    a = ap.parse_args()
    require(RE3D, GTD)
    re3d_texts, re3d_result = re3d()
    print("re3d entity F1 (overlap match, confidence >= 0.5):")
    for label, r in re3d_result.items():
        print(f"  {label}: spaCy {r['spacy']}  Polemos {r['polemos']}")
    gtd_texts, gtd_result = gtd(a.gtd_limit)
    print("GTD Afghanistan:", json.dumps(gtd_result))
    speed = throughput(re3d_texts + gtd_texts)
    print("throughput:", json.dumps(speed))


if __name__ == "__main__":
    main()
