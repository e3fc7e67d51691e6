"""Hostility stated by a violent event: the attacker and the attacked of an attack, a clash or a
riot are hostile to each other ("Jaish al-Adl attacked a police station", "the army clashed with X").

Reads the events the events extractor coded for the document; only actors that are groups or
forces on both sides count (a person, an organisation such as a bank, civilians or an
unidentified group is not a party to a relation).
"""
from __future__ import annotations

from ..model import ActorMention, Event
from .attribution import ActorIndex, sentence_of

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
PARTY_KINDS = {"armed_group", "state", "state_force", "civilians", "igo"}


def _mention(index: ActorIndex, name: str | None, start: int, end: int) -> ActorMention | None:
    """The mention of the actor named `name`, preferring one inside the event's evidence."""
    found = [m for m in index.mentions if m.name == name and m.kind in PARTY_KINDS]
    inside = [m for m in found if start <= m.span.start < end]
    return (inside or found or [None])[0]


def event_facts(sdoc, events: list[Event], index: ActorIndex) -> dict[int, list[tuple]]:
    """(actor1, 'hostile', actor2) of each violent event, by the start character of its evidence sentence."""
    out: dict[int, list[tuple]] = {}
    for ev in events:
        if ev.event_type not in VIOLENT or not ev.actor1 or not ev.actor2:
            continue
        span = sdoc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        a = _mention(index, ev.actor1, ev.evidence.start, ev.evidence.end)
        b = _mention(index, ev.actor2, ev.evidence.start, ev.evidence.end)
        if a is not None and b is not None and a.actor_id != b.actor_id:
            out.setdefault(sentence_of(span[0]).start_char, []).append((a, "hostile", b))
    return out
