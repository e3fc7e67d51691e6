"""Sides told by the words before a noun: a demonym before a force adjective and a site ('a Russian military base')
names that state's forces, not the country the text is about; a hedge opening the sentence ('Suspected Fulani
militiamen', 'Suspected Islamist fighters') is no part of a people's or an ideology's name. Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import one

_one = functools.partial(one, pub=date(2024, 5, 13))


def test_a_demonym_before_a_military_site_names_that_states_forces():
    ev = _one("Ukrainian drones hit a Russian military airbase near Dzhankoi in Crimea early on Sunday.")
    assert ev.actor1 == "Military Forces of Ukraine (2019-)"
    assert ev.actor2 == "Military Forces of Russia (2000-)"
    ev = _one("Gunmen ambushed a Chadian military convoy near Geneina in Sudan on Sunday, killing four soldiers.")
    assert ev.actor2.startswith("Military Forces of Chad")


def test_a_hedge_opening_the_sentence_is_no_part_of_a_peoples_militia():
    ev = _one("Suspected Fulani militiamen shot dead nine farmers in Plateau state on Sunday.")
    assert ev.actor1 == "Fulani Ethnic Militia (Nigeria)"


def test_a_hedge_opening_the_sentence_leaves_an_ideology_to_the_generic_noun():
    ev = _one("Suspected Islamist fighters burned a church and killed seven worshippers in Cabo Delgado on Sunday.")
    assert ev.actor1 == "Unidentified Armed Group (Mozambique)"
