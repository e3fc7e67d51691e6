"""Trigger detection: lexicon lemmas and lemma phrases over one parsed sentence."""
from __future__ import annotations

from dataclasses import dataclass

from .attribution import children, lemmas, lowers, sentence_of
from .event_args import counted_of, held_by, subject_of
from .event_lexicon import Lexicon, TriggerClass
from .trigger_senses import other_sense

CONTENT_POS = {"NOUN", "VERB", "PROPN", "ADJ", "AUX"}
SKIPPABLE = {"DET", "PRON", "NUM", "ADJ"}


@dataclass
class Trigger:
    """A trigger word or phrase: `token` is its syntactic head."""

    token: object            # spaCy Token
    cls: TriggerClass
    start: int               # token indices (doc-level), end exclusive
    end: int
    anchor: bool = True      # can found an event on its own (False: instrument word only)

    @property
    def role(self) -> str:
        return self.cls.role

    @property
    def text(self) -> str:
        doc = self.token.doc
        return doc[self.start:self.end].text


def _lemma(tok) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def _phrase_head(span) -> object:
    """The phrase token whose head lies outside the phrase."""
    for tok in span:
        if tok.head.i < span.start or tok.head.i >= span.end or tok.head.i == tok.i:
            return tok
    return span[-1]


def _habitual_use(tok, lex: Lexicon) -> bool:
    """A weapon a side uses in the simple present ('the group now uses armed drones and roadside bombs'): what it
    can do, not an event."""
    while tok.dep_ in ("conj", "dobj") and tok.head.i != tok.i:
        tok = tok.head
        if _lemma(tok) in lex.words["habitual_use_verbs"] and tok.tag_ in ("VBZ", "VBP"):
            return True
    return False


def _anchored(tok, cls: TriggerClass, lex: Lexicon) -> bool:
    """An instrument word founds an event only as an event noun or under an event verb."""
    if cls.role == "manner":
        return False
    if cls.role != "method" and not cls.weapons:
        return True
    if _habitual_use(tok, lex):
        return False
    if _lemma(tok) in cls.event_nouns or tok.pos_ == "VERB":
        return True
    if tok.dep_ == "pobj" and _lemma(tok) in lex.words["laid_charges"] and tok.head.lower_ in ("on", "over", "into") \
            and _lemma(tok.head.head) in lex.words["charge_victim_verbs"]:
        return True                 # "a villager stepped on a landmine", "the truck ran over a mine": it went off
    verb = _event_verb_over(tok, lex)
    if verb is not None and _lemma(verb) in lex.words["landing_verbs"] and _lemma(tok) in lex.words["aircraft_nouns"]:
        return False                # "a plane carrying aid landed at the airport": a flight, not a strike
    return verb is not None


def _event_verb_over(tok, lex: Lexicon):
    """The nearest of the word's three heads that is an event verb ('carried out an air strike'; not 'a ship
    carrying heavy weapons'), else None."""
    head = tok.head
    for _ in range(3):
        if _lemma(head) in lex.words["event_verbs"] and not (
                _lemma(head) == "carry" and not any(c.dep_ == "prt" for c in head.children)):
            return head
        if head.head.i == head.i:
            break
        head = head.head
    return None


def _civil_deed(tok, lex: Lexicon) -> bool:
    """An instrument that does something that is no violence: 'the air force carried out medical outreach
    operations' (the deed's object is one of figurative_modifiers' kinds)."""
    head, civil = _event_verb_over(tok, lex), lex.words["figurative_modifiers"]
    return head is not None and any(c.dep_ == "dobj" and c.i > tok.i and any(
        m.i < c.i and _lemma(m) in civil for m in c.subtree) for c in head.children)


def _class_kept(tok, cls: TriggerClass, lex: Lexicon) -> bool:
    """The conditions a class sets on any of its triggers: a purpose or a crowd ('the plant stopped work after the
    blast' is no strike), ground given up ('handed over sacks of flour' is none)."""
    if cls.purposes and not _has_purpose(tok, cls.purposes) and not (cls.crowd_subject and _crowd_subject(tok, lex)):
        return False
    if cls.purposes and cls.role == "protest" and (subject := subject_of(tok.head if tok.dep_ == "dobj" else tok)) \
            is not None and _lemma(subject) in lex.words["meeting_people"]:
        return False                # "foreign ministers gathered in Brussels to condemn the invasion": a meeting
    return not cls.ground_only or _ground_given(tok, lex)


