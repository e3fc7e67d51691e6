"""Places on invented sentences of the kinds read wrongly on unseen text (twelfth pass): towns GeoNames files under
a division code its table names no division for, a division's name misspelt by one letter in an address, a way
told by its two ends, and East Jerusalem's neighbourhoods."""
from __future__ import annotations

from datetime import date

from polemos.knowledge.gazetteer import default_gazetteer
from tests.event_sentences import events

PUB = date(2021, 7, 2)


def places_of(text: str) -> set[tuple]:
    return {(e.country, e.admin1, e.location) for e in events(text, PUB)}


def test_towns_of_divisions_the_geonames_table_leaves_unnamed():
    gz = default_gazetteer()
    towns = {"Alexandria": ("EG", "Alexandria"), "Port Said": ("EG", "Port Said"), "Iquique": ("CL", "Tarapaca"),
             "Punta Arenas": ("CL", "Magallanes"), "Kaedi": ("MR", "Gorgol"),
             "Nouadhibou": ("MR", "Dakhlet Nouadhibou"), "Am Timan": ("TD", "Salamat"),
             "Shymkent": ("KZ", "Shymkent"), "Pedro Juan Caballero": ("PY", "Amambay")}
    for name, (iso2, admin1) in towns.items():
        town = next(p for p in gz.lookup(name) if p.kind == "city" and p.iso2 == iso2)
        assert town.admin1 == admin1, name
    # the division is known once, with its seat's coordinates
    brakna = [p for p in gz.lookup("Brakna") if p.kind == "admin1"]
    assert len(brakna) == 1 and brakna[0].lat is not None
    assert places_of("On 1 July 2021, dock workers went on strike in Alexandria over unpaid bonuses.") == \
        {("Egypt", "Alexandria", "Alexandria")}


def test_a_division_misspelt_by_one_letter_in_an_address():
    assert places_of("On 1 July 2021, troops shelled Taliban positions near Kala (Khuram wa Sarbagh district, "
                     "Samangam).") == {("Afghanistan", "Samangan", "Kala")}
    assert places_of("On 1 July 2021, Taliban fighters raided a police post in Ruyi Du Ab district, Samangam.") == \
        {("Afghanistan", "Samangan", "Ruyi Du Ab")}
    assert places_of("On 1 July 2021, an air strike hit a fuel depot on the outskirts of Qasr al Haj "
                     "(Al Jabal Al Garbi).") == {("Libya", "Al Jabal Al Gharbi", "Qasr al Haj")}
    assert places_of("On 1 July 2021, bandits raided Tefy village (Ambositra, Amoron'i Manya) and took cattle.") == \
        {("Madagascar", "Amoron'i Mania", "Tefy")}


def test_a_misspelt_division_is_read_only_where_an_address_puts_it():
    gz = default_gazetteer()
    assert [p.name for p in gz.misspelt_admin1("samangam")] == ["Samangan"]
    assert gz.misspelt_admin1("samangan") == []              # the name itself is no misspelling
    assert gz.misspelt_admin1("helmandxx") == []              # two letters off
    # a surname set off by commas, after a common noun, is no address
    assert not any(e.admin1 == "Kandahar" for e in events(
        "On 1 July 2021, the commander, Kandahari, said gunmen killed two guards in Herat city.", PUB))


def test_a_way_told_by_its_two_ends_in_two_provinces_places_its_event_at_the_first():
    assert places_of("On 1 July 2021, rioters blocked the Zahle-Homs road with burning tyres.") == \
        {("Lebanon", "Bekaa", "Zahle")}
    assert places_of("On 1 July 2021, protesters cut off the Sidon-Beirut highway with burning tyres.") == \
        {("Lebanon", "South", "Sidon")}
    assert places_of("On 1 July 2021, gunmen ambushed a supply convoy on a highway joining Kandahar and Urozgan "
                     "province.") == {("Afghanistan", "Kandahar", "Kandahar")}
    # guards: ends in one province are left as they were; a way the text places itself is where the text says
    assert {(c, a) for c, a, _ in places_of("On 1 July 2021, gunmen ambushed a supply convoy on the Damboa - "
                                             "Maiduguri road.")} == {("Nigeria", "Borno")}
    assert places_of("On 1 July 2021, protesters cut off the coastal Sidon-Beirut highway at Damour.") == \
        {("Lebanon", "Mount Lebanon", "Damour")}


def test_east_jerusalem_neighbourhoods_lie_in_the_west_bank():
    assert places_of("On 1 July 2021, Israeli forces detained two Palestinians in the Silwan neighbourhood of "
                     "Jerusalem.") == {("Palestine", "West Bank", "Silwan")}
    assert places_of("On 1 July 2021, clashes broke out between Palestinian youths and Israeli forces in Issawiya "
                     "during a raid.") == {("Palestine", "West Bank", "Issawiya")}
    # a quarter the gazetteer holds, written as a neighbourhood of the city it lies in, is that quarter
    assert places_of("On 1 July 2021, Israeli forces demolished a house in the Jabal al Mukaber neighbourhood of "
                     "Jerusalem.") == {("Palestine", "West Bank", "Jabal al Mukaber")}
    # guard: Jerusalem itself stays where the gazetteer files it
    assert places_of("On 1 July 2021, Israeli police detained two Palestinians in Jerusalem.") == \
        {("Israel", "Jerusalem", "Jerusalem")}
