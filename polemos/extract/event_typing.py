"""Typing a group of concurrent triggers in ACLED's taxonomy (hierarchy + victims' status)."""
from __future__ import annotations

import re

from .event_lexicon import Lexicon
from .triggers import Trigger, objects_of

PLACE_OBJECTS = {"village", "town", "city", "district", "area", "territory", "base", "checkpoint", "post",
                 "control", "province", "region", "headquarters", "hill", "border", "crossing", "airport",
                 "outpost", "camp", "position", "county", "neighbourhood", "neighborhood", "locality",
                 "road", "highway", "bridge", "valley", "capital", "port", "island", "settlement", "stronghold"}
PROTEST_ROLES = {"protest", "riot"}
TRANSFER = "Non-violent transfer of territory"
SHELLING = "Shelling/artillery/missile attack"
FROM_AFAR = {SHELLING, "Air/drone strike"}
CLOSE_ARMS = {"Remote explosive/landmine/IED", "Grenade"}   # charges set or thrown at close range
MUTUAL = {"clash", "scuffle", "skirmish"}    # both sides act, whoever is the subject
LEGACY_EXPLOSIVES = {"Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Grenade"}
PAST_DECADE = re.compile(     # "a valley where battles raged in the 1970s"
    r"\b(?:war|wars|fighting|conflict|battles?)\b[^.;]{0,40}?\b(?:in|during) the (?:1[89]|20)\d0s\b", re.IGNORECASE)
SITE_OBJECTS = {"prison", "jail", "airport", "embassy", "hospital", "school", "mosque", "church", "bank", "hotel",
                "ministry", "office", "building", "house", "home", "market", "palace", "parliament", "university"}


def _object_kind(trig: Trigger, places, parts: frozenset = frozenset()) -> str:
    """Is what a territory verb takes a place ('place') or a person ('person')?"""
    if trig.cls.driven_out:      # "pushed the rebels out of three villages": the ground they were driven from
        grounds = [p for c in trig.token.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("out", "from")
                   for x in (c, *c.children) for p in x.children if p.dep_ == "pobj"]
        return "place" if any(g.lemma_.lower() in PLACE_OBJECTS or places.at_token(g) for g in grounds) else "none"
    fallen = trig.token.lemma_.lower() == "fall"        # "Kabul fell to the Taliban": its subject is the ground
    for c in trig.token.children:
        if c.dep_ in ("dobj", "nsubjpass", "pobj") or (c.dep_ == "prep" and c.lower_ == "of") \
                or (fallen and c.dep_ == "nsubj"):
            heads = [c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"]
            for h in heads:
                h = _whole_of(h, parts)             # "seized most of the city": the city
                if h.lemma_.lower() == "control":       # "took control of X", "established control over X"
                    held = [p for x in (h, trig.token) for c in x.children if c.dep_ == "prep"
                            and c.lower_ in ("of", "over") for p in c.children if p.dep_ == "pobj"]
                    return "site" if any(p.lemma_.lower() in SITE_OBJECTS - PLACE_OBJECTS for p in held) else "place"
                if h.lemma_.lower() in SITE_OBJECTS:
                    return "site"           # a prison, an airport: taken, not territory
                if h.lemma_.lower() in PLACE_OBJECTS or any(p.feature != "site" for p in places.at_token(h)):
                    return "place"
                if places.at_token(h):
                    return "site"           # a prison, an airport: taken, not territory
                return "person"
    if trig.cls.sub is None and trig.text.lower().startswith(("take control", "take over", "fall to", "gain control")):
        return "place"
    return "place" if trig.token.pos_ == "NOUN" else "none"


def _whole_of(head, parts: frozenset):
    """The whole a part names ('most of the city', 'large parts of the province', `territory_parts`), else `head`."""
    if head.lemma_.lower() not in parts:
        return head
    return next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"), head)


def _goods_taken(trig: Trigger, lex: Lexicon) -> bool:
    """What the verb took is goods (`seizure`'s objects: 'seized four motorbikes', 'captured a mill'), no person."""
    goods = lex.classes["seizure"].objects
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in goods for c in trig.token.children)


def _forces_act(trig: Trigger, lex: Lexicon) -> bool:
    """'police beat a protester': violence by the state's forces is no violence of the crowd."""
    if trig.role != "protester_violence" or trig.token.lemma_.lower() in MUTUAL:
        return False
    for c in trig.token.children:
        if c.dep_ == "nsubj" and lex.state_force(c.lemma_.lower()):
            return True
        if c.dep_ == "agent" and any(lex.state_force(p.lemma_.lower()) for p in c.children):
            return True
    return False


