"""Events in long news articles, third pass: an earlier attack a sentence names as what its event answers ('struck
... in retaliation for the mortar attack on X that killed nine') keeps the toll of its relative clause even when
its own place is unknown to the gazetteer, so the strike told does not take that toll nor its victims; the counted
dead of 'left N people dead' read by the parser as the subject of the adjective (a small clause) are still the
dead; ground entered by a party the participle's own noun names ('with scores of rebels entering a village') is taken
by that party, whatever side the sentence's roles name first; fire opened 'in response' or 'in retaliation' by the
side attacked is fire returned (a clash). Invented texts."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

_one = functools.partial(one, pub=date(2024, 7, 31))


def test_a_cited_attack_at_an_unknown_place_keeps_its_own_toll():
    evs = events("Air force jets bombed a depot in Kandahar on Tuesday, in retaliation for the recent mortar attack "
                 "on Zarghun Kalay that killed nine schoolchildren.", date(2024, 7, 31))
    strike = next(e for e in evs if e.location == "Kandahar")
    assert not strike.fatalities_low
    assert not (strike.actor2 or "").startswith("Civilians")
    # at a place the gazetteer knows, it is an event of its own; the strike's own dead stay its toll
    evs = events("Air force jets bombed a depot in Kandahar on Tuesday, in retaliation for the recent mortar attack "
                 "on Qalat that killed nine schoolchildren.", date(2024, 7, 31))
    assert sorted((e.location, e.fatalities_low or 0) for e in evs) == [("Kandahar", 0), ("Qalat", 9)]
    ev = _one("Air force jets bombed a depot in Kandahar on Tuesday, killing three guards.")
    assert ev.fatalities_low == 3


def test_dead_read_as_the_subject_of_the_adjective_are_the_toll():
    evs = events("Gunmen set off a bomb outside a cinema in Kano on Sunday, December 3. The governor vowed to "
                 "tighten patrols across the state following the blast, which left at least four traders dead.",
                 date(2023, 12, 4))
    assert [e.fatalities_low for e in evs] == [4]


def test_ground_entered_by_insurgents_is_taken_by_no_state():
    # the sentence's first side read from the lead is the army the insurgents fought; the participle's own noun
    # tells who entered the town
    ev = _one("Insurgents plundered the town of Mueda in Cabo Delgado following a night raid on Friday in which 20 "
              "soldiers were reported dead. The raid started shortly after dawn with over 80 insurgents entering "
              "Mueda, the district seat, by way of the Nandimba quarter to the south, where they fought "
              "Mozambican security forces.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_fire_opened_in_response_to_a_grenade_makes_it_a_clash():
    ev = _one("Gunmen tossed a hand grenade into an army post in Kismayo on Monday. The troops opened gunfire in "
              "response and the attackers fled on foot.")
    assert ev.sub_event_type == "Armed clash"
    ev = _one("Soldiers opened fire in retaliation once somebody lobbed a grenade into their post in Kismayo "
              "on Monday.")
    assert ev.sub_event_type == "Armed clash"
