"""Stated relations between actors: hostile, cooperative, rival, defection, member_of, leader_of, affiliate_of.

Dependency patterns over the actor mentions of one sentence, with the cue
words of relations.yaml: roles ("X, the leader of Y", "Y's spokesman X"),
verbs ("X fought Y", "members of X joined Y"), nouns ("war between X and Y",
"an enemy of Y", "the Afghan branch of Y") and adjectives ("the Y-affiliated
group X"). A person stands for a group only where the text ties them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..knowledge import load_yaml
from ..model import ActorMention, Document, Mentions, Relation, Span
from .attribution import ActorIndex, children, expanded_span, lemmas, lowers, sentences
from .attribution import lexicon as attribution_lexicon
from .relation_aims import helped
from .relation_patterns import Context, former_title, pattern_facts

LEXICON = Path(__file__).resolve().parent.parent / "knowledge" / "relations.yaml"
SYMMETRIC = {"hostile", "cooperative", "rival"}
_UP = {"xcomp", "advcl", "pcomp", "prep", "conj", "ccomp", "pobj"}

Found = tuple[ActorMention, str, ActorMention]
_PARTIES = {"armed_group", "state", "state_force", "igo"}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The relation cue lexicon (polemos/knowledge/relations.yaml)."""
    with open(LEXICON, encoding="utf-8") as fh:
        return load_yaml(fh)


@lru_cache(maxsize=1)
def _attack_nouns() -> frozenset[str]:
    return frozenset(lexicon()["attack_nouns"])


def _lem(tok) -> str:
    return tok.lemma_.lower()


def _with_conj(tok) -> list:
    return [tok] + [c for c in tok.conjuncts if c.i > tok.i]


def _pobjs(tok, preps) -> list:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def _side(tok, index: ActorIndex) -> tuple[list[ActorMention], bool]:
    """Actors a phrase stands for, and whether it names their members ("former members of X")."""
    members = set(lexicon()["member_nouns"])
    if tok.like_num or tok.ent_type_ == "CARDINAL":
        inner = _pobjs(tok, ("of",))
        tok = inner[0] if inner else tok.head if tok.dep_ == "nummod" else tok
    out, is_members = [], False
    for t in _with_conj(tok):
        sent = _forces_from(t, index)
        if sent:   # "troops from X and Y": X's and Y's forces, not the ones the text's country gives the noun
            out += sent
        elif _lem(t) in members and index.at(t) is None:
            owners = [index.owner(o) for o in _pobjs(t, ("of", "from")) for o in _with_conj(o)]
            owners = [o for o in owners if o] or [index.owner(t) or index.first_person(t)]   # "our fighters"
            out += [o for o in owners if o]
            is_members = True
        elif _lem(t) in lexicon()["counterpart_nouns"] and index.at(t) is None:
            continue   # "opponents of X", "X's rivals": not X
        else:
            hit = _conjunct_owner(t, index) or index.resolve(t) or _known_as(t, index) or _national_target(t) or \
                _loyal_to(t, index)
            if hit is not None:
                out.append(hit)
                out += [m for m in index.resolve_all(t)[1:] if m not in out]   # "these groups": each one
            elif _lem(t) in lexicon()["led_nouns"]:   # "efforts led by X and Y", "a mission headed by X"
                out += _led_by(t, index)
            elif t.tag_ == "NNS":   # "militias such as X", never "the community, including X"
                out += _examples(t, index)
    return out, is_members


def _forces_from(tok, index: ActorIndex) -> list[ActorMention]:
    """The forces a noun of troops names by where they come from: 'troops from X and the Y mission' (X's military,
    the mission itself), where the actor layer may have read the bare noun as the forces of the text's country."""
    if _lem(tok) not in lexicon()["sent_force_nouns"]:
        return []
    out = []
    for e in (e for o in _pobjs(tok, ("from",)) for e in _with_conj(o)):
        hit = index.at(e) or _named_country(e)
        rec = _pack().state_forces(_pack().get(hit.actor_id).country, None, "military") \
            if hit is not None and hit.kind == "state" and hit.actor_id in _pack() else None
        if rec is not None:
            hit = ActorMention(hit.span, hit.text, rec.id, rec.name, "state_force")
        if hit is not None:
            out.append(hit)
    return out


def _examples(tok, index: ActorIndex) -> list[ActorMention]:
    """The named examples a common noun stands for: 'militias such as X and Y', 'groups including X'."""
    out = []
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        such = c.lower_ == "as" and any(g.lower_ == "such" for g in tok.doc[max(c.i - 1, 0):c.i])
        if not (such or c.lower_ == "including"):
            continue
        for o in (g for g in c.children if g.dep_ == "pobj"):
            for e in _with_conj(o):
                hit = index.resolve(e) if such else index.at(e)
                if hit is not None:
                    out.append(hit)
    return out


def _led_by(tok, index: ActorIndex) -> list[ActorMention]:
    """The sides that lead what a common noun names ('security efforts led by X and Y', 'an operation spearheaded by
    X'): the effort stands for them."""
    leads = lexicon()["led_verbs"]
    return [a for c in tok.children if c.dep_ == "acl" and _lem(c) in leads
            for g in c.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"
            for a in _side(o, index)[0] if a.kind in _PARTIES]


def _demonym_state(tok) -> ActorMention | None:
    """The state a nationality glued to a relation participle stands for ('the Eritrean-backed group')."""
    if not tok.text[:1].isupper():
        return None
    pack = _pack()
    country = pack.demonym_country(tok.text)
    rec = pack.lookup(country) if country else None
    if rec is None or rec.kind != "state" or rec.force is not None:
        return None
    return ActorMention(Span("", tok.idx, tok.idx + len(tok.text)), tok.text, rec.id, rec.name, "state")


