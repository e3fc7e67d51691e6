"""People and outlets that report on a conflict, not in it.

The document's author, a byline ("By X" at the head of a line), a photo credit and the publisher are no
actors at all: they get no mention. A person or organisation with an analyst's or reporter's title
("Tiziano Breda, Senior Analyst at ACLED", "researcher Ali Khan") keeps its mention (claims are
attributed to it) with the role "source", and never fills an event's sides
(actor_qualifiers.participants). Titles and credit words are the pack's `source_titles` and
`credit_words` lexicons (knowledge/actors/media.yaml).
"""
from __future__ import annotations

from ..knowledge.actor_records import norm
from ..knowledge.actors import ActorPack
from ..model import Document
from .actor_matcher import cached
from .attribution import expanded_span

SOURCE = "source"
_BYLINE = {"by", "written by", "reporting by", "words by", "text by"}


class _Lex:
    def __init__(self, pack: ActorPack):
        lex = pack.lexicon
        self.titles = {norm(w) for w in lex.get("source_titles", ())}
        self.credits = {norm(w) for w in lex.get("credit_words", ())}


def _lex(pack: ActorPack) -> _Lex:
    return cached(pack, "source_lex", lambda: _Lex(pack))


def is_byline(sdoc, start: int, end: int, doc: Document, pack: ActorPack) -> bool:
    """Tokens [start, end) name the document's author, a byline or a photo credit: no actor."""
    return _author(sdoc, start, end, doc) or _byline(sdoc, start) or _credit(sdoc, start, _lex(pack))


def is_source_person(sdoc, start: int, end: int, doc: Document, pack: ActorPack) -> bool:
    """Tokens [start, end) name a person who reports or analyses rather than acts (an analyst's title)."""
    return _titled(sdoc, start, end, _lex(pack))


def speakers_only(sdoc, mentions: list, pack: ActorPack) -> list:
    """A person the pack does not know, named in the text only as the one who says things ('"...," Rinaldi
    said', 'Rinaldi told AFP'): a source quoted, not a party; the mentions get the role "source"."""
    from dataclasses import replace
    verbs = cached(pack, "speaker_verbs", lambda: {norm(w) for w in pack.lexicon.get("speaker_verbs", ())})
    spoke: dict[str, bool] = {}
    for m in mentions:
        if m.kind != "person" or not m.provisional:
            continue
        span = expanded_span(sdoc, m.span.start, m.span.end)
        root = span.root if span is not None else None
        said = root is not None and root.dep_ == "nsubj" and norm(root.head.lemma_) in verbs and not any(
            c.dep_ in ("compound", "amod", "appos", "nmod", "poss") and not (span.start <= c.i < span.end)
            for c in root.children)    # "UK Foreign Secretary David Lammy told ...": an office, a party
        spoke[m.actor_id] = spoke.get(m.actor_id, True) and said
    return [replace(m, role=SOURCE) if spoke.get(m.actor_id) and m.role is None else m for m in mentions]


def is_publisher(text: str, name: str, doc: Document) -> bool:
    """A mention of the document's own publisher ("© Al Bawaba", "| The National Interest")."""
    if not doc.publisher:
        return False
    key = norm(doc.publisher)
    return bool(key) and key in (norm(text), norm(name))


def _author(sdoc, start: int, end: int, doc: Document) -> bool:
    """All the name's words are the author's ('Farzad Ramezani' by 'Farzad Ramezani Bonesh')."""
    if not doc.author:
        return False
    words = [norm(t.text) for t in sdoc[start:end] if norm(t.text)]
    author = set(norm(doc.author).split())
    return len(words) >= 2 and all(w in author for w in words)


def _byline(sdoc, start: int) -> bool:
    """'By Jane Doe' opening a line (or the text)."""
    k = start - 1
    if k < 0 or sdoc[k].lower_ != "by":
        return False
    return k == 0 or "\n" in sdoc[k - 1].text or "\n" in sdoc[k - 1].whitespace_ or sdoc[k - 1].is_space


def _credit(sdoc, start: int, lex: _Lex) -> bool:
    """'Photo: Jane Doe/AP', 'Photograph by Jane Doe'."""
    window = [norm(sdoc[k].text) for k in range(max(0, start - 3), start)]
    return any(w in lex.credits for w in window)


def _titled(sdoc, start: int, end: int, lex: _Lex) -> bool:
    """An analyst's or reporter's title in apposition or before the name ('Senior Analyst at ACLED')."""
    span_ids = set(range(start, end))
    for tok in sdoc[start:end]:
        for child in tok.children:
            if child.dep_ == "appos" and child.i not in span_ids and _title_phrase(child, lex):
                return True
    root = sdoc[end - 1]
    if root.dep_ == "appos" and root.head.i not in span_ids and _title_phrase(root.head, lex):
        return True
    before = norm(sdoc[start - 1].text) if start > 0 else ""
    return before in lex.titles


def _title_phrase(head, lex: _Lex) -> bool:
    words = {norm(t.text) for t in head.subtree if t.i <= head.i + 1} | {norm(head.text)}
    return bool(words & lex.titles)
