"""Frames of multi-word signals (found by the pack's Matcher patterns): connectives ("because of",
"in response to"), conditions ("if", "in the case of"), concessions ("despite"), correlatives
("the more ... the more") and causal nouns ("the impact of X on Y", "an opportunity for Y")."""
from __future__ import annotations

from ..knowledge.causal import CausalPack, Phrase
from .causal_frames import Candidate, _causes, _side_clauses, subject_of
from .causal_spans import block, clause, phrase, remainder, subtree_ids, trim

FLIP = {"+": "-", "-": "+"}


def _object(tokens):
    """The object of the last preposition of a matched connective ("due to X" -> X)."""
    for tok in reversed(tokens):
        for c in tok.children:
            if c.dep_ in ("pobj", "pcomp") and c.i > tok.i and c.pos_ != "ADP" and c not in tokens:
                return c
    return None


def _changed(verb, pack: CausalPack):
    """A clause worded as the change of its subject ("the cost has skyrocketed", "the chances could be
    reduced"): (the subject, its direction), else None."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "oprd") for c in verb.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    direction = None
    if lemma in pack.change_verbs.up and not passive:
        direction = "+"
    elif lemma in pack.change_verbs.down and not passive:
        direction = "-"
    elif passive and pack.sign_of(lemma):
        direction = pack.sign_of(lemma)
    subj = subject_of(verb)
    if direction is None or subj is None:
        return None
    return (phrase(subj) if subj.pos_ in ("NOUN", "PROPN") else block(subj)), direction


def _effect_of(gov, skip: set[int], pack: CausalPack) -> tuple[list, str]:
    """The effect a connective attaches to: the governing clause or noun phrase (sign factor)."""
    while gov.dep_ == "xcomp" and gov.head.pos_ in ("VERB", "AUX"):
        gov = gov.head                      # "was forced to close due to X": the whole clause
    said = [c for c in gov.children if c.dep_ == "ccomp"] if gov.lemma_.lower() in pack.stance_verbs else []
    if said:
        gov = said[0]                       # "despite X, Fazl says Y": Y
    if gov.pos_ in ("VERB", "AUX"):
        changed = _changed(gov, pack)
        if changed:
            return changed[0], changed[1]
        if gov.lemma_ == "be" and gov.pos_ == "AUX" and not any(
                c.dep_ in ("acomp", "attr", "xcomp", "ccomp") and c.i not in skip for c in gov.children):
            subj = subject_of(gov)
            if subj is not None:
                return phrase(subj), "+"
        return clause(gov, skip | _side_clauses(gov)), "+"
    return block(gov, skip), "+"


def because(match, entry: Phrase, pack: CausalPack, counter: bool = False) -> list[Candidate]:
    """X because / as / due to / in response to Y: Y is the cause."""
    first = match[0]
    if first.dep_ == "mark" and first.head.dep_ == "advcl":
        sub = first.head
        if entry.after_only and not _stative(sub):
            return []
        cause = clause(sub, {first.i})
        effect, sign = _effect_of(sub.head, subtree_ids(sub), pack)
        return [Candidate(cause, effect, sign, None, list(match), sub.head)] if cause and effect else []
    if first.dep_ == "mark":
        return []
    obj = _object(list(match))
    if obj is None:
        return []
    gov = match[0].head
    while gov.i in {t.i for t in match} and gov.head.i != gov.i:
        gov = gov.head
    skip = subtree_ids(match[0]) | {t.i for t in match} | subtree_ids(obj)
    effect, sign = _effect_of(gov, skip, pack)
    if counter:
        sign = FLIP[sign] if sign == "-" else "-"
    start = entry.cause_start
    causes = [trim(list(match.doc[match.start + start:obj.right_edge.i + 1]))] if start else _causes(obj)
    return [Candidate(c, effect, sign, "counter" if counter else None, list(match), gov)
            for c in causes if c and effect]


def _stative(sub) -> bool:
    """A causal 'as' follows its main clause and states a condition: 'as the area has a history of
    tensions', 'as troops have been shifted', 'as they were losing ground'; not a simultaneous
    action ('as she interviewed people', 'as reported by') nor a comparison ('as it has done')."""
    if sub.i < sub.head.i or sub.lemma_ == "do" or \
            not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in sub.children):
        return False
    aux = {c.lemma_ for c in sub.children if c.dep_ in ("aux", "auxpass")}
    return sub.lemma_ in ("be", "have") or "have" in aux or (sub.tag_ == "VBG" and "be" in aux)


def conditional(match, entry: Phrase, pack: CausalPack) -> list[Candidate]:
    """If / unless / in the case of X, Y (one link per main verb)."""
    first = match[0]
    negative = first.lower_ in ("unless", "until")   # "unless X, Y" / "Y until X": X stops Y
    if first.dep_ == "mark":
        sub = first.head
        if sub.dep_ != "advcl" or sub.head.pos_ not in ("VERB", "AUX") or \
                not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in sub.children):
            return []
        causes, main = clause_conjuncts(sub, {first.i}), sub.head
        skip = subtree_ids(sub)
    else:
        out = because(match, entry, pack)
        for c in out:
            c.modality = "conditional"
        return out
    out = []
    for verb in [main] + [c for c in main.conjuncts if c.i > main.i and c.pos_ == "VERB"]:
        changed = _changed(verb, pack)
        if changed:
            effect, sign = changed
        else:
            effect, sign = trim([verb] + remainder(verb, exclude=skip)), "+"
        if negative:
            sign = FLIP[sign]
        out += [Candidate(cause, effect, sign, "conditional", list(match), verb) for cause in causes
                if cause and effect]
    return out


def clause_conjuncts(verb, skip: set[int]) -> list[list]:
    """A clause split at its conjoined verbs ("the group manages to consolidate itself ... and recruit
    more fighters" -> two conditions)."""
    conj = [c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"]
    if not conj:
        return [clause(verb, skip)]
    rest = set().union(*(subtree_ids(c) for c in conj))
    out = [clause(verb, skip | rest)]
    out += [trim([c] + remainder(c)) for c in conj]
    return out


def concessive(match, entry: Phrase, pack: CausalPack) -> list[Candidate]:
    """Despite X, Y: the text denies that X prevented Y."""
    return because(match, entry, pack, counter=True)


def correlative(matches, pack: CausalPack) -> list[Candidate]:
    """The more X, the more (less) Y."""
    if len(matches) < 2:
        return []
    a, b = matches[0], matches[1]
    doc = a.doc
    cause = trim([t for t in doc[a.end:b.start] if True])
    end = b.end
    while end < b.sent.end and not (doc[end].is_punct and doc[end].text in (",", ".", ";", "”", '"')):
        end += 1
    effect = trim(list(doc[b.end:end]))
    sign = "-" if doc[b.start + 1].lower_ in pack.direction.down else "+"
    if not cause or not effect:
        return []
    return [Candidate(cause, effect, sign, None, list(a) + list(b), doc[b.end - 1].head)]


def causal_noun(match, entry: Phrase, pack: CausalPack) -> list[Candidate]:
    """The impact of X on Y / X has an impact on Y / X is an opportunity for Y / X is responsible for Y."""
    noun = match[0]
    doc = noun.doc
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
          if g.dep_ in ("pobj", "pcomp")]
    holder = noun.head if noun.dep_ in ("attr", "dobj", "acomp", "nsubj") else noun
    subj = subject_of(holder) if holder is not noun else None
    if of:
        causes = _causes(of[0])
    elif subj is not None and subj.i != noun.i:
        causes = _causes(subj)
    else:
        return []
    end = match.end
    while end < match.sent.end and not (doc[end].is_punct and doc[end].text != "-") and \
            not (doc[end].pos_ in ("VERB", "AUX") and doc[end].dep_ == "ROOT"):
        end += 1
    effect = trim(list(doc[match.end:end]))
    modality = "conditional" if noun.lemma_.lower() in ("condition", "prerequisite", "precondition", "key") else None
    return [Candidate(c, effect, entry.sign, modality, list(match), holder) for c in causes if c and effect]


def reverse_noun(match, entry: Phrase, pack: CausalPack) -> list[Candidate]:
    """Y, a testament to X."""
    noun = match[1]
    obj = _object(list(match))
    if obj is None or noun.head.i == noun.i:
        return []
    gov = noun.head
    effect = clause(gov, subtree_ids(noun) | {t.i for t in match}) if gov.pos_ in ("VERB", "AUX") else []
    return [Candidate(c, effect, entry.sign, None, list(match), gov) for c in _causes(obj) if c and effect]
