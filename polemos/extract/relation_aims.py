"""The side a helper helps, where the sentence says what that side is helped to do: 'X assisted Y to destroy Z',
'X supported Y in its fight against Z', 'support for Y in the campaign against Z', 'X backed Y in defeating Z'.
Y is Z's enemy as well as the helper is (the helper's own hostility is read by the verb or noun rules)."""
from __future__ import annotations

from ..model import ActorMention


def _cooperative(tok) -> bool:
    from .relations import lexicon
    table = lexicon()["verbs"] if tok.pos_ == "VERB" else lexicon()["nouns"] if tok.pos_ == "NOUN" else {}
    return table.get(tok.lemma_.lower()) == "cooperative"


def _objects(gov) -> list:
    """What a helping word helps: a verb's direct object, a noun's 'for'/'to' object ('support for Y'), or that of
    the helping noun a verb takes ('reiterated its support for Y in ...')."""
    from .relations import _pobjs
    if gov.pos_ == "NOUN":
        return _pobjs(gov, ("for", "to")) if _cooperative(gov) else []
    if _cooperative(gov):
        return [c for c in gov.children if c.dep_ == "dobj"]
    return [o for c in gov.children if c.dep_ == "dobj" and _cooperative(c) for o in _pobjs(c, ("for", "to"))]


def helped(tok, index) -> list[ActorMention]:
    """The parties a helping verb or noun above `tok` (a verb, gerund or noun stating an act) takes as its object:
    `tok` the complement of the helping verb ('assisted Y to destroy Z') or held by its 'in' ('in its fight
    against Z', 'in defeating Z')."""
    from .relations import _PARTIES, _side
    while tok.dep_ == "conj" and tok.head is not tok:   # "to crush and dismantle Z"
        tok = tok.head
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.pos_ == "VERB" and _cooperative(tok.head) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        objs = [c for c in tok.head.children if c.dep_ == "dobj"]
    elif tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "in" and tok.head.head is not tok.head:
        objs = _objects(tok.head.head)
    else:
        return []
    return [a for o in objs for a in _side(o, index)[0] if a.kind in _PARTIES]
