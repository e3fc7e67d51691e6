"""Words the parser's lemmatizer misreads ('bases' as 'basis', 'corpses' as 'corps'), short spans of days that
date one event ('over the past two days'), tolls told as effects ('have left 20 people dead'), and the country
of a text that names no place but a people's towns ('in several Belgian towns') or a front of one country.
Invented sentences (the front's village is invented too); the classes were counted on CASE 2021 snippets and
ACLED notes."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

news = functools.partial(events, pub=date(2019, 9, 14))
_one = functools.partial(one, pub=date(2019, 9, 14))


def test_plural_bases_are_bases_set_up():
    ev = _one("Chadian troops set up three new bases along the border east of Abeche last week.")
    assert (ev.sub_event_type, ev.country) == ("Headquarters or base established", "Chad")


def test_corpses_found_with_wounds_are_a_toll_like_bodies():
    ev = _one("The corpses of four farmers with machete wounds were found near Bunia on Friday.")
    assert (ev.event_type, ev.fatalities, ev.admin1) == ("Violence against civilians", 4, "Ituri")


def test_a_span_of_two_days_dates_one_event_but_a_year_is_a_tally():
    ev = _one("Riot police detained 35 opposition supporters in Lusaka over the past two days, a rights group said.")
    assert (ev.sub_event_type, ev.actor1) == ("Arrests", "Police Forces of Zambia")
    assert news("Riot police detained 35 opposition supporters in Lusaka over the past year, rights groups said.") == []


def test_a_toll_told_as_what_attacks_left_is_an_event_but_hardship_is_not():
    ev = _one("Machete attacks on two hamlets near Djugu have left eleven villagers dead, local officials said.")
    assert (ev.event_type, ev.fatalities) == ("Violence against civilians", 11)
    assert news("Machete attacks near Djugu have left thousands of families without shelter, officials said.") == []


def test_a_peoples_towns_give_the_country_where_no_place_is_named():
    ev = _one("Youths fought running battles with riot police in several Belgian towns on Saturday night.")
    assert ev.country == "Belgium" and ev.admin1 is None
    strike = _one("Turkish drones struck a convoy on Iraqi soil on Thursday.")
    assert strike.country == "Iraq"
    # a town the text names keeps its place: the people's towns add nothing to it
    ev = _one("Truck drivers blocked roads in Antwerp on Saturday in a protest held in several Belgian towns.")
    assert (ev.country, ev.location) == ("Belgium", "Antwerp")


def test_a_front_of_one_country_gives_its_country_to_a_village_the_gazetteer_lacks():
    evs = news("On Friday the OSCE SMM recorded 14 explosions near the village of Zhovtokamianka.")
    assert evs and all(e.country == "Ukraine" and e.admin1 is None for e in evs)
