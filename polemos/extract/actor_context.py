"""Sentence and discourse context for actor mentions.

1. Parent or branch: a network name the document's countries pointed at a regional branch ("IS" in an
   Afghan story -> ISKP) means the global parent when a parent word modifies it ("the self-proclaimed
   Islamic State", "IS central"), when it glosses a parent mention in brackets, or when its sentence
   names the branch explicitly ("IS-K is an affiliate of IS").
2. Salience: a definite description ("the jihadist group") refers to the most salient armed group of the
   last sentences (subjects count most, groups inside an unrelated modifier not at all), never to the
   other participant of its own clause ("Taliban commanders pledged allegiance to the group").
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from ..knowledge.actor_records import ActorRecord, norm
from ..knowledge.actors import ActorPack
from ..model import ActorMention
from .actor_matcher import cached
from .attribution import sentence_of

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod"}
WINDOW = 2                 # sentences before the description's own
DECAY = (1.0, 0.7, 0.5)


class _Lex:
    def __init__(self, pack: ActorPack):
        lex = pack.lexicon
        self.parent_mods = {norm(w) for w in lex.get("parent_modifiers", ())}
        self.parent_heads = {norm(w) for w in lex.get("parent_heads", ())}
        self.salient_heads = {norm(w) for w in lex.get("salient_heads", ())}


def _lex(pack: ActorPack) -> _Lex:
    return cached(pack, "context_lex", lambda: _Lex(pack))


# ---- 1. parent or branch ------------------------------------------------------
def to_parents(sdoc, found: Sequence[tuple[int, int, ActorRecord, str]], pack: ActorPack) -> list[str]:
    """Actor ids for matches (token start, end, record, surface key), moved to the parent where the
    context says the generic name means it."""
    lex = _lex(pack)
    ids = [rec.id for _, _, rec, _ in found]
    explicit: dict[int, set[str]] = {}
    for (start, _, rec, key) in found:
        if _plain(pack, key) is rec:
            explicit.setdefault(sentence_of(sdoc[start]).start, set()).add(rec.id)
    for i, (start, end, rec, key) in enumerate(found):
        parent = _plain(pack, key)
        if parent is None or parent is rec or rec.parent != parent.id:
            continue                                   # not a branch reached through a context alias
        if _parent_words(sdoc, start, end, lex) or rec.id in explicit.get(sentence_of(sdoc[start]).start, ()):
            ids[i] = parent.id
        elif i and _bracket_gloss(sdoc, found[i - 1][1], start, end):
            ids[i] = ids[i - 1] if ids[i - 1] in (rec.id, parent.id) else ids[i]
    return ids


def _plain(pack: ActorPack, key: str) -> ActorRecord | None:
    return pack.resolve_key(key, ())


def _parent_words(sdoc, start: int, end: int, lex: _Lex) -> bool:
    """'self-proclaimed Islamic State', 'the global IS', 'IS central', 'Daesh's leadership'."""
    first = start
    while first > 0 and start - first < 5 and first <= sdoc[first - 1].head.i < end + 2 \
            and not sdoc[first - 1].is_sent_end:
        first -= 1                                  # the name's left modifiers ("the self - proclaimed")
    phrase = f" {norm(sdoc[first:end].text)} "
    if any(f" {mod} " in phrase for mod in lex.parent_mods):
        return True
    after = [norm(sdoc[k].text) for k in range(end, min(len(sdoc), end + 3)) if sdoc[k].text not in ("'s", "’s")]
    return bool(after) and (after[0] in lex.parent_heads or " ".join(after[:2]) in lex.parent_heads)


def _bracket_gloss(sdoc, prev_end: int, start: int, end: int) -> bool:
    """'the self-proclaimed Islamic State (IS)': a bracketed name right after a mention repeats it."""
    return prev_end == start - 1 and sdoc[start - 1].text == "(" and end < len(sdoc) and sdoc[end].text == ")"


