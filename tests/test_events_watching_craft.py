"""An aircraft told watching is no means of an attack. Invented sentences.

- Shelling 'amid the overflight of reconnaissance drones', 'while a surveillance drone circled': the shelling.
- A drone that struck stays an air strike; a spy drone shot down stays a disrupted weapon."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2024, 6, 5))


def test_drones_overflying_a_shelling_are_no_strike():
    ev = _one("On 3 June 2024, army units shelled Kafr Nabl, Idleb, during an overflight of foreign drones.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    ev = _one("On 3 June 2024, army units pounded farmland near Sarmin with mortars as surveillance drones "
              "hovered above.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_a_striking_drone_stays_an_air_strike():
    ev = _one("On 3 June 2024, a Turkish drone hit a car near Qamishli, killing two SDF fighters.")
    assert ev.sub_event_type == "Air/drone strike"
    ev = _one("On 3 June 2024, government troops shot down a Houthi reconnaissance drone near Harib.")
    assert ev.sub_event_type == "Disrupted weapons use"
