"""Actor roles of an event: actor1 (initiator), actor2 (target side), claims of responsibility."""
from __future__ import annotations

from datetime import date

from ..dates import PartialDate
from .actor_qualifiers import disguise
from .attribution import children, cue_tokens, lowers, sentence_of
from .event_args import (
    SpanIndex,
    _pobjs,
    conjuncts,
    left_the_force,
    partaken,
    perpetrator_heads,
    phrase_actors,
    phrase_range,
    retired,
    runs_into_charge,
    shared_modifiers,
    stands_for,
    status_of,
    subject_of,
    target_heads,
    victims_of,
    weapon_targets,
)
from .event_lexicon import Lexicon
from .event_merge import COARSE
from .triggers import aircraft

ARMED_KINDS = {"armed_group", "state_force", "state", "rebel", "militia"}
FRAME_PREPS = ("during", "in", "after", "following")   # 'killed during (in, after, following) a raid by X'


def naming_day(value: str | None) -> date | None:
    """The day an actor is named at: the middle of the event's partial date (none for a decade)."""
    d = PartialDate.maybe(value)
    return d.midpoint if d is not None and d.precision != "decade" else None


def force_country(name: str) -> tuple[str, str] | None:
    """(country, force) of a state force's name ('Military Forces of Pakistan' -> ('Pakistan', 'military')), else
    None."""
    for prefix, force in (("Military Forces of ", "military"), ("Police Forces of ", "police")):
        if name.startswith(prefix):
            return name[len(prefix):], force
    return None


class Namer:
    """Names for unnamed sides (civilians, state forces, unidentified groups), via the actor pack when present."""

    def __init__(self, pack=None):
        self.pack = pack

    def civilians(self, country: str | None) -> str:
        if self.pack is not None and hasattr(self.pack, "civilians_name") and country:
            try:
                return self.pack.civilians_name(country)
            except Exception:  # pragma: no cover - pack without that country
                pass
        return f"Civilians ({country})" if country else "Civilians"

    def state_force(self, country: str | None, on: date | None, force: str) -> str | None:
        if not country:
            return None
        if self.pack is not None:
            held = getattr(self.pack, "holder_of", None)
            country = (held(country, force) if held else None) or country    # soldiers in Palestine: Israel's
            try:
                rec = self.pack.state_forces(country, on, force)
            except Exception:  # pragma: no cover
                rec = None
            if rec is not None:
                return self.pack.acled_name_at(rec.id, on) if hasattr(self.pack, "acled_name_at") else rec.name
        from ..knowledge.gazetteer import default_gazetteer
        if default_gazetteer().country(country) is None:
            return None                 # "the provincial Investigation Department": no country, no forces
        return f"{'Police' if force == 'police' else 'Military'} Forces of {country}"

    def named(self, name: str, on: date | None) -> str | None:
        """The name an actor of the pack goes by on a day ('Military Forces of Ukraine' -> 'Military Forces of
        Ukraine (2019-)'), or None when the pack does not know it."""
        if (state := force_country(name)) is not None:
            return self.state_force(state[0], on, state[1])
        rec = self.pack.lookup(name) if self.pack is not None else None
        return self.pack.name_at(rec.id, on) if rec is not None else None

    def in_theatre(self, name: str | None, theatre: str | None, on: date | None) -> str | None:
        """ACLED's name of a side in an event in `theatre`: a state's military fighting there inside a coalition is
        the coalition (lexicon coalition_forces: Saudi warplanes over Yemen, the Saudi-led operation's)."""
        if not name or self.pack is None or not hasattr(self.pack, "coalition_of"):
            return name
        rec = self.pack.lookup(name)
        if rec is None or rec.force != "military" or not rec.country:
            return name
        coalition = self.pack.coalition_of(rec.country, theatre, on)
        return self.pack.acled_name_at(coalition.id, on) if coalition is not None else name

    def force_in(self, noun: str, country: str | None, force: str) -> str:
        """The force a noun names in the country ('gendarme': the military, or the police in a few states)."""
        return self.pack.force_in(noun, country, force) if hasattr(self.pack, "force_in") else force

    @staticmethod
    def unidentified(country: str | None) -> str:
        """ACLED's unnamed armed side of a country."""
        return f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"

    def criminal(self, country: str | None) -> str | None:
        """The name a country's coders give the unnamed perpetrator of violence bearing the hallmarks of organised
        crime ('Unidentified Gang (Mexico)'), or None where they name no such convention."""
        return self.pack.lexicon.get("criminal_perpetrators", {}).get(country) if self.pack is not None else None

    @staticmethod
    def gang(country: str | None) -> str:
        """ACLED's unnamed criminal group of a country."""
        return f"Unidentified Gang ({country})" if country else "Unidentified Gang"

    def armed_arm(self, actor_id: str, on: date | None) -> str | None:
        """The military of the state whose government (or name) a pack record is, or None."""
        rec = self.pack.records.get(actor_id) if self.pack is not None else None
        return self.state_force(rec.country, on, "military") if rec is not None and rec.country else None

    def means(self, lemma: str) -> bool:
        """A noun for a force's means ('reinforcements', 'equipment'): a force word before it names no side."""
        if self.pack is None:
            return False
        from .actor_matcher import cached
        return lemma in cached(self.pack, "force_means", lambda: frozenset(self.pack.lexicon.get("force_means", ())))

    def demonym_country(self, word: str) -> str | None:
        """'Israeli' -> 'Israel' (the pack's demonyms)."""
        return self.pack.demonym_country(word) if self.pack is not None and hasattr(self.pack, "demonym_country") \
            else None

    def is_state(self, name: str | None) -> bool:
        return bool(name) and (name.startswith(("Military Forces", "Police Forces", "Government of")))


def _lemma(tok) -> str:
    return tok.lemma_.lower()


PRONOUNS = {"they", "it", "he", "she"}
TARGET_PREPS = {"on", "against", "at", "targeting"}     # an event noun's phrases naming what it was aimed at


def _armed_person(noun, lex: Lexicon) -> bool:
    """'a Pakistani suicide bomber', 'Palestinian gunmen': unnamed armed men of a people, not its state's forces
    ('Russian bombers' are aircraft)."""
    lemma = _lemma(noun)
    return lemma in lex.words["unidentified"] and not (lemma in lex.words["person_or_aircraft"] and aircraft(noun, lex))


def _demonym_owner(head, namer: Namer) -> str | None:
    """The country a demonym modifying the noun names ('Russian drones', 'Israeli strikes'), or None; of a
    noun coordinated after another, the demonym before the first ('Russian rocket and tank shelling')."""
    return next((o for c in (*head.children, *shared_modifiers(head))
                 if c.dep_ == "amod" and (o := namer.demonym_country(c.text))), None)


def _speaker(pronoun, lex: Lexicon):
    """The subject of the reporting verb whose clause a pronoun subject opens ('the army said it had retaken
    the town', 'Boko Haram said it carried out the attack'): who the pronoun stands for."""
    verb = pronoun.head
    while verb.dep_ in ("conj", "xcomp", "aux") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or _lemma(verb.head) not in lex.words["reporting_verbs"]:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS), None)


