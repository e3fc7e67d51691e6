"""A charge thrown together with gunfire at an armed side. Invented sentences.

- 'stormed a post with grenades and pistols': fire aimed at an armed side outranks the charge (ACLED's
  hierarchy), an armed clash; its unnamed attackers are ACLED's unidentified armed group, as the charge's.
- A grenade alone, or victims told armed with rifles, stays the charge."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2024, 6, 5))


def test_grenades_thrown_with_gunfire_at_police_are_a_clash():
    ev = _one("On 3 June 2024, masked men riding in a stolen van assaulted a police unit in Salamanca, "
              "Guanajuato, with grenades and firearms. Two officers died.")
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert ev.actor1 == "Unidentified Armed Group (Mexico)"
    ev = _one("On 3 June 2024, in Irapuato, Guanajuato, gunmen in a van hit a police patrol with grenades and "
              "rifles.")
    assert ev.sub_event_type == "Armed clash"


def test_a_charge_alone_stays_the_charge():
    ev = _one("On 3 June 2024, a roadside bomb hit a police vehicle in Marjah, Helmand, killing two policemen "
              "armed with rifles.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    ev = _one("On 3 June 2024, a grenade hurled at a police post in Sopore wounded two officers.")
    assert ev.sub_event_type == "Grenade"
