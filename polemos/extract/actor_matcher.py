"""A token trie over every actor surface form, built once per pack, matched in one linear pass.

Matching is case-insensitive, diacritic-, apostrophe- and hyphen-insensitive ("ISIS K" = "ISIS-K",
"Islamic State’s" = "Islamic State's"), except for acronym tokens ("IS", "US", "LeT", "IEA"), which
must appear with their own capitals (a long acronym may also be written "Isis"), so that "Is" or
"us" never match. The longest surface form wins.
"""
from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..knowledge.actor_records import token_key

_TERM = "\x00"
_KEYS: dict[int, str] = {}          # lexeme orth id -> token key (one process-wide cache)
_DOC_KEYS = "polemos.actor_keys"    # doc.user_data: the document's token keys
_DOC_MATCHES = "polemos.trie_matches"   # doc.user_data: trie -> its matches over the document's token keys


@dataclass(frozen=True)
class Surface:
    """One surface form ending at a trie node."""

    key: str                          # the pack's normalised key of the whole surface
    tokens: tuple[str, ...]           # its non-hyphen token texts
    strict: tuple[bool, ...]          # per token: an acronym that must keep its capitals
    payload: object = None


@dataclass(frozen=True)
class Match:
    start: int                        # token index
    end: int                          # token index, exclusive
    surfaces: tuple[Surface, ...]


def is_acronym(text: str) -> bool:
    """'IS', 'ISIS', 'U.S.', 'LeT', 'JeM', 'K' are acronyms; 'Al', 'Taliban' are not."""
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return bool(letters) and (upper >= 2 or (len(letters) == 1 and upper == 1))


def doc_keys(doc) -> list[str]:
    """Matcher key of every token of a spaCy Doc (cached per lexeme), listed once per document."""
    keys = doc.user_data.get(_DOC_KEYS)
    if keys is not None:
        return keys
    from spacy.attrs import ORTH
    cache, strings = _KEYS, doc.vocab.strings
    keys = doc.user_data[_DOC_KEYS] = []
    for orth in doc.to_array(ORTH).tolist():     # the orth ids alone, no Token object per token
        k = cache.get(orth)
        if k is None:
            k = cache[orth] = token_key(strings[orth])
        keys.append(k)
    return keys


class TokenTrie:
    """Surface forms as sequences of token keys."""

    def __init__(self, tokenizer: Callable):
        self.tokenizer = tokenizer
        self.root: dict = {}

    def add(self, surface: str, key: str, payload: object = None) -> None:
        toks = [t.text for t in self.tokenizer(surface)]
        if toks and toks[0].lower() == "the" and len(toks) > 1:
            toks = toks[1:]
        pairs = [(t, token_key(t)) for t in toks]
        pairs = [(t, k) for t, k in pairs if k]
        if not pairs:
            return
        node = self.root
        for _, k in pairs:
            node = node.setdefault(k, {})
        texts = tuple(t for t, _ in pairs)
        strict = tuple(is_acronym(t) for t in texts)
        node.setdefault(_TERM, []).append(Surface(key, texts, strict, payload))

    def matches(self, doc, keys: Sequence[str]) -> list[Match]:
        """Candidate matches at each start, longest first at each start (callers pick)."""
        root, n, out = self.root, len(keys), []
        i = 0
        while i < n:
            node = root.get(keys[i]) if keys[i] else None
            if node is None:
                i += 1
                continue
            found = []
            j = i + 1
            while True:
                if _TERM in node:
                    found.append((j, node[_TERM]))
                while j < n and keys[j] == "":
                    j += 1
                if j >= n or keys[j] not in node:
                    break
                node = node[keys[j]]
                j += 1
            for end, surfaces in reversed(found):
                out.append(Match(i, _trim(keys, end), tuple(surfaces)))
            i += 1
        return out

    def doc_matches(self, doc) -> list[Match]:
        """matches(doc, doc_keys(doc)), made once per document and trie: the places, the actors and the events
        read the pack's names of one document again. The list is shared: callers never change it."""
        found = doc.user_data.setdefault(_DOC_MATCHES, {})
        if self not in found:
            found[self] = self.matches(doc, doc_keys(doc))
        return found[self]

    def surfaces(self, keys: Sequence[str]) -> tuple[Surface, ...]:
        """The surface forms spelled exactly by these token keys (hyphen keys skipped), else ()."""
        node = self.root
        for k in keys:
            if k:
                node = node.get(k)
                if node is None:
                    return ()
        return tuple(node.get(_TERM, ()))


def _trim(keys: Sequence[str], end: int) -> int:
    while end > 0 and keys[end - 1] == "":
        end -= 1
    return end


def case_ok(doc, match: Match, surface: Surface) -> bool:
    """Acronym tokens must keep their capitals ("Isis" allowed for acronyms of 4+ letters)."""
    if not any(surface.strict):
        return True
    texts = [t.text for t in doc[match.start:match.end] if token_key(t.text)]
    if len(texts) != len(surface.tokens):
        return False
    for text, want, strict in zip(texts, surface.tokens, surface.strict):
        if strict and text != want and not (len(want) >= 4 and want.isalpha() and text == want.capitalize()):
            return False
    if len(texts) == 1 and len(texts[0]) <= 3 and _shouting(doc, match):
        return False
    return True


def _shouting(doc, match: Match) -> bool:
    """An all-capitals headline ("IS IT OVER"): short acronyms there are unreliable. Told by the words around
    the match and by its sentence's other words, so that an acronym beside another ('a PKK IED') in a sentence
    written in lower case is no headline."""
    around = [doc[k] for k in (match.start - 1, match.end) if 0 <= k < len(doc)]
    words = [t for t in around if t.is_alpha and len(t) > 1]
    if not words or not all(t.is_upper for t in words):
        return False
    rest = [t for t in doc[match.start].sent if t.is_alpha and len(t) > 1 and not match.start <= t.i < match.end]
    return sum(t.is_upper for t in rest) * 2 > len(rest)


def select(doc, matches: Iterable[Match],
           accept: Callable[[Match, Surface], object | None]) -> list[tuple[Match, object]]:
    """Greedy left-to-right, longest accepted match wins; `accept` returns a resolution or None."""
    chosen, last_end = [], 0
    for m in matches:                      # ordered by start, longest first per start
        if m.start < last_end:
            continue
        for s in m.surfaces:
            if not case_ok(doc, m, s):
                continue
            res = accept(m, s)
            if res is not None:
                chosen.append((m, res))
                last_end = m.end
                break
    return chosen


_TRIES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_LAST: list = [None, None]      # (a weak reference to the owner last asked for, its slot): most asks are of one pack


def cached(owner: object, name: str, build: Callable[[], object]) -> object:
    """A per-owner (per pack) cache, so tries are built once per process and pack."""
    ref, slot = _LAST
    if ref is None or ref() is not owner:
        slot = _TRIES.setdefault(owner, {})
        _LAST[:] = [weakref.ref(owner), slot]
    if name not in slot:
        slot[name] = build()
    return slot[name]
