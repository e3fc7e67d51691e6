"""Actor names on text nobody tuned to (fourteenth actors pass): the attackers told with the vehicle they came in
('two men on a motorbike shot a driver', 'gunmen riding a scooter shot dead a trader', 'armed men in Tijuana, Baja
California, on motorbikes clashed with police') are the event's first side, where the parser had read the verb
as a noun, as the adjective's noun, or hung it on the vehicle; a local or communal militia with no owner told is
named after the settlement the sentence places the fight in ('attacked X and clashed with local militias': X
Communal Militia), as ACLED names communities' militias."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from event_sentences import events, one

PUB = date(2022, 3, 14)
_one = partial(one, pub=PUB)


@pytest.mark.parametrize(("text", "side", "victims"), [
    ("On 3 June 2021, in Tijuana, Baja California, two men on a motorcycle shot a taxi driver.",
     "Unidentified Armed Group (Mexico)", "Civilians (Mexico)"),
    ("On 11 March 2022, gunmen riding a motorbike shot dead a baker in the village of Kafr Nabl in Idlib.",
     "Unidentified Armed Group (Syria)", "Civilians (Syria)"),
    ("In Idlib, gunmen on a motorcycle shot dead two farmers and wounded a third.",
     "Unidentified Armed Group (Syria)", "Civilians (Syria)"),
    ("In Tijuana, Baja California, gunmen on a motorcycle shot dead a lawyer.",
     "Unidentified Armed Group (Mexico)", "Civilians (Mexico)"),
    ("On 11 March 2022, in Tijuana, Baja California, armed individuals on motorcycles opened fire at a bar, "
     "wounding two people.", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)"),
])
def test_attackers_told_with_their_vehicle_shoot_the_victims(text, side, victims):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (side, victims)


@pytest.mark.parametrize("text", [
    "On 11 March 2022, in Tijuana, Baja California, three armed men on a motorbike clashed with municipal police "
    "officers.",
    "On 11 March 2022, in Tijuana, Baja California, armed men riding a pickup clashed with state police. One officer "
    "died.",
])
def test_attackers_told_with_their_vehicle_clash_with_police(text):
    ev = _one(text)
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1 == "Unidentified Armed Group (Mexico)"
    assert ev.actor2.startswith("Police Forces of Mexico")


def test_a_sentence_led_by_a_clause_of_the_forces_own_keeps_them_its_subject():
    ev = _one("On 3 June 2021, Govt forces while conducting an operation clashed with Al Shabaab militants near "
              "Jowhar (Middle Shabelle).")
    assert (ev.actor1, ev.actor2) == ("Military Forces of Somalia (2017-2022)", "Al Shabaab")


@pytest.mark.parametrize(("text", "slot", "side"), [
    ("On 3 June 2021, unknown gunmen attacked Tudun Wada and Kwari in Maru LGA (Zamfara) and clashed with local "
     "militias that tried to defend them.", "actor2", "Tudun Wada Communal Militia (Nigeria)"),
    ("On 3 June 2021, unknown gunmen attacked Gusau in Zamfara and clashed with local militias.",
     "actor2", "Gusau Communal Militia (Nigeria)"),
    ("On 3 June 2021, gunmen clashed with communal militiamen in Tudun Wada (Maru LGA, Zamfara), killing 3 "
     "militiamen.", "actor2", "Tudun Wada Communal Militia (Nigeria)"),
    ("On 3 June 2021, local militiamen attacked a Fulani camp near Tudun Wada town (Maru LGA, Zamfara) and burned "
     "huts.", "actor1", "Tudun Wada Communal Militia (Nigeria)"),
])
def test_a_local_militia_is_named_after_the_settlement_it_fought_in(text, slot, side):
    assert getattr(_one(text), slot) == side


@pytest.mark.parametrize("text", [
    "The insurgents stepped up their shelling of Kadugli, and the army hit back with air strikes.",
    "As the RSF stepped up its shelling of Kadugli, the army responded with air strikes.",
])
def test_a_response_told_without_to_answers_the_clause_beside_it(text):
    strikes = [e for e in events(text, date(2024, 6, 1)) if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    assert strikes[0].actor1 == "Military Forces of Sudan (2019-)"
    assert strikes[0].actor2 in ("Unidentified Armed Group (Sudan)", "Rapid Support Forces")


def test_a_reports_unattributed_attacks_are_the_unnamed_group_it_tells_of_unless_it_names_one():
    evs = events("Militant violence has grown across Manipur this year. Three soldiers were killed in Chandel "
                 "district on 4 May. It was the fifth militant attack in the hills since January. Two policemen were "
                 "killed last week when their patrol was ambushed near Moreh town. Six traders were killed in an "
                 "attack on a market in Tengnoupal district in April.", date(2024, 5, 20))
    assert [e.actor1 for e in evs] == ["Unidentified Armed Group (India)"] * 3
    evs = events("Violence has grown across Manipur this year. Three soldiers were killed by PLA militants in Chandel "
                 "district on 4 May. Two policemen were killed last week when their patrol was ambushed near Moreh "
                 "town. Gunmen shot dead a trader in Tengnoupal district in April.", date(2024, 5, 20))
    assert None in [e.actor1 for e in evs]


def test_a_passive_told_after_its_victims_clause_harms_that_clauses_subject():
    ev = _one("On 3 June 2021, ANDSF forces suffered casualties after being hit by a Taliban-planted IED in Zurmat "
              "district, Paktia.")
    assert (ev.actor1, ev.actor2) == ("Taliban", "Military Forces of Afghanistan (2004-2021)")


def test_an_offensive_launched_by_one_group_against_another_targets_the_other():
    ev = one("The offensive launched by the ELN against the EMC in Arauca in March killed at least 40 people.",
             date(2025, 4, 1))
    assert ev.actor1 == "National Liberation Army"
    assert ev.actor2 in ("EMC: Central General Staff", "Central General Staff")
