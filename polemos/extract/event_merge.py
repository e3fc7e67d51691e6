"""Within-document merging: several reports of one event (headline, lead, updated toll) -> one Event."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..model import Event

COARSE = {"Battles": "violent", "Explosions/Remote violence": "violent", "Violence against civilians": "violent",
          "Protests": "demo", "Riots": "demo", "Strategic developments": "strategic"}


OWN, REPORTED, UNDATED = 2, 1, 0      # how an event's date was found, strongest first (Draft.date_rank)


@dataclass
class Draft:
    """An event before merging, with what its sentence itself said."""

    event: Event
    own_place: bool
    own_date: bool
    date_rank: int = 0                  # 2 the event's own date, 1 when reported (statement, dateline), 0 undated
    claim_only: bool = False            # a claim, attribution or toll with no trigger: refers back
    names_perpetrator: bool = False     # a claim or attribution: its actor1 outranks unidentified attackers
    split_of: str | None = None         # drafts split from one plural trigger
    place_feature: str | None = None    # feature of the draft's own place (city, admin1, ...)
    reference: bool = False             # "the attack", undated and unplaced: refers back when it can
    side: bool = False                  # looting, defused bombs, reinforcements: the course of a violent event
    place: object = None                # the PlaceMention the draft's own sentence gave it
    new_incident: bool = False          # 'In another incident, ...', 'Separately, ...': joins no earlier event
    unnamed: str | None = None          # the unidentified side it takes if no report of it names one
    additional: bool = False            # 'several assailants were also killed': its deaths add to the toll
    assumed_a2: bool = False            # actor2 is the civilians ACLED assumes, not a side the text named
    site_a2: bool = False               # actor2 is the military assumed to hold a site ('a security checkpoint')
    response: bool = False              # 'the soldiers returned fire': the answer to the attack told before
    course: bool = False                # 'During the robbery, the gang shot at police': the course of the last event
    counted: int = 0                    # 'in two airstrikes': the events its trigger counts (a summary of them)
    unknown_town: str | None = None     # 'in the town of X' with no X in the gazetteer: a town of its own
    persons_only: bool = False          # a toll with no number, only the persons it names ('the deaths of a woman')
    dead_of: str | None = None          # whose dead its toll counts: 'assailants', 'victims' (event_sequels.dead_kind)
    around: frozenset = frozenset()     # places its own place is told as lying by ('X, south of Y'): Y's report is
    # the same scene, less precise (events._around)
    between: bool = False               # an armed clash told 'between X and Y': the order names no initiator
    undergone: bool = False             # 'the patrol came under fire', 'were ambushed': its side is the one attacked


REPORT_LAG_DAYS = 3      # a statement dates its event this many days later at most


def _dates_ok(a: Draft, b: Draft) -> bool:
    """Own dates agree to their common precision; a reported date (a statement's, a dateline's)
    may follow the event's own by a few days, never precede it; undated drafts fit any."""
    if not (a.date_rank and b.date_rank):
        return True
    x, y = a.event.event_date or "", b.event.event_date or ""
    n = min(len(x), len(y))
    if x[:n] == y[:n] or (a.own_date and b.own_date):
        return x[:n] == y[:n]
    if len(x) < 10 or len(y) < 10:
        return False
    own, told = (x, y) if a.own_date else (y, x) if b.own_date else (min(x, y), max(x, y))
    lag = (date.fromisoformat(told) - date.fromisoformat(own)).days
    return 0 <= lag <= REPORT_LAG_DAYS


def _places_ok(a: Draft, b: Draft) -> bool:
    if a.unknown_town or b.unknown_town:
        if a.unknown_town and b.unknown_town:
            return a.unknown_town == b.unknown_town
        known, unknown = (b, a) if a.unknown_town else (a, b)
        if known.own_place and (known.place_feature not in ("admin1", "country")
                                or known.event.admin1 != unknown.event.admin1):
            return False    # a town the gazetteer lacks is none of the towns it knows, nor in a province not its own
    if not (a.own_place and b.own_place):
        return True
    ea, eb = a.event, b.event
    if ea.location == eb.location or _lies_by(a, b) or _lies_by(b, a):
        return True
    if ea.country == eb.country and (ea.admin1 is None or eb.admin1 is None):
        return True                       # a sea or region of no province ("in the Red Sea") holds its ports
    if {a.place_feature, b.place_feature} == {"site", "city"} and (ea.country, ea.admin1) == (eb.country, eb.admin1):
        site, town = (ea, eb) if a.place_feature == "site" else (eb, ea)
        if (site.location or "").startswith(f"{town.location} "):
            return True                   # "a depot in Kumasi" ... "in Kumasi": the town holds its site
    coarse = "admin1" in (a.place_feature, b.place_feature)             # a province holds its towns
    return coarse and ea.admin1 == eb.admin1 and ea.country == eb.country


