"""Documents for the resolution tests: the bundled reference articles extracted for real, and variants of them
stored without parsing again: other ids and publishers (a line of their own at the end, so each is a new text),
and for some events a day, a place or a perpetrator changed, as other reports of the same events or of
others would have them."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from polemos.ingest.identity import content_hash
from polemos.model import Document, Extraction

PUBLISHERS = ("Reuters", "AFP", "Associated Press", "Dawn", "TOLOnews", "Pajhwok", "Al Jazeera", "BBC")


def extracted() -> list[tuple[Document, Extraction]]:
    """The reference articles and what Polemos extracts from them."""
    from polemos import nlp
    from polemos.demo import corpus_path
    from polemos.ingest import read_sources
    from polemos.pipeline import extract
    docs = [d for d in read_sources([str(corpus_path())]) if isinstance(d, Document)]
    return [(d, extract(s, d)) for d, s in zip(docs, nlp.pipe([d.text for d in docs]))]


def copy_of(doc: Document, n: int, publisher: str, line: str | None = None) -> Document:
    """The same story under another id and publisher (a syndicated copy)."""
    text = doc.text + "\n\n" + (line or f"Distributed to subscribers, edition {n}.")
    return replace(doc, doc_id=f"{doc.doc_id}-{n:04d}", publisher=publisher, text=text,
                   content_hash=content_hash(text))


def _shift(value: str | None, days: int) -> str | None:
    if not value or len(value) != 10:
        return value
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat()


def variants(base: list[tuple[Document, Extraction]], n: int, seed: int = 7) -> list[tuple[Document, Extraction]]:
    """`n` variant documents: each copies one article; half of its events as told there, the others with a day,
    a place or a perpetrator changed."""
    rng = random.Random(seed)
    places = sorted({(e.location, e.admin1) for _, ex in base for e in ex.events if e.location})
    actors = sorted({e.actor1 for _, ex in base for e in ex.events if e.actor1})
    out = []
    for i in range(n):
        doc, ex = base[i % len(base)]
        copy = copy_of(doc, i, rng.choice(PUBLISHERS))
        events = []
        for e in ex.events:
            roll = rng.random()
            e = replace(e, doc_id=copy.doc_id, event_key=None)
            if roll < 0.5:
                pass
            elif roll < 0.7:
                e = replace(e, event_date=_shift(e.event_date, rng.choice((-3, -1, 1, 2, 9))))
            elif roll < 0.85:
                location, admin1 = rng.choice(places)
                e = replace(e, location=location, admin1=admin1, latitude=None, longitude=None)
            else:
                e = replace(e, actor1=rng.choice(actors))
            events.append(e)
        out.append((copy, Extraction(events=events)))
    return out
