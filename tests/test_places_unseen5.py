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
    text = "On 18 September 2021, miners marched through Sacel of the Maramures county over unpaid wages."
    assert where(text)["Maramures county"] == ("Romania", "Maramures")
    assert {(e.country, e.admin1) for e in events(text, PUB)} == {("Romania", "Maramures")}


def test_a_stated_province_against_a_village_of_another_country():
    # 'Wuji' is also a Chinese town's name: the state the text names speaks for the village
    text = ("On 17 September 2021, gunmen burned huts in Wuji village of Kajo-Keji county "
            "(Central Equatoria state) and wounded a trader.")
    assert where(text)["Central Equatoria state"] == ("South Sudan", "Central Equatoria")
    assert {(e.country, e.admin1) for e in events(text, PUB)} == {("South Sudan", "Central Equatoria")}


def test_a_name_read_abroad_in_a_text_placed_in_one_country():
    # 'Isabel' is a province of the Solomon Islands; here it is the end of a Rio neighbourhood's name
    text = "Residents of Vila Isabel and Realengo, in Rio de Janeiro, Brazil, heard gunfire on Sunday."
    assert {country for country, _ in where(text).values()} == {"Brazil"}


def test_tripoli_landmarks_tell_which_tripoli():
    # the square and the quarter are Tripoli's in Lebanon; nothing else in these texts names a country
    assert where("Shopkeepers staged a sit-in on Al Nour Square in Tripoli over bread prices.")[
        "Tripoli"] == ("Lebanon", "North")
    assert where("Young men burned tyres on a main street of Dam and Farez in Tripoli.")[
        "Tripoli"] == ("Lebanon", "North")


def test_spellings_of_towns_and_provinces():
    # the official romanisation of a Ukrainian city and its oblast (GeoNames writes Vinnytsya, Vinnyts'ka)
    assert where("Farmers rallied in Vinnytsia over grain prices.")["Vinnytsia"] == ("Ukraine", "Vinnytsia")
    # a town spelled as the press spells it, in a text naming no country
    assert where("Oil workers rallied in Nassriya city over contracts.")["Nassriya city"][0] == "Iraq"
    assert where("Traders shut their shops in Quamishli in protest.")["Quamishli"][0] == "Syria"
    # a Belarusian spelling of a town, its region told after it
    assert where("Chemists struck in Svietlahorsk, in the Gomel region.")["Svietlahorsk"] == ("Belarus", "Gomel")
    # provinces in another spelling: Kyrgyzstan's Chuy, Cambodia's Mondul Kiri (GeoNames: Mondolkiri), Sidi Bouzid
    assert where("Herders blocked a road in Chui region on Monday.")["Chui region"] == ("Kyrgyzstan", "Chuy")
    assert where("Rangers seized smuggled timber in Mondul Kiri province.")[
        "Mondul Kiri province"] == ("Cambodia", "Mondul Kiri")
    assert where("Farmers blocked the road in Regueb (Sidi Bou Zid) over water cuts.")[
        "Sidi Bou Zid"] == ("Tunisia", "Sidi Bouzid")


def test_ndjamena_is_its_own_province():
    # GeoNames files the capital under a second 'Chari-Baguirmi' code; the province keeps its own name
    assert where("Police fired tear gas at traders in N'Djamena, Chad.")["N'Djamena"] == ("Chad", "N'Djamena")
    assert where("Herders clashed with farmers near Massenya in Chari-Baguirmi, Chad.")[
        "Chari-Baguirmi"] == ("Chad", "Chari-Baguirmi")


def test_first_level_as_acled_codes_it():
    # Uganda is coded by district (GeoNames' second level): the district a town is named for, else the one the
    # text names; a region the text names stays the region
    coded = {e.location: e.admin1 for e in events(
        "On 15 September 2021, taxi drivers clashed with police in Kira town (Wakiso district).", PUB)}
    assert coded == {"Kira": "Wakiso"}
    assert {e.admin1 for e in events("On 16 September 2021, police arrested nine traders in Masaka, Uganda.",
                                     PUB)} == {"Masaka"}
    # Montenegro by its three regions, not its municipalities
    assert {e.admin1 for e in events("On 14 September 2021, miners held a rally in Pljevlja, Montenegro, "
                                     "over the closure of the pit.", PUB)} == {"Northern"}


def test_a_province_shared_by_a_foreign_village_still_points_to_its_country():
    # 'Borno' is also an Italian village: the state still speaks for Nigeria, and 'Timbuktu' (a Nigerian
    # army's name for a stretch of the Sambisa area) is then no Malian region
    text = ("On 12 September 2021, air strikes hit insurgent camps in the Timbuktu triangle of Damboa LGA "
            "(Borno), killing 14 fighters, Nigerian troops said.")
    assert "Mali" not in {country for country, _ in where(text).values()}
    assert {(e.country, e.admin1) for e in events(text, PUB)} == {("Nigeria", "Borno")}
    # a name that says whose people, not where ('England supporters'), casts no such vote
    text = "Police fired tear gas at brawling fans in the French port city of Marseille, where England supporters met."
    assert where(text)["Marseille"] == ("France", "Provence-Alpes-Cote d'Azur")


def test_towns_and_spellings_the_extract_lacked():
    # facts of general knowledge: a district capital of Sri Lanka, towns of Iraq and Algeria, a Tripoli
    # quarter, and spellings the press uses; none of these texts names a country
    assert where("Fishermen rallied at Mullaitivu town against a new fishing ban.")[
        "Mullaitivu town"] == ("Sri Lanka", "Northern")
    assert where("A farmer was wounded by a mine west of Amerli on Sunday.")["Amerli"] == ("Iraq", "Sala al-Din")
    assert where("Gunmen torched a grain store near Yusufiyah.")["Yusufiyah"] == ("Iraq", "Baghdad")
    assert where("Dockers blocked the port road in El Bouni over unpaid bonuses.")["El Bouni"] == ("Algeria", "Annaba")
    assert where("Two militias exchanged fire in Abu Salim overnight.")["Abu Salim"] == ("Libya", "Tripoli")
    assert where("Bakers struck in Ain Oussara over flour prices.")["Ain Oussara"] == ("Algeria", "Djelfa")
    assert where("Teachers marched in Kafr Qaseem against school closures.")["Kafr Qaseem"] == ("Israel", "HaMerkaz")
