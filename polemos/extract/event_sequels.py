"""Sentences that continue an event already told: tolls, claims and attributions, a protest's
dispersal or violence, and the dateline heading a text."""
from __future__ import annotations

import re

from ..model import Event, Span
from .attribution import cue_tokens
from .event_args import Figure, count_words, victims_of
from .event_context import split_factor
from .event_merge import Draft
from .event_roles import attributed, claimed_by
from .event_typing import resolve
from .triggers import Trigger

MOD_ROLES = {"intervention", "excessive", "protester_violence"}
GENERIC_DEAD = frozenset({"people", "person", "man"})   # the dead of any side


def dateline(times, text: str):
    """A date heading the text ("03/22/2017: ...", "KABUL, May 3 (Reuters) -"): the date of its undated events."""
    for tm in times:
        if tm.span.start > 60 or not tm.value or tm.precision != "day":
            continue
        tail = text[tm.span.end:tm.span.end + 14]
        if re.match(r"\s*(?:\([^)]{1,10}\)\s*)?[:\u2013\u2014-]", tail):
            return tm
    return None


def toll_update(sent, ctx) -> list[Draft]:
    """A sentence with no trigger that refers back to the latest event: a death toll
    ("the toll rose to 19"), a claim ("X claimed responsibility for the incident") or an
    attribution ("sources attributed the attack to X")."""
    fat = count_words(sent, ctx.lex.words["fatality_words"], ctx.lex, ctx.qfor)
    if fat is not None and fat.best and (k := split_factor(sent.text, ctx.doc.text)) > 1:
        fat = Figure(0, -(-fat.best // k), fat.best // k)
    if fat is not None and (_other_period(sent, ctx) or ctx.tally_told):
        fat = None             # "more than 300 deaths last year" after an attack on Tuesday: another period's toll;
        # "... have carried out 30 attacks since January. They killed 120": the tally's
    claim = claimed_by(sent, None, ctx.actors, ctx.lex)
    blamed = attributed(sent, ctx.actors) if claim is None else None
    if (fat is None or not fat.best) and not claim and not blamed:
        return []
    ev = Event(doc_id=ctx.doc.doc_id, event_type="", sub_event_type="",
               evidence=Span(ctx.doc.doc_id, sent.start_char, sent.end_char),
               actor1=claim or blamed, claimed_by=claim)
    if fat is not None and fat.best:
        ev.fatalities, ev.fatalities_low, ev.fatalities_high = fat.best, fat.low, fat.high
    persons = fat is not None and not ctx.quantities.within(sent.start_char, sent.end_char) and not any(
        t.lower_ == "both" for t in sent)        # "both men died": the whole group, counted, not some of the dead
    return [Draft(ev, own_place=False, own_date=False, claim_only=True, names_perpetrator=bool(claim or blamed),
                  persons_only=persons, dead_of=dead_kind(sent, ctx.lex) if ev.fatalities_low is not None else None)]


def _partitive(v):
    """The noun a counted part is of ('three of the attackers': attackers)."""
    if v.pos_ == "NUM":
        return next((p for c in v.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"), v)
    return v


def dead_kind(sent, lex) -> str | None:
    """Whose dead the sentence's toll counts: 'assailants' when every counted noun names the attack's doers
    (`assailant_nouns`: 'the three raiders died'), 'victims' when every one is of a victim class and none of them
    ('eleven officers died'); None for people at large ('13 people were killed') or a mix."""
    doers = lex.words["assailant_nouns"]
    nouns = [n for cue in cue_tokens(sent, lex.words["fatality_words"]) for v in map(_partitive, victims_of(cue))
             if (n := v.lemma_.lower()) in doers or lex.victim_class(n)]      # not 'a deadly attack'
    if not nouns:
        return None
    if all(n in doers for n in nouns):
        return "assailants"
    if all(n not in doers and n not in GENERIC_DEAD for n in nouns):
        return "victims"
    return None


def _other_period(sent, ctx) -> bool:
    """The sentence is dated to a time before the latest event that does not hold its date ('... 300 deaths last
    year'): what it counts is not that event's (a later day is its toll updated: 'the toll rose to 12 on Saturday')."""
    if ctx.last_date is None or not ctx.last_date[0]:
        return False
    told = ctx.last_date[0]
    return any(tm.value and not (told.startswith(tm.value) or tm.value.startswith(told)) and tm.value < told
               for tm in ctx.times.within(sent.start_char, sent.end_char))


def protest_sequel(sent, factual: list[Trigger], ctx) -> bool:
    """A sentence continuing the latest protest ("Police dispersed the crowd", "The demonstrators
    burned tyres"): its interventions and violence retype that protest; True when it was absorbed."""
    dated = bool(ctx.times.within(sent.start_char, sent.end_char))
    if ctx.demo is None or any(t.token.pos_ == "VERB" and (
            t.role == "protest" and (dated or not t.cls.crowd_subject) or t.role == "riot" and dated)
                               for t in factual):
        return False           # another protest, or a riot or a blockade told with its own time ("The
                               # demonstrators burned tyres", "the strikers blocked a road" right after a
                               # protest are its course)
    lex = ctx.lex
    if factual and all((t.role == "intervention" or t.cls.sub == "Arrests") and _at_other_work(t, lex)
                       for t in factual):
        return False           # "a reporter was held as she questioned people in the crowd": an arrest of its own
    draft, anchors, mods = ctx.demo
    # "Police intervened.", "Three men were detained by officers": the sentence right after a protest telling
    # only the authorities' response needs no word for the crowd
    told_end = max([draft.event.evidence.end, *(e.end for e in draft.event.extra_evidence)])
    next_one = sent.start_char - told_end <= 2
    # ... nor one telling only damage with no one named ("Several mattresses were set alight.")
    unowned = not ctx.actors.within(sent.start_char, sent.end_char)
    # ("... against the arrest of their editor. He was arrested on charges of ...": the grievance told again, unless
    # the sentence names the force that acted: "Twenty were detained by riot police")
    forces = any(m.kind == "state_force" for m in ctx.actors.within(sent.start_char, sent.end_char))
    response = not dated and bool(factual) and (forces or all(t.cls.name not in ctx.demo_grief for t in factual)) \
        and all(t.role in ("intervention", "excessive") or t.cls.sub == "Arrests"
        or (forces and t.token.lemma_.lower() in lex.words["moving_nouns"])   # "two patrols came and held six
        # people": the force came to the crowd; "the crowd and officers clashed": the crowd fought it
        or (forces and t.token.lemma_.lower() in lex.words["brawl_words"]
            and not ctx.armed_between(sent.start_char, sent.end_char))
        or (forces and next_one and t.role == "violent" and not ctx.armed_between(sent.start_char, sent.end_char))
        # "... The inmates burnt documents. Prison guards killed one of them": the force's answer to the crowd
        or (unowned and (t.role in ("protester_violence", "riot") or t.cls.sub == "Looting/property destruction"))
        for t in factual)
    # ... and a force's response later in the same paragraph names the force ("... The nurses said they lacked
    # equipment. Police intervened.")
    near = next_one or (forces and "\n" not in ctx.doc.text[told_end:sent.start_char])
    # ... or the next sentence tells the crowd's own doing and the answer to it ("The marchers had closed a road
    # and officers took them away": a blockade, undated, beside an intervention)
    held = [t for t in factual if t.cls.sub == "Arrests" and t.cls.name not in ctx.demo_grief]   # (not the arrest
    # the protest was about, told again)
    crowds = [t for t in factual if t.role in ("protest", "riot", "protester_violence")]
    answers = [t for t in factual if t.role in ("intervention", "excessive") or t.cls.sub == "Arrests"]
    answered = next_one and not dated and bool(crowds) and bool(held or any(t.role in ("intervention", "excessive")
                                                                            for t in answers)) \
        and len(crowds) + len(answers) == len(factual)
    if (lex.words["crowd_words"].isdisjoint(ctx.sent_lemmas) and not (near and response or answered)) \
            or not factual:
        return False
    if _elsewhere(sent, draft.event, ctx):
        return False           # "in Basra, where protesters burned the governor's office": another city's protest
    extra = [t for t in factual if t.role in MOD_ROLES or t.role in ("protest", "riot")]
    if not extra:
        if not any(t.role == "violent" and t.anchor for t in factual):
            return False
        # "Police opened fire after tear gas failed to disperse the crowds": the protest's course
        draft.event.extra_evidence.append(Span(ctx.doc.doc_id, sent.start_char, sent.end_char))
        return True
    sub = resolve(anchors, mods + extra, None, False, False, ctx.places, lex)
    if sub == "Peaceful protest" and held and not _once_over(sent, lex):
        sub = "Protest with intervention"   # "the marchers had closed a road and officers took them away": the
        # blockade is the protest's course, the arrest the authorities' answer to it (as fold_arrests reads it alone)
    if sub and sub != draft.event.sub_event_type and not _once_over(sent, lex) \
            and lex.event_type[sub] in ("Protests", "Riots"):
        # typed again from everything told of it: the crowd's violence makes a peaceful protest a violent
        # demonstration (ACLED's Riots), whatever the hierarchy's order of the two event types; its course never
        # makes it another kind of event (a crowd's assault typed a riot stays one)
        ev = draft.event
        ev.sub_event_type, ev.event_type = sub, lex.event_type[sub]
        ev.actor1, ev.assoc_actor1, ev.actor2 = crowd(ev.event_type, ev.assoc_actor1, ev.actor2, ev.country, ctx)
    draft.event.extra_evidence.append(Span(ctx.doc.doc_id, sent.start_char, sent.end_char))
    ctx.demo = (draft, anchors, mods + extra)
    fat = None if draft.event.fatalities or not forces else \
        count_words(sent, lex.words["fatality_words"], lex, ctx.qfor)
    if fat is not None and fat.best:      # "Police shot dead two of the rioters": the crowd's dead are its toll (not
        # deaths the crowd told of: "they said six inmates had died of the virus")
        ev = draft.event
        ev.fatalities, ev.fatalities_low, ev.fatalities_high = fat.best, fat.low, fat.high
    return True


def _at_other_work(t: Trigger, lex) -> bool:
    """The one arrested is told doing something else than protesting when it happened ('detained as she questioned
    people in the crowd', 'while he filmed the march'): no crowd member, whose arrest is no course of the protest."""
    verb = t.token if t.token.pos_ in ("VERB", "AUX") else t.token.head
    for c in verb.children:
        if c.dep_ != "advcl" or c.lemma_.lower() in lex.words["crowd_words"] or any(
                k.role in ("protest", "riot") for k in lex.single.get(c.lemma_.lower(), [])):
            continue
        if any(m.dep_ == "mark" and m.lower_ in ("as", "while", "when") for m in c.children) and any(
                s.dep_ == "nsubj" and (s.lower_ in ("he", "she") or s.ent_type_ == "PERSON") for s in c.children):
            # one person ("as the group tried to unfurl banners", "as members marched on": the crowd at its protest)
            return True
    return False


def _once_over(sent, lex) -> bool:
    """The sentence tells what came after the protest ended ('an organiser was held once the march had ended',
    'they were detained after the rally was over'): no course of it, its type stays."""
    for tok in sent:
        if tok.lower_ != "after":
            continue
        heads = [c for c in tok.children if c.dep_ == "pobj"]
        heads += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")] if tok.dep_ == "mark" else []
        if any(h.lemma_.lower() in lex.words["crowd_words"] for h in heads):
            return True
    return False


def _elsewhere(sent, ev, ctx) -> bool:
    """The sentence names a town or province of another province than the protest's."""
    if ev.admin1 is None:
        return False
    return any(p.feature != "country" and p.admin1 and p.admin1 != ev.admin1
               for p in ctx.places.within(sent.start_char, sent.end_char))


def crowd(event_type: str, a1, a2, country, ctx) -> tuple:
    """ACLED protests and riots: the crowd is actor1, who they are is the associated actor."""
    if event_type not in ("Protests", "Riots"):
        return a1, None, a2
    crowd = "Protesters" if event_type == "Protests" else "Rioters"
    assoc = a1 if a1 and not a1.startswith(crowd) and not ctx.namer.is_state(a1) else None
    if event_type == "Protests" and a2 and a2.startswith("Civilians"):
        a2 = None                             # what a protest is against; a mob's victims stay its second side
    return (f"{crowd} ({country})" if country else crowd), assoc, a2

