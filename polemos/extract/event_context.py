"""Which triggers report a new, specific event: background references, aggregates,
distributive plurals ("attacks on A and B" = two events), and the date policy for
events the text does not date."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ..dates import PartialDate, shared
from ..model import PlaceMention
from .attribution import children, cue_tokens, expanded_span
from .event_args import conjuncts, target_heads
from .event_lexicon import Lexicon
from .quantities import parse_quantity

NONVIOLENT_ROLES = {"territory", "retake"}
MAX_ONE_EVENT = 9          # "four air raids" on one place in one day are one event; "47 attacks" are a tally
DEFINITE = {"the", "this", "that", "these", "those"}


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def background(tok, lex: Lexicon) -> bool:
    """A nominal trigger inside a temporal phrase ("after the takeover of X",
    "in the wake of the raid") refers to an event told elsewhere, as does a clause of time whose subject is
    such an event or weapon told before ("after the explosives had detonated", "since the fighting ended")."""
    if _told_in_time_clause(tok, lex):
        return True
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.lower_ in lex.words["earlier_mods"] for c in children(tok, ("amod",))):
        return True                     # "an unexploded shell from previous fighting", "the earlier attack"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
        return True                     # "it was one of four linked raids": the event just told
    if elsewhere(tok, lex):
        return True                     # "in solidarity with the strike in X"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of", "for", "behind") \
            and _lemma(tok.head.head) in lex.words["wanted_nouns"]:
        return True                     # "the second suspect in the market bombing was captured": whose act it was
    t = tok
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.i == t.i:
            return False
        prep = t.head
        if prep.lower_ in lex.words["temporal_preps"]:
            return True
        if _lemma(prep.head) in lex.words["temporal_nouns"]:
            return True
        t = prep.head
    return False


def _told_in_time_clause(tok, lex: Lexicon) -> bool:
    """The trigger is, or is the verb of, a definite event or weapon noun subject of a clause of time: 'after the
    bombs went off' (not 'after gunmen stormed the village', a new act)."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in lex.words["temporal_preps"] for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and _lemma(subj) in lex.single and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE for c in subj.children)


def kind_word(tok, lex: Lexicon) -> bool:
    """An act's noun naming the kind of a craft or weapon ('attack boats', 'assault rifles'): no event."""
    return tok.dep_ == "compound" and tok.pos_ in ("NOUN", "PROPN") and _lemma(tok.head) in lex.words["kind_nouns"]


def scene_word(tok, lex: Lexicon) -> bool:
    """An event noun naming where an event told before happened ('returned to the blast site', 'the cordon around the
    explosion area'): no event, and no side of one."""
    return tok.dep_ == "compound" and _lemma(tok.head) in lex.words["scene_nouns"]


def elsewhere(tok, lex: Lexicon) -> bool:
    """A trigger noun in a phrase naming another event than the one told ('a rally in solidarity with the strike in X',
    'against the backdrop of last week's clashes', also with the 'with' the parse hung on the verb)."""
    t = tok
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.i == t.i:
            return False
        prep = t.head
        if _lemma(prep.head) in lex.words["reference_nouns"] or (
                prep.i > 0 and _lemma(prep.doc[prep.i - 1]) in lex.words["reference_nouns"]):
            return True
        t = prep.head
    return False


def aggregate(tok, lex: Lexicon, instrument: bool = False) -> bool:
    """'115 attacks', 'an escalation in attacks': a count or trend of events, not one event. An
    instrument's count is no count of events ('launched 728 drones', 'fired 40 rockets'), nor is a count of
    what one event's fire made ('40 explosions were heard near X')."""
    if instrument or _lemma(tok) in lex.words["fire_units"] or _lemma(tok) in lex.words["protest_people"]:
        return False                    # ... nor is a count of people ('20 protesters')
    if series_noun(tok, lex):
        return not opening_incident(tok, lex)
    if tok.tag_ not in ("NNS", "NNPS") or _lemma(tok) in lex.words["counted_harm"]:
        return False                    # '41 deaths among the troops': the dead one attack left, no count of events
    for c in tok.children:
        if c.dep_ == "nummod" and c.like_num:
            try:
                return float(c.text.replace(",", "")) > MAX_ONE_EVENT
            except ValueError:
                return False
    return any(c.dep_ == "quantmod" for c in tok.children)


