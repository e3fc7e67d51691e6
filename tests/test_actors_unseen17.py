"""Actor names on text nobody tuned to (seventeenth actors pass): a fight told only by whom it killed and wounded
has those sides as its two sides, in the order told (not the men of one state's forces and their militias, who
fell on one side); an arrest of people no armed side is named for holds civilians, whatever word or name the
lexicons lack for them; groups the pack lacked (Syria's National Defense Forces, Liwa al-Quds, the Sultan
Suleiman Shah Brigade, the CNPSC) or named otherwise (the KNU/KNLA, one side in ACLED); the doers a next sentence
names with a copula ('X are the suspected attackers'); a group suspected of being involved."""
from __future__ import annotations

from datetime import date

import pytest

from event_sentences import one

PUB = date(2021, 6, 10)


@pytest.mark.parametrize("text, first, second", [
    ("On 4 June 2021, two Malian soldiers and five ISGS fighters died in fighting close to Anderamboukane, Menaka.",
     "Military Forces of Mali", "Islamic State (Greater Sahara)"),
    ("On 4 June 2021, four Maoist guerrillas and a head constable lost their lives during a gun battle in a jungle "
     "near Kistaram, Sukma district.", "Communist Party of India", "Police Forces of India"),
    ("On 4 June 2021, three NPA guerrillas were killed while one army trooper was hurt during a skirmish between "
     "the NPA and government troops near Lumbia, Bukidnon.", "New People's Army",
     "Military Forces of the Philippines"),
])
def test_a_fight_told_by_its_fallen_has_their_sides(text, first, second):
    ev = one(text, PUB)
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.startswith(first) and ev.actor2.startswith(second)


def test_a_state_force_and_its_militias_fell_on_one_side():
    ev = one("On 4 June 2021, two policemen, three pro-government militiamen and nine Taliban fighters were killed "
             "in fighting in Jurm district, Badakhshan.", PUB)
    assert ev.actor1.startswith("Police Forces of Afghanistan") and ev.actor2 == "Taliban"


@pytest.mark.parametrize("text", [
    "On 6 June 2021, a well-known vlogger was detained in Gomel over an unauthorised stream.",
    "On 7 June 2021, police in Gulu arrested Maria Okello, the running mate of an opposition candidate.",
    "On 7 June 2021, Kampala police detained more than 20 youths in Kawempe who were accused of joining a march.",
])
def test_an_arrest_of_people_no_side_is_named_for_holds_civilians(text):
    ev = one(text, PUB)
    assert ev.sub_event_type == "Arrests"
    assert ev.actor1.startswith("Police Forces") and ev.actor2.startswith("Civilians")



@pytest.mark.parametrize("text, side, name", [
    ("On 3 June 2021, CNPSC combatants abducted two traders on a road near Baraka in Fizi, South Kivu.",
     "actor1", "National Coalition of the People for Congo's Sovereignty"),
    ("On 3 June 2021, a roadside bomb hit an NDF truck near Palmyra, Homs, killing three militiamen.",
     "actor2", "National Defense Forces"),
    ("On 3 June 2021, fighters of the Suleiman Shah Division seized the olive groves of farmers in a village near "
     "Afrin.",
     "actor1", "Sultan Suleiman Shah Brigade"),
    ("On 6 June 2021, near a village of Hpapun Township, Kayin State, Myanmar army troops exchanged fire with KNU "
     "brigade 5.", "actor2", "Karen National Union/Karen National Liberation Army"),
])
def test_groups_the_pack_lacked_or_named_otherwise(text, side, name):
    assert getattr(one(text, PUB), side) == name


@pytest.mark.parametrize("text, doer", [
    ("On 28 May 2021, strikes by helicopter gunships hit insurgents near Mbau, Cabo Delgado, on Friday. Dyck "
     "Advisory Group pilots are the suspected attackers.", "Dyck Advisory Group"),
    ("On 28 May 2021, gunmen raided a bus near Oicha, North Kivu. The assailants were ADF fighters.",
     "Allied Democratic Forces"),
])
def test_the_next_sentence_names_the_suspected_doers(text, doer):
    assert one(text, PUB).actor1 == doer


def test_a_group_suspected_of_being_involved_is_the_doer():
    ev = one("On 12 March 2019, a bomb tore through a minibus on a road outside Jalalabad, Nangarhar. Two passengers "
             "died. Police suspect that Taliban militants were involved.", date(2019, 3, 13))
    assert ev.actor1 == "Taliban"
