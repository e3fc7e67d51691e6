"""Article-level reasoning on short wire stories: officials calling a strike told before a crime ('called the
strike a war crime') is a reaction, no protest; a copula ranking the event just told ('the attack was the deadliest
since ...', 'it was the first ... attack since ...') is that event, not a new one of the comparison's date; an
incident a roundup opens without a time of its own ('Elsewhere, ...', 'In a separate incident, ...') is of the day
of the incident told before it; 'Hours later, ...' opens another act the same day; a dateline's date in the lead
dates the dispatch, the day the lead tells dates the event. Invented texts."""
from __future__ import annotations

from datetime import date

from tests.event_sentences import events

PUB = date(2025, 9, 17)


def test_calling_a_strike_a_crime_is_no_protest():
    for reaction in ("The regional governor called the strike a crime against humanity.",
                     "Opposition leaders called the strikes an act of state terror."):
        evs = events("A missile struck a clinic in Zaporizhzhia on Monday, killing five patients. " + reaction, PUB)
        assert [e.event_type for e in evs] == ["Explosions/Remote violence"], reaction
    # a strike called by workers is still a protest
    evs = events("Dock workers called a strike in Mombasa on Monday over unpaid wages.", PUB)
    assert [e.event_type for e in evs] == ["Protests"]


def test_a_ranking_copula_retells_the_event_just_told():
    for rank in ("The attack was the deadliest in the district since the uprising began in March.",
                 "It was the first lethal attack on the garrison since the ceasefire collapsed in April.",
                 "The clashes were the fiercest since a truce brokered by elders expired last year."):
        evs = events("Gunmen attacked a garrison in Kidal on Monday, killing seven soldiers, the army said. " + rank,
                     PUB)
        assert [(e.event_date, e.fatalities) for e in evs] == [("2025-09-15", 7)], rank


def test_a_roundup_incident_without_a_time_is_of_the_day_told_before():
    for cue in ("Elsewhere,", "Meanwhile,", "In a separate incident,"):
        evs = events("A drone strike killed four fighters in Hajjah on Monday, local sources said. "
                     f"{cue} gunmen killed three farmers in Marib province.", PUB)
        assert [e.event_date for e in evs] == ["2025-09-15", "2025-09-15"], cue


def test_hours_later_opens_another_act_of_the_same_day():
    evs = events("Rebel drones struck two army depots near Mandalay on Saturday, officials said. Hours later, a "
                 "junta jet bombed a hamlet in Magway region, killing nine people.", PUB)
    assert len(evs) == 2
    assert [e.event_date for e in evs] == ["2025-09-13", "2025-09-13"]
    assert [e.fatalities for e in evs] == [0, 9]
    # the act told before, gone on with: its subject refers back
    evs = events("On 4 March 2025, in Tumaco, Narino, three police officers were wounded in a shootout with four "
                 "gunmen at a checkpoint. Hours later, the gunmen died in a shootout with officers.", PUB)
    assert len(evs) == 1


def test_the_lead_day_outranks_the_dateline_in_its_sentence():
    evs = events("Drone strike kills nine in Sennar\n\nSENNAR, Sudan, Sept 17 - A drone struck a market in Sennar on "
                 "Monday, killing nine traders, a medical group said. The toll rose to 11 later in the day.", PUB)
    assert [(e.event_date, e.fatalities) for e in evs] == [("2025-09-15", 11)]
    # a dateline alone still dates its undated lead
    evs = events("09/15/2025: A drone struck a market in Sennar, Sudan, killing nine traders.", PUB)
    assert [e.event_date for e in evs] == ["2025-09-15"]


def test_a_country_whose_land_is_struck_is_no_side():
    for text, victims in (("Russian missiles on western Ukraine killed 14 people on Monday.", "Civilians (Ukraine)"),
                          ("Israeli air strikes on eastern Lebanon killed 23 people on Monday.",
                           "Civilians (Lebanon)")):
        assert [e.actor2 for e in events(text, PUB)] == [victims], text
    assert [e.actor2 for e in events("Israeli jets carried out strikes on Syria on Monday.", PUB)] == [None]


def test_a_part_of_the_ground_taken_is_territory():
    for text in ("Insurgents seized most of Kidal on Friday after a week of fighting.",
                 "Militiamen captured much of the town of Minembwe on Friday."):
        assert [e.sub_event_type for e in events(text, PUB)] == ["Non-state actor overtakes territory"], text
    # a part of people taken is an abduction
    evs = events("Gunmen seized most of the passengers of a bus near Birnin Gwari on Friday.", PUB)
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]
