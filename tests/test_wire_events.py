"""Wire copy of the wars of 2021-2025, coded for event type, date and deaths: a place taken by another country's
forces or by a named group whose name holds a word of the state's forces ('the ... Liberation Army') is a
non-state actor's overtaking, not the government regaining it; 'overnight into Monday' dates the night by the day
named; bodies dumped or buried in a grave tell a killing; a mob that lynched people killed them; drones at sea
('an uncrewed surface vessel', 'a drone boat') strike as drones do; sabotage harms property. Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2024, 9, 14))      # a Saturday


@pytest.mark.parametrize("text", [
    "Russian troops seized the village of Kalynove in Donetsk region on Thursday, the defence ministry said.",
    "Ukrainian forces captured the village of Plekhovo in Russia's Kursk region on Wednesday.",
    "The Shan Liberation Army captured the town of Mong Hsat on Tuesday after days of fighting.",
])
def test_a_place_taken_by_no_force_of_its_state_is_overtaken(text):
    assert _one(text).sub_event_type == "Non-state actor overtakes territory"


def test_a_state_retaking_its_own_town_still_regains_it():
    ev = _one("The Malian army recaptured the town of Ber from rebel fighters on Thursday.")
    assert ev.sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text, day", [
    ("Russian drones struck a substation in Sumy region overnight into Tuesday, the operator said.", "2024-09-10"),
    ("A missile hit a grain terminal in Izmail in the night to Thursday, wounding two workers.", "2024-09-12"),
    ("Russian guns shelled Nikopol during the night of Sunday to Monday, wounding a pensioner.", "2024-09-09"),
])
def test_a_night_into_a_day_is_dated_by_that_day(text, day):
    assert _one(text).event_date == day


@pytest.mark.parametrize("text, dead", [
    ("The bodies of four farmers were found dumped beside a road outside Tierralta on Wednesday.", 4),
    ("Soldiers found seven bodies in a shallow grave near the village of Kabalo on Tuesday.", 7),
])
def test_bodies_dumped_or_buried_tell_a_killing(text, dead):
    ev = _one(text)
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", dead)


def test_a_mob_that_lynched_men_killed_them():
    ev = _one("A mob lynched three suspected cattle thieves in the market town of Kabare on Friday.")
    assert (ev.sub_event_type, ev.fatalities) == ("Mob violence", 3)


@pytest.mark.parametrize("text", [
    "The Houthis said they struck an oil tanker in the Gulf of Aden with an unmanned surface vessel on Monday.",
    "A Houthi drone boat rammed a cargo ship west of Hodeidah on Wednesday.",
])
def test_drones_at_sea_are_drone_strikes(text):
    assert _one(text).sub_event_type == "Air/drone strike"


def test_sabotage_is_property_destruction():
    ev = _one("Unknown saboteurs wrecked a signalling cabinet on the railway near Kursk on Wednesday.")
    assert ev.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize("text, dead", [
    ("Masked gunmen killed a family of five at their farm outside Zamora on Friday.", 5),
    ("A household of four died when a shell hit their flat in Toretsk on Wednesday.", 4),
])
def test_a_family_of_n_counts_its_members(text, dead):
    assert _one(text).fatalities == dead


@pytest.mark.parametrize("text, sub", [
    ("Riot police fired live rounds at teachers blocking a bridge in Dhaka on Wednesday, killing three.",
     "Excessive force against protesters"),
    ("Gendarmes fired tear gas at fishermen blocking the port road in Kayar on Thursday.", "Protest with intervention"),
])
def test_people_blocking_a_road_when_fired_on_are_protesters(text, sub):
    assert _one(text).sub_event_type == sub
