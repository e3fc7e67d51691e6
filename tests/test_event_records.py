"""Incident records (one short paragraph opening with its date) code their incident, not what they recall from
long before; an article of several paragraphs keeps what it recalls. Invented texts."""
from __future__ import annotations

from datetime import date

from tests.event_sentences import events

PUB = date(2021, 5, 10)


def _subs_dates(text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.event_date) for e in events(text, PUB)]


def test_a_record_codes_its_incident_not_what_it_recalls():
    assert _subs_dates("On 6 May 2021, students rallied in Ternopil to support a jailed blogger. The blogger had "
                       "been stabbed by two men in Kherson on 11 June 2018.") == \
        [("Peaceful protest", "2021-05-06")]
    assert _subs_dates("On 5 May 2021, in Iguala, Guerrero, gunmen killed a bus owner outside his depot. A cousin of "
                       "the owner had been shot at in the same town on 9 February 2021.") == [("Attack", "2021-05-05")]


def test_days_before_the_incident_are_still_the_records():
    assert _subs_dates("On 5 May 2021, militants attacked a checkpoint in Kunar, killing two soldiers. Three days "
                       "earlier, they had ambushed a convoy in the same district.") == \
        [("Armed clash", "2021-05-05"), ("Armed clash", "2021-05-02")]


def test_an_article_keeps_what_it_recalls():
    text = ("Students rallied in Ternopil on Thursday to support a jailed blogger.\n\n"
            "The blogger had been stabbed by two men in Kherson on 11 June 2018.")
    assert ("Attack", "2018-06-11") in _subs_dates(text)


def test_a_records_later_sentences_tell_its_course():
    evs = events("On 9 May 2021, young supporters of the ruling party clashed with young supporters of an opposition "
                 "party in Likasi. Two of the opposition supporters died over the two days of fighting.", PUB)
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Mob violence", 2)]
    # a follow-on that joins the incident anyway still retypes it: fire seen in both directions is a clash
    evs = events("On 28 April 2021, Ukrainian troops shelled separatist trenches near Popasna, Luhansk, with 120mm "
                 "mortars. Monitors of the OSCE SMM recorded 27 blasts fired in both directions around Popasna.",
                 PUB)
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def _tolls(text: str) -> list[tuple[str, int | None]]:
    return [(e.sub_event_type, e.fatalities) for e in events(text, PUB)]


def test_a_coded_toll_spread_across_locations_is_shared():
    # 11 over three fronts: coders give 4, 4 and 3, so the part most of them hold
    assert _tolls("On 4 May 2021, rebel fighters and the army clashed around Kibumba and Rugari (Nyiragongo, "
                  "Nord-Kivu) and near Kalengera (Rutshuru, Nord-Kivu), with losses on both sides. Losses unknown, "
                  "coded as 11 fatalities, spread over three fronts.") == [("Armed clash", 4)]
    # the part each event takes, when the note states it, is not shared again
    assert _tolls("On 3 May 2021, rebels and the army clashed on the Ariha and Kafr Nabl fronts in Idleb. Toll "
                  "unknown: fatalities coded as 8, divided among 2 fronts with 4 coded to each.") == \
        [("Armed clash", 4)]


def test_a_told_toll_split_between_events_is_shared_or_takes_the_stated_part():
    text = ("On 2 May 2021, {n} Shabaab militants were killed by Somali army troops in Afgooye and Wanlaweyn "
            "districts, Lower Shabelle. {note}")
    assert _tolls(text.format(n=12, note="The dead are divided among 2 events.")) == [("Armed clash", 6)]
    assert _tolls(text.format(n=9, note="The dead are shared over 2 events (5).")) == [("Armed clash", 5)]
    # a toll the text itself told across the raids is shared once, not twice
    evs = events("On 2 May 2021, Somali army troops killed 12 Shabaab militants across the two raids in Afgooye. "
                 "The dead are divided among 2 events.", PUB)
    assert [e.fatalities for e in evs] == [6]


