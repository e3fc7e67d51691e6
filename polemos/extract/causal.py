"""Causal statements: who says that what raises, causes, enables, reduces or prevents what.

Signals come from the causal pack (knowledge/causal.yaml): single-word lexicon entries
with their argument frame, and multi-word phrases found by spaCy's Matcher. Each signal's
frame (causal_frames, causal_connectives) reads the cause and effect from the parse;
this module adds modality (asserted, predictive, conditional, counter), who states it,
the actors each side names, and drops what is no stated link (purpose clauses, bare
pronouns, a cause equal to its effect).
"""
from __future__ import annotations

from functools import lru_cache

from ..knowledge.causal import CausalPack, build_matcher, build_sentence_matcher
from ..knowledge.causal import pack as causal_pack
from ..model import CausalStatement, Document, Mentions, Span
from . import causal_connectives as conn
from .attribution import (
    doc_text,
    find_attribution,
    lemmas,
    may_match,
    may_occur,
    noun_phrase,
    pattern_needs,
    sentence_words,
    sentences,
    word_sequence,
)
from .causal_frames import (
    Candidate,
    attribute_frame,
    beneficiary_frame,
    complement,
    enabler_frame,
    reverse_frame,
    verb_frame,
)
from .causal_spans import char_span, is_bare_pronoun
from .event_args import SpanIndex

ENABLING = ("enabler", "normative", "failure")
PHRASE_FRAMES = {"because": conn.because, "conditional": conn.conditional, "concessive": conn.concessive,
                 "noun": conn.causal_noun, "reverse_noun": conn.reverse_noun}


@lru_cache(maxsize=4)
def _matcher(vocab):
    return build_matcher(causal_pack(), vocab)


@lru_cache(maxsize=4)
def _sentence_matcher(vocab):
    return build_sentence_matcher(causal_pack(), vocab)


@lru_cache(maxsize=1)
def _sequences() -> tuple:
    """The phrases' word_sequences, in the order of _needs()[0]."""
    return tuple(word_sequence(s.pattern) for s in causal_pack().phrases)


@lru_cache(maxsize=1)
def _needs() -> tuple[tuple, tuple]:
    """The pattern_needs of the phrases and of the event idioms: their Matchers run only where one may match."""
    p = causal_pack()
    return tuple(pattern_needs(s.pattern) for s in p.phrases), tuple(pattern_needs(s.pattern) for s in p.event_idioms)


def causal_sentence(sent, statements: list | None = None) -> bool:
    """Does this sentence use causal language in the broad, event-causality sense (a stated link, a
    motive, a purpose, an event's own effect, a consequence in sequence)?"""
    if statements is None:
        statements = [c for c in _candidates(sent, _matcher(sent.doc.vocab), causal_pack())]
    vocab = sent.doc.vocab
    idioms = causal_pack().idiom_ids
    return bool(statements) or any(vocab.strings[m] not in idioms for m, _, _ in _sentence_matcher(vocab)(sent))


def _idiom_tokens(sent, words: set[str]) -> set[int]:
    """Tokens of event idioms ("opened fire"): no signal."""
    vocab = sent.doc.vocab
    idioms = causal_pack().idiom_ids
    if not may_match(_needs()[1], words):
        return set()
    return {t.i for m, s, e in _sentence_matcher(vocab)(sent) if vocab.strings[m] in idioms for t in sent[s:e]}


def denies_causation(sent) -> bool:
    """Countercausal language: a negation, a denial or a concession in a sentence ("X did not cause Y",
    "despite X, Y", "Y had begun before X")."""
    p = causal_pack()
    words = set(p.denial_words) | set(p.concessive_words)
    return any(t.lower_ in words or t.dep_ == "neg" or (t.lemma_.lower() in p.denial_verbs and t.pos_ == "VERB")
               for t in sent)


