"""Tolls in long news articles: a count of the dead told sentences or a paragraph after the attack ('... 41
deaths among the soldiers') is that attack's toll, not a count of events; a count told for another period ('more
than 300 deaths last year') is no toll of it. A capital told answering unrest elsewhere ('..., which sent troops to
crush it') is its government, no place of the unrest; a reporter held while at work at a protest is an arrest of
its own, not the crowd's; a bare toll right after a tally is the tally's; a wave of attacks said to begin with a
clause naming one target ('began in March, carried out by X on an army post in Y') tells its opening attack. Invented
texts; the classes were found reading Polemos's events on analytical pieces and
long reports."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

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


def test_a_capital_answering_unrest_elsewhere_is_no_place_of_it():
    evs = events("A proposed land law sparked big protests in Osh on May 3.\n\nThe burst of unrest alarmed Bishkek, "
                 "which cut mobile networks in the region and moved quickly to crush the protests.", date(2024, 5, 7))
    assert [e.location for e in evs] == ["Osh"]


def test_a_reporter_held_at_a_protest_is_an_arrest_of_its_own():
    evs = events("Hundreds of farmers protested by the regional administration in Osh on Monday. A local reporter was "
                 "detained by police outside the town hall in Osh as she filmed the crowd.", date(2024, 5, 7))
    assert sorted(e.sub_event_type for e in evs) == ["Arrests", "Peaceful protest"]
    evs = events("Hundreds of farmers protested by the regional administration in Osh on Monday. Police detained six "
                 "of them outside the town hall in Osh as they chanted slogans.", date(2024, 5, 7))
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]


def test_a_toll_right_after_a_tally_is_the_tallys():
    ev = _one("On Monday, gunmen attacked a police post near Mubi in Adamawa state, Nigeria. Four officers were "
              "killed. Since January, armed groups have carried out at least 30 attacks in the state. They took 120 "
              "lives and wounded 200.")
    assert (ev.fatalities_low, ev.fatalities_high) == (4, 4)


def test_the_opening_attack_of_a_wave_told_with_its_target_is_one_event():
    ev = one("Analysts say a fresh wave of raids in Borno began in early March, launched by ISWAP fighters on an army "
             "base in Marte. Twelve soldiers died.", date(2024, 5, 7))
    assert (ev.location, ev.event_date, ev.fatalities_low) == ("Marte base", "2024-03", 12)
