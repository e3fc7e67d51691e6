"""Triggers that name a period, a tally or a state of affairs rather than one occurrence.

Each test reads the parse of one trigger and word lists of the event lexicon
(knowledge/events.yaml): a toll or act dated by the start of a period ("has killed 83,000
since 2006", "carried out 300 air strikes in the last year"), an event verb in a "since"
clause ("since the Taliban seized power in 2021"), a conflict's own toll ("the war has killed
tens of thousands"), a bare event noun describing a situation ("unrest has involved gangs",
"fighting has ravaged the region"), and an agreement said to have ended or been broken
("a shaky truce broke down").
"""
from __future__ import annotations

from .attribution import children
from .event_args import clause_verb, on_day, subject_of
from .event_context import series_noun
from .event_lexicon import Lexicon

PRESENT = {"VBZ", "VBP"}


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _perfect_or_present(verb) -> bool:
    """'has involved', 'have ravaged', 'involves': a state that holds, not an occurrence."""
    if verb.tag_ in PRESENT:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and _lemma(c) == "have" for c in verb.children)


def _period(prep, lex: Lexicon) -> bool:
    """A prepositional phrase spanning a period: 'since 2006', 'throughout the year', 'in the past
    year', 'over recent months', 'for the last decade', 'during his presidency' (not 'in 2006', 'last year', 'over
    the weekend')."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in lex.words["span_preps"]:      # 'since 2006', not 'since early this morning' (ongoing)
        return not any(_lemma(w) in lex.words["recent_since_words"] for p in prep.children for w in p.subtree)
    if prep.lower_ not in ("in", "during", "within", "over", "for", "throughout", "under"):
        return False
    if any(p.dep_ == "pobj" and _lemma(p) in lex.words["tenure_nouns"] for p in prep.children):
        return True                                 # 'during Obama's presidency', 'under his rule': a tenure
    if prep.lower_ == "under":
        return False
    return any(p.dep_ == "pobj" and _lemma(p) in lex.words["span_units"] and not _short_span(p, lex) and any(
        c.dep_ in ("amod", "advmod") and c.lower_ in lex.words["span_words"] for c in p.children)
        for p in prep.children)


def _short_span(unit, lex: Lexicon) -> bool:
    """'the past two days', 'the last few days', 'the past day': a span too short to be a period's tally."""
    if _lemma(unit) not in lex.words["short_span_units"]:
        return False
    counts = [c for c in unit.children if c.dep_ in ("nummod", "amod", "quantmod") and c.lower_ not in
              lex.words["span_words"]]
    return all(c.lower_ in lex.words["short_span_counts"] for c in counts)


def spans_period(trig, lex: Lexicon) -> bool:
    """The trigger (or its clause) is dated by a period: a tally or a state, not one event; unless the
    clause is dated to a day ('On 5 May, workers held a protest over wages unpaid for three months')."""
    verb = clause_verb(trig)
    heads = {trig.i: trig, verb.i: verb}.values()
    return any(_period(c, lex) for v in heads for c in children(v)) and not any(on_day(v) for v in heads)


def since_clause(trig) -> bool:
    """'since the Taliban seized power', 'since splitting in 2016', 'ever since, they have shelled
    the city': the start of a period told in passing, or what went on through it."""
    verb = clause_verb(trig)
    for v in {trig.i: trig, verb.i: verb}.values():
        if any(c.lower_ == "since" for c in children(v, ("mark", "advmod"))):
            return True
        if v.dep_ == "pcomp" and v.head.lower_ == "since":
            return True
        if v.dep_ in ("relcl", "advcl") and v.head.dep_ == "pobj" and v.head.head.lower_ == "since" \
                and any(c.lower_ == "when" for c in v.children):
            return True     # 'the deadliest since 2015, when gunmen killed 40': the record it is measured by
    return False


def conflict_tally(trig, lex: Lexicon) -> bool:
    """'The war has killed tens of thousands', 'killed by a string of attacks': a toll of a war
    or of many events."""
    if _lemma(trig) not in lex.words["fatality_words"] or trig.pos_ not in ("VERB", "AUX"):
        return False
    causes = [c for c in trig.children if c.dep_ == "nsubj"]
    if not causes and trig.dep_ == "conj" and (subject := subject_of(trig)) is not None:
        causes = [subject]                     # "the war erupted in April 2023 and has killed 14,000"
    causes += [p for c in trig.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if _one_day(trig):           # "gang violence killed 14 people in the capital on Monday": that day's incident
        return False
    return any(_lemma(c) in lex.words["conflict_nouns"] or _lemma(c) in lex.words["trend_nouns"]
               or (_bare_back_reference(c, lex) and _uncounted_toll(trig, lex)) for c in causes)


def _one_day(verb) -> bool:
    """The clause tells the day it happened on: 'on Monday', 'on 3 May' (`on_day`), 'killed 14 people Monday'."""
    return on_day(verb) or any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in verb.children)


