"""Place extraction on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from polemos import nlp
from polemos.extract.places import document_countries, extract_places
from polemos.knowledge.gazetteer import Gazetteer, default_gazetteer
from polemos.model import Document


def places(text: str, gazetteer=None):
    doc = Document(doc_id="t", text=text)
    return extract_places(nlp.parse(text), doc, gazetteer)


def one(text: str, surface: str):
    found = [p for p in places(text) if p.text.startswith(surface)]
    assert found, f"{surface!r} not found in {[p.text for p in places(text)]}"
    return found[0]


def test_spans_are_exact_offsets():
    text = "Rockets landed in Herat province and near Jalalabad on Sunday."
    for p in places(text):
        assert text[p.span.start:p.span.end] == p.text
        assert p.span.doc_id == "t"


def test_province_cue_gives_the_admin1():
    p = one("Two police officers died in Kandahar province on Tuesday.", "Kandahar")
    assert (p.feature, p.name, p.admin1, p.iso, p.precision) == ("admin1", "Kandahar", "Kandahar", "AF-KAN", 3)


def test_city_cue_gives_the_city():
    for text in ("A market was shelled in the city of Kandahar.", "Shops closed in Kandahar city after the blast."):
        p = one(text, "Kandahar")
        assert (p.feature, p.admin1, p.country, p.precision) == ("city", "Kandahar", "Afghanistan", 1)
        assert p.geonameid is not None


def test_capital_preferred_for_bare_name():
    p = one("Gunmen opened fire on worshippers in Kunduz on Friday.", "Kunduz")
    assert (p.feature, p.admin1, p.precision) == ("city", "Kunduz", 1)


def test_province_without_city_and_variant_spelling():
    p = one("Fighters loyal to the group regrouped in Nangrahar last winter.", "Nangrahar")
    assert (p.name, p.feature, p.precision) == ("Nangarhar", "admin1", 3)
    p = one("The militants retreated towards Helmund and Oruzgan.", "Oruzgan")
    assert (p.name, p.feature) == ("Uruzgan", "admin1")


def test_list_of_provinces_reads_capitals_as_provinces():
    found = places("The group is active in Samangan, Herat, Takhar and Badakhshan.")
    assert [p.feature for p in found] == ["admin1"] * 4
    assert found[1].name == "Herat"


def test_near_and_district_give_precision_two():
    p = one("Soldiers clashed with insurgents near Jalalabad overnight.", "Jalalabad")
    assert (p.feature, p.precision, p.admin1) == ("city", 2, "Nangarhar")
    p = one("An airstrike hit a compound in Achin district.", "Achin")
    assert (p.feature, p.precision, p.admin1) == ("district", 2, "Nangarhar")
    p = one("A roadside bomb exploded on the outskirts of Lashkar Gah.", "Lashkar Gah")
    assert p.precision == 2


def test_sites():
    p = one("A suicide bomber struck in the vicinity of Kabul airport.", "Kabul airport")
    assert (p.name, p.feature, p.admin1, p.precision) == ("Hamid Karzai International Airport", "site", "Kabul", 2)
    found = places("Hundreds of inmates were freed from Kabul's Pul-e-Charkhi prison.")
    assert [(p.name, p.feature, p.precision) for p in found] == [("Pul-e-Charkhi prison", "site", 1)]
    p = one("Trucks queued for days at the Torkham crossing.", "Torkham")
    assert (p.feature, p.admin1) == ("site", "Nangarhar")


def test_ner_missed_names_are_found():
    found = places("Fighting was reported in Paktya and Kunar according to residents.")
    assert {p.name for p in found} == {"Paktia", "Kunar"}


def test_country_only_is_precision_three_and_acled_named():
    p = one("Clashes were reported in eastern Afghanistan.", "Afghanistan")
    assert (p.feature, p.precision, p.iso, p.admin1) == ("country", 3, "AF", None)
    names = {p.name for p in places("Officials in the Russian Federation, Syria, Iran and the DRC met.")}
    assert names == {"Russia", "Syria", "Iran", "Democratic Republic of Congo"}


def test_homonyms_follow_document_country():
    text = "Mozambique reported attacks in Cabo Delgado. Later, calm returned to Gaza."
    assert one(text, "Gaza").country == "Mozambique"
    text = "Israel closed the crossings. Later, calm returned to Gaza."
    assert one(text, "Gaza").country == "Palestine"
    p = one("Residents of Kabul described the night.", "Kabul")
    assert p.country == "Afghanistan"


def test_homonym_city_needs_country_support():
    found = places("Afghanistan and Pakistan discussed the border. The envoy then flew to China.")
    assert [p.feature for p in found] == ["country"] * 3


def test_possessive_owner_picks_the_country():
    p = one("Mozambique's Gaza province stayed calm.", "Gaza")
    assert (p.country, p.feature) == ("Mozambique", "admin1")


def test_organisations_and_demonyms_are_not_places():
    found = places("Afghan officials said the Kabul Bank branch and Nangarhar University were closed.")
    assert found == []
    found = places("Islamic State Khorasan Province claimed the attack.")
    assert found == []


def test_unresolvable_name_does_not_break_the_rest():
    found = places("Militants moved from Zorglubistan province to Kunar and Nangarhar.")
    assert [p.name for p in found] == ["Kunar", "Nangarhar"]


def test_broken_gazetteer_entry_is_skipped(monkeypatch):
    gz = default_gazetteer()
    real = Gazetteer.lookup_key

    def flaky(self, key):
        got = real(self, key)
        if key == "kunar":
            return [p.__class__(**{**p.__dict__, "population": None}) for p in got] * 2
        return got
    monkeypatch.setattr(Gazetteer, "lookup_key", flaky)
    found = places("Militants moved from Kunar to Nangarhar.", gz)
    assert "Nangarhar" in [p.name for p in found]


def test_document_countries_most_mentioned_first():
    found = places("Pakistan denied it. In Afghanistan, fighting spread from Kunar to Nangarhar and Kabul.")
    assert document_countries(found) == ["Afghanistan", "Pakistan"]
    assert document_countries([]) == []


def test_other_theatres():
    p = one("Insurgents attacked Mocimboa da Praia district in Cabo Delgado.", "Mocimboa")
    assert (p.country, p.admin1, p.feature) == ("Mozambique", "Cabo Delgado", "district")
    p = one("Drone strikes hit North Waziristan again.", "North Waziristan")
    assert (p.country, p.admin1) == ("Pakistan", "Khyber Pakhtunkhwa")
    p = one("Gunmen stormed the Crocus City Hall outside Moscow.", "Crocus")
    assert (p.country, p.admin1, p.feature) == ("Russia", "Moscow Oblast", "site")


def test_case_rules_for_acronyms_and_common_words():
    found = places("Us and them, the old song says. The US and the UK sent envoys to Kabul.")
    assert [p.name for p in found] == ["United States", "United Kingdom", "Kabul"]
    assert places("SWAT teams entered the building.") == []


def test_towns_the_ner_misses_and_lists_it_glues():
    p = one("A roadside bomb exploded on the outskirts of Lashkar Gah.", "Lashkar Gah")
    assert (p.feature, p.admin1, p.precision) == ("city", "Helmand", 2)


def test_adjectival_country_is_not_a_place():
    found = places("Traders in Kabul protested the rise of the US dollar.")
    assert [p.name for p in found] == ["Kabul"]


def test_provincial_capital_found_without_ner():
    found = places("Afghan forces retook the district. Fighting continued in Lashkar Gah on Monday.")
    assert any(p.name == "Lashkar Gah" and p.admin1 == "Helmand" for p in found)


def test_a_sizeable_city_the_text_places_something_in_is_read_without_ner_support():
    """'shot a man in Hermosillo': a city of 100,000 or more after 'in', 'near'... is a place even when the NER
    misses it or tags it otherwise; a capitalised word going on with the name makes it another name."""
    found = places("Gunmen shot dead a taxi driver in Hermosillo on Monday.")
    assert [(p.name, p.admin1) for p in found] == [("Hermosillo", "Sonora")]
    found = places("Traders protested in Hermosillo Street in Nogales on Monday.")
    assert "Hermosillo" not in [p.name for p in found] and "Nogales" in [p.name for p in found]


def test_a_name_with_a_possessive_is_found_as_the_text_splits_it():
    """"Cox's Bazar" is tokenised "Cox", "'s", "Bazar": the gazetteer also keys its spellings that way."""
    found = places("Hundreds of refugees staged a protest in Cox's Bazar on Sunday to demand repatriation.")
    assert [(p.country, p.admin1) for p in found] == [("Bangladesh", "Chittagong")]


def _tagged(text: str, name: str, label: str):
    from spacy.tokens import Span as SpacySpan
    sdoc = nlp.parse(text)
    start = text.index(name)
    tok = sdoc.char_span(start, start + len(name))
    sdoc.ents = [e for e in sdoc.ents if e.end <= tok.start or e.start >= tok.end] + \
        [SpacySpan(sdoc, tok.start, tok.end, label=label)]
    return extract_places(sdoc, Document(doc_id="t", text=text))


def test_person_tagged_town_needs_a_supported_country():
    found = _tagged("Police in Pakistan said the rally in Sahiwal ended peacefully.", "Sahiwal", "PERSON")
    assert [(p.name, p.admin1) for p in found if p.feature == "city"] == [("Sahiwal", "Punjab")]
    found = _tagged("Police in Kenya said the rally in Sahiwal ended peacefully.", "Sahiwal", "PERSON")
    assert [p.name for p in found] == ["Kenya"]


def test_comma_separated_place_chain():
    found = places("Gunmen ambushed a convoy in Gardez, Paktia, Afghanistan, late on Friday.")
    assert [(p.name, p.feature, p.admin1) for p in found] == [
        ("Gardez", "city", "Paktia"), ("Paktia", "admin1", "Paktia"), ("Afghanistan", "country", None)]


def test_part_of_a_hyphenated_name_is_not_matched():
    found = places("Militants burned a school in Dara-i-Sufi, Samangan, last week.")
    assert all(p.country == "Afghanistan" for p in found)
    assert "Samangan" in [p.name for p in found]


def test_country_names_are_not_read_as_towns_named_alike():
    found = places("Fighters crossed from Syria into Iraq and attacked Fallujah.")
    assert [(p.name, p.country) for p in found][:2] == [("Syria", "Syria"), ("Iraq", "Iraq")]
    assert found[2].country == "Iraq" and found[2].feature == "city"


def test_news_spellings_of_provincial_capitals():
    found = places("Coalition jets struck Raqqa while Houthi units shelled Hodeidah.")
    assert [(p.feature, p.admin1, p.country) for p in found] == [
        ("city", "Ar-Raqqa", "Syria"), ("city", "Al Hudaydah", "Yemen")]


def test_town_is_read_inside_the_province_named_after_it():
    # a town the gazetteer knows only abroad stays in the province the text names
    p = one("Insurgents burned a school in Gelan, Ghazni, Afghanistan, on Monday.", "Gelan")
    assert (p.name, p.admin1, p.country, p.precision) == ("Gelan", "Ghazni", "Afghanistan", 2)
    p = one("Two guards died when gunmen raided Chora district, Uruzgan province.", "Chora")
    assert (p.feature, p.admin1, p.country, p.precision) == ("district", "Uruzgan", "Afghanistan", 2)
    p = one("A bomb wounded four traders in Mango village (Laghman) at dawn.", "Mango")
    assert (p.admin1, p.country, p.precision) == ("Laghman", "Afghanistan", 2)


def test_known_town_resolved_in_its_province_and_chains():
    p = one("Fighters shelled Hajin, Deir ez-Zor, overnight.", "Hajin")
    assert (p.admin1, p.country, p.precision) == ("Deir-ez-Zor", "Syria", 1)
    found = places("Shots were fired in Old Bazaar area, Qalandar Khel district, Kunduz province.")
    assert [(p.admin1, p.precision) for p in found] == [("Kunduz", 2), ("Kunduz", 2), ("Kunduz", 3)]
    p = one("Militants attacked Baga, Borno state, killing fishermen.", "Baga")
    assert (p.admin1, p.country) == ("Borno", "Nigeria")


def test_lists_of_provinces_and_cities_are_not_anchored():
    found = places("Clashes spread to Kandahar, Helmand and Zabul.")
    assert [p.feature for p in found] == ["admin1"] * 3
    found = places("Protests were held in Jalalabad, Kandahar and Kunduz.")
    assert [p.admin1 for p in found] == ["Nangarhar", "Kandahar", "Kunduz"]


def test_no_foreign_village_or_alternate_name_homonym():
    found = places("In Afghanistan, gunmen killed Samar, a militia leader, in Baghlan province.")
    assert all(p.country == "Afghanistan" for p in found)
    found = places("Police in Pakistan's Punjab arrested two men near Toba after a raid in Lahore.")
    assert not [p for p in found if p.country not in ("Pakistan", None)]


def test_admin1_spelling_variants_resolve_to_one_spelling():
    gz = default_gazetteer()
    pairs = [("AF", "Jawzjan", "Jowzjan"), ("AF", "Sari Pul", "Sar-e Pol"), ("AF", "Sar-i-Pul", "Sar-e Pol"),
             ("AF", "Paktya", "Paktia"), ("AF", "Nooristan", "Nuristan"), ("AF", "Maidan Wardak", "Wardak"),
             ("AF", "Urozgan", "Uruzgan"), ("AF", "Helmund", "Helmand"), ("PK", "NWFP", "Khyber Pakhtunkhwa"),
             ("PK", "FATA", "Khyber Pakhtunkhwa"), ("PK", "Baluchistan", "Balochistan"), ("IQ", "Al Anbar", "Anbar"),
             ("IQ", "Nineveh", "Ninewa"), ("IQ", "Salah ad Din", "Sala al-Din"), ("SY", "Deir ez-Zor", "Deir-ez-Zor"),
             ("SY", "Deir al-Zour", "Deir-ez-Zor"), ("NG", "Bornu", "Borno"), ("SO", "Benadir", "Banadir"),
             ("SO", "Lower Shabeelle", "Lower Shabelle")]
    for cc, variant, name in pairs:
        p = gz.admin1(cc, variant)
        assert p is not None and p.name == name, (variant, p)
    p = one("Gunmen killed a teacher in Aqcha, Jawzjan province.", "Jawzjan")
    assert (p.name, p.feature) == ("Jowzjan", "admin1")


def test_facility_after_a_city_is_a_site():
    p = one("Inmates rioted inside the Kabul prison on Sunday.", "Kabul")
    assert (p.name, p.feature, p.admin1, p.precision) == ("Pul-e-Charkhi prison", "site", "Kabul", 1)
    p = one("Guards at Kabul's main prison were attacked.", "Kabul")
    assert (p.name, p.feature) == ("Pul-e-Charkhi prison", "site")
    p = one("Shells fell on a hospital in Mosul.", "Mosul")
    assert (p.name, p.feature, p.admin1, p.country) == ("Mosul hospital", "site", "Ninewa", "Iraq")
    p = one("A prison in Kabul was attacked.", "Kabul")
    assert (p.name, p.feature, p.admin1) == ("Kabul prison", "site", "Kabul")


def test_second_level_divisions_roll_up_to_their_region():
    p = one("Militants burned a school in Koumbri (Koumbri, Yatenga) on Friday.", "Yatenga")
    assert (p.country, p.admin1, p.feature) == ("Burkina Faso", "Nord", "district")
    town = one("Militants burned a school in Koumbri (Koumbri, Yatenga) on Friday.", "Koumbri")
    assert (town.country, town.admin1) == ("Burkina Faso", "Nord")
    p = one("Troops clashed with rebels in Barangay Malitbog, Dumalag, Capiz, on Tuesday.", "Capiz")
    assert (p.country, p.admin1) == ("Philippines", "Western Visayas")


def test_a_province_named_as_owner_places_its_district():
    p = one("A landmine hit a patrol in Chhattisgarh's Bijapur district on Monday.", "Bijapur")
    assert (p.country, p.admin1) == ("India", "Chhattisgarh")


def test_unresolved_possessed_name_keeps_its_owner():
    found = places("Police fired tear gas at rioters in Beirut's Hamra district overnight.")
    assert [(p.name, p.admin1) for p in found] == [("Beirut", "Beirut")]


def test_divisions_acled_splits_are_read_by_location_and_direction():
    assert one("Shelling hit Lashio on Monday.", "Lashio").admin1 == "Shan-North"
    assert one("Fighting spread across northern Shan State this week.", "Shan").admin1 == "Shan-North"
    assert one("Troops entered the town of Pyay, Myanmar, on Monday.", "Pyay").admin1 == "Bago-West"


def test_acled_spelling_of_first_level_divisions():
    assert one("Workers protested in Bojnurd, Iran, on Sunday.", "Bojnurd").admin1 == "North Khorasan"
    assert one("Police dispersed a rally in Nairobi, Kenya.", "Nairobi").admin1 == "Nairobi"


def test_dateline_outlet_is_no_place_and_its_town_gives_way_to_the_event_place():
    found = places("MOSUL (Channel 5) - Two soldiers were killed when a roadside bomb hit their patrol "
                   "in Kirkuk province on Monday.")
    assert [(p.name, p.feature) for p in found] == [("Kirkuk", "admin1")]
    found = places("KANDAHAR (AP) - Police fired on protesters outside the governor's office on Tuesday.")
    assert [(p.name, p.country) for p in found] == [("Kandahar", "Afghanistan")]


def test_a_province_named_elsewhere_settles_a_homonym():
    found = places("Raipur: Maoists blew up a vehicle in Bijapur district on Monday, police said.")
    assert [(p.name, p.admin1) for p in found] == [("Bijapur", "Chhattisgarh")]


def test_a_sea_is_placed_in_the_shore_country_the_text_names():
    p = one("Yemen's Houthis said they struck a cargo ship in the Red Sea on Sunday.", "Red Sea")
    assert (p.feature, p.country, p.admin1) == ("sea", "Yemen", None)
    p = one("Protesters blocked the port in Sudan's Red Sea state.", "Red Sea")
    assert (p.feature, p.country, p.admin1) == ("admin1", "Sudan", "Red Sea")


def test_a_region_of_a_country_is_the_country():
    found = places("Air strikes hit a border region of Afghanistan overnight.")
    assert [(p.name, p.feature) for p in found] == [("Afghanistan", "country")]


def test_a_distant_reference_point_gives_way_to_the_place():
    found = places("The ambush happened in Zabul province, some 300 km southwest of Kabul.")
    assert [p.name for p in found] == ["Zabul"]
    found = places("Two soldiers died in a blast 10 km north of Kandahar city.")
    assert [(p.name, p.precision) for p in found] == [("Kandahar", 2)]


def test_a_town_placed_once_is_the_same_place_when_named_again():
    found = places("Gunmen attacked a police post in Tazagol, Helmand province, on Monday. "
                   "Residents of Tazagol said the fighting lasted hours.")
    assert [(p.text, p.admin1) for p in found] == [("Tazagol", "Helmand"), ("Helmand province", "Helmand"),
                                                  ("Tazagol", "Helmand")]


def test_a_village_spelled_like_a_town_elsewhere_stays_in_the_province_the_text_names():
    text = ("Junta jets bombed Pale Township, Sagaing Region, on Tuesday. "
            "Ten villagers died when bombs fell on Nyaung Kone village.")
    p = one(text, "Nyaung Kone")
    assert (p.country, p.admin1) == ("Myanmar", "Sagaing")


def test_philippine_regions_in_acled_spelling():
    assert one("Rebels ambushed soldiers in Legazpi, Albay, on Friday.", "Albay").admin1 == "Bicol Region"
    assert one("Protesters rallied in Baguio, the Philippines.", "Baguio").admin1 == "Cordillera Administrative Region"


def test_first_level_divisions_are_read_where_used_as_divisions():
    p = one("Militants attacked a village in Ngouboua, Lac, Chad, killing five.", "Lac")
    assert (p.feature, p.country, p.admin1) == ("admin1", "Chad", "Lac")
    town = one("Militants attacked a village in Ngouboua, Lac, Chad, killing five.", "Ngouboua")
    assert (town.country, town.admin1) == ("Chad", "Lac")


def test_a_neighbourhood_named_after_a_town_elsewhere_stays_in_its_town():
    text = ("Insurgents stormed the town of Mocimboa da Praia in Cabo Delgado province at dawn, "
            "entering through the neighbourhoods of Xinavane.")
    for name in ("Xinavane",):
        p = one(text, name)
        assert (p.country, p.admin1) == ("Mozambique", "Cabo Delgado")
    p = one("Police raided shops in the Little Cairo quarter of Kandahar on Monday.", "Cairo")
    assert (p.country, p.admin1) == ("Afghanistan", "Kandahar")


def test_a_name_after_a_bearing_is_a_place_whatever_its_entity_label():
    p = one("Fighters attacked a checkpoint east of Samarra on Sunday.", "Samarra")
    assert (p.country, p.admin1, p.precision) == ("Iraq", "Sala al-Din", 2)


def test_a_village_or_township_in_a_named_division_is_read_inside_it():
    found = places("A jet bombed Kyauk Ka village in Pale Township, Sagaing Region, on Tuesday.")
    assert [(p.name, p.admin1) for p in found][0] == ("Kyauk Ka", "Sagaing")
    p = one("Airstrikes hit the Yinmabin township in Sagaing Region overnight.", "Yinmabin")
    assert (p.country, p.admin1) == ("Myanmar", "Sagaing")


def test_the_province_names_the_province_told_before():
    text = ("Militants attacked a checkpoint in Kunar province on Monday. "
            "Two days later, a roadside bomb killed four soldiers in the restive province.")
    got = [(m.text, m.admin1) for m in places(text)]
    assert ("the restive province", "Kunar") in got
    assert all(m.text != "the province" for m in places("The province of Herat was quiet on Monday."))


def test_a_common_word_division_never_reaches_a_country_the_text_does_not_name():
    """'South Hospital' in a Sudan story is no Lebanese governorate; 'Sahel' alone no Burkinabe region."""
    text = ("Conditions in El Fasher, Sudan, are terrible. One of its last hospitals (South Hospital), run by a "
            "charity, was forced to close.")
    places = extract_places(nlp.parse(text), Document("t", text))
    assert all(p.country == "Sudan" for p in places)



def test_a_province_is_spelled_as_the_texts_place_notation_writes_it():
    # coders' notation ('Town, Province, Country.', '(Town, Province)') keeps their spelling; prose keeps the
    # gazetteer's name; an abbreviation is never a spelling
    from datetime import date

    from polemos.pipeline import extract
    cases = {"03/05/2017: Gunmen seized two teachers in Sancharak, Sari Pul province, Afghanistan.": "Sari Pul",
             "On 5 March 2017, militants raided a post in Dehrawud district, Urozgan.": "Urozgan",
             "Militants attacked a checkpoint in Ahu, in the northern Sari Pul province, on Sunday.": "Sar-e Pol",
             "Gunmen killed two policemen in Bannu, KP, on Monday.": "Khyber Pakhtunkhwa"}
    for text, admin1 in cases.items():
        evs = extract(nlp.parse(text), Document(doc_id="t", text=text, published=date(2017, 3, 6))).events
        assert [e.admin1 for e in evs] == [admin1], text


def test_two_spellings_of_one_province_are_one_province_to_resolution():
    from polemos.place import admin1_name, same_admin1
    from polemos.resolve.clusters import cluster
    assert admin1_name("Cameroon", "Far North") == "Extreme-Nord" and same_admin1("Iraq", "Dhi Qar", "Thi-Qar")
    assert not same_admin1("Cameroon", "Far North", "Nord-Ouest")

    def report(i, admin1):
        return dict(id=i, doc_id=f"d{i}", event_date="2017-03-05", event_type="Battles", sub_event_type="Armed clash",
                    country="Cameroon", admin1=admin1, location="Kolofata", geo_precision=1,
                    actor1="Unidentified Armed Group (Cameroon)", actor2="Police Forces of Cameroon (1982-)",
                    fatalities=2, fatalities_low=2, fatalities_high=2, evidence="Gunmen attacked a checkpoint in "
                    "Kolofata, killing two officers.", evidence_start=0, evidence_end=50)
    assert len(cluster([report(1, "Far North"), report(2, "Extreme-Nord")])) == 1
    assert len(cluster([report(1, "Far North"), report(2, "Nord-Ouest")])) == 2


def test_a_big_city_abroad_outranks_a_smaller_province_of_its_name():
    assert one("A bomb exploded in Manchester on Monday, killing 22 people.", "Manchester").country == "United Kingdom"
    # the document's own country still decides
    assert one("In Jamaica, gunmen opened fire in Manchester on Monday.", "Manchester").country == "Jamaica"


def test_a_big_city_is_not_a_namesake_village_in_a_province_named_elsewhere():
    from polemos.pipeline import extract
    def where(text):
        ex = extract(nlp.parse(text), Document(doc_id="t", text=text, published=date(2016, 9, 20)))
        return [(e.admin1, e.location) for e in ex.events]
    # New York named in another clause does not move Boston to New York's village of that name ...
    assert where("Police in New York said on Monday that a bomb exploded in Boston, killing three people.") == [
        ("Massachusetts", "Boston")]
    # ... but written right after it, the province is the one meant
    assert where("A bomb exploded in Boston, New York on Monday, killing three people.") == [("New York", "Boston")]


@pytest.mark.parametrize("text, town, division", [
    ("Gunmen raided a school in Batibo, Northwest, Cameroon.", "Batibo", "Nord-Ouest"),
    ("Separatists burned a clinic in Kumba, Southwest, Cameroon.", "Kumba", "Sud-Ouest"),
])
def test_division_before_the_named_country_is_that_countrys(text, town, division):
    """A division named by its short English form ('Northwest' for the Northwest Region), written before the
    country the text names, is that country's, not a namesake abroad (Iceland's Northwest, Burkina Faso's
    Sud-Ouest)."""
    got = {p.text: p for p in places(text)}
    assert got["Northwest" if "Northwest" in text else "Southwest"].country == "Cameroon"
    assert got[town].country == "Cameroon" and got[town].admin1 == division


def test_israels_districts_take_acleds_names():
    """ACLED names Israel's districts HaDarom, HaMerkaz and HaZafon (not 'Southern/Central/Northern District')."""
    got = {p.text: p.admin1 for p in places("Rockets hit Beersheba; police raided homes in Kfar Saba and Nazareth.")}
    assert got == {"Beersheba": "HaDarom", "Kfar Saba": "HaMerkaz", "Nazareth": "HaZafon"}


