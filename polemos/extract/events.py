"""Event extraction (ACLED taxonomy): triggers -> modality filter -> grouping by
place -> typing -> arguments -> within-document merging.

`extract_events(sdoc, doc, mentions, pack=None) -> list[Event]` is the entry point;
it reads only the parse, the document and the entity-layer mentions.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from ..dates import PartialDate, shared
from ..model import Document, Event, Mentions, PlaceMention, Span
from .actor_country import told_country
from .actor_qualifiers import participants
from .attribution import (
    children,
    cue_tokens,
    deps,
    doc_text,
    expanded_span,
    lemmas,
    lowers,
    sentence_of,
    sentences,
    span_text,
)
from .event_args import (
    MOTIVES,
    Figure,
    SpanIndex,
    _pobjs,
    clause_verb,
    count_words,
    detention_site,
    event_place,
    event_time,
    foreign,
    phrase_actors,
    phrase_range,
    speaker_place,
    stands_for,
    status_of,
    subject_of,
    target_heads,
    under_fire,
    victims_of,
)
from .event_context import (
    DEFINITE,
    aggregate,
    as_written,
    background,
    beside_borders,
    casualty_owners,
    casualty_report,
    coded_level,
    continuation,
    counted_events,
    distributive_heads,
    document_province,
    domestic_places,
    elsewhere,
    generic_plural,
    grievance_tokens,
    kind_word,
    lead_place,
    nominal_strategic,
    one_of_series,
    ranked_told,
    reference_noun,
    scene_places,
    scene_word,
    sequel,
    split_factor,
    target_tokens,
    tree_distance,
    undated,
)
from .event_lexicon import Lexicon, load_lexicon
from .event_merge import COARSE, OWN, REPORT_LAG_DAYS, REPORTED, UNDATED, Draft, fold_arrests, merge_drafts
from .event_records import (
    course_told,
    doers_held,
    note_tolls,
    on_incident_day,
    one_perpetrator,
    record_day,
    without_recalled,
)
from .event_retold import retold_place
from .event_roles import (
    ARMED_KINDS,
    Namer,
    attributed,
    casualty_force,
    claimed_by,
    controlling_side,
    crowd_police,
    dead_side,
    each_other,
    fallen_sides,
    fights_itself,
    force_country,
    is_unidentified,
    joined_place,
    makeup_force,
    name_phrase,
    naming_day,
    pick_status,
    roles,
    told_between,
    unclaimed,
)
from .event_sequels import MOD_ROLES, crowd, dateline, dead_kind, protest_sequel, toll_update
from .event_tallies import idle_agreement, in_relative_clause, not_one_event, tally_dependents
from .event_typing import (
    LEGACY_EXPLOSIVES,
    SHELLING,
    TRANSFER,
    area_fire,
    legacy_ordnance,
    premature,
    private_quarrel,
    resolve,
    unfired,
)
from .modality import modality
from .quantities import parse_quantity
from .times import came_after, relative_to, shifted
from .trigger_senses import accidental_blast, done_by_someone, other_sense
from .triggers import Trigger, find_triggers, next_sentence_lemmas, of_heads

CITY_FEATURES = {"city", "site", "district", "place"}
GROUP_FEATURES = CITY_FEATURES | {"admin1"}


def _default_pack():
    try:
        from ..knowledge.actors import default_pack
        return default_pack()
    except Exception:  # the actor layer is optional for this extractor
        return None


def _quantity_fn(sdoc, mentions: Mentions, doc_id: str):
    try:
        from .quantities import quantity_for_token
    except ImportError:  # pragma: no cover
        return lambda tok: None
    return lambda tok: quantity_for_token(sdoc, tok, mentions.quantities, doc_id)


LEAD_CHARS = 400            # the headline, dateline and lead: what the text is about


def main_place(places: list[PlaceMention]) -> PlaceMention | None:
    """The document's place: its most mentioned country (mentions in the lead count three times,
    so a closing 'In Washington, the White House said ...' does not move a Nairobi story), then
    that country's most mentioned admin1, else the country itself."""
    if not places:
        return None
    weight = {id(p): 3 if p.span.start < LEAD_CHARS else 1 for p in places}
    countries = Counter()
    for p in places:
        if p.country:
            countries[p.country] += weight[id(p)]
    if not countries:
        return places[0]
    top = countries.most_common(1)[0][0]
    mine = [p for p in places if p.country == top]
    pool = [p for p in mine if p.feature == "admin1"] or [p for p in mine if p.feature != "country"] or mine
    score = Counter()
    for p in pool:
        score[p.name] += weight[id(p)]
    name = score.most_common(1)[0][0]
    return next(p for p in pool if p.name == name)


def _claim_reference(trig: Trigger, lex: Lexicon, verbs: bool = True) -> bool:
    """'claimed responsibility for the attack' (and with `verbs`, 'condemned the attack'): the trigger
    refers back to an event."""
    t = trig.token
    for _ in range(4):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in lex.words["claim_words"] or (verbs and t.lemma_.lower() in lex.words["reference_verbs"]):
            return True
    return False


def _klass(t: Trigger, lex: Lexicon) -> str:
    if t.role in ("protest", "riot") or t.role in MOD_ROLES:
        return "demo"
    if t.role == "fixed" and lex.event_type.get(t.cls.sub) == "Strategic developments":
        return "strategic"
    return "violent"


def _group(anchors: list[Trigger], sent_places, sdoc, lex: Lexicon, actors: SpanIndex | None = None,
           times: list | None = None) -> list[tuple[list[Trigger], PlaceMention | None, int]]:
    """Concurrent triggers grouped by coarse class, by the town or province each is attached to, by
    the side that fired when two sides each used their own weapons (`_by_side`), and by the day each
    trigger's own time names (`_by_time`)."""
    groups: dict[tuple, list] = {}
    demo = any(t.role in ("protest", "riot", "intervention") for t in anchors)    # beside a protest (or a crowd
    # dispersed), violence is its course
    keys: dict[int, tuple] = {}
    for t in anchors:
        own = _without_others_clauses(t, anchors, sent_places, sdoc, lex.words["contrast_marks"])
        place, prec = event_place(t.token, own, sdoc, lex.words["reporting_verbs"],
                                  lex.words["fatality_words"] | lex.words["injury_words"], lex.words["contrast_marks"])
        klass = _klass(t, lex)
        klass = "demo" if demo and klass == "violent" else klass
        if klass == "strategic":              # "X surrendered and Y arrested Z": two developments
            klass = f"strategic:{t.cls.sub}"
        key = (klass, place.name if place is not None and place.feature in GROUP_FEATURES else None)
        head = keys.get(t.token.head.i) if t.token.dep_ in ("advcl", "acl") and t.token.tag_ == "VBG" else None
        if head is not None and head[0] == klass:
            key, place = head, None           # "shelled X in A (B), killing a woman": what the shelling did
        keys.setdefault(t.token.i, key)
        keys.setdefault(clause_verb(t.token).i, key)      # "fired mortar shells": the verb of the trigger noun
        g = groups.setdefault(key, [[], None, 0])
        g[0].append(t)
        if place is not None and (g[1] is None or prec < g[2] or g[1].feature not in CITY_FEATURES):
            g[1], g[2] = place, prec
    violent = next((g for k, g in groups.items() if k[0] == "violent"), None)
    joined = {t.token.i for t in violent[0]} if violent is not None else set()
    for key in [k for k in groups if k[0].startswith("strategic")] if violent is not None else []:
        side = [t for t in groups[key][0] if _side_event(t, lex) or _conjoined(t.token, joined)]
        if side:                                         # looting during the raid: the raid's course
            violent[0].extend(side)
            groups[key][0] = [t for t in groups[key][0] if t not in side]
            if not groups[key][0]:
                del groups[key]
    takeovers = [g for g in groups.values() if any(t.role in ("territory", "retake") for t in g[0])]
    for key in [k for k in groups if k[0] == f"strategic:{TRANSFER}"] if takeovers else []:
        home = next((g for g in takeovers if all(any(clause_verb(u.token) in t.token.ancestors for u in g[0])
                                                 for t in groups[key][0])), None)
        if home is not None:       # "seized the town after the army pulled out": one ground that changed hands
            home[0].extend(groups.pop(key)[0])                                 # with no fight
    for key in [k for k in groups if k[1] is not None and _as_division(groups[k][1], sdoc)]:
        town = next((g for k, g in groups.items() if k[0] == key[0] and k != key and g[1] is not None
                     and g[1].feature in CITY_FEATURES and not _as_division(g[1], sdoc)
                     and (g[1].country, g[1].admin1) == (groups[key][1].country, groups[key][1].admin1)
                     and _locates(groups[key][1], g[1], sdoc)), None)
        if town is not None:       # "ambushed near Bama town, in Borno's Konduga district": the district locates
            town[0].extend(groups.pop(key)[0])                                  # the town, one event
    for key in [k for k in groups if k[1] is not None]:
        town = next((g for k, g in groups.items() if k[0] == key[0] and k != key and g[1] is not None
                     and _address_chain(g[1], groups[key][1], sdoc) and not _listed(groups[key][1], sdoc)), None)
        if town is not None:       # "in Dapaong, Savanes", "in Kafanchan in Kaduna": the town's address, one event
            town[0].extend(groups.pop(key)[0])
    for key in [k for k in groups if k[1] is not None]:
        town = next((g for k, g in groups.items() if k[0] == key[0] and k != key and k[1] is not None
                     and _quarter_of(g[1], groups[key][1]) and _one_clause(g[0], groups[key][0])),
                    None) if key in groups else None
        if town is not None:       # "in X, a blast in its Y quarter killed 12": one town's quarter
            quarter = groups.pop(key)
            town[0].extend(quarter[0])
            if quarter[1].span.start > town[1].span.start:
                town[1], town[2] = quarter[1], quarter[2]      # the quarter, told after its town
    for key in [k for k in groups if k[1] is None]:      # placeless triggers join the first placed group
        first = next((g for k, g in groups.items() if k[0] == key[0] and k[1] is not None), None)
        if first is None:
            continue
        loose = groups.pop(key)
        first[0].extend(loose[0])
        if first[1] is None:
            first[1], first[2] = loose[1], loose[2]
    return [(part, g[1], g[2]) for g in groups.values() for sided in _by_side(g[0], actors, lex)
            for part in _by_time(sided, times or [], sdoc)]




def _without_others_clauses(t: Trigger, anchors: list[Trigger], places: list, sdoc, contrast: frozenset) -> list:
    """The places a trigger may take: not those of a clause below its own that tells another event with its own
    subject ('the army clashed with the rebels in A, while rival militias fought each other in B': B is the
    second fight's), nor those of a 'while' clause with its own subject, whatever it tells ('..., while displaced
    families fled towards B')."""
    verb = clause_verb(t.token)
    def placed(tok) -> bool:                # a subject the parser made of a place name is no side
        return any(p.span.start <= tok.idx < p.span.end for p in places)
    def own_subject(v) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass") and not placed(c) for c in v.children)
    others = {v.i for u in anchors if (v := clause_verb(u.token)).i != verb.i and verb in v.ancestors
              and v.dep_ in ("advcl", "conj") and own_subject(v)}
    if "advcl" in deps(verb.doc)[verb.left_edge.i:verb.right_edge.i + 1]:     # (the subtree lies within its edges)
        others |= {v.i for v in verb.subtree if v.dep_ == "advcl" and v.i != verb.i and own_subject(v) and any(
            c.dep_ == "mark" and c.lower_ in contrast for c in v.children)}
    if not others:
        return places
    def theirs(p) -> bool:
        span = expanded_span(sdoc, p.span.start, p.span.end)
        return span is not None and any(a.i in others for a in span.root.ancestors)
    own = [p for p in places if not theirs(p)]
    return own if own else places


def _by_time(trigs: list[Trigger], times: list, sdoc) -> list[list[Trigger]]:
    """'22 were killed in weekend raids ..., while 26 others died on Monday after a bomb ...': triggers whose
    own times name different dates are different events. A time is the own time of the nearest trigger it hangs
    under (the trigger's phrase, its clause, or the clause an 'after' clause of it depends on); triggers with no
    time of their own stay with the first."""
    def reach(t: Trigger) -> list:
        head = t.token if t.token.dep_ != "compound" else t.token.head
        verb = clause_verb(head)
        return [head, verb] + ([verb.head] if verb.dep_ == "advcl" else [])
    own: dict[str, list[Trigger]] = {}
    for tm in times:
        span = expanded_span(sdoc, tm.span.start, tm.span.end) if tm.value else None
        if span is None:
            continue
        above = {a.i for a in span.root.ancestors}
        near = [(tree_distance(span.root, x), k) for k, t in enumerate(trigs) for x in reach(t) if x.i in above]
        near = [n for n in near if n[0] <= 3]
        if near:
            t = trigs[min(near)[1]]
            if all(t is not u for ts in own.values() for u in ts):
                own.setdefault(tm.value, []).append(t)
    return _parts(own, trigs)


def _parts(keyed: dict[str, list[Trigger]], trigs: list[Trigger], home=lambda t: None) -> list[list[Trigger]]:
    """The triggers split by key ('side', 'day') when two keys or more hold triggers; a trigger no key holds
    goes to the key `home` gives it, else to the first."""
    if len(keyed) < 2:
        return [trigs]
    placed = {t.token.i for ts in keyed.values() for t in ts}
    first = next(iter(keyed))
    for t in trigs:
        if t.token.i not in placed:
            keyed[k if (k := home(t)) in keyed else first].append(t)
    return [sorted(p, key=lambda t: t.start) for p in keyed.values()]


def _by_side(trigs: list[Trigger], actors: SpanIndex | None, lex: Lexicon) -> list[list[Trigger]]:
    """'The rebels stepped up their shelling of the town and the army answered with air strikes': two sides each
    named as the subject of its own weapon of another kind are two remote-violence events (ACLED codes one
    per attacking side); triggers naming no side stay with the first. One side, or one kind, stays one event."""
    if actors is None:
        return [trigs]
    def side(t: Trigger) -> str | None:
        subj = subject_of(clause_verb(t.token))
        named = phrase_actors(subj, actors) if subj is not None else []
        if not named and subj is not None and lex.state_force(subj.lemma_.lower()):
            return f"the {subj.lemma_.lower()}"      # "... while the army answered with air raids": a side unnamed
        return named[0].name if named else None
    sides: dict[str, list[Trigger]] = {}
    for t in trigs:
        if t.role == "method" and (who := side(t)) is not None:
            sides.setdefault(who, []).append(t)
    kinds = [{t.cls.sub for t in ts} for ts in sides.values()]
    if any(a & b for i, a in enumerate(kinds) for b in kinds[i + 1:]):
        return [trigs]
    return _parts(sides, trigs, side)      # "answered with air strikes": the verb goes with its own side's weapon


def _told_apart(t: Trigger, ctx: _Ctx) -> bool:
    """A violent event named in passing that the sentence tells in full: a place of its own in its phrase and
    its own casualties in a relative clause ('the mortar attack on Sake that killed nine farmers')."""
    tok, lex = t.token, ctx.lex
    if _klass(t, lex) != "violent" or _claim_reference(t, lex):
        return False
    own = [p for p in ctx.places.within(*phrase_range(tok)) if p.feature != "country"]
    return bool(_own_casualties(tok, lex)) and bool(own)


