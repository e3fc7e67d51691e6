"""Places on invented sentences of the kinds read wrongly on unseen text (seventh pass): villages of the Donbas
line of contact the GeoNames extract lacks or holds only in other oblasts, Lebanese and Iraqi villages, a
division whose pack name is ACLED's own spelling whatever a note's notation writes."""
from __future__ import annotations

from datetime import date

from polemos.knowledge.gazetteer import default_gazetteer
from tests.event_sentences import events

PUB = date(2019, 6, 4)


def places_of(text: str) -> set[tuple]:
    return {(e.country, e.admin1) for e in events(text, PUB)}


def test_villages_of_the_donbas_line_of_contact():
    # a village the extract holds only in an oblast far from the front (Molodizhne: Kirovohrad, Poltava...) or
    # not at all: the event had its country alone
    assert places_of("On 3 June 2019, the OSCE SMM recorded 12 explosions near Molodizhne.") == {("Ukraine", "Luhansk")}
    assert places_of("On 3 June 2019, the OSCE SMM recorded 7 explosions near Travneve.") == {("Ukraine", "Donetsk")}
    assert places_of("On 3 June 2019, the OSCE SMM recorded 30 explosions near Elenovka.") == {("Ukraine", "Donetsk")}
    gz = default_gazetteer()
    for name, admin1 in [("Sokilnyky", "Luhansk"), ("Orikhove-Donetske", "Luhansk"), ("Petrivske", "Donetsk"),
                         ("Pyshchevyk", "Donetsk"), ("Zhabichevo", "Donetsk"), ("Khutir Vilny", "Luhansk")]:
        assert any(p.iso2 == "UA" and p.admin1 == admin1 for p in gz.lookup(name)), name



def test_a_front_village_read_through_another_transliteration():
    # 'Serhiivka' has namesakes under that spelling in oblasts far from the front only; GeoNames writes the
    # Donetsk oblast one 'Serhiyivka'
    assert places_of("On 3 June 2019, the OSCE SMM recorded 9 explosions near Serhiivka.") == {("Ukraine", "Donetsk")}

def test_lebanese_and_iraqi_villages_the_extract_lacked():
    # texts naming no country: the village itself is the only place
    assert places_of("On 4 March 2021, taxi drivers blocked the main square in el Aabde with burning tyres.") \
        == {("Lebanon", "Akkar")}
    assert places_of("On 4 March 2021, farmers blocked the road linking Faaour to Kfar Zabad.") \
        == {("Lebanon", "Bekaa")}
    assert places_of("On 4 March 2021, a roadside bomb near Sulayman Bak wounded two policemen.") \
        == {("Iraq", "Sala al-Din")}
    assert places_of("On 4 March 2021, gunmen fired on a checkpoint close to Al-Azim, killing a soldier.") \
        == {("Iraq", "Diyala")}
    assert places_of("On 4 March 2021, militants ambushed an army patrol in Tooz Khurmato district.") \
        == {("Iraq", "Sala al-Din")}


def test_a_division_whose_pack_name_is_the_codings_own_spelling():
    # the notation writes 'Tillabery' and 'Socotra'; ACLED's names are the pack's, Tillaberi and Suqutra
    assert places_of("On 4 March 2021, gunmen killed two herders in Tari (Ouallam, Tillabery).") \
        == {("Niger", "Tillaberi")}
    assert places_of("On 4 March 2021, fishermen protested in Qalansiyah (Socotra).") == {("Yemen", "Suqutra")}
    # where the notation's spelling is ACLED's own, it is still copied
    assert places_of("On 4 March 2021, militants attacked a police post in Gosfandi district, Sari Pul province, "
                     "Afghanistan.") == {("Afghanistan", "Sari Pul")}


def test_palestine_coded_by_its_two_territories():
    # ISO 3166-2 divides Palestine into sixteen governorates; ACLED codes the West Bank and the Gaza Strip
    assert places_of("On 4 March 2021, stone-throwing youths fought Israeli troops inside the Qalqilya refugee "
                     "camp.") == {("Palestine", "West Bank")}


def test_a_city_written_with_its_district():
    # 'City-District', a notation of ACLED's notes: the city, where the district is unknown or lies in its province
    assert places_of("On 4 March 2021, hundreds rallied in Belgrade-Zvezdara, Serbia, against a new law.") \
        == {("Serbia", "Belgrade")}
    assert places_of("On 3 June 2019, the OSCE SMM recorded 8 explosions near Donetsk-Kyivskyi.") \
        == {("Ukraine", "Donetsk")}