def opening_incident(tok, lex: Lexicon) -> bool:
    """'a wave of raids began in March, carried out by X on an army post in Y': the event noun of a trend that
    starts (`trend_start_verbs`) with a clause naming one target ('on a post', singular and indefinite) tells the
    trend's opening incident, one event and no tally."""
    if tok.dep_ != "pobj" or _lemma(tok.head.head) not in lex.words["trend_nouns"]:
        return False
    trend = tok.head.head
    verb = trend.head
    if trend.dep_ != "nsubj" or _lemma(verb) not in lex.words["trend_start_verbs"]:
        return False
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "acl", "conj") or clause.pos_ != "VERB":
            continue
        for prep in clause.subtree:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "against") and any(
                    o.dep_ == "pobj" and o.tag_ == "NN" and any(d.lower_ in ("a", "an") for d in o.children)
                    for o in prep.children):
                return True
    return False


def series_noun(tok, lex: Lexicon) -> bool:
    """An event noun telling a series: under a trend ('an upsurge in unrest', 'a surge of raids') or spread over a
    country or region ('raids across the north-east', 'fighting throughout the country')."""
    if tok.tag_ not in ("NN", "NNS", "NNPS"):
        return False
    if tok.dep_ == "pobj" and _trend_of(tok.head, lex) and not any(c.dep_ in ("det", "poss") for c in tok.children):
        return True
    return tok.tag_ != "NNPS" and _spread(tok, lex)


def _spread(tok, lex: Lexicon) -> bool:
    """Events spread over a country or a region ('attacks across Iraq', 'violence throughout the north'): a series
    told together, each of its incidents an event of its own place."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in lex.words["spread_preps"]:
            for area in prep.children:
                if area.dep_ == "pobj" and (area.ent_type_ in ("GPE", "LOC")
                                            or _lemma(area) in lex.words["spread_areas"]):
                    return True
    return False


def _trend_of(prep, lex: Lexicon) -> bool:
    """The preposition tells what a trend noun counts: under it, or right after it where the parser hung it on the
    verb ('went through an upsurge in unrest')."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    trends = lex.words["trend_nouns"]
    return _lemma(prep.head) in trends or (
        prep.head.pos_ in ("VERB", "AUX") and before.head.i == prep.head.i and _lemma(before) in trends)


def nominal_strategic(trig) -> bool:
    """A noun naming a territorial change ('the takeover', 'the withdrawal'): background unless dated."""
    return trig.token.pos_ in ("NOUN", "PROPN") and (trig.role in NONVIOLENT_ROLES or (
        trig.role == "fixed" and trig.cls.sub in ("Non-violent transfer of territory",)))


def _nominal_head(tok):
    """'missile' in 'the missile strike' -> 'strike'."""
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


def reference_noun(trigs) -> bool:
    """Every trigger is a definite noun ("the drone strike that killed X"), or a verb in its
    relative clause: a known past event."""
    nouns = {_nominal_head(t.token).i for t in trigs if t.token.pos_ in ("NOUN", "PROPN")}
    for t in trigs:
        tok = t.token
        if tok.pos_ in ("NOUN", "PROPN"):
            tok = _nominal_head(tok)
        else:
            if tok.dep_ in ("relcl", "acl") and tok.head.i in nouns:
                continue
            return False
        if not any(c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE or c.dep_ == "poss") for c in tok.children):
            return False
        if tok.dep_ == "dobj" and _lemma(tok.head) in ANNOUNCING:
            return False                # "announced the arrest of ...": the news itself
    return True


ANNOUNCING = frozenset({"announce", "report", "confirm", "reveal", "disclose"})


