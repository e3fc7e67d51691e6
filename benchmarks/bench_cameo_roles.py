"""Sides on news sentences: Polemos's actor1/actor2 against CAMEO source and target spans (skips cleanly when
../shared/data is absent).

  .venv/bin/python benchmarks/bench_cameo_roles.py [--split train,test] [--dump FILE]

Data: ../shared/data/cameo_conflibert/cameo_ner_{train,test}.txt, news sentences in CoNLL form where B-S/I-S
marks the source actor (who acted) and B-T/I-T the target (to whom). Each sentence is detokenised and run, as
its own document published on a fixed day (2015-06-15), through polemos.pipeline.extract, exactly as
`polemos ingest` runs it.

Agreement (the fair test). A name "agrees" with a span when the span stands for the same side in Polemos's own
terms: the side keys of a span are those of every actor mention that Polemos found in the sentence overlapping
the span, plus those of every actor mention found when the span's text alone is resolved as a document (the
same actor resolver, the same day). A side key is the actor's name without its period or country in brackets,
with a state, its government, its military and its police folded into one key per country ('Military Forces
of Iraq (2014-)', 'Government of Iraq' and 'Iraq' agree; a side named by a country's name is its state). So a
name agrees only when Polemos itself would call the span by that name; spans Polemos resolves to nothing are
counted apart ("span unknown"), except that a span naming no actor but a state's forces or arms by a demonym
('Israeli battle tanks', 'Burmese armed troops') stands for that state.

For every sentence where Polemos makes an event (and, separately, a relation of interaction: hostile,
cooperative, rival, defection; a leader's or member's tie is no act of a source on a target), the one whose
sides agree best with the spans is scored; actor1 against the source span and actor2 against the target
span, each as one of (a hostile or cooperative tie may be read either way: its 'swapped' is counted apart):
  agree      its side key is among the span's;
  swapped    it agrees with the other span instead (actor1 with the target, actor2 with the source);
  missing    Polemos names no side;
  unknown    the span resolves to no actor in Polemos (an organisation not in the packs, a bomb, a bare noun);
  other      it names something else.
Sentences without a source (target) span are not scored for actor1 (actor2). CAMEO codes a statement's
speaker as its source; ACLED (../shared/ACLED_CODING.md), which Polemos follows, codes the acting sides of
the event told, so a sentence whose only event is reported speech may disagree by convention (read the dump).
Reads the evaluation data only; prints counts (and, with --dump, each disagreement for reading).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA, require  # noqa: E402

CAMEO = DATA / "cameo_conflibert"
DAY = date(2015, 6, 15)
LEFT = {".", ",", ")", "'s", "%", ":", ";", "”", "-", "’", "?", "!"}     # no space before these tokens
RIGHT = {"(", "-", "“", "$"}                                           # nor after these
BRACKETS = re.compile(r"\s*\([^()]*\)$")
STATE = re.compile(r"^(?:Military Forces|Police Forces|Government) of (?:the )?(.+)$")
OUTCOMES = ("agree", "swapped", "missing", "unknown", "other")
INTERACTIONS = {"hostile", "cooperative", "rival", "defection"}   # relations of who acts on whom (not leader_of...)


def sentences(path: Path) -> list[list[tuple[str, str]]]:
    out, cur = [], []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if cur:
                out.append(cur)
            cur = []
            continue
        tok, lab = line.rsplit(" ", 1)
        cur.append((tok, lab))
    if cur:
        out.append(cur)
    return out


def detokenise(toks: list[tuple[str, str]]) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """The sentence's text and the character ranges of its S and T spans."""
    text, spans, prev, prev_end = "", {"S": [], "T": []}, None, 0
    for i, (tok, lab) in enumerate(toks):
        glue = (not text or tok in LEFT or prev in RIGHT
                or (prev == "’" and tok == "s") or (tok == "’" and i + 1 < len(toks) and toks[i + 1][0] == "s"))
        text += ("" if glue else " ")
        start = len(text)
        text += tok
        kind = lab[2:] if lab[:2] in ("B-", "I-") else None
        if kind in spans:
            if lab.startswith("B-") or not spans[kind] or spans[kind][-1][1] != prev_end:
                spans[kind].append((start, len(text)))
            else:
                spans[kind][-1] = (spans[kind][-1][0], len(text))
        prev, prev_end = tok, len(text)
    return text, spans


def side_key(name: str | None, kind: str | None = None) -> str | None:
    if not name:
        return None
    while (m := BRACKETS.search(name)) and m.start() > 0:
        name = name[:m.start()]
    if (m := STATE.match(name)) is not None:
        return f"state:{m.group(1)}"
    if kind == "state" or (kind is None and len(name) > 3 and _country(name)):
        return f"state:{name}"                 # a state named as a side ('Libya', 'Turkey')
    return name


def _country(name: str) -> bool:
    from polemos.knowledge.gazetteer import default_gazetteer
    place = default_gazetteer().country(name)
    return place is not None and place.name == name


