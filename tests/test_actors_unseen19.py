"""Actor names on text nobody tuned to (nineteenth actors pass): of two sides told 'between A and B near X', A's phrase
stops before B (the parse reaches 'near X' from A, but B is the other side, not A's name); people told only by a
plain word ('individuals'), or armed men of a trade ('armed inmates', 'armed loggers'), are an unnamed armed group;
bare 'militias' are one too; a charge's word before an event noun ('an IED blast') names no doer, so the subject of
the light verb ('X triggered an IED blast') is who set it off."""
from __future__ import annotations

from datetime import date

import pytest

from event_sentences import one

PUB = date(2021, 6, 10)


@pytest.mark.parametrize("text, first, second", [
    ("On 3 June 2021, fighting erupted between masked gunmen and regime troops near Tafas in Dar'a.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria"),
    ("On 3 June 2021, fighting broke out between masked gunmen and Ahrar al Sham near Binnish in Idleb.",
     "Unidentified Armed Group (Syria)", "Ahrar al Sham"),
])
def test_the_first_of_two_sides_between_does_not_take_the_second_name(text, first, second):
    ev = one(text, PUB)
    assert ev.actor1 == first and (ev.actor2 or "").startswith(second)


@pytest.mark.parametrize("text, country", [
    ("On 3 June 2021, in Tepic, Nayarit, a nurse was abducted by individuals traveling in two cars.", "Mexico"),
    ("On 3 June 2021, in Cuiaba, Mato Grosso, a prisoner was hacked to death by three armed inmates inside a jail.",
     "Brazil"),
])
def test_people_told_by_a_plain_word_are_an_unnamed_armed_group(text, country):
    ev = one(text, PUB)
    assert ev.actor1 == f"Unidentified Armed Group ({country})"


def test_bare_militias_are_an_unnamed_armed_group_but_a_towns_are_its_communal_militia():
    ev = one("On 3 June 2021, Nigerian troops clashed with militias near Wukari (Taraba), killing a militia "
             "commander.", PUB)
    assert ev.actor1.startswith("Military Forces of Nigeria") and ev.actor2 == "Unidentified Armed Group (Nigeria)"
    ev = one("On 3 June 2021, armed youth militias ambushed two constables in Ogwashi-Uku (Delta), killing one.", PUB)
    assert ev.actor1 == "Unidentified Armed Group (Nigeria)"
    ev = one("On 3 June 2021, armed militias from Obudu and Bette clashed in Obudu LGA (Cross River).", PUB)
    assert ev.actor1 == "Obudu Communal Militia (Nigeria)"


@pytest.mark.parametrize("text, group", [
    ("On 3 June 2021, CPI-Maoist guerrillas triggered an IED blast near Bhairamgarh (Chhattisgarh), damaging a "
     "culvert.", "Communist Party of India"),
    ("On 3 June 2021, Al Shabaab militants triggered an IED blast near Afgoye (Lower Shabelle), damaging a truck.",
     "Al Shabaab"),
])
def test_the_subject_of_a_light_verb_before_a_charge_and_blast_is_the_doer(text, group):
    ev = one(text, PUB)
    assert ev.actor1.startswith(group)


@pytest.mark.parametrize("text, country", [
    ("On 3 June 2021, troops of the Burundian army burned huts near Luvungi (Uvira, Sud-Kivu).",
     "Burundi"),
    ("On 3 June 2021, troops of the army of Rwanda seized goats from herders near Bunagana (Rutshuru, Nord-Kivu).",
     "Rwanda"),
])
def test_men_of_a_named_states_force_are_that_states_forces(text, country):
    ev = one(text, PUB)
    assert ev.actor1.startswith(f"Military Forces of {country}")


def test_a_fight_during_a_forces_operation_has_that_force_as_a_side():
    ev = one("On 3 June 2021, a gunfight erupted on the Morro do Cedro Azul hillside of Sao Goncalo, Rio de "
             "Janeiro during a police operation.", PUB)
    assert ev.actor1.startswith("Police Forces of Brazil")


@pytest.mark.parametrize("text, unit", [
    ("On 3 June 2021, gunmen ambushed a Shabwani Elite forces patrol near Azzan (Shabwah).",
     "Shabwani Elite Forces"),
    ("On 3 June 2021, masked gunmen wounded two Hadhrami Elite forces fighters near Shibam (Hadramawt).",
     "Hadhrami Elite Forces"),
])
def test_yemens_elite_forces_are_named(text, unit):
    ev = one(text, PUB)
    assert ev.actor2 == unit


def test_a_qualifying_participle_read_as_a_verb_keeps_the_strikes_target():
    ev = one("On 3 June 2021, Malian air force jets mounted airstrikes targeting presumed ISGS hideouts in the dunes "
             "of Tessit (Ansongo, Gao).", PUB)
    assert ev.actor1.startswith("Military Forces of Mali") and (ev.actor2 or "").startswith("Islamic State")
