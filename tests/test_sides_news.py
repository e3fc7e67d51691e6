"""Sides of events told the way news agencies tell them: an aircraft or a weapon as the subject ('jets pounded
X'), a weapon in a 'with' phrase, a weapon word before the act noun ('artillery strikes on X'), a force carrying
out an act noun ('the air force carried out strikes against X'), a country's name before a force word, and an
offensive begun. Invented sentences; each class was counted on CAMEO-labelled news sentences
(benchmarks/bench_cameo_roles.py)."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

news = functools.partial(one, pub=date(2021, 3, 10))


def _sides(text: str) -> tuple[str | None, str | None]:
    ev = news(text)
    return ev.actor1, ev.actor2


def test_aircraft_subject_aims_its_verb():
    a1, a2 = _sides("Ugandan jets pounded ADF positions in eastern Congo on Sunday.")
    assert a1 is not None and a1.startswith("Military Forces of Uganda")
    assert a2 == "Allied Democratic Forces"


def test_weapon_in_a_with_phrase_aims_its_verb():
    a1, a2 = _sides("The Malian army pounded JNIM hideouts with mortars near Mopti on Tuesday.")
    assert a1 is not None and a1.startswith("Military Forces of Mali")
    assert a2 == "Group for Support of Islam and Muslims"


def test_weapon_word_before_the_act_noun():
    a1, a2 = _sides("Kenyan soldiers launched artillery strikes on al-Shabaab hideouts in Lamu.")
    assert a1 is not None and a1.startswith("Military Forces of Kenya")
    assert a2 == "Al Shabaab"


def test_a_force_carrying_out_an_act_noun():
    a1, a2 = _sides("Nigeria's air force carried out strikes against ISWAP targets near Lake Chad on Friday.")
    assert a1 is not None and a1.startswith("Military Forces of Nigeria")
    assert a2 == "Islamic State (West Africa)"


def test_a_country_name_before_a_force_word():
    a1, a2 = _sides("U.S. military drones killed three al-Shabaab fighters in Somalia.")
    assert a1 is not None and a1.startswith("Military Forces of the United States")
    assert a2 == "Al Shabaab"


def test_an_offensive_begun():
    a1, a2 = _sides("The Mozambican army began a ground offensive against insurgents in Cabo Delgado on Monday.")
    assert a1 is not None and a1.startswith("Military Forces of Mozambique")
    assert a2 == "Unidentified Armed Group (Mozambique)"


def test_the_other_party_of_a_surrender_or_truce():
    a1, a2 = _sides("Forty ADF fighters surrendered to Ugandan troops near Kasese on Monday.")
    assert a1 == "Allied Democratic Forces"
    assert a2 is not None and a2.startswith("Military Forces of Uganda")
    a1, a2 = _sides("The Burmese junta signed a truce with the Arakan Army in Rakhine on Friday.")
    assert a1 is not None and a1.startswith("Military Forces of Myanmar")
    assert a2 == "United League of Arakan/Arakan Army"


def test_the_maker_of_a_qualified_truce():
    assert _sides("The Karen National Union declared a unilateral truce in Kayin State on Monday.")[0] == \
        "Karen National Liberation Army"
    assert _sides("In Mindanao, the MILF announced a monthlong ceasefire on Friday.")[0] == \
        "Moro Islamic Liberation Front"


def test_a_demonym_of_two_words():
    a1, a2 = _sides("South African troops clashed with M23 rebels near Goma on Monday.")
    assert a1 is not None and a1.startswith("Military Forces of South Africa")
    assert a2 == "March 23 Movement"


def test_the_subject_outranks_a_weapon_word_of_its_act():
    a1, a2 = _sides("PKK fighters launched a drone attack on the army's positions in Hakkari on Monday.")
    assert a1 == "Kurdistan Workers Party"
    assert a2 is not None and a2.startswith("Military Forces of Turkey")


def test_an_air_base_is_held_by_the_military():
    a1, a2 = _sides("Al-Shabaab fighters attacked the Baledogle air base near Mogadishu on Monday.")
    assert a1 == "Al Shabaab"
    assert a2 is not None and a2.startswith("Military Forces of Somalia")


def test_a_governments_strikes_are_its_militarys():
    a1, _ = _sides("The Kenyan government's airstrikes hit a camp in Lamu.")
    assert a1 is not None and a1.startswith("Military Forces of Kenya")