def _demonyms(text: str) -> set[str]:
    """The countries a span names as a state's, when it holds a word for forces or their arms ('Israeli battle
    tanks', 'Burmese armed troops': Israel, Myanmar; not 'Afghan guerrillas')."""
    from polemos.extract.event_lexicon import load_lexicon
    from polemos.knowledge.actors import default_pack
    pack, lex = default_pack(), load_lexicon()
    words = text.replace("’s", "").replace("'s", "").split()
    lemmas = {w.lower().removesuffix("s") for w in words} | {w.lower() for w in words}
    if not any(lex.state_force(w) or w in lex.single or w in lex.words["aircraft_cues"] for w in lemmas):
        return set()
    return {c for n in (1, 2) for j in range(len(words) - n + 1)
            if (c := pack.demonym_country(" ".join(words[j:j + n])))}


def _keys(mentions, lo: int, hi: int) -> set[str]:
    return {side_key(m.name, m.kind) for m in mentions if m.span.start < hi and lo < m.span.end} - {None}


def outcome(name: str | None, mine: set[str], theirs: set[str]) -> str:
    key = side_key(name)
    if key is None:
        return "missing"
    if key in mine:
        return "agree"
    if key in theirs:
        return "swapped"
    return "unknown" if not mine else "other"


def score(facts, s_keys: set[str] | None, t_keys: set[str] | None):
    """The outcomes (actor1, actor2) of the fact agreeing best with the spans, and that fact."""
    best = None
    for f in facts:
        o1 = outcome(f.actor1, s_keys, t_keys or set()) if s_keys is not None else None
        o2 = outcome(f.actor2, t_keys, s_keys or set()) if t_keys is not None else None
        rank = (o1 == "agree") + (o2 == "agree")
        if best is None or rank > best[0]:
            best = (rank, o1, o2, f)
    return best[1:] if best else None


def run_split(split: str, dump) -> dict[str, Counter]:
    from polemos import nlp
    from polemos.model import Document
    from polemos.pipeline import extract

    sents = sentences(CAMEO / f"cameo_ner_{split}.txt")
    items = [detokenise(s) for s in sents]
    docs = [Document(doc_id=f"{split}{i}", text=t, published=DAY) for i, (t, _) in enumerate(items)]
    spans = [(i, k, lo, hi) for i, (_, sp) in enumerate(items) for k in "ST" for lo, hi in sp[k]]
    alone = [Document(doc_id=f"{split}{i}{k}{lo}", text=items[i][0][lo:hi], published=DAY) for i, k, lo, hi in spans]
    alone_keys: dict[tuple[int, str], set[str]] = {}
    for (i, k, _, _), d, sd in zip(spans, alone, nlp.pipe(x.text for x in alone)):
        ms = extract(sd, d).mentions.actors
        alone_keys.setdefault((i, k), set()).update(side_key(m.name, m.kind) for m in ms)
    counts = {c: Counter() for c in ("events", "relations")}
    for i, (doc, sd) in enumerate(zip(docs, nlp.pipe(d.text for d in docs))):
        x = extract(sd, doc)
        sp = items[i][1]
        keys = {}
        for k in "ST":
            if sp[k]:
                keys[k] = set().union(*(_keys(x.mentions.actors, lo, hi) for lo, hi in sp[k]))
                keys[k] |= alone_keys.get((i, k), set())
                keys[k].discard(None)
                if not keys[k]:
                    keys[k] = {f"state:{c}" for lo, hi in sp[k] for c in _demonyms(doc.text[lo:hi])}
            else:
                keys[k] = None
        ties = [r for r in x.relations if r.relation in INTERACTIONS]
        for kind, facts in (("events", x.events), ("relations", ties)):
            c = counts[kind]
            c["sentences"] += 1
            res = score(facts, keys["S"], keys["T"])
            if res is None:
                continue
            c["with"] += 1
            o1, o2, f = res
            if o1:
                c[f"actor1 {o1}"] += 1
            if o2:
                c[f"actor2 {o2}"] += 1
            if o1 == o2 == "swapped":
                c["both swapped"] += 1
            if dump and (o1 not in (None, "agree") or o2 not in (None, "agree")):
                said = {k: " | ".join(doc.text[lo:hi] for lo, hi in sp[k]) for k in "ST"}
                what = getattr(f, "sub_event_type", None) or getattr(f, "relation", "")
                dump.write(f"{split}{i}\t{kind}\t{o1}\t{o2}\t{doc.text}\n"
                           f"  S=[{said['S']}] {sorted(keys['S'] or [])}\n  T=[{said['T']}] {sorted(keys['T'] or [])}\n"
                           f"  -> {f.actor1} || {f.actor2} ({what})\n")
    return counts


def report(split: str, counts: dict[str, Counter]) -> None:
    for kind, c in counts.items():
        print(f"== CAMEO {split} {kind}: {c['with']} of {c['sentences']} sentences with one")
        for side in ("actor1", "actor2"):
            n = sum(c[f"{side} {o}"] for o in OUTCOMES)
            print(f"   {side} (n={n}): " + ", ".join(f"{o} {c[f'{side} {o}']}" for o in OUTCOMES))
        print(f"   both sides swapped: {c['both swapped']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="train,test")
    ap.add_argument("--dump", default=None, help="write each disagreement here, for reading")
    a = ap.parse_args()
    require(CAMEO)
    dump = open(a.dump, "w", encoding="utf-8") if a.dump else None
    try:
        for split in a.split.split(","):
            report(split, run_split(split, dump))
    finally:
        if dump:
            dump.close()


if __name__ == "__main__":
    main()
