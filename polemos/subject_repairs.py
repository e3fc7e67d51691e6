"""Repairs of the subject the parser gave a clause (run by `polemos.nlp`'s last pipeline component): a place or
date made a second subject beside the noun, a passive's subject hung on the place told before it, a noun whose
verb the parser took from a bracketed remark after it, names hung on the date before them."""
from __future__ import annotations


def place_beside_subject(sent) -> None:
    """'in Ponce, Puerto Rico, gunmen opened fire', 'in X, Y, a trader was stabbed': the parser made the place (or
    the date) a subject beside the noun; it is the clause's setting (npadvmod), so that the noun is the verb's one
    subject."""
    for tok in sent:
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if len(subjects) > 1 and subjects[0].ent_type_ in ("GPE", "LOC") and \
                not subjects[-1].ent_type_ and subjects[-1].pos_ == "NOUN":
            for s in subjects[:-1]:
                if s.ent_type_ in ("GPE", "LOC"):
                    s.dep_ = "npadvmod"
        if tok.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if len(subjects) > 1 and subjects[-1].pos_ == "NOUN" and not subjects[-1].ent_type_ and all(
                _setting(s) for s in subjects[:-1]):
            for s in subjects[:-1]:
                s.dep_ = "npadvmod"


SETTING_PREPS = {"in", "at", "near", "outside", "around"}


def _setting(tok, depth: int = 0) -> bool:
    """A name told as where something happened: a place or date entity, or a proper noun (or the first of
    conjoined ones) that follows 'in', 'at', 'near' ('in Vila Nova de Cima, Goias'), or a comma after
    such a name ('in Sinop, Mato Grosso')."""
    while tok.dep_ in ("conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.ent_type_ in ("GPE", "LOC", "DATE") or (tok.dep_ == "pobj" and tok.head.lower_ in SETTING_PREPS):
        return True           # ('in Cuauhtemoc municipality, Chihuahua': the municipality is where)
    first, doc = tok.left_edge, tok.doc
    if tok.pos_ != "PROPN" or first.i == 0:
        return False
    before = doc[first.i - 1]
    return before.lower_ in SETTING_PREPS or (before.text == "," and first.i > 1 and depth < 2
                                              and _setting(doc[first.i - 2], depth + 1))


def subject_hung_on_place(sent) -> None:
    """'in X, Y, two youths were gunned down', 'in X, Y, eight bags were found': the parser hung the passive's
    subject on the place before it (an apposition of the place, or of the place's conjunct), leaving the verb no
    subject or a place or date for one. The noun becomes the verb's subject, a place or date that stood as one its
    setting (npadvmod); a noun subject beside the place is `place_beside_subject`'s."""
    for verb in sent:
        if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not all(_setting(s) for s in subjects):
            continue
        hung = next((t for t in sent if t.i < verb.i and t.dep_ == "appos" and t.pos_ == "NOUN" and not t.ent_type_
                     and t.head.i < t.i and _setting(t.head)), None)
        if hung is None or hung.is_ancestor(verb) or any(
                t.pos_ == "VERB" and not hung.is_ancestor(t) for t in sent.doc[hung.i + 1:verb.i]):
            continue                  # ('in X, a man who was shot ...': the verb is the noun's own clause; 'in X,
            # Y, residents blocked the roads fearing being infected': another verb is the noun's)
        for s in subjects:
            s.dep_ = "npadvmod"
        hung.head, hung.dep_ = verb, "nsubjpass"


def bracketed_clause(sent) -> None:
    """'A and B fighters (coded as C) raided a post': the parser made the bracketed participle the verb the noun
    before the bracket is subject of, and that verb a clause of the one after the bracket, which is left without a
    subject. The noun becomes the outer verb's subject, the bracketed verb its clause (acl)."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.head.i <= verb.i:
            continue
        opening = next((t for t in reversed(sent.doc[sent.start:verb.i]) if t.text in "()"), None)
        closing = next((t for t in sent.doc[verb.i + 1:sent.end] if t.text in "()"), None)
        outer = verb.head
        if opening is None or opening.text != "(" or closing is None or closing.text != ")" \
                or outer.i <= closing.i or outer.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in outer.children):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < opening.i), None)
        if subject is not None:
            for child in [c for c in verb.children if c.i < subject.left_edge.i]:
                child.head = outer    # "On 3 May, ...": the clause's date is the outer verb's
            subject.head, subject.dep_ = outer, "nsubj"
            verb.head, verb.dep_ = subject, "acl"


def subject_hung_on_date(sent) -> None:
    """'On 9 May, X, Y and Z in a raid on a hideout killed two militants': the parser hung the names before the verb
    on the date as its apposition, leaving the sentence's verb without a subject. The first name becomes the verb's
    subject (its conjuncts stay its own)."""
    root = sent.root
    if root.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
        return
    hung = next((t for t in sent if t.i < root.i and t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN")
                 and t.head.ent_type_ == "DATE" and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "CARDINAL")),
                None)
    if hung is None or any(t.pos_ in ("VERB", "AUX") for t in sent.doc[hung.i + 1:root.i]):
        return                        # ('On 9 May, X, who had fled, ...': a verb between is the name's own)
    for c in [c for c in hung.head.children if hung.i < c.i < root.i and c.dep_ == "prep"]:
        c.head = root                 # ('... in a gunfight with militants': the verb's, not the date's)
    hung.head, hung.dep_ = root, "nsubj"
