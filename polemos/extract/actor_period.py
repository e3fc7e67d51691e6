"""Which government period a generic state noun means ("Afghan army", "the government", "former spies").

`former` is True for words that date the noun ("then", "previous", "ousted"), "member" for words
that end a membership ("former", "ex-"): those move a force only across a change of regime (a
period with `controlled_by`), and a government always.

By default the period holding on the document's date. The period before it when the phrase says so
("former", "ex-", "then-", "former members of the army"), when the sentence is set in the earlier
period ("under the republic", "before the takeover", or only years before the current period began:
"the government claimed in 2019"), or when the noun is coordinated with the actor that controls the
current period ("US troops, Afghan government forces and the Taliban attacked" - so not the Taliban's).
"""
from __future__ import annotations

import re
from datetime import date

from ..knowledge.actor_records import ActorRecord, norm
from ..knowledge.actors import ActorPack
from .attribution import sentence_of, span_text

_YEAR = re.compile(r"^(19|20)\d\d$")
_OPEN_YEAR = {"since", "from", "after", "until", "till", "by", "through"}


def state_record(sdoc, start: int, end: int, country: str, force: str, former: bool | str, lex, pack: ActorPack,
                 on: date | None, by_token: dict) -> ActorRecord | None:
    """The force record (military, police, government, intelligence) of `country` for tokens [start, end)."""
    def get(when: date | None, before: bool) -> ActorRecord | None:
        rec = pack.state_forces(country, when, force, before=before)
        if rec is None and force == "intelligence":
            rec = pack.state_forces(country, when, "military", before=before)
        return rec

    sent = sentence_of(sdoc[start])
    if former is True or _past_sentence(sent, lex):
        return get(on, True)
    current = get(on, False)
    if current is None or on is None:
        return current
    controller = current.extra.get("controlled_by") or _controller(pack, country, on)
    if former or _member_of_former(sdoc[end - 1], lex):
        # "former Afghan army" after the Taliban took over; but "former Pakistani soldiers" are
        # retired men of today's army: membership words move a force only across a change of regime
        return get(on, True) if force == "government" or controller else current
    began = current.periods[0].start if current.periods else None
    year = _latest_year(sent)
    if began is not None and year is not None and year < began.year:
        return get(date(year, 7, 1), False)
    if controller and _coordinated_with(sdoc[end - 1], controller, by_token):
        return get(on, True)
    return current


def _controller(pack: ActorPack, country: str, on: date) -> str | None:
    """The actor controlling a country's government period (the government record carries it)."""
    gov = pack.state_forces(country, on, "government")
    return gov.extra.get("controlled_by") if gov is not None else None


def _member_of_former(tok, lex) -> bool:
    """'former members of the Afghan army': the head's 'former' passes through 'of'."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    head = tok.head.head
    return head.lower_ in lex.members and any(c.lower_ in lex.former for c in head.children)


def _past_sentence(sent, lex) -> bool:
    text = f" {norm(span_text(sent))} "
    return any(cue in text for cue in lex.past_cues)


def _latest_year(sent) -> int | None:
    """The latest year the sentence dates itself to; None when none, or when a year opens a range
    ('since 2019' does not set a sentence in the past)."""
    years = []
    for tok in sent:
        if tok.like_num and _YEAR.match(tok.text):
            prev = tok.nbor(-1).lower_ if tok.i > sent.start else ""
            if prev in _OPEN_YEAR:
                return None
            years.append(int(tok.text))
    return max(years) if years else None


def _coordinated_with(tok, actor_id: str, by_token: dict) -> bool:
    """The noun and a mention of `actor_id` are conjuncts ('Afghan government forces and the Taliban')."""
    root = tok
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    group = [root] + [t for t in root.subtree if t.dep_ == "conj" and _conj_top(t).i == root.i]
    for t in group:
        named = by_token.get(t.i)
        if named is not None and named.actor_id == actor_id and t.i != tok.i:
            return True
    return False


def _conj_top(tok):
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok
