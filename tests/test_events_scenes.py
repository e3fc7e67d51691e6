"""News wording on unseen text: a crowd's event named as the scene of a force's response ('detained activists during
a protest'), armed men driven from ground ('pushed the rebels out of three villages'), troops on the move ('marched
deeper into the district') and control established over ground."""
from __future__ import annotations

from datetime import date
from functools import partial

from event_sentences import events, one

PUB = date(2021, 6, 15)
_events = partial(events, pub=PUB)
_one = partial(one, pub=PUB)


def test_a_protest_during_which_the_police_acted_is_the_news():
    ev = _one("Police detained several activists during a protest in Minsk on Saturday.")
    assert (ev.sub_event_type, ev.actor1) == ("Protest with intervention", "Protesters (Belarus)")
    assert ev.actor2.startswith("Police Forces of Belarus") and ev.event_date == "2021-06-12"
    ev = _one("Riot police used water cannon during a rally by farmers in Brussels on Monday.")
    assert ev.sub_event_type == "Protest with intervention" and ev.admin1 == "Brussels Capital"
    ev = _one("On 3 June 2021, in Recife, Pernambuco, youths torched a lorry and hurled rocks at a police car during "
              "a rally about a boy's killing.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")


def test_a_protest_is_still_background_to_an_act_it_did_not_frame():
    assert _events("Stocks fell during a rally in Brussels on Monday.") == []
    assert _events("Two people were arrested after a protest in Lyon on Saturday.") == []


def test_armed_men_driven_from_ground_lost_it_to_whoever_drove_them():
    ev = _one("Government troops pushed the rebels out of three villages near Kismayo on Monday.")
    assert ev.sub_event_type == "Government regains territory" and ev.actor1.startswith("Military Forces of Somalia")
    assert ev.admin1 == "Lower Juba"
    ev = _one("Rebels pushed government troops out of the town of Kidal on Monday.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.actor2.startswith("Military Forces of Mali")
    # no ground changed hands, or the side that took it is not named
    assert _events("The government expelled the French ambassador on Monday.") == []
    assert _events("The militants were expelled from two villages in Homs province on Monday.") == []


def test_troops_on_the_move_are_no_protest():
    ev = _one("Government forces seized a town in Hama and marched further into rebel-held ground on Monday.")
    assert ev.sub_event_type == "Government regains territory"
    assert _events("Soldiers paraded across Bamako on Monday to mark independence day.") == []
    ev = _one("Teachers marched across central Bamako on Monday to demand pay.")
    assert ev.sub_event_type == "Peaceful protest"


def test_control_established_over_ground_but_not_over_an_institution():
    ev = _one("Army units established control over some 90 square kilometres of farmland near Kidal on Monday.")
    assert ev.sub_event_type == "Government regains territory"
    assert _events("The new government established control over the central bank.") == []
    assert _events("The new government seized control of the central bank.") == []
    ev = _one("Rebels seized control of the airport in Kidal on Monday.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_deaths_in_accidents_and_disasters_are_no_attack_unless_someone_killed():
    assert _events("An earthquake in northern Peru left seven dead, among them a driver whose truck was struck by "
                   "falling boulders.") == []
    assert _events("A minibus plunged into a gorge in western Nepal, killing 14 passengers, officials said.") == []
    ev = _one("Gunmen killed a driver whose truck overturned near Kano on Monday.")
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Nigeria)")
    assert ev.actor1.startswith("Unidentified Armed Group")


def test_a_protest_banned_was_not_held_but_one_held_despite_a_ban_was():
    assert _events("The authorities banned protests in the capital of Belarus on Monday.") == []
    ev = _one("Thousands of people defied a ban and protested in Minsk on Monday.")
    assert ev.sub_event_type == "Peaceful protest" and ev.event_date == "2021-06-14"


def test_volunteers_who_beat_a_man_are_a_crowd():
    ev = _one("On 10 June 2021, volunteers thrashed a bus conductor in Alwar town (Alwar, Rajasthan).")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Mob violence", "Rioters (India)", "Civilians (India)")


def test_armed_men_driven_out_by_a_side_named_as_the_agent():
    ev = _one("The rebels were pushed out of Kidal by government troops on Monday.")
    assert ev.sub_event_type == "Government regains territory" and ev.actor1.startswith("Military Forces of Mali")


def test_weeks_of_unrest_are_no_one_event():
    ev = _one("Five demonstrators died in Basra when troops fired on a peaceful sit-in, as weeks of unrest went on "
              "nationwide.")
    assert ev.sub_event_type == "Excessive force against protesters"
    ev = _one("Two days of fighting in Kidal left 20 dead on Monday.")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 20)


