"""Token ranges for causes and effects: clauses, predicates and noun phrases cut out of a parse.

Every range is contiguous (an exact character span of the text), grown outwards from
a head token inside its subtree and stopped where an excluded part begins.
"""
from __future__ import annotations

STOP_RIGHT = {"conj", "cc", "parataxis", "relcl"}
TRIM = {"punct", "cc", "mark", "preconj"}
PRONOUNS = {"it", "this", "that", "they", "them", "these", "those", "which", "who", "he", "she", "its",
            "there", "we", "i", "you", "what"}


def trim(tokens: list) -> list:
    """Drop punctuation, conjunctions and clause marks at both ends."""
    while tokens and (tokens[0].dep_ in TRIM or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].dep_ in TRIM or tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def block(head, exclude: set[int] = frozenset(), within=None) -> list:
    """The contiguous tokens around `head` inside its subtree (or `within`), stopping at excluded ones."""
    allowed = {t.i for t in (within if within is not None else head.subtree)} - set(exclude)
    doc = head.doc
    lo = hi = head.i
    while lo - 1 in allowed:
        lo -= 1
    while hi + 1 in allowed:
        hi += 1
    return trim(list(doc[lo:hi + 1]))


def subtree_ids(tok) -> set[int]:
    return {t.i for t in tok.subtree}


def clause(verb, exclude: set[int] = frozenset()) -> list:
    """A clause headed by `verb` without the excluded parts (another clause, a connective)."""
    return block(verb, exclude)


def remainder(verb, after: int | None = None, exclude: set[int] = frozenset()) -> list:
    """What follows the verb (or token `after`) in its predicate: objects, complements, prepositions.

    Stops before a conjoined verb, a relative clause or a participle clause after a comma."""
    start = (after if after is not None else verb.i) + 1
    end = start - 1
    for child in verb.rights:
        if child.i < start and child.right_edge.i < start:
            continue
        if child.dep_ in STOP_RIGHT and child.pos_ in ("VERB", "AUX"):
            break
        if child.dep_ in ("cc",) or (child.dep_ == "advcl" and (child.tag_ == "VBG" or _has_mark(child))):
            break
        if child.dep_ == "punct" and _next_is_clause(child):
            break
        if child.i in exclude or (child.dep_ == "prep" and child.lower_ == "according"):
            break
        end = max(end, child.right_edge.i)
    if end < start:
        return []
    toks = [t for t in verb.doc[start:end + 1]]
    cut = next((k for k, t in enumerate(toks) if t.i in exclude), None)
    return trim(toks[:cut] if cut is not None else toks)


def _has_mark(tok) -> bool:
    return any(c.dep_ == "mark" for c in tok.children)


def _next_is_clause(punct) -> bool:
    nxt = punct.nbor(1) if punct.i + 1 < len(punct.doc) else None
    return nxt is None or nxt.dep_ in ("cc", "advcl", "conj", "parataxis") or nxt.tag_ == "VBG"


def strip_leading(tokens: list, words: set[str]) -> list:
    """Drop a leading preposition or particle ("to", "in") that belongs to the signal."""
    while tokens and tokens[0].lower_ in words:
        tokens = tokens[1:]
    return trim(tokens)


def conjuncts(head) -> list:
    """Coordinated noun phrases ("the withdrawal of US troops, political uncertainty and ...") as
    separate heads when each is a phrase of its own; a bare pair ("division and dissatisfaction
    within the Taliban") stays one."""
    heads = [head] + [c for c in head.conjuncts if c.i > head.i]
    if len(heads) < 2 or head.pos_ not in ("NOUN", "PROPN"):
        return [head]
    if all(any(c.dep_ not in ("cc", "punct", "conj", "det", "predet") for c in h.children) for h in heads):
        return heads
    return [head]


def phrase(head) -> list:
    """A noun phrase without its coordinated siblings."""
    skip: set[int] = set()
    for c in head.children:
        if c.dep_ in ("conj", "cc") or (c.dep_ == "punct" and any(x.dep_ == "conj" for x in head.children)):
            skip |= subtree_ids(c)
    return block(head, skip)


def is_bare_pronoun(tokens: list) -> bool:
    words = [t for t in tokens if not t.is_punct]
    return not words or all(t.lower_ in PRONOUNS or t.pos_ == "PRON" for t in words)


def char_span(tokens: list) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