def _held_by(tok, index: ActorIndex) -> list:
    """The tokens naming who holds the land a noun names: 'the city held by Y', 'Y-held areas', 'Y-controlled towns'
    (only a noun no actor is named by)."""
    if tok.pos_ not in ("NOUN", "PROPN") or index.at(tok) is not None:
        return []
    held = lexicon()["held_verbs"]
    out = []
    for c in tok.children:
        if c.dep_ == "acl" and _lem(c) in held:
            out += [o for g in c.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"]
        elif c.dep_ in ("amod", "compound") and _lem(c) in held and c.i > 1 and c.nbor(-1).text in ("-", "\u2010"):
            out += [g for g in c.children if g.i == c.i - 2] or [c.doc[c.i - 2]]
    return out


def _named_country(tok) -> ActorMention | None:
    """The state a one-word country name stands for where the actor layer read it as a place or left it, in the two
    uses that make the state a side: the target of weapons fired ('fired rockets at Freedonia') and one of two sides a
    dash joins before a noun of a tie ('the Freedonia-Sylvania war'); never 'an incursion into Freedonia' (the land)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("GPE", ""):
        return None
    country = _pack().demonym_country(tok.text)
    return _demonym_state(tok) if country is not None and country.lower() == tok.lower_ else None


def _conjunct_owner(tok, index: ActorIndex) -> ActorMention | None:
    """'its'/'their' on the second of two joined phrases means the first: 'the army and its allies', 'attacks on
    Y and its ally Z' (Y's ally, never the sentence's subject)."""
    if tok.lower_ not in ("its", "their") or tok.dep_ != "poss" or tok.head.dep_ != "conj":
        return None
    first = tok.head.head
    return index.at(first) or index.owner(first)


def _national_target(tok) -> ActorMention | None:
    """The state a nationality names where it qualifies what a side strikes ('attacks against Freedonian targets',
    'threats to Sylvanian interests'): the nationality stands for its state; also where such a noun qualifies
    the head ('the Freedonian embassy building')."""
    nouns = lexicon()["national_target_nouns"]
    if _lem(tok) not in nouns:
        tok = next((c for c in tok.children if c.dep_ == "compound" and _lem(c) in nouns), None)
        if tok is None:
            return None
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
            state = _demonym_state(c)
            if state is not None:
                return state
    return None


def _loyal_to(tok, index: ActorIndex) -> ActorMention | None:
    """Whose armed men 'forces loyal to P' are: P (standing for P's group where the text gives one)."""
    if _lem(tok) not in lexicon()["loyal_nouns"]:
        return None
    for c in tok.children:
        if c.dep_ in ("amod", "acl") and c.lower_ in ("loyal", "answering", "answerable", "beholden"):
            for o in _pobjs(c, ("to",)):
                hit = index.resolve(o)
                if hit is not None:
                    return hit
    return None


def _known_as(tok, index: ActorIndex) -> ActorMention | None:
    """The name a descriptive phrase gives: 'the National Liberation Army (ELN)' (the name in parentheses),
    'a coalition of militias known as Fano', 'a group called X'."""
    for t in [tok, *_pobjs(tok, ("of",))]:
        names = [c for c in t.children if c.dep_ == "appos" and c.i > 0 and c.nbor(-1).text == "("]
        for acl in (c for c in t.children if c.dep_ == "acl" and _lem(c) in ("know", "call", "name", "dub")):
            names += [*_pobjs(acl, ("as",)), *(c for c in acl.children if c.dep_ == "oprd")]
        for o in names:
            hit = index.resolve(o)
            if hit is not None:
                return hit
    return None


def _subject_tok(verb):
    """The subject token of a verb, climbing through embedded clauses; acl/relcl -> the modified noun."""
    tok, via = verb, None
    for _ in range(6):
        # "X were ordered to fight Y", "X were sent to help Y": the subject of a passive the clause completes
        for c in tok.children:
            if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and (tok is verb or (
                    via == "xcomp" and _lem(tok) not in lexicon()["instrument_verbs"]) or (
                    via == "advcl" and _lem(tok) in lexicon()["deploy_verbs"]))):
                return tok.head if c.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else c   # "X, which fought Y"
        if tok.dep_ in ("acl", "relcl"):
            if tok is not verb and (any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
                    tok.dep_ == "acl" and tok.tag_ == "VBN")):   # "civilians who were shot by Y during a raid on Z"
                return next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                            None)
            return tok.head
        if tok.dep_ not in _UP or tok.head is tok:
            return None
        if tok.dep_ == "pcomp" and tok.head.lower_ in lexicon()["charge_preps"]:
            charged = [c for c in tok.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
            if charged:    # "X accused Y of backing Z", "Y was blamed for attacking Z": Y did it
                return charged[0]
        tok, via = tok.head, tok.dep_
    return None


def _absolute_subject(v):
    """The doer of a gerund the parser made a modifier of its object, its doer hung on it as a noun modifier:
    'with the junta battling rebels' read as 'the [junta battling] rebels' (an absolute clause after 'with',
    'amid' or 'as')."""
    if v.dep_ != "amod" or v.tag_ != "VBG" or v.head.dep_ != "pobj" or v.head.head.lower_ not in ("with", "amid"):
        return None
    return next((c for c in v.children if c.dep_ in ("npadvmod", "nsubj", "compound") and c.i < v.i), None)


def _verb_relation(v, index: ActorIndex) -> str | None:
    lex = lexicon()
    lem = _lem(v)
    if lem in lex["verb_particles"] and \
            not any(c.dep_ == "prt" and c.lower_ == lex["verb_particles"][lem] for c in v.children):
        return None
    if lem in lex["taken_from"]:   # "X recaptured the town from Y"
        return "hostile" if v.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in lex["taken_from"][lem] for c in v.children) else None
    if lem in lex["checking_verbs"] and any(c.dep_ == "dobj" and _lem(c) in lex["advance_nouns"] for c in v.children):
        return "hostile" if v.pos_ == "VERB" else None   # "curb the advance of Y"
    if lem in lex["moving_verbs"] and v.pos_ == "VERB" and any(
            _held_by(o, index) for o in [c for c in v.children if c.dep_ == "dobj"] + _pobjs(v, lex["object_preps"])):
        return "hostile"   # "pushed into the city held by Y"
    if lem in lex["firing_verbs"] and any(c.dep_ == "dobj" and _lem(c) in lex["weapon_nouns"] for c in v.children):
        return "hostile" if v.pos_ == "VERB" else None   # "fired rockets at Y"
    if lem in lex["verb_objects"]:
        for c in v.children:
            if c.dep_ == "dobj" and _lem(c) in lex["verb_objects"][lem]:
                return lex["verb_objects"][lem][_lem(c)]
    return lex["verbs"].get(lem) if v.pos_ == "VERB" else None


