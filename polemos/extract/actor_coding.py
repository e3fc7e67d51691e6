"""A text that says how a side is coded names it: "pro-Turkey factions, operating under OPS", "JWS, which
operates under OPS", "unknown gunmen (coded as Baloch separatists)"; sides "under" a named operation ("rebels
under OPS") serve it.

The sides in the phrase before such a cue take the actor the cue names (ACLED's notes code them so;
analysts write "operating under the banner of" the same way). After a named side, ACLED's "coded as"
names its associate ("Amajid Brigade (coded as Southern Resistance)" stays Yemen's military), so that
cue renames unnamed sides only, names the pack does not know ("Radfan Resistance men (coded as Giants
Brigades)": the Giants Brigades), and sides told by whom they back or oppose ("pro-X forces, coded as Y",
"anti-X forces (coded as Y)": Y). The cues and
their scope are the pack's `coding_cues` lexicon (knowledge/actors/generic.yaml).
"""
from __future__ import annotations

from dataclasses import replace

from ..knowledge.actors import ActorPack
from ..model import ActorMention
from .actor_matcher import cached
from .attribution import expanded_span, lowers, sentence_of

_LEFT_SKIP = {"(", ",", "which", "who", "whom", "that", "both", "all", "each", "are", "is", "were", "was"}
_STOP_POS = {"VERB", "AUX", "ADP", "SCONJ"}
_STOP_TEXT = {",", ";", ":", "(", ")", ".", "—", "–"}
WINDOW = 3                                  # tokens between the cue and the coded name


def _cues(pack: ActorPack) -> dict[tuple[str, ...], str]:
    return cached(pack, "coding_cues", lambda: {tuple(c.lower().split()): scope
                                                for c, scope in pack.lexicon.get("coding_cues", {}).items()})


def _cue_starts(pack: ActorPack) -> dict[str, list[tuple[str, ...]]]:
    """The coding cues by their first word, in the pack's order (a token is compared with its own)."""
    def build() -> dict[str, list[tuple[str, ...]]]:
        out: dict[str, list[tuple[str, ...]]] = {}
        for cue in _cues(pack):
            out.setdefault(cue[0] if cue else "", []).append(cue)
        return out
    return cached(pack, "coding_cue_starts", build)


def recode(sdoc, mentions: list[ActorMention], pack: ActorPack) -> list[ActorMention]:
    """The mentions, with the sides a coding cue speaks of given the actor it names."""
    cues = _cues(pack)
    if not cues:
        return mentions
    spans = [expanded_span(sdoc, m.span.start, m.span.end) for m in mentions]
    out = list(mentions)
    low = lowers(sdoc)
    starts = _cue_starts(pack)
    for i in range(len(sdoc)):
        cue = next((c for c in starts.get(low[i], ()) if tuple(low[i:i + len(c)]) == c), None)
        if cue is None:
            continue
        only_unnamed = cues[cue] == "unidentified"
        end = i + len(cue)
        target = next((k for k, s in enumerate(spans) if s is not None and end <= s.start < end + WINDOW
                       and _named(mentions[k], pack)), None)
        if target is not None and cues[cue] == "operation" and not _operation(mentions[target], pack):
            continue                    # "rebels under OPS": an operation; not "under the command of X"
        if target is None:
            continue
        first, last = _phrase_before(sdoc, i)
        for k, s in enumerate(spans):
            if s is None or not (first <= s.start and s.end <= last) or mentions[k].kind == "civilians":
                continue
            if not only_unnamed or mentions[k].actor_id == "unidentified_armed_group" or mentions[k].provisional \
                    or _loose(sdoc, s.start, pack):
                t = mentions[target]
                out[k] = replace(mentions[k], actor_id=t.actor_id, name=t.name, kind=t.kind,
                                 provisional=t.provisional, role=None)
    return out


def _loose(sdoc, start: int, pack: ActorPack) -> bool:
    """A side named at token `start` told by whom it backs or opposes ('pro-X forces', 'anti-X forces':
    `loose_side_prefixes`), which a "coded as" names exactly."""
    return start >= 2 and sdoc[start - 1].text == "-" and not sdoc[start - 2].whitespace_ \
        and sdoc[start - 2].lower_ in pack.lexicon.get("loose_side_prefixes", ())


def _operation(m: ActorMention, pack: ActorPack) -> bool:
    """An actor that is a named military operation sides serve under (`operation_words`: 'Operation X')."""
    return m.name.split(" ")[0].lower() in pack.lexicon.get("operation_words", ())


def _named(m: ActorMention, pack: ActorPack) -> bool:
    return m.actor_id not in pack.lexicon.get("generic_actors", ()) and m.kind not in ("civilians", "organisation")


def _phrase_before(sdoc, cue: int) -> tuple[int, int]:
    """Token range [first, last) of the noun phrase a cue at token `cue` speaks of."""
    last = cue
    while last > 0 and sdoc[last - 1].lower_ in _LEFT_SKIP:
        last -= 1
    first = last
    sent_start = sentence_of(sdoc[cue]).start
    while first > sent_start:
        tok = sdoc[first - 1]
        if tok.text in _STOP_TEXT or (tok.pos_ in _STOP_POS and tok.text not in ("-",)):
            break
        first -= 1
    return first, last
