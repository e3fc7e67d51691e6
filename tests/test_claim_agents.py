"""Who did what a count counts, where the parse hides it (sentences written for these tests)."""
from __future__ import annotations

from tests.test_claims import run


def found(text):
    return {(c.subject, c.quantity, c.low) for c in run(text)}


def test_the_agent_of_the_last_of_two_passive_verbs_is_the_agent_of_both():
    text = "Since January, more than 300 villagers have been rounded up and abducted by Boko Haram in Borno."
    assert ("Boko Haram", "arrests", 300) in found(text)


def test_a_conjoined_verb_takes_the_subject_the_parser_left_before_its_auxiliary():
    text = ("It is a war in which the army has been accused of abuses, and indiscriminate drone strikes "
            "by the army have killed hundreds of civilians.")
    assert found(text) == {("Military Forces of Nigeria", "killed", 100)}


def test_a_clause_of_cause_names_who_caused_the_deaths():
    text = ("The African Union said 80 people died over a two-week period in March, with another 300 injured, "
            "as Al-Shabaab stepped up its shelling of the city.")
    assert found(text) == {("Al-Shabaab", "killed", 80), ("Al-Shabaab", "other", 300)}


def test_people_counted_as_the_subject_of_their_own_clause_are_no_figure_about_the_group():
    text = "Since January, Boko Haram has attacked the camp where 2,000 families are sheltering."
    assert run(text) == []


def test_personnel_are_fighters():
    assert found("Some 900 Al-Shabaab personnel remain in the city.") == {("Al-Shabaab", "fighters", 810)}


def test_arrests_with_no_agent_are_by_the_state_force_the_sentence_names():
    text = "According to the African Union, 300 people were detained during clashes between protesters and the army."
    assert found(text) == {("Military Forces of Nigeria", "arrests", 300)}
    assert run("More than 300 people were detained in Maiduguri, Boko Haram said.") == []
