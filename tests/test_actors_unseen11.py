"""Actor names on text nobody tuned to (eleventh actors pass): a state's force on a day before the first government
period the pack knows for it is named without a period, not with one that had not begun ('the Iraqi army' in 2016
when the pack's Iraqi periods begin in 2018); a charge that went off in, on or under a side's vehicle struck that
side; clashes "between" one side "against" the other; prisoners harmed are civilians."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from event_sentences import one
from polemos.knowledge.actors import default_pack

PUB = date(2016, 3, 5)
_one = partial(one, pub=PUB)


@pytest.mark.parametrize(("text", "slot", "name"), [
    ("Iraqi army troops killed five militants near Samarra on 4 March 2016.", "actor1", "Military Forces of Iraq"),
    ("French police fired tear gas at protesters in Lille on 2 March 2016.", "actor2", "Police Forces of France"),
    ("On 3 March 2016, inmates rioted in a prison in Salvador, Bahia, Brazil, burning mattresses.", "actor2",
     "Police Forces of Brazil Prison Guards"),
])
def test_a_force_before_the_first_known_period_has_no_period(text, slot, name):
    assert getattr(_one(text), slot) == name


@pytest.mark.parametrize(("country", "force", "day", "name"), [
    ("France", "police", date(2013, 6, 1), "Police Forces of France"),
    ("Iraq", "government", date(2015, 6, 1), "Government of Iraq"),
])
def test_pack_names_a_force_before_its_first_period_without_one(country, force, day, name):
    pack = default_pack()
    rec = pack.state_forces(country, day, force)
    assert pack.acled_name_at(rec.id, day) == name
    assert pack.name_at(rec.id, day) == name


@pytest.mark.parametrize(("text", "target"), [
    ("On 3 March 2016, an IED went off in a Hezbollah vehicle near Qusayr, Homs.", "Hezbollah"),
    ("On 3 March 2016, a bomb planted under a Taliban pickup exploded in Musa Qala, Helmand.", "Taliban"),
    # the carrier's owner, not the army a bare 'military truck' would name
    ("On 3 March 2016, a roadside bomb exploded under a military truck belonging to the SDF near Shaddadi, Hasakah.",
     "Syrian Democratic Forces"),
])
def test_a_charge_that_went_off_in_or_under_a_sides_vehicle_struck_that_side(text, target):
    assert _one(text).actor2 == target


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # a government's forces and their allied militias told as one side, 'against' the other
    ("On 3 March 2016, clashes erupted between army troops and pro-government militias against Al Shabaab fighters "
     "near Afgoye, Lower Shabelle.", "Military Forces of Somalia", "Al Shabaab"),
    ("On 3 June 2021, clashes took place between the SDF against the Syrian National Army near Manbij, Aleppo.",
     "Syrian Democratic Forces", "Syrian National Army"),
])
def test_between_one_side_against_the_other(text, actor1, actor2):
    ev = one(text, pub=date(2021, 6, 5) if "2021" in text else PUB)
    assert ev.actor1.startswith(actor1) and ev.actor2 == actor2


def test_prisoners_harmed_are_civilians():
    ev = _one("On 3 March 2016, guards shot dead two inmates who were trying to escape from the central prison of "
              "Nakuru, Kenya.")
    assert ev.actor2 == "Civilians (Kenya)"
