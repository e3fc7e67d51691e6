"""Relations on sentences written for these tests (invented events; real place, state and group names, since the
actor pack names their governments and forces): reinforcing a side or a town, troops named by the states they come
from, torching or setting fire to a state's embassy, a state's defence ministry as its military, a side 'embodied by'
its figurehead (seventh pass)."""
from __future__ import annotations

from tests.relation_sentences import hostile, relations


def test_troops_sent_to_reinforce_a_side_cooperate_with_it():
    found = relations("Soldiers from Chad were deployed to reinforce the Nigerian army in Maiduguri.")
    assert any(a.startswith("Military Forces of Chad") and r == "cooperative" and b.startswith(
        "Military Forces of Nigeria") for a, r, b in found), found
    found = relations("Kenyan troops reinforced the Somali army in Kismayo.")
    assert any(a.startswith("Military Forces of Kenya") and r == "cooperative" and b.startswith(
        "Military Forces of Somalia") for a, r, b in found), found
    # what a fact reinforces is an argument, not a partner: the fact's doer is no ally of the clause's sides
    found = relations("The capture of Sirte by the Islamic State reinforced how badly the Libyan army needed Egypt.")
    assert not any(a.startswith("Islamic State") or b.startswith("Islamic State") for a, _, b in found), found


def test_troops_from_two_states_sent_to_reinforce_a_town_help_its_countrys_army():
    found = relations("Fighting spread across North Kivu on Monday. Troops from Rwanda and Kenya were rushed from "
                      "Goma to reinforce Beni.")
    for state in ("Rwanda", "Kenya"):
        assert any(a.startswith(f"Military Forces of {state}") and r == "cooperative" and b.startswith(
            "Military Forces of the Democratic Republic of Congo") for a, r, b in found), found
    # a side's own fighters sent to a town: no partner named
    assert not relations("The rebels sent fighters to reinforce Beni.")


def test_torching_a_states_embassy_is_hostile_to_that_state():
    assert hostile(relations("Rioters torched the Iranian consulate in Basra on Friday."), "Protesters", "Iran")
    assert hostile(relations("Angry protesters set fire to the Turkish embassy in Baghdad."), "Protesters", "Turkey")
    assert hostile(relations("Rioters torched the Turkish embassy building in Mosul on Friday."), "Protesters",
                   "Turkey")
    # guarding one is no tie with its state
    assert not relations("Kenyan police protected the French embassy in Nairobi from rioters.")
    # no state's building, no enemy
    assert not any(r == "hostile" for _, r, _ in relations(
        "The army set fire to its own depots before leaving Kismayo."))


def test_a_side_embodied_by_a_person_is_led_by_him():
    found = relations("Al-Shabaab, embodied by Ahmed Diriye, still controls much of the Jubba valley.")
    assert ("Ahmed Diriye", "leader_of", "Al Shabaab") in found, found
    assert not relations("The ceasefire embodied the hopes of Hezbollah.")


def test_a_states_defence_ministry_names_its_military():
    found = relations("The Kenyan Ministry of Defence said its forces had clashed with al-Shabaab near Lamu.")
    assert hostile(found, "Military Forces of Kenya", "Al Shabaab"), found
    found = relations("The Ugandan defence ministry said its soldiers had repelled the ADF near Kasese.")
    assert hostile(found, "Military Forces of Uganda", "Allied Democratic Forces"), found