def _mod_role(trig: Trigger, lex: Lexicon) -> str:
    """A modifier's part in a protest: the forces' own violence is their response; a response done violently
    ('violently dispersed', 'brutally suppressed') is excessive force."""
    if _forces_act(trig, lex):
        return "intervention"
    if trig.role == "intervention" and any(c.dep_ == "advmod" and c.lower_ in lex.words["excessive_manner"]
                                           for c in trig.token.children):
        return "excessive"
    return trig.role


def _state_subject(trig: Trigger, lex: Lexicon) -> bool | None:
    """'government forces retook X', 'troops captured Y': the subject names the state's forces (True); 'insurgents
    seized X', 'with scores of rebels entering Y' (the noun a participle hangs on): an armed party of no state
    (False), whatever side the rest of the sentence names first; None when the taker is not told by such a word."""
    subs = [c for c in trig.token.children if c.dep_ == "nsubj"]
    subs += [p for c in trig.token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not subs and trig.token.dep_ == "acl" and trig.token.tag_ in ("VBG", "VBN") and trig.token.head.pos_ == "NOUN":
        subs = [trig.token.head]
    for s in subs:
        if lex.state_force(s.lemma_.lower()):
            return True
        if any(m.dep_ in ("amod", "compound") and m.lemma_.lower() in lex.words.get("state_modifiers", ())
               for m in s.children):
            return True
    if subs and all(s.lemma_.lower() in lex.words["armed_parties"] for s in subs):
        return False
    return None


def _observed(trig: Trigger, lex: Lexicon) -> bool:
    """'the monitors recorded 9 projectiles and blasts near X', 'heard rifle shots': fire perceived
    from afar (the trigger is in the phrase a perception verb takes)."""
    tok = trig.token
    for _ in range(8):
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in lex.words["perception_verbs"]:
            return True
        if tok.head.i == tok.i or tok.dep_ not in ("nmod", "compound", "conj", "appos", "pobj", "prep", "acl",
                                                   "dobj", "amod") or (tok.dep_ == "prep" and tok.lower_ != "of") \
                or (tok.dep_ == "dobj" and tok.head.dep_ != "acl"):
            return False
        tok = tok.head
    return False


def _direct_fire(sent, lex: Lexicon) -> bool:
    """Does the sentence name a soldier's own weapons ('shots involving small arms', 'rifle fire')?"""
    words = [t.lemma_.lower() for t in sent]
    text = " " + " ".join(words) + " "
    heavy = lex.words["heavy_modifiers"]           # 'recoilless rifles' are a crew's weapon
    return any(f" {w} " in text and not any(f" {m} {w} " in text for m in heavy) for w in lex.words["direct_fire"])


def _guns_beside(means: list[Trigger], lex: Lexicon) -> bool:
    """A charge told with guns as its fellow weapon ('stormed a post with grenades and pistols'): a firearm
    (`direct_fire`) among the conjuncts of a grenade or a bomb used (not 'policemen armed with rifles')."""
    guns = lex.words["direct_fire"]
    return any(t.role == "method" and t.cls.sub in CLOSE_ARMS
               and any(c.lemma_.lower() in guns for c in t.token.conjuncts) for t in means)


def _protest(roles: set, mods: set, anchors: list[Trigger], lex: Lexicon) -> str:
    if "riot" in roles and "protest" not in roles:     # rioters: a demonstration turned violent, unless a mob
        lemmas = {t.token.lemma_.lower() for t in anchors}
        mob = bool(lemmas & lex.words.get("mob_words", set())) or not lemmas & lex.words.get("riot_words", set())
        return "Mob violence" if mob else "Violent demonstration"
    if "protester_violence" in mods or "riot" in mods:
        return "Violent demonstration"      # demonstrators' own violence outranks the police response, lethal
    if "excessive" in mods:                 # force included (ACLED: excessive force is on peaceful protesters)
        return "Excessive force against protesters"
    if "intervention" in mods:
        return "Protest with intervention"
    return "Peaceful protest"


def premature(t: Trigger, lex: Lexicon) -> bool:
    """The charge went off before its time: 'exploded prematurely', 'a premature detonation' (the cue on the
    weapon word or on the verb it is the subject of)."""
    tok = t.token
    heads = [tok, *([tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else [])]
    return any(c.dep_ in ("advmod", "amod") and c.lemma_.lower() in lex.words["premature_cues"]
               for h in heads for c in h.children)


def _suspects_taken(t: Trigger, lex: Lexicon) -> bool:
    """'the second suspect was captured on Friday', 'two of the attackers were seized alive': whoever did it, with no
    taker named, the wanted were caught (the authorities'), not abducted."""
    tok = t.token
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    taken = [h for c in tok.children if c.dep_ == "nsubjpass"
             for h in (c, *(p for x in c.children if x.dep_ == "prep" and x.lower_ == "of"
                            for p in x.children if p.dep_ == "pobj"))]
    return any(h.lemma_.lower() in lex.words["wanted_nouns"] for h in taken)


def unfired(tok, lex: Lexicon) -> bool:
    """A detonation word that tells no charge went off: negated ('the mortar round did not explode', 'failed to
    detonate', 'nobody was wounded'), before its time was up ('defused the bomb before it exploded'), or done by
    those who found it ('a controlled explosion', 'soldiers detonated a mine laid by the rebels')."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    told = verb is tok or verb.lemma_.lower() in lex.words["going_off"]   # not "the blast did not injure anyone":
    if any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and lex.nobody(c))       # what it did not do
           for c in (*tok.children, *(verb.children if told else ()))):
        return True             # "did not explode", "no one was hurt"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.words["failure_verbs"]:
        return True
    if any(c.dep_ == "mark" and c.lower_ in lex.words["unfired_marks"] for c in verb.children):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ in lex.words["unfired_marks"]:
        return True             # "before exploding"
    if any(c.dep_ == "nsubj" and lex.state_force(c.lemma_.lower()) for c in verb.children) and any(
            a.dep_ in ("acl", "relcl") and a.lemma_.lower() in lex.words["blast_placing"]
            for o in verb.children if o.dep_ == "dobj" for a in o.children):
        return True             # "troops blew up a mine laid by the rebels": destroyed by those who found it
    return any(c.dep_ in ("amod", "compound") and c.lower_ in lex.words["controlled_cues"] for c in tok.children)


def dud(t: Trigger, lex: Lexicon) -> bool:
    """The charge did not go off ('lobbed a grenade, but it did not explode', 'the bomb failed to detonate'): its
    sentence tells a going-off word as unfired (resolve asks that no detonation word tells one went off)."""
    return any(w.lemma_.lower() in lex.words["going_off"] and unfired(w, lex) for w in t.token.sent)


def _aerial(t: Trigger, lex: Lexicon) -> bool:
    """A bombing word alone, not a bomb put in place ("a roadside bomb", "a bomb planted by the army", "a
    Taliban-planted bomb": the participle an adjective of the bomb)."""
    tok = t.token
    placed = lex.words["placed_bomb_verbs"]
    return t.end - t.start == 1 and tok.lemma_.lower() in lex.words["aerial_bombing"] and not (
        tok.head.lemma_.lower() in placed and tok.dep_ in ("dobj", "nsubjpass")
        or any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in placed for c in tok.children))


def _struck_from_afar(anchors: list[Trigger], means: list[Trigger], lex: Lexicon) -> str | None:
    """Weapons destroyed by fire from afar ('blew up an arms depot by artillery fire', 'air raids
    destroyed arms depots'): the shelling or the strike, not weapons disrupted (the method is none of the things
    destroyed: 'shot down a drone' stays a disruption)."""
    ruined = [t.token for t in anchors if t.cls.sub == "Disrupted weapons use"
              and t.token.lemma_.lower() in lex.words["ruin_verbs"]]
    if not ruined:
        return None
    things = {w.i for r in ruined for c in objects_of(r)     # (through quantity nouns: 'destroyed dozens of rockets')
              for w in (c, *c.children) if w is c or w.dep_ in ("compound", "amod", "conj")}
    afar = {t.cls.sub for t in means if t.role == "method" and t.cls.sub in FROM_AFAR and t.token.i not in things
            and not t.cls.generic}
    return min(afar, key=lex.rank) if afar else None


def resolve(anchors: list[Trigger], mods: list[Trigger], victims: str | None, state_actor: bool,
            detonated: bool, places, lex: Lexicon) -> str | None:
    """The one sub-event type for a group of concurrent triggers, or None."""
    roles = {t.role for t in anchors}
    modroles = {_mod_role(t, lex) for t in mods} | roles
    fixed = {t.cls.sub for t in anchors if t.role == "fixed"}
    unarmed = all(t.role == "fixed" and (t.cls.sub or "").lower() in lex.words["unarmed_developments"] for t in anchors)
    means = anchors if unarmed else anchors + mods       # 'arrested three men after the bombing': no means
    specific = {t.cls.sub for t in means if t.role == "method" and not t.cls.generic}
    methods = specific or {t.cls.sub for t in means if t.role == "method"}
    if roles & PROTEST_ROLES:
        return _protest(roles, modroles, anchors, lex)
    if "intervention" in roles <= {"intervention", "violent"} and any(
            t.role == "intervention" and t.token.lemma_.lower() in lex.words["dispersal_verbs"] for t in anchors):
        return _protest(roles | {"protest"}, modroles, anchors, lex)   # a crowd dispersed: it had gathered
    if methods and "Suicide bomb" not in methods and any(premature(t, lex) for t in means if t.role == "method"):
        return "Disrupted weapons use"
    aimed = all(t.token.lemma_.lower() in lex.words["aim_words"] for t in anchors if t.role == "violent")
    if methods and not detonated and aimed and any(dud(t, lex) for t in means if t.role == "method"):
        return "Disrupted weapons use"      # "lobbed a grenade, which did not explode", "targeted a patrol with a
        # grenade that failed to go off": a failed attack (not one where shots were fired)
    transfer = any(t.cls.sub == TRANSFER for t in anchors + mods) and not (roles & {"violent"}) \
        and "Armed clash" not in fixed
    for t in sorted(anchors, key=lambda a: a.role != "retake"):      # "retook X, seized last year by Y"
        if t.role in ("territory", "retake"):
            kind = _object_kind(t, places, lex.words["territory_parts"])
            if kind == "place":
                if transfer:
                    return TRANSFER                 # taken as the other side withdrew: no fight
                own = _state_subject(t, lex)
                state = state_actor if own is None else own
                return "Government regains territory" if state else "Non-state actor overtakes territory"
            if kind == "person" and t.role == "territory" and t.token.lemma_ in ("capture", "seize") \
                    and not _goods_taken(t, lex):     # (not "seized four motorbikes", "seized a mill")
                if _suspects_taken(t, lex):
                    return "Arrests"            # (whatever weapon the sentence names: the act they are wanted for)
                fixed.add("Arrests" if state_actor else "Abduction/forced disappearance")
    if "Armed clash" in fixed:
        return "Armed clash"
    observed = [t for t in anchors + mods if t.role in ("violent", "method") and _observed(t, lex)]
    if observed and victims not in ("civilian", "prisoner") and specific <= {SHELLING} and not fixed:
        return "Armed clash" if _direct_fire(observed[0].token.sent, lex) else SHELLING
    violent = "violent" in roles
    if "Disrupted weapons use" in fixed and not detonated and (afar := _struck_from_afar(anchors, means, lex)):
        return afar                         # "destroyed an arms depot with artillery fire": a strike on it
    if methods and not ("Disrupted weapons use" in fixed and not detonated):
        sub = min(methods, key=lex.rank)
        if sub == SHELLING and victims in ("armed", None) and anchors and _direct_fire(anchors[0].token.sent, lex):
            return "Armed clash"             # mortar and rifle fire on a trench line: a close fight
        if sub in CLOSE_ARMS and victims == "armed" and (any(
                t.role == "violent" and t.token.lemma_.lower() in lex.words["exchange_words"] for t in anchors + mods)
                or _guns_beside(means, lex)):
            return "Armed clash"             # "blew up a cash machine, then shot at a police unit", "a bomb hit the
            # convoy, then a gunfight", "attacked a patrol with grenades and rifles": fire aimed at an armed side
            # outranks the charge (ACLED's hierarchy)
        if sub == "Remote explosive/landmine/IED" and state_actor and all(
                _aerial(t, lex) for t in anchors + mods if t.role == "method"):
            return "Air/drone strike"        # "the army bombed a market": from the air
        return sub
    if "Disrupted weapons use" in fixed and not (violent and detonated):
        return "Disrupted weapons use"      # weapons seized after a deadly attack are the attack's course
    for sub in ("Sexual violence", "Attack"):
        if sub in fixed:
            return sub
    if "Abduction/forced disappearance" in fixed:
        # a raid that only abducts is an abduction; one that also kills or wounds is an attack ("seized on his farm
        # and knifed in a ditch": ACLED's concurrent tactics, abducting then killing)
        harms = lex.words["fatality_words"] | lex.words["injury_words"] | lex.words["bare_hand_verbs"] \
            | lex.words["abductee_harms"]
        harmed = violent and victims in ("civilian", "prisoner", "place", None) and (detonated or any(
            t.role == "violent" and t.token.lemma_.lower() in harms for t in anchors))
        return "Attack" if harmed else "Abduction/forced disappearance"
    if violent and state_actor and _remote_strike(anchors + mods, lex):
        return "Air/drone strike"            # "an Israeli strike on a car killed two fighters", "US strikes near
        # Jilib": a state's strike, told as a noun with no fight on the ground, comes from the air (ACLED)
    if violent:
        mutual = any(c.dep_ == "prep" and c.lower_ == "between" for t in anchors + mods for c in t.token.children
                     if t.role in ("violent", "fixed")) \
            or any(t.cls.sub == "Armed clash" and t.token.lemma_.lower() in lex.words["reciprocal_words"] for t in mods)
        # (the dead of a fight told beside it, "shot during clashes between two clans", "amid revenge killings
        # between two sections": the fight's, whoever they were)
        return "Armed clash" if victims in ("armed", "place") or mutual else "Attack"
    strategic = [s for s in fixed if s]
    return min(strategic, key=lex.rank) if strategic else None


def _remote_strike(trigs: list[Trigger], lex: Lexicon) -> bool:
    """A strike told as a noun ('a strike on a car', 'strikes on the town'), with no fight on the ground among the
    violent words (`ground_fight_words`: 'a strike during clashes', 'an ambush')."""
    violent = [t for t in trigs if t.role == "violent"]
    nouns = lex.words["strike_nouns"]
    told = [t.token for t in violent] + [c for t in violent for c in t.token.children if c.dep_ == "nsubj"] + [
        p for t in violent for c in t.token.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by")
        for p in c.children if p.dep_ == "pobj"]     # "a strike killed two", "were killed in a strike"
    return any(w.pos_ == "NOUN" and w.lemma_.lower() in nouns for w in told) and \
        not any(t.token.lemma_.lower() in lex.words["ground_fight_words"] for t in violent)


CALIBRE = re.compile(r"^\d+(?:\.\d+)?(?:mm|-mm)?$")


def area_fire(trigs, places, lex: Lexicon) -> bool:
    """A heavy weapon fired at an area ('sprayed the outskirts of X with 23mm cannon fire', 'opened up with heavy
    weapons on farms near Y'): fire from afar at a place, not at a side met (ACLED's shelling)."""
    heavy, areas = lex.words["heavy_fire_weapons"], lex.words["fire_areas"]
    for t in trigs:
        verb = t.token
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.words["fire_words"]:
            continue
        weapons = [w for c in verb.children if c.dep_ == "dobj" for w in c.subtree]
        if not any(w.lemma_.lower() in heavy or CALIBRE.match(w.lower_) or any(
                m.dep_ == "amod" and m.lower_ in lex.words["heavy_fire_grades"] for m in w.children) for w in weapons):
            continue
        aims = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "toward", "towards")
                for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]   # not "On 2 May"
        if aims and all(a.lemma_.lower() in areas or places.at_token(a) for a in aims):
            return True
    return False


