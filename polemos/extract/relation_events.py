"""Hostility stated by a violent event: the attacker and the attacked of an attack, a clash or a
riot are hostile to each other ("Jaish al-Adl attacked a police station", "the army clashed with X").

Reads the events the events extractor coded for the document; only actors that are groups or
forces on both sides count (a person, an organisation such as a bank, civilians or an
unidentified group is not a party to a relation). A state's forces striking in another country
with no armed side named on the ground ("Freedonia fired missiles at towns in Sylvania") are
hostile to the government of the country struck; their violence against civilians there, or a
fight with a side the event names there, is not.
"""
from __future__ import annotations

from ..model import ActorMention, Event
from .actors import civilians_name
from .attribution import ActorIndex, expanded_span, sentence_of
from .event_roles import Namer, naming_day

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
PARTY_KINDS = {"armed_group", "state", "state_force", "civilians", "igo"}
STATE_KINDS = {"state", "state_force"}
STRIKES = {"Battles", "Explosions/Remote violence"}   # what a force does to a state abroad


def _mention(index: ActorIndex, name: str | None, start: int, end: int, ctx=None, ev: Event | None = None,
             military: bool = False) -> ActorMention | None:
    """The mention of the actor named `name`, preferring one inside the event's evidence; else (`military`) a
    state's mention whose military the event named ("Pakistan fired missiles": Pakistan's military); else (with
    `ctx` and `ev`) the state whose military the event coded as the coalition it fights in there ("U.S. planes
    bombed a hospital in Kunduz": NATO in the event, the United States in the relation)."""
    found = [m for m in index.mentions if m.name == name and m.kind in PARTY_KINDS]
    if not found and military and ctx is not None:
        found = [m for m in index.mentions if m.kind == "state" and _military_name(m, ctx) == name]
    if not found and ctx is not None and ev is not None:
        found = [m for m in index.mentions if m.kind in STATE_KINDS and _coalition(m, ev, ctx) == name]
    inside = [m for m in found if start <= m.span.start < end]
    return (inside or found or [None])[0]


def _military_name(m: ActorMention, ctx) -> str | None:
    rec = ctx.pack.military_of(m.actor_id, ctx.doc.published) if m.actor_id in ctx.pack else None
    return ctx.pack.acled_name_at(rec.id, ctx.doc.published) if rec is not None else None


def _coalition(m: ActorMention, ev: Event, ctx) -> str | None:
    """The name the event gave a state's (or state force's) military where it took place: its coalition's there
    (`Namer.in_theatre`, as the events extractor names it)."""
    military = _military_name(m, ctx) if m.kind == "state" else m.name
    return Namer(ctx.pack).in_theatre(military, ev.country, naming_day(ev.event_date)) if military else None


def _home(name: str | None, ctx) -> str | None:
    """The country whose state an actor name is ('Military Forces of Iran (1989-)' -> Iran), else None."""
    rec = ctx.pack.lookup(name) if name else None
    if rec is None or rec.kind not in STATE_KINDS or not rec.country:
        return None
    return ctx.pack.demonym_country(rec.country) or rec.country


def _struck_state(sdoc, ev: Event, b: ActorMention | None, index: ActorIndex, ctx,
                  strikes: set[tuple[str, str]]) -> tuple[int, ActorMention] | None:
    """(sentence start, government) of the country a foreign state's forces struck, when the event names no
    armed side there (its second side missing or civilians): told by a sentence of the event that names the
    striking state and the country struck and no armed group the strike may have aimed at in an ally's land,
    unless that country's forces struck back ('retaliated')."""
    if ctx is None or (b is not None and b.kind != "civilians") or not ev.country or ev.event_type not in STRIKES:
        return None   # a force's violence against civilians abroad is no strike at the state there
    home, there = _home(ev.actor1, ctx), ctx.pack.demonym_country(ev.country) or ev.country
    if home is None or home == there:
        return None
    if ev.actor2 and not ev.actor2.startswith(civilians_name(None)) and _home(ev.actor2, ctx) != there:
        return None   # a side on the ground the event names, whether or not the sentence names it ('fight extremists')
    for ref in [ev.evidence, *ev.extra_evidence]:
        span = expanded_span(sdoc, ref.start, ref.end)
        if span is None or not len(span):
            continue
        sent = sentence_of(span[0])
        here = index.starting(sent.start_char, sent.end_char)
        if (there, home) not in strikes and any(m.kind == "armed_group" for m in here):
            continue
        if any(_home(m.name, ctx) == home for m in here) and _names_country(sent, here, there, ctx):
            gov = ctx.government(ev.country, sent[0])
            return (sent.start_char, gov) if gov is not None else None
    return None


def _names_country(sent, here: list[ActorMention], country: str, ctx) -> bool:
    places = (p for p in ctx.places if sent.start_char <= p.span.start < sent.end_char)
    return any((ctx.pack.demonym_country(p.country or "") or p.country) == country for p in places) or \
        any(_home(m.name, ctx) == country for m in here)


def event_facts(sdoc, events: list[Event], index: ActorIndex, ctx=None) -> dict[int, list[tuple]]:
    """(actor1, 'hostile', actor2) of each violent event, by the start character of its evidence sentence;
    `ctx` (relation_patterns.Context) adds the state a foreign force struck."""
    out: dict[int, list[tuple]] = {}
    strikes = {(_home(ev.actor1, ctx), ctx.pack.demonym_country(ev.country) or ev.country) for ev in events
               if ev.event_type in VIOLENT and ev.country} if ctx is not None else set()
    for ev in events:
        if ev.event_type not in VIOLENT or not ev.actor1:
            continue
        span = expanded_span(sdoc, ev.evidence.start, ev.evidence.end)
        if span is None or not len(span):
            continue
        a = _mention(index, ev.actor1, ev.evidence.start, ev.evidence.end, ctx, ev, military=True)
        b = _mention(index, ev.actor2, ev.evidence.start, ev.evidence.end, ctx, ev) if ev.actor2 else None
        if a is None:
            continue
        if b is not None and a.actor_id != b.actor_id:
            out.setdefault(sentence_of(span[0]).start_char, []).append((a, "hostile", b))
        struck = _struck_state(sdoc, ev, b, index, ctx, strikes) if a.kind in STATE_KINDS else None
        if struck is not None:
            out.setdefault(struck[0], []).append((a, "hostile", struck[1]))
    return out
