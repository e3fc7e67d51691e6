"""Measure claims and relations on the seed articles against the gold files.

    .venv/bin/python benchmarks/bench_claims_relations.py [--oracle-actors] [--verbose]

Uses the project's actor extractor when it is installed; --oracle-actors
(or its absence) falls back to string matches of the gold actor names, which
measures this layer alone. Skips when ../shared is absent. Relations on
another corpus (re3d): benchmarks/bench_re3d.py.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import SHARED  # noqa: E402
from polemos import nlp  # noqa: E402
from polemos.extract.claims import extract_claims  # noqa: E402
from polemos.extract.quantities import extract_quantities  # noqa: E402
from polemos.model import ActorMention, Document, Mentions, Span  # noqa: E402

try:
    from polemos.extract.relations import extract_relations
except ImportError:  # pragma: no cover
    extract_relations = None


def oracle_actors(text: str, doc_id: str, gold: dict) -> list[ActorMention]:
    out: list[ActorMention] = []
    forms = [(alias, a) for a in gold.get("actors", []) for alias in set([a["name"]] + a.get("aliases", []))]
    for alias, a in sorted(forms, key=lambda f: -len(f[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
            if not any(o.span.start < m.end() and m.start() < o.span.end for o in out):
                out.append(ActorMention(Span(doc_id, m.start(), m.end()), m.group(), a["name"], a["name"], a["kind"]))
    return sorted(out, key=lambda o: o.span.start)


def mentions_for(sdoc, doc: Document, gold: dict, oracle: bool) -> Mentions:
    m = Mentions(quantities=extract_quantities(sdoc, doc))
    try:
        from polemos.extract.times import extract_times
        m.times = extract_times(sdoc, doc)
    except Exception:  # noqa: BLE001 - the time layer is optional here
        m.times = []
    if not oracle:
        try:
            from polemos.extract.actors import extract_actors
            from polemos.extract.places import document_countries, extract_places
            m.places = extract_places(sdoc, doc)
            m.actors = extract_actors(sdoc, doc, document_countries(m.places))
            return m
        except ImportError:
            pass
    m.actors = oracle_actors(doc.text, doc.doc_id, gold)
    return m


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--oracle-actors", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    if not (SHARED / "seeds.jsonl").exists():
        print("skipped: ../shared is absent")
        return 0
    gold_dir = SHARED / "eval" / "gold" / "seeds"
    tmp = Path(tempfile.mkdtemp())
    claims, rels = [], []
    for line in (SHARED / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        gold = json.loads((gold_dir / f"{rec['id']}.json").read_text(encoding="utf-8"))
        published = date.fromisoformat(rec["published"]) if rec.get("published") else None
        doc = Document(rec["id"], rec["text"], published=published)
        sdoc = nlp.parse(doc.text)
        m = mentions_for(sdoc, doc, gold, a.oracle_actors)
        for c in extract_claims(sdoc, doc, m):
            claims.append({"doc_id": c.doc_id, "subject": c.subject, "quantity": c.quantity, "low": c.low,
                           "high": c.high, "period": c.period, "attributed_to": c.attributed_to,
                           "evidence": c.evidence.text_of(doc.text)})
        for r in (extract_relations(sdoc, doc, m) if extract_relations else []):
            rels.append({"doc_id": r.doc_id, "actor1": r.actor1, "relation": r.relation, "actor2": r.actor2,
                         "evidence": r.evidence.text_of(doc.text)})
    for name, rows in (("C", claims), ("R", rels)):
        (tmp / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (tmp / "E.jsonl").write_text("", encoding="utf-8")
    if a.verbose:
        for r in claims:
            print("C", r["doc_id"][:3], r["subject"], r["quantity"], r["low"], r["high"], r["attributed_to"], "|",
                  r["evidence"][:80])
        for r in rels:
            print("R", r["doc_id"][:3], r["actor1"], r["relation"], r["actor2"], "|", r["evidence"][:80])
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold_dir),
                          "--events", str(tmp / "E.jsonl"), "--claims", str(tmp / "C.jsonl"),
                          "--relations", str(tmp / "R.jsonl"), "--json", str(tmp / "score.json")],
                         capture_output=True, text=True)
    res = json.loads((tmp / "score.json").read_text())
    print(json.dumps({k: res.get(k) for k in ("claims", "relations")}, indent=1))
    return out.returncode


if __name__ == "__main__":
    sys.exit(main())
