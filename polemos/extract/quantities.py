"""Quantities: numbers, bounds, ranges and vague counts, with ACLED's values.

`parse_quantity(text)` reads one phrase ("more than 170", "dozens",
"1,500 to 2,200") into (low, high, best, qualifier). `extract_quantities`
finds such phrases in a parsed document, and `quantity_for_token` follows the
dependency parse from a word ("people", "killed", "dead", "toll") to the
quantity that counts it. The vocabulary lives in knowledge/quantities.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..knowledge import load_yaml
from ..model import Document, QuantityMention, Span
from ..ranges import QUANTITY_MAX
from .attribution import doc_text, expanded_span

PACK = Path(__file__).resolve().parent.parent / "knowledge" / "quantities.yaml"
# digits grouped by thousands with commas, or with spaces as UN and SI style writes them ("578 000", "1 250 000":
# groups of exactly three digits after a first of one to three; no digit, nor a comma or point with digits, either
# side)
WORD_RE = re.compile(r"(?<![\d,.])(?<!\d )\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[,.]\d| \d)"
                     r"|\d+(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+|[-\u2013\u2014+]")
_GROUPING = str.maketrans("", "", ", \u00a0\u202f")
SKIP_ENTS = {"MONEY", "PERCENT", "ORDINAL"}
TIME_ENTS = {"DATE", "TIME"}
# a DATE/TIME entity blocks a quantity only when it really speaks of time
# (spaCy also labels "between 15 and 20" DATE)
TIMEISH = re.compile(r"(?i)\b(?:(?:1[89]|20)\d\d|\d{1,2}[:.]\d\d"
                     r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
                     r"|(?:second|minute|hour|day|night|week|weekend|month|year|decade|centur|season|quarter)[a-z]*"
                     r"|ago|am|pm|[a-z]+day)\b")
CACHE_KEY = "polemos.quantities"

Result = tuple[float | None, float | None, float | None, str]


@dataclass(frozen=True)
class Lexicon:
    """quantities.yaml, compiled to lookup tables of word tuples."""
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    counting: dict[str, int]
    qualifiers: dict[tuple[str, ...], str]
    postfix: dict[tuple[str, ...], str]
    range_words: tuple[tuple[str, ...], ...]
    vague: dict[tuple[str, ...], tuple]
    singular: frozenset[tuple[str, ...]]
    margin: float
    starts: frozenset[str]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("\u2013", "-").replace("\u2014", "-") for w in WORD_RE.findall(phrase))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile the quantity pack (once per process)."""
    raw = load_yaml(PACK.read_text(encoding="utf-8"))
    quals = {_words(p): q for q, ps in raw["qualifiers"].items() for p in ps}
    post = {_words(p): q for q, ps in raw["postfix"].items() for p in ps}
    vague = {_words(p): tuple(v) for p, v in raw["vague"].items()}
    nums = {**raw["units"], **raw["tens"]}
    starts = {k[0] for k in list(quals) + list(vague)} | set(nums) | {"a", "an"}
    return Lexicon(
        units=raw["units"], tens=raw["tens"], scales=raw["scales"],
        counting=raw["counting_nouns"], qualifiers=quals, postfix=post,
        range_words=tuple(sorted((_words(p) for p in raw["range_words"]), key=len, reverse=True)),
        vague=vague, singular=frozenset(_words(p) for p in raw["singular_determiners"]),
        margin=float(raw["about_margin"]), starts=frozenset(starts),
    )


_BY_FIRST: dict[int, tuple[object, dict[str, list[tuple[str, ...]]]]] = {}


def _by_first(table) -> dict[str, list[tuple[str, ...]]]:
    """A table's phrases by their first word, in the table's order (built once per table)."""
    hit = _BY_FIRST.get(id(table))
    if hit is None or hit[0] is not table:     # the table itself is held, so that its id stays its own
        index: dict[str, list[tuple[str, ...]]] = {}
        for key in table:
            if key:
                index.setdefault(key[0], []).append(key)
        hit = _BY_FIRST[id(table)] = (table, index)
    return hit[1]