def antecedent(tok, actors: SpanIndex):
    """The armed actor a subject pronoun stands for: the last armed subject of the previous sentence."""
    sent = sentence_of(tok)
    if sent.start == 0:
        return []
    prev = sentence_of(tok.doc[sent.start - 1])
    for w in reversed(prev):
        if w.dep_ in ("nsubj", "nsubjpass"):
            found = [m for m in phrase_actors(w, actors) if m.kind in ARMED_KINDS]
            if found:
                return found
    return []


def name_phrase(head, actors: SpanIndex, lex: Lexicon, namer: Namer, country, on, role: str):
    """(name, kind) of the side a phrase names, or (None, None)."""
    if role == "actor2" and retired(head, lex):
        return namer.civilians(country), "civilians"     # "a retired army colonel", "former FARC members"
    found = [m for m in phrase_actors(head, actors) if role != "actor2" or not left_the_force(m, head, lex)]
    if role == "actor1" and found and head.pos_ == "NOUN":
        # what the phrase is aimed at is no attacker: "an attack on a military camp killed 20 soldiers", "a rocket
        # attack by rebels on an army truck" (the parse hangs the target on the attackers)
        aimed = [phrase_range(p) for c in head.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
                 for p in c.children if p.dep_ == "pobj"]
        found = [m for m in found if not any(a <= m.span.start and m.span.end <= b for a, b in aimed)]
    if not found and role == "actor1" and head.lower_ in PRONOUNS and head.dep_ in ("nsubj", "nsubjpass"):
        if (ref := stands_for(head)).i != head.i:      # "two gunmen were arrested when they attacked a post"
            return name_phrase(ref, actors, lex, namer, country, on, role)
        if (speaker := _speaker(head, lex)) is not None:     # "the army said it killed 15 militants": the army
            return name_phrase(speaker, actors, lex, namer, country, on, role)
        found = antecedent(head, actors)
    if role == "actor1" and all(m.name.startswith("Unidentified") for m in found):
        found = _suspected_to_be(head, actors) or found     # "youths suspected to be X members"
    if all(m.name.startswith("Unidentified") for m in found):
        found = _named_before(head, actors) or found       # "Islamic State in the Greater Sahara (ISGS) militants"
    if role == "actor2" and found and all(m.kind == "state" and not namer.is_state(m.name)
                                          and (not m.span.start <= head.idx < m.span.end or head.dep_ == "pobj")
                                          for m in found):
        found = []                 # "drones struck Kharkiv, Ukraine": the country places the town; "an attack on
        # Ukraine's energy grid": it owns the target; "air strikes on southern Lebanon": its land is hit; none is a
        # side
    if any(m.kind in ARMED_KINDS and m.span.start <= head.idx < m.span.end for m in found) \
            and (members := _composed_of(head, actors, lex)):
        found = members            # "troops comprising X and Y units": the units listed, the first first
        # (only a force's: "villagers including a former police inspector" are villagers)
    if found:
        # the phrase's own head outranks its modifiers ("Afghanistan's Taliban-led government")
        # ... but of coordinated modifiers ("Chadian and Nigerien soldiers") the first told is the first side
        listed = any(t.dep_ == "conj" and t.head.i < t.i for t in head.doc[head.left_edge.i:head.i])
        found = sorted(found, key=lambda m: (m.name.startswith("Unidentified"),
                                             m.span.start if listed else not (m.span.start <= head.idx < m.span.end)))
        armed = [m for m in found if m.kind in ARMED_KINDS]
        pick = (armed or found)[0]
        if pick.actor_id == "civilians":
            return namer.civilians(country), "civilians"     # "residents": the country's civilians (ACLED)
        act = head.head if head.dep_ in ("compound", "amod", "nmod", "poss") else head
        if role == "actor1" and pick.kind == "state" and act.pos_ == "NOUN" and _armed_act(_lemma(act), lex) \
                and (forces := namer.armed_arm(pick.actor_id, on)):
            return forces, "state_force"          # "Sylvanian government airstrikes": its military's
        return pick.name, pick.kind
    if role == "actor2" and (owner := next(iter(_owners(head, lex)), None)) is not None:
        name, kind = name_phrase(owner, actors, lex, namer, country, on, "actor1")
        if name and kind in ARMED_KINDS:
            return name, kind      # "defused bombs planted by X", "hit excavators belonging to Y": their side
    if namer.pack is not None and disguise(head.doc, head.left_edge.i, head.i + 1, namer.pack):
        return None, None          # "gunmen dressed as police officers": not the police
    lemma = _lemma(head)
    force = lex.state_force(lemma)
    if force is None and not namer.means(lemma):     # "military reinforcements": the means of whoever brought them
        force = next((lex.state_force(_lemma(c)) for c in children(head, ("compound", "amod"))
                      if lex.state_force(_lemma(c))), None)
    if force and lemma not in lex.words.get("unidentified", ()) | {"militant", "fighter"}:
        owner = _demonym_owner(head, namer) if role == "actor1" else None
        force = namer.force_in(lemma, owner or country, force)
        return namer.state_force(owner or country, on, force), "state_force"    # "Russian drones struck": Russia's
    if role == "actor1" and head.dep_ == "amod" and head.head.pos_ == "NOUN" and not _armed_person(head.head, lex) \
            and (owner := namer.demonym_country(head.text)):
        return namer.state_force(owner, on, "military"), "state_force"    # "Israeli airstrikes", "Russian shelling"
    if role == "actor1" and head.pos_ == "NOUN" and lemma in lex.single and not _armed_person(head, lex) \
            and (owner := _demonym_owner(head, namer)):
        return namer.state_force(owner, on, "military"), "state_force"    # "Israeli strikes killed 27 people"
    if role == "actor1" and not (head.dep_ == "amod" and head.pos_ in ("VERB", "ADJ")) and (
            lemma in lex.words["unidentified"] or (
            lemma in lex.words.get("unknown_people", ()) and any(
                c.dep_ == "amod" and c.lower_ in lex.words.get("unknown_modifiers", ()) for c in head.children))):
        return namer.unidentified(country), "armed_group"      # 'gunmen', 'unknown people', 'armed individuals'
    if role == "actor2" and (lemma in lex.words["state_sites"] or lemma == "target") \
            and (owner := _demonym_owner(head, namer)):
        force = _state_site(head, lemma, lex) or "military"               # "shelled Russian positions": its army's
        return namer.state_force(owner, on, force), "state_force"         # ("a Pakistani police post": its police)
    if role == "actor2" and (site := _state_site(head, lemma, lex)):
        return namer.state_force(country, on, site), "state_force"
    if role == "actor2":
        if lex.victim_class(lemma) in ("civilian", "prisoner"):   # prisoners and captives are unarmed: civilians
            return namer.civilians(country), "civilians"
    if role == "actor1" and lemma in ("protester", "demonstrator", "protestor"):
        return (f"Protesters ({country})" if country else "Protesters"), "protesters"
    return None, None


