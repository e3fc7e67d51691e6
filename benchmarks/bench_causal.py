"""Causal statements (issue 10): the reference and dev articles end to end, and public causal corpora.

    .venv/bin/python benchmarks/bench_causal.py [--only seeds,dev,cnc,ccnc,because] [--work /tmp/polemos-causal]

- seeds, dev: texts -> `polemos ingest` -> `polemos export causal` -> ../shared/eval/score.py --causal
  (P/R/F1, sign and modality accuracy).
- cnc: Causal News Corpus V2 dev (subtask 1): a sentence is causal when Polemos extracts a causal
  statement from it; P/R/F1 of the causal class.
- ccnc: Countercausal News Corpus dev: (1) among sentences with a causal or countercausal relation,
  accuracy of telling them apart (countercausal when a statement is `counter`, or when a denial or
  concession governs a causal signal); (2) three-way accuracy (uncausal / causal / countercausal).
- because: BECAUSE 2.1 relations that come with their text (MASC, Congressional hearings), Consequence
  and Motivation (Polemos leaves purpose out): a statement matches a relation when its signal overlaps
  the relation's connective or its cause and effect overlap the relation's; P/R of the "inhibit" sign on
  matched relations, and how many were matched.
Nothing here is trained on these sets; they measure.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import DATA, EVAL, SHARED, read_jsonl, require  # noqa: E402


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def articles(name: str, work: Path) -> dict:
    from polemos.export.dispatch import export
    from polemos.pipeline import ingest
    from polemos.store import open_store

    if name == "seeds":
        src, gold = SHARED / "seeds.jsonl", EVAL / "gold" / "seeds"
    else:
        src, gold = work / "dev.jsonl", EVAL / "dev" / "gold"
        src.write_text(subprocess.run([sys.executable, str(EVAL / "dev" / "corpus.py"), str(EVAL / "dev" / "texts")],
                                      capture_output=True, text=True, check=True).stdout, encoding="utf-8")
    db = work / f"{name}.db"
    db.unlink(missing_ok=True)
    store = open_store(str(db))
    ingest(store, [str(src)])
    events, causal = work / f"{name}-events.jsonl", work / f"{name}-causal.jsonl"
    export(store, "events", "jsonl", str(events))
    export(store, "causal", "jsonl", str(causal))
    out = work / f"{name}-score.json"
    subprocess.run([sys.executable, str(EVAL / "score.py"), "--gold", str(gold), "--events", str(events),
                    "--causal", str(causal), "--json", str(out)], capture_output=True, text=True, check=True)
    return json.loads(out.read_text())["causal"]


def _statements(texts: list[str]) -> list[list]:
    from polemos import nlp
    from polemos.extract.causal import extract_causal
    from polemos.model import Document

    out = []
    for text, sdoc in zip(texts, nlp.pipe(texts, batch_size=64)):
        out.append(extract_causal(sdoc, Document(doc_id="s", text=text)))
    return out


def cnc() -> dict:
    """Two readings: `statements` (a causal statement is extracted: the product's strict notion) and
    `sentence` (extract.causal.causal_sentence: causal language in the corpus' broad sense)."""
    from polemos import nlp
    from polemos.extract.causal import causal_sentence

    rows = list(csv.DictReader(open(DATA / "causal_news_corpus" / "V2" / "dev_subtask1.csv", encoding="utf-8-sig")))
    texts = [r["text"] for r in rows]
    found = _statements(texts)
    broad = [any(causal_sentence(s) for s in sdoc.sents) for sdoc in nlp.pipe(texts, batch_size=64)]
    out = {"sentences": len(rows), "causal": sum(r["label"] == "1" for r in rows)}
    for name, preds in (("statements", [bool(f) for f in found]), ("sentence", broad)):
        gold = [r["label"] == "1" for r in rows]
        out[name] = prf(sum(g and p for g, p in zip(gold, preds)), sum(p and not g for g, p in zip(gold, preds)),
                        sum(g and not p for g, p in zip(gold, preds)))
    return out


def ccnc() -> dict:
    """Counter: a counter statement is extracted, or the sentence's causal language is denied or
    conceded (extract.causal.denies_causation); uncausal: no causal language (causal_sentence)."""
    from polemos import nlp
    from polemos.extract.causal import causal_sentence, denies_causation

    path = DATA / "countercausal_news_corpus" / "dataset" / "causality-identification" / "dev.jsonl"
    rows = read_jsonl(path)
    texts = [re.sub(r"</?e\d+>", "", r["text"]) for r in rows]
    gold = ["counter" if any(x["relationship"] == 2 for x in r["relations"]) else
            "causal" if r["relations"] else "uncausal" for r in rows]
    found = _statements(texts)
    pred = []
    for st, sdoc in zip(found, nlp.pipe(texts, batch_size=64)):
        sents = list(sdoc.sents)
        if any(s.modality == "counter" for s in st) or any(denies_causation(s) for s in sents):
            pred.append("counter")
        else:
            pred.append("causal" if st or any(causal_sentence(s) for s in sents) else "uncausal")
    linked = [(g, p) for g, p in zip(gold, pred) if g != "uncausal"]
    binary = sum((g == "counter") == (p == "counter") for g, p in linked) / len(linked)
    three = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    tp = sum(g == p == "counter" for g, p in zip(gold, pred))
    return {"counter_vs_causal_accuracy": round(binary, 3), "pairs": len(linked),
            "three_way_accuracy": round(three, 3), "sentences": len(gold),
            "counter": prf(tp, sum(p == "counter" and g != "counter" for g, p in zip(gold, pred)),
                           sum(g == "counter" and p != "counter" for g, p in zip(gold, pred)))}


def _because_relations(ann: Path) -> list[dict]:
    spans, rels, degree = {}, [], {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, *offs = parts[1].replace(";", " ").split()
            nums = [int(x) for x in offs]
            spans[parts[0]] = (kind, min(nums), max(nums))
        elif line.startswith("E"):
            fields = dict(x.split(":") for x in parts[1].split())
            rels.append((parts[0], fields))
        elif line.startswith("A") and parts[1].startswith("Degree"):
            _, eid, value = parts[1].split()
            degree[eid] = value
    out = []
    for eid, fields in rels:
        trigger = next(((k, v) for k, v in fields.items() if k in ("Consequence", "Motivation")), None)
        if not trigger or "Cause" not in fields or "Effect" not in fields:
            continue
        out.append({"signal": spans[trigger[1]][1:], "cause": spans[fields["Cause"]][1:],
                    "effect": spans[fields["Effect"]][1:], "inhibit": degree.get(eid) == "Inhibit"})
    return out


def because() -> dict:
    from polemos import nlp
    from polemos.extract.causal import extract_causal
    from polemos.model import Document

    root = DATA / "because_2_1"
    tp = fp = fn = matched = total = inhibit = 0
    for ann in sorted(list((root / "MASC").glob("*.ann")) + list((root / "CongressionalHearings").glob("*.ann"))):
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        rels = _because_relations(ann)
        total += len(rels)
        inhibit += sum(r["inhibit"] for r in rels)
        found = extract_causal(nlp.parse(text), Document(doc_id="b", text=text))

        def over(a, b) -> bool:
            return a[0] < b[1] and b[0] < a[1]

        for r in rels:
            hit = next((s for s in found if over((s.signal_span.start, s.signal_span.end), r["signal"])
                        or (over((s.cause_span.start, s.cause_span.end), r["cause"])
                            and over((s.effect_span.start, s.effect_span.end), r["effect"]))), None)
            if hit is None:
                continue
            matched += 1
            neg = hit.sign == "-"
            tp += neg and r["inhibit"]
            fp += neg and not r["inhibit"]
            fn += r["inhibit"] and not neg
    return dict(prf(tp, fp, fn), relations=total, matched=matched, inhibit=inhibit, inhibit_matched=tp + fn,
                inhibit_recall_end_to_end=round(tp / inhibit, 3) if inhibit else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="seeds,dev,cnc,ccnc,because")
    ap.add_argument("--work", default="/tmp/polemos-causal")
    a = ap.parse_args()
    require(EVAL, DATA)
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    runs = {"seeds": lambda: articles("seeds", work), "dev": lambda: articles("dev", work), "cnc": cnc,
            "ccnc": ccnc, "because": because}
    for name in a.only.split(","):
        print(f"{name}: {json.dumps(runs[name]())}", flush=True)


if __name__ == "__main__":
    main()