def _prefix(words: list[str], i: int, table) -> tuple[object, int]:
    """Longest phrase of `table` (dict or tuple of word tuples) starting at i (the first of equal length)."""
    best, n = None, 0
    if i >= len(words):
        return best, n
    for key in _by_first(table).get(words[i], ()):
        k = len(key)
        if k > n and tuple(words[i:i + k]) == key:
            best, n = (table[key] if isinstance(table, dict) else key), k
    return best, n


def _is_digit(w: str) -> bool:
    return w[:1].isdigit()


def parse_number(words: list[str], i: int) -> tuple[float | None, int]:
    """A cardinal at words[i:]: digits, number words, scales ("1.5 million",
    "two hundred and fifty", "twenty-five", "a hundred", "a 100", "two dozen").
    Returns (value, words consumed) or (None, 0)."""
    lx, j, total, cur, seen, digit = lexicon(), i, 0.0, None, False, False
    if j + 1 < len(words) and words[j] in ("a", "an") and (
            _is_digit(words[j + 1]) or words[j + 1] in lx.scales or words[j + 1] in lx.counting):
        j, cur = j + 1, (None if _is_digit(words[j + 1]) else 1.0)
    while j < len(words):
        w, nxt = words[j], (words[j + 1] if j + 1 < len(words) else "")
        round_ = cur is None or cur % 100 == 0
        if _is_digit(w) and not seen:
            cur, seen, digit = float(w.translate(_GROUPING)), True, True
        elif w in lx.units and not digit and (round_ or cur in lx.tens.values()):
            cur, seen = (cur or 0) + lx.units[w], True
        elif w in lx.tens and not digit and round_:
            cur, seen = (cur or 0) + lx.tens[w], True
        elif w in lx.scales and (cur is not None or total):
            if lx.scales[w] == 100:
                cur = (cur or 1) * 100
            else:
                total, cur = total + (cur or 1) * lx.scales[w], None
        elif w in lx.counting and cur is not None and j > i:
            cur = cur * lx.counting[w]
        elif w == "-" and not digit and cur in lx.tens.values() and nxt in lx.units:
            pass
        elif w == "and" and not digit and seen and (total or (cur and cur % 100 == 0)) and (
                nxt in lx.units or nxt in lx.tens):
            pass
        else:
            break
        j += 1
    value = total + (cur or 0)
    if not seen and not (total or cur):
        return None, 0
    return value, j - i


def _base(words: list[str], i: int) -> tuple[tuple | None, int, bool]:
    """A number or vague phrase at i -> ((low, high, best), consumed, is_vague)."""
    lx = lexicon()
    vague, nv = _prefix(words, i, lx.vague)
    value, nn = parse_number(words, i)
    if vague is not None and nv >= nn:
        return vague, nv, True
    if value is not None:
        return (value, value, value), nn, False
    return None, 0, False


def _combine(qual: str | None, base: tuple, vague: bool, margin: float) -> Result:
    low, high, best = base
    if qual in ("more_than", "at_least"):
        return low, (high if vague and high != low else None), low, qual
    if qual == "up_to":
        return None, high, high if not vague else best, qual
    if qual in ("about", "nearly") and not vague:
        lo = round(best * (1 - margin))
        hi = best if qual == "nearly" else round(best * (1 + margin))
        return lo, hi, best, "about"
    return low, high, best, "vague" if vague else "exact"


def parse_at(words: list[str], i: int) -> tuple[Result | None, int]:
    """Parse the longest quantity phrase starting at words[i]. A figure over QUANTITY_MAX (10^30 civilians)
    is kept as the open range 'more than QUANTITY_MAX' (the store caps event figures to its integer columns)."""
    res, n = _parse_at(words, i)
    if res is not None and any(v is not None and not v <= QUANTITY_MAX for v in res[:3]):
        return (QUANTITY_MAX, None, QUANTITY_MAX, "more_than"), n
    return res, n