def _verb_objects(v, index: ActorIndex, rel: str | None) -> tuple[list[ActorMention], bool, bool]:
    """(object actors, object names members, reciprocal 'each other') of a verb stating `rel`."""
    lex = lexicon()
    if _lem(v) in lex["taken_from"]:   # the enemy is who it was taken from, never the thing taken
        return [a for o in _pobjs(v, lex["taken_from"][_lem(v)]) for a in _side(o, index)[0]], False, False
    objs = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    objs += _pobjs(v, lex["object_preps"])
    for c in v.children:
        if c.dep_ == "dobj" and _lem(c) in lex["verb_objects"].get(_lem(v), {}):  # "declare war on X"
            objs += _pobjs(c, lex["object_preps"])
        if c.dep_ in ("ccomp", "xcomp") and not (c.left_edge.tag_ in ("WRB", "WP", "WDT") or c.left_edge.lower_ in (
                "whether", "if")):   # "Z reinforces why / how badly Y helps W": no tie of Z's with Y
            objs += [g for g in c.children if g.dep_ == "nsubj"]
        if c.dep_ == "dobj" and _lem(c) in lex["advance_nouns"] and index.at(c) is None:   # "Y's advance"
            objs += _pobjs(c, ("of",)) + [g for g in c.children if g.dep_ == "poss"]
        if c.dep_ == "dobj" and _lem(c) in lex["weapon_nouns"] and _lem(v) in lex["firing_verbs"]:   # "rockets at Y"
            objs += _pobjs(v, lex["weapon_preps"]) + _pobjs(c, lex["weapon_preps"])
    objs = [o for o in objs if not any(_side(y, index)[0] for y in _partner_of(o))]   # "on the side of Y": not Y
    if rel == "hostile":   # "shelled areas held by Y": Y
        objs += [h for o in objs for h in _held_by(o, index)]
    if lex["verbs"].get(_lem(v)) == "cooperative":   # "backs the ministry's account": not the ministry
        objs = [o for o in objs if _lem(o) not in lex["said_or_held"] or index.at(o) is not None]
    recip = any(" ".join(w.text for w in t.subtree).lower() in lex["reciprocals"] for t in objs)
    out, members = [], False
    for o in objs:
        acts, m = _side(o, index)
        out += acts
        members = members or m
    if _lem(v) in lex["firing_verbs"]:   # "fired rockets at Freedonia", the name read as a place
        out += [s for o in objs if not _side(o, index)[0] and (s := _named_country(o)) is not None]
    return out, members, recip


def _hypothetical(v) -> bool:
    """'may help', 'could form', 'will coordinate', 'if they attack': not a stated relation."""
    purpose = v.dep_ == "advcl" and v.head.i < v.i and any(c.tag_ == "TO" for c in v.children)   # "will send X to help"
    for tok in (v, v.head if v.dep_ in ("xcomp", "conj") or purpose else v):
        if tok is not v and v.dep_ == "xcomp" and _lem(tok) in lexicon()["continuing_verbs"]:
            continue   # "will continue to target X", "will keep attacking X": what goes on now goes on
        if any(c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ in ("if", "unless")) for c in tok.children):
            return True
    return False


def _verb_facts(v, index: ActorIndex) -> list[Found]:
    rel = _verb_relation(v, index)
    if rel is None or _hypothetical(v):
        return []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
        v.dep_ == "acl" and v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children))
    agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if passive and not agents and rel in SYMMETRIC:  # "X is allied with Y"
        passive = False
    if passive:
        subj = agents[0] if agents else None
        targets = [c for c in v.children if c.dep_ == "nsubjpass"] or ([v.head] if v.dep_ == "acl" else [])
        if v.dep_ == "relcl":   # "X, which is backed by Y", "X, who were attacked by Y": the relative stands for X
            targets = [v.head if t.tag_ in ("WDT", "WP") else t for t in targets]
        objs = [a for t in targets for a in _side(t, index)[0]]
        recip = False
    else:
        subj = _subject_tok(v)
        objs, _, recip = _verb_objects(v, index, rel)
        absolute = _absolute_subject(v)
        if subj is None and absolute is not None:   # "with the army fighting rebels" parsed as "[army fighting] rebels"
            subj, objs = absolute, _side(v.head, index)[0]
    if subj is None:
        return []
    subs, sub_members = _side(subj, index)
    if _lem(subj) in _attack_nouns() and index.at(subj) is None:   # "attacks by X targeting Y", "X's raids on Y"
        subs = _owners(subj, index, preps=("by",)) + [a for a in _owners(subj, index) if a.kind in _PARTIES]
    if not passive:   # "X helped Y to crush Z", "X armed Y in its drive to defeat Z": Y too
        aided = helped(v, index) or (helped(subj, index) if subj.pos_ == "NOUN" and index.at(subj) is None else [])
        subs += [a for a in aided if a not in subs]
    if recip:
        return [(a, rel, b) for i, a in enumerate(subs) for b in subs[i + 1:]]
    enemies = [a for o in _pobjs(v, lexicon()["counter_preps"]) for a in _side(o, index)[0]] \
        if rel == "cooperative" and not passive else []   # "support X against Y": hostile to Y
    allies = [a for o in _pobjs(v, lexicon()["partner_preps"]) + _together_with(v) for a in _side(o, index)[0]] \
        if rel == "hostile" else []     # "X fought alongside Y", "X attacked Z together with Y": not enemies
    backed = [a for o in _partner_phrase(v) for a in _side(o, index)[0]] if rel == "hostile" else []
    allies += [a for a in backed if a not in allies]   # "X fought on the side of Y", "X struck Z in support of Y"
    joined = [a for o in _together_with(subj) for a in _side(o, index)[0]] if rel == "hostile" and not passive else []
    out = [(s, "hostile", e) for s in subs for e in enemies]
    out += [(s, "cooperative", a) for s in subs for a in backed if a not in subs and a not in objs]
    out += [(s, "cooperative", a) for s in subs for a in joined if a not in subs]   # "X, together with Y, attacked Z"
    allies += [a for a in joined if a not in allies]
    for s in subs:
        for o in objs:
            if o in allies:
                out.append((s, "cooperative", o))
            elif o not in enemies:
                out.append(_shape(rel, _lem(v), s, o, sub_members))
    # "X fought Y alongside Z": Z is Y's enemy too
    out += [(a, "hostile", o) for a in allies for o in objs if o not in allies and o not in subs]
    return [f for f in out if f is not None]


