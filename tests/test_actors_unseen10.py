"""Actor names on text nobody tuned to (tenth actors pass): fire a monitor saw near a settlement of the Donbas
line, told with no side, coded from across the line; the GNA alone in a Libyan text; a riot of detainees against
their prison's guards; Somali sub-clans named with their clan; peoples coordinated before one militia noun."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from event_sentences import one

PUB = date(2019, 3, 20)
_one = partial(one, pub=PUB)


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # a settlement the government held: the fire came from the other side of the line
    ("On 18 March 2019, the OSCE SMM recorded 9 explosions of undetermined origin near Avdiivka.",
     "United Armed Forces of Novorossiya", None),
    ("On 18 March 2019, the OSCE SMM recorded 30 shots in both directions of the frontline near Zolote-4.",
     "United Armed Forces of Novorossiya", "Military Forces of Ukraine"),
])
def test_monitor_fire_near_a_held_settlement_comes_from_across_the_line(text, actor1, actor2):
    ev = _one(text)
    assert ev.actor1.startswith(actor1)
    assert (ev.actor2 or None) is None if actor2 is None else ev.actor2.startswith(actor2)


def test_the_gna_alone_is_libyas_forces_in_a_libyan_text():
    ev = _one("On 18 March 2019, LNA warplanes struck GNA positions near Gharyan, Libya.")
    assert ev.actor2.startswith("Military Forces of Libya")