def _armed_act(lemma: str, lex: Lexicon) -> bool:
    """A noun for an armed act or its weapon ('airstrikes', 'missiles', 'shelling'), not a truce or a protest."""
    classes = lex.single.get(lemma, ())
    return bool(classes) and all(c.sub is None or COARSE.get(lex.event_type.get(c.sub)) == "violent" for c in classes)


def _owners(head, lex: Lexicon) -> list:
    """Who a thing is told as belonging to ('excavators belonging to X', 'a car owned by X'), as placed by ('bombs
    planted by X') or as kept or used by ('food hidden by X', 'a hut used by X'; `owner_participles`): the phrase
    heads after the participle modifying it."""
    out = []
    for c in head.children:
        if c.dep_ == "acl" and c.lemma_.lower() == "belong":
            out += _pobjs(c, {"to"})
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.words["owner_participles"]:
            out += _pobjs(c, {"by"})
    return out


def _state_site(head, lemma: str, lex: Lexicon) -> str | None:
    """'a security checkpoint', 'army posts', 'a police station', 'a checkpoint': a site of the state's forces,
    as the force ('military' or 'police') holding it; None for any other phrase ('a rebel base')."""
    mods = [_lemma(c) for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
    if lemma in lex.words["state_vehicles"] and any(m in lex.words["vehicle_owner_modifiers"] for m in mods):
        return "military"                   # "a regime bulldozer", "government vehicles": the state's forces'
    if lemma not in lex.words["state_sites"]:
        return None
    forces = [f for m in mods if (f := lex.state_force(m))]
    if forces:
        return "police" if "police" in forces else forces[0]
    if any(m in lex.words["border_modifiers"] for m in mods):
        return "police"
    if any(m in lex.words["state_modifiers"] for m in mods) or (not mods and lemma in lex.words["state_sites_bare"]):
        return "military"
    return None


def _named_before(head, actors: SpanIndex) -> list:
    """A named armed actor written right before a generic head noun, whatever the parse made of it
    ('ISGS militants', 'Al-Shabaab (AS) fighters')."""
    doc = head.doc

    def between(m) -> str:                     # the tokens up to the head (doc.text would rebuild the whole text)
        k = head.i
        while k > 0 and doc[k - 1].idx >= m.span.end:
            k -= 1
        return "".join(t.text_with_ws for t in doc[k:head.i])
    before = [m for m in actors.within(max(0, head.idx - 120), head.idx)
              if m.kind in ARMED_KINDS and not m.name.startswith("Unidentified")
              and not between(m).strip(" )-\u2019's")]
    return before[-1:]


def is_unidentified(name: str | None) -> bool:
    return bool(name) and name.startswith("Unidentified")


SUSPECT_VERBS = {"suspect", "believe", "think"}


def attributed(sent, actors: SpanIndex) -> str | None:
    """'attributed the attack to X', 'blamed X', 'blamed on X', 'suspected X of', 'suspected that X carried out'."""
    for tok in cue_tokens(sent, ("attribute", "blame", "suspect", "accuse")):
        lemma = _lemma(tok)
        if tok.pos_ == "VERB":
            heads = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                     for p in c.children if p.dep_ == "pobj"]
            if lemma in ("blame", "suspect", "accuse"):
                heads += [c for c in tok.children if c.dep_ == "dobj"]
            if lemma in SUSPECT_VERBS:
                heads += [s for c in tok.children if c.dep_ == "ccomp" for s in c.children
                          if s.dep_ in ("nsubj", "nsubjpass")]     # "suspected that X was involved"
            for h in heads:
                found = [m for m in phrase_actors(h, actors) if m.kind in ARMED_KINDS]
                if found:
                    return found[0].name
    return None


def claimed_by(sent, trig, actors: SpanIndex, lex: Lexicon) -> str | None:
    """Who claimed responsibility (or claimed to have done it)."""
    for tok in cue_tokens(sent, ("claim",)):
        if tok.pos_ != "VERB":
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        claims_resp = any(_lemma(o) in lex.words["claim_words"] or trig is not None and (o.i == trig.i or (
            trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.i == o.i)) for o in objs)
        # "claimed responsibility", "claimed the bombing", "claimed the firing of three rockets": the deed claimed
        claims_act = trig is not None and any(c.dep_ in ("xcomp", "ccomp") and trig in c.subtree
                                              and _own_deed(c, tok, actors) for c in tok.children)
        passive = any(c.dep_ == "nsubjpass" and (c.pos_ == "PRON" or _lemma(c) in lex.words["claimed_things"])
                      for c in tok.children)      # "It was claimed by X", "The attack was claimed by X"
        if not (claims_resp or claims_act):
            if any(c.dep_ == "agent" for c in tok.children) and (tok.dep_ in ("acl", "relcl") or passive):
                for a in tok.children:
                    if a.dep_ == "agent":
                        for p in a.children:
                            found = phrase_actors(p, actors)
                            if found:
                                return found[0].name
            continue
        for subj in (c for c in tok.children if c.dep_ == "nsubj"):
            if any(c.lower_ in ("no", "none") for c in [subj, *subj.children]):
                return None
            found = phrase_actors(subj, actors)
            if found:
                return found[0].name
    return None


def _own_deed(clause, verb, actors: SpanIndex) -> bool:
    """A claimed clause tells the claimant's own deed: its subject is none, a pronoun, its own men ('the group
    claimed it had attacked', '... that its fighters attacked'), no side at all ('claimed the ship sank after being
    attacked') or the claimant's name; not 'the government claimed that rebels had attacked a convoy', a statement
    about what another side did."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if clause.dep_ == "xcomp" or subj is None or subj.pos_ == "PRON" \
            or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
        return True
    told = {m.name for m in phrase_actors(subj, actors)}
    claimant = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return not told or claimant is not None and not told.isdisjoint(m.name for m in phrase_actors(claimant, actors))


def unclaimed(sent, lex: Lexicon) -> bool:
    """The sentence says nobody claimed the attack: 'No group claimed responsibility', 'there was no immediate
    claim of responsibility', 'nobody has claimed the bombing', 'the attack has not been claimed', 'unclaimed'."""
    for tok in cue_tokens(sent, lex.words["unclaimed_words"] | {"claim"}):
        lemma = _lemma(tok)
        if lemma in lex.words["unclaimed_words"]:
            return True
        if lemma != "claim":
            continue
        if tok.pos_ == "NOUN" and lex.nobody(tok):
            return True                          # "no claim of responsibility", "no immediate claim"
        if tok.pos_ == "VERB":
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(lex.nobody(s) for s in subj):
                return True                      # "no group claimed", "nobody has claimed"
            if any(c.dep_ == "neg" for c in tok.children) and any(c.dep_ == "nsubjpass" for c in tok.children) \
                    and not any(c.dep_ == "agent" for c in tok.children):
                return True                      # "the attack has not been claimed"
    return False


