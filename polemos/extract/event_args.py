"""Event arguments from the dependency parse: perpetrator and target phrases,
victims' status, the event's own place and date, fatalities and injuries."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from types import SimpleNamespace

from ..knowledge.places.cues import load_cues
from ..model import ActorMention, PlaceMention, QuantityMention, Span, TimeMention
from .attribution import children, cue_tokens, expanded_span
from .event_lexicon import Lexicon
from .quantities import made_count

SKIP_CHILD = {"relcl", "advcl", "acl", "ccomp", "punct", "cc", "conj"}
# Places reached through these prepositions are ends of a route ('a convoy en route from Parachinar to
# Peshawar', 'fled to X'): the event's place only when nothing else is.
ROUTE_PREPS = frozenset({"from", "to", "towards", "toward"})
# 'Rask, situated 875 miles southwest of Tehran', '40km north of Gorom-Gorom': a reference point only.
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                     "north-east", "north-west", "south-east", "south-west"})


def _hint(root) -> bool:
    """A place reached as a route's end: where the event happened only when nothing else says."""
    return root.dep_ == "pobj" and root.head.lower_ in ROUTE_PREPS


FAR_KM = 50           # a reference point farther than this is not where the event happened
UNIT_KM = {"km": 1.0, "kilometre": 1.0, "kilometer": 1.0, "kms": 1.0, "mile": 1.609, "miles": 1.609}


def _bearing(root) -> bool:
    """A far reference point of a distance and bearing ('875 miles southwest of Tehran'), or the
    country across a border ('near the border with Mali'): not where the event happened. A near one
    ('40km north of Gorom-Gorom', 'east of Samarra') stays, as the place nearby."""
    prep = root.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ == "with" and prep.head.lemma_.lower() in ("border", "frontier", "boundary"):
        return True
    if prep.lower_ not in ("of", "from") or prep.head.lower_ not in COMPASS:
        return False
    return _distance_km(prep.head) > FAR_KM


def _reference_point(root) -> bool:
    """The landmark of a bearing ('south of Beirut', '40km north of X')."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("of", "from") and prep.head.lower_ in COMPASS


def _distance_km(bearing) -> float:
    """The distance written before a compass word ('875 miles southwest'), 0 when none is."""
    for t in bearing.subtree:
        unit = UNIT_KM.get(t.lower_) or UNIT_KM.get(t.lemma_.lower())
        if unit and t.i < bearing.i:
            for c in t.children:
                if c.dep_ == "nummod" and c.like_num:
                    try:
                        return float(c.text.replace(",", "")) * unit
                    except ValueError:
                        return 0.0
    return 0.0
NEAR = {"near", "outside", "around", "close", "nearby", "outskirts"}
FEATURE_RANK = {"site": 0, "city": 1, "place": 1, "district": 2, "admin1": 3, "country": 4}


class SpanIndex:
    """Mentions sorted by start offset, for lookups by character range."""

    def __init__(self, items):
        self.items = sorted(items, key=lambda m: m.span.start)
        self.starts = [m.span.start for m in self.items]
        self._reach: list[int] | None = None   # the furthest end among items[:i + 1]

    @classmethod
    def of_pairs(cls, pairs) -> SpanIndex:
        """An index of bare (start, end) character ranges."""
        return cls(SimpleNamespace(span=Span("", s, e)) for s, e in pairs)

    def starting(self, start: int, end: int) -> list:
        """The items that start in [start, end), in text order."""
        return self.items[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def _ends(self) -> list[int]:
        if self._reach is None:
            self._reach = list(accumulate((m.span.end for m in self.items), max))
        return self._reach

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any item overlaps [start, end)."""
        i = bisect_left(self.starts, end)
        return i > 0 and self._ends()[i - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Whether one item contains [start, end)."""
        i = bisect_right(self.starts, start)
        return i > 0 and self._ends()[i - 1] >= end

    def within(self, start: int, end: int) -> list:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.starts[i] < end:
            if self.items[i].span.end <= end:
                out.append(self.items[i])
            i += 1
        return out

    def at_token(self, tok):
        return self.within(tok.idx, tok.idx + len(tok.text) + 1) or [
            m for m in self.within(max(0, tok.idx - 60), tok.idx + len(tok.text))
            if m.span.start <= tok.idx < m.span.end]


_RANGES_KEY = "polemos.phrase_ranges"


def phrase_range(tok) -> tuple[int, int]:
    """Characters of a noun phrase: the token and its dependents, less clauses (walked once per document and
    token: the extractors ask again for the same arguments' phrases)."""
    cached = tok.doc.user_data.get(_RANGES_KEY)
    if cached is None:
        cached = tok.doc.user_data[_RANGES_KEY] = {}
    found = cached.get(tok.i)
    if found is None:
        found = cached[tok.i] = _phrase_range(tok)
    return found


def _phrase_range(tok) -> tuple[int, int]:
    toks = [tok]
    stack = [c for c in children(tok) if c.dep_ not in SKIP_CHILD]
    while stack:
        t = stack.pop()
        toks.append(t)
        stack.extend(c for c in children(t) if c.dep_ not in SKIP_CHILD)
    return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)


# Prepositions whose object says where, not who: skipped when looking for a phrase's actors
# ("Pakistan air strikes in an eastern region of Afghanistan" names Pakistan, not Afghanistan).
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "into", "throughout", "along", "around"})


MODIFIERS = frozenset({"poss", "compound", "nmod", "amod"})


def phrase_actors(tok, actors: SpanIndex) -> list[ActorMention]:
    """Actors named in a noun phrase, less those inside its locative phrases."""
    s, e = phrase_range(tok)
    found = actors.within(s, e)
    if not found and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):
        # a subject or object the parse split off a name ("Ansar al-Islam claimed", "between pro-X and pro-Y
        # fighters", the hyphen as the argument): the name around it
        return [m for m in actors.within(max(0, tok.idx - 80), tok.idx + 80) if m.span.start <= tok.idx < m.span.end]
    if not found and tok.dep_ in MODIFIERS:
        # the owner or first word of a known name the parse hung on the head ("X's air force", "X military
        # drones"): that name; not a provisional one, which may run over the head ("the Y Gymnasium Explosion
        # task group"), nor an unnamed side the head itself made ("Russian bombers": a demonym's country)
        return [m for m in actors.within(max(0, tok.idx - 80), tok.idx + 80)
                if m.span.start <= tok.idx < m.span.end and not m.provisional
                and not m.name.startswith("Unidentified")]
    if not found:
        return found
    where = [phrase_range(p) for c in tok.children if c.dep_ == "prep" and c.lower_ in LOCATIVE
             for p in c.children if p.dep_ in ("pobj", "pcomp")]     # (pcomp: "gunmen in what police call ...")
    where += [_subtree_range(c) for c in tok.children if c.dep_ in SKIP_CHILD and c.dep_ != "punct"
              and s <= c.idx < e]      # a conjunct or clause inside the range ("between gunmen and regime forces
    # near X": the phrase runs over "regime forces" to reach "near X", but they are the other side)
    return [m for m in found if not any(a <= m.span.start and m.span.end <= b for a, b in where)]