def test_what_a_record_tells_without_a_date_happened_on_its_day():
    # the death in custody is told with no date: it is of the record's day, not of its year
    assert ("Attack", "2021-05-03") in _subs_dates(
        "Around 3 May 2021, police arrested an old man who was drinking in breach of the curfew in Kasese. "
        "Officers are said to have beaten him in a cell, and he died of his injuries.")
    # the day is the one the record opens with, not another told in passing before the undated event
    assert ("Peaceful protest", "2021-05-06") in _subs_dates(
        "On 6 May 2021, a civic movement gathered on the main square in Tyre beside two students who had been "
        "arrested twelve days earlier for painting slogans on a ministry wall. They carried placards asking for "
        "the pair to be freed.")
    # an article keeps its undated background undated to the day
    text = ("Police arrested an old man in Kasese on Monday.\n\n"
            "Officers are said to have beaten him in a cell, and he died of his injuries.")
    assert all(d != "2021-05-03" for _, d in _subs_dates(text))


def test_a_coded_toll_goes_to_the_records_first_violent_event():
    evs = events("On 2 May 2021, rebels attacked an army base near Yei (Central Equatoria). In another event, a "
                 "landmine killed 2 herders near Morobo. Toll unclear; fatalities coded as 3.", PUB)
    first = min(evs, key=lambda e: e.evidence.start)
    assert (first.sub_event_type, first.fatalities) == ("Armed clash", 3)
    # 'coded to' and a misspelt 'fatalites' are the same coding
    assert _tolls("On 2 May 2021, a roadside device left by unknown militants blew up under an army pickup near Yei "
                  "(Central Equatoria), leaving soldiers dead and hurt. Total fatalites coded to 10.") == \
        [("Remote explosive/landmine/IED", 10)]


def test_a_records_perpetrator_is_that_of_all_its_acts():
    # the attribution names who abducted them too, not only who killed them later
    evs = events("05/02/2021: Gunmen kidnapped four farmers in Gereshk, Helmand, Afghanistan. The captives were "
                 "shot dead on May 6, 2021. Nobody owned the kidnapping, but local officials blamed the Taliban for "
                 "the attack.", PUB)
    assert {e.actor1 for e in evs} == {"Taliban"} and len(evs) == 2
    # a state force answering is no perpetrator to share
    evs = events("On 2 May 2021, gunmen attacked a checkpoint in Gereshk, Helmand. Soldiers returned fire.", PUB)
    assert "Taliban" not in {e.actor1 for e in evs}


def test_a_time_of_another_act_told_in_the_sentence_does_not_date_the_event():
    """A time hung on another act of the sentence (an arrest last night, a commander held three years ago) dates
    that act; the event takes the day the sentence opens with. Alone, such a time still dates the event."""
    assert _subs_dates("On 6 May 2021, residents closed the coastal highway at Sidon, in protest against the "
                       "detention of a student last night.") == [("Peaceful protest", "2021-05-06")]
    assert [d for _, d in _subs_dates("On 6 May 2021, dozens of residents of Hama held a sit-in protesting the "
                                      "execution of a local commander detained 3 years ago.")] == ["2021-05-06"]
    assert _subs_dates("Gunmen killed five villagers in an attack on Monday, officials said.") == \
        [("Attack", "2021-05-10")]


def test_what_a_record_tells_as_later_on_the_texts_own_day_is_that_day():
    """'Police later recovered the goats': after the record's day and not after the text's, both the same day."""
    assert _subs_dates("On 10 May 2021, bandits stole forty goats from herders in Mandritsara. Police later "
                       "recovered the goats and arrested three of the bandits.") == \
        [("Looting/property destruction", "2021-05-10"), ("Arrests", "2021-05-10")]


def test_a_span_in_brackets_spells_out_the_day_before_it():
    """'Around 2 May 2021 (from 2 - 5 May)': the day the note gives, not the end of the span in brackets."""
    told = _subs_dates("Around 2 May 2021 (from 2 - 5 May), hundreds of traders protesting in Kayes over new taxes, "
                       "set tyres ablaze and closed several streets, stopping all traffic.")
    assert {d for _, d in told} == {"2021-05-02"}