def _told_in_passing(anchors: list[Trigger], sent, ctx: _Ctx) -> set[int]:
    """Two violent events one clause sets in sequence ('skirmishes followed air raids in May by X, which left six
    dead', 'soldiers died in attacks on A, prompting air raids'; `sequence_verbs`): each is an event of its
    own, and the one the sentence only names (event nouns with no time, place or toll of their own) is told in
    passing, not with the other's date, sides and toll. Returns the tokens of those named in passing."""
    lex = ctx.lex
    verbs = [w for w in sent if w.pos_ == "VERB" and w.lemma_.lower() in lex.words["sequence_verbs"]]
    violent = [t for t in anchors if _klass(t, lex) == "violent"]
    if not verbs or len(violent) < 2:
        return set()
    harm = lex.words["fatality_words"] | lex.words["injury_words"]
    for v in verbs:
        inside = {w.i for w in v.subtree}
        if v.tag_ in ("VBG", "VBN") and v.dep_ in ("advcl", "xcomp", "acl", "conj"):
            told = {w.i for c in v.children if c.dep_ in ("dobj", "agent", "prep") for w in c.subtree}
            other = {w.i for w in sent} - inside             # '..., prompting air strikes': the main clause
        else:
            told = {w.i for c in v.children if c.dep_ in ("dobj", "agent") for w in c.subtree}
            other = {w.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree}
        sides = [[t for t in violent if t.token.i in side] for side in (told, other)]
        if not all(sides):
            continue
        bare = [side for side, ts in zip((told, other), sides) if not _own_content(side, sent, ctx, harm)
                and all(t.token.pos_ == "NOUN" for t in ts)]
        if len(bare) == 1:
            return {t.token.i for t in violent if t.token.i in bare[0]}
    return set()


def _own_content(side: set[int], sent, ctx: _Ctx, harm: frozenset) -> bool:
    """A time, a place (not a country) or a casualty word among the tokens of one side of a sequence."""
    at = {w.idx: w.i for w in sent}
    return any(w.lemma_.lower() in harm for w in sent if w.i in side) or any(
        at.get(tm.span.start) in side for tm in ctx.times.within(sent.start_char, sent.end_char) if tm.value) \
        or any(at.get(p.span.start) in side for p in ctx.places.within(sent.start_char, sent.end_char)
               if p.feature != "country")


def _answered(t: Trigger, lex) -> bool:
    """An attack named as what the sentence's act answers ('in retaliation for the mortar attack ... that killed
    nine', 'in response to the rocket attack ...'), with the toll of its own relative clause."""
    return _klass(t, lex) == "violent" and bool(_own_casualties(t.token, lex)) and any(
        a.lemma_.lower() in MOTIVES and a.pos_ == "NOUN" and a.i < t.token.i for a in t.token.ancestors)


def _undergone(trigs: list[Trigger], lex) -> bool:
    """The sentence tells its side as the one the violence befell ('the patrol came under fire', 'the soldiers were
    ambushed'), with no attacker named on the verb."""
    for t in trigs:
        verb = under_fire(t.token)
        if verb is None and t.token.pos_ == "VERB" and _klass(t, lex) == "violent" and any(
                c.dep_ == "nsubjpass" for c in t.token.children):
            verb = t.token
        if verb is not None and not _pobjs(verb, {"by", "from"}) and not any(c.dep_ == "agent" for c in verb.children):
            return True
    return False


def _own_casualties(tok, lex) -> set[int]:
    """The death and injury words of the relative clause an event noun tells its own toll in ('the mortar attack
    ... that killed nine farmers')."""
    words = lex.words["fatality_words"] | lex.words["injury_words"]
    return {w.i for n in _target_chain(tok) for c in n.children if c.dep_ in ("relcl", "acl") and (n is tok or c.dep_
            == "relcl") for w in c.subtree if w.lemma_.lower() in words}


TARGET_PREPS = frozenset({"on", "against", "of"})


def _target_chain(tok) -> list:
    """The event noun and the nouns of its target phrase ('the raid against the hamlet of X'), where a relative
    clause telling the raid's toll is often parsed onto the last of them ('... against the hamlet of X that killed
    nine')."""
    chain, head = [tok], tok
    while True:
        nxt = next((o for p in head.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                    for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
        if nxt is None or len(chain) > 3:
            return chain
        chain.append(nxt)
        head = nxt


def _locates(division: PlaceMention, town: PlaceMention, sdoc) -> bool:
    """The division is told as where the town lies: both locate one word or clause ('killed when their convoy
    was ambushed near Bama town, in Konduga district'), or the division hangs on the town's phrase; a division
    of a conjoined clause is another event's ('killed in Dikwa district and ... attacked a camp in Bama')."""
    def governor(p):
        span = expanded_span(sdoc, p.span.start, p.span.end)
        if span is None:
            return None, None
        root = span.root
        return root, (root.head.head if root.dep_ == "pobj" else root.head)
    (d_root, d_gov), (t_root, t_gov) = governor(division), governor(town)
    if d_root is None or t_root is None:
        return False
    if _address_chain(town, division, sdoc):
        return True
    return (d_gov == t_gov or d_gov == t_root or any(a == t_root for a in d_root.ancestors)
            or (t_gov.head == d_gov and t_gov.dep_ != "conj"))     # the town in a 'when' clause of the toll


CHAIN_GAP = 6               # tokens between a town and the division of its address


QUARTER_KM = 10       # two towns of one province this near, told of one act in one sentence: a town and its quarter
TOWN_FEATURES = {"city", "place"}     # (a district is an area of its own)


def _quarter_of(a: PlaceMention, b: PlaceMention) -> bool:
    """Both towns of one province, within QUARTER_KM of each other."""
    from ..place import Place as Point
    if {a.feature, b.feature} - TOWN_FEATURES or (a.country, a.admin1) != (b.country, b.admin1):
        return False
    km = Point(latitude=a.lat, longitude=a.lon).km_to(Point(latitude=b.lat, longitude=b.lon))
    return km is not None and km <= QUARTER_KM


def _one_clause(a: list[Trigger], b: list[Trigger]) -> bool:
    """Triggers of one clause ('a car bomb ... killed 12'), not of two told apart ('were killed in X while others
    were kidnapped in Y')."""
    return not {clause_verb(t.token).i for t in a}.isdisjoint(clause_verb(t.token).i for t in b)


def _address_chain(town: PlaceMention, division: PlaceMention, sdoc) -> bool:
    """The division closes the town's address ('Bangou village, Bana subdivision (Haut-Nkam, Ouest)',
    'at X village in Y upazila (Z)'): only names, their nouns, commas, brackets and 'in' lie between."""
    from ..knowledge.places.cues import load_cues
    if not town.span.end <= division.span.start:
        return False
    span = expanded_span(sdoc, town.span.end, division.span.start)
    if span is None or len(span) > CHAIN_GAP:
        return False
    nouns = load_cues().locality_nouns
    return all(t.is_punct or t.lower_ in ("in", "of") or t.lower_ in nouns or t.text[:1].isupper() for t in span)


def _around(place: PlaceMention | None, sent, ctx: _Ctx) -> frozenset[str]:
    """The places of the sentence the event's place is told as a part of ('the X suburb, south of Y', 'X, a
    northern suburb of Y', 'the X quarter of Y'): only punctuation, articles, 'of', 'on', the place's nouns and words
    of nearness or direction lie between, a noun of a city's part (`part_nouns`) among them. A report of the event at
    Y is the same scene, told less precisely; a town told by its bearing alone ('the town of X, south of Y') is a town
    of its own."""
    if place is None or place.feature == "country":
        return frozenset()
    links, parts = _part_links()
    out = set()
    for other in ctx.places.within(place.span.end, sent.end_char):
        span = expanded_span(ctx.sdoc, place.span.end, other.span.start)
        if span is None or other.name == place.name or len(span) > CHAIN_GAP:
            continue
        if all(t.is_punct or t.lower_ in links or t.lemma_.lower() in parts for t in span) and any(
                t.lemma_.lower() in parts for t in span):
            out.add(other.name)
    return frozenset(out)


@functools.cache
def _part_links() -> tuple[frozenset[str], frozenset[str]]:
    """(the words that may lie between a place and the place it is a part of, the nouns of a city's part):
    built once from the places pack's cues for `_around`, which every event's build asks."""
    from ..knowledge.places.cues import load_cues
    cues = load_cues()
    near = cues.near | cues.directions | {f"{d}ern" for d in cues.directions}
    return near | cues.part_nouns | cues.locality_nouns | {"of", "on", "the", "a", "an", "in"}, cues.part_nouns


def _listed(place: PlaceMention, sdoc) -> bool:
    """The name is one of a list ('in Dapaong, Mango and Kara'): conjoined with an 'and' or 'or' (a comma alone
    closes an address: 'in Dapaong, Savanes, a trader was shot')."""
    span = expanded_span(sdoc, place.span.start, place.span.end)
    if span is None:
        return False
    root = span.root
    first = root.head if root.dep_ == "conj" else root
    return any(c.dep_ == "cc" for w in (first, *first.conjuncts) for c in w.children)


def _as_division(place: PlaceMention, sdoc) -> bool:
    """The name is written as a district or province ('in Jammu district', 'Kurram agency')."""
    from ..knowledge.places.cues import load_cues
    if place.feature == "district":
        return True
    span = expanded_span(sdoc, place.span.start, place.span.end)
    nxt = sdoc[span.end] if span is not None and span.end < len(sdoc) else None
    return nxt is not None and load_cues().after.get(nxt.lower_) in ("district", "admin1")


def _conjoined(tok, others: set[int]) -> bool:
    """'rounded up and kidnapped': a development told as one act with a violent one."""
    return (tok.dep_ == "conj" and tok.head.i in others) or \
        any(c.dep_ == "conj" and c.i in others for c in tok.children)


def _instrument(t: Trigger) -> bool:
    """A weapon or platform word ('drones', 'rockets'), not a word for the event itself ('strikes')."""
    return t.role == "method" and t.token.lemma_.lower() not in t.cls.event_nouns


def _backdrop_verb(tok) -> bool:
    """'had closed the borders', 'as police were enforcing the lockdown': a measure in force, told as the scene."""
    return any(c.dep_ == "aux" and c.lemma_.lower() in ("have", "be") for c in tok.children)


def _authority_told(trigs: list[Trigger], lex: Lexicon) -> bool:
    """The measure's doer is an office of the state ('the governor of X', 'the Y governorship', 'the Z Governor's
    Office', 'the prevention committee'), which no actor mention names."""
    subjects = [s for t in trigs for s in [subject_of(t.token)] if s is not None]
    return any(w.lemma_.lower() in lex.words["authority_nouns"] for s in subjects
               for w in [s, *(c for c in s.children if c.dep_ in ("compound", "poss"))])


def _side_event(t: Trigger, lex: Lexicon) -> bool:
    """A development that is the course of a violent event told beside it."""
    return (t.cls.sub or "").lower() in lex.words["side_events"] or \
        t.token.lemma_.lower() in lex.words["side_event_lemmas"]


def _crowd_arrested(t: Trigger, factual: list[Trigger], lex: Lexicon) -> bool:
    """'police arrested 20 protesters in Minsk': the people of a protest arrested as such protested (ACLED codes
    the protest, met with the arrests), though no word tells the protest itself."""
    tok = t.token
    return t.role == "protest" and tok.lemma_.lower() in lex.words["protest_people"] \
        and tok.dep_ in ("dobj", "nsubjpass") and any(
            f.token.i == tok.head.i and f.cls.sub == "Arrests" for f in factual)


def _crowd_dispersed(t: Trigger, lex: Lexicon) -> bool:
    """'police dispersed two hundred stranded labourers on a bridge': a crowd dispersed had gathered (ACLED
    codes the gathering, met with the intervention), though no word tells the protest itself."""
    tok = t.token
    armed = lex.words["armed_cues"] | lex.words["crowd_armed"]
    return t.role == "intervention" and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.words["dispersal_verbs"] \
        and any(c.dep_ == "dobj" and any(h.lemma_.lower() in lex.words["collective_people"] or (
            h.tag_ == "NNS" and h.lemma_.lower() in lex.words["people_nouns"]) for h in of_heads(c))
            and not any(w.lemma_.lower() in armed for w in c.subtree) for c in tok.children)


def _scene_of(t: Trigger, factual: list[Trigger], lex: Lexicon) -> bool:
    """'police detained activists during a protest', 'youths threw stones during a march': the crowd's event
    framed by 'during' is where this sentence's own acts against it or by it happened (a force's response, its
    arrests, the crowd's violence): the news, not an event told before. Deaths during it are left to the rules
    on who died ('two policemen were killed during a protest' is no force against protesters); 'amid protests'
    is as often the times an act fell in ('arrested the opposition leader amid protests')."""
    tok = t.token
    if t.role not in ("protest", "riot") or tok.dep_ != "pobj" or tok.head.lower_ != "during":
        return False
    side = {s.lower() for s in lex.words["protest_side_events"]}
    acts = {clause_verb(f.token).i for f in factual if f is not t and (
        f.role in ("intervention", "protester_violence") or (f.cls.sub or "").lower() in side)}
    return clause_verb(tok.head).i in acts       # ('fired tear gas during a march': the gas's verb)


FACTION = re.compile(r"\)\s+\w")        # an ACLED state-force name with a faction or unit after its period


class _Ctx:
    def __init__(self, sdoc, doc: Document, mentions: Mentions, pack, lex: Lexicon):
        self.sdoc, self.doc, self.lex = sdoc, doc, lex
        self.actors = SpanIndex(participants(mentions.actors))   # not names that qualify a phrase
        self.places = SpanIndex(mentions.places)
        self.times = SpanIndex(mentions.times)
        self.quantities = SpanIndex(mentions.quantities)
        self.namer = Namer(pack)
        self.main = main_place(mentions.places)
        self.home = self.main.country if self.main else _theatre_country(doc) or told_country(sdoc, pack)
        self.qfor = _quantity_fn(sdoc, mentions, doc.doc_id)
        self.dateline = dateline(self.times.items, doc.text)
        self.sent_lemmas: set[str] = set()
        self.demo = None            # (draft, anchors, mods) of the latest protest or riot
        self.demo_grief: set[str] = set()   # the trigger classes of what that protest was about
        self.grief: set[int] = set()     # token indices of what the sentence's protests are about
        self.tallies: set[int] = set()   # token indices of the sentence's tallies (their tolls are no event's)
        self.cited: set[int] = set()     # casualty words of an event the sentence names in passing (its own toll)
        self.tally_told = False     # the sentence before told a tally and no event ('X have launched 17 attacks this
        # year'): a bare toll right after it ('They took 51 lives') is the tally's, no update of an earlier event
        self.scene = None           # the day a preceding sentence set without telling an event
        self.series_day = None      # the day of the series a lead summed up ('a wave of attacks on Monday killed 50')
        self.last_date = None       # (value, precision) of the last event with its own date
        self.last_place = None      # (place, precision) of the last event with its own place
        self.last_attacker = None   # actor1 of the last violent event with a named perpetrator
        self.in_lead = True         # until the first sentence that tells an event: the news itself
        self.measure_alone = False  # the sentence tells the authorities' measures and nothing else
        self.apart: set[int] = set()  # tokens of events named in passing and told in full (_told_apart)
        self._names_group: bool | None = None

    def names_a_group(self) -> bool:
        """Whether the text names an armed group anywhere (an attack it leaves unattributed may be that group's): a
        non-state group, or a faction or unit of a state's forces ('... (2017-) Houthi')."""
        if self._names_group is None:
            self._names_group = any(m.kind == "armed_group" and not m.name.startswith("Unidentified")
                                    or m.kind == "state_force" and FACTION.search(m.name) for m in self.actors.items)
        return self._names_group

    def armed_between(self, start: int, end: int) -> bool:
        """Whether an armed group is named between the two character offsets."""
        return any(m.kind == "armed_group" for m in self.actors.within(start, end))

    def armed_in(self, sent) -> bool:
        """Whether the sentence names an armed actor or uses an armed word (gunmen, militants, rifles...)."""
        return any(m.kind in ARMED_KINDS for m in self.actors.within(sent.start_char, sent.end_char)) \
            or not self.lex.words["armed_cues"].isdisjoint(self.sent_lemmas)


def _agentless(tok) -> bool:
    """A passive verb told without its agent ('a trader was stabbed', 'two workers were abducted'): whoever did
    it goes unnamed."""
    return tok.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) \
        and not any(c.dep_ == "agent" for c in tok.children)


def _date_of(trigs, sent, ctx: _Ctx) -> tuple[str | None, str | None, int]:
    """(value, precision, rank): the trigger's own time (OWN); else the date the text or the
    statement reporting it gives (REPORTED); else the publication year (UNDATED)."""
    times = ctx.times.within(sent.start_char, sent.end_char)
    if ctx.dateline is not None and any(t.value and t is not ctx.dateline for t in times):
        times = [t for t in times if t is not ctx.dateline]   # "KHERSON, March 12 - ... shelled a market on
        # Monday": the dateline dates the dispatch; the day the sentence tells dates the event
    updated = all(_toll_update(t.token, ctx.lex) for t in trigs)
    for weak in (False, True) if not updated else (True,):      # "the toll from the bombing rose to 32 on
        for t in trigs:                                           # Sunday": the day of the count, not the event
            tm = event_time(t.token, times, ctx.sdoc, ctx.lex.words["reporting_verbs"], weak=weak,
                            acts=ctx.lex.act_nouns, own=frozenset(x.token.i for x in trigs))
            if tm is not None:
                return tm.value, tm.precision, REPORTED if weak else OWN
    if ctx.last_date is not None and (back := came_after(span_text(sent), *ctx.last_date)) and all(
            t.token.idx - sent.start_char >= back[2] for t in trigs):
        return back[0], back[1], OWN          # "That came two weeks after two policemen were killed"
    if ctx.last_date is not None and (gap := _after_told(trigs, ctx.lex)) is not None \
            and (later := shifted(*ctx.last_date, *gap)) is not None:
        return later[0], later[1], OWN        # "in a gunfight with officers three days after the blast"
    if ctx.last_date is not None and (rel := relative_to(span_text(sent), *ctx.last_date)):
        return rel[0], rel[1], OWN            # "A month earlier, the group claimed a bombing in X"
    if ctx.last_date is not None and _hours_later(sent, ctx.lex):
        return ctx.last_date[0], ctx.last_date[1], OWN    # "Hours later, a missile strike on X killed 12"
    if ctx.last_date is not None and sequel(trigs, ctx.lex) and ctx.doc.published is not None:
        # "subsequent attacks on X": after the event told last, before the publication; as precise as both share
        when = PartialDate.maybe(*ctx.last_date)
        if when is not None and when.precision == "day" and when.first == ctx.doc.published:
            return when.value, when.precision, REPORTED     # the event told last happened on the day of the text
        between = shared(when, ctx.doc.published) if when is not None else None
        return (between.value, between.precision, REPORTED) if between else (None, None, UNDATED)
    if ctx.last_date is not None and not ctx.lex.words["simultaneous"].isdisjoint(ctx.sent_lemmas):
        return ctx.last_date[0], ctx.last_date[1], REPORTED   # "a near-simultaneous incident at a concert hall"
    # "It was 8 a.m. on Thursday when gunmen rode into X"
    if ctx.scene is not None and not _new_incident(sent, trigs, ctx.lex):
        return ctx.scene.value, ctx.scene.precision, REPORTED
    if ctx.series_day is not None and not reference_noun(trigs) and not _told_before(sent, ctx.lex):
        return ctx.series_day.value, ctx.series_day.precision, REPORTED   # an incident of the day the lead summed up
    if ctx.last_date is not None and (_another(trigs, ctx.lex) or _news_day_roundup(sent, ctx)):
        return ctx.last_date[0], ctx.last_date[1], REPORTED   # "two other blasts killed three": of the series told;
        # "Elsewhere, a drone killed two": of the news day of the incident told before
    if ctx.dateline is not None:
        return ctx.dateline.value, ctx.dateline.precision, REPORTED
    pub = ctx.doc.published
    if pub is not None and ctx.in_lead and not reference_noun(trigs):   # the news itself: this month
        return f"{pub.year:04d}-{pub.month:02d}", "month", UNDATED
    value, precision = undated(trigs, pub, ctx.last_date)
    return value, precision, UNDATED


def _toll_update(tok, lex: Lexicon) -> bool:
    """An event noun inside the subject of a count that changed ('the death toll from the bombing rose to 32',
    `toll_nouns` as the subject of `toll_update_verbs`): the time told is the count's."""
    for a in tok.ancestors:
        if a.dep_ == "nsubj" and a.lemma_.lower() in lex.words["toll_nouns"]:
            return a.head.lemma_.lower() in lex.words["toll_update_verbs"]
    return False


def _told_death(t: Trigger, lex: Lexicon) -> bool:
    """A death a protest sentence names rather than one its crowd suffered: a death noun not of a protester ('to
    mourn a colleague's death', 'commemorating the massacres'; not 'which caused the death of a marcher') or a
    killing in a clause describing someone ('relatives of a baby who died', 'families of people killed')."""
    if t.role != "excessive":
        return False
    if t.token.pos_ == "NOUN":      # (a weapon noun is the force itself, 'live ammunition', unless a crowd-control
        lemma = t.token.lemma_.lower()      # round's, 'rubber bullets')
        if lemma not in lex.words["fatality_words"]:
            return other_sense(t.token, lemma, lex)
        return not any(p.lemma_.lower() in lex.words["protest_people"] for p in of_heads(t.token)[1:])
    return any(a.dep_ in ("relcl", "acl") for a in [t.token, *list(t.token.ancestors)[:2]])


def _only_a_target(t: Trigger, aimed: set[int], shot_at: bool, lex: Lexicon) -> bool:
    """A trigger inside what a violent trigger aimed at ('targeting demonstrators calling for X'): no event of its
    own, unless it is violence itself, an intervention's weapon ('fired rubber bullets at protesters') or the
    protesters fired on ('at protesters', 'at students protesting a law'); an aircraft told deep inside the target
    ('shot a major of the air force intelligence', 'attacked troops who had been flown in by helicopters', 'shelled
    an air force base': words of the target's own phrase, not its head) is no means of the attack."""
    aboard = t.role == "method" and t.cls.sub == "Air/drone strike" and t.token.head.i in aimed
    return t.token.i in aimed and (_klass(t, lex) != "violent" or aboard) and t.role != "intervention" and not (
        shot_at and (t.token.lemma_.lower() in lex.words["protest_people"]
                     or t.role == "protest" and t.token.pos_ == "VERB" and t.token.dep_ in ("acl", "relcl")))


def _watching_craft(t: Trigger, lex: Lexicon) -> bool:
    """An aircraft told watching ('amid the overflight of reconnaissance drones', 'a surveillance drone circled
    the town'): no means of an attack (`watching_craft` on the craft, or the craft the object of a flight noun,
    `overflight_nouns`)."""
    if t.role != "method" or t.cls.sub != "Air/drone strike" or t.token.pos_ not in ("NOUN", "PROPN"):
        return False
    tok = t.token
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.words["watching_craft"] for c in tok.children):
        return True
    flights = lex.words["overflight_nouns"]
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in flights


