"""A clause of time whose subject is the event told before ('after the explosives had detonated') refers back to
it and is no new event; towns several countries hold, named in a text that says nothing else of where it is, are
read in the one country whose towns of those names are biggest together; and the other classes below. Invented
texts; the classes were found reading Polemos's events on WikiEvents, RAMS and CASE news."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events

news = functools.partial(events, pub=date(2018, 6, 1))


def test_a_time_clause_about_the_bombs_told_before_is_no_new_event():
    evs = news("Two bombs exploded near a stadium in Lyon on Monday, killing three people. Minutes after the "
               "explosives had detonated, the suspect was filmed buying coffee at a station in Villeurbanne.")
    assert [(e.sub_event_type, e.country) for e in evs] == [("Remote explosive/landmine/IED", "France")]


def test_homonym_towns_are_read_together_in_the_country_where_they_are_biggest():
    evs = news("A bomb exploded outside a bank in Boston on Monday, injuring four people. Police later raided a "
               "flat in Cambridge and arrested two men.")
    assert {e.country for e in evs} == {"United States"}


def test_a_month_or_a_year_of_deaths_is_a_toll_not_an_event():
    later = functools.partial(events, pub=date(2021, 8, 2))
    assert later("More than 900 civilians were killed in Yemen in March, a monitoring group said.") == []
    assert later("Last year, 61 aid workers were killed across South Sudan.") == []
    ev = later("Four soldiers were killed in Bentiu in March.")
    assert [(e.event_type, e.location) for e in ev] == [("Battles", "Bentiu")]


def test_a_country_named_like_a_province_is_read_where_the_text_places_something():
    ev = news("Jihadists killed 12 soldiers in Niger on Monday.")
    assert [(e.country, e.actor2) for e in ev] == [("Niger", "Military Forces of Niger (2011-2021)")]


def test_an_event_word_naming_a_kind_of_craft_is_no_event():
    assert news("Four Iranian attack boats shadowed a British tanker in the Strait of Hormuz on Monday.") == []
    evs = news("Two attack helicopters fired rockets at a rebel camp near Bunia on Monday.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_an_event_told_whole_inside_a_call_for_an_inquiry_is_coded():
    later = functools.partial(events, pub=date(2016, 10, 10))
    evs = later("Russia called for an investigation into a Saudi air strike that killed over 140 mourners at a "
                "funeral hall in Sanaa on Saturday.")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in evs] == [("Air/drone strike", "Sanaa", 140)]
    evs = later("The Taliban's abduction of two nurses in Kunduz on Sunday was condemned by aid groups.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Abduction/forced disappearance", "Taliban")]


def test_a_town_falling_to_a_side_is_taken_by_it():
    evs = news("Kunduz fell to Taliban fighters on Sunday.")
    assert [(e.sub_event_type, e.actor1, e.location) for e in evs] == [
        ("Non-state actor overtakes territory", "Taliban", "Kunduz")]


def test_a_capital_that_acts_gives_way_to_the_place_the_act_is_in():
    evs = news("Moscow sent troops to crush the protests in Almaty on Friday.")
    assert {e.location for e in evs} == {"Almaty"}


def test_ground_entered_after_a_fight_or_taken_is_a_takeover():
    evs = news("Rebels entered the town of Maarat on Sunday after heavy fighting with government forces.")
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"]
    evs = news("Rebels took two villages near Hama on Sunday.")
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"]
    evs = news("JNIM militants entered Menaka without a fight on Sunday.")
    assert [e.sub_event_type for e in evs] == ["Non-violent transfer of territory"]
    evs = news("Police entered a house in Kano on Sunday and arrested two men.")
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_ground_seized_before_a_planned_advance_was_taken():
    evs = news("Rebels will advance on Bab after seizing the town of Marea from the Islamic State, officials said.")
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory"]
