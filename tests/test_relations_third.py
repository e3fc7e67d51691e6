"""Relations on sentences written for these tests (invented names; actor mentions built by hand): error classes
found on reporting no rule was written for (third pass)."""
from __future__ import annotations

from polemos import nlp
from polemos.extract.relations import extract_relations
from polemos.model import ActorMention, Document, Mentions, Span
from relation_sentences import rels, sym


def _with(found, person: str, rel: str, prefix: str) -> bool:
    return any(a == person and r == rel and b.startswith(prefix) for a, r, b in found)


def test_a_seconds_title_makes_a_member_of_the_government_not_its_leader():
    for text in ("Kenyan Vice President Amos Kito met the envoys in Nairobi.",
                 "Deputy Prime Minister Amos Kito of Kenya said the talks would resume.",
                 "Kenya's deputy president, Amos Kito, opened the new bridge."):
        found = rels(text, {"Amos Kito": "person", "Kenya": "state"})
        assert _with(found, "Amos Kito", "member_of", "Government of Kenya"), (text, found)
        assert not _with(found, "Amos Kito", "leader_of", "Government of Kenya"), (text, found)
    # the office itself still leads
    found = rels("Kenyan President Amos Kito met the envoys in Nairobi.", {"Amos Kito": "person"})
    assert _with(found, "Amos Kito", "leader_of", "Government of Kenya"), found


def test_a_then_title_is_no_longer_held():
    for text in ("The dam was opened in 2009 by then-President Amos Kito of Kenya.",
                 "The dam was opened in 2009 by the then president of Kenya, Amos Kito."):
        found = rels(text, {"Amos Kito": "person", "Kenya": "state"})
        assert not _with(found, "Amos Kito", "leader_of", "Government of Kenya"), (text, found)


def test_verbs_of_destruction_state_hostility():
    actors = {"Zembla army": "state_force", "Dawn Front": "armed_group"}
    for text in ("The Zembla army vowed to destroy the Dawn Front within a year.",
                 "The Zembla army has degraded the Dawn Front in the eastern hills.",
                 "Zembla army patrols encountered the Dawn Front near the river on Sunday."):
        assert sym("Zembla army", "hostile", "Dawn Front", rels(text, actors)), text


def test_the_enemy_is_who_a_place_is_taken_from():
    actors = {"Kivu Brigade": "armed_group", "Dawn Front": "armed_group", "Marn": "state", "hostages": "civilians"}
    found = rels("The Kivu Brigade recaptured the town of Marn from the Dawn Front on Friday.", actors)
    assert sym("Kivu Brigade", "hostile", "Dawn Front", found), found
    found = rels("The Kivu Brigade freed the hostages from the Dawn Front after a week.", actors)
    assert sym("Kivu Brigade", "hostile", "Dawn Front", found), found
    assert not sym("Kivu Brigade", "hostile", "hostages", found), found
    # the thing taken is not the enemy
    found = rels("The Kivu Brigade seized Marn before dawn.", actors)
    assert not sym("Kivu Brigade", "hostile", "Marn", found), found


def test_the_side_helped_to_an_aim_is_the_aims_enemy_too():
    actors = {"Sylvania": "state", "Zembla army": "state_force", "Dawn Front": "armed_group"}
    for text in ("Sylvania is helping the Zembla army to crush and dismantle the Dawn Front.",
                 "Sylvania kept arming the Zembla army in its long fight against the Dawn Front.",
                 "Sylvania backed the Zembla army in defeating the Dawn Front.",
                 "Sylvanian trainers came to help the Zembla army in their long campaign to defeat the Dawn Front."):
        found = rels(text, {**actors, "Sylvanian": "state"})
        assert sym("Zembla army", "hostile", "Dawn Front", found), (text, found)
    # a helper's own aim is not the helped side's
    found = rels("Sylvania helped the Zembla army in the north and attacked the Dawn Front in the south.", actors)
    assert not sym("Zembla army", "hostile", "Dawn Front", found), found


