"""Argument frames of causal signals: given a signal found in a parse, where its cause and effect are.

Each frame reads the dependency parse around the signal and returns candidate links
(cause tokens, effect tokens, sign, a modality the frame itself implies, the signal's
tokens). Which words are signals, and of which frame, is data (knowledge/causal.yaml).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..knowledge.causal import CausalPack
from .causal_spans import block, clause, conjuncts, phrase, remainder, strip_leading, subtree_ids

SUBJECTS = ("nsubj", "csubj", "nsubjpass", "csubjpass", "expl")
PREP_WORDS = {"to", "in", "on", "for", "into", "of", "from", "upon", "about"}
MEANS = {"through", "via", "by"}


@dataclass
class Candidate:
    cause: list
    effect: list
    sign: str
    modality: str | None
    signal: list
    effect_head: object = None     # the verb or noun the effect hangs on (for modality)


def subject_of(verb, depth: int = 0):
    """The subject of a verb; a conjoined or controlled verb borrows its head's, a relative clause
    its head noun's."""
    for c in verb.children:
        if c.dep_ in SUBJECTS and c.dep_ != "expl":
            if c.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                return verb.head
            return c
    if depth > 3:
        return None
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head, depth + 1)
    if verb.dep_ in ("xcomp",):
        objs = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
        return objs[0] if objs else subject_of(verb.head, depth + 1)
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _means(verb):
    """'hampers X through Y', 'prevent X by promising Y': Y is the cause (also for a verb conjoined
    to the one the means hangs on). A means that says nothing ("by joining it") is no cause."""
    heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    for v in heads:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in MEANS and not (c.lower_ == "by" and is_passive(v)):
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if c.lower_ == "by":   # "by promising X" is a means, "recruitment by armed groups" is not
                    objs = [g for g in objs if g.dep_ == "pcomp" or g.tag_ == "VBG"]
                if objs and not _empty_means(objs[0]):
                    return objs[0]
    return None


def _empty_means(head) -> bool:
    words = [t for t in head.subtree if not t.is_punct]
    return len(words) <= 2 and any(t.pos_ == "PRON" for t in words)


def only_means(verb) -> bool:
    """'Only through X can Y ...': X is a condition."""
    means = _means(verb)
    return means is not None and any(c.lower_ == "only" for c in means.head.children)


def _causes(head, without: set[int] = frozenset()) -> list[list]:
    """The cause phrase(s) of a head, split at coordinated phrases, never holding the signal itself
    ("raids that have triggered X": raids)."""
    heads = conjuncts(head)
    if len(heads) == 1:
        return [block(head, set(without))]
    return [phrase(h) for h in heads]


def _has_secondary(verb) -> bool:
    """An object and a predicate on it: "put them on a course", "make it difficult", "left X facing Y"."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") and c.i > verb.i for c in verb.children):
        return True
    return bool(objs) and any(c.dep_ in ("prep", "acomp", "advmod", "acl") and c.i > objs[0].i
                              for c in list(verb.children) + list(objs[0].children))


def is_agent(tok, pack: CausalPack) -> bool:
    """A token naming people, a group or a force."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") or \
        tok.lemma_.lower() in pack.agent_nouns


def _own_action(subj, effect: list, pack: CausalPack) -> bool:
    """'The group intensified its attacks': an actor doing more of its own doing, not a link."""
    return is_agent(subj, pack) and bool(effect) and effect[0].tag_ == "PRP$"


def _event_object(effect: list, sign: str, pack: CausalPack) -> bool:
    """'neutralised the attackers': a reducing verb on people is an event (no secondary predicate)."""
    ids = {t.i for t in effect}
    roots = [t for t in effect if t.head.i not in ids]
    return sign == "-" and len(roots) == 1 and (is_agent(roots[0], pack) or roots[0].pos_ == "NUM") and not any(
        c.dep_ in ("acl", "relcl") for c in roots[0].children)


VALUE_PREPS = {"from", "by", "at", "for", "with", "over", "during", "since", "after", "following", "amid"}


def _change_of_value(tok, effect: list) -> bool:
    """'The number increased from 362,000 to 578,000', 'attacks decreased following X': an intransitive
    change, no link (the causal reading belongs to a connective, if any)."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "dative", "attr") for c in tok.children):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in VALUE_PREPS


OBJECT_DEPS = {"dobj", "pobj", "xcomp", "ccomp", "attr", "oprd", "acomp", "pcomp", "nsubj", "dative", "nsubjpass"}


def _has_object(effect: list) -> bool:
    """An effect is a thing or a state, not an adverb or a circumstance ("escalate further, with ...")."""
    ids = {t.i for t in effect}
    return any(t.dep_ in OBJECT_DEPS for t in effect if t.head.i not in ids or t.head.i == t.i)


def verb_frame(tok, sign: str, pack: CausalPack, signal_end: int | None = None,
               complement: bool = False) -> list[Candidate]:
    """X raises Y / Y was raised by X / ..., raising Y (the clause before the participle is X)."""
    if complement and (not _has_secondary(tok) or (subject_of(tok) is not None and is_agent(subject_of(tok), pack))):
        return []                       # "troops left the town", "police drove the protesters from X": actions
    sig = [tok] if signal_end is None else list(tok.doc[tok.i:signal_end])
    last = sig[-1].i
    if is_passive(tok):
        agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        subj = subject_of(tok)
        if not agents or subj is None:
            return []
        return [Candidate(c, phrase(subj), sign, None, sig, tok) for c in _causes(agents[0])]
    effect = strip_leading(remainder(tok, last), PREP_WORDS)
    if not effect or not _has_object(effect) or _event_object(effect, sign, pack) or \
            (signal_end is None and _change_of_value(tok, effect)):
        return []
    means = _means(tok)
    if means is not None:
        effect = [t for t in effect if t.i not in subtree_ids(means.head)] or effect
        modality = "conditional" if only_means(tok) else None
        return [Candidate(c, effect, sign, modality, sig, tok) for c in _causes(means)]
    subj = subject_of(tok)
    if subj is not None and _own_action(subj, effect, pack):
        return []
    if subj is not None:
        if is_agent(subj, pack) and _people(effect, pack):
            return []                   # "police drove the protesters from the square": an action
        return [Candidate(c, effect, sign, None, sig, tok) for c in _causes(subj, _signal_part(tok, subj))]
    cause = participle_cause(tok)
    return [Candidate(cause, effect, sign, None, sig, tok)] if cause else []


def _signal_part(tok, subj) -> set[int]:
    """The signal's own clause, cut out of its subject ("raids that triggered X": raids)."""
    own = subtree_ids(tok)
    return own - subtree_ids(subj) if subj.i in own else own


