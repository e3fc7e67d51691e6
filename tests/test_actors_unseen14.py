"""Actor names on text nobody tuned to (fourteenth actors pass): attackers told with the vehicle they came in are the
event's first side where the parser read the verb as a noun, as the adjective's noun, or hung it on the vehicle; a
local or communal militia with no owner told is named after the settlement the sentence places the fight in, as
ACLED names communities' militias; a response told without 'to' answers the clause beside it; a report that
calls its attackers by an unnamed word gives that unnamed group the attacks it tells with no attacker; a passive
hanging on a clause harms that clause's subject; an assault mounted by one group 'against' another targets it;
a short acronym beside another in a sentence written in lower case names its group."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from event_sentences import events, one

PUB = date(2022, 3, 14)
_one = partial(one, pub=PUB)


@pytest.mark.parametrize(("text", "side", "victims"), [
    ("On 3 June 2021, in Mexicali, Baja California, three men on a motorcycle shot a taxi driver.",
     "Unidentified Armed Group (Mexico)", "Civilians (Mexico)"),
    ("On 11 March 2022, gunmen riding a scooter shot dead a baker in Maarat al-Numan in Idlib.",
     "Unidentified Armed Group (Syria)", "Civilians (Syria)"),
    ("In Idlib, gunmen on a scooter shot dead two shepherds and wounded a third.",
     "Unidentified Armed Group (Syria)", "Civilians (Syria)"),
    ("In Ponce, Puerto Rico, gunmen on a scooter shot dead a lawyer.",
     "Unidentified Armed Group (Puerto Rico)", "Civilians (Puerto Rico)"),
    ("On 11 March 2022, in central Tijuana, Baja California, armed persons on motorcycles opened fire on a bakery, "
     "wounding two people.", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)"),
])
def test_attackers_told_with_their_vehicle_shoot_the_victims(text, side, victims):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (side, victims)


@pytest.mark.parametrize("text", [
    "On 11 March 2022, in Culiacan, Sinaloa, four armed men on a motorbike clashed with municipal police.",
    "On 11 March 2022, in Culiacan, Sinaloa, armed men riding a truck clashed with state police. A policeman died.",
])
def test_attackers_told_with_their_vehicle_clash_with_police(text):
    ev = _one(text)
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1 == "Unidentified Armed Group (Mexico)"
    assert ev.actor2.startswith("Police Forces of Mexico")


@pytest.mark.parametrize(("text", "slot", "side"), [
    ("On 3 June 2021, bandits stormed Tudun Wada and Kwari in Maru LGA (Zamfara) and fought local militias "
     "defending the villages.", "actor2", "Tudun Wada Communal Militia (Nigeria)"),
    ("On 3 June 2021, bandits raided Gusau in Zamfara and exchanged fire with local militias.",
     "actor2", "Gusau Communal Militia (Nigeria)"),
    ("On 3 June 2021, bandits fought communal militiamen in Tudun Wada (Maru LGA, Zamfara), killing three of them.",
     "actor2", "Tudun Wada Communal Militia (Nigeria)"),
    ("On 3 June 2021, local militiamen raided a herders camp near Tudun Wada town (Maru LGA, Zamfara) and burned "
     "huts.", "actor1", "Tudun Wada Communal Militia (Nigeria)"),
])
def test_a_local_militia_is_named_after_the_settlement_it_fought_in(text, slot, side):
    assert getattr(_one(text), slot) == side


@pytest.mark.parametrize("text", [
    "The rebels intensified their shelling of Kadugli, and the army struck back with drones.",
    "As the RSF widened its shelling of Kadugli, the army replied with drone strikes.",
])
def test_a_response_told_without_to_answers_the_clause_beside_it(text):
    strikes = [e for e in events(text, date(2024, 6, 1)) if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    assert strikes[0].actor1 == "Military Forces of Sudan (2019-)"
    assert strikes[0].actor2 in ("Unidentified Armed Group (Sudan)", "Rapid Support Forces")


def test_a_reports_unattributed_attacks_are_the_unnamed_group_it_tells_of_unless_it_names_one():
    evs = events("Militant violence has spread across Manipur this year. Three soldiers were shot dead in Chandel "
                 "district on 4 May. It was the fifth militant raid in the hills since January. Two policemen died "
                 "last week when their patrol came under fire near Moreh town. Six traders died in a raid on a market "
                 "in Tengnoupal district in April.", date(2024, 5, 20))
    assert [e.actor1 for e in evs] == ["Unidentified Armed Group (India)"] * 3
    evs = events("Violence has spread across Manipur this year. Three soldiers were shot dead by PLA militants in "
                 "Chandel district on 4 May. Two policemen died last week when their patrol came under fire near "
                 "Moreh town. Gunmen shot a trader in Tengnoupal district in April.", date(2024, 5, 20))
    assert None in [e.actor1 for e in evs]


def test_a_passive_told_after_its_victims_clause_harms_that_clauses_subject():
    ev = _one("On 3 June 2021, Afghan troops took heavy losses after being struck by a Taliban roadside bomb in Zurmat "
              "district, Paktia.")
    assert ev.actor1 == "Taliban"
    assert ev.actor2.startswith("Military Forces of Afghanistan")


def test_an_assault_mounted_by_one_group_against_another_targets_the_other():
    ev = one("An assault mounted by the ELN against the EMC in Arauca in March left 40 people dead.", date(2025, 4, 1))
    assert ev.actor1 == "National Liberation Army"
    assert ev.actor2 in ("EMC: Central General Staff", "Central General Staff")


def test_a_short_acronym_beside_another_in_a_lower_case_sentence_names_its_group():
    ev = _one("On 3 June 2021, a PKK IED went off near Semdinli, Hakkari, wounding two soldiers.")
    assert (ev.actor1, ev.actor2) == ("Kurdistan Workers Party", "Military Forces of Turkey (2016-)")