def _named_beside(name: str, kind: str | None, a1: str | None, namer: Namer) -> bool:
    """An armed side named among the victims after unnamed gunmen ('six raiders and a constable died'): the side
    the gunmen fought, not the initiator's own (nor a state force beside a state initiator)."""
    return kind in ARMED_KINDS and not is_unidentified(name) and name != a1 and not (
        namer.is_state(name) and namer.is_state(a1))


def roles(trigs, sent, actors: SpanIndex, places: SpanIndex, lex: Lexicon, namer: Namer, country, on):
    """actor1, actor1 kind, actor2, victims' status for the group's triggers."""
    a1 = a1_kind = a2 = unnamed = None
    statuses: set[str] = set()
    for t in trigs:
        tok = t.token
        told_of = tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" \
            and _lemma(tok.head) in lex.words["reference_verbs"] | lex.words["undergo_verbs"]
        if a1 is None:
            heads = perpetrator_heads(tok)
            if told_of:          # "the minister attributed the attacks to X": he did not attack; "officials
                teller = subject_of(tok.head)     # condemned an attack by X": X did
                heads = [h for h in heads if h is not teller and (teller is None or h.i != teller.i)]
            for h in heads:
                for h2 in conjuncts(h):
                    a1, a1_kind = name_phrase(h2, actors, lex, namer, country, on, "actor1")
                    if a1:
                        break
                if a1:
                    break
        if a2 is None:
            a2 = _blast_near(tok, actors, lex, namer, country, on)
        for h in target_heads(tok) + weapon_targets(tok):
            if _members(h, tok, lex):
                continue                      # "a mob of 200 villagers attacked ...": who the crowd is, not its target
            st = status_of(h, actors, places, lex)
            if joined_place(h, st, actors, places, lex):
                continue
            if st:
                statuses.add(st)
            if a2 is None or a2 == unnamed:
                name, kind = name_phrase(h, actors, lex, namer, country, on, "actor2")
                if name and kind != "person" and (a2 is None or _named_beside(name, kind, a1, namer)):
                    a2 = name                 # equal to actor1 only where the roles cannot both hold (dropped later);
                    # a person named is no side ACLED codes: 'attacked <a name> and clashed with X' leaves X
                    unnamed = a2 if is_unidentified(a2) else None
    if a1 is None:
        a1, a1_kind = _left_actor(trigs, actors, lex)
    if a1 is None:
        a1, a1_kind, other = _between(trigs, actors, lex, namer, country, on)
        a2 = a2 if a2 and a2 != a1 else other or a2
    if a1 is None:
        a1, a1_kind = _opponent(trigs, actors, lex, namer, country, on, a2, initiator=True)
    if a2 is None:                 # "troops clashed with militants": the other side, also of a side not named
        a2 = _opponent(trigs, actors, lex, namer, country, on, a1, initiator=False)[0]
    elif is_unidentified(a2) and (other := _opponent(trigs, actors, lex, namer, country, on, a1,
                                                     initiator=False)[0]) and not is_unidentified(other):
        a2 = other                 # "troops clashed with X, killing 13 militants": the dead were X's, the
                                   # unnamed word for them no other side
    if a1 is None:                 # "X declared a unilateral truce": who made it
        a1, a1_kind = _party(trigs, lex, namer, actors, country, on)
    if a2 is None:                 # "declared a truce with X", "surrendered to Y": the other party
        a2 = _counterpart(trigs, lex, namer, actors, country, on, a1)
    if (a2 is None or a2 == a1 or a2 == namer.civilians(country)) and a1 is not None:
        a2 = _fellow_side(trigs, actors, lex, a1) or a2   # "the army and X clashed": each other (not the people
        # of the villages they "exchanged fire at")
    if a2 is None and a1 is not None:   # "X responded to shelling of Y", "to Y fire": whose fire was answered
        a2 = _answered(trigs, actors, lex, namer, country, on, a1)
    if a1 is None:
        a1, a1_kind = _during(trigs, actors, lex, namer, country, on)
    if a1 is None:
        a1, a1_kind = _conjoined_actor(trigs, actors)
    if a1 is None:
        a1, a1_kind = _alleged_agent(sent, actors, lex)
    if a1 is None:
        a1 = attributed(sent, actors)
        a1_kind = "armed_group" if a1 else None
    if a1 is not None and a2 == a1:
        b1, b1_kind, other = _between(trigs, actors, lex, namer, country, on)
        if b1 is not None and other is not None and b1 != other and a1 in (b1, other):
            # "a gunfight broke out between troops and X after the troops came under fire": the side fired on is
            # the second, the other side of the 'between' opened it
            a1, a1_kind = (other, "state_force" if namer.is_state(other) else "armed_group") if a1 == b1 else (
                b1, b1_kind)
    repel = next((t for t in trigs if t.cls.name in lex.words["defensive_classes"]), None)
    if repel is not None:                         # "X repelled an attack by Y": Y initiated, X defended
        stopper, stopper_kind = _forestaller(repel.token, actors, lex, namer, country, on)
        attacker = _attacker(repel.token, sent, actors, stopper or a1, lex, namer, country, on)
        if stopper is not None and attacker != stopper:
            a1, a1_kind, a2 = stopper, stopper_kind, attacker   # "X thwarted an attack by Y": X's act is told
        else:
            a1, a1_kind, a2 = attacker, ("armed_group" if attacker else None), a1 or a2
    return a1, a1_kind, a2, pick_status(statuses)


def dead_side(sent, actors: SpanIndex, lex: Lexicon, initiator: str | None) -> str | None:
    """The armed side the dead belong to ('the loss of 27 members of Iran's Revolutionary Guard', 'killing
    11 soldiers of the 4th Brigade'), else the wounded of the act ('two soldiers were injured when a mine
    went off'), when the sentence names it: the target phrase may only name a place or a vehicle ('targeted a bus')."""
    wounded = [t for t in cue_tokens(sent, lex.words["injury_words"]) if any(_by_act(c, lex) for c in t.children)
               or _result(t)]
    for tok in cue_tokens(sent, lex.words["fatality_words"]) + wounded:
        for v in victims_of(tok) or _shared_object(tok):
            named = [m for m in phrase_actors(v, actors) if m.kind in ARMED_KINDS - {"state"}
                     and m.name != initiator and not m.name.startswith("Unidentified")
                     and not left_the_force(m, v, lex)]
            if named:        # the phrase's head is named last ("Iran's Revolutionary Guard"), not the state
                return max(named, key=lambda m: m.span.start).name
    return None


def fallen_sides(sent, actors: SpanIndex, lex: Lexicon, namer: Namer, country, on) -> list[tuple[str, str]]:
    """The armed sides a fight's dead and wounded belonged to, in the order the sentence names them ('one soldier
    and two X fighters were killed in fighting', 'two X rebels fell while one soldier was hurt in a skirmish'):
    each side lost men, so each fought. Unnamed gunmen and retired men are no side."""
    wounded = [t for t in cue_tokens(sent, lex.words["injury_words"]) if t.pos_ in ("VERB", "AUX")]
    fallen = sorted({v.i: v for tok in cue_tokens(sent, lex.words["fatality_words"]) + wounded
                     for v in victims_of(tok)}.items())
    sides: dict[str, str] = {}
    for _, v in fallen:
        name, kind = name_phrase(v, actors, lex, namer, country, on, "actor2")
        if name and kind in ARMED_KINDS and not is_unidentified(name):
            sides.setdefault(name, kind)
    if any(namer.is_state(n) for n in sides):      # the police, the army and the militias beside them fell on
        states: set[str] = set()                    # one side: one state force of a country stands for them
        for n in list(sides):
            state = (force_country(n) or ("", ""))[0].split(" (")[0]
            if n.lower() in lex.words["state_side_names"] or state and state in states:
                del sides[n]
            elif state:
                states.add(state)
    return list(sides.items())