def _lies_by(a: Draft, b: Draft) -> bool:
    """a's place is told as lying by b's ('the X suburb, south of Y' and 'in Y'): the same scene, a's the finer."""
    return b.place is not None and b.place.name in a.around


def compatible(a: Draft, b: Draft) -> bool:
    """Same coarse class (same sub-type for strategic events), place and date compatible."""
    ea, eb = a.event, b.event
    if a.split_of is not None and a.split_of == b.split_of:
        return False
    if b.new_incident and not b.claim_only:
        return False
    if b.claim_only and not eb.event_type:    # a claim, attribution or toll with no trigger: the last violence;
        return COARSE.get(ea.event_type) == "violent" or (      # a toll alone, the last riot's too ('a mob beat
            ea.event_type == "Riots" and eb.fatalities_low is not None and not eb.actor1)   # two thieves. 2 died')
    if b.reference:                           # "the attack", "the clashes": the last event of its kind,
        ca, cb = COARSE.get(ea.event_type), COARSE.get(eb.event_type)   # or the protest they broke out at
        return ca == cb or (cb == "violent" and (ca == "demo" or a.side
                                                 or ea.sub_event_type in ("Looting/property destruction",
                                                                          "Disrupted weapons use")))
    if b.response and COARSE.get(ea.event_type) == "demo" and not (b.own_place or b.own_date):
        return True                           # "traders rioted ... Police responded with gunfire": the riot's end
    if COARSE.get(ea.event_type) != COARSE.get(eb.event_type):
        # "insurgents looted shops", "troops were sent to reinforce the town": the raid's course
        return (b.side and not b.own_date and COARSE.get(ea.event_type) == "violent"
                and COARSE.get(eb.event_type) == "strategic" and _places_ok(a, b))
    if b.claim_only:                       # a later claim or toll update refers back, unless told apart
        return _places_ok(a, b) and _dates_ok(a, b)
    if a.counted >= 2 and b.own_place and eb.location != ea.location and not b.reference:
        return False                       # "in two airstrikes in X province" ... "jets bombed a market in Y": one
        # of the events the summary counts, not the summary itself
    if COARSE.get(ea.event_type) == "strategic" and ea.sub_event_type != eb.sub_event_type:
        return False
    if not (a.own_place or a.own_date or b.own_place or b.own_date or a.unknown_town or b.unknown_town) \
            and not (a.claim_only or b.claim_only):
        return _same_side(ea.actor1, eb.actor1)    # the headline and the lead, told without time or place
    return _places_ok(a, b) and _dates_ok(a, b)


def _state(name: str | None) -> bool:
    return bool(name) and name.startswith(("Military Forces", "Police Forces", "Government of"))


def _same_side(x: str | None, y: str | None) -> bool:
    """Two reports' initiators can be one: equal, or one of them unnamed."""
    return x == y or not x or not y or x.startswith("Unidentified") or y.startswith("Unidentified")


