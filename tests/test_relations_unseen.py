"""Relations on sentences written for these tests (invented names; actor mentions built by hand): error classes
found on articles no rule was written for."""
from __future__ import annotations

import re

from polemos import nlp
from polemos.extract.relations import extract_relations
from polemos.model import ActorMention, Document, Mentions, Span


def rels(text: str, actors: dict[str, str]) -> set[tuple[str, str, str]]:
    found = []
    for surface, kind in sorted(actors.items(), key=lambda a: -len(a[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if not any(o.span.start < m.end() and m.start() < o.span.end for o in found):
                found.append(ActorMention(Span("t", m.start(), m.end()), surface, surface.lower(), surface, kind))
    found.sort(key=lambda a: a.span.start)
    out = extract_relations(nlp.parse(text), Document("t", text), Mentions(actors=found))
    return {(r.actor1, r.relation, r.actor2) for r in out}


def sym(a: str, rel: str, b: str, found) -> bool:
    return (a, rel, b) in found or (b, rel, a) in found


def test_wing_of_a_state_force_is_part_of_it():
    found = rels("The Mountain Reserve Guard (MRG), the jungle warfare wing of the Zembla Police, lost two men.",
                 {"Mountain Reserve Guard": "state_force", "MRG": "state_force", "Zembla Police": "state_force"})
    assert ("Mountain Reserve Guard", "member_of", "Zembla Police") in found
    assert ("Mountain Reserve Guard", "affiliate_of", "Zembla Police") not in found
    # the branch of an armed network stays its affiliate
    found = rels("The Kivu Brigade, the eastern branch of the Sons of Dawn, attacked a convoy.",
                 {"Kivu Brigade": "armed_group", "Sons of Dawn": "armed_group"})
    assert ("Kivu Brigade", "affiliate_of", "Sons of Dawn") in found


def test_absolute_clause_misparsed_as_a_modifier():
    # "with the army battling rebels", parsed as "the [army battling] rebels"
    found = rels("Fighting has gripped Zembla since a coup in 2019, with the army battling ethnic rebels and several "
                 "local militias across the country.",
                 {"army": "state_force", "rebels": "armed_group", "militias": "armed_group"})
    assert sym("army", "hostile", "rebels", found), found
    assert sym("army", "hostile", "militias", found), found


def test_nationality_of_what_is_struck_stands_for_its_state():
    found = rels("The Dawn Front has claimed responsibility for attacks against Malawian targets in the south.",
                 {"Dawn Front": "armed_group"})
    assert ("Dawn Front", "hostile", "Malawi") in found, found


def test_second_verb_of_a_pair_takes_the_first_ones_subject():
    found = rels("Angry crowds overwhelmed the Zembla Police and chased them away from the gates.",
                 {"crowds": "civilians", "Zembla Police": "state_force"})
    assert sym("crowds", "hostile", "Zembla Police", found), found
    found = rels("The Dawn Front overran the checkpoint and drove the Zembla Police out of the district.",
                 {"Dawn Front": "armed_group", "Zembla Police": "state_force"})
    assert sym("Dawn Front", "hostile", "Zembla Police", found), found
