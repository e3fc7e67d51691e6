"""An attempt at harm is an attack that happened, with none of the deaths it aimed at; a statement that someone
else did it ('the government claimed that rebels attacked') is no claim of responsibility by whoever states it.
Invented sentences; the classes were found reading Polemos's events on news articles and ACLED notes."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

news = functools.partial(events, pub=date(2019, 3, 12))
_one = functools.partial(one, pub=date(2019, 3, 12))


def test_an_attempt_on_a_life_is_an_attack_without_deaths():
    ev = _one("Gunmen tried to kill a magistrate in Bukavu on Monday.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 0)
    assert ev.actor1 == "Unidentified Armed Group (Democratic Republic of Congo)"
    ev = _one("A provincial deputy survived an assassination attempt in Bukavu on Monday.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 0)


def test_an_attempt_at_something_else_stays_no_event():
    assert news("Hundreds of migrants tried to cross the fence near Melilla on Monday.") == []
    assert news("Police said the gang had planned to try to kill the mayor of Bukavu.") == []


def test_a_statement_about_another_side_is_no_claim_of_responsibility():
    ev = _one("The government claimed on Monday that rebels had ambushed a convoy near Bunia.")
    assert ev.actor1 == "Unidentified Armed Group (Democratic Republic of Congo)"
    assert ev.claimed_by is None
    ev = _one("The Islamic State claimed that its fighters ambushed a patrol near Tikrit on Monday.")
    assert ev.actor1.startswith("Islamic State") and ev.claimed_by.startswith("Islamic State")


def test_a_group_of_people_attacking_by_hand_is_a_mob():
    ev = _one("A group of strangers hurled stones at a radio presenter in Kankan on Sunday, injuring him.")
    assert (ev.sub_event_type, ev.actor1) == ("Mob violence", "Rioters (Guinea)")


def test_where_a_person_hails_from_gives_way_to_where_it_happened():
    ev = _one("Suresh Yadav of Bihar was beaten up by a mob in Kadapa on Wednesday.")
    assert ev.location == "Kadapa"



def test_a_side_ending_a_truce_changes_its_activity():
    ev = _one("The ELN called off its ceasefire with the government on Monday and vowed to resume attacks.")
    assert (ev.sub_event_type, ev.actor1) == ("Change to group/activity", "National Liberation Army")
    assert news("Rescuers called off the search for the missing fishermen on Monday.") == []
