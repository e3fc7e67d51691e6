"""Events of a text written for a test, extracted as `polemos ingest` extracts them."""
from __future__ import annotations

from datetime import date

from polemos import nlp
from polemos.model import Document
from polemos.pipeline import extract


def events(text: str, pub: date | None):
    """The events of `text`, published on `pub`."""
    return extract(nlp.parse(text), Document(doc_id="t", text=text, published=pub)).events


def one(text: str, pub: date | None):
    """The text's only event (fails naming every event found when there are more or none)."""
    evs = events(text, pub)
    assert len(evs) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in evs]
    return evs[0]
