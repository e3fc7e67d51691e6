"""Abductions: one whose captive is then killed or hurt is an attack (ACLED's concurrent tactics); one of soldiers or
police is a battle with their force; goods taken are no captives. And a protest verb the parser reads as a
participle of its subject ('owners protested by riding buses ... and demanded ...') still tells a protest.
Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2023, 8, 30))


def test_an_abductee_killed_makes_an_attack():
    ev = _one("On 28 August 2023, in Caruaru, Pernambuco, a man was abducted by three others and hacked to death "
              "behind a chapel.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 1)
    ev = _one("On 28 August 2023, gunmen kidnapped a teacher in Zaria, Kaduna.")
    assert ev.sub_event_type == "Abduction/forced disappearance"      # taken, no harm told


def test_abducted_soldiers_or_police_make_a_battle():
    ev = _one("On 28 August 2023, unknown gunmen kidnapped two police constables in Ilorin, Kwara.")
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert ev.actor2.startswith("Police Forces of Nigeria")


def test_goods_seized_are_no_captives():
    ev = _one("On 28 August 2023, suspected jihadists raided a customs post near Bougouni, Mali, and seized three "
              "motorbikes.")
    assert ev.sub_event_type != "Abduction/forced disappearance"


def test_a_protest_read_as_a_participle_is_still_told():
    ev = _one("On 28 August 2023, owners and drivers of small taxi firms protested by driving slowly through Split, "
              "Croatia, and demanded lower fuel taxes as they can no longer work.")
    assert (ev.sub_event_type, ev.event_date) == ("Peaceful protest", "2023-08-28")


def test_whom_one_stabs_is_a_person_whatever_the_word():
    ev = _one("On 28 August 2023, in Caruaru, Pernambuco, a farmhand was stabbed to death behind a chapel.")
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Brazil)")



def test_people_the_parser_hung_on_a_place_told_before_them_are_the_victims():
    ev = _one("On 28 August 2023, in Ceilandia, Distrito Federal, a cobbler and a nurse were shot in the street by "
              "men on a motorbike.")
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Brazil)")
