"""Places on invented sentences of the kinds read wrongly on unseen text (eighth pass): a homonym of several
countries chosen by the bodies a text names (a party, a state's forces, a people's name), a neighbourhood's name
that holds a province's or town's name of another country, and the divisions ACLED names or cuts otherwise than
GeoNames."""
from __future__ import annotations

from datetime import date

from tests.event_sentences import events

PUB = date(2021, 7, 2)


def places_of(text: str) -> set[tuple]:
    return {(e.country, e.admin1) for e in events(text, PUB)}


def test_a_homonym_read_in_the_country_of_the_bodies_the_text_names():
    # Punjab is India's and Pakistan's: the party tells which
    assert places_of("On 1 July 2021, BJP volunteers held sit-ins throughout Punjab state over power cuts.") \
        == {("India", "Punjab")}
    assert places_of("On 1 July 2021, PML-N workers rallied in Punjab against rising flour prices.") \
        == {("Pakistan", "Punjab")}
    assert places_of("On 1 July 2021, nurses in the state of Punjab struck over pay owed by the non-BJP government.") \
        == {("India", "Punjab")}
    # Busia is a Kenyan county and a Ugandan district: Uganda's army is named
    assert {c for c, _ in places_of("On 1 July 2021, traders beat a UPDF private at a cattle market in Busia.")} \
        == {"Uganda"}
    # a force's country never turns a world city into a small town of its name
    assert {c for c, _ in places_of("On 1 July 2021, US soldiers fired on rioters who stormed a depot in Paris.")} \
        == {"France"}
    # a town of one people's country, the text naming another country only as the water's origin
    assert places_of("On 1 July 2021, villagers blocked a highway at Atakent town, accusing the Kazakh authorities "
                     "of ignoring damage from a canal breach in Uzbekistan.") == {("Kazakhstan", "Turkistan")}


def test_a_neighbourhood_name_holding_a_place_name_of_another_country():
    # 'Colonia X' and 'Barrio X' name a quarter; Uruguay's Colonia and Honduras' Valle are no reading of it
    assert {c for c, _ in places_of("On 1 July 2021, gunmen killed a bricklayer in Colonia "
                                    "Santa Lucia del Valle, Reynosa.")} == {"Mexico"}
    assert {c for c, _ in places_of("On 1 July 2021, gunmen killed a bricklayer in Colonia Santa Lucia del Valle.")} \
        == {None}
    # a commune of a capital is that capital, not a Senegalese namesake
    assert places_of("On 1 July 2021, market women marched on the office of the Matam commune of Conakry.") \
        == {("Guinea", "Conakry")}
    # the town a neighbourhood is "of", no other place named: that town
    assert places_of("On 1 July 2021, a grenade hit a police post in the eastern neighbourhood of Quamishli.") \
        == {("Syria", "Al-Hasakeh")}
    # a town of that name stays one
    assert places_of("On 1 July 2021, farmers protested in Colonia del Sacramento.") == {("Uruguay", "Colonia")}


def test_divisions_acled_names_or_cuts_otherwise():
    # Ghana's regions cut in 2019 lie in the one they were cut from
    assert places_of("On 1 July 2021, herders clashed with farmers near Damongo (Savannah region), Ghana.") \
        == {("Ghana", "Northern")}
    # ACLED's names of divisions GeoNames names otherwise
    assert places_of("On 1 July 2021, a taxi driver was stabbed in Port of Spain.") \
        == {("Trinidad and Tobago", "Port of Spain")}
    assert places_of("On 1 July 2021, a mob burnt a motorbike in Kigali.") == {("Rwanda", "Kigali City")}
    assert places_of("On 1 July 2021, graduates protested in Sidi Bouzid.") == {("Tunisia", "Sidi Bou Zid")}
    # the capital GeoNames puts in no division: the one holding its centre
    assert places_of("On 1 July 2021, nurses marched to the parliament in Nouakchott.") \
        == {("Mauritania", "Nouakchott Ouest")}