def _accident(factual: list[Trigger], ctx: _Ctx) -> bool:
    """'Two pilots died when the aircraft crashed', 'a landslide killed 12', 'an earthquake struck the island,
    damaging 1,300 buildings': only casualty and harm words (and the craft that crashed) in a sentence naming an
    accident or a disaster, and no armed side in it; no act of violence is told."""
    words = ctx.lex.words
    if not factual:
        return False
    told = {t.token.lemma_.lower() for t in factual}
    if any(children(t.token, ("dobj", "agent")) and done_by_someone(t.token, ctx.lex)
           for t in factual):
        return False        # "gunmen killed a driver whose truck overturned", "killed by soldiers after a crash"
    if not told <= words["bare_casualty_words"]:           # harm words besides: only with no one who did them
        if not told <= words["bare_casualty_words"] | words["disaster_harms"] or ctx.armed_in(factual[0].token.sent) \
                or any(done_by_someone(t.token, ctx.lex) for t in factual):
            return False
    return not ctx.sent_lemmas.isdisjoint(words["accident_words"]) \
        or any(accidental_blast(tok, ctx.lex) for tok in factual[0].token.sent)


def _sentence_drafts(sent, ctx: _Ctx) -> list[Draft]:
    lex = ctx.lex
    ctx.sent_lemmas = set(lemmas(sent.doc)[sent.start:sent.end])
    found = [t for t in find_triggers(sent, lex)      # "in Tank district": a town's name is no weapon
             if not ctx.places.overlaps(t.token.idx, t.token.idx + len(t.token))]
    grief = ctx.grief = grievance_tokens(found)
    aimed = target_tokens(found)
    # a word of several classes is several triggers: what depends on its token alone is read once
    one_event: dict[tuple[int, bool], bool] = {}
    moods = {i: modality(t.token, lex) for i, t in {t.token.i: t for t in found}.items()}

    def not_one(t: Trigger) -> bool:
        key = (t.token.i, t.cls.sub == "Agreement")
        if key not in one_event:
            one_event[key] = not_one_event(t.token, lex, key[1])
        return one_event[key]
    tallies = {t.token.i for t in found if aggregate(t.token, lex, _instrument(t)) or not_one(t)
               or (_klass(t, lex) == "strategic" and in_relative_clause(t.token, lex))
               or (t.cls.sub == "Agreement" and idle_agreement(sent.doc[t.start:t.end], lex, ctx.armed_between))}
    tallies |= tally_dependents(found, tallies, lex)
    ctx.tallies = tallies
    ctx.cited = set()
    shot_at = not any(t.role == "method" for t in found)     # "police fired on demonstrators", not a bombing
    factual = [t for t in found if moods[t.token.i] is None and (t.token.i not in tallies or (
               t.role == "intervention" and ctx.demo is not None))     # "Several arrests were made" at a protest
               and t.token.i not in grief and not _only_a_target(t, aimed, shot_at, lex) and not _told_death(t, lex)
               and not _watching_craft(t, lex)]
    if any(t.role in ("protest", "riot") for t in factual):   # a protest's own violence and arrests
        crowd_violence = lex.classes["protester_violence"]
        factual = [Trigger(t.token, crowd_violence, t.start, t.end, False)
                   if (t.cls.sub or "") == "Looting/property destruction"
                   else t for t in factual
                   if not (t.role == "fixed" and (t.cls.sub or "").lower() in lex.words["protest_side_events"]
                           and (t.cls.sub or "") != "Looting/property destruction")]
    elif ctx.demo is None:      # no protest: stones or firebombs thrown at someone are an assault on them
        assault = lex.classes["beating"]
        factual = [Trigger(t.token, assault, t.start, t.end, True) if _thrown_at(t, lex) else t for t in factual]
    if protest_sequel(sent, factual, ctx) or _accident(factual, ctx):
        return []
    ctx.measure_alone = all(t.cls.name in lex.words["authority_classes"] for t in factual)   # no violence beside
    factual = [t for t in factual if not scene_word(t.token, lex)
               and not (t.role != "method" and kind_word(t.token, lex))]    # (not 'air force aircraft')
    refs = [t for t in factual if _claim_reference(t, lex)
            or (background(t.token, lex) and not _scene_of(t, factual, lex))]
    anchors = [t for t in factual if (t.anchor or (ctx.demo is None and _crowd_arrested(t, factual, lex)))
               and t.role not in MOD_ROLES and t not in refs]     # (after a demonstration told: its arrests)
    if ctx.demo is None and all(t.role == "violent" for t in anchors):     # ("... dispersed the crowd, killing two")
        anchors += [t for t in factual if _crowd_dispersed(t, lex) and t not in refs]
    if anchors and all(_side_event(t, lex) for t in anchors):
        # "insurgents ransacked the town following a dawn assault on Friday": the assault is this incident
        anchors += [t for t in refs if _klass(t, lex) == "violent" and not _claim_reference(t, lex)
                    and not elsewhere(t.token, lex)]
    if anchors:      # "in reprisal for the mortar attack on Sake that killed nine farmers": its own event
        apart = [t for t in refs if t not in anchors and _told_apart(t, ctx)]
        anchors += apart
        ctx.apart |= {t.token.i for t in apart}
        # a referenced attack kept out (no place of its own told): the weapon and the toll of its phrase are still
        # its own, none of this sentence's events' ('in retaliation for the mortar attack on X that killed nine')
        cited = [t for t in refs if t not in anchors and _answered(t, lex)]
        ctx.cited = {i for t in cited for i in _own_casualties(t.token, lex)}
        inside = {w.i for t in cited for w in t.token.subtree}
        if any(t.token.i not in inside for t in anchors):
            anchors = [t for t in anchors if t.token.i not in inside]
            factual = [t for t in factual if t.token.i not in inside]
    if not anchors and refs and ctx.in_lead and not (ctx.sent_lemmas.isdisjoint(lex.words["fatality_words"])
                                                     and ctx.sent_lemmas.isdisjoint(lex.words["injury_words"])):
        # "four sailors are dead (or wounded) after a ship sank following an attack by the Houthis", "the authorities
        # condemned an attack by X in Y which left 12 civilians dead": the news the text opens with, not one told before
        anchors = [t for t in refs if _klass(t, lex) == "violent" and not _claim_reference(t, lex, verbs=False)]
        refs = [t for t in refs if t not in anchors]
    passing = _told_in_passing(anchors, sent, ctx)
    if passing:                 # "skirmishes followed air raids in May by X, which left six dead": the raids
        anchors = [t for t in anchors if t.token.i not in passing]
        factual = [t for t in factual if t.token.i not in passing]
    mods = [t for t in factual if t not in anchors]
    if not anchors and not refs:
        if tallies and ctx.in_lead and ctx.series_day is None:
            ctx.series_day = _series_day(sent, [t for t in found if t.token.i in tallies], ctx)
        habit = any(moods[t.token.i] == "habit" for t in found)    # 'troops die every day in ambushes'
        return [] if tallies or habit else toll_update(sent, ctx)    # a tally's or a habit's toll updates no event
    sent_places = domestic_places(beside_borders(ctx.places.within(sent.start_char, sent.end_char), ctx.sdoc, lex),
                                  ctx.places.within(0, sent.start_char))
    sent_places = scene_places(sent_places, grief, ctx.sdoc)
    groups = _group(anchors or refs, sent_places, ctx.sdoc, lex, ctx.actors,
                    ctx.times.within(sent.start_char, sent.end_char))
    detonated = not ctx.sent_lemmas.isdisjoint(lex.words["detonation"]) and any(
        w.lemma_.lower() in lex.words["detonation"] and not unfired(w, lex) for w in sent)   # not "before it exploded"
    out = []
    same = ctx.last_place is not None and any(
        t.head.lemma_.lower() in lex.words["same_place_nouns"] for t in cue_tokens(sent, ("same",), lowers))
    owners = casualty_owners(sent, groups, lex)
    told: dict[int, list[Trigger]] = {}
    for n, (trigs, place, prec) in enumerate(groups):
        if same and (place is None or place.feature == "country"):   # "the same base was attacked": as told before
            place, prec = ctx.last_place
        split = [] if not anchors else next((h for t in trigs if (h := distributive_heads(
            t.token, ctx.actors, ctx.places, lex))), [])
        for k, target in enumerate(split or [None]):
            tplace, tprec = place, prec
            if target is not None:
                own = [p for p in ctx.places.within(*phrase_range(target)) if p.feature != "country"]
                tplace, tprec = (own[0], own[0].precision or 1) if own else (place, prec)
                if not own and ctx.places.within(*phrase_range(target)):
                    tplace, tprec = None, 0      # the country itself ("in the north of the country")
            d = _build(sent, trigs, mods, tplace, tprec, detonated, ctx, claim_only=not anchors,
                       first=k == 0, target=target, owned={i for i, g in owners.items() if g == n})
            if d is not None and split and any(_same_scene(d.event, o.event) for o in out
                                               if o.split_of == f"{sent.start}:{n}"):
                continue                              # two targets at one place with one side: one event
            if d is not None and split:
                d.split_of = f"{sent.start}:{n}"      # distinct events of one plural trigger never merge
            elif d is not None and sum(g[1] is place for g in groups) > 1:
                d.split_of = f"{sent.start}:parts"    # two sides' fire or two days at one place: never one event
            if d is not None:
                out.append(d)
                told[id(d)] = trigs
                if d.event.event_type in ("Protests", "Riots"):
                    ctx.demo = (d, list(trigs), list(mods))
                    ctx.demo_grief = {t.cls.name for t in found if t.token.i in grief}
                    if any(ctx.sdoc[i].lemma_.lower() in lex.words["release_words"] for i in grief):
                        ctx.demo_grief.add("arrest")      # "calling for a singer's release. She had been held
                        # since Monday": the grievance told again, no arrest at the protest
    return fold_arrests(out, told, lex.words["course_developments"], lex.words["contrast_marks"])