def _with_makeup(victims: list, lex: Lexicon) -> list:
    """Victim phrases and the phrases of their make-up ('20 people, including 14 gunmen and six policemen':
    the gunmen and the policemen too; `inclusion_preps`)."""
    return victims + [x for v in victims for c in v.children if c.dep_ == "prep" and c.lower_ in
                      lex.words["inclusion_preps"] for p in c.children if p.dep_ == "pobj" for x in conjuncts(p)]


def makeup_force(sent, lex: Lexicon) -> str | None:
    """The one state force a sentence telling the make-up of the casualties names ('the victims included
    policemen and vigilantes': 'police'; `makeup_nouns`, `makeup_verbs`), None where it names none or both."""
    forces = set()
    for verb in sent:
        if _lemma(verb) not in lex.words["makeup_verbs"] or not any(
                c.dep_ == "nsubj" and (_lemma(c) in lex.words["makeup_nouns"] or c.lower_ in lex.words["makeup_nouns"])
                for c in verb.children):
            continue
        forces |= {f for c in verb.children if c.dep_ == "dobj" for x in conjuncts(c) if (f := _noun_force(x, lex))}
    return forces.pop() if len(forces) == 1 else None


def _noun_force(v, lex: Lexicon) -> str | None:
    """The state force a victim noun names ('policemen', 'two police officers'; 'an officer' alone may be the
    army's), None for a retired man ('a retired army colonel': a civilian) or any other noun."""
    if retired(v, lex):
        return None
    own = lex.state_force(_lemma(v)) if _lemma(v) not in lex.words["either_force_nouns"] else None
    return own or next(
        (f for c in v.children if c.dep_ in ("compound", "amod") and (f := lex.state_force(_lemma(c)))), None)


def casualty_force(sent, lex: Lexicon) -> str | None:
    """The one state force the sentence's dead and wounded belong to ('killing three policemen', 'two officers were
    wounded'): 'police' or 'military', None where they are of none or of both."""
    forces = {f for tok in cue_tokens(sent, lex.words["fatality_words"] | lex.words["injury_words"])
              for v in _with_makeup(victims_of(tok), lex) if (f := _noun_force(v, lex))}
    return forces.pop() if len(forces) == 1 else None


def _blast_near(tok, actors: SpanIndex, lex: Lexicon, namer: Namer, country, on) -> str | None:
    """An armed side a charge went off near ('a bomb exploded near a police patrol', 'detonated near Afghan
    Local Police officers'), or in, on or under a vehicle or post of ('went off in a militia's vehicle', 'a
    mine planted under a rebel truck exploded'): the blast's target (near a market or a town it only places)."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.pos_ == "NOUN" else tok
    lemma = _lemma(verb)
    gone_off = lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    if verb.pos_ != "VERB" or lemma not in lex.words["detonation"] and not gone_off:
        return None
    carriers = lex.words["blast_carriers"]
    placed = [a for n in (tok, verb) if n.pos_ == "NOUN" for a in n.children
              if a.dep_ == "acl" and _lemma(a) in lex.words["blast_placing"]]
    heads = [x for p in _pobjs(verb, {"near"}) for x in conjuncts(p)] + [
        x for v in (verb, *placed) for p in _pobjs(v, set(lex.words["blast_carrier_preps"]))
        for x in conjuncts(p) if _lemma(x) in carriers]
    for h in heads:
        after = h.doc[h.right_edge.i + 1:h.right_edge.i + 2]     # "a vehicle belonging (belongs) to the militia"
        owners = [x for c in (*h.children, *after) if _lemma(c) == "belong"
                  for x in (o for p in _pobjs(c, {"to"}) for o in conjuncts(p))]
        for x in (*owners, h):
            name, kind = name_phrase(x, actors, lex, namer, country, on, "actor2")
            if name and kind in ARMED_KINDS:
                return name
    return None


def _shared_object(tok) -> list:
    """The object a harm verb shares with the verb coordinated after it ('killing and wounding several soldiers'):
    whose side they were, not how many died (the figure stays with each verb's own object)."""
    return [x for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
            for o in c.children if o.dep_ == "dobj" for x in conjuncts(o)]


def _result(tok) -> bool:
    """A harm word told as the result of the act its clause hangs on ('fired on a patrol near the border, wounding
    two soldiers')."""
    return tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.pos_ == "VERB"


def _members(head, trig, lex: Lexicon) -> bool:
    """The 'of' phrase of a crowd noun ('a mob of 200 villagers', 'a crowd of students'): its members."""
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i == trig.i \
        and _lemma(trig) in lex.words["collective_people"]


def _by_act(clause, lex: Lexicon) -> bool:
    """A harm word's dependent telling the act or its author: 'were injured when Maoists set off a mine', 'were
    wounded in (following) a grenade attack', 'were hurt by a blast', 'a bomb planted by the Taliban injured two
    soldiers'."""
    if clause.dep_ == "advcl":
        return any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after") for m in clause.children)
    if clause.dep_ == "nsubj":
        return clause.pos_ in ("NOUN", "PROPN")
    return (clause.dep_ == "prep" and clause.lower_ in ("in", "during", "following", "after")
            or clause.dep_ == "agent") and any(o.dep_ == "pobj" and _lemma(o) in lex.single for o in clause.children)



def _composed_of(head, actors: SpanIndex, lex: Lexicon) -> list:
    """The named armed sides a phrase's head is said to be made of ('troops comprising X and Y', 'a team
    consisting of X and Y'), in text order; [] where it lists none."""
    objs = [o for c in head.children if c.dep_ in ("acl", "prep") and _lemma(c) in lex.words["composition_words"]
            for o in c.children if o.dep_ in ("dobj", "pobj")]
    return sorted((m for o in objs for x in conjuncts(o) for m in phrase_actors(x, actors)
                   if m.kind in ARMED_KINDS and not m.name.startswith("Unidentified")), key=lambda m: m.span.start)


def _forestaller(tok, actors: SpanIndex, lex: Lexicon, namer: Namer, country, on):
    """The armed side that forestalled an attack ('X thwarted (foiled) an attack by Y': the subject of a
    forestalling verb), with its kind; (None, None) for a defence that only repelled one, or by sides the
    sentence does not name ('gunmen thwarted ...': the attack's maker is the one to go by)."""
    if _lemma(tok) not in lex.words["forestalling_verbs"] or (subj := subject_of(tok)) is None:
        return None, None
    for s in conjuncts(subj):
        name, kind = name_phrase(s, actors, lex, namer, country, on, "actor1")
        told = [m for m in phrase_actors(s, actors) if m.kind in ARMED_KINDS and not is_unidentified(m.name)]
        if any(m.name == name and m.provisional for m in told) and (known := [m for m in told if not m.provisional]):
            name, kind = known[0].name, known[0].kind    # "a battalion (unknown) of the X Brigade": the force known
        if name and kind in ARMED_KINDS and not is_unidentified(name):
            return name, kind
    return None, None


def _attacker(tok, sent, actors: SpanIndex, defender: str | None, lex: Lexicon, namer: Namer, country,
              on) -> str | None:
    """Whose attack a defensive verb fends off: the object's agent or owner, named or told by a demonym ('a
    Russian attack'), or whose it is ('an attack of the rebels'), else another armed actor of the sentence
    that is not fighting beside the defender ('the army and tribal fighters repelled ...')."""
    subj = subject_of(tok)
    defending = {w.i for s in (conjuncts(subj) if subj is not None else []) for w in s.subtree}
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        for h in perpetrator_heads(obj) + [x for p in _pobjs(obj, {"of"}) for x in conjuncts(p)]:
            if h.i in defending:
                continue                  # the defenders' own phrase ('forces of the 6th Brigade thwarted ...')
            found = [m for m in phrase_actors(h, actors) if m.kind in ARMED_KINDS and m.name != defender]
            if found:
                return found[0].name
            name, kind = name_phrase(h, actors, lex, namer, country, on, "actor1")
            if name and name != defender and kind in ARMED_KINDS:
                return name
    beside = [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge))
              for s in (conjuncts(subj) if subj is not None else [])]
    others = [m for m in actors.within(sent.start_char, sent.end_char) if m.kind in ARMED_KINDS and m.name != defender
              and not any(a <= m.span.start < b for a, b in beside)]
    return others[0].name if others else None