# ---- 2. salience for descriptions ---------------------------------------------
def antecedent(sdoc, desc: ActorMention, before: Sequence[ActorMention], is_group: Callable[[ActorMention], bool],
               token_of: Callable[[ActorMention], object], pack: ActorPack) -> ActorMention | None:
    """The most salient armed group mentioned before `desc` in its sentence and the WINDOW sentences
    before; None when no group is there (callers fall back to the last group of the document). `before` is
    in text order: only its tail inside the window is read (the time per description is the window's)."""
    lex = _lex(pack)
    dtok = token_of(desc)
    if dtok is None:
        return None
    same = _identity(dtok)
    if same is not None:
        for m in reversed(_since(before, min(sentence_of(same).start_char, sentence_of(dtok).start_char))):
            tok = token_of(m)
            if tok is not None and is_group(m) and (tok.i == same.i or _top(tok).i == same.i):
                return m
    sents = _sentence_starts(sdoc, sentence_of(dtok).start)
    before = _since(before, sdoc[min(sents)].idx)
    rivals = _clause_partners(dtok, before, token_of)
    scores: dict[str, float] = {}
    latest: dict[str, tuple[int, ActorMention]] = {}
    for order, m in enumerate(before):
        tok = token_of(m)
        if tok is None or not is_group(m) or m.actor_id in rivals or sentence_of(tok).start not in sents:
            continue
        weight = _weight(tok, lex)
        if weight == 0:
            continue
        scores[m.actor_id] = scores.get(m.actor_id, 0.0) + weight * DECAY[sents[sentence_of(tok).start]]
        latest[m.actor_id] = (order, m)
    if not scores:
        return None
    best = max(scores, key=lambda a: (scores[a], latest[a][0]))
    return latest[best][1]


def _since(mentions: Sequence[ActorMention], start: int) -> Sequence[ActorMention]:
    """The tail of `mentions` (in text order) that starts at or after character `start`."""
    k = len(mentions)
    while k > 0 and mentions[k - 1].span.start >= start:
        k -= 1
    return mentions[k:]


def _sentence_starts(sdoc, current: int) -> dict[int, int]:
    """Start token of the description's sentence and of the WINDOW sentences before -> distance."""
    out, k, dist = {current: 0}, current, 0
    while k > 0 and dist < WINDOW:
        k = sentence_of(sdoc[k - 1]).start
        dist += 1
        out[k] = dist
    return out


def _weight(tok, lex: _Lex) -> float:
    """Subjects 3, other arguments 1, inside a modifier only when the head is the group's people
    ('Taliban commanders') 2 (3 as subject), otherwise 0 ('an anti-Taliban campaign')."""
    if tok.dep_ == "poss":
        return 1.0                                   # "the Taliban's new strategy": the possessor acts
    if tok.dep_ in MODIFIER_DEPS and tok.head.i != tok.i:
        head = tok.head
        if norm(head.text) not in lex.salient_heads:
            return 0.0
        return _subject_weight(head) or 2.0
    if tok.dep_ == "conj":
        tok = _conj_root(tok)
    return _subject_weight(tok) or 1.0


def _subject_weight(tok) -> float:
    """3 for the subject of the sentence's main verb, 2 for the subject of a subordinate clause, else 0."""
    if tok.dep_ not in SUBJECT_DEPS:
        return 0.0
    verb = _conj_root(tok.head)
    return 3.0 if verb.dep_ == "ROOT" else 2.0


REFLEXIVE = {"itself", "themselves", "himself"}
RELATIVE = {"which", "who", "that", "whom"}


def _identity(dtok):
    """The noun a description predicates of: 'ISIS-K, the jihadist group' (apposition), 'Al Shabaab is the
    most active group', 'IS-K, which considers itself to be the last jihadist movement', 'X styles
    itself as the leading organisation'."""
    if dtok.dep_ == "appos":
        return dtok.head
    node = dtok.head
    if dtok.dep_ == "pobj" and node.lower_ == "as" and any(c.lower_ in REFLEXIVE for c in node.head.children):
        node = node.head
    elif dtok.dep_ not in ("attr", "oprd"):
        return None
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in RELATIVE and node.dep_ == "relcl":
            return node.head
        if subj is not None and subj.lower_ not in REFLEXIVE | RELATIVE:
            return subj
        if node.dep_ == "relcl":
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _top(tok):
    while tok.dep_ in MODIFIER_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _conj_root(tok):
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _clause_partners(dtok, before: Sequence[ActorMention], token_of) -> set[str]:
    """Actors that are the subject of the predicate the description is an argument of."""
    verb = dtok
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    subjects = {t.i for t in verb.children if t.dep_ in SUBJECT_DEPS}
    if not subjects or dtok.i in subjects:
        return set()
    out = set()
    for m in before:
        tok = token_of(m)
        if tok is None:
            continue
        top = tok
        while top.dep_ in MODIFIER_DEPS | {"conj"} and top.head.i != top.i and top.i not in subjects:
            top = top.head
        if top.i in subjects:
            out.add(m.actor_id)
    return out