def _absorb(keep: Draft, other: Draft, rank) -> None:
    """Fold `other` into `keep`: precise place/date, widest range, lowest figure, all evidence."""
    k, o = keep.event, other.event
    full = (other.own_place or other.own_date or other.response or other.course) and not other.side
    # a vague later mention never retypes the event; fire returned does, and so does the fight a sentence opening on
    # the event tells it turned into; so does the force a protest met ("... The strikers sat down on the bridge;
    # officers detained them": the protest's course)
    full = full or (k.event_type == o.event_type == "Protests" and not other.side)
    vague = k.actor1 is None and k.actor2 is None and not keep.own_date and other.own_date   # "fighting continued
    # in X. Troops raided two villages on Saturday": the dated report with its sides tells what happened
    if full and not (other.claim_only or other.reference) and o.sub_event_type \
            and (rank(o.sub_event_type) < rank(k.sub_event_type) or vague) \
            and not (other.response and COARSE.get(k.event_type) == "demo") \
            and not (k.event_type == "Riots" and o.event_type == "Protests"):
        # fire answering a riot ends it; the crowd's own violence outranks the response told after it
        if other.course and o.actor2 and k.event_type != o.event_type:
            k.actor2 = o.actor2         # "... killed two herders. During the raid they exchanged fire with troops"
        k.event_type, k.sub_event_type, k.trigger = o.event_type, o.sub_event_type, o.trigger
    finer = other.own_place and (k.admin1 is None and o.admin1 is not None and o.country == k.country
                                 or _lies_by(other, keep))         # 'X, south of Y' after 'in Y'
    if not other.claim_only and ((other.own_place and not keep.own_place) or finer
                                 or (keep.place is None and other.place is not None)):
        for f in ("country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision"):
            setattr(k, f, getattr(o, f))        # a precise place, or any place for one told nowhere
        keep.own_place, keep.place = keep.own_place or other.own_place, other.place
    if other.date_rank > keep.date_rank and (not other.claim_only or other.date_rank == OWN):
        # a claim's date is the claim's, unless it dates the event it names ("claimed Saturday's attack")
        k.event_date, k.date_precision = o.event_date, o.date_precision
        keep.date_rank, keep.own_date = other.date_rank, other.own_date
    if other.names_perpetrator and o.actor1 and (
            k.actor1 is None or k.actor1.startswith("Unidentified")
            or (_state(k.actor1) and _state(k.actor2) and not _state(o.actor1))):
        # (a soldier who turned his rifle on his comrades, or on allied troops, in an attack a group claims or is
        # blamed for: the group's man)
        k.actor1 = o.actor1
        if k.actor2 and k.actor2.startswith("Unidentified"):
            k.actor2 = None           # "two attackers died ... blamed on X": the attackers were X
    if k.actor1 is None and _state(o.actor1) and o.actor2 and not _state(o.actor2) \
            and not o.actor2.startswith("Civilians"):        # (civilians initiate no fight: troops raiding them did)
        if k.actor2 and not _state(k.actor2) and (o.actor2 == k.actor2 or o.actor2.startswith("Unidentified")):
            k.actor1 = o.actor1       # "a fighter of X died in a gunfight ... a gunfight broke out
            # between the officers and the militants": the group the first report named fought the police
        else:
            # "police neutralized several attackers": a response told after the attack; the attackers
            # initiated the event, the police are its other side
            k.actor1, k.actor2 = o.actor2, k.actor2 or o.actor1
    if keep.between and other.undergone and k.sub_event_type == "Armed clash" and k.actor2 and o.actor2 == k.actor1 \
            and o.actor1 in (None, k.actor2, o.actor2):      # (a side told alone may fill both)
        k.actor1, k.actor2 = k.actor2, k.actor1     # "a gunfight broke out between police and X. The police team
        keep.between = False                        # came under fire": X opened it
    if keep.assumed_a2 and o.actor2 is not None and not other.assumed_a2:
        k.actor2, keep.assumed_a2 = o.actor2, False     # a side a later report names outranks the assumption
    if keep.site_a2 and _state(o.actor2) and o.actor2 != k.actor2 and not other.site_a2:
        k.actor2, keep.site_a2 = o.actor2, False        # "two constables died there": they held the post
    for f in ("actor1", "actor2", "claimed_by", "denied_by", "reported_by"):
        if getattr(k, f) is None and getattr(o, f) is not None:
            setattr(k, f, getattr(o, f))
    if o.fatalities_low is not None:
        if k.fatalities_low is None:
            k.fatalities_low, k.fatalities_high, k.fatalities = o.fatalities_low, o.fatalities_high, o.fatalities
        elif other.persons_only:
            pass                        # 'he saw the deaths of a woman and a policeman': some of the dead, no toll
        elif _bound_only(o) and k.fatalities_low > 0:
            pass                        # 'at least 50 were killed or wounded': a bound on the dead, not a count of
                                        # them; it lowers no toll that counts them ('more than 100 were killed')
        elif _bound_only(k) and o.fatalities_low > 0:
            k.fatalities_low, k.fatalities_high, k.fatalities = o.fatalities_low, o.fatalities_high, o.fatalities
        elif other.additional or {keep.dead_of, other.dead_of} == {"assailants", "victims"} or (
                keep.dead_of == other.dead_of == "victims" and _turned(k, o)):
            keep.dead_of = None         # 'three attackers lost their lives' after eleven officers: both; 'two
            # soldiers died in a raid by X. The army hit back and killed three militants': each side's
            k.fatalities_low += o.fatalities_low
            k.fatalities_high = None if None in (k.fatalities_high, o.fatalities_high) else (
                k.fatalities_high + o.fatalities_high)
            k.fatalities += o.fatalities
        else:
            k.fatalities_low = min(k.fatalities_low, o.fatalities_low)
            highs = (k.fatalities_high, o.fatalities_high)
            k.fatalities_high = None if None in highs else max(highs)
            k.fatalities = max(k.fatalities, o.fatalities)
    for lo, hi in (("injuries_low", "injuries_high"),):
        if getattr(o, lo) is not None and getattr(k, lo) is None:
            setattr(k, lo, getattr(o, lo))
            setattr(k, hi, getattr(o, hi))
    keep.unnamed = keep.unnamed or other.unnamed
    k.extra_evidence.append(o.evidence)
    k.extra_evidence.extend(o.extra_evidence)