def _act_by(v, index: ActorIndex) -> list[Found]:
    """An armed act told by a participle of carrying it out, its doer as the agent and its target beside it:
    'a wave of raids began, carried out by X on Y', 'strikes conducted by X against Y' (the act noun the clause's
    subject, the noun the participle describes, or the subject of the verb it hangs on)."""
    if v.tag_ != "VBN" or _hypothetical(v):
        return []
    agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    targets = _pobjs(v, ("on", "against"))   # or hung on the doer's phrase: "by X and its allies on Y"
    targets += [t for g in agents for c in _with_conj(g) for t in _pobjs(c, ("on", "against"))]
    if not agents or not targets:
        return []
    holders = [c for c in v.children if c.dep_ == "nsubjpass"]
    if v.dep_ == "acl":
        holders.append(v.head)
    elif v.dep_ in ("advcl", "conj") and v.head.pos_ in ("VERB", "AUX"):
        holders += [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    acts = _attack_nouns()
    if not any(_lem(t) in acts for h in holders for t in h.subtree):
        return []
    doers = [a for g in agents for a in _side(g, index)[0] if a.kind in _PARTIES]
    hit = [b for t in targets for b in _side(t, index)[0] if b.kind in _PARTIES]
    return [(a, "hostile", b) for a in doers for b in hit if a != b]


def _partner_of(noun) -> list:
    """The partner a phrase's noun names ('side' of 'on the side of Y', 'support' of 'in support of Y'): Y's
    tokens, or [] where the noun is no partner phrase's (relations.yaml partner_phrases)."""
    prep = lexicon()["partner_phrases"].get(_lem(noun))
    return _pobjs(noun, (prep,)) if prep else []


def _partner_phrase(tok) -> list:
    """The partners the phrases hung on a verb name: 'fought on the side of Y', 'struck Z in support of Y',
    'in coordination with Y, raided Z' (or on its subject or object, where the parser hangs them)."""
    hosts = [tok] + children(tok, ("dobj", "nsubj"))
    return [y for h in hosts for c in children(h, ("prep",)) for n in children(c, ("pobj",)) for y in _partner_of(n)]


def _partner_facts(noun, index: ActorIndex) -> list[Found]:
    """A partner phrase on a verb that states no relation of its own ('X conducted strikes in support of Y',
    'X, working in coordination with Y, retook the town'): the verb's doer cooperates with Y. A verb of saying
    states no partnership ('P spoke on behalf of Y'); a hostile verb's phrase is read with the verb (_verb_facts)."""
    partners = _partner_of(noun)
    if not partners or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return []
    host, subj = noun.head.head, None
    if host.pos_ in ("NOUN", "PROPN") and host.dep_ in ("nsubj", "nsubjpass"):   # "X, in cooperation with Y, took Z"
        host, subj = host.head, host
    elif host.pos_ == "NOUN" and host.dep_ == "dobj":   # "conducted strikes in support of Y"
        host = host.head
    if host.pos_ not in ("VERB", "AUX") or _hypothetical(host) or _verb_relation(host, index) is not None \
            or _lem(host) in attribution_lexicon()["attribution"]["speech_verbs"]:
        return []
    agents = [g for c in host.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subj = subj if subj is not None else agents[0] if agents else _subject_tok(host)
    if subj is None:
        return []
    subs = [a for a in _side(subj, index)[0] if a.kind in _PARTIES]
    mates = [a for y in partners for a in _side(y, index)[0] if a.kind in _PARTIES]
    return [(a, "cooperative", b) for a in subs for b in mates if a != b]


def _together_with(tok) -> list:
    """The objects of a 'with' a partner adverb marks ('together with Y', 'along with Y', 'jointly with Y'): a
    partner of the clause's doer, not its target."""
    marks = lexicon()["partner_adverbs"]
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" and (
            any(a.lower_ in marks for a in c.children if a.dep_ == "advmod") or
            (c.i > 0 and c.nbor(-1).lower_ in marks)) for g in c.children if g.dep_ == "pobj"]


def _shape(rel: str, lem: str, s: ActorMention, o: ActorMention, sub_members: bool) -> Found | None:
    """Adjust a verb relation to who its arguments are (members, persons, recruiters)."""
    if lem == "recruit":
        return (o, "defection", s)
    if rel in ("member_of", "leader_of", "defection") and sub_members:
        return (s, "defection", o)
    if rel == "defection":
        return (s, "member_of", o) if s.kind == "person" else (s, "defection", o)
    if rel == "leader_of" and s.kind != "person":
        return None
    if rel == "member_of" and s.kind not in ("person", "armed_group"):
        return None
    return (s, rel, o)