def _with_space(sent) -> str:
    """The sentence's text with the space after it (Span.text_with_ws), sliced from the document's text joined
    once: up to the next sentence's first character, or to the text's end."""
    doc = sent.doc
    return doc_text(doc)[sent.start_char:doc[sent.end].idx if sent.end < len(doc) else None]


def _same_scene(a: Event, b: Event) -> bool:
    """Two events of one kind, day and place with the same sides (ACLED: one event)."""
    return all(getattr(a, f) == getattr(b, f) for f in ("sub_event_type", "event_date", "country", "admin1", "location",
                                                         "actor1", "actor2"))


def _specific(place, prec, value, precision, own_date: bool, ctx: _Ctx, sent) -> bool:
    """A strategic development is an event with its own sub-national place, a recent own date, or
    as the news the text opens with ('The government has announced the arrest of ...')."""
    if place is not None and place.feature != "country" and prec in (1, 2, 3):
        return True
    pub = ctx.doc.published
    if pub is None:
        return True                            # recency cannot be judged
    if not own_date or not value:
        return ctx.in_lead                     # undated: only as the news the text opens with
    return precision != "year" or PartialDate.parse(value).year >= pub.year - 1


def _scene_force(prev, ctx: _Ctx, country, on) -> str | None:
    """The state force the previous sentence has act ('troopers entered the favela at dawn'),
    for a clash told next with no side named."""
    if prev.root.pos_ != "VERB":
        return None                           # "It is the sixth attack this year": no one acts
    for c in prev.root.children:
        if c.dep_ == "nsubj" and c.pos_ != "PRON":
            name = name_phrase(c, ctx.actors, ctx.lex, ctx.namer, country, on, "actor1")[0]
            if ctx.namer.is_state(name):
                return name
    return None