def undated(trigs, published: date | None, last: tuple[str, str] | None = None) -> tuple[str | None, str | None]:
    """Date of an event the text does not date: none for a definite reference; the month of publication
    when the event told last (`last`, value and precision) lies in it: an article telling this month's news
    goes on with it; else the publication year (never an invented day)."""
    if published is None or reference_noun(trigs):
        return None, None
    month = shared(when, published) if last is not None and (when := PartialDate.maybe(*last)) else None
    if month is not None and month.precision == "month":
        return month.value, "month"
    return f"{published.year:04d}", "year"


def _named(h, actors, places, lex: Lexicon) -> bool:
    from .event_args import phrase_actors
    return bool(phrase_actors(h, actors) or places.at_token(h) or lex.victim_class(_lemma(h)))


def distributive_heads(tok, actors, places, lex: Lexicon) -> list:
    """Separate targets or places of one plural (or place-conjoined) event noun:
    'attacks on the embassy, the ministry and a hotel' -> three heads."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    heads = list(target_heads(tok))
    for c in tok.children:
        if c.dep_ == "acl":
            heads += [x for d in c.children if d.dep_ == "dobj" for x in conjuncts(d)]
        if c.dep_ == "appos":
            heads += conjuncts(c)
        if c.dep_ == "prep" and c.lower_ in ("to", "against"):
            heads += [x for p in c.children if p.dep_ == "pobj" for x in conjuncts(p)]
    # places of the event or, for a plural event noun, of its targets ("two attacks on army camps in
    # Panjgur and Nushki districts": one attack in each)
    holders = [tok] + (list(target_heads(tok)) if tok.tag_ in ("NNS", "NNPS") else [])
    locs = [x for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for p in c.children if p.dep_ == "pobj" for x in conjuncts(p)
            if places.at_token(x) or x.pos_ == "PROPN"]     # not "by gunmen in a car": no place of its own
    # a target the parse hung on the place before it, with a place of its own ("attacks on the police station in
    # Damboa and the army base in Bama"): another target
    heads += [x for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
              for p in c.children if p.dep_ == "pobj" for x in conjuncts(p)[1:]
              if x.pos_ == "NOUN" and not places.at_token(x)
              and any(d.dep_ == "prep" and d.lower_ in ("in", "at") for d in x.children)]
    seen, out = set(), []
    for h in heads if tok.tag_ in ("NNS", "NNPS") else []:
        if h.i not in seen and _named(h, actors, places, lex):
            seen.add(h.i)
            out.append(h)
    if len(locs) > 1 and any(places.at_token(h) for h in locs):
        return locs
    return out if len(out) > 1 else []


GRIEVANCE_PREPS = {"against", "over", "for", "about", "on", "following", "after"}
CAUSE_PREPS = {"against", "over", "following", "after"}   # ... of them, those that hang on a noun too
SETTING_PREPS = {"during", "amid", "at"}            # "arrested during a protest": the protest is the scene
GRIEVANCE_VERBS = {"demand", "condemn", "denounce", "seek", "call", "protest", "decry", "oppose", "urge", "express",
                   "honour", "honor", "commemorate", "mourn", "remember"}


def grievance_tokens(triggers) -> set[int]:
    """Token indices of what protesters protest against ("protested against the arrest of X",
    "condemning the killing of Y"): a grievance, not a new event."""
    out: set[int] = set()
    forceful = {t.token.i for t in triggers if t.role in ("violent", "excessive", "intervention", "method")}
    for t in triggers:
        if t.role not in ("protest", "riot"):
            continue
        govs = [t.token]
        if t.token.pos_ in ("NOUN", "PROPN") and t.token.dep_ in ("dobj", "nsubj", "pobj", "compound"):
            govs.append(t.token.head if t.token.dep_ != "pobj" else t.token.head.head)
        elif t.token.pos_ == "VERB":            # "held a protest against X": the noun it holds
            govs += [c for c in t.token.children if c.dep_ == "dobj"]
            # who protests, told by what was done to them or theirs ("disciples of an imam whom police jailed",
            # "kin of fishermen held abroad", "backers of the jailed mayor"): their cause
            out.update(x.i for s in t.token.children if s.dep_ == "nsubj" for m in s.subtree
                       if m.dep_ in ("acl", "relcl", "amod") and m.tag_ == "VBN" for x in m.subtree)
        verbs = [g for g in govs if g.pos_ == "VERB"]
        verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        objects = {c.i for v in verbs for c in v.children if c.dep_ == "dobj" and c not in govs}
        govs += [c for v in verbs for c in v.children if c.i in objects] + [v for v in verbs if v not in govs]
        for g in govs:              # "a mob torched a clinic over a patient's death", "relatives rallied and stoned
            if g.i in objects:      # a clinic against a death": a cause hung on what the crowd acted on
                out.update(x.i for c in g.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS
                           for x in c.subtree)
                continue
            if g.i != t.token.i and t.token.dep_ == "pobj" and t.token.head.lower_ in SETTING_PREPS:
                continue        # "police arrested dozens during a protest after bottles were thrown": the protest
                                # is the setting of another act, whose clauses are that act's, not the grievance
            for c in g.children:
                if c.i == t.token.head.i and g.i in forceful:
                    continue                     # "fired on protesters": force aimed at them, not their grievance
                if (c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS and not _dated(c)) or (
                        c.dep_ in ("advcl", "xcomp", "conj", "acl") and _lemma(c) in GRIEVANCE_VERBS) or (
                        # "demonstrated after a gendarme shot a driver": what they rose against happened before
                        c.dep_ == "advcl" and c.tag_ in ("VBD", "VBN") and any(
                            m.dep_ == "mark" and m.lower_ in GRIEVANCE_PREPS for m in c.children)):
                    out.update(x.i for x in c.subtree)
    if any(t.role == "protest" for t in triggers):
        out |= _stray_grievances(triggers, forceful)
    return out


def _stray_grievances(triggers, forceful: set[int]) -> set[int]:
    """A protest sentence's 'against the attacks on traders' that the parser hung on a word of the place told
    before it ('staged a protest in X (Y district) against the attacks on ...'): violence named by a noun after
    'against', on no forceful word, is what the crowd protests, not its act."""
    out: set[int] = set()
    for t in triggers:
        tok = t.token
        if t.role in ("violent", "protester_violence") and tok.pos_ == "NOUN" and tok.dep_ == "pobj" \
                and tok.head.lower_ == "against" and tok.head.head.i not in forceful \
                and tok.head.head.pos_ in ("NOUN", "PROPN"):
            out.update(x.i for x in tok.head.subtree)
    return out


def _dated(prep) -> bool:
    """'On 3 May', 'after two days': a preposition of time, not of a grievance."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def scene_places(places: list, grief: set[int], sdoc) -> list:
    """A protest's places without those of what it is about ("sat in outside the palace in A, demanding the
    return of relatives stranded in B"): B is the grievance's place, not the protest's; all of them when
    every place lies in the grievance."""
    if not grief:
        return places
    scene = []
    for p in places:
        span = expanded_span(sdoc, p.span.start, p.span.end)
        if span is None or span.root.i not in grief:
            scene.append(p)
    return scene or places


