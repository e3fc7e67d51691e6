"""Events' places on invented sentences of the kinds the event layer placed wrongly on unseen notes: a
neighbourhood or village the gazetteer holds only in another province or country, written beside the town or
province the text is about."""
from __future__ import annotations

from datetime import date

from polemos import nlp
from polemos.extract.places import extract_places
from polemos.model import Document
from tests.event_sentences import events

PUB = date(2021, 3, 20)


def where(text: str) -> dict[str, tuple]:
    return {p.text: (p.country, p.admin1) for p in extract_places(nlp.parse(text), Document(doc_id="t", text=text))}


def test_a_neighbourhood_named_elsewhere_stays_in_the_province_of_its_sentence():
    # Inga: the gazetteer's only Brazilian Inga lies in Paraiba, thousands of kilometres away
    # the scene sentence placed in two provinces left the next sentence's event without one
    text = ("On 14 March 2021, police officers in Niteroi, a city of Rio de Janeiro state, searched a warehouse in "
            "Inga. Gunmen fired at them and one of the gunmen died.")
    assert {(e.country, e.admin1) for e in events(text, PUB)} == {("Brazil", "Rio de Janeiro")}
    assert where(text)["Inga"] == ("Brazil", "Rio de Janeiro")
    # a town someone came from keeps its own province, and so does one placed by a distant reference point
    assert where("On 3 March 2021, militants executed a man from Afrin in Idleb.")[
        "Afrin"] == ("Syria", "Aleppo")
    assert where("Olga, a baker in Iskitim, a town some 2,000 miles east of Moscow, lost her shop in March.")[
        "Iskitim"] == ("Russia", "Novosibirsk Oblast")


def test_a_district_named_like_a_town_abroad_stays_in_the_city_beside_it():
    # San Cristobal: a province and a town of the Dominican Republic; the text is about Bogota
    text = "On 2 March 2021, about 40 youths threw stones at riot police in San Cristobal, Bogota."
    assert {(e.country, e.admin1) for e in events(text, PUB)} == {("Colombia", "Bogota D.C.")}
    # a town beside the city, across a province line (Kyiv city and Kyiv oblast), keeps its own
    assert where("On 5 March 2021, shop owners protested in Ivankiv, Kyiv, against the lockdown.")[
        "Ivankiv"] == ("Ukraine", "Kiev")


def test_arrests_told_after_the_scene_take_its_place():
    # the arrests' sentence names no place: the previous sentence set the scene, and the text names one province
    text = ("On 9 March 2021, soldiers found a field of cannabis near Spur Tree, in Manchester parish, Jamaica. "
            "Three men were arrested.")
    assert {(e.country, e.admin1) for e in events(text, PUB)} == {("Jamaica", "Manchester")}
    text = ("On 9 March 2021, gunmen torched two lorries near Kaya, Burkina Faso. "
            "The next day soldiers arrested five suspects in connection with the attack.")
    assert {(e.country, e.admin1) for e in events(text, PUB) if e.sub_event_type == "Arrests"} == {
        ("Burkina Faso", "Centre-Nord")}


def test_a_place_beside_words_of_support_is_the_events_own():
    # 'supported by' is no motive ('in support of X' is), nor is a noun the parser hung the place under from behind
    text = ("On 4 March 2021, six militants were killed during an army operation supported by helicopters in the "
            "village of Sarobi in Zurmat district, Paktia.")
    assert {(e.country, e.admin1) for e in events(text, PUB)} == {("Afghanistan", "Paktia")}
    text = "On 5 March 2021, about 30 nurses rallied in Thessaloniki demanding state support."
    assert {(e.country, e.admin1) for e in events(text, PUB)} == {("Greece", "Central Macedonia")}


def test_a_country_that_backs_a_side_is_no_place():
    text = ("On 2 March 2021, Kurdish fighters clashed with militias supported by Turkey near Tal Tamr in "
            "Al-Hasakeh countryside.")
    assert {(e.country, e.admin1) for e in events(text, PUB)} == {("Syria", "Al-Hasakeh")}
