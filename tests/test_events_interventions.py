"""Protests the authorities intervened in without force: kept from their protest ('soldiers stopped protesters from
setting up tents', 'police blocked the march') or brought under control ('police controlled the situation'). ACLED's
protest with intervention. Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

_one = functools.partial(one, pub=date(2020, 5, 10))


def test_a_crowd_kept_from_its_protest_met_an_intervention():
    ev = _one("On Monday, soldiers stopped protesters from pitching tents in a square in Tyre.")
    assert ev.sub_event_type == "Protest with intervention"
    ev = _one("On Monday, riot police blocked the march of opposition supporters in Minsk.")
    assert ev.sub_event_type == "Protest with intervention"
    ev = _one("On Monday, football fans rallied in Curitiba to prevent a march by the mayor's supporters.")
    assert ev.sub_event_type == "Peaceful protest"          # a crowd kept another from its march: no intervention


def test_a_protest_brought_under_control_met_an_intervention():
    ev = _one("On Monday, shopkeepers protested in Jalpaiguri against a ration dealer. Police arrived and "
              "controlled the situation.")
    assert ev.sub_event_type == "Protest with intervention"


def test_a_gathering_for_a_cause_is_a_protest():
    ev = _one("On Monday, hundreds of nurses gathered in Mombasa in solidarity with striking doctors.")
    assert (ev.sub_event_type, str(ev.event_date)) == ("Peaceful protest", "2020-05-04")
    ev = _one("On Monday, some 200 students gathered on a square in Skopje in defence of the constitution.")
    assert ev.sub_event_type == "Peaceful protest"


def test_officials_gathered_for_a_cause_meet():
    assert not events("Foreign ministers gathered in Brussels on Monday to condemn the war.", pub=date(2020, 5, 10))


LIVE_AND_CROWD_ROUNDS = [
    ("police scattered a sit-in of nurses in Karsk with live ammunition, wounding nine",
     "Excessive force against protesters"),
    ("troops broke up a march of farmers in Velna using live bullets", "Excessive force against protesters"),
    ("police broke up a march of farmers in Velna using plastic bullets", "Protest with intervention"),
    ("police scattered a sit-in of nurses in Karsk, firing rubber bullets over their heads",
     "Protest with intervention"),
]


def test_a_crowd_dispersed_with_live_rounds_met_excessive_force():
    # the live rounds are the force itself, no death the sentence only names; rubber or plastic rounds stay an
    # intervention
    for text, sub in LIVE_AND_CROWD_ROUNDS:
        assert _one(f"On Monday, {text}.").sub_event_type == sub, text