def continuation(trigs, lex: Lexicon) -> bool:
    """'the ensuing clash': the same event as the one just told."""
    return any(_lemma(c) in lex.words["continuation_mods"] or c.lower_ in lex.words["continuation_mods"]
               for t in trigs for c in t.token.children if c.dep_ == "amod")


def one_of_series(trigs, lex: Lexicon) -> bool:
    """'The ambush was one of five linked ambushes near X', 'it was among 4 raids that week': every trigger of
    the sentence is the copula's subject or lies in the phrase of a plural noun told, after the copula, as the
    series the event just told belongs to (`series_members`, `series_preps`; 'raids aimed at bases': the trigger
    may be its words)."""
    if not trigs:
        return False
    for tok in trigs[0].token.sent:
        if tok.tag_ not in ("NNS", "NNPS") or tok.dep_ != "pobj":
            continue
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lower_ in lex.words["series_members"]:
            copula = prep.head.head
        elif prep.lower_ in lex.words["series_preps"]:
            copula = prep.head
        else:
            continue
        if copula.lemma_.lower() == "be" and all(
                tok.is_ancestor(t.token) or t.token.i == tok.i
                or (t.token.dep_ == "nsubj" and t.token.head.i == copula.i) for t in trigs):
            return True
    return False


def ranked_told(trigs, lex: Lexicon) -> bool:
    """'The attack was the deadliest in the city since the invasion began', 'it was the first lethal raid on
    troops since October': a copula ranking the event just told (its subject a definite event noun, or a pronoun
    with an event noun after it, the predicate a superlative or `rank_words`); the sentence's other triggers lie in
    the comparison that follows. The event just told, no new one (of the date its comparison names)."""
    if not trigs:
        return False
    copula = trigs[0].token.sent.root
    if copula.lemma_.lower() != "be":
        return False
    subj = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    pred = next((c for c in copula.children if c.dep_ in ("attr", "acomp")), None)
    if subj is None or pred is None:
        return False
    own = {t.token.i for t in trigs}
    if subj.i in own and any(c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE or c.dep_ == "poss")
                             for c in subj.children):
        told = subj
    elif subj.tag_ == "PRP" and pred.i in own:
        told = pred
    else:
        return False
    words = lex.words["rank_words"]
    if not any(w.tag_ == "JJS" or w.lower_ in words for w in (pred, *pred.children)
               if w is pred or w.dep_ in ("amod", "advmod")):
        return False
    return all(t.token.i == told.i or t.token.i > pred.i for t in trigs)


