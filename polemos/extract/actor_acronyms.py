"""Acronyms a document defines ("the Awami National Party (ANP)"): the text's own reading of an acronym
outranks the pack's, so that ANP there is not the Afghan National Police.
"""
from __future__ import annotations

from .attribution import texts

MAX_NAME_WORDS = 10
CONNECTORS = frozenset({"of", "the", "and", "for", "in", "e", "i", "ul", "al", "el", "-", "'s", "’s", "de", "du"})


def defined(sdoc) -> dict[str, str]:
    """Acronym as written -> the name it is defined for, from '<Name> (<ACRONYM>)' in the text."""
    out: dict[str, str] = {}
    words = texts(sdoc)
    for i in (i for i, w in enumerate(words) if w == "("):       # a Token made only at a parenthesis
        tok = sdoc[i]
        if tok.i + 2 >= len(sdoc) or words[tok.i + 2] != ")":
            continue
        acronym = words[tok.i + 1]
        capitals = "".join(c for c in acronym if c.isupper())
        if len(capitals) < 2 or not acronym.replace("-", "").isalpha() or acronym in out:
            continue
        name = _name_before(sdoc, tok.i, capitals)
        if name:
            out[acronym] = name
    return out


def _name_before(sdoc, paren: int, capitals: str) -> str | None:
    """The capitalised words right before the parenthesis whose initials spell the acronym."""
    words, k = [], paren - 1
    while k >= 0 and paren - k <= MAX_NAME_WORDS:
        t = sdoc[k]
        if t.text[:1].isupper() and t.is_alpha:
            words.append(t)
        elif t.lower_ not in CONNECTORS:
            break
        k -= 1
        initials = "".join(w.text[0] for w in reversed(words))
        if initials.upper() == capitals:
            first = words[-1].i
            return sdoc[first:paren].text
        if len(initials) > len(capitals):
            break
    return None
