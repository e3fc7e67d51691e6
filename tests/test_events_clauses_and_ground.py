"""Two fights in one sentence each keep their own place ('X clashed with Y in A, while Z fought in B'), a group
fighting itself ('fought each other') is on both sides, ground taken after the other side pulled out is one
transfer with no fight, aircraft named by their kind ('government helicopters', 'strafed'), and a country's
name inside an armed group's name ('the Sudan People's Liberation Army') is no place. Invented sentences; the
classes were counted on CASE 2021 snippets and the dev articles."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

news = functools.partial(events, pub=date(2018, 11, 20))
_one = functools.partial(one, pub=date(2018, 11, 20))


def test_a_while_clause_with_its_own_side_and_place_is_its_own_event():
    evs = news("Al-Shabaab fighters clashed with Somali troops in Jowhar, while clan militias fought each other "
               "in Beledweyne on Sunday.")
    assert sorted(e.location for e in evs) == ["Beledweyne", "Jawhar"]
    first = next(e for e in evs if e.location == "Jawhar")
    assert first.actor1 == "Al Shabaab" and first.actor2.startswith("Military Forces of Somalia")


def test_one_group_fighting_itself_is_on_both_sides_but_two_named_sides_stay_two():
    ev = _one("Rival factions of Al-Shabaab fought one another near Jilib on Sunday.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", "Al Shabaab", "Al Shabaab")
    ev = _one("Al-Shabaab and Somali troops fought each other near Jilib on Sunday.")
    assert {ev.actor1, ev.actor2} == {"Al Shabaab", "Military Forces of Somalia (2017-2022)"}


def test_ground_taken_after_the_other_side_pulled_out_is_one_transfer():
    ev = _one("Houthi fighters took control of the town of Harib after pro-government troops pulled out on Sunday.")
    assert ev.sub_event_type == "Non-violent transfer of territory"
    assert ev.actor1 == "Military Forces of Yemen (2016-) Supreme Political Council"   # the Houthis' forces
    fought = _one("Houthi fighters took control of the town of Harib after heavy fighting with pro-government troops.")
    assert fought.sub_event_type != "Non-violent transfer of territory"


def test_aircraft_named_by_their_kind():
    ev = _one("Government helicopters struck rebel positions near Kutum on Saturday.")
    assert (ev.sub_event_type, ev.actor1) == ("Air/drone strike", "Military Forces of Sudan (1989-2019)")
    ev = _one("Military jets strafed a rebel column near Kutum on Saturday.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_country_inside_a_groups_name_is_no_place():
    ev = _one("Troops of the Sudan People's Liberation Army clashed with rebels near Yei on Saturday.")
    assert (ev.country, ev.admin1) == ("South Sudan", "Central Equatoria")
    assert ev.actor1.startswith("Military Forces of South Sudan")
