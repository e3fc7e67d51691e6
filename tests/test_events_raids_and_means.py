"""A state's raid that harms no one is a search, and one whose outcome is arrests is arrests; a force word that
describes the make or look of a thing ('a military-grade agent', 'gunmen in military uniforms') names no side, and
an event noun naming a place ('the blast site') is no event nor a side of one.
Invented sentences; the classes were found reading Polemos's events on WikiEvents and CAMEO news."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

news = functools.partial(events, pub=date(2019, 10, 8))
_one = functools.partial(one, pub=date(2019, 10, 8))


def test_a_raid_that_harms_no_one_is_no_event_and_one_with_arrests_is_arrests():
    assert news("Counter-terrorism police carried out more searches before dawn on Monday in north Leeds.") == []
    ev = _one("Police raided several houses in Kano on Monday and arrested nine suspects.")
    assert (ev.sub_event_type, ev.actor1) == ("Arrests", "Police Forces of Nigeria (2015-2023)")
    ev = _one("Police raided a bar in Kano on Monday and shot two customers.")
    assert ev.sub_event_type == "Attack"


def test_a_force_word_on_the_make_of_a_thing_names_no_side():
    ev = _one("A dissident was poisoned with a military-grade nerve agent in Utrecht on Sunday.")
    assert ev.actor1 is None or not ev.actor1.startswith("Military Forces")
    ev = _one("Gunmen in military uniforms shot dead three traders near Maiduguri on Sunday.")
    assert ev.actor1 == "Unidentified Armed Group (Nigeria)" and ev.actor2 == "Civilians (Nigeria)"


def test_the_blast_site_is_no_event_and_whoever_guards_it_no_bomber():
    assert news("Forensic teams returned to the blast site in Lyon on Saturday.") == []
    ev = _one("A parcel bomb exploded at a bakery in Lyon on Saturday, wounding six people. Police sealed off the "
              "blast site.")
    assert ev.actor1 == "Unidentified Armed Group (France)"


def test_aircraft_landing_is_a_flight_and_a_criticised_assault_no_act_of_the_critic():
    assert news("Two planes carrying food aid landed at Sanaa airport on Monday.") == []
    ev = _one("Mortar shells landed near the airport in Aden on Monday.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    evs = news("The archbishop assailed the shelling of homes in Aleppo on Monday.")
    assert all(e.actor1 is None or "archbishop" not in e.actor1.lower() for e in evs)
    ev = _one("Syrian government planes bombed the town of Saraqib on Monday.")
    assert ev.actor1.startswith("Military Forces of")


def test_a_town_of_some_size_placed_by_near_is_read_when_the_parser_misses_it():
    ev = _one("An air strike hit a village near Manbij on Tuesday.")
    assert (ev.country, ev.location) == ("Syria", "Manbij")


def test_a_victim_named_with_what_he_is_and_pieces_of_place_names_are_no_sides():
    ev = _one("Gunmen shot dead Waziri, a village elder, in Sar Rawza, Paktika, on Monday.")
    assert ev.actor2 == "Civilians (Afghanistan)"
    ev = _one("Gunmen attacked the Dargai security post in Nijrab, Kapisa, on Monday.")
    assert ev.actor2.startswith("Military Forces of Afghanistan")
    ev = _one("Gunmen attacked Dara-i-Nur district, Nangarhar, on Monday.")
    assert ev.actor2 is None or "Dara" not in ev.actor2


def test_names_that_open_or_qualify_a_place_are_no_sides():
    ev = _one("A former Barangay captain was shot dead by gunmen in Barangay Pulo, Cabuyao, on Monday.")
    assert ev.actor2 == "Civilians (Philippines)"
    ev = _one("IS militants killed a farmer on the outskirts of Jalawla in Diyala province on Monday.")
    assert ev.actor2 == "Civilians (Iraq)"
