"""Relations on sentences written for these tests (invented events; real state and group names, since the actor pack
names their forces): a partner named by a phrase on the verb ('on the side of Y', 'in support of Y', 'in
coordination with Y') is the doer's partner, never the target of a hostile verb (eighth pass)."""
from __future__ import annotations

from tests.relation_sentences import hostile, relations, tied


def _cooperate(found, a: str, b: str) -> bool:
    return tied(found, "cooperative", a, b)


def test_fighting_on_the_side_of_a_force_is_no_hostility_to_it():
    found = relations("Hundreds of Wagner Group fighters fought on the side of the Malian army near Gao in March.")
    assert _cooperate(found, "Wagner Group", "Military Forces of Mali"), found
    assert not hostile(found, "Wagner Group", "Military Forces of Mali"), found
    found = relations("Wagner Group fighters battled on behalf of the Malian army outside Kidal.")
    assert _cooperate(found, "Wagner Group", "Military Forces of Mali"), found


def test_a_partner_phrase_on_a_hostile_verb_names_a_partner_and_a_common_enemy():
    found = relations("Al-Shabaab gunmen stormed the camp in coordination with the Islamic State, officials said.")
    assert _cooperate(found, "Al Shabaab", "Islamic State"), found
    found = relations("In Baidoa, Ethiopian troops in cooperation with Somali forces killed nine al-Shabaab militants.")
    assert _cooperate(found, "Military Forces of Ethiopia", "Military Forces of Somalia"), found
    assert hostile(found, "Military Forces of Somalia", "Al Shabaab"), found


def test_a_partner_phrase_on_a_verb_with_no_cue_states_a_partnership():
    found = relations("The Kenyan military carried out two air raids in support of the Somali army near Kismayo.")
    assert _cooperate(found, "Military Forces of Kenya", "Military Forces of Somalia"), found
    found = relations("Chadian soldiers were flown to Diffa in support of the Nigerien army last week.")
    assert _cooperate(found, "Military Forces of Chad", "Military Forces of Niger"), found
    # speaking for a side is no partnership with it, and a side of a border is no partner
    assert not relations("A Kenyan officer spoke on behalf of the Somali army at the meeting.")
    assert not any(r == "cooperative" for _, r, _ in relations(
        "The Turkish army shelled hill posts on the Iraqi side of the Zagros range."))
