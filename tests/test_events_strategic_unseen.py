"""Strategic developments a text tells without violence: an armed group handing out food or imposing a curfew on a
population (change to group/activity; a charity's aid is no event), shots fired into the air
or as a warning and a patrol kept from passing (other), charges that never went off (defused before they exploded,
blown up in a controlled explosion, a grenade that did not explode: disrupted weapons use) and a depot destroyed by
artillery (the shelling). Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

_one = functools.partial(one, pub=date(2023, 6, 5))
news = functools.partial(events, pub=date(2023, 6, 5))


def test_an_armed_group_handing_out_food_changes_its_activity():
    ev = _one("On 3 June 2023, gunmen of the Sinaloa Cartel handed out food parcels to residents in Culiacan, "
              "Sinaloa.")
    assert (ev.sub_event_type, ev.actor1) == ("Change to group/activity", "Sinaloa Cartel")
    ev = _one("On 4 March 2023, fighters of al-Shabaab handed out food to poor families in Baidoa.")
    assert (ev.sub_event_type, ev.actor1) == ("Change to group/activity", "Al Shabaab")
    assert not news("On 5 March 2023, the World Food Programme distributed food to poor families in Baidoa.")


def test_a_handout_whose_doer_the_parser_hung_elsewhere_is_still_told():
    ev = _one("As reported on 2 June 2023, in Apatzingan, Michoacan, members of the Jalisco cartel distributed "
              "boxes with rice to households as relief amid the drought.")
    assert (ev.sub_event_type, ev.actor1) == ("Change to group/activity", "Jalisco New Generation Cartel")


def test_an_armed_group_imposing_a_curfew_changes_its_activity():
    ev = _one("On 1 June 2023, the Jalisco cartel announced a curfew for the villages around Aguililla, Michoacan.")
    assert (ev.sub_event_type, ev.actor1) == ("Change to group/activity", "Jalisco New Generation Cartel")
    assert not news("On 12 June 2022, the Rotary Club announced a curfew for its own members in Taiz.")  # no side's


def test_warning_shots_are_another_development():
    ev = _one("On 5 July 2021, Algerian gendarmes fired warning shots near the Moroccan frontier at Maghnia.")
    assert ev.sub_event_type == "Other"
    ev = _one("On 2 June 2023, Turkish soldiers fired several rounds into the sky by the Evros river near Feres.")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Other")


def test_a_patrol_kept_from_passing_is_another_development():
    ev = _one("On 9 March 2021, Turkish troops prevented a Russian patrol from entering Ain Issa in Raqqa.")
    assert (ev.sub_event_type, ev.actor1) == ("Other", "Military Forces of Turkey (2016-)")


def test_a_charge_that_never_went_off_is_disrupted():
    ev = _one("On 3 April 2022, police defused a bomb planted by militants before it exploded in Quetta.")
    assert ev.sub_event_type == "Disrupted weapons use"
    ev = _one("On 9 August 2022, Iraqi soldiers located ten kilograms of explosives near Kirkuk and destroyed them "
              "in a controlled explosion.")
    assert ev.sub_event_type == "Disrupted weapons use"
    ev = _one("On 8 August 2022, a militant threw a grenade toward a police post in Sopore, but it did not explode "
              "and nobody was hurt.")
    assert ev.sub_event_type == "Disrupted weapons use"
    ev = _one("On 9 June 2022, militants targeted an army patrol with a grenade in Pulwama, but it failed to go off.")
    assert ev.sub_event_type == "Disrupted weapons use"                   # a failed attack
    ev = _one("On 5 June 2021, soldiers detonated a mine laid by the rebels near Goma.")
    assert ev.sub_event_type == "Disrupted weapons use"                   # blown up by those who found it


def test_a_depot_destroyed_by_artillery_is_shelled():
    ev = _one("On 5 April 2022, rebel forces destroyed an army ammunition depot with artillery fire near Sirte.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    ev = _one("On 6 April 2022, government forces shot down a rebel drone over Marib.")
    assert ev.sub_event_type == "Disrupted weapons use"           # the drone is the weapon disrupted


def test_weapons_destroyed_in_a_counted_haul_are_disrupted():
    # the rockets are among the things destroyed, counted by a quantity noun: no rocket fire
    ev = _one("On 8 April 2022, commandos destroyed dozens of rockets and mines during a sweep near Velna.")
    assert ev.sub_event_type == "Disrupted weapons use"
    ev = _one("On 9 April 2022, soldiers destroyed a large number of mortars found in a farmhouse near Korvala.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_a_bomb_defused_with_no_one_hurt_is_disrupted():
    ev = _one("On 3 April 2022, police defused a roadside bomb near Quetta and nobody was wounded.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_a_column_sent_to_a_base_is_a_movement_of_forces():
    ev = _one("On 6 May 2021, a Turkish military column was sent to a base near Atarib in Aleppo countryside.")
    assert ev.sub_event_type == "Change to group/activity"


def test_armed_men_quitting_their_faction_change_their_group():
    ev = _one("On 4 May 2021, about forty fighters quit the ranks of Ahrar al-Sham near Ariha.")
    assert ev.sub_event_type == "Change to group/activity"
    ev = _one("On 4 June 2021, Ansar al-Tawhid broke its alliance with the Incite the Believers operations room.")
    assert (ev.sub_event_type, ev.actor1) == ("Change to group/activity", "Ansar al Tawhid")
    assert not news("On 5 May 2021, Morocco cut ties with Iran.")          # diplomacy


def test_captives_freed_from_a_sides_jails_are_its_release():
    ev = _one("On 3 June 2021, 14 soldiers were freed from Taliban custody in Ghazni.")
    assert (ev.sub_event_type, ev.actor1) == ("Other", "Taliban")
    assert not news("On 3 June 2021, 14 inmates were released from prison in Ghazni.")     # no side named