def _noun_subject(n, index: ActorIndex) -> list[ActorMention]:
    """Who the noun cue is said of: the copula subject, the apposed noun, or the mention holding it."""
    inside = index.at(n)
    if inside is not None:
        return [inside]
    if n.dep_ == "appos":
        return _side(n.head, index)[0] or _before_dash(n, index)
    if n.dep_ == "pobj" and n.head.lower_ in ("after", "following"):   # "X was formed after a schism from Y"
        subj = _subject_tok(n.head.head)
        return _side(subj, index)[0] if subj is not None else []
    if n.dep_ in ("attr", "acomp", "oprd"):
        subj = [c for c in n.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return _side(subj[0], index)[0] if subj else []
    if _lem(n) in _attack_nouns():   # "X launched attacks on Y", never "X condemned the attack on Y"
        if n.dep_ == "dobj" and _lem(n.head) in lexicon()["act_verbs"]:
            subj = _subject_tok(n.head)
            return _side(subj, index)[0] if subj is not None else []
        return []
    if n.dep_ in ("dobj", "pobj") and n.head.pos_ in ("VERB", "ADP") and _lem(n) in lexicon()["directional_nouns"]:
        subj = _subject_tok(n.head) if n.dep_ != "nsubj" else None
        return _side(subj, index)[0] if subj is not None else []
    return []


def _before_dash(n, index: ActorIndex) -> list[ActorMention]:
    """The name a dash-set apposition describes when the parse hung it elsewhere: 'against the EMC — dissidents
    of the FARC — in ...' (the mention ending right before the dash that opens the noun's phrase)."""
    first = min(t.i for t in n.subtree)
    if first < 2 or n.doc[first - 1].text not in ("—", "–", "--"):
        return []
    end = n.doc[first - 2]
    hit = index.at(end) or (index.at(n.doc[end.i - 1]) if end.text == ")" and end.i > 0 else None)
    return [hit] if hit is not None else []


def _owners(tok, index: ActorIndex, skip: ActorMention | None = None, preps=("of",)) -> list[ActorMention]:
    """Actors modifying a noun: 'X's', compounds, adjectives ('Afghan'), 'of X'."""
    out = [index.at(c) for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    out += [a for o in _pobjs(tok, preps) for a in _side(o, index)[0]]
    return [a for a in out if a is not None and (skip is None or a.actor_id != skip.actor_id)]


def _network(m: ActorMention) -> ActorMention:
    """The global network a name read as its local branch means where a text ties a group to it ('the
    ISIS-inspired group', 'a local branch of Islamic State': ISIS read in Mindanao as its Philippine
    province): the ancestor in the pack the name itself, without the country, names."""
    pack = _pack()
    rec = pack.records.get(m.actor_id)
    plain = pack.lookup(m.text) if rec is not None and rec.parent else None
    seen: set[str] = set()
    while plain is not None and rec is not None and rec.parent and rec.id not in seen:
        seen.add(rec.id)
        if rec.parent == plain.id:
            return ActorMention(m.span, m.text, plain.id, pack.name_at(plain.id), plain.kind)
        rec = pack.records.get(rec.parent)
    return m


def _named_parties(n, index: ActorIndex) -> list[ActorMention]:
    """The sides a noun naming a party of a tie lists as its instances ('other X opponents (especially Y)', 'X's
    allies, such as Y and Z', 'X's main rival, Y'): the named examples or appositions of the noun itself."""
    if _lem(n) not in lexicon()["party_nouns"] or index.at(n) is not None:
        return []
    named = _examples(n, index) + [a for c in n.children if c.dep_ == "appos" for e in _with_conj(c)
                                   if (a := index.at(e)) is not None]
    return [a for a in named if a.kind in _PARTIES]


def _paired(n, index: ActorIndex) -> list[ActorMention]:
    """The two sides a dash joins before a noun of a tie ('the A-B war', 'the A–B truce'), when the noun is aimed
    at no one else ('the A-B war on C' is A's and B's war): both parties, else none."""
    if _pobjs(n, ("against", "on", "with", "between")):
        return []
    near = ("compound", "amod", "nmod", "npadvmod", "punct")
    mods = sorted((t for c in n.lefts if c.dep_ in near for t in c.subtree), key=lambda t: t.i)
    dashes = [t.i for t in mods if t.text in lexicon()["pair_dashes"]]
    if len(dashes) != 1:
        return []
    left = {a.actor_id: a for t in mods if t.i < dashes[0] and (a := index.at(t) or _named_country(t)) is not None
            and a.kind in _PARTIES}
    right = {a.actor_id: a for t in mods if t.i > dashes[0] and (a := index.at(t) or _named_country(t)) is not None
             and a.kind in _PARTIES}
    if len(left) != 1 or len(right) != 1 or set(left) == set(right):
        return []
    return [*left.values(), *right.values()]


def _noun_facts(n, index: ActorIndex) -> list[Found]:
    lex = lexicon()
    act = _lem(n) in _attack_nouns()
    rel = lex["nouns"].get(_lem(n)) or ("hostile" if act else None)
    if rel is None or (n.dep_ in ("dobj", "attr", "oprd") and _hypothetical(n.head)):
        return []   # "could form an alliance with Y"
    between = [a for o in _pobjs(n, ("between",)) for a in _side(o, index)[0]]
    if len(between) >= 2:
        whole = [o for o in _owners(n, index) if o not in between]  # "X's internal rivalry between A and B"
        return [(a, rel, b) for i, a in enumerate(between) for b in between[i + 1:]] + \
            [(a, "member_of", w) for w in whole[:1] for a in between]
    paired = _paired(n, index) if _lem(n) in lex["pair_nouns"] else []
    if len(paired) == 2:   # "the Freedonia-Sylvania war"
        return [(paired[0], rel, paired[1])]
    if rel == "defection":
        return []  # handled with persons (_defector_facts)
    preps = ("against", "on", "with", "to", "toward", "towards")
    if act:   # "an attack on Y", "incursions into Y", never "attributed the attack to Y"
        preps = ("against", "on", "into") + (("of",) if _lem(n) in lex["target_of_nouns"] else ())
    directed = [a for o in _pobjs(n, preps) for a in _side(o, index)[0]]
    by = [a for o in _pobjs(n, ("by",)) for a in _side(o, index)[0]]
    subjects = _noun_subject(n, index)
    if act or _lem(n) in lex["directional_nouns"]:
        first = by or [a for a in _owners(n, index) if a not in directed] or \
            [*helped(n, index), *subjects]   # "X supported Y in its fight against Z": Y's fight
        if act:   # an armed act makes enemies of parties, not of a bank it hit
            first, directed = [a for a in first if a.kind in _PARTIES], [b for b in directed if b.kind in _PARTIES]
        return [(a, rel, b) for a in first for b in directed]
    if by:  # "the protection of X by Y"
        return [(a, rel, b) for a in by for b in _owners(n, index)]
    named = _named_parties(n, index) if not subjects and not directed else []
    if named:   # "X's opponents (especially Y)", "X's allies, such as Y": Y is the opponent or ally of X
        return [(a, rel, b) for a in named for b in _owners(n, index)[:1] if a.actor_id != b.actor_id]
    if not subjects:
        subjects, targets = _owners(n, index)[:1], directed
        if rel == "affiliate_of" and not targets:   # "a local branch of IS", IS read as the branch
            targets = [g for g in map(_network, subjects) if g not in subjects]
    else:
        targets = directed or _owners(n, index, subjects[0])
    if rel == "affiliate_of":
        targets = [_network(b) for b in targets]
        return [(a, _unit_of(a, b), b) for a in subjects for b in targets]
    return [(a, rel, b) for a in subjects for b in targets]


_STATE_KINDS = {"state", "state_force"}


def _unit_of(a: ActorMention, b: ActorMention) -> str:
    """A wing, branch or unit of a state's force is part of that force ('the riot unit of a provincial
    force'), not an affiliate: affiliation is the tie of a franchise to an armed network."""
    return "member_of" if a.kind == "state_force" and b.kind in _STATE_KINDS else "affiliate_of"


def _proxy_facts(mod, index: ActorIndex) -> list[Found]:
    """'X's proxy militias, including A', 'X deployed proxy forces such as A and B': the groups the noun stands
    for are affiliates of X (its owner, or the subject of the verb that has the noun as object)."""
    noun = mod.head
    named = _examples(noun, index) + [index.at(e) for c in noun.children if c.dep_ == "appos" for e in _with_conj(c)]
    members = [m for m in named if m is not None and m.kind == "armed_group"]
    patrons = _owners(noun, index)
    if not patrons and noun.dep_ == "dobj":
        subj = _subject_tok(noun.head)
        patrons = _side(subj, index)[0] if subj is not None else []
    return [(m, "affiliate_of", p) for m in members for p in patrons[:1] if p.kind != "person"]


def _adjective_facts(a, index: ActorIndex) -> list[Found]:
    rel = lexicon()["adjectives"].get(a.lower_) or lexicon()["adjectives"].get(_lem(a))
    passive = [c for c in a.children if c.dep_ == "nsubjpass"] if a.tag_ == "VBN" else []
    if rel is None or not (a.dep_ in ("amod", "acl", "acomp", "compound") or passive):
        return []
    if a.dep_ in ("amod", "compound") and any(c.lower_ in lexicon()["past_markers"] for c in a.head.children
                                               if c.dep_ in ("amod", "advmod") and c.i < a.i):
        return []   # "a former X-backed militia": a tie of the past, and a body of the past
    sources = [index.at(c) for c in a.children if c.dep_ in ("npadvmod", "compound", "advmod", "nmod", "amod")]
    if a.i >= 2 and a.nbor(-1).text == "-":
        sources.append(index.at(a.nbor(-2)) or _demonym_state(a.nbor(-2)))
    sources += [x for o in _pobjs(a, ("to", "with", "by")) for x in _side(o, index)[0]]
    sources = [s for s in sources if s is not None]
    if not sources and a.dep_ == "amod" and a.lower_ in lexicon()["partner_adjectives"]:
        sources = _partners(a.head, index)
    if passive:            # "X is linked to Y", "X, which is backed by Y"
        holder = a.head if a.dep_ == "relcl" and passive[0].tag_ in ("WDT", "WP") else passive[0]
        heads = _side(holder, index)[0]
    elif a.dep_ == "acomp":
        holder = [c for c in a.head.children if c.dep_ == "nsubj"]
        heads = _side(holder[0], index)[0] if holder else []
    else:
        head = a.head
        heads = [index.at(head)] if index.at(head) else []
        heads += [index.at(c) for c in head.children if c.dep_ == "appos" and index.at(c)]
        if not heads and head.dep_ in ("compound", "appos") and index.at(head.head):
            heads = [index.at(head.head)]
        if not heads and head.i + 1 < len(head.doc) and index.at(head.nbor(1)):  # "the X-backed group Y"
            heads = [index.at(head.nbor(1))]
        if not heads:   # "the X-backed Y insurgency": the name modifies the noun the participle does
            heads = [index.at(c) for c in head.children if c.dep_ in ("nmod", "compound") and c.i > a.i
                     and index.at(c)][:1]
    out = [(h, _kin(rel, h, s), s) for h in heads for s in sources if h is not None]
    return [(h, r, _network(s) if r == "affiliate_of" else s) for h, r, s in out]


def _partners(noun, index: ActorIndex) -> list[ActorMention]:
    """Whom 'allied' with no partner named means: the phrase the noun is coordinated with ('the army and allied
    militias'), else the subject of a clause whose verb states no relation ('troops fed allied militias')."""
    if noun.dep_ == "conj":
        return _side(noun.head, index)[0]
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB" or _lem(verb) in lexicon()["verbs"]:
        return []
    subj = _subject_tok(verb)
    return _side(subj, index)[0] if subj is not None else []


def _kin(rel: str, head, source) -> str:
    """'Islamic State-backed insurgents' in Mozambique: backing by the network the group belongs to (its parent
    in the actor pack) is affiliation, not cooperation between two sides."""
    from ..knowledge.actors import default_pack
    pack = default_pack()
    if rel != "cooperative" or head.actor_id not in pack:
        return rel
    rec, seen = pack.get(head.actor_id), set()
    while rec.parent and rec.parent in pack and rec.id not in seen:
        seen.add(rec.id)
        if rec.parent == source.actor_id:
            return "affiliate_of"
        rec = pack.get(rec.parent)
    return rel


def _role_tokens(root) -> list[tuple[object, object | None]]:
    """(role noun, verb that conferred it) pairs around a person's name."""
    out = []
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
        out.append((root.head, None))
    out += [(c, None) for c in root.children if c.dep_ in ("appos", "compound", "nmod")
            and (c.pos_ in ("NOUN", "PROPN") or c.lower_ == "one")]
    out += [(g, None) for c in root.children if c.dep_ == "compound"
            for g in c.children if g.dep_ == "compound" and g.pos_ == "NOUN"]
    if root.dep_ == "nsubj":
        out += [(a, None) for c in root.head.children if c.dep_ == "attr" for a in _with_conj(c)]
    if _office_of_owner(root):
        out.append((root.head.head, None))
    if root.dep_ == "dobj" and _lem(root.head) in lexicon()["role_verbs"]:
        out += [(g, root.head) for g in _pobjs(root.head, ("as",))]
    resolved = []
    for r, verb in out:
        if r.lower_ == "one":  # "one of the former commanders of Y"
            r = next(iter(_pobjs(r, ("of",))), r)
        resolved.append((r, verb))
    return resolved


def _office_of_owner(root) -> bool:
    """'superintendent of police P', 'director general of police P': the parser hangs the office's owner on the
    name as a common-noun compound and the name on the office's 'of'; the office is then the person's."""
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < root.i for c in root.children)


def _role(r, roles: dict[str, str]) -> str | None:
    """The relation a role noun gives: 'commander-in-chief' read whole, 'deputy leader' a member."""
    doc, end = r.doc, r.i
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end + 1].whitespace_:
        end += 2
    rel = roles.get(doc[r.i:end + 1].text.lower()) or roles.get(_lem(r))
    if (_lem(r) in lexicon()["definite_leaders"] and r.dep_ in ("appos", "attr") and r.tag_ == "NN"
            and _pobjs(r, ("of",)) and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in r.children)):
        rel = "leader_of"   # "P, commander of the task force"
    if rel == "leader_of" and any(c.lower_ in lexicon()["role_demoters"] for c in r.children
                                  if c.dep_ in ("amod", "compound", "nmod")):
        return "member_of"
    return rel


