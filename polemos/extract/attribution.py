"""Who says it: the cited source of a statement ("according to X", "X said"),
and which actor a token names, owns or refers back to (ActorIndex).

Shared by the claims and events extractors. Works on one spaCy sentence (a
`Span`) and returns the source as the text words it, reduced to its name
("a June United Nations report" -> "United Nations", "the Taliban's
announcement" -> "Taliban"), with the character span of that name.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model import ActorMention, Span

LEXICON = Path(__file__).resolve().parent.parent / "knowledge" / "claims.yaml"
_DROP_LEFT = {"det", "predet", "punct", "case", "cc", "advmod", "nummod"}
_TEXT_KEY = "polemos.text"
_ENTS_KEY = "polemos.ents"
_NP_KEEP = {"compound", "amod", "flat", "nmod", "poss", "det", "predet", "case", "punct", "nummod", "quantmod"}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The claims/attribution lexicon (polemos/knowledge/claims.yaml), validated on load."""
    from ..knowledge.claims import load_pack
    return load_pack(LEXICON)


def doc_text(doc) -> str:
    """The parsed document's text, joined once (spaCy rebuilds Doc.text on every access)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def span_text(span) -> str:
    """A span's text (Span.text), sliced from the document's text joined once: spaCy joins its tokens anew on
    every access."""
    return doc_text(span.doc)[span.start_char:span.end_char]


_SENTS_KEY = "polemos.sents"


def _listed(doc, key: str, attr: str) -> tuple[list, list[int]]:
    """A document's sentences or entities (`attr`) listed once (in doc.user_data) with their start tokens, for
    bisection (read only when not yet listed: Doc.ents builds every entity's Span on each access)."""
    cached = doc.user_data.get(key)
    if cached is None:
        items = list(getattr(doc, attr))
        cached = doc.user_data[key] = (items, [x.start for x in items])
    return cached


_LEMMAS_KEY = "polemos.lemmas"
_LOWERS_KEY = "polemos.lowers"
_TEXTS_KEY = "polemos.texts"
_DEPS_KEY = "polemos.deps"
_KIDS_KEY = "polemos.children"
_SENT_SETS_KEY = "polemos.sentence_sets"     # (lemmas or lowers, start, end) -> the words of that stretch
_CHAR_SPANS_KEY = "polemos.char_spans"         # (start, end) -> the expanded Span of those characters


def lemmas(doc) -> list[str]:
    """Every token's lower-cased lemma by token index, listed once per document: each `tok.lemma_` makes a
    Token and looks the lemma up in the string store, and the extractors scan the same sentences for cue
    words many times. Test a cue on this list first and make the Token only where it matches."""
    cached = doc.user_data.get(_LEMMAS_KEY)
    if cached is None:
        cached = doc.user_data[_LEMMAS_KEY] = _strings(doc, "LEMMA", _LOWERED)
    return cached


def texts(doc) -> list[str]:
    """Every token's text by token index, listed once per document (as `lemmas`)."""
    cached = doc.user_data.get(_TEXTS_KEY)
    if cached is None:
        cached = doc.user_data[_TEXTS_KEY] = _strings(doc, "ORTH")
    return cached


def deps(doc) -> list[str]:
    """Every token's dependency label by token index, listed once per document (as `lemmas`)."""
    cached = doc.user_data.get(_DEPS_KEY)
    if cached is None:
        cached = doc.user_data[_DEPS_KEY] = _strings(doc, "DEP")
    return cached


def children(tok, labels=None) -> list:
    """tok.children as a list (in text order) from the document's heads, indexed once per document: spaCy walks
    the tokens between the token's edges on every access. With `labels`, only the children whose dependency
    label is `in` them, and no Token made for the others."""
    doc = tok.doc
    kids = doc.user_data.get(_KIDS_KEY)
    if kids is None:
        kids = doc.user_data[_KIDS_KEY] = [[] for _ in range(len(doc))]
        for i, offset in enumerate(doc.to_array("HEAD").astype("int64").tolist()):   # (the head, relative)
            if offset:
                kids[i + offset].append(i)
    if labels is None:
        return [doc[i] for i in kids[tok.i]]
    dep = deps(doc)
    return [doc[i] for i in kids[tok.i] if dep[i] in labels]


def lowers(doc) -> list[str]:
    """Every token's lower-cased text by token index, listed once per document (as `lemmas`)."""
    cached = doc.user_data.get(_LOWERS_KEY)
    if cached is None:
        cached = doc.user_data[_LOWERS_KEY] = _strings(doc, "LOWER")
    return cached


def expanded_span(doc, start: int, end: int):
    """doc.char_span(start, end, alignment_mode="expand"), made once per document and character range: the
    extractors ask again and again for the same mentions' tokens (a place for each trigger of its sentence)."""
    cached = doc.user_data.get(_CHAR_SPANS_KEY)
    if cached is None:
        cached = doc.user_data[_CHAR_SPANS_KEY] = {}
    key = (start, end)
    if key in cached:
        return cached[key]
    span = cached[key] = doc.char_span(start, end, alignment_mode="expand")
    return span


def cue_tokens(sent, words, by=lemmas) -> list:
    """The sentence's tokens whose lower-cased lemma (or, by=lowers, word) is one of `words`, in text order:
    only they are made Tokens."""
    doc, start = sent.doc, sent.start
    here = doc.user_data.setdefault(_SENT_SETS_KEY, {})
    key = (by, start, sent.end)
    found = here.get(key)
    if found is None:
        found = here[key] = set(by(doc)[start:sent.end])
    if found.isdisjoint(words):
        return []          # most cues are not in most sentences: one set test, no walk over the tokens
    return [doc[i] for i, w in enumerate(by(doc)[start:sent.end], start) if w in words]


def sentence_words(sent) -> set[str]:
    """The lower-cased lemmas and words of a sentence: what a pattern's required words (pattern_words) must meet."""
    lem, low = lemmas(sent.doc), lowers(sent.doc)
    return set(lem[sent.start:sent.end]) | set(low[sent.start:sent.end])


def pattern_words(attrs: dict) -> frozenset[str] | None:
    """The words (lower-cased) one of which a matcher pattern's token must be, by its LEMMA/LOWER/ORTH, else None:
    a pattern needing a word no sentence_words hold cannot match there, and its matcher need not run."""
    for key in ("LEMMA", "LOWER", "ORTH"):
        value = attrs.get(key)
        if isinstance(value, str):
            return frozenset([value.lower()])
        if isinstance(value, dict) and "IN" in value:
            return frozenset(w.lower() for w in value["IN"])
    return None


def pattern_needs(pattern: list[dict]) -> tuple[frozenset[str], ...]:
    """The word sets a text must meet for a Matcher token pattern to match in it: one for each token the pattern
    must have (no OP, or '+') that names its words (pattern_words)."""
    return tuple(w for tok in pattern if tok.get("OP", "+") == "+" and (w := pattern_words(tok)))


def may_match(needs, words: set[str]) -> bool:
    """Can one of these patterns (each its pattern_needs) match in a text with these words (sentence_words)?
    Most sentences hold no pattern's words: there the Matcher, which tests every pattern at every token
    (~15 us a token), need not run."""
    return any(not any(map(words.isdisjoint, sets)) for sets in needs)


_ANY = None        # a pattern token that any word may be (no word named, or a negated one)


def word_sequence(pattern: list[dict]) -> tuple | None:
    """A Matcher token pattern as the words each of its tokens may be ((words or _ANY, optional)), read as
    loosely as pattern_words reads them (lower-cased; other attributes, such as DEP or POS, dropped): every
    match of the pattern is a match of this sequence. None when a token may repeat or is negated ('+', '*',
    '!', a count): such a pattern is not checked this way."""
    out = []
    for tok in pattern:
        op = tok.get("OP")
        if op not in (None, "?"):
            return None
        out.append((pattern_words(tok), op == "?"))
    return tuple(out)


def may_occur(sequences, sent) -> bool:
    """Can one of these word_sequences (None: not checked, it may) occur in the sentence, by its tokens'
    lower-cased lemmas and words? A cheaper test than running a Matcher, never False where it would match
    (given the few patterns whose words the sentence holds: may_match finds them)."""
    doc, start, end = sent.doc, sent.start, sent.end
    lem, low = lemmas(doc), lowers(doc)

    def closure(states: set[int], seq) -> set[int]:     # an optional token may be left out
        todo = list(states)
        while todo:
            k = todo.pop()
            if k < len(seq) and seq[k][1] and k + 1 not in states:
                states.add(k + 1)
                todo.append(k + 1)
        return states

    for seq in sequences:
        if seq is None:
            return True
        n = len(seq)
        for i in range(start, end):
            states, j = closure({0}, seq), i
            while states and n not in states and j < end:
                states = closure({k + 1 for k in states if k < n and (
                    seq[k][0] is _ANY or lem[j] in seq[k][0] or low[j] in seq[k][0])}, seq)
                j += 1
            if n in states:
                return True
    return False


_STRINGS: dict[int, str] = {}      # string hash -> the string (a hash names one string in every vocabulary)
_LOWERED: dict[int, str] = {}      # string hash -> the string lower-cased


def _strings(doc, attr: str, known: dict[int, str] = _STRINGS) -> list[str]:
    """A string attribute of every token, from the document's array (`known`: _LOWERED for it lower-cased): each
    string looked up in the string store once per process, not once per document (cleared past 500,000)."""
    hashes = doc.to_array(attr).tolist()
    out = list(map(known.get, hashes))
    if None in out:
        if len(known) > 500_000:
            known.clear()
        store = doc.vocab.strings
        lower = known is _LOWERED
        for i, h in enumerate(hashes):
            if out[i] is None:
                out[i] = known[h] = store[h].lower() if lower else store[h]
    return out


def sentence_of(tok):
    """The sentence holding a token, found by bisection in the document's sentences listed once: spaCy's
    Token.sent walks the tokens to both sentence boundaries on every access."""
    doc = tok.doc
    sents, starts = _listed(doc, _SENTS_KEY, "sents")
    return sents[bisect_right(starts, tok.i) - 1]


def sentences(doc) -> list:
    """The document's sentences, listed once (Doc.sents builds every sentence's Span on each access)."""
    return _listed(doc, _SENTS_KEY, "sents")[0]


def doc_ents(doc) -> list:
    """The document's named entities, listed once (Doc.ents builds every entity's Span on each access)."""
    return _listed(doc, _ENTS_KEY, "ents")[0]


def span_ents(span) -> list:
    """The named entities inside `span` (a sentence), found by bisection in the document's entities, listed
    once: spaCy's Span.ents walks every entity of the document on every access."""
    doc = span.doc
    ents, starts = _listed(doc, _ENTS_KEY, "ents")
    end = span.end
    return [ent for ent in ents[bisect_left(starts, span.start):bisect_left(starts, end)] if ent.end <= end]


def _cues() -> dict[str, Any]:
    return lexicon()["attribution"]


def _span(tokens, doc_id: str) -> tuple[str, Span] | None:
    toks = list(tokens)
    while toks and (toks[0].dep_ in _DROP_LEFT or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "case"):
        toks = toks[:-1]
    if not toks:
        return None
    doc = toks[0].doc
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return doc_text(doc)[start:end], Span(doc_id, start, end)


def noun_phrase(head, doc_id: str = "") -> tuple[str, Span] | None:
    """The name part of the noun phrase headed by `head` (no appositions, clauses, prepositions,
    but a name's own 'of' part: "the Armed Defence Forces of Mozambique")."""
    left = [c for c in head.lefts if c.dep_ in _NP_KEEP]
    start = min([head.i] + [c.left_edge.i for c in left])
    end = head.i
    if head.pos_ == "PROPN":
        for of in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1):
            name = [g for g in of.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if name and all(t.pos_ in ("PROPN", "DET") or t.is_punct for t in head.doc[of.i + 1:name[0].i]):
                end = name[0].i
    toks = [t for t in head.doc[start:end + 1] if not (t.ent_type_ == "DATE" and t.dep_ != "ROOT" and t is not head)]
    return _span(toks, doc_id)


def source_name(head, doc_id: str = "") -> tuple[str, Span] | None:
    """Reduce a source noun phrase to the named source it holds, when it holds one."""
    if head.pos_ == "NOUN":
        named = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if named:
            return noun_phrase(named[0], doc_id)
    if head.lemma_.lower() in _cues()["source_nouns"]:
        named = [c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
        named += [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "DATE"]
        named += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if named:
            return noun_phrase(named[0], doc_id)
    return noun_phrase(head, doc_id)


def _according(sent, doc_id: str):
    cues = _cues()["according_preps"]
    for tok in cue_tokens(sent, cues, lowers):
        objs = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        objs += [c for c in tok.children if c.dep_ in ("pobj", "dobj")]
        if objs:
            return source_name(objs[0], doc_id)
    return None


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _subject(verb):
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG" and verb.head is not verb:
        return _subject(verb.head)   # "X launched strikes, claiming to have hit ...", "X said ..., adding"
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head is not verb:
        return _subject(verb.head)   # "X gave an interview and said ...": the conjoined verbs' one subject
    return None


def _speaker(sent, token, doc_id: str):
    subj = speech_subject(sent, token)
    return source_name(subj, doc_id) if subj is not None else None


def speech_subject(sent, token=None):
    """The subject of the speech verb that reports the sentence (or the clause holding `token`)."""
    verbs = [t for t in cue_tokens(sent, _cues()["speech_verbs"]) if t.pos_ in ("VERB", "AUX")]
    if token is not None:
        verbs.sort(key=lambda v: (token not in v.subtree, v.dep_ != "ROOT"))
    else:
        verbs.sort(key=lambda v: v.dep_ != "ROOT")
    for verb in verbs:
        subj = _subject(verb)
        if _is_passive(verb) or subj is None:
            continue
        aside = verb.dep_ == "parataxis" and token is not None and token in verb.head.subtree
        if token is not None and (token in subj.subtree or (token not in verb.subtree and not aside)):
            continue   # an aside "..., the UN said, ..." speaks for the clause it interrupts
        return subj
    return None


def _hearsay(sent, doc_id: str):
    cues = _cues()
    label, doc = cues["hearsay_label"], sent.doc
    lem, low = lemmas(doc), lowers(doc)
    for tok in (doc[i] for i in range(sent.start, sent.end)
                if low[i] in cues["hearsay_adverbs"] or lem[i] in cues["hearsay_passives"]):
        if tok.lower_ in cues["hearsay_adverbs"]:
            return label, Span(doc_id, tok.idx, tok.idx + len(tok.text))
        if tok.lemma_.lower() in cues["hearsay_passives"] and _is_passive(tok) \
                and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
            return label, Span(doc_id, tok.idx, tok.idx + len(tok.text))
    return None


def find_attribution(sent, token=None, doc_id: str = "") -> tuple[str, Span] | None:
    """The cited source of sentence `sent` (or of the clause holding `token`), None when the author's own.

    Order: "according to X" > a speech verb governing `token` ("X said", "X claimed to")
    > hearsay ("are said to", "reportedly") -> "unspecified reports".
    """
    return _according(sent, doc_id) or _speaker(sent, token, doc_id) or _hearsay(sent, doc_id)


def find_denial(sent, doc_id: str = "") -> tuple[str, Span] | None:
    """Who denies the statement ("a claim Y has denied", "Y denied the report")."""
    for tok in cue_tokens(sent, _cues()["denial_verbs"]):
        if tok.pos_ == "VERB":
            subj = _subject(tok)
            if subj is not None and subj.dep_ == "nsubj":
                return noun_phrase(subj, doc_id)
    return None


# --- actors seen from the parse (shared with claims and relations) ---

GROUP_KINDS = {"armed_group", "state_force", "state", "organisation", "igo"}
OWNER_DEPS = {"compound", "poss", "amod", "nmod", "npadvmod"}
WEAK_IDS = ("unidentified", "civilians")   # generic mentions: never a claim subject nor a relation side


class ActorIndex:
    """Token -> actor mention lookups over one parsed document."""

    def __init__(self, sdoc, actors: list[ActorMention]):
        self.sdoc = sdoc
        self.mentions = sorted((m for m in actors if not m.actor_id.startswith(WEAK_IDS)), key=lambda m: m.span.start)
        self._starts = [m.span.start for m in self.mentions]
        self._by_token: dict[int, ActorMention] = {}
        self.groups: dict[str, ActorMention] = {}   # person id -> the group the text makes the person lead or join
        # (filled by relations, relations._person_groups)
        for m in self.mentions:
            for tok in expanded_span(sdoc, m.span.start, m.span.end) or ():
                self._by_token.setdefault(tok.i, m)

    def at(self, tok) -> ActorMention | None:
        """The mention covering this token."""
        return self._by_token.get(tok.i)

    def starting(self, start: int, end: int) -> list[ActorMention]:
        """The mentions that start in characters [start, end), in text order."""
        return self.mentions[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def in_chars(self, start: int, end: int) -> ActorMention | None:
        """The first mention overlapping characters [start, end)."""
        for m in self.mentions:
            if m.span.start < end and start < m.span.end:
                return m
        return None

    def owner(self, tok) -> ActorMention | None:
        """The actor this token names or is modified by ("ISIS fighters", "strikes by ISIS" -> ISIS),
        without anaphora."""
        hit = self.at(tok)
        if hit is not None:
            return hit
        for c in tok.children:
            if c.dep_ in OWNER_DEPS:
                hit = self.at(c)
                if hit is not None:
                    return hit
        for c in tok.children:   # "fighters of X", "recruits from X", "strikes by X"
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "by"):
                for g in c.children:
                    if g.dep_ == "pobj" and self.at(g) is not None:
                        return self.at(g)
        return None

    def is_anaphor(self, tok) -> bool:
        words = {*lexicon()["group_anaphors"], *lexicon()["government_anaphors"]}
        if tok.lower_ in words and tok.pos_ == "PRON":
            return True
        return tok.lemma_.lower() in words and tok.pos_ == "NOUN" and any(
            c.lower_ in lexicon()["anaphor_determiners"] for c in tok.children if c.dep_ in ("det", "amod", "predet"))

    def resolve_all(self, tok, exclude: set[str] = frozenset()) -> list[ActorMention]:
        """resolve(), and for an anaphor of several groups ('these groups', 'they') the groups coordinated with its
        antecedent ('X and Y operate there. These groups ...')."""
        hit = self.resolve(tok, exclude)
        if hit is None:
            return []
        plural = tok.tag_ in ("NNS", "NNPS") if tok.pos_ == "NOUN" else tok.lower_ in lexicon()["plural_anaphors"]
        if not plural or self.owner(tok) is not None or not self.is_anaphor(tok):
            return [hit]
        return [hit] + [m for m in self.coordinated(hit) if m.actor_id != hit.actor_id and m.actor_id not in exclude
                        and m.kind in GROUP_KINDS]

    def coordinated(self, m: ActorMention) -> list[ActorMention]:
        """The mentions a coordination joins with `m` ('X, Y and Z', 'groups like X or Y')."""
        span = expanded_span(self.sdoc, m.span.start, m.span.end)
        if span is None:
            return []
        first = span.root
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        out, todo = [], [first]
        while todo:
            t = todo.pop()
            hit = self.at(t)
            if hit is not None and hit not in out:
                out.append(hit)
            todo += [c for c in t.children if c.dep_ == "conj"]
        return out if m in out else []

    def antecedent(self, tok, exclude: set[str] = frozenset()) -> ActorMention | None:
        """The group-like actor an anaphor at `tok` refers back to (not one of `exclude`): for a
        pronoun ("it", "its", "they") the nearest subject before it in its sentence, else the
        subject of the sentence before; for a noun ("the group") and otherwise, the latest
        group-like actor mentioned before it."""
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon()["government_anaphors"]:
            return self._ruling(tok, exclude) if tok.tag_ == "NN" else None
        before = [m for m in self.mentions if m.span.end <= tok.idx and m.kind in GROUP_KINDS
                  and m.actor_id not in exclude]
        if not before or tok.pos_ != "PRON":
            return before[-1] if before else None
        sent = sentence_of(tok)
        here = [m for m in before if m.span.start >= sent.start_char and self._is_subject(m)]
        if here:
            return here[-1]
        if sent.start > 0:
            prev = sentence_of(self.sdoc[sent.start - 1])
            there = [m for m in before if prev.start_char <= m.span.start < prev.end_char and self._is_subject(m)]
            if there:
                return there[0]
        return before[-1]

    def _ruling(self, tok, exclude: set[str]) -> ActorMention | None:
        """What 'the regime' or 'the junta' refers back to: the latest state or government named before it, or the
        government a person named before it leads (`groups`); never a state's forces, often a foreign state's
        ('the withdrawal of French forces ... the junta'), nor several ruling powers ('the juntas')."""
        for m in reversed([m for m in self.mentions if m.span.end <= tok.idx]):
            side = self.groups.get(m.actor_id) if m.kind == "person" else m
            if side is not None and side.kind == "state" and side.actor_id not in exclude:
                return side
        return None

    def _is_subject(self, m: ActorMention) -> bool:
        span = expanded_span(self.sdoc, m.span.start, m.span.end)
        if span is None:
            return False
        root = span.root
        while root.dep_ in ("appos", "conj", "compound", "poss") and root.head is not root:
            root = root.head
        return root.dep_ in ("nsubj", "nsubjpass")

    def resolve(self, tok, exclude: set[str] = frozenset()) -> ActorMention | None:
        """owner(), else the name apposed to it ("the militant group Ansaru"), else the antecedent
        of an anaphor ("the group", "they")."""
        named = [self.at(c) for c in tok.children if c.dep_ == "appos" and self.at(c) is not None]
        if named and tok.pos_ == "NOUN" and self.at(tok) is None:
            return named[0]
        hit = self.owner(tok)
        if hit is None:
            for c in [tok] + [c for c in tok.children if c.dep_ == "poss"]:
                if self.is_anaphor(c):
                    return self.antecedent(c, set(exclude) | self._co_subjects(c))
            found = self.first_person(tok)
            return found if found is not None and found.actor_id not in exclude else None
        return hit

    def _co_subjects(self, tok) -> set[str]:
        """The actors named as the subject of the verb an anaphor noun is an object of, or hangs on through objects and
        prepositions ('the Taliban protected these groups', 'X flew fighters in to the regime's rescue'): the anaphor
        stands for someone else (a pronoun may still be the subject's own: 'X moved its fighters')."""
        if tok.pos_ != "NOUN":
            return set()
        verb = tok   # up through objects, prepositions and owners: 'X flew fighters in to the regime's rescue'
        while verb.dep_ in ("dobj", "pobj", "prep", "poss", "dative") and verb.head is not verb:
            verb = verb.head
        if verb is tok or verb.pos_ not in ("VERB", "AUX"):
            return set()
        return {m.actor_id for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                if (m := self.at(t)) is not None}

    def first_person(self, tok) -> ActorMention | None:
        """The speaker a first-person plural at or on `tok` stands for ('we', 'our fighters')."""
        for c in [tok] + [c for c in tok.children if c.dep_ == "poss"]:
            if c.pos_ == "PRON" and c.lower_ in _cues()["speaker_pronouns"]:
                return self.speaker(c)
        return None

    def speaker(self, tok) -> ActorMention | None:
        """Who a first-person plural ('we', 'our forces') in reported speech stands for: the subject of the
        speech verb that reports its clause ('"our forces will ...," P said'), else of the one before or after
        the quotation holding it ('P said: "... . We will ..."'): the group that speaks, or the one a speaking
        person's title names."""
        subj = speech_subject(sentence_of(tok), tok)
        if subj is None:
            subj = self._quote_speaker(tok)
        if subj is None or subj.lower_ in _cues()["speaker_pronouns"]:
            return None
        if subj.lower_ in _cues()["speaker_persons"] and subj.pos_ == "PRON":
            persons = [m for m in self.mentions if m.span.end <= subj.idx and m.kind == "person"]
            hit = persons[-1] if persons else None
        else:
            hit = self.resolve(subj) or self._spoken_for(subj)
        if hit is not None and hit.kind == "person":
            return self._group_of(hit)
        return hit if hit is not None and not hit.provisional else None   # a name the pack lacks may be a person's

    def _group_of(self, person: ActorMention) -> ActorMention | None:
        """The group a person speaks for, as the text titles him at any of his mentions ("P, a spokesman for X",
        "X spokesman P", "P, commander of X"); None where no title names one: his 'we' is then no one known."""
        for m in self.mentions:
            span = expanded_span(self.sdoc, m.span.start, m.span.end) if m.actor_id == person.actor_id else None
            for c in (span.root.children if span is not None else ()):
                if c.dep_ in ("appos", "compound") and self.at(c) is None:
                    group = self._spoken_for(c) or self.owner(c)
                    if group is not None and group.kind != "person":
                        return group
        return None

    def _spoken_for(self, tok) -> ActorMention | None:
        """The group a speaker noun is of ("a spokesman for X", "the commander of X")."""
        return next((self.at(g) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                     for g in c.children if g.dep_ == "pobj" and self.at(g) is not None), None)

    def _quote_speaker(self, tok):
        """The speaker of the quotation around `tok` when its own sentence names none: the speech verb of
        the sentence the quotation opens or closes in, outside the quotation."""
        text, marks = doc_text(self.sdoc), _cues()["quote_marks"]
        start = max(text.rfind("\n", 0, tok.idx), 0)
        end = text.find("\n", tok.idx)
        end = len(text) if end < 0 else end
        before = [i for i in range(start, tok.idx) if text[i] in marks]
        if len(before) % 2 == 0:
            return None   # not inside a quotation of this paragraph
        after = next((i for i in range(tok.idx, end) if text[i] in marks), None)
        for at in (before[-1], after):
            if at is None:
                continue
            sent = sentence_of(self.sdoc.char_span(at, at + 1, alignment_mode="expand")[0])
            subj = speech_subject(sent)
            if subj is not None and not before[-1] <= subj.idx <= (after or end):
                return subj
        return None