def private_quarrel(sent, lex: Lexicon) -> bool:
    """The violence is told as the outcome of a private quarrel ('over a land dispute', 'after a family feud',
    'on suspicion of witchcraft'): a fight among neighbours, kin or villagers, no armed group's act. ACLED codes
    such assaults mob violence (rioters against civilians), however few the assailants."""
    words = lex.words
    for w in sent:
        lemma = w.lemma_.lower()
        if lemma in words["witchcraft_words"]:
            return True
        if lemma in words["quarrel_words"] and w.dep_ == "pobj" and w.head.lower_ in words["quarrel_preps"] and any(
                part in words["private_matters"] for c in w.children if c.dep_ in ("amod", "compound", "nmod")
                for part in c.lower_.split("/")):        # "over a farm/plot dispute" (not "a region with a
            return True                                  # history of land disputes": no cause told)
    return False


def legacy_ordnance(text: str, lex: Lexicon) -> bool:
    """The explosive was left by a war long over ('a mine planted during the Korean War', 'a shell left over from
    the war of independence', 'remnants of war', 'a valley where battles raged in the 1970s'): ACLED records its
    blast as a strategic development (other), not as an attack of today's war (not 'an unexploded shell from
    previous fighting', whose fighting goes on)."""
    wars = lex.pattern("past_war_words")
    if any(wars.search(text, cue.end(), cue.end() + 60) for cue in lex.pattern("legacy_cues").finditer(text)):
        return True
    return bool(PAST_DECADE.search(text))