def _role_facts(person: ActorMention, root, index: ActorIndex) -> list[Found]:
    roles = lexicon()["roles"]
    out = []
    for r, verb in _role_tokens(root):
        rel = _role(r, roles)
        if rel is None:
            continue
        owners = _owners(r, index, person, ("of", "in", "within"))
        if r.dep_ in ("compound", "amod") and r.head.i > r.i and _role(r.head, roles):
            # "X chief spokesman P", "X head negotiator P": the role is the noun the leading word qualifies
            rel = _role(r.head, roles)
            owners += _owners(r.head, index, person, ("of", "in", "within"))
        owners += [x for c in r.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"
                   for o in g.children if o.dep_ == "pobj" for x in _side(o, index)[0]]
        if r.dep_ == "compound" or (_office_of_owner(root) and r.i == root.head.head.i):
            owners += [index.at(c) for c in root.children if c.dep_ == "compound" and index.at(c)
                       and index.at(c).actor_id != person.actor_id]
        if not owners and root.dep_ == "pobj" and root.head.lower_ in ("including", "among"):
            owners = _owners(root.head.head, index, person)  # "150 X members, including former leader P"
        if not owners and any(c.lower_ in ("its", "their") for c in r.children):
            subj = _subject_tok(verb) if verb is not None else None
            owners = _side(subj, index)[0] if subj is not None else []
        out += [(person, rel, g) for g in owners[:1] if g.kind != "person"
                and not (rel == "leader_of" and g.kind == "state" and former_title(r))]   # "former U.S. President P"
    for c in root.children:  # "X, appointed by Y"
        if c.dep_ == "acl" and _lem(c) in lexicon()["role_verbs"]:
            out += [(person, "member_of", a) for g in c.children if g.dep_ == "agent"
                    for o in g.children if o.dep_ == "pobj" for a in _side(o, index)[0]]
    return out