def _subtree_range(tok) -> tuple[int, int]:
    """Characters of a token's whole subtree."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def conjuncts(tok) -> list:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(conjuncts(c))
    return out


def _children(tok, deps) -> list:
    return children(tok, deps)


def _pobjs(tok, preps) -> list:
    out = []
    for c in children(tok, ("prep", "agent")):
        if c.dep_ == "prep" and c.lower_ in preps:
            out.extend(children(c, ("pobj",)))
            # "clashed with fighters extorting traders", parsed as a clause under the preposition: its subject
            out.extend(s for p in children(c, ("pcomp",)) if p.tag_ == "VBG" for s in children(p, ("nsubj",)))
        if c.dep_ == "agent" and "by" in preps:
            out.extend(children(c, ("pobj",)))
    return out


def on_day(tok) -> bool:
    """The word is dated to one day: 'on 5 May 2020', 'on Monday' among its phrases."""
    return any(c.lower_ == "on" and any(p.ent_type_ == "DATE" for p in children(c, ("pobj",)))
               for c in children(tok, ("prep",)))


def clause_verb(tok):
    """The verb whose clause holds `tok` (the token itself when it is a verb)."""
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


GERUND_TIES = frozenset({"after", "before", "while", "upon", "by"})   # a gerund on them shares its verb's subject
DYING = ("die", "perish")                 # verbs whose subject is the dead


def subject_of(verb):
    """nsubj of a verb, climbing through advcl/xcomp/conj verbs that lack their own."""
    v = verb
    for _ in range(4):
        subj = [c for c in _children(v, ("nsubj",)) if not _label(c, v)]
        if subj:
            return subj[0]
        if v is not verb and _children(v, ("auxpass",)):      # "X is said to have attacked"
            subj = _children(v, ("nsubjpass",))
            if subj:
                return subj[0]
        if v.dep_ == "conj" and (stray := _stray_subject(v)) is not None:
            return stray
        if v.dep_ == "ROOT" and v.tag_ == "VBD" and (stranded := _stranded_before(v.doc, v.i)):
            return stranded[0]      # "In Leon, Guanajuato, armed men who came on motorcycles attacked a man"
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.lower_ in GERUND_TIES \
                and v.head.head.pos_ in ("VERB", "AUX") and not _children(v.head.head, ("auxpass",)) \
                and v.head.head.lemma_ not in DYING:
            v = v.head.head         # "troops withdrew after raiding two villages": the clause's subject raided
            # (not a passive's nor a death's: 'five militants were killed after attacking a post', 'a gang
            # leader died after exchanging fire with police' tell the dead, the fight's other side)
            continue
        if v.dep_ in ("advcl", "xcomp", "conj", "pcomp") and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and _children(v, ("dobj",)) \
                and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head          # "commandos killed 8 militants" read as a modifier: an object, so the noun acted
        return None
    return None


def stands_for(subj):
    """The noun a pronoun subject stands for within its sentence: a relative pronoun's head noun ('villagers who
    attacked a patrol'), or for 'they' the noun subject of the clause its clause hangs on ('nine men were detained
    after they stoned a patrol'; not where that clause has an object it may stand for: 'police arrested four men
    after they robbed a shop'); for a 'they' opening a sentence's main clause, the plural subject of the sentence
    before (`_told_before`); else the subject itself."""
    low = subj.lower_
    if low in ("who", "that", "which") and subj.head.dep_ == "relcl" and subj.head.head.pos_ in ("NOUN", "PROPN"):
        return subj.head.head
    if low != "they":
        return subj
    v = subj.head
    for _ in range(3):
        if v.dep_ not in ("advcl", "conj") or v.head.i == v.i:
            break
        v = v.head
        noun = _children(v, ("nsubjpass",)) or ([] if _children(v, ("dobj",)) else _children(v, ("nsubj",)))
        if noun and noun[0].pos_ in ("NOUN", "PROPN"):
            return noun[0]
        if _children(v, ("nsubj", "nsubjpass", "dobj")):
            return subj
    if v.dep_ == "ROOT" and v.sent.start > 0:
        return _told_before(v.doc[v.sent.start - 1].sent) or subj    # "Youths gathered in the square. They
    return subj                                                       # clashed with police": the youths


def _told_before(sent):
    """The plural noun a sentence's main clause makes its subject, where it names no plural object a 'they' after it
    may stand for as well ('Police detained five men. They ...' is either)."""
    root = sent.root
    if any(o.tag_ in ("NNS", "NNPS") for o in _children(root, ("dobj",))):
        return None
    noun = (_children(root, ("nsubjpass",)) or _children(root, ("nsubj",)) or [None])[0]
    return noun if noun is not None and noun.tag_ in ("NNS", "NNPS") else None


def _label(subj, verb) -> bool:
    """A heading the parser took for a subject ("Troop movements: On 2 March, soldiers moved ..."): a colon
    stands between the noun's phrase and its verb."""
    return subj.i < verb.i and any(t.text == ":" for t in subj.doc[subj.i + 1:verb.i])


def heading(tok) -> bool:
    """A note's heading word that names the event its sentence tells ("Looting: On 2 May, X looted ..."): the
    verb it hangs on tells an event too."""
    return tok.pos_ not in ("VERB", "AUX") and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" \
        and tok.head.lemma_.lower() in _event_lemmas() and _label(tok, tok.head)


def _stray_subject(verb):
    """'... in Kadugli and the army answered': a conjoined verb's own subject right before it, which the
    parser hung on the previous clause (as a conjunct or object there)."""
    if verb.i < 2:
        return None
    prev, det = verb.nbor(-1), verb.nbor(-2)
    if prev.pos_ in ("NOUN", "PROPN") and prev.dep_ in ("conj", "pobj", "dobj") and prev.head.i < prev.i \
            and (det.lower_ in ("the", "its", "their") or prev.pos_ == "PROPN") \
            and any(t.lower_ == "and" for t in verb.doc[max(prev.i - 4, 0):prev.i]):
        return prev
    return None


# Modifiers of an event noun that never name a side ("its new emir", "the latest deadly attack").
EVALUATIVE = frozenset({"new", "recent", "latest", "last", "major", "deadly", "first", "second", "big", "large",
                        "small", "fresh", "similar", "another", "other", "previous", "early", "late", "biggest",
                        "deadliest", "worst", "largest", "serious", "brutal", "violent", "heavy", "fierce"})


def _event_lemmas():
    from .event_lexicon import load_lexicon
    return load_lexicon().single


def _words(name: str) -> frozenset[str]:
    """A named word list of the event lexicon (empty when the pack lacks it)."""
    from .event_lexicon import load_lexicon
    return load_lexicon().words.get(name, frozenset())


def _act_verbs() -> frozenset[str]:
    return _words("act_verbs")


def _mine_struck(tok):
    """The verb of whoever ran into a charge laid for them ('a patrol vehicle struck a landmine', 'a soldier stepped
    on a mine', 'the truck ran over an IED'): its subject is the charge's victim, not who laid it; None else."""
    from .event_lexicon import load_lexicon
    words = load_lexicon().words
    if tok.lemma_.lower() not in words.get("laid_charges", ()):
        return None
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in (
        "on", "over", "into") else None
    return verb if verb is not None and verb.lemma_.lower() in words.get("charge_victim_verbs", ()) else None


def under_fire(tok):
    """The verb whose subject underwent the event `tok` tells ('a convoy came under fire from X', 'came under heavy
    shelling'): `tok` the verb itself or the noun under it; None else."""
    from .event_lexicon import load_lexicon
    verbs = load_lexicon().words.get("under_verbs", ())
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_.lower() in verbs:
        return tok.head.head
    if tok.lemma_.lower() in verbs and any(c.dep_ == "prep" and c.lower_ == "under" for c in tok.children):
        return tok
    return None


def _from_whom(verb) -> list:
    """'came under fire from militants', 'came under attack by X': the attacker under the verb or its noun."""
    nouns = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for p in c.children
             if p.dep_ == "pobj"]
    return [x for h in (verb, *nouns) for x in _pobjs(h, {"from", "by"})]


def runs_into_charge(verb) -> bool:
    """The verb tells its subject running into a charge ('the vehicle struck a landmine')."""
    objs = children(verb, ("dobj",)) + [p for c in children(verb, ("prep",)) for p in children(c, ("pobj",))]
    return any((v := _mine_struck(c)) is not None and v.i == verb.i for c in objs)


def _aimed_verbs() -> frozenset[str]:
    from .event_lexicon import load_lexicon
    return load_lexicon().words.get("aimed_verbs", frozenset())


def shared_modifiers(noun) -> list:
    """The words before the first of coordinated nouns, which a later one shares ('Russian rocket and tank
    shelling': 'Russian' is the shelling's too); none for a noun that is not such a later conjunct."""
    first = noun.head
    if noun.dep_ == "conj" and first.pos_ == "NOUN" and first.i < noun.i:
        return [c for c in first.children if c.i < first.i]
    return []


def partaken(tok):
    """The verb a noun is the 'in' phrase of, when its subject took part in what the noun names ('X and Y
    engaged in a firefight'), else None."""
    from .event_lexicon import load_lexicon
    prep = tok.head
    if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "in" and prep.head.pos_ == "VERB" \
            and prep.head.lemma_.lower() in load_lexicon().words.get("partake_verbs", ()):
        return prep.head
    return None


def _conjoined_heads(tok) -> list:
    """The verbs a conjunct hangs on, up to the first of the chain ('taken' in 'killed, wounded or taken',
    whose middle participle the parse may hang on the first as an adverbial clause)."""
    out = []
    while (tok.dep_ == "conj" or (tok.dep_ == "advcl" and tok.tag_ == "VBN" and out)) and tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
    return out


def perpetrator_heads(trig) -> list:
    """Heads of the phrases naming who did it (who ordered it first: 'carried out on the orders of X'; the side
    whose hold a passive release ends: 'freed from rebel jails')."""
    ordered = _ordered_by(trig)
    doers = ordered + [h for h in _doers(trig) if h not in ordered] if ordered else _doers(trig)
    return doers or held_by(trig)