def _build(sent, trigs, mods, place, prec, detonated, ctx: _Ctx, claim_only: bool, first: bool,
           target=None, owned: set[int] | None = None) -> Draft | None:
    lex = ctx.lex
    value, precision, date_rank = _date_of(trigs, sent, ctx)
    apart = [t.token for t in trigs if t.token.i in ctx.apart]
    if apart and precision == "day" and not any(
            ctx.times.within(a.left_edge.idx, a.right_edge.idx + len(a.right_edge)) for a in apart):
        value, precision = value[:7], "month"     # told as what came before the day's event: its month at most
    own_date = date_rank == OWN
    if precision == "decade" and any(clause_verb(t.token).dep_ == "relcl" for t in trigs):
        return None                 # "a valley where fighting raged in the 1990s": a backdrop, no event to code
    if not own_date and all(t.cls.name in lex.words["dated_only_classes"] for t in trigs) and not \
            ctx.times.within(sent.start_char, sent.end_char):
        return None                           # "rounds went up skyward" as gunmen stormed a school: the
        # scene of the raid told next, no development of its own
    if not own_date and all(nominal_strategic(t) for t in trigs):
        return None                           # "the takeover of X", "the withdrawal": background
    if all(_klass(t, lex) == "strategic" for t in trigs) and \
            not _specific(place, prec, value, precision, own_date, ctx, sent):
        return None                           # a strategic development with no time or place of its own
    country = place.country if place is not None else ctx.home
    on = naming_day(value) if own_date or ctx.doc.published is None else ctx.doc.published
    a1, a1_kind, a2, status = roles(trigs, sent, ctx.actors, ctx.places, lex, ctx.namer, country, on)
    if a1 is None:     # "twelve people were killed after an attack by gunmen": the agent of the act it names
        a1, a1_kind = next(((n, k) for m in mods if _klass(m, lex) == "violent" and m.token.pos_ == "NOUN"
                            for h in _pobjs(m.token, {"by"})
                            for n, k in [name_phrase(h, ctx.actors, lex, ctx.namer, country, on, "actor1")] if n),
                           (None, None))
    if target is not None:
        a2 = name_phrase(target, ctx.actors, lex, ctx.namer, country, on, "actor2")[0] or a2
        status = status_of(target, ctx.actors, ctx.places, lex) or status
    if a2 is None or a2 == ctx.namer.civilians(country):
        a2 = dead_side(sent, ctx.actors, lex, a1) or a2      # the dead were the Guard's men, not the bus's
    if (a2 is None or (a1 is None and is_unidentified(a2))) and not any(
            t.role == "intervention" for t in trigs + mods) and (force := casualty_force(sent, lex)):
        a2 = ctx.namer.state_force(country, on, force)   # "wounded two policemen", "left three police officers
        # injured": the force the harmed serve (not the police hurt as they fired tear gas at a riot: its course)
    # the military only assumed for a site ('a security checkpoint', 'a checkpost') where the sentence names no
    # soldier: the police whose men fell there held it, and a later report naming the fallen decides
    site_held = a2 is not None and a2 == ctx.namer.state_force(country, on, "military") and not any(
        lex.state_force(w) == "military" for w in lemmas(sent.doc)[sent.start:sent.end])
    if site_held and casualty_force(sent, lex) == "police":
        a2, site_held = ctx.namer.state_force(country, on, "police"), False
    status = _victims(sent, trigs, status, ctx)
    if status == "armed" and any(cue in span_text(sent).lower() for cue in lex.words["off_duty_cues"]):
        status = "civilian"                   # ACLED: police or soldiers attacked off duty are civilians
        if ctx.namer.is_state(a2):
            a2 = ctx.namer.civilians(country)
    state = ctx.namer.is_state(a1) or a1_kind in ("state_force", "state")
    sub = resolve(trigs, mods, status, state, detonated, ctx.places, lex)
    if sub is None:
        return None
    if sub == "Armed clash" and status == "place" and a2 in (None, ctx.namer.civilians(country)) and not state \
            and not any(t.cls.sub == "Armed clash" for t in trigs + mods) \
            and not any(lex.state_force(w) for w in lemmas(sent.doc)):
        sub = "Attack"          # "gunmen attacked X district", no force nor fight told anywhere: the place's people
    if sub == "Armed clash" and status == "civilian" and a2 == ctx.namer.civilians(country) and (fights := [
            m for m in mods if m.token.lemma_.lower() in lex.words["reciprocal_words"] | {"killing"}]):
        foe = next((n for m in fights for h in _pobjs(m.token, {"with"})
                    for n in [name_phrase(h, ctx.actors, lex, ctx.namer, country, on, "actor2")[0]] if n), None)
        pairs = [h for m in fights for p in _pobjs(m.token, {"between"}) for h in (p, *p.conjuncts)]
        named = [n for h in pairs for n in [name_phrase(h, ctx.actors, lex, ctx.namer, country, on, "actor2")[0]]
                 if n and n != ctx.namer.civilians(country)]
        if foe or pairs:
            a2 = foe or next((n for n in named if n != a1), None) or (
                a1 if a1 is not None and not ctx.namer.is_state(a1) else None)   # "shot during clashes between
            # two clans", "killed two herders during clashes with rebels", "clashes between the army and the
            # rebels killed four": the dead were the fight's, its sides the clash's, not civilians attacked
    if sub == "Armed clash" and a1 is None and len(sides := fallen_sides(sent, ctx.actors, lex, ctx.namer, country,
                                                                         on)) >= 2 and a2 in (None, *dict(sides)):
        (a1, a1_kind), (a2, _) = sides[:2]    # "a soldier and two X fighters were killed in
        # fighting": the fight's sides are those who fell, in the order told
    if sub == "Agreement" and reference_noun(trigs) and all(
            clause_verb(t.token).lemma_.lower() not in lex.words["agreement_onsets"] for t in trigs):
        return None       # "voiced doubts about the truce": one known already, not one made
    if sub.endswith("territory") and lex.event_type[sub] == "Battles":
        if a2 is not None and a2.startswith("Civilians"):
            a2 = None                         # "captured the village of X": a place taken, not its people
        a2 = next((n for t in trigs for h in _pobjs(t.token, {"from"})
                   for n in [name_phrase(h, ctx.actors, lex, ctx.namer, country, on, "actor2")[0]] if n), a2)
        # "retook the town from the RSF": who lost it
    if sub == "Attack" and status in (None, "civilian", "place") and not state and (a1 is None or is_unidentified(a1)) \
            and (a2 is None or a2 == ctx.namer.civilians(country)) and _gang_victim(sent, ctx):
        sub, a2 = "Armed clash", ctx.namer.gang(country)
        # "a fisherman was gunned down at dawn; he had been charged last year over drug dealing": a gang's man
    if a1_kind == "state" and a1 and not ctx.namer.is_state(a1) and lex.event_type[sub] != "Strategic developments":
        a1 = ctx.namer.state_force(a1, on, "military") or a1    # "Russia launched drones": its military
    measure = ctx.in_lead and ctx.measure_alone and all(t.cls.name in lex.words["authority_classes"]
                                                        and not _backdrop_verb(t.token) for t in trigs)
    if measure and a1_kind in (None, "organisation") and _authority_told(trigs, lex):
        a1, a1_kind = ctx.namer.state_force(country, on, "government"), "state"   # "the governor imposed a curfew",
        # "the Maden governorship halted all entries" (no organisation of its own)
    if all(t.cls.name in lex.words["armed_doer_classes"] for t in trigs) and (
            a1_kind not in ARMED_KINDS or a1_kind.startswith("state") and not measure) or all(
            t.cls.name in lex.words["armed_side_classes"] for t in trigs) and a1_kind not in ARMED_KINDS - {"state"}:
        return None                           # "a charity handed out food parcels", "the ministry imposed a
        # curfew", "Morocco cut ties with Iran": no armed group's act (ACLED codes an armed group's handouts and
        # rules on a population, armed men quitting their side)
    if all(t.cls.name in lex.words["doer_only_classes"] for t in trigs):
        a2 = None                             # "the government freed 90 insurgent prisoners": those freed are no side
    if sub.lower() in lex.words["sideless_developments"] and a2 == ctx.namer.civilians(country):
        a2 = None                             # "factions elected X, a journalist, as their leader": no victim
    if all(t.cls.name in lex.words["own_forces_classes"] for t in trigs):
        a1, a2 = a1 or a2, None               # "the army sent 300 troops to X": its own men, no other side ("800
                                              # Chadian soldiers were deployed": the men moved are the mover)
        if a1_kind == "state" and a1 and not ctx.namer.is_state(a1):
            a1 = ctx.namer.state_force(a1, on, "military") or a1      # "Japan is sending troops": its military
    if a1_kind == "civilians" and lex.event_type[sub] != "Protests":
        a1 = None                             # civilians are a violent event's target, never its initiator
    if sub == "Arrests" and is_unidentified(a1):
        sub = "Abduction/forced disappearance"   # "rounded up by the armed group": gunmen do not arrest
    if sub == "Armed clash" and (a1 is None or a1_kind == "organisation") \
            and (a2 is None or a2 == ctx.namer.civilians(country)) and _brawl(trigs, sent, ctx):
        sub, a1, a2 = "Mob violence", None, None   # "two groups of villagers clashed over a land dispute", "members
                                                   # of two parties fought each other": a riot
    elif sub == "Armed clash" and a2 is None and _militia_brawl(a1, trigs, sent, ctx, on):
        sub, a1, a2 = "Mob violence", None, a1    # "a ruling party's youth wing and opposition activists traded
        # blows": a party militia's brawl with another party's supporters, no weapon fired: a riot, the militia the
        # other side
    elif sub in ("Armed clash", "Attack") and _crowd_initiates(trigs, ctx) and (
            a1 is None and _unarmed_or_state(a2, ctx)
            or (a2 in (None, a1) or a2.startswith("Civilians")) and ctx.namer.is_state(a1)):
        sub = "Mob violence"                  # "villagers assaulted a police team": the crowd rioted
        if a1 is not None:
            a1, a2 = None, a1                 # "a clash between shopkeepers and police": police the other side
        elif a2 is None or a2 == ctx.namer.civilians(country):
            a2 = _opposing_force(trigs, ctx) or a2      # "workers clashed with police": the crowd is no side
    elif sub == "Attack" and is_unidentified(a1) and all(t.token.lemma_.lower() in lex.words["bare_hand_verbs"]
                                                         for t in trigs) \
            and ctx.sent_lemmas.isdisjoint(lex.words["unknown_modifiers"]) and _crowd_initiates(trigs, ctx):
        sub, a1 = "Mob violence", None        # "clubbed to death by five men": a group of people, no weapon told
        # (not "assaulted by unknown people": ACLED's unidentified armed group)
    elif sub == "Attack" and (a1 is None or is_unidentified(a1)) and not state and status in (None, "civilian") \
            and not ctx.armed_in(sent) and private_quarrel(sent, lex):
        sub, a1 = "Mob violence", None        # "a herder was hacked to death in a row over farmland":
        # neighbours' violence, no armed group's
    if a1 is not None and a1 == a2 and sub.lower() in lex.words["state_default"]:
        a1 = None                             # "the group has arrested 250 ISIS-K members": not ISIS-K itself
    # arrests: the state's police unless told otherwise
    if a1 is None and sub.lower() in lex.words["state_default"]:
        a1 = ctx.namer.state_force(country, on, "police")
    if all(t.cls.name in lex.words["unnamed_killing_classes"] and t.token.lemma_.lower() in lex.words["finding_verbs"]
           for t in trigs):
        a1 = None                             # "police recovered a body": who found it is not who killed
    claim = next((c for t in trigs + mods if (c := claimed_by(sent, t.token, ctx.actors, lex))), None)
    # (the deed claimed may be a modifier's word: "claimed the firing of three rockets")
    blamed = attributed(sent, ctx.actors) if claim_only and not claim else None
    if (claim or blamed) and (a1 is None or is_unidentified(a1) or claim_only):
        a1 = claim or blamed
    if (a1 is None or is_unidentified(a1)) and sub.lower() in lex.words["unclaimed_explosives"] and \
            (placer := _planted_next(sent, ctx, country, on)):
        a1 = placer                           # "a bus hit a mine. The charge was probably laid by X": X's
    if COARSE.get(lex.event_type[sub]) == "violent" and (a1 is None or is_unidentified(a1) or not any(
            m.name == a1 for m in ctx.actors.within(sent.start_char, sent.end_char))) and \
            (suspect := _suspects_next(sent, ctx, country, on)):
        a1 = suspect                          # "gunships struck X. Y are the suspected attackers": Y's, not the
        # force the aircraft were assumed to be
    if a1 is None and ctx.last_attacker and COARSE.get(lex.event_type[sub]) == "violent" and (
            sequel(trigs, lex) or _another(trigs, lex)):
        a1 = ctx.last_attacker                # "subsequent attacks on X", "another airstrike": the series it began
    if a1 is None and sub == "Armed clash" and sent.start > 0 and \
            (a1 := _scene_force(sentence_of(ctx.sdoc[sent.start - 1]), ctx, country, on)) is not None:
        if a2 in (None, a1):                  # "Troopers entered X. A gunfight followed": they
            a2 = ctx.namer.unidentified(country)          # fought whoever the text leaves unnamed
    if sub == "Armed clash" and a1 is not None and (a2 is None or a2 == a1 or is_unidentified(a2)
                                                    or a2 == ctx.namer.civilians(country)):
        a2 = next((x for x in [controlling_side(sent, ctx.actors, lex)] if x and x != a1), a2)
        # "police raided a slum controlled by X; gunfire erupted": X's men fought them
    early = sub == "Disrupted weapons use" and any(premature(t, lex) for t in trigs)
    if early and a1 is None and a2 is not None and not a2.startswith("Civilians"):
        a1, a2 = a2, None                     # "militants were killed when the mine they were planting went off
        # early": their own weapon, used by them on no one (ACLED: the handlers' side alone, as actor1)
    elif sub == "Disrupted weapons use" and ctx.namer.is_state(a1) and (
            a2 is None or a2 == ctx.namer.civilians(country)):
        a2 = _weapons_owner(sent, ctx, country, on, a1) or ctx.namer.unidentified(country)
        # "police seized rifles belonging to X", "defused bombs planted by Y": theirs; a cache found with no
        # owner told: an unidentified armed group's (ACLED)
    fat = inj = None
    strategic = lex.event_type[sub] == "Strategic developments" and not early   # deaths belong to the violence
    # told beside it, a charge gone off before its time kills its own handlers
    # not counted: what a protest was about ("protested over the death of a trader"), a tally's own toll
    skip = ctx.grief if lex.event_type[sub] in ("Protests", "Riots") else ctx.tallies | ctx.cited
    if first and not strategic and not lex.words["fatality_words"].isdisjoint(ctx.sent_lemmas):
        fat = count_words(sent, lex.words["fatality_words"], lex, ctx.qfor, owned, skip)
    if first and not lex.words["injury_words"].isdisjoint(ctx.sent_lemmas):
        inj = count_words(sent, lex.words["injury_words"], lex, ctx.qfor, owned, skip)
    if sub == "Attack" and status != "place" and any(t.cls.sub == "Looting/property destruction" for t in trigs) \
            and lex.words["harm_words"].isdisjoint(ctx.sent_lemmas | next_sentence_lemmas(sent)) \
            and not lex.pattern("armed_threats").search(_told_with(sent, ctx)) \
            and not _inhabited_target(trigs, ctx, lex):
        sub = "Looting/property destruction"      # "attacked and torched a clinic", no one harmed nor threatened:
                                                  # property only (a village attacked and burned: its people's)
    elif sub == "Looting/property destruction" and a1 is not None and not state and a1_kind != "civilians" \
            and lex.pattern("armed_threats").search(_told_with(sent, ctx)):
        sub = "Attack"              # "trucks set on fire by armed men, who fired at the drivers": its people too
    if sub == "Looting/property destruction" and a1 is None and _crowd_initiates(trigs, ctx):
        sub = "Violent demonstration"     # "villagers blocked a street with blazing tyres": a crowd destroying property
    if sub in ("Armed clash", "Attack") and not (fat and fat.best) and not (inj and (inj.high or inj.low)) \
            and (a2 is None or a2 == ctx.namer.civilians(country)) and area_fire(trigs, ctx.places, lex):
        sub, a2 = SHELLING, None              # a machine gun turned on a village's lanes from a hill: fire from
        # afar at an area, no one hit (ACLED: shelling, no target coded)
    if fat is not None and fat.best and (k := split_factor(sent.text, ctx.doc.text)) > 1:
        fat = Figure(0, -(-fat.best // k), fat.best // k)       # a toll shared across k events
    reported = any(t.token.tag_ in ("VBD", "VBN", "VBZ") or clause_verb(t.token).tag_ in ("VBD", "VBN", "VBZ")
                   for t in trigs)                   # "staged a demonstration": told as having happened
    if not (own_date or place is not None or a1 or a2 or fat is not None or reported):
        return None                           # background without time, place, parties or a finite report
    if not own_date and place is None and (fat is None or _magnitude(fat)) and generic_plural(trigs):
        return None                           # "arbitrary arrests and extrajudicial killings": practices
    if not own_date and place is None and fat is not None and _magnitude(fat) and _so_far(trigs):
        return None                           # "drone strikes have killed hundreds": a running toll of a war
    if own_date and precision in ("month", "year") and a1 is None and (place is None or place.feature == "country") \
            and fat is not None and casualty_report(trigs, lex) and all(
                t.token.lemma_.lower() in lex.words["fatality_words"] | lex.words["injury_words"] for t in trigs):
        return None         # "1,000 civilians were killed in Syria in March": a month's toll (not "killed in the
        # January offensive", one event's)
    raids = [t for t in trigs + mods if t.token.lemma_.lower() in lex.words["search_raids"]]
    if sub in ("Attack", "Armed clash") and state and fat is None and inj is None and raids and all(
            t in raids or t.cls.sub == "Arrests" for t in trigs) and all(
            t in raids or t.role not in ("violent", "method") for t in mods):
        if any(t.cls.sub == "Arrests" for t in trigs):
            sub = "Arrests"                   # "police raided homes in Kano and arrested six": the raid's arrests
        elif a2 is None and sub == "Attack":
            return None                       # "police launched raids in east London": a search, no harm told
    unnamed, plain = None, ctx.namer.unidentified(country)
    charged = sub == "Armed clash" and a2 is not None and any(   # (a side it was thrown at, not a front's fire)
        t.role == "method" and (t.cls.sub or "").lower() in lex.words["unclaimed_explosives"] for t in trigs + mods)
    if a1 is None and not claim_only and (sub.lower() in lex.words["unclaimed_explosives"] or charged or (
            own_date and precision == "day" and sub.lower() in lex.words["unnamed_when_dated"]
            and not ctx.names_a_group() and any(_agentless(t.token) for t in trigs)
            and (sub != "Armed clash" or a2 and not is_unidentified(a2))) or (
            lex.event_type[sub] != "Strategic developments" and any(
                t.cls.name in lex.words["unnamed_killing_classes"]
                or any(w.lemma_.lower() in lex.words["shooting_words"] for w in t.token.doc[t.start:t.end])
                for t in trigs))):
        # ACLED: an unclaimed bomb, mine, shooting or killing (if no report names one); a clash's unnamed sides
        # (a clash fought with a charge too, 'stormed a post with grenades and pistols', as the charge's)
        unnamed = plain
    criminal = ctx.namer.criminal(country)
    if plain in (a1, a2, unnamed) and ctx.lex.pattern("crime_hallmarks" if criminal else "gang_attributions").search(
            _told_with(sent, ctx, 1)):
        # "a herder lay dead by the road, wrists bound, a warning note pinned to him"; "police raided a drug den
        # and gunfire erupted": in Mexico, a gang's killing and the gang the police fought; anywhere, a shooting
        # the report itself calls gang-related
        criminal = criminal or ctx.namer.gang(country)
        a1, a2, unnamed = (criminal if x == plain else x for x in (a1, a2, unnamed))
    a1, assoc, a2 = crowd(lex.event_type[sub], a1, a2, country, ctx)
    if sub == "Mob violence" and a2 is None and _brawl(trigs, sent, ctx):
        a2 = a1                               # "rival groups of herders fought": rioters on both sides
    if a2 is not None and any(m.kind == "person" and m.name == a2 for m in ctx.actors.items):
        a2 = None                             # "gunmen killed <a councillor's name>": ACLED names groups, never a
                                              # person (the victim of violence against civilians is a civilian)
    if a2 is not None and (lex.event_type[sub] == "Violence against civilians" or sub == "Arrests") and \
            a2 != ctx.namer.civilians(country) and _unarmed_side(a2, ctx):
        a2 = None if lex.event_type[sub] == "Violence against civilians" else ctx.namer.civilians(country)
        # "stabbed a leader of the X party", "arrested managers of a telecom company", "shot an elder of the Y
        # community": ACLED codes the people harmed or held as civilians, their group an associate
    assumed = a2 is None and (lex.event_type[sub] == "Violence against civilians"
                              or sub == "Looting/property destruction"
                              or sub == "Arrests" and status != "armed" and _detainees_told(trigs, lex))
    if assumed:
        a2 = ctx.namer.civilians(country)     # ACLED: violence against civilians (and property destroyed) has
                                              # civilians as its target
        if sub == "Looting/property destruction" and state and not lex.words["contraband_words"].isdisjoint(
                ctx.sent_lemmas):
            a2 = ctx.namer.gang(country)      # the traffickers' goods
    ev = Event(doc_id=ctx.doc.doc_id, event_type=lex.event_type[sub], sub_event_type=sub, assoc_actor1=assoc,
               evidence=Span(ctx.doc.doc_id, sent.start_char, sent.end_char),
               event_date=value, date_precision=precision, actor1=a1, actor2=a2,
               country=country, trigger=min(trigs, key=lambda t: lex.rank(t.cls.sub or "Attack")).text,
               claimed_by=claim)
    if place is None and ctx.home:
        ev.country = ctx.home                     # the document's country, never a guessed province
    scene = place
    placed = ev.event_type != "Strategic developments" or sub.lower() in lex.words["placed_developments"]
    unknown = _unknown_town(sent, trigs, ctx) if place is None or place.feature in ("admin1", "country") else None
    if scene is None and placed and sent.start > 0 and unknown is None \
            and (retold := retold_place(trigs, sent, ctx.places, ctx.times)) is not None:
        place = scene = retold                    # "The March 14 bombing killed nine": its first telling's place
        prec = retold.precision or 1
    if scene is None and placed and sent.start > 0 and unknown is None:
        # "In X, Y, police raided a slum. A shoot-out broke out": the scene the previous sentence set
        scene = lead_place(ctx.places.items, sentence_of(ctx.sdoc[sent.start - 1]).start_char, sent.start_char)
    named = ctx.places.within(sent.start_char, sent.end_char)
    if (scene is None or scene.feature == "country") and placed and all(
            p.feature == "country" and p.country == ev.country for p in named) and (not named or _current(ev, ctx.doc)):
        # the one province the text is about; a sentence naming only the country ("the latest raid in
        # Niger's west") places there the news itself, not an incident years before ("in northern Niger" in 2015)
        scene = document_province(ctx.places.items, ev.country) or scene
    if scene is not None:
        ev.country = scene.country or ev.country
        ev.admin1 = scene.admin1 if scene.feature != "admin1" else scene.name
        ev.location = scene.name
        ev.latitude, ev.longitude = scene.lat, scene.lon
        ev.geo_precision = (prec or scene.precision) if scene is place else scene.precision
    ev.fatalities = fat.best if fat else 0
    if fat:
        ev.fatalities_low, ev.fatalities_high = fat.low, fat.high
    if inj:
        ev.injuries_low, ev.injuries_high = inj.low, inj.high
    _attribution(ev, sent, trigs[0].token, ctx.doc.doc_id, ctx.actors)
    ev.notes = _summary(ev)
    series = one_of_series(trigs, lex) or ranked_told(trigs, lex)   # "the ambush was one of five linked ambushes",
    # "the attack was the deadliest since May": the event just told
    ref = series or continuation(trigs, lex) or (not own_date and (
        (reference_noun(trigs) and (place is None or fat is None))      # "the assault was in solidarity with X"
        or (place is None and casualty_report(trigs, lex) and a1 is None)))
    own_place = place is not None and place.feature != "country" and prec in (1, 2, 3) and not (
        ev.event_type != "Strategic developments" and all(
            speaker_place(place, t.token, ctx.sdoc, lex.words["reporting_verbs"]) for t in trigs)) and not series
    # "dozens died in the blast, an official at the ministry in X said": where the speaker is, not where
    # the violence was (an announcement's place, "residents of X announced", stays the development's own)
    side = all(_side_event(t, lex) for t in trigs) and ev.event_type == "Strategic developments"
    side = side or (sub == "Disrupted weapons use" and not own_date and place is None
                    and any(_klass(t, lex) == "violent" for t in trigs))   # "forces intervened, killing the
    # attackers and defusing a car bomb": told without time or place, the course of the attack told before
    return Draft(ev, own_place=own_place, own_date=own_date and not series, date_rank=date_rank,
                 claim_only=claim_only, side=side,
                 place=place, new_incident=_new_incident(sent, trigs, lex) or _after_told(trigs, lex) is not None,
                 unnamed=unnamed,
                 additional=fat is not None and _additional(sent, lex),
                 dead_of=dead_kind(sent, lex) if fat is not None else None,
                 names_perpetrator=bool(claim or blamed), reference=ref, assumed_a2=assumed, site_a2=site_held,
                 between=sub == "Armed clash" and told_between(trigs, lex), undergone=_undergone(trigs, lex),
                 place_feature=place.feature if place is not None else None, unknown_town=unknown,
                 response=any(t.cls.name == "return_fire" for t in trigs), counted=counted_events(trigs),
                 course=_course_told(sent, lex), around=_around(place, sent, ctx))


def _unknown_town(sent, trigs, ctx: _Ctx) -> str | None:
    """'a car bomb exploded in the town of X', where the gazetteer knows no X: the name of the event's own town,
    which is no place told before (None when the sentence names none of the event's own)."""
    from ..knowledge.places.cues import load_cues
    kinds = load_cues().before_of
    verbs = [clause_verb(t.token) for t in trigs]
    heads = [t.token for t in trigs] + verbs + [a for v in verbs for a in v.ancestors if a.pos_ in ("VERB", "AUX")]
    # ('near the village of X, two soldiers died when a bomb hit their patrol': the clause above the trigger's)
    for tok in sent:
        noun = tok.head.head
        if tok.dep_ == "pobj" and tok.pos_ == "PROPN" and tok.head.lower_ == "of" and noun.pos_ == "NOUN" \
                and kinds.get(noun.lower_) in ("city", "district", "neighbourhood") \
                and not ctx.places.overlaps(tok.idx, tok.idx + len(tok)) \
                and any(h.is_ancestor(tok) and foreign(tok, h, ctx.lex.words["reporting_verbs"]) is None
                        for h in heads):
            return tok.text
    return None


def _magnitude(fat) -> bool:
    """'hundreds', 'thousands', 'dozens': an order of magnitude, the toll of a practice rather than of one event."""
    return fat.low is not None and fat.high is not None and fat.high >= 5 * max(fat.low, 1)


def _so_far(trigs) -> bool:
    """A trigger verb in the present perfect ('have killed', 'has displaced'): told as a total to date."""
    return any(t.token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
                                             for c in t.token.children) for t in trigs)


def _current(ev: Event, doc: Document) -> bool:
    """The event happened in the month before the text was published: the news it tells."""
    when = PartialDate.maybe(ev.event_date, ev.date_precision)
    if when is None or doc.published is None or when.precision not in ("day", "week"):
        return False
    return 0 <= (doc.published - when.midpoint).days <= 31


def _detainees_told(trigs, lex: Lexicon) -> bool:
    """An arrest tells whom it held ('a blogger was arrested', 'police detained <a name>, an opposition figure'):
    people no armed side is named for are civilians (ACLED), whatever word or name the lexicons lack."""
    return any(t.cls.sub == "Arrests" and target_heads(t.token) and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.token.children) for t in trigs)   # not "an operation
    # to arrest him": whom it set out to hold


def _victims(sent, trigs, status: str | None, ctx: _Ctx) -> str | None:
    """Victims' status: the targets', detainees when it happened in a prison, else the dead's or the wounded's."""
    lex = ctx.lex
    if status != "prisoner" and not lex.words["detention_places"].isdisjoint(ctx.sent_lemmas) and any(
            detention_site(t.token, ctx.places.within(sent.start_char, sent.end_char), ctx.sdoc, lex) for t in trigs):
        return "prisoner"
    for words in ("fatality_words", "injury_words"):    # the dead's status, else the wounded's
        if status is None:
            toks = [f for f in cue_tokens(sent, lex.words[words]) if f.i not in ctx.cited]   # (not a cited attack's)
            status = pick_status({s for f in toks for v in victims_of(f)
                                  if (s := status_of(v, ctx.actors, ctx.places, lex))
                                  and not joined_place(v, s, ctx.actors, ctx.places, lex)})
    return status


def _attribution(ev: Event, sent, tok, doc_id: str, actors=None) -> None:
    try:
        from .attribution import find_attribution, find_denial
    except ImportError:  # pragma: no cover
        return
    src = find_attribution(sent, tok, doc_id)
    if src:
        ev.reported_by = src[0]
    den = find_denial(sent, doc_id)
    if den:
        named = [m for m in actors.within(den[1].start, den[1].end) if m.kind in ARMED_KINDS] if actors else []
        ev.denied_by = named[0].name if named else den[0]
        if not named and ev.actor2 and ev.actor2 not in (ev.actor1, ev.claimed_by):
            ev.denied_by = ev.actor2          # "ISIS-K claimed to have killed 35 Taliban, a claim the insurgent
                                              # group has denied": the side it claims to have hit


