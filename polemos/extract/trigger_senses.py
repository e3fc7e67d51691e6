"""Words of violence in their other senses: a trigger word that here names no act of violence.

Each test reads the parse around one trigger token and a word list of the event lexicon
(knowledge/events.yaml): a lasting state ("the besieged town", "a state of siege"), a figure of
speech ("a fatal heart attack", "cyber attacks", "to fight the epidemic"), a pit ("a copper
mine", "the Grasberg mine"), who a party is ("the coalition fighting the rebels"), a measure
("targeted officials with sanctions") and an accidental blast ("a gas cylinder exploded").
"""
from __future__ import annotations

from .attribution import children
from .event_lexicon import Lexicon


def _lemma(tok) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def other_sense(tok, lemma: str, lex: Lexicon) -> bool:
    """Whether the trigger word names something other than an act of violence here."""
    w = lex.words
    if tok.dep_ == "amod" and lemma in w["state_participles"]:
        return True                # "residents fled the besieged town": a state, told of the town
    if tok.pos_ in ("NOUN", "PROPN"):
        mods = {_lemma(m) for c in tok.children if c.dep_ in ("amod", "compound", "nmod") for m in c.subtree
                if m.i < tok.i}
        if not mods.isdisjoint(w["figurative_modifiers"]):
            return True            # "a fatal heart attack", "cyber attacks", "medical outreach operations"
        if tok.pos_ == "NOUN" and not mods.isdisjoint(w["crowd_control_modifiers"]):
            return True            # "fired tear gas shells", "threw smoke bombs": crowd control, not a shelling
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _lemma(tok.head.head) == "state":
        return True                # "imposed a state of siege": emergency rule
    if lemma == "mine" and any(c.dep_ in ("amod", "compound", "nmod") and (
            _lemma(c) in w["mined_things"] or c.pos_ == "PROPN") for c in tok.children):
        return True                # "workers of a copper mine", "the Grasberg mine": a pit (no landmine has a name)
    if lemma == "mine" and tok.dep_ == "pobj" and tok.head.lower_ in w["site_preps"] \
            and not any(c.dep_ == "compound" for c in tok.children):
        return True                # "guards at a mine", "trapped in a mine": a pit one is at (one steps on a landmine
        # or is hit by it)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and lemma in w["party_fights"]:
        return True                # "the coalition fighting the rebels declared a truce": who the party is
    if lemma == "tank" and any(_lemma(m) in w["stored_things"] or _lemma(m) in w["industrial_sites"]
                               for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "prep", "relcl")
                               for m in c.subtree):
        return True                # "an oil tank at the power plant", "a storage tank": a container, not armour
    if lemma == "target" and any(t.lower_ in w["target_measures"] for t in tok.sent):
        return True                # "targeted 13 officials with sanctions": a measure
    if any(c.lower_ == "with" and any(o.lower_ in w["target_measures"] for o in children(c))
           for c in children(tok, ("prep",))):
        return True                # "hits 13 officials with sanctions", "struck the firms with tariffs"
    return accidental_blast(tok, lex) or _figurative_enemy(tok, lex) or _hazard_agent(tok, lex)


def _doers(tok) -> list:
    """A word's subject and a passive's agent ('floods hit', 'was struck by a tsunami')."""
    return children(tok, ("nsubj",)) + [p for c in children(tok, ("agent",)) for p in children(c, ("pobj",))]


def _hazard_agent(tok, lex: Lexicon) -> bool:
    """A disaster or an accident does it ('an earthquake killed eight', 'floods hit the north', 'the island was
    struck by a tsunami', 'a chemical leak killed ten'): no act of violence."""
    agents = _doers(tok)
    agents += [o for a in list(agents) if _lemma(a) in lex.words["hazard_heads"] for p in a.children
               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    # "a second wave of floods hit the coast" (not "victims of the floods blocked the road")
    return any(_lemma(a) in lex.words["accident_words"] or _lemma(a) in lex.words["blights"] for a in agents)


def done_by_someone(tok, lex: Lexicon) -> bool:
    """The harm word has a doer that is neither a disaster, a thing that blows up nor one that falls ('riders burnt
    a vehicle after a road accident'; not 'a truck crushed under falling boulders'): someone acted."""
    if _hazard_agent(tok, lex):
        return False
    w = lex.words
    things = w["accident_words"] | w["accidental_blasts"] | w["industrial_sites"] | w["blast_words"] \
        | w["falling_things"]
    return any(_lemma(d) not in things for d in _doers(tok))


def accidental_blast(tok, lex: Lexicon) -> bool:
    """An explosion word whose thing blown up is no weapon: its modifier, its 'of' object or its subject ('a gas
    cylinder exploded', 'the explosion of the volcano')."""
    if _lemma(tok) not in lex.words["blast_words"]:
        return False
    things = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "nsubj")]
    things += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    things += [m for t in list(things) for m in t.children if m.dep_ == "compound"]     # "a gas cylinder"
    if any(_lemma(t) in lex.words["accidental_blasts"] for t in things):
        return True
    heads = (tok, *things, *([tok.head] if tok.dep_ == "nsubj" else []))    # "an explosion tore through a depot"
    sites = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ != "of"
             for o in p.children if o.dep_ == "pobj"]            # "a boiler in the mill blew apart"
    sites += [m for o in list(sites) + things for m in o.subtree if m.dep_ in ("compound", "amod", "nmod")]
    return any(_lemma(t) in lex.words["industrial_sites"] for t in sites + things)


def _figurative_enemy(tok, lex: Lexicon) -> bool:
    """A fight whose object, or what it is 'against', is a disease, a disaster or a social ill ('to fight the
    epidemic', 'the battle against poverty')."""
    if any(c.role == "protest" or c.sub == "Arrests" for c in lex.single.get(_lemma(tok), ())):
        return False               # "thousands marched against corruption": a protest is about its cause; "arrested
                                   # on charges of ...": what the arrest was for
    objs = children(tok, ("dobj",))
    objs += [o for p in children(tok, ("prep",)) if p.lower_ in ("against", "with", "on")
             for o in children(p, ("pobj",)) if o.ent_type_ not in ("DATE", "TIME")]    # not "on Monday"
    ills = lex.words["figurative_enemies"]
    return bool(objs) and all(_lemma(o) in ills or o.lower_ in ills for o in objs)
