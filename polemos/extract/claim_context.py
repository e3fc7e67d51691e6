"""What a sentence takes from the sentences around it in its paragraph.

Reporting spreads one statement over several sentences:
- "According to X, ..." opening a paragraph speaks for the paragraph's later sentences that
  cite nobody themselves;
- "The group staged 300 attacks in 2023. Most hit army posts, the report said." The trailing
  "the report said" of the next sentence speaks for the figures before it too;
- "Since January, X has launched 17 attacks. They took 51 lives." A sentence whose subject is
  a pronoun carries on the previous one: its span of time makes the later toll a tally.
Only within one paragraph (sentences not separated by a line break).
"""
from __future__ import annotations

from .attribution import find_attribution, lexicon


def _same_paragraph(a, b) -> bool:
    """Sentences a before b with no line break between them."""
    words = [t for t in a if not t.is_space]
    end = words[-1].idx + len(words[-1].text) if words else a.start_char
    return "\n" not in a.doc.text[end:b.start_char]


def previous(sent):
    """The sentence before `sent` in its paragraph, or None."""
    if sent.start == 0:
        return None
    prev = sent.doc[sent.start - 1].sent
    return prev if _same_paragraph(prev, sent) else None


def following(sent):
    """The sentence after `sent` in its paragraph, or None."""
    if sent.end >= len(sent.doc):
        return None
    nxt = sent.doc[sent.end].sent
    return nxt if _same_paragraph(sent, nxt) else None


def _opens_with_according(sent) -> bool:
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return bool(words) and words[0].lower_ in lexicon()["attribution"]["according_preps"]


def _cited_document(sent) -> bool:
    """'..., the report said.': a speech verb whose subject is a source noun with a definite article."""
    cues = lexicon()["attribution"]
    for tok in sent:
        if tok.lemma_.lower() in cues["speech_verbs"] and tok.pos_ == "VERB":
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if subj and subj[0].lemma_.lower() in cues["source_nouns"] and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj[0].children):
                return True
    return False


def carried_attribution(sent, doc_id: str = ""):
    """The source that neighbouring sentences give a sentence citing nobody itself, or None."""
    nxt = following(sent)
    if nxt is not None and _cited_document(nxt):
        return find_attribution(nxt, None, doc_id)
    first = sent
    while (prev := previous(first)) is not None:
        first = prev
    if first is not sent and _opens_with_according(first):
        return find_attribution(first, None, doc_id)
    return None


def continued(sent):
    """The previous sentence of the paragraph when `sent`'s subject is a pronoun carrying it on."""
    subj = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    if subj and subj[0].pos_ == "PRON" and subj[0].lower_ in lexicon()["continuing_pronouns"]:
        return previous(sent)
    return None