def _summary(ev: Event) -> str:
    who = ev.actor1 or "Unidentified actor"
    whom = f" against {ev.actor2}" if ev.actor2 else ""
    where = f" in {ev.location}" if ev.location else ""
    when = f" on {ev.event_date}" if ev.event_date else ""
    dead = f"; {ev.fatalities} killed" if ev.fatalities else ""
    return f"{ev.sub_event_type} by {who}{whom}{where}{when}{dead}."


def _site_holders(sent, drafts: list[Draft], ctx: _Ctx) -> None:
    """'The victims included policemen and vigilantes', told after a site was struck: the force named held the
    site the latest report assumed the military's."""
    held = next((d for d in reversed(drafts) if d.site_a2), None)
    if held is None or (force := makeup_force(sent, ctx.lex)) is None:
        return
    country = (force_country(held.event.actor2 or "") or (held.event.country or "", ""))[0].split(" (")[0]
    name = ctx.namer.state_force(country, naming_day(held.event.event_date), force)
    if name:
        held.event.actor2, held.site_a2 = name, False


def extract_events(sdoc, doc: Document, mentions: Mentions, pack=None) -> list[Event]:
    """ACLED-coded events of one parsed document, merged within the document."""
    lex = load_lexicon()
    ctx = _Ctx(sdoc, doc, mentions, pack if pack is not None else _default_pack(), lex)
    drafts: list[Draft] = []
    for sent in sentences(sdoc):
        found = _sentence_drafts(sent, ctx)
        if not found and drafts:
            _site_holders(sent, drafts, ctx)
        drafts.extend(found)
        ctx.tally_told = bool(ctx.tallies) and not found
        ctx.in_lead = ctx.in_lead and not found
        dated = [d.event for d in found if d.own_date and d.event.event_date]
        if dated:
            ctx.last_date = (dated[-1].event_date, dated[-1].date_precision)
        attackers = [d.event.actor1 for d in found if COARSE.get(d.event.event_type) == "violent"
                     and d.event.actor1 and not is_unidentified(d.event.actor1)]
        if attackers:
            ctx.last_attacker = attackers[-1]
        placed = [d for d in found if d.own_place and d.place is not None]
        if placed:
            ctx.last_place = (placed[-1].place, placed[-1].event.geo_precision or 1)
        if found or "\n" in _with_space(sent)[-3:]:      # an event told, or the paragraph ends
            ctx.scene = None
        else:
            ctx.scene = _scene_time(sent, ctx) or ctx.scene
    if (day := record_day(ctx.doc.text, ctx.times.items)) is not None:   # a record's incident: its course, not
        events = without_recalled(merge_drafts(on_incident_day(course_told(doers_held(drafts, sdoc, lex)), day)))
        # (its background; the arrest of its doers its course)
    else:
        events = merge_drafts(drafts)
    note_tolls(events, ctx.doc.text)          # "fatalities coded as 0, though an outlet said 2": the note's figure
    said_unclaimed = None                     # whether the text says nobody claimed it: read only when needed
    fronts = _fronts(ctx) if any(ev.sub_event_type in FRONT_FIRE for ev in events) else []
    for ev in events:
        _group_acts_itself(ev)
        if ev.sub_event_type == "Violent demonstration" and _detained(told := _told_lemmas(ev, ctx), lex) and \
                told.isdisjoint(lex.words["demand_words"]):
            ev.sub_event_type = "Mob violence"     # "inmates rioted in the jail", no demand told: no demonstration
        if ev.event_type in ("Protests", "Riots"):
            ev.actor2 = _protest_side(ev, ctx)
            ev.actor1, ev.actor2 = (crowd_police(a, ctx.actors, lex, ctx.namer, naming_day(ev.event_date)) or a
                                    for a in (ev.actor1, ev.actor2))   # "security forces dispersed the
            # marchers": the police that face a crowd
        elif ev.sub_event_type == "Arrests":
            ev.actor1 = crowd_police(ev.actor1, ctx.actors, lex, ctx.namer, naming_day(ev.event_date)) or ev.actor1
        if ev.sub_event_type == "Government regains territory" and _no_government_taker(ev, ctx.namer):
            ev.sub_event_type = "Non-state actor overtakes territory"    # "Russian troops seized a village in
            # Donetsk", "the Arakan Army captured X": no force of the place's state regains it
        if ev.sub_event_type.lower() in lex.words["deathless_subs"]:
            ev.fatalities, ev.fatalities_low, ev.fatalities_high = 0, None, None   # deaths told are its grievance
        if ev.event_type == "Violence against civilians" and _civilian_site(ev.actor2, ctx):
            ev.actor2 = ctx.namer.civilians(ev.country)   # "an attack on the Central Bank": the people in it
        if ev.event_type == "Violence against civilians" and ev.actor1 is None and (jailer := _jailer(ev, ctx)):
            ev.actor1 = jailer                # "a detainee died under torture in the regime's prison": its guards
        if ev.sub_event_type.lower() in lex.words["harm_coded_subs"] and ev.actor2 in (
                ctx.namer.civilians(ev.country), ctx.namer.civilians(None)) and _unharmed(ev, ctx):
            ev.actor2 = None                  # "shells hit a village. No casualties reported": no target coded
        if ev.sub_event_type == "Attack" and ev.actor2 in (ctx.namer.civilians(ev.country), ctx.namer.civilians(None)) \
                and _property_only(ev, ctx):
            ev.event_type, ev.sub_event_type = "Strategic developments", "Looting/property destruction"   # "threw
            # firebombs at two shops; no one was hurt", "the pipeline was attacked": property harmed, nobody
        if ev.actor2 is None and ev.event_type == "Explosions/Remote violence" and (
                ev.fatalities or ev.fatalities_high or ev.injuries_high):
            ev.actor2 = ctx.namer.civilians(ev.country)   # "a landmine injured a villager": the harmed, unless armed
        if ev.sub_event_type in LEGACY_EXPLOSIVES and (words := ctx.sdoc.char_span(
                ev.evidence.start, ev.evidence.end, alignment_mode="expand")) is not None \
                and legacy_ordnance(_told_with(sentence_of(words[0]), ctx), lex):
            ev.event_type, ev.sub_event_type = "Strategic developments", "Other"   # "a villager stepped on a
            # landmine laid during the war of the 1980s": a war long over, no attack of today's
        if (ev.sub_event_type == "Attack" or ev.sub_event_type == "Abduction/forced disappearance"
                and ev.actor2 != ev.actor1) and (ev.actor2 or "").startswith(("Military Forces", "Police Forces")):
            ev.event_type, ev.sub_event_type = "Battles", "Armed clash"     # "... shot the governor dead. His
            # escorts, two police officers, died too": armed men on the other side, as merged; "gunmen abducted
            # two constables": ACLED's battle with their force
        if fronts and ev.sub_event_type in FRONT_FIRE:
            _front_sides(ev, fronts, ctx)     # "the SMM recorded 40 explosions near X": the two sides of the line
        ev.admin1 = as_written(ctx.places.items, ev.country, ev.admin1, ctx.doc.text)   # the notation's spelling
        ev.admin1 = coded_level(ctx.places.items, ev)   # ACLED's level: Uganda's districts, Montenegro's regions
        ev.actor1, ev.actor2 = (_unnamed_here(a, ev, ctx) for a in (ev.actor1, ev.actor2))
        ev.actor1, ev.actor2 = (ctx.namer.in_theatre(a, ev.country, naming_day(ev.event_date))
                                for a in (ev.actor1, ev.actor2))
        if is_unidentified(ev.actor1) and not ev.claimed_by:
            if said_unclaimed is None:
                said_unclaimed = any(unclaimed(sent, lex) for sent in sentences(sdoc))
            if said_unclaimed:
                ev.actor1 = None              # "No group claimed responsibility": the source says it is unknown
        if ev.actor2 and ev.actor2 == ev.actor1 and not (ev.sub_event_type == "Armed clash" and (
                is_unidentified(ev.actor2) or _infighting(ev, ctx))) and not _two_crowds(ev, ctx):
            ev.actor2 = None                  # "the group's flag was raised": one side only (two unnamed
                                              # sides may fight: "a shoot-out erupted at dawn"; one group's
                                              # factions may: "X's factions fought each other")
        ev.notes = _summary(ev)               # as merged
    _unnamed_throughout(events, ctx, said_unclaimed)
    if day is not None:
        for ev in one_perpetrator(events, ctx.namer.is_state):
            ev.notes = _summary(ev)
    return events


def _unnamed_throughout(events: list[Event], ctx: _Ctx, said_unclaimed: bool | None) -> None:
    """A report whose attacks are told as an unnamed armed group's, by a word for it ('the sixth terrorist attack
    this year', 'militants'), with no named group attacking anywhere in it ('... two guards died when their truck
    came under attack'): an attack it tells with no attacker is that unnamed group's too (ACLED's
    Unidentified Armed Group of the country), unless the text says nobody claimed it. An unnamed attacker the
    text has no word for (a shooting's default) carries to no other attack."""
    violent = [ev for ev in events if COARSE.get(ev.event_type) == "violent"]
    told = {m.name for m in ctx.actors.items}
    unnamed = {ev.country: ev.actor1 for ev in violent
               if (ev.actor1 or "").startswith("Unidentified Armed Group") and ev.actor1 in told}
    if not unnamed or any(ev.actor1 and not is_unidentified(ev.actor1) and not ctx.namer.is_state(ev.actor1)
                          for ev in violent):
        return
    if said_unclaimed is None:
        said_unclaimed = any(unclaimed(sent, ctx.lex) for sent in sentences(ctx.sdoc))
    if said_unclaimed:
        return
    for ev in violent:
        if ev.actor1 is None and ev.country in unnamed:
            ev.actor1 = unnamed[ev.country]
            ev.notes = _summary(ev)


FRONT_FIRE = ("Armed clash", "Shelling/artillery/missile attack")


def _theatres_told(doc: Document, named: frozenset[str] = frozenset()) -> list:
    """The theatres (knowledge/places/theatres.yaml) the text names: a line of contact, the mission that watches
    it (`named`: the country codes the text names)."""
    from ..knowledge.places.theatres import load_theatres
    return [t for t in load_theatres() if t.named_in(doc.text, doc.published, named)]


def _theatre_country(doc: Document) -> str | None:
    """A text naming no place but a front of one country ('the SMM observed 40 explosions near X', X a village
    the gazetteer lacks): the front's country."""
    from ..knowledge.gazetteer import default_gazetteer
    lands = {cc for t in _theatres_told(doc) for cc in t.countries}
    land = default_gazetteer().country(next(iter(lands))) if len(lands) == 1 else None
    return land.name if land is not None else None


def _fronts(ctx: _Ctx) -> list:
    """The theatres the text names that have sides."""
    named = frozenset(p.iso for p in ctx.places.items if p.feature == "country" and p.iso)
    return [t for t in _theatres_told(ctx.doc, named) if t.sides]


def _front_sides(ev: Event, fronts: list, ctx: _Ctx) -> None:
    """Fire on a front told with no side named is the front's sides' (ACLED codes an exchange between them, and
    shelling by the first with no target); with one side named, the other is the one across the line."""
    from ..knowledge.gazetteer import default_gazetteer
    country = default_gazetteer().country(ev.country) if ev.country else None
    on = naming_day(ev.event_date) or ctx.doc.published
    for front in fronts:
        if (country.iso2 not in front.countries if country is not None else len(front.countries) > 1) or (
                ev.admin1 and not any(a == ev.admin1 for _, a in front.provinces)):
            continue                          # (a village the gazetteer lacks: the front of one country)
        sides = [n for s in front.sides if (n := ctx.namer.named(s, on))]
        if len(sides) != 2:
            return
        states = [force_country(s) for s in front.sides]
        home = [n for state, n in zip(states, sides) if state and state[0] == ev.country]
        if home and all(states) and ev.sub_event_type == "Armed clash" and {ev.actor1, ev.actor2} == set(sides):
            ev.actor1, ev.actor2 = home[0], next(n for n in sides if n != home[0])
            return                            # "Indian and Pakistani troops traded fire over the LoC in a Kotli
                                              # sector": an exchange, coded with the state whose side it is first
        told = [s for s in front.sides if _side_told(s, ev, ctx)]
        if len(told) == 1 and told[0] == front.sides[1]:
            sides.reverse()                   # "the Pakistan army violated the ceasefire along the LoC": it fired
        elif not told and front.holders(ctx.doc.text[ev.evidence.start:ev.evidence.end],
                                        ev.location) == {front.sides[0]}:
            sides.reverse()                   # "explosions near X", X held by the first: fire from across the line
        if ev.actor1 is None and ev.actor2 is None:     # (shelling told with no target: ACLED codes none)
            ev.actor1, ev.actor2 = sides[0], sides[1] if ev.sub_event_type == "Armed clash" else None
        elif ev.actor1 is None and ev.actor2 in sides:
            ev.actor1 = sides[1 - sides.index(ev.actor2)]
        elif ev.actor2 is None and ev.actor1 in sides:
            ev.actor2 = sides[1 - sides.index(ev.actor1)]
        return


def _side_told(side: str, ev: Event, ctx: _Ctx) -> bool:
    """A front's side ('Military Forces of Pakistan') is named in the event's sentence by its country or people."""
    state = force_country(side)
    if state is None:
        return False
    country = state[0]
    stem = country[:-1] if country.endswith("e") else country      # Pakistan(i), India(n), Ukrain(e|ian)
    return re.search(rf"\b{re.escape(stem)}", ctx.doc.text[ev.evidence.start:ev.evidence.end]) is not None


def _told_after(ev: Event, ctx: _Ctx):
    """The event's sentence and the two after it: (its sentence, the token index they end at, their text in lower
    case); None when the event has no words."""
    span = expanded_span(ctx.sdoc, ev.evidence.start, ev.evidence.end)
    if not span:
        return None
    sent = sentence_of(span[0])
    last = sent.end
    for _ in range(2):
        last = sentence_of(ctx.sdoc[last]).end if last < len(ctx.sdoc) else last
    return sent, last, ctx.doc.text[sent.start_char:ctx.sdoc[last - 1].idx + len(ctx.sdoc[last - 1])].lower()


def _unharmed(ev: Event, ctx: _Ctx, told=None) -> bool:
    """No toll found, and the event's sentence or the two after it say nobody was killed or hurt, or tell no harm
    to anyone at all ('shells hit a compound', 'strikes destroyed houses': property only; not 'villagers fled',
    nor a ship or a bus hit: its people were aboard). `told`: `_told_after`'s answer where the caller has it."""
    if ev.fatalities or ev.fatalities_high or ev.injuries_high:
        return False
    if (told := told or _told_after(ev, ctx)) is None:
        return False
    sent, last, text = told
    if any(cue in text for cue in ctx.lex.words["unharmed_cues"]):
        return True
    told = set(lemmas(ctx.sdoc)[sent.start:last])
    return told.isdisjoint(ctx.lex.words["harm_words"]) and told.isdisjoint(ctx.lex.words["driven_off"]) \
        and ctx.lex.words["crewed_targets"].isdisjoint(lemmas(ctx.sdoc)[sent.start:sent.end])


def _unnamed_here(name: str | None, ev: Event, ctx: _Ctx) -> str | None:
    """An unnamed armed side belongs to the country it acted from ("a rocket fired from X into Y": X's),
    else to the country of its event ("gunmen" in Gaza in a text about Kabul: Palestine's), named by
    the pack's convention for that country."""
    if not (name and name.startswith("Unidentified Armed Group (")):
        return name
    home = next((p.country for p in ctx.places.within(ev.evidence.start, ev.evidence.end)
                 if p.country and _from_place(p, ctx.sdoc)), None) or ev.country
    return ctx.namer.unidentified(home) if home and not name.endswith(f"({home})") else name


def _from_place(place: PlaceMention, sdoc) -> bool:
    span = expanded_span(sdoc, place.span.start, place.span.end)
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "from"


