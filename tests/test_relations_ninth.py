"""Relations on sentences written for these tests (invented events; real state and group names, since the actor pack
names their forces): a first-person plural in reported speech ('we', 'us', 'our fighters') stands for the side that
speaks, the subject of the speech verb reporting it or of the quotation around it, a person standing for the group
the text gives him; a modal on 'continue' or 'keep' leaves its complement stated (ninth pass)."""
from __future__ import annotations

from tests.relation_sentences import hostile, relations


def test_our_fighters_in_a_spokesman_quote_are_his_group():
    found = relations("Musa Kato, a spokesman for the ADF, spoke by phone on Friday. "
                      "\u201cOur fighters ambushed the Ugandan army close to the lake,\u201d he said.")
    assert hostile(found, "Allied Democratic Forces", "Military Forces of Uganda"), found


def test_we_in_a_quotation_the_speech_verb_opened_before():
    found = relations("A senior al-Shabaab commander told a radio station on Sunday: \u201cThe government is weak. "
                      "Last week we ambushed the Kenyan army convoy near the wells.\u201d")
    assert hostile(found, "Al Shabaab", "Military Forces of Kenya"), found


def test_a_modal_on_continue_leaves_the_hostility_stated():
    found = relations("The Houthis will continue to target Israel until the siege of the enclave ends, "
                      "the movement's leader declared.")
    assert hostile(found, "Houthis", "Israel"), found