def test_a_city_named_after_its_country_is_the_city():
    """'Kuwait City': 'City' is part of the name, not a cue on the country Kuwait (no city is named 'Kuwait');
    'Kandahar city' stays the city of Kandahar."""
    p = one("Nurses marched in Kuwait City to demand unpaid wages.", "Kuwait City")
    assert (p.feature, p.name, p.country) == ("city", "Kuwait City", "Kuwait")


def test_names_that_share_one_country_place_a_text_that_names_none():
    """No country named and every name a homonym abroad ('Bassa' is also a name of Passau, 'Plateau' a
    department of Benin): the one country where two of the names lie reads the names nothing else resolved."""
    found = places("On 9 June 2021, gunmen abducted a pastor in Kwall (Bassa LGA, Plateau).")
    assert {(p.name, p.country, p.admin1) for p in found} >= {("Bassa", "Nigeria", "Plateau"),
                                                              ("Plateau", "Nigeria", "Plateau")}


def test_first_level_divisions_take_their_english_names_not_geonames_transliterations():
    """GeoNames writes some divisions in a Dutch or Kazakh transliteration ('Voronezj', 'Batys Qazaqstan',
    'Sulawesi Barat'); the places pack names them as English reporting and ACLED do, with the GeoNames
    name kept as a spelling it still reads."""
    gz = default_gazetteer()
    assert gz.admin1("RU", "Voronezj").name == "Voronezh Oblast"
    assert gz.admin1("RU", "Dagestan").name == "Republic of Dagestan"
    assert gz.admin1("KZ", "Batys Qazaqstan").name == "West Kazakhstan"
    assert gz.admin1("ID", "Sulawesi Barat").name == "West Sulawesi"
    p = one("A drone hit a fuel depot in Voronezh, Russia, on Tuesday.", "Voronezh")
    assert (p.country, p.admin1) == ("Russia", "Voronezh Oblast")