def _thrown_at(t: Trigger, lex: Lexicon) -> bool:
    """'youths threw stones at a patrol', 'a petrol bomb hurled at a police van': a crowd's missiles aimed at
    someone (a protest's own violence when a protest is told); aimed at a shop or a building, property."""
    tok = t.token
    if t.role != "protester_violence" or tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.words["thrown_verbs"]:
        return False
    aims = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" for p in c.children if p.dep_ == "pobj"]
    return bool(aims) and not any(a.lemma_.lower() in lex.words["property_targets"] for a in aims)


def _gang_victim(sent, ctx: _Ctx) -> bool:
    """The text ties the victim to a gang or the drug trade in this sentence or the two after it ('police said he
    had been charged with drug dealing', 'he belonged to a gang, neighbours said'): the lexicon's gang-tie pattern."""
    if any(m.actor_id == "unidentified_gang" for m in ctx.actors.within(sent.start_char, sent.end_char)):
        return False                          # "members of a gang shot a trader": the gang is who shot
    return bool(ctx.lex.gang_ties.search(_told_with(sent, ctx)))


def _inhabited_target(trigs, ctx: _Ctx, lex: Lexicon) -> bool:
    """An attack whose object is where people live, told with arson ('attacked herders' settlements and burned
    homes', 'raided Gwoza and burnt its church'): a settlement or a town named, not a building."""
    if not any(t.cls.sub == "Looting/property destruction" and t.token.lemma_.lower() in lex.words["arson_acts"]
               for t in trigs):
        return False                    # homes burned endanger the people in them; goods taken do not
    for t in trigs:
        if t.cls.sub == "Looting/property destruction":
            continue
        objs = [c for c in t.token.children if c.dep_ == "dobj"]
        objs += [g for c in t.token.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                 if g.dep_ == "pobj"]
        for o in objs + [c for x in objs for c in x.children if c.dep_ == "conj"]:
            if o.lemma_.lower() in lex.words["inhabited_places"] or any(
                    p.feature == "city" and p.span.end > o.idx for p in ctx.places.starting(o.idx - 80, o.idx + 1)):
                return True
    return False


def _told_with(sent, ctx: _Ctx, before: int = 0) -> str:
    """The text of the event's sentence and the two after it, where a report tells a killing's circumstances (and
    of the `before` sentences before it, where it set the scene: 'police raided a drug den. Gunfire erupted')."""
    start = sent.start
    for _ in range(before):
        if start > 0:
            start = sentence_of(ctx.sdoc[start - 1]).start
    end = sent.end
    for _ in range(2):
        if end >= len(ctx.sdoc):
            break
        end = sentence_of(ctx.sdoc[end]).end
    return doc_text(ctx.sdoc)[ctx.sdoc[start].idx:ctx.sdoc[end - 1].idx + 1]


def _brawl(trigs, sent, ctx: _Ctx) -> bool:
    """A clash between unarmed people ('two groups clashed', 'a brawl between supporters of two candidates',
    'villagers clashed'): no armed actor in the sentence and a side named by a people word (ACLED: mob violence)."""
    lex = ctx.lex
    if ctx.armed_in(sent):
        return False
    for t in trigs:
        if t.token.lemma_.lower() not in lex.words["brawl_words"]:
            continue                          # "people were killed in the offensive": victims, not sides
        sides = [c for c in t.token.children if c.dep_ == "nsubj"]
        heads = [t.token, t.token.head] if t.token.dep_ == "nsubj" else [t.token]    # "a brawl broke out between"
        sides += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("between", "with", "among")
                  for p in c.children if p.dep_ == "pobj"]
        sides += [c for s in list(sides) for c in s.conjuncts]
        if any(s.lemma_.lower() in lex.words["people_nouns"] or _organisation(s, ctx) for s in sides):
            return True
    return False


def _inters(name: str | None, sent, ctx: _Ctx, on) -> set[int]:
    """ACLED's inter codes, on the day, of the actors the sentence names by `name` (those the pack knows)."""
    pack = ctx.namer.pack
    if name is None or pack is None or not hasattr(pack, "inter_at"):
        return set()
    ids = {m.actor_id for m in ctx.actors.within(sent.start_char, sent.end_char)
           if m.name == name and not m.provisional and m.actor_id in pack.records}    # (not a composite side)
    return {code for i in ids if (code := pack.inter_at(i, on)) is not None}


def _militia_brawl(a1: str | None, trigs, sent, ctx: _Ctx, on) -> bool:
    """A fight (`brawl_words`) between a political militia the pack knows (ACLED's inter code 3: a party's youth
    wing) and people or a party ('the youth wing and opposition activists fought each other', 'clashed with clubs'),
    where no firearm is told: ACLED codes the fight mob violence, the militia its second side."""
    lex = ctx.lex
    if a1 is None or is_unidentified(a1) or not ctx.sent_lemmas.isdisjoint(lex.words["armed_cues"] - lex.words[
            "armed_parties"]) or _inters(a1, sent, ctx, on) != {3}:
        return False
    for t in trigs:
        if t.token.lemma_.lower() not in lex.words["brawl_words"]:
            continue
        sides = [c for c in t.token.children if c.dep_ in ("nsubj", "nsubjpass")]
        sides += [p for c in t.token.children if c.dep_ == "prep" and c.lower_ in ("with", "between", "against")
                  for p in c.children if p.dep_ == "pobj"]
        sides += [c for s in list(sides) for c in s.conjuncts]
        others = [s for s in sides if not any(m.name == a1 for m in ctx.actors.within(s.idx, s.idx + len(s)))]
        if any(s.lemma_.lower() in lex.words["people_nouns"] or _organisation(s, ctx) for s in others):
            return True
    return False


def _organisation(side, ctx: _Ctx) -> bool:
    """A side named as an organisation that bears no arms (a party, a union), or as its members or supporters
    ('CNL supporters', 'the ruling party'): one the pack knows, or a name with a party word."""
    end = side.right_edge
    found = ctx.actors.within(side.left_edge.idx, end.idx + len(end))
    words = ctx.lex.words["party_words"]
    return bool(found) and all(m.kind == "organisation" and (not m.provisional or not words.isdisjoint(
        m.text.lower().split())) for m in found)


def _crowd_initiates(trigs, ctx: _Ctx) -> bool:
    """The violence's subject is a crowd of ordinary people ('villagers assaulted police officers', 'migrant
    workers clashed with police', 'a group of youths attacked a patrol'): ACLED's mob violence, the crowd
    coded as rioters. Not a lone man, nor people who shoot, whom the phrase arms, or who belong to a group the
    text names (a party's workers, a community's youths: that group is the actor)."""
    lex = ctx.lex
    armed = lex.words["armed_cues"] | lex.words["crowd_armed"]
    told = [w for x in trigs for w in x.token.doc[x.start:x.end]]      # "a shoot-out between two groups"
    if any(w.lemma_.lower() in lex.words["shooting_words"] for w in told):
        return False
    if trigs and not ctx.sent_lemmas.isdisjoint(lex.words["shooting_words"]) and not any(
            m.kind == "state_force" for m in ctx.actors.within(trigs[0].token.sent.start_char,
                                                                trigs[0].token.sent.end_char)):
        return False                          # "died in stray gunfire during clashes between two clans": armed men,
        # no force there to have fired
    for t in trigs:
        if t.cls.name in lex.words["unnamed_killing_classes"]:
            continue                          # "farmers discovered two bodies": finders, not attackers
        verb = t.token if t.token.dep_ != "amod" else clause_verb(t.token.head)   # "blocked a street with blazing
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):        # tyres": blocked
            verb = verb.head                  # "attacked and assaulted a patrol": the first verb's subject
        while (verb.tag_ == "VBG" and verb.dep_ == "advcl" or verb.dep_ == "xcomp") and verb.head.pos_ == "VERB" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head      # "youths gathered at the station, throwing stones", "youths tried to lynch him"
        acts = [verb, *verb.conjuncts]
        acts += [c for v in acts for c in v.children if c.dep_ == "dobj"    # "opened fire", "shot and burnt"
                 and not (c.lemma_.lower() == "fire" and v.lemma_.lower() in ("set", "light"))]   # not "set fire to"
        subjects = [stands_for(c) for c in verb.children if c.dep_ == "nsubj"]     # "villagers who attacked"
        subjects += [p for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "agent"
                     for p in c.children if p.dep_ == "pobj"]     # "was attacked and beaten by locals"
        between = []
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in lex.words["brawl_words"]:
            # "a clash between shopkeepers and police": the first side told (not "killings between clans")
            heads = [verb, verb.head] if verb.dep_ == "nsubj" else [verb]
            between = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                       for p in c.children if p.dep_ == "pobj"][:1]
            between += [c for b in between for c in b.conjuncts]    # "between police and shopkeepers"
        elif verb.pos_ == "VERB" and verb.lemma_.lower() in lex.words["brawl_words"]:
            # "police fought with vendors": a fight has two sides alike, whichever the sentence makes its subject
            between = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                       for p in c.children if p.dep_ == "pobj"][:1]
        for subj in subjects + between:
            heads = of_heads(subj)                # "a group of youths"
            if not (any(_plural(h) or h.lemma_.lower() in lex.words["collective_people"] for h in heads)
                    and any(h.lemma_.lower() in lex.words["people_nouns"] or _a_people(h) for h in heads)):
                continue
            others = {w.i for c in subj.subtree if c.dep_ in ("conj", "cc") and c is not subj for w in c.subtree} \
                if subj in between else set()     # "between X and police": the other side is not X's phrase
            if verb.dep_ == "relcl" and verb.head.i == subj.i:      # "residents who beat a policeman": whom
                others |= {w.i for c in verb.children if c.dep_ == "dobj" for w in c.subtree}     # they beat
            phrase = [w for w in subj.subtree if w.i not in others]
            starts = {w.idx for w in phrase}
            named = [m for m in ctx.actors.within(phrase[0].idx, phrase[-1].idx + len(phrase[-1]))
                     if m.span.start in starts]
            if any(w.lemma_.lower() in armed for w in phrase) or any(m.kind != "civilians" for m in named) \
                    or any(w.lemma_.lower() in armed - lex.words["armed_parties"] for w in acts):
                continue                      # armed, or a named group's men ("a group of <party> workers"); whom
            return True                       # they beat ("beat up a soldier") arms no one
    return False


def _plural(tok) -> bool:
    """A plural noun, also where the tagger took it for a verb ("inmates set fire...": VBZ): its lemma differs."""
    return tok.tag_ in ("NNS", "NNPS") or tok.pos_ != "PROPN" and tok.lower_ != tok.lemma_.lower()


def _a_people(tok) -> bool:
    """A plural noun ('Palestinians', 'Ghanaians') naming the people of a country, not a force."""
    from ..knowledge.actors import default_pack
    land = default_pack().demonym_country(tok.text)
    return land is not None and tok.lower_ != land.lower()


def _unarmed_or_state(name: str | None, ctx: _Ctx) -> bool:
    """A side a crowd's violence may face and stay a riot: none, civilians, a state's forces, guards hired to protect
    a site, or a body the text names that is no armed group ("assaulted Ugandan Armed Police personnel", a force the
    pack does not hold)."""
    if name is None or name.startswith("Civilians") or ctx.namer.is_state(name):
        return True
    return not any(m.name == name and m.kind in ARMED_KINDS and m.actor_id != "private_security"
                   for m in ctx.actors.items)     # a crowd that beat a hired guard rioted all the same


def _opposing_force(trigs, ctx: _Ctx) -> str | None:
    """The state force a crowd fought or beat: named in the trigger's object or its with/against/between phrase
    ("clashed with police", "assaulted a police team"), not a police station that only locates it."""
    sides = [c for t in trigs for c in t.token.children if c.dep_ == "dobj"]
    sides += [o for t in trigs for c in t.token.children if c.dep_ == "prep"
              and c.lower_ in ("with", "against", "between") for o in c.children if o.dep_ == "pobj"]
    heads = {w.idx for s in sides for w in (s, *s.conjuncts)}
    return next((m.name for m in ctx.actors.items if m.kind == "state_force"
                 and any(m.span.start <= i < m.span.end for i in heads)), None)


def _civilian_site(name: str | None, ctx: _Ctx) -> bool:
    """An institution named as violence's target by what it is ('the Central Bank', 'the Ministry of Water'):
    ACLED's target is the civilians in it; a named NGO or person stays the target it is."""
    if not name or not any(m.kind == "organisation" for m in ctx.actors.items if m.name == name):
        return False
    return not ctx.lex.words["civilian_sites"].isdisjoint(w.lower() for w in re.findall(r"[A-Za-z]+", name))


def _planted_next(sent, ctx: _Ctx, country, on) -> str | None:
    """The armed side the next sentence says laid the charge ('The charge was probably laid by X')."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    lex = ctx.lex
    for tok in doc[sent.end].sent:
        if tok.lemma_.lower() not in lex.words["placing_verbs"] or tok.tag_ != "VBN" or not any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in lex.words["planted_things"] for c in tok.children):
            continue
        if (name := _armed_named(_pobjs(tok, {"by"}), ctx, country, on)) and not is_unidentified(name):
            return name
    return None


def _suspects_next(sent, ctx: _Ctx, country, on) -> str | None:
    """The armed side the next sentence names as the act's doers, with a copula ('X are the suspected attackers',
    'the perpetrators were X fighters')."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    doers = ctx.lex.words["assailant_nouns"]
    for tok in doc[sent.end].sent:
        if tok.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in tok.children):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        attributes = [c for c in tok.children if c.dep_ == "attr"]
        for named, role in ((subjects, attributes), (attributes, subjects)):
            if any(r.lemma_.lower() in doers for r in role) and (name := _armed_named(named, ctx, country, on)) \
                    and not is_unidentified(name):
                return name
    return None


def _weapons_owner(sent, ctx: _Ctx, country, on, seizer: str | None) -> str | None:
    """The armed side the sentence says seized or defused weapons were of: 'belonging to X', 'planted by X',
    'thought to have been laid by X' (owning_verbs, placing_verbs)."""
    lex = ctx.lex
    for tok in sent:
        lemma = tok.lemma_.lower()
        heads = _pobjs(tok, {"to"}) if lemma in lex.words["owning_verbs"] else \
            _pobjs(tok, {"by"}) if lemma in lex.words["placing_verbs"] and tok.tag_ == "VBN" else []
        if name := _armed_named(heads, ctx, country, on, seizer):
            return name
    return None


def _armed_named(heads, ctx: _Ctx, country, on, besides: str | None = None) -> str | None:
    """The first armed side the phrases name ('laid by X', 'belonging to Y'), other than `besides`."""
    for h in heads:
        name, kind = name_phrase(h, ctx.actors, ctx.lex, ctx.namer, country, on, "actor1")
        if name and name != besides and kind in ARMED_KINDS:
            return name
    return None


def _unarmed_side(name: str, ctx: _Ctx) -> bool:
    """A side the text names that bears no arms: an organisation (a party, a company, an association), a people or
    community; not an armed group, a state's force, a crowd."""
    kinds = {m.kind for m in ctx.actors.items if m.name == name}
    return bool(kinds) and kinds <= {"organisation", "civilians"}


def _two_crowds(ev: Event, ctx: _Ctx) -> bool:
    """Two crowds fought ("rival groups of herders fought", set in `_build`): rioters on both sides; or a crowd
    answered the protest ("supporters of the mayor held a counter-protest", `counter_crowds` in its sentence or
    the two after): protesters on both sides (ACLED)."""
    if ev.sub_event_type == "Mob violence" and ev.actor2 == ev.actor1 and (ev.actor1 or "").startswith("Rioters"):
        return True
    if ev.event_type not in ("Protests", "Riots") or not (ev.actor1 or "").startswith(("Protesters", "Rioters")):
        return False
    for span in (ev.evidence, *ev.extra_evidence):
        words = ctx.sdoc.char_span(span.start, span.end, alignment_mode="expand")
        if words and ctx.lex.pattern("counter_crowds").search(_told_with(sentence_of(words[0]), ctx)):
            return True
    return False


def _infighting(ev: Event, ctx: _Ctx) -> bool:
    """The event's sentence tells a fight with a reciprocal other side ('rival factions fought each other')."""
    words = ctx.sdoc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    return words is not None and any(fights_itself(t, ctx.lex) or t.pos_ == "VERB" and each_other(t) for t in words)


