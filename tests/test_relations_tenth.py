"""Relations on sentences written for these tests (invented events; real state and group names, since the actor pack
names their forces): a noun naming a party of a tie lists its instances ('X's opponents, such as Y', 'X's main
rival, Y') (tenth pass)."""
from __future__ import annotations

from tests.relation_sentences import hostile, relations, tied


def test_the_opponents_a_noun_lists_are_hostile_to_its_owner():
    found = relations("Kabul officials said the raids were the work of other Taliban adversaries "
                      "(notably the National Resistance Front).")
    assert hostile(found, "National Resistance Front", "Taliban"), found
    found = relations("The junta's opponents, such as the Kachin Independence Army, took two hill towns.")
    assert hostile(found, "Kachin Independence Army", "Military Forces of Myanmar"), found
    found = relations("Boko Haram's main rival, ISWAP, overran a fishing camp on the lake shore.")
    assert tied(found, "rival", "Boko Haram", "Islamic State West Africa"), found
    found = relations("The Taliban's opponents gathered in Dushanbe last week.")   # no instance named: no tie
    assert not any(r in ("hostile", "rival") for _, r, _ in found), found