def _parse_at(words: list[str], i: int) -> tuple[Result | None, int]:
    lx = lexicon()
    qual, nq = _prefix(words, i, lx.qualifiers)
    between = words[i] in ("between", "from")
    j = i + (1 if between else nq)
    base, nb, vague = _base(words, j)
    if base is None:
        return None, 0
    j += nb
    # range: "A-B", "A to B", "between A and (even) B", "two or three"
    sep = ("-",) if j < len(words) and words[j] == "-" else _prefix(words, j, lx.range_words)[0]
    if sep and sep[0] == "and" and not between:
        sep = None
    if sep and not vague:
        second, n2, v2 = _base(words, j + len(sep))
        if second is not None and not v2 and second[2] > base[2]:
            return (base[2], second[2], base[2], "range"), j + len(sep) + n2 - i
    if between:
        return None, 0
    post, npst = _prefix(words, j, lx.postfix)
    if post and not qual:
        qual, j = post, j + npst
    return _combine(qual, base, vague, lx.margin), j - i


def _as_num(x: float | None) -> float | None:
    return None if x is None else (int(x) if float(x).is_integer() else x)


def parse_quantity(text: str) -> Result | None:
    """(low, high, best, qualifier) for a quantity phrase, or None.

    Qualifiers: exact, more_than, at_least, about, up_to, range, vague."""
    words = list(_words(text))
    if not words:
        return None
    res, n = parse_at(words, 0)
    if res is None:
        return None
    return tuple(_as_num(v) for v in res[:3]) + (res[3],)  # type: ignore[return-value]


# ---------------------------------------------------------------- extraction

def _blocked(text: str, start: int, end: int) -> bool:
    """Digits glued to letters or date/ID punctuation: F-16, 9/11, 10:30, 3rd."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in "/:$\u00a3\u20ac#" or after in "/:%" or after.isalpha() or before.isalnum():
        return True
    return before == "-" and start >= 2 and text[start - 2].isalpha()


def _attached(tokens) -> bool:
    """A bare word quantity counts only when it modifies a noun or is a subject."""
    last = tokens[-1]
    nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if last.dep_ == "nummod" and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN"):
        return True                                       # "two suspected militants": counts its noun
    if last.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and last.pos_ in ("NUM", "NOUN", "ADJ", "PRON"):
        return tokens[0].i == 0 or tokens[0].nbor(-1).lower_ not in ("how", "so", "too", "no", "the", "every", "any")
    return nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.lower_ == "of")


def _entity_text(tok) -> str:
    """The text of the named entity `tok` is in, from its own tokens (not a walk over every entity)."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _keep(sdoc, start: int, end: int, words: list[str]) -> bool:
    """Drop money, percents, dates, years and IDs; bare words must be attached."""
    span = expanded_span(sdoc, start, end)
    if span is None or any(t.ent_type_ in SKIP_ENTS for t in span):
        return False
    for t in span:
        if t.ent_type_ in TIME_ENTS and t.ent_iob_ in ("B", "I"):
            if TIMEISH.search(_entity_text(t)):
                return False
            break
    if any(_is_digit(w) for w in words):
        if _blocked(doc_text(sdoc), start, end):
            return False
        nxt = span[-1].nbor(1) if span.end < len(sdoc) else None
        prv = span[0].nbor(-1) if span.start > 0 else None
        if (nxt is not None and (nxt.lower_ in ("percent", "per", "%") or TIMEISH.fullmatch(nxt.text))) or (
                prv is not None and prv.text[:1].isupper() and TIMEISH.fullmatch(prv.text)):
            return False                                  # 12 percent, 5 May, May 5
        yearish = all(len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2100 for w in words if _is_digit(w))
        return not yearish or (nxt is not None and nxt.tag_ in ("NNS", "NNPS"))
    return _attached(span)


def extract_quantities(sdoc, doc: Document) -> list[QuantityMention]:
    """Every counted quantity in the parsed document (money, dates, percents,
    ordinals and IDs left out). Cached on sdoc.user_data for quantity_for_token."""
    lx, text = lexicon(), doc_text(sdoc)
    if text.isascii():      # lower-cased once (per character, so the offsets hold), no dash to replace
        low = text.lower()
        toks = [(low[s:e], s, e) for s, e in (m.span() for m in WORD_RE.finditer(text))]
    else:
        toks = [(m.group().lower().replace("\u2013", "-").replace("\u2014", "-"), m.start(), m.end())
                for m in WORD_RE.finditer(text)]
    words = [w for w, _, _ in toks]
    out: list[QuantityMention] = []
    i = 0
    while i < len(words):
        w = words[i]
        if not (_is_digit(w) or w in lx.starts or w in ("between", "from")):
            i += 1
            continue
        res, n = parse_at(words, i)
        if res is None:
            i += 1
            continue
        start, end = toks[i][1], toks[i + n - 1][2]
        if _keep(sdoc, start, end, words[i:i + n]):
            vals = tuple(_as_num(v) for v in res[:3])
            out.append(QuantityMention(Span(doc.doc_id, start, end), text[start:end], *vals, qualifier=res[3]))
        i += n
    sdoc.user_data[CACHE_KEY] = out
    return out


