"""Incident records: one short paragraph that opens with its incident's date ('On 6 May 2020, ...', '03/18/2016:
...'), as event datasets, monitors' logs and police blotters write them. A record codes its incident and what
followed from it; an event it recalls from long before (a stabbing two years earlier, an attack in February on a
record of May) is its background, no event of the record. Articles, of several paragraphs, keep what they recall.
A coder's note may share its toll among the events it was cut into; each event takes its part."""
from __future__ import annotations

import re

from ..dates import PartialDate
from ..model import Event, TimeMention
from .event_context import ACROSS, coded_toll, count_word
from .event_merge import COARSE, UNDATED, Draft, compatible
from .event_roles import is_unidentified

RECORD_CHARS = 1500     # a record is one paragraph of at most this many characters ...
OPENING_CHARS = 15      # ... with a day's date, written in full, starting within its first characters
RECALLED_DAYS = 31      # an event that ended this many days before the incident's day is recalled
UNNAMED = ("Unidentified", "Civilians", "Rioters", "Protesters")   # actors that name no perpetrator
LOOTING = "Looting/property destruction"      # the one development a perpetrator does as an attack's


def record_day(text: str, times: list[TimeMention]) -> TimeMention | None:
    """The day an incident record (above) opens with; None when the text is no such record."""
    body = text.strip()
    lead = len(text) - len(text.lstrip())
    if len(body) > RECORD_CHARS or "\n" in body:
        return None
    return next((t for t in times if t.precision == "day" and not t.inferred and t.span.start - lead <= OPENING_CHARS),
                None)


def without_recalled(events: list[Event]) -> list[Event]:
    """The events of an incident record but those it recalls from more than a month before its first event's day
    (all of them when its first event is not dated to the day)."""
    if len(events) < 2:
        return events
    first = min(events, key=lambda e: e.evidence.start)
    day = PartialDate.maybe(first.event_date, first.date_precision)
    if day is None or day.precision != "day":
        return events
    return [ev for ev in events if (d := PartialDate.maybe(ev.event_date, ev.date_precision)) is None
            or (day.first - d.last).days <= RECALLED_DAYS]


def course_told(drafts: list[Draft]) -> list[Draft]:
    """In an incident record of violence or crowds, what a later sentence tells with no date of its own ('Both sides
    traded heavy fire', 'two of them died over the two days of fighting') is the incident's course: it
    refers back to the event of its kind told before it, whatever place it names in passing ('until the city's
    mayor intervened'); not one told as another incident. Drafts are marked in place."""
    for n, d in enumerate(drafts):
        told = drafts[:n]
        if any(t.own_date for t in told) and d.date_rank == UNDATED and not (d.new_incident or d.claim_only) \
                and all(COARSE.get(t.event.event_type) in ("violent", "demo") for t in [*told, d]) \
                and (d.event.actor1 is None or COARSE[d.event.event_type] == COARSE[told[-1].event.event_type]) \
                and not any(compatible(t, d) for t in told):
            d.reference, d.own_place = True, False    # (only where it would join nothing told before it: a
            # follow-on that does keeps its own say, 'mortar explosions in both directions' a clash; violence after
            # a crowd's event only as a toll with no doer: 'gunmen shot two officers' after a protest is another)
    return drafts


def doers_held(drafts: list[Draft], sdoc, lex) -> list[Draft]:
    """In an incident record, the arrest of the incident's doers told in a later sentence ('Police caught the gunmen
    the next morning', 'the attackers were later detained'): the end of the incident's course, no development of
    its own (ACLED codes the incident, not the capture of those who did it). The arrest joins the violent or crowd
    event told before it, as its evidence; an arrest of others ('police detained 20 villagers') stays one."""
    out: list[Draft] = []
    for d in drafts:
        host = next((h for h in reversed(out) if COARSE.get(h.event.event_type) in ("violent", "demo")
                     and not h.claim_only), None)
        if host is not None and d.event.sub_event_type == "Arrests" and not d.claim_only \
                and d.event.evidence.start >= host.event.evidence.end and _doers_arrested(d, sdoc, lex):
            host.event.extra_evidence.append(d.event.evidence)
            continue
        out.append(d)
    return out


