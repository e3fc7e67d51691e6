"""A wire dateline ('JUBA, South Sudan (AP) —') is no part of the sentence after it: the parser reads the news
sentence alone, and the dateline's town still gives way to the place that sentence tells."""
from datetime import date

from polemos import nlp
from polemos.model import Document
from polemos.pipeline import extract


def _events(text: str):
    return extract(nlp.parse(text), Document("t", text, published=date(2024, 2, 20))).events


def test_the_news_after_a_dateline_is_its_own_sentence():
    sdoc = nlp.parse("MAIDUGURI, Nigeria (AP) — Fighting between soldiers and jihadists killed nine people.")
    assert [s[0].text for s in sdoc.sents] == ["MAIDUGURI", "Fighting"]


def test_both_sides_of_fighting_told_after_a_dateline():
    [event] = _events("KHARTOUM, Sudan (AP) — Fighting between Sudan's army and the paramilitary Rapid Support "
                      "Forces killed at least 23 people in the city of El Obeid on Monday, medics said.")
    assert (event.actor1, event.actor2) == ("Military Forces of Sudan (2019-)", "Rapid Support Forces")
    assert event.admin1 == "North Kordofan"
