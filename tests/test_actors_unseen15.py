"""Actor names on text nobody tuned to (fifteenth actors pass): a coder's bracketed remark ('(coded as X)') after
the side that acted leaves that side the subject of the verb after the bracket; the remark names a side the pack
does not know, and a side told by whom it opposes ('anti-X fighters'), as it names an unnamed one; what was done to
a body marks a gang's killing where coders name criminals so; names the parser hung on the opening date are the
subject of the sentence's verb."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from event_sentences import one

PUB = date(2022, 3, 14)
_one = partial(one, pub=PUB)

YEMEN_ARMY = "Military Forces of Yemen (2012-)"
HOUTHIS = "Military Forces of Yemen (2016-) Supreme Political Council"


@pytest.mark.parametrize(("text", "side"), [
    # a named side first, then one the remark names: the named side acted (the remark names its associate)
    ("On 9 June 2021, Amajid Brigade and Radfan Resistance men (coded as Giants Brigades) fought Houthi "
     "forces near Mukayras (Al Bayda).", YEMEN_ARMY),
    ("On 9 June 2021, Amajid Brigade and Yafa tribal fighters (coded as Giants Brigades) attacked Houthi "
     "forces around Mukayras (Al Bayda).", YEMEN_ARMY),
    # a name the pack lacks, and a side told by whom it opposes: the remark names them
    ("On 9 June 2021, Radfan Resistance units (coded as Giants Brigades) shelled Houthi positions in "
     "Mukayras (Al Bayda).", "Giants Brigades"),
    ("On 9 June 2021, anti-Houthi gunmen (coded as Giants Brigades, who held the hills) shelled Houthi "
     "positions in Hays (Al Hudaydah).", "Giants Brigades"),
])
def test_a_coders_remark_names_the_side_before_it(text, side):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (side, HOUTHIS)


@pytest.mark.parametrize("text", [
    "On 4 June 2021, in Tarimoro, Guanajuato, a herdsman was found dead and mutilated beside a highway. 1 fatality.",
    "On 4 June 2021, in Celaya, Guanajuato, a trader was executed inside his shop by two men. 1 fatality.",
    "On 4 June 2021, in Celaya, Guanajuato, a taxi driver was killed and his charred body left near a ranch.",
])
def test_what_was_done_to_the_body_marks_a_gangs_killing(text):
    # Mexico's coders name the unnamed killers a gang where the killing bears organised crime's hallmarks
    assert _one(text).actor1 == "Unidentified Gang (Mexico)"


@pytest.mark.parametrize(("text", "side", "other"), [
    ("On 9 June 2021, RR, BSF and SoG in a gunfight with JeM militants at Tral (Pulwama district, J&K) killed two "
     "militants.", "Military Forces of India (2014-) Rashtriya Rifles", "Jaish-e-Mohammed"),
    ("On 12 July 2021, RR, CRPF and police in a gunfight with HM militants near Tral (Pulwama district, J&K) killed a "
     "commander.", "Military Forces of India (2014-) Rashtriya Rifles", "Hizb-ul-Mujahideen"),
])
def test_names_the_parser_hung_on_the_date_are_the_verbs_subject(text, side, other):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (side, other)


@pytest.mark.parametrize(("text", "unit"), [
    ("On 5 June 2021, Al Shabaab fighters raided a Jubaland forces base near Afmadow (Lower Juba).",
     "Jubaland Security Force"),
    ("On 5 June 2021, IS-Somalia gunmen stormed a Puntland security forces checkpoint in Qandala (Bari).",
     "Puntland Security Force"),
])
def test_a_federal_member_states_forces_are_somalias_military(text, unit):
    assert _one(text).actor2 == f"Military Forces of Somalia (2017-2022) {unit}"