def held_by(verb) -> list:
    """The side a passive act names only as holding its people ('soldiers were freed from Taliban jails', 'released
    from rebel custody'): the modifier of its 'from' prison, jail or custody (`holding_places`)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
            if p.dep_ == "pobj" and p.lemma_.lower() in _words("holding_places")
            for m in p.children if m.dep_ in ("compound", "poss", "amod", "nmod")]


def _ordered_by(trig) -> list:
    """The named group whose orders the act followed ('on the orders of X', 'on X's orders', 'on X orders'), told
    on the trigger, its clause's verb or a participle on either ('the bombing, carried out on X's orders')."""
    verb = clause_verb(trig)
    hosts = {trig.i, verb.i}
    hosts |= {c.i for h in (trig, verb) for c in h.children if c.dep_ in ("acl", "relcl", "conj", "advcl")
              and c.tag_ == "VBN"}
    out = []
    for prep in (c for i in sorted(hosts) for c in trig.doc[i].children):
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for order in prep.children:
            if order.dep_ != "pobj" or order.lemma_.lower() not in _words("order_nouns"):
                continue
            givers = _pobjs(order, {"of"}) + [c for c in order.children if c.dep_ in ("poss", "compound", "nmod")]
            out += [g for g in givers if g.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in g.children)]
    return out


def _doers(trig) -> list:
    tok = trig
    if heading(tok):
        return perpetrator_heads(tok.head)     # "Looting: ... regime forces looted ...": its clause tells who
    if (verb := under_fire(tok)) is not None:
        return _from_whom(verb)                # "a convoy came under fire from militants": the militants
    if tok.pos_ in ("VERB", "AUX"):
        agents = _pobjs(tok, {"by"}) or (_pobjs(tok, {"to"}) if tok.lemma_.lower() == "fall" else [])
        if agents:                          # ("Kabul fell to the Taliban": they took it)
            return agents
        chain = _conjoined_heads(tok) if tok.tag_ == "VBN" else []
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
                chain and any(c.dep_ == "auxpass" for c in chain[-1].children)):
            # "two guards were killed and one wounded by militants", "were killed, wounded or taken": the
            # agent of a passive verb conjoined with it
            passives = [v for c in _children(tok, ("conj",)) for v in [c, *_children(c, ("acl",))] if v.tag_ == "VBN"]
            return [p for v in passives + [h for h in chain if h.tag_ == "VBN"] for p in _pobjs(v, {"by"})]
        subj = subject_of(tok)
        if subj is None or runs_into_charge(tok) or tok.dep_ in ("advcl", "conj") and runs_into_charge(tok.head):
            return []                       # "an army vehicle struck a landmine": it laid nothing
        # "the attack, which was carried out by X, killed 12": the event noun's own author first
        return [p for a in _children(subj, ("acl", "relcl")) if a.tag_ == "VBN" and subj.pos_ == "NOUN"
                and subj.lemma_.lower() in _event_lemmas() for p in _pobjs(a, {"by"})] + [subj]
    heads = _pobjs(tok, {"by"}) + [c for c in _children(tok, ("poss", "compound", "amod", "nmod"))
                                    if c.tag_ != "PRP$" and c.lower_ not in EVALUATIVE]    # "by X" names the author
    while not heads and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
        tok = tok.head           # "its artillery bombardment": the phrase the weapon word modifies
        heads = _pobjs(tok, {"by"}) + [c for c in _children(tok, ("poss", "compound", "amod", "nmod"))
                                        if c.tag_ != "PRP$" and c.lower_ not in EVALUATIVE and c.i != trig.i]
    heads += [c for c in shared_modifiers(tok) if c.dep_ in ("poss", "compound", "amod", "nmod")
              and c.tag_ != "PRP$" and c.lower_ not in EVALUATIVE]
    # "the offensive launched by X"
    heads += [p for a in _children(tok, ("acl",)) if a.tag_ == "VBN" for p in _pobjs(a, {"by"})]
    if _mine_struck(tok) is not None:
        return heads                        # "an army vehicle struck a landmine": who ran into it laid nothing
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _words("sequence_verbs"):
        heads = _pobjs(tok.head, {"by"}) + heads   # "skirmishes followed air strikes by X": the parser's agent of
        # the verb of sequence
    named = heads if tok.lemma_.lower() in _words("unidentified") else [
        h for h in heads if not any(w.lemma_.lower() in _event_lemmas() for w in h.subtree)]   # "an IED blast",
    # "a home-made mine (IED) explosion": the charge's words before the event noun name no doer
    # ("arrested a suicide bomber": the man is the event's, not the arresters')
    if tok.dep_ in ("dobj",) and tok.head.pos_ == "VERB" and (not named or (
            not any(h.pos_ == "PROPN" for h in named) and tok.head.lemma_.lower() in _act_verbs())):
        subj = subject_of(tok.head)        # "X launched a dawn raid": no name among the modifiers, so
        heads = ([subj] if subj is not None else []) + heads   # X before them ("a drone attack": not a state's)
    if tok.dep_ == "nsubjpass" and tok.head.pos_ == "VERB":
        heads += _pobjs(tok.head, {"by"})    # "a grenade was hurled by X at Y", "the bomb was planted by X"
    if not heads and tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "NOUN"):
        gov = tok.head.head
        heads = _pobjs(gov, {"by"}) if gov.pos_ == "VERB" else []
    if (verb := partaken(tok)) is not None and (subj := subject_of(verb)) is not None:
        heads = heads + [subj]             # "the ELN and the army engaged in a gunfight"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("as", "with") and tok.head.dep_ == "prep" \
            and tok.head.head.pos_ == "VERB":
        subj = subject_of(tok.head.head)      # "X elected Y as its new emir", "X retaliated with missile attacks"
        heads = heads + ([subj] if subj is not None else [])
    return heads


QUANTITY_NOUNS = {"total", "number", "lot", "quantity", "cache", "stockpile", "batch", "consignment", "haul",
                  "pair", "set", "couple", "dozen", "dozens", "hundreds", "hundred", "thousand", "thousands", "amount",
                  "stash", "stock", "ton", "tonne", "kilogram", "kilo", "kg", "gram", "pound", "package", "pack", "bag",
                  "sack", "load", "shipment"}


def counted_of(head) -> list:
    """What a quantity noun counts ('a total of 56 posts', 'an unknown number of checkpoints'): the heads of its
    'of' phrase; none for any other noun."""
    if head.lemma_.lower() not in QUANTITY_NOUNS:
        return []
    return [p for pr in head.children if pr.dep_ == "prep" and pr.lower_ == "of" for p in pr.children
            if p.dep_ == "pobj"]


def target_heads(trig) -> list:
    """Heads of the phrases naming the target or victims."""
    tok = trig
    if heading(tok):
        return target_heads(tok.head)
    out = _patients(tok) + _pobjs(tok, {"on", "against", "at", "of", "targeting"})
    if any(c.dep_ == "dobj" and c.lemma_ == "fire" for c in tok.children):
        out += _pobjs(tok, {"to"})          # "set fire to a police station": what burned
    out = [c for h in out for c in (counted_of(h) or [h])]     # "attacked a number of posts": the posts
    verb = _mine_struck(tok) or (tok if runs_into_charge(tok) else None) or under_fire(tok)
    if verb is not None and (subj := subject_of(verb)) is not None:
        out.append(subj)                    # "an army vehicle struck a landmine": the vehicle's crew
    if tok.pos_ == "NOUN":                  # "the assault mounted by X against Y": the parser may hang the
        for a in _children(tok, ("acl",)):  # target on the participle or on its agent
            if a.tag_ == "VBN":
                out += _pobjs(a, {"against", "on", "targeting"}) + [
                    t for ag in _pobjs(a, {"by"}) for t in _pobjs(ag, {"against"})]
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and c.lemma_ in ("target", "kill", "injure", "wound"):
            out += _children(c, ("dobj",))
        elif c.dep_ == "acl" and c.lemma_ == "target" and not _children(c, ("dobj",)):
            out += [o for x in _children(c, ("xcomp",)) for o in _children(x, ("dobj",))]   # "strikes targeting
            # presumed X positions": the parser may read the qualifying participle as a verb holding the object
        elif c.dep_ == "relcl" and tok.pos_ == "NOUN" and c.lemma_ in ("target", "kill", "injure", "wound", "hit") \
                and any(s.dep_ == "nsubj" and s.tag_ == "WDT" for s in c.children):
            out += _children(c, ("dobj",))    # "a raid which wounded two guards": what the raid did
    return [x for h in out for x in conjuncts(h)]


AIMED_PREPS = frozenset({"on", "against", "at", "targeting"})


def weapon_targets(trig) -> list:
    """'threw a grenade at soldiers', 'a bomb was hurled at the police': the target of the act the weapon is
    the object of; 'artillery strikes on X': of the act noun the weapon word modifies; 'jets pounded X',
    'pounded X with airstrikes': of the verb the aircraft or weapon serves ('aimed_verbs'); 'the air force
    conducted strikes on X': of the act its subject conducted."""
    if trig.pos_ != "NOUN":
        return []
    verb = trig.head
    if trig.dep_ == "compound" and verb.pos_ == "NOUN" and verb.i != trig.i:
        return [x for h in _pobjs(verb, AIMED_PREPS) for x in conjuncts(h)] + weapon_targets(verb)
    if trig.dep_ == "pobj" and verb.lower_ == "with" and verb.dep_ == "prep":
        verb = verb.head                       # "pounded X with airstrikes"
    elif trig.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return []
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or verb.i == trig.i:
        return []
    if lemma in _aimed_verbs() and trig.dep_ != "dobj":
        heads = _patients(verb) + _pobjs(verb, AIMED_PREPS)
    elif lemma in _act_verbs() and trig.dep_ == "nsubj":
        heads = [p for o in _children(verb, ("dobj",)) if o.lemma_.lower() in _event_lemmas()
                 for p in _pobjs(o, AIMED_PREPS)]
    elif lemma in _act_verbs() and trig.dep_ != "nsubj":
        heads = _pobjs(verb, AIMED_PREPS)
    else:
        return []
    return [x for h in heads if h.i != trig.i for x in conjuncts(h)]


