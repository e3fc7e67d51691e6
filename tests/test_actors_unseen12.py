"""Actor names on text nobody tuned to (twelfth actors pass): one side's own men fighting among themselves ('two
factions of X clashed', 'clashes between two tribal militias', 'gunmen clashed') are that side on both sides;
sides serving "under" a named operation are the operation; a coordinated fellow side of a reciprocal fight
outranks the people of the villages the fire was exchanged at; 'suspected' before a state's aircraft hedges
the state, it does not make the attacker unknown."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from event_sentences import one

PUB = date(2021, 6, 12)
_one = partial(one, pub=PUB)


@pytest.mark.parametrize(("text", "side"), [
    ("On 9 June 2021, two factions of the Mayi Mayi clashed near Walikale, Nord-Kivu.", "Mayi Mayi Militia"),
    ("On 9 June 2021, a gunfight between two tribal militias erupted at dawn in Shahba, As-Sweida.",
     "Unidentified Tribal Militia (Syria)"),
    ("On 9 June 2021, two groups of soldiers traded gunfire at a checkpoint outside Kismayo, Lower Juba.",
     "Military Forces of Somalia"),
    ("On 9 June 2021, armed men clashed in Fresnillo, Zacatecas, Mexico.", "Unidentified Armed Group (Mexico)"),
    ("On 9 June 2021, rival gangs exchanged fire in Ciudad Obregon, Sonora, Mexico.", "Unidentified Gang (Mexico)"),
])
def test_one_sides_own_men_fighting_are_that_side_twice(text, side):
    ev = _one(text)
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.startswith(side) and ev.actor2 == ev.actor1


def test_own_men_of_an_armed_side_but_not_crowds():
    ev = _one("On 9 June 2021, two groups of taxi drivers clashed at a bus terminal in Manokwari, West Papua, "
              "throwing stones at each other.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Mob violence", "Rioters (Indonesia)", "Rioters (Indonesia)")
    ev = _one("On 9 June 2021, a firefight broke out in Ibb city, Ibb, between two factions of Houthi forces.")
    assert ev.actor1 == ev.actor2 == "Military Forces of Yemen (2016-) Supreme Political Council"


@pytest.mark.parametrize(("text", "slot"), [
    ("On 9 June 2021, SNA fighters under OPS looted the wheat harvest of farmers at Umm Harmala near Ras al Ain, "
     "Hasakeh.", "actor1"),
    ("On 9 June 2021, Turkish troops and SNA factions under OPS shelled Tal Shenan near Tal Tamer, Hasakeh.",
     "actor1"),
    ("On 9 June 2021, a roadside bomb of unknown origin wounded a JWS fighter who is operating under OPS near "
     "Suluk, Raqqa.", "actor2"),
])
def test_sides_under_a_named_operation_are_the_operation(text, slot):
    assert getattr(_one(text), slot) == "Operation Peace Spring"


def test_under_an_operation_but_not_under_a_commander():
    ev = _one("On 9 June 2021, SDF fighters under the command of Mazloum Abdi clashed with Islamic State militants "
              "near Hajin, Deir-ez-Zor.")
    assert ev.actor1 == "Syrian Democratic Forces"
    ev = _one("On 9 June 2021, Syrian National Army factions under OPS shelled Zirgan, Hasakeh.")
    assert ev.actor1 == "Operation Peace Spring"


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("On 2 June 2021, troops of India and Pakistan traded fire at Balnoi and Degwar villages in the Krishna Ghati "
     "sector (Poonch, J&K).", "Military Forces of India", "Military Forces of Pakistan"),
    ("On 2 June 2021, troops of India and Pakistan traded fire at Nikial village (Kotli, AJK), killing two "
     "Pakistani civilians.", "Military Forces of India", "Military Forces of Pakistan"),
])
def test_a_fellow_side_outranks_the_villages_fire_was_exchanged_at(text, actor1, actor2):
    ev = _one(text)
    assert ev.actor1.startswith(actor1) and ev.actor2.startswith(actor2)


@pytest.mark.parametrize(("text", "actor1"), [
    ("On 4 March 2021, suspected Israeli warplanes struck militia positions near Albu Kamal, Deir-ez-Zor.",
     "Military Forces of Israel"),
    ("On 4 March 2021, suspected US aircraft carried out an air strike on an Al Shabaab camp near Jilib, "
     "Middle Juba.", "Military Forces of the United States"),
])
def test_suspected_state_aircraft_are_the_states(text, actor1):
    assert _one(text).actor1.startswith(actor1)


@pytest.mark.parametrize("text", [
    "On 3 June 2021, three Taliban fighters died in Marja district, Helmand, when a mine they were laying went "
    "off prematurely.",
    "On 3 June 2021, two Taliban fighters were hurt in Arghandab district, Kandahar, when their own mortar round "
    "detonated prematurely.",
])
def test_a_charge_gone_off_early_is_its_handlers_act(text):
    ev = _one(text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Disrupted weapons use", "Taliban", None)


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("On 7 June 2021, AAS fighters fought JaS in Afrin's Mahmudiyah quarter.", "Ahrar al Sham", "Levant Front"),
    ("On 7 June 2021, HTS members fought an opposition rebel group at a checkpoint in Atarib, Aleppo.",
     "Hayat Tahrir al Sham", "Opposition Rebels (Syria)"),
    # two names coordinated before one 'factions': the first is '<name> factions' too
    ("On 7 June 2021, regime troops battled opposition and jihadist factions near Kabani, Latakia.",
     "Military Forces of Syria", "Opposition Rebels (Syria)"),
])
def test_syrian_factions_by_their_short_names(text, actor1, actor2):
    ev = _one(text)
    assert ev.actor1.startswith(actor1) and ev.actor2 == actor2


@pytest.mark.parametrize(("text", "actor2"), [
    ("On 6 June 2021, unknown attackers stabbed and killed a local leader of the Awami Youth Forum in Sonargaon, "
     "Narayanganj.", "Civilians (Bangladesh)"),
    ("Arrests: On 4 June 2021, regime security forces arrested 12 managers of Zain Telecom in Homs city.",
     "Civilians (Syria)"),
    ("On 2 June 2021, soldiers killed a leader of the Fulani community at a well outside Djibo, Soum.",
     "Civilians (Burkina Faso)"),
    ("On 5 June 2021, two masked men on a motorbike killed an activist of the Kisan Union in Sangrur, Punjab.",
     "Civilians (India)"),
])
def test_unarmed_people_harmed_or_held_are_civilians(text, actor2):
    assert _one(text).actor2 == actor2


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("On 3 June 2021, government forces responded to Houthi shelling near Harib, Marib.",
     "Military Forces of Yemen (2012-)", "Military Forces of Yemen (2016-) Supreme Political Council"),
    ("On 3 June 2021, government troops in Qaatabah, Ad Dali, responded to Houthi artillery fire.",
     "Military Forces of Yemen (2016-) Supreme Political Council", "Military Forces of Yemen (2012-)"),
    ("On 3 June 2021, the army responded to an attack by Al Shabaab militants on a base near Afgoye, "
     "Lower Shabelle.", "Al Shabaab", "Military Forces of Somalia"),
])
def test_a_response_to_fire_has_the_fire_and_the_answer_as_its_sides(text, actor1, actor2):
    ev = _one(text)
    assert ev.actor1 == actor1 and ev.actor2.startswith(actor2)


@pytest.mark.parametrize(("text", "actor2"), [
    ("On 3 June 2021, police recovered and defused two IEDs from an orchard near Pattan, Baramulla, suspected to be "
     "planted by Lashkar-e-Taiba militants.", "Lashkar-e-Taiba"),
    ("On 3 June 2021, the army destroyed several depots of weapons belonging to ADF rebels near Eringeti, Nord-Kivu.",
     "Allied Democratic Forces"),
    ("On 3 June 2021, police in Karabudakhkent, Dagestan, found a cache of two rifles and an IED buried in a "
     "garden.", "Unidentified Armed Group (Russia)"),
    ("On 3 June 2021, police recovered 40 crude bombs at a house in Kakdwip, South 24 Parganas, West Bengal.",
     "Unidentified Armed Group (India)"),
])
def test_weapons_a_state_seized_are_their_owners_or_an_unknown_groups(text, actor2):
    ev = _one(text)
    assert ev.sub_event_type == "Disrupted weapons use" and ev.actor2 == actor2


@pytest.mark.parametrize(("text", "actor1"), [
    ("On 4 June 2021, a truck hit a roadside IED between Djibo and Namssiguia, Soum, killing two drivers. The device "
     "was probably laid by JNIM militants.", "Group for Support of Islam and Muslims"),
    # the parse makes 'believed' the verb and the shooting its clause
    ("On 4 June 2021, attackers believed to be from IS shot a shepherd dead near Sabkha, Raqqa.",
     "Islamic State (Syria)"),
])
def test_the_suspected_author_of_an_attack(text, actor1):
    assert _one(text).actor1 == actor1


def test_a_unit_whose_name_other_forces_bear_is_its_own_only_in_its_country():
    ev = _one("On 4 June 2021, in Uruapan, Michoacan, a patrol of National Guard agents exchanged fire with gunmen.")
    assert ev.actor1 == "Police Forces of Mexico (2018-2024) National Guard"
    ev = _one("On 4 June 2021, the Ukrainian National Guard shelled separatist positions near Horlivka, Donetsk.")
    assert ev.actor1 == "Military Forces of Ukraine (2019-)"
