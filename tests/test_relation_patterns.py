"""The relation rules of relations.yaml: every rule's own examples, run end to end with hand-made mentions."""
from __future__ import annotations

import re

import pytest

from polemos import nlp
from polemos.extract.relation_patterns import _rule, rules
from polemos.extract.relations import extract_relations
from polemos.model import ActorMention, Document, Mentions, PlaceMention, Span


def _mentions(text: str, actors: dict[str, str], countries: list[str], admin1: tuple[str, ...] = ()) -> Mentions:
    found = []
    for surface, kind in sorted(actors.items(), key=lambda a: -len(a[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if not any(o.span.start < m.end() and m.start() < o.span.end for o in found):
                found.append(ActorMention(Span("t", m.start(), m.end()), surface, surface.lower(), surface, kind))
    places = [PlaceMention(Span("t", 0, 0), c, c, c, None, feature="country") for c in countries]
    for region in admin1:      # a province the text names where it does, else one named elsewhere
        at = text.find(region)
        span = Span("t", at, at + len(region)) if at >= 0 else Span("t", len(text), len(text))
        places.append(PlaceMention(span, region, region, None, region, feature="admin1"))
    return Mentions(actors=sorted(found, key=lambda a: a.span.start), places=places)


def _bare(name: str) -> str:
    return name.split(" (")[0]


def found(example: dict) -> set[tuple[str, str, str]]:
    text = example["text"]
    mentions = _mentions(text, example.get("actors", {}), example.get("countries", []), example.get("admin1", ()))
    rels = extract_relations(nlp.parse(text), Document("t", text), mentions)
    return {(_bare(r.actor1), r.relation, _bare(r.actor2)) for r in rels}


EXAMPLES = [pytest.param(ex, id=f"{r.id}-{n}") for r in rules() for n, ex in enumerate(r.examples)]


@pytest.mark.parametrize("example", EXAMPLES)
def test_rule_examples(example):
    got = found(example)
    symmetric = {"hostile", "cooperative", "rival"}
    for a, rel, b in example.get("expect", []):
        assert (a, rel, b) in got or (rel in symmetric and (b, rel, a) in got), (example["text"], got)
    for a, rel, b in example.get("reject", []):
        assert (a, rel, b) not in got and (b, rel, a) not in got, (example["text"], got)


def test_every_rule_has_an_example():
    assert all(r.examples for r in rules())


@pytest.mark.parametrize("spec, why", [
    ({"id": "x", "relation": "friendly", "patterns": [[{"RIGHT_ID": "actors", "RIGHT_ATTRS": {}}]]},
     "unknown relation"),
    ({"id": "x", "relation": "hostile", "patterns": [[{"RIGHT_ID": "actor1", "RIGHT_ATTRS": {}}]]}, "needs nodes"),
    ({"id": "x", "from_lexicon": "nouns", "patterns": [[{"RIGHT_ID": "actors", "RIGHT_ATTRS": {}}]]}, "cue"),
    ({"id": "x", "relation": "hostile", "from_lexicon": "nouns", "patterns": [[]]}, "exactly one"),
])
def test_bad_rules_are_refused_on_load(spec, why):
    with pytest.raises(ValueError, match=why):
        _rule(spec)
