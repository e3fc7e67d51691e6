"""Actor names on text nobody tuned to (tenth actors pass): fire a monitor saw near a settlement of the Donbas
line, told with no side, coded from across the line; the GNA alone in a Libyan text; a riot of detainees against
their prison's guards; Somali sub-clans named with their clan; peoples coordinated before one militia noun."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from event_sentences import one

PUB = date(2019, 3, 20)
_one = partial(one, pub=PUB)


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # a settlement the government held: the fire came from the other side of the line
    ("On 18 March 2019, the OSCE SMM recorded 9 explosions of undetermined origin near Avdiivka.",
     "United Armed Forces of Novorossiya", None),
    ("On 18 March 2019, the OSCE SMM logged 30 shots in both directions near Zolote-4.",
     "United Armed Forces of Novorossiya", "Military Forces of Ukraine"),
])
def test_monitor_fire_near_a_held_settlement_comes_from_across_the_line(text, actor1, actor2):
    ev = _one(text)
    assert ev.actor1.startswith(actor1)
    assert (ev.actor2 or None) is None if actor2 is None else ev.actor2.startswith(actor2)


def test_the_gna_alone_is_libyas_forces_in_a_libyan_text():
    ev = _one("On 18 March 2019, LNA warplanes struck GNA positions near Gharyan, Libya.")
    assert ev.actor2.startswith("Military Forces of Libya")


@pytest.mark.parametrize(("text", "guards"), [
    ("On 18 March 2019, inmates rioted in the central prison of Arequipa, Peru, burning mattresses.",
     "Police Forces of Peru"),
    ("On 18 March 2019, detainees rioted at a jail in Homs, Syria, demanding their release.",
     "Military Forces of Syria"),
])
def test_a_riot_of_detainees_is_against_their_prisons_guards(text, guards):
    ev = _one(text)
    assert ev.event_type == "Riots"
    assert ev.actor2.startswith(guards) and ev.actor2.endswith("Prison Guards")


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("On 18 March 2019, militiamen from the Xaaf sub-clan of the Habar Gidir clan shot dead a herder near Adado, "
     "Galgaduud, Somalia.", "Habar Gedir-Xaaf Sub-Clan Militia (Somalia)", "Civilians (Somalia)"),
    ("On 18 March 2019, fighters of the Xaaf and Yuusuf sub clans of Habargidir fought each other outside Galkayo, "
     "Mudug, Somalia.", "Habar Gedir-Xaaf Sub-Clan Militia (Somalia)", "Habar Gedir-Yuusuf Sub-Clan Militia (Somalia)"),
])
def test_a_sub_clan_is_named_with_its_clan(text, actor1, actor2):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (actor1, actor2)


def test_peoples_coordinated_before_one_communal_militia_noun_are_each_a_side():
    ev = _one("On 18 March 2019, Masalit and Zaghawa communal militias fought over farmland near Kulbus, West Darfur, "
              "Sudan.")
    assert (ev.actor1, ev.actor2) == ("Masalit Ethnic Militia (Sudan)", "Zaghawa Ethnic Militia (Sudan)")


@pytest.mark.parametrize(("text", "actor1"), [
    ("On 18 March 2019, Puntland Dervish forces raided an Islamic State hideout near Qandala, Bari, Somalia.",
     "Military Forces of Somalia (2017-2022) Puntland Dervish Force"),
    ("On 18 March 2019, LDU personnel beat a boda boda rider in Gulu town, Uganda.",
     "Military Forces of Uganda (1986-) Local Defense Unit"),
    ("On 18 March 2019, RR personnel killed two militants in an encounter near Tral, Pulwama, Jammu and Kashmir.",
     "Military Forces of India (2014-) Rashtriya Rifles"),
])
def test_a_states_unit_named_by_its_own_name_or_acronym(text, actor1):
    assert _one(text).actor1 == actor1


@pytest.mark.parametrize("text", [
    "On 18 March 2019, rioters threw petrol bombs at a bank branch in Zahle, Lebanon.",
    "On 18 March 2019, angry rioters smashed the front of a money exchange building in Tyre, Lebanon.",
])
def test_a_riot_that_harms_private_property_has_its_owners_as_second_side(text):
    ev = _one(text)
    assert ev.event_type == "Riots"
    assert ev.actor2 == "Civilians (Lebanon)"



def test_an_exchange_across_a_line_between_two_states_has_the_home_state_first():
    ev = _one("On 18 March 2019, Indian and Pakistani troops traded fire over the LoC in Nakyal sector (Kotli "
              "district, AJK).")
    assert ev.actor1.startswith("Military Forces of Pakistan")
    assert ev.actor2.startswith("Military Forces of India")
