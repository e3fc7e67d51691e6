"""Tolls told in parts: a victim phrase told as part of the dead before it ('12 dead, among them four soldiers')
adds nothing to them; a bomber who killed himself, or one killed with others, is one of the dead (ACLED and GTD
count the perpetrators who die). Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2024, 5, 13))


def test_a_part_told_among_the_dead_is_not_added_to_them():
    ev = _one("Bandits shot dead 15 people at a market in Katsina state on Sunday, among them three vigilantes.")
    assert ev.fatalities == 15
    ev = _one("A raid on a village in Katsina state on Sunday left 15 people dead, among them three vigilantes.")
    assert ev.fatalities == 15


def test_a_bomber_who_killed_himself_and_others_is_counted_with_them():
    ev = _one("A suicide bomber killed himself and four soldiers at an army post near Bannu on Sunday.")
    assert ev.sub_event_type == "Suicide bomb"
    assert ev.fatalities == 5


def test_the_bomber_named_beside_the_counted_dead_is_one_more():
    ev = _one("A car bomb at a bus stop in Kirkuk on Sunday killed the bomber and three passers-by.")
    assert ev.fatalities == 4
