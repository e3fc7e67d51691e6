"""Relations on sentences written for these tests (invented events; real state and group names, since the actor pack
names their governments and forces): general cues of hostility a news article states without a hostile verb between
the two sides (fifth pass)."""
from __future__ import annotations

from polemos import nlp
from polemos.model import Document
from polemos.pipeline import extract


def relations(text: str) -> set[tuple[str, str, str]]:
    found = extract(nlp.parse(text), Document("t", text))
    return {(r.actor1, r.relation, r.actor2) for r in found.relations}


def _hostile(found, a: str, b: str) -> bool:
    return any(r == "hostile" and ((x.startswith(a) and y.startswith(b)) or (x.startswith(b) and y.startswith(a)))
               for x, r, y in found)


def test_a_strike_in_retaliation_against_a_side_is_hostile_to_it():
    found = relations("The Nigerian army bombed a forest camp on Monday in retaliation against Boko Haram.")
    assert _hostile(found, "Military Forces of Nigeria", "Boko Haram"), found
    found = relations("Somali commandos stormed a village in reprisal for attacks by al-Shabaab on a base.")
    assert _hostile(found, "Military Forces of Somalia", "Al Shabaab"), found


def test_land_split_between_two_sides_makes_them_enemies():
    found = relations("Al-Shabaab still holds much of the countryside, while the Somali army controls the main towns.")
    assert _hostile(found, "Military Forces of Somalia", "Al Shabaab"), found
    found = relations("Bunia remains under Congolese army control, whereas M23 occupies the hills to the south.")
    assert _hostile(found, "Military Forces of the Democratic Republic of Congo", "March 23 Movement"), found


def test_checking_a_sides_advance_is_hostile_to_it():
    found = relations("Kenyan troops were flown in to halt the advance of al-Shabaab towards the coast.")
    assert _hostile(found, "Military Forces of Kenya", "Al Shabaab"), found
    found = relations("The Somali army stemmed al-Shabaab's push into the valley.")
    assert _hostile(found, "Military Forces of Somalia", "Al Shabaab"), found
    # a checking verb with any other object states nothing
    assert not relations("The Somali government has struggled to curb inflation since al-Shabaab took the port.")


def test_an_effort_stands_for_the_sides_that_lead_it():
    found = relations("Security operations led by the Kenyan army and the Ugandan army failed to stop the spread of "
                      "al-Shabaab.")
    assert _hostile(found, "Military Forces of Uganda", "Al Shabaab"), found
    assert _hostile(found, "Military Forces of Kenya", "Al Shabaab"), found
