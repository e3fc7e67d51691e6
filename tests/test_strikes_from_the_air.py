"""A state's 'strike' told as a noun ('an Israeli strike on a car', 'killed in a US strike') is a strike from the
air, as ACLED codes it, not a fight on the ground or an attack on civilians; the verb ('troops struck a camp') and
strikes told beside a ground fight stay what they were. Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2024, 5, 10))


def test_a_states_strike_on_armed_men_is_an_air_strike():
    ev = _one("An Israeli strike on a motorbike near Bint Jbeil killed two Hezbollah members on Tuesday.")
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert ev.actor1 == "Military Forces of Israel (2022-)"


def test_armed_men_killed_in_a_states_strike_died_in_an_air_strike():
    ev = _one("Three Al Shabaab fighters were killed in a US strike outside Jamaame on Monday.")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 == "Military Forces of the United States"
    assert ev.fatalities == 3


def test_a_states_strike_on_a_city_is_an_air_strike_on_its_people():
    ev = _one("A Russian strike on a residential block in Zaporizhzhia killed five people on Sunday.")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor2 == "Civilians (Ukraine)"


def test_troops_striking_a_camp_and_strikes_beside_a_ground_fight_stay_a_clash():
    ev = _one("Government troops struck a rebel camp near Kisangani on Tuesday, killing four fighters.")
    assert ev.sub_event_type == "Armed clash"
    ev = _one("Malian soldiers clashed with jihadists near Boni on Tuesday, and a strike killed six militants.")
    assert ev.sub_event_type == "Armed clash"
