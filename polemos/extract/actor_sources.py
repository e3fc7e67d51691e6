"""People who report on a conflict, not in it: bylines, authors, photo credits and quoted analysts.

A person named as the document's author, after "By" at the head of a line, in a photo credit, or with
an analyst's title ("Tiziano Breda, Senior Analyst at ACLED", "researcher Ali Khan", "X, a fellow at
the Atlantic Council") gets the role "source": such mentions stay (claims are attributed to them) but
never fill an event's sides (actor_qualifiers.participants). Titles and credit words are the pack's
`source_titles` and `credit_words` lexicons (knowledge/actors/media.yaml).
"""
from __future__ import annotations

from ..knowledge.actor_records import norm
from ..knowledge.actors import ActorPack
from ..model import Document
from .actor_matcher import cached

SOURCE = "source"
_BYLINE = {"by", "written by", "reporting by", "words by", "text by"}


class _Lex:
    def __init__(self, pack: ActorPack):
        lex = pack.lexicon
        self.titles = {norm(w) for w in lex.get("source_titles", ())}
        self.credits = {norm(w) for w in lex.get("credit_words", ())}


def _lex(pack: ActorPack) -> _Lex:
    return cached(pack, "source_lex", lambda: _Lex(pack))


def is_source_person(sdoc, start: int, end: int, doc: Document, pack: ActorPack) -> bool:
    """Tokens [start, end) name a person who reports, writes or analyses rather than acts."""
    lex = _lex(pack)
    return _author(sdoc, start, end, doc) or _byline(sdoc, start) or _credit(sdoc, start, lex) \
        or _titled(sdoc, start, end, lex)


def _author(sdoc, start: int, end: int, doc: Document) -> bool:
    if not doc.author:
        return False
    surname = norm(sdoc[end - 1].text)
    return len(surname) > 2 and surname in norm(doc.author).split()


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