def extract_causal(sdoc, doc: Document, mentions: Mentions | None = None) -> list[CausalStatement]:
    """Every causal statement of one parsed document, in text order."""
    p = causal_pack()
    matcher = _matcher(sdoc.vocab)
    actors = SpanIndex(mentions.actors if mentions else [])
    out: list[CausalStatement] = []
    seen: set[tuple] = set()
    for sent in sentences(sdoc):
        for cand in _candidates(sent, matcher, p):
            st = _statement(cand, sent, doc, p, actors)
            if st is None:
                continue
            key = (st.cause.casefold(), st.effect.casefold(), st.sign)   # a sentence repeated (abstract, body)
            if key not in seen:
                seen.add(key)
                out.append(st)
    return out


def _candidates(sent, matcher, p: CausalPack) -> list[Candidate]:
    out: list[Candidate] = []
    words = sentence_words(sent)
    taken: set[int] = _idiom_tokens(sent, words)
    vocab = sent.doc.vocab
    # the Matcher runs where a phrase's words are all in the sentence, and in their order
    found = matcher(sent) if may_occur([q for sets, q in zip(_needs()[0], _sequences())
                                        if not any(map(words.isdisjoint, sets))], sent) else []
    matches = [(vocab.strings[m], sent[s:e]) for m, s, e in found]   # offsets within the sentence
    entries = p.phrase_index
    correl = [span for mid, span in matches if entries[mid].frame == "correlative"]
    out += conn.correlative(correl, p)
    nouns = {t.i for mid, span in matches if entries[mid].frame == "noun" for t in span}
    for mid, span in matches:
        entry = entries[mid]
        taken |= {t.i for t in span}
        if entry.frame in PHRASE_FRAMES:
            out += PHRASE_FRAMES[entry.frame](span, entry, p)
        elif entry.frame == "verb":
            out += verb_frame(span[0], entry.sign, p, signal_end=span.end)
        elif entry.frame == "beneficiary":
            out += beneficiary_frame(span[0], entry.sign, span.end)
    lem = lemmas(sent.doc)
    for tok in (sent.doc[i] for i in range(sent.start, sent.end) if p.frame_index.get(lem[i])):
        # only a lexicon word is a signal (_lexical); a verb governing a causal noun ("offers X an opportunity")
        # is left to that noun (a token's children are walked only when a causal noun is there)
        if tok.i not in taken and not (nouns and any(c.i in nouns for c in tok.children)):
            out += _lexical(tok, p)
    return [c for c in out if not _no_effect(c, p)]


def _no_effect(c: Candidate, p: CausalPack) -> bool:
    """An event's own victims or damage ("resulted in casualties") are no effect."""
    return any(t.lemma_.lower() in p.not_effects or t.lower_ in p.not_effects for t in c.effect[:6])


def _lexical(tok, p: CausalPack) -> list[Candidate]:
    """Single-word signals of the lexicon."""
    lemma = tok.lemma_.lower()
    frames = p.frames_of(lemma)
    if not frames:
        return []
    if tok.pos_ == "ADJ" and "normative" in frames:
        return enabler_frame(tok, "normative", p)
    if tok.pos_ != "VERB":
        return []
    if "reverse" in frames and any(c.dep_ == "prep" and c.lower_ in frames["reverse"].preps for c in tok.children):
        return reverse_frame(tok, frames["reverse"], p)
    if "attribute" in frames:
        return attribute_frame(tok, frames["attribute"], p)
    if "beneficiary" in frames:
        return beneficiary_frame(tok, frames["beneficiary"].sign, tok.i + 1)
    for frame in ENABLING:
        if frame in frames and complement(tok) is not None:
            return enabler_frame(tok, frame, p)
    if "verb" not in frames or _governed(tok, p):
        return []
    return verb_frame(tok, frames["verb"].sign, p, complement=frames["verb"].complement)


