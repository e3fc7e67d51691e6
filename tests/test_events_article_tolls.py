"""Tolls in long news articles: a count of the dead told sentences or a paragraph after the attack ('... 41
deaths among the soldiers') is that attack's toll, not a count of events; a count told for another period ('more
than 300 deaths last year') is no toll of it. Invented texts; the classes were found reading Polemos's events on
analytical pieces and long reports."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2024, 3, 7))


def test_a_count_of_deaths_a_paragraph_later_is_the_attacks_toll():
    ev = _one("Summary\nThe outpost fell after a long fight.\nWhat happened\n"
              "On Tuesday, gunmen attacked a police checkpoint near Mubi in Adamawa state, Nigeria.\n"
              "Officers at the checkpoint held out for two hours before the attackers burned the post.\n"
              "The latest figures show at least 23 deaths among the officers and passers-by.\n")
    assert ev.fatalities_low == 23
    ev = _one("On Tuesday, gunmen attacked a police checkpoint near Mubi in Adamawa state, Nigeria. "
              "Three officers were wounded there. Local sources later counted 14 fatalities among the officers.")
    assert ev.fatalities_low == 14


def test_a_count_of_deaths_of_another_period_is_no_toll():
    ev = _one("On Tuesday, gunmen attacked a police checkpoint near Mubi in Adamawa state, Nigeria. "
              "Three officers were wounded in the raid. "
              "Insurgent violence in the state caused more than 300 deaths last year, a monitoring group said.")
    assert not ev.fatalities_low
    ev = _one("On Tuesday, gunmen attacked a police checkpoint near Mubi in Adamawa state, Nigeria. "
              "Three officers were wounded in the raid. "
              "Insurgent violence in the state caused seven deaths in 2022, a monitoring group said.")
    assert not ev.fatalities_low
