"""Relations on sentences written for these tests (invented events; real state and group names, since the actor pack
names their forces): a noun naming a party of a tie lists its instances ('X's opponents, such as Y', 'X's main
rival, Y'); an anaphor noun of several groups stands for each of them, and never for the subject of its own verb;
'the regime' stands for the state or government named before it, or the government a person named before it leads
(tenth pass)."""
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


def test_these_groups_stand_for_each_group_before():
    found = relations("Ansaru and Boko Haram keep bases in Borno. ISWAP sheltered these groups for a year.")
    assert tied(found, "cooperative", "Islamic State West Africa", "Ansaru"), found
    assert tied(found, "cooperative", "Islamic State West Africa", "Boko Haram"), found
    assert not tied(found, "cooperative", "Islamic State West Africa", "Islamic State West Africa"), found


def test_the_regime_is_the_government_its_leader_heads():
    found = relations("Syrian dictator Bashar al-Assad toured Homs in May. Tehran, long an Assad ally, flew "
                      "several militias, including Liwa Fatemiyoun, to the regime's rescue that summer.")
    assert tied(found, "cooperative", "Liwa Fatemiyoun", "Government of Syria"), found
    assert not tied(found, "cooperative", "Liwa Fatemiyoun", "Iran"), found   # not the sender of the help
    found = relations("Coups swept Mali and Niger. French and American forces withdrew. Wagner mercenaries "
                      "called in by the juntas to shore up their rule stayed on.")   # no foreign force for 'juntas'
    assert not tied(found, "cooperative", "Wagner", "Military Forces of the United States"), found
