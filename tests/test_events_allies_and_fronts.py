"""Sides of a fight fended off: whose attack it was ('an assault of X'), and the allies fighting beside the
defenders, who are not the attackers. Invented sentences; the class was found reading Polemos's events on
ACLED notes from a front with many allied forces."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

_one = functools.partial(one, pub=date(2019, 10, 8))


def test_the_attack_of_a_named_group_is_its_own():
    ev = _one("Kurdish fighters and local militiamen beat back an assault of Islamic State militants on a village "
              "near Qamishli on Sunday.")
    assert ev.actor1.startswith("Islamic State") and not (ev.actor2 or "").startswith("Islamic State")


def test_an_ally_beside_the_defenders_is_not_the_attacker():
    ev = _one("Iraqi soldiers and Peshmerga fighters repelled an attack near Kirkuk on Sunday.")
    assert ev.actor1 != "Peshmerga" and ev.actor2.startswith("Military Forces of Iraq")
    ev = _one("Nigerian troops and the Civilian JTF repelled an attack near Monguno on Sunday.")
    assert ev.actor1 != "Civilian Joint Task Force" and ev.actor2.startswith("Military Forces of Nigeria")


def test_stones_thrown_by_a_crowd_told_in_a_trailing_clause_are_a_riot():
    ev = _one("Youths gathered near the station in Utrecht on Monday night, hurling stones at officers.")
    assert (ev.event_type, ev.actor1) == ("Riots", "Rioters (Netherlands)")
    assert ev.actor2.startswith("Police Forces of Netherlands")


def test_a_protest_as_the_scene_of_arrests_keeps_the_violence_told_after_it():
    ev = _one("Police detained 40 people during a march in Leeds on Saturday after bottles were thrown at officers.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")


def test_a_vague_report_of_fighting_takes_the_kind_and_sides_of_the_dated_one_after_it():
    evs = events("Fighting went on in Mali's Kidal region. Soldiers killed two herders near Anefis on Saturday.",
                 pub=date(2019, 10, 8))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Attack", "Military Forces of Mali (2013-2020)", "Civilians (Mali)")]
