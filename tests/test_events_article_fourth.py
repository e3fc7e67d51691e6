"""Events in long news articles, fourth pass: a toll told as a habit ('are killed every day', 'regularly') or as
the summary of plural events named again with a word of number and no figure ('the raids have also killed many
farmers') is no toll of the day's event told before; of two violent events one clause sets in sequence ('X followed
Y', '..., prompting Y'), the one only named (no time, place or toll of its own) is told in passing and neither types
nor takes the sides of the other; a strike retold at a suburb of the city it was first told at ('the X suburb, south
of Y') is the same event, at the finer place. Invented texts."""
from __future__ import annotations

from datetime import date

from tests.event_sentences import events, one

PUB = date(2024, 5, 10)


def test_a_habitual_toll_updates_no_event():
    for habit in ("are killed every day", "are regularly killed", "die each week"):
        evs = events("A suicide bomber struck a police post in Ghazni province on Sunday, leaving six policemen dead. "
                     f"Officials say some 40 troops {habit} in ambushes and raids on outposts.", PUB)
        assert [(e.fatalities, e.fatalities_high) for e in evs] == [(6, 6)], habit
    # a toll told for a day is still the update of the event
    evs = events("A suicide bomber struck a police post in Ghazni province on Sunday, leaving six policemen dead. "
                 "Officials said on Monday that the toll had risen to nine.", PUB)
    assert [e.fatalities for e in evs] == [9]


def test_plural_strikes_named_again_with_an_uncounted_toll_are_a_summary():
    evs = events("A drone strike hit a school in Kharkiv on Tuesday, officials said. But the strikes have also "
                 "killed many farmers across the region.", PUB)
    assert [e.fatalities or 0 for e in evs] == [0]
    # a figure, or strikes of their own place, are the news
    evs = events("A drone strike hit a school in Kharkiv on Tuesday, officials said. The strikes have killed 14 "
                 "civilians, officials said.", PUB)
    assert [e.fatalities for e in evs] == [14]
    evs = events("Air strikes on Kharkiv have killed several civilians, officials said on Tuesday.", PUB)
    assert [e.fatalities_low for e in evs] == [3]


def test_an_event_only_named_in_a_sequence_is_told_in_passing():
    ev = one("Clashes on the border followed lethal airstrikes in February by the Nigerian military near Sambisa, "
             "which officials said killed six herders.", PUB)
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Nigeria (2023-)", 6)
    ev = one("In March, some fifteen soldiers died in Islamic State attacks on Palmyra, prompting Syrian air raids, "
             "a monitor said.", PUB)
    assert ev.event_type == "Battles" and ev.actor1.startswith("Islamic State")


def test_a_strike_retold_at_a_suburb_of_its_city_is_one_event():
    pub = date(2024, 7, 31)
    evs = events("A rebel commander died on Tuesday when jets bombed Beirut. The jets hit an apartment block in "
                 "Dahieh, a southern suburb of Beirut, the army said.", pub)
    assert [(e.location, e.event_date, e.fatalities) for e in evs] == [("Dahieh", "2024-07-30", 1)]
    # a town told by its bearing from the city is a town of its own
    evs = events("In Baghdad, a car bomb killed 12 people on Monday. The same day a roadside bomb hit a bus in the "
                 "town of Hilla, south of Baghdad, and left three dead.", pub)
    assert sorted(e.fatalities for e in evs) == [3, 12]
