"""What a sentence takes from the sentences around it in its paragraph.

Reporting spreads one statement over several sentences:
- "According to X" in the first sentence of a paragraph speaks for its later sentences that
  cite nobody themselves;
- "The group staged 300 attacks in 2023. Most hit army posts, the report said." The trailing
  "the report said" of the next sentence speaks for the figures before it too;
- "Since January, X has launched 17 attacks. They took 51 lives." A sentence whose subject is
  a pronoun carries on the previous one: its span of time makes the later toll a tally;
- a quotation speaks for its speaker: "X said:" ending the paragraph before quoted paragraphs,
  or "..., ” X said." closing it.
Only within one paragraph (sentences not separated by a line break), but for quoted paragraphs.
"""
from __future__ import annotations

from bisect import bisect_left

from .attribution import cue_tokens, doc_text, expanded_span, find_attribution, lexicon, lowers, sentence_of

_BREAKS_KEY = "polemos.line_breaks"
_QUOTES_OPEN = ("\u201c", '"')


def _same_paragraph(a, b) -> bool:
    """Sentences a before b with no line break between them."""
    words = [t for t in a if not t.is_space]
    end = words[-1].idx + len(words[-1].text) if words else a.start_char
    return "\n" not in doc_text(a.doc)[end:b.start_char]


def line_of(tok):
    """The part of `tok`'s sentence on `tok`'s line: the parser sometimes runs a sentence across a
    line break (a heading glued to the lead, '...2024.”\n“In Catatumbo...')."""
    sent, doc = sentence_of(tok), tok.doc
    breaks = doc.user_data.get(_BREAKS_KEY)
    if breaks is None:      # the tokens holding a line break, found once per document
        breaks = doc.user_data[_BREAKS_KEY] = [i for i, w in enumerate(lowers(doc)) if "\n" in w]
    k = bisect_left(breaks, tok.i)
    start = breaks[k - 1] + 1 if k > 0 and breaks[k - 1] >= sent.start else sent.start
    end = breaks[k] + 1 if k < len(breaks) and breaks[k] < sent.end else sent.end
    return doc[start:end]


def lines(sdoc):
    """The document's sentences, cut at line breaks."""
    out, tok = [], 0
    while tok < len(sdoc):
        line = line_of(sdoc[tok])
        if any(not t.is_space for t in line):
            out.append(line)
        tok = line.end
    return out


def previous(sent):
    """The sentence (cut at line breaks) before `sent` in its paragraph, or None."""
    if sent.start == 0:
        return None
    prev = line_of(sent.doc[sent.start - 1])
    return prev if _same_paragraph(prev, sent) else None


def following(sent):
    """The sentence (cut at line breaks) after `sent` in its paragraph, or None."""
    if sent.end >= len(sent.doc):
        return None
    nxt = line_of(sent.doc[sent.end])
    return nxt if _same_paragraph(sent, nxt) else None


def _cites_according(sent) -> bool:
    """'According to X, ...' or '..., according to X.'"""
    return any(t.dep_ == "prep" for t in cue_tokens(sent, lexicon()["attribution"]["paragraph_cues"], lowers))


def _cited_document(sent) -> bool:
    """'..., the report said.': a speech verb whose subject is a source noun with a definite article."""
    cues = lexicon()["attribution"]
    for tok in cue_tokens(sent, cues["speech_verbs"]):
        if tok.pos_ == "VERB":
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if subj and subj[0].lemma_.lower() in cues["source_nouns"] and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj[0].children):
                return True
    return False


def _opens_quoted(text: str, start: int) -> bool:
    """The text from `start` (a paragraph's start) opens with a quotation mark."""
    return text[start:start + 3].lstrip()[:1] in _QUOTES_OPEN


def _quoted(sent) -> bool:
    """The sentence lies inside a quotation opened in its paragraph."""
    text = doc_text(sent.doc)
    first = text[sent.start_char:sent.start_char + 1] if sent.end_char > sent.start_char else ""
    lead = first if first in _QUOTES_OPEN else ""   # the sentence opens the quotation
    before = text[text.rfind("\n", 0, sent.start_char) + 1:sent.start_char] + lead
    curly = before.count("\u201c") - before.count("\u201d")
    return curly > 0 or (curly == 0 and before.count('"') % 2 == 1)


def _speech_after_quote(sent) -> bool:
    """'..., ” the governor said.': a speech verb after the closing quotation mark."""
    close = [t.i for t in sent if t.text in ("\u201d", '"')]
    speech = lexicon()["attribution"]["speech_verbs"]
    return bool(close) and any(t.lemma_.lower() in speech and t.pos_ == "VERB" for t in sent if t.i > close[-1])


def _quote_speaker(sent, doc_id: str):
    """Who speaks a quoted sentence citing nobody: the sentence closing the quotation ('..., ” X said.')
    or the one introducing it ('X said:' ending the paragraph before quoted paragraphs)."""
    nxt = sent
    while nxt is not None:
        if _speech_after_quote(nxt):
            return find_attribution(nxt, None, doc_id)
        nxt = following(nxt)
    text = doc_text(sent.doc)
    para = text.rfind("\n", 0, sent.start_char) + 1
    while para > 0 and _opens_quoted(text, para):
        intro_end = text[:para].rstrip()
        if intro_end.endswith(":"):
            intro = expanded_span(sent.doc, len(intro_end) - 1, len(intro_end))
            return find_attribution(sentence_of(intro[0]), None, doc_id) if intro is not None else None
        para = text.rfind("\n", 0, len(intro_end)) + 1
    return None


def carried_attribution(sent, doc_id: str = ""):
    """The source that neighbouring sentences give a sentence citing nobody itself, or None."""
    if _quoted(sent):
        return _quote_speaker(sent, doc_id)
    nxt = following(sent)
    if nxt is not None and _cited_document(nxt):
        return find_attribution(nxt, None, doc_id)
    first = sent
    while (prev := previous(first)) is not None:
        first = prev
    if first is not sent and _cites_according(first):
        return find_attribution(first, None, doc_id)
    return None


def continued(sent):
    """The previous sentence of the paragraph when `sent`'s subject is a pronoun carrying it on."""
    subj = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    if subj and subj[0].pos_ == "PRON" and subj[0].lower_ in lexicon()["continuing_pronouns"]:
        return previous(sent)
    return None
