"""Context flags (PLOVER-style modality): is a trigger a reported, factual occurrence?

Non-events: negated ("did not attack"), modal/forecast ("may attack", "would"),
conditional ("if they attack"), planned/threatened/infinitival goals ("aims to
attack", "threatened attacks", "the threat of attacks"), and generic habits
("regularly attacks"). Reported speech keeps the event (the source goes to
reported_by elsewhere).
"""
from __future__ import annotations

from .attribution import children
from .event_args import on_day
from .event_lexicon import Lexicon

IMPLICATIVE = {"manage", "begin", "start", "continue", "go", "come", "used", "proceed", "be", "claim"}
FACTIVE_MARKS = {"after", "when", "because", "since", "as", "once", "while", "before"}
MAX_UP = 6


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _negated(tok, lex: Lexicon) -> bool:
    for c in tok.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ == "det" and c.lower_ in ("no",) and tok.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _nobody_subject(verb, lex: Lexicon) -> bool:
    """'No one was killed', 'No residents were reported wounded', 'None of the guards was hurt': the verb's subject
    is nobody."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and lex.nobody(c)
                                                for c in verb.children)


def _local_flags(tok, lex: Lexicon) -> str | None:
    """Flags held by one governing word (verb or noun)."""
    w = lex.words
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in w["modals"]:
            return "modal"
        if c.dep_ == "advmod" and c.lower_ in w["habit_adverbs"]:
            return "habit"
        if c.dep_ in ("npadvmod", "advmod") and _lemma(c) in w["habit_units"] and any(
                d.dep_ == "det" and d.lower_ in w["habit_dets"] for d in c.children):
            return "habit"             # 'are killed every day', 'shelled the town each night'
        if c.dep_ == "prep" and c.lower_ in w["habit_period_preps"] and any(
                o.dep_ == "pobj" and o.lower_ in w["habit_period_nouns"] for o in c.children) and not on_day(tok):
            return "habit"             # not 'On 5 May, workers protested over wages unpaid for months'
        if c.dep_ == "mark" and c.lower_ in w["conditionals"]:
            return "conditional"
        if c.dep_ == "mark" and c.lower_ == "until" and tok.tag_ in ("VB", "VBP", "VBZ"):
            return "conditional"       # "talks stay frozen until the rebels free their captives": a condition
    return None


def _sought(tok, lex: Lexicon) -> bool:
    """What is pressed 'for' is not yet had: 'pushed for a ceasefire', 'appealed for a prisoner swap', 'issued an
    ultimatum to both armies for a truce' (the demand the object of the verb the 'for' hangs on)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    w, seekers = lex.words, [tok.head.head]
    while seekers[-1].dep_ == "pobj" and seekers[-1].head.dep_ in ("prep", "dative"):
        seekers.append(seekers[-1].head.head)       # 'an ultimatum to both armies for a truce', 'for' on 'armies'
    return any(_lemma(s) in w["seek_verbs"] or (s.pos_ == "NOUN" and _lemma(s) in w["plan_nouns"]) or any(
        c.dep_ == "dobj" and _lemma(c) in w["plan_nouns"] for c in s.children) for s in seekers)


def _implicative(head) -> bool:
    """A verb whose infinitive complement happened ('managed to flee', 'began to shell'), and past 'had to'
    ('police had to intervene': they did; 'will have to intervene' has not happened)."""
    lemma = _lemma(head)
    return lemma in IMPLICATIVE or (lemma == "have" and head.tag_ == "VBD")


def _attempted(head, trigger_tok, lex: Lexicon) -> bool:
    """An attempt at harm is an attack that happened ('gunmen tried to kill a judge', 'an assassination attempt'):
    ACLED codes it, with the deaths it did not cause; not an attempt at anything else ('tried to cross'), nor one
    still to come or stopped before it began ('an imminent ambush attempt', 'a foiled attempt')."""
    words = lex.words
    attempt = _lemma(head) in words["attempt_words"] or head.pos_ == "VERB" and _lemma(head) in words["compel_words"]
    return attempt and _lemma(trigger_tok) in words["attempted_harms"] \
        and trigger_tok.head.i == head.i and trigger_tok.dep_ in ("xcomp", "compound", "acl") \
        and not any(c.dep_ == "amod" and _lemma(c) in words["unrealised_attempts"] for c in head.children)


def _means(tok) -> bool:
    """'used tear gas to disperse the crowd', 'used drones to strike X': what was used is told as used for it
    (not 'used to attack convoys', a habit, with nothing used)."""
    head = tok.head
    return _lemma(head) == "use" and head.i < tok.i and any(c.dep_ == "dobj" and c.i < tok.i for c in head.children)


def _some(tok) -> bool:
    """'a large number of workers': a quantity (many), not a tally or a plan ('the number of attacks')."""
    return tok.lemma_.lower() == "number" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _bare_gerund_root(tok) -> bool:
    """'workers protested outside the ministry demanding their wages', parsed with the gerund as the root
    and 'protested' as a participle on 'workers': no finite plan governs the act."""
    return tok.dep_ == "ROOT" and tok.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _finite_conjunct(tok) -> bool:
    """A past-tense verb conjoined to another ('tried to enter the house and shot the owner', 'forced the driver
    to get out and shot him', where the parser hangs it on the infinitive): a finite clause of its own, which
    the plan, purpose or mood of the verb it hangs on does not govern ('would storm and kill' stays bare)."""
    return tok.dep_ == "conj" and tok.tag_ == "VBD" and tok.head.pos_ in ("VERB", "AUX")