def _turned(k: Event, o: Event) -> bool:
    """The other report's doer is this one's target ('troops hit back and killed three militants' after soldiers were
    killed by them): the victims each counts are of opposite sides."""
    return bool(k.actor2) and o.actor1 == k.actor2 and o.actor1 != k.actor1 and o.actor2 != k.actor2


def _bound_only(e: Event) -> bool:
    """The event's toll only bounds its dead ('12 were killed or wounded': at most 12, how many unknown)."""
    return e.fatalities_low == 0 and not e.fatalities and bool(e.fatalities_high)


def fold_arrests(drafts: list[Draft], told: dict[int, list], course: frozenset[str],
                 contrast: frozenset[str] = frozenset()) -> list[Draft]:
    """Arrests told in one sentence with violence are its end ('killed two and arrested three', 'exchanged fire
    with police before being arrested'), unless the arrest holds that violence ('arrested three men over the killing
    of a chief': what the arrest is about, told elsewhere), a word of violence holds the arrest ('offensives in
    which they arrested 80 men': what the offensives were) or one of them is told in a clause set against the other
    with a subject of its own ('..., while police arrested three men in B a day later': `contrast` marks). `told`
    maps each draft's id to its triggers; `course` holds the sub-event types so folded."""
    hosts = [d for d in drafts if COARSE.get(d.event.event_type) in ("violent", "demo") and not d.claim_only]
    out = []

    def ends(a, v) -> bool:
        """'nine men were detained after they stoned a patrol': the arrest ends the violence its clause holds,
        and the arrested are its doers."""
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head                    # "after they robbed a shop and shot a guard"
        return v.pos_ == "VERB" and v.dep_ == "advcl" and v.head.i == a.i and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("after", "when", "as") for c in v.children)

    def set_against(ts, others) -> bool:
        """One side's words in a clause set against the other's, with an active subject of its own, holding none
        of the other's words ('..., while police arrested three men in B'; not 'two died while two more
        were detained during the firefight')."""
        for t in ts:
            clause = t if t.pos_ in ("VERB", "AUX") else t.head
            if any(c.dep_ == "mark" and c.lower_ in contrast for c in clause.children) and any(
                    c.dep_ == "nsubj" for c in clause.children) and not any(clause.is_ancestor(o) for o in others):
                return True
        return False

    def apart(a, v) -> bool:
        return not ends(a, v) and (a.is_ancestor(v) or (v.pos_ in ("NOUN", "PROPN") and v.is_ancestor(a)))

    def joins(arrest: Draft, host: Draft) -> bool:
        mine, theirs = [t.token for t in told[id(arrest)]], [t.token for t in told[id(host)]]
        return not any(apart(a, v) for a in mine for v in theirs) and not set_against(mine, theirs) \
            and not set_against(theirs, mine)
    for d in drafts:
        if hosts and not d.claim_only and (d.event.sub_event_type or "").lower() in course:
            host = next((h for h in hosts if joins(d, h)), None)
            if host is not None:
                if not any(ends(a.token, v.token) for a in told[id(d)] for v in told[id(host)]):
                    _fill_sides(host.event, d.event)
                host.event.extra_evidence.append(d.event.evidence)
                continue
        out.append(d)
    return out