def _bare_back_reference(noun, lex: Lexicon) -> bool:
    """'the attacks', 'these strikes': plural events named again with nothing of their own (no place, target,
    number)."""
    return noun.tag_ in ("NNS", "NNPS") and any(c.dep_ == "det" and c.lower_ in lex.words["back_reference_dets"]
                                                for c in noun.children) and not any(
        c.dep_ in ("prep", "nummod", "compound", "amod", "acl", "relcl") for c in noun.children)


def _uncounted_toll(verb, lex: Lexicon) -> bool:
    """'the raids have also killed many farmers': plural events whose toll, in the perfect, is told by a word of
    number and no figure (`count_mods`), a summary of them rather than one day's count ('have killed 46')."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children):
        return False
    counted = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(counted) and all(not any(m.dep_ == "nummod" for m in c.children) and any(
        m.dep_ == "amod" and m.lower_ in lex.words["count_mods"] for m in c.children) for c in counted)


def state_noun(trig, lex: Lexicon) -> bool:
    """A bare event noun that is the subject of a state verb in the present or perfect
    ('Unrest in the province has involved gangs', 'Fighting has ravaged swathes of X')."""
    if not (trig.pos_ in ("NOUN", "PROPN") or trig.tag_ == "VBG") or trig.dep_ != "nsubj":
        return False                        # a gerund subject too: "Fighting between X and Y has intensified"
    if any(c.dep_ in ("det", "poss", "nummod") for c in trig.children):
        return False
    verb = trig.head
    return _lemma(verb) in lex.words["state_verbs"] and _perfect_or_present(verb)


def effects_tally(trig, lex: Lexicon) -> bool:
    """'The coalition's attacks have left most residents in crisis': plural events told by their
    effect in the perfect (not a toll: 'air strikes have killed 46' is news)."""
    if trig.tag_ not in ("NNS", "NNPS") or trig.dep_ != "nsubj" or any(c.dep_ == "nummod" for c in trig.children):
        return False
    verb = trig.head
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children)
    harm = lex.words["fatality_words"] | lex.words["injury_words"]
    return perfect and (not {_lemma(verb)} & (harm | lex.words["occurrence_verbs"]) and not any(
        _lemma(w) in harm for c in verb.children if c.dep_ not in ("nsubj", "aux") for w in c.subtree)
        or _lemma(verb) in harm and _bare_back_reference(trig, lex) and _uncounted_toll(verb, lex))
    # "clashes have broken out"; "gun attacks have left five people dead": a toll too


def accused_of(trig, lex: Lexicon) -> bool:
    """'has been accused of abuses and indiscriminate drone strikes': what a side is accused of is
    an allegation about its conduct, not an event told."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    for a in trig.ancestors:
        if a.lower_ == "of" and a.dep_ == "prep":
            return _lemma(a.head) in lex.words["accusation_verbs"]
        if a.lower_ == "for" and a.dep_ == "prep" and trig.tag_ == "NNS":
            return _lemma(a.head) in lex.words["responsibility_words"]   # 'responsible for massacres and abductions'
    return False