def test_protesters_arrested_protested_and_a_count_of_them_is_people_not_events():
    ev = _one("Police arrested 20 protesters in Minsk on Saturday.")
    assert (ev.sub_event_type, ev.actor1) == ("Protest with intervention", "Protesters (Belarus)")
    assert ev.actor2.startswith("Police Forces of Belarus")
    ev = _one("Riot police lobbed tear gas canisters at 500 demonstrators in Nairobi on Tuesday.")
    assert ev.sub_event_type == "Protest with intervention"
    ev = _one("Police arrested 20 suspects in Minsk on Saturday.")
    assert ev.sub_event_type == "Arrests"


def test_demonstrators_detained_after_a_riot_are_its_course():
    evs = _events("On 29 April 2021, rioters angry at fuel prices threw a petrol bomb, stones and fireworks at troops "
                  "in Tyre. Migrant workers joined the rally as well. In Tripoli and Tyre, 12 troops were hurt and 31 "
                  "demonstrators detained.")
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]


def test_a_place_told_only_in_a_relative_clause_is_the_events_unless_that_clause_tells_its_own_event():
    ev = _one("On 28 May 2021, militants shot a farmer who was carrying bread to army posts in Sheikh Zuweid "
              "(Sheikh Zuweid, North Sinai); he died later.")
    assert (ev.admin1, ev.location) == ("North Sinai", "Sheikh Zuweid")
    ev = _one("On 3 June 2021, gunmen shot dead a trader who had fled from Kano.")
    assert ev.admin1 is None
    ev = _one("Protesters held a vigil for a young man who died of wounds he suffered during riots in Tripoli, "
              "Lebanon.")
    assert ev.sub_event_type == "Peaceful protest" and ev.location is None


def test_a_charge_gone_off_before_its_time_is_disrupted_weapons_use_and_kills_its_handlers():
    ev = _one("On 28 April 2021, two fighters died when mines the men were laying exploded prematurely near Spin "
              "Boldak, Kandahar.")
    assert (ev.event_type, ev.sub_event_type, ev.fatalities) == ("Strategic developments", "Disrupted weapons use", 2)
    ev = _one("On 4 May 2021, a suicide bomber's vest exploded prematurely near a checkpoint in Kabul, killing only "
              "him.")
    assert ev.sub_event_type == "Suicide bomb"
    ev = _one("On 4 May 2021, a villager stepped on a landmine near Kandahar and was killed.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_the_blast_of_a_charge_gone_off_early_is_that_event_and_its_toll():
    ev = _one("On 8 May 2021, a homemade bomb exploded prematurely while five insurgents were rigging a bridge in "
              "Kunduz city, Kunduz province. Three of them were killed in the blast.")
    assert (ev.sub_event_type, ev.fatalities) == ("Disrupted weapons use", 3)


def test_a_name_after_a_district_names_its_province():
    ev = _one("On 28 April 2021, two Taliban fighters died in fighting in Daman district, Kandahar, officials said.")
    assert (ev.country, ev.admin1, ev.location) == ("Afghanistan", "Kandahar", "Daman")


def test_a_blast_called_accidental_or_a_picket_barred_is_not_read_as_a_charge_gone_off_or_a_protest():
    assert _events("Strikers were barred from picketing outside the plant.") == []
    ev = _one("On 8 May 2021, a coalition air strike accidentally hit a government post near Deir ez-Zor, killing 12 "
              "soldiers.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_place_in_a_relative_clause_of_the_reporting_clause_is_where_the_speaker_is():
    evs = _events("Troops hit a clinic in Idlib overnight, killing 9 people, officials said on Friday. \u201cTheir "
                  "jets keep hitting clinics and schools,\u201d the minister told reporters beside his guest, who "
                  "arrived in Geneva from Paris.")
    assert [e.location for e in evs] == ["Idlib"]