def _stranded_subject(verb) -> list:
    """'In Tefe, Amazonas, a trader was shot dead': spaCy may hang 'a trader' on the state as an apposition and
    leave the passive verb without a subject; the noun phrase right before its auxiliary is then the subject."""
    aux = next((c for c in children(verb, ("auxpass",)) if c.i < verb.i), None)
    return _stranded_before(verb.doc, aux.i) if aux is not None else []


def _stranded_before(doc, i: int) -> list:
    """The noun phrase that ends right before token i when the parser hung it on an earlier place as an
    apposition or conjunct ('In Leon, Guanajuato, armed men who came on motorcycles attacked a man')."""
    if i == 0:
        return []
    noun = doc[i - 1]                      # "a fugitive from the prison was killed": up to the phrase's head
    while noun.dep_ not in ("appos", "conj") and noun.head.i < i and noun.head.i != noun.i:
        noun = noun.head
    return [noun] if noun.pos_ in ("NOUN", "PRON") and noun.dep_ in ("appos", "conj") else []


def victims_of(fat_tok) -> list:
    """Victim nouns of a fatality/injury word (killed, died, dead)."""
    if fat_tok.pos_ in ("VERB", "AUX"):
        heads = _children(fat_tok, ("nsubjpass", "dobj"))
        if not heads and fat_tok.lemma_ in DYING:
            heads = _children(fat_tok, ("nsubj",))
        if fat_tok.dep_ == "relcl" and [h.lower_ for h in heads] in (["who"], ["that"]):
            heads = []                      # "shot a trader, who later died": the relative pronoun's noun
        if not heads and fat_tok.dep_ in ("acl", "relcl", "amod"):
            heads = [fat_tok.head]
        if not heads and fat_tok.dep_ in ("xcomp", "oprd", "advcl") and fat_tok.tag_ == "VBN" and \
                fat_tok.head.pos_ == "VERB" and not _children(fat_tok, ("mark", "nsubj", "advmod")):
            heads = _children(fat_tok.head, ("nsubjpass",))   # "were reported killed", "are feared killed"
        if not heads and fat_tok.dep_ in ("advcl", "xcomp", "oprd", "ccomp") and fat_tok.head.lemma_ == "leave":
            heads = _children(fat_tok.head, ("dobj",))        # "left one guard killed and two hurt"
        if not heads and fat_tok.dep_ == "conj" and fat_tok.tag_ == "VBN" and fat_tok.head.tag_ == "VBN":
            heads = _children(fat_tok.head, ("nsubjpass",))   # "the guards were shot and killed": the first verb's
        if not heads:
            heads = _stranded_subject(fat_tok)
        return [x for h in heads for x in conjuncts(h)]
    if fat_tok.dep_ == "amod":
        return [fat_tok.head]
    if fat_tok.pos_ == "NOUN" and fat_tok.dep_ == "dobj" and fat_tok.head.lemma_ == "lose":
        return [x for h in _children(fat_tok.head, ("nsubj",)) for x in conjuncts(h)]   # "nine people lost their lives"
    if fat_tok.pos_ == "NOUN":          # "the death of at least 27 members", "the loss of 27 lives"
        of = [p for c in fat_tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
        if of:
            return [x for h in of for x in conjuncts(h)]
        if fat_tok.dep_ == "dobj":          # "officials put the death toll at 45": the figure the verb sets it at
            at = [p for c in fat_tok.head.children if c.dep_ == "prep" and c.lower_ == "at"
                  for p in c.children if p.dep_ == "pobj"]
            if at:
                return at
        owner = [c for c in fat_tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        if owner and fat_tok.lemma_ == "death":        # "shot a civilian, resulting in his death": he
            return owner
        if fat_tok.lemma_ in REMAINS:                  # "a farmer's body lay in a field": the farmer; "found his
            owners = [c for c in fat_tok.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN", "PRON")]
            return owners[:1] if owners and owners[0].pos_ == "PRON" else [   # body": he ("his/her body": one)
                x for c in owners for x in conjuncts(c)]
        if fat_tok.lemma_ == "death" and fat_tok.dep_ == "pobj" and fat_tok.head.lower_ == "to" \
                and fat_tok.head.head.pos_ == "VERB":      # "was shot to death", "stabbed a man to death"
            verb = fat_tok.head.head
            heads = _patients(verb)
            while not heads and verb.dep_ == "conj":      # "was kicked and hacked to death": the first verb's
                verb = verb.head
                heads = _patients(verb)
            return [x for h in heads for x in conjuncts(h)]
    if fat_tok.dep_ in ("acomp", "oprd", "advmod", "xcomp", "ccomp") and fat_tok.head.pos_ == "VERB" or (
            fat_tok.dep_ == "prep" and fat_tok.pos_ == "ADJ" and fat_tok.head.pos_ == "VERB"):
        # "shot dead a trader", also where the parser hangs "dead" on the verb as a preposition; "left at least
        # four people dead" parsed as a small clause: the adjective's own subject
        heads = _patients(fat_tok.head) or _children(fat_tok, ("nsubj",))
        return [x for h in heads for x in conjuncts(h)]
    if fat_tok.dep_ == "amod" and fat_tok.head.dep_ == "dobj" and fat_tok.head.head.pos_ == "VERB" \
            and fat_tok.i == fat_tok.head.head.i + 1:
        return conjuncts(fat_tok.head)      # "shot dead Abdul Karim": the parser reads "dead" on the name
    if fat_tok.pos_ == "ADJ" and fat_tok.dep_ == "ROOT":
        # "gunmen on a scooter shot dead a herder": the parser reads "a scooter shot" as a noun and makes
        # "dead" the root, with the victim its object
        return [x for h in _children(fat_tok, ("dobj",)) for x in conjuncts(h)]
    return []


def _patients(verb) -> list:
    """Who a verb of harm was done to: its object or passive subject ('was shot dead', 'stabbed a man'); for a
    passive with neither that hangs on a clause ('a patrol took losses after being struck by a mine',
    'a patrol was ambushed while being escorted'), that clause's subject."""
    found = _children(verb, ("dobj", "nsubjpass")) or _stranded_subject(verb)
    if not found and verb.dep_ in ("pcomp", "advcl") and _children(verb, ("auxpass",)):
        host = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if host.pos_ in ("VERB", "AUX") and host.i != verb.i and (subj := subject_of(host)) is not None:
            found = [subj]
    return found


def retired(head, lex: Lexicon) -> bool:
    """A soldier, a policeman or a fighter who has left the force ('a former army colonel', 'a retired police
    inspector', 'former FARC members'): ACLED codes them civilians."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in lex.words["retired_qualifiers"]
               for c in head.children)


def left_the_force(mention, top, lex: Lexicon) -> bool:
    """The force is named in the phrase of one who left it ('a retired army colonel', 'two civilians including a
    former army officer'): a noun between the name and the victim phrase's head has a retired qualifier."""
    tok = next((w for w in top.subtree if w.idx == mention.span.start), None)
    while tok is not None:
        if tok.pos_ in ("NOUN", "PROPN") and retired(tok, lex):
            return True
        if tok.i == top.i or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def status_of(head, actors: SpanIndex, places: SpanIndex, lex: Lexicon) -> str | None:
    """'armed', 'civilian', 'prisoner', 'place' or None for one target/victim phrase."""
    cls = lex.victim_class(head.lemma_.lower())
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.words["civilian_qualifiers"]
           for c in head.children):
        return "civilian"                   # "the Abu Shouk displacement camp": the displaced, not a garrison
    if retired(head, lex):
        return "civilian"                   # "a retired army colonel", "former FARC members": out of the force
    if cls == "prisoner" or (cls == "civilian" and head.lemma_.lower() in lex.words["civilian_sites"]):
        # "the Taliban's own Ministry of Foreign Affairs": a civilian site, whoever owns it
        return cls
    for m in phrase_actors(head, actors):
        if m.kind in ("armed_group", "state_force", "rebel", "militia"):
            return "civilian" if left_the_force(m, head, lex) else "armed"   # "X, a former militia commander"
        if m.kind == "civilians":
            return "civilian"
        if m.kind == "person" and (m.role or "") in ("leader", "commander", "fighter", "emir", "militant"):
            return "armed"
    if head.lemma_.lower() in lex.words["inhabited_places"] and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children) and not any(
            lex.victim_class(c.lemma_.lower()) == "armed" for c in head.children):
        return "civilian"                   # "a Roma camp", "a Rohingya settlement": a people's, no armed side's
    if cls:
        return cls
    for c in head.children:
        if c.dep_ in ("compound", "amod"):
            sub = lex.victim_class(c.lemma_.lower())
            if sub:
                return sub
    if head.lemma_.lower() in lex.words["membership_nouns"]:
        for of in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in of.children if c.dep_ == "pobj"):
                if (status := status_of(obj, actors, places, lex)) is not None:
                    return status      # "one member of a rebel faction": what the faction is
    # whom one kills or kidnaps is a person, whatever word the lexicon lacks ("a farmhand was stabbed")
    harmed = head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in lex.words["person_harm_verbs"]
    if places.at_token(head):
        people = next((a for a in head.children if a.dep_ == "appos" and a.pos_ == "NOUN"), None)
        if people is not None and harmed:
            status = status_of(people, actors, places, lex)   # "in X, Y, a cobbler and a nurse were shot": the
            return status if status not in (None, "place") else "civilian"   # parser made the place the subject
        return "place"
    return "civilian" if harmed and head.pos_ == "NOUN" else None


def detention_site(trig, places: list[PlaceMention], sdoc, lex: Lexicon) -> bool:
    """The event happened in a prison or detention place (its victims are detainees)."""
    words = lex.words.get("detention_places", frozenset())
    for p in places:
        span = expanded_span(sdoc, p.span.start, p.span.end)
        if span is not None and any(t.lemma_.lower() in words for t in span) and (
                _dep_distance(span.root, trig) is not None or _dep_distance(span.root, clause_verb(trig)) is not None):
            return True
    return False


def _dep_distance(a, b, limit: int = 8) -> int | None:
    """Steps from token a up its head chain to b (None when b is not an ancestor)."""
    t = a
    for n in range(limit):
        if t.i == b.i:
            return n
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _ancestor(a, b) -> bool:
    """a is b or one of b's heads."""
    return a.i == b.i or any(x.i == a.i for x in b.ancestors)


def _relative_subject(tok) -> bool:
    """A clause whose subject is a relative pronoun ('... and which pledged allegiance'), however
    the parse attached it."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                                              for c in tok.children)


def foreign(head, trig, reporting: frozenset = frozenset()) -> str | None:
    """Whose clause the mention with head `head` belongs to when it is not the trigger's:
    'relative' for a relative clause on another noun ('the group, which pledged allegiance in 2019,
    carried out the attack'), 'reporting' for the reporting verb above the trigger ('..., residents
    said by telephone from Bunia'); None when it is the trigger's own."""
    verb = clause_verb(trig)
    t = head
    for _ in range(12):
        if t.i in (trig.i, verb.i):
            return None
        if (t.dep_ == "relcl" or _relative_subject(t)) and t.head.i not in (trig.i, verb.i) and not _ancestor(t, trig):
            return "relative"
        if t.lemma_.lower() in reporting and t.pos_ in ("VERB", "AUX") and _ancestor(t, trig):
            return "reporting"
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _attached(mentions, trig, sdoc, rank=None, reporting: frozenset = frozenset(), weak: bool = False,
              route: bool = False, acts: frozenset = frozenset(), contrast: frozenset = frozenset()):
    """The mention best attached to the trigger (dependency path, then token distance). Mentions of
    a relative clause on another noun attach only as a place (`route`) where nothing else does, and not
    where someone came from or went to; those of the reporting clause attach only when `weak` allows it and
    nothing else does (where the speaker is: a hint at the event's place)."""
    verb = clause_verb(trig)
    best, key = None, None
    for m in mentions:
        span = expanded_span(sdoc, m.span.start, m.span.end)
        if span is None:
            continue
        head = span.root
        whose = foreign(head, trig, reporting)
        if (whose == "relative" and not (route and not _bound_for(head) and not _own_event(head, acts)
                                         and not _in_reporting(head, trig, reporting))) \
                or (whose == "reporting" and not weak):
            continue
        d = _dep_distance(head, trig)
        if d is None and route and getattr(m, "feature", None) in ("city", "site", "district", "place"):
            d = _phrase_depth(head, trig)   # 'a grenade at a stall at the heart of the village of X'
        if d is None and trig.dep_ == "compound" and (d1 := _dep_distance(head, trig.head)) is not None:
            d = d1 + 1                      # "the Friday car bomb attack in Gao": the noun the trigger modifies
        if d is None:
            d2 = _dep_distance(head, verb)
            d = 10 + d2 if d2 is not None else 30 + min(abs(head.i - trig.i), 50)
        if whose == "relative":
            d += 200                # "shot a farmer carrying bread to army posts in X": X, where nothing else is
        elif whose:
            d += 100
        elif route and _hint(head):
            d += 60
        if contrast and _contrasted(head, trig, contrast):
            d += 20                 # "clashed with X in A, while factions fought in B": A
        if _end_bound(head):
            d += 100                # "a curfew until Sunday night": when it ends, not when it began
        if route and _reference_point(head):
            d += 10                 # "in the Sadr City district, east of Baghdad": the place outranks its landmark
        k = (d, rank(m) if rank else 0, abs(head.i - trig.i))
        if key is None or k < key:
            best, key = m, k
    return best


def _end_bound(head) -> bool:
    """The mention is the object of 'until' or 'till', straight or through 'the end of'."""
    for a in list(head.ancestors)[:3]:
        if a.dep_ == "prep" and a.lower_ in ("until", "till"):
            return True
        if a.dep_ not in ("pobj", "prep"):
            return False
    return False


def _contrasted(head, trig, marks: frozenset) -> bool:
    """The mention lies in an adverbial clause under the trigger that a word of `marks` opens and that has a subject
    of its own ('..., while rival factions fought in B')."""
    for a in head.ancestors:
        if a.i == trig.i:
            return False
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in a.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children):
            return _ancestor(trig, a)
    return False


PHRASE_DEPTH = 12     # a place this deep in the trigger's own noun phrase is still its place


def _phrase_depth(head, trig) -> int | None:
    """Steps from the mention up to the trigger when it hangs under it through nouns and prepositions only, or a
    participle placing the weapon ('a grenade thrown into a bar in ...'); None through a clause of its own ('a tank
    belonging to X ...') or deeper than PHRASE_DEPTH."""
    t = head
    for n in range(PHRASE_DEPTH):
        if t.i == trig.i:
            return n
        if (t.pos_ in ("VERB", "AUX") and not (t.dep_ == "acl" and t.tag_ == "VBN")) or t.head.i == t.i:
            return None
        t = t.head
    return None


def _own_event(head, acts: frozenset) -> bool:
    """The relative clause holding the mention tells an event of its own ('a man who died of wounds from riots in
    X', 'suspects who killed tourists in Y')."""
    return any(w.lemma_.lower() in acts for a in (head, *head.ancestors) if a.dep_ == "relcl" for w in a.subtree)


def _in_reporting(head, trig, reporting: frozenset) -> bool:
    """The mention lies in the clause that reports the event ('..., X told reporters beside Y, who arrived in
    Z'): where the speaker or his company is, not the event."""
    return any(a.lemma_.lower() in reporting and a.pos_ in ("VERB", "AUX") and _ancestor(a, trig)
               for a in head.ancestors)


def _bound_for(head) -> bool:
    """A place someone came from or was going to ('who had fled from X', 'who was travelling to Y')."""
    return head.dep_ == "pobj" and head.head.lower_ in ("from", "to", "toward", "towards", "into")


def _bearing_place(p: PlaceMention, sdoc, trig=None) -> bool:
    span = expanded_span(sdoc, p.span.start, p.span.end)
    return span is not None and (_bearing(span.root) or (trig is not None and _motive(span.root, trig)))


REMAINS = frozenset({"body", "corpse", "remain", "cadaver"})     # whose they were is whose death they tell
# Nouns of a motive: a place under them is what the act answers or supports, not where it happened
# ("targeted in response to violations against Palestine", "in solidarity with Gaza").
MOTIVES = frozenset({"response", "solidarity", "support", "retaliation", "revenge", "reprisal", "violation"})


def _motive(root, trig) -> bool:
    """A motive noun lies between the place and the trigger (the trigger itself is not the motive's event), written
    before the place: a noun ('in support of X'), not a verb ('troops supported by aircraft in X') nor a noun the
    parser hung the place under from behind ('marched in X asking for support')."""
    verb = clause_verb(trig)
    for a in root.ancestors:
        if a.i in (trig.i, verb.i):
            return False
        if a.lemma_.lower() in MOTIVES and a.pos_ == "NOUN" and a.i < root.i:
            return not _ancestor(a, trig)
    return False


def _origin(p: PlaceMention, sdoc) -> bool:
    """A place a person is of or from ('Ramesh Kumar of Bihar', 'a trader from Kano'): where they hail from, which
    gives way to another place the sentence tells."""
    span = expanded_span(sdoc, p.span.start, p.span.end)
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in ("of", "from"):
        return False
    person = span.root.head.head
    return person.ent_type_ == "PERSON" or person.lemma_.lower() in _words("people_nouns") or (
        person.tag_ == "NNP" and not person.ent_type_ and any(c.dep_ == "compound" for c in person.children))
    # (an untagged two-word name: "Ramesh Kumar of Bihar")


def _seat_acting(p: PlaceMention, trig, sdoc) -> bool:
    """A city that acts as the subject of the trigger's clause ('Moscow sent troops to crush the protests in
    Almaty'): the government seated there, which gives way to another place the sentence tells; not a city that
    undergoes what is told ('Kabul fell', 'Aleppo witnessed heavy shelling')."""
    if p.feature != "city":
        return False
    span = expanded_span(sdoc, p.span.start, p.span.end)
    verb = clause_verb(trig)
    if span is None:
        return False
    befall = _words("undergo_verbs") | _words("place_subject_verbs")
    return span.root.dep_ == "nsubj" and span.root.head.i == verb.i and verb.lemma_.lower() not in befall


def _seat_told(p: PlaceMention, sdoc) -> bool:
    """'the riots alarmed Minsk, which sent police to break up the crowds': a city told as no place (not 'in X')
    whose relative clause tells it answering the events (`seat_responses`) is its government, in the whole
    sentence, and no place of its events."""
    if p.feature != "city":
        return False
    span = expanded_span(sdoc, p.span.start, p.span.end)
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ != "of" or root.head.lemma_.lower() in _words("event_verbs"):
        return False                            # "marched through X, which ...", "shells hit X, which ...": a place
    responses = _words("seat_responses")
    return any(rel.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in rel.children)
               and any(w.lemma_.lower() in responses for w in rel.subtree) for rel in root.children)


def _modifier_country(p: PlaceMention, trig, sdoc) -> bool:
    """'the U.S. drone strike', 'Russian shelling': a country naming the side, not the place."""
    if p.feature != "country":
        return False
    span = expanded_span(sdoc, p.span.start, p.span.end)
    if span is None:
        return False
    root = span.root
    subjects = {c.i for c in (trig, clause_verb(trig)) for c in c.children if c.dep_ in ("nsubj", "nsubjpass")}
    if root.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and (
            root.head.i in (trig.i, trig.head.i) or root.head.i in subjects):
        return True                           # "Pakistan air strikes in X killed 46": the side's strikes
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.i in (trig.i, clause_verb(trig).i):
        return root.dep_ == "nsubj"           # "Pakistan bombarded four areas": the side that acted
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True                           # "strikes carried out by Iran", "factions supported by Turkey": a doer
    return _side_of(root)


def _qualifying_country(p: PlaceMention, sdoc) -> bool:
    """'ambushed Uganda troops in X', 'outside the Kenya embassy in Y', 'Turkey-backed factions near Z':
    a country qualifying a noun names whose the thing is, not where the event was; a country that acts as a
    clause's subject names who acted."""
    if p.feature != "country":
        return False
    span = expanded_span(sdoc, p.span.start, p.span.end)
    if span is None:
        return False
    if span.root.pos_ == "NOUN" and span.root.is_lower:
        return True                             # the mention is "France embassy": its head is the thing
    if span.root.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") \
            and span.root.head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
        return True
    root = span.root                            # 'Russia and Turkey ran a joint patrol in X': the subjects
    while root.dep_ == "conj" and root.head.i != root.i:        # act, X is where
        root = root.head
    return root.dep_ == "nsubj"


# Nouns whose "of"-country names a side, not a place: "forces of X fired", "the army of Y".
SIDE_NOUNS = frozenset({"force", "forces", "troop", "army", "military", "soldier", "government", "police", "regime",
                        "ministry", "minister", "president", "authority", "official", "position", "unit", "navy"})


def _side_of(root) -> bool:
    """'military forces of Armenia', 'the positions of the army of Ukraine', 'troops of Freedonia and Sylvania': the
    country owns a party."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    noun = prep.head
    return noun.pos_ in ("NOUN", "PROPN") and (noun.lemma_.lower() in SIDE_NOUNS or noun.lower_ in SIDE_NOUNS)


def _heads_only(places: list[PlaceMention], sdoc) -> list[PlaceMention]:
    """Drop places in apposition to another place ('Kalehe (Kabare, Sud-Kivu)', 'X, Y province'):
    they locate the first place, they are not the event's place."""
    spans = [expanded_span(sdoc, p.span.start, p.span.end) for p in places]
    toks = {t.i for span in spans if span is not None for t in span}
    out = []
    for p, span in zip(places, spans):
        root = span.root if span is not None else None
        if root is not None and root.dep_ in ("appos", "npadvmod") and root.head.i in toks and not (
                span.start <= root.head.i < span.end):
            continue
        out.append(p)
    return out


def event_place(trig, places: list[PlaceMention], sdoc, reporting: frozenset = frozenset(),
                acts: frozenset = frozenset(), contrast: frozenset = frozenset()) -> tuple[PlaceMention | None, int]:
    """The trigger's own place and ACLED geo precision (0 when the place is only a hint). A relative clause
    holding a word of `acts` (a death, a wound) tells an event of its own, whose place it keeps; a clause set
    against the trigger's by a word of `contrast`, with a subject of its own, places its own doings."""
    places = [p for p in places if not _modifier_country(p, trig, sdoc) and not _bearing_place(p, sdoc, trig)
              and not _seat_told(p, sdoc)]
    home = [p for p in places if not _origin(p, sdoc) and not _seat_acting(p, trig, sdoc)]
    places = home if any(p.feature != "country" for p in home) else places
    named = [p for p in places if not _qualifying_country(p, sdoc)]
    places = named if any(p.feature != "country" for p in named) else places
    best = _attached(_heads_only(places, sdoc) or places, trig, sdoc, rank=lambda m: FEATURE_RANK.get(m.feature, 1),
                     reporting=reporting, weak=True, route=True, acts=acts, contrast=contrast)
    if best is None:
        return None, 0
    best = _way_start(best, places, sdoc)
    root = expanded_span(sdoc, best.span.start, best.span.end)
    hint = root is not None and _hint(root.root)
    finer = [p for p in places if p.country == best.country
             and FEATURE_RANK.get(p.feature, 1) < FEATURE_RANK.get(best.feature, 1)
             and (best.feature != "admin1" or p.admin1 == best.name or p.admin1 == best.admin1)]
    finer = [p for p in finer if not _speakers_place(p, trig, sdoc, reporting)]
    # ("blasts in X province killed 11, a doctor at the hospital in its capital said": the town is the speaker's)
    if finer and best.feature in ("admin1", "country"):
        best = min(finer, key=lambda p: abs(p.span.start - best.span.start))
    prec = best.precision or 1
    span = expanded_span(sdoc, best.span.start, best.span.end)
    if span is not None and span.root.head.lower_ in NEAR:
        prec = max(prec, 2)
    return best, 0 if hint else prec        # 0: a route's end or a bearing's reference, not the event's own place


def _way_start(best: PlaceMention, places: list[PlaceMention], sdoc) -> PlaceMention:
    """A way told by its two ends in two provinces or countries, the place chosen being its second end ('blocked the
    Zahle-Homs road', 'a highway joining Kandahar and Zabul'): the first end, whose side names the way, as coders place
    an event told on the way alone (the parse hangs the way on its last word, nearer the trigger). Ends within one
    province are left as they are: which one the event is nearer is not told."""
    span = expanded_span(sdoc, best.span.start, best.span.end)
    if span is None:
        return best
    cues = load_cues()
    ends = {}
    for p in places:
        if p is not best and (p.country, p.admin1 or p.name) != (best.country, best.admin1 or best.name) \
                and (s := expanded_span(sdoc, p.span.start, p.span.end)) is not None:
            ends[s.end] = ends.get(s.end, p)
            ends[-1 - s.root.i] = ends.get(-1 - s.root.i, p)
    i = span.start
    if i >= 2 and sdoc[i - 1].text in ("-", "\u2013") and (first := ends.get(i - 1)) is not None:
        k = span.end                           # "the Sidon-Beirut highway", "the Damboa - Maiduguri road"
        while k < len(sdoc) and sdoc[k].is_alpha and sdoc[k].text[:1].isupper():
            k += 1
        return first if k < len(sdoc) and sdoc[k].lower_ in cues.road_nouns else best
    root = span.root
    if root.dep_ == "conj" and (first := ends.get(-1 - root.head.i)) is not None:
        link = root.head.head                  # "a road linking A and B", "the road between A and B"
    else:                                      # "linking A and B province": A hangs on B's noun
        first = next((ends[-1 - c.i] for c in root.children if c.i < span.start and -1 - c.i in ends), None)
        link = root.head
    if first is not None and (link.lemma_.lower() in cues.way_links
                              or link.lower_ == "between" and link.head.lower_ in cues.road_nouns):
        return first
    return best


def _speakers_place(place: PlaceMention, trig, sdoc, reporting: frozenset) -> bool:
    """The place lies in the phrase naming who said it ('..., a doctor at the hospital in X said', 'according to
    officials in X')."""
    span = expanded_span(sdoc, place.span.start, place.span.end)
    if span is None:
        return False
    for a in (span.root, *span.root.ancestors):
        if a.i == trig.i:
            return False
        if (a.dep_ == "nsubj" and a.head.lemma_.lower() in reporting) or (
                a.dep_ == "pobj" and a.head.lower_ == "to" and a.head.head.lower_ == "according"):
            return True
    return False


def speaker_place(place: PlaceMention | None, trig, sdoc, reporting: frozenset) -> bool:
    """The place is only where the speaker is ("..., said an official in the defence ministry in X")."""
    span = expanded_span(sdoc, place.span.start, place.span.end) if place is not None else None
    return span is not None and foreign(span.root, trig, reporting) == "reporting"


def event_time(trig, times: list[TimeMention], sdoc, reporting: frozenset = frozenset(),
               weak: bool = False, acts: frozenset = frozenset(), own: frozenset = frozenset()) -> TimeMention | None:
    """The trigger's own time; with `weak`, else the time of the statement reporting it (or of the clause around
    the relative clause holding the trigger: 'on Friday a witness named the driver who parked the van used in the
    blast' dates the testimony, not the blast). A time of another act told inside the trigger's sentence (`acts`:
    act nouns other than the event's own triggers, `own`) dates the trigger only where no other time does."""
    dated = [t for t in times if t.value]
    free = [t for t in dated if not _of_other_act(t, trig, sdoc, acts, own)] if acts else dated
    free = [t for t in free if not _restated(t, dated, sdoc.text)] if acts else free
    tm = _attached(free, trig, sdoc, reporting=reporting, weak=weak) if len(free) < len(dated) else None
    tm = tm or _attached(dated, trig, sdoc, reporting=reporting, weak=weak)
    if tm is not None and not weak and _around_relative(tm, trig, sdoc):
        return None
    return tm


BRACKETED = re.compile(r"\s*\([^()]*")


def _restated(tm: TimeMention, times: list[TimeMention], text: str) -> bool:
    """The time lies in brackets opened right after another time, which it spells out ('Around 1 May 2021 (from 1 -
    4 May)', 'on Tuesday (May 4)'): the time before the brackets is the one told."""
    return any(t.span.end <= tm.span.start and BRACKETED.fullmatch(text, t.span.end, tm.span.start) for t in times)


NOUN_CLAUSES = ("acl", "relcl", "amod")       # a clause (or a participle) on a noun
AIM_CLAUSES = ("xcomp", "advcl")               # a clause of a purpose or a circumstance


def _of_other_act(tm: TimeMention, trig, sdoc, acts: frozenset, own: frozenset) -> bool:
    """The time hangs, below the words the trigger's clause shares with it, on another act: a noun of `acts` that is
    none of the event's own triggers ('a march over a reporter's detention on Sunday', 'killed on Monday')
    or a clause of its own on another noun or of a purpose ('a commander detained two years ago', 'recently returned
    refugees', 'to decry pay withheld since the month of March')."""
    span = expanded_span(sdoc, tm.span.start, tm.span.end)
    if span is None:
        return False
    above = {trig.i, *(a.i for a in trig.ancestors)}
    t = span.root
    for _ in range(12):
        if t.i in above or t.head.i == t.i:
            return False
        t = t.head
        if t.i in above:
            return False
        if t.i not in own and (t.pos_ == "NOUN" and t.lemma_.lower() in acts
                               or t.pos_ in ("VERB", "AUX") and (t.dep_ in AIM_CLAUSES or t.dep_ in NOUN_CLAUSES
                                                                 and t.head.i not in above)):
            return True
    return False


def _around_relative(tm: TimeMention, trig, sdoc) -> bool:
    """The trigger lies in a relative clause on a noun ('the driver who parked the van used in the blast'), and
    the time outside it."""
    clause = next((a for a in (trig, *trig.ancestors) if a.dep_ == "relcl"), None)
    if clause is None:
        return False
    span = expanded_span(sdoc, tm.span.start, tm.span.end)
    return span is not None and not (clause.i == span.root.i or clause.is_ancestor(span.root))


@dataclass
class Figure:
    low: int | None
    high: int | None
    best: int | None


def _as_int(x) -> int | None:
    return int(x) if x is not None else None


def _single_persons(victims: list, lex: Lexicon) -> int:
    """How many victims are one person each ('a man', 'the driver', 'him', 'a soldier and a civilian'); 0
    unless every one is: a plural, a group or a thing leaves the count to the numbers written."""
    if not victims:
        return 0
    for v in victims:
        if v.lower_ not in lex.words["single_persons"] and not (
                v.tag_ == "NN" and v.lemma_.lower() in lex.words["single_persons"]):
            return 0
        if any(c.dep_ in ("nummod", "quantmod") for c in v.children):
            return 0
    return len(victims)


def _subset_told(victim, lex: Lexicon) -> bool:
    """A victim phrase told as part of the others ('among them four soldiers', 'among whom two children'): counted
    already in the total before it."""
    return any(c.dep_ == "prep" and c.lower_ in lex.words["subset_preps"] and any(
        p.dep_ == "pobj" and p.pos_ == "PRON" for p in c.children) for c in victim.children)


def _named_person(tok) -> bool:
    """A person's name: tagged a person, or a proper noun the sentence tells as one, whatever the tagger made of it
    ('X, a district governor, was killed'; 'X and his son', 'X and three of his guards', 'X with his driver')."""
    if tok.tag_ not in ("NNP", "NNPS"):
        return False
    if tok.ent_type_ == "PERSON":
        return True
    if tok.tag_ != "NNP" or any(c.dep_ == "det" for c in tok.children):
        return False                # ('a retired Major with his driver': a title, no name)
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and any(d.dep_ == "det" for d in c.children) for c in tok.children):
        return True
    kin = [*tok.conjuncts, *(p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
                             if p.dep_ == "pobj")]
    kin += [p for k in kin for c in k.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            if p.dep_ == "pobj"]                                    # "three of his guards"
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for k in kin for c in k.children)


def _group_told_before(v, qfor, lex: Lexicon):
    """The count of a group a definite plural refers back to ('abducted three teachers. The hostages were killed
    shortly after', '... five soldiers. The soldiers were executed'): the latest plural of that noun counted in an
    earlier sentence, or for the taken ('the hostages', 'the captives') the latest counted group taken; None else."""
    if v.tag_ != "NNS" or not any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in v.children) \
            or any(c.dep_ in ("nummod", "quantmod") for c in v.children):
        return None
    lemma, taken = v.lemma_.lower(), lex.words["abduction_verbs"]
    for t in reversed(v.doc[:v.sent.start]):
        if t.tag_ != "NNS":
            continue
        if t.lemma_.lower() == lemma or (lemma in lex.words["taken_people"] and t.dep_ in ("dobj", "nsubjpass")
                                         and t.head.lemma_.lower() in taken):
            if (q := qfor(t)) is not None:
                return q
    return None


def _members_told(v, qfor, lex: Lexicon):
    """The count of a group told by its members ('killed a family of six', 'a household of five died'): the
    number its 'of' takes, for the nouns of `membered_groups`; None else."""
    if v.lemma_.lower() not in lex.words["membered_groups"]:
        return None
    return next((q for c in v.children if c.dep_ == "prep" and c.lower_ == "of" for n in c.children
                 if n.dep_ == "pobj" and n.pos_ == "NUM" and (q := qfor(n)) is not None), None)


def _held_against(tok, lex: Lexicon) -> bool:
    """A casualty word inside what someone is held responsible for or accused of ('blamed for the deaths of
    two teachers', 'charged with the murder of two men'): a record, not this event's toll."""
    return any(a.dep_ == "prep" and (
        (a.lower_ == "for" and a.head.lemma_.lower() in lex.words["responsibility_words"])
        or (a.lower_ in ("of", "with") and a.head.lemma_.lower() in lex.words["accusation_verbs"]))
        for a in tok.ancestors)


def _either_or(tok, words: frozenset) -> bool:
    """A casualty word joined by 'or' to another outcome ('killed or wounded', 'killed, injured or captured'): the
    count it is told with is of all of them together."""
    listed = [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i == tok.i + 2
              and tok.nbor(1).text == ","]             # "killed, injured or captured", the list read as a clause
    group = [tok, *tok.conjuncts, *(t for c in listed for t in (c, *c.conjuncts))]
    return any(t.lemma_.lower() not in words for t in group[1:]) and any(
        c.dep_ == "cc" and c.lower_ == "or" for t in group for c in t.children)


def _shared_noun_counts(tok, qfor, harms: frozenset) -> list:
    """The counts of the groups a casualty noun is the last of ('14 rebel fighters and 3 army fatalities', '2 rebel
    and 1 military fatality'): each group counted before it shares its noun (not a group told with its own harm)."""
    if tok.dep_ != "conj":
        return []
    first = tok.head
    group = [first, *(c for c in first.conjuncts if c.i < tok.i)] if first.pos_ in ("NOUN", "PROPN", "ADJ") else []
    out = []
    for g in group:
        if g.lemma_.lower() in harms or any(c.lemma_.lower() in harms for c in g.children
                                            if c.dep_ in ("amod", "acl", "relcl", "compound")):
            return []                       # "3 dead and 6 injuries", "5 soldiers wounded and 2 deaths"
        if (q := qfor(g)) is None:
            return []
        out.append(q)
    return out


def count_words(sent, words: frozenset, lex: Lexicon, qfor, owned: set[int] | None = None,
                skip: frozenset[int] | set[int] = frozenset()) -> Figure | None:
    """Deaths (or injuries) the sentence reports: sums conjoined victim groups, keeps the largest report;
    with `owned`, only the casualty words of those token indices (the words one event of several owns);
    never those of `skip` (what a protest was about)."""
    found: list[Figure] = []
    other = (lex.words["fatality_words"] | lex.words["injury_words"]) - words     # the other kind of casualty
    for cue in cue_tokens(sent, words):
        if (owned is not None and cue.i not in owned) or cue.i in skip:
            continue
        tok = cue.head if cue.pos_ == "ADV" and cue.head.pos_ == "VERB" else cue   # "fatally shot a man"
        if tok.pos_ not in ("VERB", "NOUN", "ADJ", "AUX") or tok.i in skip or lex.idiom(tok):
            continue
        if any(c.dep_ in ("amod", "compound") and c.lower_ in lex.words["attempt_modifiers"] for c in tok.children) \
                or tok.dep_ in ("xcomp", "acl", "compound") and tok.head.lemma_.lower() in lex.words["attempt_words"]:
            continue                                    # "an attempted murder", "tried to kill": nobody died of it
        if _held_against(tok, lex):
            continue                                    # "he is held responsible for the deaths of many"
        victims = [v for v in victims_of(tok) if not (v.dep_ == "conj" and v.pos_ in ("VERB", "AUX", "ADJ"))]
        victims = [v for v in victims if not _subset_told(v, lex)] or victims   # "12 dead, among them 4 soldiers"
        theirs = [v for v in victims       # (not a verb with its own object: "killed 3 farmers, injured 5")
                  if any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in other
                         and not any(x.dep_ == "dobj" for x in c.children) for c in v.children)]
        if theirs:                                      # "1 killed 3 injured": the 3 are the injured
            victims = [v for v in victims if v not in theirs] or [
                c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NUM"]
        if victims and all(v.lemma_.lower() in lex.words["animal_words"] for v in victims):
            continue                                    # "killed 15 livestock": no one's death
        if any(c.dep_ == "neg" for c in tok.children) or any(
                c.lower_ in lex.words["no_one"] for v in victims for c in [v, *v.children]):
            found.append(Figure(0, 0, 0))
            continue
        named = [v for v in victims if _named_person(v)]
        parts: list[QuantityMention] = []
        uncounted = []
        for v in victims:
            if v in named:
                continue                                # "the killing of Manu Das (31)": a name's number is an age
            q = _members_told(v, qfor, lex) or qfor(v) or _group_told_before(v, qfor, lex)
            if q is not None and q not in parts:
                parts.append(q)
            elif q is None:
                uncounted.append(v)
        if parts and uncounted and _single_persons(uncounted, lex) == len(uncounted) and all(
                v.pos_ == "PRON" or any(c.dep_ in ("det", "poss") for c in v.children) for v in uncounted):
            parts += [made_count(v, 1, "") for v in uncounted]   # "a councillor and his wife", "the father and a son"
        if parts and named:
            parts += [made_count(v, 1, "") for v in named]       # "X and four of his relatives": one more each
        if not parts and not theirs and len(victims) > 1 and (ones := _single_persons(victims, lex)):
            found.append(Figure(ones, ones, ones))     # "a chief and his nephew": one each (the verb's own
            continue                                   # count reads only the first of them)
        if not parts and not theirs and not named:
            q = qfor(tok)
            parts = [q] if q is not None else []
            if q is not None and tok.pos_ == "NOUN":
                parts += _shared_noun_counts(tok, qfor, lex.words["fatality_words"] | other)
        if tok.lemma_.lower() in lex.words["toll_nouns"]:
            parts = [p for p in parts if p.text.lower() not in ("a", "an")]
            if not parts:
                continue                                # "too early to give a toll": a toll counts by its number
        if not parts:
            if named and (tok.pos_ in ("VERB", "AUX") or tok.pos_ == "ADJ" and (tok.head.pos_ == "VERB"
                                                                                  or tok.head in named)):
                n = len(named) + _single_persons([v for v in victims if v not in named], lex)
                found.append(Figure(n, n, n))           # "killed Farooq Bengalzai", "eliminated its leader, X",
                continue                                # "X was shot dead", "X and a soldier were killed"
            ones = _single_persons(victims, lex)
            if ones:                                    # "a man was shot dead", "killing him": one each
                found.append(Figure(ones, ones, ones))
                continue
        exact = [p for p in parts if p.qualifier != "vague"]
        parts = exact or parts
        if parts and all(p.low is not None or p.best is not None for p in parts):
            low = sum((p.low if p.low is not None else p.best) for p in parts)
            high = None if any(p.high is None for p in parts) else sum(p.high for p in parts)
            best = sum((p.best if p.best is not None else p.low) for p in parts)
            if _either_or(tok, words):          # "12 militants were killed or wounded": at most 12 of this kind,
                found.append(Figure(0, _as_int(high if high is not None else best), 0))   # how many unknown (the
                continue                        # best figure none known: 0, as coders code an unknown split)
            found.append(Figure(_as_int(low), _as_int(high), _as_int(best)))
    if not found:
        return None
    return max(found, key=lambda f: (f.best or 0, f.high is None))