def _governed(tok, p: CausalPack) -> bool:
    """A verb read by the enabler above it, or a purpose / intention ("to bolster their control")."""
    head = tok.head
    if tok.dep_ in ("xcomp", "ccomp", "pcomp") and any(f in p.frames_of(head.lemma_.lower()) for f in ENABLING):
        return True
    if tok.dep_ == "pcomp" and head.head is not None and \
            any(f in p.frames_of(head.head.lemma_.lower()) for f in ENABLING):
        return True
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
    return infinitive and head.lemma_.lower() not in p.implicative_heads


def _statement(c: Candidate, sent, doc: Document, p: CausalPack, actors) -> CausalStatement | None:
    if not c.cause or not c.effect or is_bare_pronoun(c.cause) or is_bare_pronoun(c.effect):
        return None
    cs, ce = char_span(c.cause)
    es, ee = char_span(c.effect)
    if cs < ee and es < ce:               # overlapping sides: no link
        return None
    sig = sorted(c.signal, key=lambda t: t.i)
    ss, se = sig[0].idx, sig[-1].idx + len(sig[-1].text)
    who = find_attribution(sent, sig[0], doc.doc_id) or _stance(sig[0], p, doc.doc_id)
    if who and (cs <= who[1].start < ce or es <= who[1].start < ee):
        who = None                        # the signal itself read as a speech verb ("This goal put them ...")
    text = doc_text(sent.doc)
    return CausalStatement(
        doc_id=doc.doc_id, cause=text[cs:ce], effect=text[es:ee],
        cause_span=Span(doc.doc_id, cs, ce), effect_span=Span(doc.doc_id, es, ee),
        sign=c.sign, modality=c.modality or modality(sig[0], c.effect_head, p),
        evidence=Span(doc.doc_id, sent.start_char, sent.end_char), signal=text[ss:se],
        signal_span=Span(doc.doc_id, ss, se), attributed_to=who[0] if who else None,
        cause_actors=_actors_in(actors, cs, ce), effect_actors=_actors_in(actors, es, ee))


def _actors_in(actors: SpanIndex, start: int, end: int) -> list[str]:
    out: list[str] = []
    for m in actors.starting(start, end):
        if m.actor_id not in out:
            out.append(m.actor_id)
    return out


def _stance(tok, p: CausalPack, doc_id: str):
    """'The Taliban fear that X could encourage Y': the link is the Taliban's."""
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in p.stance_verbs and node.pos_ == "VERB":
            subj = [c for c in node.children if c.dep_ == "nsubj"]
            return noun_phrase(subj[0], doc_id) if subj and subj[0].pos_ != "PRON" else None
    return None


def modality(signal, head, p: CausalPack) -> str:
    """counter (denied), conditional (inside an if-clause), predictive (modal, hedged) or asserted."""
    chain = []
    node = signal
    while len(chain) < 3:
        chain.append(node)
        if node.head.i == node.i or node.dep_ not in ("xcomp", "ccomp", "conj", "aux", "pcomp", "prep", "acomp"):
            break
        node = node.head
    nodes = []
    for start in (signal, head):
        node, steps = start, 0
        while node is not None and steps < 6:
            nodes.append(node)
            if node.head.i == node.i or node.lemma_.lower() in p.stance_verbs and steps:
                break
            node, steps = node.head, steps + 1
    for node in chain:
        if any(c.dep_ == "neg" or c.lower_ in ("never",) for c in node.children):
            return "counter"
    if any(c.dep_ == "mark" and c.lower_ in p.conditional_marks for n in nodes for c in n.children):
        return "conditional"
    for n in nodes:
        if n.lemma_.lower() in p.predictive_words and n is not signal:
            return "predictive"
        if any((c.dep_ in ("aux", "auxpass") and c.lower_ in p.predictive_aux)
               or (c.dep_ in ("advmod", "acomp") and c.lower_ in p.predictive_words) for c in n.children):
            return "predictive"
    return "asserted"