def _people(effect: list, pack: CausalPack) -> bool:
    """An effect that is people or a group with no predicate of its own ("the protesters from X")."""
    ids = {t.i for t in effect}
    roots = [t for t in effect if t.head.i not in ids]
    return bool(roots) and is_agent(roots[0], pack) and roots[0].pos_ != "PROPN" and \
        not any(t.pos_ == "VERB" for t in effect)


def participle_cause(tok) -> list:
    """'X did Y, causing Z' / '..., forcing them to flee and stalling development': the clause the
    participle (or the first of conjoined participles) hangs on is the cause."""
    while tok.dep_ == "conj" and tok.head.tag_ == "VBG":
        tok = tok.head
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "conj", "acl") or tok.head.pos_ not in ("VERB", "AUX"):
        return []
    root = tok.head
    while root.dep_ == "conj" and root.head.pos_ in ("VERB", "AUX"):
        root = root.head
    return clause(root, subtree_ids(tok) | _side_clauses(root))


def _side_clauses(verb) -> set[int]:
    """Parts of a clause that are no part of its content: attributions, participles, purpose."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ in ("advcl", "parataxis", "conj") or (c.dep_ == "prep" and c.lower_ in ("according",)):
            out |= subtree_ids(c)
        if c.dep_ == "ccomp" and c.i < verb.i:
            out |= subtree_ids(c)
    return out


def reverse_frame(tok, group, pack: CausalPack) -> list[Candidate]:
    """Y stems from / depends on X."""
    subj = subject_of(tok)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in group.preps and subj is not None:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                effect = phrase(subj) if subj.pos_ in ("NOUN", "PROPN") else block(subj)
                return [Candidate(x, effect, group.sign, None, [tok, c], tok) for x in _causes(objs[0])]
    return []


def attribute_frame(tok, group, pack: CausalPack) -> list[Candidate]:
    """(Experts) attributed Y to X."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in group.preps and objs:
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj:
                return [Candidate(x, phrase(objs[0]), group.sign, None, [tok, c], tok) for x in _causes(pobj[0])]
    return []


def beneficiary_frame(tok, sign: str, signal_end: int) -> list[Candidate]:
    """Y exploits / takes advantage of X: X benefits Y."""
    subj = subject_of(tok)
    cause = strip_leading(remainder(tok, signal_end - 1), PREP_WORDS)
    if subj is None or not cause:
        return []
    effect = phrase(subj) if subj.pos_ in ("NOUN", "PROPN") else block(subj)
    return [Candidate(cause, effect, sign, None, list(tok.doc[tok.i:signal_end]), tok)]


def complement(tok):
    """The verb an enabler governs ("help the Taliban gain", "vital to prevent", "failed to curb")."""
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            return c
        if c.dep_ == "dobj" and c.tag_ == "VBG":   # "risks reigniting conflicts"
            return c
        if c.dep_ == "prep" and c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pcomp" and g.pos_ == "VERB":
                    return g
    return None


def enabler_frame(tok, frame: str, pack: CausalPack) -> list[Candidate]:
    """X helps / is vital to / failed to [V Y]: a signal V composes (its object, its sign)."""
    comp = complement(tok)
    if comp is None or is_passive(tok):
        return []
    holder = tok.head if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr", "amod") else tok
    subj = subject_of(holder)
    causes = _causes(subj, _signal_part(tok, subj)) if subj is not None else [participle_cause(tok)]
    if not causes[0]:
        return []
    modality = {"normative": "conditional", "failure": "counter"}.get(frame)
    if tok.lemma_.lower() in pack.predictive_words:
        modality = "predictive"                 # "risks reigniting X"
    inner = pack.sign_of(comp.lemma_.lower())
    if inner is not None:
        effect = strip_leading(remainder(comp), PREP_WORDS)
        sign = inner
    elif frame == "failure":
        return []
    else:
        effect = strip_leading(remainder(tok), PREP_WORDS) if tok.pos_ != "ADJ" else remainder(comp, comp.i - 1)
        sign = "+"
    if not effect:
        return []
    return [Candidate(c, effect, sign, modality, [tok, comp], comp) for c in causes]