def _left_actor(trigs, actors: SpanIndex, lex: Lexicon, reach: int = 8):
    """Fallback for a misparsed subject: the armed actor just left of an active verb trigger,
    with no verb or comma between ("the rebels on Monday killed ..."); of conjoined sides the
    first ("the military and the AA clashed"). Not where the parsed subject is an event noun
    ("Pakistan air strikes in X killed 46": its modifiers say who acted)."""
    for t in trigs:
        tok = t.token
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if tok.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ == "auxpass" for c in tok.children) or any(
                _lemma(c) in lex.single for c in subj) or runs_into_charge(tok):
            continue
        found = []
        for k in range(tok.i - 1, max(sentence_of(tok).start, tok.i - reach) - 1, -1):
            w = tok.doc[k]
            if w.pos_ in ("VERB", "AUX") or w.text in (",", ";", ":"):
                break
            found += [m for m in actors.at_token(w) if m.kind in ARMED_KINDS and m not in found]
        if found:
            first = min(found, key=lambda m: m.span.start)
            return first.name, first.kind
    return None, None


def _conjoined_actor(trigs, actors: SpanIndex):
    """An agentless passive trigger takes the named armed subject of a clause conjoined with it
    ('the same base was attacked, ... and ISGS forces seized vehicles and weapons')."""
    for t in trigs:
        tok = t.token
        if not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        for v in [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else []):
            for s in (c for c in v.children if c.dep_ == "nsubj"):
                found = [m for m in phrase_actors(s, actors)
                         if m.kind in ARMED_KINDS and not m.name.startswith("Unidentified")
                         and m.kind != "state_force"]
                if found:
                    return found[0].name, found[0].kind
    return None, None


def _frames(t, lex: Lexicon) -> list:
    """The trigger and the event nouns it happened in ('killed during a firefight', 'died in the raid', 'were
    hurt after a raid by X')."""
    # "killed and wounded in the clashes": the prepositions of the verbs coordinated with it too; "following"
    # may be parsed as a verb of its own ('were killed following an operation', xcomp), its noun a pobj still
    verbs = [t.token] + [c for c in children(t.token, ("conj",)) if c.pos_ == "VERB"]
    if t.token.dep_ == "nsubj" and _lemma(t.token.head) in lex.words["event_frames"]:
        verbs.append(t.token.head)     # "a gunfight erupted during an army sweep": the frame verb's too
    return [t.token] + [p for v in verbs for c in children(v)
                        if c.lower_ in FRAME_PREPS and (c.dep_ == "prep" or c.dep_ in ("xcomp", "advcl")
                                                        and c.lower_ == "following")
                        for p in children(c, ("pobj", "dobj")) if _lemma(p) in lex.single]


def _between(trigs, actors: SpanIndex, lex: Lexicon, namer: Namer, country, on):
    """'a firefight between rebels and the army', 'clashes broke out between X and Y': the first
    party, the second as the other side."""
    for tok in _between_frames(trigs, lex):
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"):
            sides = [x for p in prep.children if p.dep_ == "pobj" for x in conjuncts(p)]
            split = next((t.i for t in tok.sent if t.i > prep.i and t.lower_ == "side"
                          and any(c.lower_ == "one" for c in t.children)), None)
            if split is not None:                # "between X and Y on one side and Z on the other": X against Z
                after = [x for x in sides if x.i > split] or [
                    t for t in tok.doc[split + 1:tok.sent.end] if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"]
                sides = [x for x in sides if x.i < split][:1] + after[:1]
            elif (against := _against_in(tok, prep)) is not None:    # "between X (and its allies) against Y"
                sides = [next((n for n in ([x for x in sides if x.i < against.i] or sides[:1])
                               if name_phrase(n, actors, lex, namer, country, on, "actor1")[0]), sides[0]),
                         *(x for p in against.children if p.dep_ == "pobj" for x in conjuncts(p))][:2]
            named = [name_phrase(x, actors, lex, namer, country, on, "actor1") for x in sides]
            named = [(n, k) for n, k in named if n]
            if len(named) < 2:       # "between the SDF and Turkish forces", parsed as one noun with two modifiers
                named = list(dict.fromkeys((m.name, m.kind) for p in prep.children if p.dep_ == "pobj"
                                           for m in phrase_actors(p, actors) if m.kind in ARMED_KINDS))
            if len(named) >= 2:
                return named[0][0], named[0][1], named[1][0]
            if len(named) == 1 and len(sides) == 1 and named[0][1] in ARMED_KINDS and _own_men(sides[0], lex):
                return named[0][0], named[0][1], named[0][0]    # "between two factions of X": X on both sides
    return None, None, None


def _between_frames(trigs, lex: Lexicon) -> list:
    """The words a 'between' phrase of the fight may hang on: the trigger, the event nouns it happened in, the verb
    it erupted or was reported by."""
    frames = [f for t in trigs for f in _frames(t, lex)]
    frames += [t.token.head for t in trigs if t.token.dep_ == "nsubj"
               and t.token.head.lemma_.lower() in lex.words["event_frames"]]   # "clashes erupted between X and Y"
    frames += [t.token.head for t in trigs if t.token.dep_ == "nsubjpass"
               and t.token.head.lemma_.lower() in lex.words["report_frames"]]  # "clashes were reported between X and Y"
    return frames


def told_between(trigs, lex: Lexicon) -> bool:
    """The fight is told between its sides ('a gunfight broke out between X and Y'): their order tells no initiator."""
    return any(c.dep_ == "prep" and c.lower_ == "between" for f in _between_frames(trigs, lex) for c in f.children)


def _against_in(tok, prep):
    """The 'against' that opens the other side of a 'between' ('clashes between regime forces and allied militias
    against opposition factions', 'clashes between X against Y'): on the frame after 'between', or inside its
    phrase."""
    return next((c for c in (*tok.children, *prep.subtree) if c.dep_ == "prep" and c.lower_ == "against"
                 and c.i > prep.i), None)


def _opponent(trigs, actors: SpanIndex, lex: Lexicon, namer: Namer, country, on, other: str | None,
              initiator: bool):
    """The side a fight is 'with': 'three policemen were killed in a gunfight with Al-Shabaab militants',
    'a gang leader died after exchanging fire with police' (no one else named: the initiator), 'troops
    clashed with militants' (the other side)."""
    fights = [t.token for t in trigs if _klass_of(t, lex) == "Battles"]
    # "three gendarmes were killed and five injured during clashes with X": the fight the deaths were told in
    fights += [f for t in trigs for f in _frames(t, lex)[1:] if _lemma(f) in lex.words["reciprocal_words"]]
    for tok in fights:
        if initiator and tok.pos_ == "VERB" and not (tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "advcl")):
            continue            # "two men clashed with police": the men, whoever they are, began it; but
                                # "a gang leader died after exchanging fire with police": the police
        for h in (x for p in _pobjs(tok, {"with"}) for x in conjuncts(p)):
            name, kind = name_phrase(h, actors, lex, namer, country, on, "actor1")
            if name and name != other and kind not in ("civilians",):
                return name, kind
    return None, None


