"""News round-ups: a lead sums up a day's series of attacks across a country, then tells each incident in its own
town without a date of its own. Each incident is one event of that day, in its own town; a town the gazetteer lacks
is still a town of its own, never the one told before; 'two other blasts' are others; a series' toll is nobody's.
Invented sentences; the class was found reading Polemos's events on wire round-ups of a day's violence."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

news = functools.partial(events, pub=date(2024, 3, 12))
_one = functools.partial(one, pub=date(2024, 3, 12))

ROUNDUP = ("Attacks across Iraq killed 31 people on Monday, officials said. "
           "In Kirkuk, an explosives-packed car blew up beside a bus depot, killing nine people. "
           "Near the village of Qasr Hamdan, two soldiers died when a roadside bomb hit their patrol. "
           "Two other blasts in Mosul left at least four dead. "
           "Earlier, militants had stormed a police post near Tikrit.")


def test_each_incident_of_a_round_up_is_an_event_of_the_day_the_lead_sums_up():
    found = news(ROUNDUP)
    by_place = {(e.location, e.fatalities): e for e in found}
    assert ("Kirkuk", 9) in by_place and ("Mosul", 4) in by_place
    for key in (("Kirkuk", 9), ("Mosul", 4)):
        assert by_place[key].event_date == "2024-03-11"
    assert not any(e.fatalities == 31 for e in found)        # the series' toll is no incident's


def test_a_town_the_gazetteer_lacks_is_not_the_town_told_before():
    found = news(ROUNDUP)
    patrol = [e for e in found if e.actor2 and e.actor2.startswith("Military Forces of Iraq")]
    assert len(patrol) == 1
    assert (patrol[0].fatalities, patrol[0].event_date) == (2, "2024-03-11")
    assert patrol[0].location != "Kirkuk"
    kirkuk = [e for e in found if e.location == "Kirkuk"]
    assert [e.fatalities for e in kirkuk] == [9]


def test_an_incident_told_as_earlier_keeps_no_day_of_the_series():
    stormed = [e for e in news(ROUNDUP) if e.event_type == "Battles"]
    assert stormed and all(e.event_date != "2024-03-11" for e in stormed)


def test_other_attacks_are_of_the_series_told_and_dated_with_it():
    found = news("A suicide bomber killed nine soldiers at a checkpoint in Kandahar on Sunday. "
                 "Two other attacks in Zabul province left five police officers dead, officials said.")
    zabul = [e for e in found if e.admin1 == "Zabul"]
    assert len(zabul) == 1 and zabul[0].event_date == "2024-03-10" and zabul[0].fatalities == 5


def test_a_summary_of_other_blasts_is_not_a_summary_of_those_told():
    found = news("Twelve people died when a parked car blew up beside a ministry in Baghdad on Monday. "
                 "A roadside bomb in Mahmudiyah left a policeman dead. "
                 "Two other blasts hit the Baghdad districts of Amil and Bayaa, leaving at least four dead.")
    assert sorted(e.fatalities for e in found if e.admin1 == "Baghdad") == [1, 4, 12]


def test_violence_spread_over_a_country_or_a_trend_is_no_event():
    assert news("Dozens more died in fighting across Syria on Friday, a monitor said.") == []
    assert news("Raids throughout the north-east killed 40 people on Sunday.") == []
    assert news("The province saw a surge in unrest during June, when 80 people died.") == []


def test_a_series_toll_in_a_later_sentence_goes_to_no_event():
    ev = _one("A roadside bomb killed one soldier in Kirkuk on Monday. "
              "The blast came a week after a wave of bombings across the country had killed 20 people.")
    assert (ev.fatalities_low, ev.fatalities_high) == (1, 1)


def test_a_quarter_told_inside_its_town_is_one_event_there():
    ev = _one("In Baghdad, an explosive hidden on a motorbike by a bakery in Sadr City killed five people on Saturday.")
    assert (ev.location, ev.fatalities) == ("Sadr City", 5)
    # two towns told apart in two clauses stay two events
    assert len(news("Two guards were shot dead in Baghdad on Saturday while a trader was kidnapped in Sadr City.")) == 2


def test_the_town_deep_in_the_weapon_phrase_outranks_a_bearing_landmark():
    ev = _one("A grenade tossed into a bar in the middle of the town of Gulu, north of Kampala, wounded two people.")
    assert ev.location == "Gulu"


def test_a_town_only_the_speaker_is_in_does_not_narrow_the_province():
    ev = _one("Gunmen killed four farmers in Helmand province on Sunday, a doctor at the hospital in Lashkar Gah said.")
    assert (ev.admin1, ev.location) == ("Helmand", "Helmand")


def test_a_reference_told_before_the_event_joins_it():
    found = news("On Friday a witness named the driver who parked the van used in the blast at the Tulsa courthouse. "
                 "The courthouse in Tulsa was destroyed by a van bomb on 3 May 2021, killing 40 people.")
    assert len(found) == 1
    assert (found[0].event_date, found[0].fatalities) == ("2021-05-03", 40)
    # a development of another kind is no reference to it
    found = news("The governor was briefed on the arrest of two smugglers who had shot a soldier. "
                 "Soldiers defused a bomb in Kano on Monday.")
    assert {"Arrests", "Disrupted weapons use"} <= {e.sub_event_type for e in found}


def test_the_record_a_toll_is_measured_by_is_no_event():
    record = "No day had been deadlier since March 3, 2015, when 40 people were killed at a hotel in Bamako."
    assert news(record) == []
    ev = _one("Gunmen killed 40 people at a hotel in Bamako in 2015.")
    assert ev.fatalities == 40
