"""Relations of a sentence written for a test: as `polemos ingest` extracts them (`relations`), or with its actor
mentions built by hand from surface -> kind (`rels`)."""
from __future__ import annotations

import re

from polemos import nlp
from polemos.extract.relations import extract_relations
from polemos.model import ActorMention, Document, Mentions, PlaceMention, Span
from polemos.pipeline import extract


def rels(text: str, actors: dict[str, str], countries: tuple[str, ...] = ()) -> set[tuple[str, str, str]]:
    """(actor1, relation, actor2) of the text; the longest surfaces first, no two mentions overlapping;
    `countries` as country place mentions of the document."""
    found = []
    for surface, kind in sorted(actors.items(), key=lambda a: -len(a[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if not any(o.span.start < m.end() and m.start() < o.span.end for o in found):
                found.append(ActorMention(Span("t", m.start(), m.end()), surface, surface.lower(), surface, kind))
    found.sort(key=lambda a: a.span.start)
    places = [PlaceMention(Span("t", 0, 0), c, c, c, None, feature="country") for c in countries]
    out = extract_relations(nlp.parse(text), Document("t", text), Mentions(actors=found, places=places))
    return {(r.actor1, r.relation, r.actor2) for r in out}


def sym(a: str, rel: str, b: str, found) -> bool:
    """The relation between a and b, either way round."""
    return (a, rel, b) in found or (b, rel, a) in found


def relations(text: str) -> set[tuple[str, str, str]]:
    """(actor1, relation, actor2) of each relation the whole pipeline extracts from the text."""
    found = extract(nlp.parse(text), Document("t", text))
    return {(r.actor1, r.relation, r.actor2) for r in found.relations}


def tied(found, rel: str, a: str, b: str) -> bool:
    """Whether the sides named starting with `a` and `b` hold relation `rel`, either way round."""
    return any(r == rel and ((x.startswith(a) and y.startswith(b)) or (x.startswith(b) and y.startswith(a)))
               for x, r, y in found)


def hostile(found, a: str, b: str) -> bool:
    """Whether the sides named starting with `a` and `b` are hostile, either way round."""
    return tied(found, "hostile", a, b)