def test_a_town_named_twice_is_one_place():
    """The second, bare mention of a town the text placed in a province is read in that province, not as
    a namesake in a province the document never names."""
    text = ("On 3 May, the army shelled positions near Petrovskoye, Donetsk. Monitors later counted "
            "19 explosions near Petrovskoye.")
    found = [(p.country, p.admin1) for p in places(text) if p.text == "Petrovskoye"]
    assert found == [("Ukraine", "Donetsk"), ("Ukraine", "Donetsk")]


def test_the_town_of_a_facility_is_placed_even_when_tagged_an_organisation():
    """'the general hospital of Patras': the facility noun before 'of' places the town, which spaCy may tag
    ORG, in a text that names no country; a capitalised 'University of X' stays an organisation."""
    found = places("On 2 May, nurses marched to the general hospital of Thessaloniki over unpaid wages.")
    assert [(p.country, p.admin1, p.feature) for p in found] == [("Greece", "Central Macedonia", "site")]


def test_placed_town_of_one_country_against_bare_country_names():
    # only the origin of the migrants names a country: the town where the crowd gathered is Greece's
    p = one("Residents gathered outside a school in Kavala to oppose housing 60 asylum seekers from Sudan.", "Kavala")
    assert (p.country, p.admin1) == ("Greece", "East Macedonia and Thrace")
    # a town or province of the other country still speaks for it: Byblos stays out of a Ghanaian text
    found = [q.text for q in places("Traders in Byblos, a suburb of Tema, Ghana, shut their shops.")]
    assert "Byblos" not in found