# ---------------------------------------------------------------- attachment

COUNT_NOUNS = {"toll", "number", "tally", "figure", "count", "total"}
TOKEN_DEPS = ("nummod", "quantmod", "amod", "det", "advmod", "npadvmod", "compound", "appos")
VERB_DEPS = ("nsubjpass", "dobj", "nsubj", "attr", "oprd")
ZERO = {"no", "none", "nobody", "zero"}
GROUP_ENTS = {"ORG", "NORP", "GPE", "LOC", "FAC"}


def _index(sdoc, quantities) -> dict[int, QuantityMention]:
    """token index -> the mention covering it (cached per mention list)."""
    if quantities is None:
        quantities = sdoc.user_data.get(CACHE_KEY)
        if quantities is None:
            quantities = extract_quantities(sdoc, Document(doc_id="", text=doc_text(sdoc)))
    cached = sdoc.user_data.get(CACHE_KEY + ".index")
    if cached and cached[0] is quantities and cached[1] == len(quantities):
        return cached[2]
    idx: dict[int, QuantityMention] = {}
    for q in quantities:
        span = expanded_span(sdoc, q.span.start, q.span.end)
        for t in span or ():
            idx.setdefault(t.i, q)
    sdoc.user_data[CACHE_KEY + ".index"] = (quantities, len(quantities), idx)
    return idx


def made_count(tok, value: int, doc_id: str) -> QuantityMention:
    """A count the words imply, on the token that implies it ('a policeman': 1, 'no one': 0)."""
    return QuantityMention(Span(doc_id, tok.idx, tok.idx + len(tok.text)), tok.text, value, value, value, "exact")


def _implicit(tok, doc_id: str, as_argument: bool) -> QuantityMention | None:
    """Counts the words imply (synthesised; never in the mention list):
    'a policeman', 'one bomber' -> 1; 'no one', 'nobody', 'no civilians' -> 0; 'both men', 'both' -> 2;
    as a verb's argument also 'the driver', 'his brother' and a named person -> 1."""
    if tok.lower_ in ZERO:
        return made_count(tok, 0, doc_id)
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ in ZERO:
            return made_count(c, 0, doc_id)
    if tok.lower_ == "both" and tok.pos_ == "PRON":
        return made_count(tok, 2, doc_id)          # "both were killed"
    if tok.tag_ == "NNS" and not any(c.dep_ == "conj" for c in tok.children):
        for c in tok.children:                      # "both men died" (not "both soldiers and civilians")
            if c.dep_ == "det" and c.lower_ == "both":
                return made_count(c, 2, doc_id)
    if tok.tag_ not in ("NN", "NNP"):
        return None
    if tok.tag_ == "NNP":                          # "Karim, a tribal elder": the apposition counts
        for c in tok.children:
            if c.dep_ == "appos" and c.tag_ == "NN" and (q := _implicit(c, doc_id, False)):
                return q
    singular = lexicon().singular
    for c in tok.children:
        if c.dep_ in ("det", "nummod", "amod") and (c.lower_,) in singular:
            return made_count(c, 1, doc_id)
    if as_argument and (tok.ent_type_ == "PERSON" or (tok.tag_ == "NNP" and tok.ent_type_ not in GROUP_ENTS) or (
            as_argument != "person" and tok.tag_ == "NN" and any(
            c.dep_ in ("det", "poss") for c in tok.children))):
        return made_count(tok, 1, doc_id)
    return None


