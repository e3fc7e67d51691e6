"""Incident records (one short paragraph opening with its date) code their incident, not what they recall from
long before; an article of several paragraphs keeps what it recalls. Invented texts."""
from __future__ import annotations

from datetime import date

from tests.event_sentences import events

PUB = date(2021, 5, 10)


def _subs_dates(text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.event_date) for e in events(text, PUB)]


def test_a_record_codes_its_incident_not_what_it_recalls():
    assert _subs_dates("On 6 May 2021, people protested in Lviv against the arrest of an activist. The activist had "
                       "stabbed a man in Odessa on 24 May 2018.") == [("Peaceful protest", "2021-05-06")]
    assert _subs_dates("On 5 May 2021, in Iguala, Guerrero, a taxi driver was shot dead in his car. Another driver of "
                       "the same group was attacked on 2 February 2021.") == [("Attack", "2021-05-05")]


def test_days_before_the_incident_are_still_the_records():
    assert _subs_dates("On 5 May 2021, militants attacked a checkpoint in Kunar, killing two soldiers. Three days "
                       "earlier, they had ambushed a convoy in the same district.") == \
        [("Armed clash", "2021-05-05"), ("Armed clash", "2021-05-02")]


def test_an_article_keeps_what_it_recalls():
    text = ("Protesters gathered in Lviv on Thursday against the arrest of an activist.\n\n"
            "The activist had stabbed a man in Odessa on 24 May 2018, during an attack on him.")
    assert ("Attack", "2018-05-24") in _subs_dates(text)


def test_a_records_later_sentences_tell_its_course():
    evs = events("On 9 May 2021, young members of the ruling party clashed with young members of an opposition party "
                 "in Likasi. Two opposition members were killed across two days of clashes.", PUB)
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Mob violence", 2)]
    # a follow-on that joins the incident anyway still retypes it: fire seen in both directions is a clash
    evs = events("On 28 April 2021, Ukrainian forces fired 82mm mortars at militia positions near Zolote-5, Luhansk. "
                 "The OSCE SMM observed a total of 18 explosions in both directions of the frontline near Zolote-5.",
                 PUB)
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
