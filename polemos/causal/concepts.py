"""Concepts: cause and effect phrases normalised into direction-bearing nodes.

A phrase is reduced to its content words; words of change ("growing", "erosion of",
"lack of") are taken out and kept as the phrase's direction, so "the erosion of support"
is the concept "support" going down. Phrases whose content words mostly agree merge into
one concept, which records why (the words shared). Concept ids are slugs of content
words, so they are the same after a re-ingest; an analyst pack (concepts.py's
`load_concept_pack`) renames, merges and splits them.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..knowledge.causal import pack as causal_pack
from .concept_pack import ConceptPack

STOP = set("""a an the of to in on and or for by with from at as is are was were be been being its it this that
these those their his her they them will would could can may might than any some such also both each
other others which who whose what there here into over about against between within among s 's ’s just
only very so even once again more most much many own""".split())
JACCARD = 0.5


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.casefold().replace("’", "'"))


def stem(word: str) -> str:
    """A plural's singular (armies -> army, divisions -> division; various, crisis stay)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and len(word) > 3 and not word.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    return word


def normalise(text: str) -> tuple[list[str], int]:
    """(content words in order, direction +1 / -1) of a phrase."""
    d = causal_pack().direction
    up, down = set(d.up), set(d.down)
    out, direction = [], 1
    for w in words(text):
        if w in down:
            direction = -1
            continue
        if w in up or w in STOP:
            continue
        out.append(stem(w))
    return out, direction


def slug(tokens: list[str]) -> str:
    return "-".join(tokens[:8]) or "concept"


@dataclass
class Concept:
    id: str
    label: str
    phrases: dict[str, int] = field(default_factory=dict)      # phrase -> statements using it
    why: dict[str, str] = field(default_factory=dict)          # phrase -> why it is here
    actors: list[str] = field(default_factory=list)
    key: set[str] = field(default_factory=set)
    source: str = "auto"                                       # auto | pack

    def as_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "source": self.source, "actors": self.actors,
                "phrases": [{"text": p, "statements": n, "why": self.why.get(p, "")}
                            for p, n in sorted(self.phrases.items(), key=lambda kv: -kv[1])]}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class ConceptIndex:
    """Phrase -> concept, built from every cause and effect phrase of the store."""

    def __init__(self, phrases: list[tuple[str, list[str]]], concept_pack: ConceptPack | None = None):
        self.concepts: dict[str, Concept] = {}
        self.of_phrase: dict[str, str] = {}
        self.direction: dict[str, int] = {}
        pk = concept_pack or ConceptPack()
        counts = Counter(p for p, _ in phrases)
        actors: dict[str, set[str]] = {}
        for p, ids in phrases:
            actors.setdefault(p, set()).update(ids)
        for p in counts:
            self.direction[p] = normalise(p)[1]
        for p in sorted(counts, key=lambda p: (-counts[p], len(p), p)):
            defined = pk.concept_for(p)
            if defined is not None:
                self._add(defined.id, defined.label, p, counts[p], "named in the concept pack", "pack")
                continue
            key = set(normalise(p)[0])
            best, score = None, 0.0
            for c in self.concepts.values():
                s = _jaccard(key, c.key)
                if c.source == "auto" and s >= JACCARD and s > score:
                    best, score = c, s
            if best is not None:
                shared = ", ".join(sorted(key & best.key))
                self._add(best.id, best.label, p, counts[p], f"shares {shared} (Jaccard {score:.2f})", "auto")
            else:
                tokens = normalise(p)[0]
                cid = slug(tokens)
                self._add(cid, pk.rename.get(cid) or _label(p), p, counts[p], "first phrase", "auto")
                self.concepts[cid].key = key
        for p, ids in actors.items():
            c = self.concepts[self.of_phrase[p]]
            c.actors = sorted(set(c.actors) | ids)
        self._merge(pk)

    def _add(self, cid: str, label: str, phrase: str, n: int, why: str, source: str) -> None:
        c = self.concepts.setdefault(cid, Concept(cid, label, source=source))
        c.phrases[phrase] = c.phrases.get(phrase, 0) + n
        c.why[phrase] = why
        self.of_phrase[phrase] = cid

    def _merge(self, pk: ConceptPack) -> None:
        for group in pk.merge:
            into = self.concepts.get(group[0])
            for other in group[1:]:
                c = self.concepts.pop(other, None) if other != group[0] else None
                if into is None or c is None:
                    continue
                for p, n in c.phrases.items():
                    into.phrases[p] = into.phrases.get(p, 0) + n
                    into.why[p] = f"merged from {other} by the concept pack"
                    self.of_phrase[p] = into.id
                into.actors = sorted(set(into.actors) | set(c.actors))

    def concept_of(self, phrase: str) -> Concept:
        return self.concepts[self.of_phrase[phrase]]


def _label(phrase: str) -> str:
    """A readable label: the phrase without leading determiners and change words."""
    d = causal_pack().direction
    skip = set(d.up) | set(d.down) | {"the", "a", "an", "any", "this", "these", "such", "its", "their", "of"}
    toks = phrase.replace("\n", " ").split()
    while toks and toks[0].casefold().strip("“”\"'") in skip:
        toks = toks[1:]
    return " ".join(toks)[:80] or phrase[:80]