def _defector_facts(sent, index: ActorIndex, groups: dict[str, ActorMention]) -> list[Found]:
    """'X was a Y defector' (X now in Z) and 'defections from Y's ranks' -> defection Y -> Z."""
    out = []
    lem = lemmas(sent.doc)
    for n in (sent.doc[i] for i in range(sent.start, sent.end) if lexicon()["nouns"].get(lem[i]) == "defection"):
        sources = _owners(n, index) + [a for o in _pobjs(n, ("from",)) for a in _side(o, index)[0] + _owners(o, index)]
        dests = [a for o in _pobjs(n, ("to",)) for a in _side(o, index)[0]]
        for who in _noun_subject(n, index):
            dests.append(groups.get(who.actor_id, who) if who.kind == "person" else who)
        out += [(s, "defection", d) for s in sources[:1] for d in dests if d.kind != "person"]
    return out


def _sentence_facts(sent, index: ActorIndex, groups: dict[str, ActorMention]) -> list[Found]:
    facts: list[Found] = []
    for m in index.starting(sent.start_char, sent.end_char):
        if m.kind == "person":
            span = expanded_span(sent.doc, m.span.start, m.span.end)
            if span is not None:
                found = _role_facts(m, span.root, index)
                facts += found
                for p, _rel, g in found:
                    groups.setdefault(p.actor_id, g)
    lex, lem, low, doc = lexicon(), lemmas(sent.doc), lowers(sent.doc), sent.doc
    verbs, objects, nouns, adjectives = lex["verbs"], lex["verb_objects"], lex["nouns"], lex["adjectives"]
    taken = lex["taken_from"]
    acts = _attack_nouns()
    # a fact needs a cue word (_verb_relation, _noun_facts, _adjective_facts): the other words are not made Tokens
    checks = {*lex["checking_verbs"], *lex["firing_verbs"], *lex["moving_verbs"]}
    doing = set(lex["act_verbs"])
    phrases = lex["partner_phrases"]
    for tok in (doc[i] for i in range(sent.start, sent.end) if lem[i] in verbs or lem[i] in objects or lem[i] in nouns
                or lem[i] in checks or lem[i] in doing or lem[i] in phrases
                or low[i] in adjectives or lem[i] in adjectives or lem[i] in acts or lem[i] in taken):
        if lem[tok.i] in phrases and tok.pos_ == "NOUN":
            facts += _partner_facts(tok, index)
        if lem[tok.i] in lex["proxy_modifiers"] and tok.dep_ in ("amod", "compound"):
            facts += _proxy_facts(tok, index)
            continue
        if lem[tok.i] in doing and tok.pos_ == "VERB":
            facts += _act_by(tok, index)
        if tok.pos_ in ("VERB", "AUX"):
            facts += _verb_facts(tok, index)
        if tok.pos_ in ("NOUN", "PROPN"):
            facts += _noun_facts(tok, index)
        if tok.pos_ in ("ADJ", "VERB"):
            facts += _adjective_facts(tok, index)
    facts += _defector_facts(sent, index, groups)
    return facts


def _person_groups(sdoc, index: ActorIndex, by_rules: dict[int, list[tuple]]) -> dict[str, ActorMention]:
    """Person id -> the group or government the text makes the person lead or join (role facts and the pattern
    rules' anywhere in it), for what 'the regime' refers back to (ActorIndex._ruling)."""
    out: dict[str, ActorMention] = {f[0].actor_id: f[2] for facts in by_rules.values() for f in facts
                                    if _role_fact(f[:3])}
    for m in index.mentions:
        span = expanded_span(sdoc, m.span.start, m.span.end) if m.kind == "person" else None
        if span is not None:
            for p, _rel, g in _role_facts(m, span.root, index):
                out.setdefault(p.actor_id, g)
    return out


def _normalise(fact: Found, groups: dict[str, ActorMention], keep_persons: bool = False) -> Found | None:
    """Persons stand for their text-stated group in group-to-group relations; drop self-relations."""
    a, rel, b = fact
    if (rel in SYMMETRIC or rel == "defection") and not keep_persons:
        a = groups.get(a.actor_id, a) if a.kind == "person" else a
        b = groups.get(b.actor_id, b) if b.kind == "person" else b
        if a.kind == "person" or b.kind == "person":
            return None
    if a.actor_id == b.actor_id or (rel in ("member_of", "leader_of", "affiliate_of") and b.kind == "person"):
        return None   # one belongs to a group, not to a person ("P joined Q for talks")
    return a, rel, b