def test_lima_is_the_capital_of_lima_province_and_callao_its_own_division():
    assert one("Nurses marched in Lima, Peru, on Tuesday.", "Lima").admin1 == "Lima Province"
    assert one("Dockers struck in Callao, Peru, on Tuesday.", "Callao").admin1 == "Callao"
    # the region of the same name, written as a town's division, stays the region
    assert one("Farmers marched in Huacho, Lima, Peru.", "Huacho").admin1 == "Lima"


def test_a_demonym_chooses_among_a_homonyms_countries_when_no_country_is_named():
    text = "Lebanese protesters blocked roads in Tripoli against the collapse of the currency."
    assert one(text, "Tripoli").country == "Lebanon"
    assert one(text.replace("Lebanese ", ""), "Tripoli").country == "Libya"      # the largest, as before
    # the people of another country name who acted, not where: a town of one country keeps its country
    assert one("French troops raided a camp near Tessalit.", "Tessalit").country == "Mali"


def test_a_town_before_a_country_with_a_province_of_its_name_is_read_in_that_province():
    p = one("Farmers blocked a highway outside Tenancingo, Mexico, on Tuesday.", "Tenancingo")
    assert (p.country, p.admin1) == ("Mexico", "Mexico")          # the State of Mexico's, not Tlaxcala's
    p = one("Farmers blocked a highway outside Celaya, Mexico, on Tuesday.", "Celaya")
    assert (p.country, p.admin1) == ("Mexico", "Guanajuato")      # a town only elsewhere stays there


