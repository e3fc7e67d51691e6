"""Strategic developments and other events the system missed on unseen notes: the authorities' security measures
told as the news a text opens with (a governorship stopping traffic into a district, a government declaring a
lockdown: change to group/activity; told after the riots they answer, or as the backdrop of other news, no event of
their own), people taken as hostages (abduction), trees or crops cut down or uprooted and windows smashed (property
destruction), a bomb a group planted (remote explosive), forces baton charging people (attack), a town 're-taken'
with a hyphen (territory regained). Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

_one = functools.partial(one, pub=date(2023, 6, 5))
news = functools.partial(events, pub=date(2023, 6, 5))


def test_the_authorities_security_measures_change_their_activity():
    ev = _one("On 2 June 2023, the Kirsehir governorship halted entry into the Mucur district for ten days.")
    assert (ev.sub_event_type, ev.actor1) == ("Change to group/activity", "Government of Turkey (2016-)")
    ev = _one("On 3 June 2023, the governor of Abyan closed the border crossings of the governorate and imposed a "
              "night curfew.")
    assert (ev.sub_event_type, ev.actor1) == ("Change to group/activity", "Government of Yemen (2012-)")
    ev = _one("On 4 June 2023, the Chadian government declared a lockdown on Abeche and Sarh.")
    assert ev.sub_event_type == "Change to group/activity"
    ev = _one("On 1 June 2023, the Turkish government began to enforce a two-day curfew in 12 provinces.")
    assert (ev.sub_event_type, ev.actor1) == ("Change to group/activity", "Government of Turkey (2016-)")
    ev = _one("On 2 June 2023, the Silvan governorship briefly halted entries to the Silvan district.")
    assert ev.actor1 == "Government of Turkey (2016-)"      # an office, no organisation of its own


def test_a_measure_told_after_the_unrest_it_answers_is_no_event():
    evs = news("On 1 June 2023, rioters burned tyres and hurled stones at police in Kut. The provincial authorities "
               "announced on 2 June 2023 a night curfew over Kut because of the riots.")
    assert evs and all(e.sub_event_type != "Change to group/activity" for e in evs)


def test_a_measure_in_force_beside_other_news_is_no_event():
    evs = news("On 4 June 2023, a mob attacked policemen in Rampur village (Saran, Bihar) as police were enforcing "
               "the lockdown.")
    assert [e.sub_event_type for e in evs] == ["Mob violence"]
    assert not news("On 3 June 2023, the Peruvian government had closed the borders with Chile because of the "
                    "epidemic.")


def test_people_taken_as_hostages_are_abducted():
    ev = _one("On 3 June 2023, armed men took ranch hands as hostages in Pedro Juan Caballero (Amambay).")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    ev = _one("On 3 June 2023, two ranch hands were taken as hostages near Bella Vista (Amambay) by armed men.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_trees_cut_down_or_uprooted_are_property_destruction():
    ev = _one("On 4 June 2023, Israeli settlers uprooted 200 almond saplings in the village of Burin, south of "
              "Nablus.")
    assert (ev.sub_event_type, ev.actor1) == ("Looting/property destruction", "Settlers (Israel)")
    ev = _one("On 2 June 2023, Israeli settlers cut down 40 olive trees near Qaryut, south of Nablus.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_bomb_a_group_planted_is_a_remote_explosive():
    ev = _one("As reported on 1 June 2023, several soldiers suffered casualties from an IS-planted bomb during a "
              "foot patrol in the Chapa Dara district, Kunar.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_forces_baton_charging_people_attack_them():
    ev = _one("On 29 May 2023, troopers of the Assam Rifles baton charged vendors at a market in Silchar (Cachar, "
              "Assam) for not wearing masks.")
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (India)")
    ev = _one("On 9 May 2023, some hundred villagers rallied in Nellore city (Nellore, Andhra Pradesh) at a chemical "
              "factory to seek justice from its owners after a fire killed 8 and hurt dozens more. The police used a "
              "mild lathi charge on the crowd to disperse it.")
    assert ev.sub_event_type == "Protest with intervention"      # the noun at a protest: its intervention


def test_a_place_re_taken_with_a_hyphen_is_regained():
    ev = _one("On 5 May 2023, Mozambican troops re-took Macomia (Cabo Delgado) from insurgents.")
    assert (ev.sub_event_type, ev.actor1) == ("Government regains territory", "Military Forces of Mozambique (1990-)")


def test_windows_smashed_are_property_destruction():
    ev = _one("On 1 June 2023, masked men smashed the windows of a bank in Thessaloniki.")
    assert ev.sub_event_type == "Looting/property destruction"
    ev = _one("On 1 June 2023, protesters gathered in Patras and smashed the windows of two banks.")
    assert ev.event_type == "Riots"      # beside a protest: the crowd's violence


def test_the_time_a_measure_runs_until_is_not_its_date():
    ev = one("On 2 June 2023, the Turkish government began to enforce a three-day curfew in 15 provinces until "
             "the close of the weekend.", pub=date(2023, 6, 2))
    assert ev.event_date == "2023-06-02"