def sequel(trigs, lex: Lexicon) -> bool:
    """'subsequent attacks on X': a later event of the series just told."""
    return any(c.lower_ in lex.words["sequel_mods"] and c.i < t.token.i and c.dep_ in ("amod", "advmod", "compound")
               for t in trigs for c in t.token.children)


def casualty_report(trigs, lex: Lexicon) -> bool:
    """'Three soldiers were killed': only a death/injury verb in the passive (a toll, not a new attack by itself)."""
    words = lex.words["fatality_words"] | lex.words["injury_words"]

    def counted(c) -> bool:                 # "Four people killed": a counted noun
        return any(n.dep_ == "nummod" and n.tag_ == "CD" for n in c.children)

    passive = [t for t in trigs if any(_lemma(w) in words for w in t.token.doc[t.start:t.end]) and (
               # "were killed", "had been shot dead"
               t.token.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in t.token.children)
               # a coder's tally line, "1 killed, 3 injured", "Six villagers killed and nine hurt": a number as
               # the one it befell, no object
               or t.token.tag_ in ("VBN", "VBD") and (
                   any(c.dep_ in ("nsubj", "meta") and c.tag_ == "CD" for c in t.token.children)
                   or t.token.dep_ == "acl" and t.token.head.tag_ == "CD"
                   or not any(c.dep_ == "dobj" for c in t.token.children)
                   and any(c.dep_ == "nsubj" and counted(c) for c in t.token.children)))
               # "the first was burnt alive, the second beaten to death": what befell the victims, no agent
               or t.token.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in t.token.children)
               and not any(c.dep_ == "agent" for c in t.token.children)
               and any(_lemma(w) in words or w.lower_ == "alive" for w in t.token.subtree)]
    rest = [t for t in trigs if t not in passive]
    return bool(passive) and (not rest or reference_noun(rest))     # "... were killed in the attack"


@lru_cache(maxsize=4)
def _border_patterns(words: frozenset[str]) -> tuple[re.Pattern, re.Pattern]:
    """(after the name, before the name): 'X border', 'X's frontier'; 'the border with X'."""
    alt = "|".join(sorted(words)) or "border"
    return (re.compile(rf"^(?:['’]s)?\s+(?:{alt})", re.I),
            re.compile(rf"\b(?:{alt})s?\s+(?:with|of)\s+(?:the\s+)?$", re.I))