def test_a_currency_names_no_country_of_the_text():
    # "US dollar" is money, not a place: it must not pull Tripoli to a village of that name in Iowa
    p = one("Traders protesting against the rising US dollar rate closed their shops in Tripoli.", "Tripoli")
    assert p.country == "Libya"
    assert "United States" not in document_countries(places("Traders protesting against the rising US dollar rate "
                                                             "closed their shops in Tripoli."))


def test_a_village_of_one_country_does_not_carry_a_big_city_abroad():
    # Shakhta is only a Russian hamlet in the gazetteer: its one reading is no evidence that Donetsk is the
    # small Russian town of that name rather than the Ukrainian city
    p = one("Shelling was reported in Shakhta and in Donetsk on Monday.", "Donetsk")
    assert (p.country, p.admin1) == ("Ukraine", "Donetsk")


def test_a_soviet_era_place_name_with_imeni_is_read_whole_inside_its_province():
    p = one("Shells hit a school in Sovkhoz imeni Kirova, Donetsk, on Monday.", "Sovkhoz")
    assert (p.text, p.country, p.admin1) == ("Sovkhoz imeni Kirova", "Ukraine", "Donetsk")


def test_villages_of_one_name_in_several_countries_stay_unresolved_without_context():
    # two hamlets called Mina (Mexico, the Philippines) and nothing else in the text: no guess
    assert not [p for p in places("Protesters gathered outside a bank in Mina on Sunday.") if "Mina" in p.text]
    # the country named beside it chooses
    assert one("Protesters gathered outside a bank in Mina, Mexico, on Sunday.", "Mina").country == "Mexico"


