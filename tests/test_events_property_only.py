"""An attack that harmed property and nobody. Invented sentences.

- Firebombs thrown at a shop, a pipeline or an office attacked, nobody killed or hurt: property destruction
  (a strategic development), the civilians who own it the second side.
- Shots fired or guns told, someone hurt, or a village attacked and its houses burned: an attack."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2024, 6, 5))
PROPERTY = ("Strategic developments", "Looting/property destruction")


def test_firebombs_at_a_shop_with_nobody_hurt_destroy_property():
    ev = _one("On 3 June 2024, in Poza Rica, Veracruz, two youths on a scooter threw two Molotov "
              "cocktails at a pharmacy. Nobody was hurt.")
    assert (ev.event_type, ev.sub_event_type, ev.actor2) == (*PROPERTY, "Civilians (Mexico)")
    ev = _one("On 3 June 2024, unknown assailants attacked the Cano Verde pipeline near Tame, Arauca.")
    assert (ev.event_type, ev.sub_event_type) == PROPERTY
    ev = _one("On 3 June 2024, unknown men attacked and damaged the offices of a radio station in Taloqan city, "
              "Takhar. No casualties were reported.")
    assert (ev.event_type, ev.sub_event_type) == PROPERTY


def test_shots_harm_or_a_village_attacked_stay_an_attack():
    ev = _one("On 3 June 2024, a militia armed with rifles attacked and looted a party office in Bolgatanga, "
              "Ghana. The raiders let off gunshots as they left.")
    assert ev.sub_event_type == "Attack"
    ev = _one("On 3 June 2024, gunmen attacked a shop in Kisumu, Kenya, wounding the owner.")
    assert ev.sub_event_type == "Attack"
    ev = _one("On 3 June 2024, militants attacked Gulak (Madagali LGA, Adamawa) and burnt several shops.")
    assert ev.sub_event_type == "Attack"
