"""Claims on sentences written for these tests (invented names): error classes found on reporting no rule was
written for (third pass)."""
from __future__ import annotations

from claim_sentences import claims


def test_records_messages_and_pictures_are_not_counted_as_claims():
    for text in ("The Zembla Ministry of Defence withheld 14 emails running to 52 pages from the inquiry.",
                 "Gallery, picture 5 of 20 Photos: Kivu Brigade fighters patrol the hills.",
                 "A Kivu Brigade courier carried thousands of Zembla Ministry of Defence documents across the border."):
        assert claims(text) == [], (text, claims(text))
    # a group's strength still is one
    assert ("Kivu Brigade", "fighters", 3000, 3000) in claims(
        "The Kivu Brigade has 3,000 fighters, according to a Zembla Ministry of Defence report.")