def test_a_named_district_of_a_province_lies_in_that_province():
    # "<Name> District of <State>": the state holds the district (not "the district of X", where X is the
    # district); a district the gazetteer lacks is still placed in its state
    text = "Two Maoists died in an exchange of fire with police in Latehar District of Jharkhand on Friday."
    p = one(text, "Jharkhand")
    assert (p.country, p.admin1, p.feature) == ("India", "Jharkhand", "admin1")
    found = places("Maoists set off a landmine in Narayanpur District of Chhattisgarh on Friday.")
    assert {(p.country, p.admin1) for p in found} == {("India", "Chhattisgarh")}


def test_one_countrys_police_in_a_text_rule_out_a_village_of_that_name_abroad():
    # Narayanpur is in the gazetteer only as a Bangladeshi hamlet; India's CRPF serves at home
    text = "Two CRPF men were killed when Maoists set off a landmine in Narayanpur district on Friday."
    assert not [p for p in places(text) if p.country == "Bangladesh"]
    # an army's name says nothing of where it fights
    assert one("French troops raided a camp near Tessalit.", "Tessalit").country == "Mali"


def test_countries_that_act_are_not_where_they_act():
    from polemos.pipeline import extract
    text = ("On 12 March 2021, Russia and Turkey carried out a joint patrol along a road east of Saraqib in Idlib "
            "province.")
    evs = extract(nlp.parse(text), Document(doc_id="t", text=text, published=date(2021, 3, 20))).events
    assert evs and {(e.country, e.admin1) for e in evs} == {("Syria", "Idleb")}