def _phrase_kept(tok, cls: TriggerClass, lex: Lexicon, span=None) -> bool:
    """A phrase trigger its class keeps (_class_kept), an instrument's only where its deed is violence ('the air
    force carried out medical operations'); not a verb phrase whose verb names what its object is ('officials called
    the strike a war crime', `_labelling`)."""
    words = span if span is not None else (tok,)
    if any(_labelling(w, {x.i for x in words}) for w in words):
        return False
    return _class_kept(tok, cls, lex) and not (cls.role == "method" and _civil_deed(tok, lex))


def _labelling(verb, inside: set[int]) -> bool:
    """A verb with an object and an object predicate outside the phrase ('called the strikes an act of terror'): it
    names or judges its object, an event told before; it does not tell the verb's own act ('shot dead' is one)."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ == "oprd" and c.i not in inside for c in verb.children)


def _match_phrase(sent, i: int, lemmas: list[str], lex: Lexicon):
    """Longest lexicon phrase starting at sentence position i (skipping determiners), or None."""
    for seq, cls in lex.phrases.get(lemmas[i], ()):
        j, k = i, 0
        while j < len(sent) and k < len(seq):
            if lemmas[j] == seq[k] or sent[j].lower_ == seq[k]:
                k += 1
            elif k == 0 or sent[j].pos_ not in SKIPPABLE:
                break
            j += 1
        if k == len(seq):
            return j - i, cls, seq
    return None


def _verb_object(sent, lemmas: list[str], lex: Lexicon, covered: set[int]) -> list[Trigger]:
    """Two-word verb+noun phrases in any order through the parse ("the flag was raised")."""
    out = []
    doc = sent.doc
    # only a word that begins a phrase or is a class's verb can be one: the others are not made Tokens
    for i, tok in ((i, doc[sent.start + i]) for i, lemma in enumerate(lemmas) if lemma in lex.phrases):
        if tok.pos_ != "VERB" or tok.i in covered:
            continue
        for seq, cls in lex.phrases.get(lemmas[i], ()):
            if len(seq) == 3:        # "set the tyres on fire": verb, preposition, its object through the parse
                hosts = [tok] + [x for o in children(tok, ("dobj",)) for x in (o, *o.subtree)
                                 if x is o or x.dep_ in ("appos", "conj") and x.head.i != tok.i]
                obj = next((p for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == seq[1]
                            for p in c.children if p.dep_ == "pobj" and _lemma(p) == seq[2]), None)
                # ("elected X, a poet, as their leader": the parser may hang the phrase on the object's apposition)
            elif len(seq) == 2:
                obj = next((c for c in children(tok, ("dobj", "nsubjpass")) if _lemma(c) == seq[1]), None)
            else:
                continue
            if obj is not None and obj.i not in covered:
                if _phrase_kept(tok, cls, lex):
                    out.append(Trigger(tok, cls, min(tok.i, obj.i), max(tok.i, obj.i) + 1, True))
                covered.update((tok.i, obj.i))
                break
    verbs = [doc[sent.start + i] for i, lemma in enumerate(lemmas) if lemma in lex.verb_object_verbs]
    for tok in verbs:
        if tok.pos_ != "VERB" or tok.i in covered:
            continue
        lemma = _lemma(tok)
        for cls in lex.verb_object_classes:
            if lemma not in cls.verbs:
                continue
            obj = next((o for o in objects_of(tok) if _lemma(o) in cls.objects or any(
                _lemma(x) in cls.objects for x in o.children if x.dep_ in ("compound", "amod"))), None)
            if obj is not None and (not cls.doer_told or _doer_told(tok, lex)) and not (
                    cls.role == "intervention" and _crowd_doer(tok, lex)):
                out.append(Trigger(tok, cls, tok.i, tok.i + 1, True))
                covered.add(tok.i)
                if cls.name in lex.words["object_bound_classes"]:
                    covered.add(obj.i)      # "stopped a patrol": what was stopped, no patrol of its own
                break
    return out


def _crowd_doer(verb, lex: Lexicon) -> bool:
    """A crowd or a protest does it ('the rally was held to prevent a march by the other camp'): no intervention
    by the authorities."""
    subject = subject_of(verb)
    return subject is not None and (_lemma(subject) in lex.words["crowd_words"] or _crowd_subject(verb, lex))


def _doer_told(verb, lex: Lexicon) -> bool:
    """The act's doer is told: an active subject, or a passive's 'by' agent ('the government released 40 prisoners';
    not '753 prisoners were released', a tally with no one named), or the side whose hold it ends ('soldiers were
    freed from rebel jails', 'released from Taliban custody')."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return any(c.dep_ == "agent" for c in verb.children) or any(
            m.pos_ == "PROPN" or _armed_noun(m, lex) for m in held_by(verb))
    return any(c.dep_ == "nsubj" for c in verb.children) or (verb.dep_ == "ROOT" and verb.tag_ == "VBD") or (
        verb.dep_ == "xcomp" and any(c.dep_ == "nsubj" for c in verb.head.children))
    # (an active past verb whose subject the parser hung elsewhere: 'in X, members of Y delivered ...'; a verb its
    # subject's verb governs: 'the government began enforcing a curfew')


