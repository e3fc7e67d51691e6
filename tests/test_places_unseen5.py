"""Places on invented sentences of the kinds read wrongly on unseen text (fifth pass): provinces the text
names as such beside a village of another country, counties that are a country's provinces, a name read
abroad in a text other names place in one country."""
from __future__ import annotations

from datetime import date

from polemos import nlp
from polemos.extract.places import extract_places
from polemos.model import Document
from tests.event_sentences import events

PUB = date(2021, 9, 20)


def where(text: str) -> dict[str, tuple]:
    return {p.text: (p.country, p.admin1) for p in extract_places(nlp.parse(text), Document(doc_id="t", text=text))}


def test_a_county_that_is_a_countrys_province():
    # Romania's counties are its first-level divisions: no district of that name exists
    text = "On 18 September 2021, villagers blocked a forest road near Sacel of the Maramures county."
    assert where(text)["Maramures county"] == ("Romania", "Maramures")
    assert {(e.country, e.admin1) for e in events(text, PUB)} == {("Romania", "Maramures")}


def test_a_stated_province_against_a_village_of_another_country():
    # 'Wuji' is also a Chinese town's name: the state the text names speaks for the village
    text = ("On 17 September 2021, gunmen looted shops in Wuji village in Kajo-Keji county "
            "(Central Equatoria state) and wounded a trader.")
    assert where(text)["Central Equatoria state"] == ("South Sudan", "Central Equatoria")
    assert {(e.country, e.admin1) for e in events(text, PUB)} == {("South Sudan", "Central Equatoria")}


def test_a_name_read_abroad_in_a_text_placed_in_one_country():
    # 'Isabel' is a province of the Solomon Islands; here it is the end of a Rio neighbourhood's name
    text = ("On 19 September 2021, in the West Zone of Rio de Janeiro, Brazil, gunfire was reported "
            "in Realengo, Bangu and Vila Isabel neighborhoods.")
    assert {country for country, _ in where(text).values()} == {"Brazil"}
