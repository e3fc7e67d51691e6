"""Whoever runs into a charge is its victim ('a patrol vehicle struck a landmine') and whoever comes under fire its
target ('a convoy came under fire from gunmen'), signs held up are a protest
but signs borne are not ('bodies bearing signs of torture'), and a town's old name abroad gives way to the
country the text's people belong to ('Malian troops ... near Boni' is no German city). Invented sentences; the
classes were counted on ACLED notes and CASE 2021 snippets."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2021, 2, 3))


def test_a_vehicle_that_struck_a_mine_carried_its_victims():
    ev = _one("A Nigerien army patrol vehicle struck a landmine near Ayorou on Tuesday, wounding three soldiers.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.actor1 == "Unidentified Armed Group (Niger)" and ev.actor2.startswith("Military Forces of Niger")
    ev = _one("A military truck ran over a mine near Ayorou on Tuesday, killing two soldiers.")
    assert ev.actor1 == "Unidentified Armed Group (Niger)" and ev.actor2.startswith("Military Forces of Niger")
    # who laid the charge is still its author
    ev = _one("Jihadists planted a landmine that struck a Nigerien army truck near Ayorou on Tuesday.")
    assert not ev.actor1.startswith("Military Forces")


def test_signs_held_up_are_a_protest_but_signs_of_torture_are_not():
    ev = _one("About forty nurses held up signs outside the health ministry in Lilongwe on Tuesday, demanding pay.")
    assert (ev.sub_event_type, ev.actor1) == ("Peaceful protest", "Protesters (Malawi)")
    ev = _one("The bodies of three men displaying signs of torture were found near Culiacan on Tuesday.")
    assert ev.event_type == "Violence against civilians"


def test_a_towns_foreign_old_name_gives_way_to_the_texts_people():
    ev = _one("A Malian army convoy came under fire near Boni on Tuesday, the army said.")
    assert ev.country != "Germany" and ev.location != "Bonn"


def test_who_came_under_fire_is_the_target_and_the_from_phrase_the_attacker():
    ev = _one("A Nigerien army convoy came under fire from jihadists near Ayorou on Tuesday.")
    assert (ev.sub_event_type, ev.actor1) == ("Armed clash", "Unidentified Armed Group (Niger)")
    assert ev.actor2.startswith("Military Forces of Niger")
    ev = _one("The village of Ayorou came under attack on Tuesday, residents said.")
    assert ev.actor2 == "Civilians (Niger)" and ev.actor1 != ev.actor2
