"""Two armed groups told as alternatives are one side: "presumed JNIM or ISGS militants", "Boko Haram/IS",
"ISGS and/or JNIM fighters".

The text does not say which of the two acted, so the side is either of them, named "A and/or B" as ACLED
names its composite actors. The pack's `either_pairs` lexicon (knowledge/actors/generic.yaml) lists the
pairs whose composite name ACLED writes in a fixed order; any other pair keeps the text's order.

A movement that split, told after the split by the name both factions went on bearing ("Boko Haram" after the
Islamic State's West African province broke away), is the same kind of side: which faction acted is left
open (`split_movements`), unless it names the offshoot apart or the faction by a name of its own.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

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
            out.append(_either(replace(a, span=Span(a.span.doc_id, a.span.start, b.span.end),
                                       text=text[a.span.start:b.span.end]), (a.actor_id, a.name),
                               (b.actor_id, b.name), order))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _either(m: ActorMention, a: tuple[str, str], b: tuple[str, str], order) -> ActorMention:
    """`m` as the composite side of the actors `a` and `b` (id, name), in ACLED's order of the pair."""
    first, second = (b, a) if (pair := order.get(frozenset((a[0], b[0])))) and pair[0] == b[0] else (a, b)
    return replace(m, actor_id=f"either:{first[0]}|{second[0]}", name=f"{first[1]} and/or {second[1]}",
                   kind="armed_group", role=None)


def split_sides(mentions: list[ActorMention], pack: ActorPack, on: date | None) -> list[ActorMention]:
    """The mentions, a movement told after its split by the name its factions share made the composite side of
    the movement and its offshoot ("Boko Haram attacked X" in 2020), where the text names the offshoot nowhere
    apart (then the name means the faction that kept it) and the mention has no word of the faction's own ("the
    Shekau faction", "Boko Haram (JAS)")."""
    if on is None:
        return mentions
    order = _order(pack)
    out = []
    for m in mentions:
        rule = next((r for r in pack.lexicon.get("split_movements", ()) if r["actor"] == m.actor_id), None)
        if rule is not None and on >= rule["since"] and _shared(m.text, rule) \
                and not any(o.actor_id == rule["offshoot"] for o in mentions):
            off = pack.get(rule["offshoot"])
            m = _either(m, (m.actor_id, m.name), (off.id, pack.name_at(off.id, on)), order)
        out.append(m)
    return out


def _shared(surface: str, rule: dict) -> bool:
    """The mention is told by a name the factions share, with no word of the faction's own."""
    words = surface.lower().replace("(", " ").replace(")", " ").split()
    return any(words[:len(n.split())] == n.lower().split() for n in rule["shared_names"]) \
        and not any(w.lower() in words for w in rule.get("own_words", ()))


def _alternatives(text: str, a: ActorMention, b: ActorMention) -> bool:
    if a.kind not in SIDES or b.kind not in SIDES or a.actor_id == b.actor_id or a.provisional or b.provisional:
        return False
    if a.name.startswith("Unidentified") or b.name.startswith("Unidentified") or a.span.end > b.span.start:
        return False
    return " ".join(text[a.span.end:b.span.start].split()).lower() in JOINERS
