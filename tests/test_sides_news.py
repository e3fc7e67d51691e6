"""Sides of events told the way news agencies tell them: an aircraft or a weapon as the subject ('jets pounded
X'), a weapon in a 'with' phrase, a weapon word before the act noun ('artillery strikes on X'), a force carrying
out an act noun ('the air force conducted strikes on X'), a country's name before a force word, an
offensive begun, the parties of a surrender or a truce, a demonym of two words, the subject of an act against a
weapon word modifying it, an air base, a government's strikes. Invented sentences; each class was counted on
CAMEO-labelled news sentences (benchmarks/bench_cameo_roles.py)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.event_sentences import one

news = functools.partial(one, pub=date(2021, 3, 10))

# (sentence, actor1 or the start of its name, actor2 or the start of its name; None: not checked)
CASES = {
    "aircraft_subject_aims_its_verb": (
        "Ugandan jets pounded ADF positions in eastern Congo on Sunday.",
        "Military Forces of Uganda", "Allied Democratic Forces"),
    "weapon_in_a_with_phrase_aims_its_verb": (
        "The Malian army pounded JNIM hideouts with mortars near Mopti on Tuesday.",
        "Military Forces of Mali", "Group for Support of Islam and Muslims"),
    "weapon_word_before_the_act_noun": (
        "Kenyan soldiers launched artillery strikes on al-Shabaab hideouts in Lamu.",
        "Military Forces of Kenya", "Al Shabaab"),
    "a_force_carrying_out_an_act_noun": (
        "Nigeria's air force conducted strikes on ISWAP bases near Lake Chad on Friday.",
        "Military Forces of Nigeria", "Islamic State (West Africa)"),
    "a_country_name_before_a_force_word": (
        "U.S. military drones killed three al-Shabaab fighters in Somalia.",
        "Military Forces of the United States", "Al Shabaab"),
    "an_offensive_begun": (
        "The Mozambican army began a ground offensive against insurgents in Cabo Delgado on Monday.",
        "Military Forces of Mozambique", "Unidentified Armed Group (Mozambique)"),
    "the_other_party_of_a_surrender": (
        "Forty ADF fighters surrendered to Ugandan troops near Kasese on Monday.",
        "Allied Democratic Forces", "Military Forces of Uganda"),
    "the_other_party_of_a_truce": (
        "The Burmese junta signed a truce with the Arakan Army in Rakhine on Friday.",
        "Military Forces of Myanmar", "United League of Arakan/Arakan Army"),
    "the_maker_of_a_qualified_truce": (
        "The Karen National Union declared a unilateral truce in Kayin State on Monday.",
        "Karen National Union/Karen National Liberation Army", None),
    "the_maker_of_a_truce_told_after_a_place": (
        "In Mindanao, the MILF announced a monthlong ceasefire on Friday.",
        "Moro Islamic Liberation Front", None),
    "a_demonym_of_two_words": (
        "South African troops clashed with M23 rebels near Goma on Monday.",
        "Military Forces of South Africa", "March 23 Movement"),
    "the_subject_outranks_a_weapon_word_of_its_act": (
        "PKK fighters launched a drone attack on the army's positions in Hakkari on Monday.",
        "Kurdistan Workers Party", "Military Forces of Turkey"),
    "an_air_base_is_held_by_the_military": (
        "Al-Shabaab fighters attacked the Baledogle air base near Mogadishu on Monday.",
        "Al Shabaab", "Military Forces of Somalia"),
    "a_governments_strikes_are_its_militarys": (
        "The Kenyan government's airstrikes hit a camp in Lamu.",
        "Military Forces of Kenya", None),
}


@pytest.mark.parametrize("text,actor1,actor2", list(CASES.values()), ids=list(CASES))
def test_sides_of_news_sentences(text, actor1, actor2):
    ev = news(text)
    for got, want in ((ev.actor1, actor1), (ev.actor2, actor2)):
        if want is not None:
            assert got is not None and got.startswith(want), (got, want)