def _party(trigs, lex: Lexicon, namer: Namer, actors: SpanIndex, country, on):
    """The maker of an agreement its object names: the subject of 'declared', 'announced', 'signed' ('pact_verbs')
    a truce or a deal, whatever words qualify it ('a unilateral ceasefire', 'a monthlong truce')."""
    for t in trigs:
        tok = t.token
        if t.cls.sub == "Agreement" and tok.dep_ == "dobj" and _lemma(tok.head) in lex.words.get("pact_verbs", ()) \
                and (subj := subject_of(tok.head)) is not None:
            name, kind = name_phrase(subj, actors, lex, namer, country, on, "actor1")
            if name:
                return name, kind
    return None, None


def _counterpart(trigs, lex: Lexicon, namer: Namer, actors: SpanIndex, country, on, first: str | None) -> str | None:
    """The other party of an agreement: the 'with' of a truce or deal, the 'to' of a surrender, on the trigger or
    on the verb it is the object of ('declared a ceasefire with X', 'signed a deal with Y', 'surrendered to Z'); the
    side a defector went over to ('defected to the government')."""
    preps = lex.words.get("counterpart_preps", frozenset())
    for t in trigs:
        if t.cls.sub != "Agreement" and _lemma(t.token) not in lex.words["defection_words"]:
            continue
        tok = t.token
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
            tok = tok.head                       # "a ceasefire deal with X"
        holders = dict.fromkeys([t.token, tok] + ([tok.head] if tok.dep_ == "dobj" else []))
        for h in (x for w in holders for p in _pobjs(w, preps) for x in conjuncts(p)):
            name, _ = name_phrase(h, actors, lex, namer, country, on, "actor1")
            if name and name != first:
                return name
    return None


def _suspected_to_be(head, actors: SpanIndex) -> list:
    """'youths suspected to be X members', 'gunmen believed to belong to X': the group the clause names."""
    clauses = [c for c in head.children if c.dep_ == "acl" and _lemma(c) in SUSPECT_VERBS]
    if head.dep_ == "nsubj" and _lemma(head.head) in SUSPECT_VERBS:
        clauses += [c for c in head.head.children if c.dep_ == "xcomp"]   # the parse made 'believed' the verb
    return [m for c in clauses for m in actors.within(c.idx, c.right_edge.idx + len(c.right_edge))
            if m.kind in ARMED_KINDS and not m.name.startswith("Unidentified")]


def _fellow_side(trigs, actors: SpanIndex, lex: Lexicon, first: str) -> str | None:
    """The other of two sides coordinated as the subject of a reciprocal fight ('the army and X clashed',
    'Chadian and Nigerien soldiers exchanged fire')."""
    for t in trigs:
        if t.token.lemma_.lower() not in lex.words["reciprocal_words"] and not each_other(t.token):
            continue            # ("X's factions turned on each other": any fight verb told with a reciprocal pronoun)
        verb = partaken(t.token) or t.token      # "X and Y engaged in a firefight": the subjects of the verb
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.i > 0 and (last := verb.doc[verb.i - 1]).dep_ == "conj" and last.head.i < last.i:
            subjects = [last.head]      # "In X Township, Y District, the army and Z clashed": the parser hung the
                                        # two sides on the place list as its last conjuncts
        for h in subjects:
            heads = conjuncts(h)     # "troops of X and Y clashed": the owners coordinated under "of" too
            heads += [y for x in conjuncts(h) for p in _pobjs(x, {"of"}) for y in conjuncts(p)[1:]]
            sides = [m.name for x in heads for m in phrase_actors(x, actors) if m.kind in ARMED_KINDS]
            other = next((n for n in sides if n != first), None)
            if other:
                return other
        if each_other(verb) and subjects and not any(w.dep_ == "cc" for h in subjects for w in h.subtree):
            return first                # "rival factions of X fought each other": X on both sides
        if fights_itself(t.token, lex, bare=is_unidentified(first)) and any(
                m.name == first and m.kind in ARMED_KINDS for m in actors.items):
            return first                # "two factions of X clashed", "unknown gunmen exchanged fire": X's own men
            # (not crowds: "two groups of villagers clashed" is a riot, its rioters on both sides)
    return None


def _answered(trigs, actors: SpanIndex, lex: Lexicon, namer: Namer, country, on, first: str) -> str | None:
    """The other side of a response to fire: whose fire was answered ('X responded to shelling of Y', 'to Y fire':
    Y), or, where the fire's author is the first side already ('the army responded to an attack by Y'), who
    answered it."""
    words = lex.words["response_verbs"]
    verbs = []
    for t in trigs:
        tok = t.token
        verbs += [v for v in (tok, tok.head, tok.head.head if tok.dep_ == "pobj" else None)
                  if v is not None and (_lemma(v) in words or _struck_back(v)) and v not in verbs]
    for verb in verbs:
        if not _pobjs(verb, {"to", "against"}) and (told := _answered_clause(verb, actors, lex, namer, country, on,
                                                                              first)):
            return told
        for fire in _pobjs(verb, {"to", "against"}):
            for h in _pobjs(fire, {"of", "by", "from"}) + [fire] + [
                    c for c in fire.children if c.dep_ in ("poss", "compound", "amod", "nmod")]:
                name, kind = name_phrase(h, actors, lex, namer, country, on, "actor1")
                if not name or kind not in ARMED_KINDS:
                    continue
                if name != first:
                    return name
                if (subj := subject_of(verb)) is not None:
                    answer, kind = name_phrase(subj, actors, lex, namer, country, on, "actor1")
                    if answer and answer != first and kind in ARMED_KINDS:
                        return answer
    return None


