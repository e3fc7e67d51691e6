"""Relations on sentences written for these tests (invented events; real state and group names, since the actor pack
names their governments and forces): general cues of hostility a news article states without a hostile verb between
the two sides (fifth pass)."""
from __future__ import annotations

from tests.relation_sentences import hostile, relations


def test_a_strike_in_retaliation_against_a_side_is_hostile_to_it():
    found = relations("The Nigerian army bombed a forest camp on Monday in retaliation against Boko Haram.")
    assert hostile(found, "Military Forces of Nigeria", "Boko Haram"), found
    found = relations("Somali commandos stormed a village in reprisal for attacks by al-Shabaab on a base.")
    assert hostile(found, "Military Forces of Somalia", "Al Shabaab"), found


def test_land_split_between_two_sides_makes_them_enemies():
    found = relations("Al-Shabaab still holds much of the countryside, while the Somali army controls the main towns.")
    assert hostile(found, "Military Forces of Somalia", "Al Shabaab"), found
    found = relations("Bunia remains under Congolese army control, whereas M23 occupies the hills to the south.")
    assert hostile(found, "Military Forces of the Democratic Republic of Congo", "March 23 Movement"), found


def test_checking_a_sides_advance_is_hostile_to_it():
    found = relations("Kenyan troops were flown in to halt the advance of al-Shabaab towards the coast.")
    assert hostile(found, "Military Forces of Kenya", "Al Shabaab"), found
    found = relations("The Somali army stemmed al-Shabaab's push into the valley.")
    assert hostile(found, "Military Forces of Somalia", "Al Shabaab"), found
    # a checking verb with any other object states nothing
    assert not relations("The Somali government has struggled to curb inflation since al-Shabaab took the port.")


def test_an_effort_stands_for_the_sides_that_lead_it():
    found = relations("Security operations led by the Kenyan army and the Ugandan army failed to stop the spread of "
                      "al-Shabaab.")
    assert hostile(found, "Military Forces of Uganda", "Al Shabaab"), found
    assert hostile(found, "Military Forces of Kenya", "Al Shabaab"), found


def test_two_sides_joined_by_a_dash_before_a_noun_of_a_tie():
    found = relations("The Ethiopia-Eritrea war ended in 2000 after two years of trench fighting.")
    assert hostile(found, "Ethiopia", "Eritrea"), found
    found = relations("Diplomats said the India–Pakistan rivalry now reaches into Afghanistan.")
    assert any(r == "rival" and {a, b} == {"India", "Pakistan"} for a, r, b in found), found
    # a joint act of the two sides makes no enemies of them
    found = relations("A Saudi-Emirati operation struck Houthi positions near Hodeidah on Monday.")
    assert not any(r == "hostile" and {a[:5], b[:5]} <= {"Saudi", "Unite", "Gover", "Milit"} and "Houthi" not in a + b
                   for a, r, b in found), found


def test_weapons_fired_at_a_state_are_hostile_to_it():
    found = relations("Hezbollah fired a salvo of rockets at Israel on Sunday evening.")
    assert hostile(found, "Hezbollah", "Israel"), found
    found = relations("The Houthis launched three drones towards Israel overnight, the army said.")
    assert hostile(found, "Houthi", "Israel"), found
    # the verbs alone state nothing, nor does a country named as the land an operation went into
    assert not hostile(relations("Hezbollah launched a television channel in Lebanon."), "Hezbollah", "Lebanon")
    found = relations("Turkish troops launched an incursion into Iraq last spring to chase PKK fighters.")
    assert not any(r == "hostile" and "Iraq" in a + b for a, r, b in found), found


def test_an_armed_side_called_in_by_another_is_its_partner():
    found = relations("Russian mercenaries hired by the government of Mali reached Timbuktu in January.")
    assert ("Wagner Group", "cooperative", "Government of Mali (2021-)") in found, found
    found = relations("In 2021 the Malian government invited Wagner mercenaries to secure its northern towns.")
    assert ("Wagner Group", "cooperative", "Government of Mali (2021-)") in found, found
    # an invitation to talks is none
    assert not any(r == "cooperative" for _, r, _ in relations("Mali's government invited Wagner officers to talks."))


def test_a_passive_relative_clause_relates_the_noun_it_describes():
    found = relations("The Houthis, who are armed by Iran, seized a cargo ship in the Red Sea.")
    assert ("Iran", "cooperative", "Houthis") in found, found
    found = relations("Boko Haram, which was shelled by the Nigerian army for weeks, fled into the forest.")
    assert hostile(found, "Military Forces of Nigeria", "Boko Haram"), found


def test_land_held_by_a_side_makes_it_the_object():
    found = relations("Somali troops advanced on villages controlled by al-Shabaab near Jowhar.")
    assert hostile(found, "Military Forces of Somalia", "Al Shabaab"), found
    found = relations("Nigerian jets bombed Boko Haram-held islands in Lake Chad overnight.")
    assert hostile(found, "Military Forces of Nigeria", "Boko Haram"), found
    # moving into a place states nothing by itself, nor does helping the people of a held area
    assert not relations("Somali troops advanced on the village of Jowhar.")
    assert not any(r == "hostile" for _, r, _ in relations("UN agencies sent food to towns held by al-Shabaab."))
    assert not relations("The African Union supplied towns held by al-Shabaab with vaccines.")
