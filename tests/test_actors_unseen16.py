"""Actor names on text nobody tuned to (sixteenth actors pass): a settlement of a front spelt in another
romanisation than the pack's (the Russian form of a Ukrainian name) still tells which side held it; a side that
thwarted or foiled an attack is the one the report tells of, while an attack repelled keeps its maker first;
India's unnamed security forces are its police; forces said to comprise named units are the first unit."""
from __future__ import annotations

from datetime import date

import pytest

from event_sentences import one
from polemos.knowledge.places.theatres import load_theatres

UKRAINE = "Military Forces of Ukraine"
NOVOROSSIYA = "United Armed Forces of Novorossiya"


def _front():
    return next(t for t in load_theatres() if t.name.startswith("Donbas"))


@pytest.mark.parametrize("town", ["Krasnogorovka", "Avdeyevka"])
def test_a_front_settlement_in_another_romanisation_tells_who_held_it(town):
    # the Russian spellings of towns the government held: the fire came from across the line
    ev = one(f"On 11 March 2019, the OSCE SMM recorded 12 explosions of unknown origin near {town}.",
             pub=date(2019, 3, 12))
    assert ev.actor1.startswith(NOVOROSSIYA)


def test_a_name_both_sides_settlements_share_when_spelt_loosely_is_no_ones():
    assert _front().holders("blasts close to Vodyane") == {UKRAINE}
    assert _front().holders("blasts close to Pervomaiskoye") == set()      # Pervomaisk or Pervomaiske
    assert _front().holders("blasts close to Donetskaya") == set()         # the province, not the suburb


YEMEN_ARMY = "Military Forces of Yemen (2012-)"
HOUTHIS = "Military Forces of Yemen (2016-) Supreme Political Council"
MARIB = "on ridges outside Harib (Marib)."


def test_an_unknown_unit_of_a_known_force_that_thwarted_an_attack_is_the_force():
    ev = one("On 14 June 2021, fighters from the Hamza Lions Battalion of the Giants Brigades thwarted an attack by "
             "Houthi forces near Hays (Al Hudaydah).", pub=date(2021, 6, 15))
    assert (ev.actor1, ev.actor2) == ("Giants Brigades", HOUTHIS)


@pytest.mark.parametrize("act", ["thwarted a Houthi incursion", "foiled an assault by Houthi fighters"])
def test_who_thwarted_an_attack_is_told_first(act):
    ev = one(f"On 14 June 2021, government troops {act} {MARIB}", pub=date(2021, 6, 15))
    assert (ev.actor1, ev.actor2) == (YEMEN_ARMY, HOUTHIS)
    # repelled: the attack was made, and its maker stays first
    ev = one(f"On 14 June 2021, government troops repelled an assault by Houthi fighters {MARIB}",
             pub=date(2021, 6, 15))
    assert (ev.actor1, ev.actor2) == (HOUTHIS, YEMEN_ARMY)


def test_indias_unnamed_security_forces_are_its_police():
    # internal security in India is the police's and the central armed police forces' (Home Ministry)
    ev = one("On 9 March 2022, security forces and Maoists traded fire in a forest near Sukma (Chhattisgarh).",
             pub=date(2022, 3, 10))
    assert ev.actor1.startswith("Police Forces of India") and ev.actor2.startswith("Communist Party of India")


def test_forces_said_to_comprise_named_units_are_the_first_unit():
    ev = one("On 9 March 2022, security forces comprising Rashtriya Rifles and CRPF personnel traded fire with LeT "
             "militants at Shopian (J&K).", pub=date(2022, 3, 10))
    assert ev.actor1 == "Military Forces of India (2014-) Rashtriya Rifles"