APPROXIMATORS = {"about", "around", "over", "nearly", "almost", "some", "roughly"}


def objects_of(verb) -> list:
    """Objects of a verb, through conjunctions and quantity nouns ('a total of 56 posts'),
    or the noun a past participle describes ('weapons seized in the raid')."""
    out = []
    named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    named += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ in ("VBN", "VBG")
              for s in c.children if s.dep_ == "nsubj"]     # "found his body riddled with bullets": a small clause
    named += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in APPROXIMATORS    # "seized about a ton
              for p in c.children if p.dep_ == "pobj"]                                      # of", read as a preposition
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        named.append(verb.head)                 # "a cache of rifles found near the border"
    named += [x for c in named for x in c.children if x.dep_ == "conj"]
    named += [a for c in named for a in c.children if a.dep_ == "appos"]    # "in X, Y, a woman's corpse was found"
    named += [d for c in named for a in c.children if a.dep_ in ("relcl", "acl") and _lemma(a) in ("contain", "hold")
              for d in a.children if d.dep_ == "dobj"]       # "sacks that contained remains turned up"
    for o in named:
        out += [o, *counted_of(o)]
    return out


PURPOSE_DEPS = ("xcomp", "advcl", "prep", "conj", "acl", "relcl")


def _has_purpose(tok, purposes: frozenset[str]) -> bool:
    """'gathered to demand X', 'assembled against Y', 'gathered outside the court', 'did a motorcade to demand'
    (a noun: its verb's purpose; a verb: also a participle the parse hung on its object, 'blocked the road
    demanding water')."""
    on_object = [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "acl"]
    for c in [*tok.children, *(tok.head.children if tok.dep_ == "dobj" else ()), *on_object]:
        if c.dep_ in PURPOSE_DEPS and (_lemma(c) in purposes or c.lower_ in purposes):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "front" for p in c.children):
            return True
        if c.dep_ == "prep" and any(p.dep_ == "pobj" and _lemma(p) in purposes for p in c.children):
            return True             # "gathered in defence of democracy", "in solidarity with the victims"
    return False