def beside_borders(places: list, sdoc, lex: Lexicon) -> list:
    """Drop countries named only as the far side of a border ('near the Chad border', 'the border with
    Eritrea', 'Chad's frontier'): the event is on this side of it, in the country the text tells of."""
    after_re, before_re = _border_patterns(lex.words.get("border_nouns", frozenset()))

    def far_side(p) -> bool:
        if p.feature != "country":
            return False
        span = expanded_span(sdoc, p.span.start, p.span.end)
        if span is None:
            return False
        after = "".join(t.text_with_ws for t in sdoc[span.end - 1:span.end + 3])[len(span[-1].text):]
        before = "".join(t.text_with_ws for t in sdoc[max(0, span.start - 4):span.start])
        return bool(after_re.match(after) or before_re.search(before))
    return [p for p in places if not far_side(p)]


def domestic_places(places: list, earlier: list = ()) -> list:
    """Drop towns of a country the sentence never names when it names another ('Gelan district,
    Ghazni, Afghanistan': a same-named town abroad is a misreading). A town of a province the text
    placed something in before stays (the town of the attack told earlier, beside a town of another region)."""
    if not any(p.feature == "admin1" for p in places):
        return places
    named = {p.country for p in places if p.feature in ("country", "admin1")}
    kept = [p for p in places if p.country in named or p.feature in ("country", "admin1")]
    return _provincial(kept, {(p.country, p.admin1) for p in earlier if p.admin1})


def _provincial(places: list, known: set) -> list:
    """Drop towns of a province the sentence never names when it names a province of the same country
    and a town in it ('in Leon, Guanajuato, ... in Los Olivos quarter': not the Los Olivos of another
    province), unless the text placed something in that province before (`known`)."""
    provinces = {(p.country, p.name) for p in places if p.feature == "admin1"}
    inside = {p.country for p in places if p.feature != "admin1" and (p.country, p.admin1) in provinces}
    return [p for p in places if p.feature in ("country", "admin1") or p.country not in inside
            or (p.country, p.admin1) in provinces or (p.country, p.admin1) in known]


NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10}
ACROSS = re.compile(r"\bacross\s+(?:(?P<both>both|the\s+two)|(?:(?:the|all)\s+(?:(?P<n>\w+)\s+)?|(?P<part>\w+)\s+of\s+"
                    r"the\s+)(?:related\s+)?(?:attacks|assaults|events|incidents|blasts|bombings|explosions|clashes|"
                    r"strikes|raids)|this\s+\w+\s+and\s+(?:one|an?|the)\b)", re.I)
ONE_OF = re.compile(r"\bone\s+of\s+(?:at\s+least\s+)?(?P<n>\w+)\s+(?:\w+\s+){0,2}"
                    r"(?:attacks|assaults|bombings|blasts|incidents|events|strikes|raids)", re.I)
IN_ALL = re.compile(r"\b(?:in|during)\s+the\s+(?:ensuing\s+|subsequent\s+|resulting\s+)?"
                    r"(?:clashes|attacks|assaults|raids)\b", re.I)