def extract_relations(sdoc, doc: Document, mentions: Mentions, pack=None, events=()) -> list[Relation]:
    """Relations between actors stated in one parsed document, one per (actor1, relation, actor2);
    `events` (the document's coded events) add the hostility of each violent event."""
    from .places import document_countries
    from .relation_events import event_facts
    index = ActorIndex(sdoc, mentions.actors)
    groups: dict[str, ActorMention] = {}
    out: dict[tuple, Relation] = {}
    sides: dict[tuple, tuple[str, str]] = {}
    ctx = Context(doc, document_countries(mentions.places), pack, mentions.places)
    by_rules = pattern_facts(sdoc, index, ctx)
    index.groups = _person_groups(sdoc, index, by_rules)
    if index.groups and set(lemmas(sdoc)) & set(attribution_lexicon()["government_anaphors"]):
        by_rules = pattern_facts(sdoc, index, ctx)   # read again, 'the regime' now the government a person leads
    by_events = event_facts(sdoc, list(events), index, ctx)
    for sent in sentences(sdoc):
        evidence = Span(doc.doc_id, sent.start_char, sent.end_char)
        found = _sentence_facts(sent, index, groups) + by_rules.get(sent.start_char, [])
        friends = {frozenset((_one_side(f[0], doc, pack), _one_side(f[2], doc, pack))) for f in found
                   if f[1] in ("cooperative", "affiliate_of", "member_of")}
        # an event's two sides are not enemies where the sentence itself says they are partners ("X's warplanes,
        # backed by Y, pounded ..." coded in Y's country)
        facts = found + [f for f in by_events.get(sent.start_char, [])
                         if frozenset((_one_side(f[0], doc, pack), _one_side(f[2], doc, pack))) not in friends
                         and not _counterpart_of(f[0], sdoc) and not _counterpart_of(f[2], sdoc)]
        # a person's group named in the sentence is known before the person stands for it in another fact
        # ("X waged a campaign against P ..., P the leader of Y")
        facts.sort(key=lambda f: not _role_fact(f))
        for fact in facts:
            if not (len(fact) > 4 and fact[4]) and (_prefixed(fact[0], doc.text) or _prefixed(fact[2], doc.text)):
                continue   # "anti-X forces", "pro-X militias" are not X
            if _role_fact(fact):
                groups.setdefault(fact[0].actor_id, fact[2])
            fact = _normalise(fact[:3], groups, keep_persons=len(fact) > 3 and fact[3])
            if fact is None:
                continue
            a, rel, b = fact
            if _same_actor(a, b, doc, pack) or (rel in SYMMETRIC and a.kind == b.kind == "armed_group"
                                                 and a.text.casefold() == b.text.casefold()):
                continue   # one group's name read as two of its branches (the same name near two towns)
            if rel == "cooperative" and a.kind == b.kind == "armed_group":   # a network helping its own branch
                if _kin(rel, a, b) == "affiliate_of":
                    rel = "affiliate_of"
                elif _kin(rel, b, a) == "affiliate_of":
                    a, rel, b = b, "affiliate_of", a
            sa, sb = _one_side(a, doc, pack), _one_side(b, doc, pack)
            if sa == sb or _one_force(a, b, doc, pack):
                continue   # a state's government and its forces are one side
            key = (rel, *sorted((sa, sb))) if rel in SYMMETRIC else (sa, rel, sb)
            if key in out:
                if out[key].evidence != evidence and evidence not in out[key].extra_evidence:
                    out[key].extra_evidence.append(evidence)
                _name_forces(out[key], sides[key], {sa: a, sb: b}, pack)
                continue
            out[key] = Relation(doc.doc_id, a.name, rel, b.name, evidence)
            sides[key] = (sa, sb)
    return list(out.values())


_PREFIX = re.compile(r"(?:^|[^\w])(?:anti|pro)(?:\s?[-\u2010\u2011\u2013]\s?|\s)$", re.I)


def _prefixed(m: ActorMention, text: str) -> bool:
    """A name after 'anti-' or 'pro-' ('anti-Houthi forces', 'pro-government militias'): the phrase names the
    actor's enemies or friends, not the actor."""
    start = m.span.start
    if not 0 < start <= len(text) or text[start:m.span.end] != m.text:
        return bool(re.match(r"(?:anti|pro)\s?[-\u2010\u2011\u2013]", m.text, re.I))
    return bool(_PREFIX.search(text[max(0, start - 6):start])) or \
        bool(re.match(r"(?:anti|pro)\s?[-\u2010\u2011\u2013]", m.text, re.I))


def _counterpart_of(m: ActorMention, sdoc) -> bool:
    """A mention that only owns the noun of its opponents ('opponents of the government clashed with police'): an
    event coded to it is not its own act."""
    span = sdoc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else \
        root.head if root.dep_ == "poss" else None
    return noun is not None and _lem(noun) in lexicon()["counterpart_nouns"] and noun.i not in range(span.start,
                                                                                                        span.end)


def _role_fact(fact) -> bool:
    """A person's leading or belonging to a group: the group the person stands for in other relations."""
    return fact[0].kind == "person" and fact[1] in ("leader_of", "member_of") and fact[2].kind != "person"


def _name_forces(r: Relation, order: tuple[str, str], new: dict[str, ActorMention], pack) -> None:
    """A side first named as a bare state ('Niger') takes the name of its government or military when
    another sentence names that ('the Government of Niger')."""
    pack = pack or _pack()
    for n, side in enumerate(order):
        m = new.get(side)
        rec = pack.records.get(m.actor_id) if m is not None else None
        if rec is None or rec.force is None:
            continue
        old = pack.lookup(r.actor2 if n else r.actor1)
        if old is not None and old.kind == "state" and old.force is None:
            if n:
                r.actor2 = m.name
            else:
                r.actor1 = m.name


_SIDE_FORCES = (None, "government", "military")


def _pack():
    from ..knowledge.actors import default_pack
    return default_pack()


def _one_side(m: ActorMention, doc: Document, pack) -> str:
    """One key for the names of one side: a state, its government and its military ('Israel', 'Military
    Forces of Israel'), and a group that is a state's force on the document's date, are one side."""
    pack = pack or _pack()
    rec = pack.records.get(m.actor_id)
    if rec is not None and rec.kind not in ("state", "state_force"):
        rec = pack.lookup(pack.acled_name_at(rec.id, doc.published)) if rec.country else None
    if rec is None or not rec.country or rec.force not in _SIDE_FORCES:
        return m.actor_id
    main = pack.state_forces(rec.country, doc.published, rec.force) if rec.force else None
    if (rec.kind == "state" and rec.force is None) or (main is not None and main.id == rec.id):
        return f"state:{rec.country}"   # not a unit of the force ("the IRGC")
    return m.actor_id


def _one_force(a: ActorMention, b: ActorMention, doc: Document, pack) -> bool:
    """An undated report's two names of one state force, each of its own period ('Military Forces of X (2018-2022)'
    and '(2022-)' for 'the army' and 'the security forces'): no date tells which one the report means."""
    pack = pack or _pack()
    ra, rb = pack.records.get(a.actor_id), pack.records.get(b.actor_id)
    return (doc.published is None and ra is not None and rb is not None and ra.kind == rb.kind == "state_force"
            and ra.force is not None and (ra.country, ra.force) == (rb.country, rb.force))


def _same_actor(a: ActorMention, b: ActorMention, doc: Document, pack) -> bool:
    """Two names of one actor on the document's date (the Taliban and Afghanistan's forces after August 2021)."""
    if a.actor_id == b.actor_id or a.name == b.name:
        return True
    if pack is None:
        from ..knowledge.actors import default_pack
        pack = default_pack()
    if a.actor_id not in pack or b.actor_id not in pack:
        return False
    return pack.acled_name_at(a.actor_id, doc.published) == pack.acled_name_at(b.actor_id, doc.published)