def _doers_arrested(d: Draft, sdoc, lex) -> bool:
    """The draft's sentence arrests those wanted for a deed (`wanted_nouns`: 'the gunmen were arrested', 'police
    detained two suspects')."""
    span = sdoc.char_span(d.event.evidence.start, d.event.evidence.end, alignment_mode="expand")
    return any(t.lemma_.lower() in lex.words["wanted_nouns"] and t.dep_ in ("nsubjpass", "dobj")
               and any(c.sub == "Arrests" for c in lex.single.get(t.head.lemma_.lower(), ())) for t in span or ())


def on_incident_day(drafts: list[Draft], day: TimeMention) -> list[Draft]:
    """In an incident record, an event told with no date of its own ('The police tortured the man in custody, and
    he died') happened on the day the record opens with, not in the record's year. Drafts are dated in place."""
    for d in drafts:
        if d.date_rank == UNDATED and not d.new_incident:
            d.event.event_date, d.event.date_precision = day.value, day.precision
    return drafts


def one_perpetrator(events: list[Event], is_state) -> list[Event]:
    """An incident record tells one incident, by one perpetrator: the non-state group it names as the doer of one of
    its violent events or property destroyed (as the actor, by a claim or by an attribution) is that of those it
    tells with no named doer ('Assailants abducted four civilians. The hostages were killed a week later. Sources
    attributed the attack to X'). The events it names a doer for."""
    violent = [ev for ev in events if COARSE.get(ev.event_type) == "violent" or ev.sub_event_type == LOOTING]
    named = {ev.actor1 for ev in violent if ev.actor1 and not ev.actor1.startswith(UNNAMED) and not is_state(ev.actor1)}
    if len(named) != 1:
        return []
    (who,) = named
    changed = [ev for ev in violent if (ev.actor1 is None or is_unidentified(ev.actor1)) and ev.actor2 != who]
    for ev in changed:
        ev.actor1 = who
    return changed


SHARED = re.compile(r"\b(?:split|spread|divided|shared)\s+(?:equally\s+|evenly\s+)?(?:between|across|among|over)\s+"
                    r"(?:the\s+)?(?P<n>\d+|\w+)\s+(?:separate\s+)?(?:events|locations|incidents|places|sites|villages|"
                    r"areas|fronts)\b(?:\s*\((?P<k>\d+)\)|\s+with\s+(?P<each>\d+)\s+(?:fatalities\s+)?coded\s+to\s+each)?",
                    re.IGNORECASE)


def _violent(events: list[Event]) -> list[Event]:
    return [ev for ev in events if COARSE.get(ev.event_type) == "violent"]


def share_of(total: int, n: int) -> int:
    """One event's part of a toll shared by n events, as coders cut it: the whole part, one more for as many
    events as the remainder; the figure most of the n events hold (10 over 3: 4, 3, 3, so 3)."""
    q, r = divmod(total, n)
    return q + 1 if 2 * r > n else q


def note_tolls(events: list[Event], text: str) -> None:
    """The toll a coder's note states for its incident ('fatalities coded as 0, though a local outlet said 2', 'Unknown
    fatalities coded as 10'): its violent event's (the first one told, where the note tells others besides), or
    each event's part of it where the note shares it (below)."""
    coded = coded_toll(text)
    if share_toll(events, text, coded) or coded is None or not events:
        return
    target = events[0] if len(events) == 1 else min(_violent(events), key=lambda e: e.evidence.start, default=None)
    if target is not None:
        target.fatalities = coded


def share_toll(events: list[Event], text: str, coded: int | None) -> bool:
    """Each event's part of a toll a coder's note shares among n events ('coded as 11, spread over three fronts': 4;
    'divided among 2 events (7)', '... with 4 coded to each': the figure it states): a coded figure
    goes to every violent event of a note cut in several, a toll the text told to the event that bears it. A toll
    the text already told 'across the attacks' was shared where it was read. Whether the note shares a toll."""
    found = [(n, m) for m in SHARED.finditer(text) if (n := count_word(m.group("n")) or 0) > 1]
    if not found or ACROSS.search(text):
        return False
    n, m = found[-1]
    stated = int(m.group("k") or m.group("each")) if m.group("k") or m.group("each") else None
    for ev in events if len(events) == 1 else _violent(events):
        total = coded if coded is not None else ev.fatalities
        if not total:
            continue
        part = stated if stated is not None and stated <= total else share_of(total, n)
        ev.fatalities = part
        if ev.fatalities_low is not None:
            ev.fatalities_low = min(part, ev.fatalities_low // n)
        if ev.fatalities_high is not None:
            ev.fatalities_high = max(part, -(-ev.fatalities_high // n))
    return True