def _burnt_body(tok, lex: Lexicon) -> bool:
    """'a burnt body', 'the body was burned', 'burned the corpse': what burned is a body (body_found's objects)."""
    bodies = lex.classes["body_found"].objects
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head                      # "the charred and burnt body"
    patients = [tok.head] if tok.dep_ == "amod" else [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(_lemma(p) in bodies for p in patients)


def of_heads(noun) -> list:
    """The noun and the objects of its 'of' ('a group of youths', 'the death of a marcher')."""
    return [noun, *(p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj")]


def _crowd_subject(tok, lex: Lexicon) -> bool:
    """'residents blocked the highway', 'a group of neighbours blocked the entrance', 'villagers staged a road
    blockade': the act's subject (a noun's: its verb's) is a crowd of ordinary people, not troops or police."""
    verb = tok.head if tok.dep_ == "dobj" else tok
    armed = lex.words["armed_cues"] | lex.words["crowd_armed"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [s for s in [subject_of(verb)] if s is not None]
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subjects = [verb.head]      # "fired at students blocking a highway": the noun the participle hangs on
    for subj in [*subjects, *(a for c in subjects for a in c.children if a.dep_ == "appos")]:
        # ("in X, Region, residents blocked ...": the parse may make the region the subject, the crowd its appos,
        # or hang the crowd on the place as a conjunct, leaving the verb without a subject)
        heads = of_heads(subj)
        if any(h.pos_ == "PROPN" and h.ent_type_ not in ("GPE", "LOC", "FAC") for h in heads[1:]):
            continue                # "members of <a named group>": that group did it ("residents of X": the crowd)
        if any(_lemma(w) in armed for w in subj.subtree):
            continue                # "armed groups blocked the entry"
        if any(h.tag_ in ("NNS", "NNPS") and _lemma(h) in lex.words["people_nouns"] for h in heads):
            return True
    return False


def _to_death(verb) -> bool:
    """'beaten to death', 'stabbed him to death': the verb's 'to' phrase is 'death'."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
        o.dep_ == "pobj" and o.lemma_.lower() == "death" for o in c.children) for c in verb.children)


def _purpose_bound(lemma: str, lex: Lexicon) -> bool:
    """Every class of the lemma triggers only with a purpose ('blocked the road demanding water')."""
    classes = lex.single.get(lemma)
    return bool(classes) and all(c.purposes for c in classes)


def _military_target(obj, lex: Lexicon) -> bool:
    """'struck militant targets', 'hit Russian targets in Kherson', 'struck targets in Gaza': targets of fire, not the
    idiom ('hit its targets for the year'): a side's or a weapon's word before them, or a place after them."""
    if _lemma(obj) != "target":
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG") or _lemma(c) in
           lex.words["armed_cues"] | lex.words["military_target_mods"]) for c in obj.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("in", "near", "across", "inside") and any(
        p.ent_type_ in ("GPE", "LOC", "FAC") for p in c.children) for c in obj.children)


def _usable(tok, lemma: str, lex: Lexicon) -> bool:
    if tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "anti":
        return False               # "anti-aircraft guns", "anti-drone systems": a defence against it, not it
    if lemma in lex.words.get("lowercase_only", ()) and not tok.text.islower():
        return False
    if lemma in lex.words.get("noun_only", ()) and tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma in lex.words.get("intransitive_only", ()) and any(c.dep_ == "dobj" for c in tok.children):
        return False
    if tok.pos_ == "VERB" and any(c.dep_ == "dobj" and _lemma(c) in lex.words.get("idiom_objects", ())
                                  and not _military_target(c, lex) for c in tok.children) \
            and not _purpose_bound(lemma, lex):
        return False               # "hit the road"; not "blocked the road demanding water" (its purpose decides)
    if lex.idiom(tok):
        return False
    if _troops_moving(tok, lemma, lex):
        return False
    if lemma in lex.words.get("fire_words", ()) and _aimless(tok, lex):
        return False
    if lemma in lex.words["person_or_aircraft"] and not aircraft(tok, lex):
        return False               # "a bomber set off his vest", "the stadium bomber": a person
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and (
            _lemma(tok.head) in lex.words["descriptor_heads"] or lex.victim_class(_lemma(tok.head)) == "armed"
            or _lemma(tok.head) in lex.words["group_nouns"]):
        return False               # "riot police", "bomb squad", "the torch movement": what they are for, a name
    if tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in ("themselves", "himself", "herself")
                                  for c in tok.children):
        return False               # "nurses barricaded themselves inside": shut in, not fighting
    if tok.pos_ == "VERB" and any(c.lower_ in ("out", "off") for c in children(tok, ("prt",))) \
            and lemma in lex.words["leave_idioms"]:
        return False               # "patients stormed out of the hospital": left in anger
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and lemma in lex.words["crowd_acts"]:
        return False               # "the return of looted deposits": done to them once, no act here
    return not other_sense(tok, lemma, lex)     # "a fatal heart attack", "a copper mine", "to fight the epidemic"


def _people_moved(tok, lex: Lexicon) -> bool:
    """A verb of leaving whose object is people ('evacuated the injured', 'evacuated 300 residents'), not a place."""
    return any(c.dep_ == "dobj" and (lex.victim_class(_lemma(c)) in ("civilian", "prisoner")
                                     or c.lower_ in lex.words["evacuated_people"]
                                     or _lemma(c) in lex.words["evacuated_people"]) for c in tok.children)


def aircraft(tok, lex: Lexicon) -> bool:
    """'Sylvanian bombers', 'B-52 bombers', 'strategic bombers', 'bombers pounded the town': aircraft; a bomber
    told without a state's or an aircraft's word is the person who set off a bomb."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if any(_lemma(c) in lex.words["bomber_person_cues"] for c in mods):
        return False
    if any(_lemma(c) in lex.words["aircraft_cues"] or c.ent_type_ in ("NORP", "PRODUCT") or (
            c.dep_ == "poss" and c.ent_type_ == "GPE") for c in mods):
        return True
    return tok.dep_ == "nsubj" and _lemma(tok.head) in lex.words["aircraft_verbs"]


def _armed_noun(noun, lex: Lexicon) -> bool:
    """'rebels', 'government forces', 'armed men': a noun for armed men, by itself or its modifiers."""
    return any(_lemma(w) in lex.words["armed_cues"] or lex.victim_class(_lemma(w)) == "armed"
               for w in [noun, *(m for m in noun.children if m.dep_ in ("amod", "compound"))])


def _driven_out(tok, lex: Lexicon) -> bool:
    """'pushed the rebels out of three villages', 'expelled the militants from the town', 'the militants were
    driven from the town by the army': armed men driven from somewhere (the verb's object, or a passive's subject
    where its agent is named, and its 'out of' or 'from'). A passive without its agent ('the militants were
    expelled from the town') names the side that lost the ground, not the one that took it."""
    if tok.pos_ != "VERB":
        return False
    agent = any(c.dep_ == "agent" for c in tok.children)
    moved = [c for c in tok.children if c.dep_ == "dobj" or (agent and c.dep_ == "nsubjpass")]
    away = any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("out", "from") for c in tok.children)
    return away and any(_armed_noun(m, lex) for m in moved)


def _joins_armed(tok, lex: Lexicon) -> bool:
    """'35 soldiers and policemen joined the Taliban', 'fighters joined the rebels': armed men (the verb's subject)
    joining a side named by its name or an armed noun (its object)."""
    if tok.pos_ != "VERB":
        return False
    subject = subject_of(tok)         # "twelve soldiers deserted and joined the rebels": the first verb's
    men = [subject, *subject.conjuncts] if subject is not None else []
    sides = [c for c in tok.children if c.dep_ == "dobj"]
    return any(_armed_noun(m, lex) for m in men) and any(
        s.pos_ == "PROPN" or s.ent_type_ in ("ORG", "NORP") or _armed_noun(s, lex) for s in sides)


def _ground_given(tok, lex: Lexicon) -> bool:
    """What a withdrawal or a handover gives up is ground or troops ('withdrew its forces', 'handed over the base',
    'the withdrawal of foreign troops', 'pulled out of the town'), or it is not told ('the rebels retreated'); not
    goods, power, a plan or a seat at a table ('handed over sacks of flour', 'withdrew the bill', 'pulled out
    of the talks')."""
    w = lex.words
    given = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.pos_ in ("NOUN", "PROPN"):
        given += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"]
    given += [o for g in list(given) for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]            # "most of its soldiers", "some of the posts"
    left = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("from", "of") for o in p.children
            if o.dep_ == "pobj" and o not in given]
    if any(_lemma(o) in w["withdrawn_matters"] for o in left):
        return False
    return not given or any(o.ent_type_ in ("GPE", "LOC", "FAC") or _lemma(o) in w["ground_nouns"]
                            or _armed_noun(o, lex) for o in given)


def _troops_moving(tok, lemma: str, lex: Lexicon) -> bool:
    """'troops marched deeper into the district', 'soldiers paraded through the capital': armed men on the move,
    not a crowd's protest."""
    if lemma not in lex.words["troop_moves"] or tok.pos_ != "VERB":
        return False
    subject = subject_of(tok)         # "forces captured a town and marched deeper": the first verb's
    return subject is not None and _armed_noun(subject, lex)


def _armed_subject(tok, lex: Lexicon) -> bool:
    """The verb's active subject is armed men, or a crowd, and it has an object ('unknown gunmen wounded a civilian',
    'armed men injured two guards', 'traders injured five reporters'; not the toll '9 killed, 60 guards injured')."""
    armed = lex.words["armed_cues"] | lex.words["armed_attackers"]

    def is_armed(s) -> bool:
        return _lemma(s) in armed or any(_lemma(m) in armed for m in s.children if m.dep_ in ("amod", "compound"))
    if tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children):
        # "a trader was wounded by gunmen", "reporters were injured by traders": the armed men or the crowd named
        # as the passive's agent (not "by a bullet")
        men = lex.words["armed_attackers"] | lex.words["unidentified"]
        return any(_lemma(p) in men or (p.tag_ == "NNS" and _lemma(p) in lex.words["people_nouns"])
                   for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj")
    if tok.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    return any(is_armed(s) for s in tok.children if s.dep_ == "nsubj") or _crowd_subject(tok, lex)


def _aimless(tok, lex: Lexicon) -> bool:
    """Fire aimed at no one: rounds sent skyward ('into the air', 'in the air'), or warning shots."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")),
             *([tok.head] if tok.dep_ in ("dobj", "nsubjpass") else [])]
    if any(c.dep_ in ("amod", "compound") and c.lower_ == "warning" for h in heads for c in h.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("into", "in") and any(
        _lemma(p) in lex.words["aimless_targets"] for p in c.children if p.dep_ == "pobj")
        for h in heads for c in h.children)


def _framed(tok, lemma: str, lex: Lexicon) -> bool:
    """A verb-only noun the sentence frames as an event: its subject of 'erupted'/'broke out', a fight
    'between X and Y' or 'with police', where someone was 'killed in' it, shells fired or landing, a
    rally held, or a patrol or convoy on the move."""
    if lemma in lex.words["projectile_nouns"] and tok.pos_ == "NOUN":
        frames = lex.words["projectile_frames"]     # "shells fired by X fell in Y", "shells hit the hospital"
        return (tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.lemma_.lower() in frames) or any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in frames for c in tok.children)
    if lemma in lex.words["staged_nouns"] and tok.pos_ == "NOUN":
        answer = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on") else tok.head
        if tok.dep_ in ("dobj", "pobj") and answer.lemma_.lower() in lex.words["rally_responses"]:
            return True         # "police dispersed an opposition rally", "fired tear gas at a rally": it was held
        if tok.dep_ == "pobj" and tok.head.lower_ == "during":
            return True         # "arrested 20 people during a rally": it was held
    for nouns, dep, verbs in (("staged_nouns", "dobj", "stage_verbs"), ("moving_nouns", "nsubj", "moving_verbs")):
        if lemma in lex.words[nouns] and tok.pos_ == "NOUN":
            return tok.dep_ == dep and tok.head.lemma_.lower() in lex.words[verbs]
    if lemma not in lex.words["framed_nouns"] or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_.lower() in lex.words["event_frames"]:
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in tok.children):
        return True
    return tok.dep_ == "pobj" and head.lower_ in ("in", "during") and (
        head.head.lemma_.lower() in lex.words["fatality_words"] | lex.words["injury_words"])


def _participle_classes(tok, lex: Lexicon) -> list:
    """A verb the tagger took for an adjective keeps its own lemma ('..., and assaulted staff' tagged
    ADJ 'assaulted'): the classes of its stem."""
    word = tok.lower_
    if tok.pos_ != "ADJ" or not word.endswith("ed") or tok.dep_ not in ("amod", "conj", "ROOT", "acomp"):
        return []
    for stem in (word[:-2], word[:-1], word[:-3] if word[-3:-2] == word[-4:-3] else None):
        if stem and lex.single.get(stem):
            return lex.single[stem]
    return []


def _attributive(tok) -> bool:
    """A participle used as an adjective: 'occupied Crimea', 'the captured town', 'to occupied Palestine'
    (after a preposition or determiner, however the parser attached it)."""
    if tok.dep_ == "amod":
        return True
    return tok.tag_ in ("VBN", "VBD", "JJ") and tok.i > sentence_of(tok).start and tok.nbor(-1).pos_ in ("ADP", "DET")


def _over_crowd(verb, lex: Lexicon) -> bool:
    """Shots fired over or at a crowd ('fired warning shots over a crowd'): crowd control, no show of force."""
    told = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(c.dep_ == "prep" and any(_lemma(p) in lex.words["crowd_words"] for p in c.children)
               for x in told for c in x.children)


def _fire_verb(t: Trigger) -> Trigger:
    """A warning told by counted shots ('fired several rounds skyward', 'fired 50 rounds') is the firing: the verb
    the shots are the object of heads it (the count of shots is no tally of events)."""
    tok = t.token
    if tok.pos_ == "VERB" or tok.dep_ not in ("dobj", "nsubjpass") or tok.head.pos_ != "VERB" or not any(
            c.dep_ in ("nummod", "amod") for c in tok.children):
        return t
    return Trigger(tok.head, t.cls, min(t.start, tok.head.i), max(t.end, tok.head.i + 1), t.anchor)


def _into_air(t: Trigger, found: list[Trigger]) -> bool:
    """A fire word of the shots a warning names ('fired warning shots', 'rounds were fired skyward', 'fired 50
    rounds into the air'): the warning's own words, no violence of their own."""
    if t.role not in ("violent", "method", "excessive"):
        return False
    for w in (f.token for f in found if f.cls.name == "warning_fire"):
        shots = [w, *(c for c in w.children if c.dep_ in ("dobj", "nsubjpass"))]
        if w.dep_ == "acl":         # "heard shots being fired into the air"
            shots.append(w.head)
        if w.pos_ != "VERB":        # "warning shots" with no verb of their own
            shots += [w.head, *(c for c in w.head.children if c.dep_ in ("dobj", "nsubjpass"))]
        if t.token.i in {x.i for x in shots}:
            return True
    return False


def _control_of_nothing(t: Trigger) -> bool:
    """A retaking of 'control' with no 'of' or 'over' phrase ('regain control'): of a situation, not a place."""
    if t.cls.role != "retake":
        return False
    toks = [*t.token.doc[t.start:t.end], *(c for c in t.token.children if c.dep_ == "dobj")]
    return any(w.lemma_.lower() == "control" and not any(c.dep_ == "prep" and c.lower_ in ("of", "over")
                                                         for c in w.children) for w in toks)


def _power_taken(t: Trigger, lex: Lexicon) -> bool:
    """A verb of taking whose object is power ('seized power', 'took power', `power_objects`): a change of
    government, neither a place taken nor a person seized."""
    if t.token.pos_ != "VERB" or _lemma(t.token) not in lex.words["power_verbs"]:
        return False
    return any(c.dep_ == "dobj" and _lemma(c) in lex.words["power_objects"] for c in t.token.children)


def _heavy_calibres(sent, low: list[str], found: list[Trigger], covered: set[int], lex: Lexicon) -> list[Trigger]:
    """Guns named by a heavy calibre ('a 14.5mm gun on a pickup', 'twin 23 mm cannons'): a crew's weapons fired
    from afar, the `heavy_fire` class; a rifle's calibre ('a 7.62mm gun') stays small arms."""
    heavy = lex.classes.get("heavy_fire")
    if heavy is None or not any(t.cls.name == "firearm" for t in found) \
            and {"cannon", "cannons"}.isdisjoint(low[sent.start:sent.end]):
        return []
    calibres = lex.words["heavy_calibres"]
    out = []
    for i in range(sent.start, sent.end):
        word = low[i]
        size = low[i - 1] if word == "mm" and i > sent.start else word[:-2] if word.endswith("mm") else None
        if size in calibres and i not in covered:
            tok = sent.doc[i]
            gun = tok.head if tok.dep_ in ("compound", "nmod", "amod") and tok.head.pos_ == "NOUN" else tok
            out.append(Trigger(gun, heavy, tok.i - (word == "mm"), max(tok.i, gun.i) + 1, _anchored(gun, heavy, lex)))
            covered.add(i)
            break
    return out


def find_triggers(sent, lex: Lexicon) -> list[Trigger]:
    """Every lexicon trigger in a sentence (phrases first, then single lemmas)."""
    lem, low = lemmas(sent.doc), lowers(sent.doc)
    words = [lem[i] or low[i] for i in range(sent.start, sent.end)]    # each token's _lemma
    out: list[Trigger] = []
    covered: set[int] = set()
    for i in range(len(sent)):
        hit = _match_phrase(sent, i, words, lex)
        if hit is None:
            continue
        n, cls, seq = hit
        span = sent[i:i + n]
        head = _phrase_head(span)
        if head.pos_ == "PROPN" and head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i >= span.end:
            continue    # "the Air Force Intelligence": a phrase inside an institution's name
        if head.dep_ in ("compound", "amod") and head.head.i >= span.end \
                and _lemma(head.head) in lex.words["descriptor_heads"]:
            continue    # "a ballistic missile test", "an air strike team": what it is for, no event
        if not _phrase_kept(head, cls, lex, span):
            covered.update(range(span.start, span.end))
            continue
        out.append(Trigger(head, cls, span.start, span.end,
                           (not cls.weapons or _anchored(head, cls, lex)) and not _habitual_use(head, lex)))
        # a word or phrase of several classes is several triggers: "shot dead", "fired on" at a protest are also
        # force against it
        others = [c for c in lex.single.get(_lemma(head), ())] + [c for sq, c in lex.phrases[words[i]] if sq == seq]
        out.extend(Trigger(head, other, span.start, span.end, False)
                   for other in dict.fromkeys(others) if other.role == "excessive" and other is not cls)
        covered.update(range(span.start, span.end))
    out.extend(_verb_object(sent, words, lex, covered))
    out.extend(_heavy_calibres(sent, low, out, covered, lex))
    for i, lemma in enumerate(words):
        word = low[sent.start + i]
        killing = lemma in lex.words["death_verbs"]
        if sent.start + i in covered or not (lex.single.get(lemma) or lex.single.get(word) or word.endswith("ed")
                                             or killing):
            continue    # no class of its own, nor a participle's (_participle_classes): no Token made
        tok = sent[i]
        if killing and tok.pos_ == "VERB" and _to_death(tok):
            violent = lex.classes["violent"]
            out.append(Trigger(tok, violent, tok.i, tok.i + 1, _anchored(tok, violent, lex)))
            continue    # "was beaten to death", "hacked a farmer to death": a killing
        classes = lex.single.get(lemma) or lex.single.get(word) or _participle_classes(tok, lex)
        if not classes or tok.pos_ not in CONTENT_POS or not _usable(tok, lemma, lex):
            continue    # a participle of no class of its own ('reported') is not tested further
        if lemma in lex.verb_only and tok.pos_ != "VERB" and not _framed(tok, lemma, lex):
            classes = [c for c in classes if c.role == "method" and lemma in c.event_nouns]
        for cls in classes:
            if cls.armed_subject and not _armed_subject(tok, lex):
                continue        # "three people were wounded": a toll, not an act; "gunmen wounded a trader": one
            if cls.joins_armed and not _joins_armed(tok, lex):
                continue        # "Pakistan joined the coalition", "soldiers joined the parade": no defection
            if cls.driven_out and not _driven_out(tok, lex):
                continue        # "expelled the ambassador", "pushed back an attack": no ground changed hands
            if not _class_kept(tok, cls, lex):
                continue        # no purpose nor crowd; "handed over medicine", "withdrew from the talks"
            if cls.sub == "Looting/property destruction" and _burnt_body(tok, lex):
                continue        # "a charred body pulled from a river": a killing's mark, not property destroyed
            if cls.role in ("territory", "retake") and _attributive(tok):
                continue        # "occupied Palestine", "the captured town": what a place is, not a taking
            if tok.dep_ == "pobj" and tok.head.lower_ == "under" and lemma in lex.words["under_states"]:
                continue        # "under siege since April": a lasting state
            if cls.sub == "Arrests" and tok.dep_ == "pobj" and tok.head.lower_ == "from":
                continue        # "freed from police custody": a detention's end
            if cls.sub == "Arrests" and any(p.dep_ == "prep" and p.lower_ in ("in", "at") and any(
                    _lemma(o) in lex.words["care_places"] for o in p.children) for p in tok.children):
                continue        # "thirty were detained in hospital overnight": kept for treatment
            if cls.sub == "Non-violent transfer of territory" and _people_moved(tok, lex):
                continue        # "helicopters evacuated the injured": people taken to safety, no place handed over
            out.append(Trigger(tok, cls, tok.i, tok.i + 1, _anchored(tok, cls, lex)))
    out.sort(key=lambda t: t.start)
    if any(t.cls.voided_by or t.cls.needs for t in out):
        told = set(words)
        near = told | next_sentence_lemmas(sent) if any(t.cls.needs for t in out) else told
        out = [t for t in out if t.cls.voided_by.isdisjoint(told)     # "Kenya beat Uganda in the final"
               and (not t.cls.needs or not t.cls.needs.isdisjoint(near))]   # "Found dead. Both were bound."
    if any(t.cls.name == "warning_fire" for t in out):
        out = [_fire_verb(t) if t.cls.name == "warning_fire" else t for t in out]
        out = [t for t in out if t.cls.name != "warning_fire" or not _over_crowd(t.token, lex)]
        out = [t for t in out if not _into_air(t, out)]     # "fired rounds skyward": no one fired on
        if any(t.cls.name != "warning_fire" and not (t.role == "fixed" and (t.cls.sub or "").lower()
                                                     in lex.words["unarmed_developments"]) for t in out):
            out = [t for t in out if t.cls.name != "warning_fire"]   # "soldiers protested, firing into the air",
            # "fired rounds into the air, then looted shops": the course of the protest or the raid
    out = [t for t in out if not _control_of_nothing(t) and not _power_taken(t, lex)]   # "wardens used batons to
    # regain control": of a crowd; "the junta that seized power in 2020": a government's origin
    # "troops, backed by airstrikes, killed 12 militants": the ground fight is the event
    if any(_in_support(t, lex) for t in out) and any(t.cls.role != "method" for t in out):
        out = [t for t in out if not _in_support(t, lex)]
    # "arrested 14 suspects in raids across the province": how the arrests were made
    arrests = {t.token.i for t in out if t.cls.sub == "Arrests"}
    if arrests:
        out = [t for t in out if not _arrest_manner(t, arrests, lex)]
    # "a missile struck a port, the air force said": the speaker's name types nothing
    if any(_speaking(t, lex) for t in out) and not all(_speaking(t, lex) for t in out):
        out = [t for t in out if not _speaking(t, lex)]
    return out


def _arrest_manner(t: Trigger, arrests: set[int], lex: Lexicon) -> bool:
    """A raid told as how an arrest was made ('arrested 14 suspects in raids', 'during a raid on a market')."""
    tok = t.token
    return tok.lemma_.lower() in lex.words["arrest_manners"] and tok.dep_ == "pobj" \
        and tok.head.lower_ in ("in", "during") and tok.head.head.i in arrests


def _speaking(t: Trigger, lex: Lexicon) -> bool:
    """A weapon word naming who reports ('the air force said')."""
    return t.cls.role == "method" and lex.speaks(t.token)


def _in_support(t: Trigger, lex: Lexicon) -> bool:
    """A weapon named as what backed another act ('backed by airstrikes', 'supported by the air force'): its
    phrase hangs from a support participle's 'by' (`support_verbs`)."""
    tok = t.token
    return t.cls.role == "method" and tok.dep_ == "pobj" and tok.head.dep_ == "agent" \
        and tok.head.head.lemma_.lower() in lex.words["support_verbs"]


def next_sentence_lemmas(sent) -> set[str]:
    doc = sent.doc
    if sent.end >= len(doc):
        return set()
    lem = lemmas(doc)
    return {lem[i] or doc[i].lower_ for i in range(sent.end, doc[sent.end].sent.end)}