def test_a_title_of_a_body_the_parser_left_off_is_no_national_office():
    # 'WAAF' (an invented sports body), hung by the parse on the name rather than the title: not the
    # president of the country the document is about
    text = "WAAF President Amos Kito handed out the medals in Nairobi on Friday."
    found = rels(text, {"Amos Kito": "person"}, countries=("Kenya",))
    assert not _with(found, "Amos Kito", "leader_of", "Government of"), found
    found = rels(text.replace("WAAF", "The"), {"Amos Kito": "person"}, countries=("Kenya",))
    assert _with(found, "Amos Kito", "leader_of", "Government of Kenya"), found
    found = rels("US President Amos Kito addresses the media in Nairobi on Friday.",
                 {"Amos Kito": "person", "US": "state"}, countries=("Kenya",))
    assert _with(found, "Amos Kito", "leader_of", "Government of the United States"), found


def test_backing_what_a_side_says_or_stages_is_no_tie_to_it():
    actors = {"Sylvania": "state", "Sylvanian": "state", "Zembla government": "state", "Marn Bank": "organisation"}
    for text in ("A Sylvanian study backs the Zembla government's account of the ambush.",
                 "Marn Bank hosted a Zembla government fundraising event last spring."):
        found = rels(text, actors)
        assert not any(r == "cooperative" for _a, r, _b in found), (text, found)
    # backing what a side does is
    found = rels("Sylvania supports the Zembla government's efforts to rebuild the north.", actors)
    assert sym("Sylvania", "cooperative", "Zembla government", found), found


def test_a_partner_with_together_or_alongside_shares_the_enemy_and_is_no_target():
    actors = {"Zembla army": "state_force", "Kivu Brigade": "armed_group", "Dawn Front": "armed_group"}
    for text in ("The Kivu Brigade attacked the Dawn Front together with the Zembla army.",
                 "The Kivu Brigade, together with the Zembla army, attacked the Dawn Front.",
                 "The Kivu Brigade fought the Dawn Front alongside the Zembla army last week."):
        found = rels(text, actors)
        assert sym("Zembla army", "hostile", "Dawn Front", found), (text, found)
        assert sym("Kivu Brigade", "cooperative", "Zembla army", found), (text, found)
        assert not sym("Kivu Brigade", "hostile", "Zembla army", found), (text, found)
    # a plain 'with' of a clash is still the enemy
    assert sym("Kivu Brigade", "hostile", "Dawn Front", rels("The Kivu Brigade clashed with the Dawn Front.", actors))


def test_a_tie_of_a_former_body_is_no_present_tie():
    actors = {"Sylvania": "state", "government": "state", "Kivu Brigade": "armed_group"}
    found = rels("Officials of the former Sylvania-backed government fled to the coast.", actors)
    assert not sym("Sylvania", "cooperative", "government", found), found
    found = rels("The Kivu Brigade, a former Sylvania-backed militia, attacked the town.", actors)
    assert not sym("Sylvania", "cooperative", "Kivu Brigade", found), found
    # the present tie stays
    found = rels("Officials of the Sylvania-backed government fled to the coast.", actors)
    assert sym("Sylvania", "cooperative", "government", found), found


def test_one_groups_name_read_as_two_of_its_branches_is_one_side():
    text = "The Dawn Front fought the Dawn Front near Marn."
    first = text.index("Dawn Front")
    second = text.index("Dawn Front", first + 1)
    mentions = [ActorMention(Span("t", first, first + 10), "Dawn Front", "dawn-east", "Dawn Front (East)",
                             "armed_group"),
                ActorMention(Span("t", second, second + 10), "Dawn Front", "dawn-west", "Dawn Front (West)",
                             "armed_group")]
    out = extract_relations(nlp.parse(text), Document("t", text), Mentions(actors=mentions))
    assert not [r for r in out if r.relation == "hostile"], out


def test_a_title_belongs_to_its_own_holder_not_to_a_name_joined_to_it():
    found = rels("President Smith and Ugandan President Amos Kito opened the new border post on Monday.",
                 {"Amos Kito": "person"}, countries=("Kenya",))
    assert _with(found, "Amos Kito", "leader_of", "Government of Uganda"), found
    assert not _with(found, "Amos Kito", "leader_of", "Government of Kenya"), found