def _told_clause(tok) -> bool:
    """A past-tense clause with its own subject hung on a later verb as its complement ('drivers protested in
    Tamale, the drivers also called for cheaper fuel': a comma splice the parser reads as what was called for): it
    tells what happened; a plan or a call takes a bare verb or a noun ('called on drivers to protest')."""
    return tok.tag_ in ("VBD", "VBN") and tok.dep_ in ("ccomp", "parataxis") and tok.i < tok.head.i \
        and any(c.dep_ == "nsubj" for c in tok.children)


def _imperative(tok) -> bool:
    """'Execute him,' he implied; 'Kill them all': a bare verb opening its clause, with no subject nor auxiliary."""
    if tok.tag_ != "VB" or tok.dep_ not in ("ROOT", "ccomp") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark") for c in tok.children):
        return False
    return tok.i == tok.sent.start or tok.nbor(-1).is_punct


def _infinitive(tok) -> bool:
    """'to go', 'to attack': a verb with its 'to'."""
    return any(c.tag_ == "TO" for c in children(tok, ("aux",)))


def modality(trigger_tok, lex: Lexicon) -> str | None:
    """None when the trigger reports an occurrence; else why not (negated, modal, ...)."""
    w = lex.words
    tok = trigger_tok
    adverbial = False
    via = None                              # how the climb reached the current word from the one below
    if _negated(tok, lex) or _nobody_subject(tok, lex):
        return "negated"
    if _sought(tok, lex) or _imperative(tok):
        return "irrealis"
    if tok.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i and _negated(tok.head, lex) \
            and tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr"):
        return "negated"
    finite = False                          # arrived from a past-tense conjunct: the head's mood is not its own
    voiced = False                          # arrived from the subject of a demand: 'protesters demanded X' protested
    asserted = False                        # arrived from a past-tense clause with its own subject
    for step in range(MAX_UP):
        flag = None if finite else _local_flags(tok, lex)
        if flag:
            return flag
        lemma = _lemma(tok)
        if step == 0 and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ == "nsubj" \
                and tok.head.pos_ in ("NOUN", "PROPN"):
            return None                     # "owners protested by riding buses ... and demanded X": the parser made
            # the subject's own verb its participle; it happened, whatever the next verb's mood
        if step > 0 and tok.pos_ == "NOUN" and lemma in w["inquiry_nouns"]:
            return None                     # "urged a probe into the shelling that killed 30 villagers": what is
            # looked into happened, whatever is said of the inquiry
        if step > 0 and lemma in w["reporting_verbs"]:
            # reported speech: stop climbing ('no civilians were reported killed': nobody was, unlike 'gunmen
            # attacked X, no injuries were reported' or 'no group claimed the attack')
            return "negated" if via in ("xcomp", "oprd") and _nobody_subject(tok, lex) else None
        if step > 0 and not finite and not asserted and not (voiced and lemma in w["voice_verbs"]) and (
                (lemma in w["plan_verbs"] and not _bare_gerund_root(tok)
                 and not (step == 1 and _attempted(tok, trigger_tok, lex)))
                or (tok.pos_ == "NOUN" and lemma in w["plan_nouns"] and not _some(tok))):
            return "irrealis"
        if step > 0 and tok.pos_ == "NOUN" and lemma in w["absence_nouns"] and via == "prep":
            return "negated"                # "a lull in the fighting between X and Y": it stopped
        if tok.dep_ == "advcl" and tok.tag_ == "VBD" and any(
                c.dep_ == "mark" and c.lower_ in FACTIVE_MARKS for c in tok.children):
            return None                     # "after the group bombed X": a past fact whatever governs it
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "after":
            return None                     # "will advance on X after seizing Y": Y is taken already
        if not finite and tok.pos_ in ("VERB", "AUX") and _infinitive(tok) \
                and not _attempted(tok.head, tok, lex) \
                and not _implicative(tok.head) and _lemma(tok.head) not in w["reporting_verbs"] \
                and not _means(tok) and tok.dep_ in ("xcomp", "advcl", "acl", "ccomp", "relcl"):
            if tok.head.pos_ not in ("VERB", "AUX") or _lemma(tok.head) in w["plan_verbs"] or tok.dep_ != "advcl":
                return "irrealis"
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return None
        if tok.dep_ in ("relcl",) and step > 0:
            return None
        via = tok.dep_
        adverbial = adverbial or tok.dep_ == "advcl"    # "'we will not give up,' as X moves ... after
        finite = _finite_conjunct(tok)                  # the bombing": a negation above an adverbial clause
        voiced = tok.dep_ == "nsubj" and trigger_tok.pos_ in ("NOUN", "PROPN")
        asserted = _told_clause(tok)
        if finite and tok.head.tag_ == "VB" and _infinitive(tok.head) and tok.head.head.i != tok.head.i:
            tok = tok.head                  # "forced the driver to get out and shot him": conjoined to 'forced'
        tok = tok.head
        if step > 0 and not adverbial and not finite and _negated(tok, lex) and tok.pos_ in ("VERB", "AUX") \
                and _lemma(tok) not in w["reporting_verbs"]:
            return "negated"
    return None
