"""Two armed groups told as alternatives are one side: "presumed JNIM or ISGS militants", "Boko Haram/IS",
"ISGS and/or JNIM fighters".

The text does not say which of the two acted, so the side is either of them, named "A and/or B" as ACLED
names its composite actors. The pack's `either_pairs` lexicon (knowledge/actors/generic.yaml) lists the
pairs whose composite name ACLED writes in a fixed order; any other pair keeps the text's order.
"""
from __future__ import annotations

from dataclasses import replace

from ..knowledge.actors import ActorPack
from ..model import ActorMention, Span
from .actor_matcher import cached

JOINERS = {"or", "/", "and/or", "and / or", "or the", "/ the"}
SIDES = {"armed_group", "rebel", "militia"}


def _order(pack: ActorPack) -> dict[frozenset, tuple[str, str]]:
    return cached(pack, "either_pairs", lambda: {frozenset(p): (p[0], p[1])
                                                 for p in pack.lexicon.get("either_pairs", ())})


def join(text: str, mentions: list[ActorMention], pack: ActorPack) -> list[ActorMention]:
    """The mentions (in text order), each pair of alternative armed groups made one composite side."""
    order = _order(pack)
    out: list[ActorMention] = []
    k = 0
    while k < len(mentions):
        a = mentions[k]
        b = mentions[k + 1] if k + 1 < len(mentions) else None
        if b is not None and _alternatives(text, a, b):
            first, second = (a, b)
            pair = order.get(frozenset((a.actor_id, b.actor_id)))
            if pair and pair[0] == b.actor_id:
                first, second = b, a
            out.append(replace(a, span=Span(a.span.doc_id, a.span.start, b.span.end),
                               text=text[a.span.start:b.span.end],
                               actor_id=f"either:{first.actor_id}|{second.actor_id}",
                               name=f"{first.name} and/or {second.name}", kind="armed_group", role=None))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _alternatives(text: str, a: ActorMention, b: ActorMention) -> bool:
    if a.kind not in SIDES or b.kind not in SIDES or a.actor_id == b.actor_id or a.provisional or b.provisional:
        return False
    if a.name.startswith("Unidentified") or b.name.startswith("Unidentified") or a.span.end > b.span.start:
        return False
    return " ".join(text[a.span.end:b.span.start].split()).lower() in JOINERS
