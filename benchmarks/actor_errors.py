"""Classes of actor1 errors on matched events, for the actor error taxonomy in RESULTS.md.

  .venv/bin/python benchmarks/actor_errors.py GOLD_DIR EVENTS.jsonl

Matches predicted to gold events as ../shared/eval/score.py does, then sorts each wrong actor1 into a
class: no actor1 at all (event roles), the right actor under another name than the gold's (same pack
record), a state force of another country, a name the pack lacks, unidentified against named, and so
on. Reads the evaluation data only; prints counts.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import EVAL, require  # noqa: E402

STATE = re.compile(r"^(Military Forces|Police Forces|Government) of (?:the )?(.+?)(?: \(|$)")


def classify(gold_name: str | None, pred: str | None, country: str, lookup) -> str:
    if pred is None:
        return "no actor1 (event roles)"
    if gold_name is None:
        return "a side where the gold has none"
    gs, ps = STATE.match(gold_name), STATE.match(pred)
    if ps and not gs and country not in pred:
        return "a state force for a non-state side"
    if ps and gs and ps.group(2) != gs.group(2):
        return "a state force of another country"
    rp, rg = lookup(pred), lookup(gold_name)
    if rp is not None and rp is rg:
        return "the right actor under another name"
    if pred.startswith("Unidentified") or gold_name.startswith("Unidentified"):
        return "unidentified vs named, or another unidentified name"
    if pred.startswith(("Protesters", "Rioters")) and gold_name.startswith(("Protesters", "Rioters")):
        return "protesters vs rioters (event typing)"
    if rp is None and not pred.startswith(("Civilians",)) and not ps:
        return "a name the pack lacks"
    return "the other side of the event, other"


def main() -> None:
    gold_dir, events = Path(sys.argv[1]), Path(sys.argv[2])
    require(EVAL / "score.py", gold_dir, events)
    sys.path.insert(0, str(EVAL))
    import score as S  # noqa: E402  (the shared scorer, read-only)

    from polemos.knowledge.actors import default_pack

    pack = default_pack()
    gold = {f.stem: json.loads(f.read_text()) for f in gold_dir.glob("*.json")}
    pred = S.by_doc(S.load_jsonl(str(events)), set(gold))
    counts: Counter = Counter()
    for doc, g in gold.items():
        ge = g.get("events", [])
        for i, j in S.match(ge, pred[doc], S.compatible, lambda x, y: sum(S.slot_hits(x, y).values())):
            if S.slot_hits(ge[i], pred[doc][j])["actor1"]:
                continue
            names = ge[i].get("actor1") or []
            counts[classify(names[0] if names else None, pred[doc][j].get("actor1"), ge[i].get("country") or "",
                            pack.lookup)] += 1
    for name, n in counts.most_common():
        print(f"{n:5d}  {name}")
    print(f"{sum(counts.values()):5d}  total wrong")


if __name__ == "__main__":
    main()
