"""Claims on sentences written for these tests (invented names): error classes found on reporting no rule was
written for (fourth pass)."""
from __future__ import annotations

from claim_sentences import claims


def test_a_body_outside_the_conflict_is_no_claims_subject():
    for text in ("Last spring, four former Zembla Commercial Bank executives were ordered to repay the lender.",
                 "The University of Norland agreed to settle a lawsuit brought by nine former students.",
                 "The Norland Relief Fund urged donors to help feed tens of thousands of villagers facing hunger."):
        assert claims(text) == [], (text, claims(text))
    # an armed group's strength still is one
    assert ("Kivu Brigade", "fighters", 3000, 3000) in claims(
        "The Kivu Brigade has 3,000 fighters, according to a Zembla Ministry of Defence report.")


def test_a_small_count_after_a_definite_article_is_a_description_not_a_figure():
    for text in ("The Kivu Brigade and the Dawn Front have signed a truce between the two groups.",
                 "Kenya and Uganda opened a railway linking the two countries on Tuesday."):
        assert not [c for c in claims(text) if c[2] == 2], (text, claims(text))
    # a count with no article still is one
    found = claims("The Kivu Brigade carried out three attacks on army posts in May.")
    assert ("Kivu Brigade", "attacks", 3, 3) in found, found


def test_a_count_of_one_and_a_toll_left_dead_are_no_figures():
    for text in ("One Kenyan police officer on duty told reporters the road was closed.",
                 "The roadside bomb left nine Kenyan soldiers dead and four wounded."):
        assert claims(text) == [], (text, claims(text))
    # a strength still is one
    found = claims("The Kivu Brigade has about 900 fighters in the northern hills.")
    assert ("Kivu Brigade", "fighters", 810, 990) in found, found


def test_jailing_counts_arrests_and_a_number_in_a_name_or_a_count_of_prisons_is_none():
    found = claims("Kenyan police have jailed dozens of protesters since March, a rights group said.")
    assert ("Police Forces of Kenya (2022-)", "arrests", 12, 99) in found, found
    for text in ("Kenyan police arrested the protest leader under Article 212.1 of the penal code on Monday.",
                 "The Kenyan interior ministry said it would build 14 new prisons for the convicts."):
        assert claims(text) == [], (text, claims(text))