def _struck_back(verb) -> bool:
    """'the navy struck back', 'troops fired back': a verb with the particle 'back' answers an attack."""
    return verb.pos_ == "VERB" and any(c.lower_ == "back" for c in children(verb, ("prt", "advmod")))


def _answered_clause(verb, actors: SpanIndex, lex: Lexicon, namer: Namer, country, on, first: str) -> str | None:
    """A response told with no 'to' ('X shelled the port, and the navy struck back', 'as X widened its shelling,
    troops responded with airstrikes'): the armed subject of the clause it is coordinated with or hangs on."""
    clauses = [c for c in verb.children if c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX")]
    if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        clauses.insert(0, verb.head)
    for clause in clauses:
        if (subj := subject_of(clause)) is None:
            continue
        name, kind = name_phrase(subj, actors, lex, namer, country, on, "actor1")
        if name and name != first and kind in ARMED_KINDS:
            return name
    return None


def _own_men(head, lex: Lexicon, bare: bool = False) -> bool:
    """One side's men told as fighting among themselves: a plural party with no other coordinated beside it,
    told as two or rival ones ('two factions of X', 'rival gangs', 'two unidentified tribal militias') or a part
    of one ('factions of X'); any plural party where `bare` ('armed men' who 'clashed' with nobody told)."""
    if head.tag_ != "NNS" or any(c.dep_ in ("conj", "cc") for c in head.children):
        return False
    if any(c.dep_ in ("nummod", "amod") and c.lower_ in lex.words["infighting_modifiers"] for c in head.children):
        return True
    return bare or _lemma(head) in lex.words["faction_words"] and bool(_pobjs(head, {"of"}))


def fights_itself(tok, lex: Lexicon, bare: bool = False) -> bool:
    """A reciprocal fight one side's own men fought: 'two factions of X clashed', 'a gunfight between two tribal
    militias'; with `bare`, 'gunmen clashed' (a plural subject, no other side told on the verb). ('fought
    each other': `each_other`.)"""
    if _lemma(tok) not in lex.words["reciprocal_words"]:
        return False
    verb = partaken(tok) or tok
    holders = [tok] + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else []) + [
        p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]  # "an exchange of fire"
    for h in holders:
        sides = _pobjs(h, {"between"})
        if len(sides) == 1 and _own_men(sides[0], lex):
            return True                 # "a firefight between two of X's factions"
    if verb.pos_ != "VERB" or _pobjs(verb, {"with", "against", "between"}):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and _own_men(subjects[0], lex, bare)


def each_other(verb) -> bool:
    """The fight's other side is a reciprocal pronoun: 'fought each other', 'clashed with one another'."""
    heads = [c for c in verb.children if c.dep_ == "dobj"] + [p for c in verb.children
                                                               if c.dep_ == "prep" for p in c.children]
    return any(h.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in h.children)
               or h.lower_ == "one" and any(c.lower_ == "another" for c in h.children) for h in heads)


def _klass_of(t, lex: Lexicon) -> str | None:
    return lex.event_type.get(t.cls.sub) if t.cls.sub else None


def _during(trigs, actors: SpanIndex, lex: Lexicon, namer: Namer, country, on):
    """'a smuggler died in a police raid on his farm': who made the raid the death happened in."""
    for t in trigs:
        for noun in _frames(t, lex)[1:]:
            for h in perpetrator_heads(noun):
                name, kind = name_phrase(h, actors, lex, namer, country, on, "actor1")
                if name:
                    return name, kind
    return None, None


def _alleged_agent(sent, actors: SpanIndex, lex: Lexicon):
    """'... that claimed over 140 lives, allegedly by IS': the suspected perpetrator the sentence names,
    wherever the parser hung the phrase."""
    for tok in cue_tokens(sent, ("by",), lowers):
        if any(c.dep_ == "advmod" and c.lower_ in lex.words["hedges"] for c in tok.children):
            for p in (c for c in tok.children if c.dep_ == "pobj"):
                found = [m for m in phrase_actors(p, actors) if m.kind in ARMED_KINDS]
                if found:
                    return found[0].name, found[0].kind
    return None, None


def joined_place(head, status: str | None, actors: SpanIndex, places: SpanIndex, lex: Lexicon) -> bool:
    """'killed a teacher in X city, Y province': a place the parse joined to the victims is none of them."""
    return status == "place" and head.dep_ == "conj" and status_of(head.head, actors, places, lex) != "place"


def pick_status(statuses: set[str]) -> str | None:
    """prisoner > armed > civilian > place: people named as the target outrank a place named beside them."""
    return next((s for s in ("prisoner", "armed", "civilian", "place") if s in statuses), None)


def controlling_side(sent, actors: SpanIndex, lex: Lexicon) -> str | None:
    """The armed group the text says holds the ground of the scene, told in the sentence or before it ('an area
    controlled by X', 'the X-controlled district'): the last told, a state's forces excepted (who holds a town is
    no side of a fight the state's men told in it)."""
    doc = sent.doc
    found = None
    for tok in doc[:sent.end]:
        if tok.lower_ not in lex.words["holding_participles"]:
            continue
        heads = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2011") and not doc[tok.i - 1].whitespace_:
            heads.append(doc[tok.i - 2])           # 'X-controlled': the word before the hyphen
        for h in heads:
            named = [m for m in phrase_actors(h, actors) if m.kind in ARMED_KINDS - {"state", "state_force"}
                     and not is_unidentified(m.name)]
            if named:
                found = named[0].name
    return found


def crowd_police(name: str | None, actors: SpanIndex, lex: Lexicon, namer: Namer, on) -> str | None:
    """The police of a state whose military a crowd event's side (or an arrest's maker) was named for only by a word
    either force goes by ('security forces dispersed the protesters', 'stones thrown at security personnel',
    'security forces detained two activists'): ACLED codes the men who face a crowd or make arrests as the police;
    None where the text names the military ('soldiers', 'the army') or no such word."""
    if not name or not name.startswith("Military Forces") or namer.pack is None:
        return None
    words = lex.words["crowd_police_nouns"]
    told, country = [], None
    for m in actors.items:
        rec = namer.pack.records.get(m.actor_id) if m.kind == "state_force" else None
        if rec is not None and rec.country and rec.force == "military" \
                and namer.state_force(rec.country, on, "military") == name:
            told.append(" ".join(m.text.lower().split()))
            country = rec.country
    if not told or not all(any(t == w or t.endswith(" " + w) for w in words) for t in told):
        return None
    return namer.state_force(country, on, "police")
