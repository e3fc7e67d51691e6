"""Towns of a front the text names: "the SMM observed explosions near X", "firing across the LoC at X".

A text that names a theatre (`knowledge/places/theatres.yaml`: a line of contact, the mission that
watches it) speaks of the villages along it, and those are the names a gazetteer of towns over 1,000
people lacks most: what it offers instead is a namesake or an alternate spelling in a province far from
the front, or abroad. So a small town of the theatre's countries in a province the text does not name
itself, or of a country the text does not name, is read in the theatre's provinces where it has a
namesake there, and is otherwise no reading (the event keeps its country, not a wrong province). A
sizeable town keeps its reading: it is what it says.
"""
from __future__ import annotations

from ..knowledge.gazetteer import Place, default_gazetteer
from ..knowledge.places.theatres import Theatre, load_theatres
from ..model import Document

SMALL_TOWN = 100_000            # towns this large are no village of a front
TOWN_KINDS = ("city", "district")


def theatre_readings(sdoc, doc: Document, cands: list, resolved: list[Place | None],
                     theatres: tuple[Theatre, ...] | None = None) -> None:
    """Re-read, in place, the small towns of a document that names a theatre (`cands[k].places` are
    the readings of the name `resolved[k]` was chosen from; `cands[k].i`, `.j` its tokens in `sdoc`)."""
    named = frozenset(p.iso2 for p in resolved if p is not None and p.kind == "country")
    fronts = [t for t in (load_theatres() if theatres is None else theatres)
              if t.named_in(doc.text, doc.published, named)]
    if not fronts:
        return
    stated = {(p.iso2, p.admin1) for p in resolved if p is not None and p.kind == "admin1"}
    placed = {_written(sdoc, c): p for c, p in zip(cands, resolved)     # "near X, Donetsk ... near X": that X
              if p is not None and p.kind == "locality" and any((p.iso2, p.admin1) in t.provinces for t in fronts)}
    for k, (c, p) in enumerate(zip(cands, resolved)):
        if p is None and not c.side:          # "near Kalinovo": Russian villages of that name, and one on the front
            front = next((t for t in fronts if any((q.iso2, q.admin1) in t.provinces for q in c.places)), None)
            resolved[k] = front and _on(front, c.places)
            if resolved[k] is None and (front := next((t for t in fronts if any(
                    q.iso2 in t.countries for q in c.places)), None)) is not None:
                resolved[k] = _on_loose(front, c.key)
            continue
        if p.kind not in TOWN_KINDS or p.population >= SMALL_TOWN or (p.iso2, p.admin1) in stated:
            continue
        front = next((t for t in fronts if (p.iso2 in t.countries or p.iso2 not in named)
                      and (p.iso2, p.admin1) not in t.provinces), None)
        if front is None:
            continue
        resolved[k] = placed.get(_written(sdoc, c)) or _on(front, c.places) or _on_loose(front, c.key)


def _on(front: Theatre, places: list[Place]) -> Place | None:
    """The reading of a name on the front: its most populous town there under its own name first."""
    inside = [q for q in places if q.kind in TOWN_KINDS and (q.iso2, q.admin1) in front.provinces]
    return max(inside, key=lambda q: (not q.alternate, q.population), default=None)


def _on_loose(front: Theatre, key: str) -> Place | None:
    """A name with no namesake on the front, read there through another transliteration ("Serhiivka" for the
    gazetteer's Serhiyivka), where those readings lie in one province of the front only."""
    inside = [q for q in default_gazetteer().loose_lookup(key)
              if q.kind in TOWN_KINDS and (q.iso2, q.admin1) in front.provinces]
    if len({(q.iso2, q.admin1) for q in inside}) != 1:
        return None
    return max(inside, key=lambda q: q.population)


def _written(sdoc, c) -> str:
    return sdoc[c.i:c.j].text.lower()