def count_word(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower()
    return int(w) if w.isdigit() else NUMBER_WORDS.get(w)


CODED = re.compile(r"\bfatalit\w* (?:are |were |have been )?coded (?:as|to) (\d+)|"
                   r"\b(\d+) (?:fatalities )?coded to each\b", re.IGNORECASE)


def coded_toll(doc_text: str) -> int | None:
    """The figure a coder's note states for its event ('fatalities coded as 0, though an outlet said 2', 'Unknown
    fatalities coded as 10', 'shared by three events, 3 coded to each'): the last one stated."""
    found = [m.group(2) or m.group(1) for m in CODED.finditer(doc_text)]
    return int(found[-1]) if found else None


def split_factor(sent_text: str, doc_text: str) -> int:
    """How many events a toll is told 'across' ('killed across both attacks', 'across the attacks'
    after 'one of four linked attacks'; 'in the ensuing clashes' after it): the toll is shared, 1 when it is not."""
    m = ACROSS.search(sent_text)
    if m is None:
        # dead "in the ensuing clashes" of a record told as "one of 3 linked raids": the toll of all three
        one = ONE_OF.search(doc_text) if IN_ALL.search(sent_text) else None
        k = count_word(one.group("n")) if one else None
        return k if k and k > 1 else 1
    if m.group("both"):
        return 2
    k = count_word(m.group("n") or m.group("part"))     # ('across two of the attacks': those two)
    if k is None and not m.group(0).lower().startswith("across this"):
        one = ONE_OF.search(doc_text)
        k = count_word(one.group("n")) if one else None
    return k if k and k > 1 else 2


def target_tokens(triggers) -> set[int]:
    """Tokens describing the target of a violent trigger ('targeting demonstrators calling for X',
    'a gathering celebrating a ceasefire'): what they name is no event of its own."""
    out: set[int] = set()
    for t in triggers:
        if t.role not in ("violent", "method"):
            continue
        heads = list(target_heads(t.token))
        for c in t.token.children:
            if c.dep_ in ("acl", "advcl", "xcomp") and _lemma(c) == "target":
                heads += [d for d in c.children if d.dep_ == "dobj"]
        for h in heads:
            out.update(x.i for x in h.subtree)
    return out


def generic_plural(trigs) -> bool:
    """Only bare plural nouns ('arbitrary arrests, extrajudicial killings'): a kind of act, not an event."""
    heads = [_nominal_head(t.token) for t in trigs]
    return all(h.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss", "nummod") for c in h.children)
               for h in heads)


def _admin1_of(p) -> str | None:
    return p.name if p.feature == "admin1" else p.admin1


def lead_place(places: list, since: int, before: int):
    """The scene the previous sentence set for a sentence naming no place of its own ('In X, Y, police
    raided a slum. A shoot-out broke out'): the first town named in [since, before), when all its
    places lie in one province of one country; None when it names none or several provinces."""
    prior = [p for p in places if since <= p.span.start and p.span.end <= before and p.feature != "country"]
    if not prior or len({(p.country, _admin1_of(p)) for p in prior}) != 1 or _admin1_of(prior[0]) is None:
        return None
    towns = [p for p in prior if p.feature != "admin1"]
    return (towns or prior)[0]


def document_province(places: list, country: str | None):
    """The province a text tells its story in: when every place it names in `country` below the
    country itself lies in one first-level division ("a village near the city of Gombe", "Sukma
    district ... Chhattisgarh"), that division, else None. An event whose sentence names no place
    happened there as far as the text says; a text naming two provinces leaves it at the country."""
    inside = [p for p in places if p.country == country and p.feature != "country"]
    if not inside or len({_admin1_of(p) for p in inside}) != 1 or _admin1_of(inside[0]) is None:
        return None
    own = next((p for p in inside if p.feature == "admin1"), None)
    if own is not None:
        return replace(own, precision=3)
    from ..knowledge.gazetteer import default_gazetteer
    found = default_gazetteer().admin1(country, _admin1_of(inside[0]))
    if found is None:
        return None
    return PlaceMention(span=inside[0].span, text=inside[0].text, name=found.name, country=country,
                        admin1=found.name, lat=found.lat, lon=found.lon, geonameid=found.geonameid,
                        iso=found.admin1_code, feature="admin1", precision=3)


_DIVISIONS = "province|region|state|governorate|department|division|oblast|prefecture|county|territory"
_DIVISION_WORDS = re.compile(rf"(?i)(?:['’]s?$|\s+(?:{_DIVISIONS})$)")
_NOTATION_AFTER = re.compile(rf"(?i)^(?:\s+(?:{_DIVISIONS}))?\s*"
                             r"(?:,\s*(?P<country>[A-Z][\w' .-]+?)\s*[.;:]|\)|(?P<end>[.;]))")


def _notation(text: str, p, country: str | None, places: list) -> bool:
    """The division is named the way coders write a place down: 'Mirvan, Lower district, Eastern province,
    Freedonia.', '(Mirvan, Eastern)' or 'in Lower district, Eastern.', not in running prose ('in the hilly
    Eastern province', 'Mirvan, Eastern province, saw ...')."""
    m = _NOTATION_AFTER.match(text[p.span.end:p.span.end + 60])
    if m is None:
        return False
    if m.group("end"):                         # 'in Lower district, Eastern.': the last link of a chain of places
        return any(q.span.end <= p.span.start and re.fullmatch(r"(?:\s+(?:district|city|town|village|area))?,\s*",
                                                               text[q.span.end:p.span.start]) for q in places)
    if m.group("country") is None:
        return "(" in text[max(0, p.span.start - 60):p.span.start].rsplit(")", 1)[-1]
    return bool(country) and m.group("country").strip().casefold() == country.casefold()


def as_written(places: list, country: str | None, admin1: str | None, text: str) -> str | None:
    """The first-level division `admin1` spelled as the text's own place notation writes it ('..., Sari Pul
    province, Afghanistan.' for the gazetteer's Sar-e Pol, '..., Far North, Cameroon.' for Extreme-Nord):
    one of the spellings the places pack knows for that very division, never an abbreviation ('KP'); the
    gazetteer's name otherwise (prose spells a province as it likes; the standard name stays), and always where
    that name is ACLED's own spelling ('Tillabery' in the notation is Tillaberi: `names.yaml` `coded_spellings`)."""
    from ..knowledge.gazetteer import default_gazetteer
    if not admin1 or default_gazetteer().coded_spelling(country, admin1):
        return admin1
    for p in places:
        if p.feature != "admin1" or p.name != admin1 or p.country != country or not _notation(text, p, country, places):
            continue
        written = _DIVISION_WORDS.sub("", p.text.strip()).strip()
        written = re.sub(r"(?i)^the\s+", "", written)
        if written == admin1 or len(written) < 4 or written.isupper() or not written.isascii():
            continue
        found = default_gazetteer().admin1(country, written)
        if found is not None and found.name == admin1:
            return written
    return admin1


def coded_level(places: list, ev) -> str | None:
    """The event's first-level division at the level ACLED codes it in countries where that is not GeoNames'
    first (`Gazetteer.coded_admin1`); the districts the text names tell Uganda's ("Kakiri (Wakiso district)")."""
    from ..knowledge.gazetteer import default_gazetteer
    told = [p.name for p in places if p.feature == "district" and p.country == ev.country]
    return default_gazetteer().coded_admin1(ev.country, ev.admin1, ev.location, (ev.latitude, ev.longitude), told)


def tree_distance(a, b) -> int:
    """Dependency steps between two tokens of one sentence (through their lowest common head)."""
    up = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for m, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return up[t.i] + m
    return 99


def casualty_owners(sent, groups, lex: Lexicon) -> dict[int, int]:
    """Which of a sentence's event groups each death or injury word belongs to: the group with the
    nearest trigger in the parse ('the army killed X in an air raid, in response to the mortar
    attack on Y that killed nine farmers': the nine are the mortar attack's)."""
    words = lex.words["fatality_words"] | lex.words["injury_words"]
    out: dict[int, int] = {}
    # a group of strategic developments only ('two others were arrested') owns a death only when no violence does
    calm = [all(lex.event_type.get(t.cls.sub) == "Strategic developments" for t in g[0]) for g in groups]
    for tok in cue_tokens(sent, words):
        below = {d.i for d in tok.subtree} - {tok.i}     # "26 died after a bomb ripped into ...": its cause
        out[tok.i] = min(range(len(groups)), key=lambda g: (
            calm[g], not any(t.token.i in below for t in groups[g][0]),
            min(tree_distance(tok, t.token) for t in groups[g][0]), g))
    return out


def counted_events(trigs) -> int:
    """'in two airstrikes': how many events a plural trigger counts (0 when it counts none)."""
    for t in trigs:
        if t.token.tag_ in ("NNS", "NNPS"):     # "two airstrikes", "two government airstrikes"
            mods = [m for c in t.token.children for m in (c, *(c.children if c.dep_ == "compound" else ()))]
            for c in mods:
                q = parse_quantity(c.text) if c.dep_ == "nummod" and c.like_num else None
                if q and q[3] == "exact" and q[2] is not None and 2 <= q[2] <= MAX_ONE_EVENT:
                    return int(q[2])
    return 0