def _of_noun(tok, idx, doc_id: str, as_arg: bool = False, depth: int = 0) -> QuantityMention | None:
    """The quantity counting a noun/adjective/number token."""
    if tok.i in idx:
        return idx[tok.i]
    for c in tok.children:
        if c.dep_ in TOKEN_DEPS and c.i in idx:
            return idx[c.i]
    if tok.head.lower_ == "of" and tok.head.head.i in idx:          # dozens of civilians
        return idx[tok.head.head.i]
    for left in tok.lefts:                                           # misattached: "two [Directorate] officers"
        if left.dep_ in ("nmod", "compound", "amod") and \
                (q := next((idx[t.i] for t in left.subtree if t.i in idx), None)):
            return q
    if tok.lemma_.lower() in COUNT_NOUNS and depth < 2:              # toll of 40 / toll rose to 25
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "at"):
                for p in c.children:
                    if p.dep_ == "pobj" and (q := _of_noun(p, idx, doc_id, False, depth + 1)):
                        return q
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return _argument(tok.head, idx, doc_id, depth + 1, ("dobj", "attr", "prep", "npadvmod"))[0]
    return _implicit(tok, doc_id, as_arg)


def _argument(verb, idx, doc_id: str, depth: int = 0, deps=VERB_DEPS, strength: object = True):
    """(quantity, argument token) of a verb's victim-like argument, else (None, None).
    strength "person" lets only named people count as an implicit 1."""
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    for dep in deps:
        if dep == "nsubj" and has_object:         # "two gunmen killed civilians": not the victims
            continue
        for c in verb.children:
            if c.dep_ != dep:
                continue
            args = [p for p in c.children if p.dep_ == "pobj"] if dep == "prep" and c.lower_ in ("to", "at") else \
                [] if dep == "prep" else [c]
            for a in args:
                if q := _of_noun(a, idx, doc_id, strength if dep != "prep" else False, depth):
                    return q, a
    return None, None


def quantities_for_token(sdoc, token, quantities: list[QuantityMention] | None = None,
                         doc_id: str = "") -> list[QuantityMention]:
    """Every quantity counting `token`, one per coordinated noun:
    "two soldiers and a civilian were killed" (killed) -> [2, 1]. Sum them for a total."""
    idx = _index(sdoc, quantities)
    if not doc_id and idx:
        doc_id = next(iter(idx.values())).span.doc_id
    arg = None
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        q, arg = _argument(token, idx, doc_id)
        if q is None and token.dep_ in ("acl", "amod", "relcl"):
            q, arg = _of_noun(token.head, idx, doc_id), token.head
        if q is None and token.dep_ == "conj" and token.head.tag_.startswith("VB") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):   # shot and killed
            q, arg = _argument(token.head, idx, doc_id, 0, ("nsubjpass", "nsubj"))
            if q is None and not any(c.dep_ in VERB_DEPS for c in token.children):
                q, arg = _argument(token.head, idx, doc_id, 0, VERB_DEPS, "person")
    else:
        q, arg = _of_noun(token, idx, doc_id), token
        if q is None and token.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and token.head.pos_ in ("VERB", "AUX"):
            q, arg = _argument(token.head, idx, doc_id, 1)
    if q is None:
        return []
    out = [q]
    for conj in (arg.conjuncts if arg is not None else ()):
        q2 = _of_noun(conj, idx, doc_id, True)
        if q2 is not None and all(q2.span != o.span for o in out):
            out.append(q2)
    return out


def quantity_for_token(sdoc, token, quantities: list[QuantityMention] | None = None,
                       doc_id: str = "") -> QuantityMention | None:
    """The quantity that counts `token` (noun, verb or adjective) via the parse.

    "killing 180 people" (people or killing), "at least 12 were killed",
    "30 wounded", "left 25 people dead" (dead), "dozens of civilians",
    "the death toll rose to 25" (toll), "a toll of 40", "killed a policeman"
    (1, synthesised from the article), "no one was hurt" (0). `quantities`
    defaults to the list the last extract_quantities(sdoc, ...) cached on the doc.
    Only the first coordinated noun counts; see quantities_for_token."""
    found = quantities_for_token(sdoc, token, quantities, doc_id)
    return found[0] if found else None