def _protest_side(ev: Event, ctx: _Ctx) -> str | None:
    """A protest's second side is who acted at it (police who dispersed it, counter-demonstrators, an armed
    group that fired on it), never what it was against ("against a journalist's detention", "against
    the United States"); a peaceful protest has none but counter-demonstrators (ACLED)."""
    if _two_crowds(ev, ctx):
        return ev.actor1
    a2 = ev.actor2 if ev.actor2 != ev.actor1 else None     # "police fired at protesters": the crowd is the protest
    if a2 is not None and a2.startswith(("Protesters", "Rioters")):
        if a2.split(" (")[0] != (ev.actor1 or "").split(" (")[0]:
            a2 = None                                  # "clashes between police and demonstrators": the crowd
        else:                                          # itself, typed a riot; the other side is who acted at it
            return a2
    if ev.sub_event_type == "Peaceful protest":
        return None
    if ev.event_type == "Riots" and a2 is not None and a2.startswith("Civilians") and not _in_prison(ev, ctx):
        return _fought_force(ev, ctx) or a2        # a mob's victims, unless it fought a state's force ("clashed
                                                   # with police and stoned their quarters": the police)
    if a2 is not None and (a2.startswith(("Military Forces", "Police Forces")) or
                           {m.kind for m in ctx.actors.items if m.name == a2} & (ARMED_KINDS - {"state"})):
        return a2
    for span in (ev.evidence, *ev.extra_evidence):     # "police used tear gas on the crowd": who intervened
        for m in ctx.actors.within(span.start, span.end):
            tok = expanded_span(ctx.sdoc, m.span.start, m.span.end)
            if m.kind == "state_force" and not (tok is not None and ctx.lex.speaks(tok.root)):
                guards = ev.event_type == "Riots" and "guard" in m.text.lower() and _prison_guards(ev, ctx)
                return guards or m.name                # ("Prison guards killed one of them": the prison's)
    if ev.event_type == "Riots" and (guards := _prison_guards(ev, ctx)):
        return guards                                  # "inmates rioted in the jail": against its guards
    for span in (ev.evidence, *ev.extra_evidence):     # "Police intervened": the state's force the pack has no name for
        words = expanded_span(ctx.sdoc, span.start, span.end) or ()
        force = next((f for t in words if (f := ctx.lex.state_force(t.lemma_.lower())) and not ctx.lex.speaks(t)), None)
        if force:
            return ctx.namer.state_force(ev.country, naming_day(ev.event_date), force)
    if ev.event_type == "Riots" and _property_harmed(ev, ctx):
        return ctx.namer.civilians(ev.country)         # "rioters threw petrol bombs at a bank": its owners
    if ev.sub_event_type == "Mob violence":
        return ctx.namer.civilians(ev.country)         # a mob's violence has a target: civilians, unless named
    if ev.sub_event_type == "Protest with intervention" and any(
            c.sub == "Arrests" for span in (ev.evidence, *ev.extra_evidence)
            for t in expanded_span(ctx.sdoc, span.start, span.end) or () if t.dep_ not in ("relcl", "acl", "amod")
            for c in ctx.lex.single.get(t.lemma_.lower(), ())):
        return ctx.namer.state_force(ev.country, naming_day(ev.event_date), "police")   # "three protesters were
        # arrested": whoever arrests is the police unless told otherwise (ACLED); not "an imam whom police jailed"
    return None


def _property_only(ev: Event, ctx: _Ctx) -> bool:
    """An attack that harmed property and nobody ('threw firebombs at a shop. No one was hurt', 'the pipeline was
    attacked'): no shots nor guns told (`armed_threats`, `armed_with`) in its sentence or the two after it, no place
    with its people attacked ('attacked the village and burned homes': an attack on them)."""
    words = expanded_span(ctx.sdoc, ev.evidence.start, ev.evidence.end) or ()
    lex = ctx.lex
    told = _told_after(ev, ctx)
    if not words or told is None or any(cue in told[2] for cue in lex.words["armed_threats"] | lex.words["armed_with"]):
        return False
    if any(t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in lex.words["riot_harm_verbs"] and (
            t.lemma_.lower() in lex.words["inhabited_places"] or ctx.places.at_token(t)) for t in words):
        return False
    owned = lex.words["private_property"] | lex.words["property_targets"] | lex.words["utility_works"]
    return _property_harmed(ev, ctx, owned) and _unharmed(ev, ctx, told)


def _property_harmed(ev: Event, ctx: _Ctx, owned: frozenset[str] | None = None) -> bool:
    """The event's sentence tells a harm done to private property: a harm verb (`riot_harm_verbs`) whose object,
    or the noun after its 'at', 'to' or 'on', is property (`owned`, else `private_property`) or a part of it
    ('smashed the front of a shop'); 'set fire to a shop', 'set a lorry on fire'."""
    words = expanded_span(ctx.sdoc, ev.evidence.start, ev.evidence.end) or ()
    verbs, owned = ctx.lex.words["riot_harm_verbs"], owned or ctx.lex.words["private_property"]

    def property_(tok) -> bool:
        heads = [tok] + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"]
        return any(h.lemma_.lower() in owned for h in heads)

    for verb in (t for t in words if t.pos_ == "VERB" and t.lemma_.lower() in verbs):
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "to", "on")
                    for p in c.children if p.dep_ == "pobj"]
        objects += [p for o in objects if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep"
                    and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]     # "set fire to a shop"
        if any(property_(x) for o in objects for x in (o, *o.conjuncts)):
            return True
    return False


def _told_lemmas(ev: Event, ctx: _Ctx) -> set[str]:
    """The lemmas of the event's sentences."""
    return {t.lemma_.lower() for span in (ev.evidence, *ev.extra_evidence)
            for t in expanded_span(ctx.sdoc, span.start, span.end) or ()}


def _in_prison(ev: Event, ctx: _Ctx) -> bool:
    """The event's sentences tell detainees and a prison (a riot of detainees: those of them harmed are rioters, not
    the riot's civilian victims)."""
    return _detained(_told_lemmas(ev, ctx), ctx.lex)


def _detained(lemmas: set[str], lex: Lexicon) -> bool:
    """Sentences (their lemmas) that tell detainees and a prison."""
    return not (lemmas.isdisjoint(lex.words["inmates"]) or lemmas.isdisjoint(lex.words["detention_places"]))


def _prison_guards(ev: Event, ctx: _Ctx) -> str | None:
    """The guards of the prison a riot of detainees broke out in ('prisoners rioted in the jail'), named as ACLED
    names them ('Police Forces of X (period) Prison Guards'; the force that runs the state's prisons); None when the
    event's sentences tell no detainees or no prison."""
    return _guards(ev, ctx) if _in_prison(ev, ctx) else None


def _guards(ev: Event, ctx: _Ctx) -> str | None:
    """The state's prison guards in the event's country, as ACLED names them."""
    pack = ctx.namer.pack
    force = pack.force_in("prison guards", ev.country, "police") if pack is not None else "police"
    name = ctx.namer.state_force(ev.country, naming_day(ev.event_date), force)
    return f"{name} Prison Guards" if name else None


def _jailer(ev: Event, ctx: _Ctx) -> str | None:
    """Who holds the prison an attack is told in ('died under torture in the regime's prison', 'in a jail run by X'
    as 'in an X-run jail'): an armed side named on the prison noun, or the state's prison guards where a state word
    qualifies it ('a regime prison', 'a military jail'), in the event's sentences or the one before them ('a detainee
    died in an X-run jail. He had been tortured inside the prison'); None where they tell no such prison."""
    lex = ctx.lex
    spans = [w for span in (ev.evidence, *ev.extra_evidence)
             if (w := expanded_span(ctx.sdoc, span.start, span.end)) is not None]
    if not spans:
        return None
    first = sentence_of(min(spans, key=lambda w: w.start)[0]).start
    before = sentence_of(ctx.sdoc[first - 1]).start if first > 0 else first
    for tok in [*ctx.sdoc[before:first], *(t for w in spans for t in w)]:
        if tok.lemma_.lower() not in lex.words["detention_places"] or tok.dep_ != "pobj" \
                or tok.head.lower_ not in lex.words["held_in_preps"]:
            continue
        mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        named = [m for c in mods for m in ctx.actors.within(c.left_edge.idx, c.idx + len(c)) if m.kind in ARMED_KINDS]
        if named:
            return named[0].name
        if any(c.lemma_.lower() in lex.words["state_modifiers"] or lex.state_force(c.lemma_.lower()) for c in mods):
            return _guards(ev, ctx)
    return None


def _fought_force(ev: Event, ctx: _Ctx) -> str | None:
    """The state force a crowd's own sentence says it fought or attacked: the object of its act or the noun after
    with, at or against ('clashed with police', 'hurled rocks at soldiers'), not one that came afterwards."""
    for m in ctx.actors.within(ev.evidence.start, ev.evidence.end):
        tok = expanded_span(ctx.sdoc, m.span.start, m.span.end)
        root = tok.root if tok is not None else None
        if m.kind == "state_force" and ctx.namer.is_state(m.name) and root is not None and (
                root.dep_ == "dobj" or root.dep_ == "pobj" and root.head.lower_ in ("with", "at", "against")):
            return m.name
    return None


def _course_told(sent, lex: Lexicon) -> bool:
    """The sentence opens on the event told before ('During the robbery, ...', 'In the course of the raid, ...'):
    what it tells is that event's course, and what it turned into."""
    opener = next((t for t in sent if not t.is_punct), None)
    if opener is None or opener.lower_ not in lex.words["course_preps"] or opener.dep_ != "prep":
        return False
    frame = next((c for c in opener.children if c.dep_ == "pobj"), None)
    if frame is not None and frame.lower_ == "course":
        frame = next((p for c in frame.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"), None)
    return frame is not None and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in frame.children)


def _additional(sent, lex: Lexicon) -> bool:
    """'Three raiders were also killed', 'two other policemen died': the deaths come on top of a toll told
    before."""
    return any(any(c.dep_ == "advmod" and c.lower_ in lex.words["additive_cues"] for c in t.children) or any(
        c.dep_ in ("amod", "det") and c.lower_ in lex.words["additive_mods"] for v in victims_of(t) for c in v.children)
               for t in cue_tokens(sent, lex.words["fatality_words"]))


def _new_incident(sent, trigs, lex: Lexicon) -> bool:
    """'Separately, ...', 'In another incident, ...': the sentence opens another incident; 'a villager was killed in
    another air raid': the event word itself is another."""
    return any(t.lower_ in lex.words["new_incident_cues"] for t in sent[:4]) or _another(trigs, lex) \
        or _hours_later(sent, lex)


def _hours_later(sent, lex: Lexicon) -> bool:
    """'Hours later, a missile strike on X killed 12': the sentence opens another act after the one told before,
    with a subject of its own ('Hours later, the gunmen died in a shootout with officers' goes on with the act
    told before: its subject refers back)."""
    head = sent[:4]
    if not any(t.lower_ == "later" and i and head[i - 1].lemma_.lower() in lex.words["later_units"]
               for i, t in enumerate(head)):
        return False
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.tag_ != "PRP" and not any(
        c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE or c.dep_ == "poss") for c in subj.children)


def _news_day_roundup(sent, ctx: _Ctx) -> bool:
    """'Elsewhere, ...', 'In a separate incident, ...' (`roundup_cues`) in a report of the last few days' news (the
    incident told before lies a few days at most before the publication): another incident of that news day."""
    last, pub = PartialDate.maybe(*ctx.last_date), ctx.doc.published
    if last is None or last.precision != "day" or pub is None or not 0 <= (pub - last.first).days <= REPORT_LAG_DAYS:
        return False
    return any(t.lower_ in ctx.lex.words["roundup_cues"] for t in sent[:4])


def _another(trigs, lex: Lexicon) -> bool:
    """'a herder died in another air raid', 'two other blasts hit the market': the event word itself tells another
    incident of the series ('the other blast' is one of a pair told before)."""
    return any(c.dep_ in ("det", "amod") and c.lower_ in lex.words["other_incident_determiners"]
               and not any(d.dep_ == "det" and d.lower_ in DEFINITE for d in t.token.children)
               for t in trigs for c in t.token.children)


def _after_told(trigs, lex: Lexicon) -> tuple[int, str] | None:
    """'hurt in a gunfight with officers three days after the blast': the trigger's event is another, that long
    (n, unit) after the event the definite noun refers to (the one told last)."""
    for t in trigs:
        for head in {t.token.i: t.token, clause_verb(t.token).i: clause_verb(t.token)}.values():
            for prep in children(head, ("prep",)):
                if prep.lower_ != "after":
                    continue
                told = [p for p in children(prep, ("pobj",)) if p.pos_ == "NOUN"
                        and any(d.lower_ in DEFINITE for d in children(p, ("det",)))]
                if not told or told[0].i == t.token.i or told[0].lemma_.lower() not in lex.single:
                    continue
                for span in prep.children:
                    n = next((c for c in span.children if c.dep_ == "nummod"), None)
                    if span.dep_ == "npadvmod" and n is not None:
                        q = parse_quantity(n.text)
                        if q and q[2] is not None:
                            return int(q[2]), span.lemma_.lower()
    return None


def _series_day(sent, tallies, ctx: _Ctx):
    """The day of a series of violent events a lead sums up ('a wave of bombings across the country killed 60 on
    Monday'): the day of the incidents the text then tells one by one without a date of their own."""
    times = ctx.times.within(sent.start_char, sent.end_char)
    for t in tallies:
        if _klass(t, ctx.lex) == "violent":
            tm = event_time(t.token, times, ctx.sdoc, ctx.lex.words["reporting_verbs"])
            if tm is not None and tm.precision == "day":
                return tm
    return None


def _told_before(sent, lex: Lexicon) -> bool:
    """'Earlier, ...', 'Previously, ...': the sentence goes back before the news."""
    return any(t.lower_ in lex.words["earlier_cues"] for t in sent[:4])


def _scene_time(sent, ctx: _Ctx):
    """The day a sentence telling no event sets for the next ('It was around 8 a.m. on Thursday when
    dozens of gunmen rode into the school'): a day beside armed men, not only when something was said."""
    if not any(m.kind in ARMED_KINDS for m in ctx.actors.within(sent.start_char, sent.end_char)):
        return None
    days = [t for t in ctx.times.within(sent.start_char, sent.end_char) if t.precision == "day" and t.value]
    for tm in reversed(days):
        span = expanded_span(ctx.sdoc, tm.span.start, tm.span.end)
        if span is not None and not any(a.lemma_.lower() in ctx.lex.words["reporting_verbs"]
                                        for a in span.root.ancestors):
            return tm
    return None


# ACLED codes a group's own change (new leader, split, pledge, new base) with the group as actor1.
SELF_ACTING = {"Change to group/activity", "Headquarters or base established", "Other"}


def _no_government_taker(ev: Event, namer) -> bool:
    """Whether the side taking a place is none of the place's state forces: a named armed group ('the Kachin
    Independence Army captured X', whose name holds a word of the state's forces) or another country's forces
    ('Russian troops seized a village in Donetsk'; ACLED codes a foreign state's capture as a non-state
    actor's overtaking): only a state's own forces (or their allies alongside) regain its territory."""
    takers = [a for a in (ev.actor1, *(ev.assoc_actor1 or "").split("; ")) if a]
    if not takers or is_unidentified(takers[0]) or takers[0].startswith("Civilians"):
        return False
    states = [force_country(a) or (None, "") for a in takers if namer.is_state(a)]
    if not states:
        return True
    home = (ev.country or "").removeprefix("the ")      # (a force's name may hold its state with 'the')
    return bool(home) and all(c is not None and c.split(" (")[0].removeprefix("the ") != home for c, _ in states)


def _group_acts_itself(ev: Event) -> None:
    """'X, the new leader of the group appointed in May' names the group only as an object: it is actor1."""
    if ev.sub_event_type in SELF_ACTING and not ev.actor1 and ev.actor2:
        ev.actor1, ev.actor2 = ev.actor2, None
        ev.notes = _summary(ev)


