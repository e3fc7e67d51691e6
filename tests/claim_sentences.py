"""Claims of a sentence written for a test, extracted as `polemos ingest` extracts them."""
from __future__ import annotations

from polemos import nlp
from polemos.model import Document
from polemos.pipeline import extract


def claims(text: str) -> list[tuple]:
    """(subject, quantity, low, high) of each claim of the text."""
    found = extract(nlp.parse(text), Document("t", text))
    return [(c.subject, c.quantity, c.low, c.high) for c in found.claims]