def _fill_sides(fight: Event, arrest: Event) -> None:
    """The arrest names who fought: the side a fight lacks (not who beat a man the police then arrested)."""
    if fight.event_type != "Battles":
        return
    if fight.actor1 is None and arrest.actor1 is not None and arrest.actor1 == fight.actor2:
        fight.actor1, fight.actor2 = fight.actor2, None    # "traded fire with police before being arrested": the
                                                           # police went after unnamed men, who are no side named
    if fight.actor1 is None and arrest.actor1 not in (None, fight.actor2):
        fight.actor1 = arrest.actor1
    if fight.actor2 is None and arrest.actor2 not in (None, fight.actor1):
        fight.actor2 = arrest.actor2


def merge_drafts(drafts: list[Draft], rank=None) -> list[Event]:
    """Merge compatible reports in document order; claim-only references join the latest compatible event."""
    if rank is None:
        from .event_lexicon import load_lexicon
        rank = load_lexicon().rank
    kept: list[Draft] = []
    ahead: set[int] = set()        # references kept for want of an event told before them
    for d in drafts:
        target = next((k for k in reversed(kept) if compatible(k, d)), None)
        if target is None:
            if d.claim_only and not (d.names_perpetrator and (d.own_date or d.own_place)) and not (
                    d.own_date and d.own_place and COARSE.get(d.event.event_type) == "violent"
                    and (d.event.actor1 or d.event.fatalities)):
                continue                   # a reference to an event told nowhere else, unless a dated or placed
                # claim, or told whole where it is referred to ('urged a probe into the shelling of a market
                # in Taiz on Friday that killed 30 villagers')
            if d.reference and not d.own_date:
                ahead.add(id(d))
            d.reference = False
            kept.append(d)
        else:
            _absorb(target, d, rank)
    kept = _without_summaries(_told_later(kept, ahead, rank))
    for k in kept:
        if k.event.actor1 is None and k.unnamed:
            k.event.actor1 = k.unnamed
            if k.event.sub_event_type == "Armed clash" and k.event.actor2 is None:
                k.event.actor2 = k.unnamed      # "a shoot-out erupted at dawn": both sides unnamed
    return [k.event for k in kept]


def _told_later(kept: list[Draft], ahead: set[int], rank) -> list[Draft]:
    """'A witness named the driver who parked the van used in the blast', then 'the depot was destroyed by a
    van bomb on 2 June 2011': a reference told before the event it refers to joins the event, told later with a
    date of its own, of its class and place (not one told as another incident)."""
    gone: set[int] = set()                     # (by identity: two drafts may compare equal)
    for n, ref in enumerate(kept):
        if id(ref) not in ahead:
            continue
        later = next((k for k in kept[n + 1:] if id(k) not in gone and k.own_date and not k.new_incident
                      and COARSE.get(k.event.event_type) == COARSE.get(ref.event.event_type)
                      and (COARSE.get(k.event.event_type) != "strategic"
                           or k.event.sub_event_type == ref.event.sub_event_type)
                      and _places_ok(ref, k)), None)
        if later is not None:
            ref.reference = True               # it retypes nothing
            _absorb(later, ref, rank)
            gone.add(id(ref))
    return [k for k in kept if id(k) not in gone]


def _without_summaries(kept: list[Draft]) -> list[Draft]:
    """'11 were killed in two airstrikes in X on Tuesday', then each strike told on its own in the province: the
    summary's figures are their sum, and it is no event beside them; a strike told without a day takes its day."""
    out = []
    for n, summary in enumerate(kept):
        s = summary.event
        told = kept[n + 1:] if summary.new_incident else kept   # 'two other blasts ...': none of those told before
        parts = [k for k in told if k is not summary and k.event.sub_event_type == s.sub_event_type
                 and k.event.country == s.country and (s.admin1 is None or k.event.admin1 == s.admin1)
                 and _dates_ok(summary, k)] if summary.counted >= 2 else []
        if not parts or len(parts) < summary.counted:
            out.append(summary)
            continue
        for k in parts:
            if k.date_rank < summary.date_rank:
                k.event.event_date, k.event.date_precision = s.event_date, s.date_precision
                k.date_rank = summary.date_rank
    return out