def case_matter(trig, lex: Lexicon) -> bool:
    """'arrested three men over the killing of a chief', 'charged with the murder of', 'held in connection with the
    bombing': the violence a case is about, an event told before or elsewhere, not the arrest's or the trial's own."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    for a in trig.ancestors:
        if a.dep_ == "prep" and a.lower_ in lex.words["case_preps"]:
            head = a.head
            while _lemma(head) in lex.words["case_nouns"] and head.dep_ == "pobj" and head.head.dep_ == "prep":
                head = head.head.head                   # 'in connection with', 'on charges of'
            return _lemma(head) in lex.words["case_verbs"] and (a.lower_ != "of" or head is not a.head)
    return False


def ended_agreement(trig, lex: Lexicon) -> bool:
    """An agreement noun said to have broken down, expired or been violated: no new agreement."""
    while trig.dep_ == "compound" and trig.head.i != trig.i:      # 'the June ceasefire agreement'
        trig = trig.head
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ not in ("nsubj", "dobj", "nsubjpass", "pobj"):
        return False
    gov = trig.head if trig.dep_ != "pobj" else trig.head.head
    return _lemma(gov) in lex.words["agreement_end_verbs"]


def idle_agreement(phrase, lex: Lexicon, armed_party) -> bool:
    """A general word of agreement ('agreed to', 'signed an agreement', 'reached a deal', 'in exchange for') whose
    clause names no matter of war (a truce, the fighting, prisoners, weapons, a withdrawal, access to a besieged
    town) and no armed group among its parties: a trade deal, a loan, a resignation, shared data. ACLED's agreements
    are those between conflict actors about the conflict. `phrase` is the trigger's tokens; `armed_party(start, end)`
    tells whether an armed group is named between those character offsets."""
    if any(_lemma(w) in lex.words["agreement_kinds"] for w in phrase):
        return False                    # 'a ceasefire', 'a prisoner swap', 'surrendered'
    clause = list(clause_verb(phrase.root).subtree)
    if any(_lemma(w) in lex.words["agreement_matters"] for w in clause):
        return False
    return not armed_party(clause[0].idx, clause[-1].idx + len(clause[-1]))


def aggregate_modified(trig, lex: Lexicon) -> bool:
    """'numerous attacks', 'periodic incursions', 'repeated air strikes': a tally or a habit; a number told on
    one day ('on 8 May, several explosions hit the town') is that day's event."""
    tok = trig
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    mods = {m for c in tok.children if c.dep_ == "amod"
            for m in (_lemma(c), c.lower_) if m in lex.words["aggregate_mods"]}
    if not mods or tok.tag_ not in ("NNS", "NNPS"):
        return False
    return not (mods <= lex.words["count_mods"] and any(on_day(v) for v in (trig, clause_verb(trig))))


def in_relative_clause(trig, lex: Lexicon) -> bool:
    """A development told in a relative clause describing a group ('the ADF, which pledged
    allegiance to the Islamic State in 2019, ...'): background, not the news."""
    verb = clause_verb(trig)
    if verb.dep_ != "relcl":
        return False
    group = verb.head
    return group.pos_ == "PROPN" or _lemma(group) in lex.words["group_nouns"]


def tally_dependents(triggers, tallies: set[int], lex: Lexicon) -> set[int]:
    """Triggers in the clauses a tally clause governs ('carried out 300 air strikes in the past
    year, resorting to artillery'; 'fighting has ravaged the north since 2021, with the junta
    battling rebels'): part of the tally. A tally noun ('in the face of multiple offensives, they
    arrested 80') leaves its governing clause alone."""
    verbs = [clause_verb(t.token) for t in triggers if t.token.i in tallies and (
        t.token.pos_ in ("VERB", "AUX") or spans_period(t.token, lex) or since_clause(t.token)
        or state_noun(t.token, lex))]
    nouns = [t.token for t in triggers if t.token.i in tallies and t.token.pos_ in ("NOUN", "PROPN")]
    return {t.token.i for t in triggers if t.token.i not in tallies and (any(
        v.i != t.token.i and _ancestor_of(v, t.token) for v in verbs + nouns)   # '..., including bombings'
        or (_lemma(t.token) in lex.words["fatality_words"]
            and any(_tally_toll(t.token, n) for n in nouns if series_noun(n, lex))))}




def _tally_toll(verb, noun) -> bool:
    """'a wave of raids killed 17' (the parser may hang the verb on the noun phrase), 'killed in attacks across the
    north': the tally's own toll."""
    holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "acl":
        holders.append(verb.head)
    return any(h.i == noun.i or h.is_ancestor(noun) for h in holders) or (
        noun.dep_ == "pobj" and noun.head.head.i == verb.i and noun.head.lower_ in ("in", "during", "amid"))
    # ('25 were killed in violence across the country')


def _ancestor_of(a, b) -> bool:
    return any(x.i == a.i for x in b.ancestors)


def stretch_of(trig, lex: Lexicon) -> bool:
    """'weeks of unrest', 'months of protests': an event noun told as the stuff of a stretch of time left
    uncounted, many days of events and not one ('two days of fighting left 20 dead' is told as one)."""
    if trig.dep_ != "pobj" or trig.head.lower_ != "of" or trig.pos_ not in ("NOUN", "PROPN"):
        return False
    unit = trig.head.head
    return _lemma(unit) in lex.words["span_units"] and unit.tag_ == "NNS" and not any(
        c.dep_ == "nummod" for c in unit.children)


def not_one_event(trig, lex: Lexicon, agreement: bool) -> bool:
    """Any of the tests above."""
    return (spans_period(trig, lex) or since_clause(trig) or conflict_tally(trig, lex) or stretch_of(trig, lex)
            or state_noun(trig, lex) or aggregate_modified(trig, lex) or effects_tally(trig, lex)
            or accused_of(trig, lex) or case_matter(trig, lex) or (agreement and ended_agreement(trig, lex)))
