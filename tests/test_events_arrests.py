"""Arrests beside violence: the end of a fight or a beating, or a case about violence told elsewhere."""
from __future__ import annotations

from datetime import date

from polemos import nlp
from polemos.model import Document
from polemos.pipeline import extract


def _events(text: str, pub: date | None = date(2021, 3, 20)):
    doc = Document(doc_id="t", text=text, published=pub)
    return extract(nlp.parse(text), doc).events


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in _events(text))


def test_arrests_told_with_a_fight_are_its_end():
    evs = _events("On 14 March 2021, four smugglers traded fire with police near Eldoret, Kenya, before being "
                  "arrested.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
    assert evs[0].actor1.startswith("Police Forces of Kenya")      # the arrest names who fought them
    evs = _events("On 14 March 2021, six rebels were killed, three were hurt and five were detained in a police sweep "
                  "near Eldoret, Kenya.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"] and evs[0].fatalities == 6


def test_arrests_told_with_a_beating_by_residents_are_its_end():
    evs = _events("On 14 March 2021, a crowd beat up a cattle rustler in Eldoret, Kenya, before he was arrested.")
    assert [e.sub_event_type for e in evs] == ["Mob violence"]
    assert evs[0].actor1.startswith("Rioters")                     # not the police who arrested him


def test_an_arrest_about_violence_stays_an_arrest():
    # the violence is what the arrest is about: no attack on the arrest's day, and no air strike by the police
    for text in ("On 14 March 2021, police in Eldoret, Kenya, arrested two men over the killing of a chief.",
                 "On 14 March 2021, police in Eldoret, Kenya, arrested two men for the murder of a teacher.",
                 "On 14 March 2021, police in Eldoret, Kenya, detained four men in connection with the stabbing "
                 "of a trader.",
                 "On 14 March 2021, police in Eldoret, Kenya, arrested four men after the bombing of a chapel."):
        assert _subs(text) == ["Arrests"], text


def test_a_charge_or_a_sentence_for_violence_is_no_violence():
    for text in ("On 14 March 2021, prosecutors in Eldoret, Kenya, charged two men with the murder of a chief.",
                 "On 14 March 2021, a court in Eldoret, Kenya, sentenced three men to life for the bombing of a "
                 "chapel."):
        assert _subs(text) == [], text


def test_arrests_a_word_of_violence_holds_are_what_it_was():
    # "operations in which they detained 40 suspects": the detentions are the news, not a clash
    subs = _subs("In March 2021, the army launched raids across Turkana, Kenya, raids in which soldiers "
                 "detained 40 suspected bandits.")
    assert "Arrests" in subs


def test_a_splinter_rival_is_no_change_to_a_group():
    assert _subs("Fighters of the Eastern Front and its splinter rival attacked a village near Lodwar, Kenya, on "
                 "Friday, killing five people.") == ["Attack"]
    assert _subs("Officials in Lodwar, Kenya, said on Friday that the Eastern Front and its splinter rival had "
                 "grown bolder.") == []


def test_an_arrest_folded_into_the_fight_names_the_side_it_lacks():
    evs = _events("On 14 March 2021, six al-Shabaab militants were killed, two were wounded and four were arrested "
                  "during police operations in Garissa, Kenya.")
    assert len(evs) == 1
    assert evs[0].actor1.startswith("Police Forces of Kenya") and evs[0].actor2 == "Al Shabaab"
