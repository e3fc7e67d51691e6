"""Who a count is about: the actor doing the counted act (the agent, found up the parse, also where
the parser hides it) or the actor owning the counted people ("ISIS fighters", "fighters of X").

Used by the claims extractor (claims.py) on one parsed sentence with the document's ActorIndex.
"""
from __future__ import annotations

from ..model import ActorMention
from .attribution import ActorIndex, lexicon, sentence_of

_CLAUSE_UP = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "prep", "pobj", "relcl", "acl"}


def _stranded_subject(verb):
    """'..., and drone strikes by the military have killed hundreds': a conjoined verb whose subject
    the parser hung elsewhere has it right before its auxiliary (the head of that noun phrase)."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    aux = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    tok = verb.doc[aux[0].i - 1] if aux and aux[0].i > sentence_of(verb).start else None
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head.head   # "strikes by the military" -> strikes
    return tok


def _cause(verb, index: ActorIndex, exclude) -> ActorMention | None:
    """'56 people died ... as the RSF stepped up its shelling', 'were killed when gunmen stormed':
    the actor of a clause of cause or time attached to a death or injury verb."""
    lex = lexicon()
    if lex["governors"].get(verb.lemma_.lower()) != "killed" and verb.lemma_.lower() not in lex["toll_governors"]:
        return None
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ in lex["cause_marks"] for m in clause.children):
            for c in clause.children:
                if c.dep_ == "nsubj" and index.resolve(c, exclude) is not None:
                    return index.resolve(c, exclude)
    return None


def _agent(tok, index: ActorIndex, skip, exclude: frozenset = frozenset()) -> ActorMention | None:
    """The actor doing what the clause above `tok` says: nsubj, 'by' agent, or an acl's noun.
    A speaker is the agent only of what it claims to have done ("X claimed to have killed 35",
    "X claimed responsibility for 47 attacks"), not of what it reports ("X said 75 others were hurt")."""
    speech, dummies = lexicon()["attribution"]["speech_verbs"], lexicon()["copula_dummies"]
    raised = reported = False
    prev = tok
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            own = raised or prev.lemma_.lower() in ("responsibility", "credit")
            if tok.lemma_.lower() in speech and (reported or (tok is not prev and not own)):
                return None
            for c in tok.children:
                if tok.lemma_ == "be" and c.lower_ in dummies:
                    continue   # "It is the sixth attack", "This was the first strike": no agent
                if c.dep_ in ("nsubj", "nsubjpass") and c not in skip:
                    hit = index.resolve(c, exclude) if c.dep_ == "nsubj" or raised else None
                    if hit is not None:
                        return hit
            # "were rounded up and kidnapped by X": the agent of the last conjunct is the agent of all
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
            for c in [c for c in tok.children if c.dep_ != "conj"] + [
                    g for v in tok.children if passive and v.dep_ == "conj" and v.tag_ == "VBN" for g in v.children]:
                if c.dep_ == "agent":
                    for g in c.children:
                        if g.dep_ == "pobj" and index.resolve(g) is not None:
                            return index.resolve(g)
            if tok.dep_ in ("relcl", "acl") and index.owner(tok.head) is not None:
                return index.owner(tok.head)
            cause = _cause(tok, index, exclude)
            if cause is not None:
                return cause
            stranded = _stranded_subject(tok)
            if stranded is not None and stranded not in skip and index.resolve(stranded, exclude) is not None:
                return index.resolve(stranded, exclude)
            if tok.dep_ not in _CLAUSE_UP:
                return None
        if tok.head is tok:
            return None
        raised, reported = tok.dep_ == "xcomp", tok.dep_ == "ccomp"
        prev, tok = tok, tok.head
    return None


def _receiver(verb, index: ActorIndex) -> ActorMention | None:
    """The actor joined: the object of 'join'."""
    for c in verb.children:
        if c.dep_ in ("dobj", "attr"):
            return index.resolve(c)
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj" and index.resolve(g) is not None:
                    return index.resolve(g)
    return None


def subject_of(kind: str, root, counted, verb, index: ActorIndex) -> tuple[ActorMention | None, bool]:
    """The actor a count is about, and whether it is the agent of the counted act."""
    lex = lexicon()
    skip = set(root.subtree)
    owner = index.owner(counted)
    if owner is None and counted is not root:
        owner = index.owner(root)
    if kind == "members_joined" and verb is not None and verb.lemma_.lower() in lex["receiver_verbs"]:
        return _receiver(verb, index), False
    if kind == "countries" and counted.lemma_.lower() == "member" and index.owner(counted.head):
        return index.owner(counted.head), False
    agent = _agent(root, index, skip, frozenset({owner.actor_id}) if owner else frozenset())
    # an anaphoric agent is not the group whose members are counted ("the group arrested 250 X members")
    if kind in lex["agent_kinds"] or kind == "members_joined":
        return (agent, True) if agent else (owner, False)
    return (owner, False) if owner else (agent, agent is not None)
